"""What the Excel export, the fill-in form and the SIPD import share: opening a workbook that
came from elsewhere (checked before openpyxl sees it), reading a number out of a cell the way the
grid reads a typed one, and the look of a sheet (title rows, headings, widths, number formats).

Qt-free. Every refusal is an ``IkuError`` naming the file, or the cell as ``Sheet!C7``.
"""

from __future__ import annotations

import math
import os
import re
import zipfile
from collections.abc import Iterable, Iterator, Sequence
from datetime import date, datetime, time, timedelta
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from openpyxl import Workbook, load_workbook
from openpyxl.cell.cell import Cell
from openpyxl.styles import Alignment, Border, Font, PatternFill, Protection, Side
from openpyxl.styles.cell_style import StyleArray
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.cell_range import CellRange
from openpyxl.worksheet.merge import MergedCellRange
from openpyxl.worksheet.worksheet import Worksheet

from ikudesk.domain import rules
from ikudesk.errors import DokumenError, IkuError
from ikudesk.files import batas
from ikudesk.files.batas_arsip import jenis_ole, tanda_berkas
from ikudesk.l10n import AngkaError, parse_angka

# --- the look ----------------------------------------------------------------------------------

# Excel's format codes are locale-free: "#,##0.00" shows as 1.250,50 on an Indonesian PC.
FORMAT_DESIMAL = "#,##0.00"
FORMAT_BULAT = "#,##0"
FONT = "Arial"
HURUF = Font(name=FONT, size=10)
HURUF_TEBAL = Font(name=FONT, size=10, bold=True)
HURUF_JUDUL = Font(name=FONT, size=12, bold=True)
HURUF_KECIL = Font(name=FONT, size=9, italic=True, color="555555")
_TIPIS = Side(style="thin", color="808080")
GARIS = Border(left=_TIPIS, right=_TIPIS, top=_TIPIS, bottom=_TIPIS)
ISI_KEPALA = PatternFill("solid", fgColor="D9E1F2")
ISI_KELOMPOK = PatternFill("solid", fgColor="F2F2F2")
ISI_INPUT = PatternFill("solid", fgColor="FFF2CC")
ISI_TERKUNCI = PatternFill("solid", fgColor="EDEDED")
TERBUKA = Protection(locked=False)
RATA_TEKS = Alignment(vertical="top", wrap_text=True)
RATA_TENGAH = Alignment(horizontal="center", vertical="top", wrap_text=True)
RATA_KEPALA = Alignment(horizontal="center", vertical="center", wrap_text=True)
RATA_ANGKA = Alignment(horizontal="right", vertical="top")
RATA_JUDUL = Alignment(horizontal="center", vertical="center", wrap_text=True)
TINGGI_BARIS = 13.0  # points per line of 10-point Arial
_TERLARANG = re.compile(r"[\[\]:*?/\\]")


def nilai_sel(nilai: Decimal | int | None) -> int | float | None:
    """A value as a spreadsheet number: an ``int`` when whole (shown without decimals), else the
    nearest double (a spreadsheet cell holds no more)."""
    if nilai is None:
        return None
    if isinstance(nilai, int):
        return nilai
    if nilai == nilai.to_integral_value():
        return int(nilai)
    return float(nilai)


def format_untuk(nilai: Decimal | int | None) -> str:
    """Whole numbers without a decimal separator, others with two decimals."""
    if nilai is None or isinstance(nilai, int) or nilai == nilai.to_integral_value():
        return FORMAT_BULAT
    return FORMAT_DESIMAL


def nama_sheet(nama: str, dipakai: set[str]) -> str:
    """A sheet name Excel accepts (≤ 31 characters, none of []:*?/\\), unique in the workbook."""
    dasar = _TERLARANG.sub("-", nama).strip("'") or "Sheet"
    dasar = dasar[:31]
    hasil, n = dasar, 2
    while hasil.casefold() in {d.casefold() for d in dipakai}:
        akhir = f" ({n})"
        hasil = dasar[: 31 - len(akhir)] + akhir
        n += 1
    dipakai.add(hasil)
    return hasil


