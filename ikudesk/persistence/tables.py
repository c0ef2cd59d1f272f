"""The tables of the store (SQLModel): the one definition of the schema, SQLite and PostgreSQL.

Numbers are kept as TEXT holding the exact decimal digits: SQLite's REAL would bring binary
drift into values users typed. Order within a parent is an ``urutan`` column. Every child row
is deleted with its parent (ON DELETE CASCADE), so a deleted document leaves nothing behind.
A new store on either engine is made from these tables; ``schema.py`` says which version added
which table or column (a change here needs its step there, or the import fails), and a test
migrates a store of every earlier version and compares it with a new one in full.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import (
    BigInteger,
    CheckConstraint,
    Column,
    ForeignKey,
    Index,
    UniqueConstraint,
    false,
    text,
)
from sqlmodel import Field, SQLModel


def _ditambahkan(bawaan: Any, sql: Any) -> Any:
    """A NOT NULL column a later schema version added to an existing table: it carries a server
    default, the value its rows got when it was added (and SQLite cannot add it without one)."""
    return Field(default=bawaan, sa_column_kwargs={"server_default": sql})


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
    tabel_huruf: str = _ditambahkan("", "")  # v2: "sans", "serif" or "" (the program's default)
    tabel_ukuran: str | None = None  # v2: body size in points (exact digits); None: default
    # Bumped by every change to the document (schema 4): a writer that read version n may only
    # write while it is still n (optimistic concurrency between several windows).
    versi: int = _ditambahkan(0, text("0"))
    # Schema 6: "draf" or "ditetapkan" (FORMAT ``status``): the signed content is locked.
    status: str = _ditambahkan("draf", "draf")


class PenandatanganRow(SQLModel, table=True):
    __tablename__ = "penandatangan"

    dokumen_id: int = Field(primary_key=True, foreign_key="dokumen.id", ondelete="CASCADE")
    tempat: str = ""
    tanggal: str = ""
    jabatan: str = ""
    nama: str = ""
    pangkat: str = ""
    nip: str = ""
    status: str = _ditambahkan("", "")  # v2: "", "Plt.", "Plh." or "Pj."


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
    tebal: bool = _ditambahkan(False, false())  # v2


class KolomRow(SQLModel, table=True):
    __tablename__ = "kolom"
    __table_args__ = (Index("ix_kolom_dokumen", "dokumen_id", "urutan"),)

    id: int | None = Field(default=None, primary_key=True)
    dokumen_id: int = Field(foreign_key="dokumen.id", ondelete="CASCADE")
    urutan: int = 0
    isi: str
    judul: str = ""
    grup: str = _ditambahkan("", "")  # v2


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
    kode: str = _ditambahkan("", "")  # v2
    definisi: str = _ditambahkan("", "")  # v2
    agregasi: str = _ditambahkan("", "")  # v2: "", "nilai_akhir" or "akumulasi"


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


# --- version 2: the yearly cycle ----------------------------------------------------------------


class NilaiTriwulanRow(SQLModel, table=True):
    """A quarterly target ("s.d. triwulan k") or a directly entered quarterly realisasi."""

    __tablename__ = "nilai_triwulan"
    __table_args__ = (
        UniqueConstraint("indikator_id", "jenis", "tahun", "triwulan", name="uq_nilai_triwulan"),
        CheckConstraint(
            "jenis IN ('target', 'realisasi') AND triwulan BETWEEN 1 AND 4",
            name="ck_nilai_triwulan",
        ),
    )

    id: int | None = Field(default=None, primary_key=True)
    indikator_id: int = Field(foreign_key="indikator.id", ondelete="CASCADE")
    jenis: str
    tahun: int
    triwulan: int
    nilai: str


class NilaiKomponenTriwulanRow(SQLModel, table=True):
    __tablename__ = "nilai_komponen_triwulan"
    __table_args__ = (
        UniqueConstraint("komponen_id", "tahun", "triwulan", name="uq_nilai_komponen_triwulan"),
        CheckConstraint("triwulan BETWEEN 1 AND 4", name="ck_nilai_komponen_triwulan"),
    )

    id: int | None = Field(default=None, primary_key=True)
    komponen_id: int = Field(foreign_key="komponen.id", ondelete="CASCADE")
    tahun: int
    triwulan: int
    nilai: str


class AnalisisRow(SQLModel, table=True):
    __tablename__ = "analisis"

    indikator_id: int = Field(primary_key=True, foreign_key="indikator.id", ondelete="CASCADE")
    tahun: int = Field(primary_key=True)
    teks: str = ""


class SurveiIkmRow(SQLModel, table=True):
    __tablename__ = "survei_ikm"
    __table_args__ = (UniqueConstraint("indikator_id", "tahun", name="uq_survei_ikm"),)

    id: int | None = Field(default=None, primary_key=True)
    indikator_id: int = Field(foreign_key="indikator.id", ondelete="CASCADE")
    tahun: int
    unsur: str = "[]"  # JSON list of names
    penimbang: str = "eksak"


class RespondenRow(SQLModel, table=True):
    __tablename__ = "responden"
    __table_args__ = (Index("ix_responden_survei", "survei_id", "urutan"),)

    id: int | None = Field(default=None, primary_key=True)
    survei_id: int = Field(foreign_key="survei_ikm.id", ondelete="CASCADE")
    urutan: int = 0
    nilai: str = "[]"  # JSON list: 1-4 or null per unsur
    jenis_kelamin: str = ""
    usia: int | None = None
    pendidikan: str = ""
    pekerjaan: str = ""


class LaporanTahunanRow(SQLModel, table=True):
    """Who signs the yearly reports of a year (the signer as JSON; NULL: none)."""

    __tablename__ = "laporan_tahunan"

    dokumen_id: int = Field(primary_key=True, foreign_key="dokumen.id", ondelete="CASCADE")
    tahun: int = Field(primary_key=True)
    penandatangan: str | None = None
    catatan: str = ""


class LaporanTriwulanRow(SQLModel, table=True):
    """Who signs the quarterly monitoring table of a year up to a quarter (the signer as
    JSON). Schema 5."""

    __tablename__ = "laporan_triwulan"

    dokumen_id: int = Field(primary_key=True, foreign_key="dokumen.id", ondelete="CASCADE")
    tahun: int = Field(primary_key=True)
    triwulan: int = Field(primary_key=True)
    penandatangan: str


class PerjanjianKinerjaRow(SQLModel, table=True):
    __tablename__ = "perjanjian_kinerja"
    __table_args__ = (UniqueConstraint("dokumen_id", "tahun", "perubahan", name="uq_pk"),)

    id: int | None = Field(default=None, primary_key=True)
    dokumen_id: int = Field(foreign_key="dokumen.id", ondelete="CASCADE")
    tahun: int
    perubahan: int = 0
    tempat: str = ""
    tanggal: str = ""
    pihak_pertama: str = "{}"  # JSON signer
    pihak_kedua: str = "{}"
    pernyataan: str | None = None  # JSON list of paragraphs; NULL: the standard wording


class PkAnggaranRow(SQLModel, table=True):
    """A program (tingkat 1), kegiatan (2) or sub-kegiatan (3) of a PK; amounts in rupiah."""

    __tablename__ = "pk_anggaran"
    __table_args__ = (Index("ix_pk_anggaran", "pk_id", "urutan"),)

    id: int | None = Field(default=None, primary_key=True)
    pk_id: int = Field(foreign_key="perjanjian_kinerja.id", ondelete="CASCADE")
    induk_id: int | None = Field(
        default=None,
        sa_column=Column(ForeignKey("pk_anggaran.id", ondelete="CASCADE"), nullable=True),
    )
    tingkat: int = 1
    urutan: int = 0
    kode: str = ""
    uraian: str = ""
    anggaran: int | None = Field(default=None, sa_column=Column(BigInteger, nullable=True))
    realisasi_anggaran: int | None = Field(
        default=None, sa_column=Column(BigInteger, nullable=True)
    )
    sumber_dana: str = ""


# --- schema 6: penetapan (finalised versions) and who changed what -----------------------------


class PenetapanRow(SQLModel, table=True):
    """A finalised version of a document; ``berkas`` is the whole document file of that version
    as it was when fixed (the snapshot; NULL for versions an imported file only names)."""

    __tablename__ = "penetapan"

    dokumen_id: int = Field(primary_key=True, foreign_key="dokumen.id", ondelete="CASCADE")
    versi: int = Field(primary_key=True)
    tanggal: str
    dasar: str = ""
    alasan: str = ""
    sidik: str
    berkas: str | None = None


class PerubahanRow(SQLModel, table=True):
    """One stored change of a document: when, by whom, and its undo text."""

    __tablename__ = "perubahan"
    __table_args__ = (Index("ix_perubahan_dokumen", "dokumen_id", "id"),)

    id: int | None = Field(default=None, primary_key=True)
    dokumen_id: int = Field(foreign_key="dokumen.id", ondelete="CASCADE")
    waktu: str  # ISO time, seconds
    oleh: str = ""  # the OS user; on a server "role (OS user)"
    uraian: str = ""
