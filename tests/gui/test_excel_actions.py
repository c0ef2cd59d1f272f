"""Berkas → Excel driven as a user would: export, the fill-in form, importing it back as one
undo step, the SIPD budget into a PK; refused files shown, nothing stored."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMessageBox

from ikudesk.domain.keys import NilaiKey
from ikudesk.gui import excel_actions
from ikudesk.gui.main_window import MainWindow, aksi_menurut_nama
from ikudesk.gui.settings import Pengaturan
from ikudesk.persistence.repo import load_dokumen
from tests.support.excel import buat_lampiran_sipd
from tests.support.excel_alat import isi_formulir

K_REALISASI, K1 = 9, 11


@pytest.fixture
def window(qtbot) -> QMainWindow:  # noqa: ANN001
    w = QMainWindow()
    qtbot.addWidget(w)
    return w


def _kotak(window: QMainWindow) -> list[QMessageBox]:
    return [k for k in window.findChildren(QMessageBox) if k.objectName() == "pesanExcel"]


def _id_indikator(controller, kode: str) -> int:  # noqa: ANN001
    return next(i.id for i in controller.dokumen.semua_indikator() if i.kode == kode)


def test_menu_excel_sesudah_ekspor_pdf(qtbot, controller, tmp_path, monkeypatch) -> None:  # noqa: ANN001
    w = MainWindow(controller, Pengaturan(tmp_path / "pengaturan"))
    qtbot.addWidget(w)
    daftar = w.ui.menuBerkas.actions()
    i = daftar.index(w.ui.aksiEksporPdf)
    assert daftar[i + 1].menu() is not None and daftar[i + 1].menu().objectName() == "menuExcel"
    aksi = aksi_menurut_nama(w)
    assert {"aksiEksporExcel", "aksiFormulirExcel", "aksiImporFormulir", "aksiImporSipd"} <= set(
        aksi
    )
    assert not daftar[i + 1].menu().isEnabled()  # no document open yet
    # Through the menu: the window's hook runs the handler (here: the export).
    controller.open(next(iter(controller.list_dokumen())).id)
    assert daftar[i + 1].menu().isEnabled()
    tujuan = tmp_path / "iku"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(tujuan), ""))
    )
    with qtbot.waitSignal(controller.message) as sinyal:
        aksi["aksiEksporExcel"].trigger()
    assert (tmp_path / "iku.xlsx").exists() and "Excel disimpan" in sinyal.args[0]
    assert load_workbook(tmp_path / "iku.xlsx").sheetnames[0] == "IKU"
    w.close()


def test_tanpa_dokumen(window, controller) -> None:  # noqa: ANN001
    assert excel_actions.formulir_isian(window, controller) is None
    assert "Buka sebuah dokumen" in _kotak(window)[-1].text()


def test_formulir_isi_impor_satu_langkah_urung(
    qtbot,
    window,
    controller,
    ids_contoh,
    tmp_path,
    monkeypatch,  # noqa: ANN001
) -> None:
    controller.open(ids_contoh["sumber-harta-2023"])
    dlg = excel_actions.formulir_isian(window, controller)
    assert dlg is not None
    ui = dlg.ui
    ui.tahunCombo.setCurrentText("2023")
    ui.triwulanCombo.setCurrentIndex(1)  # Triwulan II
    assert ui.pjCombo.itemText(0) == "(semua indikator)" and ui.pjCombo.count() > 2
    path = tmp_path / "formulir"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(path), ""))
    )
    with qtbot.waitSignal(controller.message):
        dlg.accept()
    berkas = tmp_path / "formulir.xlsx"
    assert berkas.exists()

    ikt1, iku2 = _id_indikator(controller, "IKT 1"), _id_indikator(controller, "IKU 2")
    isi_formulir(berkas, {(ikt1, K_REALISASI): "84,5", (iku2, K1): 8}, balik=True)
    langkah = controller.stack.count()
    pratinjau = excel_actions.pratinjau_formulir(window, controller, berkas)
    assert pratinjau is not None
    teks = pratinjau.ui.daftarTeks.toPlainText().splitlines()
    assert teks[0] == (
        "IKT 1 Indeks Kepuasan Masyarakat (IKM) — realisasi triwulan II 2023: (kosong) → 84,5"
    )
    assert teks[1].endswith("komponen 'ditindaklanjuti' triwulan II 2023: 6 → 8")
    assert "2 nilai berubah" in pratinjau.ui.ringkasanLabel.text()
    assert not pratinjau.ui.tujuanCombo.isVisible()
    pratinjau.grab().save(str(tmp_path / "pratinjau.png"))
    with qtbot.waitSignal(controller.message):
        pratinjau.accept()
    assert controller.stack.count() == langkah + 1  # ONE undo step
    ind = controller.node("indikator", ikt1)
    assert ind.triwulan[2023].realisasi[2] == Decimal("84.5")
    tersimpan = load_dokumen(controller.store, ids_contoh["sumber-harta-2023"])
    ind2 = next(i for i in tersimpan.semua_indikator() if i.id == iku2)
    assert ind2.triwulan[2023].nilai_komponen[2]["ditindaklanjuti"] == Decimal(8)

    # The same form again: nothing to change, no new step.
    assert excel_actions.pratinjau_formulir(window, controller, berkas) is None
    assert "tidak ada nilai yang berubah" in _kotak(window)[-1].text()
    assert controller.stack.count() == langkah + 1

    controller.stack.undo()
    tw = controller.node("indikator", ikt1).triwulan.get(2023)
    assert tw is None or 2 not in tw.realisasi
    tersimpan = load_dokumen(controller.store, ids_contoh["sumber-harta-2023"])
    ind2 = next(i for i in tersimpan.semua_indikator() if i.id == iku2)
    assert ind2.triwulan[2023].nilai_komponen[2]["ditindaklanjuti"] == Decimal(6)


def test_formulir_buruk_tidak_menyimpan(window, controller, ids_contoh, tmp_path) -> None:  # noqa: ANN001
    from ikudesk.files.xlsx_form import tulis_formulir

    controller.open(ids_contoh["sumber-harta-2023"])
    berkas = tulis_formulir(controller.dokumen, tmp_path / "f.xlsx", 2023, 2)
    ikt1, iku2 = _id_indikator(controller, "IKT 1"), _id_indikator(controller, "IKU 2")
    isi_formulir(berkas, {(ikt1, K_REALISASI): 80, (iku2, K1): "delapan"})
    langkah = controller.stack.count()
    assert excel_actions.pratinjau_formulir(window, controller, berkas) is None
    pesan = _kotak(window)[-1].text()
    assert "Isian!K" in pesan and "'delapan' bukan angka yang sah" in pesan
    assert "tidak ada yang disimpan" in pesan
    assert controller.stack.count() == langkah
    assert 2023 not in controller.node("indikator", ikt1).triwulan
    # A form of another document is refused by number and name.
    controller.open(ids_contoh["benjeng"])
    assert excel_actions.pratinjau_formulir(window, controller, berkas) is None
    assert "dibuat untuk dokumen nomor" in _kotak(window)[-1].text()


def test_impor_sipd_ke_pk_satu_langkah(qtbot, window, controller, ids_contoh, tmp_path) -> None:  # noqa: ANN001
    controller.open(ids_contoh["sumber-harta-2023"])
    lama = [p.kode for p in controller.dokumen.pk(2023, 0).program]
    berkas = buat_lampiran_sipd(tmp_path / "sipd.xlsx")
    dlg = excel_actions.pratinjau_sipd(window, controller, berkas)
    assert dlg is not None
    combo = dlg.ui.tujuanCombo
    assert not combo.isHidden()
    teks = [combo.itemText(i) for i in range(combo.count())]
    assert teks[0].startswith("PK 2023 (") and "PK 2024 (baru)" in teks
    assert dlg.ui.daftarTeks.toPlainText().splitlines()[-1] == "JUMLAH — Rp 1.535.000.000"
    langkah = controller.stack.count()
    with qtbot.waitSignal(controller.message) as sinyal:
        dlg.accept()
    assert "Impor anggaran SIPD ke PK 2023" in sinyal.args[0]
    assert controller.stack.count() == langkah + 1
    pk = load_dokumen(controller.store, ids_contoh["sumber-harta-2023"]).pk(2023, 0)
    assert [p.kode for p in pk.program] == ["7.01.01", "7.01.02"]
    assert pk.pihak_pertama.nama  # the signers stay
    controller.stack.undo()
    pk = load_dokumen(controller.store, ids_contoh["sumber-harta-2023"]).pk(2023, 0)
    assert [p.kode for p in pk.program] == lama


def test_sipd_bukan_lampiran(window, controller, ids_contoh, tmp_path: Path) -> None:  # noqa: ANN001
    controller.open(ids_contoh["sumber-harta-2023"])
    (tmp_path / "x.xlsx").write_text("bukan", "utf-8")
    assert excel_actions.pratinjau_sipd(window, controller, tmp_path / "x.xlsx") is None
    assert "bukan buku kerja Excel" in _kotak(window)[-1].text()


def _penulis_kedua(store, dokumen_id: int, indikator_id: int, nilai: Decimal) -> None:  # noqa: ANN001
    """Another window or program: its own session on the same store, one change."""
    from ikudesk.persistence.repo import SqlRepository
    from ikudesk.session.document import DocumentSession
    from ikudesk.session.operations import SetNilai

    lain = DocumentSession.open(SqlRepository(store), dokumen_id)
    lain.apply(SetNilai(NilaiKey.realisasi(indikator_id, 2023, 2), nilai))


@pytest.mark.parametrize("muat_ulang", [False, True])
def test_formulir_dokumen_berubah_sejak_pratinjau_ditolak(
    qtbot,
    window,
    controller,
    ids_contoh,
    tmp_path,
    muat_ulang,  # noqa: ANN001
) -> None:
    """Issue 22 item 7: the step shown is the step stored, or nothing. A second writer changes
    the document while the preview is open; Simpan is refused "dokumen berubah sejak
    pratinjau", whether the window reloaded meanwhile (a server store's watcher does) or not."""
    from ikudesk.files.xlsx_form import tulis_formulir

    did = ids_contoh["sumber-harta-2023"]
    controller.open(did)
    berkas = tulis_formulir(controller.dokumen, tmp_path / "f.xlsx", 2023, 2)
    ikt1 = _id_indikator(controller, "IKT 1")
    lain = next(
        i.id
        for i in controller.dokumen.semua_indikator()
        if not i.pakai_rumus
        and not i.survei_ikm
        and i.id != ikt1
        and 2 not in i.triwulan.get(2023, _Kosong).realisasi
    )
    isi_formulir(berkas, {(ikt1, K_REALISASI): 80})
    pratinjau = excel_actions.pratinjau_formulir(window, controller, berkas)
    assert pratinjau is not None
    assert len(pratinjau.ui.daftarTeks.toPlainText().splitlines()) == 1  # IKT 1 only
    _penulis_kedua(controller.store, did, lain, Decimal(50))
    if muat_ulang:
        controller.reload()
    langkah = controller.stack.count()
    pratinjau.accept()
    assert "dokumen berubah sejak pratinjau; impor lagi" in _kotak(window)[-1].text()
    assert controller.stack.count() == langkah
    tersimpan = load_dokumen(controller.store, did)
    per_id = {i.id: i for i in tersimpan.semua_indikator()}
    assert per_id[lain].triwulan[2023].realisasi[2] == Decimal(50)  # theirs kept
    assert 2 not in per_id[ikt1].triwulan.get(2023, _Kosong).realisasi  # ours not stored


def test_sipd_dokumen_berubah_sejak_pratinjau_ditolak(
    qtbot,
    window,
    controller,
    ids_contoh,
    tmp_path,  # noqa: ANN001
) -> None:
    did = ids_contoh["sumber-harta-2023"]
    controller.open(did)
    lama = [p.kode for p in controller.dokumen.pk(2023, 0).program]
    dlg = excel_actions.pratinjau_sipd(window, controller, buat_lampiran_sipd(tmp_path / "s.xlsx"))
    assert dlg is not None
    ind = next(
        i for i in controller.dokumen.semua_indikator() if not i.pakai_rumus and not i.survei_ikm
    )
    _penulis_kedua(controller.store, did, ind.id, Decimal(50))
    controller.reload()
    dlg.accept()
    assert "dokumen berubah sejak pratinjau; impor lagi" in _kotak(window)[-1].text()
    assert [p.kode for p in load_dokumen(controller.store, did).pk(2023, 0).program] == lama


class _Kosong:
    realisasi: dict = {}
