"""The start-up timing mode: with ``IKUDESK_UKUR_MULAI=1`` the normal start prints the seconds
from process start to the main window's first paint and quits (``scripts/build`` takes the
median of several runs)."""

from __future__ import annotations

import functools
import os
import sys
import time
from pathlib import Path
from typing import Any

ENV_UKUR = "IKUDESK_UKUR_MULAI"
# Set when this module is first imported: the fallback start where the OS cannot say.
_IMPOR = time.time()


def _mulai_proses_linux() -> float | None:
    try:
        stat = Path("/proc/self/stat").read_text()
        uptime = float(Path("/proc/uptime").read_text().split()[0])
    except OSError:
        return None
    # Field 22 (after the parenthesised name, which may hold spaces): start in clock ticks.
    mulai_tik = int(stat.rsplit(")", 1)[1].split()[19])
    umur = uptime - mulai_tik / os.sysconf("SC_CLK_TCK")
    return time.time() - umur


def _mulai_proses_windows() -> float | None:
    import ctypes
    from ctypes import wintypes

    dibuat, keluar, kernel, user = (wintypes.FILETIME() for _ in range(4))
    k32 = ctypes.windll.kernel32  # type: ignore[attr-defined]  # Windows only; runs there
    if not k32.GetProcessTimes(
        k32.GetCurrentProcess(),
        ctypes.byref(dibuat),
        ctypes.byref(keluar),
        ctypes.byref(kernel),
        ctypes.byref(user),
    ):
        return None
    ratus_ns = (dibuat.dwHighDateTime << 32) | dibuat.dwLowDateTime  # since 1601-01-01
    return ratus_ns / 1e7 - 11644473600.0


@functools.cache
def _mulai_proses() -> float:
    """When the OS started this process (epoch seconds); read once, so later calls agree."""
    awal = None
    try:
        if sys.platform.startswith("linux"):
            awal = _mulai_proses_linux()
        elif sys.platform == "win32":
            awal = _mulai_proses_windows()
    except (OSError, ValueError, IndexError, AttributeError):
        awal = None
    return awal if awal is not None else _IMPOR


def detik_sejak_proses_mulai() -> float:
    """Seconds since the OS started this process (bundle bootloader included)."""
    return time.time() - _mulai_proses()


def ukur_mulai(window: Any) -> None:
    """With ``IKUDESK_UKUR_MULAI=1``: on the window's first paint print the start-up time, quit.

    Called by the app just before it shows the main window; does nothing otherwise.
    """
    if os.environ.get(ENV_UKUR) != "1":
        return
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication

    tutup = window.close  # taken before ``obj is window`` narrows it to a QObject

    class _CatatCatPertama(QObject):
        def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
            if event.type() == QEvent.Type.Paint and obj is window:
                detik = detik_sejak_proses_mulai()
                window.removeEventFilter(self)
                print(f"mulai: {detik:.3f} detik sampai jendela utama tergambar", flush=True)
                # Quit after this paint finished; the normal close path still runs.
                QTimer.singleShot(0, tutup)
                QTimer.singleShot(0, QApplication.quit)
            return False

    penyaring = _CatatCatPertama(window)
    window.installEventFilter(penyaring)
