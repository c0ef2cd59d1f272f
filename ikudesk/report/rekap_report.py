"""The kabupaten's recapitulation printed: one table of every kecamatan, then the indicators
several kecamatan share with a chart each (kecamatan sorted by capaian), and the IKM per
kecamatan.

Unlike the reports in ``registry.LAPORAN`` it prints a whole store, not one document, so it is
its own small class with the same page set-up, fonts and number formatting.
"""

from __future__ import annotations

import os
from decimal import Decimal
from pathlib import Path

from reportlab.graphics.shapes import Drawing, Line, Rect, String
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from ikudesk.domain.compute import ROMAWI
from ikudesk.files.atomic import tulis_atomik
from ikudesk.kabupaten.rekap import Rekap
from ikudesk.l10n import format_capaian
from ikudesk.report.teks import Gaya, buat_gaya, xml
from ikudesk.report.umum import Halaman, bangun_pdf, blok_judul, halaman

WARNA_BATANG = colors.HexColor("#2f6fb0")
WARNA_GARIS_100 = colors.HexColor("#c0392b")
TINGGI_BATANG = 12.0  # points per kecamatan in a chart
UKURAN_LABEL = 8.0


def _p(teks: str, gaya: Gaya, rata: str = "kiri") -> Paragraph:
    style = {"kiri": gaya.sel, "tengah": gaya.sel_tengah, "kanan": gaya.sel_kanan}[rata]
    return Paragraph(xml(teks), style)


def _kepala(teks: str, gaya: Gaya) -> Paragraph:
    return Paragraph(xml(teks), gaya.judul_kolom)


def _gaya_tabel(gaya: Gaya, baris_kepala: int = 1) -> TableStyle:
    return TableStyle(
        [
            ("FONTNAME", (0, 0), (-1, -1), gaya.font.biasa),  # never the unembedded Helvetica
            ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("BACKGROUND", (0, 0), (-1, baris_kepala - 1), colors.HexColor("#e8e8e8")),
            ("LEFTPADDING", (0, 0), (-1, -1), 3),
            ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ]
    )


def _lebar_angka(teks: list[str], gaya: Gaya, font: str | None = None) -> float:
    """Room for the widest of ``teks`` on one line, padding included (numbers never wrap)."""
    return max(stringWidth(t, font or gaya.font.biasa, gaya.ukuran) for t in teks) + 8


def _tabel_kecamatan(rekap: Rekap, gaya: Gaya, hal: Halaman) -> Table:
    kepala = [
        "No",
        "Kecamatan",
        "Indikator",
        "Terhitung",
        "Rata-rata capaian (%)",
        *rekap.kategori,
        "IKM (mutu)",
        "PK",
        "Laporan tahunan",
    ]
    if rekap.triwulan:
        kepala.append(f"Terisi TW {ROMAWI[rekap.triwulan]}")
    data: list[list[Flowable | str]] = [[_kepala(k, gaya) for k in kepala]]
    teks_baris: list[list[str]] = []
    for no, k in enumerate(rekap.kecamatan, start=1):
        ikm = f"{format_capaian(k.ikm)} ({k.mutu})" if k.ikm is not None else "-"
        isi = [
            str(no),
            k.instansi,
            str(k.indikator),
            str(k.terhitung),
            format_capaian(k.rata_rata_capaian),
            *(str(k.kategori.get(n, 0)) for n in rekap.kategori),
            ikm,
            "ada" if k.pk else "belum",
            "ada" if k.laporan_ditandatangani else "belum",
        ]
        if rekap.triwulan:
            isi.append(f"{k.triwulan_terisi}/{k.triwulan_wajib}")
        teks_baris.append(isi)
        data.append([_p(t, gaya, "kiri" if j == 1 else "tengah") for j, t in enumerate(isi)])
    # Every column but the kecamatan's is as wide as its widest figure or heading word, so a
    # number or a word never breaks; the kecamatan takes the rest.
    lebar: list[float] = []
    for j, judul in enumerate(kepala):
        if j == 1:
            lebar.append(0.0)
            continue
        kata = judul.split()
        isi_kolom = [b[j] for b in teks_baris] or ["-"]
        lebar.append(
            max(_lebar_angka(isi_kolom, gaya), _lebar_angka(kata, gaya, gaya.font.tebal), 22)
        )
    sisa = hal.lebar_isi - sum(lebar)
    minimum = _lebar_angka(["Kecamatan"], gaya, gaya.font.tebal)
    if sisa < minimum:  # too many categories for the paper: every column shrinks alike
        f = (hal.lebar_isi - minimum) / sum(lebar)
        lebar = [w * f for w in lebar]
        sisa = minimum
    lebar[1] = sisa
    t = Table(data, colWidths=lebar, repeatRows=1)
    t.setStyle(_gaya_tabel(gaya))
    return t


