"""One schema for both engines: a store of every earlier version, migrated, is the same in full
as a new one (columns, types, NOT NULL, defaults, CHECKs, indexes, foreign keys and their
cascades), its rows kept; a version without its step is an error."""

from __future__ import annotations

import dataclasses
import re
import sqlite3
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Column, Integer, MetaData, String, Table, create_engine
from sqlalchemy.pool import NullPool

from ikudesk.persistence import schema
from ikudesk.persistence.repo import load_dokumen
from ikudesk.persistence.schema import SCHEMA_VERSION, STEPS, Step, StepsError, check_steps
from ikudesk.persistence.store import APPLICATION_ID, open_store, schema_difference, schema_of
from ikudesk.persistence.store import expected_schema as skema_sqlite_versi
from tests.persistence.skema_lama import (
    VERSI_BEKU,
    VERSI_LAMA,
    baca_baris,
    buat_server_lama,
    buat_sqlite_lama,
    diharapkan,
    isi_baris,
)

# --- the list of steps -------------------------------------------------------------------------


def test_langkah_setiap_versi_sampai_versi_skema() -> None:
    assert SCHEMA_VERSION == 6
    assert [s.version for s in STEPS] == list(range(1, SCHEMA_VERSION + 1))
    assert check_steps(STEPS).tables["perubahan"] == 6
    for engine in schema.ENGINES:
        for v in range(1, SCHEMA_VERSION + 1):
            assert schema.step_statements(v, engine), (v, engine)


def _tanpa(versi: int) -> tuple[Step, ...]:
    return tuple(s for s in STEPS if s.version != versi)


@pytest.mark.parametrize(
    ("langkah", "pesan"),
    [
        (_tanpa(3), "Versi skema tanpa langkah: 3"),
        (_tanpa(6), "Tabel tanpa langkah yang membuatnya: penetapan, perubahan"),
        (
            STEPS[:5] + (dataclasses.replace(STEPS[5], sql={"sqlite": ("DELETE FROM kolom",)}),),
            "Langkah 6 tidak punya perintah untuk mesin postgresql",
        ),
        (
            STEPS[:5] + (dataclasses.replace(STEPS[5], sql={"postgresql": ()}),),
            "Langkah 6 tidak punya perintah untuk mesin sqlite",
        ),
        (STEPS + (Step(7, "nothing"),), "Langkah 7 kosong"),
        (
            STEPS[:5] + (dataclasses.replace(STEPS[5], tables=("penetapan",)),),
            "Tabel tanpa langkah yang membuatnya: perubahan",
        ),
        (
            STEPS[:3]
            + (dataclasses.replace(STEPS[3], columns=("dokumen.versi", "dokumen.periode_mulai")),)
            + STEPS[4:],
            "'dokumen.periode_selesai' (langkah 1) berdiri setelah kolom langkah 4",
        ),
        (
            (dataclasses.replace(STEPS[0], columns=("dokumen.versi",)),) + STEPS[1:],
            "kolom 'dokumen.versi' tidak ada atau ganda",
        ),
    ],
    ids=["celah", "tabel_tanpa_langkah", "tanpa_pg", "tanpa_sqlite", "kosong", "tabel_lupa",
         "urutan_kolom", "kolom_ganda"],
)  # fmt: skip
def test_daftar_langkah_yang_salah_ditolak(langkah: tuple[Step, ...], pesan: str) -> None:
    with pytest.raises(StepsError, match=re.escape(pesan)):
        check_steps(langkah)


def test_kolom_yang_tidak_dapat_ditambahkan_ditolak() -> None:
    md = MetaData()
    Table("t", md, Column("id", Integer, primary_key=True), Column("x", String, nullable=False))
    langkah = (Step(1, "t", ("t",)), Step(2, "x", columns=("t.x",)))
    with pytest.raises(StepsError, match="NOT NULL tanpa server_default"):
        check_steps(langkah, md)
    md2 = MetaData()
    Table("t", md2, Column("id", Integer, primary_key=True), Column("x", String, server_default=""))
    assert check_steps(langkah, md2).columns == {("t", "x"): 2}


# --- SQLite -----------------------------------------------------------------------------------


def _sqlite_lama(path: Path, versi: int) -> None:
    """A SQLite store exactly as the release of schema ``versi`` wrote it, with a document."""
    con = sqlite3.connect(path)
    buat_sqlite_lama(con, versi)
    con.execute(f"PRAGMA user_version = {versi}")
    con.commit()
    con.close()
    engine = create_engine(f"sqlite:///{path}", poolclass=NullPool)
    with engine.begin() as conn:
        isi_baris(conn, versi)
    engine.dispose()


def _skema_sqlite(path: Path) -> set[tuple[str, str, str, str]]:
    con = sqlite3.connect(path)
    try:
        return schema_of(con)
    finally:
        con.close()


