"""The SQLite store: where it lives, how it is opened, upgraded and written.

One file holds every document. Each connection runs with foreign keys on, WAL journaling and
``synchronous=FULL`` (offices lose power; a finished edit must survive it). Writes happen in
``Store.transaction()``: one ``BEGIN IMMEDIATE`` … ``COMMIT`` per user action, so an action is
either wholly stored or not at all. The schema comes from the tables (``schema.py``: a new file
gets them, a store written by an older release is copied aside and then upgraded by the steps
after its version); its version is SQLite's ``PRAGMA user_version``.

Our stores carry ``PRAGMA application_id = APPLICATION_ID`` (SQLite's way to say which program a
file belongs to). A file is checked before anything touches it: another program's database, or
an older store of ours whose schema (``schema_of``: tables, columns, types, defaults, CHECKs,
indexes, foreign keys) is not exactly what that release created, is refused unchanged;
``quick_check`` runs on every open so corruption is reported, not met as a traceback.
Every write, migrations included, holds the store's write lock (``kunci.kunci_tulis``) so that
a restore never swaps the file under a writer.
"""

from __future__ import annotations

import contextlib
import os
import re
import sqlite3
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path

import platformdirs
from sqlalchemy import Connection, create_engine, event
from sqlalchemy.pool import NullPool

from ikudesk.errors import StoreError
from ikudesk.files.atomic import lindungi, pesan_os
from ikudesk.persistence import schema
from ikudesk.persistence.base import Store as Store  # callers have long found these here
from ikudesk.persistence.kunci import kunci_tulis
from ikudesk.persistence.schema import APPLICATION_ID as APPLICATION_ID
from ikudesk.persistence.schema import SCHEMA_VERSION as SCHEMA_VERSION

APP_NAME = "IKU Desk"
APP_AUTHOR = "IKU Desk"
STORE_FILE_NAME = "ikudesk.sqlite"

# What a SQLite store's schema is made of, read from SQLite itself (``schema_of``): an entry per
# object of ``sqlite_master`` — type, name, table, and what it holds. Two stores with equal sets
# behave alike, whether the CREATE text is an old release's or the tables' own.
Schema = set[tuple[str, str, str, str]]
_SCHEMA_CACHE: dict[int, Schema] = {}

# Words of a CREATE TABLE that change how rows behave and that no PRAGMA reports: they are
# counted, so a table carrying one is not the same table.
_BEHAVIOUR_WORDS = (
    "AUTOINCREMENT",
    "COLLATE",
    "CONFLICT",
    "DEFERRABLE",
    "GENERATED",
    "ROWID",
    "STRICT",
)
# Quoted text and comments of a CREATE text: neither is a keyword. A comment may stand anywhere
# SQLite allows white space (``CHECK/**/(…)`` is a CHECK), so it is blanked before looking.
_QUOTED_OR_COMMENT = re.compile(
    r"'(?:[^']|'')*'|\"(?:[^\"]|\"\")*\"|`[^`]*`|\[[^\]]*\]|--[^\n]*|/\*.*?(?:\*/|\Z)", re.DOTALL
)


def _folded(teks: str) -> str:
    """SQL text with white space folded, none beside parentheses and commas."""
    return re.sub(r"\s*([(),])\s*", r"\1", " ".join(teks.split()))


def _checks_of(sql: str) -> list[tuple[str, str]]:
    """The CHECK constraints of a CREATE TABLE text: (name or '', expression), text normalised."""
    # Same offsets: quotes blanked to a word, comments to the white space they stand for.
    polos = _QUOTED_OR_COMMENT.sub(
        lambda m: (" " if m.group()[0] in "-/" else "_") * len(m.group()), sql
    )
    hasil = []
    for m in re.finditer(r"\bCHECK\s*\(", polos, re.IGNORECASE):
        dalam, i = 1, m.end()
        while i < len(polos) and dalam:
            dalam += {"(": 1, ")": -1}.get(polos[i], 0)
            i += 1
        nama = re.search(r"CONSTRAINT\s+(\S+)\s*$", polos[: m.start()], re.IGNORECASE)
        nama_cek = sql[nama.start(1) : nama.end(1)] if nama else ""
        hasil.append((nama_cek, _folded(sql[m.end() : i - 1])))
    return sorted(hasil)


