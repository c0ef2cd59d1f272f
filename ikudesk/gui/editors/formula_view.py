"""A preview of an indicator's formula as the printed sheet typesets it.

Draws ``formula.layout(...)``: a division as a stacked fraction with the components' uraian
above and below a rule, products joined by ``×``, a trailing ``× 100%``; long labels wrap.
Each node becomes a box (width, height, axis) and boxes in a row are aligned on their axis,
the line a fraction's rule sits on, so nested fractions line up the way they do on paper.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPainterPath, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from ikudesk.domain import formula
from ikudesk.domain.formula import LAngka, LJumlah, LKali, LKurung, LLabel, LNeg, LNode, LPecahan

__all__ = ["FormulaView", "LEBAR_LABEL"]

#: Widest a component label may be before it wraps, in pixels (about 40 characters).
LEBAR_LABEL = 280
_MARGIN = 6
_JARAK_GARIS = 3  # space between a fraction's rule and its numerator / denominator
_LEBIH_GARIS = 4  # the rule sticks out this far on each side

_Lukis = Callable[[QPainter, float, float], None]


@dataclass
class _Kotak:
    """A laid-out piece: size, the axis (from the top) rows align on, and how to paint it."""

    w: float
    h: float
    axis: float
    lukis: _Lukis


class _Penata:
    """Turns a layout tree into boxes for one font."""

    def __init__(self, font: QFont, lebar_label: int) -> None:
        self.font = font
        self.fm = QFontMetrics(font)
        self.lebar_label = lebar_label

    def teks(self, s: str) -> _Kotak:
        w = self.fm.horizontalAdvance(s)
        h = self.fm.height()
        asc = self.fm.ascent()

        def lukis(p: QPainter, x: float, y: float) -> None:
            p.drawText(QPointF(x, y + asc), s)

        return _Kotak(w, h, h / 2, lukis)

    def label(self, s: str) -> _Kotak:
        if self.fm.horizontalAdvance(s) <= self.lebar_label:
            return self.teks(s)
        flags = int(Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignHCenter)
        r = self.fm.boundingRect(QRect(0, 0, self.lebar_label, 100_000), flags, s)
        w, h = r.width(), r.height()

        def lukis(p: QPainter, x: float, y: float) -> None:
            p.drawText(QRectF(x, y, w, h), flags, s)

        return _Kotak(w, h, h / 2, lukis)

    def baris(self, bagian: list[_Kotak]) -> _Kotak:
        """Boxes side by side, aligned on their axis."""
        atas = max(k.axis for k in bagian)
        bawah = max(k.h - k.axis for k in bagian)
        w = sum(k.w for k in bagian)

        def lukis(p: QPainter, x: float, y: float) -> None:
            for k in bagian:
                k.lukis(p, x, y + atas - k.axis)
                x += k.w

        return _Kotak(w, atas + bawah, atas, lukis)

    def kurung(self, isi: _Kotak) -> _Kotak:
        # Parentheses as drawn arcs, so they stretch around a tall fraction.
        lebar = max(5.0, min(10.0, isi.h / 6))
        w = isi.w + 2 * lebar + 2
        h = isi.h

        def lukis(p: QPainter, x: float, y: float) -> None:
            for kiri in (True, False):
                x0 = x + (1 if kiri else w - 1)
                x1 = x0 + (lebar - 1 if kiri else -(lebar - 1))
                path = QPainterPath(QPointF(x0 + (x1 - x0) * 0.9, y + 1))
                path.quadTo(QPointF(x0, y + h / 2), QPointF(x0 + (x1 - x0) * 0.9, y + h - 1))
                p.drawPath(path)
            isi.lukis(p, x + lebar + 1, y)

        return _Kotak(w, h, isi.axis, lukis)

    def pecahan(self, atas: _Kotak, bawah: _Kotak) -> _Kotak:
        w = max(atas.w, bawah.w) + 2 * _LEBIH_GARIS
        garis = atas.h + _JARAK_GARIS
        h = garis + 1 + _JARAK_GARIS + bawah.h

        def lukis(p: QPainter, x: float, y: float) -> None:
            atas.lukis(p, x + (w - atas.w) / 2, y)
            p.drawLine(QPointF(x, y + garis + 0.5), QPointF(x + w, y + garis + 0.5))
            bawah.lukis(p, x + (w - bawah.w) / 2, y + garis + 1 + _JARAK_GARIS)

        return _Kotak(w, h, garis, lukis)

    def tata(self, node: LNode) -> _Kotak:
        match node:
            case LAngka():
                return self.teks(formula.teks_rumus(node))
            case LLabel(_, teks, tahun_lalu):
                return self.label(teks + (" tahun sebelumnya" if tahun_lalu else ""))
            case LPecahan(atas, bawah):
                return self.pecahan(self.tata(atas), self.tata(bawah))
            case LKali(faktor):
                bagian: list[_Kotak] = []
                for i, f in enumerate(faktor):
                    if i:
                        bagian.append(self.teks(" × "))
                    bagian.append(self.tata(f))
                return self.baris(bagian)
            case LJumlah(suku):
                bagian = []
                for op, isi in suku:
                    if op:
                        bagian.append(self.teks(f" {'−' if op == '-' else op} "))
                    bagian.append(self.tata(isi))
                return self.baris(bagian)
            case LKurung(isi):
                return self.kurung(self.tata(isi))
            case LNeg(isi):
                return self.baris([self.teks("−"), self.tata(isi)])
        raise TypeError(f"bukan simpul tata letak: {node!r}")


class FormulaView(QWidget):
    """Paints one formula layout tree; shows ``teks_kosong`` when there is none."""

    def __init__(self, parent: QWidget | None = None, lebar_label: int = LEBAR_LABEL) -> None:
        super().__init__(parent)
        self._lnode: LNode | None = None
        self._lebar_label = lebar_label
        self._kotak: _Kotak | None = None
        self.teks_kosong = "Tanpa rumus: realisasi diisi langsung."
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.setBackgroundRole(QPalette.ColorRole.Base)
        self.setAutoFillBackground(True)

    @property
    def lnode(self) -> LNode | None:
        return self._lnode

    def atur(self, lnode: LNode | None) -> None:
        """Show ``lnode`` (``formula.layout(...)``), or the empty text for None."""
        self._lnode = lnode
        self._kotak = None
        self.updateGeometry()
        self.update()

    def atur_kosong(self, teks: str) -> None:
        self.teks_kosong = teks
        if self._lnode is None:
            self.updateGeometry()
            self.update()

    def _tata(self) -> _Kotak:
        if self._kotak is None:
            penata = _Penata(self.font(), self._lebar_label)
            if self._lnode is None:
                self._kotak = penata.label(self.teks_kosong)
            else:
                self._kotak = penata.tata(self._lnode)
        return self._kotak

    def changeEvent(self, event) -> None:  # noqa: ANN001 - Qt's event type varies
        # A new font means new measurements.
        self._kotak = None
        super().changeEvent(event)

    def sizeHint(self) -> QSize:
        k = self._tata()
        return QSize(int(k.w + 0.999) + 2 * _MARGIN, int(k.h + 0.999) + 2 * _MARGIN)

    def minimumSizeHint(self) -> QSize:
        return QSize(self.sizeHint().width() // 2, self.sizeHint().height())

    def paintEvent(self, event: QPaintEvent) -> None:
        k = self._tata()
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.setFont(self.font())
        warna = self.palette().color(
            QPalette.ColorRole.PlaceholderText if self._lnode is None else QPalette.ColorRole.Text
        )
        p.setPen(QPen(warna, 1))
        x = max(float(_MARGIN), (self.width() - k.w) / 2) if self._lnode is not None else _MARGIN
        k.lukis(p, x, max(float(_MARGIN), (self.height() - k.h) / 2))
        p.end()
