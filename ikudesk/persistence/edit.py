"""Fine-grained edits of a stored document, one function per thing a user can change.

Each function runs inside an open ``store.transaksi()`` session and returns what is needed to
undo it (usually the old value, or a snapshot of what was removed). Snapshots carry their ids:
putting a deleted subtree back restores the very same rows, so later undo steps that name those
ids still find them. Bad values raise ``IkuError`` before anything is written; the caller's
transaction then rolls back, so a refused edit never half-changes the store.
"""

from __future__ import annotations

import copy
import json
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from sqlalchemy import delete, insert, select, update
from sqlmodel import Session

from ikudesk.domain import rules
from ikudesk.domain.model import (
    DARI,
    KOLOM_KINDS,
    NOMOR_PER,
    PENOMORAN,
    POLARITAS,
    BarisKepala,
    Dokumen,
    Indikator,
    Kolom,
    Komponen,
    Penandatangan,
    Periode,
    Rumus,
    Sasaran,
    Tujuan,
)
from ikudesk.domain.nip import periksa_nip
from ikudesk.domain.rules import TAHUN_MAX, TAHUN_MIN, periksa_rumus, periksa_tanggal
from ikudesk.errors import IkuError, TidakDitemukan
from ikudesk.files.docfile import angka_tepat
from ikudesk.persistence.repo import indikator_row_dict, sekarang, tulis_dokumen
from ikudesk.persistence.tables import (
    DokumenRow,
    IndikatorRow,
    KepalaRow,
    KolomRow,
    KomponenRow,
    NilaiKomponenRow,
    NilaiRow,
    PenandatanganRow,
    SasaranRow,
    TujuanRow,
)

JENIS = ("dokumen", "tujuan", "sasaran", "indikator")
TABEL = {
    "dokumen": DokumenRow,
    "tujuan": TujuanRow,
    "sasaran": SasaranRow,
    "indikator": IndikatorRow,
}
NAMA_JENIS = {
    "dokumen": "Dokumen",
    "tujuan": "Tujuan",
    "sasaran": "Sasaran",
    "indikator": "Indikator",
}

# field path -> column of the node's own row (simple values only).
_KOLOM_FIELD: dict[str, dict[str, str]] = {
    "tujuan": {"uraian": "uraian", "kelompok": "kelompok"},
    "sasaran": {"uraian": "uraian"},
    "indikator": {
        "nama": "nama",
        "satuan": "satuan",
        "sumber_data": "sumber_data",
        "penanggung_jawab": "penanggung_jawab",
        "polaritas": "polaritas",
        "rumus.penjelasan": "penjelasan",
    },
    "dokumen": {
        "profil.instansi": "instansi",
        "profil.pemerintah_daerah": "pemerintah_daerah",
        "tabel.nomor_per": "nomor_per",
        "tabel.nomori_indikator": "nomori_indikator",
        "tabel.baris_nomor_kolom": "baris_nomor_kolom",
        "tabel.judul": "tabel_judul",
        "catatan": "catatan",
    },
}
# Fields of the document that are not one column.
_FIELD_DOKUMEN_KHUSUS = ("judul", "periode", "profil.kepala", "tabel.kolom", "penandatangan")

MAKS_TAHUN = (TAHUN_MIN, TAHUN_MAX)  # the document file's bounds


def field_dikenal(jenis: str, field_: str) -> bool:
    return field_ in _KOLOM_FIELD.get(jenis, {}) or (
        jenis == "dokumen" and field_ in _FIELD_DOKUMEN_KHUSUS
    )


# --- lookups -----------------------------------------------------------------------------------


def _row(session: Session, jenis: str, id_: int) -> Any:
    row = session.get(TABEL[jenis], id_)
    if row is None:
        raise TidakDitemukan(f"{NAMA_JENIS[jenis]} nomor {id_} tidak ada di penyimpanan.")
    return row


def dokumen_dari(session: Session, jenis: str, id_: int) -> int:
    """The id of the document a node belongs to."""
    row = _row(session, jenis, id_)
    if jenis == "dokumen":
        return id_
    if jenis == "sasaran":
        return _row(session, "tujuan", row.tujuan_id).dokumen_id
    return row.dokumen_id


def _sentuh(session: Session, dokumen_id: int) -> None:
    session.execute(update(DokumenRow).where(DokumenRow.id == dokumen_id).values(diubah=sekarang()))


