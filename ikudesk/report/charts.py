"""Charts of the yearly report, drawn with ReportLab's own graphics (vector, no new dependency).

One chart per indicator: over the years compared, its target against its realisasi (in its own
unit) and beside it its capaian (%) with the 100 % line. Drawn from shapes rather than
ReportLab's chart widgets so that a missing value is named (not a zero bar), labels use the
report's own formatters, and every element is placed by measuring: a label sits in its bar's
own slot, above the bar or, when it would cross the 100 % line, just above the line; labels
turn upright when the slot is too narrow for them and are left out when even that does not
fit. Nothing is drawn outside the drawing (the tests walk the shapes' bounds).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache
from typing import Any

from reportlab.graphics.shapes import Drawing, Group, Line, Rect, String
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from ikudesk.l10n import format_angka

UKURAN = 8.0  # the smallest type on a chart (axis, values, legend)
UKURAN_JUDUL = 9.0
JARAK_PANEL = 14.0
WARNA_100 = "#333333"
LEBAR_KUNCI = 10.0  # a legend's colour key


class Gambar(Drawing):
    """A Drawing that draws its few kinds of shapes (Rect, Line, String, a rotated Group)
    straight onto the canvas: ReportLab's generic renderer spends ten times as long on each
    shape, which tells with a chart per indicator (500 charts of ~90 shapes)."""

    def draw(self, showBoundary: object = None) -> None:  # noqa: N803 - ReportLab's name
        _gambar(self.canv, self)


def _gambar(c: Canvas, node: Group) -> None:
    for s in node.contents:
        if isinstance(s, Group):
            c.saveState()
            c.transform(*s.transform)
            _gambar(c, s)
            c.restoreState()
        elif isinstance(s, Rect):
            c.setFillColor(s.fillColor)
            c.rect(s.x, s.y, s.width, s.height, stroke=0, fill=1)
        elif isinstance(s, Line):
            c.setStrokeColor(s.strokeColor)
            c.setLineWidth(s.strokeWidth)
            c.setDash(list(s.strokeDashArray) if s.strokeDashArray else [])
            c.line(s.x1, s.y1, s.x2, s.y2)
        elif isinstance(s, String):
            c.setFillColor(s.fillColor)
            c.setFont(s.fontName, s.fontSize)
            tulis = {"middle": c.drawCentredString, "end": c.drawRightString}.get(
                s.textAnchor, c.drawString
            )
            tulis(s.x, s.y, s.text)
        else:  # only the shapes above are made here
            raise TypeError(f"bentuk grafik tidak dikenal: {type(s).__name__}")


_BAWAAN: dict[type, dict] = {}


@lru_cache(maxsize=256)
def _warna(hex_: str) -> colors.Color:
    return colors.HexColor(hex_)


def _bentuk(kelas: type, **isi: object) -> Any:
    """A shape with ``isi`` set over the defaults of a normally made one. ReportLab checks
    every attribute of every shape as it is set, which costs more than drawing it (500 charts
    of ~90 shapes); our values are numbers and colours made right here."""
    dasar = _BAWAAN.get(kelas)
    if dasar is None:
        contoh = {String: lambda: String(0, 0, ""), Group: Group}.get(
            kelas, lambda: kelas(0, 0, 0, 0)
        )()
        dasar = _BAWAAN[kelas] = dict(contoh.__dict__)
    bentuk: Any = object.__new__(kelas)
    bentuk.__dict__.update(dasar)
    bentuk.__dict__.update(isi)
    return bentuk


def _garis(
    x1: float, y1: float, x2: float, y2: float, warna: Any, tebal: float, putus: Any = None
) -> Line:
    return _bentuk(
        Line,
        x1=x1,
        y1=y1,
        x2=x2,
        y2=y2,
        strokeColor=warna,
        strokeWidth=tebal,
        strokeDashArray=putus,
    )


def _kotak(x: float, y: float, w: float, h: float, warna: Any) -> Rect:
    return _bentuk(Rect, x=x, y=y, width=w, height=h, fillColor=warna, strokeColor=None)


@dataclass(frozen=True)
class Seri:
    """One kind of bar over the years (target, realisasi, capaian)."""

    nama: str
    nilai: Sequence[Decimal | None]  # per year; None: no bar, the reason printed instead
    warna: Sequence[str]  # hex per year
    kosong: Sequence[str] = ()  # per year: what a missing value says ("belum diisi", …)


@dataclass(frozen=True)
class Panel:
    judul: str
    seri: Sequence[Seri]
    format: Callable[[Decimal], str]  # the tables' formatter of this kind of figure
    garis_100: bool = False
    legenda: Sequence[tuple[str, str, bool]] = ()  # (name, hex, a dashed line key?)


def potong_baris(teks: str, font: str, ukuran: float, lebar: float, maks: int) -> list[str]:
    """``teks`` in at most ``maks`` lines of ``lebar``: broken between words, a word longer
    than a line at a character; what does not fit ends in "…"."""
    baris: list[str] = []
    kini = ""
    kata = teks.split()
    while kata:
        w = kata.pop(0)
        coba = f"{kini} {w}" if kini else w
        if stringWidth(coba, font, ukuran) <= lebar:
            kini = coba
            continue
        if kini:
            baris.append(kini)
            kini = ""
            kata.insert(0, w)
            continue
        # one word wider than the line: cut it where it fills the line
        n = len(w)
        while n > 1 and stringWidth(w[:n], font, ukuran) > lebar:
            n -= 1
        baris.append(w[:n])
        kata.insert(0, w[n:])
    if kini:
        baris.append(kini)
    if len(baris) <= maks:
        return baris
    akhir = baris[maks - 1]
    while akhir and stringWidth(akhir + "…", font, ukuran) > lebar:
        akhir = akhir[:-1]
    return [*baris[: maks - 1], akhir.rstrip() + "…"]


def skala(nilai: Sequence[float], dengan_100: bool) -> tuple[float, float, float]:
    """(low, high, step): 0 always shown (and 100 for capaian), in round steps."""
    rendah = min([0.0, *nilai])
    tinggi = max([100.0 if dengan_100 else 0.0, *nilai])
    if tinggi - rendah <= 0:
        tinggi = rendah + 100  # nothing to show yet: a plain 0–100 axis
    mentah = (tinggi - rendah) / 5
    pangkat = 10 ** math.floor(math.log10(mentah))
    langkah = next(k * pangkat for k in (1, 2, 2.5, 5, 10) if k * pangkat >= mentah)
    return (
        math.floor(rendah / langkah) * langkah,
        math.ceil(tinggi / langkah) * langkah,
        langkah,
    )


@lru_cache(maxsize=8192)
def _format(f: Callable[[Decimal], str], v: Decimal) -> str:
    """``f(v)`` remembered: the l10n formatters are pure (equal values print alike) and cost
    most of a chart's making when 500 charts label the same steps and values."""
    return f(v)


