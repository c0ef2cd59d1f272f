"""What both printed reports share: page set-up, title, header lines, column widths, signature."""

from __future__ import annotations

import dataclasses
import io
import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    KeepTogether,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from ikudesk.domain.model import Dokumen, Penandatangan
from ikudesk.domain.nip import format_nip
from ikudesk.errors import IkuError
from ikudesk.l10n import TanggalError, format_tanggal
from ikudesk.report.canvas import TandaHalaman, buat_canvas_bernomor
from ikudesk.report.paper import ukuran_kertas
from ikudesk.report.tabel import PAD_X, Baris, Kepala, TabelBerpotong
from ikudesk.report.teks import Gaya, Paragraf, indent_butir, indent_per_baris, paragraf, xml

MARGIN_SISI = 12 * mm
MARGIN_ATAS = 12 * mm
MARGIN_BAWAH = 14 * mm
# Room to bind: on the left of a portrait page, at the top of a landscape one (what the regional
# tata naskah rules ask for).
MARGIN_JILID_TEGAK = 25 * mm
MARGIN_JILID_MENDATAR = 20 * mm


@dataclass(frozen=True)
class Halaman:
    ukuran: tuple[float, float]
    lebar_isi: float
    tinggi_isi: float
    kiri: float = MARGIN_SISI
    atas: float = MARGIN_ATAS
    bawah: float = MARGIN_BAWAH


def halaman(kertas: str, orientasi: str, jilid: bool = False) -> Halaman:
    w, h = ukuran_kertas(kertas, orientasi)
    kiri, atas = MARGIN_SISI, MARGIN_ATAS
    if jilid and w <= h:
        kiri = MARGIN_JILID_TEGAK
    elif jilid:
        atas = MARGIN_JILID_MENDATAR
    return Halaman((w, h), w - kiri - MARGIN_SISI, h - atas - MARGIN_BAWAH, kiri, atas)


def bangun_pdf(
    hal: Halaman,
    gaya: Gaya,
    story: list[Flowable],
    judul_pdf: str,
    penulis: str,
    kepala_halaman: str = "",
    kaki_halaman: str = "",
) -> tuple[bytes, int]:
    """Lay the story out; returns the PDF bytes and the page count. ``kepala_halaman`` and
    ``kaki_halaman`` are printed in the top and bottom margins of every page."""
    buf = io.BytesIO()
    doc = BaseDocTemplate(
        buf,
        pagesize=hal.ukuran,
        leftMargin=hal.kiri,
        rightMargin=MARGIN_SISI,
        topMargin=hal.atas,
        bottomMargin=hal.bawah,
        title=judul_pdf,
        author=penulis,
        creator="IKU Desk",
        lang="id-ID",
        initialFontName=gaya.font.biasa,
    )
    frame = Frame(hal.kiri, hal.bawah, hal.lebar_isi, hal.tinggi_isi, 0, 0, 0, 0, id="isi")
    doc.addPageTemplates([PageTemplate(id="halaman", frames=[frame])])
    jumlah: list[int] = []
    tanda = None
    if kepala_halaman or kaki_halaman:
        tanda = TandaHalaman(
            kepala_halaman, kaki_halaman, hal.kiri, hal.atas, font_tebal=gaya.font.tebal
        )
    doc.build(story, canvasmaker=buat_canvas_bernomor(gaya.font.biasa, 8, jumlah, tanda))
    return buf.getvalue(), jumlah[-1] if jumlah else 0


# --------------------------------------------------------------------------- title & header


@dataclass(frozen=True)
class Jarak:
    """Vertical spacing of a sheet's blocks, in multiples of the type size (``ttd``: the blank
    room for signature and stamp, in points). ``RAPAT`` is what a sheet that would spill a few
    lines onto a second page uses instead, so it fits on one."""

    judul: float = 1.2
    kepala: float = 1.0
    catatan: float = 0.8
    sebelum_ttd: float = 1.2
    ttd: float | None = None  # None: six lines of the type size
    catatan_di_samping: bool = False  # the catatan to the left of the signature, not above
    baris_judul: float = 1.25  # the title lines' leading, in multiples of their size


