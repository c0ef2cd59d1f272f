"""The printed sheets, read back: page size and count, embedded fonts, every text present."""

from __future__ import annotations

import io
import re
import shutil
import subprocess
from decimal import Decimal
from pathlib import Path

import pypdf
import pytest
from reportlab.lib.units import mm

from ikudesk.cli import main
from ikudesk.domain.compute import hitung_capaian
from ikudesk.domain.kategori import KATEGORI_BAWAAN, kategori_untuk
from ikudesk.domain.model import Dokumen, LaporanTahunan
from ikudesk.domain.nip import format_nip
from ikudesk.errors import IkuError
from ikudesk.files.docfile import baca_file
from ikudesk.l10n import bulatkan, format_angka, format_tanggal
from ikudesk.report import buat_pdf_bytes, tulis_pdf
from ikudesk.report.iku_sheet import tahun_laporan
from tests.support.alat import perlu_poppler
from tests.support.sintetis import dokumen_sintetis

CONTOH = sorted((Path(__file__).resolve().parents[2] / "data").glob("*.json"))


def _rata(s: str) -> str:
    return re.sub(r"\s+", "", s)


def _halaman(path: Path) -> list[str]:
    return [_rata(p.extract_text() or "") for p in pypdf.PdfReader(path).pages]


def _cek_font(path: Path) -> None:
    pdffonts = shutil.which("pdffonts")
    assert pdffonts, "pdffonts (poppler-utils) tidak terpasang; pasang untuk menguji PDF"
    keluaran = subprocess.run([pdffonts, str(path)], capture_output=True, text=True, check=True)
    baris = keluaran.stdout.splitlines()[2:]
    assert baris, "PDF tanpa font"
    for b in baris:
        kolom = b.split()
        assert "TrueType" in b and kolom[-5] == "yes", b  # emb column


def _cek_iku(dok: Dokumen, path: Path) -> None:
    teks = _halaman(path)
    semua = "".join(teks)
    for j in dok.judul:
        assert _rata(j) in teks[0]
    for k in dok.profil.kepala:
        assert _rata(k.label) in teks[0]
        for b in [k.isi, *k.butir]:
            assert _rata(b) in semua
    for ind in dok.semua_indikator():
        assert _rata(ind.nama) in semua
        for k in ind.rumus.komponen:
            assert _rata(k.uraian) in semua
    judul_kolom = [_rata(k.judul) for k in dok.tabel.kolom]
    for i, t in enumerate(teks):
        for j in judul_kolom:
            assert j in t, f"judul kolom {j} tidak ada di halaman {i + 1}"
        assert _rata(f"Halaman {i + 1} dari {len(teks)}") in t
    p = dok.penandatangan
    if p is not None:
        assert _rata(f"NIP. {format_nip(p.nip)}") in teks[-1]
        assert _rata(format_tanggal(p.tanggal)) in teks[-1]
        assert _rata(p.nama) in teks[-1]
        assert _rata(p.jabatan) in teks[-1]


@perlu_poppler
@pytest.mark.parametrize("contoh", CONTOH, ids=[p.stem for p in CONTOH])
@pytest.mark.parametrize(
    ("kertas", "orientasi"), [("F4", "landscape"), ("A4", "portrait"), ("LEGAL", "landscape")]
)
def test_lembar_contoh(contoh: Path, kertas: str, orientasi: str, tmp_path: Path) -> None:
    dok = baca_file(contoh)
    out = tmp_path / "iku.pdf"
    n = tulis_pdf(dok, out, kertas=kertas, orientasi=orientasi)
    reader = pypdf.PdfReader(out)
    assert len(reader.pages) == n >= 1
    w, h = float(reader.pages[0].mediabox.width), float(reader.pages[0].mediabox.height)
    from ikudesk.report.paper import ukuran_kertas

    assert (w, h) == pytest.approx(ukuran_kertas(kertas, orientasi), abs=0.5)
    _cek_font(out)
    _cek_iku(dok, out)


