"""The "Pengukuran Kinerja" window: a year, the whole year or one quarter, and the grid.

The grid behaves like a spreadsheet: typing overwrites the cell, Enter moves down and Tab right,
Delete clears the selected cells, Ctrl+C / Ctrl+V copy and paste tab-separated blocks (Excel,
LibreOffice) — a pasted block is checked as a whole and stored as one undo step; "Tempel ke
sel isian" (Ctrl+Shift+V) pastes a seksi's column down the input cells, skipping headings and
computed rows. A refused entry stays in its editor to be corrected; values that look wrong are
flagged in Keterangan (``domain.kewajaran``), never refused.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QPushButton, QWidget

from ikudesk.domain.keys import NodeKind
from ikudesk.domain.penetapan import keterangan_kunci
from ikudesk.gui.dialogs.umum import pas_layar, teks_rich
from ikudesk.gui.forms.ui_pengukuran import Ui_Pengukuran
from ikudesk.gui.pengukuran.grid import GridPengukuran
from ikudesk.gui.pengukuran.model import PengukuranModel
from ikudesk.gui.print_dialog import OpsiCetak
from ikudesk.session import pengukuran as pg
from ikudesk.session.refs import Ref

if TYPE_CHECKING:
    from ikudesk.gui.controller import DocumentController

__all__ = ["GridPengukuran", "JendelaPengukuran"]

PERIODE = (
    (None, "Setahun"),
    (1, "Triwulan I"),
    (2, "Triwulan II"),
    (3, "Triwulan III"),
    (4, "Triwulan IV"),
)


class JendelaPengukuran(QMainWindow):
    """A window of its own beside the main window (same document, same undo history).

    A normal top-level window, not a child of the main window: it never stays above it (on a
    1024×600 screen it would cover it); the main window closes it when it closes."""

    def __init__(self, controller: DocumentController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("jendelaPengukuran")
        self.setWindowTitle("Pengukuran Kinerja")
        self.ctl = controller
        self.model = PengukuranModel(controller, self)
        pusat = QWidget(self)
        self.ui = Ui_Pengukuran()
        self.ui.setupUi(pusat)
        self.tahun = self.ui.tahunCombo
        self.periode = self.ui.periodeCombo
        for tw, teks in PERIODE:
            self.periode.addItem(teks, tw)
        self.grid = self.ui.grid
        self.grid.pasang_model(self.model)
        self.pesan = self.ui.pesanGrid
        # Why the yearly targets are grey (a ditetapkan document), as on the editor pages.
        self.kunciLabel = QLabel(pusat)
        self.kunciLabel.setObjectName("kunciLabel")
        self.kunciLabel.setWordWrap(True)
        self.kunciLabel.setStyleSheet(
            "background: #fff4d6; border: 1px solid #d9b44a; padding: 4px; color: #4a3b00;"
        )
        self.kunciLabel.setVisible(False)
        self.ui.akar.insertWidget(1, self.kunciLabel)
        self.setCentralWidget(pusat)

        # The main window's undo history, reachable from here too.
        for aksi in (
            controller.stack.createUndoAction(self, "Urungkan"),
            controller.stack.createRedoAction(self, "Ulangi"),
        ):
            self.addAction(aksi)
        self.actions()[0].setShortcut(QKeySequence.StandardKey.Undo)
        self.actions()[1].setShortcuts([QKeySequence("Ctrl+Y"), QKeySequence("Ctrl+Shift+Z")])
        # Printing from here: the monitoring table of the year and quarter shown.
        self.cetakTombol = QPushButton("&Cetak…", pusat)
        self.cetakTombol.setObjectName("cetakTombol")
        self.cetakTombol.setToolTip("Cetak tabel monitoring tahun dan triwulan ini (Ctrl+P)")
        self.cetakTombol.clicked.connect(self.cetak)
        self.ui.atas.addWidget(self.cetakTombol)
        self.eksporTombol = QPushButton("Ekspor P&DF…", pusat)
        self.eksporTombol.setObjectName("eksporPdfTombol")
        self.eksporTombol.setToolTip(
            "Simpan tabel monitoring tahun dan triwulan ini sebagai PDF (Ctrl+Shift+P)"
        )
        self.eksporTombol.clicked.connect(self.ekspor_pdf)
        self.ui.atas.addWidget(self.eksporTombol)
        # The hint wraps on a narrow screen instead of widening the window past it.
        self.ui.petunjuk.setWordWrap(True)
        self.ui.petunjuk.setMinimumWidth(120)
        for teks, kunci, fungsi in (
            ("Cetak…", QKeySequence.StandardKey.Print, self.cetak),
            ("Ekspor PDF…", QKeySequence("Ctrl+Shift+P"), self.ekspor_pdf),
        ):
            a = QAction(teks, self)
            a.setShortcut(kunci)
            a.triggered.connect(lambda _=False, f=fungsi: f())
            self.addAction(a)

        self.model.galat.connect(self._galat)
        self.model.tersimpan.connect(self._tersimpan)
        controller.message.connect(lambda t: self.statusBar().showMessage(t, 5000))
        # Enter on the year or the period goes to the grid, on its first input cell: a quarter
        # is entered from the keyboard without reaching for the mouse.
        self.tahun.installEventFilter(self)
        self.periode.installEventFilter(self)
        self.tahun.currentIndexChanged.connect(self._tampilan_berubah)
        self.periode.currentIndexChanged.connect(self._tampilan_berubah)
        controller.dokumen_opened.connect(lambda _id: self._isi_tahun())
        controller.node_changed.connect(self._node_berubah)
        controller.part_changed.connect(
            lambda bagian, _n: self._perbarui_kunci() if bagian == "penetapan" else None
        )
        self._muat_kategori()
        self._isi_tahun()
        pas_layar(self, 1280, 720)  # smaller on a 1024×600 netbook screen

    def _muat_kategori(self) -> None:
        try:
            from ikudesk.persistence.kategori_store import load_kategori

            self.model.atur_kategori(load_kategori(self.ctl.store))
        except Exception:  # noqa: BLE001 - the default scale is a fine fallback for colours
            pass

    def _node_berubah(self, ref: Ref) -> None:
        if ref.kind is NodeKind.DOKUMEN:
            self._isi_tahun()  # the period may have changed

    def _isi_tahun(self) -> None:
        dok = self.ctl.dokumen
        lama = self.tahun.currentData()
        self.tahun.blockSignals(True)
        self.tahun.clear()
        tahun = dok.tahun() if dok is not None else []
        for th in tahun:
            self.tahun.addItem(str(th), th)
        if tahun:
            pilih = lama if lama in tahun else _tahun_bawaan(self.ctl, tahun)
            self.tahun.setCurrentIndex(self.tahun.findData(pilih))
        self.tahun.blockSignals(False)
        self.model.muat_ulang()
        self._tampilan_berubah()

    def _tampilan_berubah(self) -> None:
        th = self.tahun.currentData()
        t = None if th is None else pg.GridScope(int(th), self.periode.currentData())
        self.model.atur_tampilan(t)
        self._ke_isian_pertama()
        dok = self.ctl.dokumen
        if dok is None:
            self.pesan.setText("Belum ada dokumen yang dibuka.")
        elif t is None:
            self.pesan.setText("Dokumen belum memiliki periode; atur periode di halaman dokumen.")
        else:
            self.pesan.setText("")
            self.setWindowTitle(f"Pengukuran Kinerja — {t.label}")
        self._perbarui_kunci()

    def _perbarui_kunci(self) -> None:
        """The lock line: shown on the yearly view of a ditetapkan document (quarterly targets
        are not signed, so a quarter's view has nothing locked by the penetapan)."""
        dok, t, session = self.ctl.dokumen, self.model.tampilan, self.ctl.session
        diubah = session is not None and session.signed_content_changed() is not None
        teks = keterangan_kunci(dok, diubah) if dok is not None and t is not None else ""
        if teks and t is not None and t.triwulan is None:
            teks = "Target tahunan terkunci (abu-abu). " + teks
        elif t is not None and t.triwulan is not None:
            teks = ""
        self.kunciLabel.setText(teks)
        self.kunciLabel.setVisible(bool(teks))

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if (
            obj in (self.tahun, self.periode)
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            self._ke_isian_pertama()
            self.grid.setFocus(Qt.FocusReason.OtherFocusReason)
            return True
        return super().eventFilter(obj, event)

    def _ke_isian_pertama(self) -> None:
        """Put the grid's cursor on the first input cell unless it is on one already."""
        kini = self.grid.currentIndex()
        if kini.isValid() and self.model.dapat_diisi(kini.row(), kini.column()):
            return
        for r in range(self.model.rowCount()):
            if self.model.dapat_diisi(r, pg.COL_INPUT):
                self.grid.setCurrentIndex(self.model.index(r, pg.COL_INPUT))
                return

    def _galat(self, teks: str) -> None:
        self.pesan.setText(f"<span style='color:#a00000'>{teks_rich(teks)}</span>")
        self.statusBar().showMessage(teks, 8000)

    def _tersimpan(self) -> None:
        """The next entry that is stored clears the last refusal's message."""
        if self.model.tampilan is not None:
            self.pesan.setText("")

    def opsi_cetak(self) -> OpsiCetak:
        """The monitoring table of the year shown, up to the quarter shown (the whole year:
        up to the last quarter with values)."""
        return OpsiCetak(
            laporan="triwulan", tahun=self.tahun.currentData(), triwulan=self.periode.currentData()
        )

    def cetak(self) -> QWidget | None:
        from ikudesk.gui import pdf_actions

        return pdf_actions.cetak(self, self.ctl, self.opsi_cetak())

    def ekspor_pdf(self) -> QWidget | None:
        from ikudesk.gui import pdf_actions

        return pdf_actions.ekspor_pdf(self, self.ctl, self.opsi_cetak())

    def pilih(self, tahun: int, triwulan: int | None) -> None:
        self.tahun.setCurrentIndex(self.tahun.findData(tahun))
        self.periode.setCurrentIndex(self.periode.findData(triwulan))


def _tahun_bawaan(controller: DocumentController, tahun: list[int]) -> int:
    """The latest year that has a realisasi, else the first of the period."""
    from ikudesk.domain.compute import hitung_realisasi

    dok = controller.dokumen
    if dok is not None:
        for th in reversed(tahun):
            if any(hitung_realisasi(i, th).ada for i in dok.semua_indikator()):
                return th
    return tahun[0]


def buka_pengukuran(window: QMainWindow, controller: DocumentController) -> JendelaPengukuran:
    """Show the grid window of ``window`` (one per main window, made on first use)."""
    jendela = getattr(window, "jendela_pengukuran", None)
    if jendela is None:
        jendela = JendelaPengukuran(controller)  # no parent: a window of its own, see above
        jendela.pengaturan = getattr(window, "pengaturan", None)  # type: ignore[attr-defined]
        window.jendela_pengukuran = jendela  # type: ignore[attr-defined]
        window.installEventFilter(_TutupBersama(jendela))
    jendela.show()
    jendela.raise_()
    jendela.activateWindow()
    return jendela


class _TutupBersama(QObject):
    """Closes the grid window when its main window closes (it is not the main window's child,
    so Qt would not), and lets it go when the main window is gone."""

    def __init__(self, jendela: JendelaPengukuran) -> None:
        super().__init__(jendela)
        self.jendela = jendela

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Close and event.isAccepted():
            self.jendela.close()
        return False


def pasang_menu(window: QMainWindow, controller: DocumentController) -> QAction:
    """Add "Pengukuran Kinerja…" (Ctrl+K) to the main window's menu bar and tool bar."""
    aksi = QAction("Pengukuran &Kinerja…", window)
    aksi.setObjectName("aksiPengukuran")
    aksi.setShortcut(QKeySequence("Ctrl+K"))
    aksi.setStatusTip(
        "Isi target dan realisasi semua indikator dalam satu tabel, per tahun/triwulan"
    )
    aksi.triggered.connect(lambda _=False: buka_pengukuran(window, controller))
    bar = window.menuBar()
    from PySide6.QtWidgets import QMenu

    menu = bar.findChild(QMenu, "menuPengukuran", Qt.FindChildOption.FindDirectChildrenOnly)
    if menu is None:
        menu = QMenu("&Pengukuran", bar)
        menu.setObjectName("menuPengukuran")
        if bar.actions():
            bar.insertMenu(bar.actions()[-1], menu)  # before Bantuan
        else:
            bar.addMenu(menu)
    menu.addAction(aksi)
    return aksi
