"""The kabupaten's recapitulation as a workbook: one sheet per kecamatan row, one of the
indicators several kecamatan share (kecamatan × capaian)."""

from __future__ import annotations

import os
from pathlib import Path

from openpyxl import Workbook

from ikudesk.domain.compute import ROMAWI
from ikudesk.files.atomic import tulis_atomik_dengan
from ikudesk.files.xlsx_umum import (
    FORMAT_DESIMAL,
    HURUF_TEBAL,
    RATA_TENGAH,
    Lembar,
    cetak_mendatar,
    nama_sheet,
    workbook_baru,
)
from ikudesk.kabupaten.rekap import Rekap


def _judul(rekap: Rekap, apa: str) -> list[str]:
    baris = [f"{apa} TAHUN {rekap.tahun}"]
    if rekap.pemerintah_daerah:
        baris.append(rekap.pemerintah_daerah.upper())
    return baris


def _awal(lb: Lembar, rekap: Rekap, judul: str, kepala: list[str]) -> int:
    """Title and heading rows (repeated on every printed page, frozen); the first body row."""
    lb.judul(_judul(rekap, judul), len(kepala))
    lb.kepala([list(kepala)])
    awal = lb.baris + 1
    lb.bekukan(awal, 3)
    cetak_mendatar(lb.ws, f"{awal - 1}:{awal - 1}")
    return awal


def _sheet_kecamatan(wb: Workbook, rekap: Rekap, dipakai: set[str]) -> None:
    ws = wb.create_sheet(nama_sheet("Rekap Kecamatan", dipakai))
    lb = Lembar(ws, {2: 40})
    kepala = [
        "No",
        "Kecamatan",
        "Periode",
        "Indikator",
        "Terhitung",
        "Tidak terhitung",
        "Rata-rata capaian (%)",
        *rekap.kategori,
        "IKM",
        "Mutu",
        "PK",
        "Laporan tahunan",
    ]
    if rekap.triwulan:
        kepala.append(f"Terisi TW {ROMAWI[rekap.triwulan]}")
    awal = _awal(lb, rekap, "REKAPITULASI CAPAIAN KINERJA KECAMATAN", kepala)
    for no, k in enumerate(rekap.kecamatan, start=1):
        lb.baris += 1
        r = lb.baris
        lb.tulis(r, 1, no, rata=RATA_TENGAH, format_angka="0")
        lb.tulis(r, 2, k.instansi)
        lb.tulis(r, 3, k.periode, rata=RATA_TENGAH)
        lb.tulis(r, 4, k.indikator, format_angka="0")
        lb.tulis(r, 5, k.terhitung, format_angka="0")
        lb.tulis(r, 6, k.tidak_terhitung, format_angka="0")
        lb.tulis(r, 7, k.rata_rata_capaian, format_angka=FORMAT_DESIMAL)
        c = 8
        for nama in rekap.kategori:
            lb.tulis(r, c, k.kategori.get(nama, 0), format_angka="0")
            c += 1
        lb.tulis(r, c, k.ikm, format_angka=FORMAT_DESIMAL)
        lb.tulis(r, c + 1, k.mutu or "-", rata=RATA_TENGAH)
        lb.tulis(r, c + 2, "ada" if k.pk else "belum", rata=RATA_TENGAH)
        lb.tulis(r, c + 3, "ada" if k.laporan_ditandatangani else "belum", rata=RATA_TENGAH)
        if rekap.triwulan:
            lb.tulis(r, c + 4, f"{k.triwulan_terisi} dari {k.triwulan_wajib}", rata=RATA_TENGAH)
    lb.selesai(awal)


def _sheet_bersama(wb: Workbook, rekap: Rekap, dipakai: set[str]) -> None:
    ws = wb.create_sheet(nama_sheet("Indikator Bersama", dipakai))
    kecamatan = [k.instansi for k in rekap.kecamatan]
    lb = Lembar(ws, {2: 50})
    kepala = ["No", "Indikator", "Satuan", *kecamatan]
    awal = _awal(lb, rekap, "CAPAIAN (%) INDIKATOR YANG SAMA ANTAR-KECAMATAN", kepala)
    for no, b in enumerate(rekap.bersama, start=1):
        lb.baris += 1
        r = lb.baris
        lb.tulis(r, 1, no, rata=RATA_TENGAH, format_angka="0")
        lb.tulis(r, 2, f"{b.kode} {b.indikator}".strip())
        lb.tulis(r, 3, b.satuan)
        for j, nama in enumerate(kecamatan):
            if nama in b.capaian:
                lb.tulis(r, 4 + j, b.capaian[nama], format_angka=FORMAT_DESIMAL)
    if not rekap.bersama:
        lb.baris += 1
        lb.tulis(
            lb.baris,
            2,
            "Tidak ada indikator yang dimiliki lebih dari satu kecamatan.",
            huruf=HURUF_TEBAL,
        )
    lb.selesai(awal)


def tulis_xlsx_rekap(rekap: Rekap, path: str | os.PathLike[str]) -> Path:
    """Write the workbook atomically."""
    wb = workbook_baru()
    dipakai: set[str] = set()
    _sheet_kecamatan(wb, rekap, dipakai)
    _sheet_bersama(wb, rekap, dipakai)
    p = Path(path)
    tulis_atomik_dengan(p, lambda tmp: wb.save(tmp))
    return p
