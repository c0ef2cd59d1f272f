"""The bounds of every file that comes from elsewhere: workbooks (the fill-in form, a SIPD
lampiran, a survey export), survey CSVs and Word documents. One set of numbers for every reader,
checked before anything is expanded, so a tiny hostile file (a zip bomb, a merged range over a
whole sheet, a table nested a thousand deep) is refused in seconds with bounded memory, and the
refusal names the bound. A 5,000-indicator document stays far inside every one of them.

Zip members are judged by the sizes their directory declares: Python's ``zipfile`` (which
openpyxl and python-docx read through) never returns more than a member's declared size (a lie
ends in a CRC error), so the declared sizes bound what any reader can unpack. XML is read with
expat in a stream, a document type declaration (entities) refused.

Qt-free; every refusal is a ``BatasError`` (an ``IkuError``) in Indonesian.
"""

from __future__ import annotations

import os
import re
import zipfile
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO
from xml.parsers import expat

from ikudesk.errors import IkuError

MB = 1024 * 1024
MAKS_BITA = 50 * MB  # the file on disk
MAKS_BITA_TERURAI = 200 * MB  # all members of a zip together, unpacked
MAKS_ANGGOTA = 10_000  # members of a zip
MAKS_RASIO = 1_000  # unpacked : packed, for a member of more than RASIO_DARI bytes
RASIO_DARI = 1 * MB
MAKS_BARIS = 100_000  # rows of a sheet's used area (and of a CSV)
MAKS_KOLOM = 200  # columns of a sheet's used area (and of a CSV)
MAKS_SEL_GABUNGAN = 1_000_000  # merged cells of a workbook, after clipping to the used areas
MAKS_BITA_TEKS_BERSAMA = 50 * MB  # xl/sharedStrings.xml, unpacked (openpyxl holds it whole)
MAKS_BITA_GAYA = 20 * MB  # xl/styles.xml, unpacked (openpyxl builds an object per style)
MAKS_SHEET = 1_000
# Word (.docx)
MAKS_TABEL = 200
MAKS_BARIS_TABEL = 100_000  # rows of all tables together
MAKS_BERSARANG = 5  # a table inside a cell of a table … at most this deep
MAKS_KOLOM_KISI = 1_000  # columns of one table's grid (w:tblGrid)


class BatasError(IkuError):
    """A file is past one of the bounds above (the message names it)."""


def _mb(n: int) -> str:
    """Megabytes as a message shows them: 50 MB for a bound, 2,9 MB for a size."""
    if n % MB == 0:
        return f"{n // MB} MB"
    return f"{n / MB:.1f}".replace(".", ",") + " MB"


def periksa_ukuran(path: str | os.PathLike[str]) -> int:
    """The size of the file at ``path``; refused past ``MAKS_BITA``."""
    p = Path(path)
    ukuran = p.stat().st_size
    if ukuran > MAKS_BITA:
        raise BatasError(
            f"Berkas '{p.name}' terlalu besar ({_mb(ukuran)}; batasnya {_mb(MAKS_BITA)} "
            "per berkas). Berkas isian, lampiran SIPD dan ekspor survei jauh lebih kecil; "
            "periksa apakah berkasnya benar."
        )
    return ukuran


def periksa_zip(z: zipfile.ZipFile, nama: str) -> dict[str, zipfile.ZipInfo]:
    """The members of an office file's zip by name, after the bounds on what they unpack to."""
    infos = z.infolist()
    if len(infos) > MAKS_ANGGOTA:
        raise BatasError(
            f"Berkas '{nama}' berisi {len(infos)} bagian; batasnya {MAKS_ANGGOTA} bagian."
        )
    total = 0
    for i in infos:
        if i.flag_bits & 0x1:
            raise BatasError(f"Berkas '{nama}' dilindungi kata sandi (terenkripsi).")
        total += i.file_size
        if i.file_size > RASIO_DARI and i.file_size > MAKS_RASIO * max(i.compress_size, 1):
            raise BatasError(
                f"Bagian '{i.filename}' di berkas '{nama}' memampat lebih dari {MAKS_RASIO}:1 "
                f"({_mb(i.file_size)} dari {i.compress_size} bita; batas rasio {MAKS_RASIO}:1). "
                "Itu bukan berkas kantor biasa ('bom zip'); berkas ini tidak dibaca."
            )
    if total > MAKS_BITA_TERURAI:
        raise BatasError(
            f"Isi berkas '{nama}' terlalu besar setelah diurai ({_mb(total)}; batasnya "
            f"{_mb(MAKS_BITA_TERURAI)}). Berkas ini tidak dibaca."
        )
    return {i.filename: i for i in infos}


