"""Message boxes with Indonesian buttons, shared by the main window's actions."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from html import escape
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

if TYPE_CHECKING:
    from ikudesk.domain.model import Dokumen

JUDUL = "IKU Desk"


def teks_rich(teks: str) -> str:
    """A user's text placed inside a label's rich text: shown as typed, never read as markup."""
    return escape(teks, quote=False)


@contextmanager
def sibuk() -> Iterator[None]:
    """The wait cursor for the length of a slow job (writing a PDF, a backup)."""
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        QApplication.restoreOverrideCursor()


def pesan(parent: QWidget, ikon: QMessageBox.Icon, teks: str, nama: str) -> QMessageBox:
    """A window-modal box that does not block the caller (tests find it by ``nama``)."""
    kotak = QMessageBox(ikon, JUDUL, teks, QMessageBox.StandardButton.Ok, parent)
    kotak.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    kotak.setObjectName(nama)
    kotak.open()
    return kotak


def dokumen_terbuka(parent: QWidget, controller: Any, nama: str) -> Dokumen | None:
    """The open document, or None after telling the user to open one first (a menu action
    that needs a document; ``nama`` names the box for tests)."""
    dok: Dokumen | None = controller.dokumen
    if dok is None:
        pesan(parent, QMessageBox.Icon.Information, "Buka sebuah dokumen terlebih dahulu.", nama)
    return dok


def pas_layar(w: QWidget, lebar: int, tinggi: int) -> None:
    """Size ``w`` to (lebar, tinggi), or smaller to fit the screen it opens on (and its frame)."""
    layar = w.screen().availableGeometry() if w.screen() is not None else None
    if layar is not None:
        lebar, tinggi = min(lebar, layar.width() - 8), min(tinggi, layar.height() - 36)
    w.resize(lebar, tinggi)


def galat(parent: QWidget | None, teks: str, judul: str = JUDUL) -> None:
    QMessageBox.warning(parent, judul, teks)


def tanya(
    parent: QWidget | None, judul: str, pesan: str, ya: str = "Ya", tidak: str = "Batal"
) -> bool:
    """Ask; the safe answer is the default, so a stray Enter never deletes anything."""
    kotak = QMessageBox(
        QMessageBox.Icon.Question, judul, pesan, QMessageBox.StandardButton.NoButton, parent
    )
    tombol_ya = kotak.addButton(ya, QMessageBox.ButtonRole.AcceptRole)
    tombol_tidak = kotak.addButton(tidak, QMessageBox.ButtonRole.RejectRole)
    kotak.setDefaultButton(tombol_tidak)
    kotak.setEscapeButton(tombol_tidak)
    kotak.exec()
    return kotak.clickedButton() is tombol_ya
