"""The "Tahunan" menu: the yearly documents' windows (Perjanjian Kinerja, Ringkasan Capaian).

The main window calls ``pasang_menu_tahunan`` once; each handler is
``handler(window, controller)`` like the other menu hooks, and opens (or raises) one window
per main window, not modal, so the tree stays usable beside it.
"""

from __future__ import annotations

from PySide6.QtWidgets import QMainWindow, QMenu, QWidget

from ikudesk.gui.dialogs.umum import dokumen_terbuka
from ikudesk.gui.menu import buat_menu


def _jendela(window: QMainWindow, nama: str, buat) -> QWidget:  # noqa: ANN001
    """The window kept under ``nama`` on the main window, made on first use."""
    ada = getattr(window, nama, None)
    if ada is None:
        ada = buat()
        setattr(window, nama, ada)
    ada.show()
    ada.raise_()
    ada.activateWindow()
    return ada


def _perlu_dokumen(window: QMainWindow, controller) -> bool:  # noqa: ANN001
    return dokumen_terbuka(window, controller, "pesanTahunan") is not None


def ringkasan(window: QMainWindow, controller) -> QWidget | None:  # noqa: ANN001
    from ikudesk.gui.ringkasan import JendelaRingkasan

    if not _perlu_dokumen(window, controller):
        return None
    ada = getattr(window, "_jendela_ringkasan", None)
    if ada is not None and not ada.isVisible():
        ada.halaman.isi_tahun(baru=True)  # opens on the latest year with values, every time
    return _jendela(window, "_jendela_ringkasan", lambda: JendelaRingkasan(controller, window))


def perjanjian_kinerja(window: QMainWindow, controller) -> QWidget | None:  # noqa: ANN001
    from ikudesk.gui.pk.jendela import JendelaPk

    if not _perlu_dokumen(window, controller):
        return None
    return _jendela(window, "_jendela_pk", lambda: JendelaPk(controller, window))


def pasang_menu_tahunan(window: QMainWindow, controller) -> QMenu:  # noqa: ANN001
    """A "Tahunan" menu before Bantuan (the last menu)."""
    menu = buat_menu(
        window,
        "&Tahunan",
        "menuTahunan",
        [
            ("aksiPerjanjianKinerja", "&Perjanjian Kinerja…", perjanjian_kinerja),
            ("aksiRingkasan", "&Ringkasan Capaian…", ringkasan),
        ],
        lambda fn: fn(window, controller),
    )
    bar = window.menuBar()
    akhir = bar.actions()[-1] if bar.actions() else None
    bar.insertMenu(akhir, menu) if akhir is not None else bar.addMenu(menu)
    from ikudesk.gui.kabupaten import pasang_menu_kabupaten  # gabung, Rekap Kabupaten

    pasang_menu_kabupaten(window, controller, menu)
    return menu
