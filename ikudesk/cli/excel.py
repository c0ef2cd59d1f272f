"""``ikudesk xlsx``, ``xlsx-form``, ``xlsx-import``, ``sipd-import``: Excel in and out.

The readers and writers are ``ikudesk.files``; what an import changes becomes one operation in
``ikudesk.session.excel_import``, shown first and stored only on yes (or ``--ya``).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from ikudesk.cli import common
from ikudesk.errors import IkuError

if TYPE_CHECKING:
    from ikudesk.domain.model import Dokumen
    from ikudesk.session.operations import Operation


def _muat(args: argparse.Namespace) -> Dokumen:
    from ikudesk.persistence.repo import load_dokumen

    with common.buka(args, read_only=True) as store:
        return load_dokumen(store, args.id)


def jalankan_xlsx(args: argparse.Namespace) -> int:
    from ikudesk.files.xlsx_export import ekspor_xlsx

    dok = _muat(args)
    path = ekspor_xlsx(dok, args.berkas, args.tahun)
    print(f"Dokumen {args.id} diekspor ke {path}", file=sys.stderr)
    return common.KELUAR_OK


def jalankan_xlsx_form(args: argparse.Namespace) -> int:
    from ikudesk.domain.compute import ROMAWI
    from ikudesk.files.xlsx_form import tulis_formulir

    dok = _muat(args)
    path = tulis_formulir(dok, args.berkas, args.tahun, args.triwulan, args.penanggung_jawab)
    print(
        f"Formulir triwulan {ROMAWI[args.triwulan]} {args.tahun} ditulis ke {path}",
        file=sys.stderr,
    )
    return common.KELUAR_OK


def _impor(
    args: argparse.Namespace,
    pratinjau: Callable[[Dokumen], tuple[list[str], Operation | None]],
) -> int:
    """Read the file against ONE read of the document, show what will change, and store exactly
    that step — only if the document is still the version that read produced (``dokumen.versi``;
    the session's apply claims it), else refused with ``BERUBAH``."""
    from ikudesk.persistence.mapper import KonflikVersi
    from ikudesk.persistence.repo import SqlRepository
    from ikudesk.session.document import DocumentSession
    from ikudesk.session.excel_import import BERUBAH

    with common.buka(args) as store:
        session = DocumentSession.open(SqlRepository(store), args.id)
        baris, op = pratinjau(session.dokumen)
        if op is None or op.is_noop(session):
            print("Tidak ada yang berubah; tidak ada yang disimpan.", file=sys.stderr)
            return common.KELUAR_OK
        for b in baris:
            print(b)
        if not args.ya and not common.tanya("Simpan perubahan ini? [y/T] "):
            raise IkuError("Impor dibatalkan; tidak ada yang disimpan.")
        try:
            session.apply(op)
        except KonflikVersi:
            raise IkuError(BERUBAH) from None
    print("Perubahan disimpan.", file=sys.stderr)
    return common.KELUAR_OK


def jalankan_xlsx_import(args: argparse.Namespace) -> int:
    from ikudesk.files.xlsx_form import baca_formulir
    from ikudesk.session.excel_import import operasi_formulir

    def pratinjau(dok: Dokumen) -> tuple[list[str], Operation | None]:
        hasil = baca_formulir(dok, args.berkas, args.tahun, args.triwulan)
        print(hasil.ringkasan(), file=sys.stderr)
        return hasil.pratinjau(), None if hasil.kosong else operasi_formulir(hasil)

    return _impor(args, pratinjau)


def jalankan_sipd_import(args: argparse.Namespace) -> int:
    from ikudesk.files.sipd_import import baca_sipd
    from ikudesk.session.excel_import import operasi_sipd

    def pratinjau(dok: Dokumen) -> tuple[list[str], Operation | None]:
        hasil = baca_sipd(args.berkas, args.sheet)
        op = operasi_sipd(dok, hasil, args.tahun, args.perubahan)  # checked before asking
        print(hasil.ringkasan(), file=sys.stderr)
        lama = dok.pk(args.tahun, args.perubahan)
        nama = "PK" if args.perubahan == 0 else f"PK Perubahan ke-{args.perubahan}"
        if lama is None:
            keterangan = f"{nama} {args.tahun} belum ada; dibuat baru dengan program ini."
        else:
            keterangan = (
                f"Program {nama} {args.tahun} ({len(lama.program)} program) diganti dengan ini."
            )
        baris = [*hasil.pratinjau(), keterangan]
        baris += [f"Peringatan: {p}" for p in hasil.peringatan()]
        return baris, op

    return _impor(args, pratinjau)


def _buat(
    sub: Any,  # noqa: ANN401 - argparse's private subparsers action
    nama: str,
    jalankan: Callable[[argparse.Namespace], int],
    bantuan: str,
    berkas: str,
    bantuan_berkas: str,
    *,
    ditulis: bool = False,
) -> argparse.ArgumentParser:
    """A command on one document and one workbook: ``NAMA ID BERKAS`` (``ditulis``: the
    workbook is the output, so it must be named .xlsx or without an ending)."""
    s = common.perintah(sub, nama, jalankan, bantuan)
    common.tambah_id(s)
    jenis = common.keluaran(".xlsx") if ditulis else str
    s.add_argument("berkas", metavar=berkas, type=jenis, help=bantuan_berkas)
    return s


def tambah_perintah(sub: Any) -> None:  # noqa: ANN401 - argparse's private subparsers action
    """The Excel commands, added to ``ikudesk``'s sub-commands."""
    s = _buat(
        sub,
        "xlsx",
        jalankan_xlsx,
        "ekspor dokumen ke buku kerja Excel (.xlsx)",
        "KELUARAN.xlsx",
        "berkas Excel yang ditulis",
        ditulis=True,
    )
    s.add_argument(
        "--tahun",
        type=int,
        metavar="TAHUN",
        help="tahun lembar triwulan (bawaan: tahun terakhir yang berisi nilai triwulan)",
    )
    common.tambah_db(s)

    s = _buat(
        sub,
        "xlsx-form",
        jalankan_xlsx_form,
        "buat formulir isian Excel untuk satu triwulan",
        "KELUARAN.xlsx",
        "berkas formulir yang ditulis",
        ditulis=True,
    )
    s.add_argument("--tahun", type=int, metavar="TAHUN", required=True, help="tahun formulir")
    s.add_argument(
        "--triwulan", type=int, choices=[1, 2, 3, 4], required=True, help="triwulan (1–4)"
    )
    s.add_argument(
        "--penanggung-jawab",
        dest="penanggung_jawab",
        metavar="TEKS",
        help='hanya indikator penanggung jawab ini (mis. "Kasi Pemerintahan")',
    )
    common.tambah_db(s)

    s = _buat(
        sub,
        "xlsx-import",
        jalankan_xlsx_import,
        "impor formulir isian triwulan yang sudah diisi",
        "BERKAS.xlsx",
        "formulir yang sudah diisi",
    )
    s.add_argument("--tahun", type=int, metavar="TAHUN", help="pastikan formulirnya tahun ini")
    s.add_argument(
        "--triwulan", type=int, choices=[1, 2, 3, 4], help="pastikan formulirnya triwulan ini"
    )
    common.tambah_ya(s, "simpan tanpa bertanya", ("--ya", "--yes"))
    common.tambah_db(s)

    s = _buat(
        sub,
        "sipd-import",
        jalankan_sipd_import,
        "impor anggaran dari Lampiran APBD SIPD ke PK",
        "BERKAS.xlsx",
        "lampiran APBD dari SIPD (.xlsx)",
    )
    s.add_argument("--tahun", type=int, metavar="TAHUN", required=True, help="tahun PK")
    s.add_argument(
        "--perubahan",
        type=int,
        default=0,
        metavar="N",
        help="0: PK (bawaan); 1, 2, …: PK Perubahan ke-N",
    )
    s.add_argument("--sheet", metavar="NAMA", help="nama sheet (bawaan: yang pertama dikenali)")
    common.tambah_ya(s, "simpan tanpa bertanya", ("--ya", "--yes"))
    common.tambah_db(s)
