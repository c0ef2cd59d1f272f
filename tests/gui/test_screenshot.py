"""``ikudesk --screenshot`` as a real process: the picture of a sample, and a clear refusal."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtGui import QImage

from tests.conftest import CONTOH, REPO


def _ikudesk(*argv: str, env_home: Path) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "HOME": str(env_home),
        "XDG_DATA_HOME": str(env_home / "data"),
        "XDG_CONFIG_HOME": str(env_home / "cfg"),
    }
    return subprocess.run(
        [sys.executable, "-m", "ikudesk", *argv],
        capture_output=True,
        text=True,
        cwd=REPO,
        env=env,
        timeout=90,
        check=False,
    )


def test_screenshot_contoh_dan_dokumen_tidak_ada(tmp_path: Path) -> None:
    db = tmp_path / "iku.sqlite"
    for p in CONTOH:
        assert _ikudesk("import", str(p), "--db", str(db), env_home=tmp_path).returncode == 0
    png = tmp_path / "layar.png"
    hasil = _ikudesk(
        "--screenshot", str(png), "--db", str(db), "--document", "2", env_home=tmp_path
    )
    assert hasil.returncode == 0, hasil.stderr
    gambar = QImage(str(png))
    assert (gambar.width(), gambar.height()) == (1366, 740)
    # A document that is not there: said at once (this used to wait on a message box forever).
    hasil = _ikudesk(
        "--screenshot",
        str(tmp_path / "x.png"),
        "--db",
        str(db),
        "--document",
        "99",
        env_home=tmp_path,
    )
    assert hasil.returncode == 2 and "Dokumen nomor 99 tidak ada" in hasil.stderr
    assert not (tmp_path / "x.png").exists()
