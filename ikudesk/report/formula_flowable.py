"""The formula as paper IKU sheets typeset it, drawn from ``formula.layout``'s tree.

Divisions are stacked fractions with the component descriptions above and below a rule; long
descriptions wrap to the cell width; a product or sum too wide for the cell continues on the
next line. Boxes are measured around a math axis (``naik`` above, ``turun`` below) so rules
and operators line up.
"""

from __future__ import annotations

from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

from ikudesk.domain import formula
from ikudesk.domain.formula import LAngka, LJumlah, LKali, LKurung, LLabel, LNeg, LNode, LPecahan

JEDA_OP = 3.5  # points either side of an operator
MIN_BAGIAN = 48.0  # narrowest a fraction may be squeezed before the row wraps instead


class _Kotak:
    w: float = 0
    naik: float = 0
    turun: float = 0

    @property
    def h(self) -> float:
        return self.naik + self.turun

    def gambar(self, c: Canvas, x: float, y: float) -> None:  # y: the axis
        raise NotImplementedError


class _Teks(_Kotak):
    def __init__(self, baris: list[str], font: str, ukuran: float) -> None:
        self.baris, self.font, self.ukuran = baris, font, ukuran
        self.lead = ukuran * 1.15
        self.lebar = [stringWidth(b, font, ukuran) for b in baris]
        self.w = max(self.lebar, default=0)
        self.naik = self.turun = len(baris) * self.lead / 2

    def gambar(self, c: Canvas, x: float, y: float) -> None:
        c.setFont(self.font, self.ukuran)
        atas = y + self.naik
        for i, (b, lb) in enumerate(zip(self.baris, self.lebar, strict=True)):
            dasar = atas - (i + 1) * self.lead + (self.lead - self.ukuran) / 2 + self.ukuran * 0.22
            c.drawString(x + (self.w - lb) / 2, dasar, b)


class _Pecahan(_Kotak):
    def __init__(self, atas: _Kotak, bawah: _Kotak, ukuran: float) -> None:
        self.atas, self.bawah = atas, bawah
        self.celah = ukuran * 0.18
        self.pad = ukuran * 0.2
        self.w = max(atas.w, bawah.w) + 2 * self.pad
        self.naik = atas.h + self.celah
        self.turun = bawah.h + self.celah

    def gambar(self, c: Canvas, x: float, y: float) -> None:
        self.atas.gambar(c, x + (self.w - self.atas.w) / 2, y + self.celah + self.atas.turun)
        self.bawah.gambar(c, x + (self.w - self.bawah.w) / 2, y - self.celah - self.bawah.naik)
        c.setLineWidth(0.6)
        c.line(x, y, x + self.w, y)


class _Baris(_Kotak):
    def __init__(self, isi: list[_Kotak]) -> None:
        self.isi = isi
        self.w = sum(k.w for k in isi)
        self.naik = max((k.naik for k in isi), default=0)
        self.turun = max((k.turun for k in isi), default=0)

    def gambar(self, c: Canvas, x: float, y: float) -> None:
        for k in self.isi:
            k.gambar(c, x, y)
            x += k.w


class _Tumpuk(_Kotak):
    """Lines of a row that did not fit: left-aligned, the axis in the middle of the stack."""

    def __init__(self, baris: list[_Kotak], jarak: float) -> None:
        self.baris, self.jarak = baris, jarak
        self.w = max(b.w for b in baris)
        tinggi = sum(b.h for b in baris) + jarak * (len(baris) - 1)
        self.naik = self.turun = tinggi / 2

    def gambar(self, c: Canvas, x: float, y: float) -> None:
        atas = y + self.naik
        for b in self.baris:
            b.gambar(c, x, atas - b.naik)
            atas -= b.h + self.jarak


class _Kurung(_Kotak):
    def __init__(self, isi: _Kotak, font: str, ukuran: float) -> None:
        self.isi, self.font, self.ukuran = isi, font, ukuran
        self.tinggi = isi.h > ukuran * 1.5
        self.lebar_kurung = ukuran * 0.45 if self.tinggi else stringWidth("(", font, ukuran)
        self.w = isi.w + 2 * self.lebar_kurung
        self.naik, self.turun = max(isi.naik, ukuran * 0.6), max(isi.turun, ukuran * 0.6)

    def gambar(self, c: Canvas, x: float, y: float) -> None:
        lk = self.lebar_kurung
        self.isi.gambar(c, x + lk, y)
        if not self.tinggi:
            c.setFont(self.font, self.ukuran)
            dasar = y - self.ukuran * 0.3
            c.drawString(x, dasar, "(")
            c.drawString(x + lk + self.isi.w, dasar, ")")
            return
        atas, bawah = y + self.naik, y - self.turun
        c.setLineWidth(0.6)
        for x0, arah in ((x + lk * 0.8, -1), (x + lk + self.isi.w + lk * 0.2, 1)):
            tepi = x0 + arah * lk * 0.6
            p = c.beginPath()
            p.moveTo(x0, atas)
            p.curveTo(
                tepi, atas - (atas - bawah) * 0.25, tepi, bawah + (atas - bawah) * 0.25, x0, bawah
            )
            c.drawPath(p, stroke=1, fill=0)


