"""The ``ikudesk`` command: starts the window, or does one job from the command line.

Only this package (and ``ikudesk/__main__.py``) parses arguments: each module here is one group
of commands — ``tambah_perintah(sub)`` adds its parsers, each naming the function that runs it
(``common.perintah``) — and hands the layers below plain, typed values.

Every message is in Indonesian. Exit status: 0 done, 2 bad input (the reason on stderr),
1 an unexpected failure.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence

from ikudesk import __version__
from ikudesk.cli import backup, dokumen, excel, kabupaten, laporan, penetapan, survei, window
from ikudesk.cli.common import (
    BANTUAN_DB,
    DB_PERINTAH,
    KELUAR_GAGAL,
    KELUAR_INPUT,
    KELUAR_OK,
    tambah_db,
)
from ikudesk.errors import IkuError

__all__ = ["KELUAR_GAGAL", "KELUAR_INPUT", "KELUAR_OK", "main", "run"]

# argparse's own words, in Indonesian (it looks them up through its module-level ``_``).
_ARGPARSE_ID = {
    "usage: ": "pemakaian: ",
    "positional arguments": "argumen posisi",
    "options": "pilihan",
    "show this help message and exit": "tampilkan bantuan ini lalu keluar",
    "the following arguments are required: %s": "argumen berikut wajib diisi: %s",
    "unrecognized arguments: %s": "argumen tidak dikenal: %s",
    "invalid choice: %(value)r (choose from %(choices)s)": (
        "pilihan tidak sah: %(value)r (pilih dari %(choices)s)"
    ),
    "argument %(argument_name)s: %(message)s": "argumen %(argument_name)s: %(message)s",
    "invalid %(type)s value: %(value)r": "nilai tidak sah: %(value)r",
    "expected one argument": "perlu satu nilai",
    "%(prog)s: error: %(message)s\n": "%(prog)s: kesalahan: %(message)s\n",
    "ambiguous option: %(option)s could match %(matches)s": (
        "pilihan rancu: %(option)s bisa berarti %(matches)s"
    ),
}


def _terjemah(teks: str) -> str:
    return _ARGPARSE_ID.get(teks, teks)


# The groups, in the order their commands are listed in ``ikudesk --help``.
_KELOMPOK = (dokumen, survei, laporan, backup, excel, penetapan, kabupaten)


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="ikudesk",
        description="IKU Desk — Indikator Kinerja Utama kantor kecamatan. "
        "Tanpa perintah: membuka jendela program.",
    )
    p.add_argument(
        "--versi",
        action="version",
        version=f"IKU Desk {__version__}",
        help="tampilkan versi lalu keluar",
    )
    p.add_argument("--db", metavar="BERKAS|URL", help=BANTUAN_DB)
    window.tambah_pilihan(p)  # --screenshot, --halaman, --dokumen, --smoke
    p.set_defaults(jalankan=window.jalankan)  # each command sets its own (``perintah``)
    sub = p.add_subparsers(dest="perintah", metavar="PERINTAH", title="perintah")
    for kelompok in _KELOMPOK:
        kelompok.tambah_perintah(sub)
    # Every command, also one added later without calling ``tambah_db``, takes ``--db``.
    for perintah in sub.choices.values():
        tambah_db(perintah)
    return p


def _gabung_global(args: argparse.Namespace) -> None:
    """Honour a global option wherever it was written, or refuse it: never ignore it.

    ``--db`` before and after the command is one choice (two different stores are refused);
    an option of the window with a command is refused.
    """
    sesudah = vars(args).pop(DB_PERINTAH, None)
    sebelum = getattr(args, "db", None)
    if sebelum is not None and sesudah is not None and sebelum != sesudah:
        raise IkuError(
            f"--db ditulis dua kali dengan penyimpanan berbeda ('{sebelum}' dan '{sesudah}'); "
            "tulis satu saja."
        )
    args.db = sesudah if sesudah is not None else sebelum
    if args.perintah is None:
        window.periksa_pilihan(args)
        return
    for dest, nama in window.PILIHAN_JENDELA.items():
        if getattr(args, dest, None) not in (None, False):
            raise IkuError(
                f"Pilihan {nama} hanya berlaku saat membuka jendela program, tidak dengan "
                f"perintah '{args.perintah}'."
            )


def main(argv: Sequence[str] | None = None) -> int:
    argparse._ = _terjemah  # type: ignore[attr-defined]
    args = _parser().parse_args(argv)
    try:
        _gabung_global(args)
        jalankan: Callable[[argparse.Namespace], int] = args.jalankan
        return jalankan(args)
    except IkuError as e:
        print(f"ikudesk: {e.pesan}", file=sys.stderr)
        return KELUAR_INPUT
    except KeyboardInterrupt:
        print("ikudesk: dibatalkan.", file=sys.stderr)
        return KELUAR_GAGAL
    except BrokenPipeError:  # the reader went away (``… | head``): nothing more to say
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return KELUAR_GAGAL


def run() -> None:
    sys.exit(main())
