"""Removable drives (USB sticks) a backup may go to. Best effort: never raises.

Windows: the drive letters whose type is DRIVE_REMOVABLE. Linux: the folders desktop systems
mount sticks under (``/media/$USER/*``, ``/run/media/$USER/*``, ``/media/*``, ``/mnt/*``).
"""

from __future__ import annotations

import contextlib
import getpass
import os
import sys
from pathlib import Path

DRIVE_REMOVABLE = 2


def _windows() -> list[Path]:
    import ctypes

    kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]  # Windows only; runs there
    bitmask = kernel32.GetLogicalDrives()
    hasil = []
    for i in range(26):
        if bitmask & (1 << i):
            akar = f"{chr(ord('A') + i)}:\\"
            if kernel32.GetDriveTypeW(ctypes.c_wchar_p(akar)) == DRIVE_REMOVABLE:
                hasil.append(Path(akar))
    return hasil


def _anak_folder(folder: Path) -> list[Path]:
    with contextlib.suppress(OSError):
        return sorted(p for p in folder.iterdir() if p.is_dir() and os.access(p, os.W_OK))
    return []


def _posix(akar: Path = Path("/")) -> list[Path]:
    try:
        user = getpass.getuser()
    except Exception:  # noqa: BLE001 - no user name is no reason to fail
        user = os.environ.get("USER", "")
    hasil: list[Path] = []
    kandidat = []
    if user:
        kandidat += [akar / "media" / user, akar / "run" / "media" / user]
    kandidat += [akar / "media", akar / "mnt"]
    for folder in kandidat:
        for p in _anak_folder(folder):
            if p not in hasil and p.name != user and os.path.ismount(p):
                hasil.append(p)
    return hasil


def drive_lepasan() -> list[Path]:
    """Mounted removable drives a user can write to; empty when none or unknown."""
    try:
        if sys.platform == "win32":
            return _windows()
        return _posix()
    except Exception:  # noqa: BLE001 - best effort by contract
        return []