def periksa_bagian(info: zipfile.ZipInfo, batas: int, apa: str, nama: str) -> None:
    if info.file_size > batas:
        raise BatasError(
            f"{apa} di berkas '{nama}' terlalu besar ({_mb(info.file_size)} setelah diurai; "
            f"batasnya {_mb(batas)}). Berkas ini tidak dibaca."
        )


class _Akar(Exception):
    """The root element began: the prolog (where a DOCTYPE would be) is over."""


def periksa_prolog(z: zipfile.ZipFile, infos: dict[str, zipfile.ZipInfo], nama: str) -> None:
    """Refuse a document type declaration (entities: XXE, "billion laughs") in any XML part,
    reading only each part's prolog; the office readers (openpyxl, python-docx) would expand
    it."""
    for n in infos:
        if not n.lower().endswith((".xml", ".rels", ".vml")):
            continue
        p = _parser()

        def akar(*_args: object) -> None:
            raise _Akar

        p.StartElementHandler = akar
        try:
            with z.open(n) as f:
                _alirkan(p, f, nama, n)
        except _Akar:
            continue
        except BatasError as e:
            if "DOCTYPE" in e.pesan:
                raise
            # A damaged part: the reader itself says so in its own words.


def periksa_buku_kerja(z: zipfile.ZipFile, nama: str) -> dict[str, zipfile.ZipInfo]:
    """The zip bounds plus those of the parts openpyxl reads whole (shared strings, styles),
    and no DOCTYPE in any part."""
    infos = periksa_zip(z, nama)
    periksa_prolog(z, infos, nama)
    for n, i in infos.items():
        rendah = n.lower()
        if rendah.endswith("sharedstrings.xml"):
            periksa_bagian(i, MAKS_BITA_TEKS_BERSAMA, "Teks bersama (sharedStrings)", nama)
        elif rendah.endswith("styles.xml"):
            periksa_bagian(i, MAKS_BITA_GAYA, "Gaya sel (styles)", nama)
    sheet = [n for n in infos if re.match(r"(?i)xl/worksheets/[^/]+\.xml$", n)]
    if len(sheet) > MAKS_SHEET:
        raise BatasError(f"Berkas '{nama}' punya {len(sheet)} sheet; batasnya {MAKS_SHEET}.")
    return infos


# --- a worksheet's used area and merged ranges ------------------------------------------------

_REF = re.compile(r"^\$?([A-Za-z]{1,3})\$?([0-9]{1,7})$")


def kolom_angka(huruf: str) -> int:
    n = 0
    for ch in huruf.upper():
        n = n * 26 + (ord(ch) - 64)
    return n


def _sel(ref: str) -> tuple[int, int] | None:
    """'B7' → (7, 2); None when not a cell reference."""
    m = _REF.match(ref.strip())
    if not m:
        return None
    return int(m.group(2)), kolom_angka(m.group(1))


@dataclass
class AreaSheet:
    """What a worksheet holds: the used area (rows and columns of cells that carry a value or a
    formula) and its merged ranges clipped to that area as (min_row, min_col, max_row, max_col).
    """

    judul: str
    baris: int = 0
    kolom: int = 0
    gabungan: list[tuple[int, int, int, int]] = field(default_factory=list)
    sel_gabungan: int = 0
    sel_gabungan_tertulis: int = 0  # before clipping: what a full openpyxl load would expand

    def gabungan_di_baris(self) -> dict[int, list[tuple[int, int, int, int]]]:
        """Row → the merged ranges over it (built once; bounded by MAKS_SEL_GABUNGAN)."""
        per: dict[int, list[tuple[int, int, int, int]]] = {}
        for g in self.gabungan:
            for r in range(g[0], g[2] + 1):
                per.setdefault(r, []).append(g)
        return per


