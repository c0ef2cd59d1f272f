"""Bantuan → Panduan: the short Indonesian guide to the yearly routine, shipped with the program."""

from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from ikudesk.assets import asset_path
from ikudesk.gui.forms.ui_dialog_panduan import Ui_DialogPanduan


class DialogPanduan(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_DialogPanduan()
        self.ui.setupUi(self)
        self.ui.tombol.button(QDialogButtonBox.StandardButton.Close).setText("Tutup")
        self.ui.tombol.rejected.connect(self.reject)
        try:
            path = asset_path("resources", "panduan", "panduan.html")
        except FileNotFoundError as e:
            self.ui.teks.setPlainText(f"Berkas panduan tidak ditemukan: {e.filename}.")
            return
        self.ui.teks.setSource(QUrl.fromLocalFile(str(path)))
        # Room for its pictures, within the screen it opens on (the guide scrolls).
        layar = self.screen().availableGeometry() if self.screen() else None
        lebar, tinggi = 900, 700
        if layar is not None:
            lebar, tinggi = min(lebar, layar.width() - 40), min(tinggi, layar.height() - 60)
        self.resize(lebar, tinggi)
