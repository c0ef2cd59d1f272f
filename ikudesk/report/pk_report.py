"""The Perjanjian Kinerja (FORMAT.md v2): the statement page signed by both parties, and the
lampiran — the year's sasaran, indicators and targets (taken from the tree), then the programs
with their kegiatan and sub-kegiatan and the anggaran, the total, and both signatures again."""

from __future__ import annotations

from reportlab.lib.enums import TA_JUSTIFY
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, PageBreak, Spacer, Table

from ikudesk.domain.model import Dokumen, PerjanjianKinerja
from ikudesk.domain.pk import anggaran_efektif, total_anggaran
from ikudesk.domain.pk_edit import (
    PEMBUKA,
    PERNYATAAN_BAKU,
    SEBUTAN_KEDUA,
    SEBUTAN_PERTAMA,
    indikator_lampiran,
    jabatan_lengkap,
    nama_pk,
)
from ikudesk.errors import IkuError
from ikudesk.l10n import format_angka
from ikudesk.report.iku_sheet import LANJUTAN, lanjutan_indikator
from ikudesk.report.tabel import Baris, Kepala
from ikudesk.report.teks import Gaya, Paragraf, buat_gaya, paragraf, xml
from ikudesk.report.ttd import blok_dua, tanggal_cetak
from ikudesk.report.umum import (
    Halaman,
    UkurKolom,
    blok_judul,
    lebar_kolom,
    tabel_dan_ekor,
    ukur_teks,
)

UKURAN_PK = 11  # a letter, read at arm's length: larger than a table sheet's 9 pt
INDENT = 14.0  # a kegiatan under its program, a sub-kegiatan under its kegiatan


def judul_pk(pk: PerjanjianKinerja) -> str:
    jenis = "PERJANJIAN KINERJA PERUBAHAN" if pk.perubahan else "PERJANJIAN KINERJA"
    return f"{jenis} TAHUN {pk.tahun}"


def pilih_pk(dok: Dokumen, tahun: int | None, perubahan: int | None) -> PerjanjianKinerja:
    """The PK to print: of ``tahun`` (else the latest year that has one), the revision asked
    for (else the latest); an Indonesian IkuError when there is none."""
    if tahun is None:
        if not dok.perjanjian_kinerja:
            raise IkuError("Dokumen ini belum memiliki Perjanjian Kinerja.")
        tahun = max(p.tahun for p in dok.perjanjian_kinerja)
    pk = dok.pk(tahun, perubahan)
    if pk is not None:
        return pk
    if dok.pk(tahun) is None:
        raise IkuError(f"Belum ada Perjanjian Kinerja tahun {tahun} pada dokumen ini.")
    ada = ", ".join(
        "PK" if p.perubahan == 0 else f"Perubahan ke-{p.perubahan}"
        for p in sorted(dok.perjanjian_kinerja, key=lambda p: p.perubahan)
        if p.tahun == tahun
    )
    raise IkuError(
        f"PK Perubahan ke-{perubahan} tahun {tahun} belum ada; yang ada tahun itu: {ada}."
    )


def _nama_jabatan(nama: str, jabatan: str, gaya: Gaya, lebar: float) -> Table:
    st = gaya.kepala
    data = [
        [Paragraf("Nama", st), Paragraf(":", st), Paragraf(xml(nama or "-"), st)],
        [Paragraf("Jabatan", st), Paragraf(":", st), Paragraf(xml(jabatan or "-"), st)],
    ]
    kiri = 18.0
    t = Table(data, colWidths=[kiri + 60, 10, lebar - kiri - 70])
    t.setStyle(
        [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (0, -1), kiri),
            ("LEFTPADDING", (1, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 1),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
        ]
    )
    return t


def _judul(pk: PerjanjianKinerja, dok: Dokumen, awalan: str = "") -> list[str]:
    baris = [awalan + judul_pk(pk)]
    if dok.profil.instansi.strip():
        baris.append(dok.profil.instansi.strip().upper())
    if dok.profil.pemerintah_daerah.strip():
        baris.append(dok.profil.pemerintah_daerah.strip().upper())
    return baris


