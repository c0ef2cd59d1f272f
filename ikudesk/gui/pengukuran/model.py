"""The values grid's item model: every indicator of the open document for one year, or one
quarter of it, as spreadsheet rows (``ikudesk.session.pengukuran`` says what each cell is).

It holds no document data: cells are read from the controller's session when Qt asks (a small
cache of computed cells is dropped for an indicator as soon as its values change), and every
entry goes through ``controller.apply`` as one operation, one undo step.
"""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtCore import Signal as _Signal
from PySide6.QtGui import QBrush, QColor, QFont

from ikudesk import l10n
from ikudesk.domain.kategori import KATEGORI_BAWAAN, Kategori, kategori_untuk
from ikudesk.domain.keys import NodeKind
from ikudesk.errors import IkuError
from ikudesk.session import pengukuran as pg
from ikudesk.session.refs import Ref

if TYPE_CHECKING:
    from ikudesk.gui.controller import DocumentController

__all__ = ["PengukuranModel", "warna_kategori"]

_Index = QModelIndex | QPersistentModelIndex
_DESIMAL_EDIT = 12  # the edit text keeps what was typed, exactly

# From the lowest category to the highest: red, orange, yellow, light green, green.
_WARNA = ("#f4c7c3", "#fbd9b5", "#fff2a8", "#d4edbc", "#a8d99a")
_KELOMPOK = QColor("#e8eef7")
_DIHITUNG = QColor("#f1f1f1")
_TEKS_DIHITUNG = QColor(80, 80, 80)
_TANDA = QColor("#ffd59e")  # an implausible value: look again


def warna_kategori(nama: str, daftar: list[Kategori]) -> QColor | None:
    """The colour of category ``nama`` by its place on the scale (low red … high green)."""
    urut = [k.nama for k in daftar]
    if nama not in urut:
        return None
    i = urut.index(nama)
    pos = 0 if len(urut) == 1 else round(i * (len(_WARNA) - 1) / (len(urut) - 1))
    return QColor(_WARNA[pos])


def _dua_baris(judul: str) -> str:
    """A heading on two lines so the number columns stay narrow: "Target\ns.d. TW III"."""
    if judul.startswith("Capaian s.d. "):
        return "Capaian (%)\n" + judul.removeprefix("Capaian ").removesuffix(" (%)")
    kata, _, sisa = judul.partition(" ")
    if kata in ("Target", "Isian", "Realisasi", "Capaian") and sisa:
        return f"{kata}\n{sisa}"
    return judul


