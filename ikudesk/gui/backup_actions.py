"""File → Cadangkan…, Pulihkan…, Cadangan Otomatis, and the backup made when the window closes.

Handlers ``(window, controller)`` as in docs/gui-contract.md. The work is in the Qt-free core
(``ikudesk.backup.archive``/``autobackup``); here the user picks files, sees what a backup holds and
says yes. A restore runs between ``controller.detach_store()`` and ``controller.attach_store()``;
when it fails the old store (untouched by the core) is opened again.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QMainWindow, QMessageBox, QWidget

from ikudesk.backup import auto as autobackup
from ikudesk.backup.archive import (
    EKSTENSI,
    InfoCadangan,
    buat_cadangan,
    nama_berkas,
    siapkan_pemulihan,
)
from ikudesk.backup.describe import ukuran_teks
from ikudesk.backup.removable import drive_lepasan
from ikudesk.errors import IkuError
from ikudesk.gui.backup_dialogs import DialogDaftarCadangan, DialogPulihkan
from ikudesk.gui.berkas import pilih_buka, pilih_simpan
from ikudesk.gui.dialogs.umum import JUDUL, pesan, sibuk
from ikudesk.l10n import format_angka
from ikudesk.persistence.store import open_store

SARINGAN = f"Cadangan IKU Desk (*{EKSTENSI})"


def _pesan(parent: QWidget, ikon: QMessageBox.Icon, teks: str) -> QMessageBox:
    return pesan(parent, ikon, teks, "pesanCadangan")


def folder_awal() -> Path:
    """A removable drive first (that is where backups should go), else the home folder."""
    drive = drive_lepasan()
    return drive[0] if drive else Path.home()


def _nama_usulan(controller) -> str:  # noqa: ANN001 - DocumentController
    dok = controller.dokumen
    if dok is not None:
        return nama_berkas(dok.profil.instansi)
    daftar = controller.list_dokumen()
    return nama_berkas(daftar[0].instansi if daftar else "")


def cadangkan(window: QMainWindow, controller, tujuan: Path | None = None) -> Path | None:  # noqa: ANN001
    """Back up the whole store to a file the user picks (removable drives proposed first)."""
    if tujuan is None:
        dipilih = pilih_simpan(
            window, "cadangan", "Cadangkan ke…", _nama_usulan(controller), SARINGAN, folder_awal()
        )
        if dipilih is None:
            return None
        tujuan = dipilih
        if tujuan.suffix.lower() != EKSTENSI:
            tujuan = tujuan.with_name(tujuan.name + EKSTENSI)
    try:
        with sibuk():
            hasil = buat_cadangan(controller.store, tujuan)
    except IkuError as e:
        _pesan(window, QMessageBox.Icon.Warning, f"Cadangan gagal dibuat.\n\n{e.pesan}")
        return None
    info = hasil.info
    _pesan(
        window,
        QMessageBox.Icon.Information,
        f"Cadangan berhasil dibuat dan sudah diperiksa ulang.\n\n{hasil.path}\n"
        f"{format_angka(len(info.dokumen))} dokumen, {ukuran_teks(info.ukuran_berkas)}.",
    )
    controller.message.emit(f"Cadangan disimpan: {hasil.path}")
    return hasil.path


def _tanya_dialog(window: QWidget, info: InfoCadangan) -> bool:
    return DialogPulihkan(info, window).exec() == DialogPulihkan.DialogCode.Accepted


def pulihkan(
    window: QMainWindow,
    controller,  # noqa: ANN001 - DocumentController
    berkas: Path | None = None,
    konfirmasi: Callable[[QWidget, InfoCadangan], bool] | None = None,
) -> bool:
    """Check a backup, show what it holds, ask, then replace the store. True when restored."""
    if berkas is None:
        dipilih = pilih_buka(window, "cadangan", "Pulihkan dari cadangan", SARINGAN, folder_awal())
        if dipilih is None:
            return False
        berkas = dipilih
    store_path = controller.store.path
    try:
        with sibuk():
            pemulihan = siapkan_pemulihan(berkas, store_path)
    except IkuError as e:
        _pesan(
            window,
            QMessageBox.Icon.Warning,
            f"Berkas ini tidak dapat dipulihkan; penyimpanan tidak diubah.\n\n{e.pesan}",
        )
        return False
    with pemulihan:
        if not (konfirmasi or _tanya_dialog)(window, pemulihan.info):
            return False
        path = controller.detach_store()
        try:
            with sibuk():
                hasil = pemulihan.jalankan()
        except IkuError as e:
            try:
                controller.attach_store(open_store(path))
            except IkuError as e2:  # the store cannot be opened at all: say so, stay detached
                e = IkuError(f"{e.pesan}\n\n{e2.pesan}")
            _pesan(window, QMessageBox.Icon.Warning, f"Pemulihan gagal.\n\n{e.pesan}")
            return False
    controller.attach_store(hasil.store)
    teks = "Pemulihan berhasil."
    if hasil.cadangan_lama is not None:
        teks += (
            "\n\nIsi sebelumnya disimpan sebagai cadangan dan dapat dikembalikan lewat "
            f"Cadangan Otomatis:\n{hasil.cadangan_lama}"
        )
    _pesan(window, QMessageBox.Icon.Information, teks)
    controller.message.emit("Penyimpanan dipulihkan dari cadangan.")
    return True


def cadangan_otomatis(window: QMainWindow, controller) -> DialogDaftarCadangan:  # noqa: ANN001
    """The list window of automatic backups; restoring one goes through ``pulihkan``."""
    dlg = DialogDaftarCadangan(controller.store.path, window)

    def diminta(path: Path) -> None:
        if pulihkan(window, controller, berkas=path):
            dlg.accept()

    dlg.pulihkan_diminta.connect(diminta)
    dlg.open()
    return dlg


def cadangan_harian(window: QMainWindow, controller) -> QTimer:  # noqa: ANN001
    """Make today's automatic backup now if due, and check again every hour while open."""

    def periksa() -> None:
        try:
            if autobackup.cadangan_harian(controller.store.path) is not None:
                controller.message.emit("Cadangan otomatis harian dibuat.")
        except IkuError as e:
            controller.message.emit(f"Cadangan otomatis gagal: {e.pesan}")

    timer = QTimer(window)
    timer.setInterval(60 * 60 * 1000)
    timer.timeout.connect(periksa)
    timer.start()
    QTimer.singleShot(0, periksa)
    return timer


