"""Identity and period of a new document, or only the period of a duplicate."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from ikudesk.domain.model import Periode
from ikudesk.domain.new_document import periode_bawaan
from ikudesk.gui.forms.ui_dialog_dokumen_baru import Ui_DialogDokumenBaru


class DialogDokumenBaru(QDialog):
    def __init__(self, parent: QWidget | None = None, periode: Periode | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_DialogDokumenBaru()
        self.ui.setupUi(self)
        periode = periode or periode_bawaan()
        self.ui.isiMulai.setValue(periode.mulai)
        self.ui.isiSelesai.setValue(periode.selesai)
        self.ui.tombol.accepted.connect(self.accept)
        self.ui.tombol.rejected.connect(self.reject)
        self.ui.isiMulai.valueChanged.connect(self._periksa)
        self.ui.isiSelesai.valueChanged.connect(self._periksa)
        self._periksa()

    @classmethod
    def untuk_duplikat(
        cls, parent: QWidget | None, nama: str, periode: Periode | None
    ) -> DialogDokumenBaru:
        """Only the period: a copy for a new period keeps everything else."""
        if periode is not None:
            lama = periode.selesai - periode.mulai
            periode = Periode(periode.selesai + 1, periode.selesai + 1 + lama)
        d = cls(parent, periode)
        d.setWindowTitle("Gandakan untuk periode baru")
        d.ui.keterangan.setText(
            f"Salinan «{nama}» memuat semua tujuan, sasaran, indikator, rumus dan target; "
            "realisasi dan nilai komponen dikosongkan. Target di luar periode baru tidak disalin."
        )
        for w in (d.ui.labelInstansi, d.ui.isiInstansi, d.ui.labelPemda, d.ui.isiPemda):
            w.hide()
        return d

    def _periksa(self) -> None:
        mulai, selesai = self.ui.isiMulai.value(), self.ui.isiSelesai.value()
        salah = mulai > selesai
        self.ui.pesan.setText(
            f"Tahun mulai ({mulai}) tidak boleh sesudah tahun selesai ({selesai})." if salah else ""
        )
        self.ui.tombol.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not salah)

    def instansi(self) -> str:
        return self.ui.isiInstansi.text().strip()

    def pemerintah_daerah(self) -> str:
        return self.ui.isiPemda.text().strip()

    def periode(self) -> Periode:
        return Periode(self.ui.isiMulai.value(), self.ui.isiSelesai.value())
