"""The IKM survey report (PermenPAN-RB 14/2017) as offices publish it: per survey of the year,
the unsur table (Σ nilai, NRR, NRR tertimbang), the IKM with its konversi, mutu and kinerja
unit pelayanan, the respondents' profile with bar charts, and the year's signature."""

from __future__ import annotations

from fractions import Fraction

from reportlab.graphics.shapes import Drawing, Rect
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, PageBreak, Spacer, Table, TableStyle

from ikudesk.domain.ikm import HasilIkm, hitung_ikm, profil_responden, round_fraction
from ikudesk.domain.ikm_tampil import (
    judul_survei,
    survei_tahun,
    tahun_survei,
    teks_dua_desimal,
    teks_penimbang,
)
from ikudesk.domain.model import Dokumen, Penandatangan, SurveiIkm
from ikudesk.domain.nip import format_nip
from ikudesk.errors import IkuError
from ikudesk.l10n import TanggalError, format_angka, format_persen, format_tanggal
from ikudesk.report.opsi import alasan_tolak_ikm, pesan_tanpa_ttd
from ikudesk.report.tabel import GARIS, PAD_X, PAD_Y
from ikudesk.report.teks import Gaya, Paragraf, xml
from ikudesk.report.umum import Halaman, blok_judul, judul_tahunan

WARNA_BATANG = colors.HexColor("#4a6fa5")


def peringatan_ikm(dok: Dokumen, tahun: int | None) -> list[str]:
    """What the user is told besides the PDF: no signer for the year, no survey."""
    th = tahun_survei(dok, tahun)
    hasil: list[str] = []
    if th is None or not survei_tahun(dok, th):
        hasil.append(f"Belum ada survei IKM untuk tahun {th}." if th else "Belum ada survei IKM.")
    if th is not None:
        lt = dok.laporan(th)
        if lt is None or lt.penandatangan is None:
            hasil.append(pesan_tanpa_ttd(th))
    return hasil


def story_ikm(dok: Dokumen, gaya: Gaya, hal: Halaman, tahun: int | None) -> list[Flowable]:
    th = tahun_survei(dok, tahun)
    judul = judul_tahunan(
        dok, "HASIL SURVEI KEPUASAN MASYARAKAT (SKM)", f"TAHUN {th}" if th else "TAHUN -"
    )
    daftar = survei_tahun(dok, th) if th is not None else []
    if th is None or not daftar:
        # nothing to report: refused, as a PK of a year without one is (never an empty page)
        alasan = alasan_tolak_ikm(dok, tahun)
        raise IkuError(alasan or "Belum ada survei IKM.")
    story = blok_judul(judul, gaya)
    for i, (ind, survei) in enumerate(daftar):
        if i:
            story.append(PageBreak())
            story += blok_judul(judul, gaya)
        bagian = _bagian(judul_survei(ind), survei, gaya, hal)
        # the signature never stands alone on a page: it goes with the last profile row
        story += bagian[:-1] + [KeepTogether([bagian[-1], *_ttd(dok, th, gaya, hal.lebar_isi)])]
    return story


def _gaya_tabel(header_rows: int = 1) -> list[tuple]:
    return [
        ("GRID", (0, 0), (-1, -1), GARIS, colors.black),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), PAD_X),
        ("RIGHTPADDING", (0, 0), (-1, -1), PAD_X),
        ("TOPPADDING", (0, 0), (-1, -1), PAD_Y),
        ("BOTTOMPADDING", (0, 0), (-1, -1), PAD_Y),
        ("BACKGROUND", (0, 0), (-1, header_rows - 1), colors.HexColor("#e8e8e8")),
    ]


def _bagian(judul: str, survei: SurveiIkm, gaya: Gaya, hal: Halaman) -> list[Flowable]:
    h = hitung_ikm(survei)
    subjudul = ParagraphStyle("ikm_sub", parent=gaya.kepala, fontName=gaya.font.tebal)
    hasil: list[Flowable] = [Paragraf(xml(judul), subjudul), Spacer(1, gaya.ukuran * 0.5)]
    hasil += _tabel_unsur(h, gaya, hal)
    hasil.append(Spacer(1, gaya.ukuran * 0.8))
    hasil += _ringkasan(h, survei, gaya, hal)
    hasil.append(Spacer(1, gaya.ukuran * 1.2))
    hasil += _profil(survei, gaya, hal)
    return hasil


