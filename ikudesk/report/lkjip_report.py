"""LKjIP Bab III (Akuntabilitas Kinerja) in the parts of PermenPAN-RB 53/2014:

A. Capaian Kinerja Organisasi — 1. per sasaran a table of targets, realisasi and capaian over
   the years compared, the Renstra end target and Y's capaian against it, "Jumlah" and
   "Rata-rata" rows, each indicator's analysis; 2. the comparison over the years and the
   tabulation of categories; 3. a chart per indicator; 4. the efficiency of the resources used;
B. Realisasi Anggaran — the budget's realisation from the year's latest PK;
signed by the year's laporan_tahunan signer.

A value not entered is "belum diisi" (naming which); "tidak dapat dihitung" only where the
values are there and the arithmetic has no answer (a zero target)."""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from reportlab.graphics.shapes import Drawing
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table, TableStyle

from ikudesk.domain.compute import Hasil
from ikudesk.domain.ikm_tampil import teks_nilai
from ikudesk.domain.kategori import Kategori
from ikudesk.domain.lkjip import (
    BELUM_DIISI_TAB,
    TIDAK_DIHITUNG,
    WARNA_KOSONG,
    BarisLkjip,
    KelompokLkjip,
    Lkjip,
    hitung_lkjip,
    kategori_capaian,
    kekurangan,
    status_kosong,
    warna_kategori,
)
from ikudesk.domain.model import Dokumen
from ikudesk.domain.status import BELUM_DIISI
from ikudesk.l10n import format_angka, format_ikm
from ikudesk.report.charts import WARNA_100, Panel, Seri, grafik_indikator, legenda
from ikudesk.report.iku_sheet import LANJUTAN, tahun_laporan
from ikudesk.report.opsi import pesan_tanpa_ttd
from ikudesk.report.pk_report import nama_pk
from ikudesk.report.tabel import PAD_X, Baris, Kepala, Sel
from ikudesk.report.teks import Gaya, Paragraf, buat_gaya, paragraf, xml
from ikudesk.report.ttd import blok_satu, format_persen, tanggal_cetak
from ikudesk.report.umum import (
    LEBAR_TERBACA,
    Halaman,
    UkurKolom,
    blok_judul,
    judul_tahunan,
    lebar_kolom,
    tabel_dan_ekor,
    ukur_teks,
)

MAKS_NAMA_PERINGATAN = 10  # indicators named in a warning; the rest counted


def peringatan_lkjip(dok: Dokumen, tahun: int | None) -> list[str]:
    """What is missing from the year's report: the signer, the PK (budget table), the
    analyses not yet written (their space is left empty), naming the indicators."""
    th = tahun_laporan(dok, tahun)
    if th is None:
        return []
    hasil = []
    lt = dok.laporan(th)
    if lt is None or lt.penandatangan is None:
        hasil.append(pesan_tanpa_ttd(th))  # the one wording of every report
    if dok.pk(th) is None:
        hasil.append(
            f"Belum ada Perjanjian Kinerja tahun {th}; tabel realisasi anggaran tidak dicetak."
        )
    tanpa = [b for b in hitung_lkjip(dok, th, th).semua_baris if not b.analisis.strip()]
    if tanpa:
        # by kode when it has one: two indicators of the same name are told apart
        nama = [
            f"{' '.join(b.indikator.kode.split()) or f'{b.nomor}.'} "
            f"{b.indikator.nama.strip() or '(tanpa nama)'}"
            for b in tanpa
        ]
        daftar = "; ".join(nama[:MAKS_NAMA_PERINGATAN])
        if len(nama) > MAKS_NAMA_PERINGATAN:
            daftar += f"; dan {len(nama) - MAKS_NAMA_PERINGATAN} indikator lainnya"
        hasil.append(
            f"Analisis capaian {th} belum diisi untuk {len(tanpa)} indikator (ruangnya "
            f"dibiarkan kosong): {daftar}."
        )
    return hasil


