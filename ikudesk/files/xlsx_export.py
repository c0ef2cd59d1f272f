"""The document as an Excel workbook, for the kabupaten and for further work in a spreadsheet.

Sheets: the IKU table as printed (the document's columns, tujuan/sasaran cells merged over
their indicators), targets and realisasi per year (Target | Realisasi | Capaian per year), the
quarterly measurement of one year, the lampiran of every Perjanjian Kinerja, and the IKM survey
respondents. Numbers are numbers (Indonesian-looking formats), capaian a number of percent.
Qt-free; written atomically.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from openpyxl import Workbook

from ikudesk.domain.compute import (
    ROMAWI,
    hitung_capaian,
    hitung_realisasi,
    hitung_realisasi_triwulan,
    hitung_target,
)
from ikudesk.domain.ikm import hitung_ikm
from ikudesk.domain.model import (
    JUDUL_KOLOM,
    TRIWULAN,
    Dokumen,
    Indikator,
    Kegiatan,
    PerjanjianKinerja,
    Program,
    SubKegiatan,
    Tujuan,
)
from ikudesk.domain.pk import anggaran_efektif, total_anggaran
from ikudesk.domain.rules import periksa_nilai
from ikudesk.files.atomic import tulis_atomik_dengan
from ikudesk.files.xlsx_umum import (
    FORMAT_BULAT,
    FORMAT_DESIMAL,
    HURUF_TEBAL,
    ISI_KELOMPOK,
    RATA_TENGAH,
    Lembar,
    cetak_mendatar,
    nama_sheet,
    workbook_baru,
)
from ikudesk.l10n import bulatkan

__all__ = ["ekspor_xlsx", "buat_workbook", "tahun_triwulan_bawaan"]

LEBAR_TEKS = {"rumus": 45, "indikator": 45, "sasaran": 35, "tujuan": 35, "indikator_tujuan": 35}


def _pct(h: Decimal | None) -> Decimal | None:
    """Capaian as shown: rounded half away from zero to 2 decimals (never a float artefact)."""
    return None if h is None else bulatkan(h, 2)


def tahun_laporan(dok: Dokumen) -> int | None:
    """The latest year with a realisasi, else the period's last year."""
    daftar = dok.tahun()
    for th in reversed(daftar):
        if any(hitung_realisasi(i, th).ada for i in dok.semua_indikator()):
            return th
    return daftar[-1] if daftar else None


def tahun_triwulan_bawaan(dok: Dokumen) -> int | None:
    """The latest year with quarterly values, else the report year."""
    tahun = {th for i in dok.semua_indikator() for th, tw in i.triwulan.items() if not tw.kosong}
    return max(tahun) if tahun else tahun_laporan(dok)


def _teks_rumus(ind: Indikator) -> str:
    bagian: list[str] = []
    r = ind.rumus
    if ind.pakai_rumus:
        bagian = [r.ekspresi or ""]
        bagian += [f"{k.kode}: {k.uraian}" for k in r.komponen]
    if r.penjelasan.strip():
        bagian.append(r.penjelasan.strip())
    return "\n".join(b for b in bagian if b)


@dataclass
class _Kol:
    isi: str
    judul: str
    tahun: int | None = None


# --------------------------------------------------------------------------- IKU table


