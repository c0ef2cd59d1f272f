"""The store's capaian categories (``pengaturan`` table, key ``kategori_capaian``)."""

from __future__ import annotations

from sqlmodel import Session

from ikudesk.domain.kategori import (
    KATEGORI_BAWAAN,
    KUNCI,
    Kategori,
    KategoriError,
    dari_json,
    ke_json,
    periksa,
)
from ikudesk.persistence.store import Store
from ikudesk.persistence.tables import PengaturanRow


def _baca(session: Session) -> tuple[list[Kategori], str | None]:
    row = session.get(PengaturanRow, KUNCI)
    if row is None or not row.nilai.strip():
        return list(KATEGORI_BAWAAN), None
    try:
        return periksa(dari_json(row.nilai)), None
    except KategoriError as e:
        # A store written before the scale was checked: its commands still work, on the
        # default scale, and the user is told (``masalah_kategori``).
        return list(KATEGORI_BAWAAN), f"{e.pesan} Sementara dipakai kategori bawaan."


def baca_kategori_sesi(session: Session) -> list[Kategori]:
    return _baca(session)[0]


def baca_kategori(store: Store) -> list[Kategori]:
    """The store's categories; the defaults when none were set or the stored ones are bad."""
    with store.baca() as session:
        return _baca(session)[0]


def masalah_kategori(store: Store) -> str | None:
    """Why the stored categories are not used (a warning to show), or None."""
    with store.baca() as session:
        return _baca(session)[1]


def simpan_kategori(store: Store, daftar: list[Kategori]) -> list[Kategori]:
    """Check, then save in one transaction; returns the sorted list. Nothing changes on error."""
    urut = periksa(daftar)
    with store.transaksi() as session:
        row = session.get(PengaturanRow, KUNCI)
        if row is None:
            session.add(PengaturanRow(kunci=KUNCI, nilai=ke_json(urut)))
        else:
            row.nilai = ke_json(urut)
            session.add(row)
    return urut


def kembalikan_bawaan(store: Store) -> None:
    with store.transaksi() as session:
        row = session.get(PengaturanRow, KUNCI)
        if row is not None:
            session.delete(row)