def _rupiah(n: int | None) -> str:
    return format_angka(n, 0) if n is not None else "belum diisi"


def _teks_kosong(h: Hasil) -> str:
    """What a missing value says in its cell."""
    return "belum diisi" if h.status == BELUM_DIISI else "tidak dapat dihitung"


def _sel_nilai(h: Hasil) -> str:
    return teks_nilai(h) if h.nilai is not None else _teks_kosong(h)


def _sel_capaian(c: Hasil, kurang: str) -> str:
    """A capaian; without one "-" when its target or realisasi (in the same row) says
    "belum diisi", else "tidak dapat dihitung"."""
    if c.nilai is not None:
        return format_persen(c.nilai)
    return "-" if status_kosong(c, kurang) == BELUM_DIISI else "tidak dapat dihitung"


def _kurang_akhir(b: BarisLkjip, tahun: int) -> str:
    kurang = kekurangan(b.target_akhir, b.nilai[tahun].realisasi)
    return kurang.replace("target", "target akhir Renstra")


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


def _sisihan(baris: list[tuple[BarisLkjip, Hasil, str]]) -> str:
    """ ", belum diisi: no. 7 (target dan realisasi); tidak dapat dihitung: no. 4"."""
    belum = [
        f"no. {b.nomor} ({kurang})" if kurang else f"no. {b.nomor}"
        for b, c, kurang in baris
        if c.nilai is None and status_kosong(c, kurang) == BELUM_DIISI
    ]
    gagal = [
        f"no. {b.nomor}"
        for b, c, kurang in baris
        if c.nilai is None and status_kosong(c, kurang) != BELUM_DIISI
    ]
    teks = ""
    if belum:
        teks += "; belum diisi: " + ", ".join(belum)
    if gagal:
        teks += "; tidak dapat dihitung: " + ", ".join(gagal)
    return teks


def _catatan_ringkas(hasil: Lkjip, k: KelompokLkjip) -> str:
    """The count behind the Jumlah / Rata-rata rows, naming what was left out and why."""
    bagian = []
    for th, r in k.ringkas.items():
        if r.dilewati:
            isi = [(b, b.nilai[th].capaian, b.kurang(th)) for b in k.baris]
            bagian.append(f"{th}: {r.dihitung} indikator dihitung{_sisihan(isi)}")
    if k.ringkas_akhir.dilewati and hasil.tahun_akhir is not None:
        isi = [(b, b.capaian_akhir, _kurang_akhir(b, hasil.tahun)) for b in k.baris]
        bagian.append(
            f"terhadap target akhir Renstra {hasil.tahun_akhir}: {k.ringkas_akhir.dihitung} "
            f"indikator dihitung{_sisihan(isi)}"
        )
    if not bagian:
        return ""
    return (
        "Jumlah dan rata-rata capaian hanya menghitung indikator yang capaiannya ada. "
        + ". ".join(x[0].upper() + x[1:] for x in bagian)
        + "."
    )


@dataclass(frozen=True)
class _KolomSasaran:
    """One column of a sasaran table: under a group heading (Target, Realisasi, Capaian) or
    spanning both heading rows, and what an indicator's row prints in it."""

    judul: str
    grup: str | None
    isi: Callable[[BarisLkjip], str]
    tengah: bool = True
    bobot: float = 0.3


def _isi_target(t: int) -> Callable[[BarisLkjip], str]:
    return lambda b: _sel_nilai(b.nilai[t].target)


def _isi_realisasi(t: int) -> Callable[[BarisLkjip], str]:
    return lambda b: _sel_nilai(b.nilai[t].realisasi)


def _isi_capaian(t: int) -> Callable[[BarisLkjip], str]:
    return lambda b: _sel_capaian(b.nilai[t].capaian, b.kurang(t))


