"""The printed IKU sheet: title, header lines, the IKU table, catatan and signature."""

from __future__ import annotations

from collections.abc import Hashable
from dataclasses import dataclass
from decimal import Decimal

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Spacer

from ikudesk.domain.compute import hitung_capaian, hitung_realisasi, tahun_laporan
from ikudesk.domain.model import JUDUL_KOLOM, Dokumen, Indikator, Tujuan, judul_bawaan
from ikudesk.l10n import format_angka, format_capaian
from ikudesk.report.formula_flowable import FormulaFlowable, flowable_rumus
from ikudesk.report.tabel import Baris, Kepala
from ikudesk.report.teks import Gaya, Paragraf, buat_gaya, indent_butir, paragraf, xml
from ikudesk.report.umum import (
    BarisLabel,
    Halaman,
    Jarak,
    UkurKolom,
    blok_judul,
    blok_kepala,
    blok_ttd,
    butir_bernomor,
    lebar_kolom,
    lebar_perlu,
    muat,
    satu_halaman,
    tabel_dan_ekor,
    ukur_teks,
)

# Share of spare width per column kind: text-heavy columns get more, the formula the most.
BOBOT = {
    "rumus": 2.2,
    "indikator": 1.4,
    "sasaran": 1.2,
    "tujuan": 1.1,
    "indikator_tujuan": 1.0,
    "sumber_data": 0.8,
    "penanggung_jawab": 0.8,
}
ANGKA = ("target", "realisasi", "capaian")
LANJUTAN = "(lanjutan)"  # marks a row or a sasaran continued from the previous page


def lanjutan_indikator(
    sel_no: list[Flowable], sel_s: list[Flowable], uraian: str, nama: str, gaya_sel: ParagraphStyle
) -> dict[int, list[Flowable]]:
    """What an indicator row continued on the next page shows in its first three columns: the
    number, then its sasaran and its name, each marked (lanjutan)."""
    return {
        0: sel_no,
        1: paragraf(f"{uraian} {LANJUTAN}", gaya_sel) if uraian.strip() else sel_s,
        2: paragraf(f"{nama} {LANJUTAN}", gaya_sel),
    }


@dataclass
class _Kolom:
    isi: str
    judul: str
    tahun: int | None = None  # for a target sub-column
    grup: str = ""  # a heading over adjacent columns that share it (FORMAT v2 kolom.grup)


def _kolom_daun(dok: Dokumen, tahun: int | None) -> list[_Kolom]:
    hasil: list[_Kolom] = []
    for k in dok.tabel.kolom:
        judul = k.judul or JUDUL_KOLOM.get(k.isi, k.isi)
        if k.isi == "target":
            daftar = dok.tahun()
            hasil += [_Kolom("target", judul, th) for th in daftar] or [_Kolom("target", judul)]
        elif k.isi in ("realisasi", "capaian"):
            hasil.append(_Kolom(k.isi, f"{judul} {tahun}" if tahun else judul, tahun))
        else:
            hasil.append(_Kolom(k.isi, judul, grup=k.grup.strip()))
    return hasil


