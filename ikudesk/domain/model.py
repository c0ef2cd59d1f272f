"""The IKU document as plain Python objects.

These dataclasses are what the document file reads and writes, what the store loads and saves,
and what the printed sheet is drawn from. They know nothing of SQL, JSON or Qt. An ``id`` is set
when an object was loaded from the store and is ``None`` for objects not (yet) stored.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from typing import Literal

Polaritas = Literal["positif", "negatif"]
Penomoran = Literal["", "angka", "huruf", "strip"]

KOLOM_KINDS: tuple[str, ...] = (
    "nomor",
    "tujuan",
    "indikator_tujuan",
    "sasaran",
    "indikator",
    "rumus",
    "satuan",
    "sumber_data",
    "penanggung_jawab",
    "target",
    "realisasi",
    "capaian",
)
NOMOR_PER: tuple[str, ...] = ("tujuan", "sasaran", "indikator", "tidak")
PENOMORAN: tuple[str, ...] = ("angka", "huruf", "strip")
DARI: tuple[str, ...] = ("tujuan", "indikator_tujuan")
POLARITAS: tuple[str, ...] = ("positif", "negatif")

# Headings a new document starts with; the user can rename, reorder or drop each.
KOLOM_BAWAAN: tuple[tuple[str, str], ...] = (
    ("nomor", "No"),
    ("sasaran", "Sasaran Strategis"),
    ("indikator", "Indikator Kinerja Utama"),
    ("rumus", "Formula / Penjelasan"),
    ("satuan", "Satuan"),
    ("sumber_data", "Sumber Data"),
    ("penanggung_jawab", "Penanggung Jawab"),
)
JUDUL_KOLOM: dict[str, str] = {
    "nomor": "No",
    "tujuan": "Tujuan",
    "indikator_tujuan": "Indikator Tujuan",
    "sasaran": "Sasaran Strategis",
    "indikator": "Indikator Kinerja Utama",
    "rumus": "Formula / Penjelasan",
    "satuan": "Satuan",
    "sumber_data": "Sumber Data",
    "penanggung_jawab": "Penanggung Jawab",
    "target": "Target",
    "realisasi": "Realisasi",
    "capaian": "Capaian (%)",
}


@dataclass
class Komponen:
    kode: str
    uraian: str = ""
    id: int | None = None


@dataclass
class Rumus:
    ekspresi: str | None = None
    komponen: list[Komponen] = field(default_factory=list)
    penjelasan: str = ""


@dataclass
class Indikator:
    nama: str = ""
    rumus: Rumus = field(default_factory=Rumus)
    satuan: str = ""
    sumber_data: str = ""
    penanggung_jawab: str = ""
    polaritas: str = "positif"
    target: dict[int, Decimal] = field(default_factory=dict)
    realisasi: dict[int, Decimal] = field(default_factory=dict)
    nilai_komponen: dict[int, dict[str, Decimal]] = field(default_factory=dict)
    id: int | None = None

    @property
    def pakai_rumus(self) -> bool:
        """True when the realisasi is computed from component values."""
        return bool(self.rumus.ekspresi and self.rumus.ekspresi.strip())


@dataclass
class Sasaran:
    uraian: str = ""
    indikator: list[Indikator] = field(default_factory=list)
    id: int | None = None


@dataclass
class Tujuan:
    uraian: str = ""
    kelompok: str = ""
    indikator: list[Indikator] = field(default_factory=list)
    sasaran: list[Sasaran] = field(default_factory=list)
    id: int | None = None


@dataclass
class BarisKepala:
    """One labelled line above the table: ``Label : content``."""

    label: str = ""
    isi: str = ""
    butir: list[str] = field(default_factory=list)
    penomoran: str = ""  # "" means the default, "angka"
    dari: str = ""  # "", "tujuan" or "indikator_tujuan"
    id: int | None = None


@dataclass
class Profil:
    instansi: str = ""
    pemerintah_daerah: str = ""
    kepala: list[BarisKepala] = field(default_factory=list)


@dataclass
class Kolom:
    isi: str
    judul: str = ""
    id: int | None = None


@dataclass
class Tabel:
    kolom: list[Kolom] = field(
        default_factory=lambda: [Kolom(isi, judul) for isi, judul in KOLOM_BAWAAN]
    )
    nomor_per: str = "sasaran"
    nomori_indikator: bool = False
    baris_nomor_kolom: bool = False
    judul: str = ""


@dataclass
class Periode:
    mulai: int
    selesai: int

    @property
    def tahun(self) -> list[int]:
        return list(range(self.mulai, self.selesai + 1))

    def memuat(self, tahun: int) -> bool:
        return self.mulai <= tahun <= self.selesai


@dataclass
class Penandatangan:
    tempat: str = ""
    tanggal: str = ""  # "YYYY-MM-DD" or "YYYY-MM"
    jabatan: str = ""
    nama: str = ""
    pangkat: str = ""
    nip: str = ""


def label_periode(periode: Periode | None) -> str:
    """How a period is shown wherever a document is listed: "2021–2026" or "tanpa periode"."""
    return f"{periode.mulai}–{periode.selesai}" if periode else "tanpa periode"


def judul_bawaan(instansi: str) -> list[str]:
    return ["INDIKATOR KINERJA UTAMA", instansi.upper()]


@dataclass
class Dokumen:
    profil: Profil = field(default_factory=Profil)
    judul: list[str] = field(default_factory=list)
    periode: Periode | None = None
    tabel: Tabel = field(default_factory=Tabel)
    tujuan: list[Tujuan] = field(default_factory=list)
    penandatangan: Penandatangan | None = None
    catatan: str = ""
    id: int | None = None

    def semua_indikator(self) -> list[Indikator]:
        """Every indicator in document order: a tujuan's own first, then its sasaran's."""
        hasil: list[Indikator] = []
        for t in self.tujuan:
            hasil.extend(t.indikator)
            for s in t.sasaran:
                hasil.extend(s.indikator)
        return hasil

    def tahun(self) -> list[int]:
        """The years values exist for: the period, or else every year that holds a value."""
        if self.periode is not None:
            return self.periode.tahun
        years: set[int] = set()
        for ind in self.semua_indikator():
            years.update(ind.target, ind.realisasi, ind.nilai_komponen)
        return sorted(years)
