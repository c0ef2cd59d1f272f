"""Binding text fields to a save function: commit when the user is done, never on a refresh.

A line edit commits on ``editingFinished`` (Enter or leaving the field); a multi-line field on
leaving it and after a short pause in typing. Filling a field from the store never commits: the
signals used only fire on the user's own edits, and the pause timer runs only after a key.

A shortcut, a tool-bar button or a menu does not take the focus, so the field being edited
would not notice: :class:`KomitSebelumAksi`, installed once on the application by the main
window, commits it (:func:`komit_ketikan`) before any such gesture reaches its target.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

__all__ = [
    "JEDA_MS",
    "KomitSebelumAksi",
    "atur_teks",
    "ikat_baris",
    "ikat_paragraf",
    "komit_ketikan",
]

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


def ikat_baris(edit: QLineEdit, simpan: Callable[[str], object]) -> None:
    edit.editingFinished.connect(lambda: simpan(edit.text()))


class _FokusKeluar(QObject):
    def __init__(self, edit: QPlainTextEdit, selesai: Callable[[], None]) -> None:
        super().__init__(edit)
        self._selesai = selesai

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusOut:
            self._selesai()
        return False


#: Multi-line fields typed into and not yet saved: their commit functions.
_tertunda: list[Callable[[], None]] = []


def ikat_paragraf(edit: QPlainTextEdit, simpan: Callable[[str], object]) -> None:
    timer = QTimer(edit)
    timer.setSingleShot(True)
    timer.setInterval(JEDA_MS)

    def selesai() -> None:
        timer.stop()
        if selesai in _tertunda:
            _tertunda.remove(selesai)
        simpan(edit.toPlainText())

    timer.timeout.connect(selesai)

    def lupakan(*_: object) -> None:
        if selesai in _tertunda:
            _tertunda.remove(selesai)

    edit.destroyed.connect(lupakan)

    def berubah() -> None:
        # textChanged also fires when the field is filled from the store: that is no edit.
        if not edit.property("_mengisi"):
            timer.start()
            if selesai not in _tertunda:
                _tertunda.append(selesai)

    edit.textChanged.connect(berubah)
    edit.installEventFilter(_FokusKeluar(edit, selesai))


def _di_dalam(w: QObject | None, induk: QWidget) -> bool:
    while w is not None:
        if w is induk:
            return True
        w = w.parent()
    return False


def _tanpa_riwayat_sendiri(obj: QObject, event: QKeyEvent) -> bool:
    if event.matches(QKeySequence.StandardKey.Undo):
        if isinstance(obj, QLineEdit):
            return not obj.isUndoAvailable()
        if isinstance(obj, QPlainTextEdit):
            return not obj.document().isUndoAvailable()
    if event.matches(QKeySequence.StandardKey.Redo):
        if isinstance(obj, QLineEdit):
            return not obj.isRedoAvailable()
        if isinstance(obj, QPlainTextEdit):
            return not obj.document().isRedoAvailable()
    return False


def komit_ketikan() -> None:
    """Save the field being edited now: typed multi-line text, a line edit, a table cell.

    Called before a gesture that does not take the focus runs (see :class:`KomitSebelumAksi`).
    """
    for selesai in list(_tertunda):
        try:
            selesai()
        except RuntimeError:  # its widget is gone with its page
            if selesai in _tertunda:
                _tertunda.remove(selesai)
    w = QApplication.focusWidget()
    if w is None:
        return
    induk = w.parent()
    view = induk.parent() if induk is not None else None
    if isinstance(view, QAbstractItemView) and view.state() == view.State.EditingState:
        # A cell editor open in a table: hand its text to the model as leaving it would.
        view.itemDelegate().commitData.emit(w)
        return
    if isinstance(w, QLineEdit | QAbstractSpinBox) and w.isEnabled():
        w.editingFinished.emit()
    elif hasattr(w, "selesai") and hasattr(w.selesai, "emit"):
        w.selesai.emit()  # the formula's expression field


class KomitSebelumAksi(QObject):
    """Application-wide: commit the field being edited before a shortcut, click or close.

    Shortcuts reach their action as a ``Shortcut`` event; tool-bar buttons and menus start with
    a mouse press that does not move the focus; closing the window is a ``Close`` event. Each
    of them first commits (typed text would otherwise be lost or saved onto the next node).
    """

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        t = event.type()
        if t == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent):
            # Ctrl+Z in a field with nothing of its own to undo: not the field's, so the
            # window's Urungkan gets it and undoes the last stored edit.
            return _tanpa_riwayat_sendiri(obj, event)
        if t == QEvent.Type.Shortcut and obj.property("tanpa_komit"):
            return False  # the action handles the open editor itself
        if t in (QEvent.Type.Shortcut, QEvent.Type.Close):
            komit_ketikan()
        elif t == QEvent.Type.MouseButtonPress and isinstance(obj, QWidget):
            fokus = QApplication.focusWidget()
            if fokus is not None and not _di_dalam(obj, fokus):
                komit_ketikan()
        return False
