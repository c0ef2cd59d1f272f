"""The schema's versions, and how a store on either engine comes to have the current one.

The tables are defined once, in ``tables.py``: columns, types, server defaults, CHECKs, indexes,
foreign keys with their cascades. A new store is made from them (``create_statements``). A store
made by an earlier release is brought up to date by the steps after its version, in order, in
one transaction (``upgrade_statements``). A step names what its version added — whole tables,
columns, indexes — and the statements for each engine are compiled from the table definitions,
so a step cannot say anything the tables do not. What an addition cannot say (data moved, a
table rebuilt) a step brings as statements of its own, for every engine (``Step.sql``).

Since every step so far only adds, the schema of version k is the tables without what later
steps added (``create_statements(engine, k)``): that is what a store of version k is checked
against (``store.expected_schema``) and how the tests build one. The list is checked when this
module is imported (``check_steps``): versions 1, 2, … without a gap, each with a body for every
engine; every table, column and index introduced by exactly one step; an added column that SQLite
could add (nullable or with a server default, no constraint of its own) and that stands after the
older ones (a migrated table's columns are in the same order as a new one's).

What the tables cannot say lives with its engine, written once: SQLite's pragmas, user_version
and application_id (``store.py``); the server's version table and advisory lock (``server.py``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from sqlalchemy import CheckConstraint, Column, Index, MetaData, Table, UniqueConstraint
from sqlalchemy.schema import CreateColumn, CreateIndex, CreateTable
from sqlmodel import SQLModel

import ikudesk.persistence.tables  # noqa: F401 - registers the tables on the metadata

if TYPE_CHECKING:
    from sqlalchemy.engine import Dialect

# The engines a store may live on, by SQLAlchemy's dialect names.
ENGINES = ("sqlite", "postgresql")
# "IKUD" in ASCII: PRAGMA application_id of every SQLite store this program creates or upgrades,
# and the key of the server's advisory lock while its schema is prepared.
APPLICATION_ID = 0x494B5544


class StepsError(Exception):
    """The list of steps does not describe the tables (a programming error, found at import)."""


@dataclass(frozen=True)
class Step:
    """What schema ``version`` added to the one before it.

    ``tables``: whole tables (as ``tables.py`` defines them, without the columns later steps
    add); ``columns``: ``"table.column"`` added to a table of an earlier step; ``indexes``: added
    to a table of an earlier step; ``sql``: statements of its own per engine (run after the
    additions) — every engine named, an empty tuple where that engine needs none. Such
    statements move data, or rebuild a table into what the tables define (on SQLite with
    foreign keys off, every reference checked before the commit); the schema of an
    earlier version is still the tables without later additions (the migration tests compare
    it with what those releases made).
    """

    version: int
    why: str
    tables: tuple[str, ...] = ()
    columns: tuple[str, ...] = ()
    indexes: tuple[str, ...] = ()
    sql: Mapping[str, tuple[str, ...]] = field(default_factory=dict)


# Never change a released step: add a new one (and the tables change with it).
STEPS: tuple[Step, ...] = (
    Step(
        1,
        "the IKU tree of a document: header, columns, signer, tujuan, sasaran, indikator, "
        "komponen and their yearly values",
        tables=(
            "dokumen",
            "kepala",
            "kolom",
            "penandatangan",
            "tujuan",
            "sasaran",
            "indikator",
            "komponen",
            "nilai",
            "nilai_komponen",
        ),
    ),
    Step(2, "store-wide settings (the capaian categories of the LKjIP report)", ("pengaturan",)),
    Step(
        3,
        "FORMAT version 2: quarterly values, analysis, IKM surveys, yearly signers, PK",
        tables=(
            "nilai_triwulan",
            "nilai_komponen_triwulan",
            "analisis",
            "survei_ikm",
            "responden",
            "laporan_tahunan",
            "perjanjian_kinerja",
            "pk_anggaran",
        ),
        columns=(
            "dokumen.tabel_huruf",
            "dokumen.tabel_ukuran",
            "penandatangan.status",
            "kepala.tebal",
            "kolom.grup",
            "indikator.kode",
            "indikator.definisi",
            "indikator.agregasi",
        ),
    ),
    Step(4, "a per-document version, checked and bumped by every change", (), ("dokumen.versi",)),
    Step(5, "who signs the quarterly monitoring table of a quarter", ("laporan_triwulan",)),
    Step(
        6,
        "penetapan (finalised versions, each with its document file) and the change log",
        tables=("penetapan", "perubahan"),
        columns=("dokumen.status",),
    ),
)


@dataclass(frozen=True)
class Introduced:
    """In which version each table, column and index of the metadata first stood."""

    tables: dict[str, int]
    columns: dict[tuple[str, str], int]
    indexes: dict[str, int]


def _metadata() -> MetaData:
    return SQLModel.metadata


def _index_columns(index: Index) -> list[str]:
    return [c.name for c in index.columns]


def _check_names(steps: Iterable[Step], md: MetaData) -> Introduced:
    """Each name of the steps exists and is introduced once; every table is introduced."""
    tables: dict[str, int] = {}
    columns: dict[tuple[str, str], int] = {}
    indexes: dict[str, int] = {}
    semua_indeks = {i.name: i for t in md.tables.values() for i in t.indexes}
    for step in steps:
        for name in step.tables:
            if name not in md.tables or name in tables:
                raise StepsError(f"Langkah {step.version}: tabel '{name}' tidak ada atau ganda.")
            tables[name] = step.version
        for full in step.columns:
            t, _, c = full.partition(".")
            if t not in md.tables or c not in md.tables[t].c or (t, c) in columns:
                raise StepsError(f"Langkah {step.version}: kolom '{full}' tidak ada atau ganda.")
            columns[(t, c)] = step.version
        for name in step.indexes:
            if name not in semua_indeks or name in indexes:
                raise StepsError(f"Langkah {step.version}: indeks '{name}' tidak ada atau ganda.")
            indexes[name] = step.version
    tanpa = sorted(set(md.tables) - set(tables))
    if tanpa:
        raise StepsError(f"Tabel tanpa langkah yang membuatnya: {', '.join(tanpa)}.")
    return Introduced(tables, columns, indexes)


def _check_added_column(table: Table, col: Column[object], since: int) -> None:
    """A column added to an existing table: SQLite must be able to add it as the tables say."""
    name = f"{table.name}.{col.name}"
    if col.primary_key or col.foreign_keys or (not col.nullable and col.server_default is None):
        raise StepsError(
            f"Kolom '{name}' (langkah {since}) tidak dapat ditambahkan ke tabel yang sudah ada: "
            "kunci, rujukan, atau NOT NULL tanpa server_default."
        )
    for con in table.constraints:
        if isinstance(con, CheckConstraint):
            dipakai = set(re.findall(r"\w+", str(con.sqltext)))
        elif isinstance(con, UniqueConstraint):
            dipakai = {c.name for c in con.columns}
        else:
            continue
        if col.name in dipakai:
            raise StepsError(
                f"Kolom '{name}' (langkah {since}) ada dalam batasan {con.name}: batasan tabel "
                "yang sudah ada tidak dapat ditambahkan, hanya dibangun ulang (Step.sql)."
            )


def check_steps(steps: tuple[Step, ...], md: MetaData | None = None) -> Introduced:
    """Raise ``StepsError`` unless ``steps`` describe ``md`` (the tables) version by version."""
    md = md if md is not None else _metadata()
    nomor = [s.version for s in steps]
    if nomor != list(range(1, len(nomor) + 1)):
        hilang = sorted(set(range(1, max(nomor, default=0) + 1)) - set(nomor))
        raise StepsError(
            f"Versi skema tanpa langkah: {', '.join(map(str, hilang)) or '?'} (urutan {nomor})."
        )
    for step in steps:
        if step.sql and set(step.sql) != set(ENGINES):
            kurang = sorted(set(ENGINES) - set(step.sql)) or sorted(set(step.sql) - set(ENGINES))
            raise StepsError(
                f"Langkah {step.version} tidak punya perintah untuk mesin {', '.join(kurang)}."
            )
        if not (step.tables or step.columns or step.indexes or step.sql):
            raise StepsError(f"Langkah {step.version} kosong.")
    intro = _check_names(steps, md)
    for table in md.tables.values():
        sejak_tabel = intro.tables[table.name]
        terakhir = sejak_tabel
        for col in table.columns:
            since = intro.columns.get((table.name, col.name), sejak_tabel)
            if since <= sejak_tabel and (table.name, col.name) in intro.columns:
                raise StepsError(
                    f"Kolom '{table.name}.{col.name}' ditambahkan pada langkah {since}, "
                    f"tidak setelah tabelnya (langkah {sejak_tabel})."
                )
            if since != sejak_tabel:
                _check_added_column(table, col, since)
            if since < terakhir:
                raise StepsError(
                    f"Kolom '{table.name}.{col.name}' (langkah {since}) berdiri setelah kolom "
                    f"langkah {terakhir}: tabel hasil peningkatan akan berurutan lain."
                )
            terakhir = since
        for index in table.indexes:
            since = intro.indexes.get(str(index.name), sejak_tabel)
            if str(index.name) in intro.indexes and since <= sejak_tabel:
                raise StepsError(f"Indeks '{index.name}' ditambahkan tidak setelah tabelnya.")
            if any(intro.columns.get((table.name, c), 0) > since for c in _index_columns(index)):
                raise StepsError(f"Indeks '{index.name}' memakai kolom yang lebih baru darinya.")
    return intro


_INTRODUCED = check_steps(STEPS)
SCHEMA_VERSION = STEPS[-1].version


def _dialect(engine: str) -> Dialect:
    # Imported when used: the server's dialect is not needed to open a SQLite store.
    if engine == "sqlite":
        from sqlalchemy.dialects import sqlite

        return sqlite.dialect()
    if engine == "postgresql":
        from sqlalchemy.dialects import postgresql

        return postgresql.dialect()
    raise ValueError(f"mesin basis data tidak dikenal: {engine}")


def _column_version(table: Table, col: Column[object]) -> int:
    return _INTRODUCED.columns.get((table.name, col.name), _INTRODUCED.tables[table.name])


def _index_version(index: Index) -> int:
    assert index.table is not None
    return _INTRODUCED.indexes.get(str(index.name), _INTRODUCED.tables[index.table.name])


def _create_table(table: Table, version: int, dialect: Dialect, if_not_exists: bool) -> str:
    """CREATE TABLE as of ``version``: without the columns later steps add."""
    ddl = CreateTable(table, if_not_exists=if_not_exists)
    ddl.columns = [c for c in ddl.columns if _column_version(table, c.element) <= version]
    return str(ddl.compile(dialect=dialect)).strip()


def _create_index(index: Index, dialect: Dialect, if_not_exists: bool) -> str:
    return str(CreateIndex(index, if_not_exists=if_not_exists).compile(dialect=dialect)).strip()


def _indexes(table: Table) -> list[Index]:
    return sorted(table.indexes, key=lambda i: str(i.name))


def create_statements(engine: str, version: int = SCHEMA_VERSION) -> list[str]:
    """The statements that make the schema of ``version`` in an empty database (the current
    one: every table and index as ``tables.py`` defines them, what ``create_all`` emits)."""
    dialect = _dialect(engine)
    hasil: list[str] = []
    for table in _metadata().sorted_tables:
        if _INTRODUCED.tables[table.name] <= version:
            hasil.append(_create_table(table, version, dialect, if_not_exists=False))
            hasil += [
                _create_index(i, dialect, if_not_exists=False)
                for i in _indexes(table)
                if _index_version(i) <= version
            ]
    return hasil


def step_statements(version: int, engine: str) -> list[str]:
    """The statements of one step on ``engine``.

    On a server they are written IF NOT EXISTS: a server store stamped older than its tables
    (created by a development build, or an upgrade stopped between statements of an older
    release) is upgraded without failing; SQLite has no ADD COLUMN IF NOT EXISTS, and there an
    upgrade is one file's transaction.
    """
    step = STEPS[version - 1]
    dialect = _dialect(engine)
    ine = engine == "postgresql"
    hasil: list[str] = []
    for table in _metadata().sorted_tables:
        if table.name in step.tables:
            hasil.append(_create_table(table, version, dialect, if_not_exists=ine))
        for col in table.columns:
            if f"{table.name}.{col.name}" in step.columns:
                nama = dialect.identifier_preparer.format_table(table)
                spec = str(CreateColumn(col).compile(dialect=dialect)).strip()
                baru = "IF NOT EXISTS " if ine else ""
                hasil.append(f"ALTER TABLE {nama} ADD COLUMN {baru}{spec}")
        # The indexes of a table made here and those this step adds to an older table.
        hasil += [
            _create_index(i, dialect, if_not_exists=ine)
            for i in _indexes(table)
            if _index_version(i) == version
        ]
    return hasil + list(step.sql.get(engine, ()))


def upgrade_statements(engine: str, from_version: int) -> list[str]:
    """The steps after ``from_version`` (>= 1) up to ``SCHEMA_VERSION``, in order."""
    return [
        p for v in range(from_version + 1, SCHEMA_VERSION + 1) for p in step_statements(v, engine)
    ]
