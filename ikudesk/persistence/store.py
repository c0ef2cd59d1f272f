"""The SQLite store: where it lives, how it is opened, upgraded and written.

One file holds every document. Each connection runs with foreign keys on, WAL journaling and
``synchronous=FULL`` (offices lose power; a finished edit must survive it). Writes happen in
``Store.transaksi()``: one ``BEGIN IMMEDIATE`` … ``COMMIT`` per user action, so an action is
either wholly stored or not at all. The schema version is SQLite's ``PRAGMA user_version``; a
store written by an older release is copied aside and then upgraded when it is opened.

Our stores carry ``PRAGMA application_id = ID_APLIKASI`` (SQLite's way to say which program a
file belongs to). A file is checked before anything touches it: another program's database, or
an older store of ours whose schema is not exactly what that release created, is refused
unchanged; ``quick_check`` runs on every open so corruption is reported, not met as a traceback.
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
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.pool import NullPool
from sqlmodel import Session

from ikudesk.errors import StoreError
from ikudesk.files.atomic import lindungi, pesan_os
from ikudesk.persistence.kunci import kunci_tulis

APP_NAME = "IKU Desk"
APP_AUTHOR = "IKU Desk"
NAMA_STORE = "ikudesk.sqlite"

# Each entry upgrades the schema from version (n - 1) to n. Never edit a released entry:
# add a new one. The text is the schema exactly as that release created it.
MIGRASI: dict[int, str] = {
    1: """
