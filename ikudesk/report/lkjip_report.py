"""LKjIP Bab III (Akuntabilitas Kinerja): per sasaran a table of targets, realisasi and capaian
over the years compared, the Renstra end target and Y's capaian against it, "Jumlah" and
"Rata-rata" rows, each indicator's analysis; the tabulation of categories; the charts; the
budget's efficiency from the year's latest PK; signed by the year's laporan_tahunan signer."""

from __future__ import annotations

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Spacer

from ikudesk.domain.kategori import Kategori
from ikudesk.domain.lkjip import (
    TIDAK_DIHITUNG,
    WARNA_KOSONG,
    KelompokLkjip,
    Lkjip,
    Ringkas,
    hitung_lkjip,
    warna_kategori,
)
from ikudesk.domain.model import Dokumen
from ikudesk.l10n import format_angka
from ikudesk.report.charts import Batang, grafik_batang, grafik_garis
from ikudesk.report.iku_sheet import LANJUTAN, tahun_laporan
from ikudesk.report.pk_report import nama_pk
from ikudesk.report.registry import pesan_tanpa_ttd
from ikudesk.report.tabel import PAD_X, Baris, Kepala
from ikudesk.report.teks import Gaya, Paragraf, buat_gaya, paragraf, xml
from ikudesk.report.ttd import blok_satu, format_persen, tanggal_cetak
from ikudesk.report.umum import (
    Halaman,
    UkurKolom,
    blok_judul,
    lebar_kolom,
    tabel_dan_ekor,
    ukur_teks,
)


def peringatan_lkjip(dok: Dokumen, tahun: int | None) -> list[str]:
    """What is missing from the year's report: the signer, the PK (efficiency table)."""
    th = tahun_laporan(dok, tahun)
    if th is None:
        return []
    hasil = []
    lt = dok.laporan(th)
    if lt is None or lt.penandatangan is None:
        hasil.append(pesan_tanpa_ttd(th))  # the one wording of every report
    if dok.pk(th) is None:
        hasil.append(
            f"Belum ada Perjanjian Kinerja tahun {th}; tabel efisiensi anggaran tidak dicetak."
        )
    return hasil


class _Kolom:
    """Texts of each column as they are added (for measuring widths)."""

    def __init__(self, judul: list[str]) -> None:
        self.teks: list[list[str]] = [[j] for j in judul]

    def p(self, s: str, c: int, st: ParagraphStyle) -> list[Flowable]:
        self.teks[c].append(s)
        return paragraf(s, st)

    def lebar(
        self, bobot: list[float], gaya: Gaya, lebar_isi: float, lunak: set[int]
    ) -> list[float]:
        return lebar_kolom(self.ukur(bobot, gaya, lunak), lebar_isi)

    def ukur(self, bobot: list[float], gaya: Gaya, lunak: set[int]) -> list[UkurKolom]:
        ukuran = []
        for c, isi in enumerate(self.teks):
            alami, kata = ukur_teks(isi[1:], gaya.font.biasa, gaya.ukuran)
            _, kata_j = ukur_teks(isi[:1], gaya.font.tebal, gaya.ukuran)
            ukuran.append(
                UkurKolom(
                    max(alami, kata_j), max(kata, kata_j), bobot[c], 60.0 if c in lunak else 0
                )
            )
        return ukuran


def _catatan_ringkas(ringkas: dict[int, Ringkas], akhir: Ringkas, tahun_akhir: int | None) -> str:
    """The count behind the Jumlah / Rata-rata rows, saying what was left out."""
    bagian = []
    for th, r in ringkas.items():
        if r.dilewati:
            bagian.append(
                f"{th}: {r.dihitung} indikator dihitung, {r.dilewati} tidak dapat dihitung"
            )
    if akhir.dilewati and tahun_akhir is not None:
        bagian.append(
            f"terhadap target akhir Renstra: {akhir.dihitung} dihitung, {akhir.dilewati} tidak"
        )
    if not bagian:
        return ""
    return (
        "Jumlah dan rata-rata capaian hanya menghitung indikator yang capaiannya ada ("
        + "; ".join(bagian)
        + ")."
    )


def _tabel_sasaran(
    hasil: Lkjip, k: KelompokLkjip, gaya: Gaya, hal: Halaman, nomor_tabel: int
) -> list[Flowable]:
    """The table at the report's type size, or smaller (8, 7 pt) when its numbers would have
    to break inside (many years on portrait paper)."""
    for ukuran in (gaya.ukuran, 8, 7):
        g = gaya if ukuran == gaya.ukuran else buat_gaya(gaya.pilihan, ukuran)
        hasil_tabel = _tabel_sasaran_ukuran(hasil, k, g, hal, nomor_tabel)
        if hasil_tabel is not None:
            return hasil_tabel
    return _tabel_sasaran_ukuran(hasil, k, g, hal, nomor_tabel, paksa=True) or []