class _Pembangun:
    def __init__(self, dok: Dokumen, gaya: Gaya, tahun: int | None) -> None:
        self.dok, self.gaya, self.tahun = dok, gaya, tahun
        self.kolom = _kolom_daun(dok, tahun)
        self.jenis = [k.isi for k in self.kolom]
        self.teks_kolom: list[list[str]] = [[] for _ in self.kolom]
        self.rumus_lebar = 0.0
        self._teks_angka: dict[str | None, str] = {}
        # Numbered indicators are one item per cell, yet all align on the widest number.
        self.tanda_lebar = f"{len(dok.semua_indikator())}."

    # ---- cells
    def _p(self, teks: str, c: int, tengah: bool = False) -> list[Flowable]:
        self.teks_kolom[c].append(teks)
        return paragraf(teks, self.gaya.sel_tengah if tengah else self.gaya.sel)

    def _angka(self, nilai: Decimal | None, c: int, capaian: bool = False) -> list[Flowable]:
        # Values repeat across a sheet and Babel's formatting is the costly part: once each.
        # Keyed by the exact text (1.0 and 1.00 print differently; they are equal Decimals).
        kunci = None if nilai is None else ("%" if capaian else "") + str(nilai)
        teks = self._teks_angka.get(kunci)
        if teks is None:
            bentuk = format_capaian if capaian else format_angka
            teks = self._teks_angka[kunci] = bentuk(nilai)
        return self._p(teks, c, tengah=True)

    def _sel_rumus(self, ind: Indikator, c: int) -> list[Flowable]:
        hasil: list[Flowable] = []
        r = ind.rumus
        if ind.pakai_rumus:
            uraian = {k.kode: k.uraian or k.kode for k in r.komponen}
            f = flowable_rumus(
                r.ekspresi or "",
                uraian,
                ind.satuan,
                self.gaya.font.biasa,
                self.gaya.ukuran,
            )
            if f is None:
                hasil += self._p(r.ekspresi or "", c)
            else:
                lebar, _ = f.wrap(1e5, 1e5)
                self.rumus_lebar = max(self.rumus_lebar, lebar)
                self.teks_kolom[c].extend(k.uraian for k in r.komponen)
                hasil.append(f)
        if r.penjelasan.strip():
            if hasil:
                hasil.append(Spacer(1, self.gaya.ukuran * 0.4))
            hasil += self._p(r.penjelasan, c)
        return hasil

    def _sel_indikator(self, ind: Indikator, kolom: _Kolom, c: int, nomor: int | None) -> list:
        match kolom.isi:
            case "indikator":
                if nomor is None:
                    return self._p(ind.nama, c)
                self.teks_kolom[c].append(ind.nama)  # the marker's indent is added when sizing
                return butir_bernomor(
                    [ind.nama], "angka", self.gaya.sel, mulai=nomor, tanda_lebar=self.tanda_lebar
                )
            case "rumus":
                return self._sel_rumus(ind, c)
            case "satuan":
                return self._p(ind.satuan, c, tengah=True)
            case "sumber_data":
                return self._p(ind.sumber_data, c)
            case "penanggung_jawab":
                return self._p(ind.penanggung_jawab, c)
            case "kode":
                return self._p(ind.kode, c, tengah=True)
            case "definisi":
                return self._p(ind.definisi, c)
            case "target":
                return self._angka(ind.target.get(kolom.tahun) if kolom.tahun else None, c)
            case "realisasi":
                if self.tahun is None:
                    return self._angka(None, c)
                return self._angka(hitung_realisasi(ind, self.tahun).nilai, c)
            case "capaian":
                if self.tahun is None:
                    return self._angka(None, c)
                return self._angka(hitung_capaian(ind, self.tahun).nilai, c, capaian=True)
        return []

    # ---- rows
    def indikator_tujuan_di_kepala(self) -> bool:
        return any(k.dari == "indikator_tujuan" for k in self.dok.profil.kepala)

    def baris(self) -> list[Baris]:
        dok, hasil = self.dok, []
        ada_it = "indikator_tujuan" in self.jenis
        per = dok.tabel.nomor_per
        no_grup = no_baris = no_ind = 0
        for ti, t in enumerate(dok.tujuan):
            no_tujuan = ti + 1
            if t.kelompok.strip():
                hasil.append(
                    Baris([], kelompok=Paragraf(f"<b>{xml(t.kelompok.strip())}</b>", self.gaya.sel))
                )
            grup: list[tuple[Hashable, str, list[Indikator]]] = []
            if t.indikator and not ada_it and not self.indikator_tujuan_di_kepala():
                grup.append((("ts", ti), t.uraian, t.indikator))
            grup += [(("s", ti, si), s.uraian, s.indikator) for si, s in enumerate(t.sasaran)]
            if not grup:
                grup.append((("s", ti, -1), "", []))
            sel_tujuan = (
                self._p(t.uraian, self.jenis.index("tujuan")) if "tujuan" in self.jenis else []
            )
            sel_it = self._sel_it(t) if ada_it else []
            for kunci_s, uraian_s, daftar in grup:
                no_grup += 1
                sel_s = (
                    self._p(uraian_s, self.jenis.index("sasaran"))
                    if "sasaran" in self.jenis
                    else []
                )
                isi: list[Indikator | None] = list(daftar) or [None]  # an empty sasaran: one row
                for ind in isi:
                    no_baris += 1
                    if ind is not None:
                        no_ind += 1
                    sel: list = []
                    kunci: dict[int, Hashable] = {}
                    for c, kolom in enumerate(self.kolom):
                        match kolom.isi:
                            case "nomor":
                                nomor = {"tujuan": no_tujuan, "sasaran": no_grup}.get(per, no_baris)
                                sel.append(self._p("" if per == "tidak" else str(nomor), c, True))
                                if per == "tujuan":
                                    kunci[c] = ("t", ti)
                                elif per == "sasaran":
                                    kunci[c] = kunci_s
                            case "tujuan":
                                sel.append(sel_tujuan)
                                kunci[c] = ("t", ti)
                            case "indikator_tujuan":
                                sel.append(sel_it)
                                kunci[c] = ("t", ti)
                            case "sasaran":
                                sel.append(sel_s)
                                kunci[c] = kunci_s
                            case _:
                                if ind is None:
                                    sel.append(None)
                                else:
                                    nomor_ind = no_ind if dok.tabel.nomori_indikator else None
                                    sel.append(self._sel_indikator(ind, kolom, c, nomor_ind))
                    nomor_ind = no_ind if dok.tabel.nomori_indikator else None
                    lanjutan = self._lanjutan(sel, t, uraian_s, ind, nomor_ind)
                    hasil.append(Baris(sel, kunci, lanjutan=lanjutan))
        return hasil

    def _lanjutan(
        self, sel: list, t: Tujuan, uraian_s: str, ind: Indikator | None, nomor: int | None
    ) -> dict[int, list[Flowable]]:
        """What a continuation on the next page restates: the number as it is, the texts
        that say which row it is marked "(lanjutan)"."""
        hasil: dict[int, list[Flowable]] = {}
        for c, kolom in enumerate(self.kolom):
            teks: str | None = None
            match kolom.isi:
                case "nomor":
                    hasil[c] = sel[c]
                case "tujuan":
                    teks = t.uraian
                case "sasaran":
                    teks = uraian_s
                case "indikator_tujuan":
                    hasil[c] = [*sel[c], *self._tanda_lanjutan(c)]
                case "indikator" if ind is not None:
                    if nomor is not None:
                        hasil[c] = butir_bernomor(
                            [f"{ind.nama} {LANJUTAN}"],
                            "angka",
                            self.gaya.sel,
                            mulai=nomor,
                            tanda_lebar=self.tanda_lebar,
                        )
                    else:
                        teks = ind.nama
            if teks is not None and teks.strip():
                hasil[c] = paragraf(f"{teks} {LANJUTAN}", self.gaya.sel)
            if c in hasil and kolom.isi != "nomor":  # the number is repeated as it is
                self._tanda_lanjutan(c)
        return hasil

    def _tanda_lanjutan(self, c: int) -> list[Flowable]:
        if LANJUTAN not in self.teks_kolom[c][1:]:
            self.teks_kolom[c].append(LANJUTAN)  # the column must hold the word unbroken
        return [Paragraf(LANJUTAN, self.gaya.sel)]

    def _sel_it(self, t: Tujuan) -> list[Flowable]:
        c = self.jenis.index("indikator_tujuan")
        nama = [i.nama for i in t.indikator]
        if len(nama) > 1:
            self.teks_kolom[c].extend(f"- {n}" for n in nama)
            return butir_bernomor(nama, "strip", self.gaya.sel)
        return self._p(nama[0], c) if nama else []

    # ---- headings
    def kepala(self) -> Kepala:
        g = self.gaya
        ada_tahun = any(k.isi == "target" and k.tahun is not None for k in self.kolom)
        n_atas = 2 if ada_tahun or any(k.grup for k in self.kolom) else 1
        atas: list = []
        bawah: list = []
        span: list[tuple[int, int, int, int]] = []
        c = 0
        while c < len(self.kolom):
            k = self.kolom[c]
            self.teks_kolom[c].append(k.judul)
            if k.isi == "target" and k.tahun is not None:
                akhir = c
                while akhir + 1 < len(self.kolom) and self.kolom[akhir + 1].isi == "target":
                    akhir += 1
                atas.append(Paragraf(xml(k.judul), g.judul_kolom))
                atas += [""] * (akhir - c)
                bawah += [
                    Paragraf(str(self.kolom[i].tahun), g.judul_kolom) for i in range(c, akhir + 1)
                ]
                if akhir > c:
                    span.append((c, 0, akhir, 0))
                c = akhir + 1
                continue
            if k.grup:
                # "Sasaran" over Sasaran Strategis · Indikator Kinerja Utama · Formula
                akhir = c
                while akhir + 1 < len(self.kolom) and self.kolom[akhir + 1].grup == k.grup:
                    akhir += 1
                    self.teks_kolom[akhir].append(self.kolom[akhir].judul)
                atas.append(Paragraf(xml(k.grup), g.judul_kolom))
                atas += [""] * (akhir - c)
                bawah += [
                    Paragraf(xml(self.kolom[i].judul), g.judul_kolom) for i in range(c, akhir + 1)
                ]
                if akhir > c:
                    span.append((c, 0, akhir, 0))
                c = akhir + 1
                continue
            atas.append(Paragraf(xml(k.judul), g.judul_kolom))
            if n_atas == 2:
                bawah.append("")
                span.append((c, 0, c, 1))
            c += 1
        baris = [atas] + ([bawah] if n_atas == 2 else [])
        gaya: list[tuple] = []
        if self.dok.tabel.baris_nomor_kolom:
            baris.append([Paragraf(f"({i + 1})", g.sel_tengah) for i in range(len(self.kolom))])
        return Kepala(baris, span, gaya)

    def ukuran_kolom(self) -> list[UkurKolom]:
        g = self.gaya
        hasil = []
        for c, k in enumerate(self.kolom):
            alami, kata = ukur_teks(self.teks_kolom[c][1:], g.font.biasa, g.ukuran)
            judul = [str(k.tahun)] if k.isi == "target" and k.tahun is not None else [k.judul]
            if self.dok.tabel.baris_nomor_kolom:
                judul.append(f"({len(self.kolom)})")
            _, kata_judul = ukur_teks(judul, g.font.tebal, g.ukuran)
            lunak = 0.0
            if k.isi == "rumus":
                alami = max(alami, self.rumus_lebar)
                lunak = min(self.rumus_lebar, 110.0)
            if k.isi == "indikator" and self.dok.tabel.nomori_indikator:
                # every word sits behind the widest number's indent ("60." is wider than "9.")
                geser = indent_butir(self.tanda_lebar, g.font.biasa, g.ukuran)
                kata += geser
                alami += geser
            if k.isi in ("tujuan", "sasaran", "indikator_tujuan", "indikator"):
                lunak = 60.0  # a readable text column, even with short words
            hasil.append(
                UkurKolom(
                    max(alami, kata_judul), max(kata, kata_judul), BOBOT.get(k.isi, 0.5), lunak
                )
            )
        return hasil