BIASA = Jarak()
RAPAT = Jarak(judul=0.6, kepala=0.5, catatan=0.4, sebelum_ttd=0.5, ttd=14 * mm, baris_judul=1.1)
RAPAT_SAMPING = dataclasses.replace(RAPAT, catatan_di_samping=True)


def blok_judul(baris: Sequence[str], gaya: Gaya, jarak: Jarak = BIASA) -> list[Flowable]:
    st = gaya.judul
    if jarak.baris_judul != BIASA.baris_judul:
        st = ParagraphStyle("judul_rapat", parent=st, leading=st.fontSize * jarak.baris_judul)
    hasil: list[Flowable] = [Paragraf(xml(b), st) for b in baris if b.strip()]
    hasil.append(Spacer(1, gaya.ukuran * jarak.judul))
    return hasil


def judul_tahunan(dok: Dokumen, *baris: str) -> list[str]:
    """The title block of a yearly report: its first line(s), the instansi and the pemerintah
    daerah (as the PK prints them), then the year's line (the last of ``baris``)."""
    *awal, akhir = baris
    instansi = [
        t.strip().upper() for t in (dok.profil.instansi, dok.profil.pemerintah_daerah) if t.strip()
    ]
    return [*awal, *instansi, akhir]


@dataclass
class BarisLabel:
    nomor: str
    label: str
    isi: list[Flowable]


def tanda_daftar(i: int, penomoran: str) -> str:
    """The marker of item ``i`` (0-based): "1.", "a." or "-"."""
    if penomoran == "huruf":
        return _huruf(i) + "."
    if penomoran == "strip":
        return "-"
    return f"{i + 1}."


def tanda_terlebar(tanda: Sequence[str], font: str, ukuran: float) -> str:
    """The widest of some markers as printed (for aligning a list on it)."""
    return max(tanda, key=lambda t: stringWidth(t, font, ukuran), default="-")


def butir_bernomor(
    butir: Sequence[str],
    penomoran: str,
    gaya: ParagraphStyle,
    mulai: int = 1,
    tanda_lebar: str | None = None,
) -> list[Flowable]:
    """Numbered / lettered / dashed items, their text aligned on the widest marker.

    ``tanda_lebar``: a wider marker the list must align with (a table's numbered indicators
    are one item per cell, yet 9. and 10. must start their text at the same place).
    """
    tanda = [tanda_daftar(i, penomoran) for i in range(mulai - 1, mulai - 1 + len(butir))]
    contoh = [*tanda, tanda_lebar] if tanda_lebar else tanda
    indent = indent_butir(
        tanda_terlebar(contoh, gaya.fontName, gaya.fontSize), gaya.fontName, gaya.fontSize
    )
    g = ParagraphStyle(
        f"butir{indent:.1f}",
        parent=gaya,
        leftIndent=indent,
        bulletIndent=0,
        bulletFontName=gaya.fontName,
        bulletFontSize=gaya.fontSize,
    )
    return [Paragraf(xml(teks), g, bulletText=t) for teks, t in zip(butir, tanda, strict=True)]


def _huruf(i: int) -> str:
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(ord("a") + r) + s
    return s


BARIS_PERTAMA = 2  # a label stays on the page with at least this many of its lines


def blok_label(baris: Sequence[BarisLabel], gaya: Gaya, lebar: float) -> list[Flowable]:
    """``Label : content`` lines aligned on the colon; content wraps under itself."""
    label, _ = blok_kepala(baris, gaya, lebar, 0)
    return label