def saat_tutup(window: QMainWindow, controller) -> None:  # noqa: ANN001
    """The day's automatic backup when the window closes; a failure is said, never fatal."""
    try:
        store = controller.store
    except IkuError:
        return  # no store attached (closed during a restore)
    try:
        with sibuk():
            autobackup.cadangan_saat_tutup(store.path)
    except IkuError as e:
        QMessageBox.warning(window, JUDUL, f"Cadangan otomatis saat menutup gagal.\n\n{e.pesan}")


# --------------------------------------------------------------- a store that cannot be opened

TOMBOL_PULIHKAN = "Pulihkan dari cadangan…"


def pulihkan_ke_path(
    window: QWidget,
    store_path: Path,
    berkas: Path,
    konfirmasi: Callable[[QWidget, InfoCadangan], bool] | None = None,
):  # noqa: ANN201 - Store | None
    """Restore ``berkas`` over a store nobody has open (it may be damaged); the new Store."""
    try:
        with sibuk():
            pemulihan = siapkan_pemulihan(berkas, store_path)
    except IkuError as e:
        _pesan(window, QMessageBox.Icon.Warning, f"Berkas ini tidak dapat dipulihkan.\n\n{e.pesan}")
        return None
    with pemulihan:
        if not (konfirmasi or _tanya_dialog)(window, pemulihan.info):
            return None
        try:
            with sibuk():
                hasil = pemulihan.jalankan()
        except IkuError as e:
            _pesan(window, QMessageBox.Icon.Warning, f"Pemulihan gagal.\n\n{e.pesan}")
            return None
    teks = "Pemulihan berhasil."
    if hasil.disisihkan is not None:
        teks += f"\n\nBerkas yang rusak tidak dihapus; disimpan sebagai:\n{hasil.disisihkan}"
    _pesan(window, QMessageBox.Icon.Information, teks)
    return hasil.store


def _tanya_pulih(window: QWidget, alasan: str) -> bool:
    kotak = QMessageBox(QMessageBox.Icon.Critical, JUDUL, alasan, parent=window)
    tombol = kotak.addButton(TOMBOL_PULIHKAN, QMessageBox.ButtonRole.AcceptRole)
    kotak.addButton("Tutup", QMessageBox.ButtonRole.RejectRole)
    kotak.exec()
    return kotak.clickedButton() is tombol


def tawarkan_pemulihan(
    window: QMainWindow,
    store_path: Path,
    alasan: str,
    setelah: Callable[[object], None],
    tanya: Callable[[QWidget, str], bool] | None = None,
    konfirmasi: Callable[[QWidget, InfoCadangan], bool] | None = None,
) -> DialogDaftarCadangan | None:
    """The store cannot be opened: say why and offer the local backups to restore from.

    ``setelah(store)`` runs with the restored store; without a restore the window closes.
    Returns the list dialog when it was opened, else None.
    """
    if not (tanya or _tanya_pulih)(window, alasan):
        window.close()
        return None
    dlg = DialogDaftarCadangan(store_path, window)
    dipulihkan: list[object] = []

    def diminta(path: Path) -> None:
        store = pulihkan_ke_path(window, store_path, path, konfirmasi)
        if store is not None:
            dipulihkan.append(store)
            dlg.accept()
            setelah(store)

    def selesai(_hasil: int) -> None:
        if not dipulihkan:
            window.close()

    dlg.pulihkan_diminta.connect(diminta)
    dlg.finished.connect(selesai)
    dlg.open()
    return dlg
