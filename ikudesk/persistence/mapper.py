"""The one place where store rows become domain objects and domain objects become rows.

Bulk load, import, every operation the window applies and undo all go through here. Ids come
from the database (``INSERT … RETURNING``) unless an object already carries one: putting back a
deleted subtree restores the very same rows, so later undo steps that name those ids still find
them. Order among siblings is the ``urutan`` column; the caller (the session, which holds the
tree) says what the order is.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from datetime import datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import Select, bindparam, delete, insert, select, update
from sqlmodel import Session, SQLModel, col

from ikudesk.domain.fields import Field
from ikudesk.domain.keys import NilaiKey, NodeKind
from ikudesk.domain.model import (
    BarisKepala,
    Dokumen,
    Indikator,
    Kegiatan,
    Kolom,
    Komponen,
    LaporanTahunan,
    LaporanTriwulan,
    Penandatangan,
    Penetapan,
    Periode,
    PerjanjianKinerja,
    Profil,
    Program,
    Responden,
    Rumus,
    Sasaran,
    SubKegiatan,
    SurveiIkm,
    Tabel,
    Triwulan,
    Tujuan,
    hapus_id,
)
from ikudesk.errors import BUKAN_MILIK, StoreError, TidakDitemukan
from ikudesk.files.docfile import angka_tepat, ke_json
from ikudesk.persistence.tables import (
    AnalisisRow,
    DokumenRow,
    IndikatorRow,
    KepalaRow,
    KolomRow,
    KomponenRow,
    LaporanTahunanRow,
    LaporanTriwulanRow,
    NilaiKomponenRow,
    NilaiKomponenTriwulanRow,
    NilaiRow,
    NilaiTriwulanRow,
    PenandatanganRow,
    PenetapanRow,
    PerjanjianKinerjaRow,
    PerubahanRow,
    PkAnggaranRow,
    RespondenRow,
    SasaranRow,
    SurveiIkmRow,
    TujuanRow,
)

Node = Tujuan | Sasaran | Indikator

# Any: the id column is reached through the class, which SQLModel's types do not describe.
TABLE_OF: dict[NodeKind, Any] = {
    NodeKind.DOKUMEN: DokumenRow,
    NodeKind.TUJUAN: TujuanRow,
    NodeKind.SASARAN: SasaranRow,
    NodeKind.INDIKATOR: IndikatorRow,
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
    Field.INDIKATOR_KODE: "kode",
    Field.INDIKATOR_DEFINISI: "definisi",
    Field.INDIKATOR_AGREGASI: "agregasi",
    Field.DOKUMEN_HURUF: "tabel_huruf",
}


def _nilai_slot(
    key: NilaiKey, kode_ke_id: dict[tuple[int, str], int]
) -> tuple[Any, dict[str, Any]]:
    """The table that holds the number at ``key`` and the columns that name its row."""
    if key.komponen is not None:
        kolom: dict[str, Any] = {
            "komponen_id": kode_ke_id[(key.indikator_id, key.komponen)],
            "tahun": key.tahun,
        }
        if key.triwulan is None:
            return NilaiKomponenRow, kolom
        return NilaiKomponenTriwulanRow, {**kolom, "triwulan": key.triwulan}
    kolom = {"indikator_id": key.indikator_id, "jenis": str(key.jenis), "tahun": key.tahun}
    if key.triwulan is None:
        return NilaiRow, kolom
    return NilaiTriwulanRow, {**kolom, "triwulan": key.triwulan}


class KonflikVersi(StoreError):
    """Someone else changed the document since this window read it: the change is refused."""


def now() -> str:
    return datetime.now().isoformat(timespec="seconds")


def os_user() -> str:
    """Who is at the keyboard: the operating system's user name ("" when it cannot be told)."""
    import getpass

    try:
        return getpass.getuser()
    except Exception:  # noqa: BLE001 - no user name is no reason to refuse a change
        return ""


# A signer's fields, in the order its JSON column (and its own table) keeps them.
_PENANDATANGAN = ("tempat", "tanggal", "jabatan", "nama", "pangkat", "nip", "status")


def _penandatangan_fields(p: Penandatangan) -> dict[str, str]:
    return {k: getattr(p, k) for k in _PENANDATANGAN}


def penandatangan_json(p: Penandatangan) -> str:
    return json.dumps(_penandatangan_fields(p), ensure_ascii=False)


def penandatangan_from_json(teks: str) -> Penandatangan:
    d = json.loads(teks)
    return Penandatangan(**{k: d.get(k, "") for k in _PENANDATANGAN})


def _penandatangan_of(row: Any) -> Penandatangan:
    """A signer from its own table's row."""
    return Penandatangan(**{k: getattr(row, k) for k in _PENANDATANGAN})


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
        "tabel_huruf": dok.tabel.huruf,
        "tabel_ukuran": angka_tepat(dok.tabel.ukuran) if dok.tabel.ukuran is not None else None,
        "status": dok.status,
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
        "kode": ind.kode,
        "definisi": ind.definisi,
        "agregasi": ind.agregasi,
    }