CREATE TABLE dokumen (
    id INTEGER NOT NULL PRIMARY KEY,
    instansi VARCHAR NOT NULL,
    pemerintah_daerah VARCHAR NOT NULL,
    judul VARCHAR NOT NULL,
    periode_mulai INTEGER,
    periode_selesai INTEGER,
    tabel_judul VARCHAR NOT NULL,
    nomor_per VARCHAR NOT NULL,
    nomori_indikator BOOLEAN NOT NULL,
    baris_nomor_kolom BOOLEAN NOT NULL,
    catatan VARCHAR NOT NULL,
    dibuat VARCHAR NOT NULL,
    diubah VARCHAR NOT NULL
);
CREATE TABLE kepala (
    id INTEGER NOT NULL PRIMARY KEY,
    dokumen_id INTEGER NOT NULL REFERENCES dokumen (id) ON DELETE CASCADE,
    urutan INTEGER NOT NULL,
    label VARCHAR NOT NULL,
    isi VARCHAR NOT NULL,
    butir VARCHAR NOT NULL,
    penomoran VARCHAR NOT NULL,
    dari VARCHAR NOT NULL
);
CREATE INDEX ix_kepala_dokumen ON kepala (dokumen_id, urutan);
CREATE TABLE kolom (
    id INTEGER NOT NULL PRIMARY KEY,
    dokumen_id INTEGER NOT NULL REFERENCES dokumen (id) ON DELETE CASCADE,
    urutan INTEGER NOT NULL,
    isi VARCHAR NOT NULL,
    judul VARCHAR NOT NULL
);
CREATE INDEX ix_kolom_dokumen ON kolom (dokumen_id, urutan);
CREATE TABLE penandatangan (
    dokumen_id INTEGER NOT NULL PRIMARY KEY REFERENCES dokumen (id) ON DELETE CASCADE,
    tempat VARCHAR NOT NULL,
    tanggal VARCHAR NOT NULL,
    jabatan VARCHAR NOT NULL,
    nama VARCHAR NOT NULL,
    pangkat VARCHAR NOT NULL,
    nip VARCHAR NOT NULL
);
CREATE TABLE tujuan (
    id INTEGER NOT NULL PRIMARY KEY,
    dokumen_id INTEGER NOT NULL REFERENCES dokumen (id) ON DELETE CASCADE,
    urutan INTEGER NOT NULL,
    uraian VARCHAR NOT NULL,
    kelompok VARCHAR NOT NULL
);
CREATE INDEX ix_tujuan_dokumen ON tujuan (dokumen_id, urutan);
CREATE TABLE sasaran (
    id INTEGER NOT NULL PRIMARY KEY,
    tujuan_id INTEGER NOT NULL REFERENCES tujuan (id) ON DELETE CASCADE,
    urutan INTEGER NOT NULL,
    uraian VARCHAR NOT NULL
);
CREATE INDEX ix_sasaran_tujuan ON sasaran (tujuan_id, urutan);
CREATE TABLE indikator (
    id INTEGER NOT NULL PRIMARY KEY,
    dokumen_id INTEGER NOT NULL REFERENCES dokumen (id) ON DELETE CASCADE,
    tujuan_id INTEGER REFERENCES tujuan (id) ON DELETE CASCADE,
    sasaran_id INTEGER REFERENCES sasaran (id) ON DELETE CASCADE,
    urutan INTEGER NOT NULL,
    nama VARCHAR NOT NULL,
    ekspresi VARCHAR,
    penjelasan VARCHAR NOT NULL,
    satuan VARCHAR NOT NULL,
    sumber_data VARCHAR NOT NULL,
    penanggung_jawab VARCHAR NOT NULL,
    polaritas VARCHAR NOT NULL,
    CONSTRAINT ck_indikator_satu_induk CHECK ((tujuan_id IS NULL) <> (sasaran_id IS NULL))
);
CREATE INDEX ix_indikator_dokumen ON indikator (dokumen_id);
CREATE INDEX ix_indikator_tujuan ON indikator (tujuan_id, urutan);
CREATE INDEX ix_indikator_sasaran ON indikator (sasaran_id, urutan);
CREATE TABLE komponen (
    id INTEGER NOT NULL PRIMARY KEY,
    indikator_id INTEGER NOT NULL REFERENCES indikator (id) ON DELETE CASCADE,
    urutan INTEGER NOT NULL,
    kode VARCHAR NOT NULL,
    uraian VARCHAR NOT NULL,
    CONSTRAINT uq_komponen_kode UNIQUE (indikator_id, kode)
);
CREATE INDEX ix_komponen_indikator ON komponen (indikator_id, urutan);
CREATE TABLE nilai (
    id INTEGER NOT NULL PRIMARY KEY,
    indikator_id INTEGER NOT NULL REFERENCES indikator (id) ON DELETE CASCADE,
    jenis VARCHAR NOT NULL,
    tahun INTEGER NOT NULL,
    nilai VARCHAR NOT NULL,
    CONSTRAINT uq_nilai UNIQUE (indikator_id, jenis, tahun),
    CONSTRAINT ck_nilai_jenis CHECK (jenis IN ('target', 'realisasi'))
);
CREATE TABLE nilai_komponen (
    id INTEGER NOT NULL PRIMARY KEY,
    komponen_id INTEGER NOT NULL REFERENCES komponen (id) ON DELETE CASCADE,
    tahun INTEGER NOT NULL,
    nilai VARCHAR NOT NULL,
    CONSTRAINT uq_nilai_komponen UNIQUE (komponen_id, tahun)
);
""",
    # 2: store-wide settings (the capaian categories of the LKjIP report).
    2: """
CREATE TABLE pengaturan (
    kunci VARCHAR NOT NULL PRIMARY KEY,
    nilai VARCHAR NOT NULL
);
""",
    # 3: FORMAT version 2 — quarterly values, analysis, IKM surveys, yearly signers, PK.
    3: """
