"""The IKU document as plain Python objects.

These dataclasses are what the document file reads and writes, what the store loads and saves,
and what the printed sheet is drawn from. They know nothing of SQL, JSON or Qt. An ``id`` is set
when an object was loaded from the store and is ``None`` for objects not (yet) stored.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
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
    "kode",
    "definisi",
)
NOMOR_PER: tuple[str, ...] = ("tujuan", "sasaran", "indikator", "tidak")
PENOMORAN: tuple[str, ...] = ("angka", "huruf", "strip")
DARI: tuple[str, ...] = ("tujuan", "indikator_tujuan")
POLARITAS: tuple[str, ...] = ("positif", "negatif")
# Version 2 (FORMAT.md "Version 2"): the yearly cycle.
AGREGASI: tuple[str, ...] = ("nilai_akhir", "akumulasi")
PENIMBANG: tuple[str, ...] = ("eksak", "0,111", "0,11")
STATUS_PENANDATANGAN: tuple[str, ...] = ("", "Plt.", "Plh.", "Pj.")
HURUF: tuple[str, ...] = ("sans", "serif")
UKURAN_MIN, UKURAN_MAX = 9, 12
TRIWULAN: tuple[int, ...] = (1, 2, 3, 4)
JENIS_KELAMIN: tuple[str, ...] = ("", "L", "P")
# PermenPAN-RB 14/2017's nine unsur, the default of a survey that names none.
UNSUR_BAWAAN: tuple[str, ...] = (
    "Persyaratan",
    "Sistem, Mekanisme, dan Prosedur",
    "Waktu Penyelesaian",
    "Biaya/Tarif",
    "Produk Spesifikasi Jenis Pelayanan",
    "Kompetensi Pelaksana",
    "Perilaku Pelaksana",
    "Penanganan Pengaduan, Saran dan Masukan",
    "Sarana dan Prasarana",
)

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
# What each kind of column holds, in words (the window's column list).
NAMA_ISI_KOLOM: dict[str, str] = {
    "nomor": "Nomor",
    "tujuan": "Tujuan",
    "indikator_tujuan": "Indikator tujuan",
    "sasaran": "Sasaran",
    "indikator": "Indikator",
    "rumus": "Rumus / penjelasan",
    "satuan": "Satuan",
    "sumber_data": "Sumber data",
    "penanggung_jawab": "Penanggung jawab",
    "target": "Target (satu kolom per tahun)",
    "realisasi": "Realisasi",
    "capaian": "Capaian (%)",
    "kode": "Kode indikator",
    "definisi": "Definisi operasional",
}
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
    "kode": "Kode",
    "definisi": "Definisi Operasional",
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
class Triwulan:
    """One year's quarterly values; every dict is keyed by quarter 1–4."""

    target: dict[int, Decimal] = field(default_factory=dict)
    realisasi: dict[int, Decimal] = field(default_factory=dict)
    nilai_komponen: dict[int, dict[str, Decimal]] = field(default_factory=dict)

    @property
    def kosong(self) -> bool:
        return not (self.target or self.realisasi or any(self.nilai_komponen.values()))

    @property
    def ada_realisasi(self) -> bool:
        """True when some quarter holds a realisasi or a component value."""
        return bool(self.realisasi) or any(self.nilai_komponen.values())


@dataclass
class Responden:
    """One questionnaire: an answer 1–4 (or None: not answered) per unsur, in the survey's order."""

    nilai: list[int | None] = field(default_factory=list)
    jenis_kelamin: str = ""  # "", "L" or "P"
    usia: int | None = None
    pendidikan: str = ""
    pekerjaan: str = ""


@dataclass
class SurveiIkm:
    """A Survei Kepuasan Masyarakat (PermenPAN-RB 14/2017) whose IKM is a year's realisasi."""

    unsur: list[str] = field(default_factory=lambda: list(UNSUR_BAWAAN))
    penimbang: str = "eksak"  # "eksak" (1/n), "0,111" or "0,11"
    responden: list[Responden] = field(default_factory=list)


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
    # Version 2 keys. ``agregasi`` "" means not stated, which counts as "nilai_akhir"; it is
    # kept apart so that a file that states it and one that does not both export as they came.
    kode: str = ""
    definisi: str = ""
    agregasi: str = ""
    triwulan: dict[int, Triwulan] = field(default_factory=dict)
    survei_ikm: dict[int, SurveiIkm] = field(default_factory=dict)
    analisis: dict[int, str] = field(default_factory=dict)

    @property
    def pakai_rumus(self) -> bool:
        """True when the realisasi is computed from component values."""
        return bool(self.rumus.ekspresi and self.rumus.ekspresi.strip())

    @property
    def akumulasi(self) -> bool:
        """True when the quarters add up (``agregasi`` "akumulasi"); else the last one counts."""
        return self.agregasi == "akumulasi"


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
    tebal: bool = False  # v2: the content is printed bold


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
    grup: str = ""  # v2: heading printed above adjacent columns that share it


@dataclass
class Tabel:
    kolom: list[Kolom] = field(
        default_factory=lambda: [Kolom(isi, judul) for isi, judul in KOLOM_BAWAAN]
    )
    nomor_per: str = "sasaran"
    nomori_indikator: bool = False
    baris_nomor_kolom: bool = False
    judul: str = ""
    huruf: str = ""  # v2: "sans", "serif" or "" (the program's default)
    ukuran: Decimal | None = None  # v2: body size in points, 9–12; None: the default


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
    status: str = ""  # v2: "", "Plt.", "Plh." or "Pj.", printed before the jabatan


@dataclass
class SubKegiatan:
    """Amounts are whole rupiah; None: not given."""

    kode: str = ""
    uraian: str = ""
    anggaran: int | None = None
    realisasi_anggaran: int | None = None
    sumber_dana: str = ""


