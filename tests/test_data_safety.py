"""Data safety under attack: outputs aimed at the store, damaged and foreign stores, lying
manifests, temporaries. Real stores, real zip files, the real command line."""

from __future__ import annotations

import errno
import json
import os
import sqlite3
import stat
import tempfile
import zipfile
from pathlib import Path

import pytest

from ikudesk.backup.archive import (
    NAMA_DB,
    NAMA_MANIFEST,
    CadanganError,
    buat_cadangan,
    periksa_cadangan,
)
from ikudesk.cli import main
from ikudesk.errors import StoreError
from ikudesk.files.docfile import baca_file
from ikudesk.persistence.kunci import KunciStore, StoreTerkunci
from ikudesk.persistence.repo import list_dokumen, save_new_dokumen
from ikudesk.persistence.store import APPLICATION_ID, StoreRusak, open_store
from tests.conftest import CONTOH
from tests.support.berkas import sidik_folder


@pytest.fixture
def tertutup(store_contoh) -> Path:
    """The path of a store holding the samples, closed (as the command line finds it)."""
    store, _ = store_contoh
    store.close()
    return store.path


# ------------------------------------------------------------------ 2. no output onto the store


def _ejaan(sp: Path) -> dict[str, str]:
    (sp.parent / "sub").mkdir(exist_ok=True)
    tautan = sp.parent / "tautan.sqlite"
    if not tautan.exists():
        tautan.symlink_to(sp)
    return {
        "sama": str(sp),
        "titik_titik": str(sp.parent / "sub" / ".." / sp.name),
        "symlink": str(tautan),
        "wal": f"{sp}-wal",
        "shm_huruf_besar": str(sp.parent / (sp.name.upper() + "-SHM")),
        "kunci": f"{sp}.lock",
    }


@pytest.mark.skipif(os.name != "posix", reason="symlink butuh hak khusus di Windows")
@pytest.mark.parametrize("perintah", ["backup", "export", "pdf"])
@pytest.mark.parametrize(
    "ejaan", ["sama", "titik_titik", "symlink", "wal", "shm_huruf_besar", "kunci"]
)
def test_keluaran_ke_store_ditolak(tertutup: Path, perintah: str, ejaan: str, capsys) -> None:
    sp = tertutup
    keluaran = _ejaan(sp)[ejaan]
    sebelum = sidik_folder(sp.parent)
    argumen = {
        "backup": ["backup", keluaran],
        "export": ["export", "1", keluaran],
        "pdf": ["pdf", "1", keluaran],
    }[perintah]
    assert main([*argumen, "--db", str(sp)]) == 2
    err = capsys.readouterr().err
    assert "berkas penyimpanan IKU Desk" in err and "Traceback" not in err
    assert sidik_folder(sp.parent) == sebelum
    with open_store(sp) as s:
        assert len(list_dokumen(s)) == len(CONTOH)


