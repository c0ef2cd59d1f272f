"""Starts the desktop window: store, lock, controller, main window; or a screenshot of it."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


def _buat_app():  # noqa: ANN202 - QApplication
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("IKU Desk")
    app.setOrganizationName("IKU Desk")
    from ikudesk.gui import terjemahan_qt

    app._penerjemah = terjemahan_qt.pasang(app)  # type: ignore[attr-defined]  # keep alive
    return app


def jalankan_app(args: argparse.Namespace) -> int:
    from PySide6.QtWidgets import QMessageBox

    from ikudesk.core.errors import IkuError
    from ikudesk.core.store import buka_store, pilih_path_store

    app = _buat_app()
    if getattr(args, "smoke", False):
        from ikudesk.smoke import jalankan_smoke

        return jalankan_smoke(args)

    screenshot = getattr(args, "screenshot", None)
    path = pilih_path_store(getattr(args, "db", None))
    kunci = None
    if not screenshot:  # a screenshot only reads; it may run beside an open window
        try:
            from ikudesk.core.kunci import KunciStore

            kunci = KunciStore(path)
            kunci.ambil()
        except IkuError as e:
            QMessageBox.warning(None, "IKU Desk", e.pesan)
            return 2
    try:
        store = buka_store(path)
    except IkuError as e:
        QMessageBox.critical(None, "IKU Desk", e.pesan)
        if kunci is not None:
            kunci.lepas()
        return 2

    from ikudesk.gui.controller import DocumentController
    from ikudesk.gui.main_window import MainWindow

    controller = DocumentController(store)
    window = MainWindow(controller)
    try:
        if screenshot:
            return _screenshot(app, window, Path(screenshot), getattr(args, "dokumen", None))
        from ikudesk.smoke import ukur_mulai

        ukur_mulai(window)  # IKUDESK_UKUR_MULAI=1: print the start-up time, then quit
        window.show()
        if getattr(args, "dokumen", None) is not None:
            window.buka_awal(args.dokumen)
        window.mulai()
        return app.exec()
    finally:
        window.deleteLater()
        if controller._store is not None:
            controller.store.close()
        if kunci is not None:
            kunci.lepas()


def _screenshot(app, window, keluaran: Path, dokumen_id: int | None) -> int:  # noqa: ANN001
    """Show the window with the first indicator selected, save it as PNG, exit."""
    from ikudesk.core.errors import IkuError

    window.resize(1366, 740)
    window.show()
    if not window.buka_awal(dokumen_id):
        raise IkuError("Penyimpanan kosong: belum ada dokumen untuk difoto.")
    indeks = window.model.indikator_pertama()
    if indeks.isValid():
        k = window.model.kunci(indeks)
        window.pilih(*k)
    for _ in range(5):
        app.processEvents()
    gambar = window.grab()
    keluaran.parent.mkdir(parents=True, exist_ok=True)
    if not gambar.save(str(keluaran), "PNG"):
        raise IkuError(f"Gambar tidak dapat disimpan ke '{keluaran}'.")
    print(keluaran)
    return 0
