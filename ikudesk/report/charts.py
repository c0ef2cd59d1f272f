"""Charts of the yearly report, drawn with ReportLab's own graphics (vector, no new dependency).

Drawn from shapes rather than ReportLab's chart widgets so that a missing capaian is a gap (not
a zero), the 100 % line and the category colours are exactly where the report says, and labels
use the Indonesian number format.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from reportlab.graphics.shapes import Circle, Drawing, Line, PolyLine, Rect, String
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth

from ikudesk.domain.lkjip import WARNA_KOSONG, skala_sumbu
from ikudesk.l10n import format_angka

# Lines of the multi-year chart: distinct colours, then dashes once they run out.
WARNA_GARIS = (
    "#1f77b4",
    "#d62728",
    "#2ca02c",
    "#9467bd",
    "#ff7f0e",
    "#8c564b",
    "#e377c2",
    "#17becf",
    "#7f7f7f",
    "#bcbd22",
)
GARIS_PUTUS: tuple[tuple[float, ...] | None, ...] = (None, (4, 2), (1, 2))


@dataclass(frozen=True)
class Batang:
    label: str  # under the bar: the indicator's number
    nilai: Decimal | None  # capaian (%); None: no bar
    warna: str  # hex


def _sumbu(
    d: Drawing, x0: float, y0: float, lebar: float, tinggi: float, skala: tuple, font: str
) -> None:
    rendah, atas, langkah = skala
    v = rendah
    while v <= atas + 1e-9:
        y = y0 + (v - rendah) / (atas - rendah) * tinggi
        d.add(Line(x0, y, x0 + lebar, y, strokeColor=colors.HexColor("#dddddd"), strokeWidth=0.4))
        d.add(
            String(
                x0 - 3,
                y - 2.5,
                format_angka(Decimal(str(v))),
                fontName=font,
                fontSize=7,
                textAnchor="end",
            )
        )
        v += langkah
    d.add(Line(x0, y0, x0, y0 + tinggi, strokeColor=colors.black, strokeWidth=0.6))
    nol = y0 + (0 - rendah) / (atas - rendah) * tinggi
    d.add(Line(x0, nol, x0 + lebar, nol, strokeColor=colors.black, strokeWidth=0.6))


def _garis_100(
    d: Drawing, x0: float, y0: float, lebar: float, tinggi: float, skala: tuple, font: str
) -> None:
    rendah, atas, _ = skala
    y = y0 + (100 - rendah) / (atas - rendah) * tinggi
    d.add(
        Line(
            x0,
            y,
            x0 + lebar,
            y,
            strokeColor=colors.HexColor("#333333"),
            strokeWidth=1,
            strokeDashArray=(5, 3),
        )
    )
    d.add(
        String(
            x0 + lebar + 2,
            y - 2.5,
            "100%",
            fontName=font,
            fontSize=7,
            fillColor=colors.HexColor("#333333"),
        )
    )


def _legenda(
    d: Drawing,
    x: float,
    y: float,
    lebar: float,
    isi: Sequence[tuple[str, str, tuple | None]],
    font: str,
    garis: bool = False,
) -> float:
    """Colour keys in rows from (x, y) downwards; returns the y below them."""
    cx = x
    for teks, warna, putus in isi:
        w = 14 + stringWidth(teks, font, 7) + 10
        if cx + w > x + lebar and cx > x:
            cx, y = x, y - 11
        if garis:
            d.add(
                Line(
                    cx,
                    y + 2.5,
                    cx + 10,
                    y + 2.5,
                    strokeColor=colors.HexColor(warna),
                    strokeWidth=1.5,
                    strokeDashArray=putus,
                )
            )
        else:
            d.add(Rect(cx, y, 8, 6, fillColor=colors.HexColor(warna), strokeColor=None))
        d.add(String(cx + 13, y, teks, fontName=font, fontSize=7))
        cx += w
    return y - 11


def grafik_batang(
    batang: Sequence[Batang],
    legenda: Sequence[tuple[str, str]],
    lebar: float,
    tinggi: float,
    font: str,
    judul: str = "",
) -> Drawing:
    """Capaian per indicator as bars coloured by category, with the 100 % line."""
    d = Drawing(lebar, tinggi)
    ada = [float(b.nilai) for b in batang if b.nilai is not None]
    skala = skala_sumbu(ada)
    kiri, kanan, bawah, atas = 34.0, 26.0, 44.0, 18.0 if judul else 6.0
    if judul:
        d.add(String(lebar / 2, tinggi - 11, judul, fontName=font, fontSize=9, textAnchor="middle"))
    pw, ph = lebar - kiri - kanan, tinggi - bawah - atas
    _sumbu(d, kiri, bawah, pw, ph, skala, font)
    rendah, puncak, _ = skala
    n = max(len(batang), 1)
    slot = pw / n
    bw = min(slot * 0.7, 28)

    def ke_y(v: float) -> float:
        return bawah + (v - rendah) / (puncak - rendah) * ph

    nol = ke_y(0)
    for i, b in enumerate(batang):
        cx = kiri + slot * (i + 0.5)
        d.add(String(cx, bawah - 10, b.label, fontName=font, fontSize=7, textAnchor="middle"))
        if b.nilai is None:
            d.add(String(cx, nol + 2, "-", fontName=font, fontSize=7, textAnchor="middle"))
            continue
        y = ke_y(float(b.nilai))
        d.add(
            Rect(
                cx - bw / 2,
                min(nol, y),
                bw,
                abs(y - nol),
                fillColor=colors.HexColor(b.warna),
                strokeColor=colors.HexColor("#333333"),
                strokeWidth=0.3,
            )
        )
        if slot >= 22:
            teks = format_angka(b.nilai)
            d.add(String(cx, max(nol, y) + 2, teks, fontName=font, fontSize=6, textAnchor="middle"))
    _garis_100(d, kiri, bawah, pw, ph, skala, font)
    isi = [(t, w, None) for t, w in legenda] + [("tanpa capaian", WARNA_KOSONG, None)]
    _legenda(d, kiri, 10, pw, isi, font)
    return d


def grafik_garis(
    tahun: Sequence[int],
    seri: Sequence[tuple[str, Sequence[Decimal | None]]],
    lebar: float,
    tinggi: float,
    font: str,
    judul: str = "",
) -> Drawing:
    """One line per indicator across the years; a missing capaian leaves a gap."""
    d = Drawing(lebar, tinggi)
    ada = [float(v) for _, nilai in seri for v in nilai if v is not None]
    skala = skala_sumbu(ada)
    baris_legenda = 1 + (len(seri) * 40) // max(int(lebar - 60), 1)
    kiri, kanan, bawah, atas = 34.0, 26.0, 22.0 + 11 * baris_legenda, 18.0 if judul else 6.0
    if judul:
        d.add(String(lebar / 2, tinggi - 11, judul, fontName=font, fontSize=9, textAnchor="middle"))
    pw, ph = lebar - kiri - kanan, tinggi - bawah - atas
    _sumbu(d, kiri, bawah, pw, ph, skala, font)
    rendah, puncak, _ = skala
    n = len(tahun)

    def ke_x(i: int) -> float:
        return kiri + pw * ((i + 0.5) / n)

    def ke_y(v: float) -> float:
        return bawah + (v - rendah) / (puncak - rendah) * ph

    for i, th in enumerate(tahun):
        d.add(String(ke_x(i), bawah - 10, str(th), fontName=font, fontSize=7, textAnchor="middle"))
    kunci = []
    for k, (label, nilai) in enumerate(seri):
        warna = colors.HexColor(WARNA_GARIS[k % len(WARNA_GARIS)])
        putus = GARIS_PUTUS[(k // len(WARNA_GARIS)) % len(GARIS_PUTUS)]
        titik = [(ke_x(i), ke_y(float(v))) for i, v in enumerate(nilai) if v is not None]
        potong: list[list[float]] = []
        for i, v in enumerate(nilai):
            if v is None:
                potong.append([])
                continue
            if not potong:
                potong.append([])
            potong[-1] += [ke_x(i), ke_y(float(v))]
        for p in potong:
            if len(p) >= 4:
                d.add(PolyLine(p, strokeColor=warna, strokeWidth=1.4, strokeDashArray=putus))
        for x, y in titik:
            d.add(Circle(x, y, 2, fillColor=warna, strokeColor=None))
        kunci.append((label, WARNA_GARIS[k % len(WARNA_GARIS)], putus))
    _garis_100(d, kiri, bawah, pw, ph, skala, font)
    _legenda(d, kiri, bawah - 24, pw, kunci, font, garis=True)
    return d
