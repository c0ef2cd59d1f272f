"""The store's capaian categories (``pengaturan`` table, key ``kategori_capaian``)."""

from __future__ import annotations

from sqlmodel import Session

from ikudesk.domain.kategori import KATEGORI_BAWAAN, KUNCI, Kategori, dari_json, ke_json, periksa
from ikudesk.persistence.store import Store
from ikudesk.persistence.tables import PengaturanRow


def baca_kategori_sesi(session: Session) -> list[Kategori]:
    row = session.get(PengaturanRow, KUNCI)
    if row is None or not row.nilai.strip():
        return list(KATEGORI_BAWAAN)
    return periksa(dari_json(row.nilai))


def baca_kategori(store: Store) -> list[Kategori]:
    """The store's categories, or the defaults when none were set."""
    with store.baca() as session:
        return baca_kategori_sesi(session)


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
