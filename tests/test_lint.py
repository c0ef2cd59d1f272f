"""The code base stays ruff clean (a rule of the house, checked like any other)."""

from __future__ import annotations

import subprocess
import sys

from tests.conftest import REPO


def test_ruff_bersih() -> None:
    hasil = subprocess.run(
        [
            sys.executable,
            "-m",
            "ruff",
            "check",
            "--no-cache",
            "ikudesk",
            "tests",
            "bench",
            "scripts",
        ],
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=120,
    )
    assert hasil.returncode == 0, hasil.stdout + hasil.stderr
