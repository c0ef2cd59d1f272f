"""The repository: whole documents in and out of a store, and one transaction per user action.

Everything row-shaped goes through ``mapper``; this module knows transactions and documents.
``Repository`` is the small interface the session and the commands use, so a second engine can
sit behind it.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass
from typing import Protocol

from sqlalchemy import delete, func, select, update
from sqlalchemy.exc import SQLAlchemyError
from sqlmodel import Session, col

from ikudesk.domain.model import Dokumen, Periode, label_periode
from ikudesk.errors import IkuError, StoreError, TidakDitemukan
from ikudesk.persistence.mapper import (
    Writer,
    periode_of,
    read_all_berkas_penetapan,
    read_dokumen,
    read_log,
)
from ikudesk.persistence.store import Store, pesan_sqlite
from ikudesk.persistence.tables import DokumenRow, IndikatorRow, PerubahanRow


@dataclass(frozen=True)
class DokumenSummary:
    id: int
    instansi: str
    pemerintah_daerah: str
    periode: Periode | None
    jumlah_indikator: int
    judul: list[str]
    diubah: str
    versi: int = 0  # the document's version (moved up by every change)

    @property
    def label_periode(self) -> str:
        return label_periode(self.periode)


class Repository(Protocol):
    """What the document session needs from a store."""

    def load(self, dokumen_id: int) -> Dokumen: ...

    def write(self) -> AbstractContextManager[Writer]: ...


class SqlRepository:
    """A ``Repository`` over an open ``Store`` (SQLite today)."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def load(self, dokumen_id: int) -> Dokumen:
        return load_dokumen(self.store, dokumen_id)

    def load_versioned(self, dokumen_id: int) -> tuple[Dokumen, int]:
        """The document and its version, read in one transaction (one consistent picture)."""
        with self.store.read() as session:
            return read_dokumen(session, dokumen_id), _versi(session, dokumen_id) or 0

    def version(self, dokumen_id: int) -> int | None:
        """The stored version of the document now (None: it was deleted). A cheap poll."""
        with self.store.read() as session:
            return _versi(session, dokumen_id)

    @contextmanager
    def write(self) -> Iterator[Writer]:
        """One transaction: everything written inside is committed together, or nothing is.

        A database failure becomes a ``StoreError`` in words a user understands.
        """
        try:
            with self.store.transaction() as session:
                yield Writer(session)
        except SQLAlchemyError as e:
            raise StoreError(
                f"Perubahan tidak dapat disimpan ke penyimpanan '{self.store.name}': "
                f"{pesan_db(e)}. Tidak ada yang diubah; coba lagi."
            ) from None


def pesan_db(e: BaseException) -> str:
    """A database failure of either engine in words a user understands."""
    asal = getattr(e, "orig", None)
    if isinstance(asal, sqlite3.Error):
        return pesan_sqlite(asal)
    if asal is not None and type(asal).__module__.startswith("psycopg"):
        from ikudesk.persistence.server import pesan_pg

        return pesan_pg(e)
    return "kesalahan basis data"


def _versi(session: Session, dokumen_id: int) -> int | None:
    v = session.execute(
        select(col(DokumenRow.versi)).where(col(DokumenRow.id) == dokumen_id)
    ).scalar_one_or_none()
    return None if v is None else int(v)


def save_new_dokumen(store: Store, dok: Dokumen) -> int:
    """Store ``dok`` as a new document (one transaction); set and return its id."""
    with store.transaction() as session:
        return write_dokumen(session, dok)


def write_dokumen(session: Session, dok: Dokumen, dokumen_id: int | None = None) -> int:
    """Insert ``dok`` (and its whole tree) inside an open transaction; ids are set on ``dok``."""
    return Writer(session).insert_dokumen(dok, dokumen_id=dokumen_id)


def delete_dokumen(store: Store, dokumen_id: int) -> None:
    with store.transaction() as session:
        Writer(session).delete_dokumen(dokumen_id)


