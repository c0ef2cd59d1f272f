"""Whole documents in and out of the store.

``simpan_dokumen_baru`` writes a document in one transaction with bulk inserts (ids assigned
here, so children can point at parents without a round trip per row: a 2,000-indicator document
is about 40,000 rows). ``muat_dokumen`` reads it back as ``model`` objects carrying their ids.
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import delete, func, insert, select, update
from sqlmodel import Session, SQLModel, col

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
    label_periode,
)
from ikudesk.errors import TidakDitemukan
from ikudesk.files.docfile import angka_tepat
from ikudesk.persistence.store import Store
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


def sekarang() -> str:
    return datetime.now().isoformat(timespec="seconds")


@dataclass(frozen=True)
class RingkasanDokumen:
    id: int
    instansi: str
    pemerintah_daerah: str
    periode: Periode | None
    jumlah_indikator: int
    judul: list[str]
    diubah: str

    @property
    def label_periode(self) -> str:
        return label_periode(self.periode)


class _Id:
    """Hands out the next free id of a table inside the current (write-locked) transaction."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.berikut: dict[type[SQLModel], int] = {}

    def __call__(self, tabel: type[SQLModel]) -> int:
        if tabel not in self.berikut:
            maks = self.session.execute(select(func.max(tabel.id))).scalar()  # type: ignore[attr-defined]
            self.berikut[tabel] = (maks or 0) + 1
        nilai = self.berikut[tabel]
        self.berikut[tabel] = nilai + 1
        return nilai


def _dokumen_row_dict(dok: Dokumen) -> dict[str, Any]:
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


def indikator_row_dict(ind: Indikator) -> dict[str, Any]:
    return {
        "nama": ind.nama,
        "ekspresi": ind.rumus.ekspresi,
        "penjelasan": ind.rumus.penjelasan,
        "satuan": ind.satuan,
        "sumber_data": ind.sumber_data,
        "penanggung_jawab": ind.penanggung_jawab,
        "polaritas": ind.polaritas,
    }


