"""Where the files that ship with the program (fonts, UI files, sample documents) are.

From a source checkout they sit in the repository root next to the ``ikudesk`` package; in a
PyInstaller bundle they are unpacked under ``sys._MEIPASS``. Every lookup goes through here so
the two cases never drift apart.
"""

from __future__ import annotations

import sys
from pathlib import Path

__all__ = ["ASSET_FOLDERS", "asset_path", "asset_root", "sample_documents"]

#: The top-level folders that hold shipped files.
ASSET_FOLDERS = ("resources", "ui", "data")


def asset_root() -> Path:
    """The folder holding ``resources/``, ``ui/`` and ``data/``.

    Decided on every call (not at import) so the frozen case can be exercised in tests.
    """
    if getattr(sys, "frozen", False):
        meipass = getattr(sys, "_MEIPASS", None)
        if meipass:
            return Path(meipass)
        # One-folder bundles without _MEIPASS keep data next to the executable.
        return Path(sys.executable).resolve().parent
    return Path(__file__).resolve().parent.parent


def asset_path(*parts: str) -> Path:
    """Path of a shipped file or folder, e.g. ``asset_path("resources", "fonts", "X.ttf")``.

    Raises ``ValueError`` for a path outside the asset folders and ``FileNotFoundError``
    (naming the full path) when it does not exist, e.g. an incomplete installation.
    """
    # "resources/fonts" and ("resources", "fonts") mean the same; ".." could leave the
    # asset folders, so it is refused.
    nama = [n for p in parts for n in p.replace("\\", "/").split("/") if n not in ("", ".")]
    if not nama or nama[0] not in ASSET_FOLDERS or ".." in nama:
        raise ValueError(
            f"asset_path harus berada di salah satu dari {ASSET_FOLDERS}, bukan {parts!r}"
        )
    path = asset_root().joinpath(*nama)
    if not path.exists():
        err = FileNotFoundError(
            f"Berkas bawaan aplikasi tidak ditemukan: {path} (instalasi tidak lengkap?)"
        )
        err.filename = str(path)
        raise err
    return path


def sample_documents() -> list[Path]:
    """The sample IKU documents shipped in ``data/``, sorted by name."""
    return sorted(asset_path("data").glob("*.json"))
