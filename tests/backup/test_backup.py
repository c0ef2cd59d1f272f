"""Backups made from real stores, read back, restored; automatic backups and their rotation."""

from __future__ import annotations

import hashlib
import json
import sqlite3
import zipfile
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from ikudesk.backup import auto as autobackup
from ikudesk.backup.archive import (
    EKSTENSI,
    NAMA_DB,
    NAMA_MANIFEST,
    CadanganError,
    buat_cadangan,
    daftar_lokal,
    folder_cadangan,
    nama_berkas,
    periksa_cadangan,
    siapkan_pemulihan,
)
from ikudesk.backup.removable import drive_lepasan
from ikudesk.cli import main
from ikudesk.files.docfile import baca_file
from ikudesk.persistence.kunci import KunciStore
from ikudesk.persistence.repo import (
    delete_dokumen,
    list_dokumen,
    load_dokumen,
    save_new_dokumen,
)
from ikudesk.persistence.store import SCHEMA_VERSION, Store, open_store
from tests.conftest import CONTOH


def _isi(store: Store) -> list[tuple[int, str, int]]:
    return [(d.id, d.instansi, d.jumlah_indikator) for d in list_dokumen(store)]


def test_cadangan_berisi_manifest_dan_snapshot(store_contoh, tmp_path: Path) -> None:
    store, ids = store_contoh
    keluar = tmp_path / "usb"
    keluar.mkdir()
    hasil = buat_cadangan(store, keluar)
    assert hasil.path.parent == keluar
    assert hasil.path.suffix == EKSTENSI
    assert hasil.path.name.startswith("IKU-")
    with zipfile.ZipFile(hasil.path) as z:
        assert sorted(z.namelist()) == sorted([NAMA_MANIFEST, NAMA_DB])
        m = json.loads(z.read(NAMA_MANIFEST))
        db = z.read(NAMA_DB)
    assert m["format"] == "ikudesk-cadangan" and m["versi"] == 1
    assert m["skema"] == SCHEMA_VERSION
    assert m["basis_data"]["sha256"] == hashlib.sha256(db).hexdigest()
    assert m["basis_data"]["ukuran"] == len(db)
    harapan = list_dokumen(store)
    assert [(d["id"], d["instansi"], d["jumlah_indikator"]) for d in m["dokumen"]] == [
        (d.id, d.instansi, d.jumlah_indikator) for d in harapan
    ]
    assert m["jumlah"]["dokumen"] == len(ids)
    assert m["jumlah"]["indikator"] == sum(d.jumlah_indikator for d in harapan)
    # the snapshot is a plain database: no WAL flag travels with it (header bytes 18/19 == 1)
    assert db[18:20] == b"\x01\x01"
    info = periksa_cadangan(hasil.path)
    assert info.sha256 == m["basis_data"]["sha256"]
    assert [d.instansi for d in info.dokumen] == [d.instansi for d in harapan]


def test_nama_berkas_aman_untuk_windows() -> None:
    n = nama_berkas('Kecamatan Sumber: "Harta"/Baru', datetime(2026, 1, 5, 9, 7))
    assert n == "IKU-Kecamatan-Sumber-Harta-Baru-20260105-0907.ikubackup"
    assert nama_berkas("", datetime(2026, 1, 5, 9, 7)).startswith("IKU-kosong-")


def test_nama_tidak_menimpa_cadangan_lain(store_contoh, tmp_path: Path) -> None:
    store, _ = store_contoh
    a = buat_cadangan(store, tmp_path).path
    b = buat_cadangan(store, tmp_path).path
    assert a != b and a.exists() and b.exists()


def test_cadangan_saat_store_sedang_ditulis_konsisten(store_contoh, tmp_path: Path) -> None:
    store, ids = store_contoh
    # an open read transaction elsewhere and the app's engine open: the snapshot is still whole
    with store.read():
        hasil = buat_cadangan(store, tmp_path)
    tujuan = tmp_path / "lain.sqlite"
    with siapkan_pemulihan(hasil.path, tujuan) as p:
        baru = p.jalankan().store
    try:
        for nama, i in ids.items():
            assert load_dokumen(baru, i) == load_dokumen(store, i), nama
    finally:
        baru.close()


