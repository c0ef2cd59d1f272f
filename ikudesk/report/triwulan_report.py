"""The quarterly monitoring table (monitoring capaian kinerja triwulan) of a year up to a quarter.

Columns as the offices print them: No · Sasaran Strategis · Indikator · Satuan · Target tahunan
· per quarter 1..K its target (s.d. the quarter), its realisasi (of the quarter itself) and the
capaian s.d. it · realisasi and capaian s.d. triwulan K · penanggung jawab. Headings repeat on
every page. Signed per quarter (FORMAT v2 ``laporan_triwulan``): the quarter's own signer and
date; without one the year's ``laporan_tahunan`` signer with the date left blank to be written
by hand (never the year's date); without either no signature block.

A number or a word is never broken inside: a page too narrow for the table at 9 pt gets
smaller type; one too narrow even at the smallest is refused with a message.
"""

from __future__ import annotations

import dataclasses

from reportlab.platypus import Flowable, Spacer

from ikudesk.domain.compute import (
    ROMAWI,
    Hasil,
    hitung_capaian,
    hitung_realisasi,
    hitung_realisasi_triwulan,
    hitung_target,
)
from ikudesk.domain.ikm_tampil import teks_nilai
from ikudesk.domain.model import Dokumen, Indikator, Penandatangan
from ikudesk.domain.status import BELUM_DIISI
from ikudesk.errors import IkuError
from ikudesk.l10n import format_capaian
from ikudesk.report.capaian_report import _grup
from ikudesk.report.iku_sheet import LANJUTAN, lanjutan_indikator, tahun_laporan
from ikudesk.report.tabel import Baris, Kepala
from ikudesk.report.teks import Gaya, Paragraf, buat_gaya, paragraf, xml
from ikudesk.report.umum import (
    Halaman,
    Jarak,
    UkurKolom,
    blok_judul,
    blok_ttd_dari,
    judul_tahunan,
    lebar_kolom,
    lebar_perlu,
    muat,
    satu_halaman,
    tabel_dan_ekor,
    ukur_teks,
)

# (heading, weight) of the fixed columns before and after the quarters.
DEPAN = (
    ("No", 0.3),
    ("Sasaran Strategis", 1.3),
    ("Indikator Kinerja", 1.6),
    ("Satuan", 0.4),
    ("Target Tahunan", 0.45),
)
SUB_TRIWULAN = ("T", "R", "%")
BELAKANG_SD = ("Realisasi", "Capaian (%)")
PJ = ("Penanggung Jawab", 0.9)
TEKS_LUNAK = {1: 60.0, 2: 60.0}
UKURAN_HURUF = (9.0, 8.0, 7.0, 6.5)  # a narrow page gets smaller type, never broken numbers
TANDA_SURVEI = "*"  # marks the year's IKM, which comes from the survey, not from quarters
# a value that is there but has no answer (a zero target), apart from "-" (not entered yet),
# as the LKjIP keeps "belum diisi" apart from "tidak dapat dihitung"
TANDA_TDH = "t.d.h."


def penandatangan_triwulan(
    dok: Dokumen, tahun: int | None, triwulan: int
) -> tuple[Penandatangan | None, bool]:
    """Who signs the table of ``tahun`` s.d. ``triwulan`` and whether its date is left blank:
    the quarter's own entry (dated), else the year's signer (date blank), else nobody."""
    if tahun is None:
        return None, False
    tw = dok.laporan_tw(tahun, triwulan)
    if tw is not None:
        return tw.penandatangan, False
    lt = dok.laporan(tahun)
    if lt is not None and lt.penandatangan is not None:
        return dataclasses.replace(lt.penandatangan, tanggal=""), True
    return None, False


def pesan_triwulan_tanpa_ttd(tahun: int, triwulan: int) -> str:
    """The warning for a quarter printed with the year's signer and a blank date."""
    return (
        f"Penandatangan monitoring triwulan {ROMAWI[triwulan]} {tahun} belum diisi: "
        f"ditandatangani penandatangan laporan tahun {tahun} dengan tanggal dikosongkan untuk "
        "ditulis tangan."
    )


