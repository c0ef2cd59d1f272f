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
the store (for the default store that is ``folder_data()/cadangan``), or ``cadangan-<name>/``
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
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path, PurePosixPath
from typing import Any

from ikudesk import __version__
from ikudesk.domain.model import Periode, label_periode
from ikudesk.errors import IkuError
from ikudesk.files.atomic import _fsync_folder, pesan_os
from ikudesk.persistence.store import (
    MIGRASI,
    NAMA_STORE,
    VERSI_SKEMA,
    Store,
    buka_store,
    pesan_sqlite,
    salin_sqlite,
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

    @property
    def perlu_upgrade(self) -> bool:
        return self.skema < VERSI_SKEMA


# ---------------------------------------------------------------- snapshot and manifest


def _isi_snapshot(con: sqlite3.Connection) -> tuple[list[RingkasDokumen], dict[str, int]]:
    dokumen = [
        RingkasDokumen(
            id=r[0],
            instansi=r[1],
            periode=(r[2], r[3]) if r[2] is not None and r[3] is not None else None,
            jumlah_indikator=r[4],
        )
        for r in con.execute(
            "SELECT d.id, d.instansi, d.periode_mulai, d.periode_selesai, "
            "(SELECT count(*) FROM indikator i WHERE i.dokumen_id = d.id) "
            "FROM dokumen d ORDER BY d.id"
        )
    ]
    jumlah = {
        t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
        for t in ("dokumen", "tujuan", "sasaran", "indikator", "nilai", "nilai_komponen")
    }
    return dokumen, jumlah


def _sha256_berkas(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        while chunk := f.read(_POTONGAN):
            h.update(chunk)
    return h.hexdigest()


def _buat_snapshot(sumber: Path, tujuan: Path) -> dict[str, Any]:
    """Copy the live store to ``tujuan`` and return the manifest describing the copy."""
    if not sumber.exists() or sumber.stat().st_size == 0:
        raise CadanganError(f"Penyimpanan '{sumber}' belum ada; tidak ada yang dicadangkan.")
    try:
        salin_sqlite(sumber, tujuan)
        con = sqlite3.connect(tujuan, isolation_level=None)
        try:
            # The snapshot is a plain rollback-journal database: no -wal may travel with it.
            con.execute("PRAGMA journal_mode = DELETE")
            skema = con.execute("PRAGMA user_version").fetchone()[0]
            dokumen, jumlah = _isi_snapshot(con)
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
    bersih = re.sub(r"[^\w.-]+", "-", instansi.strip(), flags=re.UNICODE).strip("-.")
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
    with tempfile.TemporaryDirectory(prefix="ikudesk-cadangan-") as kerja:
        snapshot = Path(kerja) / NAMA_DB
        manifest = _buat_snapshot(path_store, snapshot)
        if tujuan.is_dir():
            if nama is None:
                dok = manifest["dokumen"]
                nama = nama_berkas(dok[0]["instansi"] if dok else "")
            tujuan = _nama_bebas(tujuan, nama)
        elif not tujuan.parent.is_dir():
            raise CadanganError(f"Folder '{tujuan.parent}' tidak ada; cadangan tidak dibuat.")
        _tulis_arsip(snapshot, manifest, tujuan)
    try:
        info = periksa_cadangan(tujuan)
    except CadanganError as e:
        # Whatever is there failed reading back (a pulled stick, a bad medium): not a backup.
        _hapus_diam(tujuan)
        raise CadanganError(
            f"Cadangan '{tujuan}' gagal diperiksa setelah ditulis dan telah dihapus: {e.pesan}"
        ) from None
    if info.sha256 != manifest["basis_data"]["sha256"]:
        _hapus_diam(tujuan)
        raise CadanganError(f"Cadangan '{tujuan}' tidak sama dengan yang ditulis; dihapus.")
    return HasilCadangan(tujuan, info)


def _tulis_arsip(snapshot: Path, manifest: dict[str, Any], tujuan: Path) -> None:
    try:
        fd, nama_tmp = tempfile.mkstemp(prefix=f".{tujuan.name}.", suffix=".tmp", dir=tujuan.parent)
    except OSError as e:
        raise CadanganError(f"Tidak dapat menulis di '{tujuan.parent}': {pesan_os(e)}.") from None
    sementara = Path(nama_tmp)
    try:
        with os.fdopen(fd, "wb") as f:
            with zipfile.ZipFile(f, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=1) as z:
                z.writestr(
                    NAMA_MANIFEST,
                    json.dumps(manifest, ensure_ascii=False, indent=2).encode("utf-8"),
                )
                z.write(snapshot, NAMA_DB)
            f.flush()
            os.fsync(f.fileno())
        os.replace(sementara, tujuan)
        _fsync_folder(tujuan.parent)
    except OSError as e:
        _hapus_diam(sementara)
        raise CadanganError(
            f"Cadangan '{tujuan}' gagal ditulis: {pesan_os(e)}. Tidak ada berkas cadangan yang "
            "dibuat; periksa media lalu coba lagi."
        ) from None
    except BaseException:
        _hapus_diam(sementara)
        raise


# ---------------------------------------------------------------- checking a backup


def _skema_diharapkan(versi: int) -> set[tuple[str, str, str, str]]:
    """sqlite_master of a store created by this program at schema ``versi``."""
    if versi not in _SKEMA_CACHE:
        con = sqlite3.connect(":memory:")
        try:
            for v in range(1, versi + 1):
                for perintah in MIGRASI[v].split(";"):
                    if perintah.strip():
                        con.execute(perintah)
            _SKEMA_CACHE[versi] = _skema(con)
        finally:
            con.close()
    return _SKEMA_CACHE[versi]


_JENIS = {"table": "tabel", "index": "indeks", "trigger": "trigger", "view": "view"}
_SKEMA_CACHE: dict[int, set[tuple[str, str, str, str]]] = {}


def _skema(con: sqlite3.Connection) -> set[tuple[str, str, str, str]]:
    return {
        (r[0], r[1], r[2], " ".join((r[3] or "").split()))
        for r in con.execute("SELECT type, name, tbl_name, sql FROM sqlite_master")
        # ANALYZE statistics only steer the query planner.
        if not r[1].startswith("sqlite_stat")
    }


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
    except (UnicodeDecodeError, json.JSONDecodeError):
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
            and isinstance(m["dokumen"], list)
            and isinstance(m["dibuat"], str)
        )
    except (KeyError, TypeError):
        ok = False
    if not ok:
        raise CadanganError(f"Manifest dalam '{berkas}' tidak lengkap atau rusak.")
    _tolak_skema_baru(m["skema"], m.get("aplikasi", "?"), berkas)
    return m


def _tolak_skema_baru(skema: int, aplikasi: str, berkas: Path) -> None:
    if skema > VERSI_SKEMA:
        raise CadanganError(
            f"Cadangan '{berkas}' dibuat oleh IKU Desk yang lebih baru (versi {aplikasi}, "
            f"skema versi {skema}); program ini ({__version__}) mengenal sampai skema versi "
            f"{VERSI_SKEMA}. Perbarui IKU Desk terlebih dahulu."
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
            if skema < 1:
                raise CadanganError(f"Basis data dalam '{berkas}' bukan penyimpanan IKU Desk.")
            ada = _skema(con)
            harap = _skema_diharapkan(skema)
            if ada != harap:
                lebih = sorted(f"{_JENIS.get(t, t)} {n}" for t, n, _, _ in ada - harap)
                kurang = sorted(f"{_JENIS.get(t, t)} {n}" for t, n, _, _ in harap - ada)
                rincian = []
                if lebih:
                    rincian.append("tambahan: " + ", ".join(lebih[:5]))
                if kurang:
                    rincian.append("kurang/berbeda: " + ", ".join(kurang[:5]))
                raise CadanganError(
                    f"Basis data dalam '{berkas}' tidak sama dengan susunan penyimpanan IKU Desk "
                    f"skema {skema} ({'; '.join(rincian)}); berkas ini tidak dipakai."
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


def _ringkas(m: dict[str, Any], berkas: Path, ukuran_berkas: int) -> InfoCadangan:
    try:
        dibuat = datetime.fromisoformat(m["dibuat"])
        dokumen = [
            RingkasDokumen(
                id=int(d["id"]),
                instansi=str(d["instansi"]),
                periode=tuple(d["periode"]) if d.get("periode") else None,  # type: ignore[arg-type]
                jumlah_indikator=int(d["jumlah_indikator"]),
            )
            for d in m["dokumen"]
        ]
        jumlah = {str(k): int(v) for k, v in dict(m.get("jumlah", {})).items()}
    except (KeyError, TypeError, ValueError):
        raise CadanganError(
            f"Manifest dalam '{berkas}' tidak lengkap atau rusak (ada isian salah atau hilang)."
        ) from None
    return InfoCadangan(
        path=berkas,
        aplikasi=str(m.get("aplikasi", "?")),
        skema=m["skema"],
        dibuat=dibuat,
        komputer=str(m.get("komputer", "")),
        dokumen=dokumen,
        jumlah=jumlah,
        ukuran_db=m["basis_data"]["ukuran"],
        sha256=m["basis_data"]["sha256"],
        ukuran_berkas=ukuran_berkas,
        manifest=m,
    )


def periksa_cadangan(
    berkas: str | os.PathLike[str], ekstrak_ke: Path | None = None
) -> InfoCadangan:
    """Check ``berkas`` completely; raise ``CadanganError`` saying why it cannot be used.

    The database is extracted to ``ekstrak_ke`` (kept, fsync'd) or to a temporary file that is
    removed again.
    """
    berkas = Path(berkas)
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
    if ekstrak_ke is not None:
        return _periksa(berkas, ekstrak_ke, ukuran)
    with tempfile.TemporaryDirectory(prefix="ikudesk-periksa-") as kerja:
        return _periksa(berkas, Path(kerja) / NAMA_DB, ukuran)


def _periksa(berkas: Path, db: Path, ukuran: int) -> InfoCadangan:
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
        return _ringkas(m, berkas, ukuran)
    except CadanganError:
        _hapus_sqlite(db)
        raise
    except (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError):
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
    if p.name == NAMA_STORE:
        return p.parent / "cadangan"
    return p.parent / f"cadangan-{p.stem}"


AWALAN_SEBELUM_PULIH = "sebelum-pulih"


@dataclass(frozen=True)
class HasilPulih:
    store: Store
    info: InfoCadangan
    cadangan_lama: Path | None  # the copy of the store as it was before the restore


class Pemulihan:
    """A checked backup, extracted beside the store, waiting for the user's yes.

    ``siapkan_pemulihan`` makes it; ``jalankan()`` restores (the store must be closed by its
    owner first), ``batal()`` (or leaving the ``with`` block) throws the extracted copy away.
    """

    def __init__(self, info: InfoCadangan, store_path: Path, db_baru: Path) -> None:
        self.info = info
        self.store_path = store_path
        self._db_baru: Path | None = db_baru

    def batal(self) -> None:
        if self._db_baru is not None:
            _hapus_sqlite(self._db_baru)
            self._db_baru = None

    def __enter__(self) -> Pemulihan:
        return self

    def __exit__(self, *exc: object) -> None:
        self.batal()

    def jalankan(self) -> HasilPulih:
        """Back up the current store, then swap the checked database in; all or nothing."""
        if self._db_baru is None:
            raise CadanganError("Pemulihan ini sudah dijalankan atau dibatalkan.")
        baru, sp = self._db_baru, self.store_path
        try:
            lama: Path | None = None
            if sp.exists() and sp.stat().st_size > 0:
                lama = cadangkan_ke_folder(sp, AWALAN_SEBELUM_PULIH).path
                _siapkan_ganti(sp)
            os.replace(baru, sp)
            self._db_baru = None
        except OSError as e:
            self.batal()
            raise CadanganError(
                f"Penyimpanan '{sp}' tidak dapat diganti: {pesan_os(e)}. Penyimpanan lama tetap "
                "utuh."
            ) from None
        except BaseException:
            self.batal()
            raise
        # The swap is done: from here on the old contents live in the pre-restore backup only.
        with contextlib.suppress(OSError):
            _fsync_folder(sp.parent)  # makes the rename durable; failing here undoes nothing
        try:
            store = buka_store(sp)  # upgrades an older schema (keeping a copy aside first)
        except IkuError as e:
            simpanan = f" Isi sebelumnya tersimpan di '{lama}'." if lama else ""
            raise CadanganError(
                f"Cadangan sudah dipulihkan, tetapi penyimpanan tidak dapat dibuka: {e.pesan}"
                f"{simpanan}"
            ) from None
        return HasilPulih(store, self.info, lama)


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
        fd, nama = tempfile.mkstemp(prefix=f".{sp.name}.pulih-", suffix=".tmp", dir=sp.parent)
    except OSError as e:
        raise CadanganError(f"Tidak dapat menulis di '{sp.parent}': {pesan_os(e)}.") from None
    os.close(fd)
    db_baru = Path(nama)
    try:
        info = periksa_cadangan(berkas, db_baru)
    except BaseException:
        _hapus_sqlite(db_baru)
        raise
    return Pemulihan(info, sp, db_baru)


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
    dibuang = []
    batas = datetime.now().timestamp() - 3600  # older than any backup still being written
    with contextlib.suppress(OSError):
        for p in folder_cadangan(store_path).glob(".*.tmp"):
            with contextlib.suppress(OSError):
                if p.stat().st_mtime < batas:
                    p.unlink()
                    dibuang.append(p)
    for c in [c for c in daftar_lokal(store_path) if c.jenis == jenis][simpan:]:
        _hapus_diam(c.path)
        dibuang.append(c.path)
    return dibuang