class Lembar:
    """A sheet written row by row with the house look: title rows, a heading block, body rows.

    Widths are measured from what is written (capped, wrapped beyond); row heights are
    estimated from the wrapped lines, because neither Excel nor LibreOffice grows a row that
    already has a height, and openpyxl writes none.
    """

    def __init__(self, ws: Worksheet, lebar_maks: dict[int, float] | None = None) -> None:
        self.ws = ws
        self.baris = 0
        self._lebar: dict[int, float] = {}
        self._lebar_maks = lebar_maks or {}
        self._lebar_tetap: dict[int, float] = {}
        # Texts written per row (row → [(column, text)]), for the row heights at the end.
        self._teks: dict[int, list[tuple[int, str]]] = {}
        self._kepala: dict[int, list[tuple[int, str]]] = {}  # heading rows, texts (bold)
        # Setting a style object on a cell hashes it into the workbook's tables (the costly
        # part of openpyxl); each combination is resolved once, then its index array copied.
        self._gaya: dict[tuple, StyleArray] = {}
        self._contoh = Cell(ws, row=1, column=1)
        ws.sheet_view.zoomScale = 90

    def _susun_gaya(
        self,
        huruf: Font,
        rata: Alignment,
        isi: PatternFill | None,
        garis: bool,
        format_angka: str | None,
        terkunci: bool,
    ) -> StyleArray:
        kunci = (id(huruf), id(rata), id(isi), garis, format_angka, terkunci)
        gaya = self._gaya.get(kunci)
        if gaya is None:
            c = self._contoh
            c._style = StyleArray()
            c.font = huruf
            c.alignment = rata
            if isi is not None:
                c.fill = isi
            if garis:
                c.border = GARIS
            if format_angka:
                c.number_format = format_angka
            if not terkunci:
                c.protection = TERBUKA
            gaya = self._gaya[kunci] = StyleArray(c._style)
        return gaya

    # ---- cells
    def tulis(
        self,
        baris: int,
        kolom: int,
        nilai: Any,
        *,
        huruf: Font = HURUF,
        rata: Alignment = RATA_TEKS,
        isi: PatternFill | None = None,
        garis: bool = True,
        format_angka: str | None = None,
        ukur: bool = True,
        terkunci: bool = True,
    ) -> Cell:
        ws = self.ws
        sel: Cell | None = ws._cells.get((baris, kolom))
        if sel is None:
            sel = ws._cells[(baris, kolom)] = Cell(ws, row=baris, column=kolom)
        if isinstance(nilai, Decimal):
            format_angka = format_angka or format_untuk(nilai)
            nilai = nilai_sel(nilai)
            rata = RATA_ANGKA if rata is RATA_TEKS else rata
        elif isinstance(nilai, int) and not isinstance(nilai, bool):
            format_angka = format_angka or FORMAT_BULAT
            rata = RATA_ANGKA if rata is RATA_TEKS else rata
        if isinstance(nilai, int | float) and not isinstance(nilai, bool):
            # A number is bound directly: openpyxl's setter tests every type in turn, and a
            # big sheet writes a hundred thousand of them.
            sel._value = nilai
            sel.data_type = "n"
        else:
            if isinstance(nilai, str) and nilai:
                self._teks.setdefault(baris, []).append((kolom, nilai))
            sel.value = nilai
        # Shared, never changed afterwards: a cell's look is set here once.
        sel._style = self._susun_gaya(huruf, rata, isi, garis, format_angka, terkunci)
        if ukur and nilai is not None and kolom not in self._lebar_tetap:
            self._ukur(kolom, nilai, format_angka is not None, huruf.b)
        return sel

    def gabung(self, baris1: int, kolom1: int, baris2: int, kolom2: int) -> None:
        """Merge a range whose covered cells this sheet already wrote (empty, styled).

        openpyxl's ``merge_cells`` rebuilds every covered cell and its borders (ms per range,
        seconds for a big document); the cells here are already what a merge needs.
        """
        rng = CellRange(min_col=kolom1, min_row=baris1, max_col=kolom2, max_row=baris2)
        # Straight into the set: MultiCellRange.add compares with every range already there.
        self.ws.merged_cells.ranges.add(MergedCellRange(self.ws, rng.coord))

    def _ukur(self, kolom: int, nilai: Any, angka: bool, tebal: bool | None) -> None:
        lebar: float
        if angka:
            lebar = len(f"{nilai:,.2f}") + 2 if isinstance(nilai, float) else len(f"{nilai:,}") + 2
        else:
            teks = str(nilai)
            # The longest line, and no narrower than the longest word (never broken mid-word).
            baris = teks.split("\n")
            lebar = max(len(b) for b in baris) + 1
            kata = max((len(k) for k in teks.split()), default=0) + 1
            lebar = min(lebar, self._lebar_maks.get(kolom, 50))
            lebar = max(lebar, kata)
        if tebal:
            lebar *= 1.1
        if lebar > self._lebar.get(kolom, 0):
            self._lebar[kolom] = lebar

    def lebar_tetap(self, kolom: int, lebar: float) -> None:
        self._lebar_tetap[kolom] = lebar

    # ---- blocks
    def judul(self, baris_teks: Sequence[str], lebar_kolom: int, mulai: int = 1) -> None:
        """Centered bold title lines merged across ``lebar_kolom`` columns, then a blank row."""
        for teks in baris_teks:
            self.baris += 1
            self.tulis(
                self.baris, mulai, teks, huruf=HURUF_JUDUL, rata=RATA_JUDUL, garis=False, ukur=False
            )
            if lebar_kolom > 1:
                self.ws.merge_cells(
                    start_row=self.baris,
                    start_column=mulai,
                    end_row=self.baris,
                    end_column=mulai + lebar_kolom - 1,
                )
            self.ws.row_dimensions[self.baris].height = 18
        self.baris += 1

    def keterangan(self, teks: str, lebar_kolom: int, mulai: int = 1) -> None:
        self.baris += 1
        self.tulis(self.baris, mulai, teks, huruf=HURUF_KECIL, garis=False, ukur=False)
        if lebar_kolom > 1:
            self.ws.merge_cells(
                start_row=self.baris,
                start_column=mulai,
                end_row=self.baris,
                end_column=mulai + lebar_kolom - 1,
            )

    def kepala(self, baris_judul: Sequence[Sequence[str | None]]) -> int:
        """Heading rows; ``None`` continues the cell to the left (merged across), a repeated text
        below the same text of the row above is merged down. Returns the first heading row."""
        awal = self.baris + 1
        for isi in baris_judul:
            self.baris += 1
            for c, teks in enumerate(isi, start=1):
                self.tulis(
                    self.baris,
                    c,
                    teks or "",
                    huruf=HURUF_TEBAL,
                    rata=RATA_KEPALA,
                    isi=ISI_KEPALA,
                    ukur=teks is not None and "\n" not in (teks or ""),
                )
        # merge: across (None) and down (same text in the same column of the next row)
        n = len(baris_judul)
        for r, isi in enumerate(baris_judul):
            c = 0
            while c < len(isi):
                akhir = c
                while akhir + 1 < len(isi) and isi[akhir + 1] is None:
                    akhir += 1
                bawah = r
                while (
                    akhir == c
                    and bawah + 1 < n
                    and baris_judul[bawah + 1][c] == isi[c]
                    and isi[c] is not None
                ):
                    bawah += 1
                if akhir > c or bawah > r:
                    self.ws.merge_cells(
                        start_row=awal + r,
                        start_column=c + 1,
                        end_row=awal + bawah,
                        end_column=akhir + 1,
                    )
                c = akhir + 1
        for r, isi in enumerate(baris_judul):
            # Measured in selesai() against its column, unless it spans several (then it fits).
            lintas = {c + 1 for c in range(len(isi) - 1) if isi[c + 1] is None}
            self._kepala[awal + r] = [
                (c, t) for c, t in self._teks.pop(awal + r, []) if c not in lintas
            ]
        return awal

    def bekukan(self, baris: int, kolom: int = 1) -> None:
        """Keep the rows above ``baris`` (and the columns before ``kolom``) on screen."""
        self.ws.freeze_panes = self.ws.cell(row=baris, column=kolom)

    def selesai(self, tinggi_dari: int | None = None) -> None:
        """Set the measured widths, and the row heights of the body from ``tinggi_dari`` on."""
        lebar = {**self._lebar, **self._lebar_tetap}
        for c, w in lebar.items():
            self.ws.column_dimensions[get_column_letter(c)].width = max(5.0, min(w, 60.0))
        for r, isi in self._kepala.items():
            # Bold heading text is about a tenth wider; a heading row gets two lines at least.
            n = max(2, self._baris_teks(isi, lebar, 1.1))
            self.ws.row_dimensions[r].height = n * TINGGI_BARIS + 4
        if tinggi_dari is None:
            return
        for r, isi in self._teks.items():
            if r < tinggi_dari:
                continue
            n = self._baris_teks(isi, lebar, 1.0)
            if n > 1:
                self.ws.row_dimensions[r].height = n * TINGGI_BARIS + 2

    @staticmethod
    def _baris_teks(isi: list[tuple[int, str]], lebar: dict[int, float], faktor: float) -> int:
        """How many wrapped lines the tallest of these cells needs in its column."""
        hasil = 1
        for kolom, teks in isi:
            w = max(lebar.get(kolom, 10.0) - 1, 1.0)
            n = sum(max(1, math.ceil(len(b) * faktor / w)) for b in teks.split("\n"))
            hasil = max(hasil, n)
        return hasil


