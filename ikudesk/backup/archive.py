"""Backup files (``.ikubackup``): make, check, describe and restore them. No Qt here.

A backup is a zip holding exactly two members: ``manifest.json`` (what it holds, and the
SHA-256 of the database) and ``ikudesk.sqlite`` (a consistent snapshot taken with SQLite's backup
API, so the app may stay open). A new backup is written to a temporary name beside the target,
flushed, renamed, then read back and checked exactly as a restore would check it; only then is it
reported done. A file that fails half-way is removed, or at least never carries the final name.

A restore checks the whole file before anything is touched (archive, member names, sizes,
checksum, ``integrity_check``, schema), copies the current store into the automatic backup folder,
and swaps the new database in with one ``os.replace``: the old store stays intact on any failure.

Automatic and pre-restore backups live in ``folder_cadangan(store_path)``: ``cadangan/`` beside
the store (for the default store that is ``data_folder()/cadangan``), or ``cadangan-<name>/``
beside a store with another file name, so two stores in one folder never mix their backups.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
import socket
import sqlite3
import tempfile
import zipfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import Path, PurePosixPath
from typing import Any

from ikudesk import __version__
from ikudesk.backup.isi import (
    IsiRusak,
    Kerusakan,
    Ringkasan,
    periksa_isi,
    pulihkan_sebagai_draf,
)
from ikudesk.backup.isi import ringkas as _ringkas_db
from ikudesk.domain.model import Periode, label_periode
from ikudesk.errors import IkuError
from ikudesk.files import sementara
from ikudesk.files.atomic import (
    _fsync_folder,
    bukan_berkas_biasa,
    izin_biasa,
    periksa_keluaran,
    pesan_os,
    tolak_berkas_store,
)
from ikudesk.persistence.kunci import kunci_tulis
from ikudesk.persistence.store import (
    APPLICATION_ID,
    SCHEMA_VERSION,
    STORE_FILE_NAME,
    Store,
    StoreAsing,
    StoreRusak,
    check_store_file,
    copy_sqlite,
    expected_schema,
    open_store,
    pesan_sqlite,
    schema_difference,
    schema_of,
)

FORMAT = "ikudesk-cadangan"
VERSI_FORMAT = 1
EKSTENSI = ".ikubackup"
NAMA_MANIFEST = "manifest.json"
NAMA_DB = "ikudesk.sqlite"

BATAS_MANIFEST = 1024 * 1024
BATAS_DB = 2 * 1024**3
# Against zip bombs: past this much output a member may not have grown more than BATAS_RASIO
# times its compressed size. Real stores compress far less (about 3–10×).
BATAS_RASIO = 200
AMBANG_RASIO = 64 * 1024 * 1024
_POTONGAN = 1024 * 1024


class CadanganError(IkuError):
    """A backup cannot be made, or a file is not a backup this program can restore."""


class PenyimpananRusak(CadanganError):
    """The store itself is damaged: SQLite's full check of its copy failed."""


@dataclass(frozen=True)
class RingkasDokumen:
    id: int
    instansi: str
    periode: tuple[int, int] | None
    jumlah_indikator: int

    @property
    def label_periode(self) -> str:
        return label_periode(Periode(*self.periode) if self.periode else None)


@dataclass(frozen=True)
class InfoCadangan:
    """What a backup holds, read from a file that passed every check."""

    path: Path
    aplikasi: str
    skema: int
    dibuat: datetime
    komputer: str
    dokumen: list[RingkasDokumen]
    jumlah: dict[str, int]
    ukuran_db: int
    sha256: str
    ukuran_berkas: int = 0
    manifest: dict[str, Any] = field(default_factory=dict, repr=False)
    # Places that break the limits of FORMAT.md (data made before them): restored, with warning.
    peringatan: list[str] = field(default_factory=list)
    # Signed content or kept version files changed outside the program: never restored as
    # signed (``isi.pulihkan_sebagai_draf``), said before the user's yes and in the log.
    diubah_luar: list[Kerusakan] = field(default_factory=list)

    @property
    def perlu_upgrade(self) -> bool:
        return self.skema < SCHEMA_VERSION


# ---------------------------------------------------------------- snapshot and manifest


def _sha256_berkas(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        while chunk := f.read(_POTONGAN):
            h.update(chunk)
    return h.hexdigest()


def _buang_pengaturan_rusak(con: sqlite3.Connection) -> None:
    """A category scale stored before settings were checked, that the program does not use
    (it falls back to the defaults), is left out of the copy: restore refuses such a scale, and
    a backup must always restore."""
    from ikudesk.domain.kategori import KUNCI, KategoriError, dari_json, periksa

    ada = con.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'pengaturan'"
    ).fetchone()
    if ada is None:
        return
    row = con.execute("SELECT nilai FROM pengaturan WHERE kunci = ?", (KUNCI,)).fetchone()
    if row is None or not isinstance(row[0], str) or not row[0].strip():
        return
    try:
        periksa(dari_json(row[0]))
    except KategoriError:
        con.execute("DELETE FROM pengaturan WHERE kunci = ?", (KUNCI,))


