"""Issue 21, items 10–14, driven through the real main window with keys and clicks: the
Ringkasan's year and bar labels, the tree filter by kode, the survey import's preview of
empty answers, the server item without its driver, remembered folders, the welcome dialog's
sample names, the kode of a duplicated indicator."""

from __future__ import annotations

import csv
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFileDialog,
    QMessageBox,
    QWidget,
)

from ikudesk.assets import sample_documents
from ikudesk.gui.dialogs.buka import DialogBuka
from ikudesk.gui.dialogs.mulai import DialogMulai
from ikudesk.gui.main_window import MainWindow, aksi_menurut_nama
from ikudesk.gui.settings import Pengaturan
from ikudesk.session import pengukuran as pg
from tests.support.jendela_utama import utama

CTRL = Qt.KeyboardModifier.ControlModifier


def _nanti(fungsi: Callable[[QWidget], None]) -> list[str]:
    """Run ``fungsi`` on the modal dialog that opens next (it blocks the test until closed)."""
    catatan: list[str] = []

    def coba() -> None:
        d = QApplication.activeModalWidget()
        if d is None:
            QTimer.singleShot(20, coba)
            return
        catatan.append(type(d).__name__)
        fungsi(d)

    QTimer.singleShot(0, coba)
    return catatan


# --------------------------------------------------------------------------- item 10


def test_ringkasan_tahun_terakhir_berisi_dan_label_kode(
    qtbot, controller, ids_contoh, tmp_path
) -> None:  # noqa: ANN001
    w = utama(qtbot, controller, tmp_path, ids_contoh["sumber-harta"])  # no values at all
    aksi_menurut_nama(w)["aksiRingkasan"].trigger()
    j = w._jendela_ringkasan
    qtbot.waitExposed(j)
    assert j.halaman.tahun == 2026  # nothing anywhere: the period's last year

    # the user opens the other document (Ctrl+O, pick it, Enter)
    def pilih(d: QWidget) -> None:
        assert isinstance(d, DialogBuka)
        baris = next(r for r, x in enumerate(d.daftar) if x.id == ids_contoh["sumber-harta-2023"])
        d.ui.tabel.selectRow(baris)
        qtbot.keyClick(d.ui.tabel, Qt.Key.Key_Return)

    w.activateWindow()
    dilihat = _nanti(pilih)
    qtbot.keyClick(w.ui.pohon, Qt.Key.Key_O, CTRL)
    assert dilihat == ["DialogBuka"]
    assert controller.dokumen.id == ids_contoh["sumber-harta-2023"]
    # the Ringkasan follows: the latest year with values of this document, not 2026
    qtbot.waitUntil(lambda: j.halaman.tahun == 2023)
    # bars named by the indicators' kode, in the document's order
    kode = [" ".join(i.kode.split()) for i in controller.dokumen.semua_indikator()]
    assert all(kode) and "IKU 1" in kode
    assert [b.label for b in j.halaman.grafik.batang] == kode
    assert j.halaman.grafik.batang[1].keterangan.startswith("IKU 1 – ")
    # closed on another year, opened again from the menu: back on the latest year with values
    j.halaman.ui.tahunCombo.setFocus()
    qtbot.keyClick(j.halaman.ui.tahunCombo, Qt.Key.Key_Home)
    assert j.halaman.tahun == 2021
    qtbot.mouseClick(j.tutupTombol, Qt.MouseButton.LeftButton)
    assert not j.isVisible()
    aksi_menurut_nama(w)["aksiRingkasan"].trigger()
    assert j.halaman.tahun == 2023


# --------------------------------------------------------------------------- item 11


