"""Issue 21, item 8: every window and dialog fits a 1024×600 screen with every button within
the screen, visible and not cut off; the grid window is a window of its own, not kept above
the main window."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from ikudesk.gui.main_window import MainWindow
from ikudesk.gui.settings import Pengaturan
from tests.conftest import REPO


def _jalankan_layar(tmp_path: Path, lebar: int, tinggi: int) -> dict[str, list[str]]:
    """tests/support/layar.py on a screen of that size (Qt's offscreen screen, with frames)."""
    config = tmp_path / "layar.json"
    config.write_text(
        json.dumps(
            {
                "windowFrameMargins": True,
                "screens": [
                    {
                        "name": "Layar",
                        "x": 0,
                        "y": 0,
                        "width": lebar,
                        "height": tinggi,
                        "logicalDpi": 96,
                        "logicalBaseDpi": 96,
                        "dpr": 1,
                    }
                ],
            }
        )
    )
    hasil = tmp_path / "hasil.json"
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": f"offscreen:configfile={config}",
        "PYTHONPATH": str(REPO),
    }
    proses = subprocess.run(
        [sys.executable, "-m", "tests.support.layar", str(hasil)],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=240,
        check=False,
    )
    assert proses.returncode == 0, proses.stderr[-3000:]
    return json.loads(hasil.read_text(encoding="utf-8"))


def test_semua_jendela_muat_di_1024x600(tmp_path: Path) -> None:
    hasil = _jalankan_layar(tmp_path, 1024, 600)
    # every window of the program was looked at
    for nama in (
        "utama-indikator",
        "pengukuran",
        "pk",
        "ringkasan",
        "survei",
        "survei-impor",
        "cetak",
        "ekspor-pdf",
        "panduan",
        "server",
        "pulihkan",
        "pratinjau-cetak",
        "tetapkan",
        "riwayat",
    ):
        assert nama in hasil
    masalah = {nama: m for nama, m in hasil.items() if m}
    assert masalah == {}


def test_jendela_pengukuran_tidak_di_atas_jendela_utama(
    qtbot, controller, ids_contoh, tmp_path
) -> None:  # noqa: ANN001
    w = MainWindow(controller, Pengaturan(tmp_path))
    qtbot.addWidget(w)
    w.show()
    w.buka_awal(ids_contoh["sumber-harta-2023"])
    w.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is w)
    qtbot.keyClick(w.ui.pohon, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    j = w.jendela_pengukuran
    qtbot.waitExposed(j)
    # a top-level window of its own: no parent, so no window manager keeps it above
    assert j.parent() is None and j.isWindow()
    assert j.windowHandle().transientParent() is None
    # and it still goes with the main window
    w.close()
    qtbot.waitUntil(lambda: not j.isVisible())
