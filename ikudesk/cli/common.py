"""What every command of ``ikudesk`` shares: exit statuses, the options written alike
(``--db``, ``--tahun``, ``--triwulan``, ``--kertas``, ``--ya``), opening the store named by
``--db``, the one y/T question and the warnings on stderr.

Imported at every start (the window's too) to build the parser: nothing heavy at module level.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ikudesk.persistence.store import Store

KELUAR_OK, KELUAR_GAGAL, KELUAR_INPUT = 0, 1, 2

BANTUAN_DB = (
    "berkas penyimpanan, atau server postgresql://pengguna@host:port/basisdata "
    "(bawaan: IKUDESK_DB, atau folder data pengguna)"
)
# ``--db`` after the command is stored under its own name, so that the subparser's default can
# never overwrite a ``--db`` written before the command (argparse copies a subparser's defaults
# over the main namespace); ``main`` merges the two.
DB_PERINTAH = "db_perintah"
KERTAS = ["F4", "A4", "LEGAL", "LETTER"]


def perintah(
    sub: Any,  # noqa: ANN401 - argparse's private subparsers action
    nama: str,
    jalankan: Callable[[argparse.Namespace], int],
    bantuan: str,
) -> argparse.ArgumentParser:
    """Add the command ``nama`` (``bantuan``: its line in ``--help``); ``main`` runs
    ``jalankan(args)`` for it."""
    s: argparse.ArgumentParser = sub.add_parser(nama, help=bantuan)
    s.set_defaults(jalankan=jalankan)
    return s


def tambah_db(p: argparse.ArgumentParser) -> None:
    """Give a command ``--db`` (idempotent; every command gets it anyway, see ``_parser``)."""
    if "--db" in p._option_string_actions:
        return
    p.add_argument(
        "--db", dest=DB_PERINTAH, default=argparse.SUPPRESS, metavar="BERKAS|URL", help=BANTUAN_DB
    )


def triwulan(teks: str) -> int:
    """A quarter 1–4 (Roman numerals too: I, II, III, IV)."""
    romawi = {"I": 1, "II": 2, "III": 3, "IV": 4}
    t = teks.strip().upper()
    if t in romawi:
        return romawi[t]
    if t in ("1", "2", "3", "4"):
        return int(t)
    raise argparse.ArgumentTypeError(f"triwulan '{teks}' tidak ada; pilih 1, 2, 3 atau 4")


def tambah_triwulan(p: Any, bantuan: str) -> None:  # noqa: ANN401 - a parser or a group
    p.add_argument(
        "--triwulan", "--quarter", dest="triwulan", type=triwulan, metavar="K", help=bantuan
    )


def tambah_tahun(p: argparse.ArgumentParser, bantuan: str, *, wajib: bool = False) -> None:
    p.add_argument(
        "--tahun",
        "--year",
        dest="tahun",
        type=int,
        required=wajib,
        metavar="TAHUN",
        help=bantuan,
    )


def tambah_id(
    p: argparse.ArgumentParser, bantuan: str = "nomor dokumen (lihat: ikudesk list)"
) -> None:
    p.add_argument("id", type=int, metavar="ID", help=bantuan)


def tambah_kertas(p: argparse.ArgumentParser, bantuan: str) -> None:
    p.add_argument(
        "--kertas", "--paper", dest="kertas", type=str.upper, choices=KERTAS, help=bantuan
    )


def tambah_ya(
    p: argparse.ArgumentParser, bantuan: str, nama: tuple[str, str] = ("--yes", "--ya")
) -> None:
    """``--yes``/``--ya``: no question asked (``nama``: the order ``--help`` shows them in)."""
    p.add_argument(*nama, dest="ya", action="store_true", help=bantuan)


# What a file of each ending is, in the words of a refusal: an output named for another kind
# of file (a workbook written as "laporan.pdf") would open in the wrong program, or not at all.
JENIS_AKHIRAN = {
    ".pdf": "PDF",
    ".xlsx": "buku kerja Excel",
    ".json": "berkas dokumen JSON",
    ".ikubackup": "berkas cadangan",
    ".png": "gambar PNG",
    ".jpg": "gambar JPEG",
    ".jpeg": "gambar JPEG",
    ".docx": "dokumen Word",
    ".doc": "dokumen Word lama",
    ".xls": "buku kerja Excel lama",
    ".csv": "tabel CSV",
    ".odt": "dokumen LibreOffice",
    ".ods": "lembar kerja LibreOffice",
    ".zip": "arsip ZIP",
    ".txt": "berkas teks",
}  # not .sqlite: an output onto a store is refused by the store's own guard, in its words


def keluaran(akhiran: str) -> Callable[[str], str]:
    """An argparse ``type`` for an output file written as ``akhiran``: a name ending in another
    known kind is refused while parsing (exit 2); a name without an ending, or an unknown one,
    is the user's choice."""

    def nama_keluaran(teks: str) -> str:
        if os.path.isdir(teks):
            return teks  # a folder (backup names its file itself; others refuse it later)
        # "x.pdf/" and (on Windows) "x.pdf." or "x.pdf " still name x.pdf
        ada = os.path.splitext(teks.rstrip("/\\. "))[1].lower()
        if ada in JENIS_AKHIRAN and ada != akhiran:
            raise argparse.ArgumentTypeError(
                f"'{teks}' berakhiran {ada} ({JENIS_AKHIRAN[ada]}), padahal yang ditulis "
                f"{JENIS_AKHIRAN[akhiran]}; pakai nama berakhiran {akhiran}"
            )
        return teks

    return nama_keluaran


def db(args: argparse.Namespace) -> str | None:
    return getattr(args, "db", None)


def buka(args: argparse.Namespace, *, read_only: bool = False) -> Store:
    """The store ``--db`` names (``read_only``: creates nothing, adopts no foreign file)."""
    from ikudesk.persistence.store import open_store

    return open_store(db(args), read_only=read_only)


def tanya(teks: str) -> bool:
    """The one y/T question of the command line (on stderr; no answer is no)."""
    print(teks, end="", file=sys.stderr, flush=True)
    try:
        jawab = sys.stdin.readline() if sys.stdin is not None else ""
    except (OSError, ValueError):
        return False
    return jawab.strip().lower() in ("y", "ya")


def peringatan(teks: str) -> None:
    print(f"ikudesk: peringatan: {teks}", file=sys.stderr)


def tambah_versi(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--versi-ditetapkan",
        "--versi",
        dest="versi_ditetapkan",
        type=int,
        metavar="N",
        help="versi N persis seperti ditetapkan (lihat: ikudesk riwayat ID)",
    )
