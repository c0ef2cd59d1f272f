"""Starts the desktop window: lock, window, then store and document; or a screenshot of it.

The window is shown and painted first; the store (and with it SQLAlchemy, the slowest import)
is opened right after, in the event loop. An office PC sees the window at once. The command
line (``ikudesk.cli.window``) decides which of these runs; here every input is a plain value.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any


def buat_app():  # noqa: ANN202 - QApplication
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("IKU Desk")
    app.setOrganizationName("IKU Desk")
    from ikudesk.gui import terjemahan_qt

    app._penerjemah = terjemahan_qt.pasang(app)  # type: ignore[attr-defined]  # keep alive
    return app


class _TanpaKunci:
    def ambil(self) -> None:
        pass

    def lepas(self) -> None:
        pass


def buka_jendela(path: Path | str, dokumen_id: int | None = None) -> tuple[Any, Any]:
    """Show the main window on ``path`` (store opened once the window has painted).

    Returns (window, kunci). Raises IkuError when another window holds the store.
    """
    from PySide6.QtCore import QTimer

    from ikudesk.gui.controller import DocumentController
    from ikudesk.gui.main_window import MainWindow
    from ikudesk.persistence.kunci import KunciStore

    # A server store (a postgresql:// URL) has no file to lock: many windows share it.
    kunci = KunciStore(path) if isinstance(path, Path) else _TanpaKunci()
    kunci.ambil()
    controller = DocumentController(None)
    window = MainWindow(controller)
    window.statusBar().showMessage("Membuka penyimpanan…")
    from ikudesk.gui.startup import ukur_mulai

    ukur_mulai(window)  # IKUDESK_UKUR_MULAI=1: print the start-up time, then quit
    window.show()
    # Let the window paint before the slow part (importing SQLAlchemy, reading the store).
    from PySide6.QtWidgets import QApplication

    QApplication.processEvents()

    def buka_store_nanti() -> None:
        from ikudesk.errors import IkuError
        from ikudesk.gui.dialogs.umum import galat
        from ikudesk.persistence.store import StoreRusak, open_store

        try:
            store = open_store(path)
        except StoreRusak as e:
            # Damaged: offer the automatic backups (the damaged file is set aside, not deleted).
            from ikudesk.gui import backup_actions

            # Only a SQLite file can be damaged (a server store is a URL, never StoreRusak).
            dialog = backup_actions.tawarkan_pemulihan(window, Path(path), e.pesan, lanjut)
            window.dialog_pulih = dialog  # type: ignore[attr-defined]  # kept alive with the window
            return
        except IkuError as e:
            galat(window, e.pesan)
            window.close()
            return
        lanjut(store)

    def lanjut(store: Any) -> None:
        controller.attach_store(store)
        window.statusBar().clearMessage()
        try:  # the daily automatic backup (backup part); it must never stop the window
            from ikudesk.gui import backup_actions

            timer = backup_actions.cadangan_harian(window, controller)
            window.timer_cadangan = timer  # type: ignore[attr-defined]  # kept alive with the window
        except Exception as e:  # noqa: BLE001
            window.statusBar().showMessage(f"Cadangan otomatis tidak berjalan: {e}", 10000)
        if dokumen_id is not None:
            window.buka_awal(dokumen_id)
        window.mulai()

    QTimer.singleShot(0, buka_store_nanti)
    return window, kunci


def jalankan_jendela(app: Any, path: Path | str, dokumen_id: int | None) -> int:
    """The window on ``path`` until the user closes it: the exit status (2: store locked)."""
    from PySide6.QtWidgets import QMessageBox

    from ikudesk.errors import IkuError

    try:
        window, kunci = buka_jendela(path, dokumen_id)
    except IkuError as e:
        QMessageBox.warning(None, "IKU Desk", e.pesan)
        return 2
    try:
        return app.exec()
    finally:
        ctl = window.ctl
        ctl.stack.clear()
        if ctl._store is not None:
            ctl.store.close()
        kunci.lepas()


#: What ``--screenshot --halaman`` can take (the pictures of the Panduan come from these).
HALAMAN_FOTO = (
    "utama",
    "pengukuran",
    "pk",
    "survei",
    "ringkasan",
    "cetak",
    "excel",
    "cadangan",
    "server",
)


def _buka_halaman(window: Any, controller: Any, halaman: str) -> Any:
    """Open ``halaman`` over the main window as the user would; the widget to photograph."""
    from ikudesk.errors import IkuError

    if halaman == "utama":
        return window
    if halaman == "pengukuran":
        from ikudesk.gui.pengukuran.view import buka_pengukuran

        jendela = buka_pengukuran(window, controller)
        jendela.resize(window.size())
        return jendela
    if halaman in ("pk", "ringkasan"):
        from ikudesk.gui import tahunan_actions

        buka = tahunan_actions.perjanjian_kinerja if halaman == "pk" else tahunan_actions.ringkasan
        return buka(window, controller)
    if halaman == "survei":
        from ikudesk.gui.survei.halaman import buka_survei

        ind = next((i for i in controller.dokumen.semua_indikator() if i.survei_ikm), None)
        if ind is None:
            raise IkuError("Dokumen ini belum punya survei IKM untuk difoto.")
        return buka_survei(window, controller, int(ind.id), max(ind.survei_ikm))
    if halaman == "cetak":
        from ikudesk.gui import pdf_actions

        return pdf_actions.cetak(window, controller)
    if halaman == "excel":
        from ikudesk.gui import excel_actions

        return excel_actions.formulir_isian(window, controller)
    if halaman == "cadangan":
        from ikudesk.gui import backup_actions

        return backup_actions.cadangan_otomatis(window, controller)
    if halaman == "server":
        from ikudesk.gui.dialogs.server import DialogServer

        d = DialogServer(None, window)
        d.show()
        return d
    pilihan = ", ".join(HALAMAN_FOTO)
    raise IkuError(f"Halaman '{halaman}' tidak dikenal; pilih salah satu: {pilihan}.")


def screenshot(
    app: Any,
    path: Path | str,
    keluaran: Path,
    dokumen_id: int | None,
    halaman: str = "utama",
) -> int:
    """Show the window with the first indicator selected (and ``halaman`` opened over it:
    a yearly page, a dialog), save that as PNG, exit.

    Only reads the store, so it takes no lock and may run beside an open window. Nothing the
    pages could store is kept: the undo history is cleared and the store is only read.
    """
    from ikudesk.errors import IkuError
    from ikudesk.gui.controller import DocumentController
    from ikudesk.gui.main_window import MainWindow
    from ikudesk.gui.settings import Pengaturan
    from ikudesk.persistence.store import open_store

    if halaman not in HALAMAN_FOTO:
        _buka_halaman(None, None, halaman)  # raises the message naming the choices
    with open_store(path) as store:
        from ikudesk.persistence.repo import list_dokumen

        ada = [d.id for d in list_dokumen(store)]
        if dokumen_id is not None and dokumen_id not in ada:
            # Checked here: the window would ask in a message box, and nobody is there to answer.
            raise IkuError(f"Dokumen nomor {dokumen_id} tidak ada di penyimpanan.")
        controller = DocumentController(store)
        # Settings of its own: a screenshot never moves the user's window or last document.
        import tempfile

        with tempfile.TemporaryDirectory() as tmp:
            window = MainWindow(controller, Pengaturan(Path(tmp)))
            window.resize(1366, 740)
            window.show()
            if not window.buka_awal(dokumen_id):
                raise IkuError("Penyimpanan kosong: belum ada dokumen untuk difoto.")
            kunci = window.model.kunci(window.model.indikator_pertama())
            if kunci is not None:
                window.pilih(*kunci)
            for _ in range(5):
                app.processEvents()
            foto = _buka_halaman(window, controller, halaman)
            for _ in range(10):
                app.processEvents()
            gambar = foto.grab()
            controller.stack.clear()
            if foto is not window:
                foto.close()
            window.hide()
    from ikudesk.files.atomic import tulis_atomik_dengan

    def simpan(sementara: Path) -> None:
        if not gambar.save(str(sementara), "PNG"):
            raise IkuError(f"Gambar tidak dapat disimpan ke '{keluaran}'.")

    keluaran.parent.mkdir(parents=True, exist_ok=True)
    # Atomic, and refused when it names the store (or its -wal, lock, …).
    tulis_atomik_dengan(keluaran, simpan)
    print(keluaran)
    return 0
