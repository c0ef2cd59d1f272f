"""An Excel IKU sheet (.xlsx) read into the neutral table of cells of ``iku_sumber``.

Each sheet is one grid (merged ranges resolved: the same cell object over the whole range);
the recogniser finds the heading row inside it, takes the rows above as the header block and
the rows after the table as the signature block. The sheet holding an IKU table is used.
"""

from __future__ import annotations

import math
import re
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from ikudesk.files.batas_arsip import ArsipError, periksa_paket, sebab_rusak
from ikudesk.files.iku_sumber import Grid, ImporError, Paragraf, Sel, Sumber, Teks, bersih

MAKS_BARIS_LEMBAR = 100_000
MAKS_KOLOM_LEMBAR = 64
MAKS_SHEET = 50
MAKS_SEL = 200_000  # rows × columns of all sheets: 5,000 indicators × 20 columns is 100,000


def _sel(nilai: Any, tebal: bool, format_angka: str = "") -> Sel:
    if nilai is None:
        return Sel()
    angka: Decimal | None = None
    if isinstance(nilai, bool):
        teks = "ya" if nilai else "tidak"
    elif isinstance(nilai, int):
        angka, teks = Decimal(nilai), str(nilai)
    elif isinstance(nilai, float):
        if not math.isfinite(nilai):
            return Sel()
        angka = Decimal(int(nilai)) if nilai.is_integer() else Decimal(repr(nilai))
        teks = str(angka)
    elif isinstance(nilai, Decimal):
        angka, teks = nilai, str(nilai)
    elif isinstance(nilai, datetime | date):
        teks = nilai.strftime("%d-%m-%Y")
    else:
        teks = str(nilai)
    if angka is not None and _persen(format_angka):
        # "90%" on screen is 0.9 in the cell: the sheet's reader means the number shown.
        angka = (angka * 100).normalize()
        angka = angka.quantize(Decimal(1)) if angka == angka.to_integral() else angka
        teks = f"{angka}%"
    paragraf = [Paragraf([Teks(bersih(b), tebal=tebal)]) for b in teks.split("\n")]
    return Sel(paragraf=[p for p in paragraf if p.teks] or [], angka=angka)


def _persen(format_angka: str) -> bool:
    """A number format that shows the value times 100 with "%" (not a quoted "%" literal)."""
    tanpa_kutip = re.sub(r'"[^"]*"|\\.', "", format_angka or "")
    return "%" in tanpa_kutip


def _periksa_ukuran(p: Path) -> None:
    """Refuse a sheet too big for an IKU table from its stated size, before loading every cell
    (a streaming read: openpyxl's full load of a huge sheet takes minutes)."""
    from openpyxl import load_workbook

    # Opened as a file object: openpyxl then reads by content, whatever the name ends with.
    berkas = open(p, "rb")  # noqa: SIM115 - closed in the finally below (read-only streams)
    try:
        wb = load_workbook(berkas, read_only=True)
    except Exception as e:  # noqa: BLE001 - openpyxl raises anything on a damaged file
        berkas.close()
        raise ImporError(
            f"Berkas '{p.name}' tidak dapat dibaca sebagai buku kerja Excel: {sebab_rusak(e)}."
        ) from None
    try:
        jumlah = 0

        def terlalu_besar() -> ImporError:
            return ImporError(
                f"Buku kerja '{p.name}' terlalu besar untuk sebuah lembar IKU (lebih dari "
                f"{MAKS_SEL:,} sel).".replace(",", ".")
            )

        for ws in wb.worksheets[:MAKS_SHEET]:
            baris = ws.max_row or 0  # from the sheet's <dimension>, when it has one
            if baris > MAKS_BARIS_LEMBAR:
                raise ImporError(
                    f"Sheet '{ws.title}' punya {baris} baris; batasnya {MAKS_BARIS_LEMBAR}. "
                    "Hapus baris kosong di bawah tabel, lalu impor lagi."
                )
            # The stated size may be missing or wrong: count while streaming, stop early.
            try:
                for row in ws.iter_rows(values_only=True):
                    jumlah += min(len(row), MAKS_KOLOM_LEMBAR)
                    if jumlah > MAKS_SEL:
                        raise terlalu_besar()
            except ImporError:
                raise
            except Exception as e:  # noqa: BLE001 - read-only openpyxl parses while walking
                raise ImporError(
                    f"Berkas '{p.name}' tidak dapat dibaca sebagai buku kerja Excel: "
                    f"{sebab_rusak(e)}."
                ) from None
    finally:
        wb.close()
        berkas.close()


def baca_xlsx(p: Path) -> Sumber:
    """One grid per sheet (up to 50), in order."""
    try:
        periksa_paket(p, "xl/workbook.xml", "buku kerja Excel (.xlsx)")
    except ArsipError as e:
        raise ImporError(e.pesan) from None
    from openpyxl import load_workbook

    from ikudesk.files import batas

    _periksa_ukuran(p)
    # The bounds every reader has (files.batas), before openpyxl loads the workbook whole: its
    # full load expands each merged range cell by cell (A100:XFD1048576 from 8 KB).
    try:
        batas.periksa_xlsx_utuh(p)
    except batas.BatasError as e:
        raise ImporError(e.pesan) from None
    try:
        with open(p, "rb") as berkas:
            wb = load_workbook(berkas, data_only=True)
    except Exception as e:  # noqa: BLE001 - openpyxl raises anything on a damaged file
        raise ImporError(
            f"Berkas '{p.name}' tidak dapat dibaca sebagai buku kerja Excel: {sebab_rusak(e)}."
        ) from None
    sumber = Sumber(nama=p.name)
    jumlah_sel = 0
    for n, ws in enumerate(wb.worksheets[:MAKS_SHEET], 1):
        if ws.max_row > MAKS_BARIS_LEMBAR:
            raise ImporError(
                f"Sheet '{ws.title}' punya {ws.max_row} baris; batasnya {MAKS_BARIS_LEMBAR}. "
                "Hapus baris kosong di bawah tabel, lalu impor lagi."
            )
        lebar = min(ws.max_column, MAKS_KOLOM_LEMBAR)
        jumlah_sel += ws.max_row * lebar
        if jumlah_sel > MAKS_SEL:
            raise ImporError(
                f"Buku kerja '{p.name}' terlalu besar untuk sebuah lembar IKU (lebih dari "
                f"{MAKS_SEL:,} sel terisi/terpakai).".replace(",", ".")
            )
        gabung: dict[tuple[int, int], tuple[int, int]] = {}
        for rng in ws.merged_cells.ranges:
            for r in range(rng.min_row, min(rng.max_row, ws.max_row) + 1):
                for c in range(rng.min_col, min(rng.max_col, lebar) + 1):
                    gabung[(r, c)] = (rng.min_row, rng.min_col)
        sel: dict[tuple[int, int], Sel] = {}
        baris: list[list[Sel]] = []
        for r, row in enumerate(ws.iter_rows(min_row=1, max_row=ws.max_row, max_col=lebar), 1):
            out: list[Sel] = []
            for c, cell in enumerate(row, 1):
                asal = gabung.get((r, c))
                if asal is not None and asal != (r, c) and asal in sel:
                    out.append(sel[asal])
                    continue
                font = getattr(cell, "font", None)
                s = _sel(
                    cell.value,
                    bool(font is not None and font.b),
                    getattr(cell, "number_format", "") or "",
                )
                sel[(r, c)] = s
                out.append(s)
            out += [Sel() for _ in range(lebar - len(out))]
            baris.append(out)
        if baris:
            sumber.blok.append(Grid(baris=baris, nomor=n, lembar=ws.title))
    return sumber
