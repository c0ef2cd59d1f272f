"""One indicator's yearly-cycle fields on its editor page (issue 11 item 4): kode, agregasi,
definisi operasional, the quarterly values of a chosen year (beside the yearly table) and that
year's analisis.

The quarterly table reads the session's indicator through ``session.pengukuran`` (the grid's
cells, one row per quarter) and writes through operations; it holds no data of its own.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtCore import Signal as _Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QWidget

from ikudesk import l10n
from ikudesk.domain.compute import ROMAWI
from ikudesk.domain.fields import Field
from ikudesk.domain.keys import NodeKind
from ikudesk.domain.model import AGREGASI, Indikator
from ikudesk.errors import IkuError
from ikudesk.gui.editors.delegates import AngkaDelegate, tanpa_lompat
from ikudesk.gui.editors.fields import atur_teks, ikat_baris, ikat_paragraf
from ikudesk.gui.forms.ui_panel_indikator_tahunan import Ui_PanelIndikatorTahunan
from ikudesk.session import pengukuran as pg

if TYPE_CHECKING:
    from ikudesk.gui.controller import DocumentController

__all__ = ["PanelIndikatorTahunan", "TriwulanModel"]

_Index = QModelIndex | QPersistentModelIndex
AGREGASI_TAMPIL = {
    "nilai_akhir": "Nilai akhir (nilai triwulan terakhir yang terisi: indeks, persen, skor)",
    "akumulasi": "Akumulasi (triwulan dijumlahkan: jumlah kegiatan, laporan, layanan)",
}
_DIHITUNG = QColor("#f1f1f1")


@dataclass(frozen=True)
class _Kolom:
    judul: str
    baris: pg.GridRow
    kolom: int  # the grid's column kind (pg.COL_*)


class TriwulanModel(QAbstractTableModel):
    """Quarters 1–4 of one indicator in one year: target s.d., inputs, realisasi, capaian."""

    galat = _Signal(str)

    def __init__(self, controller: DocumentController, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctl = controller
        self._id: int | None = None
        self._tahun: int | None = None
        self._kolom: list[_Kolom] = []

    def atur(self, ind: Indikator | None, tahun: int | None) -> None:
        kolom = self._buat_kolom(ind)
        if ind is not None and ind.id == self._id and tahun == self._tahun and kolom == self._kolom:
            if self._kolom:
                self.dataChanged.emit(self.index(0, 0), self.index(3, len(self._kolom) - 1))
            return
        self.beginResetModel()
        self._id = None if ind is None else ind.id
        self._tahun = tahun
        self._kolom = kolom
        self.endResetModel()

    @staticmethod
    def _buat_kolom(ind: Indikator | None) -> list[_Kolom]:
        if ind is None:
            return []
        b = pg.GridRow("indikator", ind.nama, ind.id)
        kolom = [_Kolom("Target s.d.", b, pg.COL_TARGET)]
        if ind.pakai_rumus:
            kolom += [
                _Kolom(
                    k.kode, pg.GridRow("komponen", k.uraian or k.kode, ind.id, k.kode), pg.COL_INPUT
                )
                for k in ind.rumus.komponen
            ]
            kolom.append(_Kolom("Realisasi triwulan", b, pg.COL_INPUT))
        else:
            kolom.append(_Kolom("Realisasi triwulan", b, pg.COL_INPUT))
        kolom += [
            _Kolom("Realisasi s.d.", b, pg.COL_SD),
            _Kolom("Capaian s.d. (%)", b, pg.COL_CAPAIAN),
        ]
        return kolom

    def _sel(self, row: int, col: int) -> pg.Cell:
        dok = self.ctl.dokumen
        if dok is None or self._id is None or self._tahun is None:
            return pg.Cell()
        ind = self.ctl.session_or_fail().indikator(self._id)
        k = self._kolom[col]
        return pg.cell(dok, ind, k.baris, k.kolom, pg.GridScope(self._tahun, row + 1))

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() or self._id is None or self._tahun is None else 4

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._kolom)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            if orientation == Qt.Orientation.Vertical:
                return f"TW {ROMAWI[section + 1]}"
            return self._kolom[section].judul
        if role == Qt.ItemDataRole.ToolTipRole and orientation == Qt.Orientation.Horizontal:
            k = self._kolom[section]
            if k.baris.kind == "komponen":
                return k.baris.text
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        f = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self._sel(index.row(), index.column()).editable:
            f |= Qt.ItemFlag.ItemIsEditable
        return f

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        c = self._sel(index.row(), index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return pg.cell_text(c)
        if role == Qt.ItemDataRole.EditRole:
            if c.result is None or c.result.nilai is None:
                return ""
            return l10n.format_angka(c.result.nilai, 12)
        if role == Qt.ItemDataRole.ToolTipRole:
            if c.result is not None and c.result.nilai is None and c.result.alasan:
                return c.result.alasan
            return c.lock_reason or None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.BackgroundRole and not c.editable:
            return QBrush(_DIHITUNG)
        return None

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or self._tahun is None:
            return False
        k = self._kolom[index.column()]
        tempat = f"Triwulan {ROMAWI[index.row() + 1]} {self._tahun}, {k.judul}"
        teks = "" if value is None else str(value)
        try:
            nilai: Decimal | None = None if not teks.strip() else l10n.parse_angka(teks, typed=True)
            session = self.ctl.session_or_fail()
            op = pg.cell_operation(
                session, k.baris, k.kolom, pg.GridScope(self._tahun, index.row() + 1), nilai
            )
            op.check(session)
            self.ctl.apply(op)
        except IkuError as e:
            self.galat.emit(f"{tempat}: {e.pesan}")
            return False
        return True


class PanelIndikatorTahunan(QWidget):
    """The v2 part of the indicator page; ``muat(node)`` shows an indicator."""

    def __init__(self, controller: DocumentController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctl = controller
        self.ui = Ui_PanelIndikatorTahunan()
        self.ui.setupUi(self)
        ui = self.ui
        self.id: int | None = None
        for a in AGREGASI:
            ui.agregasiCombo.addItem(AGREGASI_TAMPIL[a], a)
        # The box is narrow (the page never scrolls sideways); its list shows whole choices.
        daftar = ui.agregasiCombo.view()
        daftar.setMinimumWidth(daftar.sizeHintForColumn(0) + 24)
        ikat_baris(ui.kodeEdit, lambda t: self._ubah("INDIKATOR_KODE", t.strip()))
        ikat_paragraf(ui.definisiEdit, lambda t: self._ubah("INDIKATOR_DEFINISI", t))
        ui.agregasiCombo.activated.connect(
            lambda i: self._ubah("INDIKATOR_AGREGASI", ui.agregasiCombo.itemData(i))
        )
        ikat_paragraf(ui.analisisEdit, self._simpan_analisis)
        self.model = TriwulanModel(controller, self)
        self.model.galat.connect(ui.triwulanPesan.setText)
        t = ui.triwulanTable
        t.setModel(self.model)
        t.setItemDelegate(AngkaDelegate(t, tahan_tolakan=True))
        tanpa_lompat(t, ui.triwulanPesan.setText)
        t.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        t.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        t.horizontalHeader().setMinimumSectionSize(80)
        t.setMinimumHeight(t.verticalHeader().defaultSectionSize() * 4 + 40)
        ui.tahunCombo.currentIndexChanged.connect(lambda _i: self._muat_tahun())
        controller.nilai_changed.connect(self._berubah)
        controller.node_changed.connect(
            lambda ref: self._berubah(ref.id) if ref.kind is NodeKind.INDIKATOR else None
        )

    def _node(self) -> Indikator | None:
        if self.id is None or not self.ctl.has(NodeKind.INDIKATOR, self.id):
            return None
        node = self.ctl.node(NodeKind.INDIKATOR, self.id)
        return node if isinstance(node, Indikator) else None

    def _berubah(self, id_: int) -> None:
        if id_ == self.id:
            node = self._node()
            if node is not None:
                self.muat(node)

    def muat(self, node: Indikator) -> None:
        ui = self.ui
        baru = node.id != self.id
        self.id = node.id
        if baru:
            ui.pengukuranPesan.setText("")
            ui.triwulanPesan.setText("")
        atur_teks(ui.kodeEdit, node.kode)
        atur_teks(ui.definisiEdit, node.definisi)
        ui.agregasiCombo.setCurrentIndex(
            max(0, ui.agregasiCombo.findData(node.agregasi or "nilai_akhir"))
        )
        dok = self.ctl.dokumen
        tahun = dok.tahun() if dok is not None else []
        pilih = ui.tahunCombo.currentData()
        ui.tahunCombo.blockSignals(True)
        ui.tahunCombo.clear()
        for th in tahun:
            ui.tahunCombo.addItem(str(th), th)
        if tahun:
            ui.tahunCombo.setCurrentIndex(max(0, ui.tahunCombo.findData(pilih)))
        ui.tahunCombo.blockSignals(False)
        self._muat_tahun()

    def _muat_tahun(self) -> None:
        ui = self.ui
        node = self._node()
        th = ui.tahunCombo.currentData()
        self.model.atur(node, th)
        if node is None:
            return
        atur_teks(ui.analisisEdit, node.analisis.get(th, "") if th is not None else "")
        ui.analisisEdit.setEnabled(th is not None)
        if th is None:
            ui.triwulanInfo.setText("Dokumen belum memiliki periode.")
        else:
            ui.triwulanInfo.setText(
                "Target per triwulan selalu “s.d. triwulan”; realisasi diisi nilai triwulan itu."
            )

    def _ubah(self, nama_field: str, nilai: Any) -> None:
        node = self._node()
        field = getattr(Field, nama_field, None)
        if node is None or self.id is None:
            return
        if field is None:
            self.ui.pengukuranPesan.setText(
                "Isian ini belum dapat disimpan oleh versi program ini."
            )
            return
        if field.get(node) == nilai:
            return
        try:
            self.ctl.set_field(self.id, field, nilai)
        except IkuError as e:
            self.ui.pengukuranPesan.setText(e.pesan)
            return
        self.ui.pengukuranPesan.setText("")

    def _simpan_analisis(self, teks: str) -> None:
        node = self._node()
        th = self.ui.tahunCombo.currentData()
        if node is None or self.id is None or th is None:
            return
        if node.analisis.get(th, "") == teks:
            return
        from ikudesk.session.operations import SetAnalisis

        try:
            self.ctl.apply(SetAnalisis(self.id, th, teks))
        except IkuError as e:
            self.ui.triwulanPesan.setText(e.pesan)
