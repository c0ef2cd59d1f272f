"""``ikudesk gabung``, ``rekap`` and ``hak``: the kabupaten's commands."""

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
        "gabung",
        jalankan_gabung,
        "gabungkan dokumen kecamatan (cadangan .ikubackup atau berkas .json) ke penyimpanan "
        "ini tanpa mengganti dokumen kecamatan lain",
    )
    s.add_argument(
        "berkas", nargs="+", metavar="BERKAS", help="berkas .ikubackup atau .json, satu atau lebih"
    )
    common.tambah_ya(s, "ganti dokumen yang berubah tanpa bertanya dulu")
    common.tambah_db(s)

    s = common.perintah(
        sub, "rekap", jalankan_rekap, "rekap kabupaten: capaian semua kecamatan satu tahun"
    )
    common.tambah_tahun(s, "tahun yang direkap", wajib=True)
    common.tambah_triwulan(s, "hitung indikator yang sudah mengisi triwulan ini (1–4)")
    keluaran = s.add_mutually_exclusive_group()
    keluaran.add_argument("--json", action="store_true", help="keluaran JSON untuk program lain")
    keluaran.add_argument(
        "--pdf",
        metavar="KELUARAN.pdf",
        type=common.keluaran(".pdf"),
        help="cetak rekap ke berkas PDF",
    )
    keluaran.add_argument(
        "--xlsx",
        metavar="KELUARAN.xlsx",
        type=common.keluaran(".xlsx"),
        help="tulis rekap ke buku kerja Excel",
    )
    common.tambah_kertas(s, "ukuran kertas PDF (bawaan: F4)")
    common.tambah_db(s)

    s = common.perintah(
        sub,
        "hak",
        jalankan_hak,
        "hak di server bersama: peran kecamatan hanya mengubah dokumennya sendiri, "
        "peran kabupaten membaca semua (dijalankan oleh pemilik basis data)",
    )
    s.add_argument(
        "aksi",
        choices=["kecamatan", "kabupaten", "cabut", "daftar"],
        metavar="AKSI",
        help="kecamatan PERAN INSTANSI | kabupaten PERAN | cabut PERAN | daftar",
    )
    s.add_argument("peran", nargs="?", metavar="PERAN", help="nama peran (pengguna) di server")
    s.add_argument("instansi", nargs="?", metavar="INSTANSI", help='mis. "Kecamatan Benjeng"')
    common.tambah_db(s)


def jalankan_gabung(args: argparse.Namespace) -> int:
    from ikudesk.kabupaten.gabung import baca_sumber, rencanakan, terapkan

    masuk = baca_sumber([Path(b) for b in args.berkas])  # every file checked before the store
    with common.buka(args) as store:
        rencana = rencanakan(store, masuk)
        for baris in rencana.uraian():
            print(baris, file=sys.stderr)
        if not rencana.ada_perubahan:
            print(
                "Semua dokumen sudah ada dan sama persis; penyimpanan tidak diubah.",
                file=sys.stderr,
            )
            return common.KELUAR_OK
        if rencana.perlu_konfirmasi and not args.ya:
            if sys.stdin is None or not sys.stdin.isatty():
                raise IkuError(
                    "Ada dokumen tersimpan yang akan diganti; periksa daftar di atas lalu ulangi "
                    "dengan --ya. Penyimpanan tidak diubah."
                )
            if not common.tanya("Ganti dokumen yang berubah? [y/T] "):
                raise IkuError("Penggabungan dibatalkan; penyimpanan tidak diubah.")
        hasil = terapkan(store, rencana)
    for did in hasil.baru:
        print(did)
    print(
        f"Penggabungan selesai: {len(hasil.baru)} dokumen baru, {len(hasil.diganti)} diganti, "
        f"{len(hasil.sama)} tidak berubah.",
        file=sys.stderr,
    )
    return common.KELUAR_OK


def _teks_tabel(rekap: Any) -> list[str]:  # noqa: ANN401
    from ikudesk.l10n import format_capaian

    lebar = max([len(k.instansi) for k in rekap.kecamatan] + [len("Kecamatan")])
    tw = rekap.triwulan
    kepala = (
        f"{'Kecamatan':<{lebar}}  {'Indikator':>9}  {'Terhitung':>9}  {'Rata-rata %':>11}  "
        f"{'IKM':>6}  {'Mutu':<4}  {'PK':<5}  {'Laporan':<7}"
        + (f"  {'TW ' + str(tw):>7}" if tw else "")
    )
    hasil = [kepala]
    for k in rekap.kecamatan:
        baris = (
            f"{k.instansi:<{lebar}}  {k.indikator:>9}  {k.terhitung:>9}  "
            f"{format_capaian(k.rata_rata_capaian):>11}  "
            f"{(format_capaian(k.ikm) if k.ikm is not None else '-'):>6}  {k.mutu or '-':<4}  "
            f"{'ada' if k.pk else 'belum':<5}  {'ada' if k.laporan_ditandatangani else 'belum':<7}"
        )
        if tw:
            baris += f"  {f'{k.triwulan_terisi}/{k.triwulan_wajib}':>7}"
        hasil.append(baris)
    if rekap.bersama:
        hasil += ["", "Indikator yang dimiliki beberapa kecamatan (capaian %):"]
        for b in rekap.bersama:
            hasil.append(f"  {(b.kode + ' ') if b.kode else ''}{b.indikator}")
            for nama, v in sorted(b.capaian.items(), key=lambda t: (t[1] is None, -(t[1] or 0))):
                hasil.append(f"    {nama:<{lebar}}  {format_capaian(v):>9}")
    return hasil