def _halaman_pernyataan(
    dok: Dokumen, pk: PerjanjianKinerja, gaya: Gaya, hal: Halaman, tempat_tanggal: str
) -> list[Flowable]:
    teks = ParagraphStyle(
        "pk_teks", parent=gaya.kepala, alignment=TA_JUSTIFY, spaceAfter=gaya.ukuran * 0.6
    )
    sela = Spacer(1, gaya.ukuran * 0.5)
    pertama, kedua = pk.pihak_pertama, pk.pihak_kedua
    story = blok_judul(_judul(pk, dok), gaya)
    story += [
        Spacer(1, gaya.ukuran),
        Paragraf(xml(PEMBUKA), teks),
        _nama_jabatan(pertama.nama, jabatan_lengkap(pertama), gaya, hal.lebar_isi),
        sela,
        Paragraf(xml(SEBUTAN_PERTAMA), teks),
        _nama_jabatan(kedua.nama, jabatan_lengkap(kedua), gaya, hal.lebar_isi),
        sela,
        Paragraf(xml(SEBUTAN_KEDUA), teks),
    ]
    pernyataan = PERNYATAAN_BAKU if pk.pernyataan is None else pk.pernyataan
    for p in pernyataan:
        story += paragraf(p, teks)
    ttd = blok_dua(
        kedua,
        pertama,
        ["Pihak Kedua,", *jabatan_lengkap(kedua).split("\n")],
        ["Pihak Pertama,", *jabatan_lengkap(pertama).split("\n")],
        tempat_tanggal,
        gaya,
        hal.lebar_isi,
    )
    story += [KeepTogether([Spacer(1, gaya.ukuran * 1.5), ttd])]
    return story


def _ukur(
    teks: list[list[str]],
    bobot: list[float],
    gaya: Gaya,
    lebar: float,
    tebal: list[list[str]] | None = None,
    menjorok: dict[int, tuple[float, float]] | None = None,
) -> list[float]:
    """Widths from what is printed: the heading (bold, ``teks[c][0]``), the cells and the bold
    cells (``tebal[c]``: the total), so that no amount or heading word is broken;
    ``menjorok[c]``: (widest line, longest word) of the column's indented cells, indent
    included."""
    ukuran = []
    for c, isi in enumerate(teks):
        alami, kata = ukur_teks(isi[1:], gaya.font.biasa, gaya.ukuran)
        bold = isi[:1] + (tebal[c] if tebal else [])
        alami_t, kata_t = ukur_teks(bold, gaya.font.tebal, gaya.ukuran)
        alami_m, kata_m = (menjorok or {}).get(c, (0.0, 0.0))
        ukuran.append(UkurKolom(max(alami, alami_t, alami_m), max(kata, kata_t, kata_m), bobot[c]))
    return lebar_kolom(ukuran, lebar)


def _tabel_indikator(
    dok: Dokumen, pk: PerjanjianKinerja, gaya: Gaya, hal: Halaman
) -> list[Flowable]:
    judul = ["No", "Sasaran Strategis", "Indikator Kinerja", "Target", "Satuan"]
    teks: list[list[str]] = [[j] for j in judul]
    teks[1].append(LANJUTAN)

    def p(s: str, c: int, st: ParagraphStyle) -> list[Flowable]:
        teks[c].append(s)
        return paragraf(s, st)

    baris: list[Baris] = []
    for no, (kunci, uraian, daftar) in enumerate(indikator_lampiran(dok, pk.tahun), start=1):
        sel_no, sel_s = p(str(no), 0, gaya.sel_tengah), p(uraian or "-", 1, gaya.sel)
        for ind in daftar:
            sel = [
                sel_no,
                sel_s,
                p(ind.nama, 2, gaya.sel),
                p(format_angka(ind.target[pk.tahun]), 3, gaya.sel_tengah),
                p(ind.satuan or "-", 4, gaya.sel_tengah),
            ]
            lanjutan = lanjutan_indikator(sel_no, sel_s, uraian, ind.nama, gaya.sel)
            baris.append(Baris(sel, {0: kunci, 1: kunci}, lanjutan=lanjutan))
    if not baris:
        teks_kosong = f"Belum ada indikator dengan target tahun {pk.tahun}."
        baris.append(Baris([None, None, p(teks_kosong, 2, gaya.sel), None, None]))
    kepala = Kepala([[Paragraf(xml(j), gaya.judul_kolom) for j in judul]], [])
    lebar = _ukur(teks, [0.2, 1.6, 1.8, 0.4, 0.4], gaya, hal.lebar_isi)
    return tabel_dan_ekor(kepala, lebar, baris, [], gaya, hal)


