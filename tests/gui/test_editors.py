"""The editor pages driven like a user would: typing, Enter, leaving fields, undo and redo.

Every test runs against a real store through a real controller; what was stored is read back
from the store. Bad input in each editor is refused and leaves the store as it was.
"""

from __future__ import annotations

import os
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QLineEdit, QWidget

from ikudesk import l10n
from ikudesk.domain import formula
from ikudesk.domain.fields import Field
from ikudesk.domain.keys import NilaiKey
from ikudesk.domain.model import Periode
from ikudesk.files.docfile import ke_json
from ikudesk.gui.editors import EditorPanel, buat_editor_panel
from ikudesk.gui.editors.fields import JEDA_MS
from ikudesk.persistence.repo import load_dokumen


@pytest.fixture
def panel(qtbot, controller, ids_contoh) -> EditorPanel:
    controller.open(ids_contoh["sumbersuko"])
    p = buat_editor_panel(controller, None)
    qtbot.addWidget(p)
    p.resize(1100, 760)
    p.show()
    qtbot.waitExposed(p)
    p.activateWindow()
    qtbot.waitUntil(p.isActiveWindow)
    return p


def _json(controller) -> str:
    return ke_json(load_dokumen(controller.store, controller.dokumen.id))


def _stored(controller):
    return load_dokumen(controller.store, controller.dokumen.id)


def _fokus(qtbot, w: QWidget) -> None:
    w.setFocus(Qt.FocusReason.MouseFocusReason)
    qtbot.waitUntil(w.hasFocus)


