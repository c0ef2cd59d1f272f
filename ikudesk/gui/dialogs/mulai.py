"""First run: the store is empty; start a new document or open a sample."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QListWidgetItem, QWidget

from ikudesk.gui.forms.ui_dialog_mulai import Ui_DialogMulai

BARU, CONTOH, IMPOR = 1, 2, 3


def nama_contoh(path: Path) -> str:
    """A sample as the user knows it: its instansi, region and period, and what it holds
    beyond the IKU tree (two samples may share an instansi and period)."""
    from ikudesk.domain.compute import hitung_realisasi
    from ikudesk.domain.model import label_periode
    from ikudesk.errors import IkuError
    from ikudesk.files.docfile import baca_file

    try:
        dok = baca_file(path)
    except IkuError:
        return path.stem  # a damaged sample still shows (opening it says what is wrong)
    p = dok.profil
    nama = p.instansi or "(tanpa nama instansi)"
    if p.pemerintah_daerah:
        nama += f" ({p.pemerintah_daerah})"
    nama += f", periode {label_periode(dok.periode)}" if dok.periode else ", tanpa periode"
    isi = []
    tahun = [
        th for th in dok.tahun() if any(hitung_realisasi(i, th).ada for i in dok.semua_indikator())
    ]
    if tahun:
        isi.append("realisasi " + ", ".join(map(str, tahun)))
    pk = sorted({k.tahun for k in dok.perjanjian_kinerja})
    if pk:
        isi.append("PK " + ", ".join(map(str, pk)))
    if any(i.survei_ikm for i in dok.semua_indikator()):
        isi.append("survei IKM")
    # two lines: who and when, then what it holds (the list stays narrow, nothing cut off)
    return nama + "\n    " + (f"berisi {', '.join(isi)}" if isi else "susunan IKU")


class DialogMulai(QDialog):
    def __init__(self, contoh: list[Path], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_DialogMulai()
        self.ui.setupUi(self)
        self.pilihan = 0
        self.ui.daftarContoh.setWordWrap(True)
        for p in contoh:
            item = QListWidgetItem(nama_contoh(p))
            item.setToolTip(p.name)
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