def _tabel_sasaran_ukuran(
    hasil: Lkjip,
    k: KelompokLkjip,
    gaya: Gaya,
    hal: Halaman,
    nomor_tabel: int,
    paksa: bool = False,
) -> list[Flowable] | None:
    th, daftar = hasil.tahun, hasil.daftar_tahun
    n = len(daftar)
    akhir = hasil.tahun_akhir
    judul_daun = (
        ["No", "Indikator Kinerja", "Satuan"]
        + [str(t) for t in daftar] * 3
        + [
            f"Kategori {th}",
            f"Target Akhir Renstra {akhir or '-'}",
            f"Capaian {th} thd Renstra (%)",
        ]
    )
    kol = _Kolom(judul_daun)
    g = gaya
    baris: list[Baris] = []
    for b in k.baris:
        sel = [kol.p(str(b.nomor), 0, g.sel_tengah), kol.p(b.indikator.nama, 1, g.sel)]
        sel.append(kol.p(b.indikator.satuan or "-", 2, g.sel_tengah))
        for i, t in enumerate(daftar):
            sel.append(kol.p(format_angka(b.nilai[t].target.nilai), 3 + i, g.sel_tengah))
        for i, t in enumerate(daftar):
            sel.append(kol.p(format_angka(b.nilai[t].realisasi.nilai), 3 + n + i, g.sel_tengah))
        for i, t in enumerate(daftar):
            sel.append(kol.p(format_persen(b.nilai[t].capaian.nilai), 3 + 2 * n + i, g.sel_tengah))
        c = 3 + 3 * n
        sel.append(kol.p(b.kategori or "-", c, g.sel_tengah))
        sel.append(kol.p(format_angka(b.target_akhir), c + 1, g.sel_tengah))
        sel.append(kol.p(format_persen(b.capaian_akhir.nilai), c + 2, g.sel_tengah))
        lanjutan = {1: paragraf(f"{b.indikator.nama} {LANJUTAN}", g.sel)}
        baris.append(Baris(sel, lanjutan=lanjutan))
    tebal = ParagraphStyle("lkjip_tebal", parent=g.sel, fontName=g.font.tebal)
    tebal_tengah = ParagraphStyle("lkjip_tebal_t", parent=g.sel_tengah, fontName=g.font.tebal)
    for label, ambil in (
        ("Jumlah Capaian Realisasi Kinerja", lambda r: r.jumlah),
        ("Rata-rata Capaian Realisasi Kinerja", lambda r: r.rata_rata),
    ):
        sel = [None, kol.p(label, 1, tebal), None] + [None] * (2 * n)
        sel += [
            kol.p(format_persen(ambil(k.ringkas[t])), 3 + 2 * n + i, tebal_tengah)
            for i, t in enumerate(daftar)
        ]
        sel += [
            None,
            None,
            kol.p(format_persen(ambil(k.ringkas_akhir)), 3 + 3 * n + 2, tebal_tengah),
        ]
        baris.append(Baris(sel))
    # two heading rows: Target / Realisasi / Capaian over their years
    atas: list = []
    bawah: list = []
    span: list[tuple[int, int, int, int]] = []
    for c, j in enumerate(["No", "Indikator Kinerja", "Satuan"]):
        atas.append(Paragraf(xml(j), g.judul_kolom))
        bawah.append("")
        span.append((c, 0, c, 1))
    for gi, grup in enumerate(("Target", "Realisasi", "Capaian (%)")):
        c0 = 3 + gi * n
        atas += [Paragraf(grup, g.judul_kolom)] + [""] * (n - 1)
        bawah += [Paragraf(str(t), g.judul_kolom) for t in daftar]
        kol.teks[c0].append(grup if n == 1 else "")
        if n > 1:
            span.append((c0, 0, c0 + n - 1, 0))
    for i, j in enumerate(judul_daun[3 + 3 * n :]):
        c = 3 + 3 * n + i
        atas.append(Paragraf(xml(j), g.judul_kolom))
        bawah.append("")
        span.append((c, 0, c, 1))
    kepala = Kepala([atas, bawah], span)
    bobot = [0.2, 2.4, 0.4] + [0.3] * (3 * n) + [0.5, 0.4, 0.4]
    ukuran = kol.ukur(bobot, g, {1})
    lebar = lebar_kolom(ukuran, hal.lebar_isi)
    # every word (a number, a year) unbroken in its column, padding included
    pas = all(
        w + 0.5 >= min(u.minimum, u.alami) + 2 * PAD_X + 1
        for w, u in zip(lebar, ukuran, strict=True)
    )
    if not paksa and not pas:
        return None
    sebutan = "Tujuan" if k.jenis == "tujuan" else "Sasaran"
    judul = [
        Paragraf(
            f"<b>Tabel 3.{nomor_tabel} Capaian Kinerja {sebutan}:</b> {xml(k.uraian or '-')}",
            g.kepala,
        ),
        Spacer(1, 3),
    ]
    ekor: list[Flowable] = []
    catatan = _catatan_ringkas(k.ringkas, k.ringkas_akhir, akhir)
    if catatan:
        ekor.append(Paragraf(xml(catatan), g.sel))
    return tabel_dan_ekor(kepala, lebar, baris, ekor, g, hal, judul=judul)


