"""Backups of a store on a PostgreSQL server, and restoring into one. No Qt here.

A server's backup is logical: every document is read (one consistent snapshot: REPEATABLE READ)
as its v2 document file (JSON), read again with the document-file reader (every check of an
import), written through the one mapper into a fresh SQLite store beside the target with its id,
read back and compared with the server's document file, and only then packed as an ordinary
``.ikubackup``. So the file restores into SQLite exactly like any other backup, and into a
server with ``pulihkan_ke_server``.

Restoring into a server checks the backup completely first (the same checks as for SQLite), keeps
a logical backup of the server's current contents in the local backup folder, then replaces the
contents in ONE transaction: another user sees the old documents or the new ones, never a mix.
Moving an office from one PC to the server: ``ikudesk backup F`` then
``ikudesk restore F --db postgresql://…``.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from sqlalchemy import delete, select, text, update
from sqlmodel import Session, col

from ikudesk.backup.archive import (
    CadanganError,
    HasilCadangan,
    InfoCadangan,
    buat_cadangan,
    periksa_cadangan,
)
from ikudesk.backup.isi import pulihkan_sebagai_draf
from ikudesk.domain.rules import batas_lama
from ikudesk.errors import IkuError
from ikudesk.files import sementara
from ikudesk.files.atomic import periksa_keluaran, pesan_os
from ikudesk.files.docfile import baca_tersimpan, ke_json
from ikudesk.persistence.mapper import (
    Writer,
    read_all_berkas_penetapan,
    read_dokumen,
    read_log,
)
from ikudesk.persistence.repo import write_dokumen
from ikudesk.persistence.store import Store, data_folder, open_store
from ikudesk.persistence.tables import DokumenRow, PengaturanRow, PerubahanRow

# id, instansi, dibuat, diubah, versi, JSON, and (schema 6) what is not in the document file:
# the file of each finalised version, and the change log.
_Baris = tuple[int, str, str, str, int, str, dict[int, str | None], list[tuple[str, str, str]]]


def _baca_semua(session: Session) -> tuple[list[_Baris], list[tuple[str, str]]]:
    rows = session.execute(select(DokumenRow).order_by(col(DokumenRow.id))).scalars().all()
    dokumen = [
        (
            r.id or 0,
            r.instansi,
            r.dibuat,
            r.diubah,
            r.versi,
            ke_json(read_dokumen(session, r.id or 0)),
            read_all_berkas_penetapan(session, r.id or 0),
            read_log(session, r.id or 0),
        )
        for r in rows
    ]
    pengaturan = [
        (p.kunci, p.nilai) for p in session.execute(select(PengaturanRow)).scalars().all()
    ]
    return dokumen, pengaturan


def salin_isi(sumber: Store, tujuan: Store) -> int:
    """Replace ``tujuan``'s contents by ``sumber``'s (one transaction), ids kept; verified by
    reading every document back. Returns the number of documents."""
    with sumber.read() as s:
        if s.get_bind().dialect.name == "postgresql":
            # One picture of the whole store even while others keep writing.
            s.execute(text("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY"))
        dokumen, pengaturan = _baca_semua(s)
    with tujuan.transaction() as t:
        t.execute(text("DELETE FROM dokumen"))
        t.execute(text("DELETE FROM pengaturan"))
        for did, _, dibuat, diubah, versi, isi, berkas, log in dokumen:
            # stored data: what was made before the limits of FORMAT.md is copied as it is
            with batas_lama():
                dok = baca_tersimpan(isi)
            write_dokumen(t, dok, did)
            t.execute(
                update(DokumenRow)
                .where(col(DokumenRow.id) == did)
                .values(dibuat=dibuat, diubah=diubah, versi=versi)
            )
            # The finalised versions' files and the log travel as they are (not re-made).
            w = Writer(t)
            for v, b in berkas.items():
                w.set_berkas_penetapan(did, v, b)
            t.execute(delete(PerubahanRow).where(col(PerubahanRow.dokumen_id) == did))
            w.insert_log(did, log)
        for kunci, nilai in pengaturan:
            t.add(PengaturanRow(kunci=kunci, nilai=nilai))
        t.flush()
        # Read back inside the same transaction: anything different and nothing is committed.
        baca_ulang = {b[0]: (b[5], b[6], b[7]) for b in _baca_semua(t)[0]}
        for did, instansi, _, _, _, isi, berkas, log in dokumen:
            if baca_ulang.get(did) != (isi, berkas, log):
                raise CadanganError(
                    f"Dokumen nomor {did} ({instansi}) tidak sama setelah disalin; "
                    "tidak ada yang diubah."
                )
    return len(dokumen)


def _kerja(folder: Path) -> sementara.FolderSementara:
    """A locked temporary folder beside the output for the logical copy (swept if killed)."""
    try:
        return sementara.FolderSementara(folder, f"{sementara.AWALAN}logis-")
    except OSError as e:
        raise CadanganError(f"Tidak dapat menulis di '{folder}': {pesan_os(e)}.") from None


def buat_cadangan_server(
    store: Store, tujuan: str | os.PathLike[str], *, nama: str | None = None
) -> HasilCadangan:
    """A logical ``.ikubackup`` of the server store ``store`` at ``tujuan`` (file or folder)."""
    tujuan = Path(tujuan)
    try:
        # checked before the server is read: a device, a FIFO, a name too long
        ke_folder = periksa_keluaran(tujuan, folder_boleh=True)
    except IkuError as e:
        raise CadanganError(e.pesan) from None
    folder = tujuan if ke_folder else tujuan.parent
    if not folder.is_dir():
        raise CadanganError(f"Folder '{folder}' tidak ada; cadangan tidak dibuat.")
    sementara.sapu(folder)
    with _kerja(folder) as kerja:
        with open_store(kerja.path / "ikudesk.sqlite") as salinan:
            salin_isi(store, salinan)
        return buat_cadangan(kerja.path / "ikudesk.sqlite", tujuan, nama=nama)


def folder_cadangan_server(store: Store) -> Path:
    """Where the safety copies of a server's contents go: the user's data folder."""
    return data_folder() / "cadangan-server"


def periksa_untuk_server(berkas: str | os.PathLike[str]) -> InfoCadangan:
    """Check a backup completely (as a restore into SQLite would); nothing is touched."""
    return periksa_cadangan(berkas)


def pulihkan_ke_server(berkas: str | os.PathLike[str], store: Store) -> tuple[int, Path | None]:
    """Replace the server's contents by the backup's (one transaction).

    Returns the number of documents restored and the safety backup of the previous contents
    (None when the server held nothing).
    """
    berkas = Path(berkas)
    kerja = _kerja(Path(tempfile.gettempdir()))  # swept at the next store open if killed
    try:
        db = kerja.path / "ikudesk.sqlite"
        info = periksa_cadangan(berkas, db)  # every check, the import rules included
        pulihkan_sebagai_draf(db, info.diubah_luar)  # never restored as signed
        with open_store(db) as dari:  # an older backup's schema is upgraded here
            lama: Path | None = None
            with store.read() as s:
                ada = s.execute(select(col(DokumenRow.id)).limit(1)).first() is not None
            if ada:
                folder = folder_cadangan_server(store)
                try:
                    folder.mkdir(parents=True, exist_ok=True)
                except OSError as e:
                    raise CadanganError(
                        f"Folder cadangan '{folder}' tidak dapat dibuat: {pesan_os(e)}; "
                        "pemulihan dibatalkan, server tidak diubah."
                    ) from None
                lama = buat_cadangan_server(store, folder).path
            try:
                jumlah = salin_isi(dari, store)
            except IkuError as e:
                raise CadanganError(
                    f"Pemulihan ke server gagal: {e.pesan} Isi server tidak diubah."
                ) from None
        return jumlah, lama
    finally:
        kerja.hapus()