def replace_dokumen(store: Store, dokumen_id: int, dok: Dokumen) -> None:
    """Replace a stored document's whole contents, keeping its id (one transaction)."""
    with store.transaction() as session:
        replace_dokumen_in(session, dokumen_id, dok)


def replace_dokumen_in(
    session: Session,
    dokumen_id: int,
    dok: Dokumen,
    berkas_masuk: dict[int, str] | None = None,
    log_masuk: list[tuple[str, str, str]] | None = None,
) -> None:
    """``replace_dokumen`` inside an open transaction (several replacements in one step).

    ``berkas_masuk``/``log_masuk``: what a backup brings along (gathering): kept version files
    the store lacks, and log lines it does not have yet."""
    row = session.get(DokumenRow, dokumen_id)
    if row is None:
        raise TidakDitemukan(f"Dokumen nomor {dokumen_id} tidak ada di penyimpanan.")
    dibuat, versi = row.dibuat, row.versi
    # What the document file does not carry stays with the document (issue 24): its change
    # log, and the kept file of each version that the new contents still name identically.
    log = read_log(session, dokumen_id)
    lama = {p.versi: p.sidik for p in read_dokumen(session, dokumen_id).penetapan}
    berkas = read_all_berkas_penetapan(session, dokumen_id)
    # Signed versions are evidence: new contents may add versions, never drop or change one.
    masuk = [(p.versi, p.sidik) for p in dok.penetapan]
    if masuk[: len(lama)] != list(lama.items()):
        raise IkuError(
            f"Dokumen {dokumen_id} sudah ditetapkan sampai versi {max(lama)}; isi pengganti "
            f"({', '.join(f'versi {v}' for v, _ in masuk) or 'tanpa penetapan'}) tidak memuat "
            "semua versi itu apa adanya. Versi yang ditetapkan tidak pernah dihapus."
        )
    w = Writer(session)
    w.delete_dokumen(dokumen_id)
    session.expunge_all()
    write_dokumen(session, dok, dokumen_id)
    session.execute(
        update(DokumenRow)
        .where(col(DokumenRow.id) == dokumen_id)
        .values(dibuat=dibuat, versi=versi + 1)
    )
    w.session.execute(delete(PerubahanRow).where(col(PerubahanRow.dokumen_id) == dokumen_id))
    sudah = set(log)
    w.insert_log(dokumen_id, log + [b for b in log_masuk or [] if b not in sudah])
    w.log_change(dokumen_id, "Isi dokumen diganti seluruhnya (impor/penggabungan)")
    for p in dok.penetapan:
        if lama.get(p.versi) == p.sidik and berkas.get(p.versi) is not None:
            w.set_berkas_penetapan(dokumen_id, p.versi, berkas[p.versi])
        elif (berkas_masuk or {}).get(p.versi) is not None:
            w.set_berkas_penetapan(dokumen_id, p.versi, (berkas_masuk or {})[p.versi])


def list_dokumen(store: Store) -> list[DokumenSummary]:
    with store.read() as session:
        jumlah: dict[int, int] = dict(
            session.execute(
                select(col(IndikatorRow.dokumen_id), func.count()).group_by(
                    col(IndikatorRow.dokumen_id)
                )
            ).all()
        )
        rows = session.execute(select(DokumenRow).order_by(col(DokumenRow.id))).scalars().all()
        return [
            DokumenSummary(
                id=r.id,
                instansi=r.instansi,
                pemerintah_daerah=r.pemerintah_daerah,
                periode=periode_of(r),
                jumlah_indikator=jumlah.get(r.id, 0),
                judul=json.loads(r.judul),
                diubah=r.diubah,
                versi=r.versi,
            )
            for r in rows
        ]


def load_dokumen(store: Store, dokumen_id: int) -> Dokumen:
    with store.read() as session:
        return read_dokumen(session, dokumen_id)