def _penandatangan_row(dokumen_id: int, p: Penandatangan) -> dict[str, Any]:
    return {"dokumen_id": dokumen_id, **_penandatangan_fields(p)}


def _penetapan_row(dokumen_id: int, p: Penetapan, berkas: str | None) -> dict[str, Any]:
    return {
        "dokumen_id": dokumen_id,
        "versi": p.versi,
        "tanggal": p.tanggal,
        "dasar": p.dasar,
        "alasan": p.alasan,
        "sidik": p.sidik,
        "berkas": berkas,
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
        "tebal": b.tebal,
    }


# --- writing --------------------------------------------------------------------------------


class Writer:
    """Writes inside one open transaction (``session``). Every method is one kind of change."""

    def __init__(self, session: Session) -> None:
        self.session = session

    def _insert(self, table: Any, rows: list[dict[str, Any]]) -> list[int]:
        """Insert rows; those without an id get one from the database. Ids in row order."""
        if self.session.get_bind().dialect.name == "postgresql":
            return self._insert_server(table, rows)
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

    def _put_many(self, table: Any, items: list[tuple[dict[str, Any], Decimal | None]]) -> None:
        """Many numbers of one table (distinct keys), in two statements: a pasted block or an
        imported form is one executemany, not thousands of round trips."""
        if not items:
            return
        inti = table.__table__
        kolom = list(items[0][0])
        hapus = delete(inti).where(*(inti.c[k] == bindparam(f"k_{k}") for k in kolom))
        self.session.connection().execute(
            hapus, [{f"k_{k}": key[k] for k in kolom} for key, _ in items]
        )
        self._insert_plain(
            table,
            [{**key, "nilai": angka_tepat(nilai)} for key, nilai in items if nilai is not None],
        )

    def put_nilai(self, items: list[tuple[NilaiKey, Decimal | None]]) -> None:
        """Numbers of indicators, each at its key (distinct keys; ``None`` clears one): how
        value operations write. One batch per table, whatever the number of keys."""
        kode_ke_id = self._komponen_ids({k.indikator_id for k, _ in items if k.komponen})
        per_table: dict[Any, list[tuple[dict[str, Any], Decimal | None]]] = {}
        for key, nilai in items:
            table, kolom = _nilai_slot(key, kode_ke_id)
            per_table.setdefault(table, []).append((kolom, nilai))
        for table, rows in per_table.items():
            self._put_many(table, rows)

    def _komponen_ids(self, indikator_ids: set[int]) -> dict[tuple[int, str], int]:
        """(indikator id, kode) → the component's id, for the components of these indicators."""
        if not indikator_ids:
            return {}
        rows = self.session.execute(
            select(col(KomponenRow.indikator_id), col(KomponenRow.kode), col(KomponenRow.id)).where(
                col(KomponenRow.indikator_id).in_(indikator_ids)
            )
        )
        return {(iid, kode): kid for iid, kode, kid in rows}

    def _insert_server(self, table: Any, rows: list[dict[str, Any]]) -> list[int]:
        """On PostgreSQL: fresh ids taken from the table's sequence in one round trip, then one
        batched INSERT (RETURNING in parameter order would send the rows one by one)."""
        from ikudesk.persistence.server import set_sequence, take_ids

        n_fresh = sum(1 for r in rows if r.get("id") is None)
        it = iter(take_ids(self.session, table.__tablename__, n_fresh) if n_fresh else [])
        lengkap = [r if r.get("id") is not None else {**r, "id": next(it)} for r in rows]
        if lengkap:
            self.session.execute(insert(table), lengkap)
        if n_fresh < len(rows):
            # Ids given by hand (undo, restore): the sequence must continue past them.
            set_sequence(self.session, table.__tablename__)
        return [r["id"] for r in lengkap]

    def _insert_plain(self, table: type[SQLModel], rows: list[dict[str, Any]]) -> None:
        if rows:
            self.session.execute(insert(table), rows)

    def _update_by_id(self, table: Any, row_id: int, **values: Any) -> None:
        self.session.execute(update(table).where(table.id == row_id).values(**values))

    def _delete_at(self, table: Any, **key: Any) -> None:
        """Delete the rows of ``table`` at this key (each column equal to its value): the first
        half of every ``replace_*``, whose second half inserts the new entry, if any."""
        self.session.execute(
            delete(table).where(*(col(getattr(table, k)) == v for k, v in key.items()))
        )

    # whole documents ------------------------------------------------------------------

    def insert_dokumen(self, dok: Dokumen, *, dokumen_id: int | None = None) -> int:
        """Insert ``dok`` as a new document with its whole tree; returns its id.

        Every row gets a fresh id from the database (``dokumen_id`` when given) and the ids are
        set on the objects: a document read from one store can be stored again as a copy.
        """
        hapus_id(dok)
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
        self._insert_laporan(did, dok.laporan_tahunan)
        self._insert_laporan_tw(did, dok.laporan_triwulan)
        for pk in dok.perjanjian_kinerja:
            self._insert_pk(did, pk)
        self._insert_penetapan(did, dok)
        self.log_change(did, "Dokumen disimpan di penyimpanan ini")
        return did

    # penetapan and the change log (schema 6) -------------------------------------------

    def _insert_penetapan(self, dokumen_id: int, dok: Dokumen) -> None:
        """The entries a document brings. A ditetapkan document is, in its signed content,
        exactly its last version: its file is kept as that version's; older versions named
        by an imported file have no file here."""
        berkas_akhir = ke_json(dok) if dok.ditetapkan else None
        self._insert_plain(
            PenetapanRow,
            [
                _penetapan_row(dokumen_id, p, berkas_akhir if i == len(dok.penetapan) - 1 else None)
                for i, p in enumerate(dok.penetapan)
            ],
        )

    def insert_penetapan(self, dokumen_id: int, p: Penetapan, berkas: str | None) -> None:
        self._insert_plain(PenetapanRow, [_penetapan_row(dokumen_id, p, berkas)])

    def delete_penetapan(self, dokumen_id: int, versi: int) -> None:
        self._delete_at(PenetapanRow, dokumen_id=dokumen_id, versi=versi)

    def set_status(self, dokumen_id: int, status: str) -> None:
        self._update_by_id(DokumenRow, dokumen_id, status=status)

    def set_berkas_penetapan(self, dokumen_id: int, versi: int, berkas: str | None) -> None:
        self.session.execute(
            update(PenetapanRow)
            .where(
                (col(PenetapanRow.dokumen_id) == dokumen_id) & (col(PenetapanRow.versi) == versi)
            )
            .values(berkas=berkas)
        )

    def log_change(self, dokumen_id: int, uraian: str, waktu: str | None = None) -> None:
        """One line of the document's change log, in the change's own transaction.

        On a server the database role is part of who (``current_user``, taken by the server
        itself in the same statement), with the OS user in brackets.
        """
        oleh = os_user()
        baris = {"dokumen_id": dokumen_id, "waktu": waktu or now(), "oleh": oleh, "uraian": uraian}
        if self.session.get_bind().dialect.name == "postgresql":
            from sqlalchemy import text

            self.session.execute(
                text(
                    "INSERT INTO perubahan (dokumen_id, waktu, oleh, uraian) VALUES (:dokumen_id, "
                    ":waktu, CASE WHEN :oleh = '' THEN CAST(current_user AS VARCHAR) ELSE "
                    "current_user || ' (' || :oleh || ')' END, :uraian)"
                ),
                baris,
            )
        else:
            self._insert_plain(PerubahanRow, [baris])

    def insert_log(self, dokumen_id: int, baris: list[tuple[str, str, str]]) -> None:
        """Log lines (waktu, oleh, uraian) as they are, in order (a backup's copy)."""
        self._insert_plain(
            PerubahanRow,
            [{"dokumen_id": dokumen_id, "waktu": w, "oleh": o, "uraian": u} for w, o, u in baris],
        )

    def delete_dokumen(self, dokumen_id: int) -> None:
        hasil = self.session.execute(delete(DokumenRow).where(col(DokumenRow.id) == dokumen_id))
        if hasil.rowcount == 0:  # type: ignore[attr-defined]
            raise TidakDitemukan(f"Dokumen nomor {dokumen_id} tidak ada di penyimpanan.")

    def touch(self, dokumen_id: int) -> None:
        """Mark the document changed: its time, and its version one up (other windows see it)."""
        self.session.execute(
            update(DokumenRow)
            .where(col(DokumenRow.id) == dokumen_id)
            .values(diubah=now(), versi=col(DokumenRow.versi) + 1)
        )

    def claim(self, dokumen_id: int, versi: int) -> int:
        """Take the document for this transaction if it is still at ``versi``; the new version.

        First thing in a change's transaction: the row stays locked until commit, so two
        writers of one document queue here and the second finds the version moved on
        (``KonflikVersi``, nothing written). Writers of different documents never meet.
        """
        hasil = self.session.execute(
            update(DokumenRow)
            .where(col(DokumenRow.id) == dokumen_id, col(DokumenRow.versi) == versi)
            .values(diubah=now(), versi=versi + 1)
        )
        if hasil.rowcount == 0:  # type: ignore[attr-defined]
            ada = self.session.execute(
                select(col(DokumenRow.versi)).where(col(DokumenRow.id) == dokumen_id)
            ).scalar_one_or_none()
            if ada is None:
                raise TidakDitemukan(
                    f"Dokumen nomor {dokumen_id} sudah dihapus dari penyimpanan oleh pengguna lain."
                )
            if int(ada) == versi:  # unchanged, yet not ours to change: the server's policy
                raise StoreError(BUKAN_MILIK)
            raise KonflikVersi(
                "Dokumen ini baru saja diubah oleh pengguna lain; perubahan Anda tidak disimpan. "
                "Dokumen dimuat ulang: periksa isinya, lalu ulangi perubahan bila masih perlu."
            )
        return versi + 1

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
        self._insert_v2_indikator([ind for ind, *_ in indikator])
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
        rows_tw = []
        for (ind, _, k), kid in zip(pairs, ids, strict=True):
            k.id = kid
            for tahun, per_kode in ind.nilai_komponen.items():
                if k.kode in per_kode:
                    rows.append(
                        {"komponen_id": kid, "tahun": tahun, "nilai": angka_tepat(per_kode[k.kode])}
                    )
            for tahun, tw in ind.triwulan.items():
                for triwulan, per_kode in tw.nilai_komponen.items():
                    if k.kode in per_kode:
                        rows_tw.append(
                            {
                                "komponen_id": kid,
                                "tahun": tahun,
                                "triwulan": triwulan,
                                "nilai": angka_tepat(per_kode[k.kode]),
                            }
                        )
        self._insert_plain(NilaiKomponenRow, rows)
        self._insert_plain(NilaiKomponenTriwulanRow, rows_tw)

    def _insert_v2_indikator(self, indikator: list[Indikator]) -> None:
        """Quarterly targets and realisasi, analysis texts and surveys of these indicators."""
        self._insert_plain(
            NilaiTriwulanRow,
            [
                {
                    "indikator_id": ind.id,
                    "jenis": jenis,
                    "tahun": tahun,
                    "triwulan": k,
                    "nilai": angka_tepat(v),
                }
                for ind in indikator
                for tahun, tw in ind.triwulan.items()
                for jenis, per_k in (("target", tw.target), ("realisasi", tw.realisasi))
                for k, v in per_k.items()
            ],
        )
        self._insert_plain(
            AnalisisRow,
            [
                {"indikator_id": ind.id, "tahun": tahun, "teks": teks}
                for ind in indikator
                for tahun, teks in ind.analisis.items()
            ],
        )
        for ind in indikator:
            assert ind.id is not None
            for tahun, survei in ind.survei_ikm.items():
                self.insert_survei(ind.id, tahun, survei)

    def insert_survei(self, indikator_id: int, tahun: int, survei: SurveiIkm) -> None:
        (sid,) = self._insert(
            SurveiIkmRow,
            [
                {
                    "indikator_id": indikator_id,
                    "tahun": tahun,
                    "unsur": json.dumps(survei.unsur, ensure_ascii=False),
                    "penimbang": survei.penimbang,
                }
            ],
        )
        self._insert_plain(
            RespondenRow,
            [
                {
                    "survei_id": sid,
                    "urutan": i,
                    "nilai": json.dumps(r.nilai),
                    "jenis_kelamin": r.jenis_kelamin,
                    "usia": r.usia,
                    "pendidikan": r.pendidikan,
                    "pekerjaan": r.pekerjaan,
                }
                for i, r in enumerate(survei.responden)
            ],
        )

    def replace_survei(self, indikator_id: int, tahun: int, survei: SurveiIkm | None) -> None:
        self._delete_at(SurveiIkmRow, indikator_id=indikator_id, tahun=tahun)
        if survei is not None:
            self.insert_survei(indikator_id, tahun, survei)

    def set_analisis(self, indikator_id: int, tahun: int, teks: str) -> None:
        self._delete_at(AnalisisRow, indikator_id=indikator_id, tahun=tahun)
        if teks:
            self._insert_plain(
                AnalisisRow, [{"indikator_id": indikator_id, "tahun": tahun, "teks": teks}]
            )

    # document parts of the yearly cycle ------------------------------------------------

    def replace_laporan_tahunan(
        self, dokumen_id: int, tahun: int, entry: LaporanTahunan | None
    ) -> None:
        self._delete_at(LaporanTahunanRow, dokumen_id=dokumen_id, tahun=tahun)
        if entry is not None:
            self._insert_laporan(dokumen_id, [entry])

    def replace_laporan_triwulan(
        self, dokumen_id: int, tahun: int, triwulan: int, entry: LaporanTriwulan | None
    ) -> None:
        self._delete_at(LaporanTriwulanRow, dokumen_id=dokumen_id, tahun=tahun, triwulan=triwulan)
        if entry is not None:
            self._insert_laporan_tw(dokumen_id, [entry])

    def _insert_laporan_tw(self, dokumen_id: int, daftar: list[LaporanTriwulan]) -> None:
        self._insert_plain(
            LaporanTriwulanRow,
            [
                {
                    "dokumen_id": dokumen_id,
                    "tahun": lt.tahun,
                    "triwulan": lt.triwulan,
                    "penandatangan": penandatangan_json(lt.penandatangan),
                }
                for lt in daftar
            ],
        )

    def _insert_laporan(self, dokumen_id: int, daftar: list[LaporanTahunan]) -> None:
        self._insert_plain(
            LaporanTahunanRow,
            [
                {
                    "dokumen_id": dokumen_id,
                    "tahun": lt.tahun,
                    "penandatangan": (
                        penandatangan_json(lt.penandatangan)
                        if lt.penandatangan is not None
                        else None
                    ),
                    "catatan": lt.catatan,
                }
                for lt in daftar
            ],
        )

    def replace_pk(
        self, dokumen_id: int, tahun: int, perubahan: int, pk: PerjanjianKinerja | None
    ) -> None:
        self._delete_at(
            PerjanjianKinerjaRow, dokumen_id=dokumen_id, tahun=tahun, perubahan=perubahan
        )
        if pk is not None:
            self._insert_pk(dokumen_id, pk)

    def _insert_pk(self, dokumen_id: int, pk: PerjanjianKinerja) -> None:
        (pid,) = self._insert(
            PerjanjianKinerjaRow,
            [
                {
                    "dokumen_id": dokumen_id,
                    "tahun": pk.tahun,
                    "perubahan": pk.perubahan,
                    "tempat": pk.tempat,
                    "tanggal": pk.tanggal,
                    "pihak_pertama": penandatangan_json(pk.pihak_pertama),
                    "pihak_kedua": penandatangan_json(pk.pihak_kedua),
                    "pernyataan": (
                        json.dumps(pk.pernyataan, ensure_ascii=False)
                        if pk.pernyataan is not None
                        else None
                    ),
                }
            ],
        )

        def rows(nodes: list[Any], tingkat: int, induk: list[int | None]) -> list[dict[str, Any]]:
            return [
                {
                    "pk_id": pid,
                    "induk_id": induk_id,
                    "tingkat": tingkat,
                    "urutan": i,
                    "kode": n.kode,
                    "uraian": n.uraian,
                    "anggaran": n.anggaran,
                    "realisasi_anggaran": n.realisasi_anggaran,
                    "sumber_dana": n.sumber_dana,
                }
                for (i, n), induk_id in zip(enumerate(nodes), induk, strict=True)
            ]

        program_ids = self._insert(PkAnggaranRow, rows(pk.program, 1, [None] * len(pk.program)))
        kegiatan = [
            (k, p_id) for p, p_id in zip(pk.program, program_ids, strict=True) for k in p.kegiatan
        ]
        # urutan restarts under each parent: the reader orders by (induk, urutan)
        kegiatan_rows = []
        for p, p_id in zip(pk.program, program_ids, strict=True):
            kegiatan_rows += rows(p.kegiatan, 2, [p_id] * len(p.kegiatan))
        kegiatan_ids = self._insert(PkAnggaranRow, kegiatan_rows)
        sub_rows = []
        for (k, _), k_id in zip(kegiatan, kegiatan_ids, strict=True):
            sub_rows += rows(k.sub_kegiatan, 3, [k_id] * len(k.sub_kegiatan))
        self._insert_plain(PkAnggaranRow, sub_rows)

    def delete_node(self, kind: NodeKind, node_id: int) -> None:
        table = TABLE_OF[kind]
        self.session.execute(delete(table).where(table.id == node_id))

    def write_order(self, kind: NodeKind, ids: list[int]) -> None:
        """``urutan`` of siblings of one kind, in this order."""
        for i, node_id in enumerate(ids):
            self._update_by_id(TABLE_OF[kind], node_id, urutan=i)

    def set_parent(
        self, kind: NodeKind, node_id: int, parent_kind: NodeKind, parent_id: int
    ) -> None:
        if kind is NodeKind.SASARAN:
            values: dict[str, Any] = {"tujuan_id": parent_id}
        elif kind is NodeKind.TUJUAN:
            values = {"dokumen_id": parent_id}
        elif parent_kind is NodeKind.TUJUAN:
            values = {"tujuan_id": parent_id, "sasaran_id": None}
        else:
            values = {"tujuan_id": None, "sasaran_id": parent_id}
        self._update_by_id(TABLE_OF[kind], node_id, **values)

    # fields ----------------------------------------------------------------------------

    def set_field(self, field: Field, node_id: int, value: Any) -> None:
        column = _COLUMN_OF.get(field)
        if column is not None:
            self._update_by_id(TABLE_OF[NodeKind(field.kind)], node_id, **{column: value})
        elif field is Field.DOKUMEN_JUDUL:
            self._update_by_id(
                DokumenRow, node_id, judul=json.dumps(list(value), ensure_ascii=False)
            )
        elif field is Field.DOKUMEN_PERIODE:
            self._update_by_id(
                DokumenRow,
                node_id,
                periode_mulai=value.mulai if value else None,
                periode_selesai=value.selesai if value else None,
            )
        elif field is Field.DOKUMEN_UKURAN:
            self._update_by_id(
                DokumenRow, node_id, tabel_ukuran=angka_tepat(value) if value is not None else None
            )
        elif field is Field.DOKUMEN_PENANDATANGAN:
            self._delete_at(PenandatanganRow, dokumen_id=node_id)
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
            self._delete_at(KepalaRow, dokumen_id=dokumen_id)
        ids = self._insert(KepalaRow, [_kepala_row(dokumen_id, i, b) for i, b in enumerate(kepala)])
        for b, bid in zip(kepala, ids, strict=True):
            b.id = bid

    def replace_kolom(self, dokumen_id: int, kolom: list[Kolom], clear: bool = True) -> None:
        if clear:
            self._delete_at(KolomRow, dokumen_id=dokumen_id)
        ids = self._insert(
            KolomRow,
            [
                {
                    "id": k.id,
                    "dokumen_id": dokumen_id,
                    "urutan": i,
                    "isi": k.isi,
                    "judul": k.judul,
                    "grup": k.grup,
                }
                for i, k in enumerate(kolom)
            ],
        )
        for k, kid in zip(kolom, ids, strict=True):
            k.id = kid

    # values ----------------------------------------------------------------------------

    def replace_rumus(self, ind: Indikator) -> None:
        """The indicator's expression, components and component values as ``ind`` has them.

        Components that carry an id keep it; new ones get theirs from the database.
        """
        assert ind.id is not None
        self._delete_at(KomponenRow, indikator_id=ind.id)
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


