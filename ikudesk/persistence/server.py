"""A store on a PostgreSQL server: several staff, or several kecamatan, on one database.

The same tables (``tables.py``) make the schema and the same steps upgrade it (``schema.py``);
numbers stay exact text, ids come from the tables' sequences (``SERIAL``), and each user action
is one transaction, exactly as on SQLite. The schema version lives in the database itself, in
the one-row table ``ikudesk_skema``; the schema is made or upgraded under an advisory lock, in
one transaction (PostgreSQL's DDL is transactional), so two PCs opening an old store at once
upgrade it once.

The server decides who may write (its roles): a read-only role gets "hanya baca" messages.
``sslmode`` and the other URL parameters go to libpq unchanged. The password is never part of
what a message shows (``nama``).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine as sa_create_engine
from sqlalchemy import inspect, text
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.exc import DBAPIError, SQLAlchemyError
from sqlmodel import Session

from ikudesk.errors import BUKAN_MILIK, StoreError
from ikudesk.persistence import schema
from ikudesk.persistence.base import Store
from ikudesk.persistence.schema import APPLICATION_ID, SCHEMA_VERSION

VERSION_TABLE = "ikudesk_skema"
# How long a connection attempt may take before the user is told the server cannot be reached.
CONNECT_TIMEOUT_S = 10


def _sqlstate(e: BaseException) -> str:
    asal = getattr(e, "orig", e)
    return str(getattr(asal, "sqlstate", "") or "")


def pesan_pg(e: BaseException) -> str:
    """A server error in words a user understands (the server may speak English)."""
    kode = _sqlstate(e)
    asal = getattr(e, "orig", e)
    teks = str(asal).lower()
    if kode == "42501" and "row-level security" in teks:
        return BUKAN_MILIK
    if kode in ("42501", "25006"):
        return (
            "hanya baca: pengguna ini tidak berhak mengubah data di server "
            "(minta hak tulis kepada pengelola server)"
        )
    if kode.startswith("28"):
        return "nama pengguna atau kata sandi ditolak server"
    if kode == "3D000":
        return "basis data itu tidak ada di server"
    if kode in ("40001", "40P01"):
        return "bertabrakan dengan perubahan pengguna lain; coba lagi"
    if kode in ("57P01", "57P02", "57P03") or kode.startswith("08"):
        return "sambungan ke server terputus; coba lagi"
    if "ssl" in teks:
        return "sambungan aman (SSL) ke server tidak dapat dibuat"
    if "connection refused" in teks or "could not connect" in teks or "timeout" in teks:
        return "server tidak dapat dihubungi (periksa alamat, port dan jaringan)"
    if "server closed the connection" in teks or "connection" in teks and "lost" in teks:
        return "sambungan ke server terputus; coba lagi"
    if "password" in teks:
        return "nama pengguna atau kata sandi ditolak server"
    if "does not exist" in teks and "database" in teks:
        return "basis data itu tidak ada di server"
    return "kesalahan server basis data"


def sqlalchemy_url(url: str) -> str:
    """``postgresql://…`` for SQLAlchemy's psycopg (version 3) dialect."""
    skema, sisa = url.split("://", 1)
    return "postgresql+psycopg://" + sisa if skema.lower() != "postgresql+psycopg" else url


def safe_name(url: str) -> str:
    """The URL to show a user: without the password."""
    try:
        u = make_url(sqlalchemy_url(url))
    except Exception:  # noqa: BLE001 - a malformed URL is shown as little as possible
        return "server"
    host = u.host or "localhost"
    port = f":{u.port}" if u.port else ""
    user = f"{u.username}@" if u.username else ""
    return f"postgresql://{user}{host}{port}/{u.database or ''}"


class ServerStore(Store):
    """A ``Store`` whose data lives on PostgreSQL. ``path`` is not a file: only ``nama`` is
    shown, and file-only work (file locks, file backups) is not done for it."""

    server = True

    def __init__(self, url: str, engine: Engine) -> None:
        super().__init__(Path(safe_name(url).replace("://", "_").replace("/", "_")), engine)
        self.url = url

    @property
    def name(self) -> str:
        return safe_name(self.url)

    @contextmanager
    def _in_words(self, kerja: str) -> Iterator[None]:
        """Server failures as a ``StoreError`` in words; the transaction was rolled back first."""
        try:
            yield
        except DBAPIError as e:
            raise StoreError(
                f"Penyimpanan '{self.name}' tidak dapat {kerja}: {pesan_pg(e)}. "
                "Tidak ada yang diubah."
            ) from None


def create_engine(url: str) -> Engine:
    args: dict[str, Any] = {"connect_timeout": CONNECT_TIMEOUT_S, "application_name": "IKU Desk"}
    # pool_pre_ping: a connection the server dropped (restart, idle timeout) is replaced before
    # an action uses it, instead of failing the user's edit.
    engine = sa_create_engine(
        sqlalchemy_url(url), connect_args=args, pool_pre_ping=True, pool_size=2, max_overflow=4
    )
    return engine