def cetak_mendatar(ws: Worksheet, judul_baris: str | None = None) -> None:
    """Landscape, fit to width, the heading repeated on every printed page."""
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    if judul_baris:
        ws.print_title_rows = judul_baris


def workbook_baru() -> Workbook:
    wb = Workbook()
    wb.remove(wb.active)
    return wb


# --- reading a workbook that came from elsewhere ----------------------------------------------


def periksa_berkas(path: str | os.PathLike[str]) -> Path:
    """Refuse, before openpyxl reads a byte, what is not a .xlsx we can read safely: the format,
    and the bounds of ``files.batas`` on the file and on what its zip unpacks to."""
    p = Path(path)
    awal, ukuran = tanda_berkas(p, IkuError, "tidak ada", "bukan berkas Excel")
    batas.periksa_ukuran(p)
    jenis = jenis_ole(p, awal, ukuran)
    if jenis == "terenkripsi":
        raise IkuError(
            f"Berkas '{p.name}' dilindungi kata sandi (terenkripsi) dan tidak dapat dibaca. "
            "Buka di Excel, hapus kata sandinya (File → Info → Protect Workbook), simpan, "
            "lalu impor lagi."
        )
    if jenis == "lama":
        raise IkuError(
            f"Berkas '{p.name}' berformat Excel lama (.xls). Buka di Excel atau LibreOffice dan "
            "simpan sebagai .xlsx, lalu impor lagi."
        )
    if not awal.startswith(b"PK\x03\x04"):
        raise IkuError(f"Berkas '{p.name}' bukan buku kerja Excel (.xlsx).")
    try:
        with zipfile.ZipFile(p) as z:
            nama = set(z.namelist())
            if "xl/workbook.xml" in nama:
                batas.periksa_buku_kerja(z, p.name)
    except (zipfile.BadZipFile, OSError, ValueError):
        raise IkuError(f"Berkas '{p.name}' rusak atau bukan buku kerja Excel (.xlsx).") from None
    if "xl/workbook.xml" not in nama:
        raise IkuError(
            f"Berkas '{p.name}' bukan buku kerja Excel (.xlsx)"
            + (" (itu dokumen Word atau berkas lain)." if "word/document.xml" in nama else ".")
        )
    return p


