"""Message boxes with Indonesian buttons, shared by the main window's actions."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget


def galat(parent: QWidget | None, pesan: str, judul: str = "IKU Desk") -> None:
    QMessageBox.warning(parent, judul, pesan)


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
