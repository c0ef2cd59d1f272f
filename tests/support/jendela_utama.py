"""Driving the main window as a user does, shared by the GUI tests of the yearly pages: a
click where the cell is seen, keys to whatever has the focus, the grid and PK windows opened
through their menu actions, what the store holds now."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from ikudesk.files.docfile import ke_json
from ikudesk.gui.main_window import MainWindow
from ikudesk.gui.settings import Pengaturan
from ikudesk.persistence.repo import load_dokumen


def utama(qtbot: Any, controller: Any, tmp_path: Path, dokumen_id: int) -> MainWindow:  # noqa: ANN401
    """The main window at 1024×600 on ``dokumen_id``, active."""
    w = MainWindow(controller, Pengaturan(tmp_path / "atur"))
    qtbot.addWidget(w)
    w.resize(1024, 600)
    w.show()
    assert w.buka_awal(dokumen_id)
    w.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is w)
    return w


def disimpan(w: MainWindow) -> str:
    """The open document as the store holds it now (its document file)."""
    return ke_json(load_dokumen(w.ctl.store, w.ctl.dokumen.id))


def klik(view: Any, index: Any) -> None:  # noqa: ANN401
    """A click on a cell where the user sees it."""
    view.scrollTo(index)
    QTest.mouseClick(
        view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center()
    )


def ketik(view: QWidget, teks: str) -> None:
    """Keys as a user types them: each to whatever has the keyboard focus (the first one
    opens the cell's editor); ``\t`` is Tab, ``\n`` Enter."""
    for ch in teks:
        tuju = QApplication.focusWidget()
        if tuju is None or tuju.window() is not view.window():  # offscreen: another window
            tuju = view.window().focusWidget() or view
        if ch == "\t":
            QTest.keyClick(tuju, Qt.Key.Key_Tab)
        elif ch == "\n":
            QTest.keyClick(tuju, Qt.Key.Key_Return)
        else:
            QTest.keyClicks(tuju, ch)
        QApplication.processEvents()
    for _ in range(3):  # the zero timers a key started (Enter's move to the next row)
        QApplication.processEvents()


def buka_grid(w: MainWindow, tahun: int, triwulan: int | None = None) -> Any:  # noqa: ANN401
    """The Pengukuran Kinerja window on ``tahun`` (``triwulan``), active."""
    w.aksi_pengukuran.trigger()
    j = w.jendela_pengukuran
    j.pilih(tahun, triwulan)
    j.activateWindow()  # shortcuts of the grid's window reach it only while it is active
    for _ in range(100):
        if j.isActiveWindow():
            break
        QTest.qWait(20)
    return j


def baris_grid(j: Any, jenis: str, teks: str) -> int:  # noqa: ANN401
    """The grid's row of kind ``jenis`` whose text starts with ``teks``."""
    return next(
        r for r, b in enumerate(j.model.baris) if b.kind == jenis and b.text.startswith(teks)
    )


def tabel_terlihat(w: MainWindow, nama: str) -> Any:  # noqa: ANN401
    """The visible table named ``nama`` on the editor panel."""
    return next(t for t in w.panel.findChildren(QWidget, nama) if t.isVisible())


def buka_pk(w: MainWindow, tahun: int) -> Any:  # noqa: ANN401
    """The Perjanjian Kinerja window on ``tahun``, sized for a small screen."""
    from ikudesk.gui.main_window import aksi_menurut_nama

    aksi_menurut_nama(w)["aksiPerjanjianKinerja"].trigger()
    j = w._jendela_pk
    j.resize(1024, 600)
    j.halaman.pilih(tahun)
    return j
