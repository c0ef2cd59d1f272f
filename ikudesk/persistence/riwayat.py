"""A document's history in the store: its finalised versions (each with the document file kept
when it was fixed) and the log of who changed what. Reading only; the writes are the mapper's,
inside the transaction of each change."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from sqlmodel import Session

from ikudesk.domain.model import Dokumen, Penetapan
from ikudesk.errors import DokumenError, IkuError, TidakDitemukan
from ikudesk.persistence.mapper import (
    read_all_berkas_penetapan,
    read_berkas_penetapan,
    read_dokumen,
    read_log,
)
from ikudesk.persistence.store import Store


@dataclass(frozen=True)
class Perubahan:
    waktu: str  # ISO, seconds
    oleh: str
    uraian: str


@dataclass(frozen=True)
class Riwayat:
    dokumen: Dokumen
    versi: list[Penetapan]
    perubahan: list[Perubahan]


def load_riwayat(store: Store, dokumen_id: int, sejak: str | None = None) -> Riwayat:
    """The versions and the change log (``sejak``: only changes from that ISO date on)."""
    with store.read() as session:
        dok = read_dokumen(session, dokumen_id)
        log = [Perubahan(*b) for b in read_log(session, dokumen_id, sejak)]
    return Riwayat(dok, list(dok.penetapan), log)


def load_berkas_versi(store: Store, dokumen_id: int, versi: int) -> str:
    """The document file of version ``versi`` exactly as it was when fixed."""
    with store.read() as session:
        dok = read_dokumen(session, dokumen_id)
        berkas = read_berkas_penetapan(session, dokumen_id, versi)
    if not any(p.versi == versi for p in dok.penetapan):
        ada = ", ".join(str(p.versi) for p in dok.penetapan) or "belum ada yang ditetapkan"
        raise TidakDitemukan(
            f"Dokumen {dokumen_id} tidak mempunyai versi {versi} (versi yang ada: {ada})."
        )
    if berkas is None:
        raise IkuError(
            f"Isi versi {versi} dokumen {dokumen_id} tidak tersimpan di penyimpanan ini: dokumen "
            "masuk ke sini dari berkas dokumen (.json), yang membawa daftar penetapan dan isi "
            "terakhirnya saja, tanpa berkas versi-versi sebelumnya. Ambil versi itu dari "
            "penyimpanan asalnya atau dari cadangannya (.ikubackup)."
        )
    entri = next(p for p in dok.penetapan if p.versi == versi)
    check_berkas_versi(berkas, entri, f"dokumen {dokumen_id}")
    return berkas


def check_berkas_versi(berkas: str, entri: Penetapan, tempat: str) -> Dokumen:
    """The kept file of a version is what was signed: it reads (every check of an import, its
    own sidik included) and fingerprints to the version's entry."""
    from ikudesk.files.docfile import PESAN_DIUBAH_LUAR, baca_dokumen, sidik_dokumen

    try:
        dok = baca_dokumen(berkas)
    except DokumenError as e:
        raise IkuError(f"Berkas versi {entri.versi} {tempat} tidak sah: {e.pesan}") from None
    # The file's own entry for its version is the row's: a kept file with another date, decree
    # or reason (or whose last entry is another version) is not the one that was signed.
    akhir = dok.penetapan[-1] if dok.penetapan else None
    kunci = ("versi", "tanggal", "dasar", "alasan", "sidik")
    if akhir is None or any(getattr(akhir, k) != getattr(entri, k) for k in kunci):
        beda = (
            "tidak memuat penetapan"
            if akhir is None
            else ", ".join(k for k in kunci if getattr(akhir, k) != getattr(entri, k))
        )
        raise IkuError(
            f"Berkas versi {entri.versi} {tempat}: {PESAN_DIUBAH_LUAR} (penetapan di dalam berkas "
            f"itu tidak sama dengan penetapan versi {entri.versi} yang tercatat: {beda})."
        )
    if sidik_dokumen(dok) != entri.sidik:
        raise IkuError(
            f"Berkas versi {entri.versi} {tempat}: {PESAN_DIUBAH_LUAR} (sidiknya tidak sama "
            "dengan sidik penetapan versi itu)."
        )
    return dok


def _berkas_versi(
    session: Session, dokumen_id: int, dok: Dokumen
) -> Iterator[tuple[Penetapan, str]]:
    """Each version that has a kept file, with the file."""
    berkas = read_all_berkas_penetapan(session, dokumen_id)
    for p in dok.penetapan:
        isi = berkas.get(p.versi)
        if isi is not None:
            yield p, isi


def check_all_versi(session: Session, dokumen_id: int, dok: Dokumen) -> None:
    """Every kept version file of a document (a restore checks them all)."""
    for p, isi in _berkas_versi(session, dokumen_id, dok):
        check_berkas_versi(isi, p, f"dokumen {dokumen_id}")


def versi_berkas_diubah(session: Session, dokumen_id: int, dok: Dokumen) -> list[int]:
    """The versions whose kept file fails ``check_berkas_versi`` (a restore names them)."""
    rusak = []
    for p, isi in _berkas_versi(session, dokumen_id, dok):
        try:
            check_berkas_versi(isi, p, f"dokumen {dokumen_id}")
        except IkuError:
            rusak.append(p.versi)
    return rusak


def load_dokumen_versi(store: Store, dokumen_id: int, versi: int) -> Dokumen:
    """Version ``versi`` as a document (read from its kept file with every check of import)."""
    with store.read() as session:
        dok = read_dokumen(session, dokumen_id)
    berkas = load_berkas_versi(store, dokumen_id, versi)
    entri = next(p for p in dok.penetapan if p.versi == versi)
    return check_berkas_versi(berkas, entri, f"dokumen {dokumen_id}")
