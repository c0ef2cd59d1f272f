"""What makes big sheets fast must not change what is printed."""

from __future__ import annotations

import pytest
from reportlab.lib import rl_accel
from reportlab.platypus import Paragraph

from ikudesk.report.teks import Paragraf, buat_gaya, paragraf

TEKS = [
    "Persentase  desa   dengan\tdokumen perencanaan",
    "12,5",
    "  x ",
    "Ünïcode — ≥ 5 % · ½",
    "kata " * 80,
    "A &amp; B",  # an entity: goes through the parser
    "<b>tebal</b> dan biasa",  # markup: goes through the parser
]


def test_akselerator_reportlab_aktif() -> None:
    """reportlab[accel] is a dependency: text widths and numbers come from its C code."""
    for fungsi in ("fp_str", "instanceStringWidthTTF", "asciiBase85Encode"):
        assert fungsi in rl_accel._c_funcs, fungsi


@pytest.mark.parametrize("teks", TEKS)
@pytest.mark.parametrize("font", ["serif", "sans"])
def test_paragraf_sama_dengan_paragraph(teks: str, font: str) -> None:
    gaya = buat_gaya(font)
    for st in (gaya.sel, gaya.sel_tengah, gaya.judul, gaya.judul_kolom, gaya.kepala):
        biasa, cepat = Paragraph(teks, st), Paragraf(teks, st)
        assert [f.__dict__ for f in cepat.frags] == [f.__dict__ for f in biasa.frags]
        for lebar in (40.0, 120.0, 400.0):
            assert cepat.wrap(lebar, 1e6) == biasa.wrap(lebar, 1e6)
            assert cepat.wrap(lebar, 1e6) == biasa.wrap(lebar, 1e6)  # the remembered one
            assert len(cepat.blPara.lines) == len(biasa.blPara.lines)


def test_paragraf_dipotong_seperti_paragraph() -> None:
    gaya = buat_gaya("serif")
    teks = "kalimat panjang yang terus berlanjut " * 40
    biasa, cepat = Paragraph(teks, gaya.sel), Paragraf(teks, gaya.sel)
    for p in (biasa, cepat):
        p.wrap(100, 1e6)
    a, b = biasa.split(100, 60), cepat.split(100, 60)
    assert len(a) == len(b) == 2
    assert [p.wrap(100, 1e6) for p in a] == [p.wrap(100, 1e6) for p in b]
    assert cepat.wrap(200, 1e6) == biasa.wrap(200, 1e6)


def test_paragraf_butir_memakai_paragraf() -> None:
    hasil = paragraf("- satu\n2. dua\nbiasa", buat_gaya("serif").sel)
    assert [type(p) for p in hasil] == [Paragraf] * 3
    assert [p.bulletText for p in hasil] == ["-", "2.", None]
