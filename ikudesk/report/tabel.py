"""A bordered table that breaks across pages on its own terms.

ReportLab's Table splits spanned cells imperfectly. This flowable measures every row itself and,
when the page is full, closes the current page's piece as an ordinary ``Table`` whose spans stay
inside the page; the next piece starts with the headings again and states the tujuan / sasaran
text again, marked "(lanjutan)". A row taller than what is left of a page is cut inside its
cells here too (not by ReportLab, which leaves the continuation's No / Sasaran / Indikator
cells blank): the continuation restates them. It also keeps its last row with what follows
(the signature block), so that block is never alone on a page.
"""

from __future__ import annotations

from collections.abc import Hashable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TypeAlias

from reportlab.lib import colors
from reportlab.platypus import Flowable, PageBreak, Table, TableStyle

PAD_X = 3.0
PAD_Y = 2.5
GARIS = 0.5
MIN_POTONG = 40.0  # a tall row starts on this page only when this much of it fits here

Sel: TypeAlias = list[Flowable] | Flowable | str | None


@dataclass
class Baris:
    """One table row. ``kunci[c]``: rows in a run with equal keys share one cell in column c."""

    sel: Sequence[Sel]
    kunci: dict[int, Hashable] = field(default_factory=dict)
    kelompok: Flowable | None = None  # a full-width group row instead of cells
    # What a continuation on the next page shows in column c instead of a blank cell (the
    # number, the sasaran and indicator text marked "(lanjutan)"); columns not named stay blank.
    lanjutan: Mapping[int, Sel] = field(default_factory=dict)
    # A closing row (Jumlah, Rata-rata): never starts a page, so it keeps at least the row above
    # (down to a data row) and the repeated headings with it.
    ikat: bool = False


@dataclass
class Kepala:
    """The heading rows, repeated on every page."""

    baris: list[list[Sel]]
    span: list[tuple[int, int, int, int]]  # (col0, row0, col1, row1)
    gaya: list[tuple] = field(default_factory=list)


def _daftar(sel: Sel) -> list[Flowable]:
    if sel is None or isinstance(sel, str):
        return []
    return sel if isinstance(sel, list) else [sel]


def _tinggi(sel: Sel, lebar: float) -> float:
    h = 0.0
    for f in _daftar(sel):
        _, fh = f.wrap(lebar - 2 * PAD_X, 1e6)
        h += fh + f.getSpaceBefore() + f.getSpaceAfter()
    return h + 2 * PAD_Y


def _tinggi_kepala(kepala: Kepala, lebar: Sequence[float]) -> list[float]:
    n = len(kepala.baris)
    tinggi = [0.0] * n
    cakup: dict[tuple[int, int], tuple[int, int, int, int]] = {}
    for c0, r0, c1, r1 in kepala.span:
        cakup[(c0, r0)] = (c0, r0, c1, r1)
    tunda = []
    for r, baris in enumerate(kepala.baris):
        for c, sel in enumerate(baris):
            c0, r0, c1, r1 = cakup.get((c, r), (c, r, c, r))
            h = _tinggi(sel, sum(lebar[c0 : c1 + 1]))
            if r1 == r0:
                tinggi[r] = max(tinggi[r], h)
            else:
                tunda.append((r0, r1, h))
    for r0, r1, h in tunda:
        kurang = h - sum(tinggi[r0 : r1 + 1])
        if kurang > 0:
            tinggi[r1] += kurang
    return tinggi


