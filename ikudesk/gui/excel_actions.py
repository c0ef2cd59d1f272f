"""Berkas → Excel: export, the quarterly fill-in form, importing a returned form, and the SIPD
budget into a PK. Handlers ``(window, controller)``, like ``pdf_actions``.

The readers and writers are ``ikudesk.files`` (Qt-free); the operations come from
``ikudesk.session.excel_import``. An import is shown first (old → new), and stored only when the
user presses Simpan, as ONE undo step. Dialogs are window-modal and continue on ``accepted``.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QMainWindow,
    QMenu,
    QMessageBox,
    QWidget,
)

from ikudesk.domain.compute import ROMAWI
from ikudesk.domain.model import TRIWULAN, Dokumen
from ikudesk.errors import IkuError
from ikudesk.gui.berkas import pilih_buka, pilih_simpan
from ikudesk.gui.dialogs.umum import dokumen_terbuka, pesan, sibuk
from ikudesk.gui.jendela_dasar import JendelaDasar
from ikudesk.gui.menu import buat_menu
from ikudesk.session.excel_import import BERUBAH, operasi_formulir, operasi_sipd

SARING = "Berkas Excel (*.xlsx)"
NAMA_PESAN = "pesanExcel"


def _pesan(parent: QWidget, teks: str, ikon: QMessageBox.Icon = QMessageBox.Icon.Warning) -> None:
    pesan(parent, ikon, teks, NAMA_PESAN)


def _dokumen(window: QWidget, controller) -> Dokumen | None:  # noqa: ANN001
    return dokumen_terbuka(window, controller, NAMA_PESAN)


def _xlsx(path: str) -> Path:
    p = Path(path)
    return p if p.suffix.lower() == ".xlsx" else p.with_name(p.name + ".xlsx")


def _nama(dok: Dokumen, akhir: str) -> str:
    dasar = "".join(c if c.isalnum() else "-" for c in dok.profil.instansi).strip("-")
    return f"{dasar or 'IKU'}-{akhir}.xlsx"


# --------------------------------------------------------------------------- the menu


def pasang_menu(window: JendelaDasar) -> QMenu:
    """Put Berkas → Excel (four actions) after Ekspor PDF…; each calls a handler below through
    the window's hook (``_kait``), which shows a refused action's message."""
    menu = buat_menu(
        window,
        "E&xcel",
        "menuExcel",
        [
            ("aksiEksporExcel", "&Ekspor Excel…", ekspor_excel),
            ("aksiFormulirExcel", "&Formulir Isian Triwulan…", formulir_isian),
            ("aksiImporFormulir", "&Impor Formulir Isian…", impor_formulir),
            ("aksiImporSipd", "Impor &Anggaran SIPD ke PK…", impor_sipd),
        ],
        window._kait,
    )
    berkas = window.ui.menuBerkas
    daftar = berkas.actions()
    pdf = window.ui.aksiEksporPdf
    sesudah = daftar[daftar.index(pdf) + 1] if pdf in daftar[:-1] else None
    berkas.insertMenu(sesudah, menu) if sesudah is not None else berkas.addMenu(menu)
    # Like Ekspor PDF: only with a document open.
    ctl = window.ctl
    menu.setEnabled(ctl.dokumen is not None)
    ctl.dokumen_opened.connect(lambda dokumen_id: menu.setEnabled(dokumen_id != -1))
    return menu


# --------------------------------------------------------------------------- export


def ekspor_excel(window: QMainWindow, controller) -> None:  # noqa: ANN001
    dok = _dokumen(window, controller)
    if dok is None:
        return
    dipilih = pilih_simpan(window, "excel", "Ekspor Excel", _nama(dok, "IKU"), SARING)
    path = str(dipilih) if dipilih is not None else ""
    if path:
        ekspor_ke(window, controller, _xlsx(path))


def ekspor_ke(window: QWidget, controller, path: Path) -> bool:  # noqa: ANN001
    from ikudesk.files.xlsx_export import ekspor_xlsx

    try:
        with sibuk():
            ekspor_xlsx(controller.dokumen, path)
    except IkuError as e:
        _pesan(window, e.pesan)
        return False
    controller.message.emit(f"Excel disimpan: {path}")
    return True


# --------------------------------------------------------------------------- the form


def triwulan_lalu(hari: date) -> tuple[int, int]:
    """The quarter that ended last (the one the seksi report on now)."""
    k = (hari.month - 1) // 3
    return (hari.year, k) if k else (hari.year - 1, 4)


class DialogFormulir(QDialog):
    """Year, quarter and (optionally) one penanggung jawab (form ``ui/excel_formulir.ui``)."""

    def __init__(self, dok: Dokumen, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # the forms are imported when a dialog opens: the menu is made at every start
        from ikudesk.gui.forms.ui_excel_formulir import Ui_DialogFormulirExcel

        self.ui = Ui_DialogFormulirExcel()
        self.ui.setupUi(self)
        ui = self.ui
        ui.tombol.button(QDialogButtonBox.StandardButton.Ok).setText("Pilih berkas…")
        ui.tombol.button(QDialogButtonBox.StandardButton.Cancel).setText("Batal")
        tahun_lalu, tw_lalu = triwulan_lalu(date.today())
        daftar = dok.tahun() or [tahun_lalu]
        for th in daftar:
            ui.tahunCombo.addItem(str(th), th)
        pilih = tahun_lalu if tahun_lalu in daftar else daftar[-1]
        ui.tahunCombo.setCurrentIndex(daftar.index(pilih))
        for k in TRIWULAN:
            ui.triwulanCombo.addItem(f"Triwulan {ROMAWI[k]}", k)
        ui.triwulanCombo.setCurrentIndex(tw_lalu - 1)
        ui.pjCombo.addItem("(semua indikator)", None)
        nama = sorted(
            {b.strip() for i in dok.semua_indikator() for b in i.penanggung_jawab.splitlines()}
            - {""},
            key=str.casefold,
        )
        for n in nama:
            ui.pjCombo.addItem(n, n)

    def pilihan(self) -> tuple[int, int, str | None]:
        ui = self.ui
        return ui.tahunCombo.currentData(), ui.triwulanCombo.currentData(), ui.pjCombo.currentData()


def formulir_isian(window: QMainWindow, controller) -> DialogFormulir | None:  # noqa: ANN001
    dok = _dokumen(window, controller)
    if dok is None:
        return None
    dlg = DialogFormulir(dok, window)
    dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dlg.accepted.connect(lambda: _pilih_berkas_formulir(window, controller, *dlg.pilihan()))
    dlg.open()
    return dlg


def _pilih_berkas_formulir(
    window: QMainWindow,
    controller,  # noqa: ANN001
    tahun: int,
    triwulan: int,
    pj: str | None,
) -> None:
    akhir = f"formulir-TW{ROMAWI[triwulan]}-{tahun}" + (f"-{pj}" if pj else "")
    saran = _nama(controller.dokumen, akhir)
    dipilih = pilih_simpan(window, "excel", "Formulir Isian Triwulan", saran, SARING)
    path = str(dipilih) if dipilih is not None else ""
    if path:
        tulis_formulir_ke(window, controller, _xlsx(path), tahun, triwulan, pj)


def tulis_formulir_ke(
    window: QWidget,
    controller,  # noqa: ANN001
    path: Path,
    tahun: int,
    triwulan: int,
    pj: str | None,
) -> bool:
    from ikudesk.files.xlsx_form import tulis_formulir

    try:
        with sibuk():
            tulis_formulir(controller.dokumen, path, tahun, triwulan, pj)
    except IkuError as e:
        _pesan(window, e.pesan)
        return False
    controller.message.emit(f"Formulir triwulan {ROMAWI[triwulan]} {tahun} disimpan: {path}")
    return True


# --------------------------------------------------------------------------- imports


class DialogPratinjau(QDialog):
    """What an import will change, before anything is stored (form ``ui/excel_pratinjau.ui``)."""

    def __init__(
        self,
        judul: str,
        ringkasan: str,
        baris: list[str],
        peringatan: list[str] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        from ikudesk.gui.forms.ui_excel_pratinjau import Ui_DialogPratinjauExcel

        self.ui = Ui_DialogPratinjauExcel()
        self.ui.setupUi(self)
        ui = self.ui
        self.setWindowTitle(judul)
        ui.tombol.button(QDialogButtonBox.StandardButton.Save).setText("Simpan")
        ui.tombol.button(QDialogButtonBox.StandardButton.Cancel).setText("Batal")
        ui.ringkasanLabel.setText(ringkasan)
        ui.daftarTeks.setPlainText("\n".join(baris))
        ui.peringatanLabel.setText("\n".join(f"Peringatan: {p}" for p in peringatan or []))
        ui.peringatanLabel.setVisible(bool(peringatan))
        ui.tujuanLabel.setVisible(False)
        ui.tujuanCombo.setVisible(False)


def _buka_xlsx(window: QWidget, judul: str) -> Path | None:
    return pilih_buka(window, "excel", judul, SARING)


def impor_formulir(window: QMainWindow, controller) -> DialogPratinjau | None:  # noqa: ANN001
    dok = _dokumen(window, controller)
    if dok is None:
        return None
    path = _buka_xlsx(window, "Impor Formulir Isian")
    return None if path is None else pratinjau_formulir(window, controller, path)


def pratinjau_formulir(
    window: QWidget,
    controller,
    path: Path,  # noqa: ANN001
) -> DialogPratinjau | None:
    """Read and check the form; show the changes; store them on Simpan (one undo step)."""
    from ikudesk.files.xlsx_form import baca_formulir

    try:
        with sibuk():
            hasil = baca_formulir(controller.dokumen, path)
    except IkuError as e:
        _pesan(window, e.pesan)
        return None
    if hasil.kosong:
        _pesan(window, hasil.ringkasan(), QMessageBox.Icon.Information)
        return None
    dlg = DialogPratinjau(
        "Impor Formulir Isian",
        f"{hasil.ringkasan()} Periksa perubahan di bawah; Simpan menyimpannya sebagai satu "
        "langkah (dapat diurungkan).",
        hasil.pratinjau(),
        parent=window,
    )
    dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    # The step is built now, from the read the list shows, and stored only if the document is
    # still that version when Simpan is pressed.
    op, versi = operasi_formulir(hasil), _versi(controller)
    dlg.accepted.connect(lambda: _terapkan(window, controller, op, versi))
    dlg.open()
    return dlg


def _versi(controller) -> tuple[object, int | None]:  # noqa: ANN001
    """The open document as a preview read it: its session and that session's version."""
    sesi = controller.session_or_fail()
    return sesi, sesi.versi


