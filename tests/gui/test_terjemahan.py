"""Qt's own widgets speak Indonesian too (the print preview's tool bar, found by review)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QAction, QIcon
from PySide6.QtPrintSupport import QPageSetupDialog, QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QDialog,
    QFileDialog,
    QGroupBox,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QTabWidget,
    QWidget,
)

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


# ----------------------------------------------------------------- every dialog (issue 16)

#: English words Qt's dialogs use; none may reach the screen. (Paper names such as Letter,
#: Legal or Folio are names, not English sentences, and stay.)
INGGRIS = {
    "Cancel", "Open", "Save", "Print", "Printer", "Name", "Size", "Type", "Date", "Modified",
    "Look", "File", "Files", "Directory", "Directories", "Back", "Forward", "Parent", "Create",
    "New", "Detail", "View", "List", "Show", "hidden", "Properties", "Location", "Output",
    "Copies", "Collate", "Reverse", "Options", "Pages", "Page", "Selection", "Current", "range",
    "Paper", "Orientation", "Portrait", "Landscape", "Margins", "Width", "Height", "Custom",
    "source", "Preview", "Zoom", "Next", "Previous", "First", "Last", "Fit", "Close", "Yes",
    "Apply", "Help", "Enter", "value", "Choose", "Delete", "Rename", "Color", "Grayscale",
    "Sided", "binding", "Settings", "All", "Computer", "Sidebar", "Even", "Odd",
    "Local", "Write", "margin", "order", "sheet", "Layout", "Setup", "Month",
}  # fmt: skip
#: Names that hold English words ("No" is the Indonesian short form of nomor; "per" and the
#: paper name "Double Postcard" are not sentences).
NAMA = ("SIL Open Font License",)
_TAG = re.compile(r"<[^>]+>")


def _teks_dialog(d: QWidget) -> Iterator[str]:
    yield d.windowTitle()
    for w in d.findChildren(QWidget):
        if isinstance(w, QLabel):
            yield _TAG.sub(" ", w.text())
        elif isinstance(w, QAbstractButton):
            yield w.text()
        elif isinstance(w, QGroupBox):
            yield w.title()
        elif isinstance(w, QLineEdit):
            yield w.placeholderText()
        elif isinstance(w, QComboBox):
            yield from (w.itemText(i) for i in range(w.count()))
        elif isinstance(w, QTabWidget):
            yield from (w.tabText(i) for i in range(w.count()))
        elif isinstance(w, QHeaderView) and w.model() is not None:
            for c in range(w.count()):
                yield str(w.model().headerData(c, w.orientation()) or "")
        for a in w.actions():
            yield a.text()
            yield a.toolTip()


def _inggris(d: QWidget) -> set[str]:
    teks = list(_teks_dialog(d))
    for nama in NAMA:
        teks = [t.replace(nama, "") for t in teks]
    kata = {k for t in teks for k in re.findall(r"[A-Za-z]+", t)}
    return kata & INGGRIS


def _dialog_aplikasi(store_contoh, tmp_path: Path) -> list[tuple[str, Callable[[], QWidget]]]:  # noqa: ANN001
    from ikudesk.assets import sample_documents
    from ikudesk.domain.model import Periode
    from ikudesk.gui.backup_dialogs import DialogDaftarCadangan
    from ikudesk.gui.dialogs.buka import DialogBuka
    from ikudesk.gui.dialogs.dokumen_baru import DialogDokumenBaru
    from ikudesk.gui.dialogs.mulai import DialogMulai
    from ikudesk.gui.dialogs.panduan import DialogPanduan
    from ikudesk.gui.dialogs.tentang import DialogTentang
    from ikudesk.gui.kategori_dialog import DialogKategori
    from ikudesk.gui.print_dialog import DialogOpsiCetak
    from ikudesk.persistence.kategori_store import load_kategori
    from ikudesk.persistence.repo import list_dokumen, load_dokumen

    store, ids = store_contoh
    dok = load_dokumen(store, ids["sumbersuko"])
    printer = QPrinter()  # outlives the dialogs that point at it

    def berkas(mode: QFileDialog.AcceptMode) -> QFileDialog:
        # Qt's own file chooser, as on a Linux desktop without a native one.
        d = QFileDialog(None, "Ekspor PDF", str(tmp_path), "Berkas PDF (*.pdf)")
        d.setOption(QFileDialog.Option.DontUseNativeDialog)
        d.setAcceptMode(mode)
        return d

    def kotak_tanya() -> QMessageBox:
        k = QMessageBox(QMessageBox.Icon.Question, "Hapus", "Hapus?")
        k.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel)
        return k

    def pindah() -> QInputDialog:
        d = QInputDialog()
        d.setComboBoxItems(["Sasaran 1"])
        return d

    return [
        ("dokumen baru", lambda: DialogDokumenBaru(None)),
        ("gandakan", lambda: DialogDokumenBaru.untuk_duplikat(None, "X", Periode(2021, 2026))),
        ("buka", lambda: DialogBuka(list_dokumen(store))),
        ("mulai", lambda: DialogMulai(sample_documents())),
        ("tentang", lambda: DialogTentang(store.path, QIcon())),
        ("panduan", lambda: DialogPanduan()),
        ("opsi cetak", lambda: DialogOpsiCetak(dok)),
        ("kategori", lambda: DialogKategori(load_kategori(store))),
        ("cadangan otomatis", lambda: DialogDaftarCadangan(store.path)),
        ("berkas buka", lambda: berkas(QFileDialog.AcceptMode.AcceptOpen)),
        ("berkas simpan", lambda: berkas(QFileDialog.AcceptMode.AcceptSave)),
        ("cetak", lambda: QPrintDialog(printer)),
        ("atur halaman", lambda: QPageSetupDialog(printer)),
        ("pratinjau", lambda: QPrintPreviewDialog(printer)),
        ("pindahkan ke", pindah),
        ("pesan tanya", kotak_tanya),
    ]


@pytest.fixture
def penerjemah() -> Iterator[terjemahan_qt.PenerjemahQt]:
    app = QApplication.instance()
    p = terjemahan_qt.pasang(app)
    yield p
    app.removeTranslator(p)


def test_setiap_dialog_tanpa_kata_inggris(qtbot, store_contoh, tmp_path, penerjemah) -> None:  # noqa: ANN001
    sisa: dict[str, set[str]] = {}
    for nama, buat in _dialog_aplikasi(store_contoh, tmp_path):
        d = buat()
        qtbot.addWidget(d)
        d.show()
        QApplication.processEvents()
        teks = list(_teks_dialog(d))
        assert any(t.strip() for t in teks), nama  # the walk really saw the dialog
        if _inggris(d):
            sisa[nama] = _inggris(d)
        if isinstance(d, QDialog):
            d.reject()
    assert sisa == {}


def test_jalan_dialog_mengenali_kata_inggris(qtbot) -> None:  # noqa: ANN001
    # Without the translator Qt's print dialog is English, and the walk says so.
    printer = QPrinter()
    d = QPrintDialog(printer)
    qtbot.addWidget(d)
    assert {"Print", "Copies"} <= _inggris(d)