def _sheet_iku(wb: Workbook, dok: Dokumen, tahun: int | None, dipakai: set[str]) -> None:
    ws = wb.create_sheet(nama_sheet("IKU", dipakai))
    kolom: list[_Kol] = []
    for kd in dok.tabel.kolom:
        judul = kd.judul or JUDUL_KOLOM.get(kd.isi, kd.isi)
        if kd.isi == "target":
            kolom += [_Kol("target", judul, th) for th in dok.tahun()] or [_Kol("target", judul)]
        elif kd.isi in ("realisasi", "capaian"):
            kolom.append(_Kol(kd.isi, f"{judul} {tahun}" if tahun else judul, tahun))
        else:
            kolom.append(_Kol(kd.isi, judul))
    lb = Lembar(ws, {c: LEBAR_TEKS.get(k.isi, 25) for c, k in enumerate(kolom, start=1)})
    n = len(kolom)
    lb.judul(dok.judul or [dok.profil.instansi], n)
    ada_tahun = any(k.isi == "target" and k.tahun is not None for k in kolom)
    atas: list[str | None] = []
    bawah: list[str | None] = []
    for i, k in enumerate(kolom):
        if k.isi == "target" and k.tahun is not None:
            awal_target = i == 0 or kolom[i - 1].isi != "target"
            atas.append(k.judul if awal_target else None)
            bawah.append(str(k.tahun))
        else:
            atas.append(k.judul)
            bawah.append(k.judul)
    kepala = [atas, bawah] if ada_tahun else [atas]
    if dok.tabel.baris_nomor_kolom:
        kepala.append([f"({i})" for i in range(1, n + 1)])
    lb.kepala(kepala)
    awal_isi = lb.baris + 1
    lb.bekukan(awal_isi)
    cetak_mendatar(ws, f"{awal_isi - len(kepala)}:{awal_isi - 1}")

    jenis = [k.isi for k in kolom]
    no_ind = no_grup = no_baris = 0
    ada_it = "indikator_tujuan" in jenis
    for ti, t in enumerate(dok.tujuan, start=1):
        if t.kelompok.strip():
            lb.baris += 1
            lb.tulis(lb.baris, 1, t.kelompok.strip(), huruf=HURUF_TEBAL, isi=ISI_KELOMPOK)
            for c in range(2, n + 1):
                lb.tulis(lb.baris, c, None, isi=ISI_KELOMPOK)
            lb.gabung(lb.baris, 1, lb.baris, n)
        grup: list[tuple[str, list[Indikator]]] = []
        if t.indikator and not ada_it:
            grup.append((t.uraian, t.indikator))
        grup += [(s.uraian, s.indikator) for s in t.sasaran]
        if not grup:
            grup.append(("", []))
        awal_tujuan = lb.baris + 1
        for uraian_s, daftar in grup:
            no_grup += 1
            awal_grup = lb.baris + 1
            baris_ind: list[Indikator | None] = list(daftar) or [None]
            for ind in baris_ind:
                lb.baris += 1
                no_baris += 1
                if ind is not None:
                    no_ind += 1
                # Cells merged down carry their text in the first row only.
                pertama = (lb.baris == awal_tujuan, lb.baris == awal_grup)
                for c, k in enumerate(kolom, start=1):
                    nomor = (ti, no_grup, no_baris, no_ind)
                    _sel_iku(lb, dok, t, uraian_s, ind, k, c, tahun, nomor, pertama)
            _gabung(lb, jenis, ("sasaran",), awal_grup)
            if dok.tabel.nomor_per == "sasaran":
                _gabung(lb, jenis, ("nomor",), awal_grup)
        _gabung(lb, jenis, ("tujuan", "indikator_tujuan"), awal_tujuan)
        if dok.tabel.nomor_per == "tujuan":
            _gabung(lb, jenis, ("nomor",), awal_tujuan)
    lb.selesai(awal_isi)


def _gabung(lb: Lembar, jenis: list[str], isi: tuple[str, ...], awal: int) -> None:
    if lb.baris <= awal:
        return
    for c, j in enumerate(jenis, start=1):
        if j in isi:
            lb.gabung(awal, c, lb.baris, c)


def _sel_iku(
    lb: Lembar,
    dok: Dokumen,
    t: Tujuan,
    uraian_s: str,
    ind: Indikator | None,
    k: _Kol,
    c: int,
    tahun: int | None,
    nomor: tuple[int, int, int, int],
    pertama: tuple[bool, bool],
) -> None:
    r = lb.baris
    no_tujuan, no_grup, no_baris, no_ind = nomor
    pertama_tujuan, pertama_grup = pertama
    match k.isi:
        case "nomor":
            per = dok.tabel.nomor_per
            n = {"tujuan": no_tujuan, "sasaran": no_grup}.get(per, no_baris)
            tampil = {"tujuan": pertama_tujuan, "sasaran": pertama_grup, "tidak": False}
            n_sel = n if tampil.get(per, True) else None
            lb.tulis(r, c, n_sel, rata=RATA_TENGAH, format_angka="0")
            return
        case "tujuan":
            lb.tulis(r, c, t.uraian if pertama_tujuan else None)
            return
        case "indikator_tujuan":
            nama = [i.nama for i in t.indikator]
            teks = "\n".join(f"- {x}" for x in nama) if len(nama) > 1 else "".join(nama)
            lb.tulis(r, c, teks if pertama_tujuan else None)
            return
        case "sasaran":
            lb.tulis(r, c, uraian_s if pertama_grup else None)
            return
    if ind is None:
        lb.tulis(r, c, None)
        return
    match k.isi:
        case "indikator":
            teks = f"{no_ind}. {ind.nama}" if dok.tabel.nomori_indikator else ind.nama
            lb.tulis(r, c, teks)
        case "rumus":
            lb.tulis(r, c, _teks_rumus(ind))
        case "satuan":
            lb.tulis(r, c, ind.satuan, rata=RATA_TENGAH)
        case "sumber_data":
            lb.tulis(r, c, ind.sumber_data)
        case "penanggung_jawab":
            lb.tulis(r, c, ind.penanggung_jawab)
        case "kode":
            lb.tulis(r, c, ind.kode, rata=RATA_TENGAH)
        case "definisi":
            lb.tulis(r, c, ind.definisi)
        case "target":
            lb.tulis(r, c, ind.target.get(k.tahun) if k.tahun is not None else None)
        case "realisasi":
            lb.tulis(r, c, hitung_realisasi(ind, tahun).nilai if tahun is not None else None)
        case "capaian":
            nilai = _pct(hitung_capaian(ind, tahun).nilai) if tahun is not None else None
            lb.tulis(r, c, nilai, format_angka=FORMAT_DESIMAL)
        case _:
            lb.tulis(r, c, None)