@pytest.fixture(scope="module")
def skema_sqlite_baru(tmp_path_factory: pytest.TempPathFactory) -> set[tuple[str, str, str, str]]:
    path = tmp_path_factory.mktemp("baru") / "baru.sqlite"
    with open_store(path):
        pass
    return _skema_sqlite(path)


def test_skema_sqlite_baru_dari_tabel_lengkap(skema_sqlite_baru: set[Any]) -> None:
    """The description sees what it compares: cascades, CHECKs, defaults, unique indexes."""
    isi = {nama: teks for jenis, nama, _, teks in skema_sqlite_baru}
    assert "('dokumen', 'dokumen_id', 'id', 'NO ACTION', 'CASCADE', 'NONE')" in isi["penetapan"]
    assert "ck_indikator_satu_induk" in isi["indikator"]
    assert "\"'draf'\"" in isi["dokumen"]
    assert "'u'" in isi["sqlite_autoindex_komponen_1"]
    assert {j for j, *_ in skema_sqlite_baru} == {"table", "index"}


@pytest.mark.parametrize("versi", VERSI_LAMA)
def test_store_sqlite_lama_ditingkatkan_sama_dengan_baru(
    tmp_path: Path, versi: int, skema_sqlite_baru: set[Any]
) -> None:
    path = tmp_path / f"v{versi}.sqlite"
    _sqlite_lama(path, versi)
    # What that release made is what this program expects of a store of that version.
    assert schema_difference(_skema_sqlite(path), skema_sqlite_versi(versi)) == ""
    assert _skema_sqlite(path) == skema_sqlite_versi(versi)
    with open_store(path) as store:
        assert store.upgrade_copy is not None
        dok = load_dokumen(store, 1)
        assert dok.profil.instansi == "Kecamatan Lama"
        assert dok.tujuan[0].sasaran[0].indikator[0].nama == "Indeks kepuasan"
        with store.engine.connect() as conn:
            assert baca_baris(conn, versi) == diharapkan(versi)
            tambah = conn.exec_driver_sql("SELECT versi, status, tabel_huruf FROM dokumen").one()
            assert tuple(tambah) == (0, "draf", "")
    ada = _skema_sqlite(path)
    assert schema_difference(ada, skema_sqlite_baru) == ""
    assert ada == skema_sqlite_baru
    con = sqlite3.connect(path)
    assert con.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert con.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    assert con.execute("PRAGMA foreign_key_check").fetchall() == []
    con.close()


def test_langkah_yang_membangun_ulang_tabel_induk_tidak_menghapus_anaknya(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, skema_sqlite_baru: set[Any]
) -> None:
    """A step that rebuilds a table others point to (``Step.sql``, SQLite's way to change a
    constraint: new table, copy, drop, rename) keeps the rows pointing into it. With foreign
    keys on during the upgrade, the DROP deleted every sasaran and indikator by their cascade."""
    baru = schema.create_statements("sqlite")
    (buat,) = [p for p in baru if p.startswith("CREATE TABLE tujuan ")]
    (indeks,) = [p for p in baru if "ix_tujuan_dokumen" in p]
    bangun_ulang = (
        buat.replace("CREATE TABLE tujuan ", "CREATE TABLE tujuan_baru ", 1),
        "INSERT INTO tujuan_baru SELECT * FROM tujuan",
        "DROP TABLE tujuan",
        "ALTER TABLE tujuan_baru RENAME TO tujuan",
        indeks,
    )
    # A later release's step 6, as it could be written: the same additions and a rebuild.
    langkah_6 = dataclasses.replace(STEPS[5], sql={"sqlite": bangun_ulang, "postgresql": ()})
    monkeypatch.setattr(schema, "STEPS", (*STEPS[:5], langkah_6))
    path = tmp_path / "v5.sqlite"
    _sqlite_lama(path, 5)
    with open_store(path) as store:
        dok = load_dokumen(store, 1)
        assert dok.tujuan[0].sasaran[0].indikator[0].nama == "Indeks kepuasan"
        with store.engine.connect() as conn:
            assert baca_baris(conn, 5) == diharapkan(5)
    assert _skema_sqlite(path) == skema_sqlite_baru


def test_store_lama_dengan_rujukan_putus_tetap_ditingkatkan(tmp_path: Path) -> None:
    """A reference an old store already had broken (written with another tool) does not stop
    its upgrade: the steps are checked for what they broke, not the office for its past."""
    path = tmp_path / "v5.sqlite"
    _sqlite_lama(path, 5)
    with closing(sqlite3.connect(path)) as con, con:  # written by another tool, committed
        con.execute(
            "INSERT INTO nilai (indikator_id, jenis, tahun, nilai) "
            "VALUES (999, 'target', 2023, '1')"
        )
    with open_store(path) as store:
        assert load_dokumen(store, 1).profil.instansi == "Kecamatan Lama"
    con = sqlite3.connect(path)
    assert con.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert con.execute("SELECT count(*) FROM nilai WHERE indikator_id = 999").fetchone() == (1,)
    con.close()