def _tolak_doctype(*_args: object) -> None:
    raise BatasError("DOCTYPE")


def _parser() -> expat.XMLParserType:
    p = expat.ParserCreate(namespace_separator=" ")
    p.StartDoctypeDeclHandler = _tolak_doctype
    p.EntityDeclHandler = _tolak_doctype
    return p


def _nama_lokal(nama: str) -> str:
    return nama.rsplit(" ", 1)[-1]


def _alirkan(p: expat.XMLParserType, f: IO[bytes], nama: str, bagian: str) -> None:
    try:
        while blok := f.read(256 * 1024):
            p.Parse(blok, False)
        p.Parse(b"", True)
    except BatasError as e:
        if e.pesan == "DOCTYPE":
            raise BatasError(
                f"Bagian '{bagian}' di berkas '{nama}' memuat deklarasi DOCTYPE/entitas; berkas "
                "kantor tidak memakainya. Berkas ini tidak dibaca."
            ) from None
        raise
    except (expat.ExpatError, LookupError) as e:  # LookupError: an unknown encoding
        raise BatasError(
            f"Bagian '{bagian}' di berkas '{nama}' rusak (XML tidak sah: {e}). Berkas ini tidak "
            "dibaca."
        ) from None
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError, ValueError):
        raise BatasError(f"Berkas '{nama}' rusak (arsip zip tidak sah).") from None


def pindai_sheet(
    z: zipfile.ZipFile, bagian: str, judul: str, nama: str, sisa_gabungan: int
) -> AreaSheet:
    """Stream one worksheet's XML: its used area (refused past MAKS_BARIS × MAKS_KOLOM) and its
    merged ranges, clipped to that area (refused when more than ``sisa_gabungan`` cells)."""
    area = AreaSheet(judul)
    mentah: list[tuple[int, int, int, int]] = []
    kini: list[tuple[int, int] | None] = [None]  # the open <c>
    baris_kini = [0]
    kolom_berikut = [1]

    def terlalu(r: int, c: int) -> None:
        if r > MAKS_BARIS:
            raise BatasError(
                f"Sheet '{judul}' di berkas '{nama}' berisi sel di baris {r}; batasnya "
                f"{MAKS_BARIS} baris. Hapus isi di bawah tabel, lalu impor lagi."
            )
        raise BatasError(
            f"Sheet '{judul}' di berkas '{nama}' berisi sel di kolom {c}; batasnya "
            f"{MAKS_KOLOM} kolom. Hapus isi di kanan tabel, lalu impor lagi."
        )

    def mulai(tag: str, attr: dict[str, str]) -> None:
        lokal = _nama_lokal(tag)
        if lokal == "row":
            try:
                baris_kini[0] = int(attr.get("r", baris_kini[0] + 1))
            except ValueError:
                baris_kini[0] += 1
            kolom_berikut[0] = 1
        elif lokal == "c":
            ref = attr.get("r")
            rc = _sel(ref) if ref else (baris_kini[0], kolom_berikut[0])
            kini[0] = rc
            if rc is not None:
                kolom_berikut[0] = rc[1] + 1
            if attr.get("t") == "inlineStr":
                tandai()
        elif lokal in ("v", "f", "is") and kini[0] is not None:
            tandai()
        elif lokal == "mergeCell":
            ref = attr.get("ref", "")
            a, _, b = ref.partition(":")
            s1, s2 = _sel(a), _sel(b or a)
            if s1 is None or s2 is None:
                return
            if len(mentah) >= MAKS_SEL_GABUNGAN:
                raise BatasError(
                    f"Sheet '{judul}' di berkas '{nama}' punya lebih dari {MAKS_SEL_GABUNGAN} "
                    "rentang sel gabungan; berkas ini tidak dibaca."
                )
            mentah.append(
                (min(s1[0], s2[0]), min(s1[1], s2[1]), max(s1[0], s2[0]), max(s1[1], s2[1]))
            )

    def tandai() -> None:
        rc = kini[0]
        if rc is None:
            return
        r, c = rc
        if r > MAKS_BARIS or c > MAKS_KOLOM:
            terlalu(r, c)
        area.baris = max(area.baris, r)
        area.kolom = max(area.kolom, c)

    def akhir(tag: str) -> None:
        if _nama_lokal(tag) == "c":
            kini[0] = None

    p = _parser()
    p.StartElementHandler = mulai
    p.EndElementHandler = akhir
    try:
        with z.open(bagian) as f:
            _alirkan(p, f, nama, bagian)
    except KeyError:
        raise BatasError(f"Berkas '{nama}' rusak: bagian '{bagian}' tidak ada.") from None
    for r1, c1, r2, c2 in mentah:
        area.sel_gabungan_tertulis += (r2 - r1 + 1) * (c2 - c1 + 1)
    # Clipped to the used area: a range past it covers only empty cells, which no reader needs.
    for r1, c1, r2, c2 in mentah:
        r2, c2 = min(r2, area.baris), min(c2, area.kolom)
        if r1 > r2 or c1 > c2:
            continue
        area.gabungan.append((r1, c1, r2, c2))
        area.sel_gabungan += (r2 - r1 + 1) * (c2 - c1 + 1)
        if area.sel_gabungan > sisa_gabungan:
            raise BatasError(
                f"Berkas '{nama}' punya lebih dari {MAKS_SEL_GABUNGAN} sel gabungan (merge) di "
                f"dalam tabelnya; batasnya {MAKS_SEL_GABUNGAN}. Berkas ini tidak dibaca."
            )
    return area


