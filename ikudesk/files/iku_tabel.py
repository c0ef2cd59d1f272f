"""An IKU sheet (a Word or Excel table) recognised as an IKU document.

Input is the neutral source of :mod:`ikudesk.files.iku_sumber` (paragraphs and grids of cells,
merges resolved). Recognising finds the IKU table by its headings, reads the header block above
it (title lines with the period, ``Label : isi`` lines), the tree from its rows (group rows,
cells merged down, continued tables), each formula (:mod:`ikudesk.files.iku_rumus`), targets per
year, and the signature block below it. The result is the document file's data, read with the
document-file reader (:func:`ikudesk.files.docfile.baca_data`): the same rules, never a second
set. Nothing is stored here; what was not understood is listed with its place.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from ikudesk.domain.model import Dokumen
from ikudesk.domain.nip import periksa_nip
from ikudesk.domain.rules import MAKS_INDIKATOR
from ikudesk.errors import IkuError
from ikudesk.files.iku_rumus import RumusImpor, baca_rumus
from ikudesk.files.iku_sumber import Grid, ImporError, Paragraf, Sel, Sumber, Teks, bersih
from ikudesk.l10n import (
    AngkaError,
    baca_tanggal_ketikan_atau_none,
    format_angka,
    parse_angka,
)

#: Column kinds the user may choose in the preview, with their Indonesian names.
JENIS_KOLOM: dict[str, str] = {
    "": "(abaikan)",
    "nomor": "Nomor",
    "kode": "Kode indikator",
    "tujuan": "Tujuan",
    "indikator_tujuan": "Indikator tujuan",
    "sasaran": "Sasaran",
    "indikator": "Indikator",
    "rumus": "Rumus / formula",
    "definisi": "Definisi operasional",
    "satuan": "Satuan",
    "sumber_data": "Sumber data",
    "penanggung_jawab": "Penanggung jawab",
    "target": "Target (satu tahun)",
    "realisasi": "Realisasi",
    "capaian": "Capaian",
}

_TAHUN = re.compile(r"^\(?(?:tahun|th\.?|thn\.?)?\s*((?:19|20|21)[0-9]{2})\)?$", re.IGNORECASE)
_TARGET_TAHUN = re.compile(
    r"^target\s*\(?\s*(?:tahun|th\.?)?\s*((?:19|20|21)[0-9]{2})\s*\)?$", re.IGNORECASE
)
_REALISASI_TAHUN = re.compile(r"^realisasi\s*(?:tahun)?\s*((?:19|20|21)[0-9]{2})$", re.IGNORECASE)
_PERIODE = re.compile(
    r"((?:19|20|21)[0-9]{2})\s*(?:-|–|—|s\.?\s?/?\s?d\.?|sampai(?: dengan)?)\s*"
    r"((?:19|20|21)[0-9]{2})"
)
# "Sasaran 1 : …", "Sasaran Strategis 2. …", "Tujuan : …": the label of a group row, not its text.
_LABEL_GRUP = re.compile(
    r"^(?:sasaran|tujuan)(?:\s+strategis)?\s*"
    r"(?:[0-9]{1,2}(?:\.[0-9]{1,2})*\.?|[A-Za-z](?=\s*[:.)]))?\s*[:.)]?\s*",
    re.IGNORECASE,
)
_NOMOR_KOLOM = re.compile(r"^\(?[0-9]{1,2}\)?$")
_NOMOR_DEPAN = re.compile(r"^\s*(?:[0-9]{1,3}[.)]?|[a-z][.)])\s+(?=\S)")
_KELOMPOK = re.compile(r"^(?:NON[\s-]?RUTIN|RUTIN|[A-Z][A-Z ]{1,20})$")
_LABEL = re.compile(
    r"^(?:[0-9]{1,2}[.)]?\s+|[-•]\s+)?([A-Za-z][A-Za-z /().&-]{0,50}?)\s*\t*:\s*(.*)$", re.S
)
_BUTIR = re.compile(r"^\s*(?:([0-9]{1,2})[.)]|([a-z])[.)]|[-•–])\s*(?=\S)")
_TEMPAT_TANGGAL = re.compile(r"^([A-Za-z][A-Za-z .'-]{1,60}),\s*(.*[0-9]{4})\s*$")
_NIP = re.compile(r"^NIP\s*\.?\s*:?\s*([0-9 .]{10,})\s*$", re.IGNORECASE)
_PANGKAT = re.compile(
    r"^(Pembina|Penata|Pengatur|Juru|Pembina Utama)\b.*|^(IV|III|II|I)/[a-e]$", re.IGNORECASE
)
_STATUS = re.compile(r"^(Plt|Plh|Pj)\s*\.?\s+", re.IGNORECASE)
_MENGETAHUI = re.compile(r"^(mengetahui|menyetujui|disetujui|diperiksa)\b", re.IGNORECASE)
_INSTANSI_LABEL = re.compile(
    r"^(instansi|perangkat daerah|opd|skpd|unit kerja|unit organisasi|satuan kerja"
    r"|nama (opd|instansi|perangkat daerah))$",
    re.IGNORECASE,
)
_EKOR_TAHUN = re.compile(
    r"\s*[,(]?\s*(?:tahun|periode|th\.?)?\s*(?:anggaran\s*)?(?:19|20|21)[0-9]{2}"
    r"(?:\s*(?:-|–|—|s\.?\s?/?\s?d\.?|sampai(?: dengan)?)\s*(?:19|20|21)[0-9]{2})?\s*\)?\s*$",
    re.IGNORECASE,
)
_DAERAH = re.compile(r"\b(KABUPATEN|KAB\.?|KOTA)\s+([A-Za-z .'-]+?)\s*$", re.IGNORECASE)
_KECAMATAN = re.compile(
    r"\bKECAMATAN\s+([A-Za-z '-]+?)(?=\s+(?:KABUPATEN|KAB\b|KOTA\b)|\s*$)", re.IGNORECASE
)


# An indicator's text kinds: a second column of one of these adds its text to the first.
_TEKS_INDIKATOR = ("rumus", "satuan", "sumber_data", "penanggung_jawab", "definisi")


def _normal(teks: str) -> str:
    return " ".join(re.sub(r"[^a-z0-9 ]", " ", teks.lower()).split())


def jenis_judul(judul: str) -> tuple[str, int | None]:
    """The column kind a heading names ("" when unknown), and the year it names if any."""
    t = " ".join(judul.split())
    if m := _TARGET_TAHUN.match(t):
        return "target", int(m.group(1))
    if m := _REALISASI_TAHUN.match(t):
        return "realisasi", int(m.group(1))
    if m := _TAHUN.match(t):
        return "target", int(m.group(1))
    n = _normal(t)
    if not n:
        return "", None
    kata = set(n.split())
    if n in ("no", "nomor", "no urut", "nomor urut"):
        return "nomor", None
    if kata & {
        "formula",
        "rumus",
        "formulasi",
        "perhitungan",
        "penghitungan",
        "alasan",
        "pengukuran",
        "penjelasan",
    }:
        return "rumus", None
    if n.startswith("definisi"):
        return "definisi", None
    if "indikator" in kata and "tujuan" in kata:
        return "indikator_tujuan", None
    if "indikator" in kata or n in ("iku", "kinerja utama") or "iku" in kata:
        return "indikator", None
    if "sasaran" in kata:
        return "sasaran", None
    if "tujuan" in kata:
        return "tujuan", None
    if "satuan" in kata:
        return "satuan", None
    if "sumber" in kata and "data" in kata:
        return "sumber_data", None
    if ("penanggung" in kata and "jawab" in kata) or kata & {"penanggungjawab", "pic", "pj"}:
        return "penanggung_jawab", None
    if "target" in kata:
        return "target", None
    if "realisasi" in kata:
        return "realisasi", None
    if "capaian" in kata:
        return "capaian", None
    if n in ("kode", "kode iku", "kode indikator"):
        return "kode", None
    return "", None


@dataclass
class KolomTerdeteksi:
    """One column of the sheet as recognised: the choice the preview lets the user change."""

    indeks: int  # column of the grid
    judul: str
    grup: str
    isi: str  # a key of JENIS_KOLOM
    tahun: int | None = None


@dataclass
class Catatan:
    tempat: str  # "tabel 1, baris 7, kolom 'Alasan'"
    teks: str  # what was there
    alasan: str

    def __str__(self) -> str:
        return f"{self.tempat}: {self.alasan}" + (f' — "{_pendek(self.teks)}"' if self.teks else "")


def _pendek(t: str, n: int = 80) -> str:
    t = " ".join(t.split())
    return t if len(t) <= n else t[: n - 1] + "…"


@dataclass
class Hasil:
    """What was recognised. ``dokumen`` is checked by the document-file reader."""

    data: dict[str, Any]
    dokumen: Dokumen
    kolom: list[KolomTerdeteksi]
    catatan: list[Catatan]
    rumus: list[tuple[str, RumusImpor]] = field(default_factory=list)  # (indicator name, formula)
    tabel: int = 0  # the number of the table used as the IKU table
    calon: list[tuple[int, str]] = field(default_factory=list)  # tables that could be it


# --------------------------------------------------------------------------- finding the table

# What makes a heading an IKU table's rather than a Renstra summary's (which has "Indikator
# Sasaran" too): the columns only an IKU sheet has weigh most.
_BOBOT_JENIS = {
    "rumus": 3,
    "satuan": 3,
    "target": 3,
    "definisi": 2,
    "sumber_data": 2,
    "penanggung_jawab": 2,
}


def _tempat_tabel(g: Grid) -> str:
    return f"tabel {g.nomor}" + (f" (sheet '{g.lembar}')" if g.lembar else "")


def _nama_tabel(g: Grid, h: int) -> str:
    judul = " | ".join(s.isi.replace("\n", " ") for _, s in _unik(g.baris[h]) if s.isi)
    return f"{_tempat_tabel(g)}: {_pendek(judul, 90)}"


def _unik(baris: list[Sel]) -> list[tuple[int, Sel]]:
    out: list[tuple[int, Sel]] = []
    for i, s in enumerate(baris):
        if not out or out[-1][1] is not s:
            out.append((i, s))
    return out


def _kind_baris(baris: list[Sel]) -> list[str]:
    return [jenis_judul(s.isi)[0] for _, s in _unik(baris) if s.isi]


def _cari_kepala(g: Grid) -> int | None:
    """The row of the IKU heading within the first rows of ``g``, or None."""
    for h in range(min(len(g.baris), 30)):
        kinds = _kind_baris(g.baris[h])
        if h + 1 < len(g.baris):
            kinds += _kind_baris(g.baris[h + 1])
        if "indikator" in kinds and len(set(kinds) - {""}) >= 3:
            # A row of headings, not a data row that mentions words: most cells are headings.
            isi = [s for _, s in _unik(g.baris[h]) if s.isi]
            dikenal = [s for s in isi if jenis_judul(s.isi)[0]]
            if (
                len(dikenal) >= 2
                and len(dikenal) * 2 >= len(isi)
                and all(len(s.isi) <= 80 for s in dikenal)
            ):
                return h
    return None


def _dua_baris(g: Grid, h: int) -> bool:
    if h + 1 >= len(g.baris):
        return False
    atas, bawah = g.baris[h], g.baris[h + 1]

    def judul(j: str) -> bool:
        # A heading is short; a data cell may mention "indikator" or "penjelasan" too.
        return len(j) <= 50 and bool(jenis_judul(j)[0] or _TAHUN.match(j))

    baru = [s.isi for c, s in _unik(bawah) if s.isi and s is not atas[c]]
    if not baru or sum(judul(j) for j in baru) * 3 < len(baru) * 2:
        return False  # a row of data, not of headings
    for c in range(g.lebar):
        melebar = (c > 0 and atas[c - 1] is atas[c]) or (c + 1 < g.lebar and atas[c + 1] is atas[c])
        if melebar and bawah[c] is not atas[c] and bawah[c].isi and judul(bawah[c].isi):
            return True
    return False


def _kolom(g: Grid, h: int, dua: bool) -> list[KolomTerdeteksi]:
    atas = g.baris[h]
    bawah = g.baris[h + 1] if dua else atas
    out: list[KolomTerdeteksi] = []
    dilihat: set[int] = set()
    for c in range(g.lebar):
        a, b = atas[c], bawah[c]
        melebar = sum(1 for s in atas if s is a) > 1
        # A second heading row whose cell under "No" is empty but not merged down (as Word
        # leaves it when nobody merged): the heading above is the column's heading.
        if dua and b is not a and (b.isi or melebar):
            judul, grup = b.isi, (a.isi if melebar else "")
            sel = b
        else:
            judul, grup, sel = a.isi, "", a
        if id(sel) in dilihat:
            out.append(KolomTerdeteksi(c, judul, grup, "", None))  # the same heading, spanned
            continue
        dilihat.add(id(sel))
        isi, tahun = jenis_judul(judul)
        gisi, gtahun = jenis_judul(grup) if grup else ("", None)
        if tahun is not None and gisi in ("realisasi", "capaian"):
            isi = gisi
        if not isi and gisi and gisi not in ("target",):
            isi = gisi
        if isi in ("target", "realisasi") and tahun is None:
            tahun = gtahun
        if isi == "target" and tahun is not None and gisi == "target":
            grup = ""  # the years under "Target" are the program's own sub-columns
        out.append(KolomTerdeteksi(c, judul, grup, isi, tahun))
    return out


# --------------------------------------------------------------------------- numbers and text


def baca_target(teks: str, angka: Decimal | None = None) -> Decimal | None:
    """A target cell: ``84,5``, ``1.250``, ``90%``, ``4 Dokumen``, ``≥ 80``; ``-`` is none.

    Raises :class:`IkuError` (from l10n) saying why when the cell is not one number: no number,
    a range or fraction ("80-85", "1/2": taking one of them would be a guess), or a number not
    written the Indonesian way ("1,250.5").
    """
    if angka is not None:
        return angka
    t = bersih(teks)
    if t in ("", "-", "–", "—", "--"):
        return None
    semua = re.findall(r"[0-9][0-9.,]*", t)
    if not semua:
        raise AngkaError("bukan angka")
    if len(semua) > 1:
        raise AngkaError("berisi lebih dari satu angka (rentang atau pecahan), bukan satu target")
    teks_angka = semua[0].rstrip(".,")
    try:
        return parse_angka(teks_angka)
    except AngkaError:
        raise AngkaError(
            f"penulisan angkanya tidak dikenali: angka ditulis dengan koma untuk desimal dan "
            f"titik untuk ribuan ({format_angka(Decimal('1250.5'), 1)})"
        ) from None


def _tanpa_nomor(teks: str) -> tuple[str, bool]:
    m = _NOMOR_DEPAN.match(teks)
    if m:
        return teks[m.end() :].strip(), True
    return teks.strip(), False


def _judul_kapital(teks: str) -> str:
    return " ".join(w.capitalize() if w.isupper() or w.islower() else w for w in teks.split())


def _daerah(teks: str) -> str:
    m = _DAERAH.search(teks.strip().rstrip("."))
    if not m:
        return ""
    jenis = "Kota" if m.group(1).lower() == "kota" else "Kabupaten"
    return f"{jenis} {_judul_kapital(m.group(2).strip())}"


# --------------------------------------------------------------------------- the recogniser


@dataclass
class _Ind:
    data: dict[str, Any]
    rumus: list[Paragraf]
    tempat_rumus: str
    judul_rumus: str


@dataclass
class _Baris:
    """A line of the header or signature block: its text, split at tabs/cells."""

    segmen: list[str]
    paragraf: list[Paragraf]
    tebal: bool = False
    tengah: bool = False
    sel: list[Sel] | None = None  # a table row's cells (None for a paragraph)
    menjorok: bool = False  # starts with a tab: continues the labelled line above

    @property
    def teks(self) -> str:
        return " ".join(s for s in self.segmen if s)


class _Pengenal:
    def __init__(
        self, sumber: Sumber, peta: dict[int, str] | None, pilih_tabel: int | None = None
    ) -> None:
        self.sumber = sumber
        self.peta = peta or {}
        self.pilih_tabel = pilih_tabel
        self.calon: list[tuple[int, str]] = []  # (table number, "tabel N: its headings")
        self.dilewati: set[int] = set()  # blocks of IKU-like tables not used
        self.catatan: list[Catatan] = []
        self.tabel = "tabel"  # the IKU table, as places name it

    def catat(self, tempat: str, teks: str, alasan: str) -> None:
        self.catatan.append(Catatan(tempat, teks, alasan))

    def _kelompok_calon(self) -> list[list[tuple[int, int]]]:
        """Every table with an IKU-like heading, with the tables continuing it (same heading
        after a page break): [[(block index, heading row)…]…] in reading order."""
        out: list[list[tuple[int, int]]] = []
        dipakai: set[int] = set()
        for i, b in enumerate(self.sumber.blok):
            if not isinstance(b, Grid) or i in dipakai:
                continue
            h = _cari_kepala(b)
            if h is None:
                continue
            bagian = [(i, h)]
            kunci = self._kunci_kepala(b, h)
            for j in range(i + 1, len(self.sumber.blok)):
                b2 = self.sumber.blok[j]
                if isinstance(b2, Paragraf):
                    if b2.teks:
                        break
                    continue
                h2 = _cari_kepala(b2)
                if h2 is None or self._kunci_kepala(b2, h2) != kunci:
                    break
                bagian.append((j, h2))
                dipakai.add(j)
            out.append(bagian)
        return out

    def tabel_iku(self) -> tuple[int, int, list[tuple[int, int]]]:
        """(block index of the first part, its heading row, [(block index, heading row)…]).

        Of several tables with an IKU-like heading (a Renstra summary has "Indikator Sasaran"
        too) the one that looks most like an IKU table is used — formula, unit and target
        columns weigh most — unless the user chose another (``pilih_tabel``)."""
        kelompok = self._kelompok_calon()
        if kelompok:
            self.calon = [
                (self._grid(k[0][0]).nomor, _nama_tabel(self._grid(k[0][0]), k[0][1]))
                for k in kelompok
            ]
            pilihan = [k for k in kelompok if self._grid(k[0][0]).nomor == self.pilih_tabel] or [
                max(kelompok, key=lambda k: self._skor(k[0][0], k[0][1]))
            ]
            bagian = pilihan[0]
            for k in kelompok:
                if k is bagian:
                    continue
                for blok_i, _ in k:
                    self.dilewati.add(blok_i)
                    g = self._grid(blok_i)
                    self.catat(
                        _tempat_tabel(g),
                        _nama_tabel(g, k[0][1]).split(": ", 1)[-1],
                        "tabel lain, bukan tabel IKU yang dipakai; isinya tidak diimpor "
                        "(pilih tabel IKU di pratinjau bila keliru)",
                    )
            return bagian[0][0], bagian[0][1], bagian
        judul = [
            " | ".join(s.isi for _, s in _unik(b.baris[0]) if s.isi)[:120]
            for b in self.sumber.blok
            if isinstance(b, Grid) and b.baris
        ]
        raise ImporError(
            f"Tidak ditemukan tabel IKU di '{self.sumber.nama}': tidak ada tabel dengan judul "
            "kolom Indikator Kinerja beserta Sasaran/Formula/Satuan/Sumber Data/Penanggung Jawab."
            + (
                f" Judul tabel yang ada: {'; '.join(judul[:5])}."
                if judul
                else " Berkas tidak memuat tabel."
            )
        )

    def _grid(self, blok_i: int) -> Grid:
        g = self.sumber.blok[blok_i]
        assert isinstance(g, Grid)
        return g

    def _skor(self, blok_i: int, h: int) -> int:
        g = self._grid(blok_i)
        jenis = set(_kind_baris(g.baris[h]))
        if _dua_baris(g, h):
            jenis |= set(_kind_baris(g.baris[h + 1]))
        return sum(_BOBOT_JENIS.get(j, 1) for j in jenis if j)

    @staticmethod
    def _kunci_kepala(g: Grid, h: int) -> list[str]:
        return [_normal(s.isi) for _, s in _unik(g.baris[h])]

    # -- the whole sheet
    def kenali(self) -> Hasil:
        awal, h, bagian = self.tabel_iku()
        g0 = self.sumber.blok[awal]
        assert isinstance(g0, Grid)
        self.tabel = f"tabel {g0.nomor}" + (f" (sheet '{g0.lembar}')" if g0.lembar else "")
        for blok_i, _ in bagian:
            g = self.sumber.blok[blok_i]
            if isinstance(g, Grid) and g.panjang:
                raise ImporError(
                    f"Tabel IKU (tabel {g.nomor}) memuat {g.panjang:,} baris; sebuah dokumen IKU "
                    f"paling banyak {MAKS_INDIKATOR:,} indikator. Berkas ini tidak dibaca.".replace(
                        ",", "."
                    )
                )
        dua = _dua_baris(g0, h)
        kolom = _kolom(g0, h, dua)
        kepala_baris = h + (2 if dua else 1)

        # Header and signature lines: what stands before/after the table (also rows of the
        # same grid above the heading or below the table's end, as a spreadsheet has them).
        sebelum = self._baris_blok(self._blok_kepala(awal)) + self._baris_grid(g0.baris[:h])
        baris_data: list[tuple[Grid, int, list[Sel]]] = []
        nomor_kolom = False
        sesudah: list[_Baris] = []
        kunci = self._kunci_kepala(g0, h)
        for bi, (blok_i, hh) in enumerate(bagian):
            g = self.sumber.blok[blok_i]
            assert isinstance(g, Grid)
            mulai = hh + (2 if _dua_baris(g, hh) else 1) if bi else kepala_baris
            for r in range(mulai, len(g.baris)):
                row = g.baris[r]
                teks = [s.isi for _, s in _unik(row) if s.isi]
                if not teks:
                    continue
                if all(_NOMOR_KOLOM.match(t) for t in teks) and len(teks) >= 3:
                    nomor_kolom = True
                    continue
                if self._kunci_kepala(g, r) == kunci:
                    continue  # a heading repeated inside the table
                if dua and r > 0 and self._kunci_kepala(g, r - 1) == kunci:
                    continue  # the second row of a repeated two-row heading
                if g.lembar and self._akhir_tabel(teks):
                    sesudah = self._baris_grid(g.baris[r:])
                    break
                baris_data.append((g, r, row))
        akhir = bagian[-1][0]
        sesudah += self._baris_blok(
            [b for i, b in enumerate(self.sumber.blok) if i > akhir and i not in self.dilewati]
        )
        nomor_sisip = _pilih_kolom_lebar(g0, h, dua, kolom, baris_data)
        for k in kolom:
            if k.indeks in self.peta:
                pilih = self.peta[k.indeks]
                k.isi = pilih
                if pilih != "target":
                    k.tahun = None if pilih != "realisasi" else k.tahun

        data: dict[str, Any] = {"format": "ikudesk-dokumen", "versi": 2}
        kepala, judul, judul_tabel, tujuan_kepala = self._kepala(sebelum)
        periode = self._periode(judul, baris_data, kolom)
        tujuan, info = self._pohon(baris_data, kolom, periode, tujuan_kepala)
        if any(kolom[k].isi == "" for k in nomor_sisip):
            info["nomori"] = True  # "1." in a column of its own under the indicator heading
        nama_tujuan = [t for t in tujuan_kepala.split("\n") if t]
        kosong = [t for t in tujuan if not t["uraian"]]
        if len(nama_tujuan) > 1 and len(kosong) == len(tujuan) == len(nama_tujuan):
            # "Tujuan :" lines above a table grouped by RUTIN / NON RUTIN rows: one per group.
            for t, nama in zip(tujuan, nama_tujuan, strict=True):
                t["uraian"] = nama
        for kp in kepala:
            # "Indikator Tujuan : IKM" above the table names the first tujuan's own indicators.
            if kp.get("dari") == "indikator_tujuan" and kp.get("_nama"):
                if not tujuan:
                    tujuan.append(
                        {"uraian": tujuan_kepala, "kelompok": "", "indikator": [], "sasaran": []}
                    )
                if not tujuan[0]["indikator"]:
                    tujuan[0]["indikator"] = [{"nama": n} for n in kp["_nama"]]
        profil = self._profil(kepala, judul)
        kolom_doc = self._kolom_dokumen(kolom)
        data["judul"] = judul
        data["periode"] = {"mulai": periode[0], "selesai": periode[1]} if periode else None
        data["profil"] = profil
        data["tabel"] = {
            "kolom": kolom_doc,
            "nomor_per": info["nomor_per"],
            "nomori_indikator": info["nomori"],
            "baris_nomor_kolom": nomor_kolom,
            "judul": judul_tabel,
        }
        data["tujuan"] = tujuan
        data["penandatangan"] = self._penandatangan(sesudah)
        from ikudesk.files.docfile import baca_data

        try:
            dok = baca_data(data)
        except IkuError as e:
            raise ImporError(
                f"Hasil pengenalan tidak lolos pemeriksaan dokumen: {e.pesan}"
            ) from None
        return Hasil(
            data=data,
            dokumen=dok,
            kolom=kolom,
            catatan=self.catatan,
            rumus=info["rumus"],
            tabel=g0.nomor,
            calon=self.calon,
        )

    def _blok_kepala(self, awal: int) -> list[Paragraf | Grid]:
        """What stands above the IKU table and may be its header: paragraphs, and tables of
        ``Label : isi`` lines. Any other table (a Renstra summary, Tujuan/Sasaran/Strategi) is
        listed as not used, not read into the header."""
        out: list[Paragraf | Grid] = []
        for i, b in enumerate(self.sumber.blok[:awal]):
            if isinstance(b, Paragraf):
                out.append(b)
                continue
            if i not in self.dilewati and _tabel_kepala(b):
                out.append(b)
                continue
            # The caption right above a table not used ("A. Tujuan dan Sasaran Renstra") goes
            # with it: it is no line of the header.
            while out and isinstance(out[-1], Paragraf) and not out[-1].teks:
                out.pop()
            if out and isinstance(out[-1], Paragraf) and _keterangan_tabel(out[-1]):
                out.pop()
            if i not in self.dilewati:
                isi = [s.isi for _, s in _unik(b.baris[0]) if s.isi] if b.baris else []
                self.catat(
                    _tempat_tabel(b),
                    " | ".join(isi),
                    "tabel di atas tabel IKU, bukan kepala dokumen; isinya tidak diimpor",
                )
        return out

    @staticmethod
    def _akhir_tabel(teks: list[str]) -> bool:
        """A spreadsheet's table ends where the signature block starts."""
        if _MENGETAHUI.match(teks[0]):
            return True
        m = _TEMPAT_TANGGAL.match(teks[0])
        return m is not None and baca_tanggal_ketikan_atau_none(m.group(2)) is not None

    # -- lines around the table
    def _baris_blok(self, blok: list[Any]) -> list[_Baris]:
        out: list[_Baris] = []
        for b in blok:
            if isinstance(b, Paragraf):
                seg = [bersih(s) for s in re.split(r"\t+", b.mentah)]
                if b.nomor:
                    seg = [f"{b.nomor} {seg[1] if len(seg) > 1 else ''}".strip(), *seg[2:]]
                baris = _Baris([s for s in seg if s] or [], [b], b.tebal, b.tengah)
                baris.menjorok = b.mentah.startswith("\t") and not b.nomor
                out.append(baris)
            else:
                out += self._baris_grid(b.baris)
        return out

    def _baris_grid(self, baris: list[list[Sel]]) -> list[_Baris]:
        out: list[_Baris] = []
        for row in baris:
            sel = [s for _, s in _unik(row)]
            isi = [s for s in sel if s.teks]
            if not isi:
                out.append(_Baris([], []))
                continue
            while sel and not sel[0].teks:
                sel = sel[1:]  # empty leading columns (indentation)
            while sel and not sel[-1].teks:
                sel = sel[:-1]
            # One cell of several paragraphs (a list) is kept as its paragraphs.
            out.append(
                _Baris(
                    [s.teks.split("\n")[0] if len(s.paragraf) > 1 else s.teks for s in isi],
                    [p for s in isi for p in s.paragraf],
                    all(p.tebal for s in isi for p in s.paragraf if p.teks),
                    sel=sel,
                )
            )
        return out

    def _kepala(self, baris: list[_Baris]) -> tuple[list[dict[str, Any]], list[str], str, str]:
        judul: list[str] = []
        kepala: list[dict[str, Any]] = []
        tujuan = ""
        sekarang: dict[str, Any] | None = None
        for b in baris:
            if not b.teks:
                continue
            sel = b.sel
            label, isi_par = None, None
            if sel and len(sel) >= 2:
                titik_dua = next((j for j, s in enumerate(sel) if s.teks.strip() == ":"), None)
                depan = sel[:titik_dua] if titik_dua is not None else sel[:1]
                lab = [
                    s.teks
                    for s in depan
                    if s.teks.strip(" :") and not re.fullmatch(r"[0-9.]+", s.teks)
                ]
                if lab:
                    label = lab[0].rstrip(" :")
                    isi_par = [
                        p for s in sel[len(depan) + (titik_dua is not None) :] for p in s.paragraf
                    ]
            if label is None and not b.menjorok:
                m = _LABEL.match("\t".join(b.segmen) if len(b.segmen) > 1 else b.teks)
                if m and not judul_kosong(m.group(1)):
                    label = m.group(1).strip()
                    isi_teks = bersih(m.group(2).replace("\t", " "))
                    isi_par = (
                        [Paragraf([Teks(isi_teks, tebal=b.tebal or _isi_tebal(b))])]
                        if isi_teks
                        else []
                    )
            if label is not None:
                sekarang = {"label": label, "isi": "", "butir": [], "penomoran": ""}
                kepala.append(sekarang)
                for p in isi_par or []:
                    self._isi_kepala(sekarang, p)
                if (
                    isi_par
                    and all(p.tebal for p in isi_par if p.teks)
                    and any(p.teks for p in isi_par)
                ):
                    sekarang["tebal"] = True
                continue
            # A list item right after the title ("- Tugas Fungsi") is a label, not a title line.
            butir_lepas = len(b.paragraf) == 1 and _BUTIR.match(b.teks) and judul
            if (
                sekarang is None
                and not butir_lepas
                and (b.tengah or b.tebal or not judul or b.teks.isupper())
            ):
                judul.append(b.teks.lstrip("#").strip())
                continue
            if sekarang is None or (
                not b.menjorok
                and not _BUTIR.match(b.teks)
                and not b.paragraf[0].nomor
                and (sekarang["isi"] or sekarang["butir"])
                and len(b.teks) <= 60
            ):
                # A short line of its own ("Fungsi", "Tugas Fungsi") starts a new labelled line.
                baru, _ = _tanpa_nomor(re.sub(r"^[-•]\s*", "", b.teks))
                sekarang = {"label": baru.rstrip(" :"), "isi": "", "butir": [], "penomoran": ""}
                kepala.append(sekarang)
                continue
            for p in b.paragraf:
                self._isi_kepala(sekarang, p)
        # The last label with nothing after it, right above the table, is the table's caption.
        judul_tabel = ""
        if kepala and not kepala[-1]["isi"] and not kepala[-1]["butir"]:
            judul_tabel = kepala.pop()["label"]
        out = []
        for k in kepala:
            lab = k["label"]
            n = _normal(lab)
            if n == "tujuan":
                tujuan = k["isi"] or "\n".join(k["butir"])
                out.append({"label": lab, "dari": "tujuan"})
                continue
            if n == "indikator tujuan":
                out.append(
                    {
                        "label": lab,
                        "dari": "indikator_tujuan",
                        "_nama": [k["isi"]] if k["isi"] else k["butir"],
                    }
                )
                continue
            d = {"label": lab, "isi": k["isi"], "butir": k["butir"]}
            if k["butir"]:
                d["penomoran"] = k["penomoran"] or "angka"
            if k.get("tebal"):
                d["tebal"] = True
            out.append(d)
        return out, judul, judul_tabel, tujuan

    @staticmethod
    def _isi_kepala(k: dict[str, Any], p: Paragraf) -> None:
        t = p.isi
        if not t:
            return
        m = _BUTIR.match(p.teks) if not p.nomor else None
        if p.nomor or m:
            if p.nomor:
                penomoran = (
                    "strip" if p.nomor == "-" else ("huruf" if p.nomor[0].isalpha() else "angka")
                )
                isi = t
            elif m is not None:
                penomoran = "angka" if m.group(1) else ("huruf" if m.group(2) else "strip")
                isi = p.teks[m.end() :].strip()
            k["penomoran"] = k["penomoran"] or penomoran
            k["butir"].append(isi)
        elif k["butir"]:
            k["butir"][-1] += " " + t  # a wrapped list item
        else:
            k["isi"] = f"{k['isi']}\n{t}" if k["isi"] else t

    def _profil(self, kepala: list[dict[str, Any]], judul: list[str]) -> dict[str, Any]:
        instansi, daerah = "", ""
        for k in kepala:
            if _INSTANSI_LABEL.match(_normal(k["label"])) and k.get("isi"):
                teks = k["isi"]
                m = re.search(r"\s(Kabupaten|Kab\.?|Kota)\s", teks + " ", re.IGNORECASE)
                if m and m.start() > 0:
                    instansi, daerah = teks[: m.start()].strip(), _daerah(teks[m.start() :])
                else:
                    instansi = teks
                break
        for j in judul:
            j = _EKOR_TAHUN.sub("", j)  # "KABUPATEN GARUT TAHUN 2021-2026": the period follows
            if not instansi and (m := _KECAMATAN.search(j)):
                instansi = "Kecamatan " + _judul_kapital(m.group(1).strip())
            if not daerah:
                daerah = _daerah(j)
        for nama, isi in (("instansi", instansi), ("pemerintah daerah", daerah)):
            if not isi:
                self.catat(
                    "kepala dokumen",
                    "",
                    f"{nama} tidak dikenali dari judul atau kepala lembar; isi di Profil "
                    "sesudah impor",
                )
        bersih_kepala = []
        for k in kepala:
            k = {a: b for a, b in k.items() if not a.startswith("_") and b not in ("", [], None)}
            bersih_kepala.append(k)
        return {"instansi": instansi, "pemerintah_daerah": daerah, "kepala": bersih_kepala}

    def _periode(
        self,
        judul: list[str],
        baris: list[tuple[Grid, int, list[Sel]]],
        kolom: list[KolomTerdeteksi],
    ) -> tuple[int, int] | None:
        for j in judul:
            if m := _PERIODE.search(j):
                a, b = int(m.group(1)), int(m.group(2))
                if a <= b <= a + 24:
                    return a, b
        tahun = sorted(
            {k.tahun for k in kolom if k.tahun is not None and k.isi in ("target", "realisasi")}
        )
        if tahun:
            return tahun[0], tahun[-1]
        return None

    # -- the tree
    def _pohon(
        self,
        baris: list[tuple[Grid, int, list[Sel]]],
        kolom: list[KolomTerdeteksi],
        periode: tuple[int, int] | None,
        tujuan_kepala: str,
    ) -> tuple[list[dict[str, Any]], dict[str, Any]]:
        per_jenis: dict[str, KolomTerdeteksi] = {}
        tambahan: list[KolomTerdeteksi] = []
        target_kolom: list[KolomTerdeteksi] = []
        for k in kolom:
            if k.isi == "target":
                if k.tahun is None:
                    if periode and periode[0] == periode[1]:
                        k.tahun = periode[0]
                    else:
                        self.catat(
                            f"{self.tabel}, kolom '{k.judul}'",
                            "",
                            "kolom target tanpa tahun; nilainya tidak diimpor",
                        )
                        continue
                target_kolom.append(k)
            elif k.isi in ("realisasi", "capaian"):
                if any(row[k.indeks].isi for _, _, row in baris):
                    self.catat(
                        f"{self.tabel}, kolom '{k.judul}'",
                        "",
                        f"nilai {k.isi} tidak diimpor (diisi lewat Pengukuran; kolomnya "
                        "tetap dicetak)",
                    )
            elif k.isi and k.isi not in per_jenis:
                per_jenis[k.isi] = k
            elif k.isi in _TEKS_INDIKATOR:
                tambahan.append(k)  # a second text column of a kind: its text is added
            elif k.isi:
                self.catat(
                    f"{self.tabel}, kolom '{k.judul}'",
                    "",
                    f"kolom kedua berjenis '{JENIS_KOLOM[k.isi]}'; isinya tidak diimpor "
                    "(pilih jenis lain di pratinjau)",
                )
            elif not k.isi and k.judul:
                self.catat(
                    f"{self.tabel}, kolom '{k.judul}'",
                    "",
                    "judul kolom tidak dikenali; isinya tidak diimpor",
                )
        if "indikator" not in per_jenis:
            raise ImporError("Tidak ada kolom yang dikenali sebagai kolom Indikator.")

        tujuan: list[dict[str, Any]] = []
        t_cur: dict[str, Any] | None = None
        s_cur: dict[str, Any] | None = None
        i_cur: _Ind | None = None
        sel_lalu: dict[str, Sel] = {}
        semua: list[_Ind] = []
        nomor_sel: list[Sel] = []
        n_bernomor = 0
        n_sasaran = 0

        def tujuan_baru(uraian: str = "", kelompok: str = "") -> dict[str, Any]:
            t = {"uraian": uraian, "kelompok": kelompok, "indikator": [], "sasaran": []}
            tujuan.append(t)
            return t

        def sasaran_baru(uraian: str) -> dict[str, Any]:
            nonlocal t_cur, n_sasaran
            if t_cur is None:
                t_cur = tujuan_baru(tujuan_kepala)
            s = {"uraian": uraian, "indikator": []}
            t_cur["sasaran"].append(s)
            n_sasaran += 1
            return s

        def sel_di(row: list[Sel], jenis: str) -> Sel | None:
            k = per_jenis.get(jenis)
            return row[k.indeks] if k else None

        def tempat(g: Grid, r: int, k: KolomTerdeteksi | None = None) -> str:
            t = (
                f"tabel {g.nomor}"
                + (f" (sheet '{g.lembar}')" if g.lembar else "")
                + f", baris {r + 1}"
            )
            return t + (f", kolom '{_pendek(k.judul, 40)}'" if k else "")

        for g, r, row in baris:
            unik = [s for _, s in _unik(row) if s.isi]
            lebar_isi = {id(s): sum(1 for x in row if x is s) for s in unik}
            # A group row: one cell across (most of) the width.
            if (
                len(unik) == 1
                and lebar_isi[id(unik[0])] >= max(2, (g.lebar + 1) // 2)
                and sum(1 for k in kolom if k.isi and row[k.indeks] is unik[0]) > 1
            ):
                teks = unik[0].isi
                if _KELOMPOK.match(teks) and len(teks) <= 25:
                    t_cur = tujuan_baru("", teks)
                    s_cur = None
                elif _normal(teks).startswith("tujuan"):
                    t_cur = tujuan_baru(_LABEL_GRUP.sub("", teks))
                    s_cur = None
                else:
                    s_cur = sasaran_baru(_tanpa_nomor(_LABEL_GRUP.sub("", teks))[0])
                sel_lalu = {}
                i_cur = None
                continue

            def baru(
                jenis: str, row: list[Sel] = row, lalu: dict[str, Sel] = sel_lalu
            ) -> Sel | None:
                s = sel_di(row, jenis)
                if s is None or not s.isi or s is lalu.get(jenis):
                    return None
                return s

            if (s := baru("tujuan")) is not None and (
                t_cur is None or _normal(s.isi) != _normal(t_cur["uraian"])
            ):
                if (
                    t_cur is not None
                    and not t_cur["uraian"]
                    and not t_cur["sasaran"]
                    and not t_cur["indikator"]
                ):
                    t_cur["uraian"] = _tanpa_nomor(s.isi)[0] if s.bernomor else s.isi
                else:
                    t_cur = tujuan_baru(
                        s.isi, t_cur["kelompok"] if t_cur and not t_cur["uraian"] else ""
                    )
                s_cur = None
            if (s := baru("indikator_tujuan")) is not None:
                if t_cur is None:
                    t_cur = tujuan_baru(tujuan_kepala)
                for nama in s.isi.split("\n"):
                    nama, _ = _tanpa_nomor(nama)
                    if all(_normal(nama) != _normal(i["nama"]) for i in t_cur["indikator"]):
                        t_cur["indikator"].append({"nama": nama})
            if (s := baru("sasaran")) is not None:
                teks = s.isi
                if s.bernomor:
                    teks = _tanpa_nomor(teks)[0]
                # The same text again (a continued table repeats it) is the same sasaran.
                if s_cur is None or _normal(teks) != _normal(s_cur["uraian"]):
                    s_cur = sasaran_baru(teks)
            for jenis in ("tujuan", "indikator_tujuan", "sasaran", "nomor"):
                s = sel_di(row, jenis)
                if s is not None and s.isi:
                    sel_lalu[jenis] = s
            if (
                (s := sel_di(row, "nomor")) is not None
                and s.teks
                and (not nomor_sel or nomor_sel[-1] is not s)
            ):
                nomor_sel.append(s)

            s_ind = baru("indikator")
            if s_ind is not None:
                sel_lalu["indikator"] = s_ind
                if s_cur is None:
                    s_cur = sasaran_baru("")
                nama = s_ind.isi
                bernomor = s_ind.bernomor
                if not bernomor:
                    nama, bernomor = _tanpa_nomor(nama)
                n_bernomor += bernomor
                d: dict[str, Any] = {"nama": nama}
                k_r = per_jenis.get("rumus")
                i_cur = _Ind(d, [], tempat(g, r, k_r), k_r.judul if k_r else "")
                s_cur["indikator"].append(d)
                semua.append(i_cur)
                for jenis in ("satuan", "sumber_data", "penanggung_jawab", "kode", "definisi"):
                    s = sel_di(row, jenis)
                    if s is not None and s.isi:
                        d[jenis] = s.isi
                        sel_lalu[jenis] = s
                s = sel_di(row, "rumus")
                if s is not None:
                    i_cur.rumus += s.paragraf
                    sel_lalu["rumus"] = s
                for k in tambahan:  # "Alasan" beside "Formulasi": both kept
                    s = row[k.indeks]
                    if not s.isi:
                        continue
                    if k.isi == "rumus":
                        i_cur.rumus += s.paragraf
                    else:
                        d[k.isi] = (d.get(k.isi, "") + "\n" + s.isi).strip()
                d["target"] = self._target(
                    row, target_kolom, periode, lambda k, g=g, r=r: tempat(g, r, k)
                )
            elif i_cur is not None:
                # A row continuing the indicator above (a table continued after a page break).
                for jenis in ("rumus", "satuan", "sumber_data", "penanggung_jawab", "definisi"):
                    s = sel_di(row, jenis)
                    if s is None or not s.isi or s is sel_lalu.get(jenis):
                        continue
                    sel_lalu[jenis] = s
                    if jenis == "rumus":
                        i_cur.rumus += s.paragraf
                    else:
                        i_cur.data[jenis] = (i_cur.data.get(jenis, "") + "\n" + s.isi).strip()
                for th, v in self._target(
                    row, target_kolom, periode, lambda k, g=g, r=r: tempat(g, r, k)
                ).items():
                    i_cur.data["target"].setdefault(th, v)
            else:
                for s in unik:
                    if s not in sel_lalu.values():
                        self.catat(tempat(g, r), s.isi, "baris tanpa indikator; tidak diimpor")

        rumus_hasil: list[tuple[str, RumusImpor]] = []
        ada_satuan = "satuan" in per_jenis
        for ind in semua:
            ri = baca_rumus(ind.rumus)
            rumus_hasil.append((ind.data["nama"], ri))
            if not ri.paham:
                self.catat(
                    ind.tempat_rumus,
                    ri.penjelasan,
                    "rumus tidak dikenali; disimpan sebagai penjelasan",
                )
            ind.data["rumus"] = {
                "ekspresi": ri.ekspresi,
                "komponen": [{"kode": k, "uraian": u} for k, u in ri.komponen],
                "penjelasan": ri.penjelasan,
            }
            if not ada_satuan and ri.ekspresi and ri.ekspresi.endswith("* 100"):
                ind.data["satuan"] = "%"  # "× 100%" says the unit where the sheet has no column
        n_ind = len(semua)
        if not n_ind:
            raise ImporError(
                f"Tabel IKU ({self.tabel}) tidak memuat satu pun indikator di bawah judul kolomnya."
            )
        n_nomor = len(nomor_sel)
        if "nomor" not in per_jenis:
            nomor_per = "sasaran"
        elif n_nomor and n_nomor == n_ind and n_ind != n_sasaran:
            nomor_per = "indikator"
        elif n_nomor and n_nomor == len(tujuan) and n_nomor != n_sasaran:
            nomor_per = "tujuan"
        else:
            nomor_per = "sasaran"
        info = {
            "nomor_per": nomor_per,
            "nomori": n_ind > 0 and n_bernomor * 2 > n_ind,
            "rumus": rumus_hasil,
        }
        return tujuan, info

    def _target(
        self,
        row: list[Sel],
        target_kolom: list[KolomTerdeteksi],
        periode: tuple[int, int] | None,
        tempat: Any,
    ) -> dict[str, Decimal]:
        out: dict[str, Decimal] = {}
        for k in target_kolom:
            s = row[k.indeks]
            if not s.teks and s.angka is None:
                continue
            try:
                v = baca_target(s.isi, s.angka)
            except IkuError as e:
                self.catat(tempat(k), s.isi, f"target {e.pesan}; tidak diimpor")
                continue
            if v is None or k.tahun is None:
                continue
            if periode and not periode[0] <= k.tahun <= periode[1]:
                self.catat(tempat(k), s.isi, f"tahun {k.tahun} di luar periode; tidak diimpor")
                continue
            out[str(k.tahun)] = v
        return out

    def _kolom_dokumen(self, kolom: list[KolomTerdeteksi]) -> list[dict[str, Any]]:
        out: list[dict[str, Any]] = []
        dipakai: set[str] = set()
        for k in kolom:
            if not k.isi or k.isi in dipakai:
                continue
            dipakai.add(k.isi)
            judul = k.judul
            grup = k.grup
            if k.isi == "target" and k.tahun is not None:
                judul = (
                    "Target" if _TAHUN.match(k.judul) or _TARGET_TAHUN.match(k.judul) else k.judul
                )
                if grup and jenis_judul(grup)[0] == "target":
                    judul, grup = grup, ""
            d = {"isi": k.isi, "judul": judul}
            if grup:
                d["grup"] = grup
            out.append(d)
        return out

    # -- the signer
    def _penandatangan(self, baris: list[_Baris]) -> dict[str, Any] | None:
        kolom: list[list[str]] = [[]]
        ganda = False
        # Paragraphs laid out with tabs: a line that starts with tabs stands in the right-hand
        # block, one without in the left-hand block ("Mengetahui," / "BUPATI …").
        tab = any(b.sel is None and (len(b.segmen) >= 2 or b.menjorok) for b in baris)
        if tab:
            kolom.append([])
        for b in baris:
            sel = b.sel
            seg = [s.teks for s in sel] if sel else b.segmen
            if len(seg) >= 2:
                ganda = True
                while len(kolom) < len(seg):
                    kolom.append([""] * len(kolom[0]))
                for i, k in enumerate(kolom):
                    k.extend((seg[i] if i < len(seg) else "").split("\n"))
            else:
                t = seg[0] if seg else ""
                if sel is None and tab:
                    tujuan = len(kolom) - 1 if b.menjorok else 0
                else:
                    # A single line belongs to the right-hand block once there are two.
                    tujuan = len(kolom) - 1 if ganda else -1
                for i, k in enumerate(kolom):
                    k.extend(t.split("\n") if tujuan in (i, -1) else [""] * len(t.split("\n")))
        # The place and date of a sheet stand once, above either block (or across both).
        tanggal_lepas = ""
        for k in kolom:
            isi = [x.strip() for x in k if x.strip()]
            if (
                len(kolom) > 1
                and len(isi) > 1
                and _TEMPAT_TANGGAL.match(isi[0])
                and _MENGETAHUI.match(isi[1])
            ):
                # The date above "Mengetahui," at the left margin is the sheet's date.
                tanggal_lepas = tanggal_lepas or isi[0]
                k[k.index(next(x for x in k if x.strip()))] = ""
        calon = []
        for k in kolom:
            isi = [x for x in k if x.strip()]
            if not isi or _MENGETAHUI.match(isi[0]):
                continue
            nilai = sum(bool(_NIP.match(x)) for x in isi) * 2 + sum(
                bool(_TEMPAT_TANGGAL.match(x)) for x in isi
            )
            if nilai:
                calon.append((nilai, k))
        if not calon:
            return None
        _, garis = max(calon, key=lambda c: c[0])
        garis = [x.strip() for x in garis]
        if tanggal_lepas and not any(_TEMPAT_TANGGAL.match(x) for x in garis):
            garis.insert(0, tanggal_lepas)
        return self._blok_ttd(garis)

    def _blok_ttd(self, garis: list[str]) -> dict[str, Any] | None:
        isi = [x for x in garis if x]
        p: dict[str, Any] = {
            "tempat": "",
            "tanggal": "",
            "jabatan": "",
            "nama": "",
            "pangkat": "",
            "nip": "",
        }
        mulai = 0
        for i, x in enumerate(isi):
            m = _TEMPAT_TANGGAL.match(x)
            if m and (tgl := baca_tanggal_ketikan_atau_none(m.group(2))):
                p["tempat"], p["tanggal"] = m.group(1).strip(), tgl
                mulai = i + 1
                break
        isi = isi[mulai:]
        i_nip = next((i for i, x in enumerate(isi) if _NIP.match(x)), None)
        akhir = i_nip if i_nip is not None else len(isi)
        if i_nip is not None:
            m_nip = _NIP.match(isi[i_nip])
            teks_nip = m_nip.group(1) if m_nip else ""
            try:
                p["nip"] = periksa_nip(re.sub(r"[ .]", "", teks_nip))
            except IkuError as e:
                self.catat("blok tanda tangan", isi[i_nip], f"{e.pesan} NIP tidak diimpor")
        sisa = isi[:akhir]
        if sisa and _PANGKAT.match(sisa[-1]) and len(sisa) >= 2:
            p["pangkat"] = sisa.pop()
        if sisa:
            p["nama"] = sisa.pop()
        jabatan = [x.rstrip(",") for x in sisa]
        if jabatan and (m := _STATUS.match(jabatan[0])):
            p["status"] = m.group(1).capitalize() + "."
            jabatan[0] = jabatan[0][m.end() :]
        p["jabatan"] = "\n".join(jabatan)
        if not p["nama"] and not p["jabatan"]:
            return None
        return p


def _pilih_kolom_lebar(
    g: Grid,
    h: int,
    dua: bool,
    kolom: list[KolomTerdeteksi],
    baris: list[tuple[Grid, int, list[Sel]]],
) -> set[int]:
    """A heading over several columns ("Indikator Kinerja" over a number column and a name
    column): its kind goes to the column with the most text. Returns the columns it spans that
    hold only numbers (a running number of their own)."""
    kepala = g.baris[h + 1] if dua else g.baris[h]
    nomor: set[int] = set()
    c = 0
    while c < len(kolom):
        j = c
        while j + 1 < len(kolom) and kepala[j + 1] is kepala[c]:
            j += 1
        if j > c and kolom[c].isi and kolom[c].isi not in ("target", "realisasi"):
            isi = kolom[c].isi
            panjang = {
                k: sum(len(row[k].isi) for _, _, row in baris if row[k] is not row[c] or k == c)
                for k in range(c, j + 1)
            }
            pilih = max(panjang, key=lambda k: panjang[k])
            for k in range(c, j + 1):
                kolom[k].isi = isi if k == pilih else ""
                angka = [row[k].isi for _, _, row in baris if row[k].isi]
                if k != pilih and angka and all(_NOMOR_DEPAN.match(a + " x") for a in angka):
                    nomor.add(k)
        c = j + 1
    return nomor


def _keterangan_tabel(p: Paragraf) -> bool:
    """A short plain line above a table that names it (not a title, label or list item)."""
    t = p.teks
    return (
        0 < len(t) <= 80
        and ":" not in t
        and not p.tebal
        and not p.tengah
        and not p.nomor
        and not t.isupper()
        and not _BUTIR.match(t)
    )


def _tabel_kepala(g: Grid) -> bool:
    """A table of header lines: each filled row is ``Label | : | isi`` (or ``Label : | isi``,
    ``Label | : isi``) or a single cell (a title, a list item going on)."""
    ada_label = False
    for row in g.baris:
        isi = [s for _, s in _unik(row) if s.isi]
        if len(isi) <= 1:
            continue
        teks = [s.isi.strip() for s in isi]
        if ":" in teks or teks[0].endswith(":") or teks[1].startswith(":"):
            ada_label = True
            continue
        m = _LABEL.match(teks[0])
        if m and not judul_kosong(m.group(1)):
            ada_label = True
            continue
        return False
    return ada_label


def judul_kosong(label: str) -> bool:
    """A "label" that is no label: a URL scheme, a time (``08:00``)."""
    return label.lower() in ("http", "https") or label.isdigit()


def _isi_tebal(b: _Baris) -> bool:
    """Whether the part after the colon is bold ("Instansi : **Kecamatan Sumbersuko**")."""
    teks = [t for p in b.paragraf for t in p.bagian if isinstance(t, Teks)]
    lewat = False
    tebal: list[bool] = []
    for t in teks:
        if lewat and t.teks.strip():
            tebal.append(t.tebal)
        if ":" in t.teks:
            lewat = True
            sesudah = t.teks.split(":", 1)[1]
            if sesudah.strip():
                tebal.append(t.tebal)
    return bool(tebal) and all(tebal)


def kenali(sumber: Sumber, peta: dict[int, str] | None = None, tabel: int | None = None) -> Hasil:
    """Recognise ``sumber`` as an IKU document; ``peta`` overrides column kinds by grid column,
    ``tabel`` names the table to use as the IKU table (by its number; default: the best).

    Raises :class:`ImporError` when there is no IKU table or the result breaks a rule.
    """
    return _Pengenal(sumber, peta, tabel).kenali()