def _kolom_sasaran(hasil: Lkjip, bagian: str) -> list[_KolomSasaran]:
    """The columns of the whole table ("semua"), or of its two halves for narrow paper:
    target and realisasi ("nilai"), capaian ("capaian")."""
    th, akhir = hasil.tahun, hasil.tahun_akhir
    kolom = [
        _KolomSasaran("No", None, lambda b: str(b.nomor), bobot=0.2),
        _KolomSasaran(
            "Indikator Kinerja", None, lambda b: b.indikator.nama, tengah=False, bobot=2.4
        ),
    ]
    if bagian != "capaian":
        kolom.append(_KolomSasaran("Satuan", None, lambda b: b.indikator.satuan or "-", bobot=0.4))
        kolom += [_KolomSasaran(str(t), "Target", _isi_target(t)) for t in hasil.daftar_tahun]
        kolom += [_KolomSasaran(str(t), "Realisasi", _isi_realisasi(t)) for t in hasil.daftar_tahun]
    if bagian != "nilai":
        kolom += [_KolomSasaran(str(t), "Capaian (%)", _isi_capaian(t)) for t in hasil.daftar_tahun]
        kolom += [
            _KolomSasaran(f"Kategori {th}", None, lambda b: b.kategori or "-", bobot=0.5),
            _KolomSasaran(
                f"Target Akhir Renstra {akhir or '-'}",
                None,
                lambda b: (
                    format_angka(b.target_akhir) if b.target_akhir is not None else "belum diisi"
                ),
                bobot=0.4,
            ),
            _KolomSasaran(
                f"Capaian {th} thd Renstra (%)",
                None,
                lambda b: _sel_capaian(b.capaian_akhir, _kurang_akhir(b, th)),
                bobot=0.4,
            ),
        ]
    return kolom


def _tabel_sasaran(
    hasil: Lkjip,
    k: KelompokLkjip,
    gaya: Gaya,
    hal: Halaman,
    nomor_tabel: int,
    awalan: Sequence[Flowable] = (),
) -> list[Flowable]:
    """The table at the report's type size, or at 8 pt; when its numbers would still break
    inside (many years on portrait paper), in two halves one under the other (target and
    realisasi, then capaian), at the type size or smaller; only as a last resort squeezed."""
    ukuran = [gaya.ukuran] + [u for u in (8.0, 7.0) if u < gaya.ukuran]
    g = gaya
    for bagian_bagian, daftar_ukuran in ((["semua"], ukuran[:2]), (["nilai", "capaian"], ukuran)):
        for u in daftar_ukuran:
            g = gaya if u == gaya.ukuran else buat_gaya(gaya.pilihan, u)
            story: list[Flowable] = []
            for i, bagian in enumerate(bagian_bagian):
                isi = _tabel_sasaran_ukuran(
                    hasil, k, g, hal, nomor_tabel, awalan if i == 0 else (), bagian
                )
                if isi is None:
                    break
                story += isi
            else:
                return story
    return _tabel_sasaran_ukuran(hasil, k, g, hal, nomor_tabel, awalan, "semua", paksa=True) or []