class PengukuranModel(QAbstractTableModel):
    galat = _Signal(str)  # a refused entry or paste, naming the row and the column
    tersimpan = _Signal()  # an entry, paste or clearing was stored

    def __init__(self, controller: DocumentController, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctl = controller
        self._rows: list[pg.GridRow] = []
        self._rentang: dict[int, tuple[int, int]] = {}  # indikator id → (first row, last row)
        self._tampilan: pg.GridScope | None = None
        self._kategori: list[Kategori] = list(KATEGORI_BAWAAN)
        self._cache: dict[tuple[int, int], pg.Cell] = {}
        self.tolakan = 0  # refused entries so far (the view keeps a refused value's editor)
        controller.dokumen_opened.connect(lambda _id: self.muat_ulang())
        controller.structure_changed.connect(self.muat_ulang)
        controller.nilai_changed.connect(self._nilai_berubah)
        controller.node_changed.connect(self._node_berubah)
        controller.part_changed.connect(self._bagian_berubah)

    # --- what is shown -------------------------------------------------------------------

    @property
    def tampilan(self) -> pg.GridScope | None:
        return self._tampilan

    @property
    def baris(self) -> list[pg.GridRow]:
        return list(self._rows)

    def atur_tampilan(self, tampilan: pg.GridScope | None) -> None:
        self.beginResetModel()
        self._tampilan = tampilan
        self._cache.clear()
        self.endResetModel()

    def atur_kategori(self, daftar: list[Kategori]) -> None:
        self._kategori = list(daftar)
        self._cache.clear()
        self._berubah(0, len(self._rows) - 1, pg.COL_KATEGORI, pg.COL_KATEGORI)

    def _susun(self) -> list[pg.GridRow]:
        dok = self.ctl.dokumen
        return [] if dok is None else pg.build_rows(dok)

    def _pasang(self, rows: list[pg.GridRow]) -> None:
        self._rows = rows
        self._rentang = {}
        for i, b in enumerate(rows):
            if b.indikator_id is not None:
                awal, _ = self._rentang.get(b.indikator_id, (i, i))
                self._rentang[b.indikator_id] = (awal, i)

    def muat_ulang(self) -> None:
        self.beginResetModel()
        self._pasang(self._susun())
        self._cache.clear()
        self.endResetModel()

    def _bagian_berubah(self, bagian: str, _n: int) -> None:
        if bagian == "penetapan":  # yearly targets lock or unlock
            self._cache.clear()
            self._berubah(0, len(self._rows) - 1)

    def _nilai_berubah(self, indikator_id: int) -> None:
        rentang = self._rentang.get(indikator_id)
        if rentang is None:
            return
        awal, akhir = rentang
        for r in range(awal, akhir + 1):
            for k in range(len(pg.COLUMNS)):
                self._cache.pop((r, k), None)
        self._berubah(awal, akhir)

    def _node_berubah(self, ref: Ref) -> None:
        if ref.kind is NodeKind.DOKUMEN:
            return
        rows = self._susun()
        if [(b.kind, b.indikator_id, b.kode) for b in rows] != [
            (b.kind, b.indikator_id, b.kode) for b in self._rows
        ]:
            self.beginResetModel()  # components added or removed: other rows
            self._pasang(rows)
            self._cache.clear()
            self.endResetModel()
            return
        self._pasang(rows)  # names, kode, satuan, agregasi: same rows, new texts
        self._cache.clear()
        self._berubah(0, len(rows) - 1)

    def _berubah(
        self, awal: int, akhir: int, kolom_awal: int = 0, kolom_akhir: int = len(pg.COLUMNS) - 1
    ) -> None:
        """dataChanged for rows shown: none while no year is shown (the model then has no rows,
        and Qt's contract allows no change announced on rows that are not there)."""
        if self.rowCount() and 0 <= awal <= akhir:
            self.dataChanged.emit(self.index(awal, kolom_awal), self.index(akhir, kolom_akhir))

    def sel(self, row: int, kolom: int) -> pg.Cell:
        kunci = (row, kolom)
        c = self._cache.get(kunci)
        if c is None:
            dok, t = self.ctl.dokumen, self._tampilan
            b = self._rows[row]
            if dok is None or t is None:
                return pg.Cell()
            session = self.ctl.session_or_fail()
            ind = None if b.indikator_id is None else session.indikator(b.indikator_id)
            c = pg.cell(dok, ind, b, kolom, t, self._nama_kategori)
            self._cache[kunci] = c
        return c

    def _nama_kategori(self, capaian: Decimal) -> str:
        return kategori_untuk(capaian, self._kategori)

    def dapat_diisi(self, row: int, kolom: int) -> bool:
        return 0 <= row < len(self._rows) and self.sel(row, kolom).editable

    # --- Qt model --------------------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() or self._tampilan is None else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(pg.COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Vertical:
            return None
        if role == Qt.ItemDataRole.DisplayRole and self._tampilan is not None:
            return _dua_baris(pg.column_titles(self._tampilan)[section])
        if role == Qt.ItemDataRole.ToolTipRole and section in (
            pg.COL_SD,
            pg.COL_CAPAIAN,
            pg.COL_KATEGORI,
            pg.COL_KET,
        ):
            return "Dihitung otomatis, tidak dapat diisi."
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        f = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.sel(index.row(), index.column()).editable:
            f |= Qt.ItemFlag.ItemIsEditable
        return f

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self._tampilan is None:
            return None
        r, k = index.row(), index.column()
        b = self._rows[r]
        if b.kind == "kelompok":
            if role == Qt.ItemDataRole.DisplayRole and k == 0:
                return b.text
            if role == Qt.ItemDataRole.BackgroundRole:
                return QBrush(_KELOMPOK)
            if role == Qt.ItemDataRole.FontRole:
                f = QFont()
                f.setBold(True)
                return f
            if role == Qt.ItemDataRole.ToolTipRole and k == 0:
                return b.text
            return None
        c = self.sel(r, k)
        if role == Qt.ItemDataRole.DisplayRole:
            return pg.cell_text(c)
        if role == Qt.ItemDataRole.EditRole:
            if c.result is None:
                return c.text
            return (
                "" if c.result.nilai is None else l10n.format_angka(c.result.nilai, _DESIMAL_EDIT)
            )
        if role == Qt.ItemDataRole.ToolTipRole:
            if c.result is not None and c.result.nilai is None and c.result.alasan:
                return c.result.alasan
            if k in (pg.COL_NAMA, pg.COL_KET) and c.text:
                return c.text
            if not c.editable and c.lock_reason:
                return c.lock_reason
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if c.result is not None:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if k in (pg.COL_SATUAN, pg.COL_KATEGORI):
                return int(Qt.AlignmentFlag.AlignCenter)
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.BackgroundRole:
            if k == pg.COL_KATEGORI and c.text:
                warna = warna_kategori(c.text, self._kategori)
                return QBrush(warna) if warna is not None else None
            if c.flagged:
                return QBrush(_TANDA)
            if c.computed or (c.lock_reason and not c.editable):
                return QBrush(_DIHITUNG)  # computed or locked (a ditetapkan yearly target)
            return None
        if role == Qt.ItemDataRole.ForegroundRole and c.computed and k != pg.COL_KATEGORI:
            return QBrush(_TEKS_DIHITUNG)
        if role == Qt.ItemDataRole.FontRole and (c.computed or b.kind == "komponen"):
            f = QFont()
            f.setItalic(c.computed and k != pg.COL_KATEGORI)
            return f
        return None

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or self._tampilan is None:
            return False
        if not self.dapat_diisi(index.row(), index.column()):
            return False
        teks = "" if value is None else str(value)
        try:
            session = self.ctl.session_or_fail()
            op = pg.enter_cell(
                session, self._rows, index.row(), index.column(), self._tampilan, teks
            )
            self.ctl.apply(op)
        except IkuError as e:
            self.tolakan += 1
            self.galat.emit(e.pesan)
            return False
        self.tersimpan.emit()
        return True

    def tolak_ketikan(self, row: int, kolom: int) -> None:
        """Typing on a cell that takes none: say which cell and why (nothing changes)."""
        if self._tampilan is None or not 0 <= row < len(self._rows):
            return
        c = self.sel(row, kolom)
        alasan = c.lock_reason or (
            "baris judul, tidak diisi."
            if self._rows[row].kind == "kelompok"
            else "tidak dapat diisi."
        )
        self.galat.emit(f"{pg.cell_location(self._rows, row, kolom, self._tampilan)}: {alasan}")

    # --- blocks ----------------------------------------------------------------------------

    def tempel(self, row: int, kolom: int, teks: str, isian: bool = False) -> int:
        """Paste a tab-separated block at (row, kolom) as one undo step; the number of cells
        stored (0 and a ``galat`` when refused: then nothing is stored). ``isian``: down the
        input cells only ("Tempel ke sel isian")."""
        if self._tampilan is None:
            return 0
        fungsi = pg.paste_into_inputs if isian else pg.paste
        try:
            session = self.ctl.session_or_fail()
            op = fungsi(session, self._rows, row, kolom, self._tampilan, teks)
            self.ctl.apply(op)
        except IkuError as e:
            self.galat.emit(e.pesan)
            return 0
        self.tersimpan.emit()
        return len(getattr(op, "parts", []))

    def kosongkan(self, cells: list[tuple[int, int]]) -> int:
        """Clear the cells that can be typed into, as one undo step."""
        if self._tampilan is None:
            return 0
        try:
            session = self.ctl.session_or_fail()
            op = pg.clear_cells(session, self._rows, cells, self._tampilan)
            self.ctl.apply(op)
        except IkuError as e:
            self.galat.emit(e.pesan)
            return 0
        self.tersimpan.emit()
        return len(getattr(op, "parts", []))

    def salin(self, cells: list[tuple[int, int]]) -> str:
        """The selected cells as a tab-separated block (what a spreadsheet pastes)."""
        if not cells:
            return ""
        rows = sorted({r for r, _ in cells})
        cols = sorted({k for _, k in cells})
        ada = set(cells)
        baris = []
        for r in rows:
            isi = []
            for k in cols:
                teks = self.data(self.index(r, k)) if (r, k) in ada else ""
                isi.append(str(teks or "").replace("\t", " ").replace("\n", " "))
            baris.append("\t".join(isi))
        return "\n".join(baris) + "\n"
