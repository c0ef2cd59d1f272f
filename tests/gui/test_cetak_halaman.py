"""Issue 21, items 6 and 7: each yearly page prints its own report with the page's choices
filled in, and the print dialog names and offers what each report needs; the status line says
where the file went. Driven with keys and clicks through the real windows."""

from __future__ import annotations

from pathlib import Path

import pypdf
import pytest
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QFileDialog, QWidget

from ikudesk.gui.main_window import MainWindow, aksi_menurut_nama
from ikudesk.gui.print_dialog import DialogOpsiCetak, OpsiCetak, PencetakPdf
from ikudesk.gui.settings import Pengaturan
from ikudesk.report import buat_pdf_bytes

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def utama(qtbot, controller, ids_contoh, tmp_path) -> MainWindow:  # noqa: ANN001
    w = MainWindow(controller, Pengaturan(tmp_path / "atur"))
    qtbot.addWidget(w)
    w.resize(1024, 600)
    w.show()
    assert w.buka_awal(ids_contoh["sumber-harta-2023"])
    w.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is w)
    return w


def _dialog(induk: QWidget, qtbot) -> DialogOpsiCetak:  # noqa: ANN001
    qtbot.waitUntil(lambda: any(d.isVisible() for d in induk.findChildren(DialogOpsiCetak)))
    return next(d for d in induk.findChildren(DialogOpsiCetak) if d.isVisible())


def _aktif(j: QWidget, qtbot) -> None:  # noqa: ANN001
    """The window is in front and has the keyboard (as after the user clicks into it)."""
    qtbot.waitExposed(j)
    j.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is j)


def _ok(dlg: DialogOpsiCetak, qtbot) -> None:  # noqa: ANN001
    qtbot.mouseClick(
        dlg.ui.tombol.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
    )


def _teks_pdf(path: Path) -> str:
    return " ".join(p.extract_text() for p in pypdf.PdfReader(path).pages)


def _simpan_ke(monkeypatch, path: Path, asal: list[str]) -> None:  # noqa: ANN001
    def pilih(_parent, _judul, awal, _saring):  # noqa: ANN001, ANN202
        asal.append(awal)
        return str(path), "Berkas PDF (*.pdf)"

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(pilih))


def test_grid_mencetak_tabel_monitoring_tahun_dan_triwulan_tampil(
    qtbot, utama, monkeypatch, tmp_path
) -> None:  # noqa: ANN001
    qtbot.keyClick(utama.ui.pohon, Qt.Key.Key_K, CTRL)  # Pengukuran Kinerja
    j = utama.jendela_pengukuran
    _aktif(j, qtbot)
    j.tahun.setFocus()
    while j.tahun.currentData() != 2023:
        qtbot.keyClick(j.tahun, Qt.Key.Key_Down)
    j.periode.setFocus()
    qtbot.keyClick(j.periode, Qt.Key.Key_Down)
    qtbot.keyClick(j.periode, Qt.Key.Key_Down)  # Setahun → Triwulan I → Triwulan II
    assert j.periode.currentText() == "Triwulan II"
    j.grid.setFocus()
    qtbot.keyClick(j.grid, Qt.Key.Key_P, CTRL)
    dlg = _dialog(j, qtbot)
    o = dlg.opsi()
    assert (o.laporan, o.tahun, o.triwulan) == ("triwulan", 2023, 2)
    assert dlg.ui.tahunLabel.text().replace("&", "") == "Tahun realisasi:"
    dlg.reject()
    # the same from Ctrl+Shift+P, to a file: the table of 2023 up to Triwulan II
    pdf = tmp_path / "monitoring.pdf"
    asal: list[str] = []
    _simpan_ke(monkeypatch, pdf, asal)
    qtbot.keyClick(j.grid, Qt.Key.Key_P, CTRL | Qt.KeyboardModifier.ShiftModifier)
    dlg = _dialog(j, qtbot)
    _ok(dlg, qtbot)
    # triwulan II has no signer of its own: asked for (issue 20 item 10), stored, then printed
    from ikudesk.gui.dialogs.penandatangan import DialogPenandatangan

    qtbot.waitUntil(lambda: any(d.isVisible() for d in j.findChildren(DialogPenandatangan)))
    ttd = next(d for d in j.findChildren(DialogPenandatangan) if d.isVisible())
    assert "triwulan II 2023" in ttd.ui.infoLabel.text()
    qtbot.keyClicks(ttd.ui.tanggalEdit, "2023-07-05")
    qtbot.mouseClick(
        ttd.ui.tombol.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton
    )
    qtbot.waitUntil(pdf.exists)
    assert "TRIWULAN II TAHUN 2023" in _teks_pdf(pdf)
    assert "5 Juli 2023" in _teks_pdf(pdf)
    # where it went: in the grid window's status bar and in the main window's
    qtbot.waitUntil(lambda: str(pdf) in j.statusBar().currentMessage())
    assert str(pdf) in utama.statusBar().currentMessage()


