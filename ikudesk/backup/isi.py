"""Is what a backup's database holds something this program would have stored itself?

A backup with the right schema and checksum can still hold values no import would accept (a
``periode`` of 1–100000000, a number as text of a million digits, a year as text). Restore
trusts a database only after this check: first cheap SQL checks of every column's type and of
the sizes that decide how much the program will build (years, period length, indicators per
document, number lengths), then every document is read and put through the JSON reader itself,
so exactly the rules of an import apply (types, ranges, codes, texts). The first bad value is
reported with its place. The preview (instansi, periode, counts) is computed here, from the
database, never taken from the manifest.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from ikudesk.domain.rules import (
    MAKS_INDIKATOR,
    MAKS_TAHUN_PERIODE,
    TAHUN_MAX,
    TAHUN_MIN,
    baca_angka_teks,
)
from ikudesk.errors import DokumenError, IkuError

if TYPE_CHECKING:
    from sqlmodel import Session

    from ikudesk.domain.model import Dokumen

# Numbers are stored as text of their exact digits; nothing an import accepts comes near this.
MAKS_PANJANG_ANGKA = 64
TABEL_DOKUMEN = ("dokumen", "tujuan", "sasaran", "indikator", "nilai", "nilai_komponen")


class IsiRusak(IkuError):
    """A value in the database breaks a rule; the message names the place."""


@dataclass(frozen=True)
class Ringkasan:
    id: int
    instansi: str
    periode: tuple[int, int] | None
    jumlah_indikator: int


def _q(nama: str) -> str:
    return '"' + nama.replace('"', '""') + '"'


def _periksa_tipe(con: sqlite3.Connection) -> None:
    """Every column holds the storage class its declaration promises (SQLite does not enforce)."""
    tabel = [
        r[0]
        for r in con.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        )
    ]
    for t in tabel:
        for _, kolom, tipe, notnull, _, pk in con.execute(f"PRAGMA table_info({_q(t)})"):
            tipe = (tipe or "").upper()
            if tipe == "VARCHAR":
                boleh = "typeof(c) = 'text'"
            elif tipe == "BOOLEAN":
                boleh = "typeof(c) = 'integer' AND c IN (0, 1)"
            else:
                boleh = "typeof(c) = 'integer'"
            if not notnull and not pk:
                boleh = f"c IS NULL OR ({boleh})"
            r = con.execute(
                f"SELECT rowid, typeof(c) FROM (SELECT rowid, {_q(kolom)} AS c FROM {_q(t)}) "
                f"WHERE NOT ({boleh}) LIMIT 1"
            ).fetchone()
            if r is not None:
                raise IsiRusak(
                    f"tabel {t}, baris {r[0]}, kolom {kolom}: isi bertipe {r[1]} tidak sah"
                )


def _pertama(con: sqlite3.Connection, sql: str, pesan: str) -> None:
    r = con.execute(sql).fetchone()
    if r is not None:
        raise IsiRusak(pesan.format(*r))


_DESIMAL_BIASA = (
    "nilai NOT GLOB '*[^0-9.-]*' AND nilai GLOB '*[0-9]*' AND nilai NOT GLOB '?*-*' "
    "AND nilai NOT GLOB '*.*.*' "
    "AND (CASE WHEN instr(nilai, '.') > 0 THEN instr(nilai, '.') - 1 ELSE length(nilai) END) "
    "<= 15 "
    "AND (CASE WHEN instr(nilai, '.') > 0 THEN length(nilai) - instr(nilai, '.') ELSE 0 END) "
    "<= 20"
)


def _periksa_ukuran(con: sqlite3.Connection) -> None:
    """The values that decide how much the program builds, before anything is built."""
    _pertama(
        con,
        "SELECT id, periode_mulai, periode_selesai FROM dokumen WHERE "
        "(periode_mulai IS NULL) <> (periode_selesai IS NULL) OR (periode_mulai IS NOT NULL AND ("
        f"periode_mulai NOT BETWEEN {TAHUN_MIN} AND {TAHUN_MAX} OR "
        f"periode_selesai NOT BETWEEN {TAHUN_MIN} AND {TAHUN_MAX} OR "
        f"periode_selesai < periode_mulai OR periode_selesai - periode_mulai > {MAKS_TAHUN_PERIODE}"
        ")) LIMIT 1",
        f"dokumen {{0}}: periode {{1}}–{{2}} tidak sah (tahun {TAHUN_MIN}–{TAHUN_MAX}, "
        f"paling lama {MAKS_TAHUN_PERIODE} tahun)",
    )
    for t in ("nilai", "nilai_komponen"):
        _pertama(
            con,
            f"SELECT id, tahun FROM {t} WHERE tahun NOT BETWEEN {TAHUN_MIN} AND {TAHUN_MAX} "
            "LIMIT 1",
            f"tabel {t}, baris {{0}}: tahun {{1}} tidak masuk akal",
        )
        _pertama(
            con,
            f"SELECT id, length(nilai) FROM {t} WHERE length(nilai) > {MAKS_PANJANG_ANGKA} LIMIT 1",
            f"tabel {t}, baris {{0}}: angka sepanjang {{1}} karakter tidak sah",
        )
    for t in ("nilai", "nilai_komponen"):
        # Plain decimals that are plainly in range are settled in SQL; the rest (exponents,
        # long digit runs, anything odd) go through the rule itself. 100k values: ms, not 0.5 s.
        for rid, teks in con.execute(f"SELECT id, nilai FROM {t} WHERE NOT ({_DESIMAL_BIASA})"):
            try:
                baca_angka_teks(teks)
            except DokumenError as e:
                raise IsiRusak(f"tabel {t}, baris {rid}: {e.pesan}") from None
    _pertama(
        con,
        "SELECT dokumen_id, count(*) FROM indikator GROUP BY dokumen_id "
        f"HAVING count(*) > {MAKS_INDIKATOR} LIMIT 1",
        f"dokumen {{0}}: {{1}} indikator, lebih dari batas {MAKS_INDIKATOR}",
    )


def ringkas(con: sqlite3.Connection) -> tuple[list[Ringkasan], dict[str, int]]:
    """What the database holds, counted from the database itself."""
    dokumen = [
        Ringkasan(
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
    jumlah = {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABEL_DOKUMEN}
    return dokumen, jumlah


def _periksa_pengaturan(con: sqlite3.Connection) -> None:
    """Every stored setting passes the rules of the editor that stores it (the category scale:
    the window's category editor)."""
    from ikudesk.domain.kategori import KUNCI, KategoriError, dari_json, periksa

    ada = con.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'pengaturan'"
    ).fetchone()
    if ada is None:  # an old schema without settings
        return
    for kunci, nilai in con.execute("SELECT kunci, nilai FROM pengaturan"):
        if kunci == KUNCI and nilai.strip():
            try:
                periksa(dari_json(nilai))
            except KategoriError as e:
                raise IsiRusak(f"pengaturan {KUNCI}: {e.pesan}") from None