def _buat_snapshot(sumber: Path, tujuan: Path) -> dict[str, Any]:
    """Copy the live store to ``tujuan`` and return the manifest describing the copy."""
    if not sumber.exists() or sumber.stat().st_size == 0:
        raise CadanganError(f"Penyimpanan '{sumber}' belum ada; tidak ada yang dicadangkan.")
    try:
        copy_sqlite(sumber, tujuan)
        con = sqlite3.connect(tujuan, isolation_level=None)
        try:
            # The snapshot is a plain rollback-journal database: no -wal may travel with it.
            con.execute("PRAGMA journal_mode = DELETE")
            _buang_pengaturan_rusak(con)
            # The full check before a backup: a damaged store is reported as such, not copied
            # into a backup that fails later.
            cek = [r[0] for r in con.execute("PRAGMA integrity_check(3)")]
            if cek != ["ok"]:
                raise PenyimpananRusak(
                    f"Penyimpanan '{sumber}' rusak (pemeriksaan SQLite: {'; '.join(cek)}); "
                    "tidak dicadangkan. Pulihkan dari cadangan yang lebih lama."
                )
            skema = con.execute("PRAGMA user_version").fetchone()[0]
            dokumen, jumlah = _ringkas_db(con)
        finally:
            con.close()
    except sqlite3.Error as e:
        raise CadanganError(
            f"Penyimpanan '{sumber}' tidak dapat disalin: {pesan_sqlite(e)}."
        ) from None
    except OSError as e:
        raise CadanganError(f"Salinan sementara tidak dapat dibuat: {pesan_os(e)}.") from None
    return {
        "format": FORMAT,
        "versi": VERSI_FORMAT,
        "aplikasi": __version__,
        "skema": skema,
        "dibuat": datetime.now().astimezone().isoformat(timespec="seconds"),
        "komputer": socket.gethostname(),
        "dokumen": [
            {
                "id": d.id,
                "instansi": d.instansi,
                "periode": list(d.periode) if d.periode else None,
                "jumlah_indikator": d.jumlah_indikator,
            }
            for d in dokumen
        ],
        "jumlah": jumlah,
        "basis_data": {
            "nama": NAMA_DB,
            "ukuran": tujuan.stat().st_size,
            "sha256": _sha256_berkas(tujuan),
        },
    }


def nama_berkas(instansi: str, waktu: datetime | None = None) -> str:
    """``IKU-<instansi>-<YYYYMMDD-HHMM>.ikubackup`` with characters every file system accepts."""
    waktu = waktu or datetime.now()
    # Bounded: file systems allow 255 bytes per name, and a name is UTF-8 (up to 4 bytes/char).
    bersih = re.sub(r"[^\w.-]+", "-", instansi.strip(), flags=re.UNICODE)[:50].strip("-.")
    return f"IKU-{bersih or 'kosong'}-{waktu:%Y%m%d-%H%M}{EKSTENSI}"


def _nama_bebas(folder: Path, nama: str) -> Path:
    p = folder / nama
    n = 2
    while p.exists():
        p = folder / f"{nama[: -len(EKSTENSI)]}-{n}{EKSTENSI}"
        n += 1
    return p


def _hapus_diam(*paths: Path) -> None:
    for p in paths:
        with contextlib.suppress(OSError):
            p.unlink()


def _hapus_sqlite(path: Path) -> None:
    _hapus_diam(path, Path(f"{path}-wal"), Path(f"{path}-shm"), Path(f"{path}-journal"))


# ---------------------------------------------------------------- making a backup


@dataclass(frozen=True)
class HasilCadangan:
    path: Path
    info: InfoCadangan


