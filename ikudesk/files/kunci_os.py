"""The operating system's file lock, shared by the store's locks (``persistence.kunci``) and the
temporary folders that hold copies of a store (``files.sementara``).

The lock sits on an open file handle: a crashed or killed process releases it automatically, so
a lock file left behind on disk is never "stale".
"""

from __future__ import annotations

import contextlib
import sys
from typing import IO


def kunci_os(f: IO[bytes]) -> bool:
    """Try to take an exclusive, non-blocking lock on ``f``; False when someone else holds it."""
    if sys.platform == "win32":  # (not os.name: mypy narrows on sys.platform)
        import msvcrt

        f.seek(0)
        try:
            msvcrt.locking(f.fileno(), msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    import fcntl

    try:
        fcntl.flock(f.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    except OSError as e:
        # Some network shares do not support flock; working unlocked beats not working.
        import errno

        if e.errno in (errno.ENOLCK, errno.EOPNOTSUPP, errno.ENOSYS):
            return True
        raise
    return True


def lepas_os(f: IO[bytes]) -> None:
    if sys.platform == "win32":
        import msvcrt

        f.seek(0)
        with contextlib.suppress(OSError):
            msvcrt.locking(f.fileno(), msvcrt.LK_UNLCK, 1)
        return
    import fcntl

    with contextlib.suppress(OSError):
        fcntl.flock(f.fileno(), fcntl.LOCK_UN)