class SheetBaca:
    """A worksheet of a workbook from elsewhere, read only within its used area (the rows and
    columns of cells with a value; ``files.batas`` bounds it), with its merged ranges clipped to
    that area. Rows are streamed (openpyxl's read-only sheet): nothing is expanded."""

    def __init__(self, ws: Any, area: batas.AreaSheet, nama_berkas: str = "") -> None:
        self._ws = ws
        self.area = area
        self.nama_berkas = nama_berkas
        self.title: str = ws.title
        self.max_row = area.baris
        self.max_column = area.kolom
        self._per_baris: dict[int, list[tuple[int, int, int, int]]] | None = None

    def iter_rows(
        self,
        min_row: int = 1,
        max_row: int | None = None,
        max_col: int | None = None,
        values_only: bool = False,
    ) -> Iterable[tuple]:
        """Rows ``min_row`` … (at most the used area's last), each ``max_col`` cells wide."""
        akhir = self.area.baris if max_row is None else min(max_row, self.area.baris)
        lebar = max_col or max(self.area.kolom, 1)
        if akhir < min_row:
            return iter(())
        return self._aman(
            self._ws.iter_rows(
                min_row=min_row, max_row=akhir, min_col=1, max_col=lebar, values_only=values_only
            ),
            akhir - min_row + 1,
        )

    def _aman(self, rows: Iterable[tuple], jumlah: int) -> Iterator[tuple]:
        """openpyxl parses a read-only sheet while its rows are walked: a damaged cell surfaces
        here, as any exception; it becomes a refusal naming the sheet. After the last row asked
        for the walk stops (openpyxl would parse on to the end of the sheet: a tail of merged
        ranges or empty styled cells)."""
        try:
            for i, row in enumerate(rows, start=1):
                yield row
                if i >= jumlah:
                    return
        except IkuError:
            raise
        except Exception as e:  # noqa: BLE001 - openpyxl raises anything on a damaged sheet
            raise IkuError(
                f"Sheet '{self.title}' di berkas '{self.nama_berkas}' rusak dan tidak dapat "
                f"dibaca ({type(e).__name__}). Buka dan simpan ulang di Excel, lalu impor lagi."
            ) from None

    @property
    def gabungan(self) -> list[tuple[int, int, int, int]]:
        """Merged ranges (min_row, min_col, max_row, max_col), clipped to the used area."""
        return self.area.gabungan

    def gabungan_di(self, sel: Iterable[tuple[int, int]]) -> str | None:
        """The first merged range that covers one of ``sel`` (row, column), as text."""
        if self._per_baris is None:
            self._per_baris = self.area.gabungan_di_baris()
        for r, c in sel:
            for r1, c1, r2, c2 in self._per_baris.get(r, ()):
                if c1 <= c <= c2:
                    a = f"{get_column_letter(c1)}{r1}"
                    b = f"{get_column_letter(c2)}{r2}"
                    return f"{self.title}!{a}:{b}" if a != b else f"{self.title}!{a}"
        return None