def _kepala_dokumen(dok: Dokumen, gaya: Gaya) -> list[BarisLabel]:
    hasil: list[BarisLabel] = []
    tebal = ParagraphStyle("kepala_tebal", parent=gaya.kepala, fontName=gaya.font.tebal)
    for k in dok.profil.kepala:
        isi: list[Flowable] = []
        st = tebal if k.tebal else gaya.kepala  # "Instansi : **Kecamatan Sumbersuko**"
        if k.isi.strip():
            isi += paragraf(k.isi, st)
        if k.butir:
            isi += butir_bernomor(k.butir, k.penomoran or "angka", st)
        if k.dari == "tujuan":
            uraian = [t.uraian for t in dok.tujuan if t.uraian.strip()]
            isi += (
                butir_bernomor(uraian, "angka", gaya.kepala)
                if len(uraian) > 1
                else [Paragraf(xml(u), gaya.kepala) for u in uraian]
            )
        elif k.dari == "indikator_tujuan":
            nama = [i.nama for t in dok.tujuan for i in t.indikator]
            isi += (
                butir_bernomor(nama, "angka", gaya.kepala)
                if len(nama) > 1
                else [Paragraf(xml(n), gaya.kepala) for n in nama]
            )
        hasil.append(BarisLabel("", k.label, isi))
    # A table caption continues a numbered header list (as in "4 Indikator Kinerja Utama :").
    if dok.tabel.judul.strip() and hasil:
        hasil.append(BarisLabel("", dok.tabel.judul.strip(), []))
        for i, b in enumerate(hasil):
            b.nomor = str(i + 1)
    return hasil


