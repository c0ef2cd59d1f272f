"""A menu of actions that the modules beside the main window (Excel, Dokumen, Tahunan) install."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TypeVar

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QWidget

H = TypeVar("H")


def buat_menu(
    parent: QWidget,
    judul: str,
    nama: str,
    aksi: Sequence[tuple[str, str, H]],
    jalankan: Callable[[H], object],
) -> QMenu:
    """A menu ``judul`` (object name ``nama``) with one action per (object name, text, hook);
    choosing one calls ``jalankan(hook)``, which decides how the hook is called."""
    menu = QMenu(judul, parent)
    menu.setObjectName(nama)
    for nama_aksi, teks, hook in aksi:
        a = QAction(teks, parent)
        a.setObjectName(nama_aksi)
        a.triggered.connect(lambda _=False, h=hook: jalankan(h))
        menu.addAction(a)
    return menu
