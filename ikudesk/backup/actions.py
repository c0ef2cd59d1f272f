"""``ikudesk backup`` and ``ikudesk restore``: called by ``ikudesk.cli``.

Both return 0 when done and raise ``IkuError`` for bad input (the CLI exits with 2). A restore
takes the window lock first: it must not swap the store under an open IKU Desk window; during
the copy-and-swap it also holds the store's write lock, so command-line writers wait for it.
"""

from __future__ import annotations

import argparse
import sys
from decimal import Decimal
from pathlib import Path

from ikudesk.backup.archive import InfoCadangan, buat_cadangan, siapkan_pemulihan
from ikudesk.errors import IkuError
from ikudesk.l10n import format_angka, format_waktu
from ikudesk.persistence.kunci import KunciStore
from ikudesk.persistence.store import buka_store, pilih_db


def ukuran_teks(bita: int) -> str:
    """``"820 KB"``, ``"2,4 MB"``: sizes as a user reads them."""
    if bita < 1024 * 1024:
        return f"{format_angka(max(Decimal(1), Decimal(bita) / 1024), 0)} KB"
    return f"{format_angka(Decimal(bita) / (1024 * 1024), 1)} MB"


def uraikan(info: InfoCadangan) -> list[str]:
    """Lines describing a backup for the user (the CLI prints them; the GUI shows them)."""
    baris = [
        f"Dibuat       : {format_waktu(info.dibuat)}",
        f"Komputer     : {info.komputer or '-'}",
        f"Versi        : IKU Desk {info.aplikasi} (skema {info.skema})",
        f"Ukuran       : {ukuran_teks(info.ukuran_berkas)}",
        f"Dokumen      : {format_angka(len(info.dokumen))}",
    ]
    for d in info.dokumen:
        baris.append(
            f"  - {d.instansi} ({d.label_periode}), {format_angka(d.jumlah_indikator)} indikator"
        )
    if info.perlu_upgrade:
        baris.append("Catatan      : cadangan dari versi lama; akan diperbarui setelah dipulihkan.")
    if info.peringatan:
        baris.append(
            f"Peringatan   : {len(info.peringatan)} teks atau isian melampaui batas yang berlaku "
            "sekarang; dokumen tetap dipulihkan, perbaiki saat mengubahnya:"
        )
        baris += [f"  - {p}" for p in info.peringatan[:50]]
        if len(info.peringatan) > 50:
            baris.append(f"  … dan {len(info.peringatan) - 50} lainnya")
    return baris


def jalankan_backup(args: argparse.Namespace) -> int:
    db = pilih_db(getattr(args, "db", None))
    tujuan = Path(args.keluaran)
    if isinstance(db, str):  # a server: a logical backup of every document
        from ikudesk.backup.server import buat_cadangan_server

        with buka_store(db) as store:
            hasil = buat_cadangan_server(store, tujuan)
    else:
        hasil = buat_cadangan(db, tujuan)
    print(hasil.path)
    info = hasil.info
    print(
        f"Cadangan berhasil dibuat dan diperiksa: {hasil.path} "
        f"({format_angka(len(info.dokumen))} dokumen, {ukuran_teks(info.ukuran_berkas)}).",
        file=sys.stderr,
    )
    return 0


def _tanya(teks: str) -> bool:
    print(teks, end="", file=sys.stderr, flush=True)
    try:
        jawab = sys.stdin.readline() if sys.stdin is not None else ""
    except (OSError, ValueError):
        return False
    return jawab.strip().lower() in ("y", "ya")


def _restore_server(args: argparse.Namespace, url: str) -> int:
    from ikudesk.backup.server import periksa_untuk_server, pulihkan_ke_server

    info = periksa_untuk_server(args.berkas)
    with buka_store(url) as store:
        print(f"Berkas cadangan: {args.berkas}", file=sys.stderr)
        for baris in uraikan(info):
            print(baris, file=sys.stderr)
        print(
            f"Semua dokumen di server '{store.nama}' akan diganti dengan isi cadangan ini "
            "(isi sekarang dicadangkan dulu secara otomatis).",
            file=sys.stderr,
        )
        if not getattr(args, "ya", False) and not _tanya("Lanjutkan? [y/T] "):
            raise IkuError("Pemulihan dibatalkan; server tidak diubah.")
        jumlah, lama = pulihkan_ke_server(args.berkas, store)
        if lama is not None:
            print(f"Isi sebelumnya disimpan di: {lama}", file=sys.stderr)
        print(f"Pemulihan berhasil: {jumlah} dokumen di {store.nama}", file=sys.stderr)
    return 0


def jalankan_restore(args: argparse.Namespace) -> int:
    db = pilih_db(getattr(args, "db", None))
    if isinstance(db, str):
        return _restore_server(args, db)
    store_path = db
    with KunciStore(store_path), siapkan_pemulihan(args.berkas, store_path) as pemulihan:
        print(f"Berkas cadangan: {args.berkas}", file=sys.stderr)
        for baris in uraikan(pemulihan.info):
            print(baris, file=sys.stderr)
        print(
            f"Penyimpanan '{store_path}' akan diganti dengan isi cadangan ini "
            "(isi sekarang dicadangkan dulu secara otomatis).",
            file=sys.stderr,
        )
        if not getattr(args, "ya", False) and not _tanya("Lanjutkan? [y/T] "):
            raise IkuError("Pemulihan dibatalkan; penyimpanan tidak diubah.")
        hasil = pemulihan.jalankan()
        hasil.store.close()
    if hasil.cadangan_lama is not None:
        print(f"Isi sebelumnya disimpan di: {hasil.cadangan_lama}", file=sys.stderr)
    print(f"Pemulihan berhasil: {store_path}", file=sys.stderr)
    return 0