def jalankan_rekap(args: argparse.Namespace) -> int:
    from ikudesk.domain.rules import TAHUN_MAX, TAHUN_MIN
    from ikudesk.kabupaten.rekap import muat_rekap
    from ikudesk.persistence.store import StoreBelumAda

    if not TAHUN_MIN <= args.tahun <= TAHUN_MAX:
        raise IkuError(f"--tahun harus antara {TAHUN_MIN} dan {TAHUN_MAX}, bukan {args.tahun}.")
    try:
        with common.buka(args, read_only=True) as store:  # reads only
            rekap = muat_rekap(store, args.tahun, args.triwulan)
    except StoreBelumAda:
        rekap = None
    for teks in rekap.tidak_terbaca if rekap is not None else []:
        print(f"Peringatan: {teks}", file=sys.stderr)
    if rekap is None or not rekap.kecamatan:
        raise IkuError(
            "Penyimpanan belum berisi dokumen kecamatan; gabungkan dulu (ikudesk gabung)."
        )
    if args.json:
        from ikudesk.files.docfile import json_tepat

        print(json_tepat(rekap.ke_data()))
    elif args.pdf:
        from ikudesk.report.rekap_report import tulis_pdf_rekap

        halaman = tulis_pdf_rekap(rekap, Path(args.pdf), kertas=args.kertas or "F4")
        print(f"PDF ditulis ke {args.pdf} ({halaman} halaman).", file=sys.stderr)
    elif args.xlsx:
        from ikudesk.kabupaten.xlsx import tulis_xlsx_rekap

        tulis_xlsx_rekap(rekap, Path(args.xlsx))
        print(f"Buku kerja ditulis ke {args.xlsx}.", file=sys.stderr)
    else:
        for baris in _teks_tabel(rekap):
            print(baris)
    return common.KELUAR_OK


def jalankan_hak(args: argparse.Namespace) -> int:
    from ikudesk.persistence.store import choose_db, open_store

    if not isinstance(choose_db(common.db(args)), str):
        raise IkuError(
            "Hak per kecamatan hanya untuk penyimpanan di server PostgreSQL (--db postgresql://…); "
            "berkas penyimpanan di satu PC dilindungi oleh hak berkas komputernya."
        )
    if args.aksi != "daftar" and not args.peran:
        raise IkuError(f"'hak {args.aksi}' perlu nama PERAN.")
    if args.aksi == "kecamatan" and not (args.instansi or "").strip():
        raise IkuError("'hak kecamatan' perlu INSTANSI, mis. \"Kecamatan Benjeng\".")
    from sqlalchemy.exc import DBAPIError

    from ikudesk.persistence.server import pesan_pg

    with open_store(args.db) as store:
        try:
            with store.engine.begin() as conn:
                _hak(args, conn)
        except DBAPIError as e:
            raise IkuError(
                f"Hak tidak dapat diatur: {pesan_pg(e)} (jalankan sebagai pemilik basis data)."
            ) from None
    return common.KELUAR_OK


def _hak(args: argparse.Namespace, conn: Any) -> None:  # noqa: ANN401
    from ikudesk.persistence import hak_server

    if args.aksi == "kecamatan":
        hak_server.beri_hak(conn, args.peran, args.instansi)
        print(
            f"Peran '{args.peran}' kini hanya boleh mengubah dokumen {args.instansi.strip()}.",
            file=sys.stderr,
        )
    elif args.aksi == "kabupaten":
        hak_server.beri_hak(conn, args.peran, None)
        print(f"Peran '{args.peran}' dapat membaca semua dokumen (hanya baca).", file=sys.stderr)
    elif args.aksi == "cabut":
        hak_server.cabut_hak(conn, args.peran)
        print(f"Peran '{args.peran}' kini hanya dapat membaca.", file=sys.stderr)
    else:
        daftar = hak_server.daftar_hak(conn)
        if not daftar:
            print("Belum ada peran kecamatan.", file=sys.stderr)
        for peran, instansi in daftar:
            print(f"{peran}\t{instansi if instansi is not None else '(kabupaten: hanya baca)'}")
