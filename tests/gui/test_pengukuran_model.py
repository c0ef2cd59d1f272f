"""The values grid's item model under Qt's own model tester (``QAbstractItemModelTester``), as
the tree and values models are: it checks every signal the model sends while the grid is driven
through entries, pastes, undo, quarters, structure changes, reloads and a document without a
period."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from ikudesk.domain.fields import Field
from ikudesk.gui.controller import DocumentController
from ikudesk.gui.pengukuran.view import JendelaPengukuran
from ikudesk.session import pengukuran as pg
from ikudesk.session.operations import Tetapkan


@pytest.fixture
def diuji(qtbot, store_contoh, model_tester) -> Iterator[tuple[JendelaPengukuran, dict[str, int]]]:  # noqa: ANN001
    """The grid window on Sumber Harta, its model watched by the tester from the start."""
    store, ids = store_contoh
    ctl = DocumentController(store)
    j = JendelaPengukuran(ctl)
    qtbot.addWidget(j)
    model_tester.check(j.model)
    j.resize(1024, 600)
    j.show()
    ctl.open(ids["sumber-harta"])
    yield j, ids
    ctl.stack.clear()


def _isian(j: JendelaPengukuran) -> list[int]:
    return [r for r in range(j.model.rowCount()) if j.model.dapat_diisi(r, pg.COL_INPUT)]


def test_model_tester_entri_tempel_urung_triwulan(diuji, model_tester) -> None:  # noqa: ANN001
    j, _ids = diuji
    m, ctl = j.model, j.ctl
    for triwulan in (None, 1, 2, 3, 4):
        j.pilih(2022, triwulan)
        baris = _isian(j)
        assert baris, "the view has input cells"
        assert m.setData(m.index(baris[0], pg.COL_INPUT), "12,5")
        assert not m.setData(m.index(baris[1], pg.COL_INPUT), "bukan angka")  # refused
        r = next(r for r in baris if r + 1 in baris)  # two input cells one above the other
        assert m.tempel(r, pg.COL_INPUT, "1\n2\n") == 2
        assert m.tempel(baris[0], pg.COL_INPUT, "4\n5\n", isian=True) == 2
        assert m.kosongkan([(r, pg.COL_INPUT) for r in baris[:2]]) == 2
        ctl.stack.undo()
        ctl.stack.undo()
        ctl.stack.redo()
        assert model_tester.failures() == [], triwulan
    j.pilih(2023, None)
    m.atur_kategori(list(m._kategori))
    model_tester.assert_clean()


def test_model_tester_struktur_dan_muat_ulang(diuji, model_tester) -> None:  # noqa: ANN001
    j, ids = diuji
    m, ctl = j.model, j.ctl
    j.pilih(2022, None)
    dok = ctl.dokumen
    assert dok is not None
    sasaran = dok.tujuan[0].sasaran[0]
    n = m.rowCount()
    baru = ctl.add_indikator("sasaran", sasaran.id)
    assert m.rowCount() == n + 1
    ctl.set_field(baru, Field.INDIKATOR_NAMA, "Indikator baru")
    ctl.stack.undo()
    ctl.stack.undo()
    assert m.rowCount() == n
    ctl.stack.redo()
    ctl.remove("indikator", baru)
    ctl.apply(Tetapkan("2022-01-05"))  # the yearly targets lock
    ctl.stack.undo()
    ctl.reload()
    ctl.open(ids["benjeng"])
    ctl.close()
    assert m.rowCount() == 0
    ctl.open(ids["sumber-harta"])
    assert m.rowCount() > 0
    model_tester.assert_clean()


def test_model_tester_dokumen_tanpa_periode(diuji, model_tester) -> None:  # noqa: ANN001
    """No period, so no year to show: the model has no rows, and what changes meanwhile (a
    name, the category scale) must not announce rows it does not show."""
    j, _ids = diuji
    m, ctl = j.model, j.ctl
    dok = ctl.dokumen
    assert dok is not None
    ctl.set_field(dok.id, Field.DOKUMEN_PERIODE, None)
    assert m.tampilan is None and m.rowCount() == 0
    ind = dok.semua_indikator()[0]
    ctl.set_field(ind.id, Field.INDIKATOR_NAMA, "Nama yang diubah")
    m.atur_kategori(list(m._kategori))
    ctl.apply(Tetapkan("2022-01-05"))
    model_tester.assert_clean()
    ctl.stack.undo()
    ctl.stack.undo()
    ctl.stack.undo()  # the period is back: the rows are shown again
    assert m.tampilan is not None and m.rowCount() > 0
    model_tester.assert_clean()