def test_cadangan_lama_tetap_bila_yang_baru_gagal(
    store_contoh, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store, _ = store_contoh
    tujuan = tmp_path / "cadangan.ikubackup"
    buat_cadangan(store, tujuan)
    lama = tujuan.read_bytes()
    asli = zipfile.ZipFile.open

    def cabut(self, name, mode="r", *a, **k):  # noqa: ANN001, ANN002, ANN003
        if mode == "r":  # written fine, reading back fails
            raise OSError(errno.EIO, "Input/output error")
        return asli(self, name, mode, *a, **k)

    monkeypatch.setattr(zipfile.ZipFile, "open", cabut)
    with pytest.raises(CadanganError) as e:
        buat_cadangan(store, tujuan)
    monkeypatch.undo()
    assert "tetap utuh" in e.value.pesan
    assert tujuan.read_bytes() == lama
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []
    periksa_cadangan(tujuan)


# ------------------------------------------------------------------ 3. preview from the database


def test_pratinjau_dari_basis_data_bukan_manifest(store_contoh, tmp_path: Path) -> None:
    store, _ = store_contoh
    baik = buat_cadangan(store, tmp_path / "baik.ikubackup").path
    with zipfile.ZipFile(baik) as z:
        m, db = json.loads(z.read(NAMA_MANIFEST)), z.read(NAMA_DB)
    m["dokumen"] = [{"id": 1, "instansi": "Kecamatan Palsu", "periode": [1, 100000000]}]
    m["jumlah"] = {"dokumen": 999}
    m["komputer"] = {"bersarang": [1, 2, 3]}
    bohong = tmp_path / "bohong.ikubackup"
    with zipfile.ZipFile(bohong, "w") as z:
        z.writestr(NAMA_MANIFEST, json.dumps(m))
        z.writestr(NAMA_DB, db)
    info = periksa_cadangan(bohong)
    asli = [(d.id, d.instansi) for d in list_dokumen(store)]
    assert [(d.id, d.instansi) for d in info.dokumen] == asli
    assert info.jumlah["dokumen"] == len(asli)
    assert isinstance(info.komputer, str) and "bersarang" not in info.komputer


# ------------------------------------------------------------------ 4. damaged and foreign stores


def _rusak_halaman(sp: Path) -> None:
    isi = bytearray(sp.read_bytes())
    isi[4096 + 8 : 4096 + 200] = os.urandom(192)
    sp.write_bytes(bytes(isi))


KERUSAKAN = {
    "terpotong": lambda sp: sp.write_bytes(sp.read_bytes()[:1000]),
    "bukan_basis_data": lambda sp: sp.write_bytes(os.urandom(40_000)),
    "halaman_rusak": _rusak_halaman,
}


@pytest.mark.parametrize("kerusakan", list(KERUSAKAN))
def test_store_rusak_disisihkan_lalu_dipulihkan(
    store_contoh, tmp_path: Path, kerusakan: str, capsys
) -> None:
    store, _ = store_contoh
    asli = [(d.id, d.instansi) for d in list_dokumen(store)]
    cadangan = buat_cadangan(store, tmp_path / "baik.ikubackup").path
    sp = store.path
    store.close()
    KERUSAKAN[kerusakan](sp)
    rusak = sp.read_bytes()
    with pytest.raises(StoreRusak) as e:
        open_store(sp)
    assert "Traceback" not in e.value.pesan
    assert main(["restore", str(cadangan), "--yes", "--db", str(sp)]) == 0
    disisihkan = [
        p
        for p in sp.parent.iterdir()
        if p.name.startswith(f"{sp.name}.rusak-") and not p.name.endswith(("-wal", "-shm"))
    ]
    assert len(disisihkan) == 1 and disisihkan[0].read_bytes() == rusak  # never deleted
    with open_store(sp) as s:
        assert [(d.id, d.instansi) for d in list_dokumen(s)] == asli


def test_cadangan_dari_store_rusak_ditolak(store_contoh, tmp_path: Path) -> None:
    store, _ = store_contoh
    sp = store.path
    store.close()
    _rusak_halaman(sp)
    with pytest.raises(CadanganError, match="rusak"):
        buat_cadangan(sp, tmp_path / "x.ikubackup")
    assert not (tmp_path / "x.ikubackup").exists()


def _sqlite_lain(path: Path, user_version: int) -> bytes:
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE pelanggan (id INTEGER PRIMARY KEY, nama TEXT)")
    con.execute("INSERT INTO pelanggan VALUES (1, 'Budi')")
    con.execute(f"PRAGMA user_version = {user_version}")
    con.commit()
    con.close()
    return path.read_bytes()


@pytest.mark.parametrize("user_version", [0, 1, 2])
def test_sqlite_program_lain_tidak_diubah(tmp_path: Path, user_version: int, capsys) -> None:
    path = tmp_path / "lain.sqlite"
    isi = _sqlite_lain(path, user_version)
    with pytest.raises(StoreError, match="basis data lain"):
        open_store(path)
    assert main(["import", str(CONTOH[0]), "--db", str(path)]) == 2
    assert "Traceback" not in capsys.readouterr().err
    assert path.read_bytes() == isi
    assert not Path(f"{path}-wal").exists()


def test_pulihkan_ke_sqlite_program_lain_ditolak(store_contoh, tmp_path: Path, capsys) -> None:
    store, _ = store_contoh
    cadangan = buat_cadangan(store, tmp_path / "baik.ikubackup").path
    lain = tmp_path / "lain.sqlite"
    isi = _sqlite_lain(lain, 1)
    assert main(["restore", str(cadangan), "--yes", "--db", str(lain)]) == 2
    err = capsys.readouterr().err
    assert "bukan penyimpanan IKU Desk" in err and "Traceback" not in err
    assert lain.read_bytes() == isi


def test_store_baru_bertanda_aplikasi(store) -> None:
    con = sqlite3.connect(store.path)
    try:
        assert con.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    finally:
        con.close()


# ------------------------------------------------------------------ 6. smaller holes


@pytest.mark.skipif(os.name != "posix", reason="symlink dan izin POSIX")
def test_kunci_jendela_mengikuti_path_asli(store_path: Path, tmp_path: Path) -> None:
    store_path.touch()
    tautan = tmp_path / "tautan.sqlite"
    tautan.symlink_to(store_path)
    with KunciStore(store_path), pytest.raises(StoreTerkunci):
        KunciStore(tautan).ambil()


@pytest.mark.skipif(os.name != "posix", reason="izin berkas POSIX")
def test_berkas_keluaran_berizin_biasa_dan_tanpa_salinan_di_temp(
    store_contoh, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store, ids = store_contoh
    temp = tmp_path / "temp-sistem"
    temp.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(temp))
    lama = os.umask(0o022)
    try:
        hasil = buat_cadangan(store, tmp_path / "c.ikubackup")
        assert (
            main(["export", str(ids["benjeng"]), str(tmp_path / "d.json"), "--db", str(store.path)])
            == 0
        )
    finally:
        os.umask(lama)
    for p in (hasil.path, tmp_path / "d.json"):
        assert stat.S_IMODE(p.stat().st_mode) == 0o644, p
    assert list(temp.iterdir()) == []  # no plaintext copy of the store in the temp folder
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []


def test_dokumen_impor_tetap_ada_setelah_dibuka_lagi(tmp_path: Path) -> None:
    sp = tmp_path / "s.sqlite"
    with open_store(sp) as s:
        did = save_new_dokumen(s, baca_file(CONTOH[0]))
    with open_store(sp) as s:
        assert [d.id for d in list_dokumen(s)] == [did]


# ------------------------------------------------------------------ 5./6. messages and small holes


def _dokumen_json(**ubah: object) -> dict:
    """A sample document with a period, as JSON data."""
    data = next(
        d for d in (json.loads(p.read_text(encoding="utf-8")) for p in CONTOH) if d.get("periode")
    )
    data.update(ubah)
    return data


def _tulis(tmp_path: Path, teks: str) -> Path:
    p = tmp_path / "dok.json"
    p.write_text(teks, encoding="utf-8")
    return p


def _indikator_pertama(data: dict) -> dict:
    for t in data["tujuan"]:
        if t.get("indikator"):
            return t["indikator"][0]
        for s in t.get("sasaran", []):
            if s.get("indikator"):
                return s["indikator"][0]
    raise AssertionError("contoh tanpa indikator")


def _impor_ditolak(tmp_path: Path, teks: str, kata: str, capsys) -> None:
    sp = tmp_path / "s.sqlite"
    assert main(["import", str(_tulis(tmp_path, teks)), "--db", str(sp)]) == 2
    err = capsys.readouterr().err
    assert kata in err, err
    assert "Traceback" not in err
    assert not sp.exists() or not list_dokumen(open_store(sp))


def test_angka_5000_digit_ditolak(tmp_path: Path, capsys) -> None:
    teks = json.dumps(_dokumen_json())[:-1] + ', "catatan": ' + "9" * 5000 + "}"
    _impor_ditolak(tmp_path, teks, "angka yang terlalu panjang", capsys)


@pytest.mark.parametrize(
    ("teks", "kata"),
    [("a\\ud800b", "0xd800"), ("a\\u0085b", "0x85"), ("a\\u009bb", "0x9b")],
)
def test_surrogate_dan_kontrol_c1_ditolak(tmp_path: Path, teks: str, kata: str, capsys) -> None:
    isi = json.dumps(_dokumen_json(catatan="PENANDA")).replace("PENANDA", teks)
    _impor_ditolak(tmp_path, isi, kata, capsys)


def test_kode_dengan_baris_baru_ditolak(tmp_path: Path, capsys) -> None:
    data = _dokumen_json()
    ind = next(
        i
        for t in data["tujuan"]
        for i in [
            *t.get("indikator", []),
            *[x for s in t.get("sasaran", []) for x in s["indikator"]],
        ]
        if i.get("rumus", {}).get("komponen")
    )
    ind["rumus"]["komponen"][0]["kode"] += "\n"
    _impor_ditolak(tmp_path, json.dumps(data), "tidak sah", capsys)


def test_tahun_dengan_angka_arab_ditolak(tmp_path: Path, capsys) -> None:
    data = _dokumen_json()
    mulai = data["periode"]["mulai"]
    ind = _indikator_pertama(data)
    ind["target"] = {str(mulai): 1}
    arab = str(mulai).translate(str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩"))
    teks = json.dumps(data).replace(
        f'"target": {{"{mulai}": 1}}', f'"target": {{"{mulai}": 1, "{arab}": 2}}'
    )
    assert "٢" in teks or "٠" in teks
    _impor_ditolak(tmp_path, teks, "bukan tahun", capsys)


def test_angka_amat_kecil_ditolak(tmp_path: Path, capsys) -> None:
    data = _dokumen_json()
    _indikator_pertama(data)["target"] = {str(data["periode"]["mulai"]): "ANGKA"}
    teks = json.dumps(data).replace('"ANGKA"', "1E-999999999")
    _impor_ditolak(tmp_path, teks, "angka terlalu kecil", capsys)


def test_dokumen_terlalu_besar_ditolak_segera(tmp_path: Path, capsys) -> None:
    import time

    data = _dokumen_json()
    contoh = _indikator_pertama(data)
    data["tujuan"] = [{"uraian": "T", "indikator": [dict(contoh, target={}, realisasi={})] * 5001}]
    teks = json.dumps(data)
    mulai = time.monotonic()
    _impor_ditolak(tmp_path, teks, "paling banyak 5000 indikator", capsys)
    assert time.monotonic() - mulai < 5


def test_nama_cadangan_dari_instansi_panjang(tmp_path: Path) -> None:
    sp = tmp_path / "s.sqlite"
    data = _dokumen_json()
    data["profil"]["instansi"] = "Kecamatan " + "Sangat Panjang Sekali " * 30
    with open_store(sp) as s:
        save_new_dokumen(s, baca_file(_tulis(tmp_path, json.dumps(data))))
    usb = tmp_path / "usb"
    usb.mkdir()
    hasil = buat_cadangan(sp, usb)
    assert len(hasil.path.name.encode()) < 255 and hasil.path.exists()


def _zip_dengan(baik: Path, tujuan: Path, **atur: int) -> Path:
    with zipfile.ZipFile(baik) as z:
        anggota = [(i.filename, z.read(i)) for i in z.infolist()]
    with zipfile.ZipFile(tujuan, "w") as z:
        for nama, isi in anggota:
            zi = zipfile.ZipInfo(nama)
            zi.compress_type = atur.get("compress_type", zipfile.ZIP_DEFLATED)
            z.writestr(zi, isi)
    if atur.get("enkripsi"):
        # Set the "encrypted" flag in every local and central header, as a password tool would.
        b = bytearray(tujuan.read_bytes())
        for tanda, geser in ((b"PK\x03\x04", 6), (b"PK\x01\x02", 8)):
            i = b.find(tanda)
            while i >= 0:
                b[i + geser] |= 0x01
                i = b.find(tanda, i + 4)
        tujuan.write_bytes(bytes(b))
    return tujuan


@pytest.mark.parametrize(
    ("atur", "kata"),
    [({"enkripsi": 1}, "terenkripsi"), ({"compress_type": zipfile.ZIP_LZMA}, "pemadatan")],
)
def test_zip_terenkripsi_atau_lzma_ditolak(
    tertutup: Path, tmp_path: Path, atur: dict, kata: str, capsys
) -> None:
    baik = buat_cadangan(tertutup, tmp_path / "baik.ikubackup").path
    berkas = _zip_dengan(baik, tmp_path / "x.ikubackup", **atur)
    sebelum = sidik_folder(tertutup.parent)
    assert main(["restore", str(berkas), "--yes", "--db", str(tertutup)]) == 2
    err = capsys.readouterr().err
    assert kata in err and "Traceback" not in err
    assert sidik_folder(tertutup.parent) == sebelum


def test_store_terkunci_terlalu_lama_pesan_indonesia(
    tertutup: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys
) -> None:
    from ikudesk.persistence import store as store_mod

    monkeypatch.setattr(store_mod, "BUSY_TIMEOUT_MS", 200)
    lain = sqlite3.connect(tertutup, isolation_level=None)  # another program holding the lock
    try:
        lain.execute("BEGIN EXCLUSIVE")
        assert main(["import", str(CONTOH[0]), "--db", str(tertutup)]) == 2
    finally:
        lain.execute("ROLLBACK")
        lain.close()
    err = capsys.readouterr().err
    assert "sedang dipakai program lain" in err and "Traceback" not in err
    with open_store(tertutup) as s:
        assert len(list_dokumen(s)) == len(CONTOH)