def _table_content(con: sqlite3.Connection, nama: str, sql: str) -> str:
    kolom = con.execute(
        'SELECT name, upper(type), "notnull", dflt_value, pk, hidden FROM pragma_table_xinfo(?)'
        " ORDER BY cid",
        (nama,),
    ).fetchall()
    rujukan: dict[int, list[tuple[object, ...]]] = {}
    for r in con.execute(
        'SELECT id, seq, "table", "from", "to", on_update, on_delete, match'
        " FROM pragma_foreign_key_list(?) ORDER BY id, seq",
        (nama,),
    ):
        rujukan.setdefault(r[0], []).append(r[2:])
    kata = [w.upper() for w in re.findall(r"\w+", _QUOTED_OR_COMMENT.sub(" ", sql))]
    isi = {
        "kolom": kolom,
        "rujukan": sorted(tuple(v) for v in rujukan.values()),
        "check": _checks_of(sql),
        "kata": sorted((k, kata.count(k)) for k in _BEHAVIOUR_WORDS if k in kata),
    }
    return repr(isi)


def _index_content(con: sqlite3.Connection, nama: str, tabel: str, sql: str | None) -> str:
    daftar = con.execute(
        'SELECT "unique", origin, partial FROM pragma_index_list(?) WHERE name = ?', (tabel, nama)
    ).fetchall()
    kunci = con.execute(
        'SELECT seqno, name, "desc", coll FROM pragma_index_xinfo(?) WHERE key = 1 ORDER BY seqno',
        (nama,),
    ).fetchall()
    # A partial index's WHERE and an expression's text are only in its CREATE text.
    lain = any(r[2] for r in daftar) or any(k[1] is None for k in kunci)
    teks = _folded(sql) if sql and lain else ""
    return repr({"indeks": daftar, "kunci": kunci, "teks": teks})


def schema_of(con: sqlite3.Connection) -> Schema:
    """Every object in ``sqlite_master`` (nothing skipped) with what it holds: a table's columns
    (type, NOT NULL, default, key, hidden), foreign keys with their ON DELETE, CHECKs, and words
    no PRAGMA reports; an index's uniqueness, origin and key columns; anything else its text."""
    hasil: Schema = set()
    for jenis, nama, tabel, sql in con.execute(
        "SELECT type, name, tbl_name, sql FROM sqlite_master"
    ).fetchall():
        if jenis == "table":
            isi = _table_content(con, nama, sql or "")
        elif jenis == "index":
            isi = _index_content(con, nama, tabel, sql)
        else:
            isi = " ".join((sql or "").split())
        hasil.add((jenis, nama, tabel, isi))
    return hasil


def expected_schema(versi: int) -> Schema:
    """The schema of a store of ours at ``versi`` (built from the tables, ``schema.py``)."""
    if versi not in _SCHEMA_CACHE:
        con = sqlite3.connect(":memory:")
        try:
            for perintah in schema.create_statements("sqlite", versi):
                con.execute(perintah)
            _SCHEMA_CACHE[versi] = schema_of(con)
        finally:
            con.close()
    return _SCHEMA_CACHE[versi]


def schema_difference(ada: Schema, harap: Schema) -> str:
    """What differs, in words: '' when the two are the same."""
    jenis = {"table": "tabel", "index": "indeks", "trigger": "trigger", "view": "view"}
    lebih = sorted(f"{jenis.get(t, t)} {n}" for t, n, _, _ in ada - harap)
    kurang = sorted(f"{jenis.get(t, t)} {n}" for t, n, _, _ in harap - ada)
    rincian = []
    if lebih:
        rincian.append("tambahan: " + ", ".join(lebih[:5]))
    if kurang:
        rincian.append("kurang/berbeda: " + ", ".join(kurang[:5]))
    return "; ".join(rincian)


def data_folder() -> Path:
    """The user's data folder (store, settings, automatic backups); never beside the program."""
    return Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR, roaming=False))


def default_store_path() -> Path:
    return data_folder() / STORE_FILE_NAME


def choose_store_path(db: str | os.PathLike[str] | None = None) -> Path:
    """``--db`` wins, then ``IKUDESK_DB``, then the data folder (a SQLite file's path)."""
    if db:
        return Path(db)
    env = os.environ.get("IKUDESK_DB")
    if env:
        return Path(env)
    return default_store_path()


def is_server_url(db: object) -> bool:
    """``postgresql://…``: a store on a PostgreSQL server instead of a SQLite file."""
    return isinstance(db, str) and db.split("://", 1)[0].lower() in _URL_SCHEMES