def _grafik(
    judul: str,
    nilai: list[tuple[str, Decimal | None]],
    gaya: Gaya,
    lebar: float,
    garis_100: bool = True,
) -> Drawing:
    """Horizontal bars, one per kecamatan, sorted from the highest; the value at each bar's
    end; a kecamatan without a value is listed with "-" and no bar."""
    urut = sorted(nilai, key=lambda t: (t[1] is None, -(t[1] or 0), t[0]))
    font = gaya.font.biasa
    label_lebar = min(
        max([stringWidth(n, font, UKURAN_LABEL) for n, _ in urut] + [40]) + 6, lebar * 0.35
    )
    # Room right of the bars for the widest label actually printed: a huge value never runs
    # into the next chart.
    angka_lebar = (
        max(
            [stringWidth(format_capaian(v), font, UKURAN_LABEL) for _, v in urut if v is not None]
            + [stringWidth("1.000,00", font, UKURAN_LABEL)]
        )
        + 6
    )
    angka_lebar = min(angka_lebar, lebar * 0.35)
    tinggi = TINGGI_BATANG * len(urut) + 30
    d = Drawing(lebar, tinggi)
    d.initialFontName = font  # ReportLab starts a drawing in Helvetica, which is not embedded
    while stringWidth(judul, gaya.font.tebal, UKURAN_LABEL + 1) > lebar and len(judul) > 2:
        judul = judul[:-2] + "…"  # the title stays inside the chart's frame
    d.add(String(0, tinggi - 11, judul, fontName=gaya.font.tebal, fontSize=UKURAN_LABEL + 1))
    ada = [float(v) for _, v in urut if v is not None]
    puncak = max(ada + [100.0]) * 1.05
    x0 = label_lebar
    ruang = lebar - label_lebar - angka_lebar
    y_atas = tinggi - 20
    x100 = x0 + 100 / puncak * ruang
    for i, (nama, v) in enumerate(urut):
        y = y_atas - (i + 1) * TINGGI_BATANG
        teks = nama
        while stringWidth(teks, font, UKURAN_LABEL) > label_lebar - 6 and len(teks) > 2:
            teks = teks[:-2] + "…"
        d.add(String(x0 - 4, y + 3, teks, fontName=font, fontSize=UKURAN_LABEL, textAnchor="end"))
        if v is None:
            d.add(String(x0 + 2, y + 3, "-", fontName=font, fontSize=UKURAN_LABEL))
            continue
        w = max(0.0, float(v)) / puncak * ruang
        d.add(Rect(x0, y + 1, w, TINGGI_BATANG - 3, fillColor=WARNA_BATANG, strokeColor=None))
        label = format_capaian(v)
        x_label = x0 + w + 3
        lebar_label = stringWidth(label, font, UKURAN_LABEL)
        if garis_100 and x_label - 2 <= x100 <= x_label + lebar_label + 2:
            x_label = x100 + 3  # never struck through by the 100 % line
        d.add(String(x_label, y + 3, label, fontName=font, fontSize=UKURAN_LABEL))
    if garis_100:
        y_bawah = y_atas - len(urut) * TINGGI_BATANG
        d.add(
            Line(
                x100,
                y_bawah,
                x100,
                y_atas + 2,
                strokeColor=WARNA_GARIS_100,
                strokeWidth=0.6,
                strokeDashArray=(3, 2),
            )
        )
    return d