def story_triwulan(
    dok: Dokumen, gaya: Gaya, hal: Halaman, tahun: int | None, triwulan: int | None
) -> list[Flowable]:
    th = tahun_laporan(dok, tahun)
    k_akhir = triwulan or 4
    tabel = _Tabel(dok, gaya, th, k_akhir)
    if not muat(tabel.ukuran, hal.lebar_isi):
        # Word widths scale with the type size: the largest size that fits, built once more.
        cocok = [u for u in UKURAN_HURUF if u < gaya.ukuran and tabel.muat_pada(u, hal)]
        if not cocok:
            raise IkuError(
                f"Tabel monitoring sampai triwulan {ROMAWI[k_akhir]} tidak muat pada kertas ini "
                "tanpa memotong angka atau kata, bahkan dengan huruf terkecil. Cetak dengan "
                "orientasi landscape atau kertas yang lebih lebar."
            )
        gaya = buat_gaya(gaya.pilihan, cocok[0])
        tabel = _Tabel(dok, gaya, th, k_akhir)
    lebar = lebar_kolom(tabel.ukuran, hal.lebar_isi)
    judul = judul_tahunan(
        dok,
        "MONITORING CAPAIAN KINERJA",
        f"TRIWULAN {ROMAWI[k_akhir]} TAHUN {th}" if th else f"TRIWULAN {ROMAWI[k_akhir]}",
    )
    lt = dok.laporan(th) if th is not None else None
    ttd, tanggal_tangan = penandatangan_triwulan(dok, th, k_akhir)
    keterangan = (
        "T: target s.d. triwulan itu; R: realisasi triwulan itu; %: capaian s.d. triwulan itu "
        "(realisasi s.d. triwulan terhadap target s.d. triwulan). "
        '"-": belum diisi.'
    )
    if tabel.ada_tdh:
        keterangan += f' "{TANDA_TDH}": tidak dapat dihitung (nilainya ada, mis. target 0).'
    if tabel.ada_survei:
        keterangan += (
            f" {TANDA_SURVEI}: IKM tahun {th} dari survei kepuasan masyarakat (setahun), "
            "bukan dari nilai triwulan."
        )

    def susun(jarak: Jarak) -> list[Flowable]:
        ekor: list[Flowable] = [
            Spacer(1, gaya.ukuran * 0.6),
            Paragraf(xml(keterangan), gaya.sel),
        ]
        ekor += blok_ttd_dari(
            ttd, lt.catatan if lt else "", gaya, hal.lebar_isi, jarak, tanggal_tangan
        )
        return blok_judul(judul, gaya, jarak) + tabel_dan_ekor(
            tabel.kepala, lebar, tabel.baris, ekor, gaya, hal
        )

    return satu_halaman(susun, hal)


