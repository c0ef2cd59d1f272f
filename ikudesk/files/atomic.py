"""Atomic file writes: a reader sees the old file or the new one, never half of either."""

from __future__ import annotations

import contextlib
import os
import stat
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
        errno.ENAMETOOLONG: "nama berkas atau folder terlalu panjang",
    }.get(e.errno or 0)
    return alasan or (e.strerror or str(e))


def bukan_berkas_biasa(path: Path) -> str | None:
    """Why ``path`` must not be opened for reading, or None: a device, FIFO or socket would make
    a read wait for ever (a FIFO with no writer) or never end. A missing file is None: the
    caller says "tidak ditemukan" in its own words."""
    try:
        st = os.stat(path)
    except OSError:
        return None
    if stat.S_ISDIR(st.st_mode) or stat.S_ISREG(st.st_mode):
        return None
    return f"'{path}' bukan berkas biasa (perangkat, FIFO atau soket)"


# The store and the files SQLite and the locks keep beside it. Writing any of them (a PDF saved
# as "ikudesk.sqlite", an export named "ikudesk.sqlite-wal") would destroy every document.
AKHIRAN_PENDAMPING = ("", "-wal", "-shm", "-journal", ".lock", ".tulis.lock")
_dilindungi: set[str] = set()


def lindungi(store_path: str | os.PathLike[str]) -> None:
    """From now on this process refuses to write ``store_path`` or its companion files."""
    _dilindungi.add(os.path.realpath(store_path))


def _folder_sama(a: Path, b: Path) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return os.path.normcase(os.path.realpath(a)) == os.path.normcase(os.path.realpath(b))


def tolak_berkas_store(
    keluaran: str | os.PathLike[str], *store_paths: str | os.PathLike[str]
) -> None:
    """Raise ``TulisError`` when ``keluaran`` is a store (given, or opened by this process) or
    one of its companion files, through any spelling: a symlink, ``..``, another letter case
    (case-insensitive file systems), a hard link."""
    k = Path(os.path.realpath(keluaran))
    for sp_teks in {os.path.realpath(p) for p in store_paths} | _dilindungi:
        sp = Path(sp_teks)
        nama = {(sp.name + a).casefold() for a in AKHIRAN_PENDAMPING}
        sama = k.name.casefold() in nama and _folder_sama(k.parent, sp.parent)
        for a in AKHIRAN_PENDAMPING:
            if sama:
                break
            with contextlib.suppress(OSError):
                sama = os.path.samefile(keluaran, f"{sp}{a}")
        if sama:
            raise TulisError(
                f"'{keluaran}' adalah berkas penyimpanan IKU Desk ('{sp}') atau berkas "
                "pendampingnya; menulis ke sana akan merusak semua dokumen. Pilih nama atau "
                "folder lain."
            )


MAKS_NAMA_BITA = 255  # one name in a path, in bytes (ext4, NTFS in UTF-16 units, FAT)


def periksa_keluaran(path: str | os.PathLike[str], folder_boleh: bool = False) -> bool:
    """Raise ``TulisError`` unless ``path`` may be an output: a regular file (replaced) or a
    new name. A device (/dev/null, /dev/full), a FIFO or a socket is never replaced by a file,
    and a name too long for the file system is named as such. With ``folder_boleh`` an existing
    folder is accepted too (a backup named automatically inside it): True then."""
    path = Path(path)
    bita = len(os.fsencode(path.name))
    if bita > MAKS_NAMA_BITA:
        raise TulisError(
            f"Nama berkas keluaran terlalu panjang ({bita} bita; paling banyak "
            f"{MAKS_NAMA_BITA}): '{path.name[:60]}…'. Pilih nama yang lebih pendek."
        )
    try:
        st = os.stat(path)  # through a symlink: what the name finally points at
    except FileNotFoundError:
        return False
    except OSError as e:
        raise TulisError(f"Tidak dapat menulis '{path}': {pesan_os(e)}.") from None
    if stat.S_ISDIR(st.st_mode):
        if folder_boleh:
            return True
        raise TulisError(f"Tidak dapat menulis '{path}': itu sebuah folder, bukan berkas.")
    if not stat.S_ISREG(st.st_mode):
        raise TulisError(
            f"'{path}' bukan berkas biasa (perangkat, FIFO atau soket); keluaran hanya ditulis "
            "ke berkas biasa atau nama berkas baru. Pilih nama berkas lain."
        )
    return False


def _fsync_folder(folder: Path) -> None:
    # On POSIX a rename is only durable once the folder entry is flushed; Windows has no such call.
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def izin_biasa(path: Path) -> None:
    """Give a file made by ``mkstemp`` (0600) the permissions any new file of the user gets."""
    if os.name != "posix":
        return
    umask = os.umask(0)
    os.umask(umask)
    os.chmod(path, 0o666 & ~umask)


def tulis_atomik_dengan(path: Path, tulis: Callable[[Path], object]) -> None:
    """Let ``tulis`` write a temporary file beside ``path``; fsync it and rename it into place.

    On any failure the temporary file is removed and ``path`` is left as it was.
    """
    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    periksa_keluaran(path)
    tolak_berkas_store(path)
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
        izin_biasa(sementara)
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
