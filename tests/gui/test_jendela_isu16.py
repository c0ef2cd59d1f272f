"""Issue 16, the window: lost typing, a leaked signer, …, driven like a user."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit

from ikudesk.files.docfile import baca_file
from ikudesk.gui.controller import DocumentController
from ikudesk.gui.main_window import MainWindow
from ikudesk.gui.settings import Pengaturan
from ikudesk.persistence.repo import muat_dokumen, simpan_dokumen_baru
from ikudesk.persistence.store import Store, buka_store


@pytest.fixture
def jendela(qtbot, tmp_path: Path, contoh_paths) -> Iterator[tuple[MainWindow, dict[str, int]]]:  # noqa: ANN001
    store: Store = buka_store(tmp_path / "iku.sqlite")
    ids = {p.stem: simpan_dokumen_baru(store, baca_file(p)) for p in contoh_paths}
    w = MainWindow(DocumentController(store), Pengaturan(tmp_path / "pengaturan"))
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    w.buka_awal(ids["sumbersuko"])
    yield w, ids
    w.ctl.stack.clear()
    w.hide()
    store.close()


def _aktif(w: MainWindow, tipe: type, nama: str):  # noqa: ANN202
    for c in w.panel.findChildren(tipe, nama):
        if c.isVisible():
            return c
    raise AssertionError(f"no visible {nama}")


def _disimpan(w: MainWindow, jenis: str, id_: int):  # noqa: ANN202
    dok = muat_dokumen(w.ctl.store, w.ctl.dokumen.id)
    semua = {
        "indikator": dok.semua_indikator(),
        "tujuan": dok.tujuan,
        "sasaran": [s for t in dok.tujuan for s in t.sasaran],
    }[jenis]
    return next(n for n in semua if n.id == id_)


def _ketik_nama(qtbot, w: MainWindow, teks: str) -> QPlainTextEdit:  # noqa: ANN001
    w.activateWindow()
    edit = _aktif(w, QPlainTextEdit, "namaEdit")
    edit.setFocus()
    qtbot.waitUntil(edit.hasFocus)
    edit.selectAll()
    qtbot.keyClicks(edit, teks)
    return edit


# --------------------------------------------------------------------------- 1 typed text


def test_shortcut_right_after_typing_keeps_the_text(qtbot, jendela) -> None:  # noqa: ANN001
    w, _ids = jendela
    ind = w.ctl.dokumen.semua_indikator()[0]
    w.pilih("indikator", ind.id)
    _ketik_nama(qtbot, w, "Nama diketik lalu Ctrl+D")
    # Ctrl+D (Gandakan indikator) at once, well within the pause that saves the field.
    QTest.keyClick(w.focusWidget(), Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    baru = w.terpilih()
    assert baru is not None and baru[1] != ind.id
    assert _disimpan(w, "indikator", ind.id).nama == "Nama diketik lalu Ctrl+D"
    assert _disimpan(w, "indikator", baru[1]).nama == "Nama diketik lalu Ctrl+D (salinan)"


def test_tool_bar_click_right_after_typing_keeps_the_text(qtbot, jendela) -> None:  # noqa: ANN001
    w, _ids = jendela
    ind = w.ctl.dokumen.semua_indikator()[0]
    w.pilih("indikator", ind.id)
    _ketik_nama(qtbot, w, "Diketik lalu Tambah indikator")
    tombol = w.ui.bilahAlat.widgetForAction(w.ui.aksiTambahIndikator)
    qtbot.mouseClick(tombol, Qt.MouseButton.LeftButton)
    baru = w.terpilih()
    assert baru is not None and baru[1] != ind.id
    assert _disimpan(w, "indikator", ind.id).nama == "Diketik lalu Tambah indikator"
    # ... and the new indicator did not get it
    assert _disimpan(w, "indikator", baru[1]).nama == ""


def test_line_edit_and_close_right_after_typing_keep_the_text(qtbot, jendela) -> None:  # noqa: ANN001
    w, _ids = jendela
    ind = w.ctl.dokumen.semua_indikator()[0]
    w.pilih("indikator", ind.id)
    w.activateWindow()
    satuan = _aktif(w, QLineEdit, "satuanEdit")
    satuan.setFocus()
    qtbot.waitUntil(satuan.hasFocus)
    satuan.selectAll()
    qtbot.keyClicks(satuan, "orang")
    QTest.keyClick(satuan, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert _disimpan(w, "indikator", ind.id).satuan == "orang"
    w.pilih("indikator", ind.id)
    satuan = _aktif(w, QLineEdit, "satuanEdit")
    satuan.setFocus()
    qtbot.waitUntil(satuan.hasFocus)
    satuan.selectAll()
    qtbot.keyClicks(satuan, "jiwa")
    store = w.ctl.store
    did = w.ctl.dokumen.id
    w.close()
    disimpan = next(i for i in muat_dokumen(store, did).semua_indikator() if i.id == ind.id)
    assert disimpan.satuan == "jiwa"