@dataclass(frozen=True)
class Kerusakan:
    """A document of a backup whose signed content (``versi_isi``: the version it no longer
    fingerprints to) or kept version files (``versi_berkas``: each disagreeing with its
    penetapan entry) were changed outside the program. Which side was changed cannot be told,
    so nothing is dropped: a restore brings the document back as a draft revision, never as
    signed (``pulihkan_sebagai_draf``)."""

    dokumen_id: int
    instansi: str
    ditetapkan: bool
    versi_isi: int | None
    versi_berkas: tuple[int, ...] = ()

    def _sebab(self) -> str:
        bagian = []
        if self.versi_isi is not None:
            bagian.append(f"isinya bukan lagi isi versi {self.versi_isi} yang ditetapkan")
        if self.versi_berkas:
            daftar = ", ".join(str(v) for v in self.versi_berkas)
            bagian.append(f"berkas isi versi {daftar} tidak cocok dengan catatan penetapannya")
        return " dan ".join(bagian)

    def temuan(self) -> str:
        """Which document, and what was found in it."""
        nama = self.instansi[:60] or "tanpa nama"
        return f"dokumen {self.dokumen_id} ('{nama}'): {self._sebab()}"

    def uraian(self) -> str:
        """For the user, before the restore is confirmed: what was found, what the restore
        does, once each."""
        akibat = "dipulihkan sebagai draf revisi" if self.ditetapkan else "dipulihkan (draf)"
        return f"{self.temuan()}; {akibat}"

    def catatan(self) -> str:
        """The line of the document's change log that says what the restore found and did."""
        akibat = ", sehingga dibuka sebagai draf revisi" if self.ditetapkan else ""
        return f"Dipulihkan dari cadangan: {self._sebab()} (diubah di luar program){akibat}"


