"""The one place where store rows become domain objects and domain objects become rows.

Bulk load, import, every operation the window applies and undo all go through here. Ids come
from the database (``INSERT … RETURNING``) unless an object already carries one: putting back a
deleted subtree restores the very same rows, so later undo steps that name those ids still find
them. Order among siblings is the ``urutan`` column; the caller (the session, which holds the
tree) says what the order is.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import delete, insert, select, update
from sqlmodel import Session, SQLModel, col

from ikudesk.domain.fields import Field
from ikudesk.domain.model import (
    BarisKepala,
    Dokumen,
    Indikator,
    Kolom,
    Komponen,
    Penandatangan,
    Periode,
    Profil,
    Rumus,
    Sasaran,
    Tabel,
    Tujuan,
)
from ikudesk.errors import TidakDitemukan
from ikudesk.files.docfile import angka_tepat
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

Node = Tujuan | Sasaran | Indikator

# Any: the id column is reached through the class, which SQLModel's types do not describe.
TABLE_OF: dict[str, Any] = {
    "dokumen": DokumenRow,
    "tujuan": TujuanRow,
    "sasaran": SasaranRow,
    "indikator": IndikatorRow,
}

# Fields that are one column of the node's own row.
_COLUMN_OF: dict[Field, str] = {
    Field.TUJUAN_URAIAN: "uraian",
    Field.TUJUAN_KELOMPOK: "kelompok",
    Field.SASARAN_URAIAN: "uraian",
    Field.INDIKATOR_NAMA: "nama",
    Field.INDIKATOR_SATUAN: "satuan",
    Field.INDIKATOR_SUMBER_DATA: "sumber_data",
    Field.INDIKATOR_PENANGGUNG_JAWAB: "penanggung_jawab",
    Field.INDIKATOR_POLARITAS: "polaritas",
    Field.INDIKATOR_PENJELASAN: "penjelasan",
    Field.DOKUMEN_INSTANSI: "instansi",
    Field.DOKUMEN_PEMERINTAH_DAERAH: "pemerintah_daerah",
    Field.DOKUMEN_NOMOR_PER: "nomor_per",
    Field.DOKUMEN_NOMORI_INDIKATOR: "nomori_indikator",
    Field.DOKUMEN_BARIS_NOMOR_KOLOM: "baris_nomor_kolom",
    Field.DOKUMEN_JUDUL_TABEL: "tabel_judul",
    Field.DOKUMEN_CATATAN: "catatan",
}


def now() -> str:
    return datetime.now().isoformat(timespec="seconds")


def kind_of(node: Any) -> str:
    if isinstance(node, Dokumen):
        return "dokumen"
    if isinstance(node, Tujuan):
        return "tujuan"
    if isinstance(node, Sasaran):
        return "sasaran"
    return "indikator"


def clear_ids(dok: Dokumen) -> None:
    """Forget every id in ``dok`` (before it is stored as a new document)."""
    dok.id = None
    for b in dok.profil.kepala:
        b.id = None
    for k in dok.tabel.kolom:
        k.id = None
    for t in dok.tujuan:
        t.id = None
        for s in t.sasaran:
            s.id = None
    for ind in dok.semua_indikator():
        ind.id = None
        for km in ind.rumus.komponen:
            km.id = None


# --- rows of one object -------------------------------------------------------------------


def dokumen_row(dok: Dokumen) -> dict[str, Any]:
    return {
        "instansi": dok.profil.instansi,
        "pemerintah_daerah": dok.profil.pemerintah_daerah,
        "judul": json.dumps(dok.judul, ensure_ascii=False),
        "periode_mulai": dok.periode.mulai if dok.periode else None,
        "periode_selesai": dok.periode.selesai if dok.periode else None,
        "tabel_judul": dok.tabel.judul,
        "nomor_per": dok.tabel.nomor_per,
        "nomori_indikator": dok.tabel.nomori_indikator,
        "baris_nomor_kolom": dok.tabel.baris_nomor_kolom,
        "catatan": dok.catatan,
    }


def indikator_row(ind: Indikator) -> dict[str, Any]:
    return {
        "nama": ind.nama,
        "ekspresi": ind.rumus.ekspresi,
        "penjelasan": ind.rumus.penjelasan,
        "satuan": ind.satuan,
        "sumber_data": ind.sumber_data,
        "penanggung_jawab": ind.penanggung_jawab,
        "polaritas": ind.polaritas,
    }


def _penandatangan_row(dokumen_id: int, p: Penandatangan) -> dict[str, Any]:
    return {
        "dokumen_id": dokumen_id,
        "tempat": p.tempat,
        "tanggal": p.tanggal,
        "jabatan": p.jabatan,
        "nama": p.nama,
        "pangkat": p.pangkat,
        "nip": p.nip,
    }


def _kepala_row(dokumen_id: int, urutan: int, b: BarisKepala) -> dict[str, Any]:
    return {
        "id": b.id,
        "dokumen_id": dokumen_id,
        "urutan": urutan,
        "label": b.label,
        "isi": b.isi,
        "butir": json.dumps(b.butir, ensure_ascii=False),
        "penomoran": b.penomoran,
        "dari": b.dari,
    }


# --- writing --------------------------------------------------------------------------------


class Writer:
    """Writes inside one open transaction (``session``). Every method is one kind of change."""

    def __init__(self, session: Session) -> None:
        self.session = session

    def _insert(self, table: Any, rows: list[dict[str, Any]]) -> list[int]:
        """Insert rows; those without an id get one from the database. Ids in row order."""
        given = [r for r in rows if r.get("id") is not None]
        fresh = [{k: v for k, v in r.items() if k != "id"} for r in rows if r.get("id") is None]
        if given:
            self.session.execute(insert(table), given)
        new_ids: list[int] = []
        if fresh:
            stmt = insert(table).returning(table.id, sort_by_parameter_order=True)
            new_ids = list(self.session.execute(stmt, fresh).scalars())
        it = iter(new_ids)
        return [r["id"] if r.get("id") is not None else next(it) for r in rows]

    def _insert_plain(self, table: type[SQLModel], rows: list[dict[str, Any]]) -> None:
        if rows:
            self.session.execute(insert(table), rows)

    # whole documents ------------------------------------------------------------------

    def insert_document(self, dok: Dokumen, *, dokumen_id: int | None = None) -> int:
        """Insert ``dok`` as a new document with its whole tree; returns its id.

        Every row gets a fresh id from the database (``dokumen_id`` when given) and the ids are
        set on the objects: a document read from one store can be stored again as a copy.
        """
        clear_ids(dok)
        waktu = now()
        row: dict[str, Any] = {"dibuat": waktu, "diubah": waktu, **dokumen_row(dok)}
        if dokumen_id is not None:
            row["id"] = dokumen_id
        (did,) = self._insert(DokumenRow, [row])
        dok.id = did
        if dok.penandatangan is not None:
            self._insert_plain(PenandatanganRow, [_penandatangan_row(did, dok.penandatangan)])
        self.replace_kepala(did, dok.profil.kepala, clear=False)
        self.replace_kolom(did, dok.tabel.kolom, clear=False)
        self.insert_subtrees(did, [(t, "dokumen", did, i) for i, t in enumerate(dok.tujuan)])
        return did

    def delete_document(self, dokumen_id: int) -> None:
        hasil = self.session.execute(delete(DokumenRow).where(col(DokumenRow.id) == dokumen_id))
        if hasil.rowcount == 0:  # type: ignore[attr-defined]
            raise TidakDitemukan(f"Dokumen nomor {dokumen_id} tidak ada di penyimpanan.")

    def touch(self, dokumen_id: int) -> None:
        self.session.execute(
            update(DokumenRow).where(col(DokumenRow.id) == dokumen_id).values(diubah=now())
        )

    # subtrees --------------------------------------------------------------------------

    def insert_subtrees(
        self, dokumen_id: int, entries: Iterable[tuple[Node, str, int, int]]
    ) -> None:
        """Insert nodes with everything under them: (node, parent kind, parent id, urutan).

        One statement per table and level, so a 2,000-indicator document is a handful of
        statements, not 40,000.
        """
        tujuan: list[tuple[Tujuan, int]] = []
        sasaran: list[tuple[Sasaran, int, int]] = []
        indikator: list[tuple[Indikator, str, int, int]] = []
        for node, pj, pid, urutan in entries:
            if isinstance(node, Tujuan):
                tujuan.append((node, urutan))
            elif isinstance(node, Sasaran):
                sasaran.append((node, pid, urutan))
            else:
                indikator.append((node, pj, pid, urutan))
        ids = self._insert(
            TujuanRow,
            [
                {
                    "id": t.id,
                    "dokumen_id": dokumen_id,
                    "urutan": u,
                    "uraian": t.uraian,
                    "kelompok": t.kelompok,
                }
                for t, u in tujuan
            ],
        )
        for (t, _), tid in zip(tujuan, ids, strict=True):
            t.id = tid
            indikator.extend((ind, "tujuan", tid, i) for i, ind in enumerate(t.indikator))
            sasaran.extend((s, tid, i) for i, s in enumerate(t.sasaran))
        ids = self._insert(
            SasaranRow,
            [
                {"id": s.id, "tujuan_id": pid, "urutan": u, "uraian": s.uraian}
                for s, pid, u in sasaran
            ],
        )
        for (s, _, _), sid in zip(sasaran, ids, strict=True):
            s.id = sid
            indikator.extend((ind, "sasaran", sid, i) for i, ind in enumerate(s.indikator))
        ids = self._insert(
            IndikatorRow,
            [
                {
                    "id": ind.id,
                    "dokumen_id": dokumen_id,
                    "tujuan_id": pid if pj == "tujuan" else None,
                    "sasaran_id": pid if pj == "sasaran" else None,
                    "urutan": u,
                    **indikator_row(ind),
                }
                for ind, pj, pid, u in indikator
            ],
        )
        for (ind, *_), iid in zip(indikator, ids, strict=True):
            ind.id = iid
        self._insert_komponen([ind for ind, *_ in indikator])
        nilai = [
            {"indikator_id": ind.id, "jenis": jenis, "tahun": tahun, "nilai": angka_tepat(v)}
            for ind, *_ in indikator
            for jenis, per_tahun in (("target", ind.target), ("realisasi", ind.realisasi))
            for tahun, v in per_tahun.items()
        ]
        self._insert_plain(NilaiRow, nilai)

    def _insert_komponen(self, indikator: list[Indikator]) -> None:
        pairs = [(ind, i, k) for ind in indikator for i, k in enumerate(ind.rumus.komponen)]
        ids = self._insert(
            KomponenRow,
            [
                {
                    "id": k.id,
                    "indikator_id": ind.id,
                    "urutan": i,
                    "kode": k.kode,
                    "uraian": k.uraian,
                }
                for ind, i, k in pairs
            ],
        )
        rows = []
        for (ind, _, k), kid in zip(pairs, ids, strict=True):
            k.id = kid
            for tahun, per_kode in ind.nilai_komponen.items():
                if k.kode in per_kode:
                    rows.append(
                        {"komponen_id": kid, "tahun": tahun, "nilai": angka_tepat(per_kode[k.kode])}
                    )
        self._insert_plain(NilaiKomponenRow, rows)

    def delete_node(self, jenis: str, node_id: int) -> None:
        table = TABLE_OF[jenis]
        self.session.execute(delete(table).where(table.id == node_id))

    def write_order(self, jenis: str, ids: list[int]) -> None:
        """``urutan`` of siblings of one kind, in this order."""
        table = TABLE_OF[jenis]
        for i, node_id in enumerate(ids):
            self.session.execute(update(table).where(table.id == node_id).values(urutan=i))

    def set_parent(self, jenis: str, node_id: int, parent_jenis: str, parent_id: int) -> None:
        if jenis == "sasaran":
            values: dict[str, Any] = {"tujuan_id": parent_id}
        elif jenis == "tujuan":
            values = {"dokumen_id": parent_id}
        elif parent_jenis == "tujuan":
            values = {"tujuan_id": parent_id, "sasaran_id": None}
        else:
            values = {"tujuan_id": None, "sasaran_id": parent_id}
        table = TABLE_OF[jenis]
        self.session.execute(update(table).where(table.id == node_id).values(**values))

    # fields ----------------------------------------------------------------------------

    def set_field(self, field: Field, node_id: int, value: Any) -> None:
        column = _COLUMN_OF.get(field)
        if column is not None:
            table = TABLE_OF[field.kind]
            self.session.execute(update(table).where(table.id == node_id).values({column: value}))
        elif field is Field.DOKUMEN_JUDUL:
            self.session.execute(
                update(DokumenRow)
                .where(col(DokumenRow.id) == node_id)
                .values(judul=json.dumps(list(value), ensure_ascii=False))
            )
        elif field is Field.DOKUMEN_PERIODE:
            self.session.execute(
                update(DokumenRow)
                .where(col(DokumenRow.id) == node_id)
                .values(
                    periode_mulai=value.mulai if value else None,
                    periode_selesai=value.selesai if value else None,
                )
            )
        elif field is Field.DOKUMEN_PENANDATANGAN:
            self.session.execute(
                delete(PenandatanganRow).where(col(PenandatanganRow.dokumen_id) == node_id)
            )
            if value is not None:
                self._insert_plain(PenandatanganRow, [_penandatangan_row(node_id, value)])
        elif field is Field.DOKUMEN_KEPALA:
            self.replace_kepala(node_id, value)
        elif field is Field.DOKUMEN_KOLOM:
            self.replace_kolom(node_id, value)
        else:  # pragma: no cover - every Field is mapped above
            raise ValueError(f"no column for {field}")

    def replace_kepala(
        self, dokumen_id: int, kepala: list[BarisKepala], clear: bool = True
    ) -> None:
        if clear:
            self.session.execute(delete(KepalaRow).where(col(KepalaRow.dokumen_id) == dokumen_id))
        ids = self._insert(KepalaRow, [_kepala_row(dokumen_id, i, b) for i, b in enumerate(kepala)])
        for b, bid in zip(kepala, ids, strict=True):
            b.id = bid

    def replace_kolom(self, dokumen_id: int, kolom: list[Kolom], clear: bool = True) -> None:
        if clear:
            self.session.execute(delete(KolomRow).where(col(KolomRow.dokumen_id) == dokumen_id))
        ids = self._insert(
            KolomRow,
            [
                {"id": k.id, "dokumen_id": dokumen_id, "urutan": i, "isi": k.isi, "judul": k.judul}
                for i, k in enumerate(kolom)
            ],
        )
        for k, kid in zip(kolom, ids, strict=True):
            k.id = kid

    # values ----------------------------------------------------------------------------

    def set_nilai(self, indikator_id: int, jenis: str, tahun: int, nilai: Decimal | None) -> None:
        where = (
            (col(NilaiRow.indikator_id) == indikator_id)
            & (col(NilaiRow.jenis) == jenis)
            & (col(NilaiRow.tahun) == tahun)
        )
        self.session.execute(delete(NilaiRow).where(where))
        if nilai is not None:
            self._insert_plain(
                NilaiRow,
                [
                    {
                        "indikator_id": indikator_id,
                        "jenis": jenis,
                        "tahun": tahun,
                        "nilai": angka_tepat(nilai),
                    }
                ],
            )

    def set_nilai_komponen(self, komponen_id: int, tahun: int, nilai: Decimal | None) -> None:
        where = (col(NilaiKomponenRow.komponen_id) == komponen_id) & (
            col(NilaiKomponenRow.tahun) == tahun
        )
        self.session.execute(delete(NilaiKomponenRow).where(where))
        if nilai is not None:
            self._insert_plain(
                NilaiKomponenRow,
                [{"komponen_id": komponen_id, "tahun": tahun, "nilai": angka_tepat(nilai)}],
            )

    def replace_rumus(self, ind: Indikator) -> None:
        """The indicator's expression, components and component values as ``ind`` has them.

        Components that carry an id keep it; new ones get theirs from the database.
        """
        assert ind.id is not None
        self.session.execute(delete(KomponenRow).where(col(KomponenRow.indikator_id) == ind.id))
        self.session.execute(
            update(IndikatorRow)
            .where(col(IndikatorRow.id) == ind.id)
            .values(ekspresi=ind.rumus.ekspresi)
        )
        self._insert_komponen([ind])


# --- reading --------------------------------------------------------------------------------


def periode_of(r: DokumenRow) -> Periode | None:
    if r.periode_mulai is None or r.periode_selesai is None:
        return None
    return Periode(r.periode_mulai, r.periode_selesai)


def read_document(session: Session, dokumen_id: int) -> Dokumen:
    """A whole document (with ids), one query per table."""
    r = session.get(DokumenRow, dokumen_id)
    if r is None:
        raise TidakDitemukan(f"Dokumen nomor {dokumen_id} tidak ada di penyimpanan.")
    ttd = session.get(PenandatanganRow, dokumen_id)
    kepala = [
        BarisKepala(
            label=k.label,
            isi=k.isi,
            butir=json.loads(k.butir),
            penomoran=k.penomoran,
            dari=k.dari,
            id=k.id,
        )
        for k in session.execute(
            select(KepalaRow)
            .where(col(KepalaRow.dokumen_id) == dokumen_id)
            .order_by(col(KepalaRow.urutan))
        ).scalars()
    ]
    kolom = [
        Kolom(isi=k.isi, judul=k.judul, id=k.id)
        for k in session.execute(
            select(KolomRow)
            .where(col(KolomRow.dokumen_id) == dokumen_id)
            .order_by(col(KolomRow.urutan))
        ).scalars()
    ]
    dok = Dokumen(
        profil=Profil(instansi=r.instansi, pemerintah_daerah=r.pemerintah_daerah, kepala=kepala),
        judul=json.loads(r.judul),
        periode=periode_of(r),
        tabel=Tabel(
            kolom=kolom,
            nomor_per=r.nomor_per,
            nomori_indikator=r.nomori_indikator,
            baris_nomor_kolom=r.baris_nomor_kolom,
            judul=r.tabel_judul,
        ),
        penandatangan=(
            Penandatangan(
                tempat=ttd.tempat,
                tanggal=ttd.tanggal,
                jabatan=ttd.jabatan,
                nama=ttd.nama,
                pangkat=ttd.pangkat,
                nip=ttd.nip,
            )
            if ttd
            else None
        ),
        catatan=r.catatan,
        id=dokumen_id,
    )
    tujuan_by_id: dict[int, Tujuan] = {}
    for tid, uraian, kelompok in session.execute(
        select(col(TujuanRow.id), col(TujuanRow.uraian), col(TujuanRow.kelompok))
        .where(col(TujuanRow.dokumen_id) == dokumen_id)
        .order_by(col(TujuanRow.urutan), col(TujuanRow.id))
    ).all():
        t = Tujuan(uraian=uraian, kelompok=kelompok, id=tid)
        tujuan_by_id[tid] = t
        dok.tujuan.append(t)
    sasaran_by_id: dict[int, Sasaran] = {}
    if tujuan_by_id:
        for sid, tujuan_id, uraian in session.execute(
            select(col(SasaranRow.id), col(SasaranRow.tujuan_id), col(SasaranRow.uraian))
            .join(TujuanRow, col(TujuanRow.id) == col(SasaranRow.tujuan_id))
            .where(col(TujuanRow.dokumen_id) == dokumen_id)
            .order_by(col(SasaranRow.tujuan_id), col(SasaranRow.urutan), col(SasaranRow.id))
        ).all():
            s = Sasaran(uraian=uraian, id=sid)
            sasaran_by_id[sid] = s
            tujuan_by_id[tujuan_id].sasaran.append(s)

    ind_by_id: dict[int, Indikator] = {}
    for row in session.execute(
        select(
            col(IndikatorRow.id),
            col(IndikatorRow.tujuan_id),
            col(IndikatorRow.sasaran_id),
            col(IndikatorRow.nama),
            col(IndikatorRow.ekspresi),
            col(IndikatorRow.penjelasan),
            col(IndikatorRow.satuan),
            col(IndikatorRow.sumber_data),
            col(IndikatorRow.penanggung_jawab),
            col(IndikatorRow.polaritas),
        )
        .where(col(IndikatorRow.dokumen_id) == dokumen_id)
        .order_by(col(IndikatorRow.urutan), col(IndikatorRow.id))
    ).all():
        ind = Indikator(
            nama=row.nama,
            rumus=Rumus(ekspresi=row.ekspresi, penjelasan=row.penjelasan),
            satuan=row.satuan,
            sumber_data=row.sumber_data,
            penanggung_jawab=row.penanggung_jawab,
            polaritas=row.polaritas,
            id=row.id,
        )
        ind_by_id[row.id] = ind
        if row.sasaran_id is not None:
            sasaran_by_id[row.sasaran_id].indikator.append(ind)
        else:
            tujuan_by_id[row.tujuan_id].indikator.append(ind)

    ids_indikator = select(col(IndikatorRow.id)).where(col(IndikatorRow.dokumen_id) == dokumen_id)
    komponen_by_id: dict[int, tuple[Indikator, str]] = {}
    for kid, iid, kode, uraian in session.execute(
        select(
            col(KomponenRow.id),
            col(KomponenRow.indikator_id),
            col(KomponenRow.kode),
            col(KomponenRow.uraian),
        )
        .where(col(KomponenRow.indikator_id).in_(ids_indikator))
        .order_by(col(KomponenRow.indikator_id), col(KomponenRow.urutan))
    ).all():
        ind = ind_by_id[iid]
        ind.rumus.komponen.append(Komponen(kode=kode, uraian=uraian, id=kid))
        komponen_by_id[kid] = (ind, kode)
    for iid, jenis, tahun, nilai in session.execute(
        select(
            col(NilaiRow.indikator_id),
            col(NilaiRow.jenis),
            col(NilaiRow.tahun),
            col(NilaiRow.nilai),
        )
        .where(col(NilaiRow.indikator_id).in_(ids_indikator))
        .order_by(col(NilaiRow.tahun))
    ).all():
        getattr(ind_by_id[iid], jenis)[tahun] = Decimal(nilai)
    if komponen_by_id:
        for kid, tahun, nilai in session.execute(
            select(
                col(NilaiKomponenRow.komponen_id),
                col(NilaiKomponenRow.tahun),
                col(NilaiKomponenRow.nilai),
            )
            .where(
                col(NilaiKomponenRow.komponen_id).in_(
                    select(col(KomponenRow.id)).where(
                        col(KomponenRow.indikator_id).in_(ids_indikator)
                    )
                )
            )
            .order_by(col(NilaiKomponenRow.tahun))
        ).all():
            ind, kode = komponen_by_id[kid]
            ind.nilai_komponen.setdefault(tahun, {})[kode] = Decimal(nilai)
    return dok