ALTER TABLE dokumen ADD COLUMN tabel_huruf VARCHAR NOT NULL DEFAULT '';
ALTER TABLE dokumen ADD COLUMN tabel_ukuran VARCHAR;
ALTER TABLE penandatangan ADD COLUMN status VARCHAR NOT NULL DEFAULT '';
ALTER TABLE kepala ADD COLUMN tebal BOOLEAN NOT NULL DEFAULT 0;
ALTER TABLE kolom ADD COLUMN grup VARCHAR NOT NULL DEFAULT '';
ALTER TABLE indikator ADD COLUMN kode VARCHAR NOT NULL DEFAULT '';
ALTER TABLE indikator ADD COLUMN definisi VARCHAR NOT NULL DEFAULT '';
ALTER TABLE indikator ADD COLUMN agregasi VARCHAR NOT NULL DEFAULT '';
CREATE TABLE nilai_triwulan (
    id INTEGER NOT NULL PRIMARY KEY,
    indikator_id INTEGER NOT NULL REFERENCES indikator (id) ON DELETE CASCADE,
    jenis VARCHAR NOT NULL,
    tahun INTEGER NOT NULL,
    triwulan INTEGER NOT NULL,
    nilai VARCHAR NOT NULL,
    CONSTRAINT uq_nilai_triwulan UNIQUE (indikator_id, jenis, tahun, triwulan),
    CONSTRAINT ck_nilai_triwulan
        CHECK (jenis IN ('target', 'realisasi') AND triwulan BETWEEN 1 AND 4)
);
CREATE TABLE nilai_komponen_triwulan (
    id INTEGER NOT NULL PRIMARY KEY,
    komponen_id INTEGER NOT NULL REFERENCES komponen (id) ON DELETE CASCADE,
    tahun INTEGER NOT NULL,
    triwulan INTEGER NOT NULL,
    nilai VARCHAR NOT NULL,
    CONSTRAINT uq_nilai_komponen_triwulan UNIQUE (komponen_id, tahun, triwulan),
    CONSTRAINT ck_nilai_komponen_triwulan CHECK (triwulan BETWEEN 1 AND 4)
);
CREATE TABLE analisis (
    indikator_id INTEGER NOT NULL REFERENCES indikator (id) ON DELETE CASCADE,
    tahun INTEGER NOT NULL,
    teks VARCHAR NOT NULL,
    PRIMARY KEY (indikator_id, tahun)
);
CREATE TABLE survei_ikm (
    id INTEGER NOT NULL PRIMARY KEY,
    indikator_id INTEGER NOT NULL REFERENCES indikator (id) ON DELETE CASCADE,
    tahun INTEGER NOT NULL,
    unsur VARCHAR NOT NULL,
    penimbang VARCHAR NOT NULL,
    CONSTRAINT uq_survei_ikm UNIQUE (indikator_id, tahun)
);
CREATE TABLE responden (
    id INTEGER NOT NULL PRIMARY KEY,
    survei_id INTEGER NOT NULL REFERENCES survei_ikm (id) ON DELETE CASCADE,
    urutan INTEGER NOT NULL,
    nilai VARCHAR NOT NULL,
    jenis_kelamin VARCHAR NOT NULL,
    usia INTEGER,
    pendidikan VARCHAR NOT NULL,
    pekerjaan VARCHAR NOT NULL
);
CREATE INDEX ix_responden_survei ON responden (survei_id, urutan);
CREATE TABLE laporan_tahunan (
    dokumen_id INTEGER NOT NULL REFERENCES dokumen (id) ON DELETE CASCADE,
    tahun INTEGER NOT NULL,
    penandatangan VARCHAR,
    catatan VARCHAR NOT NULL,
    PRIMARY KEY (dokumen_id, tahun)
);
CREATE TABLE perjanjian_kinerja (
    id INTEGER NOT NULL PRIMARY KEY,
    dokumen_id INTEGER NOT NULL REFERENCES dokumen (id) ON DELETE CASCADE,
    tahun INTEGER NOT NULL,
    perubahan INTEGER NOT NULL,
    tempat VARCHAR NOT NULL,
    tanggal VARCHAR NOT NULL,
    pihak_pertama VARCHAR NOT NULL,
    pihak_kedua VARCHAR NOT NULL,
    pernyataan VARCHAR,
    CONSTRAINT uq_pk UNIQUE (dokumen_id, tahun, perubahan)
);
CREATE TABLE pk_anggaran (
    id INTEGER NOT NULL PRIMARY KEY,
    pk_id INTEGER NOT NULL REFERENCES perjanjian_kinerja (id) ON DELETE CASCADE,
    induk_id INTEGER REFERENCES pk_anggaran (id) ON DELETE CASCADE,
    tingkat INTEGER NOT NULL,
    urutan INTEGER NOT NULL,
    kode VARCHAR NOT NULL,
    uraian VARCHAR NOT NULL,
    anggaran BIGINT,
    realisasi_anggaran BIGINT,
    sumber_dana VARCHAR NOT NULL
);
CREATE INDEX ix_pk_anggaran ON pk_anggaran (pk_id, urutan);
""",
    # 4: a per-document version, checked and bumped by every change (several writers).
    4: """
