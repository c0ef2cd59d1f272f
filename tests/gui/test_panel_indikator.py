"""The indicator page's yearly-cycle panel: kode, agregasi, definisi, quarters, analisis."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from ikudesk.domain.model import Indikator
from ikudesk.gui.controller import DocumentController
from ikudesk.gui.editors import buat_editor_panel
from ikudesk.gui.pengukuran.panel_indikator import PanelIndikatorTahunan
from ikudesk.persistence.repo import load_dokumen, save_new_dokumen
from tests.conftest import REPO

TAMPIL = Qt.ItemDataRole.DisplayRole


@pytest.fixture
def siap(qtbot, store):  # noqa: ANN001, ANN201
    from ikudesk.files.docfile import baca_file

    did = save_new_dokumen(store, baca_file(REPO / "data" / "sumber-harta-2023.json"))
    ctl = DocumentController(store)
    ctl.open(did)
    panel = PanelIndikatorTahunan(ctl)
    qtbot.addWidget(panel)
    panel.show()
    yield ctl, panel
    ctl.stack.clear()


def _rumus(ctl: DocumentController) -> Indikator:
    return next(i for i in ctl.dokumen.semua_indikator() if i.pakai_rumus and 2023 in i.triwulan)


def test_nilai_triwulan_tampil_dan_diisi(siap) -> None:  # noqa: ANN001
    ctl, panel = siap
    ind = _rumus(ctl)
    panel.muat(ind)
    panel.ui.tahunCombo.setCurrentIndex(panel.ui.tahunCombo.findData(2023))
    m = panel.model
    assert m.rowCount() == 4
    judul = [m.headerData(c, Qt.Orientation.Horizontal) for c in range(m.columnCount())]
    assert judul[0] == "Target s.d." and judul[-2:] == ["Realisasi s.d.", "Capaian s.d. (%)"]
    assert [k.kode for k in ind.rumus.komponen] == judul[1:3]
    assert m.headerData(3, Qt.Orientation.Vertical) == "TW IV"
    # values as compute gives them
    from ikudesk.domain.compute import hitung_capaian
    from ikudesk.l10n import format_capaian

    for k in (1, 2, 3, 4):
        assert m.data(m.index(k - 1, len(judul) - 1), TAMPIL) in (
            format_capaian(hitung_capaian(ind, 2023, triwulan=k).nilai),
            "-",
        )
    # the computed columns cannot be typed into; the components can
    assert not m.flags(m.index(0, 3)) & Qt.ItemFlag.ItemIsEditable
    assert m.flags(m.index(3, 1)) & Qt.ItemFlag.ItemIsEditable
    assert m.setData(m.index(3, 1), "7")
    assert ind.triwulan[2023].nilai_komponen[4][judul[1]] == Decimal(7)
    assert not m.setData(m.index(3, 1), "tujuh")
    assert "Triwulan IV 2023" in panel.ui.triwulanPesan.text()
    ctl.stack.undo()
    assert judul[1] not in ind.triwulan[2023].nilai_komponen.get(4, {})


def test_kode_agregasi_definisi_analisis_disimpan(siap) -> None:  # noqa: ANN001
    ctl, panel = siap
    ind = _rumus(ctl)
    panel.muat(ind)
    ui = panel.ui
    ui.kodeEdit.setText("IKU 9")
    ui.kodeEdit.editingFinished.emit()
    assert ind.kode == "IKU 9"
    i = ui.agregasiCombo.findData("nilai_akhir" if ind.akumulasi else "akumulasi")
    ui.agregasiCombo.setCurrentIndex(i)
    ui.agregasiCombo.activated.emit(i)
    assert ind.agregasi == ui.agregasiCombo.itemData(i)
    ui.definisiEdit.setPlainText("Persentase kegiatan yang ditindaklanjuti.")
    ui.definisiEdit.setFocus()
    QApplication.processEvents()
    ui.analisisEdit.setFocus()  # leaving the field saves it
    QApplication.processEvents()
    ui.tahunCombo.setCurrentIndex(ui.tahunCombo.findData(2023))
    ui.analisisEdit.setPlainText("Tercapai karena pendampingan desa.")
    ui.kodeEdit.setFocus()
    QApplication.processEvents()
    dok = load_dokumen(ctl.store, ctl.dokumen.id)
    disimpan = next(i for i in dok.semua_indikator() if i.id == ind.id)
    assert disimpan.kode == "IKU 9"
    assert disimpan.definisi == "Persentase kegiatan yang ditindaklanjuti."
    assert disimpan.analisis[2023] == "Tercapai karena pendampingan desa."
    # a kode another indicator has is refused with the reason
    lain = next(i for i in ctl.dokumen.semua_indikator() if i.id != ind.id)
    panel.muat(lain)
    ui.kodeEdit.setText("IKU 9")
    ui.kodeEdit.editingFinished.emit()
    assert lain.kode != "IKU 9" and ui.pengukuranPesan.text()


def test_panel_ada_di_halaman_indikator(qtbot, siap) -> None:  # noqa: ANN001
    ctl, _ = siap
    panel = buat_editor_panel(ctl, None)
    qtbot.addWidget(panel)
    ind = _rumus(ctl)
    panel.tampilkan("indikator", ind.id)
    halaman = panel.currentWidget()
    assert halaman.panel_tahunan.id == ind.id