def _tabel_unsur(h: HasilIkm, gaya: Gaya, hal: Halaman) -> list[Flowable]:
    tengah, kanan, kiri = gaya.sel_tengah, gaya.sel_kanan, gaya.sel
    kepala = [
        Paragraf(xml(t), gaya.judul_kolom)
        for t in ("No", "Unsur Pelayanan", "Σ Nilai", "Jumlah Menjawab", "NRR", "NRR Tertimbang")
    ]
    data: list[list] = [kepala]
    for i, u in enumerate(h.unsur, start=1):
        data.append(
            [
                Paragraf(str(i), tengah),
                Paragraf(xml(u.nama), kiri),
                Paragraf(format_angka(u.jumlah_nilai, 0), kanan),
                Paragraf(format_angka(u.jumlah_menjawab, 0), kanan),
                Paragraf(xml(teks_dua_desimal(u.nrr)), kanan),
                Paragraf(xml(teks_dua_desimal(u.nrr_tertimbang)), kanan),
            ]
        )
    data.append(
        [
            "",
            Paragraf(xml("Nilai indeks (Σ NRR × penimbang, dari nilai tepat)"), kiri),
            "",
            "",
            "",
            Paragraf(xml(teks_dua_desimal(h.indeks)), kanan),
        ]
    )
    w = hal.lebar_isi
    lebar = [0.06 * w, 0.46 * w, 0.11 * w, 0.13 * w, 0.1 * w, 0.14 * w]
    t = Table(data, colWidths=lebar, repeatRows=1)
    gaya_t = _gaya_tabel()
    gaya_t += [("SPAN", (1, len(data) - 1), (4, len(data) - 1))]
    # the index row never starts a page alone: the last unsur row goes with it
    gaya_t += [("NOSPLIT", (0, len(data) - 2), (-1, len(data) - 1))]
    t.setStyle(TableStyle(gaya_t))
    return [t]


def _ringkasan(h: HasilIkm, survei: SurveiIkm, gaya: Gaya, hal: Halaman) -> list[Flowable]:
    kiri = gaya.sel
    tebal = ParagraphStyle("ikm_tebal", parent=gaya.sel, fontName=gaya.font.tebal)
    baris = [
        ("Jumlah responden", format_angka(h.jumlah_responden, 0) + " orang"),
        ("Penimbang tiap unsur", teks_penimbang(survei, h.penimbang)),
        ("Nilai indeks (skala 1–4)", teks_dua_desimal(h.indeks)),
        ("Nilai IKM (konversi: nilai indeks × 25)", teks_dua_desimal(h.ikm)),
        ("Mutu pelayanan", h.mutu or "-"),
        ("Kinerja unit pelayanan", h.kinerja or "-"),
    ]
    if not h.ada:
        baris.append(("Keterangan", h.alasan))
    data = [
        [Paragraf(xml(a), kiri), Paragraf(":", kiri), Paragraf(xml(b), tebal)] for a, b in baris
    ]
    w = hal.lebar_isi
    t = Table(data, colWidths=[0.32 * w, 0.03 * w, 0.65 * w], hAlign="LEFT")
    t.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 1),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
            ]
        )
    )
    catatan = Paragraf(
        xml(
            "NRR dan NRR tertimbang dicetak dua desimal; nilai indeks dan IKM dihitung dari nilai "
            "tepat, bukan dari jumlah angka yang tercetak. Mutu: 88,31–100,00 A (Sangat Baik); "
            "76,61–88,30 B (Baik); 65,00–76,60 C (Kurang Baik); di bawah 65,00 D (Tidak Baik)."
        ),
        ParagraphStyle("ikm_catatan", parent=gaya.sel, fontSize=gaya.ukuran - 1),
    )
    return [KeepTogether([t, Spacer(1, gaya.ukuran * 0.4), catatan])]


def _persen(n: int, total: int) -> str:
    """A share of the respondents as offices print it: ``54,05%``."""
    return format_persen(round_fraction(Fraction(100 * n, total))) + "%" if total else "-"


