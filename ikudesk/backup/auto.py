"""Rolling automatic backups in the store's backup folder (``backup.folder_cadangan``).

One automatic backup per calendar day at most: made when the app closes (replacing that day's
earlier one, so it holds the day's last state) and, while the app runs, once a day. The newest
``SIMPAN`` days are kept. Nothing is written when the store has not changed since the newest
automatic backup. Pre-restore copies (``sebelum-pulih-…``) are kept apart and pruned the same way.
"""

from __future__ import annotations

import contextlib
import os
from datetime import datetime
from pathlib import Path

from ikudesk.backup.archive import (
    CadanganLokal,
    HasilCadangan,
    _hapus_diam,
    cadangkan_ke_folder,
    daftar_lokal,
)

JENIS = "otomatis"
SIMPAN = 10


def otomatis(store_path: str | os.PathLike[str]) -> list[CadanganLokal]:
    """The automatic backups of this store, newest first."""
    return [c for c in daftar_lokal(store_path) if c.jenis == JENIS]


def _diubah(store_path: Path) -> float:
    waktu = 0.0
    for p in (store_path, Path(f"{store_path}-wal")):
        with contextlib.suppress(OSError):
            waktu = max(waktu, p.stat().st_mtime)
    return waktu


def berubah_sejak_terakhir(store_path: str | os.PathLike[str]) -> bool:
    sp = Path(store_path)
    daftar = otomatis(sp)
    if not daftar:
        return True
    try:
        terakhir = daftar[0].path.stat().st_mtime
    except OSError:
        return True
    return _diubah(sp) > terakhir


def cadangan_saat_tutup(
    store_path: str | os.PathLike[str], simpan: int = SIMPAN
) -> HasilCadangan | None:
    """On close: the day's automatic backup, replacing an earlier one of the same day."""
    sp = Path(store_path)
    if not sp.exists() or not berubah_sejak_terakhir(sp):
        return None
    hari_ini = datetime.now().date()
    lama_hari_ini = [c.path for c in otomatis(sp) if c.waktu.date() == hari_ini]
    hasil = cadangkan_ke_folder(sp, JENIS, simpan=simpan + len(lama_hari_ini))
    # Only after the new one is verified do the same day's older ones go.
    _hapus_diam(*(p for p in lama_hari_ini if p != hasil.path))
    _pangkas(sp, simpan)
    return hasil


def cadangan_harian(
    store_path: str | os.PathLike[str], simpan: int = SIMPAN
) -> HasilCadangan | None:
    """While running: a backup when none was made today and the store changed."""
    sp = Path(store_path)
    if not sp.exists():
        return None
    daftar = otomatis(sp)
    if daftar and daftar[0].waktu.date() == datetime.now().date():
        return None
    if not berubah_sejak_terakhir(sp):
        return None
    hasil = cadangkan_ke_folder(sp, JENIS, simpan=simpan)
    return hasil


def _pangkas(sp: Path, simpan: int) -> None:
    for c in otomatis(sp)[simpan:]:
        _hapus_diam(c.path)