def _analisis(hasil: Lkjip, k: KelompokLkjip, gaya: Gaya) -> list[Flowable]:
    story: list[Flowable] = [
        Spacer(1, 4),
        Paragraf(f"<b>Analisis capaian {hasil.tahun}</b>", gaya.kepala),
    ]
    for b in k.baris:
        kepala = Paragraf(f"<b>{b.nomor}. {xml(b.indikator.nama)}</b>", gaya.sel)
        teks = b.analisis.strip()
        isi = (
            paragraf(teks, gaya.sel)
            if teks
            else [Paragraf(f"<i>Analisis tahun {hasil.tahun} belum diisi.</i>", gaya.sel)]
        )
        story.append(KeepTogether([Spacer(1, 3), kepala, *isi[:2]]))
        story += isi[2:]
    return story


def _tabulasi(hasil: Lkjip, gaya: Gaya, hal: Halaman, nomor: int) -> list[Flowable]:
    nama = [k.nama for k in reversed(hasil.kategori)] + [TIDAK_DIHITUNG]
    judul = [
        "No",
        "Sasaran Strategis",
        "Jumlah Indikator",
        *nama,
        f"Rata-rata Capaian {hasil.tahun} (%)",
    ]
    kol = _Kolom(judul)
    g = gaya
    baris: list[Baris] = []
    for i, k in enumerate(hasil.kelompok, start=1):
        sel = [kol.p(str(i), 0, g.sel_tengah), kol.p(k.uraian or "-", 1, g.sel)]
        sel.append(kol.p(str(len(k.baris)), 2, g.sel_tengah))
        sel += [kol.p(str(k.tabulasi[nm]), 3 + j, g.sel_tengah) for j, nm in enumerate(nama)]
        sel.append(
            kol.p(format_persen(k.ringkas[hasil.tahun].rata_rata), 3 + len(nama), g.sel_tengah)
        )
        baris.append(Baris(sel))
    tebal = ParagraphStyle("tab_tebal", parent=g.sel, fontName=g.font.tebal)
    tebal_t = ParagraphStyle("tab_tebal_t", parent=g.sel_tengah, fontName=g.font.tebal)
    sel = [None, kol.p("Jumlah", 1, tebal), kol.p(str(len(hasil.semua_baris)), 2, tebal_t)]
    sel += [kol.p(str(hasil.tabulasi[nm]), 3 + j, tebal_t) for j, nm in enumerate(nama)]
    sel.append(kol.p(format_persen(hasil.ringkas[hasil.tahun].rata_rata), 3 + len(nama), tebal_t))
    baris.append(Baris(sel))
    kepala = Kepala([[Paragraf(xml(j), g.judul_kolom) for j in judul]], [])
    lebar = kol.lebar([0.2, 2.0, 0.4] + [0.4] * len(nama) + [0.5], g, hal.lebar_isi, {1})
    cap = [
        Paragraf(
            f"<b>Tabel 3.{nomor} Jumlah indikator menurut kategori capaian {hasil.tahun}</b>",
            g.kepala,
        ),
        Spacer(1, 3),
    ]
    return tabel_dan_ekor(kepala, lebar, baris, [], g, hal, judul=cap)