@dataclass(frozen=True)
class Letak:
    """Where a node sits: its parent and its index among siblings of the same kind."""

    parent_jenis: str
    parent_id: int
    posisi: int


def _anak_ids(session: Session, jenis: str, parent_jenis: str, parent_id: int) -> list[int]:
    tabel = TABEL[jenis]
    if jenis == "tujuan":
        syarat = TujuanRow.dokumen_id == parent_id
    elif jenis == "sasaran":
        syarat = SasaranRow.tujuan_id == parent_id
    elif parent_jenis == "tujuan":
        syarat = IndikatorRow.tujuan_id == parent_id
    else:
        syarat = IndikatorRow.sasaran_id == parent_id
    return list(
        session.execute(
            select(tabel.id).where(syarat).order_by(tabel.urutan, tabel.id)  # type: ignore[attr-defined]
        ).scalars()
    )


def _tulis_urutan(session: Session, jenis: str, ids: list[int]) -> None:
    tabel = TABEL[jenis]
    for i, id_ in enumerate(ids):
        session.execute(update(tabel).where(tabel.id == id_).values(urutan=i))  # type: ignore[attr-defined]


def letak(session: Session, jenis: str, id_: int) -> Letak:
    row = _row(session, jenis, id_)
    if jenis == "tujuan":
        pj, pid = "dokumen", row.dokumen_id
    elif jenis == "sasaran":
        pj, pid = "tujuan", row.tujuan_id
    elif jenis == "indikator":
        pj, pid = (
            ("sasaran", row.sasaran_id) if row.sasaran_id is not None else ("tujuan", row.tujuan_id)
        )
    else:
        raise IkuError("Dokumen tidak mempunyai induk.")
    return Letak(pj, pid, _anak_ids(session, jenis, pj, pid).index(id_))


def _periksa_induk(jenis: str, parent_jenis: str) -> None:
    boleh = {"tujuan": ("dokumen",), "sasaran": ("tujuan",), "indikator": ("tujuan", "sasaran")}
    if parent_jenis not in boleh.get(jenis, ()):
        raise IkuError(
            f"{NAMA_JENIS[jenis]} tidak dapat ditempatkan di bawah {parent_jenis or 'apa pun'}."
        )


# --- reading single nodes (snapshots for undo) -------------------------------------------------


def baca_indikator(session: Session, indikator_id: int) -> Indikator:
    r = _row(session, "indikator", indikator_id)
    ind = Indikator(
        nama=r.nama,
        rumus=Rumus(ekspresi=r.ekspresi, penjelasan=r.penjelasan),
        satuan=r.satuan,
        sumber_data=r.sumber_data,
        penanggung_jawab=r.penanggung_jawab,
        polaritas=r.polaritas,
        id=indikator_id,
    )
    kode_by_id: dict[int, str] = {}
    for k in session.execute(
        select(KomponenRow)
        .where(KomponenRow.indikator_id == indikator_id)
        .order_by(KomponenRow.urutan)  # type: ignore[arg-type]
    ).scalars():
        ind.rumus.komponen.append(Komponen(kode=k.kode, uraian=k.uraian, id=k.id))
        kode_by_id[k.id] = k.kode  # type: ignore[index]
    for jenis, tahun, nilai in session.execute(
        select(NilaiRow.jenis, NilaiRow.tahun, NilaiRow.nilai)
        .where(NilaiRow.indikator_id == indikator_id)
        .order_by(NilaiRow.tahun)  # type: ignore[arg-type]
    ).all():
        getattr(ind, jenis)[tahun] = Decimal(nilai)
    if kode_by_id:
        for kid, tahun, nilai in session.execute(
            select(NilaiKomponenRow.komponen_id, NilaiKomponenRow.tahun, NilaiKomponenRow.nilai)
            .where(NilaiKomponenRow.komponen_id.in_(list(kode_by_id)))  # type: ignore[attr-defined]
            .order_by(NilaiKomponenRow.tahun)  # type: ignore[arg-type]
        ).all():
            ind.nilai_komponen.setdefault(tahun, {})[kode_by_id[kid]] = Decimal(nilai)
    return ind


