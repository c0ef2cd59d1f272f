"""The capaian report (LKjIP Bab III): per sasaran, each indicator's target, realisasi,
capaian (%) and category for one year, with the reason where a value cannot be computed."""

from __future__ import annotations

from collections.abc import Hashable

from reportlab.platypus import Flowable, Spacer

from ikudesk.domain.compute import hitung_capaian, hitung_realisasi, hitung_target
from ikudesk.domain.ikm_tampil import teks_nilai
from ikudesk.domain.kategori import KATEGORI_BAWAAN, Kategori, kategori_untuk, teks_rentang
from ikudesk.domain.lkjip import kekurangan
from ikudesk.domain.model import Dokumen, Indikator
from ikudesk.l10n import bulatkan, format_angka, format_capaian
from ikudesk.report.iku_sheet import LANJUTAN, lanjutan_indikator, tahun_laporan
from ikudesk.report.tabel import Baris, Kepala
from ikudesk.report.teks import Gaya, Paragraf, paragraf, xml
from ikudesk.report.umum import (
    Halaman,
    Jarak,
    UkurKolom,
    blok_judul,
    blok_ttd_dari,
    judul_tahunan,
    lebar_kolom,
    satu_halaman,
    tabel_dan_ekor,
    ukur_teks,
)

KOLOM = (
    ("No", 0.3),
    ("Sasaran Strategis", 1.4),
    ("Indikator Kinerja", 1.6),
    ("Satuan", 0.4),
    ("Target", 0.4),
    ("Realisasi", 0.4),
    ("Capaian (%)", 0.4),
    ("Kategori", 0.5),
    ("Keterangan", 1.0),
)


def _grup(dok: Dokumen) -> list[tuple[Hashable, str, list[Indikator]]]:
    hasil: list[tuple[Hashable, str, list[Indikator]]] = []
    for ti, t in enumerate(dok.tujuan):
        if t.indikator:
            hasil.append((("t", ti), t.uraian, t.indikator))
        hasil += [(("s", ti, si), s.uraian, s.indikator) for si, s in enumerate(t.sasaran)]
    return [g for g in hasil if g[2]]


def story_capaian(
    dok: Dokumen, gaya: Gaya, hal: Halaman, tahun: int | None, kategori: list[Kategori] | None
) -> list[Flowable]:
    daftar_kategori = list(kategori or KATEGORI_BAWAAN)
    th = tahun_laporan(dok, tahun)
    judul = judul_tahunan(dok, "PENGUKURAN CAPAIAN KINERJA", f"TAHUN {th}" if th else "TAHUN -")

    # A tujuan's own indicators are grouped under the tujuan, in the same column.
    ada_tujuan = any(t.indikator for t in dok.tujuan)
    judul_kolom = [
        "Tujuan / Sasaran Strategis"
        if j == "Sasaran Strategis" and ada_tujuan
        else f"{j} {th}"
        if j in ("Target", "Realisasi") and th
        else j
        for j, _ in KOLOM
    ]
    teks: list[list[str]] = [[j] for j in judul_kolom]

    def p(s: str, c: int, tengah: bool = False) -> list[Flowable]:
        teks[c].append(s)
        return paragraf(s, gaya.sel_tengah if tengah else gaya.sel)

    baris: list[Baris] = []
    for k in (1, 2):
        teks[k].append(LANJUTAN)  # the column must hold the word unbroken
    for no, (kunci, uraian, daftar) in enumerate(_grup(dok), start=1):
        sel_no, sel_s = p(str(no), 0, True), p(uraian, 1)
        for ind in daftar:
            if th is None:
                target = capaian = None
                teks_r = "-"
                alasan = "Dokumen belum memiliki periode atau nilai tahunan."
            else:
                target = ind.target.get(th)
                r = hitung_realisasi(ind, th)
                hasil_capaian = hitung_capaian(ind, th, r)
                teks_r, capaian = teks_nilai(r), hasil_capaian.nilai
                alasan = hasil_capaian.alasan if capaian is None else ""
                if (
                    capaian is None
                    and kekurangan(hitung_target(ind, th), r) == "target dan realisasi"
                ):
                    alasan = f"Target dan realisasi {th} belum diisi."  # as the LKjIP says
            kat = kategori_untuk(bulatkan(capaian), daftar_kategori) if capaian is not None else "-"
            sel = [
                sel_no,
                sel_s,
                p(ind.nama, 2),
                p(ind.satuan or "-", 3, True),
                p(format_angka(target), 4, True),
                p(teks_r, 5, True),
                p(format_capaian(capaian), 6, True),
                p(kat, 7, True),
                p(alasan, 8),
            ]
            # a row or sasaran continued on the next page says which one it is
            lanjutan = lanjutan_indikator(sel_no, sel_s, uraian, ind.nama, gaya.sel)
            baris.append(Baris(sel, {0: kunci, 1: kunci}, lanjutan=lanjutan))
    if not baris:
        baris.append(Baris([None, None, p("Belum ada indikator.", 2)] + [None] * 6))
    kepala = Kepala([[Paragraf(xml(j), gaya.judul_kolom) for j in judul_kolom]], [])
    ukuran = []
    for c, (_, bobot) in enumerate(KOLOM):
        alami, kata = ukur_teks(teks[c][1:], gaya.font.biasa, gaya.ukuran)
        _, kata_j = ukur_teks(teks[c][:1], gaya.font.tebal, gaya.ukuran)
        lunak = 60.0 if c in (1, 2, 8) else 0.0
        ukuran.append(UkurKolom(max(alami, kata_j), max(kata, kata_j), bobot, lunak))
    lebar = lebar_kolom(ukuran, hal.lebar_isi)

    skala = "; ".join(f"{teks_rentang(k)}: {k.nama}" for k in reversed(daftar_kategori))

    def susun(jarak: Jarak) -> list[Flowable]:
        ekor: list[Flowable] = [
            Spacer(1, gaya.ukuran * 0.6),
            Paragraf(xml(f"Kategori capaian (%): {skala}."), gaya.sel),
        ]
        # The year's own signer and date (laporan_tahunan), never the IKU sheet's.
        lt = dok.laporan(th) if th is not None else None
        ttd = lt.penandatangan if lt is not None else None
        ekor += blok_ttd_dari(ttd, lt.catatan if lt else "", gaya, hal.lebar_isi, jarak)
        story = blok_judul(judul, gaya, jarak)
        return story + tabel_dan_ekor(kepala, lebar, baris, ekor, gaya, hal)

    return satu_halaman(susun, hal)
