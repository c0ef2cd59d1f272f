"""Paragraph styles and text → flowables: newlines kept, ``- `` and ``1. `` lines as list items."""

from __future__ import annotations

import re
from dataclasses import dataclass
from xml.sax.saxutils import escape

from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Paragraph

from ikudesk.report.fonts import Font, daftar_font

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


def buat_gaya(pilihan_font: str = "serif", ukuran: float = 9) -> Gaya:
    font = daftar_font(pilihan_font)
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
            fontSize=ukuran + 3,
            leading=(ukuran + 3) * 1.25,
            alignment=TA_CENTER,
        ),
        kepala=ParagraphStyle(
            "kepala", parent=sel, fontSize=ukuran + 1, leading=(ukuran + 1) * 1.25
        ),
        ttd=ParagraphStyle("ttd", parent=sel, fontSize=ukuran + 1, leading=(ukuran + 1) * 1.25),
    )


def xml(teks: str) -> str:
    return escape(teks)


def paragraf(teks: str, gaya: ParagraphStyle) -> list[Flowable]:
    """One Paragraph per line; list items get a hanging indent so wrapped lines align."""
    hasil: list[Flowable] = []
    for baris in teks.replace("\r\n", "\n").split("\n"):
        if not baris.strip():
            continue
        m = _BUTIR.match(baris)
        if m and (m[1] == "-" or m[1][0].isdigit()):
            tanda = m[1]
            lebar = gaya.fontSize * (0.9 if tanda == "-" else 0.6 * len(tanda) + 0.5)
            g = ParagraphStyle(
                f"{gaya.name}_butir{lebar:.1f}",
                parent=gaya,
                leftIndent=gaya.leftIndent + lebar,
                bulletIndent=gaya.leftIndent,
                bulletFontName=gaya.fontName,
                bulletFontSize=gaya.fontSize,
            )
            hasil.append(Paragraph(xml(m[2]), g, bulletText=tanda))
        else:
            hasil.append(Paragraph(xml(baris.strip()), gaya))
    return hasil


def teks_polos(teks: str) -> str:
    """Flowables' text as one line (for measuring natural widths)."""
    return " ".join(teks.split())
