"""Gathering kecamatan documents into one store: read, compare, then store in one step.

``baca_sumber`` reads backups (checked exactly as a restore checks them, an older program's
backup upgraded on a copy) and document files; ``rencanakan`` compares them with the store by
identity — the instansi (spaces and case normalised) and the period — and says for each whether
it is new, identical (nothing changes) or replaces a stored document (with the list of what
changes); ``terapkan`` stores the whole plan in one transaction, and only if none of the
documents it replaces changed since the plan was read. Nothing of another kecamatan is touched:
a document is only ever replaced by one with its own identity.
"""

from __future__ import annotations

import tempfile
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from ikudesk.domain.model import Dokumen
from ikudesk.errors import IkuError
from ikudesk.files.atomic import bukan_berkas_biasa
from ikudesk.kabupaten import identitas_instansi
from ikudesk.persistence.store import Store

if TYPE_CHECKING:  # type names only
    from sqlmodel import Session

Identitas = tuple[str, tuple[int, int] | None]
Jenis = Literal["baru", "sama", "ganti"]


class GabungError(IkuError):
    """Nothing of the gathering was stored; the message says why."""


@dataclass(frozen=True)
class Masuk:
    """One incoming document and where it came from."""

    asal: str  # "berkas 'x.json'" or "cadangan 'x.ikubackup', dokumen 3"
    dokumen: Dokumen
    # From a backup only (a document file carries neither): each version's kept file (checked
    # against its sidik as a restore checks it) and the change log (waktu, oleh, uraian).
    berkas_versi: dict[int, str] = field(default_factory=dict)
    log: list[tuple[str, str, str]] = field(default_factory=list)

    @property
    def identitas(self) -> Identitas:
        return identitas_dokumen(self.dokumen)


@dataclass(frozen=True)
class Langkah:
    masuk: Masuk
    jenis: Jenis
    dokumen_id: int | None = None  # the stored document it matches (sama, ganti)
    versi: int = 0  # that document's version when the plan was read
    perubahan: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class RencanaGabung:
    langkah: list[Langkah]

    @property
    def perlu_konfirmasi(self) -> bool:
        """Whether a stored document would be replaced (the user confirms that first)."""
        return any(lk.jenis == "ganti" for lk in self.langkah)

    @property
    def ada_perubahan(self) -> bool:
        return any(lk.jenis != "sama" for lk in self.langkah)

    def uraian(self) -> list[str]:
        """The plan in Indonesian lines, one block per document."""
        hasil: list[str] = []
        for lk in self.langkah:
            nama = label_dokumen(lk.masuk.dokumen)
            if lk.jenis == "baru":
                hasil.append(f"BARU   {nama} — dari {lk.masuk.asal}")
            elif lk.jenis == "sama":
                hasil.append(
                    f"SAMA   {nama} — sama dengan dokumen {lk.dokumen_id}; tidak ada yang berubah"
                )
            else:
                hasil.append(
                    f"GANTI  {nama} — menggantikan dokumen {lk.dokumen_id} "
                    f"({len(lk.perubahan)} perubahan, dari {lk.masuk.asal}):"
                )
                hasil += [f"         - {p}" for p in lk.perubahan]
        return hasil


@dataclass(frozen=True)
class HasilGabung:
    baru: list[int]
    diganti: list[int]
    sama: list[int]


def identitas_dokumen(dok: Dokumen) -> Identitas:
    p = dok.periode
    return identitas_instansi(dok.profil.instansi), (p.mulai, p.selesai) if p else None


def label_dokumen(dok: Dokumen) -> str:
    from ikudesk.domain.model import label_periode

    instansi = " ".join(dok.profil.instansi.split()) or "(tanpa instansi)"
    return f"{instansi} ({label_periode(dok.periode)})"


def _adalah_zip(path: Path) -> bool:
    try:
        with open(path, "rb") as f:
            return f.read(4) == b"PK\x03\x04"
    except OSError:
        return False


def _dari_cadangan(path: Path) -> list[Masuk]:
    from ikudesk.backup.archive import NAMA_DB, periksa_cadangan
    from ikudesk.backup.isi import IsiRusak, baca_semua_dokumen_lengkap
    from ikudesk.files.sementara import AWALAN, FolderSementara

    # A plaintext copy of a kecamatan's store: in a locked folder that the next store open
    # sweeps if this process is killed (files.sementara).
    with FolderSementara(tempfile.gettempdir(), f"{AWALAN}gabung-") as kerja:
        db = kerja.path / NAMA_DB
        info = periksa_cadangan(path, ekstrak_ke=db)  # every check of a restore
        if info.diubah_luar:
            # A restore brings such a document back as a draft; the kabupaten gathers only
            # what is what it claims to be.
            daftar = "; ".join(k.temuan() for k in info.diubah_luar)
            raise GabungError(
                f"Cadangan '{path.name}' tidak digabungkan: penetapannya diubah di luar program "
                f"({daftar}). Minta kecamatan itu membuka revisi dokumennya, menetapkannya lagi, "
                "lalu mengirim cadangan baru."
            )
        try:
            dokumen = baca_semua_dokumen_lengkap(db)
        except IsiRusak as e:  # checked above already; a second read must agree
            raise GabungError(
                f"Cadangan '{path}' tidak dapat dibaca: {e.pesan.rstrip('.')}."
            ) from None
    return [
        Masuk(f"cadangan '{path.name}', dokumen {did}", dok, berkas, log)
        for did, dok, berkas, log in dokumen
    ]


