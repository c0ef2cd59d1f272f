"""The yearly values table: computes through core.compute, writes through the controller."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import Qt

from ikudesk import l10n
from ikudesk.domain import compute
from ikudesk.domain.fields import Field
from ikudesk.domain.keys import NilaiKey
from ikudesk.domain.model import Periode
from ikudesk.files.docfile import ke_json
from ikudesk.gui.controller import DocumentController
from ikudesk.gui.editors.values_model import NilaiModel
from ikudesk.persistence.repo import load_dokumen

TAMPIL = Qt.ItemDataRole.DisplayRole
TIP = Qt.ItemDataRole.ToolTipRole


@pytest.fixture
def siap(store_contoh, qtbot):
    """Sumbersuko opened with a 2021–2026 period; the model on its 'ditindaklanjuti' indicator."""
    store, ids = store_contoh
    ctl = DocumentController(store)
    ctl.open(ids["sumbersuko"])
    dok = ctl.dokumen
    ctl.set_field(dok.id, Field.DOKUMEN_PERIODE, Periode(2021, 2026))
    ind = next(
        i for i in dok.semua_indikator() if i.rumus.ekspresi == "ditindaklanjuti / dilakukan * 100"
    )
    model = NilaiModel()

    def tulis(jenis, kode, tahun, nilai):
        if jenis == "komponen":
            ctl.set_nilai(NilaiKey.nilai_komponen(ind.id, kode, tahun), nilai)
        else:
            ctl.set_nilai(NilaiKey(ind.id, tahun, jenis), nilai)

    model.atur_penulis(tulis)
    ctl.nilai_changed.connect(
        lambda _id: model.atur(ctl.node("indikator", model.indikator.id), dok.tahun())
    )
    model.atur(ind, dok.tahun())
    return store, ctl, ind, model


def _isi(model: NilaiModel, tahun: int, jenis: str, teks: str, kode: str | None = None) -> bool:
    idx = model.index(model.tahun.index(tahun), model.kolom_ke(jenis, kode))
    return model.setData(idx, teks)


def _tampil(model: NilaiModel, tahun: int, jenis: str, kode: str | None = None, peran=TAMPIL):
    return model.index(model.tahun.index(tahun), model.kolom_ke(jenis, kode)).data(peran)


def test_model_passes_qt_model_tester(siap, model_tester) -> None:
    _, _, _, model = siap
    model_tester.check(model)


def test_rows_and_columns_follow_period_and_components(siap) -> None:
    _, _, ind, model = siap
    assert model.tahun == list(range(2021, 2027))
    assert [k.judul for k in model.kolom] == [
        "Target",
        "ditindaklanjuti",
        "dilakukan",
        "Realisasi",
        "Capaian (%)",
    ]
    # Realisasi of a formula indicator and capaian are computed: not editable.
    for jenis in ("realisasi", "capaian"):
        idx = model.index(0, model.kolom_ke(jenis))
        assert not model.flags(idx) & Qt.ItemFlag.ItemIsEditable
    assert model.flags(model.index(0, model.kolom_ke("target"))) & Qt.ItemFlag.ItemIsEditable
    assert model.headerData(1, Qt.Orientation.Horizontal, TIP) == ind.rumus.komponen[0].uraian


def test_entered_values_give_computed_capaian(siap) -> None:
    store, ctl, ind, model = siap
    assert _isi(model, 2022, "target", "90")
    assert _isi(model, 2022, "komponen", "37", "ditindaklanjuti")
    assert _isi(model, 2022, "komponen", "40", "dilakukan")
    realisasi = Decimal(37) / Decimal(40) * 100
    capaian = realisasi / Decimal(90) * 100
    assert _tampil(model, 2022, "realisasi") == l10n.format_angka(realisasi)
    assert _tampil(model, 2022, "capaian") == l10n.format_angka(capaian)
    assert _tampil(model, 2022, "capaian") == "102,78"
    disimpan = next(
        i for i in load_dokumen(store, ctl.dokumen.id).semua_indikator() if i.id == ind.id
    )
    assert disimpan.target == {2022: Decimal(90)}
    assert disimpan.nilai_komponen == {
        2022: {"ditindaklanjuti": Decimal(37), "dilakukan": Decimal(40)}
    }


def test_indonesian_and_dot_decimals_are_read(siap) -> None:
    store, ctl, ind, model = siap
    assert _isi(model, 2023, "target", "1.250")
    assert ctl.node("indikator", ind.id).target[2023] == Decimal(1250)
    assert _isi(model, 2023, "target", "84,125")
    assert ctl.node("indikator", ind.id).target[2023] == Decimal("84.125")
    assert _tampil(model, 2023, "target") == "84,13"
    # What the editor gets back reads to the same number.
    edit = _tampil(model, 2023, "target", peran=Qt.ItemDataRole.EditRole)
    assert l10n.parse_angka(edit) == Decimal("84.125")
    assert _isi(model, 2023, "target", "84.5")
    assert ctl.node("indikator", ind.id).target[2023] == Decimal("84.5")


@pytest.mark.parametrize("salah", ["abc", "12,3,4", "1.2.3", "84,", "--5", "1e5"])
def test_bad_entry_is_refused_and_never_stored(siap, qtbot, salah) -> None:
    store, ctl, ind, model = siap
    assert _isi(model, 2022, "target", "90")
    sebelum = ke_json(load_dokumen(store, ctl.dokumen.id))
    langkah = ctl.stack.count()
    with qtbot.waitSignal(model.galat) as sinyal:
        assert not _isi(model, 2022, "target", salah)
    assert "Target 2022" in sinyal.args[0] and "bukan angka" in sinyal.args[0]
    assert ke_json(load_dokumen(store, ctl.dokumen.id)) == sebelum
    assert ctl.stack.count() == langkah
    assert _tampil(model, 2022, "target") == "90"


def test_clearing_a_cell_removes_the_value(siap) -> None:
    store, ctl, ind, model = siap
    assert _isi(model, 2024, "target", "75")
    assert _isi(model, 2024, "target", "")
    assert 2024 not in ctl.node("indikator", ind.id).target
    disimpan = next(
        i for i in load_dokumen(store, ctl.dokumen.id).semua_indikator() if i.id == ind.id
    )
    assert 2024 not in disimpan.target


def test_same_value_makes_no_undo_step(siap) -> None:
    _, ctl, _, model = siap
    assert _isi(model, 2022, "target", "90")
    langkah = ctl.stack.count()
    assert _isi(model, 2022, "target", "90,0")
    assert ctl.stack.count() == langkah


def test_missing_values_show_dash_with_reason(siap) -> None:
    _, ctl, ind, model = siap
    assert _isi(model, 2025, "target", "80")
    assert _isi(model, 2025, "komponen", "5", "ditindaklanjuti")
    assert _isi(model, 2025, "komponen", "0", "dilakukan")
    assert _tampil(model, 2025, "realisasi") == "-"
    alasan = compute.hitung_realisasi(ctl.node("indikator", ind.id), 2025).alasan
    assert "nol" in alasan
    assert _tampil(model, 2025, "realisasi", peran=TIP) == alasan
    assert _tampil(model, 2025, "capaian") == "-"
    assert any(baris.startswith("2025:") and "nol" in baris for baris in model.alasan())
    # A year with nothing entered says so.
    assert _tampil(model, 2021, "capaian", peran=TIP) == "Target 2021 belum diisi."


def test_typed_realisasi_for_an_indicator_without_formula(siap) -> None:
    store, ctl, _, model = siap
    ind = next(i for i in ctl.dokumen.semua_indikator() if not i.pakai_rumus)
    model.atur(ind, ctl.dokumen.tahun())
    assert [k.jenis for k in model.kolom] == ["target", "realisasi", "capaian"]
    idx = model.index(0, model.kolom_ke("realisasi"))
    assert model.flags(idx) & Qt.ItemFlag.ItemIsEditable
    model.atur_penulis(lambda j, k, t, n: ctl.set_nilai(NilaiKey(ind.id, t, j), n))
    assert _isi(model, 2021, "target", "80")
    assert _isi(model, 2021, "realisasi", "84,125")
    ind = ctl.node("indikator", ind.id)
    model.atur(ind, ctl.dokumen.tahun())
    assert _tampil(model, 2021, "capaian") == l10n.format_angka(Decimal("84.125") / 80 * 100)


def test_ambiguous_dot_entry_is_refused_with_both_readings(siap, qtbot) -> None:
    # Issue 16 (5): "84.125" used to become 84125 silently.
    store, ctl, ind, model = siap
    sebelum = ke_json(load_dokumen(store, ctl.dokumen.id))
    langkah = ctl.stack.count()
    with qtbot.waitSignal(model.galat) as sinyal:
        assert not _isi(model, 2022, "target", "84.125")
    assert "Target 2022" in sinyal.args[0]
    assert "84125" in sinyal.args[0] and "84,125" in sinyal.args[0]
    assert ke_json(load_dokumen(store, ctl.dokumen.id)) == sebelum
    assert ctl.stack.count() == langkah


def test_shown_thousands_value_given_back_is_no_change(siap) -> None:
    # A stored 84125 shows as "84.125"; confirming the cell unchanged is not refused.
    _store, ctl, ind, model = siap
    assert _isi(model, 2022, "target", "84125")
    langkah = ctl.stack.count()
    teks = _tampil(model, 2022, "target", peran=Qt.ItemDataRole.EditRole)
    assert _isi(model, 2022, "target", teks)
    assert ctl.node("indikator", ind.id).target[2022] == Decimal(84125)
    assert ctl.stack.count() == langkah