def _tabel_sasaran_ukuran(
    hasil: Lkjip,
    k: KelompokLkjip,
    gaya: Gaya,
    hal: Halaman,
    nomor_tabel: int,
    awalan: Sequence[Flowable],
    bagian: str,
    paksa: bool = False,
) -> list[Flowable] | None:
    kolom = _kolom_sasaran(hasil, bagian)
    kol = _Kolom([x.judul for x in kolom])
    g = gaya
    baris: list[Baris] = []
    for b in k.baris:
        sel: list[Sel] = []
        for c, x in enumerate(kolom):
            sel.append(kol.p(x.isi(b), c, g.sel_tengah if x.tengah else g.sel))
        lanjutan = {1: paragraf(f"{b.indikator.nama} {LANJUTAN}", g.sel)}
        baris.append(Baris(sel, lanjutan=lanjutan))
    if bagian != "nilai":
        tebal = ParagraphStyle("lkjip_tebal", parent=g.sel, fontName=g.font.tebal)
        tebal_tengah = ParagraphStyle("lkjip_tebal_t", parent=g.sel_tengah, fontName=g.font.tebal)
        for label, ambil in (
            ("Jumlah Capaian Realisasi Kinerja", lambda r: r.jumlah),
            ("Rata-rata Capaian Realisasi Kinerja", lambda r: r.rata_rata),
        ):
            sel = [None, kol.p(label, 1, tebal)]
            for c, x in enumerate(kolom[2:], start=2):
                if x.grup == "Capaian (%)":
                    r = k.ringkas[int(x.judul)]
                elif x.judul.startswith(f"Capaian {hasil.tahun} thd"):
                    r = k.ringkas_akhir
                else:
                    sel.append(None)
                    continue
                sel.append(kol.p(format_persen(ambil(r)), c, tebal_tengah))
            baris.append(Baris(sel, ikat=True))
    # two heading rows: Target / Realisasi / Capaian over their years
    atas: list = []
    bawah: list = []
    span: list[tuple[int, int, int, int]] = []
    c = 0
    while c < len(kolom):
        x = kolom[c]
        if x.grup is None:
            atas.append(Paragraf(xml(x.judul), g.judul_kolom))
            bawah.append("")
            span.append((c, 0, c, 1))
            c += 1
            continue
        n = sum(1 for y in kolom[c:] if y.grup == x.grup)
        atas += [Paragraf(xml(x.grup), g.judul_kolom)] + [""] * (n - 1)
        bawah += [Paragraf(xml(y.judul), g.judul_kolom) for y in kolom[c : c + n]]
        kol.teks[c].append(x.grup if n == 1 else "")
        if n > 1:
            span.append((c, 0, c + n - 1, 0))
        c += n
    kepala = Kepala([atas, bawah], span)
    ukuran = kol.ukur([x.bobot for x in kolom], g, {1})
    lebar = lebar_kolom(ukuran, hal.lebar_isi)
    # every word (a number, a year, a heading) unbroken in its column, padding included; the
    # indicator's name (column 1) is the one that gives way: a long word in it breaks at a
    # character boundary once its column is readably wide
    pas = all(
        w + 0.5 >= min(u.minimum, u.alami, LEBAR_TERBACA if c == 1 else math.inf) + 2 * PAD_X + 1
        for c, (w, u) in enumerate(zip(lebar, ukuran, strict=True))
    )
    if not paksa and not pas:
        return None
    sebutan = "Tujuan" if k.jenis == "tujuan" else "Sasaran"
    nomor = f"Tabel 3.{nomor_tabel}" + (" (lanjutan)" if bagian == "capaian" else "")
    akhiran = {"nilai": " — target dan realisasi", "capaian": " — capaian"}.get(bagian, "")
    judul = [
        *awalan,
        Paragraf(
            f"<b>{nomor} Capaian Kinerja {sebutan}:</b> {xml(k.uraian or '-')}{akhiran}",
            g.kepala,
        ),
        Spacer(1, 3),
    ]
    ekor: list[Flowable] = []
    catatan = _catatan_ringkas(hasil, k) if bagian != "nilai" else ""
    if catatan:
        ekor.append(Paragraf(xml(catatan), g.sel))
    hasil_tabel = tabel_dan_ekor(kepala, lebar, baris, ekor, g, hal, judul=judul)
    if bagian == "nilai":
        hasil_tabel.append(Spacer(1, g.ukuran))
    return hasil_tabel


