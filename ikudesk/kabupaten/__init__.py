"""The kabupaten's view: gathering each kecamatan's documents into one store (``gabung``) and
comparing them side by side (``rekap``). Plain Python: no Qt, no ReportLab."""

from __future__ import annotations

import re


def identitas_instansi(instansi: str) -> str:
    """An instansi as compared across files: spaces and case normalised."""
    return re.sub(r"\s+", " ", instansi).strip().casefold()


def identitas_nama(nama: str) -> str:
    """An indicator's name or kode as compared across kecamatan."""
    return identitas_instansi(nama)