def baca_sasaran(session: Session, sasaran_id: int) -> Sasaran:
    r = _row(session, "sasaran", sasaran_id)
    s = Sasaran(uraian=r.uraian, id=sasaran_id)
    s.indikator = [
        baca_indikator(session, i) for i in _anak_ids(session, "indikator", "sasaran", sasaran_id)
    ]
    return s


def baca_tujuan(session: Session, tujuan_id: int) -> Tujuan:
    r = _row(session, "tujuan", tujuan_id)
    t = Tujuan(uraian=r.uraian, kelompok=r.kelompok, id=tujuan_id)
    t.indikator = [
        baca_indikator(session, i) for i in _anak_ids(session, "indikator", "tujuan", tujuan_id)
    ]
    t.sasaran = [
        baca_sasaran(session, s) for s in _anak_ids(session, "sasaran", "tujuan", tujuan_id)
    ]
    return t


def baca_node(session: Session, jenis: str, id_: int) -> Tujuan | Sasaran | Indikator:
    baca = {"tujuan": baca_tujuan, "sasaran": baca_sasaran, "indikator": baca_indikator}
    if jenis not in baca:
        raise IkuError(f"Jenis '{jenis}' tidak dikenal.")
    return baca[jenis](session, id_)


# --- inserting subtrees, keeping ids where given -----------------------------------------------


def _insert(session: Session, tabel: Any, nilai: dict[str, Any]) -> int:
    if nilai.get("id") is None:
        nilai = {k: v for k, v in nilai.items() if k != "id"}
    hasil = session.execute(insert(tabel).values(**nilai))
    return int(hasil.inserted_primary_key[0])  # type: ignore[index]


def _sisip_indikator(
    session: Session,
    ind: Indikator,
    dokumen_id: int,
    urutan: int,
    tujuan_id: int | None = None,
    sasaran_id: int | None = None,
) -> int:
    ind.id = _insert(
        session,
        IndikatorRow,
        {
            "id": ind.id,
            "dokumen_id": dokumen_id,
            "tujuan_id": tujuan_id,
            "sasaran_id": sasaran_id,
            "urutan": urutan,
            **indikator_row_dict(ind),
        },
    )
    _tulis_komponen(session, ind.id, ind.rumus.komponen, ind.nilai_komponen)
    for jenis in ("target", "realisasi"):
        for tahun, v in getattr(ind, jenis).items():
            session.execute(
                insert(NilaiRow).values(
                    indikator_id=ind.id, jenis=jenis, tahun=tahun, nilai=angka_tepat(v)
                )
            )
    return ind.id


def _tulis_komponen(
    session: Session,
    indikator_id: int,
    komponen: list[Komponen],
    nilai_komponen: dict[int, dict[str, Decimal]],
) -> None:
    for i, k in enumerate(komponen):
        k.id = _insert(
            session,
            KomponenRow,
            {
                "id": k.id,
                "indikator_id": indikator_id,
                "urutan": i,
                "kode": k.kode,
                "uraian": k.uraian,
            },
        )
        for tahun, per_kode in nilai_komponen.items():
            if k.kode in per_kode:
                session.execute(
                    insert(NilaiKomponenRow).values(
                        komponen_id=k.id, tahun=tahun, nilai=angka_tepat(per_kode[k.kode])
                    )
                )


def _sisip_sasaran(
    session: Session, s: Sasaran, dokumen_id: int, tujuan_id: int, urutan: int
) -> int:
    s.id = _insert(
        session,
        SasaranRow,
        {"id": s.id, "tujuan_id": tujuan_id, "urutan": urutan, "uraian": s.uraian},
    )
    for i, ind in enumerate(s.indikator):
        _sisip_indikator(session, ind, dokumen_id, i, sasaran_id=s.id)
    return s.id


def _sisip_tujuan(session: Session, t: Tujuan, dokumen_id: int, urutan: int) -> int:
    t.id = _insert(
        session,
        TujuanRow,
        {
            "id": t.id,
            "dokumen_id": dokumen_id,
            "urutan": urutan,
            "uraian": t.uraian,
            "kelompok": t.kelompok,
        },
    )
    for i, ind in enumerate(t.indikator):
        _sisip_indikator(session, ind, dokumen_id, i, tujuan_id=t.id)
    for i, s in enumerate(t.sasaran):
        _sisip_sasaran(session, s, dokumen_id, t.id, i)
    return t.id