def buat_cadangan(
    sumber: Store | str | os.PathLike[str],
    tujuan: str | os.PathLike[str],
    *,
    nama: str | None = None,
) -> HasilCadangan:
    """Back up the store (open ``Store`` or its path) to ``tujuan`` (a file, or a folder).

    Given a folder, the file is named by ``nama`` or ``nama_berkas`` and never overwrites another.
    Returns only after the written file was read back and passed every restore check.
    """
    path_store = Path(sumber.path if isinstance(sumber, Store) else sumber)
    tujuan = Path(tujuan)
    try:
        # a device or FIFO is never replaced; a name too long is named, not a traceback
        ke_folder = periksa_keluaran(tujuan, folder_boleh=True)
    except IkuError as e:
        raise CadanganError(e.pesan) from None
    folder = tujuan if ke_folder else tujuan.parent
    if not ke_folder:
        if not folder.is_dir():
            raise CadanganError(f"Folder '{folder}' tidak ada; cadangan tidak dibuat.")
        try:
            tolak_berkas_store(tujuan, path_store)
        except IkuError as e:
            raise CadanganError(e.pesan) from None
    # Every temporary file lives beside the target (never a plaintext copy of the store in the
    # system's temp folder) in a hidden, locked ".ikudesk-…tmp" folder; what a killed run left
    # here is swept now, before this write adds its own (files.sementara).
    sementara.sapu(folder)
    snapshot = _db_sementara(folder, "snapshot")
    try:
        manifest = _buat_snapshot(path_store, snapshot)
        if ke_folder:
            if nama is None:
                dok = manifest["dokumen"]
                nama = nama_berkas(dok[0]["instansi"] if dok else "")
            tujuan = _nama_bebas(tujuan, nama)
        arsip = _tulis_arsip(snapshot, manifest, tujuan)
    finally:
        _hapus_db_sementara(snapshot)
    # The new file is checked under its temporary name: an existing backup of the same name is
    # replaced only by one that passed, and is never lost to one that did not.
    try:
        try:
            ekstrak = _db_sementara(folder, "periksa")
            try:
                # Our own store's content passed the rules when it was written; reading back
                # checks the medium (checksum, integrity, schema, types and sizes).
                info = periksa_cadangan(arsip, ekstrak, aturan=False)
            finally:
                _hapus_db_sementara(ekstrak)
        except CadanganError as e:
            lama = " Berkas lama dengan nama itu tetap utuh." if tujuan.exists() else ""
            sebab = e.pesan.replace(str(arsip), str(tujuan))
            raise CadanganError(
                f"Cadangan '{tujuan}' gagal diperiksa setelah ditulis dan telah dihapus: "
                f"{sebab}{lama}"
            ) from None
        if info.sha256 != manifest["basis_data"]["sha256"]:
            raise CadanganError(f"Cadangan '{tujuan}' tidak sama dengan yang ditulis; dihapus.")
        try:
            os.replace(arsip, tujuan)
            _fsync_folder(tujuan.parent)
        except OSError as e:
            raise CadanganError(f"Cadangan '{tujuan}' gagal disimpan: {pesan_os(e)}.") from None
    finally:
        _hapus_berkas_sementara(arsip)
    return HasilCadangan(tujuan, replace(info, path=tujuan))


AWALAN_SEMENTARA = sementara.AWALAN
# The temporary folders of this process, by path (each holds its lock until removed).
_folder: dict[Path, sementara.FolderSementara] = {}


def _folder_sementara(folder: Path, awalan: str) -> Path:
    try:
        f = sementara.FolderSementara(folder, awalan)
    except OSError as e:
        raise CadanganError(f"Tidak dapat menulis di '{folder}': {pesan_os(e)}.") from None
    _folder[f.path] = f
    return f.path


def _sementara(folder: Path, jenis: str) -> Path:
    """A file path inside a fresh locked ``.ikudesk-<jenis>-….tmp`` folder in ``folder``."""
    return _folder_sementara(folder, f"{AWALAN_SEMENTARA}{jenis}-") / f"{jenis}.tmp"


def _db_sementara(folder: Path, jenis: str) -> Path:
    """A database path inside a fresh locked folder ``.ikudesk-<jenis>-….tmp`` in ``folder``.

    A folder, because SQLite adds files of its own beside a database (-journal, -wal, -shm);
    a killed run leaves one ``.tmp`` folder that the next sweep removes whole.
    """
    return _folder_sementara(folder, f"{AWALAN_SEMENTARA}{jenis}-") / NAMA_DB


def _hapus_berkas_sementara(path: Path) -> None:
    """Remove a temporary file and, when it lives in one, its locked folder."""
    f = _folder.pop(path.parent, None)
    if f is not None:
        f.hapus()
    else:
        _hapus_diam(path)


def _hapus_db_sementara(db: Path) -> None:
    f = _folder.pop(db.parent, None)
    if f is not None:
        f.hapus()
    else:
        _hapus_sqlite(db)


def sapu_sementara(folder: Path) -> list[Path]:
    """Remove our temporary folders a killed run left in ``folder`` (none still in use)."""
    return sementara.sapu(folder)