def test_pulihkan_mengganti_isi_dan_menyimpan_isi_lama(store_contoh, tmp_path: Path) -> None:
    store, ids = store_contoh
    sebelum = {i: load_dokumen(store, i) for i in ids.values()}
    cad = buat_cadangan(store, tmp_path).path
    delete_dokumen(store, ids["benjeng"])
    setelah_hapus = _isi(store)
    path = store.path
    store.close()
    with siapkan_pemulihan(cad, path) as p:
        assert [d.instansi for d in p.info.dokumen] == [d.profil.instansi for d in sebelum.values()]
        hasil = p.jalankan()
    with hasil.store as s:
        assert {i: load_dokumen(s, i) for i in ids.values()} == sebelum
        assert sqlite3.connect(path).execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    # the state just before the restore was backed up and can itself be restored
    assert hasil.cadangan_lama is not None and hasil.cadangan_lama.parent == folder_cadangan(path)
    with siapkan_pemulihan(hasil.cadangan_lama, path) as p:
        kembali = p.jalankan().store
    with kembali:
        assert _isi(kembali) == setelah_hapus
    assert not list(path.parent.glob("*.tmp"))


def test_pulihkan_ke_pc_baru_tanpa_store(store_contoh, tmp_path: Path) -> None:
    store, ids = store_contoh
    cad = buat_cadangan(store, tmp_path).path
    baru = tmp_path / "pc-lain" / "ikudesk.sqlite"
    with siapkan_pemulihan(cad, baru) as p:
        hasil = p.jalankan()
    with hasil.store as s:
        assert _isi(s) == _isi(store)
    assert hasil.cadangan_lama is None


def test_batal_tidak_mengubah_apa_pun(store_contoh, tmp_path: Path) -> None:
    store, _ = store_contoh
    cad = buat_cadangan(store, tmp_path / "x.ikubackup").path
    store.close()
    isi = store.path.read_bytes()
    daftar = sorted(p.name for p in store.path.parent.iterdir())
    with siapkan_pemulihan(cad, store.path):
        pass
    assert store.path.read_bytes() == isi
    assert sorted(p.name for p in store.path.parent.iterdir()) == daftar


def _buat_store_skema_1(path: Path, dok_path: Path) -> None:
    """A store as release 1 wrote it: schema 1 only, user_version 1, no application id.

    The document is stored by this version, then its schema-1 columns are copied into a file
    made by migration 1 alone (later migrations also add columns, so dropping tables won't do).
    """
    from tests.persistence.skema_lama import buat_sqlite_lama

    baru = path.with_name(path.stem + "-baru.sqlite")
    with open_store(baru) as s:
        save_new_dokumen(s, baca_file(dok_path))
    con = sqlite3.connect(path, isolation_level=None)
    buat_sqlite_lama(con, 1)  # the SQL release 1 ran
    con.execute("ATTACH DATABASE ? AS baru", (str(baru),))
    tabel = [r[0] for r in con.execute("SELECT name FROM main.sqlite_master WHERE type='table'")]
    con.execute("BEGIN")
    for t in tabel:
        kolom = ", ".join(r[1] for r in con.execute(f"PRAGMA main.table_info({t})"))
        con.execute(f"INSERT INTO main.{t} ({kolom}) SELECT {kolom} FROM baru.{t}")
    con.execute("COMMIT")
    con.execute("DETACH DATABASE baru")
    con.execute("PRAGMA user_version = 1")
    con.close()


@pytest.mark.skipif(SCHEMA_VERSION < 2, reason="belum ada skema lama")
def test_cadangan_skema_lama_diperbarui_setelah_pulih(contoh_paths, tmp_path: Path) -> None:
    lama = tmp_path / "lama.sqlite"
    _buat_store_skema_1(lama, contoh_paths[0])
    cad = buat_cadangan(lama, tmp_path / "lama.ikubackup").path
    info = periksa_cadangan(cad)
    assert info.skema == 1 and info.perlu_upgrade
    tujuan = tmp_path / "baru.sqlite"
    with siapkan_pemulihan(cad, tujuan) as p:
        s = p.jalankan().store
    with s:
        assert len(list_dokumen(s)) == 1
    v = sqlite3.connect(tujuan).execute("PRAGMA user_version").fetchone()[0]
    assert v == SCHEMA_VERSION