def _jenis_node(node: Tujuan | Sasaran | Indikator) -> str:
    if isinstance(node, Tujuan):
        return "tujuan"
    if isinstance(node, Sasaran):
        return "sasaran"
    return "indikator"


def sisipkan(
    session: Session,
    node: Tujuan | Sasaran | Indikator,
    parent_jenis: str,
    parent_id: int,
    posisi: int,
) -> int:
    """Insert ``node`` (with its subtree) at ``posisi`` under the parent; ids kept where set.

    Sets the ids on ``node`` and returns its id.
    """
    jenis = _jenis_node(node)
    _periksa_induk(jenis, parent_jenis)
    dokumen_id = dokumen_dari(session, parent_jenis, parent_id)
    saudara = _anak_ids(session, jenis, parent_jenis, parent_id)
    posisi = max(0, min(posisi, len(saudara)))
    if isinstance(node, Tujuan):
        id_ = _sisip_tujuan(session, node, dokumen_id, posisi)
    elif isinstance(node, Sasaran):
        id_ = _sisip_sasaran(session, node, dokumen_id, parent_id, posisi)
    else:
        induk = {"tujuan_id": parent_id} if parent_jenis == "tujuan" else {"sasaran_id": parent_id}
        id_ = _sisip_indikator(session, node, dokumen_id, posisi, **induk)
    saudara.insert(posisi, id_)
    _tulis_urutan(session, jenis, saudara)
    _sentuh(session, dokumen_id)
    return id_


@dataclass
class Potret:
    """A removed node with its whole subtree and where it was: enough to put it back."""

    node: Tujuan | Sasaran | Indikator
    letak: Letak

    @property
    def jenis(self) -> str:
        return _jenis_node(self.node)


def hapus(session: Session, jenis: str, id_: int) -> Potret:
    """Delete a node and everything under it; return the snapshot that ``pulihkan`` restores."""
    if jenis not in ("tujuan", "sasaran", "indikator"):
        raise IkuError(f"Jenis '{jenis}' tidak dapat dihapus di sini.")
    tempat = letak(session, jenis, id_)
    node = baca_node(session, jenis, id_)
    dokumen_id = dokumen_dari(session, jenis, id_)
    tabel = TABEL[jenis]
    session.execute(delete(tabel).where(tabel.id == id_))  # type: ignore[attr-defined]
    saudara = _anak_ids(session, jenis, tempat.parent_jenis, tempat.parent_id)
    _tulis_urutan(session, jenis, saudara)
    _sentuh(session, dokumen_id)
    return Potret(node, tempat)


def pulihkan(session: Session, potret: Potret) -> int:
    """Put a deleted subtree back with the same ids at the same place."""
    node = copy.deepcopy(potret.node)
    return sisipkan(
        session, node, potret.letak.parent_jenis, potret.letak.parent_id, potret.letak.posisi
    )


def pindah(
    session: Session, jenis: str, id_: int, parent_jenis: str, parent_id: int, posisi: int
) -> Letak:
    """Move a node to ``posisi`` among the children of a parent (same document); return old place.

    ``posisi`` is the index the node has afterwards among its new siblings.
    """
    _periksa_induk(jenis, parent_jenis)
    lama = letak(session, jenis, id_)
    dokumen_id = dokumen_dari(session, jenis, id_)
    if dokumen_dari(session, parent_jenis, parent_id) != dokumen_id:
        raise IkuError("Bagian hanya dapat dipindah di dalam dokumen yang sama.")
    tabel = TABEL[jenis]
    if (lama.parent_jenis, lama.parent_id) != (parent_jenis, parent_id):
        lama_saudara = _anak_ids(session, jenis, lama.parent_jenis, lama.parent_id)
        lama_saudara.remove(id_)
        _tulis_urutan(session, jenis, lama_saudara)
        if jenis == "sasaran":
            nilai: dict[str, Any] = {"tujuan_id": parent_id}
        elif parent_jenis == "tujuan":
            nilai = {"tujuan_id": parent_id, "sasaran_id": None}
        else:
            nilai = {"tujuan_id": None, "sasaran_id": parent_id}
        session.execute(update(tabel).where(tabel.id == id_).values(**nilai))  # type: ignore[attr-defined]
    saudara = [i for i in _anak_ids(session, jenis, parent_jenis, parent_id) if i != id_]
    posisi = max(0, min(posisi, len(saudara)))
    saudara.insert(posisi, id_)
    _tulis_urutan(session, jenis, saudara)
    _sentuh(session, dokumen_id)
    return lama


