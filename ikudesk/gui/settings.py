"""Window settings between runs: an INI file in the user's data folder (never beside the program).

Geometry and splitter are per user; the last document is remembered per store, since ``--db``
may point the window at another store whose ids mean other documents.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

NAMA_BERKAS = "ikudesk.ini"


def data_folder() -> Path:
    """The same folder as ``core.store.data_folder`` (a test keeps them equal).

    Not imported from there: core.store pulls in SQLAlchemy, and the window reads its settings
    before it paints, while the store is opened only afterwards.
    """
    import platformdirs

    return Path(platformdirs.user_data_dir("IKU Desk", "IKU Desk", roaming=False))


class Pengaturan:
    def __init__(self, folder: Path | None = None) -> None:
        folder = folder if folder is not None else data_folder()
        self.path = folder / NAMA_BERKAS
        self.q = QSettings(str(self.path), QSettings.Format.IniFormat)

    def _bytes(self, kunci: str) -> QByteArray | None:
        nilai = self.q.value(kunci)
        return nilai if isinstance(nilai, QByteArray) and not nilai.isEmpty() else None

    @property
    def geometri(self) -> QByteArray | None:
        return self._bytes("jendela/geometri")

    @geometri.setter
    def geometri(self, nilai: QByteArray) -> None:
        self.q.setValue("jendela/geometri", nilai)

    @property
    def keadaan(self) -> QByteArray | None:
        """Tool bar state of the main window (``saveState``)."""
        return self._bytes("jendela/keadaan")

    @keadaan.setter
    def keadaan(self, nilai: QByteArray) -> None:
        self.q.setValue("jendela/keadaan", nilai)

    @property
    def pemisah(self) -> QByteArray | None:
        return self._bytes("jendela/pemisah")

    @pemisah.setter
    def pemisah(self, nilai: QByteArray) -> None:
        self.q.setValue("jendela/pemisah", nilai)

    @staticmethod
    def _kunci_store(store_path: Path) -> str:
        return (
            "dokumen_terakhir/" + hashlib.sha1(str(store_path.resolve()).encode()).hexdigest()[:16]
        )

    def dokumen_terakhir(self, store_path: Path) -> int | None:
        nilai = self.q.value(self._kunci_store(store_path))
        try:
            return int(nilai) if nilai not in (None, "") else None
        except (TypeError, ValueError):
            return None

    def set_dokumen_terakhir(self, store_path: Path, dokumen_id: int | None) -> None:
        self.q.setValue(self._kunci_store(store_path), dokumen_id if dokumen_id is not None else "")

    def folder_terakhir(self, jenis: str) -> Path | None:
        """The folder a file of ``jenis`` (pdf, excel, json, cadangan, survei) was last saved
        to or opened from; None when never, or when that folder is gone."""
        nilai = self.q.value(f"folder/{jenis}")
        if not nilai:
            return None
        folder = Path(str(nilai))
        return folder if folder.is_dir() else None

    def set_folder_terakhir(self, jenis: str, folder: Path) -> None:
        self.q.setValue(f"folder/{jenis}", str(folder))
        self.q.sync()

    def simpan(self) -> None:
        self.q.sync()