def _berpasangan(gambar: list[Drawing], lebar: float, gaya: Gaya) -> list[Flowable]:
    """Charts two side by side (half the page each), so a page never holds a lone chart where
    two fit."""
    hasil: list[Flowable] = []
    for i in range(0, len(gambar), 2):
        pasangan: list[Flowable | str] = list(gambar[i : i + 2])
        if len(pasangan) == 1:
            pasangan.append("")
        t = Table([pasangan], colWidths=[lebar / 2] * 2)
        t.setStyle(
            TableStyle(
                [
                    ("FONTNAME", (0, 0), (-1, -1), gaya.font.biasa),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 6),
                ]
            )
        )
        hasil += [Spacer(1, 8), t]
    return hasil


def story_rekap(rekap: Rekap, gaya: Gaya, hal: Halaman) -> list[Flowable]:
    judul = [f"REKAPITULASI CAPAIAN KINERJA KECAMATAN TAHUN {rekap.tahun}"]
    if rekap.pemerintah_daerah:
        judul.append(rekap.pemerintah_daerah.upper())
    story: list[Flowable] = [*blok_judul(judul, gaya), _tabel_kecamatan(rekap, gaya, hal)]
    catatan = (
        "Rata-rata capaian dihitung dari indikator yang capaiannya ada; indikator lain dihitung "
        'pada kolom "Belum diisi" (target atau realisasi belum diisi) atau "Tidak dapat dihitung" '
        f"(nilainya ada, misalnya target 0). Kecamatan tanpa dokumen untuk tahun {rekap.tahun} "
        "tetap dicantumkan."
    )
    story += [Spacer(1, 4), _p(catatan, gaya)]
    for teks in rekap.tidak_terbaca:
        story.append(_p(f"Peringatan: {teks}.", gaya))
    ikm = [(k.instansi, k.ikm) for k in rekap.kecamatan]
    if any(v is not None for _, v in ikm):
        story += [
            Spacer(1, 10),
            KeepTogether(
                _grafik(f"IKM per kecamatan, tahun {rekap.tahun}", ikm, gaya, hal.lebar_isi, False)
            ),
        ]
    if rekap.bersama:
        story += [Spacer(1, 10)]
        judul_bagian = Paragraph(xml("INDIKATOR YANG DIMILIKI BEBERAPA KECAMATAN"), gaya.judul)
        gambar = []
        for no, b in enumerate(rekap.bersama, start=1):
            nama = f"{b.kode} {b.indikator}".strip()
            if len(nama) > 60:
                nama = nama[:59] + "…"
            gambar.append(
                _grafik(
                    f"Grafik {no}. Capaian (%) {nama}",
                    list(b.capaian.items()),
                    gaya,
                    hal.lebar_isi / 2 - 6,
                )
            )
        pasangan = _berpasangan(gambar, hal.lebar_isi, gaya)
        # The heading never ends a page: it goes with the first row of charts.
        story += [KeepTogether([judul_bagian, *pasangan[:2]]), *pasangan[2:]]
    else:
        story += [
            Spacer(1, 8),
            _p("Tidak ada indikator yang dimiliki lebih dari satu kecamatan.", gaya),
        ]
    return story


class LaporanRekap:
    """The recapitulation's PDF (landscape: the table has a column per category)."""

    kertas = "F4"
    orientasi = "landscape"

    def buat(self, rekap: Rekap, kertas: str | None = None) -> tuple[bytes, int]:
        hal = halaman(kertas or self.kertas, self.orientasi)
        gaya = buat_gaya("sans", 9)
        story = story_rekap(rekap, gaya, hal)
        judul = f"Rekapitulasi Capaian Kinerja Kecamatan {rekap.tahun}"
        return bangun_pdf(hal, gaya, story, judul, rekap.pemerintah_daerah or "IKU Desk")


def tulis_pdf_rekap(rekap: Rekap, path: str | os.PathLike[str], kertas: str | None = None) -> int:
    """Write the PDF atomically; return its page count."""
    isi, jumlah = LaporanRekap().buat(rekap, kertas)
    tulis_atomik(Path(path), isi)
    return jumlah
