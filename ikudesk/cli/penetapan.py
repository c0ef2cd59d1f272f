"""Commands for finalising a document and reading its history (issue 24):
``tetapkan``, ``revisi``, ``riwayat``, ``banding``. Each change is an operation applied by the
document session, so it is checked, written and logged exactly as from the window."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from ikudesk.cli import common
from ikudesk.errors import IkuError


def _tanggal(teks: str) -> str:
    from ikudesk.domain.penetapan import periksa_tanggal_penetapan

    try:
        return periksa_tanggal_penetapan(teks, "")
    except IkuError as e:
        raise argparse.ArgumentTypeError(e.pesan) from None


def _iso_hari(teks: str) -> str:
    from datetime import date

    try:
        return date.fromisoformat(teks.strip()).isoformat()
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"tanggal '{teks}' tidak sah (tulis TTTT-BB-HH, mis. 2026-12-01)"
        ) from None


def tambah_perintah(sub: Any) -> None:  # noqa: ANN401 - argparse's private subparsers action
    s = common.perintah(
        sub,
        "tetapkan",
        jalankan_tetapkan,
        "tetapkan isi dokumen sekarang sebagai versi berikutnya (penetapan)",
    )
    common.tambah_id(s)
    s.add_argument(
        "--tanggal", required=True, type=_tanggal, metavar="TTTT-BB-HH", help="tanggal keputusan"
    )
    s.add_argument(
        "--dasar", default="", metavar="TEKS", help="keputusan penetapan, seperti dicetak"
    )
    s.add_argument(
        "--alasan", default="", metavar="TEKS", help="alasan revisi (wajib mulai versi 2)"
    )
    common.tambah_db(s)

    s = common.perintah(
        sub,
        "revisi",
        jalankan_revisi,
        "buka revisi dokumen yang sudah ditetapkan (kembali draf)",
    )
    common.tambah_id(s, "nomor dokumen")
    common.tambah_db(s)

    s = common.perintah(
        sub,
        "riwayat",
        jalankan_riwayat,
        "versi yang ditetapkan, dan (--perubahan) siapa mengubah apa",
    )
    common.tambah_id(s, "nomor dokumen")
    s.add_argument("--perubahan", action="store_true", help="tampilkan juga catatan perubahan")
    s.add_argument(
        "--sejak", type=_iso_hari, metavar="TTTT-BB-HH", help="perubahan sejak tanggal ini saja"
    )
    s.add_argument("--json", action="store_true", help="keluaran JSON untuk program lain")
    common.tambah_db(s)

    s = common.perintah(
        sub, "banding", jalankan_banding, "apa yang berubah antara dua versi yang ditetapkan"
    )
    common.tambah_id(s, "nomor dokumen")
    s.add_argument("a", metavar="A", help="versi lama (nomor)")
    s.add_argument("b", metavar="B", help="versi baru (nomor, atau 'kini': isi sekarang)")
    s.add_argument("--json", action="store_true", help="keluaran JSON untuk program lain")
    common.tambah_db(s)


def _terapkan(args: argparse.Namespace, op: Any) -> Any:
    from ikudesk.persistence.repo import SqlRepository
    from ikudesk.session.document import DocumentSession

    with common.buka(args) as store:
        sesi = DocumentSession.open(SqlRepository(store), args.id)
        sesi.apply(op)
        return sesi.dokumen


def jalankan_tetapkan(args: argparse.Namespace) -> int:
    from ikudesk.domain.penetapan import label_versi
    from ikudesk.session.operations import Tetapkan

    dok = _terapkan(args, Tetapkan(args.tanggal, args.dasar, args.alasan))
    p = dok.penetapan[-1]
    print(f"Dokumen {args.id} ditetapkan: {label_versi(p)}; sidik {p.sidik}.", file=sys.stderr)
    return common.KELUAR_OK


def jalankan_revisi(args: argparse.Namespace) -> int:
    from ikudesk.session.operations import BukaRevisi

    dok = _terapkan(args, BukaRevisi())
    print(
        f"Revisi dokumen {args.id} dibuka (draf). Setelah selesai, tetapkan sebagai versi "
        f"{dok.penetapan[-1].versi + 1} dengan: ikudesk tetapkan {args.id} --tanggal … "
        "--alasan …",
        file=sys.stderr,
    )
    return common.KELUAR_OK


def jalankan_riwayat(args: argparse.Namespace) -> int:
    from ikudesk.files.docfile import json_tepat
    from ikudesk.l10n import format_tanggal
    from ikudesk.persistence.riwayat import load_riwayat

    with common.buka(args, read_only=True) as store:  # creates no store, adopts no foreign file
        r = load_riwayat(store, args.id, args.sejak)
    if args.json:
        data = {
            "versi": [
                {
                    "versi": p.versi,
                    "tanggal": p.tanggal,
                    "dasar": p.dasar,
                    "alasan": p.alasan,
                    "sidik": p.sidik,
                }
                for p in r.versi
            ],
            "perubahan": [
                {"waktu": c.waktu, "oleh": c.oleh, "uraian": c.uraian} for c in r.perubahan
            ],
        }
        print(json_tepat(data))
        return common.KELUAR_OK
    from ikudesk.files.docfile import PESAN_DIUBAH_LUAR, isi_diubah_luar

    status = "ditetapkan" if r.dokumen.ditetapkan else "draf"
    if isi_diubah_luar(r.dokumen) is not None:
        status += f", tetapi {PESAN_DIUBAH_LUAR} (isinya bukan versi {r.versi[-1].versi} lagi)"
    print(f"Dokumen {args.id} ({r.dokumen.profil.instansi}): {status}")
    if not r.versi:
        print("Belum pernah ditetapkan.")
    for p in r.versi:
        print(f"Versi {p.versi}  {format_tanggal(p.tanggal)}  {p.dasar or '(dasar tidak diisi)'}")
        if p.alasan:
            print(f"    Alasan: {p.alasan}")
    if args.perubahan:
        print()
        print("Perubahan:" if r.perubahan else "Belum ada perubahan tercatat.")
        for c in r.perubahan:
            print(f"{c.waktu.replace('T', ' ')}  {c.oleh or '-'}  {c.uraian}")
    return common.KELUAR_OK


def _versi(teks: str) -> int | None:
    if teks.strip().lower() in ("kini", "sekarang", "draf"):
        return None
    try:
        return int(teks)
    except ValueError:
        raise IkuError(
            f"Versi '{teks}' tidak sah: tulis nomor versi (1, 2, …) atau 'kini'."
        ) from None


def jalankan_banding(args: argparse.Namespace) -> int:
    from ikudesk.files.banding import banding
    from ikudesk.persistence.repo import load_dokumen
    from ikudesk.persistence.riwayat import load_dokumen_versi

    a, b = _versi(args.a), _versi(args.b)
    with common.buka(args, read_only=True) as store:  # creates no store, adopts no foreign file
        lama = load_dokumen(store, args.id) if a is None else load_dokumen_versi(store, args.id, a)
        baru = load_dokumen(store, args.id) if b is None else load_dokumen_versi(store, args.id, b)
    baris = banding(lama, baru)
    if args.json:
        import json

        print(json.dumps({"dari": a, "ke": b, "perubahan": baris}, ensure_ascii=False, indent=2))
        return common.KELUAR_OK
    judul_b = f"versi {b}" if b is not None else "isi sekarang"
    judul_a = f"versi {a}" if a is not None else "isi sekarang"
    print(f"Dari {judul_a} ke {judul_b}:")
    for t in baris or ["Tidak ada perubahan pada isi yang ditetapkan."]:
        print(f"- {t}")
    return common.KELUAR_OK
