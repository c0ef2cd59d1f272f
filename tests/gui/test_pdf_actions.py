"""File → Ekspor PDF…, Cetak… and Kategori Capaian…, driven as a user would."""

from __future__ import annotations

from decimal import Decimal

import pypdf
import pytest
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewWidget
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMessageBox

from ikudesk.domain.kategori import KATEGORI_BAWAAN
from ikudesk.gui import pdf_actions
from ikudesk.gui.print_dialog import OpsiCetak, PencetakPdf, atur_printer
from ikudesk.persistence.kategori_store import load_kategori
from ikudesk.report import buat_pdf
from ikudesk.report.paper import ukuran_kertas


@pytest.fixture
def window(qtbot) -> QMainWindow:  # noqa: ANN001
    w = QMainWindow()
    qtbot.addWidget(w)
    return w


def _kotak_pesan(window: QMainWindow) -> list[QMessageBox]:
    return [k for k in window.findChildren(QMessageBox) if k.objectName() == "pesanPdf"]


def test_ekspor_lewat_dialog(qtbot, window, controller, ids_contoh, tmp_path, monkeypatch) -> None:  # noqa: ANN001
    controller.open(ids_contoh["sumbersuko"])
    tujuan = tmp_path / "lembar"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(tujuan), "PDF"))
    )
    dlg = pdf_actions.ekspor_pdf(window, controller)
    assert dlg is not None and dlg.isVisible()
    assert dlg.ui.kertasCombo.currentData() == "F4"
    assert dlg.ui.orientasiCombo.currentData() == "landscape"
    with qtbot.waitSignal(controller.message) as sinyal:
        dlg.accept()
    pdf = tmp_path / "lembar.pdf"
    reader = pypdf.PdfReader(pdf)
    _, halaman = buat_pdf(controller.dokumen)
    assert len(reader.pages) == halaman
    assert "PDF disimpan" in sinyal.args[0] and str(pdf) in sinyal.args[0]


def test_ekspor_gagal_tampil_pesan(window, controller, ids_contoh, tmp_path) -> None:  # noqa: ANN001
    controller.open(ids_contoh["benjeng"])
    salah = tmp_path / "tidak-ada" / "x.pdf"
    assert pdf_actions.ekspor_ke(window, controller, OpsiCetak(), salah) == 0
    kotak = _kotak_pesan(window)
    assert kotak and "tidak ada" in kotak[-1].text()
    assert not salah.exists()


def test_tanpa_dokumen(window, controller) -> None:  # noqa: ANN001
    assert pdf_actions.cetak(window, controller) is None
    assert "Buka sebuah dokumen" in _kotak_pesan(window)[-1].text()


def test_pratinjau_menampilkan_halaman_asli(
    qtbot, window, controller, ids_contoh, tmp_path
) -> None:  # noqa: ANN001
    controller.open(ids_contoh["benjeng"])
    opsi = OpsiCetak(kertas="A4", orientasi="portrait")
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "pratinjau.pdf"))
    dlg = pdf_actions.pratinjau(window, controller, opsi, printer)
    assert dlg is not None
    widget = dlg.findChild(QPrintPreviewWidget)
    _, halaman = buat_pdf(controller.dokumen, kertas="A4", orientasi="portrait")
    qtbot.waitUntil(lambda: widget.pageCount() == halaman)
    assert f"{halaman} halaman" in dlg.windowTitle()
    dlg.close()


@pytest.mark.parametrize(("kertas", "orientasi"), [("F4", "landscape"), ("A4", "portrait")])
def test_cetak_ke_printer_pdf(qtbot, controller, ids_contoh, tmp_path, kertas, orientasi) -> None:  # noqa: ANN001
    controller.open(ids_contoh["sumbersuko"])
    pdf, halaman = buat_pdf(controller.dokumen, kertas=kertas, orientasi=orientasi)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    keluar = tmp_path / "cetak.pdf"
    printer.setOutputFileName(str(keluar))
    atur_printer(printer, OpsiCetak(kertas=kertas, orientasi=orientasi))
    assert PencetakPdf(pdf).cetak(printer) == halaman
    reader = pypdf.PdfReader(keluar)
    assert len(reader.pages) == halaman
    box = reader.pages[0].mediabox
    assert (float(box.width), float(box.height)) == pytest.approx(
        ukuran_kertas(kertas, orientasi), abs=2
    )


