"""A model broken on purpose fails its test, both through the shared strict tester
(tests/support/model_tester.py) and through pytest-qt's ``qtmodeltester``: the model tests of
the tree, values and grid models can fail on what Qt's tester reports.

A test in this session cannot keep a broken model and pass (pytest-qt fails it), so the broken
models run in a pytest of their own and this test reads its outcome."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

DALAM = '''
from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt

from tests.support.model_tester import StrictModelTester


class Tabel(QAbstractTableModel):
    """Three rows, two columns; salah_baris: index() answers the wrong row."""

    def __init__(self, salah_baris=False):
        super().__init__()
        self.salah_baris = salah_baris

    def rowCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else 3

    def columnCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else 2

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        return "x" if role == Qt.ItemDataRole.DisplayRole else None

    def index(self, row, column, parent=QModelIndex()):
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        return self.createIndex(row + 1 if self.salah_baris else row, column)

    def sisip_palsu(self):
        self.beginInsertRows(QModelIndex(), 3, 3)  # announces a row
        self.endInsertRows()  # that rowCount never shows


def test_rusak_sejak_awal(qtlog):
    StrictModelTester(qtlog).check(Tabel(salah_baris=True))


def test_rusak_sesudah_sinyal(qtlog):
    penguji = StrictModelTester(qtlog)
    model = Tabel()
    penguji.check(model)
    model.sisip_palsu()
    penguji.assert_clean()


def test_qtmodeltester_pytest_qt(qtmodeltester):
    qtmodeltester.check(Tabel(salah_baris=True))


def test_sehat(qtlog):
    penguji = StrictModelTester(qtlog)
    model = Tabel()
    penguji.check(model)
    model.dataChanged.emit(model.index(0, 0), model.index(2, 1))
    penguji.assert_clean()
'''

AKAR = Path(__file__).resolve().parents[2]


def test_model_rusak_menggagalkan_tes(tmp_path: Path) -> None:
    (tmp_path / "test_dalam.py").write_text(DALAM, encoding="utf-8")
    (tmp_path / "pytest.ini").write_text("[pytest]\nqt_api = pyside6\n", encoding="utf-8")
    env = dict(os.environ, PYTHONPATH=str(AKAR), QT_QPA_PLATFORM="offscreen")
    hasil = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-rA", "-p", "no:cacheprovider", str(tmp_path)],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    keluaran = hasil.stdout + hasil.stderr
    assert hasil.returncode == 1, keluaran
    for nama in ("rusak_sejak_awal", "rusak_sesudah_sinyal", "qtmodeltester_pytest_qt"):
        assert f"FAILED test_dalam.py::test_{nama}" in keluaran
    # the two through the shared tester fail at its assertion, naming what Qt's tester saw;
    # counted on the traceback's E lines, since the summary lines repeat it only when the
    # terminal is wide enough (COLUMNS)
    baris_e = [
        baris
        for baris in keluaran.splitlines()
        if baris.startswith("E ") and "AssertionError: Qt's model tester reported:" in baris
    ]
    assert len(baris_e) == 2, keluaran
    assert "PASSED test_dalam.py::test_sehat" in keluaran
    assert "Actual (index.row()) 1" in keluaran  # the tester's own words reach the report
    assert "3 failed, 1 passed" in keluaran
