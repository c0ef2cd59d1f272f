"""Editing the capaian categories of the store (form ``ui/kategori.ui``).

The dialog only collects and checks; ``pdf_actions.atur_kategori`` saves through the core.
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHeaderView, QTableWidgetItem, QWidget

from ikudesk.domain.kategori import KATEGORI_BAWAAN, Kategori, periksa
from ikudesk.errors import IkuError
from ikudesk.gui.forms.ui_kategori import Ui_DialogKategori
from ikudesk.l10n import format_angka, parse_angka


class DialogKategori(QDialog):
    def __init__(self, daftar: list[Kategori], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_DialogKategori()
        self.ui.setupUi(self)
        ui = self.ui
        ui.tombol.button(QDialogButtonBox.StandardButton.Save).setText("Simpan")
        ui.tombol.button(QDialogButtonBox.StandardButton.Cancel).setText("Batal")
        kepala = ui.tabel.horizontalHeader()
        kepala.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for c in (1, 2):
            kepala.setSectionResizeMode(c, QHeaderView.ResizeMode.ResizeToContents)
        self.hasil: list[Kategori] = []
        self.isi(daftar)
        ui.tambahTombol.clicked.connect(self.tambah_baris)
        ui.hapusTombol.clicked.connect(self.hapus_baris)
        ui.bawaanTombol.clicked.connect(lambda: self.isi(list(KATEGORI_BAWAAN)))
        ui.tombol.accepted.connect(self.accept)

    def isi(self, daftar: list[Kategori]) -> None:
        t = self.ui.tabel
        t.setRowCount(0)
        for k in reversed(daftar):  # highest first, as the scale is read
            self._baris(k.nama, k.bawah, k.atas)
        self.ui.pesanLabel.clear()

    def _baris(self, nama: str, bawah: Decimal | None, atas: Decimal | None) -> None:
        t = self.ui.tabel
        r = t.rowCount()
        t.insertRow(r)
        t.setItem(r, 0, QTableWidgetItem(nama))
        for c, v in ((1, bawah), (2, atas)):
            t.setItem(r, c, QTableWidgetItem("" if v is None else format_angka(v, 4)))

    def tambah_baris(self) -> None:
        self._baris("", None, None)
        self.ui.tabel.setCurrentCell(self.ui.tabel.rowCount() - 1, 0)

    def hapus_baris(self) -> None:
        r = self.ui.tabel.currentRow()
        if r >= 0:
            self.ui.tabel.removeRow(r)

    def kategori(self) -> list[Kategori]:
        """The table as categories; IkuError naming the row and column of a bad number."""
        t = self.ui.tabel
        hasil = []
        for r in range(t.rowCount()):
            sel = [(it.text().strip() if (it := t.item(r, c)) else "") for c in range(3)]
            angka: list[Decimal | None] = []
            for c, judul in ((1, "batas bawah"), (2, "batas atas")):
                if not sel[c]:
                    angka.append(None)
                    continue
                try:
                    angka.append(parse_angka(sel[c], typed=True))
                except IkuError as e:
                    raise IkuError(f"Baris {r + 1}, {judul}: {e.pesan}") from None
            hasil.append(Kategori(sel[0], angka[0], angka[1]))
        return periksa(hasil)

    def accept(self) -> None:
        try:
            self.hasil = self.kategori()
        except IkuError as e:
            self.ui.pesanLabel.setText(e.pesan)
            return
        super().accept()