def test_f4_landscape_bawaan(tmp_path: Path) -> None:
    out = tmp_path / "a.pdf"
    tulis_pdf(baca_file(CONTOH[0]), out)
    box = pypdf.PdfReader(out).pages[0].mediabox
    assert (float(box.width), float(box.height)) == pytest.approx((330 * mm, 215 * mm), abs=0.5)


@perlu_poppler
def test_sintetis_300(tmp_path: Path) -> None:
    dok = dokumen_sintetis(300)
    out = tmp_path / "besar.pdf"
    n = tulis_pdf(dok, out, tahun=2024)
    assert n > 5
    _cek_font(out)
    _cek_iku(dok, out)
    teks = _halaman(out)
    # a sasaran cut by a page break is stated again at the top of the next page
    for t in teks[1:]:
        assert "Sasaran" in t.split("(15)")[1][:40] or "RUTIN" in t.split("(15)")[1][:40]
    # the target years and the chosen year's values are printed
    ind = dok.semua_indikator()[0]
    semua = "".join(teks)
    for th in dok.periode.tahun:
        assert str(th) in teks[-1]
    assert _rata(format_angka(hitung_capaian(ind, 2024).nilai)) in semua


def test_tanda_tangan_tidak_sendirian(tmp_path: Path) -> None:
    for n in (5, 9, 13, 17, 21, 33):
        out = tmp_path / f"{n}.pdf"
        tulis_pdf(dokumen_sintetis(n), out)
        terakhir = pypdf.PdfReader(out).pages[-1].extract_text()
        assert "NIP." in terakhir
        assert "Persentase" in terakhir or "Indeks" in terakhir, f"{n}: tanda tangan sendirian"


@perlu_poppler
def test_laporan_capaian(tmp_path: Path) -> None:
    dok = dokumen_sintetis(24)
    # The capaian report is signed by the year's laporan_tahunan signer (FORMAT v2), never by
    # the IKU sheet's: the synthetic signer signs 2023 here.
    dok.laporan_tahunan = [LaporanTahunan(2023, dok.penandatangan)]
    out = tmp_path / "cap.pdf"
    tulis_pdf(dok, out, laporan="capaian", tahun=2023)
    _cek_font(out)
    teks = "".join(_halaman(out))
    assert _rata("PENGUKURAN CAPAIAN KINERJA") in teks and "TAHUN2023" in teks
    for ind in dok.semua_indikator():
        assert _rata(ind.nama) in teks
        c = hitung_capaian(ind, 2023)
        if c.nilai is not None:
            assert _rata(format_angka(c.nilai)) in teks
            assert _rata(kategori_untuk(bulatkan(c.nilai), list(KATEGORI_BAWAAN))) in teks
        else:
            assert _rata(c.alasan) in teks
    assert _rata("NIP. 19661114 199403 2 008") in teks


def test_tahun_bawaan_tahun_terakhir_dengan_realisasi() -> None:
    dok = dokumen_sintetis(12)
    assert tahun_laporan(dok, None) == 2026
    for ind in dok.semua_indikator():
        ind.nilai_komponen.pop(2026, None)
        ind.realisasi.pop(2026, None)
    assert tahun_laporan(dok, None) == 2025
    for ind in dok.semua_indikator():
        ind.nilai_komponen.clear()
        ind.realisasi.clear()
    assert tahun_laporan(dok, None) == 2026  # none at all: the period's last year
    assert tahun_laporan(dok, 2022) == 2022


def test_tahun_di_luar_periode() -> None:
    with pytest.raises(IkuError, match="di luar periode"):
        buat_pdf_bytes(dokumen_sintetis(3), tahun=2040)


