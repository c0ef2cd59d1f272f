"""Guards on the package layering (issue 9, item 5).

- the Qt-free parts (domain, persistence, files, backup, session, report) never import PySide6
  or ``ikudesk.gui``, neither at module level nor lazily inside a function;
- ``ikudesk.l10n`` imports nothing from ``ikudesk`` except ``ikudesk.errors``;
- an ``ImportError`` is never turned into a "feature not available" message for the user;
- mypy finds no error in the whole hand-written package (the compiled forms excluded by the
  configuration in pyproject.toml).

Each layering rule is checked twice: by an AST scan of every ``import`` statement (which also
sees imports inside functions) and by importing every submodule in a fresh interpreter and
looking at ``sys.modules`` (which also sees what third-party code drags in).
"""

from __future__ import annotations

import ast
import json
import re
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

AKAR = Path(__file__).resolve().parent.parent
PAKET = AKAR / "ikudesk"
TANPA_QT = ("domain", "persistence", "files", "backup", "session", "report", "kabupaten")
TERLARANG = ("PySide6", "shiboken6", "ikudesk.gui")
L10N_BOLEH = {"ikudesk", "ikudesk.errors", "ikudesk.l10n"}


def _nama_modul(path: Path) -> str:
    bagian = list(path.relative_to(AKAR).with_suffix("").parts)
    if bagian[-1] == "__init__":
        bagian.pop()
    return ".".join(bagian)


def _impor(path: Path) -> list[tuple[int, str]]:
    """Every module an ``import`` statement in ``path`` names (relative ones resolved)."""
    modul = _nama_modul(path)
    paket = modul if path.name == "__init__.py" else modul.rpartition(".")[0]
    return _impor_teks(path.read_text("utf-8"), paket)