def test_halaman_pk_mencetak_pk_yang_tampil(qtbot, utama, monkeypatch, tmp_path) -> None:  # noqa: ANN001
    aksi_menurut_nama(utama)["aksiPerjanjianKinerja"].trigger()
    j = utama._jendela_pk
    qtbot.waitExposed(j)
    assert (j.halaman.tahun, j.halaman.perubahan) == (2023, 0)
    qtbot.mouseClick(j.cetakTombol, Qt.MouseButton.LeftButton)
    dlg = _dialog(j, qtbot)
    o = dlg.opsi()
    assert (o.laporan, o.tahun, o.perubahan) == ("pk", 2023, 0)
    # item 7: a PK's year is not a realisasi year, and its revision is offered
    assert dlg.ui.tahunLabel.text().replace("&", "") == "Tahun PK:"
    assert dlg.ui.perubahanCombo.isVisible()
    assert dlg.ui.perubahanCombo.currentText() == "PK awal"
    assert not dlg.ui.sejakCombo.isVisible()
    dlg.reject()
    pdf = tmp_path / "pk.pdf"
    _simpan_ke(monkeypatch, pdf, [])
    qtbot.mouseClick(j.eksporTombol, Qt.MouseButton.LeftButton)
    _ok(_dialog(j, qtbot), qtbot)
    qtbot.waitUntil(pdf.exists)
    assert "PERJANJIAN KINERJA" in _teks_pdf(pdf)
    qtbot.waitUntil(lambda: str(pdf) in j.statusLabel.text())


def test_halaman_survei_mencetak_laporan_ikm(qtbot, utama, monkeypatch, tmp_path) -> None:  # noqa: ANN001
    from ikudesk.gui.survei.halaman import buka_survei

    ikm = next(i for i in utama.ctl.dokumen.semua_indikator() if i.survei_ikm)
    j = buka_survei(utama, utama.ctl, int(ikm.id))
    _aktif(j, qtbot)
    j.halaman.ui.grid.setFocus()
    qtbot.keyClick(j.halaman.ui.grid, Qt.Key.Key_P, CTRL)
    dlg = _dialog(j, qtbot)
    o = dlg.opsi()
    assert (o.laporan, o.tahun) == ("ikm", 2023)
    assert dlg.ui.tahunLabel.text().replace("&", "") == "Tahun survei:"
    dlg.reject()


def test_ringkasan_mencetak_lkjip_tahunnya(qtbot, utama, monkeypatch, tmp_path) -> None:  # noqa: ANN001
    aksi_menurut_nama(utama)["aksiRingkasan"].trigger()
    j = utama._jendela_ringkasan
    qtbot.waitExposed(j)
    tahun = j.halaman.tahun
    qtbot.mouseClick(j.cetakTombol, Qt.MouseButton.LeftButton)
    dlg = _dialog(j, qtbot)
    o = dlg.opsi()
    assert (o.laporan, o.tahun, o.sejak) == ("lkjip", tahun, None)
    # item 7: the LKjIP's first compared year is offered, the earlier years of the period
    assert dlg.ui.sejakCombo.isVisible() and not dlg.ui.perubahanCombo.isVisible()
    pilihan = [dlg.ui.sejakCombo.itemData(i) for i in range(dlg.ui.sejakCombo.count())]
    assert pilihan[0] is None and 2021 in pilihan and all(p <= tahun for p in pilihan[1:])
    dlg.ui.sejakCombo.setFocus()
    qtbot.keyClick(dlg.ui.sejakCombo, Qt.Key.Key_Down)
    assert dlg.opsi().sejak == 2021
    dlg.reject()


def test_dialog_cetak_label_utuh_dan_pilihan_laporan(qtbot, utama) -> None:  # noqa: ANN001
    """Item 7 from the main window: choosing the PK by keyboard relabels the year and shows
    the revision; the binding box's text is not cut off at 1024×600."""
    qtbot.keyClick(utama.ui.pohon, Qt.Key.Key_P, CTRL)
    dlg = _dialog(utama, qtbot)
    assert dlg.ui.tahunLabel.text().replace("&", "") == "Tahun realisasi:"
    combo = dlg.ui.laporanCombo
    combo.setFocus()
    while combo.currentData() != "pk":
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert dlg.ui.tahunLabel.text().replace("&", "") == "Tahun PK:"
    assert dlg.ui.perubahanCombo.isVisible()
    QApplication.processEvents()
    for w in (dlg.jilidCheck, dlg.ui.tahunLabel, dlg.ui.perubahanLabel, dlg.ui.perubahanCombo):
        assert w.width() >= w.minimumSizeHint().width(), w.objectName()
    assert "jilid" in dlg.jilidCheck.text() and "mm" in dlg.jilidCheck.text()
    dlg.reject()


def test_status_sesudah_mencetak_ke_berkas(qtbot, controller, ids_contoh, tmp_path) -> None:  # noqa: ANN001
    """Item 7: after printing, the status says where the pages went."""
    controller.open(ids_contoh["sumber-harta-2023"])
    opsi = OpsiCetak(laporan="pk", tahun=2023, kertas="F4", orientasi="portrait")
    pdf = buat_pdf_bytes(controller.dokumen, **opsi.sebagai_kwargs())
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    keluar = tmp_path / "dicetak.pdf"
    printer.setOutputFileName(str(keluar))
    pesan: list[str] = []
    n = PencetakPdf(pdf, opsi, selesai=pesan.append).cetak(printer)
    assert n > 0 and keluar.exists()
    assert pesan == [f"PDF disimpan: {keluar} ({n} halaman)."]