def _analisis(hasil: Lkjip, k: KelompokLkjip, gaya: Gaya) -> list[Flowable]:
    """Each indicator's analysis of the year under its name; one not written yet leaves its
    space empty (to be written; the print warns, naming it), never a placeholder text."""
    story: list[Flowable] = [Spacer(1, 4)]
    judul: list[Flowable] = [Paragraf(f"<b>Analisis capaian {hasil.tahun}</b>", gaya.kepala)]
    for b in k.baris:
        kepala = Paragraf(f"<b>{b.nomor}. {xml(b.indikator.nama)}</b>", gaya.sel)
        teks = b.analisis.strip()
        isi = paragraf(teks, gaya.sel) if teks else [Spacer(1, gaya.sel.leading * 2)]
        # the heading of the analyses stays with the first of them
        story.append(KeepTogether([*judul, Spacer(1, 3), kepala, *isi[:2]]))
        story += isi[2:]
        judul = []
    return story


def _tabulasi(hasil: Lkjip, gaya: Gaya, hal: Halaman, nomor: int) -> list[Flowable]:
    nama = [k.nama for k in reversed(hasil.kategori)] + [BELUM_DIISI_TAB, TIDAK_DIHITUNG]
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
        sel: list[Sel] = [kol.p(str(i), 0, g.sel_tengah), kol.p(k.uraian or "-", 1, g.sel)]
        sel.append(kol.p(str(len(k.baris)), 2, g.sel_tengah))
        sel += [kol.p(str(k.tabulasi[nm]), 3 + j, g.sel_tengah) for j, nm in enumerate(nama)]
        sel.append(
            kol.p(format_persen(k.ringkas[hasil.tahun].rata_rata), 3 + len(nama), g.sel_tengah)
        )
        baris.append(Baris(sel))
    tebal = ParagraphStyle("tab_tebal", parent=g.sel, fontName=g.font.tebal)
    tebal_t = ParagraphStyle("tab_tebal_t", parent=g.sel_tengah, fontName=g.font.tebal)
    sel = [None, kol.p("Jumlah", 1, tebal)]
    sel.append(kol.p(str(len(hasil.semua_baris)), 2, tebal_t))
    sel += [kol.p(str(hasil.tabulasi[nm]), 3 + j, tebal_t) for j, nm in enumerate(nama)]
    sel.append(kol.p(format_persen(hasil.ringkas[hasil.tahun].rata_rata), 3 + len(nama), tebal_t))
    baris.append(Baris(sel, ikat=True))
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


def _rekap_dokumen(
    hasil: Lkjip, gaya: Gaya, hal: Halaman, nomor: int, awalan: Sequence[Flowable]
) -> list[Flowable]:
    judul = [
        "Tahun",
        "Jumlah Capaian (%)",
        "Rata-rata Capaian (%)",
        "Indikator dihitung",
        "Belum diisi",
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
                    kol.p(str(r.belum_diisi), 4, g.sel_tengah),
                    kol.p(str(r.tidak_dihitung), 5, g.sel_tengah),
                ]
            )
        )
    kepala = Kepala([[Paragraf(xml(j), g.judul_kolom) for j in judul]], [])
    lebar = kol.lebar([1.2, 0.6, 0.6, 0.5, 0.5, 0.5], g, min(hal.lebar_isi, 480), set())
    cap = [
        *awalan,
        Paragraf(f"<b>Tabel 3.{nomor} Capaian seluruh indikator</b>", g.kepala),
        Spacer(1, 3),
    ]
    return tabel_dan_ekor(kepala, lebar, baris, [], g, hal, judul=cap)