def test_kategori_diperiksa_lalu_disimpan(qtbot, window, controller) -> None:  # noqa: ANN001
    dlg = pdf_actions.atur_kategori(window, controller)
    t = dlg.ui.tabel
    assert t.rowCount() == len(KATEGORI_BAWAAN)
    assert t.item(0, 0).text() == "Sangat Tinggi" and t.item(0, 1).text() == "91"
    t.item(0, 1).setText("95")  # a gap between 91 and 95
    dlg.ui.tombol.accepted.emit()
    assert dlg.isVisible()
    assert "celah" in dlg.ui.pesanLabel.text()
    assert load_kategori(controller.store) == list(KATEGORI_BAWAAN)
    t.item(1, 2).setText("95")  # Tinggi now reaches 95
    t.item(2, 1).setText("abc")
    dlg.ui.tombol.accepted.emit()
    assert "Baris 3, batas bawah" in dlg.ui.pesanLabel.text()
    t.item(2, 1).setText("66")
    with qtbot.waitSignal(controller.message):
        dlg.ui.tombol.accepted.emit()
    simpan = load_kategori(controller.store)
    assert [k.atas for k in simpan if k.nama == "Tinggi"] == [Decimal(95)]


def test_tahun_hanya_aktif_bila_dipakai(qtbot, store_contoh) -> None:
    """The year is greyed out for an IKU sheet without realisasi/capaian columns (review)."""
    from ikudesk.gui.print_dialog import DialogOpsiCetak
    from ikudesk.persistence.repo import load_dokumen

    store, ids = store_contoh
    dlg = DialogOpsiCetak(load_dokumen(store, ids["sumber-harta"]))
    qtbot.addWidget(dlg)
    ui = dlg.ui
    ui.laporanCombo.setCurrentIndex(ui.laporanCombo.findData("iku"))
    assert not ui.tahunCombo.isEnabled()
    ui.laporanCombo.setCurrentIndex(ui.laporanCombo.findData("capaian"))
    assert ui.tahunCombo.isEnabled()
    assert [ui.orientasiCombo.itemText(i) for i in range(ui.orientasiCombo.count())] == [
        "Mendatar",
        "Tegak",
    ]


def test_dialog_membaca_registry(qtbot, store_contoh) -> None:
    """The dialog lists the registered reports; each brings its own paper and orientation."""
    from ikudesk.gui.print_dialog import DialogOpsiCetak
    from ikudesk.persistence.repo import load_dokumen
    from ikudesk.report.registry import LAPORAN

    store, ids = store_contoh
    dok = load_dokumen(store, ids["sumber-harta"])
    dlg = DialogOpsiCetak(dok)
    qtbot.addWidget(dlg)
    ui = dlg.ui
    assert [ui.laporanCombo.itemData(i) for i in range(ui.laporanCombo.count())] == list(LAPORAN)
    assert [ui.laporanCombo.itemText(i) for i in range(ui.laporanCombo.count())] == [
        j.judul for j in LAPORAN.values()
    ]
    for kode, jenis in LAPORAN.items():
        lain = next(k for k in LAPORAN if k != kode)
        ui.laporanCombo.setCurrentIndex(ui.laporanCombo.findData(lain))
        ui.kertasCombo.setCurrentIndex(ui.kertasCombo.findData("LETTER"))
        ui.laporanCombo.setCurrentIndex(ui.laporanCombo.findData(kode))
        opsi = dlg.opsi()
        assert (opsi.laporan, opsi.kertas, opsi.orientasi) == (kode, jenis.kertas, jenis.orientasi)
        assert ui.tahunCombo.isEnabled() == jenis.memakai_tahun(dok)
        assert pdf_actions.nama_saran(dok, opsi) == jenis.nama_berkas(dok, opsi.tahun)