def _teks(
    x: float, y: float, teks: str, font: str, ukuran: float = UKURAN, anchor: str = "start"
) -> String:
    return _bentuk(String, x=x, y=y, text=teks, fontName=font, fontSize=ukuran, textAnchor=anchor)


def _tegak(cx: float, y: float, teks: str, font: str) -> Group:
    """Text reading upwards from y, centred on cx."""
    # (a new list of contents for each: the defaults' list is not shared)
    return _bentuk(
        Group, contents=[_teks(0, 0, teks, font)], transform=(0, 1, -1, 0, cx + 0.4 * UKURAN, y)
    )


def _tinggi_legenda(isi: Sequence[tuple[str, str, bool]], font: str, lebar: float) -> float:
    return _legenda(None, 0, 0, lebar, isi, font)


def _legenda(
    d: Drawing | None,
    x: float,
    y: float,
    lebar: float,
    isi: Sequence[tuple[str, str, bool]],
    font: str,
) -> float:
    """Keys in rows from the top y downwards (names cut to the width); returns the height."""
    if not isi:
        return 0.0
    baris = 1.35 * UKURAN
    cx, cy = x, y - UKURAN
    for nama, warna, garis in isi:
        ruang = lebar - LEBAR_KUNCI - 3
        teks = potong_baris(nama, font, UKURAN, ruang, 1)[0]
        w = LEBAR_KUNCI + 3 + stringWidth(teks, font, UKURAN)
        if cx > x and cx + w > x + lebar:
            cx, cy = x, cy - baris
        if d is not None:
            if garis:
                d.contents.append(
                    _garis(cx, cy + 2.5, cx + LEBAR_KUNCI, cy + 2.5, _warna(warna), 1, (3, 2))
                )
            else:
                d.contents.append(_kotak(cx, cy, LEBAR_KUNCI, 6, _warna(warna)))
            d.contents.append(_teks(cx + LEBAR_KUNCI + 3, cy, teks, font))
        cx += w + 10
    return y - cy + 0.2 * UKURAN + 2