class BukuBaca:
    """A workbook from elsewhere, opened read-only after every bound of ``files.batas``."""

    def __init__(self, wb: Workbook, sheet: list[SheetBaca]) -> None:
        self._wb = wb
        self.worksheets = sheet
        self.sheetnames = [s.title for s in sheet]

    def __getitem__(self, nama: str) -> SheetBaca:
        for s in self.worksheets:
            if s.title == nama:
                return s
        raise KeyError(nama)

    def __contains__(self, nama: object) -> bool:
        return nama in self.sheetnames

    def close(self) -> None:
        self._wb.close()

    def __enter__(self) -> BukuBaca:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def buka_workbook(path: str | os.PathLike[str], data_only: bool = False) -> BukuBaca:
    """The workbook at ``path``, checked first (size, encryption, format, the bounds of
    ``files.batas``), its sheets measured before a row is read. Close it after use."""
    p = periksa_berkas(path)
    try:
        wb = load_workbook(p, read_only=True, data_only=data_only)
    except IkuError:
        raise
    except Exception as e:  # noqa: BLE001 - openpyxl raises anything on a damaged file
        raise IkuError(
            f"Berkas '{p.name}' tidak dapat dibaca sebagai buku kerja Excel ({type(e).__name__})."
        ) from None
    try:
        sheet: list[SheetBaca] = []
        sisa = batas.MAKS_SEL_GABUNGAN
        with zipfile.ZipFile(p) as z:
            for ws in wb.worksheets:
                area = batas.pindai_sheet(z, ws._worksheet_path, ws.title, p.name, sisa)
                sisa -= area.sel_gabungan
                sheet.append(SheetBaca(ws, area, p.name))
        return BukuBaca(wb, sheet)
    except BaseException as e:
        wb.close()
        if isinstance(e, IkuError):
            raise
        if isinstance(e, Exception):
            raise IkuError(
                f"Berkas '{p.name}' tidak dapat dibaca sebagai buku kerja Excel "
                f"({type(e).__name__})."
            ) from None
        raise