def server_version(conn: Any) -> int | None:
    """The schema version stamped in the database; None when it carries no IKU Desk store."""
    if not inspect(conn).has_table(VERSION_TABLE):
        return None
    return int(conn.execute(text(f"SELECT versi FROM {VERSION_TABLE}")).scalar_one())


def _execute_all(conn: Any, perintah: list[str]) -> None:
    for p in perintah:
        conn.exec_driver_sql(p)


def prepare_schema(conn: Any, nama: str) -> int:
    """Create or upgrade the schema inside the caller's transaction; the version found."""
    # One PC at a time: the others wait here and then find the schema ready.
    conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": APPLICATION_ID})
    versi = server_version(conn)
    if versi is None:
        milik_lain = [t for t in inspect(conn).get_table_names() if t != VERSION_TABLE]
        if milik_lain:
            raise StoreError(
                f"Basis data '{nama}' sudah memuat tabel lain ({', '.join(sorted(milik_lain)[:5])}"
                "), bukan penyimpanan IKU Desk; tidak diubah. Pakai basis data kosong."
            )
        _execute_all(conn, schema.create_statements("postgresql"))
        conn.execute(text(f"CREATE TABLE {VERSION_TABLE} (versi INTEGER NOT NULL)"))
        conn.execute(text(f"INSERT INTO {VERSION_TABLE} VALUES (:v)"), {"v": SCHEMA_VERSION})
        return 0
    if versi > SCHEMA_VERSION:
        raise StoreError(
            f"Penyimpanan '{nama}' dibuat oleh IKU Desk yang lebih baru (skema versi {versi}; "
            f"program ini mengenal sampai versi {SCHEMA_VERSION}). Perbarui IKU Desk."
        )
    if versi < SCHEMA_VERSION:
        _execute_all(conn, schema.upgrade_statements("postgresql", versi))
        conn.execute(text(f"UPDATE {VERSION_TABLE} SET versi = :v"), {"v": SCHEMA_VERSION})
        from ikudesk.persistence import hak_server

        if hak_server.dipakai(conn):  # a table a later version added is covered and usable
            hak_server.beri_ulang(conn)
    return versi


def driver_available() -> bool:
    """Whether this program carries the PostgreSQL driver (the office bundle leaves it out)."""
    import importlib.util

    return importlib.util.find_spec("psycopg") is not None


def open_server(url: str) -> ServerStore:
    """Open the store at a ``postgresql://`` URL, creating or upgrading its schema."""
    nama = safe_name(url)
    # The office bundle leaves the driver out (size budget): said in words, not as a traceback.
    if not driver_available():
        raise StoreError(
            "Penyimpanan di server PostgreSQL tidak didukung oleh paket program ini "
            "(modul psycopg tidak ada; pasang IKU Desk dengan pilihan [server])."
        )
    try:
        engine = create_engine(url)
    except (SQLAlchemyError, ValueError) as e:
        raise StoreError(f"Alamat server '{nama}' tidak dapat dipakai: {e}.") from None
    try:
        with engine.connect() as conn:
            versi = server_version(conn)
            conn.rollback()
            if versi != SCHEMA_VERSION:
                with conn.begin():
                    prepare_schema(conn, nama)
    except DBAPIError as e:
        engine.dispose()
        raise StoreError(f"Penyimpanan '{nama}' tidak dapat dibuka: {pesan_pg(e)}.") from None
    except BaseException:
        engine.dispose()
        raise
    return ServerStore(url, engine)


def empty(conn: Any) -> None:
    """Delete every document and setting (inside the caller's transaction; for restore)."""
    conn.execute(text("DELETE FROM dokumen"))
    conn.execute(text("DELETE FROM pengaturan"))


def take_ids(session: Session, tabel: str, n: int) -> list[int]:
    """``n`` fresh ids from the table's sequence (ascending)."""
    return sorted(
        session.execute(
            text(f"SELECT nextval('{tabel}_id_seq') FROM generate_series(1, :n)"), {"n": n}
        ).scalars()
    )


def set_sequence(session: Session, tabel: str) -> None:
    """After rows were inserted with given ids: the id sequence continues past them."""
    from ikudesk.persistence import hak_server

    if hak_server.setel_urutan_sql(session, tabel):  # roles may not set sequences themselves
        return
    session.execute(
        text(
            f"SELECT setval(pg_get_serial_sequence('{tabel}', 'id'), "
            f"GREATEST((SELECT COALESCE(MAX(id), 0) FROM {tabel}), "
            f"(SELECT last_value FROM {tabel}_id_seq)))"
        )
    )
