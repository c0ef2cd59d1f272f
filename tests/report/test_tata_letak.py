"""Layout of the printed sheet, checked by where the words land (pdftotext -bbox) (issue 16)."""

from __future__ import annotations

import dataclasses
import html
import re
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

import pypdf
import pytest
from reportlab.lib.units import mm

from ikudesk.domain.model import Dokumen, LaporanTahunan
from ikudesk.files.docfile import baca_file
from ikudesk.report import tulis_pdf
from tests.support.alat import perlu_poppler
from tests.support.sintetis import dokumen_sintetis

DATA = Path(__file__).resolve().parents[2] / "data"


@dataclass(frozen=True)
class Kata:
    halaman: int  # 1-based
    x: float
    y: float  # from the top of the page
    teks: str


_KATA = re.compile(
    r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="[\d.]+" yMax="[\d.]+">(.*?)</word>'
)


def kata_pdf(path: Path) -> list[Kata]:
    """Every word of the PDF with its position, page by page, in reading order."""
    pdftotext = shutil.which("pdftotext")
    assert pdftotext, "pdftotext (poppler-utils) tidak terpasang; pasang untuk menguji PDF"
    keluaran = subprocess.run(
        [pdftotext, "-bbox", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    hasil: list[Kata] = []
    for no, hal in enumerate(keluaran.split("<page ")[1:], start=1):
        for x, y, teks in _KATA.findall(hal):
            hasil.append(Kata(no, float(x), float(y), html.unescape(teks)))
    return hasil


def _teks_dokumen(dok: Dokumen) -> str:
    """All the text a document holds (for telling whole words from broken ones)."""
    bagian: list[str] = []

    def kumpul(x: object) -> None:
        if isinstance(x, str):
            bagian.append(x)
        elif isinstance(x, dict):
            for v in x.values():
                kumpul(v)
        elif isinstance(x, list | tuple):
            for v in x:
                kumpul(v)

    kumpul(dataclasses.asdict(dok))
    return "\n".join(bagian)


def test_kata_tidak_terpotong_dari_indikator_10(tmp_path: Path) -> None:
    """Item 14: with 60 numbered indicators on A4 portrait no word breaks inside itself
    ("ditindaklanjut / i"): the column is as wide as a word behind the widest number."""
    dok = dokumen_sintetis(60)
    out = tmp_path / "a4.pdf"
    tulis_pdf(dok, out, kertas="A4", orientasi="portrait")
    utuh = set(_teks_dokumen(dok).split())
    nama = {w for ind in dok.semua_indikator() for w in ind.nama.split()}
    potongan = set()
    for p in pypdf.PdfReader(out).pages:
        for baris in p.extract_text().splitlines():
            for w in baris.split():
                # a piece of an indicator's word that is no word of the document itself
                if w not in utuh and any(w in n and w != n for n in nama) and not w.isdigit():
                    potongan.add(w)
    assert not potongan, f"kata terpotong: {sorted(potongan)}"


@perlu_poppler  # word positions come from pdftotext -bbox
def test_butir_10_sejajar_dengan_butir_1(tmp_path: Path) -> None:
    """Item 15: items 10+ start their text where items 1-9 do, in a header list and in the
    numbered indicator column."""
    dok = dokumen_sintetis(12)
    fungsi = dok.profil.kepala[2]
    fungsi.butir = [f"Fungsi{i} dijalankan" for i in range(1, 13)]
    fungsi.penomoran = "angka"
    dok.tujuan[0].sasaran[0].indikator[0].nama = "Pertama indikator"
    dok.semua_indikator()[10].nama = "Kesebelas indikator"
    out = tmp_path / "butir.pdf"
    tulis_pdf(dok, out, kertas="A4", orientasi="portrait")
    kata = kata_pdf(out)
    x_fungsi = {k.teks: k.x for k in kata if k.teks.startswith("Fungsi") and k.teks != "Fungsi"}
    assert len(x_fungsi) == 12
    assert max(x_fungsi.values()) - min(x_fungsi.values()) < 0.5, x_fungsi
    x_ind = [k.x for k in kata if k.teks in ("Pertama", "Kesebelas")]
    assert len(x_ind) == 2
    assert abs(x_ind[0] - x_ind[1]) < 0.5, x_ind


@perlu_poppler  # word positions come from pdftotext -bbox
def test_butir_bernomor_dalam_teks_sejajar(tmp_path: Path) -> None:
    """Item 15: a catatan with lines 1.-11. aligns the text of 9. and 10."""
    dok = dokumen_sintetis(3)
    dok.catatan = "\n".join(f"{i}. Catatan{i} berlaku" for i in range(1, 12))
    out = tmp_path / "catatan.pdf"
    tulis_pdf(dok, out)
    x = {k.teks: k.x for k in kata_pdf(out) if re.fullmatch(r"Catatan\d+", k.teks)}
    assert len(x) == 11
    assert max(x.values()) - min(x.values()) < 0.5, x


def _rata(s: str) -> str:
    return re.sub(r"\s+", "", s)


@perlu_poppler  # word positions come from pdftotext -bbox
def test_baris_terpotong_menyebut_lanjutan(tmp_path: Path) -> None:
    """Item 17: a row cut across pages restates its No, Sasaran and Indikator on every
    continuation, marked "(lanjutan)"; nothing of the cut cell is lost or printed twice."""
    dok = dokumen_sintetis(3)
    ind = dok.semua_indikator()[0]
    baris = [f"- langkah penjelasan ke{i}" for i in range(120)]
    ind.rumus.penjelasan = "\n".join(baris)
    out = tmp_path / "tinggi.pdf"
    n = tulis_pdf(dok, out)
    assert n >= 3
    halaman = [_rata(p.extract_text()) for p in pypdf.PdfReader(out).pages]
    sasaran = dok.tujuan[0].sasaran[0].uraian
    for i, teks in enumerate(halaman[1:], start=2):
        isi = teks.split("(15)", 1)[1]  # below the column numbers
        assert isi.startswith("1"), f"halaman {i}: nomor tidak diulang"
        assert _rata(f"{sasaran} (lanjutan)") in isi, f"halaman {i}: sasaran tidak diulang"
        assert _rata(f"1. {ind.nama} (lanjutan)") in isi, f"halaman {i}: indikator tidak diulang"
    garis = [g.strip() for p in pypdf.PdfReader(out).pages for g in p.extract_text().splitlines()]
    for b in baris:
        assert garis.count(b) == 1, b
    # the continuation's words sit in the indicator column, under its heading
    kata = kata_pdf(out)
    x_judul = min(k.x for k in kata if k.halaman == 2 and k.teks == "Indikator")
    x_lanjut = [k.x for k in kata if k.halaman == 2 and k.teks == "(lanjutan)"]
    assert len(x_lanjut) == 2 and max(x_lanjut) > x_judul - 20


def _fungsi_panjang(dok: Dokumen, jumlah: int) -> None:
    fungsi = dok.profil.kepala[2]
    fungsi.butir = [
        f"FungsiKe{i} penyelenggaraan urusan pemerintahan umum, pelayanan masyarakat, "
        "pembinaan desa dan kelurahan, ketenteraman dan ketertiban umum, serta tugas lain "
        "yang dilimpahkan oleh bupati kepada camat sesuai peraturan perundang-undangan"
        for i in range(1, jumlah + 1)
    ]
    fungsi.penomoran = "angka"


@perlu_poppler  # word positions come from pdftotext -bbox
def test_daftar_kepala_panjang_terpotong_antar_halaman(tmp_path: Path) -> None:
    """Item 16: a fungsi list too long for what is left of page 1 starts on page 1 and goes on
    on page 2 (it used to move whole to page 2, leaving page 1 almost blank); the label stays
    with its first lines."""
    dok = dokumen_sintetis(6)
    _fungsi_panjang(dok, 20)
    out = tmp_path / "kepala.pdf"
    tulis_pdf(dok, out)  # F4 landscape
    kata = kata_pdf(out)
    halaman = {k.teks: k.halaman for k in kata if k.teks.startswith("FungsiKe")}
    assert len(halaman) == 20
    label = [k.halaman for k in kata if k.teks == "Fungsi"]
    assert label == [1]
    assert halaman["FungsiKe1"] == halaman["FungsiKe2"] == 1
    assert halaman["FungsiKe20"] == 2
    assert sorted(halaman.values()) == [halaman[f"FungsiKe{i}"] for i in range(1, 21)]
    # page 1 is used down to its foot: the last item there sits in its lower fifth
    tinggi = float(pypdf.PdfReader(out).pages[0].mediabox.height)
    y_bawah = max(k.y for k in kata if k.halaman == 1 and k.teks.startswith("FungsiKe"))
    assert y_bawah > tinggi * 0.8


@perlu_poppler  # word positions come from pdftotext -bbox
def test_judul_tabel_bersama_tabelnya(tmp_path: Path) -> None:
    """Item 16: the table caption ("4 Indikator Kinerja Utama :") is never alone at the foot of
    a page: it is on the page where the table's headings and first row are."""
    dok = dokumen_sintetis(12)
    dok.profil.kepala[2].butir = [
        f"Fungsi ke-{i}: penyelenggaraan urusan pemerintahan umum dan pelayanan masyarakat"
        for i in range(1, 31)
    ]
    dok.tabel.judul = "DaftarIKU Indikator Kinerja Utama"
    out = tmp_path / "judul.pdf"
    tulis_pdf(dok, out)  # F4 landscape
    kata = kata_pdf(out)
    judul = [k.halaman for k in kata if k.teks == "DaftarIKU"]
    assert len(judul) == 1
    kepala_tabel = min(k.halaman for k in kata if k.teks == "(15)")
    baris_pertama = min(k.halaman for k in kata if k.teks == "RUTIN")
    assert judul[0] == kepala_tabel == baris_pertama
    # the caption stays in the numbered header column layout, above the table
    y_judul = next(k.y for k in kata if k.teks == "DaftarIKU")
    y_kepala = min(k.y for k in kata if k.teks == "(15)" and k.halaman == judul[0])
    assert y_judul < y_kepala


def test_baris_kelompok_tidak_sendirian_di_kaki(tmp_path: Path) -> None:
    """A group row ("NON RUTIN") is never the only row under the headings at a page's foot."""
    for jumlah in range(50, 64, 2):
        dok = dokumen_sintetis(12)
        dok.profil.kepala[2].butir = [f"Fungsi ke-{i}: pelayanan" for i in range(1, jumlah)]
        out = tmp_path / f"k{jumlah}.pdf"
        tulis_pdf(dok, out, kertas="A4", orientasi="portrait")
        for i, p in enumerate(pypdf.PdfReader(out).pages, start=1):
            teks = _rata(p.extract_text())
            if "(15)" in teks:
                isi = teks.split("(15)", 1)[1]
                assert isi.split("Halaman")[0] not in ("NONRUTIN", "RUTIN"), (jumlah, i)


def _jarak_ttd(kata: list[Kata], jabatan: str, nama: str) -> tuple[int, float]:
    """(page, room between the jabatan's last line and the signer's name) in points."""
    j = [k for k in kata if k.teks == jabatan.split()[-1]][-1]
    n = [k for k in kata if k.teks == nama.split()[0]][-1]
    assert j.halaman == n.halaman
    return n.halaman, n.y - j.y


@perlu_poppler  # word positions come from pdftotext -bbox
def test_lembar_pendek_muat_satu_halaman(tmp_path: Path) -> None:
    """Item 18: a sheet that spills its last row and signature a little onto page 2 is set
    tighter so it fits on one page; the signature keeps at least 14 mm of room."""
    dok = baca_file(DATA / "sumbersuko.json")
    out = tmp_path / "sumbersuko.pdf"
    assert tulis_pdf(dok, out) == 1  # F4 landscape; it took two pages
    p = dok.penandatangan
    assert p is not None
    halaman, jarak = _jarak_ttd(kata_pdf(out), p.jabatan, p.nama)
    assert halaman == 1
    assert jarak >= 14 * mm


@perlu_poppler  # word positions come from pdftotext -bbox
def test_catatan_di_samping_tanda_tangan_bila_perlu(tmp_path: Path) -> None:
    """Item 18: when tighter spacing alone is not enough, the catatan goes to the left of the
    signature and the sheet stays on one page."""
    dok = dokumen_sintetis(4)
    out = tmp_path / "empat.pdf"
    assert tulis_pdf(dok, out) == 1
    kata = kata_pdf(out)
    catatan = next(k for k in kata if k.teks == "Catatan:")
    tempat = next(k for k in kata if k.teks == "Contoh" and k.y > catatan.y - 20)
    assert catatan.halaman == tempat.halaman == 1
    assert abs(catatan.y - tempat.y) < 15  # on the same height, side by side
    assert catatan.x < tempat.x


@perlu_poppler  # word positions come from pdftotext -bbox
def test_lembar_panjang_tetap_berjarak_biasa(tmp_path: Path) -> None:
    """Item 18: a sheet that needs two pages anyway keeps the usual signature room."""
    biasa = tmp_path / "biasa.pdf"
    dok = dokumen_sintetis(2)  # fits on one page as it is
    assert tulis_pdf(dok, biasa) == 1
    p = dok.penandatangan
    assert p is not None
    _, jarak_biasa = _jarak_ttd(kata_pdf(biasa), p.jabatan, p.nama)
    panjang = tmp_path / "panjang.pdf"
    assert tulis_pdf(dokumen_sintetis(9), panjang) == 2
    _, jarak = _jarak_ttd(kata_pdf(panjang), p.jabatan, p.nama)
    assert jarak == pytest.approx(jarak_biasa, abs=0.5)
    assert jarak > 18 * mm


@pytest.mark.parametrize("laporan", ["iku", "capaian"])
def test_baris_terpotong_kedua_dalam_sasaran(laporan: str, tmp_path: Path) -> None:
    """Item 17: a tall row that is not the first of its sasaran: each page holds one heading
    (the rest never follows on the same page), page 1 is filled, and the continuations restate
    the sasaran marked "(lanjutan)"."""
    dok = dokumen_sintetis(6)
    ind = dok.tujuan[0].sasaran[0].indikator[1]
    kata = [f"kata{i}" for i in range(1500)]
    ind.nama = ind.nama + " " + " ".join(kata)
    out = tmp_path / f"{laporan}.pdf"
    n = tulis_pdf(dok, out, laporan=laporan, tahun=2023)
    assert n >= 3
    judul = "Indikator Kinerja"
    halaman = [_rata(p.extract_text()) for p in pypdf.PdfReader(out).pages]
    for i, teks in enumerate(halaman, start=1):
        assert teks.count(_rata(judul)) == 1, f"halaman {i}: judul kolom tidak tepat sekali"
    sasaran = _rata(f"{dok.tujuan[0].sasaran[0].uraian} (lanjutan)")
    for i, teks in enumerate(halaman[1:-1], start=2):
        assert sasaran in teks, f"halaman {i}: sasaran tidak diulang"
    token = [w for p in pypdf.PdfReader(out).pages for w in p.extract_text().split()]
    for k in kata:
        assert token.count(k) == 1, k  # nothing lost, nothing twice


@perlu_poppler  # word positions come from pdftotext -bbox
def test_kolom_nomor_tetap_sempit(tmp_path: Path) -> None:
    """Restating rows with "(lanjutan)" never widens the No column: its number is repeated as
    it is, so the column is as narrow as its heading and numbers."""
    out = tmp_path / "sh.pdf"
    tulis_pdf(baca_file(DATA / "sumber-harta.json"), out, kertas="A4", orientasi="portrait")
    kata = [k for k in kata_pdf(out) if k.halaman == 1]
    x_no = next(k.x for k in kata if k.teks == "No.")
    x_tujuan = next(k.x for k in kata if k.teks == "Tujuan" and k.x > x_no)
    assert x_tujuan - x_no < 38  # 32 with a 20 pt No column; 44 when it was widened


def test_laporan_capaian_pendek_muat_satu_halaman(tmp_path: Path) -> None:
    """Item 18 for the capaian report: 12 indicators with catatan and signature on one F4
    landscape page (they spilled the signature onto page 2)."""
    out = tmp_path / "capaian.pdf"
    dok = dokumen_sintetis(12)
    # the year's own signer and note (laporan_tahunan), here the synthetic sheet's
    dok.laporan_tahunan = [LaporanTahunan(2023, dok.penandatangan, dok.catatan)]
    assert tulis_pdf(dok, out, laporan="capaian", tahun=2023) == 1
    teks = _rata(pypdf.PdfReader(out).pages[0].extract_text())
    assert "NIP.196611141994032008" in teks and _rata("Catatan:") in teks
