"""``ikudesk backup`` and ``ikudesk restore``.

A restore takes the window lock first: it must not swap the store under an open IKU Desk window;
during the copy-and-swap it also holds the store's write lock, so command-line writers wait for
it.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ikudesk.cli import common
from ikudesk.errors import IkuError

if TYPE_CHECKING:
    from ikudesk.backup.archive import InfoCadangan


def tambah_perintah(sub: Any) -> None:  # noqa: ANN401 - argparse's private subparsers action
    s = common.perintah(sub, "backup", jalankan_backup, "buat berkas cadangan (.ikubackup)")
    s.add_argument(
        "keluaran",
        metavar="KELUARAN",
        type=common.keluaran(".ikubackup"),
        help="berkas .ikubackup, atau folder (nama dibuat otomatis)",
    )

    s = common.perintah(
        sub, "restore", jalankan_restore, "pulihkan penyimpanan dari berkas cadangan"
    )
    s.add_argument("berkas", metavar="BERKAS.ikubackup")
    common.tambah_ya(s, "jangan bertanya dulu")


def jalankan_backup(args: argparse.Namespace) -> int:
    from ikudesk.backup.archive import buat_cadangan
    from ikudesk.backup.describe import ukuran_teks
    from ikudesk.l10n import format_angka
    from ikudesk.persistence.store import choose_db, open_store

    tempat = choose_db(common.db(args))
    tujuan = Path(args.keluaran)
    if isinstance(tempat, str):  # a server: a logical backup of every document
        from ikudesk.backup.server import buat_cadangan_server

        with open_store(tempat) as store:
            hasil = buat_cadangan_server(store, tujuan)
    else:
        hasil = buat_cadangan(tempat, tujuan)
    print(hasil.path)
    info = hasil.info
    print(
        f"Cadangan berhasil dibuat dan diperiksa: {hasil.path} "
        f"({format_angka(len(info.dokumen))} dokumen, {ukuran_teks(info.ukuran_berkas)}).",
        file=sys.stderr,
    )
    return common.KELUAR_OK


def _tanya_pemulihan(
    args: argparse.Namespace, info: InfoCadangan, diganti: str, batal: str
) -> None:
    """Show what the backup holds and what it replaces; unless ``--ya``, ask (no: ``batal``)."""
    from ikudesk.backup.describe import uraikan

    print(f"Berkas cadangan: {args.berkas}", file=sys.stderr)
    for baris in uraikan(info):
        print(baris, file=sys.stderr)
    print(
        f"{diganti} akan diganti dengan isi cadangan ini "
        "(isi sekarang dicadangkan dulu secara otomatis).",
        file=sys.stderr,
    )
    if not args.ya and not common.tanya("Lanjutkan? [y/T] "):
        raise IkuError(batal)


def _restore_server(args: argparse.Namespace, url: str) -> int:
    from ikudesk.backup.server import periksa_untuk_server, pulihkan_ke_server
    from ikudesk.persistence.store import open_store

    info = periksa_untuk_server(args.berkas)
    with open_store(url) as store:
        _tanya_pemulihan(
            args,
            info,
            f"Semua dokumen di server '{store.name}'",
            "Pemulihan dibatalkan; server tidak diubah.",
        )
        jumlah, lama = pulihkan_ke_server(args.berkas, store)
        if lama is not None:
            print(f"Isi sebelumnya disimpan di: {lama}", file=sys.stderr)
        print(f"Pemulihan berhasil: {jumlah} dokumen di {store.name}", file=sys.stderr)
    return common.KELUAR_OK


def jalankan_restore(args: argparse.Namespace) -> int:
    from ikudesk.backup.archive import siapkan_pemulihan
    from ikudesk.persistence.kunci import KunciStore
    from ikudesk.persistence.store import choose_db

    tempat = choose_db(common.db(args))
    if isinstance(tempat, str):
        return _restore_server(args, tempat)
    store_path = tempat
    with KunciStore(store_path), siapkan_pemulihan(args.berkas, store_path) as pemulihan:
        _tanya_pemulihan(
            args,
            pemulihan.info,
            f"Penyimpanan '{store_path}'",
            "Pemulihan dibatalkan; penyimpanan tidak diubah.",
        )
        hasil = pemulihan.jalankan()
        hasil.store.close()
    if hasil.cadangan_lama is not None:
        print(f"Isi sebelumnya disimpan di: {hasil.cadangan_lama}", file=sys.stderr)
    print(f"Pemulihan berhasil: {store_path}", file=sys.stderr)
    return common.KELUAR_OK