class _Reader:
    """One document being read: the rows of a table that belong to it (by the document, by its
    indicators, by their components, by given parent ids), and what has been read so far by id.

    ``columns``/``order`` name columns, space-separated; no ``columns`` is every column. Rows are
    plain result rows (attributes by column name), one query per table.
    """

    def __init__(self, session: Session, dokumen_id: int) -> None:
        self.session = session
        self.dokumen_id = dokumen_id
        self.indikator: dict[int, Indikator] = {}
        self.komponen: dict[int, tuple[Indikator, str]] = {}  # id → (its indicator, its kode)
        self._ids_indikator = select(col(IndikatorRow.id)).where(
            col(IndikatorRow.dokumen_id) == dokumen_id
        )

    def _rows(self, table: Any, where: Any, order: str, columns: str) -> Sequence[Any]:
        t = table.__table__
        q = select(*(t.c[c] for c in columns.split()) if columns else t.c)
        return self.session.execute(
            q.where(where(t)).order_by(*(t.c[c] for c in order.split()))
        ).all()

    def of_dokumen(self, table: Any, order: str, columns: str = "") -> Sequence[Any]:
        return self._rows(table, lambda t: t.c.dokumen_id == self.dokumen_id, order, columns)

    def of_indikator(self, table: Any, order: str, columns: str = "") -> Sequence[Any]:
        return self._rows(
            table, lambda t: t.c.indikator_id.in_(self._ids_indikator), order, columns
        )

    def of_komponen(self, table: Any, order: str, columns: str = "") -> Sequence[Any]:
        if not self.komponen:
            return []
        ids = select(col(KomponenRow.id)).where(
            col(KomponenRow.indikator_id).in_(self._ids_indikator)
        )
        return self._rows(table, lambda t: t.c.komponen_id.in_(ids), order, columns)

    def of_parents(
        self, table: Any, by: str, ids: Iterable[int] | Select[Any], order: str, columns: str = ""
    ) -> Sequence[Any]:
        """Rows whose ``by`` column is one of ``ids`` (read ids, or a query of them)."""
        daftar = ids if isinstance(ids, Select) else list(ids)
        if isinstance(daftar, list) and not daftar:
            return []
        return self._rows(table, lambda t: t.c[by].in_(daftar), order, columns)


