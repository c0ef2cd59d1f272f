"""Qt's own widgets speak Indonesian too (the print preview's tool bar, found by review)."""

from __future__ import annotations

from PySide6.QtGui import QAction
from PySide6.QtPrintSupport import QPrintPreviewDialog
from PySide6.QtWidgets import QApplication

from ikudesk.gui import terjemahan_qt


def test_pratinjau_cetak_berbahasa_indonesia(qtbot) -> None:
    penerjemah = terjemahan_qt.pasang(QApplication.instance())
    try:
        dlg = QPrintPreviewDialog()
        qtbot.addWidget(dlg)
        teks = {a.text() for a in dlg.findChildren(QAction)} - {""}
        assert "Halaman berikutnya" in teks and "Cetak" in teks and "Mendatar" in teks
        inggris = {"Next page", "Print", "Landscape", "Zoom in", "Page setup", "Fit width"}
        assert not teks & inggris
    finally:
        QApplication.instance().removeTranslator(penerjemah)