def blok_kepala(
    baris: Sequence[BarisLabel], gaya: Gaya, lebar: float, n_judul: int, jarak: Jarak = BIASA
) -> tuple[list[Flowable], list[Flowable]]:
    """The header lines, and apart from them the last ``n_judul`` (a table caption, which goes
    with its table), all aligned on the same colon.

    Each list item or paragraph of a content is a row of its own, so a long list (30 fungsi)
    breaks across pages instead of leaving a page blank; a label's first row holds its first
    ``BARIS_PERTAMA`` lines, so a label is never alone at the foot of a page.
    """
    if not baris:
        return [], []
    st = gaya.kepala
    lebar_label = max(stringWidth(b.label, st.fontName, st.fontSize) for b in baris) + 4
    lebar_label = min(lebar_label, lebar * 0.3)
    ada_nomor = any(b.nomor for b in baris)
    lebar_nomor = stringWidth("00", st.fontName, st.fontSize) + 6 if ada_nomor else 0
    lebar_titik = stringWidth(" : ", st.fontName, st.fontSize) + 2
    kolom = [lebar_nomor, lebar_label, lebar_titik, lebar - lebar_nomor - lebar_label - lebar_titik]
    if not ada_nomor:
        kolom = kolom[1:]
    pisah = len(baris) - n_judul
    kepala = _tabel_label(baris[:pisah], kolom, ada_nomor, gaya)
    judul = _tabel_label(baris[pisah:], kolom, ada_nomor, gaya)
    return (kepala + [Spacer(1, gaya.ukuran * jarak.kepala)] if kepala else []), judul


def _tabel_label(
    baris: Sequence[BarisLabel], kolom: list[float], ada_nomor: bool, gaya: Gaya
) -> list[Flowable]:
    if not baris:
        return []
    st = gaya.kepala
    data: list[list] = []
    gaya_tabel: list[tuple] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("FONTNAME", (0, 0), (-1, -1), gaya.font.biasa),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 2),
        ("TOPPADDING", (0, 0), (-1, -1), 0),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
    ]
    for b in baris:
        isi = list(b.isi)
        potong = [isi[:BARIS_PERTAMA]] + [[f] for f in isi[BARIS_PERTAMA:]]
        awal = len(data)
        for k, bagian in enumerate(potong):
            depan = (
                [Paragraf(xml(b.nomor), st), Paragraf(xml(b.label), st), Paragraf(":", st)]
                if k == 0
                else ["", "", ""]
            )
            data.append((depan if ada_nomor else depan[1:]) + [bagian or ""])
        # the padding a label's single cell had, around the label's rows as a whole
        gaya_tabel.append(("TOPPADDING", (0, awal), (-1, awal), 1))
        gaya_tabel.append(("BOTTOMPADDING", (0, len(data) - 1), (-1, len(data) - 1), 2))
    t = Table(data, colWidths=kolom, hAlign="LEFT")
    t.setStyle(TableStyle(gaya_tabel))
    return [t]


class DenganTabel(Flowable):
    """A caption kept with its table: it goes to the next page unless the table's headings and
    first row fit under it here."""

    def __init__(self, judul: list[Flowable], tabel: TabelBerpotong) -> None:
        super().__init__()
        self.judul, self.tabel = judul, tabel
        self._h_judul = 0.0

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        self._h_judul = tinggi(self.judul, availWidth)
        w, h = self.tabel.wrap(availWidth, availHeight - self._h_judul)
        self.width, self.height = max(w, availWidth), self._h_judul + h
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803
        h_judul = tinggi(self.judul, availWidth)
        bagian = self.tabel.split(availWidth, availHeight - h_judul)
        if not bagian:
            return []  # not even the first row fits under the caption: both move on
        return [*self.judul, *bagian]

    def draw(self) -> None:
        y = self.height
        for f in self.judul:
            _, h = f.wrap(self.width, 1e6)
            y -= f.getSpaceBefore() + h
            f.drawOn(self.canv, 0, y)
            y -= f.getSpaceAfter()
        self.tabel.drawOn(self.canv, 0, y - self.tabel.height)


# --------------------------------------------------------------------------- signature


TANGGAL_TANGAN = "…" * 8  # a date left blank, to be written by hand ("Pakong, ……………")


def blok_ttd(dok: Dokumen, gaya: Gaya, lebar_isi: float, jarak: Jarak = BIASA) -> list[Flowable]:
    """Catatan, then the signature block on the right; empty parts are left out."""
    return blok_ttd_dari(dok.penandatangan, dok.catatan, gaya, lebar_isi, jarak)