def read_dokumen(session: Session, dokumen_id: int) -> Dokumen:
    """A whole document (with ids), one query per table."""
    r = session.get(DokumenRow, dokumen_id)
    if r is None:
        raise TidakDitemukan(f"Dokumen nomor {dokumen_id} tidak ada di penyimpanan.")
    baca = _Reader(session, dokumen_id)
    dok = _read_dokumen_row(baca, r)
    _read_tree(baca, dok)
    _read_komponen(baca)
    _read_nilai(baca)
    _read_nilai_triwulan(baca)
    _read_analisis(baca)
    _read_survei(baca)
    _read_laporan(baca, dok)
    _read_pk(baca, dok)
    return dok


def _read_dokumen_row(baca: _Reader, r: DokumenRow) -> Dokumen:
    """The document's own row and the parts that hang on it alone: head rows, columns, the
    signer, the penetapan entries."""
    ttd = baca.session.get(PenandatanganRow, baca.dokumen_id)
    kepala = [
        BarisKepala(
            label=k.label,
            isi=k.isi,
            butir=json.loads(k.butir),
            penomoran=k.penomoran,
            dari=k.dari,
            id=k.id,
            tebal=k.tebal,
        )
        for k in baca.of_dokumen(KepalaRow, "urutan")
    ]
    kolom = [
        Kolom(isi=k.isi, judul=k.judul, id=k.id, grup=k.grup)
        for k in baca.of_dokumen(KolomRow, "urutan", "id isi judul grup")
    ]
    return Dokumen(
        profil=Profil(instansi=r.instansi, pemerintah_daerah=r.pemerintah_daerah, kepala=kepala),
        judul=json.loads(r.judul),
        periode=periode_of(r),
        tabel=Tabel(
            kolom=kolom,
            nomor_per=r.nomor_per,
            nomori_indikator=r.nomori_indikator,
            baris_nomor_kolom=r.baris_nomor_kolom,
            judul=r.tabel_judul,
            huruf=r.tabel_huruf,
            ukuran=Decimal(r.tabel_ukuran) if r.tabel_ukuran is not None else None,
        ),
        penandatangan=_penandatangan_of(ttd) if ttd else None,
        catatan=r.catatan,
        id=baca.dokumen_id,
        status=r.status,
        penetapan=[
            Penetapan(
                versi=p.versi, tanggal=p.tanggal, dasar=p.dasar, alasan=p.alasan, sidik=p.sidik
            )
            for p in baca.of_dokumen(PenetapanRow, "versi", "versi tanggal dasar alasan sidik")
        ],
    )