def periksa_isi(
    db: Path,
    dokumen: bool = True,
    peringatan: list[str] | None = None,
    diubah_luar: list[Kerusakan] | None = None,
) -> tuple[list[Ringkasan], dict[str, int]]:
    """Check every value of the database at ``db`` (read-only); return its summary.

    ``dokumen=False`` skips reading each document through the JSON reader (the slow part,
    seconds for thousands of indicators): for reading back a backup just made from our own
    store, or listing backups. A restore always checks everything.

    Data made before the limits of FORMAT.md ("Limits and characters") is not refused: each
    place that breaks them is added to ``peringatan``. With ``diubah_luar`` (a restore: the
    store as it was), signed content or kept version files changed outside the program do not
    refuse the backup either: each such document is named there, and every other rule still
    applies to it.
    """
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        _periksa_tipe(con)
        _periksa_ukuran(con)
        _periksa_pengaturan(con)
        ringkasan, jumlah = ringkas(con)
    finally:
        con.close()
    if dokumen:
        _periksa_dokumen(db, [d.id for d in ringkasan], peringatan, diubah_luar)
    return ringkasan, jumlah


@contextmanager
def _sesi_terbaru(db: Path) -> Iterator[Session]:
    """A read-only session on ``db`` as this version uses it: an older schema is upgraded on a
    copy beside it (removed afterwards)."""
    from sqlalchemy import create_engine
    from sqlalchemy.pool import NullPool
    from sqlmodel import Session

    from ikudesk.persistence.store import SCHEMA_VERSION, copy_sqlite, run_upgrade

    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        versi = con.execute("PRAGMA user_version").fetchone()[0]
    finally:
        con.close()
    salinan: Path | None = None
    if versi < SCHEMA_VERSION:
        salinan = db.with_name(db.name + ".cek-skema")
        copy_sqlite(db, salinan)
        con = sqlite3.connect(salinan, isolation_level=None)
        try:
            con.execute("PRAGMA foreign_keys = OFF")  # as run_upgrade asks
            con.execute("BEGIN")
            run_upgrade(con, versi)
            con.execute("COMMIT")
        finally:
            con.close()
        db = salinan
    engine = create_engine(f"sqlite:///file:{db}?mode=ro&uri=true", poolclass=NullPool)
    try:
        with Session(engine) as session:
            yield session
    finally:
        engine.dispose()
        if salinan is not None:
            for p in (salinan, salinan.with_name(salinan.name + "-journal")):
                p.unlink(missing_ok=True)