def periksa_xlsx_utuh(path: str | os.PathLike[str]) -> None:
    """Every bound, for a reader that loads a workbook whole (openpyxl's full load expands each
    merged range cell by cell, even past the used area): the file and zip bounds, each sheet's
    used area, and at most ``MAKS_SEL_GABUNGAN`` merged cells as written, unclipped."""
    p = Path(path)
    nama = p.name
    periksa_ukuran(p)
    try:
        with zipfile.ZipFile(p) as z:
            infos = periksa_buku_kerja(z, nama)
            tertulis = 0
            for n in infos:
                if not re.match(r"(?i)xl/worksheets/[^/]+\.xml$", n):
                    continue
                area = pindai_sheet(z, n, n.rsplit("/", 1)[-1], nama, MAKS_SEL_GABUNGAN)
                tertulis += area.sel_gabungan_tertulis
                if tertulis > MAKS_SEL_GABUNGAN:
                    raise BatasError(
                        f"Berkas '{nama}' punya lebih dari {MAKS_SEL_GABUNGAN} sel gabungan "
                        f"(merge); batasnya {MAKS_SEL_GABUNGAN}. Berkas ini tidak dibaca."
                    )
    except BatasError:
        raise
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError, NotImplementedError, ValueError):
        raise BatasError(f"Berkas '{nama}' rusak (arsip zip tidak sah).") from None


# --- Word ---------------------------------------------------------------------------------------


@dataclass
class RingkasanWord:
    tabel: int = 0
    baris_tabel: int = 0
    bersarang: int = 0  # deepest nesting seen (1: a table in the body)


def periksa_docx(path: str | os.PathLike[str]) -> RingkasanWord:
    """Refuse a .docx past the Word bounds before python-docx reads it: the file and zip bounds,
    at most ``MAKS_TABEL`` tables and ``MAKS_BARIS_TABEL`` table rows, tables nested at most
    ``MAKS_BERSARANG`` deep, and every ``gridSpan``/``vMerge`` cell within its table's grid.
    Returns what was counted."""
    p = Path(path)
    nama = p.name
    periksa_ukuran(p)
    try:
        with zipfile.ZipFile(p) as z:
            infos = periksa_zip(z, nama)
            if "word/document.xml" not in infos:
                raise BatasError(f"Berkas '{nama}' bukan dokumen Word (.docx).")
            periksa_prolog(z, infos, nama)
            return _pindai_docx(z, nama)
    except BatasError:
        raise
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError, NotImplementedError, ValueError):
        raise BatasError(f"Berkas '{nama}' rusak (arsip zip tidak sah).") from None


@dataclass
class _Tabel:
    kisi: int = 0  # columns of w:tblGrid
    posisi: int = 0  # grid column where the next cell of the current row starts
    nomor: int = 0  # which table this is (1-based), for the message
    baris: int = 0