def _read_tree(baca: _Reader, dok: Dokumen) -> None:
    """Tujuan, sasaran and indikator, each list in its ``urutan``."""
    tujuan_by_id: dict[int, Tujuan] = {}
    for t in baca.of_dokumen(TujuanRow, "urutan id", "id uraian kelompok"):
        tujuan_by_id[t.id] = Tujuan(uraian=t.uraian, kelompok=t.kelompok, id=t.id)
        dok.tujuan.append(tujuan_by_id[t.id])
    sasaran_by_id: dict[int, Sasaran] = {}
    ids_tujuan = select(col(TujuanRow.id)).where(col(TujuanRow.dokumen_id) == baca.dokumen_id)
    for s in baca.of_parents(
        SasaranRow,
        "tujuan_id",
        ids_tujuan if tujuan_by_id else [],
        "tujuan_id urutan id",
        "id tujuan_id uraian",
    ):
        sasaran_by_id[s.id] = Sasaran(uraian=s.uraian, id=s.id)
        tujuan_by_id[s.tujuan_id].sasaran.append(sasaran_by_id[s.id])
    for row in baca.of_dokumen(
        IndikatorRow,
        "urutan id",
        "id tujuan_id sasaran_id nama ekspresi penjelasan satuan sumber_data penanggung_jawab "
        "polaritas kode definisi agregasi",
    ):
        ind = Indikator(
            nama=row.nama,
            rumus=Rumus(ekspresi=row.ekspresi, penjelasan=row.penjelasan),
            satuan=row.satuan,
            sumber_data=row.sumber_data,
            penanggung_jawab=row.penanggung_jawab,
            polaritas=row.polaritas,
            id=row.id,
            kode=row.kode,
            definisi=row.definisi,
            agregasi=row.agregasi,
        )
        baca.indikator[row.id] = ind
        if row.sasaran_id is not None:
            sasaran_by_id[row.sasaran_id].indikator.append(ind)
        else:
            tujuan_by_id[row.tujuan_id].indikator.append(ind)


