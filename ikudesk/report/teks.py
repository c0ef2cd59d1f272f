"""Paragraph styles and text → flowables: newlines kept, ``- `` and ``1. `` lines as list items."""

from __future__ import annotations

import re
import weakref
from dataclasses import dataclass
from typing import Any
from xml.sax.saxutils import escape

from reportlab import rl_config
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph

from ikudesk.report.fonts import Font, daftar_font, jadikan_bawaan

_BUTIR = re.compile(r"^\s*(-|\d{1,3}\.|[a-zA-Z]\.)\s+(.*)$")


@dataclass(frozen=True)
class Gaya:
    font: Font
    ukuran: float
    pilihan: str
    sel: ParagraphStyle
    sel_tengah: ParagraphStyle
    sel_kanan: ParagraphStyle
    judul_kolom: ParagraphStyle
    judul: ParagraphStyle
    kepala: ParagraphStyle
    ttd: ParagraphStyle


#: The program's type when a document names none (as the paper sheets were printed until now).
HURUF_BAWAAN, UKURAN_BAWAAN = "serif", 9.0


def ukuran_judul(ukuran: float) -> float:
    """Title lines: 12 pt over a 10 pt body (the tata naskah size), 3 pt more for small bodies."""
    return ukuran + 2 if ukuran >= 10 else ukuran + 3


def buat_gaya(pilihan_font: str = HURUF_BAWAAN, ukuran: float = UKURAN_BAWAAN) -> Gaya:
    font = daftar_font(pilihan_font)
    jadikan_bawaan(font)  # no Helvetica anywhere: tables and drawings default to this family
    lead = ukuran * 1.2
    sel = ParagraphStyle(
        "sel", fontName=font.biasa, fontSize=ukuran, leading=lead, alignment=TA_LEFT
    )
    return Gaya(
        font=font,
        ukuran=ukuran,
        pilihan=pilihan_font,
        sel=sel,
        sel_tengah=ParagraphStyle("sel_tengah", parent=sel, alignment=TA_CENTER),
        sel_kanan=ParagraphStyle("sel_kanan", parent=sel, alignment=TA_RIGHT),
        judul_kolom=ParagraphStyle(
            "judul_kolom", parent=sel, fontName=font.tebal, alignment=TA_CENTER
        ),
        judul=ParagraphStyle(
            "judul",
            parent=sel,
            fontName=font.tebal,
            fontSize=ukuran_judul(ukuran),
            leading=ukuran_judul(ukuran) * 1.25,
            alignment=TA_CENTER,
        ),
        kepala=ParagraphStyle(
            "kepala", parent=sel, fontSize=ukuran + 1, leading=(ukuran + 1) * 1.25
        ),
        ttd=ParagraphStyle("ttd", parent=sel, fontSize=ukuran + 1, leading=(ukuran + 1) * 1.25),
    )


def xml(teks: str) -> str:
    return escape(teks)


_POLOS = re.compile(r"[&<>]")  # text without these parses to one fragment of the style


class Paragraf(Paragraph):
    """A ReportLab Paragraph that is cheaper in tables (same output, same API).

    - Plain text (no markup, no entity) skips the XML parser: its one fragment is a copy of the
      fragment the parser made for the style once, with the text put in (what the parser does).
    - Table cells are wrapped to measure the table and again by ReportLab's Table when drawn,
      at the same width: the second wrap returns the first one's result instead of breaking the
      lines again.
    """

    _lebar_wrap: float | None = None

    def __init__(
        self,
        text: str | None,
        style: ParagraphStyle | None = None,
        bulletText: str | None = None,  # noqa: N803 - ReportLab's names (split() passes them)
        frags: list[Any] | None = None,
        **kwargs: Any,
    ) -> None:
        if frags is None and text is not None and style is not None and not _POLOS.search(text):
            frags = [_fragmen_gaya(style).clone(text=" ".join(text.split()))]
        super().__init__(text, style, bulletText=bulletText, frags=frags, **kwargs)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        # (a Table computes the same width in another order: equal up to rounding)
        if self._lebar_wrap is not None and abs(self._lebar_wrap - availWidth) < 1e-6:
            return self.width, self.height
        hasil = super().wrap(availWidth, availHeight)
        # ReportLab sets no width when the room is too narrow to lay out at all: nothing to reuse
        self._lebar_wrap = availWidth if availWidth >= rl_config._FUZZ else None
        return hasil

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803
        self._lebar_wrap = None  # ReportLab may re-wrap while splitting; never reuse then
        return super().split(availWidth, availHeight)


# Per style object, gone with it (a style is made per PDF, list-item styles per item).
_FRAGMEN: weakref.WeakKeyDictionary[ParagraphStyle, Any] = weakref.WeakKeyDictionary()


def _fragmen_gaya(style: ParagraphStyle) -> Any:  # noqa: ANN401 - ReportLab's ParaFrag
    """The parser's fragment for plain text in ``style`` (parsed once per style object)."""
    frag = _FRAGMEN.get(style)
    if frag is None:
        frag = _FRAGMEN[style] = Paragraph("x", style).frags[0]
    return frag


def indent_butir(tanda: str, font: str, ukuran: float) -> float:
    """The hanging indent for a list marker: its measured width plus a gap.

    Measured, not estimated from the character count, so "10." gets the room it takes; callers
    pass a list's widest marker so items 1-9 and 10+ start their text at the same place.
    """
    if tanda == "-":
        return ukuran * 0.9
    return stringWidth(tanda, font, ukuran) + ukuran * 0.6


def tanda_butir(baris: str) -> str | None:
    """The list marker ("-" or "12.") a line starts with, or None."""
    m = _BUTIR.match(baris)
    if m and (m[1] == "-" or m[1][0].isdigit()):
        return m[1]
    return None


def indent_per_baris(baris: list[str], font: str, ukuran: float) -> list[float | None]:
    """Each line's hanging indent (None: not a list item); the numbered lines of one text share
    the widest number's indent, so 9. and 10. start their text at the same place."""
    tanda = [tanda_butir(b) for b in baris]
    lebar_nomor = max(
        (indent_butir(t, font, ukuran) for t in tanda if t is not None and t != "-"), default=0
    )
    return [
        None if t is None else indent_butir(t, font, ukuran) if t == "-" else lebar_nomor
        for t in tanda
    ]


def paragraf(teks: str, gaya: ParagraphStyle) -> list[Flowable]:
    """One Paragraph per line; list items get a hanging indent so wrapped lines align."""
    hasil: list[Flowable] = []
    semua = [b for b in teks.replace("\r\n", "\n").split("\n") if b.strip()]
    for baris, lebar in zip(
        semua, indent_per_baris(semua, gaya.fontName, gaya.fontSize), strict=True
    ):
        m = _BUTIR.match(baris)
        if lebar is not None and m is not None:
            g = ParagraphStyle(
                f"{gaya.name}_butir{lebar:.1f}",
                parent=gaya,
                leftIndent=gaya.leftIndent + lebar,
                bulletIndent=gaya.leftIndent,
                bulletFontName=gaya.fontName,
                bulletFontSize=gaya.fontSize,
            )
            hasil.append(Paragraf(xml(m[2]), g, bulletText=m[1]))
        else:
            hasil.append(Paragraf(xml(baris.strip()), gaya))
    return hasil


def teks_polos(teks: str) -> str:
    """Flowables' text as one line (for measuring natural widths)."""
    return " ".join(teks.split())