ALTER TABLE dokumen ADD COLUMN versi INTEGER NOT NULL DEFAULT 0;
""",
    # 5: FORMAT v2 December 2026 — who signs the quarterly monitoring table of a quarter.
    5: """
CREATE TABLE laporan_triwulan (
    dokumen_id INTEGER NOT NULL REFERENCES dokumen (id) ON DELETE CASCADE,
    tahun INTEGER NOT NULL,
    triwulan INTEGER NOT NULL,
    penandatangan VARCHAR NOT NULL,
    PRIMARY KEY (dokumen_id, tahun, triwulan)
);
""",
    # 6: penetapan (finalised versions, each with its document file) and the change log.
    6: """
ALTER TABLE dokumen ADD COLUMN status VARCHAR NOT NULL DEFAULT 'draf';
CREATE TABLE penetapan (
    dokumen_id INTEGER NOT NULL REFERENCES dokumen (id) ON DELETE CASCADE,
    versi INTEGER NOT NULL,
    tanggal VARCHAR NOT NULL,
    dasar VARCHAR NOT NULL,
    alasan VARCHAR NOT NULL,
    sidik VARCHAR NOT NULL,
    berkas VARCHAR,
    PRIMARY KEY (dokumen_id, versi)
);
CREATE TABLE perubahan (
    id INTEGER NOT NULL PRIMARY KEY,
    dokumen_id INTEGER NOT NULL REFERENCES dokumen (id) ON DELETE CASCADE,
    waktu VARCHAR NOT NULL,
    oleh VARCHAR NOT NULL,
    uraian VARCHAR NOT NULL
);
CREATE INDEX ix_perubahan_dokumen ON perubahan (dokumen_id, id);
""",
}
VERSI_SKEMA = max(MIGRASI)
# "IKUD" in ASCII: PRAGMA application_id of every store this program creates or upgrades.
ID_APLIKASI = 0x494B5544

Skema = set[tuple[str, str, str, str]]
_SKEMA_CACHE: dict[int, Skema] = {}


def skema_dari(con: sqlite3.Connection) -> Skema:
    """Every object in ``sqlite_master`` (nothing skipped), with its SQL whitespace-normalised."""
    return {
        (r[0], r[1], r[2], " ".join((r[3] or "").split()))
        for r in con.execute("SELECT type, name, tbl_name, sql FROM sqlite_master")
    }


def skema_diharapkan(versi: int) -> Skema:
    """``sqlite_master`` of a store created by this program at schema ``versi``."""
    if versi not in _SKEMA_CACHE:
        con = sqlite3.connect(":memory:")
        try:
            for v in range(1, versi + 1):
                for perintah in MIGRASI[v].split(";"):
                    if perintah.strip():
                        con.execute(perintah)
            _SKEMA_CACHE[versi] = skema_dari(con)
        finally:
            con.close()
    return _SKEMA_CACHE[versi]


def beda_skema(ada: Skema, harap: Skema) -> str:
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


def folder_data() -> Path:
    """The user's data folder (store, settings, automatic backups); never beside the program."""
    return Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR, roaming=False))


def path_store_bawaan() -> Path:
    return folder_data() / NAMA_STORE


def pilih_path_store(db: str | os.PathLike[str] | None = None) -> Path:
    """``--db`` wins, then ``IKUDESK_DB``, then the data folder (a SQLite file's path)."""
    if db:
        return Path(db)
    env = os.environ.get("IKUDESK_DB")
    if env:
        return Path(env)
    return path_store_bawaan()


def adalah_url_server(db: object) -> bool:
    """``postgresql://…``: a store on a PostgreSQL server instead of a SQLite file."""
    return isinstance(db, str) and db.split("://", 1)[0].lower() in _SKEMA_URL


_SKEMA_URL = ("postgresql", "postgres", "postgresql+psycopg")


_URL_RE = re.compile(r"[A-Za-z][A-Za-z0-9+.\-]*://")