class _Penulis:
    """Collects the rows of one or more subtrees, then writes them with one executemany each."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.id = _Id(session)
        self.baris: dict[type[SQLModel], list[dict[str, Any]]] = defaultdict(list)

    def indikator(
        self,
        ind: Indikator,
        dokumen_id: int,
        urutan: int,
        tujuan_id: int | None = None,
        sasaran_id: int | None = None,
    ) -> int:
        iid = self.id(IndikatorRow)
        ind.id = iid
        self.baris[IndikatorRow].append(
            {
                "id": iid,
                "dokumen_id": dokumen_id,
                "tujuan_id": tujuan_id,
                "sasaran_id": sasaran_id,
                "urutan": urutan,
                **indikator_row_dict(ind),
            }
        )
        kode_id: dict[str, int] = {}
        for k_urut, k in enumerate(ind.rumus.komponen):
            kid = self.id(KomponenRow)
            k.id = kid
            kode_id[k.kode] = kid
            self.baris[KomponenRow].append(
                {
                    "id": kid,
                    "indikator_id": iid,
                    "urutan": k_urut,
                    "kode": k.kode,
                    "uraian": k.uraian,
                }
            )
        for jenis, nilai in (("target", ind.target), ("realisasi", ind.realisasi)):
            for tahun, v in nilai.items():
                self.baris[NilaiRow].append(
                    {"indikator_id": iid, "jenis": jenis, "tahun": tahun, "nilai": angka_tepat(v)}
                )
        for tahun, per_kode in ind.nilai_komponen.items():
            for kode, v in per_kode.items():
                self.baris[NilaiKomponenRow].append(
                    {"komponen_id": kode_id[kode], "tahun": tahun, "nilai": angka_tepat(v)}
                )
        return iid

    def sasaran(self, s: Sasaran, dokumen_id: int, tujuan_id: int, urutan: int) -> int:
        sid = self.id(SasaranRow)
        s.id = sid
        self.baris[SasaranRow].append(
            {"id": sid, "tujuan_id": tujuan_id, "urutan": urutan, "uraian": s.uraian}
        )
        for i, ind in enumerate(s.indikator):
            self.indikator(ind, dokumen_id, i, sasaran_id=sid)
        return sid

    def tujuan(self, t: Tujuan, dokumen_id: int, urutan: int) -> int:
        tid = self.id(TujuanRow)
        t.id = tid
        self.baris[TujuanRow].append(
            {
                "id": tid,
                "dokumen_id": dokumen_id,
                "urutan": urutan,
                "uraian": t.uraian,
                "kelompok": t.kelompok,
            }
        )
        for i, ind in enumerate(t.indikator):
            self.indikator(ind, dokumen_id, i, tujuan_id=tid)
        for i, s in enumerate(t.sasaran):
            self.sasaran(s, dokumen_id, tid, i)
        return tid

    def tulis(self) -> None:
        # Parents before children, so foreign keys hold at every statement.
        urutan = (
            DokumenRow,
            PenandatanganRow,
            KepalaRow,
            KolomRow,
            TujuanRow,
            SasaranRow,
            IndikatorRow,
            KomponenRow,
            NilaiRow,
            NilaiKomponenRow,
        )
        for tabel in urutan:
            rows = self.baris.pop(tabel, [])
            if rows:
                self.session.execute(insert(tabel), rows)


def simpan_dokumen_baru(store: Store, dok: Dokumen) -> int:
    """Store ``dok`` as a new document (one transaction); set and return its id."""
    with store.transaksi() as session:
        return tulis_dokumen(session, dok)


def tulis_dokumen(session: Session, dok: Dokumen, dokumen_id: int | None = None) -> int:
    """Insert ``dok`` (and its whole tree) inside an open transaction; ids are set on ``dok``."""
    p = _Penulis(session)
    did = dokumen_id if dokumen_id is not None else p.id(DokumenRow)
    dok.id = did
    waktu = sekarang()
    p.baris[DokumenRow].append(
        {"id": did, "dibuat": waktu, "diubah": waktu, **_dokumen_row_dict(dok)}
    )
    if dok.penandatangan is not None:
        ttd = dok.penandatangan
        p.baris[PenandatanganRow].append(
            {
                "dokumen_id": did,
                "tempat": ttd.tempat,
                "tanggal": ttd.tanggal,
                "jabatan": ttd.jabatan,
                "nama": ttd.nama,
                "pangkat": ttd.pangkat,
                "nip": ttd.nip,
            }
        )
    for i, b in enumerate(dok.profil.kepala):
        b.id = p.id(KepalaRow)
        p.baris[KepalaRow].append(
            {
                "id": b.id,
                "dokumen_id": did,
                "urutan": i,
                "label": b.label,
                "isi": b.isi,
                "butir": json.dumps(b.butir, ensure_ascii=False),
                "penomoran": b.penomoran,
                "dari": b.dari,
            }
        )
    for i, k in enumerate(dok.tabel.kolom):
        k.id = p.id(KolomRow)
        p.baris[KolomRow].append(
            {"id": k.id, "dokumen_id": did, "urutan": i, "isi": k.isi, "judul": k.judul}
        )
    for i, t in enumerate(dok.tujuan):
        p.tujuan(t, did, i)
    p.tulis()
    return did


def hapus_dokumen(store: Store, dokumen_id: int) -> None:
    with store.transaksi() as session:
        hasil = session.execute(delete(DokumenRow).where(col(DokumenRow.id) == dokumen_id))
        if hasil.rowcount == 0:  # type: ignore[attr-defined]
            raise TidakDitemukan(f"Dokumen nomor {dokumen_id} tidak ada di penyimpanan.")


def ganti_dokumen(store: Store, dokumen_id: int, dok: Dokumen) -> None:
    """Replace a stored document's whole contents, keeping its id (one transaction)."""
    with store.transaksi() as session:
        if session.get(DokumenRow, dokumen_id) is None:
            raise TidakDitemukan(f"Dokumen nomor {dokumen_id} tidak ada di penyimpanan.")
        dibuat = session.execute(
            select(col(DokumenRow.dibuat)).where(col(DokumenRow.id) == dokumen_id)
        ).scalar_one()
        session.execute(delete(DokumenRow).where(col(DokumenRow.id) == dokumen_id))
        tulis_dokumen(session, dok, dokumen_id)
        session.execute(
            update(DokumenRow)
            .where(col(DokumenRow.id) == dokumen_id)
            .values(dibuat=dibuat)
            .execution_options(synchronize_session=False)
        )