class _Tabel:
    """The table's headings, rows and column measures at one type size."""

    def __init__(self, dok: Dokumen, gaya: Gaya, th: int | None, k_akhir: int) -> None:
        self.gaya, self.th, self.k_akhir = gaya, th, k_akhir
        self.quarters = list(range(1, k_akhir + 1))
        self.ada_survei = False
        self.ada_tdh = False
        ada_tujuan = any(t.indikator for t in dok.tujuan)
        depan = [
            ("Tujuan / Sasaran Strategis" if j == "Sasaran Strategis" and ada_tujuan else j)
            for j, _ in DEPAN
        ]
        if th:
            depan[4] = f"Target Tahun {th}"
        n_depan = len(depan)
        self.n_kol = n_kol = n_depan + 3 * len(self.quarters) + 2 + 1
        c_sd = n_depan + 3 * len(self.quarters)
        c_pj = n_kol - 1
        bobot = [b for _, b in DEPAN] + [0.4] * (3 * len(self.quarters)) + [0.45, 0.45] + [PJ[1]]
        self.kepala = self._kepala(depan, c_sd, c_pj)

        teks: list[list[str]] = [[] for _ in range(n_kol)]
        judul_ukur = (
            depan + ["Triwulan IV"] * (3 * len(self.quarters)) + list(BELAKANG_SD) + [PJ[0]]
        )
        for c, j in enumerate(judul_ukur):
            # A quarter's title spans three columns; its sub-headings are what must fit.
            teks[c].append(SUB_TRIWULAN[(c - n_depan) % 3] if n_depan <= c < c_sd else j)
        self.teks = teks

        baris: list[Baris] = []
        for k in (1, 2):
            teks[k].append(LANJUTAN)
        for no, (kunci, uraian, daftar) in enumerate(_grup(dok), start=1):
            sel_no, sel_s = self.p(str(no), 0, True), self.p(uraian, 1)
            for ind in daftar:
                sel = [sel_no, sel_s, self.p(ind.nama, 2), self.p(ind.satuan or "-", 3, True)]
                sel += self._nilai(ind)
                sel.append(self.p(ind.penanggung_jawab, c_pj))
                lanjutan = lanjutan_indikator(sel_no, sel_s, uraian, ind.nama, gaya.sel)
                baris.append(Baris(sel, {0: kunci, 1: kunci}, lanjutan=lanjutan))
        if not baris:
            baris.append(
                Baris([None, None, self.p("Belum ada indikator.", 2)] + [None] * (n_kol - 3))
            )
        self.baris = baris

        self.ukuran: list[UkurKolom] = []
        for c in range(n_kol):
            alami, kata = ukur_teks(teks[c][1:], gaya.font.biasa, gaya.ukuran)
            _, kata_j = ukur_teks(teks[c][:1], gaya.font.tebal, gaya.ukuran)
            self.ukuran.append(
                UkurKolom(max(alami, kata_j), max(kata, kata_j), bobot[c], TEKS_LUNAK.get(c, 0))
            )

    def muat_pada(self, ukuran_huruf: float, hal: Halaman) -> bool:
        """Whether every column's longest word fits at ``ukuran_huruf`` (widths scale with it)."""
        f = ukuran_huruf / self.gaya.ukuran
        return lebar_perlu(self.ukuran, hal.lebar_isi, f) <= hal.lebar_isi

    def p(self, s: str, c: int, tengah: bool = False) -> list[Flowable]:
        self.teks[c].append(s)
        return paragraf(s, self.gaya.sel_tengah if tengah else self.gaya.sel)

    def _kepala(self, depan: list[str], c_sd: int, c_pj: int) -> Kepala:
        """Heading rows: the fixed columns span both rows, a quarter spans its three
        sub-columns."""
        g = self.gaya
        n_depan = len(depan)
        atas: list = [Paragraf(xml(j), g.judul_kolom) for j in depan]
        bawah: list = [""] * n_depan
        span: list[tuple[int, int, int, int]] = [(c, 0, c, 1) for c in range(n_depan)]
        for i, k in enumerate(self.quarters):
            c = n_depan + 3 * i
            atas += [Paragraf(f"Triwulan {ROMAWI[k]}", g.judul_kolom), "", ""]
            bawah += [Paragraf(s, g.judul_kolom) for s in SUB_TRIWULAN]
            span.append((c, 0, c + 2, 0))
        atas += [Paragraf(xml(f"s.d. Triwulan {ROMAWI[self.k_akhir]}"), g.judul_kolom), ""]
        bawah += [Paragraf(xml(s), g.judul_kolom) for s in BELAKANG_SD]
        span.append((c_sd, 0, c_sd + 1, 0))
        atas.append(Paragraf(xml(PJ[0]), g.judul_kolom))
        bawah.append("")
        span.append((c_pj, 0, c_pj, 1))
        return Kepala([atas, bawah], span)

    def _nilai(self, ind: Indikator) -> list:
        """The number cells of one indicator: target tahunan, each quarter's T / R / %, s.d."""
        th, p = self.th, self.p
        n_depan = len(DEPAN)
        if th is None:
            return [
                p("-", c, True) for c in range(n_depan - 1, n_depan + 3 * len(self.quarters) + 2)
            ]
        sel = [p(self._teks(hitung_target(ind, th)), n_depan - 1, True)]
        for i, k in enumerate(self.quarters):
            c = n_depan + 3 * i
            realisasi_sd = hitung_realisasi(ind, th, k)
            sel += [
                p(self._teks(hitung_target(ind, th, k)), c, True),
                p(self._teks(hitung_realisasi_triwulan(ind, th, k)), c + 1, True),
                p(self._teks(hitung_capaian(ind, th, realisasi_sd, k), True), c + 2, True),
            ]
        c = n_depan + 3 * len(self.quarters)
        if th in ind.survei_ikm and self.k_akhir == 4:
            # s.d. triwulan IV is the year: a survey indicator's year is its survey's IKM
            r = hitung_realisasi(ind, th)
            capaian = hitung_capaian(ind, th, r)
            teks_r = self._teks(r)
            if r.nilai is not None:
                teks_r += TANDA_SURVEI
                self.ada_survei = True
            return [
                *sel,
                p(teks_r, c, True),
                p(self._teks(capaian, True), c + 1, True),
            ]
        r = hitung_realisasi(ind, th, self.k_akhir)
        sel += [
            p(self._teks(r), c, True),
            p(self._teks(hitung_capaian(ind, th, r, self.k_akhir), True), c + 1, True),
        ]
        return sel

    def _teks(self, h: Hasil, capaian: bool = False) -> str:
        """A cell: the value, "-" when not entered yet, TANDA_TDH when there but without an
        answer (said in the legend)."""
        if h.nilai is not None:
            return format_capaian(h.nilai) if capaian else teks_nilai(h)
        if h.status == BELUM_DIISI:
            return "-"
        self.ada_tdh = True
        return TANDA_TDH