def pilih_db(db: str | os.PathLike[str] | None = None) -> Path | str:
    """Like ``pilih_path_store``, but a server URL (``--db`` or ``IKUDESK_DB``) stays a URL.

    Any other ``scheme://`` is refused: taken as a file name it would create folders named
    after the URL and an empty store in them.
    """
    for calon in (db, os.environ.get("IKUDESK_DB")):
        if calon:
            teks = str(calon)
            if adalah_url_server(teks):
                return teks
            if _URL_RE.match(teks):
                skema = teks.split("://", 1)[0]
                raise StoreError(
                    f"Alamat penyimpanan '{teks[:200]}' memakai skema '{skema}' yang tidak "
                    "dikenal. Penyimpanan adalah berkas SQLite (nama berkas) atau server "
                    "postgresql://pengguna@host:port/basisdata."
                )
            return Path(calon)
    return path_store_bawaan()


# How long a connection waits for another program's SQLite lock before giving up (with a message).
BATAS_SIBUK_MS = 10000


def _pasang_pragma(dbapi_conn: sqlite3.Connection, _record: object) -> None:
    # pysqlite's own transaction handling is switched off so that our BEGIN is the one used.
    dbapi_conn.isolation_level = None
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA foreign_keys = ON")
    cur.execute("PRAGMA journal_mode = WAL")
    cur.execute("PRAGMA synchronous = FULL")
    cur.execute(f"PRAGMA busy_timeout = {BATAS_SIBUK_MS}")
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
            skema = skema_dari(con)
            if app == ID_APLIKASI or (app == 0 and skema):
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
    if app not in (0, ID_APLIKASI):
        raise StoreAsing(
            f"Berkas '{path}' adalah basis data program lain, bukan penyimpanan IKU Desk."
        )
    if app == ID_APLIKASI:
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
    if not 1 <= versi <= VERSI_SKEMA or skema != skema_diharapkan(versi):
        if versi > VERSI_SKEMA and {r[1] for r in skema} >= {"dokumen", "indikator"}:
            return versi, False  # a newer release of ours; refused with the versions named
        raise StoreAsing(f"Berkas '{path}' adalah basis data lain, bukan penyimpanan IKU Desk.")
    return versi, False


def periksa_berkas_store(path: Path) -> int:
    """Raise ``StoreRusak``/``StoreAsing`` unless ``path`` is a sound store of ours; its version."""
    return _cek_berkas(path)[0]


def salin_sqlite(sumber: Path | sqlite3.Connection, tujuan: Path) -> None:
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


def jalankan_migrasi(con: sqlite3.Connection, dari: int) -> None:
    """Run the migration steps after schema ``dari`` on an open connection (no transaction
    handling, no version stamp: the caller does both)."""
    for versi in range(dari + 1, VERSI_SKEMA + 1):
        for perintah in MIGRASI[versi].split(";"):
            if perintah.strip():
                con.execute(perintah)


def _migrasi(path: Path, dari: int) -> Path | None:
    """Upgrade ``path`` from schema ``dari`` to ``VERSI_SKEMA``; return the copy kept first."""
    salinan: Path | None = None
    if dari > 0:
        stempel = datetime.now().strftime("%Y%m%d-%H%M%S")
        salinan = path.with_name(f"{path.stem}.sebelum-skema-{VERSI_SKEMA}-{stempel}{path.suffix}")
        salin_sqlite(path, salinan)
    con = sqlite3.connect(path, isolation_level=None)
    try:
        con.execute("PRAGMA foreign_keys = ON")
        con.execute("BEGIN IMMEDIATE")
        try:
            jalankan_migrasi(con, dari)
            con.execute(f"PRAGMA user_version = {VERSI_SKEMA}")
            con.execute(f"PRAGMA application_id = {ID_APLIKASI}")
            con.execute("COMMIT")
        except BaseException:
            con.execute("ROLLBACK")
            raise
    finally:
        con.close()
    return salinan


def sapu_salinan(p: Path) -> None:
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
        con.execute(f"PRAGMA application_id = {ID_APLIKASI}")
    finally:
        con.close()


