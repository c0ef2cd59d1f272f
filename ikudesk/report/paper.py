"""Paper sizes offered for printing; F4 (folio, 215 × 330 mm) is what kecamatan offices use."""

from __future__ import annotations

from reportlab.lib.pagesizes import A4, LEGAL, LETTER, landscape, portrait
from reportlab.lib.units import mm

from ikudesk.errors import IkuError

F4 = (215 * mm, 330 * mm)
KERTAS: dict[str, tuple[float, float]] = {"F4": F4, "A4": A4, "LEGAL": LEGAL, "LETTER": LETTER}
ORIENTASI = ("landscape", "portrait")


def ukuran_kertas(kertas: str = "F4", orientasi: str = "landscape") -> tuple[float, float]:
    """(width, height) in points."""
    ukuran = KERTAS.get(kertas.upper())
    if ukuran is None:
        raise IkuError(f"Ukuran kertas '{kertas}' tidak dikenal; pilih F4, A4, Legal atau Letter.")
    if orientasi not in ORIENTASI:
        raise IkuError(f"Orientasi '{orientasi}' tidak dikenal; pilih landscape atau portrait.")
    return landscape(ukuran) if orientasi == "landscape" else portrait(ukuran)
