"""Temporary folders that may hold a copy of a store (a backup's snapshot and check, a restore's
extracted database, a server's logical copy), and the sweep that removes what a killed run left.

Each folder is hidden (``.ikudesk-…tmp``, ``.<store>.pulih-…tmp``) and holds a lock file that its
process keeps locked (``files.kunci_os``) for as long as the folder lives. The OS releases the
lock when the process dies, however it dies, so ``sapu`` can tell a leftover (lock free: removed,
however young) from a folder another running process still works in (lock held: left alone) —
no age guess, so no plaintext copy of a store outlives the next run of the program.

Qt-free; never raises from a sweep.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
from collections.abc import Iterable
from pathlib import Path
from typing import IO

from ikudesk.files.kunci_os import kunci_os, lepas_os

NAMA_KUNCI = ".dipakai"  # the lock file inside each folder
AWALAN = ".ikudesk-"
AKHIRAN = ".tmp"


class FolderSementara:
    """A fresh hidden folder ``<awalan>XXXXXXXX.tmp`` in ``folder``, locked by this process
    until ``hapus()`` removes it (or the process dies and the next sweep does)."""

    def __init__(self, folder: str | os.PathLike[str], awalan: str = AWALAN) -> None:
        for _ in range(20):
            path = Path(tempfile.mkdtemp(prefix=awalan, suffix=AKHIRAN, dir=folder))
            f = _kunci(path)
            if f is not None:
                self.path = path
                self._f: IO[bytes] | None = f
                return
            # A sweep took the new folder's lock first (it found it empty): let it go.
        raise OSError(f"folder sementara di '{folder}' tidak dapat dikunci")

    def hapus(self) -> None:
        """Remove the folder with everything in it (harmless when already done)."""
        f, self._f = self._f, None
        if f is not None:
            _buang(self.path, f)

    def __enter__(self) -> FolderSementara:
        return self

    def __exit__(self, *exc: object) -> None:
        self.hapus()

    def __del__(self) -> None:
        with contextlib.suppress(Exception):
            self.hapus()


def _kunci(path: Path) -> IO[bytes] | None:
    """The folder's lock, taken: the open lock file, or None when someone else holds it (or the
    folder is gone). "a+b" creates the file if missing and never truncates it."""
    try:
        f = open(path / NAMA_KUNCI, "a+b")  # noqa: SIM115 - held open while locked
    except OSError:
        return None
    try:
        if os.name == "nt" and f.tell() == 0:
            f.write(b"\0")
            f.flush()
        if kunci_os(f):
            # Still the folder's own file (not one a concurrent sweep just removed)?
            if os.path.samestat(os.fstat(f.fileno()), os.stat(path / NAMA_KUNCI)):
                return f
            lepas_os(f)
    except OSError:
        pass
    f.close()
    return None


def _buang(path: Path, f: IO[bytes]) -> None:
    """Remove a folder whose lock ``f`` we hold. On POSIX the lock file goes while still held,
    so a process that opened it meanwhile sees it vanish (and makes a folder of its own)."""
    _kosongkan(path)
    if os.name != "nt":
        with contextlib.suppress(OSError):
            (path / NAMA_KUNCI).unlink()
        with contextlib.suppress(OSError):
            path.rmdir()
    lepas_os(f)
    f.close()
    if os.name == "nt":
        with contextlib.suppress(OSError):
            (path / NAMA_KUNCI).unlink()
        with contextlib.suppress(OSError):
            path.rmdir()


def _kosongkan(path: Path) -> None:
    """Everything in the folder but its lock file (Windows cannot delete a file still open)."""
    with contextlib.suppress(OSError):
        for p in path.iterdir():
            if p.name == NAMA_KUNCI:
                continue
            with contextlib.suppress(OSError):
                if p.is_dir() and not p.is_symlink():
                    shutil.rmtree(p, ignore_errors=True)
                else:
                    p.unlink()


def sapu(folder: str | os.PathLike[str], awalan: Iterable[str] = (AWALAN,)) -> list[Path]:
    """Remove the temporary folders (and files of earlier releases) named ``<awalan>….tmp`` in
    ``folder`` that no running process holds; return what was removed. Never raises."""
    dibuang: list[Path] = []
    awal = tuple(awalan)
    try:
        entri = list(Path(folder).iterdir())
    except OSError:
        return dibuang
    for p in entri:
        if not p.name.startswith(awal) or AKHIRAN not in p.name:
            continue
        with contextlib.suppress(OSError):
            if p.is_symlink() or not p.is_dir():
                # A file: a temporary of an earlier release (this one makes only folders), or
                # a -journal/-wal beside one.
                p.unlink()
                dibuang.append(p)
                continue
            f = _kunci(p)
            if f is None:
                continue  # in use by a running process
            _buang(p, f)
            if not p.exists():
                dibuang.append(p)
    return dibuang