def _terapkan(window: QWidget, controller, op, versi: tuple[object, int | None]) -> None:  # noqa: ANN001
    """Store the previewed step, only when the document is still the version the preview read
    (a reload after another user's change makes a new session or version)."""
    from ikudesk.persistence.mapper import KonflikVersi

    sesi = controller.session
    if sesi is None or (sesi, sesi.versi) != versi:
        _pesan(window, BERUBAH)
        return
    try:
        with sibuk():
            controller.apply(op)
    except KonflikVersi:
        _pesan(window, BERUBAH)
        return
    except IkuError as e:
        _pesan(window, f"Tidak ada yang disimpan: {e.pesan}")
        return
    controller.message.emit(f"{op.label}: disimpan.")


def _tujuan_pk(dok: Dokumen) -> list[tuple[str, tuple[int, int]]]:
    """Where a lampiran can go: every PK of the document, then a new PK for each year of the
    period that has none."""
    hasil = []
    for pk in sorted(dok.perjanjian_kinerja, key=lambda p: (p.tahun, p.perubahan)):
        nama = "PK" if pk.perubahan == 0 else f"PK Perubahan ke-{pk.perubahan}"
        hasil.append(
            (f"{nama} {pk.tahun} ({len(pk.program)} program diganti)", (pk.tahun, pk.perubahan))
        )
    ada = {pk.tahun for pk in dok.perjanjian_kinerja}
    hasil += [(f"PK {th} (baru)", (th, 0)) for th in dok.tahun() if th not in ada]
    return hasil


