"""Excel in and out for the command line and the window: the readers and writers live in
``ikudesk.files`` (Qt-free, store-free); here their results become operations on an open
document — one ``Compound`` for a returned form, one ``SetPerjanjianKinerja`` for a SIPD
lampiran — and the ``ikudesk xlsx…`` / ``sipd-import`` commands run.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING

from ikudesk.errors import IkuError

if TYPE_CHECKING:
    from ikudesk.domain.model import Dokumen
    from ikudesk.files.sipd_import import HasilSipd
    from ikudesk.files.xlsx_form import HasilFormulir
    from ikudesk.session.operations import Operation

# Kept here (not imported from domain.compute): ``ikudesk`` builds its argument parser from
# this module at every start, the window's too, and must not load openpyxl or the domain then.
ROMAWI = {1: "I", 2: "II", 3: "III", 4: "IV"}


def operasi_formulir(hasil: HasilFormulir) -> Operation:
    """Every change of a returned form as ONE operation (one undo step)."""
    from ikudesk.domain.keys import NilaiKey
    from ikudesk.session.operations import Compound, SetNilai

    bagian: list[Operation] = []
    for p in hasil.perubahan:
        if p.komponen is None:
            key = NilaiKey.realisasi(p.indikator_id, hasil.tahun, hasil.triwulan)
        else:
            key = NilaiKey.nilai_komponen(p.indikator_id, p.komponen, hasil.tahun, hasil.triwulan)
        bagian.append(SetNilai(key, p.baru))
    label = f"Impor formulir triwulan {ROMAWI[hasil.triwulan]} {hasil.tahun}"
    return Compound(bagian, label)


def operasi_sipd(dok: Dokumen, hasil: HasilSipd, tahun: int, perubahan: int) -> Operation:
    """The PK of ``tahun``/``perubahan`` with the lampiran's programs, as one operation."""
    from ikudesk.files.sipd_import import pk_dengan_program
    from ikudesk.session.operations import SetPerjanjianKinerja

    pk = pk_dengan_program(dok, tahun, perubahan, hasil.program)
    nama = "PK" if perubahan == 0 else f"PK Perubahan ke-{perubahan}"
    op = SetPerjanjianKinerja(tahun, perubahan, pk)
    op.label = f"Impor anggaran SIPD ke {nama} {tahun}"
    return op


# --------------------------------------------------------------------------- commands


def _tanya(teks: str) -> bool:
    print(teks, end="", file=sys.stderr, flush=True)
    try:
        jawab = sys.stdin.readline() if sys.stdin is not None else ""
    except (OSError, ValueError):
        return False
    return jawab.strip().lower() in ("y", "ya")


def _muat(args: argparse.Namespace) -> Dokumen:
    from ikudesk.persistence.repo import muat_dokumen
    from ikudesk.persistence.store import buka_store

    with buka_store(getattr(args, "db", None), baca_saja=True) as store:
        return muat_dokumen(store, args.id)


def jalankan_xlsx(args: argparse.Namespace) -> int:
    from ikudesk.files.xlsx_export import ekspor_xlsx

    dok = _muat(args)
    path = ekspor_xlsx(dok, args.berkas, args.tahun)
    print(f"Dokumen {args.id} diekspor ke {path}", file=sys.stderr)
    return 0


def jalankan_xlsx_form(args: argparse.Namespace) -> int:
    from ikudesk.files.xlsx_form import tulis_formulir

    dok = _muat(args)
    path = tulis_formulir(dok, args.berkas, args.tahun, args.triwulan, args.penanggung_jawab)
    print(
        f"Formulir triwulan {ROMAWI[args.triwulan]} {args.tahun} ditulis ke {path}",
        file=sys.stderr,
    )
    return 0


BERUBAH = (
    "Tidak ada yang disimpan: dokumen berubah sejak pratinjau; impor lagi. (Pengguna atau program "
    "lain mengubahnya setelah daftar perubahan ditampilkan.)"
)


