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


def _read(session: Session) -> tuple[list[Kategori], str | None]:
    row = session.get(PengaturanRow, KUNCI)
    if row is None or not row.nilai.strip():
        return list(KATEGORI_BAWAAN), None
    try:
        return periksa(dari_json(row.nilai)), None
    except KategoriError as e:
        # A store written before the scale was checked: its commands still work, on the
        # default scale, and the user is told (``kategori_problem``).
        return list(KATEGORI_BAWAAN), f"{e.pesan} Sementara dipakai kategori bawaan."


def read_kategori(session: Session) -> list[Kategori]:
    return _read(session)[0]


def load_kategori(store: Store) -> list[Kategori]:
    """The store's categories; the defaults when none were set or the stored ones are bad."""
    with store.read() as session:
        return _read(session)[0]


def kategori_problem(store: Store) -> str | None:
    """Why the stored categories are not used (a warning to show), or None."""
    with store.read() as session:
        return _read(session)[1]


def save_kategori(store: Store, daftar: list[Kategori]) -> list[Kategori]:
    """Check, then save in one transaction; returns the sorted list. Nothing changes on error."""
    urut = periksa(daftar)
    with store.transaction() as session:
        row = session.get(PengaturanRow, KUNCI)
        if row is None:
            session.add(PengaturanRow(kunci=KUNCI, nilai=ke_json(urut)))
        else:
            row.nilai = ke_json(urut)
            session.add(row)
    return urut


def reset_kategori(store: Store) -> None:
    with store.transaction() as session:
        row = session.get(PengaturanRow, KUNCI)
        if row is not None:
            session.delete(row)
