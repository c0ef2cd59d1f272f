"""About box: version, where the data lives."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices, QIcon
from PySide6.QtWidgets import QDialog, QWidget

from ikudesk import __version__
from ikudesk.gui.forms.ui_dialog_tentang import Ui_DialogTentang
from ikudesk.persistence.store import data_folder


class DialogTentang(QDialog):
    def __init__(self, store_path: Path | None, ikon: QIcon, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_DialogTentang()
        self.ui.setupUi(self)
        self.ui.ikon.setPixmap(ikon.pixmap(64, 64))
        self.ui.teks.setText(
            f"<h2>IKU Desk {__version__}</h2>"
            "<p>Indikator Kinerja Utama untuk kantor kecamatan: susun, hitung capaian, cetak "
            "dan cadangkan tanpa internet.</p>"
            "<p>Semua perubahan langsung tersimpan. Huruf: Liberation (SIL Open Font License).</p>"
        )
        self.folder = data_folder()
        self.ui.isiFolder.setText(str(self.folder))
        self.ui.isiStore.setText(str(store_path) if store_path else "-")
        self.ui.tombolFolder.clicked.connect(self._buka_folder)
        self.ui.tombol.rejected.connect(self.reject)

    def _buka_folder(self) -> None:
        self.folder.mkdir(parents=True, exist_ok=True)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.folder)))
