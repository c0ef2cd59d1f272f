"""``ikudesk pdf ID OUT.pdf``: print a stored document to a PDF file."""

from __future__ import annotations

import argparse
import sys

from ikudesk.persistence.store import buka_store
from ikudesk.report.registry import cari_laporan


def jalankan_pdf(args: argparse.Namespace) -> int:
    from ikudesk.persistence.repo import load_dokumen
    from ikudesk.report import tulis_pdf

    jenis = cari_laporan(args.laporan)
    kategori = None
    versi = getattr(args, "versi_ditetapkan", None)
    with buka_store(getattr(args, "db", None), baca_saja=True) as store:  # reads only
        if versi is not None:
            from ikudesk.persistence.riwayat import load_dokumen_versi

            dok = load_dokumen_versi(store, args.id, versi)  # exactly as signed
        else:
            dok = load_dokumen(store, args.id)
        if "kategori" in jenis.opsi:
            from ikudesk.persistence.kategori_store import kategori_problem, load_kategori

            kategori = load_kategori(store)
            masalah = kategori_problem(store)
            if masalah:
                print(f"ikudesk: peringatan: {masalah}", file=sys.stderr)
    from ikudesk.report.registry import OpsiLaporan

    perubahan, sejak = getattr(args, "perubahan", None), getattr(args, "sejak", None)
    triwulan = getattr(args, "triwulan", None)
    for nama, nilai in (("triwulan", triwulan), ("perubahan", perubahan), ("sejak", sejak)):
        if nilai is not None and nama not in jenis.opsi:
            print(f"ikudesk: --{nama} tidak dipakai oleh laporan '{jenis.kode}'.", file=sys.stderr)
    halaman = tulis_pdf(
        dok,
        args.berkas,
        laporan=jenis.kode,
        tahun=args.tahun,
        kertas=args.kertas,
        orientasi=args.orientasi,
        kategori=kategori,
        perubahan=perubahan,
        sejak=sejak,
        triwulan=triwulan,
        jilid=bool(getattr(args, "jilid", False)),
        cetak_penetapan=not getattr(args, "tanpa_penetapan", False),
    )
    opsi = OpsiLaporan(args.tahun, kategori, perubahan, sejak, triwulan)
    for teks in jenis.peringatan(dok, opsi):
        print(f"Peringatan: {teks}", file=sys.stderr)
    print(f"PDF ditulis ke {args.berkas} ({halaman} halaman).", file=sys.stderr)
    return 0