def test_cli_backup_dan_restore(store_contoh, tmp_path: Path, capsys) -> None:
    store, ids = store_contoh
    sebelum = _isi(store)
    usb = tmp_path / "usb"
    usb.mkdir()
    assert main(["backup", str(usb), "--db", str(store.path)]) == 0
    out, err = capsys.readouterr()
    cad = Path(out.strip())
    assert cad.parent == usb and cad.exists()
    assert "berhasil" in err
    delete_dokumen(store, ids["sumbersuko"])
    store.close()
    assert main(["restore", str(cad), "--yes", "--db", str(store.path)]) == 0
    err = capsys.readouterr().err
    assert "Pemulihan berhasil" in err and "Kecamatan" in err
    with open_store(store.path) as s:
        assert _isi(s) == sebelum


def test_cli_restore_tanpa_jawaban_dibatalkan(store_contoh, tmp_path: Path, capsys, monkeypatch):
    import io

    store, _ = store_contoh
    cad = buat_cadangan(store, tmp_path / "a.ikubackup").path
    store.close()
    isi = store.path.read_bytes()
    for masukan in ("", "t\n", "tidak\n"):
        monkeypatch.setattr("sys.stdin", io.StringIO(masukan))
        assert main(["restore", str(cad), "--db", str(store.path)]) == 2
        err = capsys.readouterr().err
        assert "Lanjutkan? [y/T]" in err and "dibatalkan" in err
        assert store.path.read_bytes() == isi
    monkeypatch.setattr("sys.stdin", io.StringIO("y\n"))
    assert main(["restore", str(cad), "--db", str(store.path)]) == 0


def test_cli_restore_ditolak_saat_jendela_terbuka(store_contoh, tmp_path: Path, capsys) -> None:
    store, _ = store_contoh
    cad = buat_cadangan(store, tmp_path / "a.ikubackup").path
    isi = store.path.read_bytes()
    import subprocess
    import sys

    kode = (
        "import sys,time\nfrom ikudesk.persistence.kunci import KunciStore\n"
        "k = KunciStore(sys.argv[1])\nk.ambil()\nprint('ok',flush=True)\ntime.sleep(30)"
    )
    anak = subprocess.Popen([sys.executable, "-c", kode, str(store.path)], stdout=subprocess.PIPE)
    try:
        assert anak.stdout is not None and anak.stdout.readline().strip() == b"ok"
        assert main(["restore", str(cad), "--yes", "--db", str(store.path)]) == 2
        assert "jendela lain" in capsys.readouterr().err
    finally:
        anak.kill()
        anak.wait()
    assert store.path.read_bytes() == isi
    with KunciStore(store.path) as k:
        assert k.dipegang


def test_cli_backup_store_belum_ada(tmp_path: Path, capsys) -> None:
    assert main(["backup", str(tmp_path), "--db", str(tmp_path / "tidak-ada.sqlite")]) == 2
    assert "belum ada" in capsys.readouterr().err
    assert not list(tmp_path.glob("*.ikubackup"))


def test_folder_tujuan_tidak_ada(store_contoh, tmp_path: Path) -> None:
    store, _ = store_contoh
    with pytest.raises(CadanganError, match="tidak ada"):
        buat_cadangan(store, tmp_path / "tidak" / "ada.ikubackup")


def test_media_penuh_tidak_meninggalkan_berkas(store_contoh, tmp_path: Path, monkeypatch) -> None:
    """A full stick: the OS reports ENOSPC while flushing; no file may be left behind."""
    import errno
    import os

    store, _ = store_contoh

    def penuh(fd: int) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    usb = tmp_path / "usb"
    usb.mkdir()
    monkeypatch.setattr(os, "fsync", penuh)
    with pytest.raises(CadanganError) as e:
        buat_cadangan(store, usb)
    monkeypatch.undo()
    assert "ruang penyimpanan penuh" in str(e.value)
    assert list(usb.iterdir()) == []


def test_berkas_hilang_saat_diperiksa_ulang_dihapus(store_contoh, tmp_path: Path, monkeypatch):
    """A stick pulled out after the rename: reading back fails, and nothing is reported done."""
    import errno
    import zipfile as zf

    store, _ = store_contoh
    usb = tmp_path / "usb"
    usb.mkdir()

    asli = zf.ZipFile.open

    def cabut(self, name, mode="r", *a, **k):  # noqa: ANN001, ANN002, ANN003
        if mode == "r":  # writing works; reading back finds the medium gone
            raise OSError(errno.EIO, "Input/output error")
        return asli(self, name, mode, *a, **k)

    monkeypatch.setattr(zf.ZipFile, "open", cabut)
    with pytest.raises(CadanganError) as e:
        buat_cadangan(store, usb)
    monkeypatch.undo()
    assert "flashdisk dicabut" in str(e.value) and "dihapus" in str(e.value)
    assert list(usb.iterdir()) == []