@contextmanager
def _dalam_kata(path: Path, kerja: str) -> Iterator[None]:
    """SQLite's and the OS's failures as a ``StoreError`` in words (no traceback, no English).

    Nothing is half-changed: a failing transaction was rolled back before this sees it.
    """
    from sqlalchemy.exc import DBAPIError

    try:
        yield
    except DBAPIError as e:
        asal = e.orig if isinstance(e.orig, sqlite3.Error) else None
        sebab = pesan_sqlite(asal) if asal is not None else "kesalahan basis data"
        raise StoreError(
            f"Penyimpanan '{path}' tidak dapat {kerja}: {sebab}. Tidak ada yang diubah."
        ) from None
    except sqlite3.Error as e:
        raise StoreError(
            f"Penyimpanan '{path}' tidak dapat {kerja}: {pesan_sqlite(e)}. Tidak ada yang diubah."
        ) from None
    except OSError as e:
        raise StoreError(
            f"Penyimpanan '{path}' tidak dapat {kerja}: {pesan_os(e)}. Tidak ada yang diubah."
        ) from None


class Store:
    """An open store. Use ``transaksi()`` for every write and ``baca()`` for reads."""

    # True for a store on a database server (``ikudesk.persistence.server.ServerStore``).
    server = False

    def __init__(self, path: Path, engine: Engine, salinan_upgrade: Path | None = None) -> None:
        self.path = path
        self.engine = engine
        self.salinan_upgrade = salinan_upgrade

    @property
    def nama(self) -> str:
        """What to call the store in a message (a file's path; a server URL without password)."""
        return str(self.path)

    @contextmanager
    def transaksi(self) -> Iterator[Session]:
        """One user action: everything inside is committed together, or nothing is."""
        # The write lock first, the connection after it: a restore that swapped the file while
        # we waited is then seen, and our write lands in the store that is kept.
        with (
            _dalam_kata(self.path, "ditulis"),
            kunci_tulis(self.path),
            self.engine.connect() as conn,
        ):
            conn.info["tulis"] = True
            try:
                with Session(bind=conn, expire_on_commit=False) as session:
                    yield session
                    session.commit()
            finally:
                conn.info.pop("tulis", None)

    @contextmanager
    def baca(self) -> Iterator[Session]:
        with (
            _dalam_kata(self.path, "dibaca"),
            self.engine.connect() as conn,
            Session(bind=conn) as session,
        ):
            yield session
            session.rollback()

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def buka_store(path: str | os.PathLike[str] | None = None, *, baca_saja: bool = False) -> Store:
    """Open (creating or upgrading as needed) the store at ``path`` (see ``pilih_db``).

    A ``postgresql://`` URL opens a store on a PostgreSQL server (``persistence.server``).
    ``baca_saja`` (commands that only read): a missing or empty file is not created
    (``StoreBelumAda``), and no folder is made. A store of an older release of ours is still
    upgraded (keeping a copy), as any use of it would.
    """
    dipilih = pilih_db(path)
    if isinstance(dipilih, str):
        from ikudesk.persistence.server import buka_server

        return buka_server(dipilih)
    p = dipilih
    if baca_saja:
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
        if versi > VERSI_SKEMA:
            raise StoreError(
                f"Penyimpanan '{p}' dibuat oleh IKU Desk yang lebih baru (skema versi {versi}; "
                f"program ini mengenal sampai versi {VERSI_SKEMA}). Perbarui IKU Desk."
            )
        if versi < VERSI_SKEMA or not ber_id:
            with kunci_tulis(p):
                # Looked at again under the lock: another process may have created it meanwhile.
                ada = p.exists() and p.stat().st_size > 0
                versi, ber_id = _cek_berkas(p) if ada else (0, False)
                if versi < VERSI_SKEMA:
                    salinan = _migrasi(p, versi)
                elif not ber_id:
                    _tandai(p)
    except sqlite3.Error as e:
        raise StoreError(f"Penyimpanan '{p}' tidak dapat disiapkan: {pesan_sqlite(e)}.") from None
    except OSError as e:
        raise StoreError(f"Penyimpanan '{p}' tidak dapat dibuka: {pesan_os(e)}.") from None
    lindungi(p)  # from now on no output of this process may be written over it
    sapu_salinan(p)
    # NullPool: a desktop app needs no pool, and a closed store must release the file at once
    # (Windows cannot replace a file that is still open, e.g. during a restore).
    engine = create_engine(f"sqlite:///{p}", poolclass=NullPool)
    event.listen(engine, "connect", _pasang_pragma)
    event.listen(engine, "begin", _begin)
    return Store(p, engine, salinan)
