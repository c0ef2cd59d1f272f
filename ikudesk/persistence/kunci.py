"""One IKU Desk window per store: an OS lock on ``<store>.lock``.

The lock is held by the operating system on an open file handle, so a crashed or killed
process releases it automatically; a lock file left behind on disk is never "stale".
Command-line jobs do not take it: SQLite's own locking keeps them safe beside a window.

A second lock, ``<store>.tulis.lock`` (``KunciTulis``), is held by every write transaction and,
for its whole copy-and-swap, by a restore. SQLite's own lock cannot do this job: it lives in the
database file, and a writer waiting on the old file would commit into it after the swap, into a
file nobody reads again. Both locks are taken on the resolved path, so a symlink to the store
locks the store itself.
"""

from __future__ import annotations

import contextlib
import os
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import IO

from ikudesk.errors import IkuError
from ikudesk.files.kunci_os import kunci_os, lepas_os


class StoreTerkunci(IkuError):
    """Another IKU Desk window already has this store open."""


def _resolved(store_path: str | os.PathLike[str]) -> Path:
    # A symlink (or "..") to the store must lock the same file as the store's own path.
    return Path(os.path.realpath(store_path))


def path_kunci(store_path: str | os.PathLike[str]) -> Path:
    p = _resolved(store_path)
    return p.with_name(p.name + ".lock")


def path_kunci_tulis(store_path: str | os.PathLike[str]) -> Path:
    p = _resolved(store_path)
    return p.with_name(p.name + ".tulis.lock")


# The OS lock itself lives in files (the temporary copies of a store use it too).
_kunci_os = kunci_os
_lepas_os = lepas_os


def _ensure_first_byte(f: IO[bytes]) -> None:
    """msvcrt locks a byte range: on Windows the lock file must have its first byte."""
    if os.name == "nt" and f.tell() == 0:
        f.write(b"\0")
        f.flush()


class KunciStore:
    """``with KunciStore(path):`` or ``ambil()`` … ``lepas()``; ``path`` is the store file."""

    def __init__(self, store_path: str | os.PathLike[str]) -> None:
        self.store_path = Path(store_path)
        self.path = path_kunci(self.store_path)
        self._f: IO[bytes] | None = None

    @property
    def dipegang(self) -> bool:
        return self._f is not None

    def ambil(self) -> None:
        """Take the lock, or raise ``StoreTerkunci`` when another window holds it."""
        if self._f is not None:
            return
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            # "a+b": never truncates, creates when missing; the file's content does not matter.
            f = open(self.path, "a+b")  # noqa: SIM115 - held open while locked
        except OSError as e:
            from ikudesk.files.atomic import pesan_os

            raise StoreTerkunci(
                f"Berkas kunci '{self.path}' tidak dapat dibuat: {pesan_os(e)}."
            ) from None
        try:
            _ensure_first_byte(f)
            ok = _kunci_os(f)
        except OSError as e:
            f.close()
            from ikudesk.files.atomic import pesan_os

            raise StoreTerkunci(
                f"Berkas kunci '{self.path}' tidak dapat dikunci: {pesan_os(e)}."
            ) from None
        if not ok:
            f.close()
            raise StoreTerkunci(
                "IKU Desk sudah terbuka dengan penyimpanan ini di jendela lain "
                f"('{self.store_path}'). Tutup jendela itu dulu, atau pakai jendela yang "
                "sudah terbuka."
            )
        self._f = f

    def lepas(self) -> None:
        """Release the lock (harmless when not held). The file stays; it carries no state."""
        f, self._f = self._f, None
        if f is None:
            return
        _lepas_os(f)
        f.close()

    def __enter__(self) -> KunciStore:
        self.ambil()
        return self

    def __exit__(self, *exc: object) -> None:
        self.lepas()

    def __del__(self) -> None:
        with contextlib.suppress(Exception):
            self.lepas()


class KunciTulisError(IkuError):
    """The store stayed busy (a restore, another writer) longer than a writer may wait."""


# Paths whose write lock this thread already holds, with how often: a restore opens the new
# store (which may migrate it) while holding the lock, and must not wait for itself.
_dipegang = threading.local()
TUNGGU_TULIS = 120.0


@contextlib.contextmanager
def kunci_tulis(store_path: str | os.PathLike[str], tunggu: float = TUNGGU_TULIS) -> Iterator[None]:
    """Hold the store's write lock (see the module text); wait up to ``tunggu`` seconds for it."""
    path = path_kunci_tulis(store_path)
    kunci = str(path)
    tabel: dict[str, int] = _dipegang.__dict__.setdefault("tabel", {})
    if tabel.get(kunci):
        tabel[kunci] += 1
        try:
            yield
        finally:
            tabel[kunci] -= 1
        return
    from ikudesk.files.atomic import pesan_os

    try:
        f = open(path, "a+b")  # noqa: SIM115 - held open while locked
    except OSError as e:
        raise KunciTulisError(
            f"Penyimpanan '{store_path}' tidak dapat ditulis: berkas kunci '{path}' tidak dapat "
            f"dibuat ({pesan_os(e)})."
        ) from None
    try:
        _ensure_first_byte(f)
        batas = time.monotonic() + tunggu
        jeda = 0.002
        while not _kunci_os(f):
            if time.monotonic() >= batas:
                raise KunciTulisError(
                    f"Penyimpanan '{store_path}' sedang dipulihkan atau ditulis program lain "
                    f"lebih dari {int(tunggu)} detik; tidak ada yang diubah. Coba lagi nanti."
                )
            time.sleep(jeda)
            jeda = min(jeda * 2, 0.05)
        tabel[kunci] = 1
        try:
            yield
        finally:
            tabel.pop(kunci, None)
            _lepas_os(f)
    finally:
        f.close()
