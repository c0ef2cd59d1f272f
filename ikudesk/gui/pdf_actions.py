"""File → Ekspor PDF…, Cetak… and Kategori Capaian…: handlers ``(window, controller)``.

The PDF comes from ``ikudesk.report``; printing paints those same pages (``print_dialog``).
Dialogs are opened window-modal and continue on ``accepted``, so nothing here blocks.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMainWindow, QMessageBox, QWidget

from ikudesk.domain.model import (
    Dokumen,
    LaporanTahunan,
    LaporanTriwulan,
    Penandatangan,
    penandatangan_terdekat,
)
from ikudesk.errors import IkuError
from ikudesk.gui.berkas import pilih_simpan
from ikudesk.gui.dialogs.penandatangan import DialogPenandatangan
from ikudesk.gui.dialogs.umum import dokumen_terbuka, pas_layar, pesan, sibuk
from ikudesk.gui.kategori_dialog import DialogKategori
from ikudesk.gui.print_dialog import DialogOpsiCetak, OpsiCetak, PencetakPdf, atur_printer
from ikudesk.persistence.kategori_store import load_kategori, save_kategori
from ikudesk.report import buat_pdf_bytes, tulis_pdf
from ikudesk.report.opsi import OpsiLaporan, pesan_tanpa_ttd
from ikudesk.report.registry import cari_laporan, triwulan_laporan

# Qt's printing module loads with the first preview: the window's menu hooks may import this
# module at start-up, and the first document must not wait for it.
if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog


def _pesan(parent: QWidget, ikon: QMessageBox.Icon, teks: str) -> QMessageBox:
    return pesan(parent, ikon, teks, "pesanPdf")


def _dokumen(window: QWidget, controller) -> Dokumen | None:  # noqa: ANN001
    return dokumen_terbuka(window, controller, "pesanPdf")


def nama_saran(dok: Dokumen, opsi: OpsiCetak) -> str:
    return cari_laporan(opsi.laporan).nama_berkas(dok, opsi.tahun)


def _pdf(controller, opsi: OpsiCetak) -> bytes:  # noqa: ANN001
    return buat_pdf_bytes(
        controller.dokumen, kategori=load_kategori(controller.store), **opsi.sebagai_kwargs()
    )


# --------------------------------------------------------------------------- Ekspor PDF…


def _dialog_opsi(
    window: QWidget,
    controller,  # noqa: ANN001
    awal: OpsiCetak | None,
    judul: str,
    ok: str,
    lanjut: Callable[[OpsiCetak], object],
) -> DialogOpsiCetak | None:
    """The print options (``awal``: filled in by the page the user prints from); on OK the
    year's signer is made sure of, then ``lanjut`` goes on with the chosen options."""
    dok = _dokumen(window, controller)
    if dok is None:
        return None
    dlg = DialogOpsiCetak(dok, window, judul=judul, ok=ok, awal=awal)
    dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dlg.accepted.connect(lambda: pastikan_penandatangan(window, controller, dlg.opsi(), lanjut))
    dlg.open()
    return dlg


def ekspor_pdf(
    window: QWidget,
    controller,  # noqa: ANN001
    awal: OpsiCetak | None = None,
) -> DialogOpsiCetak | None:
    """The options (``awal``: filled in by the page the user prints from), then the file."""
    return _dialog_opsi(
        window,
        controller,
        awal,
        "Ekspor PDF",
        "Pilih berkas…",
        lambda o: _pilih_berkas(window, controller, o),
    )


def _pilih_berkas(window: QWidget, controller, opsi: OpsiCetak) -> None:  # noqa: ANN001
    nama = nama_saran(controller.dokumen, opsi)
    path = pilih_simpan(window, "pdf", "Ekspor PDF", nama, "Berkas PDF (*.pdf)")
    if path is not None:
        ekspor_ke(window, controller, opsi, path)


