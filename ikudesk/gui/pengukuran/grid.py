"""The values grid's table view: the keys of a spreadsheet (see ``view`` for the window)."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QAction, QGuiApplication, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QHeaderView,
    QTableView,
    QWidget,
)

from ikudesk.gui.editors.delegates import AngkaDelegate
from ikudesk.gui.pengukuran.model import PengukuranModel
from ikudesk.session import pengukuran as pg

__all__ = ["GridPengukuran"]


class GridPengukuran(QTableView):
    """The table view with the keys of a spreadsheet."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("gridPengukuran")
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setWordWrap(False)
        self.setAlternatingRowColors(False)
        delegate = AngkaDelegate(self)
        for k in (pg.COL_TARGET, pg.COL_INPUT):
            self.setItemDelegateForColumn(k, delegate)
        self._ditolak = False  # the last commit was refused: its editor stays open
        # A column copied from a seksi's own sheet: down the input cells, skipping the rest.
        self.aksi_tempel_isian = QAction("Tempel ke sel &isian", self)
        self.aksi_tempel_isian.setObjectName("aksiTempelIsian")
        self.aksi_tempel_isian.setShortcut(QKeySequence("Ctrl+Shift+V"))
        self.aksi_tempel_isian.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.aksi_tempel_isian.setStatusTip(
            "Tempel satu kolom angka ke sel isian berurutan ke bawah, melewati baris judul "
            "dan baris yang dihitung"
        )
        # An open cell editor is closed unsaved, not stored first (KomitSebelumAksi reads this):
        # the paste replaces what was being typed, as one undo step.
        self.aksi_tempel_isian.setProperty("tanpa_komit", True)
        self.aksi_tempel_isian.triggered.connect(lambda _=False: self.tempel_isian())
        aksi_tempel = QAction("&Tempel", self)
        aksi_tempel.triggered.connect(lambda _=False: self.tempel())
        self.addAction(aksi_tempel)
        self.addAction(self.aksi_tempel_isian)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        v = self.verticalHeader()
        v.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        v.setDefaultSectionSize(self.fontMetrics().height() + 8)
        v.hide()

    def pasang_model(self, model: PengukuranModel) -> None:
        self.setModel(model)
        self.model_ = model
        h = self.horizontalHeader()  # the columns exist once the model is set
        h.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        lebar = (50, 260, 60, 88, 88, 88, 88, 95, 160)  # long Keterangan: in its tool tip
        for k, w in enumerate(lebar):
            self.setColumnWidth(k, w)
        # The indicator's name takes what the window has to spare (1024 to 1920 wide).
        h.setSectionResizeMode(pg.COL_NAMA, QHeaderView.ResizeMode.Stretch)
        model.modelReset.connect(self._rentang_kelompok)
        self._rentang_kelompok()

    def _rentang_kelompok(self) -> None:
        """A sasaran heading spans the whole row."""
        self.clearSpans()
        for r, b in enumerate(self.model_.baris):
            if b.kind == "kelompok" and self.model_.rowCount():
                self.setSpan(r, 0, 1, len(pg.COLUMNS))

    def _sel_terpilih(self) -> list[tuple[int, int]]:
        return sorted({(i.row(), i.column()) for i in self.selectedIndexes()})

    def _pindah_bawah(self) -> None:
        cur = self.currentIndex()
        if not cur.isValid():
            return
        for r in range(cur.row() + 1, self.model_.rowCount()):
            if self.model_.dapat_diisi(r, cur.column()):
                self.setCurrentIndex(self.model_.index(r, cur.column()))
                return

    def moveCursor(  # noqa: N802 - Qt's name
        self,
        cursorAction: QAbstractItemView.CursorAction,  # noqa: N803 - Qt's name
        modifiers: Qt.KeyboardModifier,
    ) -> QModelIndex:
        """Tab / Shift+Tab go to the next / previous cell that takes typing, as in a form:
        the read-only "s.d." and capaian cells between two rows' inputs are passed by."""
        aksi = QAbstractItemView.CursorAction
        if cursorAction not in (aksi.MoveNext, aksi.MovePrevious):
            return super().moveCursor(cursorAction, modifiers)
        cur = self.currentIndex()
        m = self.model_
        if not cur.isValid():
            return super().moveCursor(cursorAction, modifiers)
        lebar = m.columnCount()
        langkah = 1 if cursorAction == aksi.MoveNext else -1
        pos = cur.row() * lebar + cur.column() + langkah
        while 0 <= pos < m.rowCount() * lebar:
            r, k = divmod(pos, lebar)
            if m.dapat_diisi(r, k):
                return m.index(r, k)
            pos += langkah
        return cur

    def commitData(self, editor: QWidget) -> None:  # noqa: N802 - Qt's name
        n = self.model_.tolakan
        super().commitData(editor)
        self._ditolak = self.model_.tolakan != n

    def closeEditor(  # noqa: N802 - Qt's name
        self, editor: QWidget, hint: QAbstractItemDelegate.EndEditHint
    ) -> None:
        ditolak, self._ditolak = self._ditolak, False
        if ditolak and hint in (
            QAbstractItemDelegate.EndEditHint.SubmitModelCache,
            QAbstractItemDelegate.EndEditHint.EditNextItem,
            QAbstractItemDelegate.EndEditHint.EditPreviousItem,
        ):
            editor.setFocus()  # refused (Enter or Tab): the typed value stays to be corrected
            return
        if hint == QAbstractItemDelegate.EndEditHint.SubmitModelCache:  # Enter: on downwards
            super().closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)
            self._pindah_bawah()
            return
        super().closeEditor(editor, hint)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        if event.matches(QKeySequence.StandardKey.Paste):
            self.tempel()
            return
        if event.matches(QKeySequence.StandardKey.Copy):
            QGuiApplication.clipboard().setText(self.model_.salin(self._sel_terpilih()))
            return
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and self.state() != (
            QAbstractItemView.State.EditingState
        ):
            self.model_.kosongkan(self._sel_terpilih())
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.state() != (
            QAbstractItemView.State.EditingState
        ):
            self._pindah_bawah()
            return
        super().keyPressEvent(event)

    def keyboardSearch(self, search: str) -> None:  # noqa: N802 - Qt's name
        """No jumping to a cell that starts with the typed key: typing on a cell that cannot
        be typed into says why and changes nothing (the next key would edit the other cell)."""
        cur = self.currentIndex()
        if cur.isValid() and search.strip():
            self.model_.tolak_ketikan(cur.row(), cur.column())

    def tempel(self, teks: str | None = None, isian: bool = False) -> int:
        """Paste ``teks`` (default: the clipboard) at the current cell."""
        cur: QModelIndex | QPersistentModelIndex = self.currentIndex()
        if not cur.isValid():
            return 0
        editor = self.indexWidget(cur)
        if self.state() == QAbstractItemView.State.EditingState and editor is not None:
            self.closeEditor(editor, QAbstractItemDelegate.EndEditHint.RevertModelCache)
        if teks is None:
            teks = QGuiApplication.clipboard().text()
        return self.model_.tempel(cur.row(), cur.column(), teks, isian)

    def tempel_isian(self, teks: str | None = None) -> int:
        """ "Tempel ke sel isian": down the input cells from the current one."""
        return self.tempel(teks, isian=True)