def _read_komponen(baca: _Reader) -> None:
    for k in baca.of_indikator(KomponenRow, "indikator_id urutan", "id indikator_id kode uraian"):
        ind = baca.indikator[k.indikator_id]
        ind.rumus.komponen.append(Komponen(kode=k.kode, uraian=k.uraian, id=k.id))
        baca.komponen[k.id] = (ind, k.kode)


def _read_nilai(baca: _Reader) -> None:
    """Yearly targets and realisasi, of indicators and of components."""
    for iid, jenis, tahun, nilai in baca.of_indikator(
        NilaiRow, "tahun", "indikator_id jenis tahun nilai"
    ):
        getattr(baca.indikator[iid], jenis)[tahun] = Decimal(nilai)
    # komponen_id in the order as well: a server returns ties in any order (SQLite: by index).
    for kid, tahun, nilai in baca.of_komponen(
        NilaiKomponenRow, "tahun komponen_id", "komponen_id tahun nilai"
    ):
        ind, kode = baca.komponen[kid]
        ind.nilai_komponen.setdefault(tahun, {})[kode] = Decimal(nilai)


def _tw(ind: Indikator, tahun: int) -> Triwulan:
    tw = ind.triwulan.get(tahun)
    if tw is None:
        tw = ind.triwulan[tahun] = Triwulan()
    return tw


