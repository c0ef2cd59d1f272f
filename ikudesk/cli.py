"""The ``ikudesk`` command: starts the window, or does one job from the command line.

Every message is in Indonesian. Exit status: 0 done, 2 bad input (the reason on stderr),
1 an unexpected failure.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from ikudesk import __version__
from ikudesk.errors import IkuError

KELUAR_OK, KELUAR_GAGAL, KELUAR_INPUT = 0, 1, 2

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


_BANTUAN_DB = (
    "berkas penyimpanan, atau server postgresql://pengguna@host:port/basisdata "
    "(bawaan: IKUDESK_DB, atau folder data pengguna)"
)
# ``--db`` after the command is stored under its own name, so that the subparser's default can
# never overwrite a ``--db`` written before the command (argparse copies a subparser's defaults
# over the main namespace); ``main`` merges the two.
_DB_PERINTAH = "db_perintah"
# Options of the window only: given with a command they would silently do nothing.
_PILIHAN_JENDELA = {"screenshot": "--screenshot", "dokumen": "--dokumen", "smoke": "--smoke"}


def _tambah_db(p: argparse.ArgumentParser) -> None:
    """Give a command ``--db`` (idempotent; every command gets it anyway, see ``_parser``)."""
    if "--db" in p._option_string_actions:
        return
    p.add_argument(
        "--db", dest=_DB_PERINTAH, default=argparse.SUPPRESS, metavar="BERKAS|URL", help=_BANTUAN_DB
    )


def _triwulan(teks: str) -> int:
    """A quarter 1–4 (Roman numerals too: I, II, III, IV)."""
    romawi = {"I": 1, "II": 2, "III": 3, "IV": 4}
    t = teks.strip().upper()
    if t in romawi:
        return romawi[t]
    if t in ("1", "2", "3", "4"):
        return int(t)
    raise argparse.ArgumentTypeError(f"triwulan '{teks}' tidak ada; pilih 1, 2, 3 atau 4")


def _tambah_triwulan(p: argparse.ArgumentParser, bantuan: str) -> None:
    p.add_argument(
        "--triwulan", "--quarter", dest="triwulan", type=_triwulan, metavar="K", help=bantuan
    )


def _orientasi(teks: str) -> str:
    """Indonesian or English words for the page orientation."""
    return {"mendatar": "landscape", "tegak": "portrait"}.get(teks.lower(), teks.lower())


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
    p.add_argument("--db", metavar="BERKAS|URL", help=_BANTUAN_DB)
    p.add_argument(
        "--screenshot",
        metavar="PNG",
        help="simpan gambar jendela utama (indikator pertama terpilih) lalu keluar",
    )
    p.add_argument(
        "--halaman",
        default="utama",
        metavar="HALAMAN",
        help="dengan --screenshot: jendela yang difoto, salah satu dari: "
        "utama, pengukuran, pk, survei, ringkasan, cetak, excel, cadangan, server "
        "(bawaan: utama)",
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
    sub = p.add_subparsers(dest="perintah", metavar="PERINTAH", title="perintah")

    s = sub.add_parser(
        "import",
        help="impor berkas dokumen (.json) atau lembar IKU Word/Excel (.docx/.xlsx); "
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

    s = sub.add_parser("export", help="ekspor dokumen ke berkas .json")
    s.add_argument("id", type=int, metavar="ID", help="nomor dokumen (lihat: ikudesk list)")
    s.add_argument("berkas", metavar="BERKAS.json", help="berkas yang ditulis")
    _tambah_versi(s)
    _tambah_db(s)

    s = sub.add_parser("list", help="daftar dokumen di penyimpanan")

    s = sub.add_parser("capaian", help="target, realisasi dan capaian tiap indikator")
    s.add_argument("id", type=int, metavar="ID", help="nomor dokumen (lihat: ikudesk list)")
    s.add_argument(
        "--tahun",
        "--year",
        dest="tahun",
        type=int,
        metavar="TAHUN",
        help="hanya tahun ini (bawaan: semua tahun)",
    )
    _tambah_triwulan(s, "capaian s.d. triwulan ini (bawaan: setahun; perlu --tahun)")
    s.add_argument("--json", action="store_true", help="keluaran JSON untuk program lain")

    s = sub.add_parser("ikm", help="hasil survei IKM (NRR per unsur, IKM, mutu) satu tahun")
    s.add_argument("id", type=int, metavar="ID", help="nomor dokumen (lihat: ikudesk list)")
    s.add_argument(
        "--tahun",
        "--year",
        dest="tahun",
        type=int,
        metavar="TAHUN",
        help="tahun survei (bawaan: tahun terakhir yang punya survei)",
    )
    s.add_argument("--json", action="store_true", help="keluaran JSON untuk program lain")

    from ikudesk.report.registry import LAPORAN, LAPORAN_BAWAAN

    s = sub.add_parser("pdf", help="cetak dokumen ke berkas PDF")
    s.add_argument("id", type=int, metavar="ID", help="nomor dokumen (lihat: ikudesk list)")
    s.add_argument("berkas", metavar="KELUARAN.pdf", help="berkas PDF yang ditulis")
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
    s.add_argument(
        "--tahun",
        "--year",
        dest="tahun",
        type=int,
        metavar="TAHUN",
        help="tahun realisasi dan capaian (bawaan: tahun terakhir yang berisi realisasi)",
    )
    s.add_argument(
        "--kertas",
        "--paper",
        dest="kertas",
        type=str.upper,
        choices=["F4", "A4", "LEGAL", "LETTER"],
        help="ukuran kertas (bawaan: menurut laporan, F4)",
    )
    s.add_argument(
        "--orientasi",
        "--orientation",
        dest="orientasi",
        type=_orientasi,
        choices=["landscape", "portrait"],
        metavar="ARAH",
        help="mendatar/landscape atau tegak/portrait (bawaan: menurut laporan, mendatar)",
    )
    _tambah_triwulan(s, "untuk --laporan triwulan: sampai triwulan ini (1–4)")
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
    _tambah_versi(s)
    s.add_argument(
        "--tanpa-penetapan",
        dest="tanpa_penetapan",
        action="store_true",
        help="lembar IKU yang ditetapkan: jangan cetak versi dan dasar penetapan di kaki halaman",
    )
    _tambah_db(s)

    s = sub.add_parser("backup", help="buat berkas cadangan (.ikubackup)")
    s.add_argument(
        "keluaran", metavar="KELUARAN", help="berkas .ikubackup, atau folder (nama dibuat otomatis)"
    )

    s = sub.add_parser("restore", help="pulihkan penyimpanan dari berkas cadangan")
    s.add_argument("berkas", metavar="BERKAS.ikubackup")
    s.add_argument("--yes", "--ya", dest="ya", action="store_true", help="jangan bertanya dulu")

    from ikudesk.excel import tambah_perintah

    tambah_perintah(sub, _tambah_db)  # xlsx, xlsx-form, xlsx-import, sipd-import
    from ikudesk.penetapan_cli import tambah_perintah as tambah_penetapan

    tambah_penetapan(sub, _tambah_db)  # tetapkan, revisi, riwayat, banding
    from ikudesk.kabupaten.perintah import tambah_perintah as tambah_kabupaten

    tambah_kabupaten(sub, _tambah_db)  # gabung, rekap
    # Every command, also one added later without calling ``_tambah_db``, takes ``--db``.
    for perintah in sub.choices.values():
        _tambah_db(perintah)
    return p


def _gabung_global(args: argparse.Namespace) -> None:
    """Honour a global option wherever it was written, or refuse it: never ignore it.

    ``--db`` before and after the command is one choice (two different stores are refused);
    an option of the window with a command is refused.
    """
    sesudah = vars(args).pop(_DB_PERINTAH, None)
    sebelum = getattr(args, "db", None)
    if sebelum is not None and sesudah is not None and sebelum != sesudah:
        raise IkuError(
            f"--db ditulis dua kali dengan penyimpanan berbeda ('{sebelum}' dan '{sesudah}'); "
            "tulis satu saja."
        )
    args.db = sesudah if sesudah is not None else sebelum
    if args.perintah is None:
        return
    for dest, nama in _PILIHAN_JENDELA.items():
        if getattr(args, dest, None) not in (None, False):
            raise IkuError(
                f"Pilihan {nama} hanya berlaku saat membuka jendela program, tidak dengan "
                f"perintah '{args.perintah}'."
            )


def _tambah_versi(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--versi-ditetapkan",
        "--versi",
        dest="versi_ditetapkan",
        type=int,
        metavar="N",
        help="versi N persis seperti ditetapkan (lihat: ikudesk riwayat ID)",
    )


def _db(args: argparse.Namespace) -> str | None:
    return getattr(args, "db", None)


def _buka(args: argparse.Namespace, *, baca_saja: bool = False):  # noqa: ANN202
    from ikudesk.persistence.store import buka_store

    return buka_store(_db(args), baca_saja=baca_saja)


def _peringatan_batas(dok) -> None:  # noqa: ANN001
    """A stored document made before the limits: said on stderr, never refused."""
    from ikudesk.files.docfile import pelanggaran_dokumen, teks_pelanggaran

    daftar = pelanggaran_dokumen(dok)
    if daftar:
        print(f"ikudesk: peringatan: {teks_pelanggaran(daftar)}", file=sys.stderr)


def cmd_import(args: argparse.Namespace) -> int:
    from ikudesk.files.docfile import baca_file
    from ikudesk.files.iku_impor import jenis_berkas
    from ikudesk.persistence.repo import save_new_dokumen

    if jenis_berkas(args.berkas) != "json":
        from ikudesk.files.iku_impor import impor_lembar, ringkasan

        hasil = impor_lembar(args.berkas)  # recognised and checked before the store is touched
        if args.periksa:
            print(ringkasan(hasil))
            return KELUAR_OK
        dok = hasil.dokumen
    else:
        dok = baca_file(args.berkas)  # checked completely before the store is touched
        if args.periksa:
            print(f"Berkas dokumen IKU yang sah: {len(dok.semua_indikator())} indikator.")
            return KELUAR_OK
    with _buka(args) as store:
        print(save_new_dokumen(store, dok))
    return KELUAR_OK


def cmd_export(args: argparse.Namespace) -> int:
    from ikudesk.files.docfile import tulis_file
    from ikudesk.persistence.repo import load_dokumen

    if args.versi_ditetapkan is not None:
        from ikudesk.files.atomic import tulis_atomik
        from ikudesk.persistence.riwayat import load_berkas_versi

        with _buka(args, baca_saja=True) as store:
            berkas = load_berkas_versi(store, args.id, args.versi_ditetapkan)
        tulis_atomik(Path(args.berkas), berkas.encode("utf-8"))
        print(
            f"Dokumen {args.id} versi {args.versi_ditetapkan} (seperti ditetapkan) diekspor ke "
            f"{args.berkas}",
            file=sys.stderr,
        )
        return KELUAR_OK
    with _buka(args, baca_saja=True) as store:
        dok = load_dokumen(store, args.id)
    _peringatan_batas(dok)
    tulis_file(dok, args.berkas)
    print(f"Dokumen {args.id} diekspor ke {args.berkas}", file=sys.stderr)
    return KELUAR_OK


def cmd_list(args: argparse.Namespace) -> int:
    from ikudesk.persistence.repo import list_dokumen
    from ikudesk.persistence.store import StoreBelumAda

    try:
        with _buka(args, baca_saja=True) as store:
            daftar = list_dokumen(store)
    except StoreBelumAda:
        daftar = []
    if not daftar:
        print("Belum ada dokumen. Impor dengan: ikudesk import BERKAS.json", file=sys.stderr)
        return KELUAR_OK
    lebar = max(len(d.instansi) for d in daftar)
    lebar = max(lebar, len("Instansi"))
    print(f"{'ID':>4}  {'Instansi':<{lebar}}  {'Periode':<13}  Indikator")
    for d in daftar:
        print(f"{d.id:>4}  {d.instansi:<{lebar}}  {d.label_periode:<13}  {d.jumlah_indikator:>9}")
    return KELUAR_OK


def cmd_capaian(args: argparse.Namespace) -> int:
    from ikudesk.domain.compute import ROMAWI, hitung_dokumen
    from ikudesk.domain.kategori import kategori_untuk
    from ikudesk.files.docfile import json_tepat
    from ikudesk.l10n import bulatkan, format_angka
    from ikudesk.persistence.kategori_store import kategori_problem, load_kategori
    from ikudesk.persistence.repo import load_dokumen

    with _buka(args, baca_saja=True) as store:
        dok = load_dokumen(store, args.id)
        kategori = load_kategori(store)  # the store's own scale, as the reports use
        masalah = kategori_problem(store)
    if masalah:
        print(f"ikudesk: peringatan: {masalah}", file=sys.stderr)
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
        return KELUAR_OK
    if not baris:
        print(
            "Belum ada tahun dengan nilai. Isi target dan realisasi terlebih dahulu, "
            "atau pilih tahun dengan --tahun.",
            file=sys.stderr,
        )
        return KELUAR_OK
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
    return KELUAR_OK


def cmd_ikm(args: argparse.Namespace) -> int:
    from ikudesk.survei_cli import jalankan_ikm

    return jalankan_ikm(args)


def cmd_pdf(args: argparse.Namespace) -> int:
    from ikudesk.report.cli import jalankan_pdf

    return jalankan_pdf(args)


def cmd_backup(args: argparse.Namespace) -> int:
    from ikudesk.backup.actions import jalankan_backup

    return jalankan_backup(args)


def cmd_restore(args: argparse.Namespace) -> int:
    from ikudesk.backup.actions import jalankan_restore

    return jalankan_restore(args)


def cmd_excel(args: argparse.Namespace) -> int:
    from ikudesk.excel import PERINTAH as EXCEL

    return EXCEL[args.perintah](args)


def cmd_penetapan(args: argparse.Namespace) -> int:
    from ikudesk.penetapan_cli import PERINTAH as PENETAPAN

    return PENETAPAN[args.perintah](args)


def cmd_kabupaten(args: argparse.Namespace) -> int:
    from ikudesk.kabupaten.perintah import PERINTAH as KABUPATEN

    return KABUPATEN[args.perintah](args)


def cmd_app(args: argparse.Namespace) -> int:
    from ikudesk.gui.app import jalankan_app

    return jalankan_app(args)


PERINTAH: dict[str | None, Callable[[argparse.Namespace], int]] = {
    None: cmd_app,
    "import": cmd_import,
    "export": cmd_export,
    "list": cmd_list,
    "capaian": cmd_capaian,
    "ikm": cmd_ikm,
    "pdf": cmd_pdf,
    "backup": cmd_backup,
    "restore": cmd_restore,
    "xlsx": cmd_excel,
    "xlsx-form": cmd_excel,
    "xlsx-import": cmd_excel,
    "sipd-import": cmd_excel,
    "tetapkan": cmd_penetapan,
    "revisi": cmd_penetapan,
    "riwayat": cmd_penetapan,
    "banding": cmd_penetapan,
    "gabung": cmd_kabupaten,
    "rekap": cmd_kabupaten,
    "hak": cmd_kabupaten,
}


def main(argv: Sequence[str] | None = None) -> int:
    argparse._ = _terjemah  # type: ignore[attr-defined]
    args = _parser().parse_args(argv)
    try:
        _gabung_global(args)
        return PERINTAH[args.perintah](args)
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


if __name__ == "__main__":
    run()
