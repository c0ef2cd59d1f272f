"""The kabupaten's view: gathering each kecamatan's documents into one store (``gabung``) and
comparing them side by side (``rekap``). Plain Python: no Qt, no ReportLab."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # type names only: this package face stays light
    from ikudesk.persistence.store import Store


def identitas_instansi(instansi: str) -> str:
    """An instansi as compared across files: spaces and case normalised."""
    return re.sub(r"\s+", " ", instansi).strip().casefold()


def identitas_nama(nama: str) -> str:
    """An indicator's name or kode as compared across kecamatan."""
    return identitas_instansi(nama)


def jumlah_instansi(store: Store) -> int:
    """How many kecamatan (distinct instansi) the store holds: the window shows the Rekap
    Kabupaten page from two on."""
    from ikudesk.persistence.repo import list_dokumen

    return len({identitas_instansi(r.instansi) for r in list_dokumen(store)})
