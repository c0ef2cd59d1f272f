"""Pick one of the documents in the store."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QHeaderView, QTableWidgetItem, QWidget

from ikudesk.gui.forms.ui_dialog_buka import Ui_DialogBuka
from ikudesk.l10n import format_angka, format_waktu
from ikudesk.persistence.repo import DokumenSummary

KOLOM = ("No", "Instansi", "Periode", "Indikator", "Terakhir diubah")


def _waktu(iso: str) -> str:
    from datetime import datetime

    try:
        return format_waktu(datetime.fromisoformat(iso))
    except ValueError:
        return iso


class DialogBuka(QDialog):
    def __init__(
        self,
        daftar: list[DokumenSummary],
        parent: QWidget | None = None,
        judul: str = "Buka dokumen",
        pilih: int | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_DialogBuka()
        self.ui.setupUi(self)
        self.setWindowTitle(judul)
        self.daftar = daftar
        t = self.ui.tabel
        t.setColumnCount(len(KOLOM))
        t.setHorizontalHeaderLabels(list(KOLOM))
        t.setRowCount(len(daftar))
        for r, d in enumerate(daftar):
            nama = d.instansi or " ".join(d.judul) or "(tanpa nama)"
            isi = (
                str(d.id),
                nama,
                d.label_periode,
                format_angka(d.jumlah_indikator, 0),
                _waktu(d.diubah),
            )
            for c, teks in enumerate(isi):
                t.setItem(r, c, QTableWidgetItem(teks))
        kepala = t.horizontalHeader()
        for c in range(len(KOLOM)):
            kepala.setSectionResizeMode(
                c,
                QHeaderView.ResizeMode.Stretch
                if c == 1
                else QHeaderView.ResizeMode.ResizeToContents,
            )
        baris = next((r for r, d in enumerate(daftar) if d.id == pilih), 0)
        if daftar:
            t.selectRow(baris)
        t.doubleClicked.connect(lambda _i: self.accept())
        self.ui.tombol.accepted.connect(self.accept)
        self.ui.tombol.rejected.connect(self.reject)

    def dokumen_id(self) -> int | None:
        baris = self.ui.tabel.currentRow()
        return self.daftar[baris].id if 0 <= baris < len(self.daftar) else None
