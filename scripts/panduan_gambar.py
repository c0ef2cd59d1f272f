"""Takes the Panduan's pictures with the program itself and writes resources/panduan/*.png.

Each picture is ``ikudesk --screenshot X.png --halaman NAMA`` on the Sumber Harta sample (its
2023 values, PK and IKM survey), on a 1366×768 screen (Qt's offscreen screen, so no display is
needed). Run after a page changed its look, and commit the pictures:

    python scripts/panduan_gambar.py
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
TUJUAN = REPO / "resources" / "panduan"
CONTOH = REPO / "data" / "sumber-harta-2023.json"
sys.path.insert(0, str(REPO))  # the program beside this script, not an installed one

#: The pages the Panduan shows, in its order: every page ``--screenshot --halaman`` takes.
from ikudesk.gui.app import HALAMAN_FOTO as HALAMAN  # noqa: E402 - needs the path above


def _ikudesk(*argv: str, env: dict[str, str]) -> None:
    hasil = subprocess.run(
        [sys.executable, "-m", "ikudesk", *argv],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    if hasil.returncode != 0:
        raise SystemExit(f"ikudesk {' '.join(argv)} gagal:\n{hasil.stderr}")


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        t = Path(tmp)
        layar = t / "layar.json"
        layar.write_text(
            json.dumps(
                {
                    "windowFrameMargins": True,
                    "screens": [
                        {
                            "name": "Layar",
                            "x": 0,
                            "y": 0,
                            "width": 1366,
                            "height": 768,
                            "logicalDpi": 96,
                            "logicalBaseDpi": 96,
                            "dpr": 1,
                        }
                    ],
                }
            )
        )
        env = {
            **os.environ,
            "QT_QPA_PLATFORM": f"offscreen:configfile={layar}",
            "PYTHONPATH": str(REPO),
            # the user's settings, data and backups are never touched
            "HOME": str(t),
            "XDG_DATA_HOME": str(t / "data"),
            "XDG_CONFIG_HOME": str(t / "config"),
        }
        db = t / "contoh.sqlite"
        _ikudesk("import", str(CONTOH), "--db", str(db), env=env)
        for nama in HALAMAN:
            _ikudesk(
                "--db",
                str(db),
                "--screenshot",
                str(TUJUAN / f"{nama}.png"),
                "--halaman",
                nama,
                env=env,
            )
            print(TUJUAN / f"{nama}.png")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