def _tulis_arsip(snapshot: Path, manifest: dict[str, Any], tujuan: Path) -> Path:
    """Write the archive to a temporary file beside ``tujuan``, flushed; return its path."""
    sementara = _sementara(tujuan.parent, "arsip")
    try:
        with open(sementara, "wb") as f:
            z = zipfile.ZipFile(f, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=1)
            try:
                z.writestr(
                    NAMA_MANIFEST,
                    json.dumps(manifest, ensure_ascii=False, indent=2).encode("utf-8"),
                )
                z.write(snapshot, NAMA_DB)
                z.close()
            except BaseException:
                # A failed write (a full disk) must not be retried by close() or by
                # ZipFile.__del__ later ("Exception ignored … Errno 28"): the file is dropped.
                z.fp = None
                raise
            f.flush()
            os.fsync(f.fileno())
        izin_biasa(sementara)
        return sementara
    except OSError as e:
        _hapus_berkas_sementara(sementara)
        raise CadanganError(
            f"Cadangan '{tujuan}' gagal ditulis: {pesan_os(e)}. Tidak ada berkas cadangan yang "
            "dibuat; periksa media lalu coba lagi."
        ) from None
    except BaseException:
        _hapus_berkas_sementara(sementara)
        raise


# ---------------------------------------------------------------- checking a backup


def _periksa_nama(infos: list[zipfile.ZipInfo], berkas: Path) -> dict[str, zipfile.ZipInfo]:
    nama = [i.filename for i in infos]
    for n in nama:
        p = PurePosixPath(n)
        if (
            "\\" in n
            or n.startswith("/")
            or ".." in p.parts
            or re.match(r"^[A-Za-z]:", n)
            or "\0" in n
        ):
            raise CadanganError(
                f"Berkas '{berkas}' berisi nama berbahaya ('{n}') yang menunjuk ke luar arsip; "
                "berkas ini tidak dipakai."
            )
    for i in infos:
        if i.flag_bits & 0x1:
            raise CadanganError(
                f"Berkas '{berkas}' berisi isi yang terenkripsi (berkata sandi); cadangan IKU Desk "
                "tidak pernah terenkripsi. Berkas ini tidak dipakai."
            )
        if i.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            raise CadanganError(
                f"Berkas '{berkas}' memakai cara pemadatan yang tidak dipakai IKU Desk; bukan "
                "cadangan sah."
            )
    if len(set(nama)) != len(nama):
        raise CadanganError(
            f"Berkas '{berkas}' berisi nama yang sama dua kali; bukan cadangan sah."
        )
    harap = {NAMA_MANIFEST, NAMA_DB}
    if set(nama) != harap:
        lebih = sorted(set(nama) - harap)
        kurang = sorted(harap - set(nama))
        rincian = []
        if kurang:
            rincian.append("tidak ada " + ", ".join(kurang))
        if lebih:
            rincian.append("ada isi lain: " + ", ".join(lebih[:5]))
        raise CadanganError(f"Berkas '{berkas}' bukan cadangan IKU Desk ({'; '.join(rincian)}).")
    return {i.filename: i for i in infos}


def _batas(info: zipfile.ZipInfo, batas: int) -> int:
    return min(batas, max(AMBANG_RASIO, BATAS_RASIO * max(info.compress_size, 1)))


def _baca_member(
    z: zipfile.ZipFile,
    info: zipfile.ZipInfo,
    batas: int,
    berkas: Path,
    tulis: Callable[[bytes], Any],
) -> int:
    """Stream a member to ``tulis``; stop at the bound instead of trusting the header."""
    if info.file_size > batas:
        raise CadanganError(
            f"Isi '{info.filename}' dalam '{berkas}' terlalu besar "
            f"({info.file_size} bita; batas {batas} bita)."
        )
    maks = _batas(info, batas)
    total = 0
    with z.open(info) as src:
        while chunk := src.read(_POTONGAN):
            total += len(chunk)
            if total > maks:
                raise CadanganError(
                    f"Isi '{info.filename}' dalam '{berkas}' mengembang melebihi batas "
                    f"({maks} bita); berkas ini tidak dipakai (bom zip?)."
                )
            tulis(chunk)
    return total


