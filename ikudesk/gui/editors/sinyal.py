"""Emitting a Qt signal from Python without losing a reference to ``True``/``False``.

PySide6 6.12 on Python 3.11 returns the bool result of ``SignalInstance.emit`` without taking
a reference to it, so each Python-side emit lowers the reference count of ``True`` (or
``False``) by one; after a few thousand emits the interpreter aborts ("bool_dealloc"). Bools
are immortal from Python 3.12 on, and a fixed PySide would not need this: the fault is measured
once, and only then is the reference given back.
"""

from __future__ import annotations

import ctypes
import sys
from functools import cache
from typing import Any

from PySide6.QtCore import QObject, Signal

__all__ = ["pancarkan"]


class _Uji(QObject):
    sinyal = Signal()


@cache
def _perlu_ganti_ref() -> bool:
    uji = _Uji()
    uji.sinyal.connect(lambda: None)
    sebelum = sys.getrefcount(True), sys.getrefcount(False)
    hasil = uji.sinyal.emit()
    del hasil
    sesudah = sys.getrefcount(True), sys.getrefcount(False)
    hilang = sesudah < sebelum
    if hilang:
        for b, (s, t) in zip((True, False), zip(sebelum, sesudah, strict=True), strict=True):
            for _ in range(s - t):
                ctypes.pythonapi.Py_IncRef(ctypes.py_object(b))
    return hilang


def pancarkan(sinyal: Any, *args: Any) -> None:
    """``sinyal.emit(*args)``, safe against the PySide reference fault described above."""
    hasil = sinyal.emit(*args)
    if isinstance(hasil, bool) and _perlu_ganti_ref():
        ctypes.pythonapi.Py_IncRef(ctypes.py_object(hasil))
