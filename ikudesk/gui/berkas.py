"""File dialogs that open in the folder last used for that kind of file (remembered in the
settings): a PDF is saved where the last PDF went, a survey export is looked for where the
last one was, and so on. The first time, the folder the caller proposes (home, a removable
drive for backups)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QWidget

from ikudesk.gui.settings import Pengaturan

#: The kinds of file, each with its own remembered folder.
JENIS = ("pdf", "excel", "json", "cadangan", "survei", "gabung")


def pengaturan_dari(w: QWidget | None) -> Pengaturan:
    """The settings of the main window ``w`` belongs to (its own ``pengaturan``), else the
    user's settings file."""
    while w is not None:
        p = getattr(w, "pengaturan", None)
        if isinstance(p, Pengaturan):
            return p
        w = w.parentWidget()
    return Pengaturan()


def folder_awal(parent: QWidget | None, jenis: str, bawaan: Path | None = None) -> Path:
    assert jenis in JENIS, jenis
    return pengaturan_dari(parent).folder_terakhir(jenis) or bawaan or Path.home()


def _ingat(parent: QWidget | None, jenis: str, path: str) -> Path | None:
    if not path:
        return None
    hasil = Path(path)
    pengaturan_dari(parent).set_folder_terakhir(jenis, hasil.parent)
    return hasil


def pilih_simpan(
    parent: QWidget | None,
    jenis: str,
    judul: str,
    nama: str,
    saring: str,
    bawaan: Path | None = None,
) -> Path | None:
    """Ask where to save ``nama``; the chosen path (its folder remembered), or None."""
    awal = folder_awal(parent, jenis, bawaan) / nama
    path, _ = QFileDialog.getSaveFileName(parent, judul, str(awal), saring)
    return _ingat(parent, jenis, path)


def pilih_buka(
    parent: QWidget | None, jenis: str, judul: str, saring: str, bawaan: Path | None = None
) -> Path | None:
    """Ask which file to open; the chosen path (its folder remembered), or None."""
    path, _ = QFileDialog.getOpenFileName(
        parent, judul, str(folder_awal(parent, jenis, bawaan)), saring
    )
    return _ingat(parent, jenis, path)


def pilih_buka_banyak(
    parent: QWidget | None, jenis: str, judul: str, saring: str, bawaan: Path | None = None
) -> list[Path]:
    """Ask for one or more files to open; the chosen paths (their folder remembered)."""
    awal = str(folder_awal(parent, jenis, bawaan))
    nama, _ = QFileDialog.getOpenFileNames(parent, judul, awal, saring)
    if nama:
        _ingat(parent, jenis, nama[0])
    return [Path(n) for n in nama]
