"""Print options, and printing the real PDF pages (rendered with pdfium) through Qt.

The preview and the printer get the very pages the PDF export writes: no second layout.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QMarginsF, QRect, QSizeF, Qt
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPaintEngine, QPainter
from PySide6.QtWidgets import QDialog, QWidget

from ikudesk.domain.model import Dokumen
from ikudesk.errors import IkuError
from ikudesk.l10n import format_tanggal
from ikudesk.report.registry import LAPORAN, LAPORAN_BAWAAN, triwulan_laporan

# ReportLab, pdfium and Qt's printing module are imported where a print or preview needs them:
# the grid and yearly windows import OpsiCetak, and the first document must not wait for them.
if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter

KERTAS_TAMPIL = (
    ("F4", "F4 / Folio (215 × 330 mm)"),
    ("A4", "A4 (210 × 297 mm)"),
    ("LEGAL", "Legal (216 × 356 mm)"),
    ("LETTER", "Letter (216 × 279 mm)"),
)
ORIENTASI = (("landscape", "Mendatar"), ("portrait", "Tegak"))
HURUF = (("serif", "Serif (Liberation Serif)"), ("sans", "Sans (Liberation Sans)"))
DPI_MAKS = 300  # enough for text on paper; more only costs memory


@dataclass
class OpsiCetak:
    laporan: str = LAPORAN_BAWAAN
    tahun: int | None = None
    kertas: str = LAPORAN[LAPORAN_BAWAAN].kertas
    orientasi: str = LAPORAN[LAPORAN_BAWAAN].orientasi
    font: str | None = None  # None: the document's own type face
    triwulan: int | None = None  # the monitoring table: up to this quarter
    jilid: bool = False  # room to bind (left 25 mm portrait, top 20 mm landscape)
    perubahan: int | None = None  # the PK's revision (None: the year's latest)
    sejak: int | None = None  # the LKjIP's first compared year (None: every earlier year)
    cetak_penetapan: bool = True  # a ditetapkan IKU sheet: its version and decree in the footer

    def sebagai_kwargs(self) -> dict:
        opsi = LAPORAN[self.laporan].opsi
        return {
            "laporan": self.laporan,
            "tahun": self.tahun,
            "kertas": self.kertas,
            "orientasi": self.orientasi,
            "font": self.font,
            "jilid": self.jilid,
            "cetak_penetapan": self.cetak_penetapan,
            "triwulan": self.triwulan if "triwulan" in opsi else None,
            "perubahan": self.perubahan if "perubahan" in opsi else None,
            "sejak": self.sejak if "sejak" in opsi else None,
        }


#: What the year chooser is called for each report (a PK's year is not a "realisasi" year).
LABEL_TAHUN = {"pk": "&Tahun PK:", "ikm": "&Tahun survei:", "lkjip": "&Tahun laporan:"}
LABEL_TAHUN_BAWAAN = "&Tahun realisasi:"
#: Room to bind, as the chosen orientation leaves it (report/umum.halaman).
TEKS_JILID = {
    "portrait": "Sisakan ruang &jilid (kiri 25 mm)",
    "landscape": "Sisakan ruang &jilid (atas 20 mm)",
}


class DialogOpsiCetak(QDialog):
    """Which report, year (and the report's own choices), paper, orientation and type face.

    ``awal`` fills the choices in (a page prints its own report: the year, quarter, PK
    revision shown there)."""

    def __init__(
        self,
        dok: Dokumen,
        parent: QWidget | None = None,
        judul: str = "Cetak",
        ok: str = "Lanjut",
        awal: OpsiCetak | None = None,
    ) -> None:
        super().__init__(parent)
        from ikudesk.gui.forms.ui_print_opsi import Ui_DialogOpsiCetak

        self.ui = Ui_DialogOpsiCetak()
        self.ui.setupUi(self)
        ui = self.ui
        self.jilidCheck = ui.jilidCheck
        self.jilidCheck.setToolTip(
            "Tepi kiri 25 mm pada kertas tegak, tepi atas 20 mm pada kertas mendatar"
        )
        self.setWindowTitle(judul)
        ui.tombol.button(ui.tombol.StandardButton.Ok).setText(ok)
        ui.tombol.button(ui.tombol.StandardButton.Cancel).setText("Batal")
        ui.dokumenLabel.setText(f"Dokumen: <b>{dok.profil.instansi or '(tanpa nama instansi)'}</b>")
        for kode, jenis in LAPORAN.items():
            ui.laporanCombo.addItem(jenis.judul, kode)
        if awal is not None:
            ui.laporanCombo.setCurrentIndex(max(0, ui.laporanCombo.findData(awal.laporan)))
        from ikudesk.report.iku_sheet import tahun_laporan

        bawaan = tahun_laporan(dok, None)
        for th in dok.tahun():
            ui.tahunCombo.addItem(str(th), th)  # labelled per report (laporan_berubah)
        if ui.tahunCombo.count() == 0:
            ui.tahunCombo.addItem("— (dokumen belum punya periode)", None)
        else:
            pilih = awal.tahun if awal is not None and awal.tahun is not None else bawaan
            ui.tahunCombo.setCurrentIndex(max(0, ui.tahunCombo.findData(pilih)))
        for k in (1, 2, 3, 4):
            ui.triwulanCombo.addItem(f"s.d. Triwulan {'I' * k if k < 4 else 'IV'}", k)
        self._awal = awal  # used once, for the first year shown

        def tahun_berubah() -> None:
            th = ui.tahunCombo.currentData()
            awal_ = self._awal
            tw = awal_.triwulan if awal_ is not None and awal_.triwulan else None
            ui.triwulanCombo.setCurrentIndex(
                max(0, ui.triwulanCombo.findData(tw or triwulan_laporan(dok, th)))
            )
            self._isi_perubahan(dok, th, awal_.perubahan if awal_ is not None else None)
            self._isi_sejak(dok, th, awal_.sejak if awal_ is not None else None)
            self._awal = None
            lt = dok.laporan(th) if th is not None else None
            p = lt.penandatangan if lt is not None else None
            if p is None:
                ui.ttdInfo.setText("<i>belum ada — ditanyakan sebelum mencetak</i>")
            else:
                tanggal = p.tanggal
                with contextlib.suppress(IkuError):
                    tanggal = format_tanggal(p.tanggal)
                nama = p.nama or "(tanpa nama)"
                ui.ttdInfo.setText(f"{nama[:32]}{'…' if len(nama) > 32 else ''}, {tanggal}")
                ui.ttdInfo.setToolTip(f"{p.jabatan}\n{p.nama}\n{p.tempat}, {tanggal}")

        ui.tahunCombo.currentIndexChanged.connect(tahun_berubah)
        tahun_berubah()
        for kode, teks in KERTAS_TAMPIL:
            ui.kertasCombo.addItem(teks, kode)
        for kode, teks in ORIENTASI:
            ui.orientasiCombo.addItem(teks, kode)
        for kode, teks in HURUF:
            ui.hurufCombo.addItem(teks, kode)
        # The document's own type face is the starting point (FORMAT v2 tabel.huruf).
        ui.hurufCombo.setCurrentIndex(max(0, ui.hurufCombo.findData(dok.tabel.huruf or "serif")))
        ui.orientasiCombo.currentIndexChanged.connect(
            lambda _i: self.jilidCheck.setText(TEKS_JILID[ui.orientasiCombo.currentData()])
        )
        # Issue 24: a ditetapkan document's IKU sheet may say its version and decree.
        self.penetapanCheck = ui.penetapanCheck
        self.penetapanCheck.setChecked(awal.cetak_penetapan if awal is not None else True)

        # Each report says whether the year changes what it prints for this document (else the
        # choice is greyed out), and brings its own paper and orientation.
        def laporan_berubah() -> None:
            jenis = LAPORAN[ui.laporanCombo.currentData()]
            ui.tahunCombo.setEnabled(jenis.memakai_tahun(dok))
            # beside each year what matters for this report: no realisasi, no PK, no survey
            for i in range(ui.tahunCombo.count()):
                th = ui.tahunCombo.itemData(i)
                if th is not None:
                    ket = jenis.keterangan_tahun(dok, th) if jenis.memakai_tahun(dok) else ""
                    ui.tahunCombo.setItemText(i, f"{th} ({ket})" if ket else str(th))
            ui.tahunLabel.setText(LABEL_TAHUN.get(jenis.kode, LABEL_TAHUN_BAWAAN))
            for nama, label, combo in (
                ("triwulan", ui.triwulanLabel, ui.triwulanCombo),
                ("perubahan", ui.perubahanLabel, ui.perubahanCombo),
                ("sejak", ui.sejakLabel, ui.sejakCombo),
            ):
                label.setVisible(nama in jenis.opsi)
                combo.setVisible(nama in jenis.opsi)
            ui.ttdInfo.setVisible(jenis.ttd_tahunan)
            ui.ttdLabel.setVisible(jenis.ttd_tahunan)
            ui.kertasCombo.setCurrentIndex(max(0, ui.kertasCombo.findData(jenis.kertas)))
            ui.orientasiCombo.setCurrentIndex(max(0, ui.orientasiCombo.findData(jenis.orientasi)))
            self.jilidCheck.setText(TEKS_JILID[ui.orientasiCombo.currentData()])
            self.penetapanCheck.setVisible(jenis.kode == "iku" and dok.ditetapkan)

        ui.laporanCombo.currentIndexChanged.connect(laporan_berubah)
        laporan_berubah()
        if awal is not None and awal.jilid:
            self.jilidCheck.setChecked(True)
        self.setMinimumWidth(480)

    def _isi_perubahan(self, dok: Dokumen, th: int | None, pilih: int | None) -> None:
        """The PKs of the year: the first one and each Perubahan (the latest by default)."""
        combo = self.ui.perubahanCombo
        combo.clear()
        ada = sorted(p.perubahan for p in dok.perjanjian_kinerja if p.tahun == th)
        for n in ada:
            combo.addItem("PK awal" if n == 0 else f"PK Perubahan ke-{n}", n)
        if not ada:
            combo.addItem("(belum ada PK tahun ini)", None)
        i = combo.findData(pilih) if pilih is not None else -1
        combo.setCurrentIndex(i if i >= 0 else combo.count() - 1)

    def _isi_sejak(self, dok: Dokumen, th: int | None, pilih: int | None) -> None:
        """The LKjIP's first compared year: every earlier year with data, or one from a year."""
        combo = self.ui.sejakCombo
        combo.clear()
        combo.addItem("semua tahun sebelumnya yang berisi data", None)
        for t in dok.tahun():
            if th is not None and t <= th:
                combo.addItem(str(t) if t < th else f"{t} (tahun ini saja)", t)
        combo.setCurrentIndex(max(0, combo.findData(pilih)) if pilih is not None else 0)

    def opsi(self) -> OpsiCetak:
        ui = self.ui
        return OpsiCetak(
            laporan=ui.laporanCombo.currentData(),
            tahun=ui.tahunCombo.currentData(),
            kertas=ui.kertasCombo.currentData(),
            orientasi=ui.orientasiCombo.currentData(),
            font=ui.hurufCombo.currentData(),
            triwulan=ui.triwulanCombo.currentData(),
            jilid=self.jilidCheck.isChecked(),
            perubahan=ui.perubahanCombo.currentData(),
            sejak=ui.sejakCombo.currentData(),
            cetak_penetapan=self.penetapanCheck.isChecked(),
        )


#: Papers Qt knows by name: the printer, the print dialog and the page set-up then show and
#: send that paper (a custom size with the same points is not matched to it, and falls back
#: to the printer's default, Letter). F4 has no Qt id: it stays a named custom size.
_ID_KERTAS = {
    "A4": QPageSize.PageSizeId.A4,
    "LEGAL": QPageSize.PageSizeId.Legal,
    "LETTER": QPageSize.PageSizeId.Letter,
}


def tata_halaman(opsi: OpsiCetak) -> QPageLayout:
    """The chosen paper and orientation, no margins (the rendered page holds its own)."""
    if opsi.kertas in _ID_KERTAS:
        ukuran = QPageSize(_ID_KERTAS[opsi.kertas])
    else:
        from ikudesk.report.paper import KERTAS

        w, h = KERTAS[opsi.kertas]
        ukuran = QPageSize(
            QSizeF(w, h), QPageSize.Unit.Point, opsi.kertas, QPageSize.SizeMatchPolicy.ExactMatch
        )
    orientasi = (
        QPageLayout.Orientation.Landscape
        if opsi.orientasi == "landscape"
        else QPageLayout.Orientation.Portrait
    )
    return QPageLayout(ukuran, orientasi, QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Point)


def atur_printer(printer: QPrinter, opsi: OpsiCetak) -> None:
    """Paper as the PDF has it, no margins: the rendered page already holds its own."""
    printer.setPageLayout(tata_halaman(opsi))
    printer.setFullPage(True)
    printer.setDocName("IKU Desk")


def render_halaman(pdf: bytes, indeks: int, dpi: float) -> QImage:
    """One PDF page as an image at ``dpi``."""
    import pypdfium2 as pdfium

    dok = pdfium.PdfDocument(pdf)
    try:
        halaman = dok[indeks]
        bitmap = halaman.render(scale=dpi / 72, rev_byteorder=True)
        img = QImage(
            bitmap.buffer, bitmap.width, bitmap.height, bitmap.stride, QImage.Format.Format_RGB888
        ).copy()  # detach from pdfium's buffer before it is freed
        halaman.close()
        return img
    finally:
        dok.close()


def jumlah_halaman(pdf: bytes) -> int:
    import pypdfium2 as pdfium

    dok = pdfium.PdfDocument(pdf)
    try:
        return len(dok)
    finally:
        dok.close()


def tempat_cetak(printer: QPrinter, halaman: int) -> str:
    """Where printed pages went, in the user's words (for the status bar)."""
    from PySide6.QtPrintSupport import QPrinter

    if halaman == 0:
        return "Tidak ada halaman yang dicetak."
    if printer.outputFormat() == QPrinter.OutputFormat.PdfFormat and printer.outputFileName():
        return f"PDF disimpan: {printer.outputFileName()} ({halaman} halaman)."
    nama = printer.printerName() or "printer bawaan"
    return f"{halaman} halaman dikirim ke printer {nama}."


class PencetakPdf:
    """Paints the PDF's pages onto a printer (or a preview's printer), page by page.

    With ``opsi``, every print gets the chosen paper and orientation again: the system's print
    dialog may have swapped in the printer's default paper (Letter), which would shrink the
    sheet. Printing to a PDF file writes the PDF's own (vector) pages, not pictures of them.
    """

    def __init__(
        self,
        pdf: bytes,
        opsi: OpsiCetak | None = None,
        selesai: Callable[[str], object] | None = None,
        galat: Callable[[str], object] | None = None,
    ) -> None:
        self.pdf = pdf
        self.opsi = opsi
        self.halaman = jumlah_halaman(pdf)
        self.selesai = selesai  # told where the pages went (the status bar)
        self.galat = galat  # told why a file could not be written (a message box)

    def cetak(self, printer: QPrinter) -> int:
        pratinjau = printer.paintEngine().type() == QPaintEngine.Type.Picture
        try:
            n = self._cetak(printer, pratinjau)
        except IkuError as e:  # "print to file" onto a device, a name too long, a full disk
            if self.galat is None:
                raise
            self.galat(e.pesan)
            return 0
        if not pratinjau and self.selesai is not None:
            self.selesai(tempat_cetak(printer, n))
        return n

    def _cetak(self, printer: QPrinter, pratinjau: bool) -> int:
        from PySide6.QtPrintSupport import QPrinter

        if self.opsi is not None and not pratinjau:
            atur_printer(printer, self.opsi)
        if (
            not pratinjau
            and printer.outputFormat() == QPrinter.OutputFormat.PdfFormat
            and printer.outputFileName()
        ):
            return self._tulis_pdf(printer)
        if not pratinjau and self.opsi is not None and self._kirim_vektor(printer):
            return self.halaman
        dpi = min(printer.resolution(), DPI_MAKS)
        awal, akhir = printer.fromPage(), printer.toPage()
        daftar = (
            range(awal - 1, min(akhir, self.halaman))
            if awal > 0 and akhir > 0
            else range(self.halaman)
        )
        painter = QPainter()
        if not painter.begin(printer):
            return 0
        # Smooth scaling: the preview shows 300 dpi pages small, and thin rules must survive.
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        dicetak = 0
        try:
            for n, i in enumerate(daftar):
                if n:
                    printer.newPage()
                img = render_halaman(self.pdf, i, dpi)
                area = painter.viewport()
                ukuran = img.size().scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
                painter.setViewport(QRect(area.x(), area.y(), ukuran.width(), ukuran.height()))
                painter.setWindow(img.rect())
                painter.drawImage(0, 0, img)
                painter.setViewport(area)
                dicetak += 1
        finally:
            painter.end()
        return dicetak

    def _kirim_vektor(self, printer: QPrinter) -> bool:
        """A CUPS printer gets the PDF itself (see cetak_cups); False: paint instead."""
        from PySide6.QtPrintSupport import QPrinter

        from ikudesk.gui.cetak_cups import TugasCetak, kirim_ke_cups

        if printer.outputFormat() != QPrinter.OutputFormat.NativeFormat or self.opsi is None:
            return False
        awal, akhir = printer.fromPage(), printer.toPage()
        dupleks = {
            QPrinter.DuplexMode.DuplexLongSide: "panjang",
            QPrinter.DuplexMode.DuplexShortSide: "pendek",
        }
        tugas = TugasCetak(
            printer=printer.printerName(),
            kertas=self.opsi.kertas,
            orientasi=self.opsi.orientasi,
            salinan=printer.copyCount(),
            halaman=(awal, min(akhir, self.halaman)) if awal > 0 and akhir > 0 else None,
            bolak_balik=dupleks.get(printer.duplex(), ""),
            susun=printer.collateCopies(),
        )
        return kirim_ke_cups(self.pdf, tugas)

    def _tulis_pdf(self, printer: QPrinter) -> int:
        """ "Print to file": the exported pages themselves (the chosen range), as vectors."""
        import pypdfium2 as pdfium

        dok = pdfium.PdfDocument(self.pdf)
        try:
            awal, akhir = printer.fromPage(), printer.toPage()
            if awal > 0 and akhir > 0 and (awal, akhir) != (1, self.halaman):
                baru = pdfium.PdfDocument.new()
                baru.import_pages(dok, list(range(awal - 1, min(akhir, self.halaman))))
                dok.close()
                dok = baru
            from pathlib import Path

            from ikudesk.files.atomic import tulis_atomik_dengan

            # the one atomic write, with its output checks (never onto a device or a FIFO)
            tulis_atomik_dengan(Path(printer.outputFileName()), lambda p: dok.save(str(p)))
            return len(dok)
        finally:
            dok.close()