class TabelBerpotong(Flowable):
    def __init__(
        self,
        kepala: Kepala,
        lebar: Sequence[float],
        baris: Sequence[Baris],
        *,
        tinggi_ekor: float = 0.0,
        tinggi_halaman: float = 0.0,
        font: str = "Times-Roman",
        _ukur: tuple | None = None,
    ) -> None:
        super().__init__()
        self.kepala, self.lebar, self.baris = kepala, list(lebar), list(baris)
        self.tinggi_ekor = tinggi_ekor
        self.font = font
        self.tinggi_halaman = tinggi_halaman  # the frame's height: rows taller are cut inside
        if _ukur is None:
            _ukur = (_tinggi_kepala(kepala, self.lebar), [self._ukur_baris(b) for b in self.baris])
        self._h_kepala, self._ukuran = _ukur
        self.width = sum(self.lebar)

    # -- measuring
    def _ukur_baris(self, b: Baris) -> tuple[float, dict[int, float]]:
        if b.kelompok is not None:
            return _tinggi(b.kelompok, self.width_total()), {}
        alami = 2 * PAD_Y
        rentang: dict[int, float] = {}
        for c, sel in enumerate(b.sel):
            h = _tinggi(sel, self.lebar[c])
            if c in b.kunci:
                rentang[c] = h
            else:
                alami = max(alami, h)
        return alami, rentang

    def width_total(self) -> float:
        return sum(self.lebar)

    def _tinggi_potongan(self, i: int, j: int) -> list[float]:
        hs = [self._ukuran[r][0] for r in range(i, j)]
        kolom = {c for r in range(i, j) for c in self.baris[r].kunci}
        for c in kolom:
            awal = i
            for r in range(i + 1, j + 1):
                if r < j and self.baris[r].kunci.get(c) == self.baris[awal].kunci.get(c):
                    continue
                if c in self.baris[awal].kunci:  # the run awal..r-1 ends here
                    kurang = self._ukuran[awal][1].get(c, 0) - sum(hs[awal - i : r - i])
                    if kurang > 0:
                        hs[r - 1 - i] += kurang
                awal = r
        return hs

    # -- Flowable protocol
    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        total = sum(self._h_kepala) + sum(self._tinggi_potongan(0, len(self.baris)))
        self.height = total
        if total <= availHeight < total + self.tinggi_ekor and len(self.baris) > 1:
            # Fits, but what must follow would not: ask to be split so rows go along with it.
            return self.width, availHeight + 1
        return self.width, total

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803
        sisa = availHeight - sum(self._h_kepala)
        n = len(self.baris)
        j, dipakai = 0, 0.0
        hs: list[float] = []
        while j < n:
            hs = self._tinggi_potongan(0, j + 1)
            if sum(hs) > sisa:
                break
            j += 1
            dipakai = sum(hs)
        if j == n and dipakai + self.tinggi_ekor > sisa:
            # The last row goes to the next page with the signature block, never onto this
            # page again under repeated headings (with the closing rows, the data row above them).
            k = self._awal_ikatan(n - 1)
            if k == 0 and not self._muat_segar(0, n, self.tinggi_ekor):
                k = n - 1  # together they never fit a page: the last row alone goes on
            if k == 0:
                return []
            return [self._tabel(0, k), PageBreak(), self._sisa(k)]
        if j < n and self._terlalu_tinggi(j):
            # The next row is taller than a whole page: cut it inside its cells, starting right
            # here when a useful part fits, else at the top of the next page.
            ruang = sisa - dipakai
            if ruang >= MIN_POTONG or j == 0:
                potongan = self._potong_pas(j, ruang, sisa)
                if potongan is not None:
                    depan, belakang = potongan
                    # the rest always starts on the next page, under the headings again
                    return [depan._tabel(0, j + 1), PageBreak(), belakang]
                if j == 0:
                    return []
        while 0 < j < n and self.baris[j - 1].kelompok is not None:
            j -= 1  # a group row never ends a page (nor fills one): it heads the rows below
        if 0 < j < n:
            k = self._awal_ikatan(j)
            m = j
            while m < n and self.baris[m].ikat:
                m += 1
            if k > 0 or self._muat_segar(k, m):
                j = k  # (else they never fit a page together: the page ends where it is full)
        if j == 0:
            return []
        return [self._tabel(0, j), self._sisa(j)]

    def _awal_ikatan(self, j: int) -> int:
        """Where a page may end at the latest so that row j starts the next one: before the
        data row above j's closing rows when j is one of them."""
        if not self.baris[j].ikat:
            return j
        while j > 0 and self.baris[j].ikat:
            j -= 1
        return j

    def _muat_segar(self, i: int, j: int, tambah: float = 0.0) -> bool:
        """Whether rows i..j-1 (and ``tambah``) surely fit a fresh page under the headings
        (and a caption: a quarter of the page is left for it), so moving them on cannot fail."""
        if self.tinggi_halaman <= 0:
            return True
        tinggi = sum(self._h_kepala) + sum(self._tinggi_potongan(i, j)) + tambah
        return tinggi <= self.tinggi_halaman * 0.75

    def _terlalu_tinggi(self, i: int) -> bool:
        if self.tinggi_halaman <= 0:
            return False
        return sum(self._h_kepala) + sum(self._tinggi_potongan(i, i + 1)) > self.tinggi_halaman

    def _sisa(self, j: int) -> TabelBerpotong:
        """The rows from j on, for the next page; a run cut by the page says "(lanjutan)"."""
        b = self.baris[j]
        sebelum = self.baris[j - 1] if j > 0 else None
        sambung = {
            c
            for c, k in b.kunci.items()
            if sebelum is not None and sebelum.kunci.get(c) == k and c in b.lanjutan
        }
        if not sambung:
            return self._dengan(self.baris[j:], self._ukuran[j:])
        pertama = Baris(
            [b.lanjutan[c] if c in sambung else sel for c, sel in enumerate(b.sel)],
            b.kunci,
            b.kelompok,
            b.lanjutan,
        )
        return self._dengan([pertama, *self.baris[j + 1 :]], [None, *self._ukuran[j + 1 :]])

    def _dengan(
        self, baris: list[Baris], ukuran: Sequence[tuple[float, dict[int, float]] | None]
    ) -> TabelBerpotong:
        """A table of the same columns holding ``baris``, measured as ``ukuran`` says (None:
        a new row, measured here)."""
        baru = [
            u if u is not None else self._ukur_baris(b) for b, u in zip(baris, ukuran, strict=True)
        ]
        return TabelBerpotong(
            self.kepala,
            self.lebar,
            baris,
            tinggi_ekor=self.tinggi_ekor,
            tinggi_halaman=self.tinggi_halaman,
            font=self.font,
            _ukur=(self._h_kepala, baru),
        )

    def _potong_pas(
        self, j: int, ruang: float, sisa: float
    ) -> tuple[TabelBerpotong, TabelBerpotong] | None:
        """Rows 0..j with row j cut to fill the page (``sisa`` below the headings), and the
        rest. ``ruang`` is a first guess: the rows before j may share a spanned cell with row j,
        so the guess is corrected once by what the piece really measures."""
        pilihan: tuple[TabelBerpotong, Baris] | None = None
        for _ in range(3):
            bagian = self._potong(j, ruang)
            if bagian is None:
                break
            atas, bawah = bagian
            depan = self._dengan(self.baris[:j] + [atas], [*self._ukuran[:j], None])
            lebih = sisa - sum(depan._tinggi_potongan(0, j + 1))
            if lebih >= 0:
                pilihan = (depan, bawah)  # fits: the best so far (each try fills more)
                if lebih < MIN_POTONG / 2:
                    break
            ruang += lebih if lebih >= 0 else lebih - 2
        if pilihan is None:
            return None
        depan, bawah = pilihan
        belakang = self._dengan([bawah, *self.baris[j + 1 :]], [None, *self._ukuran[j + 1 :]])
        return depan, belakang

    def _potong(self, j: int, ruang: float) -> tuple[Baris, Baris] | None:
        """Row j cut so its first part is at most ``ruang`` high; None when nothing fits."""
        b = self.baris[j]
        if b.kelompok is not None:
            return None
        batas = ruang - 2 * PAD_Y - 1  # 1 pt for rounding in ReportLab's own measuring
        atas: list[Sel] = []
        bawah: list[Sel] = []
        ada = False
        for c, sel in enumerate(b.sel):
            depan, sisa = _potong_sel(sel, self.lebar[c] - 2 * PAD_X, batas)
            ada = ada or bool(depan)
            atas.append(depan if depan else ("" if sisa else sel))
            if sisa:
                bawah.append(sisa)
            elif c in b.lanjutan:
                bawah.append(b.lanjutan[c])
            else:
                bawah.append(None)
        if not ada:
            return None
        return Baris(atas, b.kunci, None, b.lanjutan), Baris(bawah, b.kunci, None, b.lanjutan)

    def draw(self) -> None:
        t = self._tabel(0, len(self.baris))
        t.wrapOn(self.canv, self.width, self.height)
        t.drawOn(self.canv, 0, 0)

    # -- one page's piece as a ReportLab Table
    def _tabel(self, i: int, j: int) -> Table:
        nk = len(self.kepala.baris)
        data: list[list[Sel]] = [list(b) for b in self.kepala.baris]
        gaya: list[tuple] = [
            ("GRID", (0, 0), (-1, -1), GARIS, colors.black),
            ("FONTNAME", (0, 0), (-1, -1), self.font),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("VALIGN", (0, 0), (-1, nk - 1), "MIDDLE"),
            ("LEFTPADDING", (0, 0), (-1, -1), PAD_X),
            ("RIGHTPADDING", (0, 0), (-1, -1), PAD_X),
            ("TOPPADDING", (0, 0), (-1, -1), PAD_Y),
            ("BOTTOMPADDING", (0, 0), (-1, -1), PAD_Y),
            ("BACKGROUND", (0, 0), (-1, nk - 1), colors.Color(0.92, 0.92, 0.92)),
        ]
        gaya += [("SPAN", (c0, r0), (c1, r1)) for c0, r0, c1, r1 in self.kepala.span]
        gaya += self.kepala.gaya
        ncol = len(self.lebar)
        awal_grup: dict[int, int] = {}
        for r in range(i, j):
            b = self.baris[r]
            rr = nk + r - i
            if b.kelompok is not None:
                data.append([b.kelompok] + [""] * (ncol - 1))
                gaya.append(("SPAN", (0, rr), (-1, rr)))
                awal_grup.clear()
                continue
            isi: list[Sel] = []
            for c, sel in enumerate(b.sel):
                if c in b.kunci:
                    a = awal_grup.get(c)
                    if a is not None and self.baris[a].kunci.get(c) == b.kunci[c]:
                        isi.append("")
                        gaya.append(("SPAN", (c, nk + a - i), (c, rr)))
                        continue
                    awal_grup[c] = r
                isi.append(sel if sel is not None else "")
            data.append(isi)
        tinggi = list(self._h_kepala) + self._tinggi_potongan(i, j)
        return Table(
            data,
            colWidths=self.lebar,
            rowHeights=tinggi,
            style=TableStyle(_spans_terakhir(gaya)),
            repeatRows=0,
        )


def _spans_terakhir(gaya: list[tuple]) -> list[tuple]:
    """Keep only the widest SPAN per start cell (a run adds one SPAN per row)."""
    span: dict[tuple, tuple] = {}
    lain = []
    for g in gaya:
        if g[0] == "SPAN":
            span[g[1]] = g  # later entries of a run reach further down
        else:
            lain.append(g)
    return lain + list(span.values())


def _potong_sel(sel: Sel, lebar: float, tinggi: float) -> tuple[list[Flowable], list[Flowable]]:
    """A cell's flowables cut into what fits in ``tinggi`` and the rest (paragraphs split
    between lines; a flowable that cannot split goes whole to the rest)."""
    daftar = _daftar(sel)
    depan: list[Flowable] = []
    for i, f in enumerate(daftar):
        _, h = f.wrap(lebar, 1e6)
        h += f.getSpaceBefore() + f.getSpaceAfter()
        if h <= tinggi:
            depan.append(f)
            tinggi -= h
            continue
        bagian = f.split(lebar, tinggi) if tinggi > 0 else []
        if len(bagian) >= 2:
            return depan + [bagian[0]], list(bagian[1:]) + daftar[i + 1 :]
        return depan, daftar[i:]
    return depan, []
