"""Start-up (issue 25 item 9): the window reaches its first document without importing what
that document does not need — reports, workbooks, Word, charts, the survey, the server driver.
Started in a process of its own the way users start it (``python -m ikudesk --db … --dokumen …``,
see ``tests/anak_jendela.py``), so nothing this test process imported counts."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from ikudesk.files.docfile import baca_file
from ikudesk.persistence.repo import save_new_dokumen
from ikudesk.persistence.store import open_store
from tests.conftest import REPO

# Top-level packages a first document never needs: ReportLab (and the PIL it brings), pdfium
# (print preview), openpyxl, python-docx (and its lxml), the PostgreSQL driver.
PUSTAKA_BERAT = ("reportlab", "PIL", "pypdfium2", "openpyxl", "docx", "lxml", "psycopg")
# Our modules that import those, or belong to the survey, the charts, the printing.
MODUL_BERAT = (
    "ikudesk.report.charts",
    "ikudesk.report.iku_sheet",
    "ikudesk.report.ikm_report",
    "ikudesk.report.paper",
    "ikudesk.files.xlsx_",
    "ikudesk.files.iku_impor",
    "ikudesk.files.iku_word",
    "ikudesk.files.survei_import",
    "ikudesk.gui.survei",
    "ikudesk.gui.pdf_actions",
)


def test_modul_berat_ada() -> None:
    """Every name the start-up test watches for is a module of the package (a moved or renamed
    module would otherwise be watched for in vain)."""
    for awalan in MODUL_BERAT:
        jalur = REPO / awalan.replace(".", "/")
        ada = (
            jalur.with_suffix(".py").exists()
            or jalur.is_dir()
            or any(jalur.parent.glob(jalur.name + "*.py"))
        )
        assert ada, awalan


def _berat(nama: str) -> bool:
    return nama.split(".")[0] in PUSTAKA_BERAT or nama.startswith(MODUL_BERAT)


def test_dokumen_pertama_tanpa_modul_berat(tmp_path: Path) -> None:
    sp = tmp_path / "iku.sqlite"
    with open_store(sp) as store:
        nomor = save_new_dokumen(store, baca_file(REPO / "data" / "sumber-harta-2023.json"))
    hasil = tmp_path / "modul.txt"
    jalan = subprocess.run(
        [
            sys.executable,
            str(REPO / "tests" / "anak_jendela.py"),
            str(hasil),
            "--db",
            str(sp),
            "--dokumen",
            str(nomor),
        ],
        capture_output=True,
        text=True,
        timeout=180,
        env=dict(os.environ, PYTHONPATH=str(REPO), QT_QPA_PLATFORM="offscreen"),
    )
    assert jalan.returncode == 0, jalan.stderr[-2000:]
    modul = hasil.read_text(encoding="utf-8").split()
    # The window and the document really are there (the list is not of an early exit).
    assert {"ikudesk.gui.main_window", "ikudesk.persistence.store"} <= set(modul)
    assert [m for m in modul if _berat(m)] == []
    # Of Qt, the widgets and what they stand on (printing, SVG, networking: when used).
    assert {m for m in modul if m.startswith("PySide6.Qt")} == {
        "PySide6.QtCore",
        "PySide6.QtGui",
        "PySide6.QtWidgets",
    }
