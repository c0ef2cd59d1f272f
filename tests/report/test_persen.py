"""Whether "* 100" prints as "× 100%": the satuan and the formula's shape decide together
(issue 16 item 19)."""

from __future__ import annotations

import io
from pathlib import Path

import pypdf
import pytest

from ikudesk.domain import formula
from ikudesk.files.docfile import baca_file
from ikudesk.report import buat_pdf_bytes
from tests.support.sintetis import dokumen_sintetis

DATA = Path(__file__).resolve().parents[2] / "data"


@pytest.mark.parametrize(
    ("ekspresi", "satuan", "persen"),
    [
        ("a / b * 100", "%", True),
        ("a / b * 100", "", True),  # a ratio times 100 is a percentage by its shape
        ("a / b * 100", "  ", True),
        ("(a / b) * 100", "", True),
        ("((a - b) / b * 100)", "", True),
        ("(a + b) / (c * 3) * 100", "", True),
        ("a / b * 100", "Persen", True),
        ("a / b * 100", "Indeks", False),  # another unit says what the number is
        ("a / b * 100", "Nilai", False),
        ("a * 100", "", False),  # no ratio: 100 times a count is no percentage
        ("a / b", "", False),
        ("a / b * 1000", "", False),
        ("100 * a", "", False),
        ("a / b * 100 + c", "", False),
    ],
)
def test_prints_as_percent(ekspresi: str, satuan: str, persen: bool) -> None:
    node = formula.parse(ekspresi)
    assert formula.prints_as_percent(node, satuan) is persen


def _teks(pdf: bytes) -> str:
    return " ".join(p.extract_text() for p in pypdf.PdfReader(io.BytesIO(pdf)).pages)


def test_satuan_kosong_rumus_persen_tercetak_100_persen() -> None:
    """The sheet prints × 100% for a ratio × 100 with an empty satuan, and × 100 for one whose
    satuan names another unit."""
    dok = dokumen_sintetis(2)
    rasio, gabungan = dok.semua_indikator()
    rasio.satuan = ""  # "selesai / semua * 100"
    gabungan.satuan = "Nilai"  # "(a + b + c) / (desa * 3) * 100"
    teks = _teks(buat_pdf_bytes(dok)).split()
    assert teks.count("100%") == 1
    assert teks.count("100") == 1


def test_contoh_sumber_harta_nilai_sakip() -> None:
    """The shipped sample's "Nilai evaluasi SAKIP" (no satuan, a ratio × 100) prints 100%."""
    dok = baca_file(DATA / "sumber-harta.json")
    ind = next(i for i in dok.semua_indikator() if i.nama == "Nilai evaluasi SAKIP")
    assert ind.satuan == "" and ind.pakai_rumus
    jumlah_persen = sum(
        1
        for i in dok.semua_indikator()
        if i.pakai_rumus and (i.rumus.ekspresi or "").replace(" ", "").endswith("*100")
    )
    teks = _teks(buat_pdf_bytes(dok)).split()
    assert teks.count("100%") == jumlah_persen