def blok_ttd_dari(
    p: Penandatangan | None,
    catatan_teks: str,
    gaya: Gaya,
    lebar_isi: float,
    jarak: Jarak = BIASA,
    tanggal_tangan: bool = False,
) -> list[Flowable]:
    """Catatan, then ``p``'s signature block on the right (its status before the jabatan:
    "Plt. CAMAT …"); ``p`` None: no signature block. Empty parts are left out;
    ``tanggal_tangan``: the date is left as a dotted line to write by hand."""
    catatan: list[Flowable] = paragraf(catatan_teks, gaya.sel) if catatan_teks.strip() else []
    if p is None:
        return [Spacer(1, gaya.ukuran * jarak.catatan), *catatan] if catatan else []
    try:
        tanggal = format_tanggal(p.tanggal)
    except TanggalError as e:
        raise IkuError(f"Penandatangan: {e.pesan}") from None
    st = ParagraphStyle("ttd_tengah", parent=gaya.ttd, alignment=TA_CENTER)
    if tanggal_tangan:
        tanggal = TANGGAL_TANGAN
    tempat = ", ".join(x for x in (p.tempat.strip(), tanggal) if x)
    isi: list[Flowable] = []
    if tempat:
        isi.append(Paragraf(xml(tempat), st))
    jabatan = [b for b in p.jabatan.split("\n") if b.strip()]
    if p.status.strip() and jabatan:
        jabatan[0] = f"{p.status.strip()} {jabatan[0].strip()}"
    isi += [Paragraf(xml(b), st) for b in jabatan]
    isi.append(Spacer(1, gaya.ukuran * 6 if jarak.ttd is None else jarak.ttd))
    if p.nama.strip():
        isi.append(Paragraf(f"<b><u>{xml(p.nama.strip())}</u></b>", st))
    if p.pangkat.strip():
        isi.append(Paragraf(xml(p.pangkat.strip()), st))
    if p.nip.strip():
        isi.append(Paragraf(xml(f"NIP. {format_nip(p.nip)}"), st))
    lebar = min(lebar_isi * 0.42, max(90 * mm, lebar_isi * 0.3))
    gaya_tabel = TableStyle(
        [
            ("FONTNAME", (0, 0), (-1, -1), gaya.font.biasa),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ]
    )
    if catatan and jarak.catatan_di_samping:
        # Side by side: the catatan's height is saved when that keeps the sheet on one page.
        t = Table([[catatan, isi]], colWidths=[lebar_isi - lebar, lebar])
        t.setStyle(gaya_tabel)
        t.setStyle([("RIGHTPADDING", (0, 0), (0, 0), 6 * mm)])
        return [Spacer(1, gaya.ukuran * jarak.sebelum_ttd), t]
    t = Table([[isi]], colWidths=[lebar], hAlign="RIGHT")
    t.setStyle(gaya_tabel)
    hasil: list[Flowable] = []
    if catatan:
        hasil += [Spacer(1, gaya.ukuran * jarak.catatan), *catatan]
    return [*hasil, Spacer(1, gaya.ukuran * jarak.sebelum_ttd), t]


def tinggi_story(story: Sequence[Flowable], lebar: float) -> float:
    """The height a story takes laid out in one column of unlimited height."""
    total = 0.0
    for f in story:
        isi = f._content if isinstance(f, KeepTogether) else [f]  # noqa: SLF001 - no public API
        total += tinggi(isi, lebar)
    return total


def satu_halaman(
    susun: Callable[[Jarak], list[Flowable]], hal: Halaman, longgar: float = 0.15
) -> list[Flowable]:
    """The story ``susun`` builds, tightened (``RAPAT``, then the catatan beside the signature)
    when that keeps a sheet that spills a little onto a second page on one page."""
    story = susun(BIASA)
    tinggi_biasa = tinggi_story(story, hal.lebar_isi)
    if tinggi_biasa <= hal.tinggi_isi or tinggi_biasa > hal.tinggi_isi * (1 + longgar):
        return story  # fits already, or too long for spacing to matter: no rebuild
    for jarak in (RAPAT, RAPAT_SAMPING):
        coba = susun(jarak)
        if tinggi_story(coba, hal.lebar_isi) <= hal.tinggi_isi - 1:  # 1 pt for rounding
            return coba
    return story


def tinggi(flowables: Sequence[Flowable], lebar: float) -> float:
    return sum(f.wrap(lebar, 1e6)[1] + f.getSpaceBefore() + f.getSpaceAfter() for f in flowables)


