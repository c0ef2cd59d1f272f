"""``ikudesk`` without a command: the window, or (``--screenshot``) a picture of it, or
(``--smoke``) the quick proof that a build works."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ikudesk.cli import common

# Options of the window only: given with a command they would silently do nothing.
PILIHAN_JENDELA = {
    "screenshot": "--screenshot",
    "halaman": "--halaman",
    "dokumen": "--dokumen",
    "smoke": "--smoke",
}


def periksa_pilihan(args: argparse.Namespace) -> None:
    """Refuse window options that would do nothing together (never ignore one silently)."""
    from ikudesk.errors import IkuError

    if args.smoke:
        for dest, nama in PILIHAN_JENDELA.items():
            if dest != "smoke" and getattr(args, dest) is not None:
                raise IkuError(
                    f"Pilihan {nama} tidak berlaku bersama --smoke (uji cepat membuka "
                    "dokumen contohnya sendiri dan tidak memotret); tulis salah satunya saja."
                )
    if args.halaman is not None and not args.screenshot:
        raise IkuError("Pilihan --halaman hanya berlaku bersama --screenshot PNG.")


def tambah_pilihan(p: argparse.ArgumentParser) -> None:
    """The window's options, on the main parser (``--db`` is everyone's)."""
    from ikudesk.gui.app import HALAMAN_FOTO  # a plain tuple: gui.app imports Qt lazily

    p.add_argument(
        "--screenshot",
        metavar="PNG",
        type=common.keluaran(".png"),
        help="simpan gambar jendela utama (indikator pertama terpilih) lalu keluar",
    )
    p.add_argument(
        "--halaman",
        metavar="HALAMAN",
        help="dengan --screenshot: jendela yang difoto, salah satu dari: "
        f"{', '.join(HALAMAN_FOTO)} (bawaan: utama)",
    )
    p.add_argument(
        "--document",
        "--dokumen",
        dest="dokumen",
        type=int,
        metavar="ID",
        help="dokumen yang dibuka",
    )
    p.add_argument(
        "--smoke",
        action="store_true",
        help="uji cepat: buka jendela, muat contoh, tulis PDF dan cadangan, lalu keluar",
    )


def jalankan(args: argparse.Namespace) -> int:
    from ikudesk.gui.app import buat_app, jalankan_jendela, screenshot
    from ikudesk.persistence.store import choose_db

    app = buat_app()
    if args.smoke:
        return jalankan_smoke(args)
    path = choose_db(common.db(args))
    if args.screenshot:
        return screenshot(app, path, Path(args.screenshot), args.dokumen, args.halaman or "utama")
    return jalankan_jendela(app, path, args.dokumen)


def jalankan_smoke(args: argparse.Namespace) -> int:
    """The ``--smoke`` branch: 0 when every step passed, 1 otherwise."""
    import tempfile
    import traceback

    from ikudesk.errors import IkuError
    from ikudesk.smoke import smoke

    try:
        with tempfile.TemporaryDirectory(prefix="ikudesk-smoke-") as kerja:
            ringkasan = smoke(common.db(args), Path(kerja)).ringkasan()
    except IkuError as e:
        print(f"ikudesk --smoke: GAGAL: {e.pesan}", file=sys.stderr)
        return common.KELUAR_GAGAL
    except Exception as e:  # noqa: BLE001 - every failure must end as exit status 1
        traceback.print_exc()
        print(f"ikudesk --smoke: GAGAL: {e.__class__.__name__}: {e}", file=sys.stderr)
        return common.KELUAR_GAGAL
    print(ringkasan)
    return common.KELUAR_OK