def test_cadangan_otomatis_satu_per_hari_sepuluh_terakhir(store_contoh) -> None:
    store, ids = store_contoh
    sp = store.path
    folder = folder_cadangan(sp)
    # ten older days, as if made on earlier closes
    sumber = autobackup.cadangan_saat_tutup(sp)
    assert sumber is not None
    hari_ini = datetime.now()
    for n in range(1, 13):
        t = hari_ini - timedelta(days=n)
        (folder / f"otomatis-{t:%Y%m%d-%H%M%S}{EKSTENSI}").write_bytes(sumber.path.read_bytes())
    # unchanged store: nothing new
    assert autobackup.cadangan_saat_tutup(sp) is None
    assert autobackup.cadangan_harian(sp) is None
    delete_dokumen(store, ids["benjeng"])
    baru = autobackup.cadangan_saat_tutup(sp)
    assert baru is not None
    daftar = autobackup.otomatis(sp)
    assert len(daftar) == autobackup.SIMPAN
    assert daftar[0].path == baru.path
    # one per day: today's earlier backup was replaced by the newer one
    assert [c.waktu.date() for c in daftar].count(hari_ini.date()) == 1
    assert len({c.waktu.date() for c in daftar}) == len(daftar)
    assert [d.instansi for d in periksa_cadangan(baru.path).dokumen] == [
        d.instansi for d in list_dokumen(store)
    ]


def test_cadangan_harian_sekali_sehari(store_contoh) -> None:
    store, _ = store_contoh
    pertama = autobackup.cadangan_harian(store.path)
    assert pertama is not None
    save_new_dokumen(store, load_dokumen(store, 1))
    assert autobackup.cadangan_harian(store.path) is None  # today's exists already
    assert [c.path for c in daftar_lokal(store.path)] == [pertama.path]


def test_folder_cadangan_bawaan_dan_lain(tmp_path: Path) -> None:
    assert folder_cadangan(tmp_path / "ikudesk.sqlite") == tmp_path / "cadangan"
    assert folder_cadangan(tmp_path / "kantor.sqlite") == tmp_path / "cadangan-kantor"


def test_drive_lepasan_tidak_pernah_gagal() -> None:
    hasil = drive_lepasan()
    assert isinstance(hasil, list)
    assert all(isinstance(p, Path) and p.is_dir() for p in hasil)


def test_gagal_sesudah_pertukaran_tidak_mengaku_utuh(store_contoh, tmp_path: Path, monkeypatch):
    """A failure after the file swap must not claim the old store is intact (review finding):
    the restore stands, and an unopenable result names where the old contents were kept."""
    from ikudesk.backup import archive as backup_mod
    from ikudesk.errors import StoreError

    store, ids = store_contoh
    cad = buat_cadangan(store, tmp_path).path
    delete_dokumen(store, ids["benjeng"])
    path = store.path
    store.close()

    asli = backup_mod._fsync_folder

    def gagal_fsync(folder: Path) -> None:  # only the store's own folder, after the swap
        if Path(folder) == path.parent:
            raise OSError(5, "Input/output error")
        asli(folder)

    monkeypatch.setattr(backup_mod, "_fsync_folder", gagal_fsync)
    with siapkan_pemulihan(cad, path) as p:
        hasil = p.jalankan()  # the rename happened; a failed folder flush undoes nothing
    with hasil.store as s:
        assert len(list_dokumen(s)) == len(CONTOH)

    def tidak_terbuka(_p: Path) -> Store:
        raise StoreError("berkas rusak")

    monkeypatch.setattr(backup_mod, "open_store", tidak_terbuka)
    with siapkan_pemulihan(cad, path) as p, pytest.raises(CadanganError) as e:
        p.jalankan()
    assert "sudah dipulihkan" in e.value.pesan and "tetap utuh" not in e.value.pesan
    assert "sebelum-pulih" in e.value.pesan or str(folder_cadangan(path)) in e.value.pesan