def legenda(isi: Sequence[tuple[str, str, bool]], lebar: float, font: str) -> Drawing:
    """A legend on its own (the category colours shared by every chart)."""
    h = _tinggi_legenda(isi, font, lebar)
    d = Gambar(lebar, h)
    d.initialFontName = font
    _legenda(d, 0, h, lebar, isi, font)
    return d


def _panel(
    d: Drawing,
    x: float,
    y: float,
    lebar: float,
    tinggi: float,
    tahun: Sequence[int],
    p: Panel,
    font: str,
    font_tebal: str,
) -> None:
    """One panel in the box (x, y, lebar, tinggi): its title, legend, axes, bars and labels."""
    atas = y + tinggi
    judul = potong_baris(p.judul, font_tebal, UKURAN, lebar, 1)[0]
    d.contents.append(_teks(x, atas - UKURAN, judul, font_tebal))
    atas -= 1.4 * UKURAN
    h_leg = _legenda(d, x, atas, lebar, p.legenda, font)
    atas -= h_leg + 2
    ada = [float(v) for s in p.seri for v in s.nilai if v is not None]
    rendah, puncak, langkah = skala(ada, p.garis_100)
    ticks = []
    v = rendah
    while v <= puncak + langkah * 1e-6:
        ticks.append(v)
        v += langkah
    tick_teks = [_format(format_angka, Decimal(str(round(t, 10)))) for t in ticks]
    kiri = x + max(stringWidth(t, font, UKURAN) for t in tick_teks) + 6
    kanan = x + lebar - (stringWidth("100%", font, UKURAN) + 4 if p.garis_100 else 2)
    bawah = y + 1.2 * UKURAN + 4  # the years under the plot
    pw = kanan - kiri
    n, ns = len(tahun), max(len(p.seri), 1)
    grup = pw / max(n, 1)
    slot = grup * 0.96 / ns
    bw = min(slot * 0.75, 30.0)
    label: list[list[str]] = []
    for s in p.seri:
        label.append(
            [
                _format(p.format, v)
                if v is not None
                else (s.kosong[i] if i < len(s.kosong) else "-")
                for i, v in enumerate(s.nilai)
            ]
        )
    # each label upright only when it is too wide for its slot lying; none when even upright
    # it is not (the tables carry every figure)
    arah: list[list[tuple[bool, float] | None]] = []
    for row in label:
        baris_arah: list[tuple[bool, float] | None] = []
        for t in row:
            w = stringWidth(t, font, UKURAN)
            if w <= slot - 1:
                baris_arah.append((False, 1.2 * UKURAN))
            elif slot - 0.2 >= 1.2 * UKURAN:
                baris_arah.append((True, w))
            else:
                baris_arah.append(None)
        arah.append(baris_arah)

    def letak(lantai: float, langit: float) -> list[tuple[int, int, float, float]]:
        """(series, year, bottom, height) of every label for this plot height."""

        def ke_y(v: float) -> float:
            return lantai + (v - rendah) / (puncak - rendah) * (langit - lantai)

        nol, y100 = ke_y(0), ke_y(100) if p.garis_100 else None
        hasil = []
        for k, s in enumerate(p.seri):
            for i, nilai in enumerate(s.nilai):
                a = arah[k][i]
                if a is None:
                    continue
                h = a[1]
                if nilai is not None and float(nilai) < 0:
                    dasar = min(nol, ke_y(float(nilai))) - 2 - h
                else:
                    dasar = (max(nol, ke_y(float(nilai))) if nilai is not None else nol) + 2
                    if y100 is not None and dasar - 1 < y100 < dasar + h + 1:
                        dasar = y100 + 2  # clear of the 100 % line, still above its bar
                hasil.append((k, i, dasar, h))
        return hasil

    # the plot shrinks until every label (and the "100%" beside its line) is inside it
    lantai, langit = bawah, atas - 2
    ada_label = True
    for _ in range(6):
        pos = letak(lantai, langit)
        garis = lantai + (100 - rendah) / (puncak - rendah) * (langit - lantai)
        puncak_label = max([dasar + h for _, _, dasar, h in pos] + [langit])
        if p.garis_100:
            puncak_label = max(puncak_label, garis + 0.65 * UKURAN + 1)
        dasar_label = min([dasar for _, _, dasar, _ in pos] + [lantai])
        lebih, kurang = puncak_label - (atas - 1), (bawah + 1) - dasar_label
        if lebih <= 0.01 and kurang <= 0.01:
            break
        langit -= max(lebih, 0) + 0.5
        lantai += max(kurang, 0) + 0.5
    else:
        ada_label = False
    if langit - lantai < 30:  # a chart too small for its labels keeps its bars
        ada_label, lantai, langit = False, bawah, atas - 0.65 * UKURAN - 2
        pos = []

    def ke_y(v: float) -> float:
        return lantai + (v - rendah) / (puncak - rendah) * (langit - lantai)

    # axes: the value axis with its ticks, the zero line, the years
    abu = _warna("#555555")
    d.contents.append(_garis(kiri, ke_y(rendah), kiri, ke_y(puncak), abu, 0.6))
    jarak_tick = ke_y(rendah + langkah) - ke_y(rendah)
    tiap = 1 if jarak_tick >= 1.3 * UKURAN else math.ceil(1.3 * UKURAN / max(jarak_tick, 0.1))
    for i, (tick, teks) in enumerate(zip(ticks, tick_teks, strict=True)):
        ty = ke_y(tick)
        d.contents.append(_garis(kiri - 3, ty, kiri, ty, abu, 0.6))
        if i % tiap == 0:
            d.contents.append(_teks(kiri - 5, ty - 0.35 * UKURAN, teks, font, anchor="end"))
    nol = ke_y(0)
    d.contents.append(_garis(kiri, nol, kanan, nol, abu, 0.6))
    # the years under their groups; every other (third, …) one when they would touch
    lebar_tahun = max((stringWidth(str(th), font, UKURAN) for th in tahun), default=0.0)
    tiap_tahun = max(1, math.ceil((lebar_tahun + 2) / max(grup, 0.1)))
    for i, th in enumerate(tahun):
        if i % tiap_tahun == 0:
            d.contents.append(
                _teks(kiri + grup * (i + 0.5), y + 0.2 * UKURAN, str(th), font, anchor="middle")
            )
    if p.garis_100:
        y100 = ke_y(100)
        d.contents.append(_garis(kiri, y100, kanan, y100, _warna(WARNA_100), 0.8, (3, 2)))
        d.contents.append(_teks(kanan + 2, y100 - 0.35 * UKURAN, "100%", font))
    # bars, then their labels, each in its own slot
    for k, s in enumerate(p.seri):
        for i, nilai in enumerate(s.nilai):
            if nilai is None:
                continue
            cx = kiri + grup * i + grup * 0.02 + slot * (k + 0.5)
            yv = ke_y(float(nilai))
            warna = s.warna[i] if i < len(s.warna) else s.warna[-1]
            d.contents.append(
                _kotak(cx - bw / 2, min(nol, yv), bw, max(abs(yv - nol), 0.01), _warna(warna))
            )
    if not ada_label:
        return
    for k, i, dasar, _ in pos:
        cx = kiri + grup * i + grup * 0.02 + slot * (k + 0.5)
        tegak = (a := arah[k][i]) is not None and a[0]
        if tegak:
            d.contents.append(_tegak(cx, dasar, label[k][i], font))
        else:
            d.contents.append(_teks(cx, dasar + 0.2 * UKURAN, label[k][i], font, anchor="middle"))


