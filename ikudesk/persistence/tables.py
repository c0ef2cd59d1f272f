"""The SQLite tables of the store (SQLModel).

Numbers are kept as TEXT holding the exact decimal digits: SQLite's REAL would bring binary
drift into values users typed. Order within a parent is an ``urutan`` column. Every child row
is deleted with its parent (ON DELETE CASCADE), so a deleted document leaves nothing behind.
The schema itself is created by the migrations in ``store.py``; a test checks that they agree.
"""

from __future__ import annotations

from sqlalchemy import CheckConstraint, Index, UniqueConstraint
from sqlmodel import Field, SQLModel


class DokumenRow(SQLModel, table=True):
    __tablename__ = "dokumen"

    id: int | None = Field(default=None, primary_key=True)
    instansi: str = ""
    pemerintah_daerah: str = ""
    judul: str = "[]"  # JSON list of title lines
    periode_mulai: int | None = None
    periode_selesai: int | None = None
    tabel_judul: str = ""
    nomor_per: str = "sasaran"
    nomori_indikator: bool = False
    baris_nomor_kolom: bool = False
    catatan: str = ""
    dibuat: str = ""  # ISO time
    diubah: str = ""


class PenandatanganRow(SQLModel, table=True):
    __tablename__ = "penandatangan"

    dokumen_id: int = Field(primary_key=True, foreign_key="dokumen.id", ondelete="CASCADE")
    tempat: str = ""
    tanggal: str = ""
    jabatan: str = ""
    nama: str = ""
    pangkat: str = ""
    nip: str = ""


class KepalaRow(SQLModel, table=True):
    __tablename__ = "kepala"
    __table_args__ = (Index("ix_kepala_dokumen", "dokumen_id", "urutan"),)

    id: int | None = Field(default=None, primary_key=True)
    dokumen_id: int = Field(foreign_key="dokumen.id", ondelete="CASCADE")
    urutan: int = 0
    label: str = ""
    isi: str = ""
    butir: str = "[]"  # JSON list
    penomoran: str = ""
    dari: str = ""


class KolomRow(SQLModel, table=True):
    __tablename__ = "kolom"
    __table_args__ = (Index("ix_kolom_dokumen", "dokumen_id", "urutan"),)

    id: int | None = Field(default=None, primary_key=True)
    dokumen_id: int = Field(foreign_key="dokumen.id", ondelete="CASCADE")
    urutan: int = 0
    isi: str
    judul: str = ""


class TujuanRow(SQLModel, table=True):
    __tablename__ = "tujuan"
    __table_args__ = (Index("ix_tujuan_dokumen", "dokumen_id", "urutan"),)

    id: int | None = Field(default=None, primary_key=True)
    dokumen_id: int = Field(foreign_key="dokumen.id", ondelete="CASCADE")
    urutan: int = 0
    uraian: str = ""
    kelompok: str = ""


class SasaranRow(SQLModel, table=True):
    __tablename__ = "sasaran"
    __table_args__ = (Index("ix_sasaran_tujuan", "tujuan_id", "urutan"),)

    id: int | None = Field(default=None, primary_key=True)
    tujuan_id: int = Field(foreign_key="tujuan.id", ondelete="CASCADE")
    urutan: int = 0
    uraian: str = ""


class IndikatorRow(SQLModel, table=True):
    """An indicator hangs from a sasaran, or directly from a tujuan: exactly one of the two."""

    __tablename__ = "indikator"
    __table_args__ = (
        CheckConstraint(
            "(tujuan_id IS NULL) <> (sasaran_id IS NULL)", name="ck_indikator_satu_induk"
        ),
        Index("ix_indikator_dokumen", "dokumen_id"),
        Index("ix_indikator_tujuan", "tujuan_id", "urutan"),
        Index("ix_indikator_sasaran", "sasaran_id", "urutan"),
    )

    id: int | None = Field(default=None, primary_key=True)
    dokumen_id: int = Field(foreign_key="dokumen.id", ondelete="CASCADE")
    tujuan_id: int | None = Field(default=None, foreign_key="tujuan.id", ondelete="CASCADE")
    sasaran_id: int | None = Field(default=None, foreign_key="sasaran.id", ondelete="CASCADE")
    urutan: int = 0
    nama: str = ""
    ekspresi: str | None = None
    penjelasan: str = ""
    satuan: str = ""
    sumber_data: str = ""
    penanggung_jawab: str = ""
    polaritas: str = "positif"


class KomponenRow(SQLModel, table=True):
    __tablename__ = "komponen"
    __table_args__ = (
        UniqueConstraint("indikator_id", "kode", name="uq_komponen_kode"),
        Index("ix_komponen_indikator", "indikator_id", "urutan"),
    )

    id: int | None = Field(default=None, primary_key=True)
    indikator_id: int = Field(foreign_key="indikator.id", ondelete="CASCADE")
    urutan: int = 0
    kode: str
    uraian: str = ""


class NilaiRow(SQLModel, table=True):
    """A target or a directly entered realisasi of one indicator in one year."""

    __tablename__ = "nilai"
    __table_args__ = (
        UniqueConstraint("indikator_id", "jenis", "tahun", name="uq_nilai"),
        CheckConstraint("jenis IN ('target', 'realisasi')", name="ck_nilai_jenis"),
    )

    id: int | None = Field(default=None, primary_key=True)
    indikator_id: int = Field(foreign_key="indikator.id", ondelete="CASCADE")
    jenis: str
    tahun: int
    nilai: str  # exact decimal digits


class NilaiKomponenRow(SQLModel, table=True):
    __tablename__ = "nilai_komponen"
    __table_args__ = (UniqueConstraint("komponen_id", "tahun", name="uq_nilai_komponen"),)

    id: int | None = Field(default=None, primary_key=True)
    komponen_id: int = Field(foreign_key="komponen.id", ondelete="CASCADE")
    tahun: int
    nilai: str


class PengaturanRow(SQLModel, table=True):
    """Store-wide settings as key → JSON value (e.g. the capaian categories)."""

    __tablename__ = "pengaturan"

    kunci: str = Field(primary_key=True)
    nilai: str = ""
