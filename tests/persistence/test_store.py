"""The store: where it is, how it is opened, upgraded, and that it refuses what it cannot read."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlmodel import SQLModel

import ikudesk.persistence.tables  # noqa: F401  (registers the tables)
from ikudesk.errors import StoreError
from ikudesk.files.docfile import baca_file, ke_json
from ikudesk.persistence.repo import (
    delete_dokumen,
    list_dokumen,
    load_dokumen,
    replace_dokumen,
    save_new_dokumen,
)
from ikudesk.persistence.store import SCHEMA_VERSION, choose_store_path, open_store
from tests.conftest import CONTOH
from tests.persistence.skema_lama import buat_sqlite_lama


def test_pilih_path_store_urutan(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("IKUDESK_DB", str(tmp_path / "env.sqlite"))
    assert choose_store_path(tmp_path / "arg.sqlite") == tmp_path / "arg.sqlite"
    assert choose_store_path(None) == tmp_path / "env.sqlite"
    monkeypatch.delenv("IKUDESK_DB")
    bawaan = choose_store_path(None)
    assert bawaan.name == "ikudesk.sqlite"
    assert "IKU Desk" in bawaan.parts  # the per-user data folder, never beside the program


def test_pragma_setiap_koneksi(store) -> None:
    with store.read() as s:
        assert s.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert s.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert s.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL
        assert s.execute(text("PRAGMA user_version")).scalar() == SCHEMA_VERSION


def test_migrasi_sama_dengan_tabel_sqlmodel(store) -> None:
    """A new store has exactly the columns the SQLModel tables declare."""
    con = sqlite3.connect(store.path)
    try:
        for tabel in SQLModel.metadata.sorted_tables:
            kolom = {
                r[1]: (r[2], bool(r[3])) for r in con.execute(f"PRAGMA table_info({tabel.name})")
            }
            assert set(kolom) == {c.name for c in tabel.columns}, tabel.name
            for c in tabel.columns:
                if not c.primary_key:
                    assert kolom[c.name][1] == (not c.nullable), f"{tabel.name}.{c.name}"
            fk = {(r[2], r[3]) for r in con.execute(f"PRAGMA foreign_key_list({tabel.name})")}
            assert fk == {(f.column.table.name, f.parent.name) for f in tabel.foreign_keys}
    finally:
        con.close()


def test_hapus_dokumen_menghapus_semua_anak(store_contoh) -> None:
    store, ids = store_contoh
    sebelum = [(d.id, d.instansi) for d in list_dokumen(store)]
    delete_dokumen(store, ids["sumber-harta"])
    assert [(d.id, d.instansi) for d in list_dokumen(store)] == [
        x for x in sebelum if x[0] != ids["sumber-harta"]
    ]
    con = sqlite3.connect(store.path)
    try:
        yatim = con.execute(
            "SELECT count(*) FROM komponen WHERE indikator_id NOT IN (SELECT id FROM indikator)"
        ).fetchone()[0]
        assert yatim == 0
        assert con.execute("PRAGMA foreign_key_check").fetchall() == []
    finally:
        con.close()


def test_ganti_dokumen_menjaga_id(store_contoh) -> None:
    store, ids = store_contoh
    baru = baca_file(next(p for p in CONTOH if p.stem == "benjeng"))
    replace_dokumen(store, ids["sumbersuko"], baru)
    dok = load_dokumen(store, ids["sumbersuko"])
    assert dok.profil.instansi == "Kecamatan Benjeng"
    assert len(list_dokumen(store)) == len(CONTOH)


def test_transaksi_gagal_tidak_mengubah_apa_pun(store_contoh) -> None:
    store, ids = store_contoh
    json_sebelum = ke_json(load_dokumen(store, ids["benjeng"]))
    dok = baca_file(CONTOH[0])
    dok.tujuan[0].sasaran[0].indikator[0].polaritas = "positif"
    with pytest.raises(RuntimeError), store.transaction() as s:
        from ikudesk.persistence.repo import write_dokumen

        write_dokumen(s, dok)
        raise RuntimeError("listrik padam di tengah aksi")
    assert ke_json(load_dokumen(store, ids["benjeng"])) == json_sebelum
    assert len(list_dokumen(store)) == len(CONTOH)


def _store_v1(path: Path) -> None:
    """A store exactly as release 1 (schema 1) wrote it, with one document in it."""
    con = sqlite3.connect(path)
    buat_sqlite_lama(con, 1)
    con.execute(
        "INSERT INTO dokumen VALUES (1, 'Kecamatan Lama', '', '[]', 2019, 2024, '', 'sasaran',"
        " 0, 0, '', '2020-01-01T00:00:00', '2020-01-01T00:00:00')"
    )
    con.execute("INSERT INTO tujuan VALUES (1, 1, 0, 'Tujuan lama', '')")
    con.execute("PRAGMA user_version = 1")
    con.commit()
    con.close()


def test_store_lama_ditingkatkan_setelah_salinan_disimpan(tmp_path: Path) -> None:
    path = tmp_path / "lama.sqlite"
    _store_v1(path)
    with open_store(path) as store:
        assert store.upgrade_copy is not None and store.upgrade_copy.parent == tmp_path
        salinan = sqlite3.connect(store.upgrade_copy)
        assert salinan.execute("PRAGMA user_version").fetchone()[0] == 1
        assert salinan.execute("SELECT instansi FROM dokumen").fetchall() == [("Kecamatan Lama",)]
        salinan.close()
        dok = load_dokumen(store, 1)
        assert dok.profil.instansi == "Kecamatan Lama" and dok.tujuan[0].uraian == "Tujuan lama"
        with store.read() as s:
            assert s.execute(text("PRAGMA user_version")).scalar() == SCHEMA_VERSION
            assert s.execute(text("SELECT count(*) FROM pengaturan")).scalar() == 0
    # Opening again upgrades nothing and keeps no further copy.
    with open_store(path) as store:
        assert store.upgrade_copy is None


def test_store_versi_lebih_baru_ditolak(tmp_path: Path) -> None:
    path = tmp_path / "baru.sqlite"
    with open_store(path):
        pass
    con = sqlite3.connect(path)
    con.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    con.commit()
    con.close()
    isi = path.read_bytes()
    with pytest.raises(StoreError, match=f"skema versi {SCHEMA_VERSION + 1}"):
        open_store(path)
    assert path.read_bytes() == isi


@pytest.mark.parametrize(
    ("isi", "potongan"),
    [(b"ini bukan basis data sama sekali" * 100, "bukan penyimpanan IKU Desk")],
)
def test_berkas_bukan_sqlite_ditolak(tmp_path: Path, isi: bytes, potongan: str) -> None:
    path = tmp_path / "rusak.sqlite"
    path.write_bytes(isi)
    with pytest.raises(StoreError, match=potongan) as e:
        open_store(path)
    assert "rusak atau bukan basis data" in e.value.pesan
    assert "file is not a database" not in e.value.pesan  # SQLite's English stays out
    assert path.read_bytes() == isi


def test_sqlite_lain_ditolak(tmp_path: Path) -> None:
    path = tmp_path / "lain.sqlite"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE pelanggan (id INTEGER)")
    con.commit()
    con.close()
    with pytest.raises(StoreError, match="basis data lain"):
        open_store(path)


def test_folder_sebagai_store_ditolak(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="folder"):
        open_store(tmp_path)


def test_simpan_muat_semua_contoh_dengan_id(store_contoh) -> None:
    store, ids = store_contoh
    for p in CONTOH:
        dok = load_dokumen(store, ids[p.stem])
        assert dok.id == ids[p.stem]
        assert all(i.id is not None for i in dok.semua_indikator())
        assert ke_json(dok) == ke_json(baca_file(p))
    ringkas = {d.instansi: d for d in list_dokumen(store)}
    assert ringkas["Kecamatan Sumber Harta"].jumlah_indikator == 8
    assert ringkas["Kecamatan Sumber Harta"].label_periode == "2021–2026"
    assert ringkas["Kecamatan Benjeng"].label_periode == "tanpa periode"


def test_dokumen_tidak_ada(store) -> None:
    from ikudesk.errors import TidakDitemukan

    with pytest.raises(TidakDitemukan, match="Dokumen nomor 99"):
        load_dokumen(store, 99)
    with pytest.raises(TidakDitemukan):
        delete_dokumen(store, 99)


def test_dokumen_besar_tersimpan_utuh(store) -> None:
    from tests.support.sintetis import dokumen_sintetis

    dok = dokumen_sintetis(jumlah_indikator=300)
    dok_id = save_new_dokumen(store, dok)
    assert ke_json(load_dokumen(store, dok_id)) == ke_json(dok)
    save_new_dokumen(store, dokumen_sintetis(jumlah_indikator=10))
    assert ke_json(load_dokumen(store, dok_id)) == ke_json(dok)