def _impor_teks(teks: str, paket: str) -> list[tuple[int, str]]:
    pohon = ast.parse(teks)
    hasil: list[tuple[int, str]] = []
    for node in ast.walk(pohon):
        if isinstance(node, ast.Import):
            hasil += [(node.lineno, a.name) for a in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                dasar = paket.split(".")
                dasar = dasar[: len(dasar) - (node.level - 1)]
                asal = ".".join(dasar + ([node.module] if node.module else []))
            else:
                asal = node.module or ""
            # ``from ikudesk import gui`` names the submodule, not only the package
            hasil += [(node.lineno, asal)] + [(node.lineno, f"{asal}.{a.name}") for a in node.names]
    return hasil


def _kena(nama: str, awalan: tuple[str, ...] | set[str]) -> bool:
    return any(nama == a or nama.startswith(a + ".") for a in awalan)


def _berkas(sub: str) -> list[Path]:
    return sorted((PAKET / sub).rglob("*.py"))


def _sys_modules_setelah(modul: list[str]) -> list[str]:
    """sys.modules after importing ``modul`` (and every submodule of packages) in a fresh run."""
    kode = (
        "import importlib, json, pkgutil, sys\n"
        f"for nama in {modul!r}:\n"
        "    m = importlib.import_module(nama)\n"
        "    if hasattr(m, '__path__'):\n"
        "        for info in pkgutil.walk_packages(m.__path__, nama + '.'):\n"
        "            importlib.import_module(info.name)\n"
        "print(json.dumps(sorted(sys.modules)))\n"
    )
    keluaran = subprocess.run(
        [sys.executable, "-c", kode], capture_output=True, text=True, cwd=AKAR, check=True
    )
    return json.loads(keluaran.stdout)


@pytest.mark.parametrize("sub", TANPA_QT)
def test_bagian_tanpa_qt_tidak_mengimpor_gui_ast(sub: str) -> None:
    salah = [
        f"{p.relative_to(AKAR)}:{baris}: {nama}"
        for p in _berkas(sub)
        for baris, nama in _impor(p)
        if _kena(nama, TERLARANG)
    ]
    assert salah == []


def test_bagian_tanpa_qt_tidak_mengimpor_gui_saat_jalan() -> None:
    dimuat = _sys_modules_setelah([f"ikudesk.{s}" for s in TANPA_QT])
    assert "ikudesk.report.iku_sheet" in dimuat  # every submodule really was imported
    assert [m for m in dimuat if _kena(m, TERLARANG)] == []


def test_l10n_hanya_mengimpor_errors() -> None:
    dari_ikudesk = [nama for _, nama in _impor(PAKET / "l10n.py") if _kena(nama, {"ikudesk"})]
    assert dari_ikudesk and all(_kena(n, {"ikudesk.errors"}) for n in dari_ikudesk), dari_ikudesk
    dimuat = _sys_modules_setelah(["ikudesk.l10n"])
    assert {m for m in dimuat if _kena(m, {"ikudesk"})} <= L10N_BOLEH
    assert [m for m in dimuat if _kena(m, TERLARANG)] == []


def test_pemindai_menangkap_impor_terlarang() -> None:
    """The scanner itself: lazy, relative and ``from x import y`` forms are all seen."""
    teks = (
        "def f():\n    from PySide6.QtWidgets import QWidget\n"
        "from .. import gui\nimport shiboken6\nfrom ikudesk.domain import model\n"
    )
    nama = [n for _, n in _impor_teks(teks, "ikudesk.report")]
    assert sorted(n for n in nama if _kena(n, TERLARANG)) == [
        "PySide6.QtWidgets",
        "PySide6.QtWidgets.QWidget",
        "ikudesk.gui",
        "shiboken6",
    ]


# The main window still turns a failed hook import into "Fitur ini belum tersedia" (it belongs
# to the lead's rewrite). Empty this set when that handler is gone; nothing may be added.
_MASIH_DIPERBAIKI: set[str] = set()


def _penangkap_importerror(path: Path) -> list[int]:
    baris = []
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        if isinstance(node, ast.ExceptHandler) and node.type is not None:
            jenis = node.type.elts if isinstance(node.type, ast.Tuple) else [node.type]
            if any(
                isinstance(j, ast.Name) and j.id in ("ImportError", "ModuleNotFoundError")
                for j in jenis
            ):
                baris.append(node.lineno)
    return baris


def test_importerror_tidak_disembunyikan() -> None:
    """A missing module is a broken installation: it must surface, never be shown as a
    feature that is "not available yet" (nor silently swapped for a placeholder)."""
    salah = {
        str(p.relative_to(AKAR)): b
        for p in sorted(PAKET.rglob("*.py"))
        if (b := _penangkap_importerror(p))
    }
    assert set(salah) <= _MASIH_DIPERBAIKI, salah
    teks_salah = [
        str(p.relative_to(AKAR))
        for p in sorted(PAKET.rglob("*.py"))
        if "belum tersedia" in p.read_text("utf-8")
    ]
    assert set(teks_salah) <= _MASIH_DIPERBAIKI


def test_kait_menu_semua_ada() -> None:
    """No menu hook is found by a module or function name string: the main window names its
    hooks directly (on modules it imports when first used), and every hook it names exists,
    so none can fail to import."""
    import importlib

    teks = (PAKET / "gui" / "main_window.py").read_text("utf-8")
    assert "importlib" not in teks
    pohon = ast.parse(teks)
    kait = [
        n
        for n in ast.walk(pohon)
        if isinstance(n, ast.Call) and isinstance(n.func, ast.Attribute) and n.func.attr == "_kait"
    ]
    assert len(kait) >= 6
    assert not [n for n in kait if any(isinstance(a, ast.Constant) for a in n.args)]
    # the functions that import a hook module lazily, and the hooks named on them
    modul = {
        f.name: f"{n.module}.{n.names[0].name}"
        for f in pohon.body
        if isinstance(f, ast.FunctionDef)
        for n in f.body
        if isinstance(n, ast.ImportFrom)
    }
    dipakai = [
        (modul[n.value.func.id], n.attr)
        for n in ast.walk(pohon)
        if isinstance(n, ast.Attribute)
        and isinstance(n.value, ast.Call)
        and isinstance(n.value.func, ast.Name)
        and n.value.func.id in modul
    ]
    assert len(dipakai) >= 6
    for nama_modul, nama in dipakai:
        assert callable(getattr(importlib.import_module(nama_modul), nama)), (nama_modul, nama)
    assert callable(importlib.import_module("ikudesk.gui.editors").buat_editor_panel)


def test_laporan_tidak_mengimpor_registry() -> None:
    """The registry imports the report modules (when printing); they take what they share with
    it from ``report.opsi``, never from the registry (no circle)."""
    atas = {"ikudesk/report/__init__.py", "ikudesk/report/cli.py", "ikudesk/report/registry.py"}
    salah = [
        f"{path.relative_to(AKAR)}:{baris} {nama}"
        for path in _berkas("report")
        if path.relative_to(AKAR).as_posix() not in atas
        for baris, nama in _impor(path)
        if _kena(nama, ("ikudesk.report.registry",))
    ]
    assert salah == []


def test_mypy_mencakup_seluruh_paket() -> None:
    """The mypy configuration names the whole package; only the generated forms are excluded."""
    pyproject = tomllib.loads((AKAR / "pyproject.toml").read_text(encoding="utf-8"))
    konfigurasi = pyproject["tool"]["mypy"]
    assert konfigurasi["files"] == ["ikudesk"]
    pola = [re.compile(p) for p in konfigurasi["exclude"]]
    for path in PAKET.rglob("*.py"):
        nama = path.relative_to(AKAR).as_posix()
        dihasilkan = nama.startswith("ikudesk/gui/forms/ui_")
        assert any(p.search(nama) for p in pola) == dihasilkan, nama
    # No hand-written module may be let off its errors; only the generated forms are.
    dilepas = [
        m
        for o in pyproject["tool"]["mypy"].get("overrides", [])
        if o.get("ignore_errors")
        for m in ([o["module"]] if isinstance(o["module"], str) else o["module"])
    ]
    assert dilepas == ["ikudesk.gui.forms.*"], dilepas


def test_mypy_bersih() -> None:
    """mypy (configured in pyproject.toml) finds no error in the whole hand-written package."""
    hasil = subprocess.run(
        [sys.executable, "-m", "mypy"],
        capture_output=True,
        text=True,
        cwd=AKAR,
    )
    assert hasil.returncode == 0, hasil.stdout + hasil.stderr


def test_hanya_cli_mengurai_argumen() -> None:
    """Only ``ikudesk/cli/`` (and ``__main__``) parse arguments or see an ``argparse.Namespace``:
    every layer below takes typed values (issue 25, item 2)."""
    boleh = {PAKET / "__main__.py", *(PAKET / "cli").rglob("*.py")}
    salah = [
        f"{p.relative_to(AKAR)}:{baris}"
        for p in sorted(PAKET.rglob("*.py"))
        if p not in boleh
        for baris, nama in _impor(p)
        if _kena(nama, {"argparse"})
    ]
    assert salah == []
    assert any(_kena(n, {"argparse"}) for _, n in _impor(PAKET / "cli" / "__init__.py"))