def alamat(ws: Worksheet, baris: int, kolom: int) -> str:
    """``Isian!J7``: how a cell is named in every message."""
    judul = ws.title
    if re.search(r"[^A-Za-z0-9_]", judul):
        judul = "'" + judul.replace("'", "''") + "'"
    return f"{judul}!{get_column_letter(kolom)}{baris}"


def angka_sel(nilai: Any, tempat: str, cache: Any = None, rumus: bool = False) -> Decimal | None:
    """The number in a cell, checked as the grid checks a typed value. ``None``: empty.

    A formula cell counts by its cached value (what Excel last showed); without one it is
    refused. Text is read with ``parse_angka`` (Indonesian or plain); a date, a time or a
    yes/no is refused: Excel turns a typed "1/4" into a date.
    """
    if rumus:
        if cache is None:
            raise IkuError(
                f"{tempat}: berisi rumus ({str(nilai)[:40]}) tanpa nilai tersimpan. Buka dan "
                "simpan berkasnya di Excel/LibreOffice, atau ketik angkanya langsung."
            )
        nilai = cache
    if nilai is None:
        return None
    if isinstance(nilai, bool):
        raise IkuError(f"{tempat}: berisi nilai ya/tidak ({nilai}), bukan angka.")
    if isinstance(nilai, datetime | date | time | timedelta):
        teks = nilai.isoformat() if not isinstance(nilai, timedelta) else str(nilai)
        raise IkuError(
            f"{tempat}: berisi tanggal/waktu ({teks}), bukan angka. Excel mengubah ketikan "
            "seperti 1/4 atau 1-4 menjadi tanggal; ubah format selnya menjadi angka dan ketik "
            "ulang nilainya."
        )
    if isinstance(nilai, str):
        if not nilai.strip():
            return None
        if nilai.strip().startswith("#"):
            raise IkuError(f"{tempat}: berisi galat Excel ({nilai.strip()}), bukan angka.")
        try:
            d = parse_angka(nilai)
        except AngkaError as e:
            raise IkuError(f"{tempat}: {e.pesan}") from None
    elif isinstance(nilai, int):
        d = Decimal(nilai)
    elif isinstance(nilai, float):
        if not math.isfinite(nilai):
            raise IkuError(f"{tempat}: bukan angka yang sah.")
        # The shortest text that reads back as the same double: 84.125, never 84.12499999…
        d = Decimal(int(nilai)) if nilai.is_integer() else Decimal(repr(nilai))
    elif isinstance(nilai, Decimal):
        d = nilai
    else:
        raise IkuError(f"{tempat}: berisi {type(nilai).__name__}, bukan angka.")
    try:
        rules.periksa_angka(d, tempat)
    except DokumenError as e:
        raise IkuError(e.pesan) from None
    except InvalidOperation:
        raise IkuError(f"{tempat}: bukan angka yang sah.") from None
    return d


def teks_sel(nilai: Any) -> str:
    """A cell as text for matching (codes, names): numbers without a trailing ".0"."""
    if nilai is None:
        return ""
    if isinstance(nilai, float) and nilai.is_integer():
        return str(int(nilai))
    return str(nilai).strip()