def _profil(survei: SurveiIkm, gaya: Gaya, hal: Halaman) -> list[Flowable]:
    """The profile as two rows of two blocks (jenis kelamin | usia, pendidikan | pekerjaan),
    each a table of counts and percentages with a bar per category."""
    prof = profil_responden(survei)
    subjudul = ParagraphStyle("ikm_sub2", parent=gaya.sel, fontName=gaya.font.tebal)
    judul = [
        Paragraf(xml(f"Profil responden ({format_angka(prof.jumlah, 0)} orang)"), subjudul),
        Spacer(1, gaya.ukuran * 0.4),
    ]
    w = hal.lebar_isi
    sela = 5 * mm
    separuh = (w - sela) / 2
    blok = [
        _blok_profil(label, hitungan, prof.jumlah, separuh, gaya)
        for label, hitungan in (
            ("Jenis kelamin", prof.jenis_kelamin),
            ("Usia", prof.usia),
            ("Pendidikan", prof.pendidikan),
            ("Pekerjaan", prof.pekerjaan),
        )
    ]
    hasil: list[Flowable] = []
    for i in (0, 2):
        luar = Table([[blok[i], "", blok[i + 1]]], colWidths=[separuh, sela, separuh])
        luar.setStyle(
            TableStyle(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                    ("TOPPADDING", (0, 0), (-1, -1), 0),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), gaya.ukuran * 0.8),
                ]
            )
        )
        hasil.append(luar)
    return [KeepTogether([*judul, hasil[0]]), hasil[1]]


def _blok_profil(
    label: str, hitungan: dict[str, int], jumlah: int, lebar: float, gaya: Gaya
) -> Table:
    kepala = [Paragraf(xml(t), gaya.judul_kolom) for t in (label, "Jumlah", "%", "Grafik")]
    data: list[list] = [kepala]
    lebar_kolom = [0.36 * lebar, 0.15 * lebar, 0.17 * lebar, 0.32 * lebar]
    for k, n in hitungan.items():
        data.append(
            [
                Paragraf(xml(k), gaya.sel),
                Paragraf(format_angka(n, 0), gaya.sel_kanan),
                Paragraf(xml(_persen(n, jumlah)), gaya.sel_kanan),
                _batang(n, jumlah, lebar_kolom[3] - 2 * PAD_X, gaya.ukuran),
            ]
        )
    t = Table(data, colWidths=lebar_kolom)
    t.setStyle(TableStyle(_gaya_tabel()))
    return t


def _batang(n: int, jumlah: int, lebar: float, tinggi: float) -> Drawing:
    """One bar of the profile's bar chart: its length is ``n``'s share of all respondents
    (the full width is 100 %, in every table alike, so 20 % is drawn shorter than 50 %)."""
    d = Drawing(lebar, tinggi)
    if jumlah and n:
        d.add(
            Rect(
                0,
                tinggi * 0.1,
                lebar * n / jumlah,
                tinggi * 0.8,
                fillColor=WARNA_BATANG,
                strokeColor=None,
            )
        )
    return d


def _ttd(dok: Dokumen, tahun: int, gaya: Gaya, lebar_isi: float) -> list[Flowable]:
    """The year's signer (``laporan_tahunan``); none: no block (the warning says so)."""
    lt = dok.laporan(tahun)
    p: Penandatangan | None = lt.penandatangan if lt is not None else None
    if p is None:
        return []
    try:
        tanggal = format_tanggal(p.tanggal)
    except TanggalError as e:
        raise IkuError(f"Penandatangan laporan tahun {tahun}: {e.pesan}") from None
    st = ParagraphStyle("ttd_ikm", parent=gaya.ttd, alignment=TA_CENTER)
    isi: list[Flowable] = []
    tempat = ", ".join(x for x in (p.tempat.strip(), tanggal) if x)
    if tempat:
        isi.append(Paragraf(xml(tempat), st))
    jabatan = [b for b in p.jabatan.split("\n") if b.strip()]
    if p.status.strip() and jabatan:
        jabatan[0] = f"{p.status.strip()} {jabatan[0].strip()}"
    isi += [Paragraf(xml(b), st) for b in jabatan]
    isi.append(Spacer(1, gaya.ukuran * 6))
    if p.nama.strip():
        isi.append(Paragraf(f"<b><u>{xml(p.nama.strip())}</u></b>", st))
    if p.pangkat.strip():
        isi.append(Paragraf(xml(p.pangkat.strip()), st))
    if p.nip.strip():
        isi.append(Paragraf(xml(f"NIP. {format_nip(p.nip)}"), st))
    lebar = min(lebar_isi * 0.5, max(90 * mm, lebar_isi * 0.3))
    t = Table([[isi]], colWidths=[lebar], hAlign="RIGHT")
    t.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return [Spacer(1, gaya.ukuran * 1.2), t]