def _baca_manifest(z: zipfile.ZipFile, info: zipfile.ZipInfo, berkas: Path) -> dict[str, Any]:
    bagian: list[bytes] = []
    _baca_member(z, info, BATAS_MANIFEST, berkas, bagian.append)
    try:
        m = json.loads(b"".join(bagian).decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError):
        raise CadanganError(
            f"Manifest dalam '{berkas}' rusak (bukan JSON UTF-8 yang sah)."
        ) from None
    if not isinstance(m, dict) or m.get("format") != FORMAT:
        raise CadanganError(f"Berkas '{berkas}' bukan cadangan IKU Desk (format tidak dikenal).")
    versi = m.get("versi")
    if not isinstance(versi, int):
        raise CadanganError(f"Manifest dalam '{berkas}' tidak menyebut versi format.")
    if versi > VERSI_FORMAT:
        raise CadanganError(
            f"Cadangan '{berkas}' dibuat oleh IKU Desk yang lebih baru "
            f"({m.get('aplikasi', '?')}, format cadangan versi {versi}; program ini mengenal "
            f"sampai versi {VERSI_FORMAT}). Perbarui IKU Desk terlebih dahulu."
        )
    try:
        bd = m["basis_data"]
        ok = (
            isinstance(m["skema"], int)
            and isinstance(bd["ukuran"], int)
            and isinstance(bd["sha256"], str)
            and re.fullmatch(r"[0-9a-f]{64}", bd["sha256"]) is not None
            and isinstance(m["dibuat"], str)
        )
    except (KeyError, TypeError):
        ok = False
    if not ok:
        raise CadanganError(f"Manifest dalam '{berkas}' tidak lengkap atau rusak.")
    _tolak_skema_baru(m["skema"], m.get("aplikasi", "?"), berkas)
    return m


def _tolak_skema_baru(skema: int, aplikasi: str, berkas: Path) -> None:
    if skema > SCHEMA_VERSION:
        raise CadanganError(
            f"Cadangan '{berkas}' dibuat oleh IKU Desk yang lebih baru (versi {aplikasi}, "
            f"skema versi {skema}); program ini ({__version__}) mengenal sampai skema versi "
            f"{SCHEMA_VERSION}. Perbarui IKU Desk terlebih dahulu."
        )


def _periksa_sqlite(db: Path, m: dict[str, Any], berkas: Path) -> None:
    try:
        con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
        try:
            hasil = [r[0] for r in con.execute("PRAGMA integrity_check")]
            if hasil != ["ok"]:
                raise CadanganError(
                    f"Basis data dalam '{berkas}' rusak (integrity_check: {'; '.join(hasil[:3])})."
                )
            skema = con.execute("PRAGMA user_version").fetchone()[0]
            if skema != m["skema"]:
                raise CadanganError(
                    f"Basis data dalam '{berkas}' tidak cocok dengan manifestnya "
                    f"(skema {skema}, manifest menyebut {m['skema']})."
                )
            _tolak_skema_baru(skema, m.get("aplikasi", "?"), berkas)
            app = con.execute("PRAGMA application_id").fetchone()[0]
            if skema < 1 or app not in (0, APPLICATION_ID):  # 0: made before the id was set
                raise CadanganError(f"Basis data dalam '{berkas}' bukan penyimpanan IKU Desk.")
            # The whole schema: a trigger or view under any name (even "sqlite_stat…") would
            # run inside this program later.
            rincian = schema_difference(schema_of(con), expected_schema(skema))
            if rincian:
                raise CadanganError(
                    f"Basis data dalam '{berkas}' tidak sama dengan susunan penyimpanan IKU Desk "
                    f"skema {skema} ({rincian}); berkas ini tidak dipakai."
                )
            if con.execute("PRAGMA foreign_key_check").fetchone() is not None:
                raise CadanganError(
                    f"Basis data dalam '{berkas}' berisi rujukan yang putus (foreign_key_check)."
                )
        finally:
            con.close()
    except sqlite3.DatabaseError as e:
        raise CadanganError(
            f"Basis data dalam '{berkas}' tidak dapat dibaca ({pesan_sqlite(e)})."
        ) from None


def _teks_manifest(nilai: object, batas: int = 80) -> str:
    """A short manifest field for display: only ever a short plain string."""
    return nilai[:batas] if isinstance(nilai, str) else "?"


def _ringkas(
    m: dict[str, Any],
    berkas: Path,
    ukuran_berkas: int,
    dokumen: list[Ringkasan],
    jumlah: dict[str, int],
) -> InfoCadangan:
    try:
        dibuat = datetime.fromisoformat(m["dibuat"][:64])
    except ValueError:
        raise CadanganError(
            f"Manifest dalam '{berkas}' tidak lengkap atau rusak (waktu pembuatan tidak sah)."
        ) from None
    return InfoCadangan(
        path=berkas,
        aplikasi=_teks_manifest(m.get("aplikasi")),
        skema=m["skema"],
        dibuat=dibuat,
        komputer=_teks_manifest(m.get("komputer"), 255),
        dokumen=[RingkasDokumen(d.id, d.instansi, d.periode, d.jumlah_indikator) for d in dokumen],
        jumlah=jumlah,
        ukuran_db=m["basis_data"]["ukuran"],
        sha256=m["basis_data"]["sha256"],
        ukuran_berkas=ukuran_berkas,
        manifest=m,
    )


