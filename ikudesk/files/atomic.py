"""Atomic file writes: a reader sees the old file or the new one, never half of either."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable
from pathlib import Path

from ikudesk.errors import IkuError


class TulisError(IkuError):
    """A file could not be written; the message says where and why, in Indonesian."""


def pesan_os(e: OSError) -> str:
    """An OSError in words a user understands."""
    import errno

    alasan = {
        errno.ENOSPC: "ruang penyimpanan penuh",
        errno.EACCES: "tidak ada izin menulis di sana",
        errno.EPERM: "tidak ada izin menulis di sana",
        errno.EROFS: "media hanya bisa dibaca (read-only)",
        errno.ENOENT: "folder tidak ada",
        errno.EIO: "kesalahan baca/tulis pada media (flashdisk dicabut?)",
        errno.ENODEV: "media tidak ada lagi (flashdisk dicabut?)",
        errno.EISDIR: "itu sebuah folder, bukan berkas",
    }.get(e.errno or 0)
    return alasan or (e.strerror or str(e))


def _fsync_folder(folder: Path) -> None:
    # On POSIX a rename is only durable once the folder entry is flushed; Windows has no such call.
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def tulis_atomik_dengan(path: Path, tulis: Callable[[Path], object]) -> None:
    """Let ``tulis`` write a temporary file beside ``path``; fsync it and rename it into place.

    On any failure the temporary file is removed and ``path`` is left as it was.
    """
    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    try:
        fd, nama_sementara = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    except OSError as e:
        raise TulisError(f"Tidak dapat menulis '{path}': {pesan_os(e)}.") from None
    os.close(fd)
    sementara = Path(nama_sementara)
    try:
        tulis(sementara)
        with open(sementara, "rb+") as f:
            os.fsync(f.fileno())
        os.replace(sementara, path)
        _fsync_folder(folder)
    except OSError as e:
        with contextlib.suppress(OSError):
            sementara.unlink()
        raise TulisError(f"Tidak dapat menulis '{path}': {pesan_os(e)}.") from None
    except BaseException:
        with contextlib.suppress(OSError):
            sementara.unlink()
        raise


def tulis_atomik(path: Path, isi: bytes) -> None:
    tulis_atomik_dengan(Path(path), lambda p: p.write_bytes(isi))
