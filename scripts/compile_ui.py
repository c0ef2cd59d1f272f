"""Compile every Qt Designer form ``ui/<name>.ui`` to ``ikudesk/gui/forms/ui_<name>.py``.

Run after editing a form: ``python scripts/compile_ui.py`` (the compiled modules are committed;
tests/gui/test_forms_fresh.py fails when one is stale). ``--check`` only reports stale forms.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
UI = REPO / "ui"
FORMS = REPO / "ikudesk" / "gui" / "forms"


def uic() -> str:
    """The pyside6-uic beside this Python (the venv's), else the one on PATH."""
    dekat = Path(sys.executable).with_name("pyside6-uic")
    if dekat.exists():
        return str(dekat)
    ketemu = shutil.which("pyside6-uic")
    if ketemu is None:
        raise SystemExit("pyside6-uic tidak ditemukan: pasang PySide6 terlebih dahulu.")
    return ketemu


def keluaran(ui: Path) -> Path:
    return FORMS / f"ui_{ui.stem}.py"


def kompilasi(ui: Path, ke: Path) -> None:
    ui, ke = ui.resolve(), ke.resolve()
    subprocess.run([uic(), str(ui), "-o", str(ke)], check=True, cwd=ui.parent)


# uic stamps its own version into the header; without it the output is the same for every
# PySide6 release pyproject allows, so the freshness test checks the form, not the tool.
_STEMPEL = re.compile(r"^## Created by: Qt User Interface Compiler version .*$", re.MULTILINE)


def hasil_segar(ui: Path) -> str:
    """What the compiled module of ``ui`` should contain now."""
    with tempfile.TemporaryDirectory() as tmp:
        ke = Path(tmp) / keluaran(ui).name
        kompilasi(ui, ke)
        teks = ke.read_text(encoding="utf-8")
    return _STEMPEL.sub("## Created by: Qt User Interface Compiler (pyside6-uic)", teks)


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("--check", action="store_true", help="hanya periksa, jangan tulis")
    args = p.parse_args()
    FORMS.mkdir(parents=True, exist_ok=True)
    (FORMS / "__init__.py").touch()
    basi = []
    for ui in sorted(UI.glob("*.ui")):
        segar = hasil_segar(ui)
        ke = keluaran(ui)
        if ke.exists() and ke.read_text(encoding="utf-8") == segar:
            continue
        basi.append(ui.name)
        if not args.check:
            ke.write_text(segar, encoding="utf-8")
            print(f"{ui.name} -> {ke.relative_to(REPO)}")
    if args.check and basi:
        print("Form basi: " + ", ".join(basi))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
