"""Markers for tests that need tools outside Python.

poppler-utils (pdffonts, pdftotext) comes from apt on Linux, where a missing tool fails the test
(scripts/test installs it). The hosted Windows runner has no poppler: there those tests are
skipped with this reason, visible in pytest's -rs summary (.github/workflows/windows.yml).
"""

from __future__ import annotations

import shutil
import sys

import pytest

POPPLER_ADA = all(shutil.which(alat) for alat in ("pdffonts", "pdftotext"))

perlu_poppler = pytest.mark.skipif(
    sys.platform == "win32" and not POPPLER_ADA,
    reason="butuh poppler-utils (pdffonts/pdftotext), alat Linux yang tidak ada di runner "
    "Windows; diuji di CI Linux",
)
