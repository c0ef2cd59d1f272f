"""Issue 16, the window: lost typing, a leaked signer, …, driven like a user."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit

from ikudesk.domain.fields import Field
from ikudesk.domain.keys import NilaiKey, NodeKind
from ikudesk.domain.model import Komponen
from ikudesk.files.docfile import baca_file
from ikudesk.gui.controller import DocumentController
from ikudesk.gui.main_window import MainWindow
from ikudesk.gui.settings import Pengaturan
from ikudesk.persistence.repo import load_dokumen, save_new_dokumen
from ikudesk.persistence.store import Store, open_store
from ikudesk.session.refs import Ref


@pytest.fixture
def jendela(qtbot, tmp_path: Path, contoh_paths) -> Iterator[tuple[MainWindow, dict[str, int]]]:  # noqa: ANN001
    store: Store = open_store(tmp_path / "iku.sqlite")
    ids = {p.stem: save_new_dokumen(store, baca_file(p)) for p in contoh_paths}
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
    dok = load_dokumen(w.ctl.store, w.ctl.dokumen.id)
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
    disimpan = next(i for i in load_dokumen(store, did).semua_indikator() if i.id == ind.id)
    assert disimpan.satuan == "jiwa"


# --------------------------------------------------------------------------- 2 leaked signer


def test_new_document_does_not_show_or_store_the_previous_signer(qtbot, jendela) -> None:  # noqa: ANN001
    w, _ids = jendela
    lama = w.ctl.dokumen.penandatangan
    assert lama is not None and lama.nama  # Sumbersuko has a signer
    hal = w.panel.halaman["dokumen"]
    w.pilih("dokumen", w.ctl.dokumen.id)
    assert hal.ui.namaEdit.text() == lama.nama

    from ikudesk.domain.new_document import dokumen_baru

    w.buka_awal(_ids["sumber-harta"])  # a period 2021-2026 in the year boxes
    w.pilih("dokumen", w.ctl.dokumen.id)
    assert (hal.ui.mulaiSpin.value(), hal.ui.selesaiSpin.value()) == (2021, 2026)
    w.ctl.create_dokumen(dokumen_baru("Kecamatan Baru"))
    w.pilih("dokumen", w.ctl.dokumen.id)
    ui = hal.ui
    from ikudesk.domain.new_document import periode_bawaan

    bawaan = periode_bawaan()
    assert (ui.mulaiSpin.value(), ui.selesaiSpin.value()) == (bawaan.mulai, bawaan.selesai)
    for edit in (ui.tempatEdit, ui.tanggalEdit, ui.jabatanEdit, ui.namaEdit, ui.nipEdit):
        assert edit.text() == "", edit.objectName()
    # Ticking "Cetak blok tanda tangan" stores an empty signer, not Sumbersuko's.
    ui.cetakTtdCheck.click()
    ttd = load_dokumen(w.ctl.store, w.ctl.dokumen.id).penandatangan
    assert ttd is not None and ttd.nama == "" and ttd.nip == ""


# --------------------------------------------------------------------------- 8 dates


@pytest.mark.parametrize("teks", ["31-12-2018", "31/12/2018", "31 Desember 2018", "2018-12-31"])
def test_signature_date_accepts_usual_forms(qtbot, jendela, teks: str) -> None:  # noqa: ANN001
    w, _ids = jendela
    w.pilih("dokumen", w.ctl.dokumen.id)
    ui = w.panel.halaman["dokumen"].ui
    ui.tanggalEdit.setText(teks)
    assert ui.tanggalHint.text() == "dicetak: 31 Desember 2018"
    ui.tanggalEdit.editingFinished.emit()
    assert load_dokumen(w.ctl.store, w.ctl.dokumen.id).penandatangan.tanggal == "2018-12-31"
    assert ui.tanggalEdit.text() in (teks, "31 Desember 2018")


def test_month_only_date_is_kept_and_calendar_fills_the_field(qtbot, jendela) -> None:  # noqa: ANN001
    w, _ids = jendela
    w.pilih("dokumen", w.ctl.dokumen.id)
    hal = w.panel.halaman["dokumen"]
    ui = hal.ui
    ui.tanggalEdit.setText("Januari 2017")
    ui.tanggalEdit.editingFinished.emit()
    assert load_dokumen(w.ctl.store, w.ctl.dokumen.id).penandatangan.tanggal == "2017-01"
    # The calendar: a real QCalendarWidget behind the button; a click stores the day.
    from PySide6.QtCore import QDate

    assert ui.kalenderButton.menu() is not None
    hal.kalender.clicked.emit(QDate(2020, 3, 3))
    assert load_dokumen(w.ctl.store, w.ctl.dokumen.id).penandatangan.tanggal == "2020-03-03"
    assert ui.tanggalEdit.text() == "3 Maret 2020"
    assert hal.kalender.locale().language().name == "Indonesian"


# ---------------------------------------------------------------- 4 copy for a new period


def test_copy_for_new_period_replaces_the_old_period_in_texts_and_says_so(qtbot, jendela) -> None:  # noqa: ANN001
    w, ids = jendela
    w.buka_awal(ids["sumber-harta"])
    asal = w.ctl.dokumen
    assert asal.periode is not None and (asal.periode.mulai, asal.periode.selesai) == (2021, 2026)
    assert "INDIKATOR KINERJA UTAMA TAHUN 2021-2026" in asal.judul
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    from ikudesk.gui.dialogs.dokumen_baru import DialogDokumenBaru

    def isi(d: DialogDokumenBaru) -> None:
        d.ui.isiMulai.setValue(2027)
        d.ui.isiSelesai.setValue(2031)
        d.accept()

    def coba() -> None:
        d = QApplication.activeModalWidget()
        if isinstance(d, DialogDokumenBaru):
            isi(d)
        else:
            QTimer.singleShot(10, coba)

    QTimer.singleShot(0, coba)
    w.ui.aksiGandakanDokumen.trigger()
    baru = load_dokumen(w.ctl.store, w.ctl.dokumen.id)
    assert baru.id != asal.id
    assert "INDIKATOR KINERJA UTAMA TAHUN 2027-2031" in baru.judul
    assert not any("2021-2026" in b for b in baru.judul)
    kotak = w.findChild(QMessageBox, "pesanGandakan")
    assert kotak is not None and kotak.isVisible()
    assert "2021–2026 diganti 2027–2031" in kotak.text() and "judul" in kotak.text()
    kotak.close()


# --------------------------------------------------------------------------- 6 column list


def test_ticking_a_column_does_not_move_rows(qtbot, jendela) -> None:  # noqa: ANN001
    w, _ids = jendela
    w.pilih("dokumen", w.ctl.dokumen.id)
    tbl = w.panel.halaman["dokumen"].ui.kolomTable
    urutan = [tbl.item(i, 0).text() for i in range(tbl.rowCount())]
    mati = [
        i for i in range(tbl.rowCount()) if tbl.item(i, 0).checkState() != Qt.CheckState.Checked
    ]
    assert len(mati) >= 2
    baris = mati[-1]  # the last unticked row: the old code moved it up to the ticked ones
    isi = tbl.item(baris, 0).text()
    tbl.item(baris, 0).setCheckState(Qt.CheckState.Checked)
    assert [tbl.item(i, 0).text() for i in range(tbl.rowCount())] == urutan
    assert tbl.item(baris, 0).checkState() == Qt.CheckState.Checked
    dok = load_dokumen(w.ctl.store, w.ctl.dokumen.id)
    from ikudesk.gui.editors.dokumen import NAMA_KOLOM

    assert isi in [NAMA_KOLOM[k.isi] for k in dok.tabel.kolom]
    # Undo unticks it, still in place.
    w.ctl.stack.undo()
    assert [tbl.item(i, 0).text() for i in range(tbl.rowCount())] == urutan
    assert tbl.item(baris, 0).checkState() == Qt.CheckState.Unchecked


# --------------------------------------------------------------------------- 7 list markers


def test_pasted_list_items_lose_their_markers(qtbot, jendela) -> None:  # noqa: ANN001
    w, _ids = jendela
    w.pilih("dokumen", w.ctl.dokumen.id)
    ui = w.panel.halaman["dokumen"].ui
    labels = [ui.kepalaList.item(i).text() for i in range(ui.kepalaList.count())]
    ui.kepalaList.setCurrentRow(labels.index("Fungsi"))  # numbered a., b., c.
    w.activateWindow()
    edit = ui.kepalaButirEdit
    edit.setFocus()
    qtbot.waitUntil(edit.hasFocus)
    edit.selectAll()
    from PySide6.QtCore import QMimeData
    from PySide6.QtGui import QClipboard
    from PySide6.QtWidgets import QApplication

    data = QMimeData()
    data.setText("a. Menyelenggarakan urusan\nb. Mengkoordinasikan kegiatan\n")
    QApplication.clipboard().setMimeData(data, QClipboard.Mode.Clipboard)
    edit.paste()
    edit.clearFocus()  # leaving the field saves it
    fungsi = next(
        b for b in load_dokumen(w.ctl.store, w.ctl.dokumen.id).profil.kepala if b.label == "Fungsi"
    )
    assert fungsi.butir == ["Menyelenggarakan urusan", "Mengkoordinasikan kegiatan"]


# --------------------------------------------------------------------------- 10 focus and undo


def test_after_adding_the_cursor_is_in_the_new_items_first_field(qtbot, jendela) -> None:  # noqa: ANN001
    w, _ids = jendela
    ind = w.ctl.dokumen.semua_indikator()[0]
    w.pilih("indikator", ind.id)
    w.activateWindow()
    w.ui.aksiTambahIndikator.trigger()
    baru = w.terpilih()
    assert baru is not None and baru[0] == "indikator" and baru[1] != ind.id
    nama = _aktif(w, QPlainTextEdit, "namaEdit")
    qtbot.waitUntil(nama.hasFocus)
    qtbot.keyClicks(nama, "Indikator baru")
    nama.clearFocus()
    assert _disimpan(w, "indikator", baru[1]).nama == "Indikator baru"
    w.ui.aksiTambahSasaran.trigger()
    sasaran = w.terpilih()
    assert sasaran is not None and sasaran[0] == "sasaran"
    qtbot.waitUntil(lambda: _aktif(w, QPlainTextEdit, "uraianEdit").hasFocus())


def test_ctrl_z_in_a_field_without_own_history_undoes_the_stored_edit(qtbot, jendela) -> None:  # noqa: ANN001
    w, _ids = jendela
    ind = w.ctl.dokumen.semua_indikator()[0]
    asli = ind.satuan
    w.ctl.set_field(ind.id, Field.INDIKATOR_SATUAN, "unit")
    w.pilih("indikator", ind.id)
    w.activateWindow()
    satuan = _aktif(w, QLineEdit, "satuanEdit")
    satuan.setFocus()
    qtbot.waitUntil(satuan.hasFocus)
    assert satuan.text() == "unit" and not satuan.isUndoAvailable()
    QTest.keyClick(satuan, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert _disimpan(w, "indikator", ind.id).satuan == asli
    assert satuan.text() == asli
    # With typing of its own, Ctrl+Z stays the field's own undo.
    qtbot.keyClicks(satuan, "x")
    QTest.keyClick(satuan, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert satuan.text() == asli
    assert _disimpan(w, "indikator", ind.id).satuan == asli


def test_undo_text_of_a_value_names_the_indicator(jendela) -> None:  # noqa: ANN001
    w, _ids = jendela
    ind = next(i for i in w.ctl.dokumen.semua_indikator() if not i.pakai_rumus and i.nama)
    w.ctl.set_nilai(NilaiKey.target(ind.id, 2022), Decimal(7))
    assert ind.nama[:20] in w.ctl.stack.undoText()
    assert w.aksi_urungkan.text().startswith("Urungkan Ubah target 2022 indikator")
    assert w.aksi_urungkan.iconText() == "Urungkan"  # the tool bar button keeps its width
    # a formula change names it too
    w.ctl.set_rumus(ind.id, "a / b * 100", [Komponen("a", "A"), Komponen("b", "B")])
    assert w.ctl.stack.undoText().startswith(f'Ubah rumus indikator "{ind.nama[:20]}')


def test_pindahkan_ke_moves_an_indicator_to_another_sasaran(qtbot, jendela) -> None:  # noqa: ANN001
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QInputDialog

    w, _ids = jendela
    dok = w.ctl.dokumen
    w.ctl.add_sasaran(dok.tujuan[-1].id)
    semua_sasaran = [s for t in dok.tujuan for s in t.sasaran]
    assert len(semua_sasaran) >= 2
    asal, tujuan = semua_sasaran[0], semua_sasaran[-1]
    ind = asal.indikator[0]
    w.pilih("indikator", ind.id)
    assert w.ui.aksiPindahkan.isEnabled()
    ref_ind = Ref(NodeKind.INDIKATOR, ind.id)
    pilihan = [label for label, tempat in w._tujuan_pindah(ref_ind)]
    sasaran_label = next(
        label for label, tempat in w._tujuan_pindah(ref_ind) if tempat.parent.id == tujuan.id
    )
    assert sasaran_label in pilihan

    def pilih() -> None:
        d = QApplication.activeModalWidget()
        if not isinstance(d, QInputDialog):
            QTimer.singleShot(10, pilih)
            return
        d.setTextValue(sasaran_label)
        d.accept()

    QTimer.singleShot(0, pilih)
    w.ui.aksiPindahkan.trigger()
    assert w.ctl.parent_of("indikator", ind.id) == ("sasaran", tujuan.id)
    stored = load_dokumen(w.ctl.store, dok.id)
    ke = next(s for t in stored.tujuan for s in t.sasaran if s.id == tujuan.id)
    assert ke.indikator[-1].id == ind.id
    assert w.terpilih() == ("indikator", ind.id)
    w.ctl.stack.undo()
    assert w.ctl.parent_of("indikator", ind.id) == ("sasaran", asal.id)


# --------------------------------------------------------------------------- 11 finding things


def test_filter_box_narrows_the_tree_by_name_and_kode(qtbot, jendela) -> None:  # noqa: ANN001
    w, _ids = jendela
    dok = w.ctl.dokumen
    semua = dok.semua_indikator()
    target = next(i for i in semua if i.rumus.komponen)
    kode = target.rumus.komponen[0].kode

    def tampak() -> set[int]:
        hasil: set[int] = set()

        def jalan(parent) -> None:  # noqa: ANN001
            m = w.ui.pohon.model()
            for r in range(m.rowCount(parent)):
                i = m.index(r, 0, parent)
                k = w.model.kunci(m.mapToSource(i))
                if k and k[0] == "indikator":
                    hasil.add(k[1])
                jalan(i)

        from PySide6.QtCore import QModelIndex

        jalan(QModelIndex())
        return hasil

    def cocok(teks: str) -> set[int]:
        """Indicators that match, or sit under a sasaran or tujuan that matches."""
        t = teks.casefold()
        hasil = set()
        for tj in dok.tujuan:
            for s in [None, *tj.sasaran]:
                induk = [tj.uraian] + ([s.uraian] if s else [])
                for i in s.indikator if s else tj.indikator:
                    teks_i = [i.nama, *induk, *(k.kode for k in i.rumus.komponen)]
                    if any(t in " ".join(x.split()).casefold() for x in teks_i):
                        hasil.add(i.id)
        return hasil

    assert tampak() == {i.id for i in semua}
    w.ui.saringEdit.setText(kode.upper())
    assert target.id in tampak()
    assert tampak() == cocok(kode) != {i.id for i in semua}
    kata = semua[1].nama.split()[-1]
    w.ui.saringEdit.setText(kata)
    assert tampak() == cocok(kata)
    # Selecting through the filter still edits the right node.
    w.pilih("indikator", semua[1].id)
    assert w.terpilih() == ("indikator", semua[1].id)
    assert w.panel.halaman["indikator"].id == semua[1].id
    w.ui.saringEdit.clear()
    assert tampak() == {i.id for i in semua}


def test_long_tree_labels_have_the_full_text_as_tool_tip(jendela) -> None:  # noqa: ANN001
    w, _ids = jendela
    ind = max(w.ctl.dokumen.semua_indikator(), key=lambda i: len(i.nama))
    i = w.model.index_dari("indikator", ind.id)
    assert i.data(Qt.ItemDataRole.ToolTipRole) == " ".join(ind.nama.split())


# --------------------------------------------------------------------------- 13 help


def test_panduan_opens_the_bundled_guide(qtbot, jendela) -> None:  # noqa: ANN001
    from ikudesk.gui.dialogs.panduan import DialogPanduan

    w, _ids = jendela
    w.ui.aksiPanduan.trigger()
    d = w.findChild(DialogPanduan)
    assert d is not None and d.isVisible()
    teks = d.ui.teks.toPlainText()
    for bagian in ("Menyusun pohon", "Mengisi nilai", "Mencetak", "Mencadangkan"):
        assert bagian in teks
    assert "84.125" in teks
    spec = (Path(__file__).parents[2] / "build.spec").read_text("utf-8")
    assert '"resources/panduan/*.html"' in spec
    d.close()


# --------------------------------------------------------------------------- 9 small screens


def test_window_fits_the_screen_and_the_tool_bar_keeps_still(qtbot, jendela) -> None:  # noqa: ANN001
    w, _ids = jendela
    layar = w.screen().availableGeometry()
    # No saved layout: the window opens within the screen (it used to open 1280×720).
    assert w.width() <= layar.width() and w.height() <= layar.height()
    # On a 1024-pixel-wide screen every tool-bar button is shown; none hides behind "»".
    w.resize(1024, 560)
    QApplication.processEvents()
    bilah = w.ui.bilahAlat
    assert bilah.sizeHint().width() <= 1024
    for a in bilah.actions():
        if not a.isSeparator():
            tombol = bilah.widgetForAction(a)
            assert tombol is not None and tombol.isVisible(), a.text()
    # A long undo text does not move the buttons.
    posisi = {
        a.objectName(): bilah.widgetForAction(a).geometry()
        for a in bilah.actions()
        if a.objectName()
    }
    ind = w.ctl.dokumen.semua_indikator()[0]
    w.ctl.set_nilai(NilaiKey.target(ind.id, 2022), Decimal(5))
    QApplication.processEvents()
    assert len(w.aksi_urungkan.text()) > 30
    sesudah = {
        a.objectName(): bilah.widgetForAction(a).geometry()
        for a in bilah.actions()
        if a.objectName()
    }
    assert sesudah == posisi