def ekspor_ke(window: QWidget, controller, opsi: OpsiCetak, path: Path) -> int:  # noqa: ANN001
    """Write the PDF; a failure is shown, never raised (this runs after a dialog closed)."""
    if path.suffix.lower() != ".pdf":
        path = path.with_name(path.name + ".pdf")
    try:
        with sibuk():
            halaman = tulis_pdf(
                controller.dokumen,
                path,
                kategori=load_kategori(controller.store),
                **opsi.sebagai_kwargs(),
            )
    except IkuError as e:
        _pesan(window, QMessageBox.Icon.Warning, e.pesan)
        return 0
    tambahan = _peringatan(controller, opsi)
    controller.message.emit(" ".join([f"PDF disimpan: {path} ({halaman} halaman).", *tambahan]))
    return halaman


def opsi_laporan(opsi: OpsiCetak) -> OpsiLaporan:
    """The report's own options from the dialog's (those the report does not read are None),
    so a warning describes the same quarter / revision that is printed."""
    kw = opsi.sebagai_kwargs()
    return OpsiLaporan(tahun=opsi.tahun, triwulan=kw["triwulan"], perubahan=kw["perubahan"])


def _peringatan(controller, opsi: OpsiCetak) -> list[str]:  # noqa: ANN001
    """What the report says the user should know about the printout (the same hook the
    command line prints on stderr)."""
    jenis = cari_laporan(opsi.laporan)
    return [f"Peringatan: {p}" for p in jenis.peringatan(controller.dokumen, opsi_laporan(opsi))]


# --------------------------------------------------------------------------- signer of a year


def pastikan_penandatangan(
    window: QWidget,
    controller,  # noqa: ANN001
    opsi: OpsiCetak,
    lanjut: Callable[[OpsiCetak], object],
) -> DialogPenandatangan | None:
    """A yearly report of a year without a signer: ask for one (stored as that year's
    ``laporan_tahunan``, one undo step) or print without; other reports go straight on."""
    jenis = cari_laporan(opsi.laporan)
    dok = controller.dokumen
    alasan = jenis.alasan_tolak(dok, OpsiLaporan(tahun=opsi.tahun, triwulan=opsi.triwulan))
    if alasan:  # nothing to print: say so before asking for a signer
        _pesan(window, QMessageBox.Icon.Warning, alasan)
        return None
    if jenis.ttd_triwulan:
        return _pastikan_penandatangan_triwulan(window, controller, opsi, lanjut)
    th = jenis.tahun_cetak(dok, opsi.tahun) if jenis.ttd_tahunan else None
    lt = dok.laporan(th) if th is not None else None
    if th is None or (lt is not None and lt.penandatangan is not None):
        lanjut(opsi)
        return None
    return _minta_penandatangan(
        window,
        controller,
        DialogPenandatangan(th, penandatangan_terdekat(dok, th), window),
        lambda: [pesan_tanpa_ttd(th)],
        lambda p: simpan_penandatangan(controller, th, p, lt.catatan if lt else ""),
        lambda: lanjut(opsi),
    )


def _pastikan_penandatangan_triwulan(
    window: QWidget,
    controller,  # noqa: ANN001
    opsi: OpsiCetak,
    lanjut: Callable[[OpsiCetak], object],
) -> DialogPenandatangan | None:
    """A quarterly table of a quarter without its signer: ask for signer and date (stored as
    the quarter's ``laporan_triwulan``, one undo step), as for the year's signer; "print with
    a blank date" goes on with the year's signer and a date line to write by hand."""
    jenis = cari_laporan(opsi.laporan)
    dok = controller.dokumen
    th = jenis.tahun_cetak(dok, opsi.tahun)
    if th is None:
        lanjut(opsi)
        return None
    k = opsi.triwulan or triwulan_laporan(dok, th)
    if dok.laporan_tw(th, k) is not None:
        lanjut(opsi)
        return None

    def simpan(p: Penandatangan) -> None:
        from ikudesk.session import operations

        controller.apply(operations.SetLaporanTriwulan(th, k, LaporanTriwulan(th, k, p)))

    return _minta_penandatangan(
        window,
        controller,
        DialogPenandatangan(th, penandatangan_terdekat(dok, th), window, triwulan=k),
        lambda: jenis.peringatan(dok, OpsiLaporan(tahun=th, triwulan=k)),
        simpan,
        lambda: lanjut(opsi),
    )