@pytest.mark.parametrize(("kertas", "orientasi"), [("F4", "landscape"), ("A4", "portrait")])
def test_cetak_memberi_printer_kertas_pilihan_dan_halaman_vektor(
    qtbot, controller, ids_contoh, tmp_path, kertas, orientasi
) -> None:  # noqa: ANN001
    """Issue 16 (3): the print dialog swapped in Letter; the sheet came out shrunk, as a picture."""
    import pypdfium2 as pdfium
    from PySide6.QtGui import QPageLayout, QPageSize

    controller.open(ids_contoh["sumbersuko"])
    opsi = OpsiCetak(kertas=kertas, orientasi=orientasi)
    pdf, halaman = buat_pdf(controller.dokumen, kertas=kertas, orientasi=orientasi)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    atur_printer(printer, opsi)
    # What the system print dialog did: the printer's default paper, and "print to file".
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.Letter))
    printer.setPageOrientation(QPageLayout.Orientation.Portrait)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    keluar = tmp_path / "cetak.pdf"
    printer.setOutputFileName(str(keluar))
    assert PencetakPdf(pdf, opsi).cetak(printer) == halaman
    reader = pypdf.PdfReader(keluar)
    assert len(reader.pages) == halaman
    box = reader.pages[0].mediabox
    assert (float(box.width), float(box.height)) == pytest.approx(
        ukuran_kertas(kertas, orientasi), abs=1
    )
    # Vector pages: the text is there as text, and the file is the export's size, not images.
    dok = pdfium.PdfDocument(keluar)
    teks = dok[0].get_textpage().get_text_range()
    assert "Sumbersuko" in teks or "SUMBERSUKO" in teks
    dok.close()
    assert keluar.stat().st_size < 2 * len(pdf)
    # The printer itself holds the chosen paper again (the job's media), with a known id.
    lay = printer.pageLayout()
    w_pt, h_pt = ukuran_kertas(kertas, orientasi)
    rect = lay.fullRect(QPageLayout.Unit.Point)
    assert (rect.width(), rect.height()) == pytest.approx((w_pt, h_pt), abs=1)
    if kertas == "A4":
        assert lay.pageSize().id() == QPageSize.PageSizeId.A4


def test_pratinjau_tidak_lebih_tinggi_dari_layar(qtbot, window, controller, ids_contoh) -> None:  # noqa: ANN001
    controller.open(ids_contoh["benjeng"])
    dlg = pdf_actions.pratinjau(window, controller, OpsiCetak())
    assert dlg is not None
    layar = dlg.screen().availableGeometry()
    assert dlg.height() <= layar.height() and dlg.width() <= layar.width()
    # its page set-up starts from the chosen paper (F4 landscape), not the printer default
    lay = dlg.printer_.pageLayout()
    assert lay.orientation() == lay.Orientation.Landscape
    assert lay.pageSize().name() == "F4"
    dlg.close()


def test_ekspor_ikm_menyampaikan_peringatan(
    qtbot, window, controller, ids_contoh, tmp_path
) -> None:  # noqa: ANN001
    controller.open(ids_contoh["sumbersuko"])
    pdf = tmp_path / "ikm.pdf"
    opsi = OpsiCetak(laporan="ikm", tahun=2023, kertas="F4", orientasi="portrait")
    # a v1 document has no survey: refused with a message, no empty report written
    assert pdf_actions.ekspor_ke(window, controller, opsi, pdf) == 0
    assert not pdf.exists()
    assert "Belum ada survei IKM untuk tahun 2023" in _kotak_pesan(window)[-1].text()


def test_ikm_tanpa_survei_ditolak_sebelum_bertanya_penandatangan(
    window, controller, ids_contoh
) -> None:  # noqa: ANN001
    """Nothing to print (no survey that year): said at once, no signer asked for."""
    controller.open(ids_contoh["sumber-harta-2023"])
    lanjut: list[OpsiCetak] = []
    opsi = OpsiCetak(laporan="ikm", tahun=2022)
    assert pdf_actions.pastikan_penandatangan(window, controller, opsi, lanjut.append) is None
    assert lanjut == [] and controller.stack.count() == 0
    assert "Belum ada survei IKM untuk tahun 2022" in _kotak_pesan(window)[-1].text()