_URL_SCHEMES = ("postgresql", "postgres", "postgresql+psycopg")


_URL_RE = re.compile(r"[A-Za-z][A-Za-z0-9+.\-]*://")


def choose_db(db: str | os.PathLike[str] | None = None) -> Path | str:
    """Like ``choose_store_path``, but a server URL (``--db`` or ``IKUDESK_DB``) stays a URL.

    Any other ``scheme://`` is refused: taken as a file name it would create folders named
    after the URL and an empty store in them.
    """
    for calon in (db, os.environ.get("IKUDESK_DB")):
        if calon:
            teks = str(calon)
            if is_server_url(teks):
                return teks
            if _URL_RE.match(teks):
                skema = teks.split("://", 1)[0]
                raise StoreError(
                    f"Alamat penyimpanan '{teks[:200]}' memakai skema '{skema}' yang tidak "
                    "dikenal. Penyimpanan adalah berkas SQLite (nama berkas) atau server "
                    "postgresql://pengguna@host:port/basisdata."
                )
            return Path(calon)
    return default_store_path()


# How long a connection waits for another program's SQLite lock before giving up (with a message).
BUSY_TIMEOUT_MS = 10000


def _pasang_pragma(dbapi_conn: sqlite3.Connection, _record: object) -> None:
    # pysqlite's own transaction handling is switched off so that our BEGIN is the one used.
    dbapi_conn.isolation_level = None
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA foreign_keys = ON")
    cur.execute("PRAGMA journal_mode = WAL")
    cur.execute("PRAGMA synchronous = FULL")
    cur.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    cur.close()


def _begin(conn) -> None:  # noqa: ANN001 - SQLAlchemy Connection
    # Writers take the write lock at once, so two windows on one store queue instead of failing
    # halfway through an action with "database is locked".
    conn.exec_driver_sql("BEGIN IMMEDIATE" if conn.info.get("tulis") else "BEGIN")


_SQLITE_ID = {
    "file is not a database": "berkas rusak atau bukan basis data",
    "database disk image is malformed": "berkas basis data rusak",
    "malformed database schema": "susunan basis data rusak atau memuat nama terlarang",
    "unable to open database file": "berkas tidak dapat dibuka (folder tidak ada atau tidak boleh "
    "ditulis)",
    "database is locked": "sedang dipakai program lain; coba lagi sebentar lagi",
    "disk I/O error": "kesalahan baca/tulis pada media (flashdisk dicabut?)",
    "attempt to write a readonly database": "berkas hanya bisa dibaca",
    "database or disk is full": "ruang penyimpanan penuh",
}


def pesan_sqlite(e: sqlite3.Error) -> str:
    """A SQLite error in words a user understands (SQLite itself only speaks English)."""
    teks = str(e)
    return next((v for k, v in _SQLITE_ID.items() if teks.startswith(k)), "kesalahan basis data")


class StoreRusak(StoreError):
    """The file is not a readable SQLite database, or SQLite found it damaged."""


class StoreAsing(StoreError):
    """A readable SQLite database that is not (exactly) an IKU Desk store: never touched."""


class StoreBelumAda(StoreError):
    """A command that only reads found no store (no file, or an empty one); nothing created."""


def _cek_berkas(path: Path) -> tuple[int, bool]:
    """Read-only look at the file: ours, which schema version, and not damaged?"""
    try:
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            versi = con.execute("PRAGMA user_version").fetchone()[0]
            app = con.execute("PRAGMA application_id").fetchone()[0]
            skema = schema_of(con)
            if app == APPLICATION_ID or (app == 0 and skema):
                cek = [r[0] for r in con.execute("PRAGMA quick_check(3)")]
                if cek != ["ok"]:
                    raise StoreRusak(
                        f"Penyimpanan '{path}' rusak (pemeriksaan SQLite: {'; '.join(cek)}). "
                        "Pulihkan dari cadangan."
                    )
        finally:
            con.close()
    except sqlite3.DatabaseError as e:
        raise StoreRusak(
            f"Berkas '{path}' bukan penyimpanan IKU Desk yang dapat dibuka ({pesan_sqlite(e)})."
        ) from None
    if app not in (0, APPLICATION_ID):
        raise StoreAsing(
            f"Berkas '{path}' adalah basis data program lain, bukan penyimpanan IKU Desk."
        )
    if app == APPLICATION_ID:
        return versi, True
    # No application id: a store of a release before the id was set. Such a store must be
    # exactly what that release created; anything else belongs to someone else: a non-empty
    # database without tables too (only an empty or new file becomes a store).
    if not skema and versi == 0:
        raise StoreAsing(
            f"Berkas '{path}' adalah basis data kosong milik program lain (tanpa tabel dan tanpa "
            "tanda IKU Desk), bukan penyimpanan IKU Desk; berkas itu tidak diubah. Pilih berkas "
            "baru atau berkas kosong."
        )
    if not 1 <= versi <= SCHEMA_VERSION or skema != expected_schema(versi):
        if versi > SCHEMA_VERSION and {r[1] for r in skema} >= {"dokumen", "indikator"}:
            return versi, False  # a newer release of ours; refused with the versions named
        raise StoreAsing(f"Berkas '{path}' adalah basis data lain, bukan penyimpanan IKU Desk.")
    return versi, False


