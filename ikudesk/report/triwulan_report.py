"""The quarterly monitoring table (monitoring capaian kinerja triwulan) of a year up to a quarter.

Columns as the offices print them: No · Sasaran Strategis · Indikator · Satuan · Target tahunan
· per quarter 1..K its target (s.d. the quarter), its realisasi (of the quarter itself) and the
capaian s.d. it · realisasi and capaian s.d. triwulan K · penanggung jawab. Headings repeat on
every page; the year's ``laporan_tahunan`` signer signs it (none: no signature block).
"""

from __future__ import annotations

from reportlab.platypus import Flowable, Spacer

from ikudesk.domain.compute import (
    ROMAWI,
    hitung_capaian,
    hitung_realisasi,
    hitung_realisasi_triwulan,
    hitung_target,
)
from ikudesk.domain.model import Dokumen, Indikator
from ikudesk.l10n import format_angka, format_capaian
from ikudesk.report.capaian_report import _grup
from ikudesk.report.iku_sheet import LANJUTAN, tahun_laporan
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


def _angka(h_nilai: object) -> str:
    return format_angka(h_nilai)  # type: ignore[arg-type]


def story_triwulan(
    dok: Dokumen, gaya: Gaya, hal: Halaman, tahun: int | None, triwulan: int | None
) -> list[Flowable]:
    th = tahun_laporan(dok, tahun)
    k_akhir = triwulan or 4
    quarters = list(range(1, k_akhir + 1))
    judul = judul_tahunan(
        dok,
        "MONITORING CAPAIAN KINERJA",
        f"TRIWULAN {ROMAWI[k_akhir]} TAHUN {th}" if th else f"TRIWULAN {ROMAWI[k_akhir]}",
    )

    ada_tujuan = any(t.indikator for t in dok.tujuan)
    depan = [
        ("Tujuan / Sasaran Strategis" if j == "Sasaran Strategis" and ada_tujuan else j)
        for j, _ in DEPAN
    ]
    if th:
        depan[4] = f"Target Tahun {th}"
    n_depan = len(depan)
    n_kol = n_depan + 3 * len(quarters) + 2 + 1
    c_sd = n_depan + 3 * len(quarters)
    c_pj = n_kol - 1
    bobot = [b for _, b in DEPAN] + [0.4] * (3 * len(quarters)) + [0.45, 0.45] + [PJ[1]]

    # Heading rows: the fixed columns span both rows, a quarter spans its three sub-columns.
    atas: list = [Paragraf(xml(j), gaya.judul_kolom) for j in depan]
    bawah: list = [""] * n_depan
    span: list[tuple[int, int, int, int]] = [(c, 0, c, 1) for c in range(n_depan)]
    for i, k in enumerate(quarters):
        c = n_depan + 3 * i
        atas += [Paragraf(f"Triwulan {ROMAWI[k]}", gaya.judul_kolom), "", ""]
        bawah += [Paragraf(s, gaya.judul_kolom) for s in SUB_TRIWULAN]
        span.append((c, 0, c + 2, 0))
    atas += [Paragraf(xml(f"s.d. Triwulan {ROMAWI[k_akhir]}"), gaya.judul_kolom), ""]
    bawah += [Paragraf(xml(s), gaya.judul_kolom) for s in BELAKANG_SD]
    span.append((c_sd, 0, c_sd + 1, 0))
    atas.append(Paragraf(xml(PJ[0]), gaya.judul_kolom))
    bawah.append("")
    span.append((c_pj, 0, c_pj, 1))
    kepala = Kepala([atas, bawah], span)

    teks: list[list[str]] = [[] for _ in range(n_kol)]
    judul_ukur: list[str] = (
        depan + ["Triwulan IV"] * (3 * len(quarters)) + list(BELAKANG_SD) + [PJ[0]]
    )
    for c, j in enumerate(judul_ukur):
        # A quarter's title spans three columns; its sub-headings are what must fit.
        teks[c].append(SUB_TRIWULAN[(c - n_depan) % 3] if n_depan <= c < c_sd else j)

    def p(s: str, c: int, tengah: bool = False) -> list[Flowable]:
        teks[c].append(s)
        return paragraf(s, gaya.sel_tengah if tengah else gaya.sel)

    baris: list[Baris] = []
    for k in (1, 2):
        teks[k].append(LANJUTAN)
    for no, (kunci, uraian, daftar) in enumerate(_grup(dok), start=1):
        sel_no, sel_s = p(str(no), 0, True), p(uraian, 1)
        for ind in daftar:
            sel = [sel_no, sel_s, p(ind.nama, 2), p(ind.satuan or "-", 3, True)]
            sel += _nilai(ind, th, quarters, k_akhir, p)
            sel.append(p(ind.penanggung_jawab, c_pj))
            lanjutan = {
                0: sel_no,
                1: paragraf(f"{uraian} {LANJUTAN}", gaya.sel) if uraian.strip() else sel_s,
                2: paragraf(f"{ind.nama} {LANJUTAN}", gaya.sel),
            }
            baris.append(Baris(sel, {0: kunci, 1: kunci}, lanjutan=lanjutan))
    if not baris:
        baris.append(Baris([None, None, p("Belum ada indikator.", 2)] + [None] * (n_kol - 3)))

    ukuran = []
    for c in range(n_kol):
        alami, kata = ukur_teks(teks[c][1:], gaya.font.biasa, gaya.ukuran)
        _, kata_j = ukur_teks(teks[c][:1], gaya.font.tebal, gaya.ukuran)
        ukuran.append(
            UkurKolom(max(alami, kata_j), max(kata, kata_j), bobot[c], TEKS_LUNAK.get(c, 0))
        )
    lebar = lebar_kolom(ukuran, hal.lebar_isi)

    lt = dok.laporan(th) if th is not None else None
    ttd = lt.penandatangan if lt is not None else None

    def susun(jarak: Jarak) -> list[Flowable]:
        ekor: list[Flowable] = [
            Spacer(1, gaya.ukuran * 0.6),
            Paragraf(
                xml(
                    "T: target s.d. triwulan itu; R: realisasi triwulan itu; %: capaian s.d. "
                    "triwulan itu (realisasi s.d. triwulan terhadap target s.d. triwulan). "
                    '"-": belum diisi atau tidak dapat dihitung.'
                ),
                gaya.sel,
            ),
        ]
        ekor += blok_ttd_dari(ttd, lt.catatan if lt else "", gaya, hal.lebar_isi, jarak)
        return blok_judul(judul, gaya, jarak) + tabel_dan_ekor(
            kepala, lebar, baris, ekor, gaya, hal
        )

    return satu_halaman(susun, hal)


def _nilai(ind: Indikator, th: int | None, quarters: list[int], k_akhir: int, p) -> list:  # noqa: ANN001
    """The number cells of one indicator: target tahunan, each quarter's T / R / %, s.d."""
    n_depan = len(DEPAN)
    if th is None:
        return [p("-", c, True) for c in range(n_depan - 1, n_depan + 3 * len(quarters) + 2)]
    sel = [p(_angka(hitung_target(ind, th).nilai), n_depan - 1, True)]
    for i, k in enumerate(quarters):
        c = n_depan + 3 * i
        realisasi_sd = hitung_realisasi(ind, th, k)
        sel += [
            p(_angka(hitung_target(ind, th, k).nilai), c, True),
            p(_angka(hitung_realisasi_triwulan(ind, th, k).nilai), c + 1, True),
            p(format_capaian(hitung_capaian(ind, th, realisasi_sd, k).nilai), c + 2, True),
        ]
    c = n_depan + 3 * len(quarters)
    r = hitung_realisasi(ind, th, k_akhir)
    sel += [
        p(_angka(r.nilai), c, True),
        p(format_capaian(hitung_capaian(ind, th, r, k_akhir).nilai), c + 1, True),
    ]
    return sel
