"""The shipped Liberation fonts, registered with ReportLab so every PDF embeds them."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from ikudesk.assets import asset_path
from ikudesk.errors import IkuError

PILIHAN_FONT = ("serif", "sans")
_BERKAS = {"serif": "LiberationSerif", "sans": "LiberationSans"}
_GAYA = {"": "Regular", "-Bold": "Bold", "-Italic": "Italic", "-BoldItalic": "BoldItalic"}


@dataclass(frozen=True)
class Font:
    """ReportLab names of one family; ``biasa`` is also the family name for <b>/<i> markup."""

    biasa: str
    tebal: str
    miring: str
    tebal_miring: str


@cache
def daftar_font(pilihan: str = "serif") -> Font:
    """Register the family once per process and return its names."""
    if pilihan not in _BERKAS:
        raise IkuError(f"Pilihan huruf '{pilihan}' tidak dikenal; pilih 'serif' atau 'sans'.")
    dasar = f"Iku{pilihan.capitalize()}"
    for akhiran, gaya in _GAYA.items():
        nama = dasar + akhiran
        try:
            path = asset_path("resources", "fonts", f"{_BERKAS[pilihan]}-{gaya}.ttf")
        except FileNotFoundError as e:
            raise IkuError(
                f"Berkas huruf tidak ditemukan: {e.filename} (instalasi tidak lengkap?)"
            ) from None
        pdfmetrics.registerFont(TTFont(nama, str(path)))
    addMapping(dasar, 0, 0, dasar)
    addMapping(dasar, 1, 0, dasar + "-Bold")
    addMapping(dasar, 0, 1, dasar + "-Italic")
    addMapping(dasar, 1, 1, dasar + "-BoldItalic")
    return Font(dasar, dasar + "-Bold", dasar + "-Italic", dasar + "-BoldItalic")


def jadikan_bawaan(font: Font) -> None:
    """Make ``font`` ReportLab's default where a report does not name one: a table cell
    without FONTNAME (even an empty one sets its font) and every drawing — charts, the IKM
    bars — whose state starts from ``STATE_DEFAULTS``. ReportLab's own default is Helvetica,
    which is referenced without being embedded; this is the one place that keeps it out of
    every PDF, whoever builds the table or the chart."""
    from reportlab.graphics.shapes import STATE_DEFAULTS
    from reportlab.platypus.tables import CellStyle

    CellStyle.fontname = font.biasa
    STATE_DEFAULTS["fontName"] = font.biasa