def _efisiensi(
    hasil: Lkjip,
    gaya: Gaya,
    hal: Halaman,
    nomor: int,
    ttd: list[Flowable],
    awalan: Sequence[Flowable],
) -> list[Flowable]:
    """The budget table, closed by the signature (kept with the table's last rows)."""
    g = gaya
    if hasil.pk is None:
        isi = [
            *awalan,
            Paragraf(f"<b>Tabel 3.{nomor} Realisasi anggaran</b>", g.kepala),
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
                    kol.p(_rupiah(e.anggaran), 2, g.sel_kanan),
                    kol.p(_rupiah(e.realisasi), 3, g.sel_kanan),
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
                kol.p(_rupiah(t.anggaran), 2, kanan),
                kol.p(_rupiah(t.realisasi), 3, kanan),
                kol.p(format_persen(t.persen), 4, tengah),
                kol.p(t.kategori or "-", 5, tengah),
            ],
            ikat=True,
        )
    )
    kepala = Kepala([[Paragraf(xml(j), g.judul_kolom) for j in judul]], [])
    lebar = kol.lebar([0.2, 2.4, 0.6, 0.6, 0.4, 0.5], g, hal.lebar_isi, {1})
    cap = [
        *awalan,
        Paragraf(
            f"<b>Tabel 3.{nomor} Realisasi anggaran {hasil.tahun}</b> "
            f"(dari {xml(nama_pk(hasil.pk))})",
            g.kepala,
        ),
        Spacer(1, 3),
    ]
    ekor = []
    if any(e.persen is None for e in [*hasil.efisiensi, t]):
        ekor.append(
            Paragraf(
                "Persentase dan kategori hanya dihitung bila anggaran dan realisasinya sudah "
                "diisi.",
                g.sel,
            )
        )
    return tabel_dan_ekor(kepala, lebar, baris, [*ekor, *ttd], g, hal, judul=cap)


JARAK_GRAFIK = 10.0  # between charts, across and down


def _panel_indikator(hasil: Lkjip, b: BarisLkjip, warna: dict[str, str]) -> list[Panel]:
    tahun = hasil.daftar_tahun
    nilai = [b.nilai[t] for t in tahun]
    satuan = b.indikator.satuan.strip()
    kiri = Panel(
        f"Target dan realisasi ({satuan})" if satuan else "Target dan realisasi",
        [
            Seri(
                "Target",
                [n.target.nilai for n in nilai],
                ["#9ecae1"],
                [_teks_kosong(n.target) for n in nilai],
            ),
            Seri(
                "Realisasi",
                [n.realisasi.nilai for n in nilai],
                ["#2166ac"],
                [_teks_kosong(n.realisasi) for n in nilai],
            ),
        ],
        # an IKM from its survey reads as the IKM report prints it (two decimals)
        format_ikm if any(n.realisasi.survei for n in nilai) else format_angka,
        legenda=[("Target", "#9ecae1", False), ("Realisasi", "#2166ac", False)],
    )
    capaian = [n.capaian for n in nilai]
    kanan = Panel(
        "Capaian (%)",
        [
            Seri(
                "Capaian",
                [c.nilai for c in capaian],
                [
                    warna.get(kategori_capaian(c.nilai, hasil.kategori) or "", WARNA_KOSONG)
                    for c in capaian
                ],
                [_sel_capaian(c, b.kurang(t)) for c, t in zip(capaian, tahun, strict=True)],
            )
        ],
        format_persen,
        garis_100=True,
        legenda=[("Capaian 100%", WARNA_100, True)],
    )
    return [kiri, kanan]


def ukuran_grafik(hal: Halaman, gaya: Gaya) -> tuple[int, float, float]:
    """(charts per row, width, height): two side by side when the page is wide enough, and
    at least two rows on a page under the part's heading."""
    per_baris = 2 if hal.lebar_isi >= 620 else 1
    lebar = (hal.lebar_isi - JARAK_GRAFIK * (per_baris - 1)) / per_baris
    kepala = 4 * gaya.kepala.leading + 24  # the part's heading and the colour legend
    tinggi = min(260.0, (hal.tinggi_isi - kepala) / 2 - JARAK_GRAFIK)
    return per_baris, lebar, max(tinggi, 150.0)