def check_store_file(path: Path) -> int:
    """Raise ``StoreRusak``/``StoreAsing`` unless ``path`` is a sound store of ours; its version."""
    return _cek_berkas(path)[0]


def copy_sqlite(sumber: Path | sqlite3.Connection, tujuan: Path) -> None:
    """A consistent copy of a live SQLite database with SQLite's backup API."""
    src = sqlite3.connect(sumber) if isinstance(sumber, Path) else sumber
    try:
        dst = sqlite3.connect(tujuan)
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        if isinstance(sumber, Path):
            src.close()


def run_upgrade(con: sqlite3.Connection, dari: int) -> None:
    """Run the migration steps after schema ``dari`` on an open connection (no transaction
    handling, no version stamp: the caller does both), then check every reference.

    The caller opens the transaction with foreign keys off, as SQLite advises for changing a
    schema: a step that rebuilds a table drops it, and with them on, that DROP would delete the
    rows pointing into it (ON DELETE CASCADE)."""
    # Only what the steps broke: a reference broken before (another tool) is not ours to refuse.
    putus = set(con.execute("PRAGMA foreign_key_check").fetchall())
    for perintah in schema.upgrade_statements("sqlite", dari):
        con.execute(perintah)
    if set(con.execute("PRAGMA foreign_key_check").fetchall()) - putus:
        raise sqlite3.IntegrityError("foreign key check failed after the upgrade")


def _upgrade_file(path: Path, dari: int) -> Path | None:
    """Bring ``path`` from schema ``dari`` to ``SCHEMA_VERSION`` (0: an empty file gets the tables);
    return the copy kept first. The version and our id are stamped in the same transaction."""
    salinan: Path | None = None
    if dari > 0:
        stempel = datetime.now().strftime("%Y%m%d-%H%M%S")
        salinan = path.with_name(
            f"{path.stem}.sebelum-skema-{SCHEMA_VERSION}-{stempel}{path.suffix}"
        )
        copy_sqlite(path, salinan)
    con = sqlite3.connect(path, isolation_level=None)
    try:
        con.execute("PRAGMA foreign_keys = OFF")  # see run_upgrade; checked before COMMIT
        con.execute("BEGIN IMMEDIATE")
        try:
            if dari == 0:
                for perintah in schema.create_statements("sqlite"):
                    con.execute(perintah)
            else:
                run_upgrade(con, dari)
            con.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
            con.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            con.execute("COMMIT")
        except BaseException:
            con.execute("ROLLBACK")
            raise
    finally:
        con.close()
    return salinan


def sweep_copies(p: Path) -> None:
    """Remove every copy of the store a killed run left: a restore's extracted database beside
    the store (``.<name>.pulih-…tmp``), a backup's snapshot or check beside it or in its backup
    folders (``.ikudesk-…tmp``), and a check in the system's temp folder. However young: each
    such folder of a process still running is locked and left alone (``files.sementara``)."""
    from ikudesk.files import sementara

    sementara.sapu(p.parent, (f".{p.name}.pulih-", sementara.AWALAN))
    with contextlib.suppress(OSError):
        for sub in p.parent.iterdir():
            if sub.name.startswith("cadangan") and sub.is_dir() and not sub.is_symlink():
                sementara.sapu(sub)
    sementara.sapu(tempfile.gettempdir())  # a check or a gathering's copy (read-only media)


def _tandai(path: Path) -> None:
    """Give a current-schema store of an earlier release our application id."""
    con = sqlite3.connect(path, isolation_level=None)
    try:
        con.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    finally:
        con.close()