def daftar_dokumen(store: Store) -> list[RingkasanDokumen]:
    with store.baca() as session:
        jumlah: dict[int, int] = dict(
            session.execute(
                select(col(IndikatorRow.dokumen_id), func.count()).group_by(
                    col(IndikatorRow.dokumen_id)
                )
            ).all()
        )
        rows = session.execute(select(DokumenRow).order_by(col(DokumenRow.id))).scalars().all()
        return [
            RingkasanDokumen(
                id=r.id,
                instansi=r.instansi,
                pemerintah_daerah=r.pemerintah_daerah,
                periode=_periode(r),
                jumlah_indikator=jumlah.get(r.id, 0),
                judul=json.loads(r.judul),
                diubah=r.diubah,
            )
            for r in rows
        ]


def _periode(r: DokumenRow) -> Periode | None:
    if r.periode_mulai is None or r.periode_selesai is None:
        return None
    return Periode(r.periode_mulai, r.periode_selesai)


def muat_dokumen(store: Store, dokumen_id: int) -> Dokumen:
    with store.baca() as session:
        return baca_dokumen_dari(session, dokumen_id)


def baca_dokumen_dari(session: Session, dokumen_id: int) -> Dokumen:
    """Read a whole document (with ids) using one query per table."""
    r = session.get(DokumenRow, dokumen_id)
    if r is None:
        raise TidakDitemukan(f"Dokumen nomor {dokumen_id} tidak ada di penyimpanan.")
    ttd_row = session.get(PenandatanganRow, dokumen_id)
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
        periode=_periode(r),
        tabel=Tabel(
            kolom=kolom,
            nomor_per=r.nomor_per,
            nomori_indikator=r.nomori_indikator,
            baris_nomor_kolom=r.baris_nomor_kolom,
            judul=r.tabel_judul,
        ),
        penandatangan=(
            Penandatangan(
                tempat=ttd_row.tempat,
                tanggal=ttd_row.tanggal,
                jabatan=ttd_row.jabatan,
                nama=ttd_row.nama,
                pangkat=ttd_row.pangkat,
                nip=ttd_row.nip,
            )
            if ttd_row
            else None
        ),
        catatan=r.catatan,
        id=dokumen_id,
    )
    tujuan_rows = session.execute(
        select(col(TujuanRow.id), col(TujuanRow.uraian), col(TujuanRow.kelompok))
        .where(col(TujuanRow.dokumen_id) == dokumen_id)
        .order_by(col(TujuanRow.urutan))
    ).all()
    tujuan_by_id: dict[int, Tujuan] = {}
    for tid, uraian, kelompok in tujuan_rows:
        t = Tujuan(uraian=uraian, kelompok=kelompok, id=tid)
        tujuan_by_id[tid] = t
        dok.tujuan.append(t)
    sasaran_by_id: dict[int, Sasaran] = {}
    if tujuan_by_id:
        for sid, tujuan_id, uraian in session.execute(
            select(col(SasaranRow.id), col(SasaranRow.tujuan_id), col(SasaranRow.uraian))
            .join(TujuanRow, col(TujuanRow.id) == col(SasaranRow.tujuan_id))
            .where(col(TujuanRow.dokumen_id) == dokumen_id)
            .order_by(col(SasaranRow.tujuan_id), col(SasaranRow.urutan))
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
