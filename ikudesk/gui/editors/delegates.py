"""Cell editors for numbers typed the Indonesian way (``84,125``, ``1.250``; a dot decimal too)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolTip,
    QWidget,
)

from ikudesk import l10n

__all__ = ["AngkaDelegate", "TanpaLompat", "tanpa_lompat"]


class AngkaDelegate(QStyledItemDelegate):
    """A line edit for one number; the model refuses what ``l10n.parse_angka`` cannot read.

    When the model refuses, the cell keeps its old value and the message is shown at the cell
    (the model also reports it through its own signal for the status line).
    """

    def createEditor(
        self,
        parent: QWidget,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> QWidget:
        editor = QLineEdit(parent)
        editor.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        editor.setPlaceholderText("mis. 84,125")
        editor.setToolTip(f"{l10n.CONTOH_ANGKA}. Kosongkan untuk menghapus nilai.")
        return editor

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:
        assert isinstance(editor, QLineEdit)
        editor.setText(str(index.data(Qt.ItemDataRole.EditRole) or ""))
        editor.selectAll()

    def setModelData(
        self,
        editor: QWidget,
        model: QAbstractItemModel,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        assert isinstance(editor, QLineEdit)
        teks = editor.text()
        if model.setData(index, teks, Qt.ItemDataRole.EditRole):
            return
        try:
            if teks.strip():
                l10n.parse_angka(teks, typed=True)
        except l10n.AngkaError as e:
            view = editor.parentWidget()
            if view is not None and view.isVisible():
                QToolTip.showText(view.mapToGlobal(editor.geometry().bottomLeft()), e.pesan, view)


class TanpaLompat(QObject):
    """Typing on a cell that takes no typing changes nothing and says why: a table view's own
    keyboard search would jump to another cell starting with the typed key, and the next key
    would then edit that cell. Installed on a view with :func:`tanpa_lompat`."""

    def __init__(self, view: QAbstractItemView, lapor: Callable[[str], None]) -> None:
        super().__init__(view)
        self._view = view
        self._lapor = lapor

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        view = self._view
        if view.state() == QAbstractItemView.State.EditingState:
            return False
        teks = event.text()
        if (
            not teks
            or not teks.isprintable()
            or event.modifiers()
            & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
        ):
            return False
        cur = view.currentIndex()
        if not cur.isValid() or cur.flags() & Qt.ItemFlag.ItemIsEditable:
            return False
        alasan = cur.data(Qt.ItemDataRole.ToolTipRole) or "Dihitung otomatis, tidak dapat diisi."
        self._lapor(f"Sel ini tidak dapat diisi: {alasan}")
        return True


def tanpa_lompat(view: QAbstractItemView, lapor: Callable[[str], None]) -> None:
    view.installEventFilter(TanpaLompat(view, lapor))