def _pindai_docx(z: zipfile.ZipFile, nama: str) -> RingkasanWord:
    hasil = RingkasanWord()
    tumpukan: list[_Tabel] = []
    dalam_kisi = [False]

    def tolak(t: _Tabel, apa: str) -> None:
        raise BatasError(
            f"Tabel ke-{t.nomor} di '{nama}' (baris {t.baris}): {apa} di luar kisi tabelnya "
            f"({t.kisi} kolom). Dokumen ini rusak; simpan ulang di Word lalu impor lagi."
        )

    def angka(attr: dict[str, str]) -> int | None:
        for k, v in attr.items():
            if _nama_lokal(k) == "val":
                try:
                    return int(v)
                except ValueError:
                    return None
        return None

    def mulai(tag: str, attr: dict[str, str]) -> None:
        lokal = _nama_lokal(tag)
        if lokal == "tbl":
            hasil.tabel += 1
            if hasil.tabel > MAKS_TABEL:
                raise BatasError(
                    f"Dokumen '{nama}' berisi lebih dari {MAKS_TABEL} tabel; batasnya "
                    f"{MAKS_TABEL}. Dokumen ini tidak dibaca."
                )
            tumpukan.append(_Tabel(nomor=hasil.tabel))
            hasil.bersarang = max(hasil.bersarang, len(tumpukan))
            if len(tumpukan) > MAKS_BERSARANG:
                raise BatasError(
                    f"Dokumen '{nama}' berisi tabel bersarang lebih dari {MAKS_BERSARANG} "
                    f"tingkat (tabel di dalam sel tabel); batasnya {MAKS_BERSARANG}."
                )
            return
        if not tumpukan:
            return
        t = tumpukan[-1]
        if lokal == "tblGrid":
            dalam_kisi[0] = True
        elif lokal == "gridCol" and dalam_kisi[0]:
            t.kisi += 1
            if t.kisi > MAKS_KOLOM_KISI:
                raise BatasError(
                    f"Tabel ke-{t.nomor} di '{nama}' punya lebih dari {MAKS_KOLOM_KISI} kolom; "
                    f"batasnya {MAKS_KOLOM_KISI}."
                )
        elif lokal == "tr":
            hasil.baris_tabel += 1
            t.baris += 1
            t.posisi = 0
            if hasil.baris_tabel > MAKS_BARIS_TABEL:
                raise BatasError(
                    f"Dokumen '{nama}' berisi lebih dari {MAKS_BARIS_TABEL} baris tabel; "
                    f"batasnya {MAKS_BARIS_TABEL}. Dokumen ini tidak dibaca."
                )
        elif lokal in ("gridBefore", "gridAfter"):
            n = angka(attr)
            if n is None or n < 0 or t.posisi + n > t.kisi:
                tolak(t, f"{lokal} {n}")
            t.posisi += n or 0
        elif lokal == "tc":
            t.posisi += 1
            if t.posisi > t.kisi:
                tolak(t, "sel")
        elif lokal == "gridSpan":
            n = angka(attr)
            if n is None or n < 1 or t.posisi - 1 + n > t.kisi:
                tolak(t, f"gridSpan {n if n is not None else '?'}")
            t.posisi += (n or 1) - 1
        elif lokal == "vMerge" and t.posisi > t.kisi:
            tolak(t, "vMerge")

    def akhir(tag: str) -> None:
        lokal = _nama_lokal(tag)
        if lokal == "tbl" and tumpukan:
            tumpukan.pop()
        elif lokal == "tblGrid":
            dalam_kisi[0] = False

    p = _parser()
    p.StartElementHandler = mulai
    p.EndElementHandler = akhir
    with z.open("word/document.xml") as f:
        _alirkan(p, f, nama, "word/document.xml")
    return hasil


def baris_csv(nomor: int, kolom: int, nama: str) -> None:
    """A CSV row past the bounds a sheet has (rows and columns) is refused alike."""
    if nomor > MAKS_BARIS + 1:
        raise BatasError(
            f"Berkas '{nama}' punya lebih dari {MAKS_BARIS} baris; batasnya {MAKS_BARIS} baris."
        )
    if kolom > MAKS_KOLOM:
        raise BatasError(
            f"Berkas '{nama}' baris {nomor} punya {kolom} kolom; batasnya {MAKS_KOLOM} kolom."
        )
