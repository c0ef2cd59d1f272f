"""Issue 16 item 20: the sheet's type face and size come from the document (stored with it),
new documents print in a sans at 10 pt, and a binding margin can be asked for."""

from __future__ import annotations

import io
from decimal import Decimal
from pathlib import Path

import pypdf
from reportlab.lib.units import mm

from ikudesk.cli import main
from ikudesk.domain.new_document import dokumen_baru
from ikudesk.files.docfile import baca_file
from ikudesk.report import buat_pdf_bytes
from tests.conftest import CONTOH

SUMBERSUKO = next(p for p in CONTOH if p.stem == "sumbersuko")


def _teks_dan_huruf(pdf: bytes) -> tuple[list[tuple[float, float, str, float]], set[str]]:
    """(x, y, text, size) of every text run on page 1, and the font names used."""
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    runs: list[tuple[float, float, str, float]] = []

    def lihat(teks: str, cm: list[float], tm: list[float], font: object, size: float) -> None:
        if teks.strip():
            runs.append((tm[4] * cm[0] + cm[4], tm[5] * cm[3] + cm[5], teks, size * tm[0]))

    halaman = reader.pages[0]
    halaman.extract_text(visitor_text=lihat)
    fonts = {
        str(f["/BaseFont"]).split("+")[-1]
        for f in halaman["/Resources"]["/Font"].values()  # type: ignore[index]
    }
    return runs, fonts


def test_huruf_dokumen_dipakai_dan_ukuran_judul() -> None:
    dok = baca_file(SUMBERSUKO)
    _, huruf_lama = _teks_dan_huruf(buat_pdf_bytes(dok))
    assert all("Serif" in f for f in huruf_lama)  # documents without a face keep the serif
    dok.tabel.huruf, dok.tabel.ukuran = "sans", Decimal(10)
    runs, huruf = _teks_dan_huruf(buat_pdf_bytes(dok))
    assert huruf and all("Sans" in f for f in huruf)
    judul = next(r for r in runs if dok.judul[0] in r[2])
    assert abs(judul[3] - 12) < 0.01  # title 12 pt over a 10 pt body


def test_dokumen_baru_sans_10() -> None:
    dok = dokumen_baru("Kecamatan Uji")
    assert (dok.tabel.huruf, dok.tabel.ukuran) == ("sans", Decimal(10))


def test_ruang_jilid_tegak_kiri_dan_mendatar_atas() -> None:
    dok = baca_file(SUMBERSUKO)
    for orientasi, sumbu, batas in (("portrait", 0, 25 * mm), ("landscape", 1, 20 * mm)):
        biasa, _ = _teks_dan_huruf(buat_pdf_bytes(dok, kertas="A4", orientasi=orientasi))
        jilid, _ = _teks_dan_huruf(
            buat_pdf_bytes(dok, kertas="A4", orientasi=orientasi, jilid=True)
        )
        if sumbu == 0:
            assert min(r[0] for r in biasa) < batas - 5
            assert min(r[0] for r in jilid) >= batas - 0.5
        else:
            tinggi = 210 * mm
            # the first line of the sheet sits lower: at least 20 mm below the paper's top edge
            assert tinggi - max(r[1] for r in biasa) < batas - 5
            assert tinggi - max(r[1] for r in jilid) >= batas - 0.5


def test_cli_jilid(tmp_path: Path, capsys) -> None:  # noqa: ANN001
    db = str(tmp_path / "iku.sqlite")
    assert main(["import", str(SUMBERSUKO), "--db", db]) == 0
    did = capsys.readouterr().out.strip()
    out = tmp_path / "jilid.pdf"
    kode = main(
        ["pdf", did, str(out), "--orientasi", "tegak", "--kertas", "A4", "--jilid", "--db", db]
    )
    assert kode == 0
    runs, _ = _teks_dan_huruf(out.read_bytes())
    assert min(r[0] for r in runs) >= 25 * mm - 0.5