def test_saring_pohon_menurut_kode_dan_tidak_ada_yang_cocok(
    qtbot, controller, ids_contoh, tmp_path
) -> None:  # noqa: ANN001
    w = utama(qtbot, controller, tmp_path, ids_contoh["sumber-harta-2023"])
    ind3 = next(i for i in controller.dokumen.semua_indikator() if i.kode == "IKU 3")

    def terlihat() -> list[str]:
        m, hasil = w.ui.pohon.model(), []
        tumpuk = [m.index(r, 0) for r in range(m.rowCount())]
        while tumpuk:
            i = tumpuk.pop()
            hasil.append(str(i.data()))
            tumpuk += [m.index(r, 0, i) for r in range(m.rowCount(i))]
        return hasil

    qtbot.keyClick(w.ui.pohon, Qt.Key.Key_F, CTRL)
    assert w.ui.saringEdit.hasFocus()
    qtbot.keyClicks(w.ui.saringEdit, "IKU 3")
    assert ind3.nama in terlihat()
    assert sum(1 for n in terlihat() if n == ind3.nama) == 1
    assert not w.label_saring.isVisible()
    # case and spaces do not matter
    w.ui.saringEdit.clear()
    qtbot.keyClicks(w.ui.saringEdit, "iku3")
    assert ind3.nama in terlihat()
    # nothing matches: said under the box
    w.ui.saringEdit.clear()
    qtbot.keyClicks(w.ui.saringEdit, "zzz tidak ada")
    assert terlihat() == []
    assert w.label_saring.isVisible()
    assert "Tidak ada" in w.label_saring.text() and "zzz tidak ada" in w.label_saring.text()
    w.ui.saringEdit.clear()
    assert not w.label_saring.isVisible() and ind3.nama in terlihat()


# --------------------------------------------------------------------------- item 12


def test_impor_survei_pratinjau_mendaftar_jawaban_kosong(
    qtbot, controller, ids_contoh, tmp_path, monkeypatch
) -> None:  # noqa: ANN001
    from ikudesk.gui.survei.halaman import buka_survei
    from ikudesk.gui.survei.impor_dialog import DialogImporSurvei

    w = utama(qtbot, controller, tmp_path, ids_contoh["sumber-harta-2023"])
    ikm = next(i for i in controller.dokumen.semua_indikator() if i.survei_ikm)
    s = ikm.survei_ikm[2023]
    n = len(s.unsur)
    folder = tmp_path / "unduhan"
    folder.mkdir()
    path = folder / "jawaban.csv"
    baris = [["4"] * n, ["3"] * 2 + [""] + ["3"] * (n - 3)]  # row 3: unsur 3 left empty
    with path.open("w", encoding="utf-8", newline="") as f:
        csv.writer(f).writerows([[f"U{k + 1}" for k in range(n)], *baris])
    asal: list[str] = []

    def buka(_p, _j, awal, _s):  # noqa: ANN001, ANN202
        asal.append(awal)
        return str(path), ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(buka))
    j = buka_survei(w, controller, int(ikm.id), 2023)
    qtbot.waitExposed(j)
    dilihat: dict[str, object] = {}

    def lihat(d: QWidget) -> None:
        assert isinstance(d, DialogImporSurvei)
        t = d.ui.salahTabel
        dilihat["daftar"] = [
            (t.item(r, 0).text(), t.item(r, 1).text()) for r in range(t.rowCount())
        ]
        dilihat["ringkasan"] = d.ui.ringkasanLabel.text()
        d.reject()

    _nanti(lihat)
    qtbot.mouseClick(j.halaman.ui.imporTombol, Qt.MouseButton.LeftButton)
    assert dilihat["daftar"] == [("3", f"diimpor tanpa jawaban untuk U3 ({s.unsur[2]})")]
    assert "1 baris diimpor dengan jawaban kosong" in str(dilihat["ringkasan"])
    # item 14: the next survey import starts in the folder of this one
    _nanti(lambda d: d.reject())
    qtbot.mouseClick(j.halaman.ui.imporTombol, Qt.MouseButton.LeftButton)
    assert Path(asal[1]) == folder


# --------------------------------------------------------------------------- item 13


def test_server_tanpa_driver_dikatakan_sebelum_mengetik(
    qtbot, controller, ids_contoh, tmp_path, monkeypatch
) -> None:  # noqa: ANN001
    from ikudesk.gui.dialogs.server import DialogServer

    monkeypatch.setitem(sys.modules, "psycopg", None)  # a program built without the driver
    w = utama(qtbot, controller, tmp_path, ids_contoh["benjeng"])
    aksi = aksi_menurut_nama(w)
    dilihat: dict[str, str] = {}

    def lihat(d: QWidget) -> None:
        dilihat["jenis"] = type(d).__name__
        dilihat["teks"] = d.text() if isinstance(d, QMessageBox) else ""
        d.close()

    _nanti(lihat)
    aksi["aksiServer"].trigger()
    assert dilihat["jenis"] == "QMessageBox"
    assert dilihat["teks"].startswith("Versi ini tidak memuat sambungan ke server")
    assert "psycopg" not in dilihat["teks"] and "pip" not in dilihat["teks"]
    assert not w.findChildren(DialogServer)  # no form to fill in
    # the item stands apart: separators around it, not among the backup actions
    daftar = w.ui.menuBerkas.actions()
    i = daftar.index(aksi["aksiServer"])
    assert daftar[i - 1].isSeparator() and daftar[i + 1].isSeparator()
    assert daftar[i + 2] is aksi["aksiKeluar"]
    # backup and restore stay one group of their own (no other item among them)
    j = daftar.index(aksi["aksiCadangkan"])
    assert daftar[j : j + 3] == [
        aksi[n] for n in ("aksiCadangkan", "aksiPulihkan", "aksiCadanganOtomatis")
    ]
    assert daftar[j - 1].isSeparator() and daftar[j + 3].isSeparator()