def _rekap_dokumen(hasil: Lkjip, gaya: Gaya, hal: Halaman, nomor: int) -> list[Flowable]:
    judul = [
        "Tahun",
        "Jumlah Capaian (%)",
        "Rata-rata Capaian (%)",
        "Indikator dihitung",
        "Tidak dapat dihitung",
    ]
    kol = _Kolom(judul)
    g = gaya
    baris = []
    isi = [(str(t), hasil.ringkas[t]) for t in hasil.daftar_tahun]
    if hasil.tahun_akhir is not None:
        isi.append(
            (f"{hasil.tahun} thd target akhir Renstra {hasil.tahun_akhir}", hasil.ringkas_akhir)
        )
    for label, r in isi:
        baris.append(
            Baris(
                [
                    kol.p(label, 0, g.sel),
                    kol.p(format_persen(r.jumlah), 1, g.sel_tengah),
                    kol.p(format_persen(r.rata_rata), 2, g.sel_tengah),
                    kol.p(str(r.dihitung), 3, g.sel_tengah),
                    kol.p(str(r.dilewati), 4, g.sel_tengah),
                ]
            )
        )
    kepala = Kepala([[Paragraf(xml(j), g.judul_kolom) for j in judul]], [])
    lebar = kol.lebar([1.2, 0.6, 0.6, 0.5, 0.5], g, min(hal.lebar_isi, 420), set())
    cap = [Paragraf(f"<b>Tabel 3.{nomor} Capaian seluruh indikator</b>", g.kepala), Spacer(1, 3)]
    return tabel_dan_ekor(kepala, lebar, baris, [], g, hal, judul=cap)


def _efisiensi(
    hasil: Lkjip, gaya: Gaya, hal: Halaman, nomor: int, ttd: list[Flowable]
) -> list[Flowable]:
    """The efficiency table, closed by the signature (kept with the table's last rows)."""
    g = gaya
    if hasil.pk is None:
        isi = [
            Paragraf(f"<b>Tabel 3.{nomor} Efisiensi penggunaan anggaran</b>", g.kepala),
            Paragraf(
                xml(
                    f"Belum ada Perjanjian Kinerja tahun {hasil.tahun}; anggaran dan realisasinya "
                    "belum dapat disajikan."
                ),
                g.sel,
            ),
        ]
        return [KeepTogether([*isi, *ttd])]
    judul = [
        "No",
        "Program / Kegiatan / Sub Kegiatan",
        "Anggaran (Rp)",
        "Realisasi (Rp)",
        "%",
        "Kategori",
    ]
    kol = _Kolom(judul)
    tingkat = [ParagraphStyle(f"ef{n}", parent=g.sel, leftIndent=12.0 * n) for n in range(3)]
    baris = []
    for e in hasil.efisiensi:
        uraian = " ".join(x for x in (e.kode.strip(), e.uraian.strip()) if x) or "-"
        baris.append(
            Baris(
                [
                    kol.p(e.nomor, 0, g.sel_tengah),
                    kol.p(uraian, 1, tingkat[e.tingkat]),
                    kol.p(format_angka(e.anggaran, 0), 2, g.sel_kanan),
                    kol.p(format_angka(e.realisasi, 0), 3, g.sel_kanan),
                    kol.p(format_persen(e.persen), 4, g.sel_tengah),
                    kol.p(e.kategori or "-", 5, g.sel_tengah),
                ]
            )
        )
    t = hasil.efisiensi_total
    assert t is not None
    tebal = ParagraphStyle("ef_tebal", parent=g.sel, fontName=g.font.tebal)
    kanan = ParagraphStyle("ef_tebal_k", parent=g.sel_kanan, fontName=g.font.tebal)
    tengah = ParagraphStyle("ef_tebal_t", parent=g.sel_tengah, fontName=g.font.tebal)
    baris.append(
        Baris(
            [
                None,
                kol.p("JUMLAH", 1, tebal),
                kol.p(format_angka(t.anggaran, 0), 2, kanan),
                kol.p(format_angka(t.realisasi, 0), 3, kanan),
                kol.p(format_persen(t.persen), 4, tengah),
                kol.p(t.kategori or "-", 5, tengah),
            ]
        )
    )
    kepala = Kepala([[Paragraf(xml(j), g.judul_kolom) for j in judul]], [])
    lebar = kol.lebar([0.2, 2.4, 0.6, 0.6, 0.4, 0.5], g, hal.lebar_isi, {1})
    cap = [
        Paragraf(
            f"<b>Tabel 3.{nomor} Efisiensi penggunaan anggaran {hasil.tahun}</b> "
            f"(dari {xml(nama_pk(hasil.pk))})",
            g.kepala,
        ),
        Spacer(1, 3),
    ]
    ekor = []
    if any(e.persen is None for e in [*hasil.efisiensi, t]):
        ekor.append(
            Paragraf(
                "Persentase dan kategori hanya dihitung bila anggaran dan realisasinya diketahui "
                "(tanda - : belum diisi).",
                g.sel,
            )
        )
    return tabel_dan_ekor(kepala, lebar, baris, [*ekor, *ttd], g, hal, judul=cap)