def periksa_cadangan(
    berkas: str | os.PathLike[str],
    ekstrak_ke: Path | None = None,
    *,
    hapus_ekstrak: bool = False,
    aturan: bool = True,
) -> InfoCadangan:
    """Check ``berkas`` completely; raise ``CadanganError`` saying why it cannot be used.

    ``aturan=False`` leaves out reading every document through the import rules (see
    ``isi.periksa_isi``); everything else is checked all the same.

    The database is extracted to ``ekstrak_ke`` (kept, fsync'd, unless ``hapus_ekstrak``) or to a
    temporary file beside ``berkas`` (the system's temp folder only when that folder is
    read-only) that is removed again.
    """
    berkas = Path(berkas)
    if sebab := bukan_berkas_biasa(berkas):
        raise CadanganError(f"{sebab}, bukan berkas cadangan.")
    try:
        if berkas.is_dir():
            raise CadanganError(f"'{berkas}' adalah folder, bukan berkas cadangan.")
        ukuran = berkas.stat().st_size
    except FileNotFoundError:
        raise CadanganError(f"Berkas cadangan '{berkas}' tidak ditemukan.") from None
    except OSError as e:
        raise CadanganError(
            f"Berkas cadangan '{berkas}' tidak dapat dibaca: {pesan_os(e)}."
        ) from None
    if ukuran == 0:
        raise CadanganError(f"Berkas cadangan '{berkas}' kosong (0 bita); bukan cadangan.")
    if ekstrak_ke is None:
        hapus_ekstrak = True
        try:
            ekstrak_ke = _db_sementara(berkas.parent, "periksa")
        except CadanganError:
            # A read-only folder (a CD, a write-protected stick): the system's temp folder, in
            # a locked folder the next start of the program sweeps (``sapu_sistem``).
            ekstrak_ke = _db_sementara(Path(tempfile.gettempdir()), "periksa")
    try:
        return _periksa(berkas, ekstrak_ke, ukuran, aturan)
    finally:
        if hapus_ekstrak:
            _hapus_db_sementara(ekstrak_ke)


def _periksa(berkas: Path, db: Path, ukuran: int, aturan: bool = True) -> InfoCadangan:
    try:
        try:
            z = zipfile.ZipFile(berkas)
        except zipfile.BadZipFile:
            raise CadanganError(
                f"Berkas '{berkas}' bukan cadangan IKU Desk yang dapat dibaca (bukan arsip "
                "cadangan, atau berkasnya terpotong/rusak)."
            ) from None
        with z:
            infos = _periksa_nama(z.infolist(), berkas)
            m = _baca_manifest(z, infos[NAMA_MANIFEST], berkas)
            h = hashlib.sha256()
            with open(db, "wb") as out:

                def tulis(chunk: bytes) -> None:
                    h.update(chunk)
                    out.write(chunk)

                n = _baca_member(z, infos[NAMA_DB], BATAS_DB, berkas, tulis)
                out.flush()
                os.fsync(out.fileno())
        if n != m["basis_data"]["ukuran"] or h.hexdigest() != m["basis_data"]["sha256"]:
            raise CadanganError(
                f"Checksum basis data dalam '{berkas}' tidak cocok dengan manifest: berkas "
                "rusak atau telah diubah; tidak dipakai."
            )
        _periksa_sqlite(db, m, berkas)
        try:
            peringatan: list[str] = []
            diubah_luar: list[Kerusakan] = []
            dokumen, jumlah = periksa_isi(
                db, dokumen=aturan, peringatan=peringatan, diubah_luar=diubah_luar
            )
        except IsiRusak as e:
            raise CadanganError(
                f"Isi basis data dalam '{berkas}' tidak sah ({e.pesan}); berkas ini tidak dipakai."
            ) from None
        return replace(
            _ringkas(m, berkas, ukuran, dokumen, jumlah),
            peringatan=peringatan,
            diubah_luar=diubah_luar,
        )
    except CadanganError:
        _hapus_sqlite(db)
        raise
    except (
        zipfile.BadZipFile,
        zlib.error,
        EOFError,
        NotImplementedError,
        RuntimeError,
        ValueError,
    ):
        # RuntimeError: an encrypted member; ValueError: a damaged header field.
        _hapus_sqlite(db)
        raise CadanganError(
            f"Berkas cadangan '{berkas}' rusak atau terpotong; tidak dipakai."
        ) from None
    except OSError as e:
        _hapus_sqlite(db)
        raise CadanganError(
            f"Berkas cadangan '{berkas}' tidak dapat dibaca: {pesan_os(e)}."
        ) from None
    except BaseException:
        _hapus_sqlite(db)
        raise


# ---------------------------------------------------------------- restoring


def folder_cadangan(store_path: str | os.PathLike[str]) -> Path:
    """Where automatic and pre-restore backups of this store go (see the module text)."""
    p = Path(store_path)
    if p.name == STORE_FILE_NAME:
        return p.parent / "cadangan"
    return p.parent / f"cadangan-{p.stem}"