def _baca_satu(
    session: Session,
    did: int,
    peringatan: list[str] | None = None,
    diubah_luar: list[Kerusakan] | None = None,
) -> Dokumen:
    """Document ``did`` read as the program would, then through the JSON reader's rules; the
    result is what an import of its exported file gives (no ids). Stored data made before the
    limits of FORMAT.md is read (``rules.batas_lama``); its places go to ``peringatan``. With
    ``diubah_luar``, changed signed content is read as the draft a restore makes of it, and
    changed kept version files are named there instead of refusing."""
    from ikudesk.domain.rules import batas_lama, pelanggaran_batas
    from ikudesk.files.docfile import baca_dokumen, isi_diubah_luar, ke_data, ke_json
    from ikudesk.persistence.repo import read_dokumen
    from ikudesk.persistence.riwayat import check_all_versi, versi_berkas_diubah

    diubah = None
    try:
        dok = read_dokumen(session, did)
        if diubah_luar is not None:
            diubah = isi_diubah_luar(dok)
        teks = ke_json(replace(dok, status="draf") if diubah is not None else dok)
    except Exception as e:  # noqa: BLE001 - untrusted data: any failure means "bad"
        raise IsiRusak(
            f"dokumen {did} tidak dapat dibaca ({type(e).__name__}: isi tidak sah "
            "atau rujukan antar-tabel salah)"
        ) from None
    try:
        with batas_lama():
            hasil = baca_dokumen(teks)
    except DokumenError as e:
        raise IsiRusak(f"dokumen {did} ('{dok.profil.instansi[:60]}'), {e.pesan}") from None
    try:
        # each finalised version's kept file is still what was signed (issue 24); stored data,
        # so read as data made before the limits may be
        with batas_lama():
            if diubah_luar is None:
                check_all_versi(session, did, dok)
            else:
                berkas = versi_berkas_diubah(session, did, dok)
                if diubah is not None or berkas:
                    diubah_luar.append(
                        Kerusakan(
                            did,
                            dok.profil.instansi,
                            dok.ditetapkan,
                            diubah.versi if diubah is not None else None,
                            tuple(berkas),
                        )
                    )
    except IkuError as e:
        raise IsiRusak(e.pesan) from None
    if peringatan is not None:
        peringatan.extend(
            f"dokumen {did}, {tempat}: {sebab}" for tempat, sebab in pelanggaran_batas(ke_data(dok))
        )
    return hasil


def _periksa_dokumen(
    db: Path,
    ids: list[int],
    peringatan: list[str] | None = None,
    diubah_luar: list[Kerusakan] | None = None,
) -> None:
    """Read each document as the program would, then through the JSON reader's rules."""
    with _sesi_terbaru(db) as session:
        for did in ids:
            _baca_satu(session, did, peringatan, diubah_luar)


def pulihkan_sebagai_draf(db: Path, daftar: list[Kerusakan]) -> None:
    """Make a restore's extracted database honest before it replaces the store: each document
    named becomes a draft revision (its versions, their files and entries all kept as they
    were: which side was changed cannot be told), says so in its change log, and counts as
    changed (``versi``) for a window that holds it open. One transaction."""
    if not daftar:
        return
    from ikudesk.persistence.mapper import now, os_user

    con = sqlite3.connect(db, isolation_level=None)
    try:
        con.execute("BEGIN IMMEDIATE")
        for k in daftar:
            con.execute(
                "UPDATE dokumen SET status = 'draf', versi = versi + 1 WHERE id = ?",
                (k.dokumen_id,),
            )
            con.execute(
                "INSERT INTO perubahan (dokumen_id, waktu, oleh, uraian) VALUES (?, ?, ?, ?)",
                (k.dokumen_id, now(), os_user(), k.catatan()),
            )
        con.execute("COMMIT")
    except BaseException:
        if con.in_transaction:
            con.execute("ROLLBACK")
        raise
    finally:
        con.close()


def baca_semua_dokumen(db: Path) -> list[tuple[int, Dokumen]]:
    """Every document of a checked backup database (``periksa_cadangan``'s extract), by its id
    there, each read through the import rules; an older schema is upgraded on a copy first."""
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        ids = [r[0] for r in con.execute("SELECT id FROM dokumen ORDER BY id")]
    finally:
        con.close()
    with _sesi_terbaru(db) as session:
        return [(did, _baca_satu(session, did)) for did in ids]


def baca_semua_dokumen_lengkap(
    db: Path,
) -> list[tuple[int, Dokumen, dict[int, str], list[tuple[str, str, str]]]]:
    """``baca_semua_dokumen`` with each document's kept version files (each checked against
    its penetapan entry, as a restore checks them) and its change log."""
    from ikudesk.persistence.mapper import read_all_berkas_penetapan, read_log

    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        ids = [r[0] for r in con.execute("SELECT id FROM dokumen ORDER BY id")]
    finally:
        con.close()
    hasil = []
    with _sesi_terbaru(db) as session:
        for did in ids:
            dok = _baca_satu(session, did)
            berkas = {
                v: isi
                for v, isi in read_all_berkas_penetapan(session, did).items()
                if isi is not None
            }
            hasil.append((did, dok, berkas, read_log(session, did)))
    return hasil