def duplikat_indikator(session: Session, indikator_id: int) -> tuple[int, Letak]:
    """Copy an indicator (everything, values too) right below itself; return (new id, place)."""
    tempat = letak(session, "indikator", indikator_id)
    salinan = baca_indikator(session, indikator_id)
    salinan.id = None
    for k in salinan.rumus.komponen:
        k.id = None
    salinan.nama = f"{salinan.nama} (salinan)" if salinan.nama else "(salinan)"
    baru = Letak(tempat.parent_jenis, tempat.parent_id, tempat.posisi + 1)
    return sisipkan(session, salinan, baru.parent_jenis, baru.parent_id, baru.posisi), baru


# --- fields ------------------------------------------------------------------------------------


def _periksa_periode(session: Session, dokumen_id: int, periode: Periode | None) -> None:
    if periode is None:
        return
    rules.periksa_periode(periode.mulai, periode.selesai, "Periode")
    ids_ind = select(IndikatorRow.id).where(IndikatorRow.dokumen_id == dokumen_id)
    tahun: set[int] = set(
        session.execute(
            select(NilaiRow.tahun).where(NilaiRow.indikator_id.in_(ids_ind))  # type: ignore[attr-defined]
        ).scalars()
    )
    tahun |= set(
        session.execute(
            select(NilaiKomponenRow.tahun).where(
                NilaiKomponenRow.komponen_id.in_(  # type: ignore[attr-defined]
                    select(KomponenRow.id).where(KomponenRow.indikator_id.in_(ids_ind))  # type: ignore[attr-defined]
                )
            )
        ).scalars()
    )
    luar = sorted(t for t in tahun if not periode.memuat(t))
    if luar:
        daftar = ", ".join(str(t) for t in luar)
        raise IkuError(
            f"Periode {periode.mulai}–{periode.selesai} tidak memuat tahun {daftar} yang masih "
            "berisi nilai. Hapus dulu nilai tahun itu, atau pilih periode yang memuatnya."
        )


def _periksa_semua_teks(field_: str, nilai: Any) -> None:
    """Every text a field holds passes the reader's check (no control characters)."""
    if isinstance(nilai, str):
        rules.periksa_teks(nilai, field_)
    elif isinstance(nilai, list | tuple):
        for v in nilai:
            _periksa_semua_teks(field_, v)
    elif isinstance(nilai, BarisKepala | Kolom | Penandatangan):
        for v in vars(nilai).values():
            _periksa_semua_teks(field_, v)


def _periksa_nilai_field(jenis: str, field_: str, nilai: Any) -> None:
    _periksa_semua_teks(field_, nilai)
    if field_ == "polaritas" and nilai not in POLARITAS:
        raise IkuError(f"Polaritas harus 'positif' atau 'negatif', bukan '{nilai}'.")
    if field_ == "tabel.nomor_per" and nilai not in NOMOR_PER:
        raise IkuError(f"Penomoran per '{nilai}' tidak dikenal.")
    if field_ in ("tabel.nomori_indikator", "tabel.baris_nomor_kolom"):
        if not isinstance(nilai, bool):
            raise IkuError("Nilai pilihan ini harus ya atau tidak.")
    elif field_ in _KOLOM_FIELD.get(jenis, {}) and not isinstance(nilai, str):
        raise IkuError(f"Isian '{field_}' harus berupa teks.")
    if field_ == "tabel.kolom":
        if not all(isinstance(k, Kolom) and k.isi in KOLOM_KINDS for k in nilai):
            raise IkuError("Ada kolom tabel dengan isi yang tidak dikenal.")
        isi = [k.isi for k in nilai]
        if not isi:
            raise IkuError("Tabel harus punya setidaknya satu kolom.")
        if len(set(isi)) != len(isi):
            raise IkuError("Setiap isi kolom tabel hanya boleh dipakai sekali.")
    if field_ == "judul" and not all(isinstance(b, str) for b in nilai):
        raise IkuError("Judul harus berupa baris-baris teks.")
    if field_ == "profil.kepala":
        for b in nilai:
            if b.penomoran not in ("", *PENOMORAN) or b.dari not in ("", *DARI):
                raise IkuError(
                    f"Baris kepala '{b.label}': penomoran atau sumber isi tidak dikenal."
                )
    if field_ == "penandatangan" and nilai is not None:
        if nilai.tanggal:
            periksa_tanggal(nilai.tanggal)
        if nilai.nip.strip():
            periksa_nip(nilai.nip)