AWALAN_SEBELUM_PULIH = "sebelum-pulih"


@dataclass(frozen=True)
class HasilPulih:
    store: Store
    info: InfoCadangan
    cadangan_lama: Path | None  # the copy of the store as it was before the restore
    disisihkan: Path | None = None  # a damaged store, renamed aside instead of backed up


class Pemulihan:
    """A checked backup, extracted beside the store, waiting for the user's yes.

    ``siapkan_pemulihan`` makes it; ``jalankan()`` restores (the store must be closed by its
    owner first), ``batal()`` (or leaving the ``with`` block) throws the extracted copy away.
    """

    def __init__(self, info: InfoCadangan, store_path: Path, db_baru: Path) -> None:
        self.info = info
        self.store_path = store_path
        self._db_baru: Path | None = db_baru
        self._folder: Path | None = db_baru.parent  # its locked folder, removed at the end

    def batal(self) -> None:
        if self._db_baru is not None:
            _hapus_db_sementara(self._db_baru)
            self._db_baru = None
        if self._folder is not None:
            _hapus_db_sementara(self._folder / NAMA_DB)
            self._folder = None

    def __enter__(self) -> Pemulihan:
        return self

    def __exit__(self, *exc: object) -> None:
        self.batal()

    def jalankan(self) -> HasilPulih:
        """Back up the current store, then swap the checked database in; all or nothing.

        The store's write lock is held from before the safety copy until the new store is open,
        so a writer (a window, ``ikudesk import``) commits either before the copy (and is in it)
        or after the swap (into the restored store); never into the file being replaced. A
        damaged store cannot be copied: it is set aside under a dated name instead.
        """
        if self._db_baru is None:
            raise CadanganError("Pemulihan ini sudah dijalankan atau dibatalkan.")
        baru, sp = self._db_baru, self.store_path
        lama: Path | None = None
        disisihkan: Path | None = None
        try:
            with kunci_tulis(sp):
                try:
                    if sp.exists() and sp.stat().st_size > 0:
                        lama, disisihkan = _amankan_store_lama(sp)
                    os.replace(baru, sp)
                    self._db_baru = None
                except OSError as e:
                    raise CadanganError(
                        f"Penyimpanan '{sp}' tidak dapat diganti: {pesan_os(e)}. Penyimpanan lama "
                        "tetap utuh."
                    ) from None
                # The swap is done: the old contents live in the pre-restore backup only.
                with contextlib.suppress(OSError):
                    _fsync_folder(sp.parent)  # makes the rename durable; undoes nothing
                try:
                    store = open_store(sp)  # upgrades an older schema (keeping a copy first)
                except IkuError as e:
                    simpanan = (
                        f" Isi sebelumnya tersimpan di '{lama or disisihkan}'."
                        if (lama or disisihkan)
                        else ""
                    )
                    raise CadanganError(
                        f"Cadangan sudah dipulihkan, tetapi penyimpanan tidak dapat dibuka: "
                        f"{e.pesan}{simpanan}"
                    ) from None
        finally:
            self.batal()
        return HasilPulih(store, self.info, lama, disisihkan)


def _amankan_store_lama(sp: Path) -> tuple[Path | None, Path | None]:
    """Keep the store about to be replaced: a backup, or (damaged) the file set aside.

    Returns (pre-restore backup, set-aside file); one of them is None. Another program's
    database is never replaced.
    """
    try:
        check_store_file(sp)
    except StoreAsing as e:
        raise CadanganError(f"{e.pesan} Pemulihan ke berkas ini tidak dilakukan.") from None
    except StoreRusak:
        return None, sisihkan_rusak(sp)
    try:
        lama = cadangkan_ke_folder(sp, AWALAN_SEBELUM_PULIH).path
    except PenyimpananRusak:
        return None, sisihkan_rusak(sp)
    _siapkan_ganti(sp)
    return lama, None


def sisihkan_rusak(sp: Path) -> Path:
    """Rename a damaged store (with its -wal/-shm) to ``<name>.rusak-<time>``; never delete it."""
    stempel = datetime.now().strftime("%Y%m%d-%H%M%S")
    tujuan = sp.with_name(f"{sp.name}.rusak-{stempel}")
    n = 2
    while tujuan.exists():
        tujuan = sp.with_name(f"{sp.name}.rusak-{stempel}-{n}")
        n += 1
    for akhiran in ("-wal", "-shm", "-journal"):
        pendamping = Path(f"{sp}{akhiran}")
        if pendamping.exists():
            os.replace(pendamping, Path(f"{tujuan}{akhiran}"))
    os.replace(sp, tujuan)
    return tujuan


