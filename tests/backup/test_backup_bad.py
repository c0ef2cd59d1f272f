"""Bad backup files: each refused with an Indonesian message, exit 2, the store untouched."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import sqlite3
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from ikudesk.backup.archive import (
    AMBANG_RASIO,
    NAMA_DB,
    NAMA_MANIFEST,
    CadanganError,
    buat_cadangan,
    periksa_cadangan,
)
from ikudesk.cli import main
from ikudesk.persistence.store import SCHEMA_VERSION
from tests.support.berkas import sidik_folder


@pytest.fixture
def siap(store_contoh, tmp_path: Path):
    """(store path, a good backup, a folder for bad ones); the store is closed."""
    store, _ = store_contoh
    usb = tmp_path / "usb"
    usb.mkdir()
    baik = buat_cadangan(store, usb / "baik.ikubackup").path
    store.close()
    return store.path, baik, usb


def _isi(baik: Path) -> tuple[dict, bytes]:
    with zipfile.ZipFile(baik) as z:
        return json.loads(z.read(NAMA_MANIFEST)), z.read(NAMA_DB)


def _zip(path: Path, anggota: list[tuple[str, bytes]], mode: int = zipfile.ZIP_DEFLATED) -> Path:
    with zipfile.ZipFile(path, "w", compression=mode) as z:
        for nama, isi in anggota:
            z.writestr(nama, isi)
    return path


def _manifest_untuk(m: dict, db: bytes) -> bytes:
    m = dict(m)
    m["basis_data"] = {"nama": NAMA_DB, "ukuran": len(db), "sha256": hashlib.sha256(db).hexdigest()}
    return json.dumps(m).encode()


def _ubah_db(db: bytes, tmp: Path, sql: str) -> bytes:
    p = tmp / "ubah.sqlite"
    p.write_bytes(db)
    con = sqlite3.connect(p, isolation_level=None)
    con.executescript(sql)
    con.close()
    return p.read_bytes()


def _terpotong(baik: Path, usb: Path) -> Path:
    p = usb / "terpotong.ikubackup"
    p.write_bytes(baik.read_bytes()[: baik.stat().st_size // 2])
    return p


def _acak(baik: Path, usb: Path) -> Path:
    p = usb / "foto.ikubackup"
    p.write_bytes(os.urandom(50_000))
    return p


def _kosong(baik: Path, usb: Path) -> Path:
    p = usb / "kosong.ikubackup"
    p.write_bytes(b"")
    return p


def _traversal(baik: Path, usb: Path) -> Path:
    m, db = _isi(baik)
    return _zip(
        usb / "jahat.ikubackup",
        [(NAMA_MANIFEST, _manifest_untuk(m, db)), (NAMA_DB, db), ("../../ikudesk.sqlite", b"x")],
    )


def _traversal_ganti_nama(baik: Path, usb: Path) -> Path:
    m, db = _isi(baik)
    return _zip(
        usb / "jahat2.ikubackup",
        [(NAMA_MANIFEST, _manifest_untuk(m, db)), ("../" + NAMA_DB, db)],
    )


def _bom(baik: Path, usb: Path) -> Path:
    m, _ = _isi(baik)
    p = usb / "bom.ikubackup"
    besar = AMBANG_RASIO + 16 * 1024 * 1024
    with zipfile.ZipFile(p, "w", compression=zipfile.ZIP_DEFLATED) as z:
        z.writestr(NAMA_MANIFEST, json.dumps(m).encode())
        with z.open(NAMA_DB, "w", force_zip64=True) as f:
            nol = bytes(1024 * 1024)
            for _ in range(besar // len(nol)):
                f.write(nol)
    return p


def _checksum_salah(baik: Path, usb: Path) -> Path:
    m, db = _isi(baik)
    rusak = bytearray(db)
    rusak[-100] ^= 0xFF  # one byte in the last page: still a readable zip and SQLite file
    return _zip(
        usb / "checksum.ikubackup",
        [(NAMA_MANIFEST, json.dumps(m).encode()), (NAMA_DB, bytes(rusak))],
    )


def _tabel_tambahan(baik: Path, usb: Path) -> Path:
    m, db = _isi(baik)
    db2 = _ubah_db(db, usb, "CREATE TABLE rahasia (x TEXT);")
    return _zip(usb / "tabel.ikubackup", [(NAMA_MANIFEST, _manifest_untuk(m, db2)), (NAMA_DB, db2)])


def _trigger(baik: Path, usb: Path) -> Path:
    m, db = _isi(baik)
    db2 = _ubah_db(
        db,
        usb,
        "CREATE TRIGGER hapus_semua AFTER INSERT ON nilai BEGIN DELETE FROM dokumen; END;",
    )
    return _zip(
        usb / "trigger.ikubackup", [(NAMA_MANIFEST, _manifest_untuk(m, db2)), (NAMA_DB, db2)]
    )


def _view(baik: Path, usb: Path) -> Path:
    m, db = _isi(baik)
    db2 = _ubah_db(db, usb, "CREATE VIEW v AS SELECT * FROM dokumen;")
    return _zip(usb / "view.ikubackup", [(NAMA_MANIFEST, _manifest_untuk(m, db2)), (NAMA_DB, db2)])


def _versi_baru(baik: Path, usb: Path) -> Path:
    m, db = _isi(baik)
    db2 = _ubah_db(
        db, usb, f"CREATE TABLE fitur_baru (x TEXT); PRAGMA user_version = {SCHEMA_VERSION + 1};"
    )
    m = dict(m, skema=SCHEMA_VERSION + 1, aplikasi="9.0.0")
    return _zip(usb / "baru.ikubackup", [(NAMA_MANIFEST, _manifest_untuk(m, db2)), (NAMA_DB, db2)])


def _tanpa_manifest(baik: Path, usb: Path) -> Path:
    _, db = _isi(baik)
    return _zip(usb / "tanpa.ikubackup", [(NAMA_DB, db)])


def _db_rusak(baik: Path, usb: Path) -> Path:
    m, db = _isi(baik)
    rusak = bytearray(db)
    # scribble over the second page (a b-tree page): checksum is recomputed, integrity is not
    rusak[4096 + 8 : 4096 + 64] = os.urandom(56)
    db2 = bytes(rusak)
    return _zip(usb / "rusak.ikubackup", [(NAMA_MANIFEST, _manifest_untuk(m, db2)), (NAMA_DB, db2)])


def _bukan_iku(baik: Path, usb: Path) -> Path:
    m, _ = _isi(baik)
    p = usb / "lain.sqlite"
    con = sqlite3.connect(p)
    con.execute("CREATE TABLE pelanggan (nama TEXT)")
    con.commit()
    con.close()
    db = p.read_bytes()
    return _zip(
        usb / "lain.ikubackup",
        [(NAMA_MANIFEST, _manifest_untuk(dict(m, skema=0), db)), (NAMA_DB, db)],
    )


# One value row for the first indicator of a document with a period: (tahun, nilai) as SQL.
_NILAI = (
    "INSERT INTO nilai (indikator_id, jenis, tahun, nilai) SELECT i.id, 'target', {0}, {1} "
    "FROM indikator i JOIN dokumen d ON d.id = i.dokumen_id WHERE d.periode_mulai IS NOT NULL "
    "ORDER BY i.id LIMIT 1;"
)


def _dengan_sql(nama: str, sql: str) -> Callable[[Path, Path], Path]:
    """A backup whose database was changed by ``sql``, with a manifest that matches it."""

    def buat(baik: Path, usb: Path) -> Path:
        m, db = _isi(baik)
        db2 = _ubah_db(db, usb, sql)
        return _zip(
            usb / f"{nama}.ikubackup", [(NAMA_MANIFEST, _manifest_untuk(m, db2)), (NAMA_DB, db2)]
        )

    return buat


def _manifest_mentah(nama: str, ubah: Callable[[dict], bytes]) -> Callable[[Path, Path], Path]:
    def buat(baik: Path, usb: Path) -> Path:
        m, db = _isi(baik)
        m = json.loads(_manifest_untuk(m, db))
        return _zip(usb / f"{nama}.ikubackup", [(NAMA_MANIFEST, ubah(m)), (NAMA_DB, db)])

    return buat


KASUS: dict[str, tuple[Callable[[Path, Path], Path], str]] = {
    "manifest_bersarang": (
        _manifest_mentah("sarang", lambda m: b"[" * 200_000 + b"]" * 200_000),
        "Manifest",
    ),
    "manifest_tipe_salah": (
        _manifest_mentah("tipe", lambda m: json.dumps(dict(m, dibuat=20240101)).encode()),
        "tidak lengkap",
    ),
    "manifest_waktu_salah": (
        _manifest_mentah("waktu", lambda m: json.dumps(dict(m, dibuat="x" * 100_000)).encode()),
        "waktu pembuatan tidak sah",
    ),
    # A name starting with "sqlite_stat" once passed the schema check; the trigger ran later.
    "trigger_sqlite_stat": (
        _dengan_sql(
            "stat",
            "CREATE TRIGGER t AFTER INSERT ON dokumen BEGIN DELETE FROM dokumen; END;"
            "PRAGMA writable_schema = ON;"
            "UPDATE sqlite_master SET name = 'sqlite_stat_x' WHERE name = 't';",
        ),
        # SQLite itself now refuses that name; either way the file is not used.
        "susunan basis data rusak",
    ),
    "tabel_sqlite_stat1": (_dengan_sql("stat1", "ANALYZE;"), "sqlite_stat1"),
    # A CHECK behind a comment is enforced by SQLite: a restored store would refuse edits.
    "check_di_balik_komentar": (
        _dengan_sql(
            "komentar",
            "PRAGMA writable_schema = ON;"
            "UPDATE sqlite_master SET sql = replace(sql, 'nilai VARCHAR NOT NULL', "
            "'nilai VARCHAR NOT NULL CHECK/**/(nilai <> ''0'')') WHERE name = 'nilai';",
        ),
        "tabel nilai",
    ),
    # Right schema and checksum, content no import accepts:
    "periode_raksasa": (
        _dengan_sql(
            "periode", "UPDATE dokumen SET periode_mulai = 1, periode_selesai = 100000000;"
        ),
        "periode 1–100000000",
    ),
    "tahun_sebagai_teks": (_dengan_sql("tahun", _NILAI.format("'dua ribu'", "'1'")), "kolom tahun"),
    "angka_sejuta_digit": (
        _dengan_sql("angka", _NILAI.format("d.periode_mulai", "'1e999999999'")),
        "angka terlalu besar",
    ),
    "angka_amat_kecil": (
        _dengan_sql("kecil", _NILAI.format("d.periode_mulai", "'1E-999999999'")),
        "angka terlalu kecil",
    ),
    "angka_panjang": (
        _dengan_sql("panjang", _NILAI.format("d.periode_mulai", "printf('%.*c', 5000, '9')")),
        "angka sepanjang 5000",
    ),
    "tahun_di_luar_periode": (
        _dengan_sql("luar", _NILAI.format("d.periode_selesai + 1", "'5'")),
        "di luar periode",
    ),
    "kode_komponen_salah": (
        _dengan_sql(
            "kode",
            "UPDATE komponen SET kode = 'a' || char(10) WHERE id = (SELECT min(id) FROM komponen);",
        ),
        "kode",
    ),
    "teks_kontrol": (
        _dengan_sql("kontrol", "UPDATE dokumen SET instansi = 'Kec' || char(7);"),
        "karakter kontrol",
    ),
    "rujukan_silang": (
        _dengan_sql(
            "silang",
            "UPDATE indikator SET tujuan_id = NULL, sasaran_id = 999999 "
            "WHERE id = (SELECT min(id) FROM indikator);",
        ),
        "foreign_key_check",
    ),
    "terpotong": (_terpotong, "terpotong"),
    "acak": (_acak, "bukan cadangan IKU Desk"),
    "kosong": (_kosong, "kosong"),
    "traversal": (_traversal, "nama berbahaya"),
    "traversal_ganti_nama": (_traversal_ganti_nama, "nama berbahaya"),
    "bom_zip": (_bom, "bom zip"),
    "checksum": (_checksum_salah, "Checksum"),
    "tabel_tambahan": (_tabel_tambahan, "tabel rahasia"),
    "trigger": (_trigger, "trigger hapus_semua"),
    "view": (_view, "view v"),
    "versi_baru": (_versi_baru, f"skema versi {SCHEMA_VERSION + 1}"),
    "tanpa_manifest": (_tanpa_manifest, "tidak ada manifest.json"),
    "db_rusak": (_db_rusak, "rusak"),
    "bukan_iku": (_bukan_iku, "bukan penyimpanan IKU Desk"),
}


@pytest.mark.parametrize("kasus", list(KASUS))
def test_cadangan_buruk_ditolak_store_utuh(siap, kasus: str, capsys) -> None:
    store_path, baik, usb = siap
    buat, kata = KASUS[kasus]
    berkas = buat(baik, usb)
    sebelum = sidik_folder(store_path.parent)
    assert main(["restore", str(berkas), "--yes", "--db", str(store_path)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("ikudesk: ")
    assert kata in err, err
    assert str(berkas) in err  # says where
    assert "Traceback" not in err
    assert sidik_folder(store_path.parent) == sebelum
    assert not [p for p in store_path.parent.iterdir() if p.name.endswith(".tmp")]
    with pytest.raises(CadanganError):
        periksa_cadangan(berkas)


def test_versi_baru_menyebut_kedua_versi(siap) -> None:
    _, baik, usb = siap
    with pytest.raises(CadanganError) as e:
        periksa_cadangan(_versi_baru(baik, usb))
    assert f"skema versi {SCHEMA_VERSION + 1}" in str(e.value)
    assert f"sampai skema versi {SCHEMA_VERSION}" in str(e.value)
    assert "Perbarui IKU Desk" in str(e.value)


def test_berkas_tidak_ada(siap, capsys) -> None:
    store_path, _, usb = siap
    assert (
        main(["restore", str(usb / "tidak-ada.ikubackup"), "--yes", "--db", str(store_path)]) == 2
    )
    assert "tidak ditemukan" in capsys.readouterr().err


def test_cadangan_baik_masih_diterima(siap, tmp_path: Path) -> None:
    """The cases above fail for their own reason, not because every file is refused."""
    _, baik, _ = siap
    shutil.copy(baik, tmp_path / "salin.ikubackup")
    assert periksa_cadangan(tmp_path / "salin.ikubackup").dokumen
