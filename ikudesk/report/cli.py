"""``ikudesk pdf ID OUT.pdf``: print a stored document to a PDF file."""

from __future__ import annotations

import argparse
import sys

from ikudesk.persistence.store import buka_store


def jalankan_pdf(args: argparse.Namespace) -> int:
    from ikudesk.persistence.kategori_store import baca_kategori
    from ikudesk.persistence.repo import muat_dokumen
    from ikudesk.report import tulis_pdf

    with buka_store(getattr(args, "db", None)) as store:
        dok = muat_dokumen(store, args.id)
        kategori = baca_kategori(store)
    halaman = tulis_pdf(
        dok,
        args.berkas,
        laporan=args.laporan,
        tahun=args.tahun,
        kertas=args.kertas,
        orientasi=args.orientasi,
        kategori=kategori,
    )
    print(f"PDF ditulis ke {args.berkas} ({halaman} halaman).", file=sys.stderr)
    return 0
