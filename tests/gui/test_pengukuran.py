"""The "Pengukuran Kinerja" grid: real widgets, real store, keys and clipboard as a user does."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit

from ikudesk.files.docfile import ke_json
from ikudesk.gui.controller import DocumentController
from ikudesk.gui.pengukuran.view import JendelaPengukuran, buka_pengukuran
from ikudesk.persistence.repo import load_dokumen
from ikudesk.session import pengukuran as pg

TAMPIL = Qt.ItemDataRole.DisplayRole


@pytest.fixture
def jendela(qtbot, store_contoh):  # noqa: ANN001, ANN201
    store, ids = store_contoh
    ctl = DocumentController(store)
    ctl.open(ids["sumber-harta"])
    j = JendelaPengukuran(ctl)
    qtbot.addWidget(j)
    j.resize(1366, 768)
    j.show()
    j.pilih(2022, None)
    yield j
    ctl.stack.clear()


def _ketik(grid, row: int, col: int, teks: str) -> None:  # noqa: ANN001
    """Select a cell, type over it, press Enter — as a user does."""
    grid.setCurrentIndex(grid.model_.index(row, col))
    grid.setFocus()
    QTest.keyClick(grid, teks[0])  # the first key opens the editor and replaces the cell
    editor = grid.indexWidget(grid.currentIndex())
    assert isinstance(editor, QLineEdit) and editor.text() == teks[0]
    QTest.keyClicks(editor, teks[1:])
    QTest.keyClick(editor, Qt.Key.Key_Return)
    QApplication.processEvents()  # the delegate commits on a queued call


def _isian(model) -> list[int]:  # noqa: ANN001
    """Rows whose input cell can be typed into (direct indicators and components)."""
    return [r for r in range(model.rowCount()) if model.dapat_diisi(r, pg.COL_INPUT)]


def _disimpan(j: JendelaPengukuran) -> str:
    return ke_json(load_dokumen(j.ctl.store, j.ctl.dokumen.id))


def test_mengisi_seluruh_dokumen_lewat_grid(jendela: JendelaPengukuran) -> None:
    j, model, grid = jendela, jendela.model, jendela.grid
    baris = _isian(model)
    assert len(baris) == 3 + 2 * 5  # three direct indicators, five formulas of two components
    # type the first value, then Enter moves down to the next input cell; keep typing
    grid.setCurrentIndex(model.index(baris[0], pg.COL_INPUT))
    for i, r in enumerate(baris):
        assert grid.currentIndex().row() == r  # Enter moved here from the previous one
        _ketik(grid, r, pg.COL_INPUT, f"1{i},5")
    dok = j.ctl.dokumen
    langsung = [i for i in dok.semua_indikator() if not i.pakai_rumus]
    assert langsung[0].realisasi[2022] == Decimal("10.5")
    rumus = [i for i in dok.semua_indikator() if i.pakai_rumus]
    assert all(len(i.nilai_komponen[2022]) == 2 for i in rumus)
    # the formula's realisasi is computed and shown, greyed and read-only
    r = next(r for r, b in enumerate(model.baris) if b.kind == "indikator" and b.number == 3)
    assert model.data(model.index(r, pg.COL_INPUT), TAMPIL) == "92,59"  # 12,5 / 13,5 × 100
    assert not model.flags(model.index(r, pg.COL_INPUT)) & Qt.ItemFlag.ItemIsEditable
    assert model.data(model.index(r, pg.COL_INPUT), Qt.ItemDataRole.BackgroundRole) is not None
    assert j.ctl.stack.count() == len(baris)
    assert '"2022": 10.5' in _disimpan(j)


def test_tempel_blok_satu_langkah_lalu_urungkan(jendela: JendelaPengukuran) -> None:
    j, model, grid = jendela, jendela.model, jendela.grid
    sebelum = _disimpan(j)
    r = next(r for r, b in enumerate(model.baris) if b.kind == "indikator" and b.number == 3)
    QGuiApplication.clipboard().setText("90\t\n\t37\n\t40\n")  # as LibreOffice copies
    grid.setCurrentIndex(model.index(r, pg.COL_TARGET))
    grid.setFocus()
    QTest.keyClick(grid, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert j.ctl.stack.count() == 1
    assert model.data(model.index(r, pg.COL_CAPAIAN), TAMPIL) == "102,78"  # 92,5 / 90 × 100
    kat = model.data(model.index(r, pg.COL_KATEGORI), TAMPIL)
    assert kat == "Sangat Tinggi"
    assert model.data(model.index(r, pg.COL_KATEGORI), Qt.ItemDataRole.BackgroundRole) is not None
    j.ctl.stack.undo()
    assert _disimpan(j) == sebelum
    assert model.data(model.index(r, pg.COL_CAPAIAN), TAMPIL) == "-"


def test_tempel_ditolak_tidak_menyimpan_apa_pun(jendela: JendelaPengukuran) -> None:
    j, model, grid = jendela, jendela.model, jendela.grid
    sebelum = _disimpan(j)
    r = next(r for r, b in enumerate(model.baris) if b.kind == "indikator" and b.number == 3)
    grid.setCurrentIndex(model.index(r, pg.COL_TARGET))
    assert grid.tempel("90\t\n\t37\n\tsepuluh\n") == 0
    assert _disimpan(j) == sebelum and j.ctl.stack.count() == 0
    assert "Baris" in j.pesan.text() and "kolom Isian 2022" in j.pesan.text()


def test_delete_mengosongkan_dan_enter_ke_bawah(jendela: JendelaPengukuran) -> None:
    j, model, grid = jendela, jendela.model, jendela.grid
    r = next(r for r, b in enumerate(model.baris) if b.kind == "indikator" and b.number == 1)
    _ketik(grid, r, pg.COL_TARGET, "84,125")
    ind = j.ctl.node("indikator", model.baris[r].indikator_id)
    assert ind.target[2022] == Decimal("84.125")
    assert grid.currentIndex().row() > r  # Enter moved on
    _ketik(grid, r, pg.COL_TARGET, "1.250")  # typing overwrites; the dot groups thousands
    assert ind.target[2022] == Decimal(1250)
    grid.setCurrentIndex(model.index(r, pg.COL_TARGET))
    grid.selectionModel().select(
        model.index(r, pg.COL_INPUT), grid.selectionModel().SelectionFlag.Select
    )
    QTest.keyClick(grid, Qt.Key.Key_Delete)
    assert 2022 not in ind.target
    # an ambiguous number is refused with the reason, nothing stored
    _ketik(grid, r, pg.COL_TARGET, "1234.567")
    assert 2022 not in ind.target
    assert "koma" in j.pesan.text()


def test_triwulan_dan_menu(qtbot, store_contoh) -> None:  # noqa: ANN001
    from ikudesk.gui.main_window import MainWindow

    store, ids = store_contoh
    ctl = DocumentController(store)
    w = MainWindow(ctl)
    qtbot.addWidget(w)
    ctl.open(ids["sumber-harta"])
    w.aksi_pengukuran.trigger()
    j = w.jendela_pengukuran
    assert j.isVisible() and buka_pengukuran(w, ctl) is j  # one grid window
    j.pilih(2023, 2)
    assert j.model.headerData(pg.COL_TARGET, Qt.Orientation.Horizontal) == "Target\ns.d. TW II"
    assert "Triwulan II 2023" in j.windowTitle()
    ctl.stack.clear()


def test_tab_ke_kanan(jendela: JendelaPengukuran) -> None:
    j, model, grid = jendela, jendela.model, jendela.grid
    r = next(r for r, b in enumerate(model.baris) if b.kind == "indikator" and b.number == 1)
    grid.setCurrentIndex(model.index(r, pg.COL_TARGET))
    grid.setFocus()
    QTest.keyClick(grid, "7")
    editor = grid.indexWidget(grid.currentIndex())
    assert isinstance(editor, QLineEdit)
    QTest.keyClick(editor, Qt.Key.Key_Tab)
    QApplication.processEvents()
    assert grid.currentIndex().row() == r and grid.currentIndex().column() == pg.COL_INPUT
    ind = j.ctl.node("indikator", model.baris[r].indikator_id)
    assert ind.target[2022] == Decimal(7)


def test_mengisi_satu_triwulan_seluruh_dokumen_tempel_dan_urung(jendela: JendelaPengukuran) -> None:
    """Issue 11 item 7: a quarter for the whole document through the grid, then a pasted
    block for the next quarter, undone in one step."""
    j, model, grid = jendela, jendela.model, jendela.grid
    j.pilih(2023, 1)
    assert model.headerData(pg.COL_INPUT, Qt.Orientation.Horizontal) == "Isian\nTW I"
    # the agregasi of the count-like formulas: their quarters add up
    from ikudesk.domain.fields import Field

    for ind in j.ctl.dokumen.semua_indikator():
        if ind.pakai_rumus:
            j.ctl.set_field(ind.id, Field.INDIKATOR_AGREGASI, "akumulasi")
    j.ctl.stack.clear()
    target = [r for r in range(model.rowCount()) if model.dapat_diisi(r, pg.COL_TARGET)]
    isian = [r for r in range(model.rowCount()) if model.dapat_diisi(r, pg.COL_INPUT)]
    assert len(target) == 8 and len(isian) == 13
    for r in target:
        _ketik(grid, r, pg.COL_TARGET, "20")
    grid.setCurrentIndex(model.index(isian[0], pg.COL_INPUT))
    for i, r in enumerate(isian):
        assert grid.currentIndex().row() == r  # Enter went down to the next input
        _ketik(grid, r, pg.COL_INPUT, str(4 + i % 2))  # 4, 5, 4, 5 … (ditindaklanjuti ≤ …)
    assert j.ctl.stack.count() == len(target) + len(isian)
    dok = j.ctl.dokumen
    for ind in dok.semua_indikator():
        tw = ind.triwulan[2023]
        assert tw.target == {1: Decimal(20)}
        assert (tw.nilai_komponen if ind.pakai_rumus else tw.realisasi)[1]
        assert not ind.realisasi and not ind.nilai_komponen  # nothing for the year itself
    r3 = next(r for r, b in enumerate(model.baris) if b.kind == "indikator" and b.number == 3)
    assert model.data(model.index(r3, pg.COL_SD), TAMPIL) == "80"  # 4 / 5 × 100
    tersimpan = _disimpan(j)
    assert '"triwulan"' in tersimpan

    # quarter II: one pasted block (targets s.d. and the components), one undo step
    j.pilih(2023, 2)
    blok = "40\t\n\t3\n\t4\n"
    grid.setCurrentIndex(model.index(r3, pg.COL_TARGET))
    n = j.ctl.stack.count()
    assert grid.tempel(blok) == 3
    assert j.ctl.stack.count() == n + 1
    ind3 = j.ctl.node("indikator", model.baris[r3].indikator_id)
    assert ind3.triwulan[2023].target[2] == Decimal(40)
    # akumulasi: each component summed, then the formula: (4 + 3) / (5 + 4) × 100
    assert model.data(model.index(r3, pg.COL_SD), TAMPIL) == "77,78"
    assert model.data(model.index(r3, pg.COL_CAPAIAN), TAMPIL) == "194,44"  # against 40
    j.ctl.stack.undo()
    assert _disimpan(j) == tersimpan
    assert 2 not in ind3.triwulan[2023].target
    # the whole year now takes its realisasi from the quarters: its input is locked
    j.pilih(2023, None)
    assert not model.dapat_diisi(r3 + 1, pg.COL_INPUT)
    assert model.data(model.index(r3, pg.COL_SD), TAMPIL) == "80"


def test_target_tahunan_ditetapkan_abu_abu_dan_alasannya_tampil(
    jendela: JendelaPengukuran,
) -> None:
    """Issue 24 review: the locked yearly target cells looked editable (white)."""
    from ikudesk.session.operations import BukaRevisi, Tetapkan

    j, model = jendela, jendela.model
    r = _isian(model)[0]
    latar = Qt.ItemDataRole.BackgroundRole
    assert model.data(model.index(r, pg.COL_TARGET), latar) is None  # a draft: white, editable
    assert not j.kunciLabel.isVisibleTo(j)
    j.ctl.apply(Tetapkan("2022-01-05", "Kep 1"))
    QApplication.processEvents()
    sel = model.index(r, pg.COL_TARGET)
    assert not model.flags(sel) & Qt.ItemFlag.ItemIsEditable
    abu = model.data(model.index(r, pg.COL_SD), latar)  # a computed cell's grey
    assert abu is not None and model.data(sel, latar) == abu
    assert j.kunciLabel.isVisibleTo(j) and "Target tahunan terkunci" in j.kunciLabel.text()
    assert "Buka revisi" in j.kunciLabel.text()
    j.pilih(2022, 1)  # a quarter's targets are not signed: no lock line there
    assert not j.kunciLabel.isVisibleTo(j)
    j.pilih(2022, None)
    j.ctl.apply(BukaRevisi())
    QApplication.processEvents()
    assert model.data(model.index(r, pg.COL_TARGET), latar) is None
    assert not j.kunciLabel.isVisibleTo(j)