def baca_field(session: Session, jenis: str, id_: int, field_: str) -> Any:
    """The stored value of a field (as ``ubah_field`` takes it)."""
    if not field_dikenal(jenis, field_):
        raise IkuError(f"Isian '{field_}' dari {jenis} tidak dikenal.")
    row = _row(session, jenis, id_)
    kolom = _KOLOM_FIELD.get(jenis, {}).get(field_)
    if kolom is not None:
        return getattr(row, kolom)
    if field_ == "judul":
        return json.loads(row.judul)
    if field_ == "periode":
        if row.periode_mulai is None or row.periode_selesai is None:
            return None
        return Periode(row.periode_mulai, row.periode_selesai)
    if field_ == "penandatangan":
        t = session.get(PenandatanganRow, id_)
        if t is None:
            return None
        return Penandatangan(t.tempat, t.tanggal, t.jabatan, t.nama, t.pangkat, t.nip)
    if field_ == "profil.kepala":
        return [
            BarisKepala(k.label, k.isi, json.loads(k.butir), k.penomoran, k.dari, id=k.id)
            for k in session.execute(
                select(KepalaRow).where(KepalaRow.dokumen_id == id_).order_by(KepalaRow.urutan)  # type: ignore[arg-type]
            ).scalars()
        ]
    return [
        Kolom(isi=k.isi, judul=k.judul, id=k.id)
        for k in session.execute(
            select(KolomRow).where(KolomRow.dokumen_id == id_).order_by(KolomRow.urutan)  # type: ignore[arg-type]
        ).scalars()
    ]


def ubah_field(session: Session, jenis: str, id_: int, field_: str, nilai: Any) -> Any:
    """Set one field (see docs/gui-contract.md for the paths); return the old value.

    For lists of rows (``profil.kepala``, ``tabel.kolom``) the rows are replaced and the new
    ids are set on the objects in ``nilai``; objects that carry an id get it back.
    """
    lama = baca_field(session, jenis, id_, field_)
    _periksa_nilai_field(jenis, field_, nilai)
    dokumen_id = dokumen_dari(session, jenis, id_)
    tabel = TABEL[jenis]
    kolom = _KOLOM_FIELD.get(jenis, {}).get(field_)
    if kolom is not None:
        session.execute(update(tabel).where(tabel.id == id_).values({kolom: nilai}))  # type: ignore[attr-defined]
    elif field_ == "judul":
        session.execute(
            update(DokumenRow)
            .where(DokumenRow.id == id_)
            .values(judul=json.dumps(list(nilai), ensure_ascii=False))
        )
    elif field_ == "periode":
        _periksa_periode(session, id_, nilai)
        session.execute(
            update(DokumenRow)
            .where(DokumenRow.id == id_)
            .values(
                periode_mulai=nilai.mulai if nilai else None,
                periode_selesai=nilai.selesai if nilai else None,
            )
        )
    elif field_ == "penandatangan":
        session.execute(delete(PenandatanganRow).where(PenandatanganRow.dokumen_id == id_))  # type: ignore[arg-type]
        if nilai is not None:
            session.execute(
                insert(PenandatanganRow).values(
                    dokumen_id=id_,
                    tempat=nilai.tempat,
                    tanggal=nilai.tanggal,
                    jabatan=nilai.jabatan,
                    nama=nilai.nama,
                    pangkat=nilai.pangkat,
                    nip=nilai.nip,
                )
            )
    elif field_ == "profil.kepala":
        session.execute(delete(KepalaRow).where(KepalaRow.dokumen_id == id_))  # type: ignore[arg-type]
        for i, b in enumerate(nilai):
            b.id = _insert(
                session,
                KepalaRow,
                {
                    "id": b.id,
                    "dokumen_id": id_,
                    "urutan": i,
                    "label": b.label,
                    "isi": b.isi,
                    "butir": json.dumps(b.butir, ensure_ascii=False),
                    "penomoran": b.penomoran,
                    "dari": b.dari,
                },
            )
    else:  # tabel.kolom
        session.execute(delete(KolomRow).where(KolomRow.dokumen_id == id_))  # type: ignore[arg-type]
        for i, k in enumerate(nilai):
            k.id = _insert(
                session,
                KolomRow,
                {"id": k.id, "dokumen_id": id_, "urutan": i, "isi": k.isi, "judul": k.judul},
            )
    _sentuh(session, dokumen_id)
    return lama