# --------------------------------------------------------------------------- per year


def _kepala_indikator() -> list[str]:
    return ["No", "Kode", "Indikator Kinerja", "Satuan"]


def _isi_indikator(lb: Lembar, no: int, ind: Indikator) -> None:
    r = lb.baris
    lb.tulis(r, 1, no, rata=RATA_TENGAH, format_angka="0")
    lb.tulis(r, 2, ind.kode, rata=RATA_TENGAH)
    lb.tulis(r, 3, ind.nama)
    lb.tulis(r, 4, ind.satuan, rata=RATA_TENGAH)


def _sheet_tahunan(wb: Workbook, dok: Dokumen, dipakai: set[str]) -> None:
    ws = wb.create_sheet(nama_sheet("Target & Realisasi", dipakai))
    lb = Lembar(ws, {3: 50})
    tahun = dok.tahun()
    n = 4 + 3 * len(tahun)
    lb.judul(["TARGET, REALISASI DAN CAPAIAN INDIKATOR KINERJA", dok.profil.instansi.upper()], n)
    atas: list[str | None] = list(_kepala_indikator())
    bawah: list[str | None] = list(_kepala_indikator())
    for th in tahun:
        atas += [str(th), None, None]
        bawah += ["Target", "Realisasi", "Capaian (%)"]
    lb.kepala([atas, bawah])
    awal = lb.baris + 1
    lb.bekukan(awal, 4)
    cetak_mendatar(ws, f"{awal - 2}:{awal - 1}")
    for j in range(3 * len(tahun)):
        lb.lebar_tetap(5 + j, 12)
    for no, ind in enumerate(dok.semua_indikator(), start=1):
        lb.baris += 1
        _isi_indikator(lb, no, ind)
        for j, th in enumerate(tahun):
            c = 5 + 3 * j
            realisasi = hitung_realisasi(ind, th)
            lb.tulis(lb.baris, c, ind.target.get(th))
            lb.tulis(lb.baris, c + 1, realisasi.nilai)
            capaian = hitung_capaian(ind, th, realisasi).nilai
            lb.tulis(lb.baris, c + 2, _pct(capaian), format_angka=FORMAT_DESIMAL)
    lb.selesai(awal)