def test_target_tidak_bisa_ditulis(tmp_path: Path) -> None:
    dok = baca_file(CONTOH[0])
    with pytest.raises(IkuError, match="tidak ada"):
        tulis_pdf(dok, tmp_path / "tidak-ada" / "x.pdf")
    with pytest.raises(IkuError, match="folder"):
        tulis_pdf(dok, tmp_path)
    lama = tmp_path / "lama.pdf"
    lama.write_bytes(b"lama")
    bukan_folder = tmp_path / "berkas.txt"  # a file where a folder should be (works as root too)
    bukan_folder.write_text("x")
    with pytest.raises(IkuError, match="Tidak dapat menulis"):
        tulis_pdf(dok, bukan_folder / "x.pdf")
    tulis_pdf(dok, lama)
    assert lama.read_bytes().startswith(b"%PDF")
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []


def test_cli_pdf(store_contoh, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    store, ids = store_contoh
    out = tmp_path / "cli.pdf"
    rc = main(["pdf", str(ids["sumbersuko"]), str(out), "--db", str(store.path), "--paper", "a4"])
    assert rc == 0
    assert "halaman" in capsys.readouterr().err
    box = pypdf.PdfReader(out).pages[0].mediabox
    assert float(box.width) > float(box.height)
    rc = main(["pdf", "9999", str(tmp_path / "y.pdf"), "--db", str(store.path)])
    assert rc == 2
    assert not (tmp_path / "y.pdf").exists()
    rc = main(
        ["pdf", str(ids["benjeng"]), str(out), "--db", str(store.path), "--report", "capaian"]
    )
    # Benjeng has neither a period nor a yearly value: no year to report, refused (issue 20)
    assert rc == 2 and "tahun laporan tidak dapat ditentukan" in capsys.readouterr().err


def test_rumus_tersusun_bertumpuk(tmp_path: Path) -> None:
    """A percentage formula prints × 100%, a product ×, and components above/below a rule."""
    dok = dokumen_sintetis(2)
    out = tmp_path / "r.pdf"
    tulis_pdf(dok, out)
    teks = pypdf.PdfReader(out).pages[0].extract_text()
    assert "×" in teks and "100%" in teks
    assert Decimal(1)  # keep Decimal import meaningful for type checkers


@perlu_poppler
@pytest.mark.parametrize("font", ["serif", "sans"])
def test_huruf_khusus_tercetak(font: str, tmp_path: Path) -> None:
    dok = dokumen_sintetis(4)
    dok.catatan = "Ʃ desa × 3 ≤ 100 ≥ 0 – ‘kutip’ “ganda”"
    out = tmp_path / f"{font}.pdf"
    tulis_pdf(dok, out, font=font)
    _cek_font(out)
    nama = subprocess.run(["pdffonts", str(out)], capture_output=True, text=True).stdout
    assert ("Serif" if font == "serif" else "Sans") in nama
    teks = _halaman(out)[-1]
    assert _rata(dok.catatan) in teks


@perlu_poppler
@pytest.mark.parametrize("contoh", CONTOH, ids=[p.stem for p in CONTOH])
def test_laporan_capaian_contoh(contoh: Path, tmp_path: Path) -> None:
    dok = baca_file(contoh)
    # Signed by the year's laporan_tahunan signer (FORMAT v2): the sample's IKU signer signs
    # the report's year here; a report without a year has no signer to take.
    th = tahun_laporan(dok, None)
    if th is not None and dok.penandatangan is not None:
        dok.laporan_tahunan = [LaporanTahunan(th, dok.penandatangan)]
    out = tmp_path / "cap.pdf"
    if th is None:  # no year to report (no period, no yearly value): refused, nothing written
        with pytest.raises(IkuError, match="tahun laporan tidak dapat ditentukan"):
            tulis_pdf(dok, out, laporan="capaian")
        assert not out.exists()
        return
    n = tulis_pdf(dok, out, laporan="capaian")
    assert len(pypdf.PdfReader(out).pages) == n
    _cek_font(out)
    teks = _halaman(out)
    for ind in dok.semua_indikator():
        assert _rata(ind.nama) in "".join(teks)
    for i, t in enumerate(teks):
        assert _rata("Capaian (%)") in t and _rata(f"Halaman {i + 1} dari {n}") in t
    if dok.penandatangan is not None:
        nip = _rata(f"NIP. {format_nip(dok.penandatangan.nip)}")
        assert (nip in teks[-1]) == (th is not None)  # never borrowed by a year-less report


def test_baris_lebih_tinggi_dari_halaman(tmp_path: Path) -> None:
    """A row taller than a page is cut inside its cells, nothing lost, signature still last."""
    dok = dokumen_sintetis(3)
    baris = [f"- baris penjelasan nomor {i}" for i in range(120)]
    dok.semua_indikator()[0].rumus.penjelasan = "\n".join(baris)
    out = tmp_path / "tinggi.pdf"
    n = tulis_pdf(dok, out)
    assert n >= 3
    teks = _halaman(out)
    semua = "".join(teks)
    for b in baris:
        assert _rata(b[2:]) in semua
    assert "NIP.196611141994032008" in teks[-1]


def test_operator_berjarak_sama_di_kedua_sisi() -> None:
    """'+' and '×' have the same gap on both sides (review: '+Jumlah' touched its right-hand
    term because the operator was shifted as well as centred)."""
    dok = baca_file(next(p for p in CONTOH if p.stem == "sumbersuko"))
    halaman = pypdf.PdfReader(io.BytesIO(buat_pdf_bytes(dok))).pages
    jarak: list[tuple[float, float]] = []
    for hal in halaman:
        potong: list[tuple[float, str]] = []

        def catat(teks, cm, tm, font, ukuran, potong=potong) -> None:  # noqa: ANN001
            if teks.strip():
                potong.append((tm[4], teks.strip()))

        hal.extract_text(visitor_text=catat)
        for i, (x, teks) in enumerate(potong):
            if teks == "+" and 0 < i < len(potong) - 1:
                jarak.append((x, potong[i + 1][0]))
    assert jarak, "the sumbersuko sheet has a sum of three components"
    for x_op, x_kanan in jarak:
        assert x_kanan - x_op > 6  # the '+' glyph plus a visible gap before the next term


def test_laporan_capaian_menamai_kolom_tujuan() -> None:
    """A tujuan's own indicators sit in the first column: its heading says so (review)."""
    teks = {}
    for p in CONTOH:
        isi = buat_pdf_bytes(baca_file(p), laporan="capaian", tahun=2022)
        teks[p.stem] = " ".join(h.extract_text() for h in pypdf.PdfReader(io.BytesIO(isi)).pages)
    assert "Tujuan / Sasaran Strategis" in teks["sumber-harta"]  # IKM hangs off the tujuan
    assert "Tujuan / Sasaran" not in teks["benjeng"] and "Sasaran Strategis" in teks["benjeng"]


def test_kolom_kode_dan_definisi_tercetak(tmp_path: Path) -> None:
    """FORMAT v2 column kinds: a sheet with 'kode' and 'definisi' columns prints both."""
    from ikudesk.domain.model import Kolom

    dok = baca_file(Path(__file__).resolve().parents[2] / "data" / "sumber-harta-2023.json")
    dok.tabel.kolom = [
        Kolom("kode", "Kode"),
        Kolom("indikator", "Indikator"),
        Kolom("definisi", "Definisi"),
    ]
    ind = dok.semua_indikator()[0]
    ind.kode, ind.definisi = "IKU 9", "Perbandingan layanan selesai tepat waktu"
    out = tmp_path / "kode.pdf"
    tulis_pdf(dok, out)
    teks = " ".join(pypdf.PdfReader(out).pages[0].extract_text().split())
    assert "IKU 9" in teks and "Perbandingan layanan selesai tepat waktu" in teks