# --- values ------------------------------------------------------------------------------------


def _periksa_tahun(session: Session, indikator_id: int, tahun: int) -> int:
    dokumen_id = dokumen_dari(session, "indikator", indikator_id)
    periode = baca_field(session, "dokumen", dokumen_id, "periode")
    if periode is not None and not periode.memuat(tahun):
        raise IkuError(
            f"Tahun {tahun} di luar periode dokumen ({periode.mulai}–{periode.selesai})."
        )
    lo, hi = MAKS_TAHUN
    if not lo <= tahun <= hi:
        raise IkuError(f"Tahun {tahun} tidak masuk akal (harus di antara {lo} dan {hi}).")
    return dokumen_id


def _periksa_angka(nilai: Decimal | None) -> None:
    if nilai is not None and (not isinstance(nilai, Decimal) or not nilai.is_finite()):
        raise IkuError(f"Nilai '{nilai}' bukan angka.")
    if nilai is not None:
        rules.periksa_angka(nilai)


def set_nilai(
    session: Session, indikator_id: int, jenis: str, tahun: int, nilai: Decimal | None
) -> Decimal | None:
    """Set (or with None clear) a target or typed realisasi; return the old value."""
    if jenis not in ("target", "realisasi"):
        raise IkuError(f"Jenis nilai '{jenis}' tidak dikenal (target atau realisasi).")
    _periksa_angka(nilai)
    dokumen_id = _periksa_tahun(session, indikator_id, tahun)
    syarat = (
        (NilaiRow.indikator_id == indikator_id)
        & (NilaiRow.jenis == jenis)
        & (NilaiRow.tahun == tahun)
    )
    lama = session.execute(select(NilaiRow.nilai).where(syarat)).scalar()
    session.execute(delete(NilaiRow).where(syarat))
    if nilai is not None:
        session.execute(
            insert(NilaiRow).values(
                indikator_id=indikator_id, jenis=jenis, tahun=tahun, nilai=angka_tepat(nilai)
            )
        )
    _sentuh(session, dokumen_id)
    return Decimal(lama) if lama is not None else None


def set_nilai_komponen(
    session: Session, indikator_id: int, kode: str, tahun: int, nilai: Decimal | None
) -> Decimal | None:
    """Set (or clear) one component value of one year; return the old value."""
    _periksa_angka(nilai)
    dokumen_id = _periksa_tahun(session, indikator_id, tahun)
    kid = session.execute(
        select(KomponenRow.id).where(
            (KomponenRow.indikator_id == indikator_id) & (KomponenRow.kode == kode)
        )
    ).scalar()
    if kid is None:
        raise IkuError(f"Komponen '{kode}' tidak ada pada indikator ini.")
    syarat = (NilaiKomponenRow.komponen_id == kid) & (NilaiKomponenRow.tahun == tahun)
    lama = session.execute(select(NilaiKomponenRow.nilai).where(syarat)).scalar()
    session.execute(delete(NilaiKomponenRow).where(syarat))
    if nilai is not None:
        session.execute(
            insert(NilaiKomponenRow).values(komponen_id=kid, tahun=tahun, nilai=angka_tepat(nilai))
        )
    _sentuh(session, dokumen_id)
    return Decimal(lama) if lama is not None else None


@dataclass
class RumusLama:
    """An indicator's formula, components (with ids) and component values, for undo."""

    ekspresi: str | None
    komponen: list[Komponen]
    nilai_komponen: dict[int, dict[str, Decimal]] = field(default_factory=dict)


def _rumus_sekarang(session: Session, indikator_id: int) -> RumusLama:
    ind = baca_indikator(session, indikator_id)
    return RumusLama(ind.rumus.ekspresi, ind.rumus.komponen, ind.nilai_komponen)


