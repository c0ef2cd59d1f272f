"""A NIP field that checks as the user types and shows the grouped form."""

from __future__ import annotations

from PySide6.QtCore import Signal as _Signal
from PySide6.QtWidgets import QLineEdit, QWidget

from ikudesk.domain import nip

__all__ = ["NipEdit"]


class NipEdit(QLineEdit):
    """Emits ``diperiksa(pesan, bentuk)`` on every change: the error ("" when valid or empty)
    and the grouped form ``19661114 199403 2 008`` ("" unless valid)."""

    diperiksa = _Signal(str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMaxLength(40)  # room for a pasted grouped NIP with spaces
        self.textChanged.connect(self._periksa)

    def nilai(self) -> str | None:
        """The 18 digits, "" for an empty field, None when what is typed is not a valid NIP."""
        teks = self.text().strip()
        if not teks:
            return ""
        try:
            return nip.periksa_nip(teks)
        except nip.NipError:
            return None

    def pesan(self) -> str:
        teks = self.text().strip()
        if not teks:
            return ""
        try:
            nip.periksa_nip(teks)
        except nip.NipError as e:
            return e.pesan
        return ""

    def _periksa(self) -> None:
        pesan = self.pesan()
        angka = self.nilai()
        self.setStyleSheet("QLineEdit { border: 1px solid #c00000; }" if pesan else "")
        self.diperiksa.emit(pesan, nip.format_nip(angka) if angka else "")