MIN_BARIS_EKOR = 3  # lines of a long catatan that go along with the signature


class EkorTerikat(Flowable):
    """A paragraph (the catatan's last) and what follows it (the signature block) that never
    part: when they do not fit the page, the paragraph is split so that its tail, at least
    ``MIN_BARIS_EKOR`` lines, goes on with the signature — never the signature alone."""

    def __init__(self, paragraf: Paragraph, ekor: list[Flowable]) -> None:
        super().__init__()
        self.paragraf, self.ekor = paragraf, ekor

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        self.width = availWidth
        self.height = self.paragraf.wrap(availWidth, availHeight)[1] + tinggi(self.ekor, availWidth)
        return availWidth, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803
        tinggi_p = self.paragraf.wrap(availWidth, availHeight)[1]
        if tinggi_p + tinggi(self.ekor, availWidth) <= availHeight:
            return [self.paragraf, *self.ekor]
        leading = self.paragraf.style.leading
        # this page takes what fits, less the lines that go on with the signature
        ruang = min(availHeight, tinggi_p - MIN_BARIS_EKOR * leading)
        if ruang < leading:
            return []  # too few lines to part: all to the next page together
        bagian = self.paragraf.split(availWidth, ruang)
        if len(bagian) < 2:
            return []
        return [bagian[0], EkorTerikat(bagian[1], self.ekor)]

    def draw(self) -> None:  # never drawn whole: a frame draws what split() returns
        y = self.height
        for f in [self.paragraf, *self.ekor]:
            _, h = f.wrap(self.width, 1e6)
            y -= f.getSpaceBefore() + h
            f.drawOn(self.canv, 0, y)
            y -= f.getSpaceAfter()


def satu_blok(flowables: list[Flowable]) -> list[Flowable]:
    """The closing block kept together; a long catatan (taller than a page would hold with
    the signature) flows, its last paragraph's tail going on with the signature."""
    if not flowables:
        return []
    akhir = max((i for i, f in enumerate(flowables) if isinstance(f, Paragraph)), default=-1)
    if akhir < 0 or akhir == len(flowables) - 1:
        return [KeepTogether(flowables)]
    return [
        KeepTogether([*flowables[:akhir], EkorTerikat(flowables[akhir], flowables[akhir + 1 :])])
    ]


def tabel_dan_ekor(
    kepala: Kepala,
    lebar: list[float],
    baris: list[Baris],
    ekor: list[Flowable],
    gaya: Gaya,
    hal: Halaman,
    judul: Sequence[Flowable] = (),
) -> list[Flowable]:
    """The table (under its caption ``judul``, which never stays behind alone), then what
    closes the sheet (catatan, signature) kept with its last rows."""
    tabel = TabelBerpotong(
        kepala,
        lebar,
        baris,
        tinggi_ekor=tinggi(ekor, hal.lebar_isi),
        tinggi_halaman=hal.tinggi_isi,
        font=gaya.font.biasa,
    )
    depan: Flowable = DenganTabel(list(judul), tabel) if judul else tabel
    return [depan, *satu_blok(ekor)]


# --------------------------------------------------------------------------- column widths


@dataclass
class UkurKolom:
    """What a column holds, for choosing its width."""

    alami: float  # widest cell content on one line (points)
    minimum: float  # its longest word / narrowest sensible width
    bobot: float = 1.0  # share of the spare room (the formula column gets the most)
    lunak: float = 0.0  # a comfortable minimum, kept only while every column can have it


def ukur_teks(teks: Sequence[str], font: str, ukuran: float) -> tuple[float, float]:
    """(widest line, longest word) of texts, in points, without cell padding.

    A list line ("- x", "10. x") is measured as ``paragraf`` prints it: its words sit behind
    the marker's hanging indent, so the longest word needs that much more room.
    """
    alami = kata = 0.0
    for t in teks:
        semua = t.split("\n")
        for baris, geser in zip(semua, indent_per_baris(semua, font, ukuran), strict=True):
            alami = max(alami, stringWidth(baris.strip(), font, ukuran))
            kata_kata = baris.split()
            if geser is not None:
                kata_kata = kata_kata[1:]  # the marker hangs in the indent
            for w in kata_kata:
                kata = max(kata, (geser or 0.0) + stringWidth(w, font, ukuran))
    return alami, kata