def _siapkan_ganti(sp: Path) -> None:
    """Fold the write-ahead log into the store file and make sure no -wal/-shm stays behind.

    A -wal left beside a replaced database would be replayed into it and corrupt it.
    """
    try:
        con = sqlite3.connect(sp, isolation_level=None, timeout=10)
        try:
            busy, _, _ = con.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        finally:
            con.close()
    except sqlite3.Error as e:
        raise CadanganError(
            f"Penyimpanan '{sp}' tidak dapat disiapkan: {pesan_sqlite(e)}."
        ) from None
    wal = Path(f"{sp}-wal")
    if busy or (wal.exists() and wal.stat().st_size > 0):
        raise CadanganError(
            f"Penyimpanan '{sp}' sedang dipakai program lain; tutup program itu lalu coba lagi. "
            "Tidak ada yang diubah."
        )
    _hapus_diam(wal, Path(f"{sp}-shm"), Path(f"{sp}-journal"))


def siapkan_pemulihan(
    berkas: str | os.PathLike[str], store_path: str | os.PathLike[str]
) -> Pemulihan:
    """Check ``berkas`` completely and extract it beside the store; nothing else is touched."""
    sp = Path(store_path)
    try:
        sp.parent.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        raise CadanganError(f"Tidak dapat menulis di '{sp.parent}': {pesan_os(e)}.") from None
    # A locked folder beside the store: a killed restore's copy is swept at the next open.
    db_baru = _folder_sementara(sp.parent, awalan_pulih(sp)) / NAMA_DB
    try:
        info = periksa_cadangan(berkas, db_baru)
        pulihkan_sebagai_draf(db_baru, info.diubah_luar)
    except BaseException:
        _hapus_db_sementara(db_baru)
        raise
    return Pemulihan(info, sp, db_baru)


def awalan_pulih(sp: Path) -> str:
    """The name a restore's extracted copy of the store starts with (beside the store)."""
    return f".{sp.name}.pulih-"


# ---------------------------------------------------------------- the local backup folder


@dataclass(frozen=True)
class CadanganLokal:
    path: Path
    jenis: str  # "otomatis" or AWALAN_SEBELUM_PULIH
    waktu: datetime
    ukuran: int


def cadangkan_ke_folder(
    store_path: str | os.PathLike[str], jenis: str, simpan: int = 10
) -> HasilCadangan:
    """A backup of ``jenis`` in ``folder_cadangan``; keep the newest ``simpan`` of that kind."""
    folder = folder_cadangan(store_path)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        raise CadanganError(
            f"Folder cadangan '{folder}' tidak dapat dibuat: {pesan_os(e)}."
        ) from None
    nama = f"{jenis}-{datetime.now():%Y%m%d-%H%M%S}{EKSTENSI}"
    hasil = buat_cadangan(store_path, folder, nama=nama)
    buang_lama(store_path, jenis, simpan)
    return hasil


_POLA_LOKAL = re.compile(r"^(?P<jenis>[a-z-]+)-(?P<waktu>\d{8}-\d{6})(?:-\d+)?\.ikubackup$")


def daftar_lokal(store_path: str | os.PathLike[str]) -> list[CadanganLokal]:
    """The local backups of this store, newest first. Never raises for a missing folder."""
    folder = folder_cadangan(store_path)
    hasil: list[CadanganLokal] = []
    try:
        entri = list(folder.iterdir())
    except OSError:
        return []
    for p in entri:
        m = _POLA_LOKAL.match(p.name)
        if not m:
            continue
        try:
            waktu = datetime.strptime(m["waktu"], "%Y%m%d-%H%M%S")
            ukuran = p.stat().st_size
        except (ValueError, OSError):
            continue
        hasil.append(CadanganLokal(p, m["jenis"], waktu, ukuran))
    hasil.sort(key=lambda c: (c.waktu, c.path.name), reverse=True)
    return hasil


def buang_lama(store_path: str | os.PathLike[str], jenis: str, simpan: int) -> list[Path]:
    """Keep the newest ``simpan`` of ``jenis``; also sweep temporary files a crash left behind."""
    dibuang = sapu_sementara(folder_cadangan(store_path))
    batas = datetime.now().timestamp() - 3600  # older than any backup still being written
    with contextlib.suppress(OSError):
        for p in folder_cadangan(store_path).glob(".*.tmp"):  # names of earlier releases
            with contextlib.suppress(OSError):
                if p.is_file() and p.stat().st_mtime < batas:
                    p.unlink()
                    dibuang.append(p)
    for c in [c for c in daftar_lokal(store_path) if c.jenis == jenis][simpan:]:
        _hapus_diam(c.path)
        dibuang.append(c.path)
    return dibuang