def ubah_rumus(
    session: Session,
    indikator_id: int,
    ekspresi: str | None,
    komponen: list[Komponen],
    hapus_nilai: bool = False,
) -> RumusLama:
    """Set the formula and components; values of codes that remain are kept.

    A code that is dropped while it still has values is refused unless ``hapus_nilai``. The
    objects in ``komponen`` get their ids. Returns the old state for ``pulihkan_rumus``.
    """
    periksa_rumus(ekspresi, komponen)
    lama = _rumus_sekarang(session, indikator_id)
    dokumen_id = dokumen_dari(session, "indikator", indikator_id)
    kode_baru = {k.kode for k in komponen}
    dibuang = [k.kode for k in lama.komponen if k.kode not in kode_baru]
    berisi = [kd for kd in dibuang if any(kd in per for per in lama.nilai_komponen.values())]
    if berisi and not hapus_nilai:
        raise IkuError(
            f"Komponen '{berisi[0]}' masih berisi nilai. Kosongkan dulu nilainya, atau setujui "
            "penghapusan nilai komponen itu."
        )
    id_lama = {k.kode: k.id for k in lama.komponen}
    for kd in dibuang:
        session.execute(delete(KomponenRow).where(KomponenRow.id == id_lama[kd]))  # type: ignore[arg-type]
    # Park the urutan of kept rows out of the way, then write the new order.
    for i, k in enumerate(komponen):
        if k.kode in id_lama:
            k.id = id_lama[k.kode]
            session.execute(
                update(KomponenRow).where(KomponenRow.id == k.id).values(urutan=i, uraian=k.uraian)
            )
        else:
            k.id = _insert(
                session,
                KomponenRow,
                {
                    "id": None,
                    "indikator_id": indikator_id,
                    "urutan": i,
                    "kode": k.kode,
                    "uraian": k.uraian,
                },
            )
    ekspresi = ekspresi if ekspresi is not None and ekspresi.strip() else None
    session.execute(
        update(IndikatorRow).where(IndikatorRow.id == indikator_id).values(ekspresi=ekspresi)
    )
    _sentuh(session, dokumen_id)
    return lama


def pulihkan_rumus(session: Session, indikator_id: int, lama: RumusLama) -> None:
    """Restore exactly the formula state ``ubah_rumus`` returned (same component ids)."""
    dokumen_id = dokumen_dari(session, "indikator", indikator_id)
    session.execute(delete(KomponenRow).where(KomponenRow.indikator_id == indikator_id))  # type: ignore[arg-type]
    _tulis_komponen(session, indikator_id, copy.deepcopy(lama.komponen), lama.nilai_komponen)
    session.execute(
        update(IndikatorRow).where(IndikatorRow.id == indikator_id).values(ekspresi=lama.ekspresi)
    )
    _sentuh(session, dokumen_id)


# --- whole documents ---------------------------------------------------------------------------


def dokumen_baru(instansi: str = "", periode: Periode | None = None) -> Dokumen:
    """An empty document as the "new document" dialog starts it."""
    from ikudesk.domain.model import Profil, judul_bawaan

    return Dokumen(
        profil=Profil(instansi=instansi),
        judul=judul_bawaan(instansi) if instansi else ["INDIKATOR KINERJA UTAMA"],
        periode=periode,
    )


def salinan_periode_baru(dok: Dokumen, periode: Periode | None) -> Dokumen:
    """A copy of ``dok`` for a new period: structure and targets kept, realisasi left empty.

    Component values are dropped too; targets of years outside the new period are dropped.
    Ids are cleared, so the copy can be stored as a new document.
    """
    baru = copy.deepcopy(dok)
    baru.id = None
    baru.periode = periode
    for b in baru.profil.kepala:
        b.id = None
    for k in baru.tabel.kolom:
        k.id = None
    for t in baru.tujuan:
        t.id = None
        for s in t.sasaran:
            s.id = None
    for ind in baru.semua_indikator():
        ind.id = None
        for k in ind.rumus.komponen:
            k.id = None
        ind.realisasi = {}
        ind.nilai_komponen = {}
        if periode is not None:
            ind.target = {th: v for th, v in ind.target.items() if periode.memuat(th)}
    return baru


def duplikat_dokumen(session: Session, dokumen_id: int, periode: Periode | None) -> int:
    """Store a copy of a document for a new period (see ``salinan_periode_baru``); its id."""
    from ikudesk.persistence.repo import baca_dokumen_dari

    return tulis_dokumen(
        session, salinan_periode_baru(baca_dokumen_dari(session, dokumen_id), periode)
    )