# A "word" wider than this share of the page is no word a reader reads whole (a pasted code, a
# 2,000-character string): it may break at a character boundary, and never drives the type
# size or a refusal. Numbers and real words are far narrower.
BAGIAN_KATA_RAKSASA = 0.4
LEBAR_TERBACA = 60.0  # a text column narrower than this is hard to read


def lebar_perlu(ukuran: Sequence[UkurKolom], lebar_isi: float, skala: float = 1.0) -> float:
    """The width every column's longest word needs (at ``skala`` times the measured type
    size), giant words left to break."""
    batas = lebar_isi * BAGIAN_KATA_RAKSASA
    hasil = 0.0
    for u in ukuran:
        kata = min(u.minimum, u.alami) * skala
        # a giant word breaks anyway: its column needs only a readable width
        hasil += max((kata if kata <= batas else LEBAR_TERBACA) + 2 * PAD_X + 1, 14.0)
    return hasil


def muat(ukuran: Sequence[UkurKolom], lebar_isi: float) -> bool:
    """True when every column can be as wide as its longest word."""
    return lebar_perlu(ukuran, lebar_isi) <= lebar_isi


def lebar_kolom(ukuran: Sequence[UkurKolom], lebar_isi: float) -> list[float]:
    """Widths that fill ``lebar_isi``: narrow columns get what they need, the rest share the room
    by weight; no column is narrower than its longest word while the page allows it.

    The shares are found by water-filling (one level for all columns, each clamped between its
    minimum and its natural width), so a column is never given less than its minimum because
    another was settled first. When even the words do not fit, only the columns with the
    longest words give way (a 2,000-character word breaks at a character boundary; the
    numbers beside it stay whole).
    """
    alami = [max(u.alami + 2 * PAD_X + 1, 14.0) for u in ukuran]
    # a giant word (wider than BAGIAN_KATA_RAKSASA of the page) breaks anyway: its column
    # claims only a readable width, and shares the rest like any long text
    batas = lebar_isi * BAGIAN_KATA_RAKSASA
    keras = [
        max(min(u.minimum + 2 * PAD_X + 1, alami[i]), 14.0)
        if min(u.minimum, u.alami) <= batas
        else LEBAR_TERBACA + 2 * PAD_X + 1
        for i, u in enumerate(ukuran)
    ]
    nyaman = [max(keras[i], min(u.lunak + 2 * PAD_X + 1, alami[i])) for i, u in enumerate(ukuran)]
    minimum = nyaman if sum(nyaman) <= lebar_isi else keras
    if sum(minimum) >= lebar_isi:
        batas = _tingkat(lambda t: sum(min(m, t) for m in minimum), lebar_isi, max(minimum))
        return [min(m, batas) for m in minimum]
    # a very long text weighs like one a page wide: it does not starve its neighbours
    bobot = [u.bobot * math.sqrt(min(alami[i], lebar_isi)) for i, u in enumerate(ukuran)]
    if sum(alami) <= lebar_isi:
        extra = lebar_isi - sum(alami)
        return [a + extra * b / sum(bobot) for a, b in zip(alami, bobot, strict=True)]

    def isi(t: float) -> float:
        return sum(min(max(t * b, m), a) for b, m, a in zip(bobot, minimum, alami, strict=True))

    lv = _tingkat(isi, lebar_isi, max(a / b for a, b in zip(alami, bobot, strict=True) if b > 0))
    return [min(max(lv * b, m), a) for b, m, a in zip(bobot, minimum, alami, strict=True)]


def _tingkat(f: Callable[[float], float], target: float, atas: float) -> float:
    """The level t in [0, atas] where the non-decreasing ``f(t)`` reaches ``target``."""
    bawah = 0.0
    for _ in range(60):
        tengah = (bawah + atas) / 2
        if f(tengah) < target:
            bawah = tengah
        else:
            atas = tengah
    return atas


Pembuat = Callable[[], list[Flowable]]
