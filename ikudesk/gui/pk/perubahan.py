"""The dialog before a PK Perubahan is made: what it copies, and its own date (required)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ikudesk.domain.model import PerjanjianKinerja
from ikudesk.domain.pk_edit import isi_salinan, nama_pk
from ikudesk.domain.rules import periksa_tanggal
from ikudesk.errors import IkuError
from ikudesk.gui.dialogs.umum import teks_rich
from ikudesk.l10n import baca_tanggal_ketikan, format_tanggal

__all__ = ["DialogPerubahan"]


class DialogPerubahan(QDialog):
    """``tanggal`` holds the date in the stored form once accepted."""

    def __init__(self, pk: PerjanjianKinerja, nomor: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dialogPerubahan")
        self.setWindowTitle(f"Buat PK Perubahan ke-{nomor} tahun {pk.tahun}")
        self._pk = pk
        self.tanggal = ""
        tata = QVBoxLayout(self)
        isi = "".join(f"<li>{teks_rich(b)}</li>" for b in isi_salinan(pk))
        info = QLabel(
            f"PK Perubahan ke-{nomor} dibuat dengan menyalin <b>{teks_rich(nama_pk(pk))}</b>:"
            f"<ul style='margin-left:-20px'>{isi}</ul>"
            "Setelah dibuat, ubah yang berubah (anggaran, program) di halamannya."
        )
        info.setWordWrap(True)
        tata.addWidget(info)
        form = QFormLayout()
        self.tanggalEdit = QLineEdit(self)
        self.tanggalEdit.setObjectName("tanggalPerubahanEdit")
        self.tanggalEdit.setPlaceholderText("mis. 1 Juli 2023 atau 01-07-2023")
        label = QLabel("&Tanggal PK Perubahan:")
        label.setBuddy(self.tanggalEdit)
        form.addRow(label, self.tanggalEdit)
        self.pesan = QLabel("")
        self.pesan.setObjectName("tanggalPerubahanPesan")
        self.pesan.setWordWrap(True)
        form.addRow("", self.pesan)
        tata.addLayout(form)
        self.tombol = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.tombol.button(QDialogButtonBox.StandardButton.Ok).setText("Buat PK Perubahan")
        self.tombol.button(QDialogButtonBox.StandardButton.Cancel).setText("Batal")
        self.tombol.accepted.connect(self.accept)
        self.tombol.rejected.connect(self.reject)
        tata.addWidget(self.tombol)
        self.tanggalEdit.textChanged.connect(lambda _t: self._periksa())
        self._periksa()
        self.tanggalEdit.setFocus()

    def _periksa(self) -> str | None:
        """The typed date in the stored form, or None (the reason shown, OK disabled)."""
        ok = self.tombol.button(QDialogButtonBox.StandardButton.Ok)
        teks = self.tanggalEdit.text().strip()
        nilai: str | None = None
        if not teks:
            self.pesan.setText("Isi tanggal penandatanganan PK Perubahan.")
        else:
            try:
                nilai = periksa_tanggal(baca_tanggal_ketikan(teks))
                if self._pk.tanggal and nilai < self._pk.tanggal:
                    raise IkuError(
                        f"Tanggal tidak boleh sebelum tanggal {nama_pk(self._pk)} "
                        f"({format_tanggal(self._pk.tanggal)})."
                    )
                self.pesan.setText(f"dicetak: {format_tanggal(nilai)}")
            except IkuError as e:
                nilai = None
                self.pesan.setText(e.pesan)
        self.pesan.setStyleSheet("" if nilai else "color: #b00020;")
        ok.setEnabled(nilai is not None)
        return nilai

    def accept(self) -> None:
        nilai = self._periksa()
        if nilai is None:
            return
        self.tanggal = nilai
        super().accept()