def _ganti_teks(qtbot, w: QWidget, teks: str) -> None:
    """Focus ``w``, select everything in it and type ``teks`` over it."""
    _fokus(qtbot, w)
    qtbot.keyClick(w, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    if not teks:
        qtbot.keyClick(w, Qt.Key.Key_Delete)
    for i, baris in enumerate(teks.split("\n")):
        if i:
            qtbot.keyClick(w, Qt.Key.Key_Return)
        if baris:
            qtbot.keyClicks(w, baris)


def _klik_centang(qtbot, w: QWidget) -> None:
    """Click a check box on its box (its centre may be empty space beside a short label)."""
    qtbot.mouseClick(w, Qt.MouseButton.LeftButton, pos=QPoint(8, w.height() // 2))


def _keluar(qtbot, panel: EditorPanel) -> None:
    """Leave the current field (as clicking elsewhere does)."""
    sebelumnya = QApplication.focusWidget()
    panel.setFocus(Qt.FocusReason.MouseFocusReason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not sebelumnya)


# --- tujuan, sasaran ---------------------------------------------------------------------------


def test_tujuan_uraian_saves_on_leaving_and_undo_shows_old_text(qtbot, panel, controller) -> None:
    tujuan = controller.dokumen.tujuan[0]
    lama = tujuan.uraian
    panel.tampilkan("tujuan", tujuan.id)
    h = panel.halaman["tujuan"]
    assert panel.currentWidget() is h
    assert h.ui.uraianEdit.toPlainText() == lama
    langkah = controller.stack.count()
    _ganti_teks(qtbot, h.ui.uraianEdit, "Meningkatnya kualitas pelayanan publik")
    _keluar(qtbot, panel)
    assert _stored(controller).tujuan[0].uraian == "Meningkatnya kualitas pelayanan publik"
    assert controller.stack.count() == langkah + 1
    controller.stack.undo()
    assert h.ui.uraianEdit.toPlainText() == lama
    assert _stored(controller).tujuan[0].uraian == lama
    controller.stack.redo()
    assert h.ui.uraianEdit.toPlainText() == "Meningkatnya kualitas pelayanan publik"


def test_kelompok_saves_on_enter_once_and_not_when_unchanged(qtbot, panel, controller) -> None:
    tujuan = controller.dokumen.tujuan[0]
    panel.tampilkan("tujuan", tujuan.id)
    edit = panel.halaman["tujuan"].ui.kelompokEdit
    langkah = controller.stack.count()
    _ganti_teks(qtbot, edit, "NON RUTIN")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert _stored(controller).tujuan[0].kelompok == "NON RUTIN"
    assert controller.stack.count() == langkah + 1
    # Enter again and leaving the field with the same text: no second write, no undo step.
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    _keluar(qtbot, panel)
    assert controller.stack.count() == langkah + 1


def test_sasaran_saves_after_a_pause_in_typing(qtbot, panel, controller) -> None:
    sasaran = controller.dokumen.tujuan[0].sasaran[0]
    panel.tampilkan("sasaran", sasaran.id)
    edit = panel.halaman["sasaran"].ui.uraianEdit
    _fokus(qtbot, edit)
    qtbot.keyClick(edit, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(edit, " Kecamatan")
    assert edit.hasFocus()
    qtbot.waitUntil(
        lambda: _stored(controller).tujuan[0].sasaran[0].uraian.endswith(" Kecamatan"),
        timeout=JEDA_MS + 3000,
    )


# --- indikator ---------------------------------------------------------------------------------


def _indikator(controller, ekspresi: str | None):
    return next(i for i in controller.dokumen.semua_indikator() if i.rumus.ekspresi == ekspresi)


def test_indikator_fields_and_polaritas(qtbot, panel, controller) -> None:
    ind = _indikator(controller, "ditindaklanjuti / dilakukan * 100")
    panel.tampilkan("indikator", ind.id)
    ui = panel.halaman["indikator"].ui
    assert ui.namaEdit.toPlainText() == ind.nama
    _ganti_teks(qtbot, ui.satuanEdit, "Persen")
    qtbot.keyClick(ui.satuanEdit, Qt.Key.Key_Return)
    _ganti_teks(qtbot, ui.pjEdit, "Camat\nSekretaris Camat")
    _keluar(qtbot, panel)
    _fokus(qtbot, ui.polaritasCombo)
    qtbot.keyClick(ui.polaritasCombo, Qt.Key.Key_Down)
    disimpan = next(i for i in _stored(controller).semua_indikator() if i.id == ind.id)
    assert disimpan.satuan == "Persen"
    assert disimpan.penanggung_jawab == "Camat\nSekretaris Camat"
    assert disimpan.polaritas == "negatif"
    controller.stack.undo()
    assert ui.polaritasCombo.currentIndex() == 0
    controller.stack.undo()
    assert ui.pjEdit.toPlainText() == "Camat Sumbersuko"


@pytest.mark.parametrize(
    ("salah", "posisi"),
    [("ditindaklanjuti / ", 16), ("ditindaklanjuti / dilakukan x 100", 28), ("hadir / 2", 0)],
)
def test_bad_expression_is_marked_and_not_stored(qtbot, panel, controller, salah, posisi) -> None:
    ind = _indikator(controller, "ditindaklanjuti / dilakukan * 100")
    panel.tampilkan("indikator", ind.id)
    ui = panel.halaman["indikator"].ui
    sebelum = _json(controller)
    _ganti_teks(qtbot, ui.ekspresiEdit, salah)
    kode = [k.kode for k in ind.rumus.komponen]
    with pytest.raises(formula.FormulaError) as galat:
        formula.parse(salah, kode)
    assert ui.ekspresiPesan.isVisible()
    assert ui.ekspresiPesan.text() == galat.value.pesan
    assert ui.ekspresiEdit.posisi_tanda() == min(galat.value.posisi, len(salah) - 1)
    assert abs(ui.ekspresiEdit.posisi_tanda() - posisi) <= 1
    qtbot.keyClick(ui.ekspresiEdit, Qt.Key.Key_Return)
    _keluar(qtbot, panel)
    assert _json(controller) == sebelum


def test_components_and_expression_build_a_formula(qtbot, panel, controller) -> None:
    ind = _indikator(controller, None)
    panel.tampilkan("indikator", ind.id)
    h = panel.halaman["indikator"]
    ui = h.ui
    assert ui.formulaView.lnode is None
    for kode, uraian in (("hadir", "Jumlah yang hadir"), ("diundang", "Jumlah yang diundang")):
        qtbot.mouseClick(ui.tambahKomponenButton, Qt.MouseButton.LeftButton)
        editor = QApplication.focusWidget()
        assert isinstance(editor, QLineEdit)  # the new code's cell opens for typing
        qtbot.keyClick(editor, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClicks(editor, kode)
        qtbot.keyClick(editor, Qt.Key.Key_Return)
        baris = ui.komponenTable.rowCount() - 1
        ui.komponenTable.item(baris, 1).setText(uraian)
    _ganti_teks(qtbot, ui.ekspresiEdit, "hadir / diundang * 100")
    assert not ui.ekspresiPesan.isVisible()
    qtbot.keyClick(ui.ekspresiEdit, Qt.Key.Key_Return)
    disimpan = next(i for i in _stored(controller).semua_indikator() if i.id == ind.id)
    assert disimpan.rumus.ekspresi == "hadir / diundang * 100"
    assert [(k.kode, k.uraian) for k in disimpan.rumus.komponen] == [
        ("hadir", "Jumlah yang hadir"),
        ("diundang", "Jumlah yang diundang"),
    ]
    # The preview draws the stored formula: a stacked fraction of the uraian, then "× 100"
    # (no "%": this indicator's satuan is not "%").
    lnode = ui.formulaView.lnode
    assert lnode == formula.layout(
        formula.parse("hadir / diundang * 100", ["hadir", "diundang"]),
        {"hadir": "Jumlah yang hadir", "diundang": "Jumlah yang diundang"},
    )
    assert isinstance(lnode, formula.LKali) and isinstance(lnode.faktor[0], formula.LPecahan)
    assert lnode.faktor[1] == formula.LAngka(Decimal(100), persen=False)
    # The value table now has a column per component and a computed realisasi.
    assert [k.jenis for k in h.nilai_model.kolom] == [
        "target",
        "komponen",
        "komponen",
        "realisasi",
        "capaian",
    ]
    # Undo takes the expression away again and the field follows.
    controller.stack.undo()
    assert ui.ekspresiEdit.teks() == ""


@pytest.mark.parametrize("salah", ["Jumlah Desa", "2desa", "dilakukan", "tahun_lalu", ""])
def test_bad_component_code_is_refused(qtbot, panel, controller, salah) -> None:
    ind = _indikator(controller, "ditindaklanjuti / dilakukan * 100")
    panel.tampilkan("indikator", ind.id)
    ui = panel.halaman["indikator"].ui
    sebelum = _json(controller)
    ui.komponenTable.item(0, 0).setText(salah)
    assert ui.komponenPesan.isVisible() and "ode" in ui.komponenPesan.text()
    assert ui.komponenTable.item(0, 0).text() == "ditindaklanjuti"
    assert _json(controller) == sebelum


def test_renaming_a_code_renames_it_in_the_expression(qtbot, panel, controller) -> None:
    ind = _indikator(controller, "ditindaklanjuti / dilakukan * 100")
    panel.tampilkan("indikator", ind.id)
    ui = panel.halaman["indikator"].ui
    ui.komponenTable.item(1, 0).setText("dilaksanakan")
    disimpan = next(i for i in _stored(controller).semua_indikator() if i.id == ind.id)
    assert disimpan.rumus.ekspresi == "ditindaklanjuti / dilaksanakan * 100"
    assert ui.ekspresiEdit.teks() == "ditindaklanjuti / dilaksanakan * 100"


def test_removing_a_component_in_use_is_refused(qtbot, panel, controller) -> None:
    ind = _indikator(controller, "ditindaklanjuti / dilakukan * 100")
    panel.tampilkan("indikator", ind.id)
    ui = panel.halaman["indikator"].ui
    sebelum = _json(controller)
    ui.komponenTable.setCurrentCell(0, 0)
    qtbot.mouseClick(ui.hapusKomponenButton, Qt.MouseButton.LeftButton)
    assert "dipakai" in ui.komponenPesan.text()
    assert _json(controller) == sebelum


def _ketik_sel(qtbot, view, baris: int, kolom: int, teks: str, ditolak: bool = False) -> None:
    idx = view.model().index(baris, kolom)
    view.setCurrentIndex(idx)
    view.edit(idx)
    qtbot.waitUntil(lambda: isinstance(view.indexWidget(idx), QLineEdit))
    editor = view.indexWidget(idx)
    qtbot.keyClick(editor, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(editor, teks)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    if ditolak:  # refused: the typed text stays in the editor to be corrected; Esc drops it
        assert view.state() == QAbstractItemView.State.EditingState and editor.text() == teks
        qtbot.keyClick(editor, Qt.Key.Key_Escape)
    # The delegate commits through a queued call, as it does for a user.
    qtbot.waitUntil(lambda: view.state() != QAbstractItemView.State.EditingState)


def test_values_typed_in_the_table_give_capaian(qtbot, panel, controller) -> None:
    dok = controller.dokumen
    controller.set_field(dok.id, Field.DOKUMEN_PERIODE, Periode(2021, 2026))
    ind = _indikator(controller, "ditindaklanjuti / dilakukan * 100")
    panel.tampilkan("indikator", ind.id)
    h = panel.halaman["indikator"]
    view, model = h.ui.nilaiTable, h.nilai_model
    assert model.tahun == list(range(2021, 2027))
    assert not h.ui.tambahTahunButton.isVisible()
    b = model.tahun.index(2022)
    _ketik_sel(qtbot, view, b, model.kolom_ke("target"), "85,5")
    _ketik_sel(qtbot, view, b, model.kolom_ke("komponen", "ditindaklanjuti"), "37")
    _ketik_sel(qtbot, view, b, model.kolom_ke("komponen", "dilakukan"), "1.250")
    capaian = Decimal(37) / Decimal(1250) * 100 / Decimal("85.5") * 100
    sel = model.index(b, model.kolom_ke("capaian"))
    assert sel.data() == l10n.format_angka(capaian)
    disimpan = next(i for i in _stored(controller).semua_indikator() if i.id == ind.id)
    assert disimpan.target == {2022: Decimal("85.5")}
    assert disimpan.nilai_komponen[2022] == {
        "ditindaklanjuti": Decimal(37),
        "dilakukan": Decimal(1250),
    }
    # Years without values say why under the table.
    assert "2021: Target 2021 belum diisi." in h.ui.alasanLabel.text()

    # A wrong number is refused on the spot and never stored.
    sebelum = _json(controller)
    _ketik_sel(qtbot, view, b, model.kolom_ke("target"), "85,5,1", ditolak=True)
    assert h.ui.nilaiPesan.isVisible() and "bukan angka" in h.ui.nilaiPesan.text()
    assert _json(controller) == sebelum
    assert model.index(b, model.kolom_ke("target")).data() == "85,5"

    # Undo and redo change what the table shows.
    controller.stack.undo()
    assert sel.data() == "-"
    assert "belum diisi" in sel.data(Qt.ItemDataRole.ToolTipRole)
    controller.stack.redo()
    assert sel.data() == l10n.format_angka(capaian)


def test_document_without_period_adds_a_year_row(qtbot, panel, controller) -> None:
    ind = _indikator(controller, None)
    panel.tampilkan("indikator", ind.id)
    h = panel.halaman["indikator"]
    assert h.nilai_model.tahun == []
    assert h.ui.tambahTahunButton.isVisible()
    assert "tanpa periode" in h.ui.periodeInfo.text()
    h.minta_tahun = lambda: 2024
    qtbot.mouseClick(h.ui.tambahTahunButton, Qt.MouseButton.LeftButton)
    assert h.nilai_model.tahun == [2024]
    _ketik_sel(qtbot, h.ui.nilaiTable, 0, h.nilai_model.kolom_ke("realisasi"), "84,125")
    disimpan = next(i for i in _stored(controller).semua_indikator() if i.id == ind.id)
    assert disimpan.realisasi == {2024: Decimal("84.125")}


# --- dokumen -----------------------------------------------------------------------------------


@pytest.fixture
def hal_dokumen(panel, controller):
    panel.tampilkan("dokumen", controller.dokumen.id)
    return panel.halaman["dokumen"]


def test_document_identity_and_undo(qtbot, panel, controller, hal_dokumen) -> None:
    ui = hal_dokumen.ui
    lama = controller.dokumen.profil.instansi
    assert ui.instansiEdit.text() == lama
    _ganti_teks(qtbot, ui.instansiEdit, "Kecamatan Sumbersuko Baru")
    qtbot.keyClick(ui.instansiEdit, Qt.Key.Key_Return)
    _ganti_teks(qtbot, ui.judulEdit, "INDIKATOR KINERJA UTAMA\n\nKECAMATAN SUMBERSUKO")
    _keluar(qtbot, panel)
    dok = _stored(controller)
    assert dok.profil.instansi == "Kecamatan Sumbersuko Baru"
    assert dok.judul == ["INDIKATOR KINERJA UTAMA", "KECAMATAN SUMBERSUKO"]
    controller.stack.undo()
    controller.stack.undo()
    assert ui.instansiEdit.text() == lama
    assert ui.judulEdit.toPlainText().splitlines()[1] == "ORGANISASI KERJA PERANGKAT DAERAH (OPD)"


def test_period_bad_refused_good_stored(qtbot, panel, controller, hal_dokumen) -> None:
    ui = hal_dokumen.ui
    assert ui.tanpaPeriodeCheck.isChecked() and not ui.mulaiSpin.isEnabled()
    sebelum = _json(controller)
    ui.mulaiSpin.setValue(2026)
    ui.selesaiSpin.setValue(2021)
    _klik_centang(qtbot, ui.tanpaPeriodeCheck)
    assert ui.periodePesan.isVisible() and "2026" in ui.periodePesan.text()
    assert _json(controller) == sebelum
    _ganti_teks(qtbot, ui.selesaiSpin, "2030")
    qtbot.keyClick(ui.selesaiSpin, Qt.Key.Key_Return)
    assert _stored(controller).periode == Periode(2026, 2030)
    assert not ui.periodePesan.isVisible()


def test_columns_uncheck_rename_and_reorder(qtbot, panel, controller, hal_dokumen) -> None:
    ui = hal_dokumen.ui
    tbl = ui.kolomTable
    baris = {tbl.item(i, 0).data(Qt.ItemDataRole.UserRole): i for i in range(tbl.rowCount())}
    tbl.item(baris["sumber_data"], 0).setCheckState(Qt.CheckState.Unchecked)
    assert [k.isi for k in _stored(controller).tabel.kolom] == [
        "nomor",
        "sasaran",
        "indikator",
        "rumus",
        "penanggung_jawab",
    ]
    tbl.item(baris["target"], 0).setCheckState(Qt.CheckState.Checked)
    tbl.item(baris["sasaran"], 1).setText("Sasaran Strategis")
    tbl.setCurrentCell(0, 0)
    qtbot.mouseClick(ui.turunKolomButton, Qt.MouseButton.LeftButton)
    kolom = _stored(controller).tabel.kolom
    assert [k.isi for k in kolom] == [
        "sasaran",
        "nomor",
        "indikator",
        "rumus",
        "penanggung_jawab",
        "target",
    ]
    assert kolom[0].judul == "Sasaran Strategis" and kolom[-1].judul == "Target"
    # Unchecking every column is refused.
    sebelum = _json(controller)
    for _ in range(tbl.rowCount()):
        tercentang = [
            tbl.item(i, 0)
            for i in range(tbl.rowCount())
            if tbl.item(i, 0).checkState() == Qt.CheckState.Checked
        ]
        if not tercentang:
            break
        tercentang[0].setCheckState(Qt.CheckState.Unchecked)
    assert len(_stored(controller).tabel.kolom) == 1
    assert "paling sedikit satu kolom" in hal_dokumen.pesan.text()
    assert _json(controller) != sebelum  # the earlier unchecks were real edits...
    assert _stored(controller).tabel.kolom[0].isi == "target"  # ...the last one was refused
    # and the list shows it again (in its own row: rows no longer re-sort, issue 16)
    baris_target = next(
        i
        for i in range(tbl.rowCount())
        if tbl.item(i, 0).data(Qt.ItemDataRole.UserRole) == "target"
    )
    assert tbl.item(baris_target, 0).checkState() == Qt.CheckState.Checked


def test_header_lines_add_edit_move(qtbot, panel, controller, hal_dokumen) -> None:
    ui = hal_dokumen.ui
    n = len(controller.dokumen.profil.kepala)
    ui.kepalaList.setCurrentRow(n - 1)
    qtbot.mouseClick(ui.tambahKepalaButton, Qt.MouseButton.LeftButton)
    _ganti_teks(qtbot, ui.kepalaLabelEdit, "Visi")
    qtbot.keyClick(ui.kepalaLabelEdit, Qt.Key.Key_Return)
    _ganti_teks(qtbot, ui.kepalaButirEdit, "Satu\nDua")
    _keluar(qtbot, panel)
    ui.kepalaPenomoranCombo.setFocus()
    qtbot.keyClick(ui.kepalaPenomoranCombo, Qt.Key.Key_Down)
    qtbot.mouseClick(ui.naikKepalaButton, Qt.MouseButton.LeftButton)
    kepala = _stored(controller).profil.kepala
    assert len(kepala) == n + 1
    baru = kepala[n - 1]
    assert (baru.label, baru.butir, baru.penomoran) == ("Visi", ["Satu", "Dua"], "huruf")
    assert ui.kepalaList.currentRow() == n - 1


@pytest.mark.parametrize("salah", ["12345", "196611141994033008", "19661314 199403 2 008", "1966x"])
def test_bad_nip_is_refused(qtbot, panel, controller, hal_dokumen, salah) -> None:
    ui = hal_dokumen.ui
    sebelum = _json(controller)
    _ganti_teks(qtbot, ui.nipEdit, salah)
    assert ui.nipPesan.isVisible() and ui.nipPesan.text().startswith("NIP")
    qtbot.keyClick(ui.nipEdit, Qt.Key.Key_Return)
    _keluar(qtbot, panel)
    assert _json(controller) == sebelum


def test_good_nip_grouped_is_stored_as_digits(qtbot, panel, controller, hal_dokumen) -> None:
    ui = hal_dokumen.ui
    _ganti_teks(qtbot, ui.nipEdit, "19670203 199003 1 005")
    assert not ui.nipPesan.isVisible()
    assert ui.nipHint.text() == "dicetak: 19670203 199003 1 005"
    qtbot.keyClick(ui.nipEdit, Qt.Key.Key_Return)
    assert _stored(controller).penandatangan.nip == "196702031990031005"
    controller.stack.undo()
    assert ui.nipEdit.text() == "196611141994032008"


@pytest.mark.parametrize("salah", ["2020-13-01", "32 Maret 2020", "2020-02-30"])
def test_bad_date_is_refused(qtbot, panel, controller, hal_dokumen, salah) -> None:
    ui = hal_dokumen.ui
    sebelum = _json(controller)
    _ganti_teks(qtbot, ui.tanggalEdit, salah)
    qtbot.keyClick(ui.tanggalEdit, Qt.Key.Key_Return)
    assert ui.tanggalPesan.isVisible() and "Tanggal" in ui.tanggalPesan.text()
    assert _json(controller) == sebelum


def test_signature_block_off_and_on(qtbot, panel, controller, hal_dokumen) -> None:
    ui = hal_dokumen.ui
    _ganti_teks(qtbot, ui.tanggalEdit, "2017-01")
    assert ui.tanggalHint.text() == "dicetak: Januari 2017"
    qtbot.keyClick(ui.tanggalEdit, Qt.Key.Key_Return)
    assert _stored(controller).penandatangan.tanggal == "2017-01"
    _klik_centang(qtbot, ui.cetakTtdCheck)
    assert _stored(controller).penandatangan is None
    assert not ui.namaEdit.isEnabled()
    _klik_centang(qtbot, ui.cetakTtdCheck)
    ttd = _stored(controller).penandatangan
    assert ttd is not None and ttd.nama == "Dra. HERTUTIK, M.Si" and ttd.tanggal == "2017-01"


# --- the panel ---------------------------------------------------------------------------------


def test_panel_shows_nothing_for_no_selection_and_for_deleted_node(
    qtbot, panel, controller
) -> None:
    panel.tampilkan(None, None)
    assert panel.currentWidget() is panel.kosong
    sasaran = controller.dokumen.tujuan[0].sasaran[0]
    panel.tampilkan("sasaran", sasaran.id)
    controller.remove("sasaran", sasaran.id)
    assert panel.currentWidget() is panel.kosong
    controller.stack.undo()
    panel.tampilkan("sasaran", sasaran.id)
    assert panel.halaman["sasaran"].ui.uraianEdit.toPlainText() == sasaran.uraian


def test_pyside_survives_a_long_session() -> None:
    """PySide6 6.12.0 on Python 3.11 drops a reference to None/True/False on every void call
    and emit, and aborts after about a thousand: pyproject pins a build without that fault.
    This fails (the child aborts) if a broken build is ever installed again."""
    program = (
        "from PySide6.QtCore import QObject, Signal\n"
        "from PySide6.QtWidgets import QApplication, QLineEdit\n"
        "class O(QObject):\n"
        "    s = Signal(str)\n"
        "app = QApplication([])\n"
        "e, o = QLineEdit(), O()\n"
        "o.s.connect(lambda t: None)\n"
        "for i in range(30000):\n"
        "    e.setText(str(i)); e.setVisible(False); o.s.emit('x')\n"
        "print('hidup')\n"
    )
    hasil = subprocess.run(
        [sys.executable, "-c", program],
        capture_output=True,
        text=True,
        cwd=Path(__file__).resolve().parents[2],
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        timeout=120,
        check=False,
    )
    assert hasil.returncode == 0, hasil.stderr[-2000:]
    assert "hidup" in hasil.stdout


def test_removing_a_component_with_values_asks_first(qtbot, panel, controller) -> None:
    ind = _indikator(controller, "ditindaklanjuti / dilakukan * 100")
    panel.tampilkan("indikator", ind.id)
    h = panel.halaman["indikator"]
    qtbot.mouseClick(h.ui.tambahKomponenButton, Qt.MouseButton.LeftButton)
    kode = controller.node("indikator", ind.id).rumus.komponen[-1].kode
    controller.set_nilai(NilaiKey.nilai_komponen(ind.id, kode, 2022), Decimal(5))
    pertanyaan: list[str] = []
    h.tanya = lambda judul, pesan: pertanyaan.append(pesan) or False
    sebelum = _json(controller)
    h.ui.komponenTable.setCurrentCell(2, 0)
    qtbot.mouseClick(h.ui.hapusKomponenButton, Qt.MouseButton.LeftButton)
    assert len(pertanyaan) == 1 and kode in pertanyaan[0]
    assert _json(controller) == sebelum  # "No": nothing removed
    h.tanya = lambda judul, pesan: True
    qtbot.mouseClick(h.ui.hapusKomponenButton, Qt.MouseButton.LeftButton)
    disimpan = next(i for i in _stored(controller).semua_indikator() if i.id == ind.id)
    assert [k.kode for k in disimpan.rumus.komponen] == ["ditindaklanjuti", "dilakukan"]
    assert all(kode not in per for per in disimpan.nilai_komponen.values())
    controller.stack.undo()  # the component comes back with its value
    assert controller.node("indikator", ind.id).nilai_komponen[2022][kode] == Decimal(5)
    assert h.ui.komponenTable.rowCount() == 3


def test_table_options(qtbot, panel, controller, hal_dokumen) -> None:
    ui = hal_dokumen.ui
    _fokus(qtbot, ui.nomorPerCombo)
    qtbot.keyClick(ui.nomorPerCombo, Qt.Key.Key_Down)  # tiap sasaran -> tiap indikator
    _klik_centang(qtbot, ui.barisNomorKolomCheck)
    _klik_centang(qtbot, ui.nomoriIndikatorCheck)
    _ganti_teks(qtbot, ui.judulTabelEdit, "Indikator Kinerja Utama")
    qtbot.keyClick(ui.judulTabelEdit, Qt.Key.Key_Return)
    _ganti_teks(qtbot, ui.catatanEdit, "Catatan: data sementara.")
    _keluar(qtbot, panel)
    tabel = _stored(controller).tabel
    assert tabel.nomor_per == "indikator"
    assert tabel.baris_nomor_kolom is True and tabel.nomori_indikator is False
    assert tabel.judul == "Indikator Kinerja Utama"
    assert _stored(controller).catatan == "Catatan: data sementara."


def test_huruf_dan_ukuran_cetak_disimpan_dan_dapat_diurungkan(qtbot, panel, controller) -> None:  # noqa: ANN001
    """Issue 16 item 20: the sheet's type face and size are stored with the document."""
    from decimal import Decimal

    dok = controller.dokumen
    panel.tampilkan("dokumen", dok.id)
    h = panel.currentWidget()
    h.hurufCombo.setCurrentIndex(h.hurufCombo.findData("sans"))
    h.hurufCombo.activated.emit(h.hurufCombo.currentIndex())
    h.ukuranCombo.setCurrentIndex(h.ukuranCombo.findData(11))
    h.ukuranCombo.activated.emit(h.ukuranCombo.currentIndex())
    assert (dok.tabel.huruf, dok.tabel.ukuran) == ("sans", Decimal(11))
    tersimpan = load_dokumen(controller.store, dok.id)
    assert (tersimpan.tabel.huruf, tersimpan.tabel.ukuran) == ("sans", Decimal(11))
    controller.stack.undo()
    controller.stack.undo()
    assert (controller.dokumen.tabel.huruf, controller.dokumen.tabel.ukuran) == ("", None)
    assert h.hurufCombo.currentData() == "" and h.ukuranCombo.currentData() is None


def test_grup_kolom_dan_baris_kepala_tebal(qtbot, panel, controller, hal_dokumen) -> None:
    """Issue 20 item 15: the document page sets a column's grup (the heading row over adjacent
    columns) and a header line's tebal, each one undoable step; the sheet prints both."""
    import io

    import pypdf

    from ikudesk.report import buat_pdf

    ui = hal_dokumen.ui
    tbl = ui.kolomTable
    assert tbl.columnCount() == 3
    baris = {tbl.item(i, 0).data(Qt.ItemDataRole.UserRole): i for i in range(tbl.rowCount())}
    langkah = controller.stack.count()
    from PySide6.QtWidgets import QAbstractItemView, QApplication, QLineEdit

    for isi in ("sasaran", "indikator", "rumus"):
        tbl.setFocus()
        tbl.setCurrentCell(baris[isi], 2)
        qtbot.keyClick(tbl, Qt.Key.Key_F2)
        qtbot.waitUntil(lambda: tbl.state() == QAbstractItemView.State.EditingState)
        editor = QApplication.focusWidget()
        assert isinstance(editor, QLineEdit)
        qtbot.keyClicks(editor, "Sasaran")
        qtbot.keyClick(editor, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: tbl.state() != QAbstractItemView.State.EditingState)
    kolom = {k.isi: k for k in _stored(controller).tabel.kolom}
    assert [kolom[k].grup for k in ("sasaran", "indikator", "rumus")] == ["Sasaran"] * 3
    assert kolom["nomor"].grup == "" and kolom["sumber_data"].grup == ""
    assert controller.stack.count() == langkah + 3
    # renaming a heading keeps the column's grup (the list rebuilds the columns)
    tbl.item(baris["sasaran"], 1).setText("Sasaran Strategis")
    assert {k.isi: k for k in _stored(controller).tabel.kolom}["sasaran"].grup == "Sasaran"

    # the first header line (Instansi) printed bold
    ui.kepalaList.setCurrentRow(0)
    cek = hal_dokumen.kepalaTebalCheck
    assert cek.isEnabled() and not cek.isChecked()
    from PySide6.QtCore import QPoint

    qtbot.mouseClick(cek, Qt.MouseButton.LeftButton, pos=QPoint(8, cek.height() // 2))
    assert _stored(controller).profil.kepala[0].tebal is True

    isi, _ = buat_pdf(controller.dokumen)
    halaman = pypdf.PdfReader(io.BytesIO(isi)).pages[0]
    potongan: list[tuple[str, str]] = []

    def catat(teks, _cm, _tm, font, _ukuran) -> None:  # noqa: ANN001
        if font is not None and teks.strip():
            potongan.append((teks.strip(), str(font.get("/BaseFont", ""))))

    teks = " ".join(halaman.extract_text(visitor_text=catat).split())
    assert "Sasaran No" in teks or "No Sasaran" in teks  # the grup row above the headings
    instansi = [f for t, f in potongan if "Kecamatan Sumbersuko" in t]
    assert instansi and all("Bold" in f for f in instansi)
    tugas = [f for t, f in potongan if t.startswith("Melaksanakan kewenangan")]
    assert tugas and not any("Bold" in f for f in tugas)

    # both are undoable
    controller.stack.undo()
    assert _stored(controller).profil.kepala[0].tebal is False
    assert not cek.isChecked()
