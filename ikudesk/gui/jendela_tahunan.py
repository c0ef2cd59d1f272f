"""The frame of a yearly page in a window of its own (Perjanjian Kinerja, Survei IKM, Ringkasan).

Each window prints its own report with the page's choices filled in (Cetak… Ctrl+P, Ekspor
PDF… Ctrl+Shift+P: the PK shown, the survey's year, the Ringkasan's year), says in its status
line where the file went, has the main window's undo and redo, a Tutup button, and fits the
screen it opens on (a 1024×600 netbook).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ikudesk.gui.dialogs.umum import pas_layar
from ikudesk.gui.print_dialog import OpsiCetak


class JendelaTahunan(QDialog):
    def __init__(
        self,
        controller: Any,
        halaman: QWidget,
        opsi_cetak: Callable[[], OpsiCetak],
        judul: str,
        ukuran: tuple[int, int],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(judul)
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.ctl = controller
        self.halaman = halaman
        self.opsi_cetak = opsi_cetak
        tata = QVBoxLayout(self)
        tata.setContentsMargins(8, 8, 8, 6)
        # On a screen lower than the page needs (1024×600) the page scrolls up and down; the
        # buttons below stay in view. On a larger screen the page simply fills the window.
        self.gulir = QScrollArea(self)
        self.gulir.setObjectName("gulirHalaman")
        self.gulir.setWidgetResizable(True)
        self.gulir.setFrameShape(QFrame.Shape.NoFrame)
        self.gulir.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.gulir.setWidget(halaman)
        tata.addWidget(self.gulir, 1)
        bawah = QHBoxLayout()
        self.cetakTombol = QPushButton("&Cetak…", self)
        self.cetakTombol.setObjectName("cetakTombol")
        self.cetakTombol.setToolTip("Cetak laporan halaman ini (Ctrl+P)")
        self.eksporTombol = QPushButton("Ekspor P&DF…", self)
        self.eksporTombol.setObjectName("eksporPdfTombol")
        self.eksporTombol.setToolTip("Simpan laporan halaman ini sebagai PDF (Ctrl+Shift+P)")
        self.statusLabel = QLabel(self)
        self.statusLabel.setObjectName("statusLabel")
        self.statusLabel.setStyleSheet("color: #444")
        # a long path never widens the window: the label shows what fits (all of it as tool tip)
        self.statusLabel.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.statusLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.tutupTombol = QPushButton("Tutup", self)
        self.tutupTombol.setObjectName("tutupTombol")
        self.tutupTombol.setAutoDefault(False)
        for b in (self.cetakTombol, self.eksporTombol):
            b.setAutoDefault(False)
        bawah.addWidget(self.cetakTombol)
        bawah.addWidget(self.eksporTombol)
        bawah.addWidget(self.statusLabel, 1)
        bawah.addWidget(self.tutupTombol)
        tata.addLayout(bawah)
        self.cetakTombol.clicked.connect(self.cetak)
        self.eksporTombol.clicked.connect(self.ekspor_pdf)
        self.tutupTombol.clicked.connect(self.close)
        self._tip_cetak = {b: b.toolTip() for b in (self.cetakTombol, self.eksporTombol)}
        self._aksi_cetak: list[QAction] = []
        for teks, kunci, fungsi in (
            ("Cetak", QKeySequence.StandardKey.Print, self.cetak),
            ("Ekspor PDF", QKeySequence("Ctrl+Shift+P"), self.ekspor_pdf),
        ):
            a = QAction(teks, self)
            a.setShortcut(kunci)
            a.triggered.connect(lambda _=False, f=fungsi: f())
            self.addAction(a)
            self._aksi_cetak.append(a)
        # The main window's undo history, reachable from here too.
        for aksi, kunci_ in (
            (controller.stack.createUndoAction(self, "Urungkan"), QKeySequence.StandardKey.Undo),
            (controller.stack.createRedoAction(self, "Ulangi"), QKeySequence("Ctrl+Y")),
        ):
            aksi.setShortcut(kunci_)
            self.addAction(aksi)
        controller.message.connect(self._pesan)
        pas_layar(self, *ukuran)

    def atur_cetak(self, boleh: bool, alasan: str = "") -> None:
        """Cetak/Ekspor PDF (buttons and keys) on or off; off, the buttons' tool tip says why."""
        for b, tip in self._tip_cetak.items():
            b.setEnabled(boleh)
            b.setToolTip(tip if boleh else alasan)
        for a in self._aksi_cetak:
            a.setEnabled(boleh)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        # Escape in a field only cancels that edit (the field or its editor takes it first);
        # it never closes the whole window (QDialog's default): that is Tutup's job.
        if event.key() == Qt.Key.Key_Escape and not event.modifiers():
            event.accept()
            return
        super().keyPressEvent(event)

    def _pesan(self, teks: str) -> None:
        self.statusLabel.setText(teks)
        self.statusLabel.setToolTip(teks)

    def cetak(self) -> QDialog | None:
        from ikudesk.gui import pdf_actions

        return pdf_actions.cetak(self, self.ctl, self.opsi_cetak())

    def ekspor_pdf(self) -> QDialog | None:
        from ikudesk.gui import pdf_actions

        return pdf_actions.ekspor_pdf(self, self.ctl, self.opsi_cetak())