def baca_sumber(berkas: list[Path]) -> list[Masuk]:
    """Every document of the given backups and document files, each checked completely; the
    first bad file stops everything (nothing is stored) with a message naming it."""
    from ikudesk.errors import DokumenError
    from ikudesk.files.docfile import baca_file

    if not berkas:
        raise GabungError("Tidak ada berkas yang digabungkan.")
    hasil: list[Masuk] = []
    dilihat: set[Path] = set()
    for path in berkas:
        try:
            nyata = path.resolve()
        except OSError:
            nyata = path
        if nyata in dilihat:  # the same file named twice is gathered once
            continue
        dilihat.add(nyata)
        if path.is_dir():
            raise GabungError(f"'{path}' adalah folder, bukan berkas cadangan atau dokumen.")
        if not path.exists():
            raise GabungError(f"Berkas '{path}' tidak ditemukan.")
        if sebab := bukan_berkas_biasa(path):
            raise GabungError(f"{sebab}, bukan berkas cadangan atau dokumen.")
        if _adalah_zip(path):
            hasil += _dari_cadangan(path)
            continue
        try:
            hasil.append(Masuk(f"berkas '{path.name}'", baca_file(path)))
        except DokumenError as e:
            pesan = e.pesan if str(path) in e.pesan else f"berkas '{path}': {e.pesan}"
            raise GabungError(f"Tidak dapat digabungkan: {pesan}") from None
    for m in hasil:
        if not m.dokumen.profil.instansi.strip():
            raise GabungError(
                f"Dokumen dari {m.asal} tidak menyebut instansinya; tanpa nama kecamatan dokumen "
                "itu tidak dapat dibedakan dari kecamatan lain. Isi instansinya dulu; tidak ada "
                "yang digabungkan."
            )
    return hasil


def rencanakan(store: Store, masuk: list[Masuk]) -> RencanaGabung:
    """Compare the incoming documents with the store; nothing is written."""
    from ikudesk.kabupaten.beda import uraikan_perubahan
    from ikudesk.persistence.repo import list_dokumen, read_dokumen

    per_identitas: dict[Identitas, list[Masuk]] = defaultdict(list)
    for m in masuk:
        per_identitas[m.identitas].append(m)
    ganda = [ms for ms in per_identitas.values() if len(ms) > 1]
    if ganda:
        baris = [
            f"{label_dokumen(ms[0].dokumen)}: " + "; ".join(m.asal for m in ms) for ms in ganda
        ]
        raise GabungError(
            "Dokumen kecamatan yang sama (instansi dan periode) datang lebih dari sekali; "
            "tidak ada yang digabungkan. Pilih satu berkas untuk tiap dokumen: " + " | ".join(baris)
        )
    tersimpan: dict[Identitas, list[tuple[int, int]]] = defaultdict(list)
    for r in list_dokumen(store):
        p = r.periode
        ident = identitas_instansi(r.instansi), (p.mulai, p.selesai) if p else None
        tersimpan[ident].append((r.id, r.versi))
    langkah: list[Langkah] = []
    with store.read() as session:
        for m in masuk:
            cocok = tersimpan.get(m.identitas, [])
            if len(cocok) > 1:
                nomor = ", ".join(str(did) for did, _ in cocok)
                raise GabungError(
                    f"Penyimpanan sudah memuat lebih dari satu dokumen {label_dokumen(m.dokumen)} "
                    f"(nomor {nomor}); tidak jelas mana yang diganti. Hapus atau ubah salah "
                    "satunya dulu; tidak ada yang digabungkan."
                )
            if not cocok:
                langkah.append(Langkah(m, "baru"))
                continue
            did, versi = cocok[0]
            tersimpan_dok = read_dokumen(session, did)
            _periksa_penetapan(did, tersimpan_dok, m)
            perubahan = uraikan_perubahan(tersimpan_dok, m.dokumen)
            if not perubahan:
                perubahan = _berkas_baru(session, did, m)
            langkah.append(Langkah(m, "ganti" if perubahan else "sama", did, versi, perubahan))
    return RencanaGabung(langkah)


def _berkas_baru(session: Session, did: int, m: Masuk) -> list[str]:
    """Same contents, but a backup brings kept version files the store lacks: worth storing."""
    from ikudesk.persistence.mapper import read_all_berkas_penetapan

    ada = read_all_berkas_penetapan(session, did)
    kurang = [v for v in sorted(m.berkas_versi) if ada.get(v) is None]
    if not kurang:
        return []
    return ["Berkas versi " + ", ".join(map(str, kurang)) + " dari cadangan disimpan"]


