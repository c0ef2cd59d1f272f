"""The values grid "Pengukuran Kinerja" without Qt: its rows, its cells and the operations an entry
or a pasted block becomes.

Rows: a group row per sasaran (or per tujuan for a tujuan's own indicators), an indicator row,
and under a formula indicator one sub-row per component (its inputs). Columns (``COLUMNS``): kode,
name, satuan, target, the input (realisasi, or the component's value on a sub-row), realisasi
s.d., capaian, category, keterangan. The scope (``GridScope``) is a year and either the whole year
(``triwulan`` None) or one quarter. Nothing here holds document data: every cell is read from
the session's tree when asked; an entry becomes a typed operation checked by the shared rules.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING

from ikudesk import l10n
from ikudesk.domain import compute, kewajaran
from ikudesk.domain.compute import ROMAWI, Hasil
from ikudesk.domain.keys import NilaiKey
from ikudesk.domain.model import Dokumen, Indikator
from ikudesk.errors import IkuError
from ikudesk.session import operations as ops
from ikudesk.session.operations import Compound, Operation

if TYPE_CHECKING:
    from ikudesk.session.document import DocumentSession

__all__ = [
    "COLUMNS",
    "Cell",
    "GridRow",
    "GridScope",
    "build_rows",
    "cell",
    "cell_location",
    "cell_operation",
    "cell_text",
    "clear_cells",
    "column_titles",
    "enter_cell",
    "parse_block",
    "paste",
    "paste_into_inputs",
]

# Column numbers.
(
    COL_KODE,
    COL_NAMA,
    COL_SATUAN,
    COL_TARGET,
    COL_INPUT,
    COL_SD,
    COL_CAPAIAN,
    COL_KATEGORI,
    COL_KET,
) = range(9)
COLUMNS: tuple[str, ...] = (
    "kode",
    "nama",
    "satuan",
    "target",
    "input",
    "sd",
    "capaian",
    "kategori",
    "keterangan",
)


@dataclass(frozen=True)
class GridScope:
    """What the grid shows: a year, and the whole year (None) or quarter 1–4 of it."""

    tahun: int
    triwulan: int | None = None

    @property
    def label(self) -> str:
        if self.triwulan is None:
            return f"Tahun {self.tahun}"
        return f"Triwulan {ROMAWI[self.triwulan]} {self.tahun}"


def column_titles(t: GridScope) -> list[str]:
    tw = None if t.triwulan is None else ROMAWI[t.triwulan]
    return [
        "Kode",
        "Indikator / Komponen",
        "Satuan",
        f"Target {t.tahun}" if tw is None else f"Target s.d. TW {tw}",
        f"Isian {t.tahun}" if tw is None else f"Isian TW {tw}",
        f"Realisasi {t.tahun}" if tw is None else f"Realisasi s.d. TW {tw}",
        "Capaian (%)" if tw is None else f"Capaian s.d. TW {tw} (%)",
        "Kategori",
        "Keterangan",
    ]


@dataclass(frozen=True, slots=True)
class GridRow:
    """One row: ``kind`` "kelompok" (a sasaran / tujuan heading), "indikator" or "komponen"."""

    kind: str
    text: str = ""
    indikator_id: int | None = None
    kode: str | None = None  # the component's code on a "komponen" row
    number: int = 0  # running number of the indicator in the document (1-based)


def build_rows(dok: Dokumen) -> list[GridRow]:
    """Every indicator of ``dok`` grouped under its sasaran (a tujuan's own under the tujuan),
    each formula indicator followed by its components."""
    hasil: list[GridRow] = []
    nomor = 0

    def add(daftar: list[Indikator]) -> None:
        nonlocal nomor
        for ind in daftar:
            nomor += 1
            hasil.append(GridRow("indikator", ind.nama, ind.id, None, nomor))
            if ind.pakai_rumus:
                for k in ind.rumus.komponen:
                    hasil.append(GridRow("komponen", k.uraian or k.kode, ind.id, k.kode, nomor))

    for t in dok.tujuan:
        if t.indikator:
            hasil.append(GridRow("kelompok", f"Tujuan: {t.uraian.strip() or '(tanpa uraian)'}"))
            add(t.indikator)
        for s in t.sasaran:
            if s.indikator:
                hasil.append(GridRow("kelompok", s.uraian.strip() or "(sasaran tanpa uraian)"))
                add(s.indikator)
    return hasil


@dataclass(frozen=True, slots=True)
class Cell:
    """One cell as the grid shows it. ``result``: a number cell's value (or why none);
    ``text``: a text cell; ``editable``: typed by the user (else computed or fixed)."""

    text: str = ""
    result: Hasil | None = None
    editable: bool = False
    computed: bool = False  # a computed value (shown read-only, greyed)
    lock_reason: str = ""  # why an input cell cannot be typed into
    percent: bool = False  # a capaian: shown with exactly two decimals
    flagged: bool = False  # an implausible value (``domain.kewajaran``): flagged, not refused


def _value_or_missing(v: Decimal | None, alasan: str) -> Hasil:
    return Hasil(v) if v is not None else Hasil(None, compute.BELUM_DIISI, alasan)


def _input_lock_reason(ind: Indikator, t: GridScope) -> str:
    """Why the realisasi input of ``ind`` cannot be typed in this view ("" when it can)."""
    if t.tahun in ind.survei_ikm:
        return f"Realisasi {t.tahun} berasal dari survei IKM; ubah surveinya."
    if t.triwulan is None:
        tw = ind.triwulan.get(t.tahun)
        if tw is not None and tw.ada_realisasi:
            return f"Realisasi {t.tahun} diisi per triwulan; pilih triwulan untuk mengubahnya."
    else:
        if ind.realisasi.get(t.tahun) is not None or ind.nilai_komponen.get(t.tahun):
            return (
                f"Realisasi {t.tahun} sudah diisi setahun; kosongkan dulu nilai tahunannya "
                "sebelum mengisi per triwulan."
            )
    return ""


def _target(ind: Indikator, t: GridScope) -> Hasil:
    return compute.hitung_target(ind, t.tahun, t.triwulan)


def _input(ind: Indikator, kode: str | None, t: GridScope) -> Hasil:
    th, k = t.tahun, t.triwulan
    if kode is not None:
        uraian = next((c.uraian or c.kode for c in ind.rumus.komponen if c.kode == kode), kode)
        if k is None:
            v = ind.nilai_komponen.get(th, {}).get(kode)
            return _value_or_missing(v, f"Nilai '{uraian}' tahun {th} belum diisi.")
        tw = ind.triwulan.get(th)
        v = None if tw is None else tw.nilai_komponen.get(k, {}).get(kode)
        return _value_or_missing(v, f"Nilai '{uraian}' triwulan {ROMAWI[k]} {th} belum diisi.")
    if ind.pakai_rumus or th in ind.survei_ikm:
        if k is None:
            return compute.hitung_realisasi(ind, th)
        return compute.hitung_realisasi_triwulan(ind, th, k)
    if k is None:
        if _input_lock_reason(ind, t):
            return compute.hitung_realisasi(ind, th)
        return _value_or_missing(ind.realisasi.get(th), f"Realisasi {th} belum diisi.")
    return compute.hitung_realisasi_triwulan(ind, th, k)


def _keterangan(ind: Indikator, t: GridScope, capaian: Hasil) -> str:
    bagian: list[str] = []
    # Why the realisasi cannot be typed here, where the user looks for it.
    if t.tahun in ind.survei_ikm:
        bagian.append("Realisasi dari survei IKM.")
    elif ind.pakai_rumus:
        bagian.append("Realisasi dihitung dari komponen.")
    if (
        t.triwulan is not None
        and compute.quarter_state(ind, t.tahun, t.triwulan) == compute.BELUM_LENGKAP
    ):
        bagian.append(compute.hitung_realisasi_triwulan(ind, t.tahun, t.triwulan).alasan)
    if not capaian.ada and capaian.alasan not in bagian:
        bagian.append(capaian.alasan)
    return " ".join(b for b in bagian if b)


def cell(
    dok: Dokumen,
    ind: Indikator | None,
    baris: GridRow,
    kolom: int,
    t: GridScope,
    kategori: Callable[[Decimal], str] | None = None,
) -> Cell:
    """The cell at (``baris``, ``kolom``); ``ind`` is the row's indicator (None on a group row)."""
    if baris.kind == "kelompok" or ind is None:
        return Cell(text=baris.text if kolom == COL_KODE else "")
    if baris.kind == "komponen":
        if kolom == COL_KODE:
            return Cell(text="")
        if kolom == COL_NAMA:
            return Cell(text=f"  ↳ {baris.text}")
        if kolom == COL_INPUT:
            kunci = _input_lock_reason(ind, t)
            return Cell(
                result=_input(ind, baris.kode, t),
                editable=not kunci,
                computed=bool(kunci),
                lock_reason=kunci,
            )
        return Cell(computed=True)
    if kolom == COL_KODE:
        return Cell(text=ind.kode)  # no kode: empty (a row number would read as a kode)
    if kolom == COL_NAMA:
        return Cell(text=ind.nama)
    if kolom == COL_SATUAN:
        return Cell(text=ind.satuan)
    if kolom == COL_TARGET:
        if t.triwulan is None and dok.ditetapkan:
            # The yearly target is signed content; quarterly targets are not (FORMAT.md).
            return Cell(
                result=_target(ind, t),
                lock_reason=f"Target tahunan ditetapkan; buka revisi untuk mengubahnya "
                f"(versi {dok.penetapan[-1].versi}).",
            )
        return Cell(result=_target(ind, t), editable=True)
    if kolom == COL_INPUT:
        if ind.pakai_rumus:
            return Cell(
                result=_input(ind, None, t),
                computed=True,
                lock_reason="Realisasi dihitung dari komponen (baris di bawahnya).",
            )
        kunci = _input_lock_reason(ind, t)
        return Cell(
            result=_input(ind, None, t),
            editable=not kunci,
            computed=bool(kunci),
            lock_reason=kunci,
        )
    realisasi = compute.hitung_realisasi(ind, t.tahun, t.triwulan)
    if kolom == COL_SD:
        return Cell(result=realisasi, computed=True, lock_reason="Dihitung otomatis.")
    capaian = compute.hitung_capaian(ind, t.tahun, realisasi, t.triwulan)
    if kolom == COL_CAPAIAN:
        lewat = capaian.nilai is not None and capaian.nilai > kewajaran.BATAS_CAPAIAN
        return Cell(
            result=capaian,
            computed=True,
            lock_reason="Dihitung otomatis.",
            percent=True,
            flagged=lewat,
        )
    if kolom == COL_KATEGORI:
        if capaian.nilai is None or kategori is None:
            return Cell(text="", computed=True)
        return Cell(text=kategori(l10n.bulatkan(capaian.nilai)), computed=True)
    if kolom == COL_KET:
        tanda = kewajaran.tanda_tidak_wajar(ind, t.tahun, t.triwulan)
        teks = " ".join([f"⚠ {x}" for x in tanda] + [_keterangan(ind, t, capaian)])
        return Cell(text=teks.strip(), computed=True, flagged=bool(tanda))
    return Cell()


# --------------------------------------------------------------------------- entering values


def cell_operation(
    s: DocumentSession, baris: GridRow, kolom: int, t: GridScope, nilai: Decimal | None
) -> Operation:
    """The operation that puts ``nilai`` (None: clears) into a cell; IkuError when the cell is
    not one a user types into."""
    if baris.indikator_id is None or baris.kind == "kelompok":
        raise IkuError("Baris judul sasaran tidak dapat diisi.")
    ind = s.indikator(baris.indikator_id)
    c = cell(s.dokumen, ind, baris, kolom, t)
    if not c.editable:
        raise IkuError(c.lock_reason or "Sel ini dihitung otomatis atau bukan angka.")
    iid, th, k = baris.indikator_id, t.tahun, t.triwulan
    if kolom == COL_TARGET:
        key = NilaiKey.target(iid, th, k)
    elif baris.kind == "komponen":
        assert baris.kode is not None
        key = NilaiKey.nilai_komponen(iid, baris.kode, th, k)
    else:
        key = NilaiKey.realisasi(iid, th, k)
    return ops.SetNilai(key, nilai)


def _row_label(baris: GridRow) -> str:
    teks = " ".join(baris.text.split())
    teks = teks if len(teks) <= 40 else teks[:39] + "…"
    if baris.kind == "komponen":
        return f'komponen "{teks}" (indikator {baris.number})'
    if baris.kind == "kelompok":  # a heading has no number of its own
        if teks.startswith("Tujuan: "):
            return f'judul tujuan "{teks.removeprefix("Tujuan: ")}"'
        return f'judul sasaran "{teks}"'
    return f'indikator {baris.number} "{teks}"'


def cell_location(rows: Sequence[GridRow], r: int, kolom: int, t: GridScope) -> str:
    """Where a cell is, for a message: "Baris 4 (indikator 2 "…"), kolom Isian 2023"."""
    return f"Baris {r + 1} ({_row_label(rows[r])}), kolom {column_titles(t)[kolom]}"


def enter_cell(
    s: DocumentSession, rows: Sequence[GridRow], r: int, kolom: int, t: GridScope, teks: str
) -> Operation:
    """The operation for typing ``teks`` into a cell; IkuError naming the row and column."""
    if "\n" in teks.strip() or "\t" in teks.strip():
        # A block pasted into an open cell editor: not one number (and its lines would make
        # an unreadable message); the grid pastes blocks itself.
        raise IkuError(
            f"{cell_location(rows, r, kolom, t)}: blok beberapa baris: tempel di luar penyunting "
            "sel (tekan Esc, lalu Ctrl+V)."
        )
    try:
        nilai = None if not teks.strip() else l10n.parse_angka(teks, typed=True)
        op = cell_operation(s, rows[r], kolom, t, nilai)
        op.check(s)
    except IkuError as e:
        raise IkuError(f"{cell_location(rows, r, kolom, t)}: {e.pesan}") from None
    return op


def parse_block(teks: str) -> list[list[str]]:
    """A clipboard block from Excel or LibreOffice (tab-separated lines) as rows of cells."""
    teks = teks.replace("\r\n", "\n").replace("\r", "\n")
    if teks.endswith("\n"):
        teks = teks[:-1]
    return [baris.split("\t") for baris in teks.split("\n")]


def paste(
    s: DocumentSession,
    rows: Sequence[GridRow],
    r0: int,
    k0: int,
    t: GridScope,
    teks: str,
) -> Operation:
    """A pasted block at (``r0``, ``k0``) as ONE operation, every cell checked first.

    A cell that lands on a computed cell or a heading must be empty (copying a whole table
    back, computed columns included, works); anything refused names its row and column and
    nothing is stored.
    """
    blok = parse_block(teks)
    parts: list[Operation] = []
    for dr, baris in enumerate(blok):
        r = r0 + dr
        for dk, isi in enumerate(baris):
            k = k0 + dk
            if r >= len(rows) or k >= len(COLUMNS):
                if isi.strip():
                    raise IkuError(
                        f"Blok yang ditempel melewati tepi tabel (baris {r + 1}, kolom {k + 1})."
                    )
                continue
            if not _editable(s, rows[r], k, t):
                # A copied table pasted back carries its computed cells and names: what
                # equals the cell (or is empty) is passed over, anything else is refused.
                if isi.strip() and isi.strip() != cell_text(_cell_at(s, rows[r], k, t)).strip():
                    raise IkuError(
                        f"{cell_location(rows, r, k, t)}: sel ini tidak dapat diisi "
                        f"({_cell_at(s, rows[r], k, t).lock_reason or 'bukan isian'}); "
                        "tidak ada yang disimpan."
                    )
                continue
            parts.append(enter_cell(s, rows, r, k, t, isi))
    return _combine(s, parts, "Tempel nilai")


def paste_into_inputs(
    s: DocumentSession,
    rows: Sequence[GridRow],
    r0: int,
    k0: int,
    t: GridScope,
    teks: str,
) -> Operation:
    """ "Tempel ke sel isian": a column copied from a seksi's own sheet (one line per value, no
    headings or computed rows between them) pasted down the cells of column ``k0`` that take
    typing, from row ``r0`` on; headings and computed rows are skipped. An empty line passes
    its cell by (leaves it as it is). One operation; anything refused stores nothing."""
    blok = parse_block(teks)
    if k0 not in (COL_TARGET, COL_INPUT):
        # Started on a heading or the name column: the column meant is the input column.
        k0 = COL_INPUT
    tujuan = [r for r in range(r0, len(rows)) if _editable(s, rows[r], k0, t)]
    if not tujuan:
        raise IkuError(
            f"Tidak ada sel isian dari baris {r0 + 1} ke bawah; pilih sel pertama yang akan "
            "diisi di kolom Target atau Isian, lalu tempel lagi."
        )
    if len(blok) > len(tujuan):
        raise IkuError(
            f"Ada {len(blok)} baris yang ditempel, tetapi hanya {len(tujuan)} sel isian dari "
            f"baris {r0 + 1} ke bawah; tidak ada yang disimpan."
        )
    parts: list[Operation] = []
    for baris, r in zip(blok, tujuan, strict=False):
        for dk, isi in enumerate(baris):
            k = k0 + dk
            if not isi.strip():
                continue
            if k >= len(COLUMNS) or not _editable(s, rows[r], k, t):
                tempat = (
                    f"baris {r + 1}, kolom {k + 1}"
                    if k >= len(COLUMNS)
                    else cell_location(rows, r, k, t)
                )
                raise IkuError(f"{tempat}: sel ini tidak dapat diisi; tidak ada yang disimpan.")
            parts.append(enter_cell(s, rows, r, k, t, isi))
    return _combine(s, parts, "Tempel ke sel isian")


def _cell_at(s: DocumentSession, baris: GridRow, kolom: int, t: GridScope) -> Cell:
    ind = None if baris.indikator_id is None else s.indikator(baris.indikator_id)
    return cell(s.dokumen, ind, baris, kolom, t)


def _editable(s: DocumentSession, baris: GridRow, kolom: int, t: GridScope) -> bool:
    return _cell_at(s, baris, kolom, t).editable


def cell_text(c: Cell) -> str:
    """What a cell shows: a number the Indonesian way (a capaian with exactly two decimals),
    "-" for a computed value that cannot be had, "" for an empty input."""
    if c.result is None:
        return c.text
    if c.result.nilai is None:
        return "-" if c.computed else ""
    if c.percent:
        return l10n.format_capaian(c.result.nilai)
    return l10n.format_angka(c.result.nilai)


def clear_cells(
    s: DocumentSession, rows: Sequence[GridRow], cells: Sequence[tuple[int, int]], t: GridScope
) -> Operation:
    """Clearing the selected cells that can be typed into, as one operation."""
    parts = [
        cell_operation(s, rows[r], k, t, None) for r, k in cells if _editable(s, rows[r], k, t)
    ]
    return _combine(s, parts, "Kosongkan nilai")


def _combine(s: DocumentSession, parts: list[Operation], label: str) -> Operation:
    parts = [p for p in parts if not p.is_noop(s)]
    return Compound(parts, f"{label} ({len(parts)} sel)")