@pytest.mark.parametrize("versi", VERSI_BEKU)
def test_store_sqlite_rilis_lalu_sama_dengan_skema_versinya(tmp_path: Path, versi: int) -> None:
    """What each release wrote by hand is the schema of its version as the tables now give it:
    an old store opens, an old backup restores, whichever CREATE text made them."""
    con = sqlite3.connect(tmp_path / "lalu.sqlite")
    buat_sqlite_lama(con, versi)
    con.close()
    assert _skema_sqlite(tmp_path / "lalu.sqlite") == skema_sqlite_versi(versi)


def test_skema_versi_kini_adalah_store_baru(skema_sqlite_baru: set[Any]) -> None:
    assert skema_sqlite_versi(SCHEMA_VERSION) == skema_sqlite_baru


_UBAH = {
    "cascade": ("CREATE TABLE penetapan ", "ON DELETE CASCADE", ""),
    "default": ("CREATE TABLE dokumen ", "DEFAULT 'draf'", "DEFAULT 'final'"),
    "check": ("CREATE TABLE nilai ", "'target', 'realisasi'", "'target'"),
    "not_null": ("CREATE TABLE nilai ", "jenis VARCHAR NOT NULL", "jenis VARCHAR"),
    "tipe": ("CREATE TABLE nilai ", "nilai VARCHAR NOT NULL", "nilai TEXT NOT NULL"),
    "indeks_unik": ("ix_kepala_dokumen", "CREATE INDEX", "CREATE UNIQUE INDEX"),
    "indeks_kolom": ("ix_kepala_dokumen", "(dokumen_id, urutan)", "(urutan, dokumen_id)"),
    "rujukan": ("CREATE TABLE perubahan ", "REFERENCES dokumen", "REFERENCES tujuan"),
    "unik": ("CREATE TABLE komponen ", "UNIQUE (indikator_id, kode)", "UNIQUE (indikator_id)"),
    "conflict": ("CREATE TABLE komponen ", "kode)", "kode) ON CONFLICT REPLACE"),
    "collate": ("CREATE TABLE kolom ", "isi VARCHAR NOT", "isi VARCHAR COLLATE NOCASE NOT"),
    "urutan_kolom": ("CREATE TABLE tujuan ", "uraian VARCHAR NOT NULL, \n\tkelompok",
                     "kelompok VARCHAR NOT NULL, \n\turaian"),
    # A comment between CHECK and its expression: SQLite enforces it, so it must be seen.
    "check_komentar": ("CREATE TABLE nilai ", "nilai VARCHAR NOT NULL",
                       "nilai VARCHAR NOT NULL CHECK/**/(nilai <> 'x')"),
    "check_komentar_baris": ("CREATE TABLE dokumen ", "instansi VARCHAR NOT NULL",
                             "instansi VARCHAR NOT NULL CHECK --\n(length(instansi) > 3)"),
    "deferrable": ("CREATE TABLE perubahan ", "ON DELETE CASCADE",
                   "ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED"),
}  # fmt: skip


@pytest.mark.parametrize("ubah", sorted(_UBAH))
def test_perbandingan_sqlite_melihat_setiap_beda(
    tmp_path: Path, ubah: str, skema_sqlite_baru: set[Any]
) -> None:
    tanda, lama, baru = _UBAH[ubah]
    perintah = schema.create_statements("sqlite")
    (i,) = [n for n, p in enumerate(perintah) if tanda in p]
    assert lama in perintah[i]
    perintah[i] = perintah[i].replace(lama, baru)
    con = sqlite3.connect(tmp_path / "beda.sqlite")
    for p in perintah:
        con.execute(p)
    ada = schema_of(con)
    con.close()
    assert ada != skema_sqlite_baru
    assert schema_difference(ada, skema_sqlite_baru) != ""


# --- PostgreSQL ---------------------------------------------------------------------------------


