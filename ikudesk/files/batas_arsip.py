"""Bounds for a zip-packed office file (.docx, .xlsx) that came from elsewhere.

Checked before any XML is parsed, so a zip bomb, a huge file, an old binary .doc/.xls or a
password-protected file is refused in seconds with bounded memory. The sizes a zip's directory
declares may lie: every member is decompressed here in chunks and counted, never trusted.
"""

from __future__ import annotations

import zipfile
import zlib
from pathlib import Path

from ikudesk.errors import IkuError
from ikudesk.files import batas
from ikudesk.files.atomic import bukan_berkas_biasa

# The one set of bounds every reader applies (files.batas); here they are also counted while
# decompressing, since a zip's directory may lie about sizes.
MAKS_BITA_ZIP = batas.MAKS_BITA  # the file on disk
MAKS_BITA_TERURAI_ZIP = batas.MAKS_BITA_TERURAI  # all members together, decompressed
_POTONGAN = 1024 * 1024

OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


class ArsipError(IkuError):
    """The file is not a zip-packed office file this program reads safely."""


def jenis_ole(p: Path, awal: bytes, ukuran: int) -> str | None:
    """What an OLE compound file is: "terenkripsi" (Office keeps a password-protected
    .docx/.xlsx in one, with an "EncryptionInfo" stream), "lama" (an old .doc/.xls), or None
    when ``awal`` is not an OLE file's start."""
    if not awal.startswith(OLE):
        return None
    with open(p, "rb") as f:
        isi = f.read(min(ukuran, 4 * 1024 * 1024))
    return "terenkripsi" if "EncryptionInfo".encode("utf-16-le") in isi else "lama"


def tolak_ole(p: Path, awal: bytes, ukuran: int, lama: str, baru: str) -> None:
    """Refuse an OLE compound file: a password-protected .docx/.xlsx or an old .doc/.xls."""
    jenis = jenis_ole(p, awal, ukuran)
    if jenis == "terenkripsi":
        raise ArsipError(
            f"Berkas '{p.name}' dilindungi kata sandi (terenkripsi) dan tidak dapat dibaca. "
            "Buka berkasnya, hapus kata sandinya, simpan, lalu impor lagi."
        )
    if jenis == "lama":
        raise ArsipError(
            f"Berkas '{p.name}' berformat lama ({lama}). Buka di Word/Excel atau LibreOffice, "
            f"simpan sebagai {baru}, lalu impor lagi."
        )


def tanda_berkas(p: Path, galat: type[IkuError], hilang: str, bukan: str) -> tuple[bytes, int]:
    """The first 8 bytes of the file at ``p`` (what its format starts with) and its size; a
    missing file, a folder or an unreadable one refused with ``galat`` in the caller's words
    (``hilang``: "tidak ditemukan"; ``bukan``: what a folder is not, e.g. "bukan berkas")."""
    if sebab := bukan_berkas_biasa(p):
        raise galat(f"{sebab}; {bukan}.")
    try:
        ukuran = p.stat().st_size
        with open(p, "rb") as f:
            awal = f.read(8)
    except FileNotFoundError:
        raise galat(f"Berkas '{p}' {hilang}.") from None
    except IsADirectoryError:
        raise galat(f"'{p}' adalah folder, {bukan}.") from None
    except OSError as e:
        raise galat(f"Berkas '{p}' tidak dapat dibaca: {e.strerror or e}.") from None
    return awal, ukuran


def periksa_paket(p: Path, bagian: str, bukan: str) -> set[str]:
    """The member names of an office package at ``p`` within the bounds; refused (``bukan``:
    what the file then is not, e.g. "dokumen Word (.docx)") without its main ``bagian``."""
    nama = periksa_zip(p)
    if bagian not in nama:
        raise ArsipError(f"Berkas '{p.name}' bukan {bukan}.")
    return nama


def periksa_zip(p: Path, maks_terurai: int = MAKS_BITA_TERURAI_ZIP) -> set[str]:
    """The member names of the zip at ``p``, after decompressing every member within bounds."""
    try:
        with zipfile.ZipFile(p) as z:
            try:
                # Declared sizes and ratios, the number of members, encryption: refused at once.
                batas.periksa_zip(z, p.name)
            except batas.BatasError as e:
                raise ArsipError(e.pesan) from None
            info = z.infolist()  # every member, a name given twice too
            total = 0
            for i in info:
                with z.open(i) as f:
                    while blok := f.read(_POTONGAN):
                        total += len(blok)
                        if total > maks_terurai:
                            raise ArsipError(
                                f"Isi berkas '{p.name}' terlalu besar setelah diurai (lebih dari "
                                f"{maks_terurai // 1024 // 1024} MB; mungkin 'bom zip'). Berkas "
                                "ini tidak dibaca."
                            )
            return {i.filename for i in info}
    except ArsipError:
        raise
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError, NotImplementedError, ValueError):
        raise ArsipError(f"Berkas '{p.name}' rusak (arsip zip tidak sah).") from None


def sebab_rusak(e: BaseException) -> str:
    """Why a package's XML could not be read, in words (not the parser's class name)."""
    teks = str(e).lower()
    if "entity" in teks or "entitas" in teks or "amplification" in teks:
        return (
            "isinya tidak aman (XML dengan entitas yang berlipat ganda, cara membuat berkas "
            "kecil meledak saat dibaca)"
        )
    if type(e).__name__ == "XMLSyntaxError":
        return "isi XML-nya rusak"
    if isinstance(e, KeyError):
        return "bagian yang wajib ada di dalam berkas tidak ditemukan"
    return "berkasnya rusak atau bukan format yang dikenal"