def _periksa_penetapan(did: int, lama: Dokumen, m: Masuk) -> None:
    """Signed versions are evidence: an incoming document may add versions, never drop or
    change one the store keeps (same versi and sidik for every stored entry)."""
    simpan, masuk = lama.penetapan, m.dokumen.penetapan
    for i, p in enumerate(simpan):
        q = masuk[i] if i < len(masuk) else None
        if q is not None and q.versi == p.versi and q.sidik == p.sidik:
            continue
        akhir_simpan = simpan[-1].versi
        akhir_masuk = f"versi {masuk[-1].versi}" if masuk else "belum pernah ditetapkan"
        sebab = (
            f"berkas itu tidak memuat versi {p.versi}"
            if q is None
            else f"versi {p.versi} di penyimpanan berbeda dengan versi {q.versi} di berkas itu"
        )
        raise GabungError(
            f"Dokumen {did} ({label_dokumen(lama)}) di penyimpanan sudah ditetapkan sampai "
            f"versi {akhir_simpan}, sedangkan dokumen dari {m.asal} {akhir_masuk}: {sebab}. "
            "Versi yang sudah ditetapkan tidak pernah dihapus atau diganti; gabungkan berkas "
            "yang lebih baru. Tidak ada yang digabungkan."
        )


def terapkan(store: Store, rencana: RencanaGabung) -> HasilGabung:
    """Store the plan in one transaction; refused whole when a document it replaces changed
    since the plan was read."""
    from sqlalchemy import select
    from sqlmodel import col

    from ikudesk.errors import TidakDitemukan
    from ikudesk.persistence.mapper import KonflikVersi, Writer
    from ikudesk.persistence.repo import replace_dokumen_in, write_dokumen
    from ikudesk.persistence.tables import DokumenRow

    baru: list[int] = []
    diganti: list[int] = []
    sama = [lk.dokumen_id for lk in rencana.langkah if lk.jenis == "sama" and lk.dokumen_id]
    if not rencana.ada_perubahan:
        return HasilGabung(baru, diganti, sama)
    with store.transaction() as session:
        _satu_penggabungan(session)
        baru_kini = {
            (identitas_instansi(r.instansi), (r.periode_mulai, r.periode_selesai))
            for r in session.execute(
                select(
                    col(DokumenRow.instansi),
                    col(DokumenRow.periode_mulai),
                    col(DokumenRow.periode_selesai),
                )
            )
        }
        for lk in rencana.langkah:
            ident = lk.masuk.identitas
            kunci = (ident[0], ident[1] if ident[1] is not None else (None, None))
            if lk.jenis == "baru" and kunci in baru_kini:
                raise GabungError(
                    f"{label_dokumen(lk.masuk.dokumen)} sudah disimpan oleh penggabungan lain "
                    "sejak daftar perubahan dibuat; tidak ada yang digabungkan. Gabungkan lagi."
                )
        writer = Writer(session)
        for lk in rencana.langkah:
            if lk.jenis == "ganti" and lk.dokumen_id is not None:
                # The version check of every change: refused when the document changed since
                # the list was made; on a server, also when it is not this role's to change.
                try:
                    writer.claim(lk.dokumen_id, lk.versi)
                except (KonflikVersi, TidakDitemukan):
                    raise GabungError(
                        f"Dokumen {lk.dokumen_id} berubah sejak daftar perubahan dibuat; "
                        "tidak ada yang digabungkan. Gabungkan lagi."
                    ) from None
        for lk in rencana.langkah:
            if lk.jenis == "ganti" and lk.dokumen_id is not None:
                replace_dokumen_in(
                    session, lk.dokumen_id, lk.masuk.dokumen, lk.masuk.berkas_versi, lk.masuk.log
                )
                diganti.append(lk.dokumen_id)
            elif lk.jenis == "baru":
                did = write_dokumen(session, lk.masuk.dokumen)
                w = Writer(session)
                for versi, isi in lk.masuk.berkas_versi.items():
                    w.set_berkas_penetapan(did, versi, isi)
                w.insert_log(did, lk.masuk.log)
                baru.append(did)
    _perbarui_statistik(store)
    return HasilGabung(baru, diganti, sama)


def _satu_penggabungan(session: Session) -> None:
    """On a server, gatherings from several PCs take turns (SQLite's write lock does this for a
    file store), so a document new to both is stored once."""
    from sqlalchemy import text

    bind = session.get_bind()
    if bind.dialect.name == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(4801, 26)"))


def _perbarui_statistik(store: Store) -> None:
    """After a bulk gathering, let PostgreSQL's planner see the new rows at once (else, until
    autovacuum gets to it, opening one document scans whole tables). Best effort: a role that
    does not own the tables is skipped by the server with a notice."""
    engine = getattr(store, "engine", None)
    if engine is None or engine.dialect.name != "postgresql":
        return
    from sqlalchemy import text
    from sqlalchemy.exc import SQLAlchemyError

    try:
        with engine.connect() as conn:
            conn.execute(text("ANALYZE"))
            conn.commit()
    except SQLAlchemyError:
        pass
