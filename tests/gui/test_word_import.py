"""Berkas → Impor dari Word/Excel… driven as a user would: the preview shows what was recognised,
changing a column's meaning with the mouse and keys changes the preview, Impor stores the
document and it appears in the tree; a refused file stores nothing."""

from __future__ import annotations

import copy
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QFileDialog, QMessageBox

from ikudesk.gui.main_window import MainWindow, aksi_menurut_nama
from ikudesk.gui.settings import Pengaturan
from ikudesk.gui.word_import import DialogImporWord
from ikudesk.persistence.repo import daftar_dokumen
from tests.core.test_iku_word import contoh, dengan_target
from tests.support.word_iku import Tata, tulis_docx


def _lembar(tmp_path: Path) -> Path:
    """Sumbersuko with its formula column headed "Keterangan" (a heading nobody maps)."""
    dok = dengan_target(contoh("sumbersuko"))
    dok = copy.deepcopy(dok)
    for k in dok.tabel.kolom:
        if k.isi == "rumus":
            k.judul = "Keterangan"
    return tulis_docx(dok, tmp_path / "sumbersuko.docx", Tata(target="kolom"))


def _pilih_indikator(dlg: DialogImporWord, awal: str) -> None:
    from PySide6.QtWidgets import QTreeWidgetItemIterator

    it = QTreeWidgetItemIterator(dlg.pohon)
    while it.value() is not None:
        if it.value().text(0).startswith(awal):
            dlg.pohon.setCurrentItem(it.value())
            assert dlg.nama.text() == awal
            return
        it += 1
    raise AssertionError(f"indikator {awal} tidak ada di pohon pratinjau")


NAMA = "Persentase hasil fasilitasi dan koordinasi yang ditindaklanjuti"


def test_pratinjau_ubah_kolom_lalu_impor(qtbot, controller, tmp_path, monkeypatch) -> None:  # noqa: ANN001
    w = MainWindow(controller, Pengaturan(tmp_path / "pengaturan"))
    qtbot.addWidget(w)
    w.resize(1024, 600)
    aksi = aksi_menurut_nama(w)
    daftar = w.ui.menuBerkas.actions()
    assert daftar[daftar.index(w.ui.aksiImpor) + 1] is aksi["aksiImporWord"]
    sebelum = {d.id for d in daftar_dokumen(controller.store)}
    path = _lembar(tmp_path)
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(path), ""))
    )
    aksi["aksiImporWord"].trigger()
    dlg = w.findChild(DialogImporWord)
    assert dlg is not None and dlg.isVisible()
    assert dlg.width() <= 1024 and dlg.height() <= 600
    assert "Kecamatan Sumbersuko" in dlg.ringkasan.text()
    assert dlg.tab.tabText(2) == "Tidak dikenali (1)"  # the "Keterangan" column
    assert "tabel 1, kolom 'Keterangan'" in dlg.catatan.toPlainText()

    # The second indicator: its formula was not read (the column is ignored).
    _pilih_indikator(dlg, NAMA)
    assert dlg.rumus.lnode is None

    # The user opens the combo of the "Keterangan" column and picks "Rumus / formula".
    cb = next(c for c in dlg.findChildren(QComboBox) if c.currentData() == "" and c.isVisible())
    dlg.gulir.ensureWidgetVisible(cb)
    with qtbot.waitSignal(dlg.berubah):
        qtbot.mouseClick(cb, Qt.MouseButton.LeftButton)
        qtbot.keyClicks(cb.view(), "Rumus")  # type-ahead in the open list
        qtbot.keyClick(cb.view(), Qt.Key.Key_Return)
    assert cb.currentData() == "rumus"
    assert dlg.tab.tabText(2) == "Tidak dikenali (0)"
    _pilih_indikator(dlg, NAMA)
    assert dlg.rumus.lnode is not None  # typeset as the editor shows it
    assert "× 100%" in dlg.rumus.toolTip()
    assert "Jumlah hasil fasilitasi" in dlg.komponen.text()
    assert "2020: 82" in dlg.target.text()
    assert "CAMAT SUMBERSUKO" in dlg.kepala.toPlainText()

    with qtbot.waitSignal(controller.pesan) as sinyal:
        qtbot.mouseClick(
            dlg.tombol.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton
        )
    assert "diimpor sebagai dokumen nomor" in sinyal.args[0]
    baru = {d.id for d in daftar_dokumen(controller.store)} - sebelum
    assert len(baru) == 1
    dok = controller.dokumen
    assert dok is not None and dok.id in baru  # opened: the tree shows it
    assert w.model.rowCount() > 0
    ind = next(i for i in dok.semua_indikator() if i.nama == NAMA)
    assert ind.rumus.ekspresi and ind.rumus.ekspresi.endswith("* 100")
    w.close()


def test_berkas_ditolak_tidak_menyimpan(qtbot, controller, tmp_path, monkeypatch) -> None:  # noqa: ANN001
    w = MainWindow(controller, Pengaturan(tmp_path / "pengaturan"))
    qtbot.addWidget(w)
    sebelum = len(daftar_dokumen(controller.store))
    lama = tmp_path / "iku.doc"
    lama.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 100)
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(lama), ""))
    )
    aksi_menurut_nama(w)["aksiImporWord"].trigger()
    kotak = [k for k in w.findChildren(QMessageBox) if k.objectName() == "pesanImporWord"]
    assert kotak and "simpan sebagai .docx" in kotak[0].text()
    assert w.findChild(DialogImporWord) is None
    assert len(daftar_dokumen(controller.store)) == sebelum
    w.close()
