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
from ikudesk.persistence.repo import list_dokumen
from tests.files.test_iku_word import contoh, dengan_target
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
    sebelum = {d.id for d in list_dokumen(controller.store)}
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

    with qtbot.waitSignal(controller.message) as sinyal:
        qtbot.mouseClick(
            dlg.tombol.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton
        )
    assert "diimpor sebagai dokumen nomor" in sinyal.args[0]
    baru = {d.id for d in list_dokumen(controller.store)} - sebelum
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
    sebelum = len(list_dokumen(controller.store))
    lama = tmp_path / "iku.doc"
    lama.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 100)
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(lama), ""))
    )
    aksi_menurut_nama(w)["aksiImporWord"].trigger()
    kotak = [k for k in w.findChildren(QMessageBox) if k.objectName() == "pesanImporWord"]
    assert kotak and "simpan sebagai .docx" in kotak[0].text()
    assert w.findChild(DialogImporWord) is None
    assert len(list_dokumen(controller.store)) == sebelum
    w.close()


def _renstra_lalu_iku(tmp_path: Path) -> Path:
    """A Renstra summary (with an "Indikator Sasaran" column) before the IKU table."""
    import docx

    d = docx.Document()
    for t in (
        "INDIKATOR KINERJA UTAMA",
        "KECAMATAN BATU AMPAR KABUPATEN TANAH LAUT",
        "TAHUN 2020-2024",
    ):
        d.add_paragraph().add_run(t).bold = True
    isi = [
        (
            ["No", "Tujuan", "Indikator Tujuan", "Sasaran", "Indikator Sasaran"],
            [
                [
                    "1",
                    "Meningkatkan tata kelola",
                    "Nilai SAKIP",
                    "Meningkatnya akuntabilitas",
                    "AKIP",
                ]
            ],
        ),
        (
            ["No", "Sasaran", "IKU", "Rumus", "Satuan", "Target 2020", "Target 2021"],
            [
                [
                    "1",
                    "Meningkatnya akuntabilitas",
                    "Nilai AKIP kecamatan",
                    "Nilai LHE",
                    "Nilai",
                    "60",
                    "62",
                ],
                [
                    "2",
                    "Meningkatnya kepuasan",
                    "Persentase aduan selesai",
                    "(Aduan selesai : Aduan masuk) x 100 %",
                    "%",
                    "90",
                    "95",
                ],
            ],
        ),
    ]
    for kepala, baris in isi:
        t = d.add_table(rows=1, cols=len(kepala))
        t.style = "Table Grid"
        for i, h in enumerate(kepala):
            t.cell(0, i).text = h
        for row in baris:
            c = t.add_row().cells
            for i, v in enumerate(row):
                c[i].text = v
        d.add_paragraph("")
    p = tmp_path / "renstra.docx"
    d.save(str(p))
    return p


def _nama_pohon(dlg: DialogImporWord) -> list[str]:
    from PySide6.QtWidgets import QTreeWidgetItemIterator

    out = []
    it = QTreeWidgetItemIterator(dlg.pohon)
    while it.value() is not None:
        out.append(it.value().text(0))
        it += 1
    return out


def test_pilih_tabel_iku_di_pratinjau(qtbot, controller, tmp_path) -> None:  # noqa: ANN001
    from ikudesk.gui.word_import import pratinjau

    w = MainWindow(controller, Pengaturan(tmp_path / "pengaturan"))
    qtbot.addWidget(w)
    dlg = pratinjau(w, controller, _renstra_lalu_iku(tmp_path))
    assert dlg is not None
    # The IKU table is chosen, not the summary before it; the summary is listed.
    cb = dlg.findChild(QComboBox, "tabelCombo")
    assert cb.isEnabled() and cb.count() == 2 and cb.currentData() == 2
    assert "Persentase aduan selesai" in _nama_pohon(dlg)
    assert "tabel 1:" in dlg.catatan.toPlainText()
    assert "2 indikator;" in dlg.ringkasan.text()
    # The user picks the summary with the keyboard: the preview and the column combos follow.
    cb.setFocus()
    with qtbot.waitSignal(dlg.berubah):
        qtbot.keyClick(cb, Qt.Key.Key_Up)
    assert cb.currentData() == 1
    assert "Indikator tujuan: Nilai SAKIP" in _nama_pohon(dlg)
    assert "Persentase aduan selesai" not in _nama_pohon(dlg)
    assert len(dlg.combo) == 5 and dlg.hasil is not None and dlg.hasil.tabel == 1
    tampak = [
        c.currentData()
        for c in dlg.findChildren(QComboBox)
        if c.objectName().startswith("kolomCombo") and c.isVisible()
    ]
    assert tampak == ["nomor", "tujuan", "indikator_tujuan", "sasaran", "indikator"]
    assert "1 indikator (dan 1 indikator tujuan)" in dlg.ringkasan.text()
    with qtbot.waitSignal(dlg.berubah):
        qtbot.keyClick(cb, Qt.Key.Key_Down)
    assert "Persentase aduan selesai" in _nama_pohon(dlg) and len(dlg.combo) == 7
    dlg.close()
    w.close()


def test_pratinjau_gagal_tidak_menyisakan_isi_lama(qtbot, controller, tmp_path) -> None:  # noqa: ANN001
    from ikudesk.gui.word_import import pratinjau

    w = MainWindow(controller, Pengaturan(tmp_path / "pengaturan"))
    qtbot.addWidget(w)
    dlg = pratinjau(w, controller, _lembar(tmp_path))
    assert dlg is not None
    _pilih_indikator(dlg, NAMA)
    assert dlg.kepala.toPlainText() and dlg.target.text() != ""
    # Every column the indicator's heading: nothing is recognised any more.
    cb = next(c for c in dlg.combo if c.currentData() == "indikator")
    with qtbot.waitSignal(dlg.berubah):
        cb.setCurrentIndex(cb.findData(""))
    assert dlg.hasil is None
    assert "Belum dapat diimpor" in dlg.ringkasan.text()
    assert dlg.pohon.topLevelItemCount() == 0
    assert dlg.nama.text() == "" and dlg.target.text() == "" and dlg.komponen.text() == ""
    assert dlg.rumus.lnode is None
    assert "CAMAT" not in dlg.kepala.toPlainText()
    assert "Belum dapat diimpor" in dlg.catatan.toPlainText()
    assert not dlg.tombol.button(QDialogButtonBox.StandardButton.Save).isEnabled()
    dlg.close()
    w.close()
