"""The "Pengukuran Kinerja" window: a year, the whole year or one quarter, and the grid.

The grid behaves like a spreadsheet: typing overwrites the cell, Enter moves down and Tab right,
Delete clears the selected cells, Ctrl+C / Ctrl+V copy and paste tab-separated blocks (Excel,
LibreOffice) — a pasted block is checked as a whole and stored as one undo step.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QAction, QGuiApplication, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMainWindow,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ikudesk.gui.dialogs.umum import pas_layar
from ikudesk.gui.editors.delegates import AngkaDelegate
from ikudesk.gui.pengukuran.model import PengukuranModel
from ikudesk.session import pengukuran as pg

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


class GridPengukuran(QTableView):
    """The table view with the keys of a spreadsheet."""

    def __init__(self, model: PengukuranModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("gridPengukuran")
        self.setModel(model)
        self.model_ = model
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setWordWrap(False)
        self.setAlternatingRowColors(False)
        delegate = AngkaDelegate(self)
        for k in (pg.K_TARGET, pg.K_INPUT):
            self.setItemDelegateForColumn(k, delegate)
        h = self.horizontalHeader()
        h.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        lebar = (50, 260, 60, 88, 88, 88, 88, 95, 220)
        for k, w in enumerate(lebar):
            self.setColumnWidth(k, w)
        # The indicator's name takes what the window has to spare (1024 to 1920 wide).
        h.setSectionResizeMode(pg.K_NAMA, QHeaderView.ResizeMode.Stretch)
        v = self.verticalHeader()
        v.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        v.setDefaultSectionSize(self.fontMetrics().height() + 8)
        v.hide()
        model.modelReset.connect(self._rentang_kelompok)
        self._rentang_kelompok()

    def _rentang_kelompok(self) -> None:
        """A sasaran heading spans the whole row."""
        self.clearSpans()
        for r, b in enumerate(self.model_.baris):
            if b.jenis == "kelompok" and self.model_.rowCount():
                self.setSpan(r, 0, 1, len(pg.KOLOM))

    def _sel_terpilih(self) -> list[tuple[int, int]]:
        return sorted({(i.row(), i.column()) for i in self.selectedIndexes()})

    def _pindah_bawah(self) -> None:
        cur = self.currentIndex()
        if not cur.isValid():
            return
        for r in range(cur.row() + 1, self.model_.rowCount()):
            if self.model_.dapat_diisi(r, cur.column()):
                self.setCurrentIndex(self.model_.index(r, cur.column()))
                return

    def closeEditor(  # noqa: N802 - Qt's name
        self, editor: QWidget, hint: QAbstractItemDelegate.EndEditHint
    ) -> None:
        if hint == QAbstractItemDelegate.EndEditHint.SubmitModelCache:  # Enter: on downwards
            super().closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)
            self._pindah_bawah()
            return
        super().closeEditor(editor, hint)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        if event.matches(QKeySequence.StandardKey.Paste):
            self.tempel()
            return
        if event.matches(QKeySequence.StandardKey.Copy):
            QGuiApplication.clipboard().setText(self.model_.salin(self._sel_terpilih()))
            return
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and self.state() != (
            QAbstractItemView.State.EditingState
        ):
            self.model_.kosongkan(self._sel_terpilih())
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.state() != (
            QAbstractItemView.State.EditingState
        ):
            self._pindah_bawah()
            return
        super().keyPressEvent(event)

    def tempel(self, teks: str | None = None) -> int:
        """Paste ``teks`` (default: the clipboard) at the current cell."""
        cur: QModelIndex | QPersistentModelIndex = self.currentIndex()
        if not cur.isValid():
            return 0
        if teks is None:
            teks = QGuiApplication.clipboard().text()
        return self.model_.tempel(cur.row(), cur.column(), teks)


class JendelaPengukuran(QMainWindow):
    """A window of its own beside the main window (same document, same undo history)."""

    def __init__(self, controller: DocumentController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("jendelaPengukuran")
        self.setWindowTitle("Pengukuran Kinerja")
        self.ctl = controller
        self.model = PengukuranModel(controller, self)
        pusat = QWidget(self)
        tata = QVBoxLayout(pusat)
        atas = QHBoxLayout()
        self.tahun = QComboBox(pusat)
        self.tahun.setObjectName("tahunCombo")
        self.periode = QComboBox(pusat)
        self.periode.setObjectName("periodeCombo")
        for tw, teks in PERIODE:
            self.periode.addItem(teks, tw)
        label_tahun = QLabel("&Tahun:", pusat)
        label_tahun.setBuddy(self.tahun)
        label_periode = QLabel("&Periode:", pusat)
        label_periode.setBuddy(self.periode)
        petunjuk = QLabel(
            "Ketik untuk mengisi · Enter: ke bawah · Tab: ke kanan · Delete: kosongkan · "
            "Ctrl+V: tempel dari Excel/LibreOffice",
            pusat,
        )
        petunjuk.setStyleSheet("color: #555")
        for w in (label_tahun, self.tahun, label_periode, self.periode):
            atas.addWidget(w)
        atas.addSpacing(12)
        atas.addWidget(petunjuk, 1)
        tata.addLayout(atas)
        self.grid = GridPengukuran(self.model, pusat)
        tata.addWidget(self.grid, 1)
        self.pesan = QLabel(pusat)
        self.pesan.setObjectName("pesanGrid")
        self.pesan.setWordWrap(True)
        tata.addWidget(self.pesan)
        self.setCentralWidget(pusat)

        # The main window's undo history, reachable from here too.
        for aksi in (
            controller.stack.createUndoAction(self, "Urungkan"),
            controller.stack.createRedoAction(self, "Ulangi"),
        ):
            self.addAction(aksi)
        self.actions()[0].setShortcut(QKeySequence.StandardKey.Undo)
        self.actions()[1].setShortcuts([QKeySequence("Ctrl+Y"), QKeySequence("Ctrl+Shift+Z")])

        self.model.galat.connect(self._galat)
        controller.pesan.connect(lambda t: self.statusBar().showMessage(t, 5000))
        self.tahun.currentIndexChanged.connect(self._tampilan_berubah)
        self.periode.currentIndexChanged.connect(self._tampilan_berubah)
        controller.dokumen_dibuka.connect(lambda _id: self._isi_tahun())
        controller.node_berubah.connect(self._node_berubah)
        self._muat_kategori()
        self._isi_tahun()
        pas_layar(self, 1280, 720)  # smaller on a 1024×600 netbook screen

    def _muat_kategori(self) -> None:
        try:
            from ikudesk.persistence.kategori_store import baca_kategori

            self.model.atur_kategori(baca_kategori(self.ctl.store))
        except Exception:  # noqa: BLE001 - the default scale is a fine fallback for colours
            pass

    def _node_berubah(self, jenis: str, _id: int) -> None:
        if jenis == "dokumen":
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
        t = None if th is None else pg.Tampilan(int(th), self.periode.currentData())
        self.model.atur_tampilan(t)
        dok = self.ctl.dokumen
        if dok is None:
            self.pesan.setText("Belum ada dokumen yang dibuka.")
        elif t is None:
            self.pesan.setText("Dokumen belum memiliki periode; atur periode di halaman dokumen.")
        else:
            self.pesan.setText("")
            self.setWindowTitle(f"Pengukuran Kinerja — {t.label}")

    def _galat(self, teks: str) -> None:
        self.pesan.setText(f"<span style='color:#a00000'>{_xml(teks)}</span>")
        self.statusBar().showMessage(teks, 8000)

    def pilih(self, tahun: int, triwulan: int | None) -> None:
        self.tahun.setCurrentIndex(self.tahun.findData(tahun))
        self.periode.setCurrentIndex(self.periode.findData(triwulan))


def _xml(teks: str) -> str:
    return teks.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


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
        jendela = JendelaPengukuran(controller, window)
        jendela.setWindowFlag(Qt.WindowType.Window, True)
        window.jendela_pengukuran = jendela  # type: ignore[attr-defined]
    jendela.show()
    jendela.raise_()
    jendela.activateWindow()
    return jendela


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
    menu = next((a.menu() for a in bar.actions() if a.objectName() == "menuPengukuran"), None)
    if menu is None:
        from PySide6.QtWidgets import QMenu

        menu = QMenu("&Pengukuran", bar)
        menu.setObjectName("menuPengukuran")
        akhir = bar.actions()[-1] if bar.actions() else None  # before Bantuan
        bar.insertMenu(akhir, menu)
    menu.addAction(aksi)
    return aksi
