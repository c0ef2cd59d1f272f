"""A guard against a reference-count fault of PySide6 6.12 on Python 3.11.

That PySide returns ``None`` from every void method (``setText``, ``setVisible``, …) and the
bool from ``Signal.emit`` without taking a reference. Each call lowers the count of ``None``
(or ``True``/``False``) by one; after some thousands of calls — minutes of normal use — the
interpreter aborts with "none_dealloc" / "bool_dealloc". Python 3.12 made these objects
immortal, so there the fault is harmless; on older Pythons their count is raised so far that
it can never reach zero. These objects are never freed anyway; only the count's check is moved
out of reach.
"""

from __future__ import annotations

import ctypes
import sys

__all__ = ["lindungi_singleton"]

# 2**40 lost references: at a million a second, twelve days of continuous calls.
_CADANGAN = 1 << 40
_sudah = False


def lindungi_singleton() -> None:
    """Make None, True and False unfreeable on Python < 3.12 (once per process)."""
    global _sudah
    if _sudah or sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return
    for obj in (None, True, False):
        # ob_refcnt is the first field of every CPython object (a Py_ssize_t).
        ctypes.c_ssize_t.from_address(id(obj)).value += _CADANGAN
    _sudah = True