def grafik_indikator(
    judul: str,
    tahun: Sequence[int],
    panel: Sequence[Panel],
    lebar: float,
    tinggi: float,
    font: str,
    font_tebal: str,
) -> Drawing:
    """A numbered chart: its title (at most two lines) over panels side by side."""
    return _grafik_indikator(judul, tahun, panel, lebar, tinggi, font, font_tebal)


def _grafik_indikator(
    judul: str,
    tahun: Sequence[int],
    panel: Sequence[Panel],
    lebar: float,
    tinggi: float,
    font: str,
    font_tebal: str,
) -> Drawing:
    d = Gambar(lebar, tinggi)
    d.initialFontName = font  # never the renderer's default (Helvetica, not embedded)
    d.initialFontSize = UKURAN
    baris = potong_baris(judul, font_tebal, UKURAN_JUDUL, lebar, 2)
    y = tinggi
    for b in baris:
        y -= 1.2 * UKURAN_JUDUL
        d.contents.append(_teks(0, y + 0.2 * UKURAN_JUDUL, b, font_tebal, UKURAN_JUDUL))
    # two title lines' room always, so the panels of charts side by side line up
    y = tinggi - 2 * 1.2 * UKURAN_JUDUL - 6
    n = max(len(panel), 1)
    w = (lebar - JARAK_PANEL * (n - 1)) / n
    for i, p in enumerate(panel):
        _panel(d, i * (w + JARAK_PANEL), 0, w, y, tahun, p, font, font_tebal)
    return d
