"""``ikudesk pdf ID OUT.pdf``: print a stored document to a PDF file (any registered report)."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from ikudesk.cli import common


def _orientasi(teks: str) -> str:
    """Indonesian or English words for the page orientation."""
    return {"mendatar": "landscape", "tegak": "portrait"}.get(teks.lower(), teks.lower())


def tambah_perintah(sub: Any) -> None:  # noqa: ANN401 - argparse's private subparsers action
    # The registry's names only: reading it must not cost the ReportLab import.
    from ikudesk.report.registry import LAPORAN, LAPORAN_BAWAAN

    s = common.perintah(sub, "pdf", jalankan_pdf, "cetak dokumen ke berkas PDF")
    common.tambah_id(s)
    s.add_argument(
        "berkas",
        metavar="KELUARAN.pdf",
        type=common.keluaran(".pdf"),
        help="berkas PDF yang ditulis",
    )
    s.add_argument(
        "--laporan",
        "--report",
        dest="laporan",
        choices=list(LAPORAN),
        default=LAPORAN_BAWAAN,
        help="; ".join(
            f"{k}: {j.judul}" + (" (bawaan)" if k == LAPORAN_BAWAAN else "")
            for k, j in LAPORAN.items()
        ),
    )
    common.tambah_tahun(
        s, "tahun realisasi dan capaian (bawaan: tahun terakhir yang berisi realisasi)"
    )
    common.tambah_kertas(s, "ukuran kertas (bawaan: menurut laporan, F4)")
    s.add_argument(
        "--orientasi",
        "--orientation",
        dest="orientasi",
        type=_orientasi,
        choices=["landscape", "portrait"],
        metavar="ARAH",
        help="mendatar/landscape atau tegak/portrait (bawaan: menurut laporan, mendatar)",
    )
    common.tambah_triwulan(s, "untuk --laporan triwulan: sampai triwulan ini (1–4)")
    s.add_argument(
        "--perubahan",
        dest="perubahan",
        type=int,
        metavar="N",
        help="laporan pk: PK Perubahan ke-N (0: PK awal; bawaan: perubahan terakhir tahun itu)",
    )
    s.add_argument(
        "--sejak",
        "--since",
        dest="sejak",
        type=int,
        metavar="TAHUN",
        help="laporan lkjip: tahun pertama pembanding (bawaan: semua tahun sebelumnya yang berisi)",
    )
    s.add_argument(
        "--jilid",
        "--binding",
        dest="jilid",
        action="store_true",
        help="sisakan ruang jilid: kiri 25 mm (tegak) atau atas 20 mm (mendatar)",
    )
    common.tambah_versi(s)
    s.add_argument(
        "--tanpa-penetapan",
        dest="tanpa_penetapan",
        action="store_true",
        help="lembar IKU yang ditetapkan: jangan cetak versi dan dasar penetapan di kaki halaman",
    )
    common.tambah_db(s)


def jalankan_pdf(args: argparse.Namespace) -> int:
    from ikudesk.persistence.repo import load_dokumen
    from ikudesk.report import tulis_pdf
    from ikudesk.report.opsi import OpsiLaporan
    from ikudesk.report.registry import cari_laporan

    jenis = cari_laporan(args.laporan)
    kategori = None
    versi = args.versi_ditetapkan
    with common.buka(args, read_only=True) as store:  # reads only
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
                common.peringatan(masalah)
    perubahan, sejak, triwulan = args.perubahan, args.sejak, args.triwulan
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
        jilid=args.jilid,
        cetak_penetapan=not args.tanpa_penetapan,
    )
    opsi = OpsiLaporan(args.tahun, kategori, perubahan, sejak, triwulan)
    for teks in jenis.peringatan(dok, opsi):
        print(f"Peringatan: {teks}", file=sys.stderr)
    print(f"PDF ditulis ke {args.berkas} ({halaman} halaman).", file=sys.stderr)
    return common.KELUAR_OK
