"""First run: the store is empty; start a new document or open a sample."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QListWidgetItem, QWidget

from ikudesk.gui.forms.ui_dialog_mulai import Ui_DialogMulai

BARU, CONTOH, IMPOR = 1, 2, 3
NAMA_CONTOH = {
    "benjeng": "Kecamatan Benjeng (Kabupaten Gresik)",
    "sumber-harta": "Kecamatan Sumber Harta (Kabupaten Musi Rawas)",
    "sumbersuko": "Kecamatan Sumbersuko (Kabupaten Lumajang)",
}


class DialogMulai(QDialog):
    def __init__(self, contoh: list[Path], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_DialogMulai()
        self.ui.setupUi(self)
        self.pilihan = 0
        for p in contoh:
            item = QListWidgetItem(NAMA_CONTOH.get(p.stem, p.stem))
            item.setData(Qt.ItemDataRole.UserRole, str(p))
            self.ui.daftarContoh.addItem(item)
        if contoh:
            self.ui.daftarContoh.setCurrentRow(0)
        self.ui.tombolContoh.setEnabled(bool(contoh))
        self.ui.tombolBaru.clicked.connect(lambda: self._pilih(BARU))
        self.ui.tombolContoh.clicked.connect(lambda: self._pilih(CONTOH))
        self.ui.tombolImpor.clicked.connect(lambda: self._pilih(IMPOR))
        self.ui.daftarContoh.itemDoubleClicked.connect(lambda _i: self._pilih(CONTOH))
        self.ui.tombolTutup.clicked.connect(self.reject)

    def _pilih(self, pilihan: int) -> None:
        self.pilihan = pilihan
        self.accept()

    def contoh_terpilih(self) -> Path | None:
        item = self.ui.daftarContoh.currentItem()
        return Path(item.data(Qt.ItemDataRole.UserRole)) if item is not None else None