@dataclass
class Kegiatan:
    kode: str = ""
    uraian: str = ""
    anggaran: int | None = None  # None with sub_kegiatan: their sum
    realisasi_anggaran: int | None = None
    sumber_dana: str = ""
    sub_kegiatan: list[SubKegiatan] = field(default_factory=list)


@dataclass
class Program:
    kode: str = ""
    uraian: str = ""
    anggaran: int | None = None  # None with kegiatan: their sum
    realisasi_anggaran: int | None = None
    sumber_dana: str = ""
    kegiatan: list[Kegiatan] = field(default_factory=list)


@dataclass
class PerjanjianKinerja:
    """A Perjanjian Kinerja of a year; ``perubahan`` 0 is the PK, 1, 2, … its revisions."""

    tahun: int
    perubahan: int = 0
    tempat: str = ""
    tanggal: str = ""
    pihak_pertama: Penandatangan = field(default_factory=Penandatangan)
    pihak_kedua: Penandatangan = field(default_factory=Penandatangan)
    pernyataan: list[str] | None = None  # None: the standard wording
    program: list[Program] = field(default_factory=list)


@dataclass
class LaporanTahunan:
    """Who signs the yearly reports of ``tahun``, and when (``penandatangan.tanggal``)."""

    tahun: int
    penandatangan: Penandatangan | None = None
    catatan: str = ""


@dataclass
class LaporanTriwulan:
    """Who signs the quarterly monitoring table of ``tahun`` up to ``triwulan``, and when
    (``penandatangan.tanggal``: a table for triwulan II is signed in July, not at the year's
    end)."""

    tahun: int
    triwulan: int
    penandatangan: Penandatangan = field(default_factory=Penandatangan)


@dataclass
class Penetapan:
    """One finalisation (FORMAT ``penetapan``): version ``versi`` was fixed by the decree
    ``dasar`` on ``tanggal``; ``sidik`` fingerprints its signed content."""

    versi: int
    tanggal: str  # "YYYY-MM-DD"
    dasar: str = ""
    alasan: str = ""  # why the previous version was revised ("" for versi 1)
    sidik: str = ""


STATUS_DOKUMEN: tuple[str, ...] = ("draf", "ditetapkan")


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
    perjanjian_kinerja: list[PerjanjianKinerja] = field(default_factory=list)
    laporan_tahunan: list[LaporanTahunan] = field(default_factory=list)
    laporan_triwulan: list[LaporanTriwulan] = field(default_factory=list)
    # FORMAT "penetapan" (December 2026): the finalisations, oldest first, and whether the
    # signed content is locked as the last one says.
    penetapan: list[Penetapan] = field(default_factory=list)
    status: str = "draf"

    @property
    def ditetapkan(self) -> bool:
        return self.status == "ditetapkan"

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
            years.update(ind.triwulan, ind.survei_ikm, ind.analisis)
        years.update(pk.tahun for pk in self.perjanjian_kinerja)
        years.update(lt.tahun for lt in self.laporan_tahunan)
        years.update(lt.tahun for lt in self.laporan_triwulan)
        return sorted(years)

    def pk(self, tahun: int, perubahan: int | None = None) -> PerjanjianKinerja | None:
        """The PK of ``tahun`` with that ``perubahan``, or (None) the latest revision of it."""
        kandidat = [p for p in self.perjanjian_kinerja if p.tahun == tahun]
        if perubahan is not None:
            kandidat = [p for p in kandidat if p.perubahan == perubahan]
        return max(kandidat, key=lambda p: p.perubahan, default=None)

    def laporan(self, tahun: int) -> LaporanTahunan | None:
        """The yearly-report entry of ``tahun`` (its signer), or None."""
        return next((lt for lt in self.laporan_tahunan if lt.tahun == tahun), None)

    def laporan_tw(self, tahun: int, triwulan: int) -> LaporanTriwulan | None:
        """The signer entry of the monitoring table of ``tahun`` s.d. ``triwulan``, or None."""
        return next(
            (lt for lt in self.laporan_triwulan if lt.tahun == tahun and lt.triwulan == triwulan),
            None,
        )


def penandatangan_terdekat(dok: Dokumen, tahun: int) -> Penandatangan | None:
    """The signer to offer when ``tahun``'s report has none: the nearest year's known signer
    (that year and earlier ones first, most recent first; then later years), taken from the
    year's ``laporan_tahunan``, its quarterly tables, or its PK's pihak pertama; else the
    document's own signer. Its date is always empty: a report is signed on its own date."""
    tahun_ada = {lt.tahun for lt in dok.laporan_tahunan}
    tahun_ada.update(lt.tahun for lt in dok.laporan_triwulan)
    tahun_ada.update(p.tahun for p in dok.perjanjian_kinerja)
    urutan = sorted((t for t in tahun_ada if t <= tahun), reverse=True)
    urutan += sorted(t for t in tahun_ada if t > tahun)
    for th in urutan:
        calon: list[Penandatangan] = []
        lt = dok.laporan(th)
        if lt is not None and lt.penandatangan is not None:
            calon.append(lt.penandatangan)
        tw = sorted((x for x in dok.laporan_triwulan if x.tahun == th), key=lambda x: -x.triwulan)
        calon.extend(x.penandatangan for x in tw)
        pk = dok.pk(th)
        if pk is not None:
            calon.append(replace(pk.pihak_pertama, tempat=pk.pihak_pertama.tempat or pk.tempat))
        for p in calon:
            if p.nama.strip():
                return replace(p, tanggal="")
    if dok.penandatangan is not None and dok.penandatangan.nama.strip():
        return replace(dok.penandatangan, tanggal="")
    return None


def hapus_id(dok: Dokumen) -> None:
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
