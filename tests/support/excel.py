"""Workbooks in the shapes the Excel tests read: a SIPD "Lampiran APBD", filled forms."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from openpyxl import Workbook

# (urusan, bidang, program, kegiatan, sub kegiatan, uraian, jumlah): codes filled down.
BARIS_SIPD: list[tuple[Any, ...]] = [
    ("7", "", "", "", "", "URUSAN PEMERINTAHAN UMUM", 1_535_000_000),
    ("7", "01", "", "", "", "KEWILAYAHAN", 1_535_000_000),
    (
        "7",
        "01",
        "01",
        "",
        "",
        "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA",
        1_250_000_000,
    ),
    (
        "7",
        "01",
        "01",
        "2.01",
        "",
        "Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah",
        35_000_000,
    ),
    (
        "7",
        "01",
        "01",
        "2.01",
        "2.01.0001",
        "Penyusunan Dokumen Perencanaan Perangkat Daerah",
        20_000_000,
    ),
    (
        "7",
        "01",
        "01",
        "2.01",
        "2.01.0007",
        "Koordinasi dan Penyusunan Laporan Capaian Kinerja",
        15_000_000,
    ),
    ("7", "01", "01", "2.02", "", "Administrasi Keuangan Perangkat Daerah", 1_215_000_000),
    ("7", "01", "01", "2.02", "2.02.0001", "Penyediaan Gaji dan Tunjangan ASN", 1_215_000_000),
    (
        "7",
        "01",
        "02",
        "",
        "",
        "PROGRAM PENYELENGGARAAN PEMERINTAHAN DAN PELAYANAN PUBLIK",
        285_000_000,
    ),
    ("7", "01", "02", "2.01", "", "Penyelenggaraan Urusan Pemerintahan Umum", 285_000_000),
    (
        "7",
        "01",
        "02",
        "2.01",
        "2.01.0001",
        "Koordinasi Penyelenggaraan Kegiatan Pemerintahan",
        "285.000.000,00",
    ),
]


def buat_lampiran_sipd(
    path: Path, baris: list[tuple[Any, ...]] | None = None, gabung_kode: bool = False
) -> Path:
    """A "Lampiran APBD" sheet as SIPD prints it: title lines, a two-row heading with "Kode"
    over five code columns, a row of column numbers, then the rows."""
    wb = Workbook()
    ws = wb.active
    ws.title = "Lampiran III"
    ws["A1"] = "RINCIAN APBD MENURUT URUSAN PEMERINTAHAN DAERAH, ORGANISASI, PROGRAM, KEGIATAN"
    ws["A2"] = "KABUPATEN MUSI RAWAS TAHUN ANGGARAN 2023"
    ws["A3"] = "Organisasi : 7.01.0.00.0.00.01.0000 Kecamatan Sumber Harta"
    ws.append([])
    ws.append(
        ["Kode", None, None, None, None, "Uraian", "Belanja Operasi", "Belanja Modal", "Jumlah"]
    )
    ws.append(
        ["Urusan", "Bidang Urusan", "Program", "Kegiatan", "Sub Kegiatan", None, None, None, None]
    )
    ws.merge_cells("A5:E5")
    for kol in "FGHI":
        ws.merge_cells(f"{kol}5:{kol}6")
    ws.append([1, 2, 3, 4, 5, 6, 7, 8, 9])
    awal = ws.max_row + 1
    for b in baris if baris is not None else BARIS_SIPD:
        *kode, uraian, jumlah = b
        ws.append([*(k or None for k in kode), uraian, jumlah, 0, jumlah])
    if gabung_kode:
        # The program code merged down over its kegiatan rows instead of repeated.
        kolom_c = [ws.cell(row=r, column=3).value for r in range(awal, ws.max_row + 1)]
        r = 0
        while r < len(kolom_c):
            akhir = r
            while akhir + 1 < len(kolom_c) and kolom_c[akhir + 1] == kolom_c[r] and kolom_c[r]:
                akhir += 1
            if akhir > r:
                for rr in range(awal + r + 1, awal + akhir + 1):
                    ws.cell(row=rr, column=3).value = None
                ws.merge_cells(
                    start_row=awal + r, start_column=3, end_row=awal + akhir, end_column=3
                )
            r = akhir + 1
    ws.append([None, None, None, None, None, "JUMLAH", None, None, 1_535_000_000])
    wb.save(path)
    return path
