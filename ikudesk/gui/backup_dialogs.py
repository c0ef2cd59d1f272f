"""The restore confirmation and the list of automatic backups (forms ``ui/backup_*.ui``).

Dialogs only show and ask; the work is done by ``backup_actions`` through the core.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHeaderView, QTableWidgetItem, QWidget

from ikudesk.backup.archive import (
    AWALAN_SEBELUM_PULIH,
    CadanganError,
    InfoCadangan,
    daftar_lokal,
    folder_cadangan,
    periksa_cadangan,
)
from ikudesk.backup.describe import JUDUL_DIUBAH_LUAR, ukuran_teks
from ikudesk.gui.forms.ui_backup_daftar import Ui_DialogDaftarCadangan
from ikudesk.gui.forms.ui_backup_pulihkan import Ui_DialogPulihkan
from ikudesk.l10n import format_angka, format_waktu

JENIS_TAMPIL = {"otomatis": "Otomatis", AWALAN_SEBELUM_PULIH: "Sebelum pemulihan"}


class DialogPulihkan(QDialog):
    """Shows what a checked backup holds and asks before the store is replaced."""

    def __init__(self, info: InfoCadangan, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_DialogPulihkan()
        self.ui.setupUi(self)
        ui = self.ui
        # A warning names a document and what was found: whole lines, never a sideways scroll.
        ui.dokumenList.setWordWrap(True)
        ui.dokumenList.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        ui.berkasNilai.setText(str(info.path))
        ui.dibuatNilai.setText(format_waktu(info.dibuat))
        ui.komputerNilai.setText(info.komputer or "-")
        versi = f"IKU Desk {info.aplikasi} (skema {info.skema})"
        if info.perlu_upgrade:
            versi += " — dari versi lama, akan diperbarui otomatis"
        ui.versiNilai.setText(versi)
        ui.ukuranNilai.setText(ukuran_teks(info.ukuran_berkas))
        for d in info.dokumen:
            ui.dokumenList.addItem(
                f"{d.instansi or '(tanpa nama)'} — {d.label_periode}, "
                f"{format_angka(d.jumlah_indikator)} indikator"
            )
        if not info.dokumen:
            ui.dokumenList.addItem("(cadangan ini tidak berisi dokumen)")
        if info.peringatan:  # data made before the limits of FORMAT.md: restored, with these
            ui.dokumenList.addItem(
                f"Peringatan: {len(info.peringatan)} teks melampaui batas yang berlaku sekarang; "
                "tetap dipulihkan, perbaiki saat mengubahnya:"
            )
            for teks in info.peringatan[:50]:
                ui.dokumenList.addItem(f"  – {teks}")
        if info.diubah_luar:  # never restored as signed (backup.isi.pulihkan_sebagai_draf)
            ui.dokumenList.addItem(f"Peringatan: {JUDUL_DIUBAH_LUAR}")
            for k in info.diubah_luar:
                ui.dokumenList.addItem(f"  – {k.uraian()}")
        ok = ui.tombol.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText("&Pulihkan")
        batal = ui.tombol.button(QDialogButtonBox.StandardButton.Cancel)
        batal.setText("&Batal")
        batal.setDefault(True)  # a stray Enter never replaces the store
        ok.setAutoDefault(False)
        ui.tombol.accepted.connect(self.accept)
        ui.tombol.rejected.connect(self.reject)


class DialogDaftarCadangan(QDialog):
    """The local (automatic and pre-restore) backups of a store, newest first."""

    pulihkan_diminta = Signal(Path)

    def __init__(self, store_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store_path = Path(store_path)
        self.ui = Ui_DialogDaftarCadangan()
        self.ui.setupUi(self)
        self.paths: list[Path] = []
        ui = self.ui
        folder = folder_cadangan(self.store_path)
        ui.folderLabel.setText(f"Folder: {folder}")
        kepala = ui.tabel.horizontalHeader()
        for kolom in range(3):
            kepala.setSectionResizeMode(kolom, QHeaderView.ResizeMode.ResizeToContents)
        ui.tabel.itemSelectionChanged.connect(self._pilihan_berubah)
        ui.tabel.itemDoubleClicked.connect(lambda _item: self._pulihkan())
        ui.pulihkanTombol.clicked.connect(self._pulihkan)
        ui.folderTombol.clicked.connect(
            lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))
        )
        ui.tutupTombol.clicked.connect(self.accept)
        self.muat_ulang()

    def muat_ulang(self) -> None:
        tabel = self.ui.tabel
        daftar = daftar_lokal(self.store_path)
        self.paths = [c.path for c in daftar]
        tabel.setRowCount(len(daftar))
        for baris, c in enumerate(daftar):
            try:
                info = periksa_cadangan(c.path, aturan=False)  # all rules when restoring
                isi = ", ".join(d.instansi for d in info.dokumen) or "(kosong)"
            except CadanganError:
                isi = "rusak — tidak dapat dipulihkan"
            sel = [
                format_waktu(c.waktu),
                JENIS_TAMPIL.get(c.jenis, c.jenis),
                ukuran_teks(c.ukuran),
                isi,
            ]
            for kolom, teks in enumerate(sel):
                item = QTableWidgetItem(teks)
                if kolom == 2:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                tabel.setItem(baris, kolom, item)
        if not daftar:
            self.ui.keteranganLabel.setText(
                self.ui.keteranganLabel.text() + "\n\nBelum ada cadangan otomatis."
            )
        self._pilihan_berubah()

    def _terpilih(self) -> Path | None:
        baris = self.ui.tabel.currentRow()
        sel = self.ui.tabel.selectionModel().selectedRows()
        return self.paths[baris] if sel and 0 <= baris < len(self.paths) else None

    def _pilihan_berubah(self) -> None:
        self.ui.pulihkanTombol.setEnabled(self._terpilih() is not None)

    def _pulihkan(self) -> None:
        p = self._terpilih()
        if p is not None:
            self.pulihkan_diminta.emit(p)