# --------------------------------------------------------------------------- item 14


def test_dialog_berkas_ingat_folder_per_jenis(
    qtbot, controller, ids_contoh, tmp_path, monkeypatch
) -> None:  # noqa: ANN001
    w = utama(qtbot, controller, tmp_path, ids_contoh["benjeng"])
    asal: list[str] = []
    tujuan = {"json": tmp_path / "dokumen", "xlsx": tmp_path / "excel"}
    for f in tujuan.values():
        f.mkdir()

    def simpan(_p, _j, awal, saring):  # noqa: ANN001, ANN202
        asal.append(awal)
        jenis = "xlsx" if "xlsx" in saring else "json"
        return str(tujuan[jenis] / Path(awal).name), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(simpan))
    qtbot.keyClick(w.ui.pohon, Qt.Key.Key_E, CTRL)  # Ekspor berkas dokumen
    assert Path(asal[0]).parent == Path.home()  # the first time: home
    qtbot.keyClick(w.ui.pohon, Qt.Key.Key_E, CTRL)
    assert Path(asal[1]).parent == tujuan["json"]  # then where the last one went
    aksi_menurut_nama(w)["aksiEksporExcel"].trigger()
    assert Path(asal[2]).parent == Path.home()  # an Excel file has its own folder
    # remembered in the settings: a new window (the next start) still knows
    w.close()
    w2 = MainWindow(controller, Pengaturan(tmp_path / "atur"))
    qtbot.addWidget(w2)
    w2.show()
    w2.ekspor()
    assert Path(asal[3]).parent == tujuan["json"]


def test_dialog_mulai_nama_contoh(qtbot) -> None:  # noqa: ANN001
    d = DialogMulai(sample_documents())
    qtbot.addWidget(d)
    teks = [d.ui.daftarContoh.item(r).text() for r in range(d.ui.daftarContoh.count())]
    assert len(teks) == len(sample_documents()) and len(set(teks)) == len(teks)
    for t in teks:
        assert t.startswith("Kecamatan ")
        assert "periode 20" in t or "tanpa periode" in t
        assert "sumber-harta" not in t and ".json" not in t
    assert any("Musi Rawas), periode 2021–2026\n    berisi realisasi 2023" in t for t in teks)


def test_indikator_digandakan_kodenya_kosong_di_grid(
    qtbot, controller, ids_contoh, tmp_path
) -> None:  # noqa: ANN001
    w = utama(qtbot, controller, tmp_path, ids_contoh["sumber-harta-2023"])
    ind = controller.dokumen.semua_indikator()[-1]
    w.pilih("indikator", int(ind.id))
    w.ui.pohon.setFocus()
    qtbot.keyClick(w.ui.pohon, Qt.Key.Key_D, CTRL)  # Gandakan indikator
    baru = controller.dokumen.semua_indikator()[-1]
    assert baru.id != ind.id and baru.kode == ""
    qtbot.keyClick(w.ui.pohon, Qt.Key.Key_K, CTRL)
    m = w.jendela_pengukuran.model
    r = next(
        i for i, b in enumerate(m.baris) if b.kind == "indikator" and b.indikator_id == baru.id
    )
    assert m.index(r, pg.COL_KODE).data() in ("", None)
    r0 = next(i for i, b in enumerate(m.baris) if b.indikator_id == ind.id)
    assert m.index(r0, pg.COL_KODE).data() == ind.kode


@pytest.fixture(autouse=True)
def _tutup_dialog_tersisa(qtbot):  # noqa: ANN001, ANN202
    yield
    for d in QApplication.topLevelWidgets():
        if isinstance(d, QDialog | QMessageBox) and d.isVisible():
            d.close()
