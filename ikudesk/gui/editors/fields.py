"""Binding text fields to a save function: commit when the user is done, never on a refresh.

A line edit commits on ``editingFinished`` (Enter or leaving the field); a multi-line field on
leaving it and after a short pause in typing. Filling a field from the store never commits: the
signals used only fire on the user's own edits, and the pause timer runs only after a key.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit

__all__ = ["JEDA_MS", "atur_teks", "ikat_baris", "ikat_paragraf"]

#: Pause in typing after which a multi-line field saves itself (ms).
JEDA_MS = 1500


def atur_teks(edit: QLineEdit | QPlainTextEdit, teks: str) -> None:
    """Show ``teks`` without moving the cursor when it is already there, and without saving."""
    if isinstance(edit, QLineEdit):
        if edit.text() != teks:
            edit.setText(teks)
            edit.setCursorPosition(0)
        return
    if edit.toPlainText() != teks:
        edit.setProperty("_mengisi", True)
        try:
            edit.setPlainText(teks)
        finally:
            edit.setProperty("_mengisi", False)


def ikat_baris(edit: QLineEdit, simpan: Callable[[str], None]) -> None:
    edit.editingFinished.connect(lambda: simpan(edit.text()))


class _FokusKeluar(QObject):
    def __init__(self, edit: QPlainTextEdit, selesai: Callable[[], None]) -> None:
        super().__init__(edit)
        self._selesai = selesai

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusOut:
            self._selesai()
        return False


def ikat_paragraf(edit: QPlainTextEdit, simpan: Callable[[str], None]) -> None:
    timer = QTimer(edit)
    timer.setSingleShot(True)
    timer.setInterval(JEDA_MS)

    def selesai() -> None:
        timer.stop()
        simpan(edit.toPlainText())

    timer.timeout.connect(selesai)

    def berubah() -> None:
        # textChanged also fires when the field is filled from the store: that is no edit.
        if not edit.property("_mengisi"):
            timer.start()

    edit.textChanged.connect(berubah)
    edit.installEventFilter(_FokusKeluar(edit, selesai))
