"""Asks for the signer of a year's yearly reports when that year has none (issue 11 item 5).

"Simpan" stores the signer as the year's ``laporan_tahunan`` entry (one undo step) and goes on
to print; "Abaikan" prints without a signature block; "Batal" prints nothing. The values are
checked with the shared rules before anything is stored.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from ikudesk.domain import rules
from ikudesk.domain.compute import ROMAWI
from ikudesk.domain.model import STATUS_PENANDATANGAN, Penandatangan
from ikudesk.errors import IkuError
from ikudesk.gui.forms.ui_dialog_penandatangan import Ui_DialogPenandatangan
from ikudesk.l10n import baca_tanggal_ketikan

__all__ = ["DialogPenandatangan"]

STATUS_TAMPIL = {"": "(definitif)", "Plt.": "Plt.", "Plh.": "Plh.", "Pj.": "Pj."}


class DialogPenandatangan(QDialog):
    TANPA = 2  # result code: print without a signature block

    def __init__(
        self,
        tahun: int,
        contoh: Penandatangan | None,
        parent: QWidget | None = None,
        triwulan: int | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_DialogPenandatangan()
        self.ui.setupUi(self)
        ui = self.ui
        self.tahun, self.triwulan = tahun, triwulan
        self.hasil: Penandatangan | None = None
        if triwulan is None:
            ui.infoLabel.setText(
                f"Laporan tahun <b>{tahun}</b> belum mempunyai penandatangan. Laporan tahunan "
                "ditandatangani dengan tanggalnya sendiri, tidak memakai tanggal lembar IKU. "
                "Isi penandatangannya untuk disimpan, atau cetak tanpa tanda tangan."
            )
        else:
            romawi = ROMAWI[triwulan]
            self.setWindowTitle(f"Penandatangan monitoring triwulan {romawi} {tahun}")
            ui.infoLabel.setText(
                f"Monitoring <b>triwulan {romawi} {tahun}</b> belum mempunyai penandatangan. "
                "Tabel triwulan ditandatangani pada tanggalnya sendiri (triwulan II pada bulan "
                "Juli), bukan tanggal akhir tahun. Isi penandatangan dan tanggalnya untuk "
                "disimpan, atau cetak dengan tanggal dikosongkan untuk ditulis tangan."
            )
        for s in STATUS_PENANDATANGAN:
            ui.statusCombo.addItem(STATUS_TAMPIL[s], s)
        # the date as typed anywhere else in the program (31-12-2025, 31 Desember 2025, …)
        ui.tanggalEdit.setPlaceholderText("mis. 12-01-2024 atau 12 Januari 2024")
        if contoh is not None:  # the nearest known signer as a start, never its date
            ui.tempatEdit.setText(contoh.tempat)
            ui.jabatanEdit.setText(contoh.jabatan)
            ui.namaEdit.setText(contoh.nama)
            ui.pangkatEdit.setText(contoh.pangkat)
            ui.nipEdit.setText(contoh.nip)
            ui.statusCombo.setCurrentIndex(max(0, ui.statusCombo.findData(contoh.status)))
        tombol = ui.tombol
        tombol.button(QDialogButtonBox.StandardButton.Save).setText("Simpan dan lanjutkan")
        tombol.button(QDialogButtonBox.StandardButton.Ignore).setText(
            "Cetak tanpa tanda tangan" if triwulan is None else "Cetak dengan tanggal kosong"
        )
        tombol.button(QDialogButtonBox.StandardButton.Cancel).setText("Batal")
        tombol.button(QDialogButtonBox.StandardButton.Save).clicked.connect(self.simpan)
        tombol.button(QDialogButtonBox.StandardButton.Ignore).clicked.connect(
            lambda: self.done(self.TANPA)
        )
        ui.tanggalEdit.setFocus()

    def penandatangan(self) -> Penandatangan:
        """What is typed, checked with the shared rules (IkuError naming the field)."""
        ui = self.ui
        nip = ui.nipEdit.nilai()
        if nip is None:
            raise IkuError("NIP tidak sah: tulis 18 angka NIP, atau kosongkan.")
        tanggal = baca_tanggal_ketikan(ui.tanggalEdit.text())  # a TanggalError names it
        p = Penandatangan(
            tempat=ui.tempatEdit.text().strip(),
            tanggal=tanggal,
            jabatan=ui.jabatanEdit.text().strip(),
            nama=ui.namaEdit.text().strip(),
            pangkat=ui.pangkatEdit.text().strip(),
            nip=nip,
            status=ui.statusCombo.currentData() or "",
        )
        if not p.tanggal:
            raise IkuError("Tanggal laporan belum diisi (mis. 12-01-2024 atau 12 Januari 2024).")
        if not p.nama:
            raise IkuError("Nama penandatangan belum diisi.")
        return rules.periksa_penandatangan(p)

    def simpan(self) -> None:
        try:
            self.hasil = self.penandatangan()
        except IkuError as e:
            self.ui.pesanLabel.setText(e.pesan)
            return
        self.accept()