def grafik_lkjip(hasil: Lkjip, gaya: Gaya, hal: Halaman) -> list[Drawing]:
    """Grafik 3.1 … : one per indicator, target against realisasi and capaian over the years."""
    warna = warna_kategori(hasil.kategori)
    _, lebar, tinggi = ukuran_grafik(hal, gaya)
    return [
        grafik_indikator(
            f"Grafik 3.{i} Indikator {b.nomor}: {b.indikator.nama.strip() or '(tanpa nama)'}",
            hasil.daftar_tahun,
            _panel_indikator(hasil, b, warna),
            lebar,
            tinggi,
            gaya.font.biasa,
            gaya.font.tebal,
        )
        for i, b in enumerate(hasil.semua_baris, start=1)
    ]


def _grafik(hasil: Lkjip, gaya: Gaya, hal: Halaman, awalan: list[Flowable]) -> list[Flowable]:
    """The charts in rows (two across on a wide page), the part's heading and the colour
    legend kept with the first row."""
    gambar = grafik_lkjip(hasil, gaya, hal)
    if not gambar:
        return awalan
    per_baris, lebar, tinggi = ukuran_grafik(hal, gaya)
    warna = warna_kategori(hasil.kategori)
    kunci = [(k.nama, warna[k.nama], False) for k in reversed(hasil.kategori)]
    kunci.append(("tanpa capaian", WARNA_KOSONG, False))
    awalan = [
        *awalan,
        Paragraf(
            "Tiap grafik membandingkan target dan realisasi indikator pada tahun-tahun yang "
            "dibandingkan, dan capaiannya terhadap batas 100%. Warna batang capaian menurut "
            "kategori:",
            gaya.sel,
        ),
        Spacer(1, 2),
        legenda(kunci, hal.lebar_isi, gaya.font.biasa),
        Spacer(1, 4),
    ]
    kolom = [lebar] + [JARAK_GRAFIK, lebar] * (per_baris - 1)
    gaya_tabel = TableStyle(
        [
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 0),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("FONTNAME", (0, 0), (-1, -1), gaya.font.biasa),
        ]
    )
    story: list[Flowable] = []
    for i in range(0, len(gambar), per_baris):
        isi: list = []
        for j, d in enumerate(gambar[i : i + per_baris]):
            isi += ([""] if j else []) + [d]
        isi += [""] * (len(kolom) - len(isi))
        baris = Table([isi], colWidths=kolom, rowHeights=[tinggi], hAlign="LEFT")
        baris.setStyle(gaya_tabel)
        if i == 0:
            story.append(KeepTogether([*awalan, baris]))
        else:
            story += [Spacer(1, JARAK_GRAFIK), baris]
    return story


def _efisiensi_sumber_daya(hasil: Lkjip, gaya: Gaya, nomor_tabel: int) -> Paragraf:
    """A.4: what the year's capaian cost, from the year's latest PK."""
    th = hasil.tahun
    rata = hasil.ringkas[th].rata_rata
    kinerja = (
        f"rata-rata capaian kinerja seluruh indikator {format_persen(rata)}%"
        if rata is not None
        else "rata-rata capaian kinerja belum dapat dihitung karena capaiannya belum diisi"
    )
    t = hasil.efisiensi_total
    if hasil.pk is None or t is None:
        teks = (
            f"Tahun {th} {kinerja}. Belum ada Perjanjian Kinerja tahun {th}, sehingga "
            "penggunaan anggarannya belum dapat dibandingkan."
        )
    elif t.persen is None:
        teks = (
            f"Tahun {th} {kinerja}. Anggaran {th} Rp {_rupiah(t.anggaran)}; realisasinya belum "
            f"diisi seluruhnya (rincian pada Tabel 3.{nomor_tabel})."
        )
    else:
        teks = (
            f"Tahun {th} {kinerja}, dengan realisasi anggaran Rp {_rupiah(t.realisasi)} dari "
            f"Rp {_rupiah(t.anggaran)} ({format_persen(t.persen)}%); rincian per program, "
            f"kegiatan dan sub kegiatan pada Tabel 3.{nomor_tabel}."
        )
    return Paragraf(xml(teks), gaya.sel)


