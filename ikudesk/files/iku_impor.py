"""Bring an existing IKU sheet in: a Word (.docx) or Excel (.xlsx) file, recognised by content.

``jenis_berkas`` tells a zip with ``word/document.xml`` (Word), one with ``xl/workbook.xml``
(Excel), an old binary .doc/.xls or a password-protected file (refused with advice), and
anything else (a JSON document file). ``baca_sumber`` reads the sheet into the neutral table of
cells; ``kenali`` (in :mod:`ikudesk.files.iku_tabel`) makes it a document. Nothing is stored.
"""

from __future__ import annotations

import os
from pathlib import Path

from ikudesk.files.batas_arsip import MAKS_BITA_ZIP, ArsipError, tolak_ole
from ikudesk.files.iku_sumber import ImporError, Sumber
from ikudesk.files.iku_tabel import Hasil, kenali


def _buka(path: str | os.PathLike[str]) -> tuple[Path, bytes, int]:
    p = Path(path)
    try:
        ukuran = p.stat().st_size
        with open(p, "rb") as f:
            awal = f.read(8)
    except FileNotFoundError:
        raise ImporError(f"Berkas '{p}' tidak ditemukan.") from None
    except IsADirectoryError:
        raise ImporError(f"'{p}' adalah folder, bukan berkas.") from None
    except OSError as e:
        raise ImporError(f"Berkas '{p}' tidak dapat dibaca: {e.strerror or e}.") from None
    return p, awal, ukuran


def jenis_berkas(path: str | os.PathLike[str]) -> str:
    """``"docx"``, ``"xlsx"`` or ``"json"`` by the file's content; refuses old/encrypted files."""
    import zipfile

    p, awal, ukuran = _buka(path)
    word = p.suffix.lower() in (".doc", ".docx", ".rtf")
    try:
        tolak_ole(p, awal, ukuran, ".doc" if word else ".xls", ".docx" if word else ".xlsx")
    except ArsipError as e:
        raise ImporError(e.pesan) from None
    if not awal.startswith(b"PK\x03\x04"):
        if awal.startswith(b"{\\rtf"):
            raise ImporError(
                f"Berkas '{p.name}' berformat RTF. Buka di Word atau LibreOffice, simpan sebagai "
                ".docx, lalu impor lagi."
            )
        return "json"
    if ukuran > MAKS_BITA_ZIP:
        raise ImporError(
            f"Berkas '{p.name}' terlalu besar ({ukuran / 1024 / 1024:.1f} MB; batasnya "
            f"{MAKS_BITA_ZIP // 1024 // 1024} MB). Sebuah lembar IKU jauh lebih kecil."
        )
    try:
        with zipfile.ZipFile(p) as z:
            nama = set(z.namelist())
    except (zipfile.BadZipFile, OSError):
        raise ImporError(f"Berkas '{p.name}' rusak (arsip zip tidak sah).") from None
    if "word/document.xml" in nama:
        return "docx"
    if "xl/workbook.xml" in nama:
        return "xlsx"
    raise ImporError(
        f"Berkas '{p.name}' bukan dokumen Word (.docx), buku kerja Excel (.xlsx), atau berkas "
        "dokumen IKU (.json)."
    )


def baca_sumber(path: str | os.PathLike[str]) -> Sumber:
    """The sheet at ``path`` (Word or Excel) as the neutral table of cells."""
    jenis = jenis_berkas(path)
    if jenis == "docx":
        from ikudesk.files.iku_word import baca_docx

        return baca_docx(Path(path))
    if jenis == "xlsx":
        from ikudesk.files.iku_xlsx import baca_xlsx

        return baca_xlsx(Path(path))
    raise ImporError(f"Berkas '{Path(path).name}' bukan dokumen Word (.docx) atau Excel (.xlsx).")


def impor_lembar(path: str | os.PathLike[str], peta: dict[int, str] | None = None) -> Hasil:
    """Read and recognise the sheet at ``path``; nothing is stored."""
    return kenali(baca_sumber(path), peta)