def _sheet_triwulan(wb: Workbook, dok: Dokumen, tahun: int, dipakai: set[str]) -> None:
    ws = wb.create_sheet(nama_sheet(f"Triwulan {tahun}", dipakai))
    lb = Lembar(ws, {3: 50})
    n = 6 + 4 * 4
    lb.judul([f"PENGUKURAN KINERJA TRIWULAN TAHUN {tahun}", dok.profil.instansi.upper()], n)
    atas: list[str | None] = [*_kepala_indikator(), "Agregasi", f"Target {tahun}"]
    bawah: list[str | None] = list(atas)
    for k in TRIWULAN:
        atas += [f"Triwulan {ROMAWI[k]}", None, None, None]
        bawah += ["Target s.d.", "Realisasi triwulan", "Realisasi s.d.", "Capaian s.d. (%)"]
    lb.kepala([atas, bawah])
    awal = lb.baris + 1
    lb.bekukan(awal, 4)
    cetak_mendatar(ws, f"{awal - 2}:{awal - 1}")
    for c in range(6, n + 1):
        lb.lebar_tetap(c, 11)
    for no, ind in enumerate(dok.semua_indikator(), start=1):
        lb.baris += 1
        r = lb.baris
        _isi_indikator(lb, no, ind)
        agregasi = (
            "Survei IKM"
            if tahun in ind.survei_ikm
            else ("Akumulasi" if ind.akumulasi else "Nilai akhir")
        )
        lb.tulis(r, 5, agregasi, rata=RATA_TENGAH)
        lb.tulis(r, 6, ind.target.get(tahun))
        for j, k in enumerate(TRIWULAN):
            c = 7 + 4 * j
            realisasi_sd = hitung_realisasi(ind, tahun, k)
            lb.tulis(r, c, hitung_target(ind, tahun, k).nilai)
            lb.tulis(r, c + 1, hitung_realisasi_triwulan(ind, tahun, k).nilai)
            lb.tulis(r, c + 2, realisasi_sd.nilai)
            capaian = hitung_capaian(ind, tahun, realisasi_sd, k).nilai
            lb.tulis(r, c + 3, _pct(capaian), format_angka=FORMAT_DESIMAL)
    lb.selesai(awal)


# --------------------------------------------------------------------------- PK lampiran


def _nama_pk(pk: PerjanjianKinerja) -> str:
    return f"PK {pk.tahun}" if pk.perubahan == 0 else f"PK {pk.tahun} Perubahan {pk.perubahan}"


def _sheet_pk(wb: Workbook, dok: Dokumen, pk: PerjanjianKinerja, dipakai: set[str]) -> None:
    ws = wb.create_sheet(nama_sheet(_nama_pk(pk), dipakai))
    lb = Lembar(ws, {2: 40, 3: 50})
    judul = "PERJANJIAN KINERJA" + (" PERUBAHAN" if pk.perubahan else "")
    lb.judul([f"LAMPIRAN {judul} TAHUN {pk.tahun}", dok.profil.instansi.upper()], 5)
    lb.kepala([["No", "Sasaran Strategis", "Indikator Kinerja", "Satuan", f"Target {pk.tahun}"]])
    awal = lb.baris + 1
    cetak_mendatar(ws)
    no = 0
    for t in dok.tujuan:
        grup = [(t.uraian, t.indikator)] + [(s.uraian, s.indikator) for s in t.sasaran]
        for uraian, daftar in grup:
            ada = [i for i in daftar if pk.tahun in i.target]
            if not ada:
                continue
            no += 1
            mulai = lb.baris + 1
            for j, ind in enumerate(ada):
                lb.baris += 1
                lb.tulis(lb.baris, 1, None if j else no, rata=RATA_TENGAH, format_angka="0")
                lb.tulis(lb.baris, 2, None if j else uraian)
                lb.tulis(lb.baris, 3, ind.nama)
                lb.tulis(lb.baris, 4, ind.satuan, rata=RATA_TENGAH)
                lb.tulis(lb.baris, 5, ind.target[pk.tahun])
            if lb.baris > mulai:
                for c in (1, 2):
                    lb.gabung(mulai, c, lb.baris, c)
    lb.baris += 1
    lb.kepala([["Kode", "Program / Kegiatan / Sub Kegiatan", None, "Sumber Dana", "Anggaran (Rp)"]])

    def baris(node: Program | Kegiatan | SubKegiatan, tingkat: int) -> None:
        lb.baris += 1
        r = lb.baris
        tebal = HURUF_TEBAL if tingkat == 0 else None
        lb.tulis(r, 1, node.kode, **({"huruf": tebal} if tebal else {}))
        lb.tulis(r, 2, "    " * tingkat + node.uraian, **({"huruf": tebal} if tebal else {}))
        lb.tulis(r, 3, None)
        lb.gabung(r, 2, r, 3)
        lb.tulis(r, 4, node.sumber_dana, rata=RATA_TENGAH)
        lb.tulis(r, 5, anggaran_efektif(node), format_angka=FORMAT_BULAT)

    for prog in pk.program:
        baris(prog, 0)
        for keg in prog.kegiatan:
            baris(keg, 1)
            for sub in keg.sub_kegiatan:
                baris(sub, 2)
    lb.baris += 1
    r = lb.baris
    lb.tulis(r, 1, "JUMLAH", huruf=HURUF_TEBAL, rata=RATA_TENGAH)
    for c in (2, 3, 4):
        lb.tulis(r, c, None)
    lb.gabung(r, 1, r, 4)
    lb.tulis(r, 5, total_anggaran(pk), huruf=HURUF_TEBAL, format_angka=FORMAT_BULAT)
    lb.lebar_tetap(5, 18)
    lb.selesai(awal)