def _tabel_program(
    pk: PerjanjianKinerja, gaya: Gaya, hal: Halaman, ekor: list[Flowable]
) -> list[Flowable]:
    judul = ["No", "Program / Kegiatan / Sub Kegiatan", "Anggaran (Rp)", "Keterangan"]
    teks: list[list[str]] = [[j] for j in judul]
    teks_tebal: list[list[str]] = [[] for _ in judul]
    gaya_level = [
        ParagraphStyle(f"pk_prog{n}", parent=gaya.sel, leftIndent=INDENT * n) for n in range(3)
    ]

    def p(s: str, c: int, st: ParagraphStyle) -> list[Flowable]:
        teks[c].append(s)
        return paragraf(s, st)

    menjorok: dict[int, tuple[float, float]] = {1: (0.0, 0.0)}

    def baris_node(no: str, node, level: int) -> Baris:  # noqa: ANN001 - Program/Kegiatan/Sub
        uraian = " ".join(x for x in (node.kode.strip(), node.uraian.strip()) if x) or "-"
        alami, kata = ukur_teks([uraian], gaya.font.biasa, gaya.ukuran)
        lama = menjorok[1]
        geser = INDENT * level
        menjorok[1] = (max(lama[0], alami + geser), max(lama[1], kata + geser))
        return Baris(
            [
                p(no, 0, gaya.sel_tengah),
                p(uraian, 1, gaya_level[level]),
                p(format_angka(anggaran_efektif(node), 0), 2, gaya.sel_kanan),
                p(node.sumber_dana or "", 3, gaya.sel),
            ]
        )

    baris: list[Baris] = []
    # numbered under their program as SIPD-based PKs print them: 1, 1.1, 1.1.1
    for i, prog in enumerate(pk.program, start=1):
        baris.append(baris_node(str(i), prog, 0))
        for j, keg in enumerate(prog.kegiatan, start=1):
            baris.append(baris_node(f"{i}.{j}", keg, 1))
            for k, sub in enumerate(keg.sub_kegiatan, start=1):
                baris.append(baris_node(f"{i}.{j}.{k}", sub, 2))
    if not pk.program:
        baris.append(Baris([None, p("Belum ada program.", 1, gaya.sel), None, None]))
    tebal = ParagraphStyle("pk_jumlah", parent=gaya.sel_kanan, fontName=gaya.font.tebal)
    total = format_angka(total_anggaran(pk), 0)
    teks_tebal[1].append("JUMLAH")
    teks_tebal[2].append(total)
    baris.append(
        Baris(
            [
                None,
                paragraf("JUMLAH", ParagraphStyle("pk_j", parent=tebal, alignment=0)),
                paragraf(total, tebal),
                None,
            ],
            ikat=True,  # never alone on a page: a data row and the headings go with it
        )
    )
    kepala = Kepala([[Paragraf(xml(j), gaya.judul_kolom) for j in judul]], [])
    lebar = _ukur(teks, [0.2, 2.6, 0.6, 0.5], gaya, hal.lebar_isi, teks_tebal, menjorok)
    return tabel_dan_ekor(kepala, lebar, baris, ekor, gaya, hal)


def story_pk(
    dok: Dokumen, gaya_dasar: Gaya, hal: Halaman, tahun: int | None, perubahan: int | None
) -> list[Flowable]:
    pk = pilih_pk(dok, tahun, perubahan)
    gaya = buat_gaya(gaya_dasar.pilihan, UKURAN_PK)
    tempat_tanggal = tanggal_cetak(pk.tempat, pk.tanggal, f"{nama_pk(pk)}: tanggal")
    story = _halaman_pernyataan(dok, pk, gaya, hal, tempat_tanggal)

    tabel = buat_gaya(gaya_dasar.pilihan, UKURAN_PK - 1)
    story += [PageBreak()]
    story += blok_judul(_judul(pk, dok, "LAMPIRAN "), gaya)
    story += _tabel_indikator(dok, pk, tabel, hal)
    story += [Spacer(1, gaya.ukuran * 1.2), CondPageBreak(gaya.ukuran * 8)]
    pertama, kedua = pk.pihak_pertama, pk.pihak_kedua
    ttd = blok_dua(
        kedua,
        pertama,
        [f"{x}," for x in [jabatan_lengkap(kedua) or "Pihak Kedua"]],
        [f"{x}," for x in [jabatan_lengkap(pertama) or "Pihak Pertama"]],
        tempat_tanggal,
        gaya,
        hal.lebar_isi,
    )
    story += _tabel_program(pk, tabel, hal, [Spacer(1, gaya.ukuran * 1.5), ttd])
    return story
