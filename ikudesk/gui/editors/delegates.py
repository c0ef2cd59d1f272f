"""Cell editors for numbers typed the Indonesian way (``84,125``, ``1.250``; a dot decimal too)."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolTip,
    QWidget,
)

from ikudesk import l10n

__all__ = ["AngkaDelegate"]


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
