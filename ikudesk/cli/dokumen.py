"""``ikudesk import``, ``export``, ``list``, ``capaian``: a document in, out, listed, computed.

``import`` takes a document file (.json) or an office's IKU sheet from Word/Excel (.docx/.xlsx).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from ikudesk.cli import common
from ikudesk.errors import IkuError


def tambah_perintah(sub: Any) -> None:  # noqa: ANN401 - argparse's private subparsers action
    s = common.perintah(
        sub,
        "import",
        jalankan_import,
        "impor berkas dokumen (.json) atau lembar IKU Word/Excel (.docx/.xlsx); "
        "mencetak nomor dokumen baru",
    )
    s.add_argument(
        "berkas",
        metavar="BERKAS",
        help="berkas dokumen IKU (.json), atau lembar IKU dari Word (.docx) atau Excel (.xlsx)",
    )
    s.add_argument(
        "--periksa",
        action="store_true",
        help="lembar Word/Excel: tampilkan apa yang dikenali tanpa menyimpan",
    )

    s = common.perintah(sub, "export", jalankan_export, "ekspor dokumen ke berkas .json")
    common.tambah_id(s)
    s.add_argument(
        "berkas", metavar="BERKAS.json", type=common.keluaran(".json"), help="berkas yang ditulis"
    )
    common.tambah_versi(s)
    common.tambah_db(s)

    s = common.perintah(sub, "list", jalankan_list, "daftar dokumen di penyimpanan")

    s = common.perintah(
        sub, "capaian", jalankan_capaian, "target, realisasi dan capaian tiap indikator"
    )
    common.tambah_id(s)
    common.tambah_tahun(s, "hanya tahun ini (bawaan: semua tahun)")
    common.tambah_triwulan(s, "capaian s.d. triwulan ini (bawaan: setahun; perlu --tahun)")
    s.add_argument("--json", action="store_true", help="keluaran JSON untuk program lain")


def _peringatan_batas(dok) -> None:  # noqa: ANN001
    """A stored document made before the limits: said on stderr, never refused."""
    from ikudesk.files.docfile import pelanggaran_dokumen, teks_pelanggaran

    daftar = pelanggaran_dokumen(dok)
    if daftar:
        common.peringatan(teks_pelanggaran(daftar))


def jalankan_import(args: argparse.Namespace) -> int:
    from ikudesk.files.docfile import baca_file
    from ikudesk.files.iku_impor import jenis_berkas
    from ikudesk.persistence.repo import save_new_dokumen

    if jenis_berkas(args.berkas) != "json":
        from ikudesk.files.iku_impor import impor_lembar, ringkasan

        hasil = impor_lembar(args.berkas)  # recognised and checked before the store is touched
        if args.periksa:
            print(ringkasan(hasil))
            return common.KELUAR_OK
        dok = hasil.dokumen
    else:
        dok = baca_file(args.berkas)  # checked completely before the store is touched
        if args.periksa:
            print(f"Berkas dokumen IKU yang sah: {len(dok.semua_indikator())} indikator.")
            return common.KELUAR_OK
    with common.buka(args) as store:
        print(save_new_dokumen(store, dok))
    return common.KELUAR_OK


def jalankan_export(args: argparse.Namespace) -> int:
    from ikudesk.files.docfile import tulis_file
    from ikudesk.persistence.repo import load_dokumen

    if args.versi_ditetapkan is not None:
        from ikudesk.files.atomic import tulis_atomik
        from ikudesk.persistence.riwayat import load_berkas_versi

        with common.buka(args, read_only=True) as store:
            berkas = load_berkas_versi(store, args.id, args.versi_ditetapkan)
        tulis_atomik(Path(args.berkas), berkas.encode("utf-8"))
        print(
            f"Dokumen {args.id} versi {args.versi_ditetapkan} (seperti ditetapkan) diekspor ke "
            f"{args.berkas}",
            file=sys.stderr,
        )
        return common.KELUAR_OK
    with common.buka(args, read_only=True) as store:
        dok = load_dokumen(store, args.id)
    _peringatan_batas(dok)
    tulis_file(dok, args.berkas)
    print(f"Dokumen {args.id} diekspor ke {args.berkas}", file=sys.stderr)
    return common.KELUAR_OK


def jalankan_list(args: argparse.Namespace) -> int:
    from ikudesk.persistence.repo import list_dokumen
    from ikudesk.persistence.store import StoreBelumAda

    try:
        with common.buka(args, read_only=True) as store:
            daftar = list_dokumen(store)
    except StoreBelumAda:
        daftar = []
    if not daftar:
        print("Belum ada dokumen. Impor dengan: ikudesk import BERKAS.json", file=sys.stderr)
        return common.KELUAR_OK
    lebar = max(len(d.instansi) for d in daftar)
    lebar = max(lebar, len("Instansi"))
    print(f"{'ID':>4}  {'Instansi':<{lebar}}  {'Periode':<13}  Indikator")
    for d in daftar:
        print(f"{d.id:>4}  {d.instansi:<{lebar}}  {d.label_periode:<13}  {d.jumlah_indikator:>9}")
    return common.KELUAR_OK


def jalankan_capaian(args: argparse.Namespace) -> int:
    from ikudesk.domain.compute import ROMAWI, hitung_dokumen
    from ikudesk.domain.kategori import kategori_untuk
    from ikudesk.files.docfile import json_tepat
    from ikudesk.l10n import bulatkan, format_angka
    from ikudesk.persistence.kategori_store import kategori_problem, load_kategori
    from ikudesk.persistence.repo import load_dokumen

    with common.buka(args, read_only=True) as store:
        dok = load_dokumen(store, args.id)
        kategori = load_kategori(store)  # the store's own scale, as the reports use
        masalah = kategori_problem(store)
    if masalah:
        common.peringatan(masalah)
    if args.tahun is not None and dok.periode is not None and not dok.periode.memuat(args.tahun):
        p = dok.periode
        raise IkuError(f"Tahun {args.tahun} di luar periode dokumen ({p.mulai}–{p.selesai}).")
    triwulan = getattr(args, "triwulan", None)
    if triwulan is not None and args.tahun is None:
        raise IkuError("--triwulan perlu --tahun: capaian s.d. triwulan berlaku untuk satu tahun.")
    baris = hitung_dokumen(dok, args.tahun, triwulan)
    if args.json:
        keluaran = [
            {
                "nomor": b.nomor,
                "kode": b.indikator.kode,
                "indikator": b.indikator.nama,
                "satuan": b.indikator.satuan,
                "tahun": b.tahun,
                "triwulan": b.triwulan,
                "target": b.target.nilai,
                "realisasi": b.realisasi.nilai,
                "capaian": b.capaian.nilai,
                "capaian_dibulatkan": (
                    bulatkan(b.capaian.nilai) if b.capaian.nilai is not None else None
                ),
                "status": b.capaian.status,
                "alasan": b.capaian.alasan,
                # of the capaian as shown (2 decimals); null without a capaian
                "kategori": (
                    kategori_untuk(bulatkan(b.capaian.nilai), kategori)
                    if b.capaian.nilai is not None
                    else None
                ),
            }
            for b in baris
        ]
        print(json_tepat(keluaran))
        return common.KELUAR_OK
    if not baris:
        print(
            "Belum ada tahun dengan nilai. Isi target dan realisasi terlebih dahulu, "
            "atau pilih tahun dengan --tahun.",
            file=sys.stderr,
        )
        return common.KELUAR_OK
    if triwulan is not None:
        print(f"Capaian s.d. triwulan {ROMAWI[triwulan]} {args.tahun}", file=sys.stderr)
    lebar_kode = max([len(b.indikator.kode or str(b.nomor)) for b in baris] + [4])
    print(
        f"{'Kode':<{lebar_kode}}  {'Tahun':<5}  {'Target':>10}  {'Realisasi':>10}  "
        f"{'Capaian %':>9}  Indikator / keterangan"
    )
    for b in baris:
        nama = b.indikator.nama if len(b.indikator.nama) <= 60 else b.indikator.nama[:59] + "…"
        ket = f"  ({b.capaian.alasan})" if b.capaian.alasan else ""
        kode = b.indikator.kode or str(b.nomor)
        print(
            f"{kode:<{lebar_kode}}  {b.tahun:<5}  {format_angka(b.target.nilai):>10}  "
            f"{format_angka(b.realisasi.nilai):>10}  {format_angka(b.capaian.nilai):>9}  "
            f"{nama}{ket}"
        )
    return common.KELUAR_OK