UKURAN_HURUF = (9.0, 8.0, 7.0, 6.5)  # a wide table on narrow paper gets smaller type


def story_iku(dok: Dokumen, gaya: Gaya, hal: Halaman, tahun: int | None) -> list[Flowable]:
    tahun = tahun_laporan(dok, tahun)
    p = _Pembangun(dok, gaya, tahun)
    kepala, baris = p.kepala(), p.baris()
    uk = p.ukuran_kolom()
    g = gaya
    if not muat(uk, hal.lebar_isi):
        # Word widths scale with the type size: pick the largest size that fits, build once more.
        cocok = [
            u
            for u in UKURAN_HURUF
            if u < gaya.ukuran and lebar_perlu(uk, hal.lebar_isi, u / gaya.ukuran) <= hal.lebar_isi
        ]
        g = buat_gaya(gaya.pilihan, cocok[0] if cocok else UKURAN_HURUF[-1])
        p = _Pembangun(dok, g, tahun)
        kepala, baris = p.kepala(), p.baris()
        uk = p.ukuran_kolom()
    gaya = g
    label = _kepala_dokumen(dok, gaya)
    ada_judul = bool(dok.tabel.judul.strip())
    lebar = lebar_kolom(uk, hal.lebar_isi)

    def susun(jarak: Jarak) -> list[Flowable]:
        story = blok_judul(dok.judul or judul_bawaan(dok.profil.instansi), gaya, jarak)
        # The caption, the last numbered header line when there are any, goes with the table.
        n_judul = 1 if ada_judul and label else 0
        kepala_dok, judul = blok_kepala(label, gaya, hal.lebar_isi, n_judul, jarak)
        story += kepala_dok
        if ada_judul and not label:
            judul = [Paragraf(f"<b>{xml(dok.tabel.judul)}</b>", gaya.kepala)]
        if judul:
            judul.append(Spacer(1, 4 * jarak.kepala))
        ekor = blok_ttd(dok, gaya, hal.lebar_isi, jarak)
        return story + tabel_dan_ekor(kepala, lebar, baris, ekor, gaya, hal, judul)

    return satu_halaman(susun, hal)


__all__ = ["FormulaFlowable", "story_iku", "tahun_laporan"]