def _impor(
    args: argparse.Namespace,
    pratinjau: Callable[[Dokumen], tuple[list[str], Operation | None]],
) -> int:
    """Read the file against ONE read of the document, show what will change, and store exactly
    that step — only if the document is still the version that read produced (``dokumen.versi``;
    the session's apply claims it), else refused with ``BERUBAH``."""
    from ikudesk.persistence.mapper import KonflikVersi
    from ikudesk.persistence.repo import SqlRepository
    from ikudesk.persistence.store import buka_store
    from ikudesk.session.document import DocumentSession

    with buka_store(getattr(args, "db", None)) as store:
        session = DocumentSession.open(SqlRepository(store), args.id)
        baris, op = pratinjau(session.dokumen)
        if op is None or op.is_noop(session):
            print("Tidak ada yang berubah; tidak ada yang disimpan.", file=sys.stderr)
            return 0
        for b in baris:
            print(b)
        if not getattr(args, "ya", False) and not _tanya("Simpan perubahan ini? [y/T] "):
            raise IkuError("Impor dibatalkan; tidak ada yang disimpan.")
        try:
            session.apply(op)
        except KonflikVersi:
            raise IkuError(BERUBAH) from None
    print("Perubahan disimpan.", file=sys.stderr)
    return 0


def jalankan_xlsx_import(args: argparse.Namespace) -> int:
    from ikudesk.files.xlsx_form import baca_formulir

    def pratinjau(dok: Dokumen) -> tuple[list[str], Operation | None]:
        hasil = baca_formulir(dok, args.berkas, args.tahun, args.triwulan)
        print(hasil.ringkasan(), file=sys.stderr)
        return hasil.pratinjau(), None if hasil.kosong else operasi_formulir(hasil)

    return _impor(args, pratinjau)


def jalankan_sipd_import(args: argparse.Namespace) -> int:
    from ikudesk.files.sipd_import import baca_sipd

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


def tambah_perintah(sub: argparse._SubParsersAction, tambah_db) -> None:  # noqa: ANN001
    """The Excel commands, added to ``ikudesk``'s sub-commands."""
    s = sub.add_parser("xlsx", help="ekspor dokumen ke buku kerja Excel (.xlsx)")
    s.add_argument("id", type=int, metavar="ID", help="nomor dokumen (lihat: ikudesk list)")
    s.add_argument("berkas", metavar="KELUARAN.xlsx", help="berkas Excel yang ditulis")
    s.add_argument(
        "--tahun",
        type=int,
        metavar="TAHUN",
        help="tahun lembar triwulan (bawaan: tahun terakhir yang berisi nilai triwulan)",
    )
    tambah_db(s)

    s = sub.add_parser("xlsx-form", help="buat formulir isian Excel untuk satu triwulan")
    s.add_argument("id", type=int, metavar="ID", help="nomor dokumen (lihat: ikudesk list)")
    s.add_argument("berkas", metavar="KELUARAN.xlsx", help="berkas formulir yang ditulis")
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
    tambah_db(s)

    s = sub.add_parser("xlsx-import", help="impor formulir isian triwulan yang sudah diisi")
    s.add_argument("id", type=int, metavar="ID", help="nomor dokumen (lihat: ikudesk list)")
    s.add_argument("berkas", metavar="BERKAS.xlsx", help="formulir yang sudah diisi")
    s.add_argument("--tahun", type=int, metavar="TAHUN", help="pastikan formulirnya tahun ini")
    s.add_argument(
        "--triwulan", type=int, choices=[1, 2, 3, 4], help="pastikan formulirnya triwulan ini"
    )
    s.add_argument("--ya", "--yes", dest="ya", action="store_true", help="simpan tanpa bertanya")
    tambah_db(s)

    s = sub.add_parser("sipd-import", help="impor anggaran dari Lampiran APBD SIPD ke PK")
    s.add_argument("id", type=int, metavar="ID", help="nomor dokumen (lihat: ikudesk list)")
    s.add_argument("berkas", metavar="BERKAS.xlsx", help="lampiran APBD dari SIPD (.xlsx)")
    s.add_argument("--tahun", type=int, metavar="TAHUN", required=True, help="tahun PK")
    s.add_argument(
        "--perubahan",
        type=int,
        default=0,
        metavar="N",
        help="0: PK (bawaan); 1, 2, …: PK Perubahan ke-N",
    )
    s.add_argument("--sheet", metavar="NAMA", help="nama sheet (bawaan: yang pertama dikenali)")
    s.add_argument("--ya", "--yes", dest="ya", action="store_true", help="simpan tanpa bertanya")
    tambah_db(s)


PERINTAH = {
    "xlsx": jalankan_xlsx,
    "xlsx-form": jalankan_xlsx_form,
    "xlsx-import": jalankan_xlsx_import,
    "sipd-import": jalankan_sipd_import,
}