def _skema_pg(url: str) -> dict[str, Any]:
    """Everything of the database's public schema that makes it behave as it does."""
    import psycopg

    def semua(sql: str) -> list[tuple[Any, ...]]:
        return [tuple(r) for r in con.execute(sql).fetchall()]

    with psycopg.connect(url) as con:
        return {
            "relasi": semua(
                "SELECT c.relname, c.relkind FROM pg_class c JOIN pg_namespace n "
                "ON n.oid = c.relnamespace WHERE n.nspname = 'public' ORDER BY 1"
            ),
            "kolom": semua(
                "SELECT table_name, column_name, data_type, character_maximum_length, "
                "numeric_precision, is_nullable, column_default, is_identity, is_generated, "
                "collation_name FROM information_schema.columns WHERE table_schema = 'public' "
                "ORDER BY table_name, ordinal_position"
            ),
            "batasan": semua(
                "SELECT conrelid::regclass::text, conname, contype, pg_get_constraintdef(oid), "
                "condeferrable FROM pg_constraint WHERE connamespace = 'public'::regnamespace "
                "ORDER BY 1, 2"
            ),
            "indeks": semua(
                "SELECT tablename, indexname, indexdef FROM pg_indexes "
                "WHERE schemaname = 'public' ORDER BY 1, 2"
            ),
            "urutan": semua(
                "SELECT sequence_name, data_type, start_value, increment FROM "
                "information_schema.sequences WHERE sequence_schema = 'public' ORDER BY 1"
            ),
            "trigger": semua("SELECT tgname FROM pg_trigger WHERE NOT tgisinternal ORDER BY 1"),
        }


def _pg_engine(url: str) -> Any:
    return create_engine(
        url.replace("postgresql://", "postgresql+psycopg://", 1), poolclass=NullPool
    )


@pytest.fixture
def pg_baru(pg_server: object) -> Iterator[str]:
    from tests.conftest import pg_db_baru

    yield pg_db_baru(pg_server)


@pytest.fixture(scope="module")
def skema_pg_baru(pg_server: object) -> dict[str, Any]:
    from tests.conftest import pg_db_baru

    url = pg_db_baru(pg_server)
    with open_store(url):
        pass
    return _skema_pg(url)


def test_skema_pg_baru_dari_tabel_lengkap(skema_pg_baru: dict[str, Any]) -> None:
    batasan = {(t, n): d for t, n, _, d, _ in skema_pg_baru["batasan"]}
    assert "ON DELETE CASCADE" in batasan[("penetapan", "penetapan_dokumen_id_fkey")]
    assert "CHECK" in batasan[("indikator", "ck_indikator_satu_induk")]
    kolom = {(t, c): d for t, c, _, _, _, _, d, *_ in skema_pg_baru["kolom"]}
    assert kolom[("dokumen", "status")] == "'draf'::character varying"
    assert kolom[("kepala", "tebal")] == "false"
    assert ("perubahan_id_seq", "S") in skema_pg_baru["relasi"]


@pytest.mark.parametrize("versi", VERSI_LAMA)
def test_store_server_lama_ditingkatkan_sama_dengan_baru(
    pg_baru: str, versi: int, skema_pg_baru: dict[str, Any], pg_server: object
) -> None:
    engine = _pg_engine(pg_baru)
    with engine.begin() as conn:
        buat_server_lama(conn, versi)
        isi_baris(conn, versi)
    # The steps 1..k make what the tables of version k make.
    from tests.conftest import pg_db_baru

    pembanding = pg_db_baru(pg_server)
    engine_k = _pg_engine(pembanding)
    with engine_k.begin() as conn:
        for p in schema.create_statements("postgresql", versi):
            conn.exec_driver_sql(p)
        conn.exec_driver_sql("CREATE TABLE ikudesk_skema (versi INTEGER NOT NULL)")
    engine_k.dispose()
    assert _skema_pg(pg_baru) == _skema_pg(pembanding)

    with open_store(pg_baru) as store:
        dok = load_dokumen(store, 1)
        assert dok.profil.instansi == "Kecamatan Lama"
        assert dok.tujuan[0].sasaran[0].indikator[0].nama == "Indeks kepuasan"
    with engine.connect() as conn:
        assert baca_baris(conn, versi) == diharapkan(versi)
        tambah = conn.exec_driver_sql("SELECT versi, status, tabel_huruf FROM dokumen").one()
        assert tuple(tambah) == (0, "draf", "")
        assert conn.exec_driver_sql("SELECT versi FROM ikudesk_skema").scalar() == SCHEMA_VERSION
    engine.dispose()
    ada = _skema_pg(pg_baru)
    for bagian, isi in skema_pg_baru.items():
        assert ada[bagian] == isi, bagian


def test_perbandingan_pg_melihat_cascade_yang_hilang(
    pg_baru: str, skema_pg_baru: dict[str, Any]
) -> None:
    perintah = [
        p.replace("ON DELETE CASCADE", "") if "CREATE TABLE penetapan " in p else p
        for p in schema.create_statements("postgresql")
    ]
    engine = _pg_engine(pg_baru)
    with engine.begin() as conn:
        for p in perintah:
            conn.exec_driver_sql(p)
        conn.exec_driver_sql("CREATE TABLE ikudesk_skema (versi INTEGER NOT NULL)")
    engine.dispose()
    assert _skema_pg(pg_baru)["batasan"] != skema_pg_baru["batasan"]
