"""The fields of a node a user can set one at a time, as typed names instead of strings.

A ``Field`` knows the kind of node it belongs to, where it lives in the dataclass (an attribute
path) and its Indonesian name (for undo texts such as "Ubah satuan indikator"). The rules for its
values live in ``rules.periksa_field``; the store's column for it lives in the mapper.
"""

from __future__ import annotations

from enum import Enum
from typing import Any


class Field(Enum):
    # (kind, attribute path, Indonesian name)
    TUJUAN_URAIAN = ("tujuan", "uraian", "uraian")
    TUJUAN_KELOMPOK = ("tujuan", "kelompok", "kelompok")
    SASARAN_URAIAN = ("sasaran", "uraian", "uraian")
    INDIKATOR_NAMA = ("indikator", "nama", "nama")
    INDIKATOR_SATUAN = ("indikator", "satuan", "satuan")
    INDIKATOR_SUMBER_DATA = ("indikator", "sumber_data", "sumber data")
    INDIKATOR_PENANGGUNG_JAWAB = ("indikator", "penanggung_jawab", "penanggung jawab")
    INDIKATOR_POLARITAS = ("indikator", "polaritas", "polaritas")
    INDIKATOR_PENJELASAN = ("indikator", "rumus.penjelasan", "penjelasan rumus")
    INDIKATOR_KODE = ("indikator", "kode", "kode")
    INDIKATOR_DEFINISI = ("indikator", "definisi", "definisi operasional")
    INDIKATOR_AGREGASI = ("indikator", "agregasi", "agregasi triwulan")
    DOKUMEN_JUDUL = ("dokumen", "judul", "judul")
    DOKUMEN_PERIODE = ("dokumen", "periode", "periode")
    DOKUMEN_INSTANSI = ("dokumen", "profil.instansi", "nama instansi")
    DOKUMEN_PEMERINTAH_DAERAH = ("dokumen", "profil.pemerintah_daerah", "pemerintah daerah")
    DOKUMEN_KEPALA = ("dokumen", "profil.kepala", "baris kepala")
    DOKUMEN_KOLOM = ("dokumen", "tabel.kolom", "kolom tabel")
    DOKUMEN_NOMOR_PER = ("dokumen", "tabel.nomor_per", "penomoran")
    DOKUMEN_NOMORI_INDIKATOR = ("dokumen", "tabel.nomori_indikator", "penomoran indikator")
    DOKUMEN_BARIS_NOMOR_KOLOM = ("dokumen", "tabel.baris_nomor_kolom", "baris nomor kolom")
    DOKUMEN_JUDUL_TABEL = ("dokumen", "tabel.judul", "judul tabel")
    DOKUMEN_CATATAN = ("dokumen", "catatan", "catatan")
    DOKUMEN_PENANDATANGAN = ("dokumen", "penandatangan", "penandatangan")
    DOKUMEN_HURUF = ("dokumen", "tabel.huruf", "jenis huruf")
    DOKUMEN_UKURAN = ("dokumen", "tabel.ukuran", "ukuran huruf")

    def __init__(self, kind: str, path: str, label: str) -> None:
        self.kind = kind
        self.path = path
        self.label = label

    @property
    def is_text(self) -> bool:
        return self in _TEXT_FIELDS

    @property
    def is_flag(self) -> bool:
        return self in (Field.DOKUMEN_NOMORI_INDIKATOR, Field.DOKUMEN_BARIS_NOMOR_KOLOM)

    def get(self, node: Any) -> Any:
        for part in self.path.split("."):
            node = getattr(node, part)
        return node

    def set(self, node: Any, value: Any) -> None:
        *parts, last = self.path.split(".")
        for part in parts:
            node = getattr(node, part)
        setattr(node, last, value)


_TEXT_FIELDS = frozenset(
    {
        Field.TUJUAN_URAIAN,
        Field.TUJUAN_KELOMPOK,
        Field.SASARAN_URAIAN,
        Field.INDIKATOR_NAMA,
        Field.INDIKATOR_SATUAN,
        Field.INDIKATOR_SUMBER_DATA,
        Field.INDIKATOR_PENANGGUNG_JAWAB,
        Field.INDIKATOR_POLARITAS,
        Field.INDIKATOR_PENJELASAN,
        Field.DOKUMEN_INSTANSI,
        Field.DOKUMEN_PEMERINTAH_DAERAH,
        Field.DOKUMEN_NOMOR_PER,
        Field.DOKUMEN_JUDUL_TABEL,
        Field.DOKUMEN_CATATAN,
        Field.INDIKATOR_KODE,
        Field.INDIKATOR_DEFINISI,
        Field.INDIKATOR_AGREGASI,
        Field.DOKUMEN_HURUF,
    }
)