def impor_sipd(window: QMainWindow, controller) -> DialogPratinjau | None:  # noqa: ANN001
    dok = _dokumen(window, controller)
    if dok is None:
        return None
    path = _buka_xlsx(window, "Impor Anggaran SIPD")
    return None if path is None else pratinjau_sipd(window, controller, path)


def pratinjau_sipd(window: QWidget, controller, path: Path) -> DialogPratinjau | None:  # noqa: ANN001
    from ikudesk.files.sipd_import import baca_sipd

    dok = controller.dokumen
    try:
        with sibuk():
            hasil = baca_sipd(path)
    except IkuError as e:
        _pesan(window, e.pesan)
        return None
    tujuan = _tujuan_pk(dok)
    if not tujuan:
        _pesan(window, "Dokumen ini belum punya periode atau PK; isi periodenya dahulu.")
        return None
    dlg = DialogPratinjau(
        "Impor Anggaran SIPD",
        f"{hasil.ringkasan()} Pilih PK tujuannya; Simpan mengganti program PK itu dengan "
        "daftar di bawah sebagai satu langkah (dapat diurungkan).",
        hasil.pratinjau(),
        hasil.peringatan(),
        window,
    )
    ui = dlg.ui
    ui.tujuanLabel.setVisible(True)
    ui.tujuanCombo.setVisible(True)
    for teks, data in tujuan:
        ui.tujuanCombo.addItem(teks, data)
    dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    # The PK the step replaces is the one of the document as previewed: stored only if the
    # document is still that version.
    versi = _versi(controller)

    def simpan() -> None:
        tahun, perubahan = ui.tujuanCombo.currentData()
        sesi = controller.session
        if sesi is None or (sesi, sesi.versi) != versi:
            _pesan(window, BERUBAH)
            return
        try:
            op = operasi_sipd(dok, hasil, tahun, perubahan)
        except IkuError as e:
            _pesan(window, f"Tidak ada yang disimpan: {e.pesan}")
            return
        _terapkan(window, controller, op, versi)

    dlg.accepted.connect(simpan)
    dlg.open()
    return dlg
