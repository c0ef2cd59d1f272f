"""Every committed compiled form equals what pyside6-uic makes of its .ui now."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
_spec = importlib.util.spec_from_file_location("compile_ui", REPO / "scripts" / "compile_ui.py")
assert _spec is not None and _spec.loader is not None
compile_ui = importlib.util.module_from_spec(_spec)
sys.modules["compile_ui"] = compile_ui
_spec.loader.exec_module(compile_ui)

UI_FILES = sorted((REPO / "ui").glob("*.ui"))


def test_ada_form() -> None:
    assert any(p.name == "main_window.ui" for p in UI_FILES)


@pytest.mark.parametrize("ui", UI_FILES, ids=lambda p: p.name)
def test_form_terkompilasi_segar(ui: Path) -> None:
    modul = compile_ui.keluaran(ui)
    assert modul.exists(), f"{modul.name} belum dibuat: jalankan python scripts/compile_ui.py"
    assert modul.read_text(encoding="utf-8") == compile_ui.hasil_segar(ui), (
        f"{modul.name} basi: jalankan python scripts/compile_ui.py"
    )