def _read_nilai_triwulan(baca: _Reader) -> None:
    """Quarterly targets and realisasi, of indicators and of components (FORMAT version 2)."""
    for iid, jenis, tahun, k, nilai in baca.of_indikator(
        NilaiTriwulanRow, "tahun triwulan", "indikator_id jenis tahun triwulan nilai"
    ):
        getattr(_tw(baca.indikator[iid], tahun), jenis)[k] = Decimal(nilai)
    for kid, tahun, k, nilai in baca.of_komponen(
        NilaiKomponenTriwulanRow, "tahun triwulan komponen_id", "komponen_id tahun triwulan nilai"
    ):
        ind, kode = baca.komponen[kid]
        _tw(ind, tahun).nilai_komponen.setdefault(k, {})[kode] = Decimal(nilai)
    for ind in baca.indikator.values():
        if ind.triwulan:
            ind.triwulan = dict(sorted(ind.triwulan.items()))
            for tw in ind.triwulan.values():
                # component values in the formula's order of components, as the reader gives them
                urut = {k.kode: i for i, k in enumerate(ind.rumus.komponen)}
                tw.nilai_komponen = {
                    k: dict(sorted(per.items(), key=lambda kv: urut.get(kv[0], 0)))
                    for k, per in sorted(tw.nilai_komponen.items())
                }


def _read_analisis(baca: _Reader) -> None:
    for iid, tahun, teks in baca.of_indikator(AnalisisRow, "tahun", "indikator_id tahun teks"):
        baca.indikator[iid].analisis[tahun] = teks


