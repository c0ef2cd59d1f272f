"""The formula expression field: one logical line that can mark the character in error."""

from __future__ import annotations

from PySide6.QtCore import QMimeData, Qt
from PySide6.QtCore import Signal as _Signal
from PySide6.QtGui import QColor, QFocusEvent, QKeyEvent, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit, QWidget

__all__ = ["EkspresiEdit"]


class EkspresiEdit(QPlainTextEdit):
    """A wrapping one-line editor: Enter and leaving the field emit ``selesai``.

    A plain text edit rather than a line edit so a long expression wraps and so a character
    can be underlined (``tandai``) without selecting it, which would be replaced by the next
    key the user types.
    """

    selesai = _Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)

    def teks(self) -> str:
        return self.toPlainText()

    def atur_teks(self, teks: str) -> None:
        if teks != self.toPlainText():
            self.setPlainText(teks)

    def tandai(self, posisi: int | None) -> None:
        """Underline the character at ``posisi`` (the last one when it is past the end)."""
        if posisi is None:
            self.setExtraSelections([])
            return
        n = len(self.toPlainText())
        if n == 0:
            self.setExtraSelections([])
            return
        posisi = max(0, min(posisi, n - 1))
        sel = QTextEdit.ExtraSelection()
        cursor = QTextCursor(self.document())
        cursor.setPosition(posisi)
        cursor.setPosition(posisi + 1, QTextCursor.MoveMode.KeepAnchor)
        fmt = QTextCharFormat()
        fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
        fmt.setUnderlineColor(QColor(200, 0, 0))
        fmt.setBackground(QColor(255, 220, 220))
        sel.cursor = cursor
        sel.format = fmt
        self.setExtraSelections([sel])

    def posisi_tanda(self) -> int | None:
        """Where the error mark starts, or None: what the user sees underlined."""
        sel = self.extraSelections()
        return sel[0].cursor.selectionStart() if sel else None

    def keyPressEvent(self, e: QKeyEvent) -> None:
        if e.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.selesai.emit()
            return
        super().keyPressEvent(e)

    def focusOutEvent(self, e: QFocusEvent) -> None:
        super().focusOutEvent(e)
        self.selesai.emit()

    def insertFromMimeData(self, source: QMimeData) -> None:
        # Pasted text from a spreadsheet may carry line breaks; an expression is one line.
        self.insertPlainText(" ".join(source.text().split("\n")).replace("\r", ""))