class SqliteStore(Store):
    """A store in one SQLite file; ``path`` is the file."""

    @contextmanager
    def _write_connection(self) -> Iterator[Connection]:
        # The write lock first, the connection after it: a restore that swapped the file while
        # we waited is then seen, and our write lands in the store that is kept.
        with kunci_tulis(self.path), self.engine.connect() as conn:
            conn.info["tulis"] = True  # _begin: BEGIN IMMEDIATE
            try:
                yield conn
            finally:
                conn.info.pop("tulis", None)

    @contextmanager
    def _in_words(self, kerja: str) -> Iterator[None]:
        """SQLite's and the OS's failures as a ``StoreError`` in words (no traceback, no
        English). Nothing is half-changed: a failing transaction was rolled back first."""
        from sqlalchemy.exc import DBAPIError

        try:
            yield
        except DBAPIError as e:
            asal = e.orig if isinstance(e.orig, sqlite3.Error) else None
            sebab = pesan_sqlite(asal) if asal is not None else "kesalahan basis data"
        except sqlite3.Error as e:
            sebab = pesan_sqlite(e)
        except OSError as e:
            sebab = pesan_os(e)
        else:
            return
        raise StoreError(
            f"Penyimpanan '{self.path}' tidak dapat {kerja}: {sebab}. Tidak ada yang diubah."
        ) from None


def open_store(path: str | os.PathLike[str] | None = None, *, read_only: bool = False) -> Store:
    """Open (creating or upgrading as needed) the store at ``path`` (see ``choose_db``).

    A ``postgresql://`` URL opens a store on a PostgreSQL server (``persistence.server``).
    ``read_only`` (commands that only read): a missing or empty file is not created
    (``StoreBelumAda``), and no folder is made. A store of an older release of ours is still
    upgraded (keeping a copy), as any use of it would.
    """
    dipilih = choose_db(path)
    if isinstance(dipilih, str):
        from ikudesk.persistence.server import open_server

        return open_server(dipilih)
    p = dipilih
    if read_only:
        try:
            kosong = not p.exists() or (p.is_file() and p.stat().st_size == 0)
        except OSError as e:
            raise StoreError(f"Penyimpanan '{p}' tidak dapat dibuka: {pesan_os(e)}.") from None
        if kosong:
            raise StoreBelumAda(
                f"Penyimpanan '{p}' belum ada atau masih kosong: belum ada dokumen. Impor "
                "dokumen dulu (ikudesk import BERKAS.json); tidak ada berkas yang dibuat."
            )
    try:
        p.parent.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        raise StoreError(
            f"Folder penyimpanan '{p.parent}' tidak dapat dibuat: {pesan_os(e)}."
        ) from None
    if p.is_dir():
        raise StoreError(f"'{p}' adalah folder, bukan berkas penyimpanan.")
    salinan = None
    try:
        ada = p.exists() and p.stat().st_size > 0
        versi, ber_id = _cek_berkas(p) if ada else (0, False)
        if versi > SCHEMA_VERSION:
            raise StoreError(
                f"Penyimpanan '{p}' dibuat oleh IKU Desk yang lebih baru (skema versi {versi}; "
                f"program ini mengenal sampai versi {SCHEMA_VERSION}). Perbarui IKU Desk."
            )
        if versi < SCHEMA_VERSION or not ber_id:
            with kunci_tulis(p):
                # Looked at again under the lock: another process may have created it meanwhile.
                ada = p.exists() and p.stat().st_size > 0
                versi, ber_id = _cek_berkas(p) if ada else (0, False)
                if versi < SCHEMA_VERSION:
                    salinan = _upgrade_file(p, versi)
                elif not ber_id:
                    _tandai(p)
    except sqlite3.Error as e:
        raise StoreError(f"Penyimpanan '{p}' tidak dapat disiapkan: {pesan_sqlite(e)}.") from None
    except OSError as e:
        raise StoreError(f"Penyimpanan '{p}' tidak dapat dibuka: {pesan_os(e)}.") from None
    lindungi(p)  # from now on no output of this process may be written over it
    sweep_copies(p)
    # NullPool: a desktop app needs no pool, and a closed store must release the file at once
    # (Windows cannot replace a file that is still open, e.g. during a restore).
    engine = create_engine(f"sqlite:///{p}", poolclass=NullPool)
    event.listen(engine, "connect", _pasang_pragma)
    event.listen(engine, "begin", _begin)
    return SqliteStore(p, engine, salinan)