# --------------------------------------------------------------------------- IKM


def _sheet_ikm(
    wb: Workbook, dok: Dokumen, ind: Indikator, no: int, tahun: int, dipakai: set[str]
) -> None:
    survei = ind.survei_ikm[tahun]
    ws = wb.create_sheet(nama_sheet(f"IKM {tahun} {ind.kode or no}", dipakai))
    lb = Lembar(ws)
    kepala = ["No", "Jenis Kelamin", "Usia", "Pendidikan", "Pekerjaan"]
    n = len(kepala) + len(survei.unsur)
    lb.judul(
        [f"RESPONDEN SURVEI KEPUASAN MASYARAKAT TAHUN {tahun}", ind.nama, dok.profil.instansi], n
    )
    atas: list[str | None] = [*kepala, "Nilai per unsur (1–4)"] + [None] * (len(survei.unsur) - 1)
    bawah: list[str | None] = [*kepala, *(f"U{i} {u}" for i, u in enumerate(survei.unsur, 1))]
    lb.kepala([atas, bawah])
    awal = lb.baris + 1
    lb.bekukan(awal, 2)
    cetak_mendatar(ws, f"{awal - 2}:{awal - 1}")
    for i, resp in enumerate(survei.responden, start=1):
        lb.baris += 1
        r = lb.baris
        lb.tulis(r, 1, i, rata=RATA_TENGAH, format_angka="0")
        lb.tulis(r, 2, resp.jenis_kelamin, rata=RATA_TENGAH)
        lb.tulis(r, 3, resp.usia, rata=RATA_TENGAH, format_angka="0")
        lb.tulis(r, 4, resp.pendidikan)
        lb.tulis(r, 5, resp.pekerjaan)
        for j, v in enumerate(resp.nilai):
            lb.tulis(r, 6 + j, v, rata=RATA_TENGAH, format_angka="0")
    hasil = hitung_ikm(survei)
    lb.baris += 1
    lb.tulis(lb.baris, 1, "IKM", huruf=HURUF_TEBAL, rata=RATA_TENGAH)
    ikm = hasil.ikm_desimal
    lb.tulis(lb.baris, 2, _pct(ikm), huruf=HURUF_TEBAL, format_angka=FORMAT_DESIMAL)
    for j in range(len(survei.unsur)):
        lb.lebar_tetap(6 + j, 14)
    lb.selesai(awal)


# --------------------------------------------------------------------------- the workbook


def buat_workbook(dok: Dokumen, tahun_triwulan: int | None = None) -> Workbook:
    """Every sheet of the export, in memory."""
    wb = workbook_baru()
    dipakai: set[str] = set()
    tahun = tahun_laporan(dok)
    _sheet_iku(wb, dok, tahun, dipakai)
    if dok.tahun():
        _sheet_tahunan(wb, dok, dipakai)
    if tahun_triwulan is not None:
        periksa_nilai(None, dok.periode, tahun_triwulan)
    th_tw = tahun_triwulan if tahun_triwulan is not None else tahun_triwulan_bawaan(dok)
    if th_tw is not None:
        _sheet_triwulan(wb, dok, th_tw, dipakai)
    for pk in sorted(dok.perjanjian_kinerja, key=lambda p: (p.tahun, p.perubahan)):
        _sheet_pk(wb, dok, pk, dipakai)
    for no, ind in enumerate(dok.semua_indikator(), start=1):
        for th in sorted(ind.survei_ikm):
            _sheet_ikm(wb, dok, ind, no, th, dipakai)
    wb.properties.title = " ".join(dok.judul) or dok.profil.instansi
    wb.properties.creator = "IKU Desk"
    return wb


def ekspor_xlsx(
    dok: Dokumen, path: str | os.PathLike[str], tahun_triwulan: int | None = None
) -> Path:
    """Write the workbook to ``path`` atomically (a reader sees the old file or the new one)."""
    wb = buat_workbook(dok, tahun_triwulan)
    p = Path(path)
    tulis_atomik_dengan(p, lambda tmp: wb.save(tmp))
    return p
