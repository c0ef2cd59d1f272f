"""Pasted list items lose the marker their list prints itself (issue 16, 7)."""

from __future__ import annotations

import pytest

from ikudesk.domain.butir import bersihkan_butir


@pytest.mark.parametrize(
    ("butir", "penomoran", "hasil"),
    [
        (["1. Menyusun rencana", "2. Melaksanakan"], "angka", ["Menyusun rencana", "Melaksanakan"]),
        (["1) Menyusun", "10. Melapor"], "", ["Menyusun", "Melapor"]),
        (["- Menyusun", "– Melapor"], "strip", ["Menyusun", "Melapor"]),
        (["• Menyusun", "• Melapor"], "strip", ["Menyusun", "Melapor"]),
        (["a. Menyusun", "b. Melapor"], "huruf", ["Menyusun", "Melapor"]),
        # a whole pasted block with another marker kind loses it too
        (["- Menyusun", "- Melapor"], "angka", ["Menyusun", "Melapor"]),
        # one item that only looks like it keeps its text
        (["A. Yani street", "Melapor"], "angka", ["A. Yani street", "Melapor"]),
        (["2018 target tercapai"], "angka", ["2018 target tercapai"]),
        (["  ", "Menyusun  "], "angka", ["Menyusun"]),
    ],
)
def test_bersihkan_butir(butir: list[str], penomoran: str, hasil: list[str]) -> None:
    assert bersihkan_butir(butir, penomoran) == hasil