class _Penata:
    def __init__(self, font: str, ukuran: float) -> None:
        self.font, self.ukuran = font, ukuran

    def teks(self, s: str, maks: float | None = None) -> _Teks:
        baris = simpleSplit(s, self.font, self.ukuran, maks) if maks else [s]
        return _Teks(baris or [""], self.font, self.ukuran)

    def op(self, s: str) -> _Kotak:
        k = self.teks(s)
        # _Teks centres its text in its width: widening the box gives the same room either side.
        k.w += 2 * JEDA_OP
        return k

    def bangun(self, n: LNode, maks: float) -> _Kotak:
        maks = max(maks, MIN_BAGIAN / 2)
        match n:
            case LAngka() | LLabel():
                return self.teks(formula.teks_rumus(n), maks)
            case LPecahan(atas, bawah):
                dalam = maks - self.ukuran * 0.4
                return _Pecahan(self.bangun(atas, dalam), self.bangun(bawah, dalam), self.ukuran)
            case LKurung(isi):
                lk = self.ukuran * 0.9
                return _Kurung(self.bangun(isi, maks - lk), self.font, self.ukuran)
            case LNeg(isi):
                return self.deret([("−", isi)], maks, awalan_op=True)
            case LKali(faktor):
                return self.deret([("×" if i else "", f) for i, f in enumerate(faktor)], maks)
            case LJumlah(suku):
                return self.deret([(op.replace("-", "−"), s) for op, s in suku], maks)
        raise TypeError(f"bukan simpul tata letak: {n!r}")

    def deret(self, suku: list[tuple[str, LNode]], maks: float, awalan_op: bool = False) -> _Kotak:
        """Terms with operators between them; squeezed to fit, else one term per line."""
        ops = [self.op(o) if o else None for o, _ in suku]
        if awalan_op and ops[0] is not None:  # "−x": no space after a unary minus
            ops[0] = self.teks(suku[0][0])
        isi = [self.bangun(s, maks) for _, s in suku]
        lebar_op = sum(o.w for o in ops if o is not None)
        if lebar_op + sum(k.w for k in isi) <= maks:
            return _Baris(_gabung(ops, isi))
        # Shrink the wide parts (fractions, long labels) to share what is left.
        sempit = [i for i, (_, s) in enumerate(suku) if isinstance(s, LPecahan | LLabel | LKurung)]
        tetap = lebar_op + sum(k.w for i, k in enumerate(isi) if i not in sempit)
        if sempit:
            jatah = (maks - tetap) / len(sempit)
            if jatah >= MIN_BAGIAN:
                for i in sempit:
                    isi[i] = self.bangun(suku[i][1], jatah)
                if tetap + sum(isi[i].w for i in sempit) <= maks + 0.5:
                    return _Baris(_gabung(ops, isi))
        baris: list[_Kotak] = []
        for o, (_, s) in zip(ops, suku, strict=True):
            lo = o.w if o is not None else 0
            k = self.bangun(s, maks - lo)
            baris.append(_Baris([o, k]) if o is not None else k)
        return _Tumpuk(baris, self.ukuran * 0.3)


def _gabung(ops: list[_Kotak | None], isi: list[_Kotak]) -> list[_Kotak]:
    hasil: list[_Kotak] = []
    for o, k in zip(ops, isi, strict=True):
        if o is not None:
            hasil.append(o)
        hasil.append(k)
    return hasil


class FormulaFlowable(Flowable):
    """A typeset formula; its width follows the cell it is wrapped into."""

    def __init__(self, tata: LNode, font: str, ukuran: float) -> None:
        super().__init__()
        self.tata, self.font, self.ukuran = tata, font, ukuran
        self._kotak: _Kotak | None = None
        self._untuk: float = -1

    def _buat(self, lebar: float) -> _Kotak:
        if self._kotak is None or abs(self._untuk - lebar) > 0.01:
            self._kotak = _Penata(self.font, self.ukuran).bangun(self.tata, lebar)
            self._untuk = lebar
        return self._kotak

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        k = self._buat(availWidth)
        self.width, self.height = k.w, k.h + self.ukuran * 0.3
        return self.width, self.height

    def draw(self) -> None:
        k = self._buat(self._untuk if self._untuk > 0 else self.width)
        k.gambar(self.canv, 0, self.ukuran * 0.15 + k.turun)

    def teks(self) -> str:
        return formula.teks_rumus(self.tata)


def flowable_rumus(ekspresi: str, uraian: dict[str, str], satuan: str, font: str, ukuran: float):  # noqa: ANN201
    """The flowable for an indicator's expression, or None when it cannot be parsed.

    ``satuan`` and the formula's shape decide whether ``* 100`` prints as ``× 100%``
    (``formula.prints_as_percent``, which the window's preview uses too).
    """
    try:
        node = formula.parse(ekspresi, uraian.keys())
    except formula.FormulaError:
        return None
    persen = formula.prints_as_percent(node, satuan)
    return FormulaFlowable(formula.layout(node, uraian, persen=persen), font, ukuran)