def _minta_penandatangan(
    window: QWidget,
    controller,  # noqa: ANN001
    dlg: DialogPenandatangan,
    tanpa: Callable[[], list[str]],
    simpan: Callable[[Penandatangan], None],
    lanjut: Callable[[], object],
) -> DialogPenandatangan:
    """Open ``dlg``: "print without" says ``tanpa()`` and goes on; OK stores the signer with
    ``simpan`` (one undo step; a refusal is shown and nothing printed) and goes on; Batal
    stops."""
    dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def selesai(hasil: int) -> None:
        if hasil == DialogPenandatangan.TANPA:
            for teks in tanpa():
                controller.message.emit(teks)
            lanjut()
            return
        if hasil != QDialog.DialogCode.Accepted or dlg.hasil is None:
            return
        try:
            simpan(dlg.hasil)
        except IkuError as e:
            _pesan(window, QMessageBox.Icon.Warning, e.pesan)
            return
        lanjut()

    dlg.finished.connect(selesai)
    dlg.open()
    return dlg


def simpan_penandatangan(controller, tahun: int, p: Penandatangan, catatan: str = "") -> None:  # noqa: ANN001
    """Store ``p`` as the signer of ``tahun``'s yearly reports (one undo step)."""
    from ikudesk.session.operations import SetLaporanTahunan

    controller.apply(SetLaporanTahunan(tahun, LaporanTahunan(tahun, p, catatan)))


# --------------------------------------------------------------------------- Cetak…


def cetak(
    window: QWidget,
    controller,  # noqa: ANN001
    awal: OpsiCetak | None = None,
) -> DialogOpsiCetak | None:
    """The options (``awal``: filled in by the page the user prints from), then the preview."""
    return _dialog_opsi(
        window, controller, awal, "Cetak", "Pratinjau…", lambda o: pratinjau(window, controller, o)
    )


def pratinjau(
    window: QWidget,
    controller,
    opsi: OpsiCetak,
    printer: QPrinter | None = None,  # noqa: ANN001
) -> QPrintPreviewDialog | None:
    """The preview of the real pages; its print button opens the system's print dialog."""
    from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog

    try:
        with sibuk():
            pdf = _pdf(controller, opsi)
    except IkuError as e:
        _pesan(window, QMessageBox.Icon.Warning, e.pesan)
        return None
    printer = printer or QPrinter(QPrinter.PrinterMode.HighResolution)
    atur_printer(printer, opsi)
    pencetak = PencetakPdf(
        pdf,
        opsi,
        selesai=controller.message.emit,
        # the refusal in the status bar, as the success is (a closure holding the window
        # crashed PySide when the preview was deleted)
        galat=controller.message.emit,
    )
    peringatan = _peringatan(controller, opsi)
    if peringatan:  # said in the status bar while the preview is open
        controller.message.emit(" ".join(peringatan))
    dlg = QPrintPreviewDialog(printer, window)
    dlg.setWindowTitle(f"Pratinjau Cetak — {pencetak.halaman} halaman")
    dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dlg.paintRequested.connect(pencetak.cetak)
    # Kept on the dialog so that they live as long as it does.
    dlg.pencetak = pencetak  # type: ignore[attr-defined]  # our own attribute on a Qt dialog
    dlg.printer_ = printer  # type: ignore[attr-defined]  # our own attribute on a Qt dialog
    pas_layar(dlg, 1000, 720)  # never taller than a small screen
    dlg.open()
    return dlg


# --------------------------------------------------------------------------- Kategori…


def atur_kategori(window: QMainWindow, controller) -> DialogKategori:  # noqa: ANN001
    dlg = DialogKategori(load_kategori(controller.store), window)
    dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def simpan() -> None:
        try:
            save_kategori(controller.store, dlg.hasil)
        except IkuError as e:
            _pesan(window, QMessageBox.Icon.Warning, e.pesan)
            return
        controller.message.emit("Kategori capaian disimpan.")

    dlg.accepted.connect(simpan)
    dlg.open()
    return dlg