def _read_survei(baca: _Reader) -> None:
    survei_by_id: dict[int, SurveiIkm] = {}
    for s in baca.of_indikator(SurveiIkmRow, "tahun", "id indikator_id tahun unsur penimbang"):
        survei = SurveiIkm(unsur=json.loads(s.unsur), penimbang=s.penimbang, responden=[])
        survei_by_id[s.id] = survei
        baca.indikator[s.indikator_id].survei_ikm[s.tahun] = survei
    for r in baca.of_parents(
        RespondenRow,
        "survei_id",
        survei_by_id,
        "survei_id urutan",
        "survei_id nilai jenis_kelamin usia pendidikan pekerjaan",
    ):
        survei_by_id[r.survei_id].responden.append(
            Responden(
                nilai=json.loads(r.nilai),
                jenis_kelamin=r.jenis_kelamin,
                usia=r.usia,
                pendidikan=r.pendidikan,
                pekerjaan=r.pekerjaan,
            )
        )


def _read_laporan(baca: _Reader, dok: Dokumen) -> None:
    """The signers of the yearly and the quarterly reports."""
    for lt in baca.of_dokumen(LaporanTahunanRow, "tahun"):
        dok.laporan_tahunan.append(
            LaporanTahunan(
                tahun=lt.tahun,
                penandatangan=(
                    penandatangan_from_json(lt.penandatangan)
                    if lt.penandatangan is not None
                    else None
                ),
                catatan=lt.catatan,
            )
        )
    for tw in baca.of_dokumen(LaporanTriwulanRow, "tahun triwulan"):
        dok.laporan_triwulan.append(
            LaporanTriwulan(tw.tahun, tw.triwulan, penandatangan_from_json(tw.penandatangan))
        )


def _read_pk(baca: _Reader, dok: Dokumen) -> None:
    """Each Perjanjian Kinerja with its budget tree (program → kegiatan → sub kegiatan)."""
    pk_by_id: dict[int, PerjanjianKinerja] = {}
    for r in baca.of_dokumen(PerjanjianKinerjaRow, "tahun perubahan"):
        pk = PerjanjianKinerja(
            tahun=r.tahun,
            perubahan=r.perubahan,
            tempat=r.tempat,
            tanggal=r.tanggal,
            pihak_pertama=penandatangan_from_json(r.pihak_pertama),
            pihak_kedua=penandatangan_from_json(r.pihak_kedua),
            pernyataan=json.loads(r.pernyataan) if r.pernyataan is not None else None,
        )
        pk_by_id[r.id] = pk
        dok.perjanjian_kinerja.append(pk)
    nodes: dict[int, Program | Kegiatan | SubKegiatan] = {}
    for a in baca.of_parents(PkAnggaranRow, "pk_id", pk_by_id, "tingkat induk_id urutan"):
        isi = {
            "kode": a.kode,
            "uraian": a.uraian,
            "anggaran": a.anggaran,
            "realisasi_anggaran": a.realisasi_anggaran,
            "sumber_dana": a.sumber_dana,
        }
        if a.tingkat == 1:
            prog = Program(**isi)
            pk_by_id[a.pk_id].program.append(prog)
            nodes[a.id] = prog
        elif a.tingkat == 2:
            keg = Kegiatan(**isi)
            induk = nodes[a.induk_id]
            assert isinstance(induk, Program)
            induk.kegiatan.append(keg)
            nodes[a.id] = keg
        else:
            induk_k = nodes[a.induk_id]
            assert isinstance(induk_k, Kegiatan)
            induk_k.sub_kegiatan.append(SubKegiatan(**isi))


def read_berkas_penetapan(session: Session, dokumen_id: int, versi: int) -> str | None:
    """The document file kept when version ``versi`` was fixed (None: no such version, or a
    version whose file this store never had)."""
    return session.execute(
        select(col(PenetapanRow.berkas)).where(
            (col(PenetapanRow.dokumen_id) == dokumen_id) & (col(PenetapanRow.versi) == versi)
        )
    ).scalar_one_or_none()


def read_all_berkas_penetapan(session: Session, dokumen_id: int) -> dict[int, str | None]:
    return dict(
        session.execute(
            select(col(PenetapanRow.versi), col(PenetapanRow.berkas))
            .where(col(PenetapanRow.dokumen_id) == dokumen_id)
            .order_by(col(PenetapanRow.versi))
        ).all()
    )


def read_log(
    session: Session, dokumen_id: int, sejak: str | None = None
) -> list[tuple[str, str, str]]:
    """The document's change log, oldest first: (waktu, oleh, uraian); ``sejak`` an ISO date."""
    q = select(col(PerubahanRow.waktu), col(PerubahanRow.oleh), col(PerubahanRow.uraian)).where(
        col(PerubahanRow.dokumen_id) == dokumen_id
    )
    if sejak:
        q = q.where(col(PerubahanRow.waktu) >= sejak)
    return [(w, o, u) for w, o, u in session.execute(q.order_by(col(PerubahanRow.id))).all()]