def _grafik(hasil: Lkjip, gaya: Gaya, hal: Halaman) -> list[Flowable]:
    warna = warna_kategori(hasil.kategori)
    semua = hasil.semua_baris
    batang = [
        Batang(
            str(b.nomor),
            b.nilai[hasil.tahun].capaian.nilai,
            warna.get(b.kategori or "", WARNA_KOSONG),
        )
        for b in semua
    ]
    legenda = [(k.nama, warna[k.nama]) for k in reversed(hasil.kategori)]
    lebar = hal.lebar_isi
    tinggi = min(220.0, hal.tinggi_isi * 0.4)  # (story_lkjip keeps this much with the heading)
    font = gaya.font.biasa
    story: list[Flowable] = [
        grafik_batang(
            batang, legenda, lebar, tinggi, font, f"Capaian kinerja {hasil.tahun} per indikator (%)"
        ),
        Paragraf(
            "Angka di bawah batang dan pada keterangan garis adalah nomor indikator pada tabel "
            "di atas; garis putus-putus menandai capaian 100%.",
            gaya.sel,
        ),
    ]
    if len(hasil.daftar_tahun) > 1:
        seri = [
            (str(b.nomor), [b.nilai[t].capaian.nilai for t in hasil.daftar_tahun]) for b in semua
        ]
        story += [
            Spacer(1, 8),
            CondPageBreak(tinggi + 30),
            grafik_garis(
                hasil.daftar_tahun,
                seri,
                lebar,
                tinggi,
                font,
                f"Capaian kinerja {hasil.daftar_tahun[0]}–{hasil.tahun} per indikator (%)",
            ),
        ]
    return story


def story_lkjip(
    dok: Dokumen,
    gaya: Gaya,
    hal: Halaman,
    tahun: int | None,
    sejak: int | None,
    kategori: list[Kategori] | None,
) -> list[Flowable]:
    th = tahun_laporan(dok, tahun)
    judul = ["BAB III", "AKUNTABILITAS KINERJA"]
    if dok.profil.instansi.strip():
        judul.append(dok.profil.instansi.strip().upper())
    judul.append(f"TAHUN {th or '-'}")
    story = blok_judul(judul, gaya)
    if th is None:
        teks = (
            "Dokumen belum memiliki periode atau nilai tahunan: isi periode, target dan "
            "realisasi terlebih dahulu."
        )
        return [*story, Paragraf(xml(teks), gaya.kepala)]
    hasil = hitung_lkjip(dok, th, sejak, kategori)
    sub = ParagraphStyle(
        "lkjip_sub", parent=gaya.kepala, fontName=gaya.font.tebal, spaceBefore=4, spaceAfter=4
    )
    story.append(Paragraf("A. Capaian Kinerja per Sasaran Strategis", sub))
    if not hasil.kelompok:
        story.append(Paragraf("Dokumen belum memiliki indikator.", gaya.sel))
    nomor = 0
    for k in hasil.kelompok:
        nomor += 1
        story += _tabel_sasaran(hasil, k, gaya, hal, nomor)
        story += _analisis(hasil, k, gaya)
        story.append(Spacer(1, gaya.ukuran * 1.2))
    story.append(CondPageBreak(120))
    story.append(Paragraf("B. Rekapitulasi Capaian dan Kategori", sub))
    nomor += 1
    story += _rekap_dokumen(hasil, gaya, hal, nomor)
    story.append(Spacer(1, gaya.ukuran))
    nomor += 1
    story += _tabulasi(hasil, gaya, hal, nomor)
    story.append(Spacer(1, gaya.ukuran))
    # the heading moves on with the first chart, never stays alone at the foot of a page
    story.append(CondPageBreak(min(220.0, hal.tinggi_isi * 0.4) + 60))
    story.append(Paragraf("C. Grafik Capaian Kinerja", sub))
    story += _grafik(hasil, gaya, hal)
    story.append(Spacer(1, gaya.ukuran))
    story.append(CondPageBreak(120))
    story.append(Paragraf("D. Realisasi Anggaran", sub))
    nomor += 1
    ttd: list[Flowable] = []
    lt = dok.laporan(th)
    if lt is not None and lt.penandatangan is not None:
        # A yearly report is dated by its own signer, never by the IKU sheet's.
        p = lt.penandatangan
        tt = tanggal_cetak(p.tempat, p.tanggal, f"Laporan tahunan {th}: penandatangan")
        ttd = [Spacer(1, gaya.ukuran * 1.5), *blok_satu(p, tt, gaya, hal.lebar_isi)]
    story += _efisiensi(hasil, gaya, hal, nomor, ttd)
    return story