def story_lkjip(
    dok: Dokumen,
    gaya: Gaya,
    hal: Halaman,
    tahun: int | None,
    sejak: int | None,
    kategori: list[Kategori] | None,
) -> list[Flowable]:
    th = tahun_laporan(dok, tahun)
    # instansi and pemerintah daerah, as every yearly report's title block (issue 20 item 9)
    judul = judul_tahunan(dok, "BAB III", "AKUNTABILITAS KINERJA", f"TAHUN {th or '-'}")
    story = blok_judul(judul, gaya)
    if th is None:
        teks = (
            "Dokumen belum memiliki periode atau nilai tahunan: isi periode, target dan "
            "realisasi terlebih dahulu."
        )
        return [*story, Paragraf(xml(teks), gaya.kepala)]
    hasil = hitung_lkjip(dok, th, sejak, kategori)
    bagian = ParagraphStyle(
        "lkjip_bagian", parent=gaya.kepala, fontName=gaya.font.tebal, spaceBefore=4, spaceAfter=4
    )
    sub = ParagraphStyle(
        "lkjip_sub", parent=gaya.kepala, fontName=gaya.font.tebal, spaceBefore=2, spaceAfter=3
    )
    # headings go with what follows them (into the first table's caption, or kept together)
    awalan: list[Flowable] = [
        Paragraf("A. Capaian Kinerja Organisasi", bagian),
        Paragraf(
            xml(
                f"Capaian kinerja tahun {th} diukur dengan membandingkan target dan realisasi "
                "indikator kinerja setiap sasaran strategis, dibandingkan pula dengan "
                "tahun-tahun sebelumnya dan dengan target akhir Renstra."
            ),
            gaya.sel,
        ),
        Spacer(1, 3),
        Paragraf("1. Capaian Kinerja per Sasaran Strategis", sub),
    ]
    if not hasil.kelompok:
        story += [*awalan, Paragraf("Dokumen belum memiliki indikator.", gaya.sel)]
        awalan = []
    nomor = 0
    for k in hasil.kelompok:
        nomor += 1
        story += _tabel_sasaran(hasil, k, gaya, hal, nomor, awalan)
        awalan = []
        story += _analisis(hasil, k, gaya)
        story.append(Spacer(1, gaya.ukuran * 1.2))
    nomor += 1
    judul_2 = [Paragraf("2. Perbandingan Capaian Antartahun dan Rekapitulasi", sub)]
    story += _rekap_dokumen(hasil, gaya, hal, nomor, judul_2)
    story.append(Spacer(1, gaya.ukuran))
    nomor += 1
    story += _tabulasi(hasil, gaya, hal, nomor)
    story.append(Spacer(1, gaya.ukuran))
    story += _grafik(hasil, gaya, hal, [Paragraf("3. Grafik Capaian Kinerja", sub)])
    story.append(Spacer(1, gaya.ukuran))
    nomor += 1  # the budget table (part B)
    story.append(
        KeepTogether(
            [
                Paragraf("4. Analisis Efisiensi Penggunaan Sumber Daya", sub),
                _efisiensi_sumber_daya(hasil, gaya, nomor),
            ]
        )
    )
    story.append(Spacer(1, gaya.ukuran))
    ttd: list[Flowable] = []
    lt = dok.laporan(th)
    if lt is not None and lt.penandatangan is not None:
        # A yearly report is dated by its own signer, never by the IKU sheet's.
        p = lt.penandatangan
        tt = tanggal_cetak(p.tempat, p.tanggal, f"Laporan tahunan {th}: penandatangan")
        ttd = [Spacer(1, gaya.ukuran * 1.5), *blok_satu(p, tt, gaya, hal.lebar_isi)]
    story += _efisiensi(hasil, gaya, hal, nomor, ttd, [Paragraf("B. Realisasi Anggaran", bagian)])
    return story
