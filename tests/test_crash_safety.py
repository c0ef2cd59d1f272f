"""Kill a writer (SIGKILL) at random moments, 100 times: the store must always be whole.

After every kill the store opens, ``integrity_check`` is ok, every edit the writer reported
done is there with all of its rows, and every ``.ikubackup`` with a final name passes the full
restore check (a backup cut off midway only ever leaves a ``.tmp`` file).
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from ikudesk.backup.archive import daftar_lokal, folder_cadangan, periksa_cadangan
from ikudesk.files.docfile import baca_file
from ikudesk.persistence.repo import save_new_dokumen
from ikudesk.persistence.store import open_store

pytestmark = pytest.mark.skipif(
    os.name != "posix" or not hasattr(os, "fork"), reason="SIGKILL dan fork hanya ada di POSIX"
)

PUTARAN = 100
ANAK = Path(__file__).with_name("anak_penulis.py")
REPO = ANAK.parent.parent


def test_sigkill_acak_100_kali(tmp_path: Path, contoh_paths: list[Path]) -> None:
    sp = tmp_path / "ikudesk.sqlite"
    with open_store(sp) as s:
        for p in contoh_paths:
            save_new_dokumen(s, baca_file(p))
    # the snapshot's temporary folder of a killed writer stays in this test's folder
    (tmp_path / "tmp").mkdir()
    env = dict(os.environ, PYTHONPATH=str(REPO), TMPDIR=str(tmp_path / "tmp"))
    zigot = subprocess.Popen(
        [sys.executable, str(ANAK), "zigot", str(sp)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env=env,
    )
    assert zigot.stdin is not None and zigot.stdout is not None
    rng = random.Random(20260105)
    diakui: set[str] = set()
    cadangan_diakui = 0
    try:
        for n in range(PUTARAN):
            log = tmp_path / f"ack-{n}.log"
            zigot.stdin.write(f"tulis {n} {log}\n")
            zigot.stdin.flush()
            pid = int(zigot.stdout.readline())
            time.sleep(rng.uniform(0.01, 0.35))
            os.kill(pid, signal.SIGKILL)
            assert zigot.stdout.readline().strip() == "mati"

            baris = log.read_text().splitlines() if log.exists() else []
            cadangan_diakui += sum(b.startswith("cadangan ") for b in baris)
            diakui.update(b for b in baris if not b.startswith("cadangan "))
            with open_store(sp) as s:
                s.close()
            con = sqlite3.connect(sp)
            try:
                assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok", n
                baris_db = [r[0] for r in con.execute("SELECT kunci FROM pengaturan")]
            finally:
                con.close()
            per_edit: dict[str, int] = {}
            for k in baris_db:
                per_edit[k.rsplit("/", 1)[0]] = per_edit.get(k.rsplit("/", 1)[0], 0) + 1
            hilang = diakui - per_edit.keys()
            assert not hilang, f"putaran {n}: edit yang dilaporkan selesai hilang: {hilang}"
            assert set(per_edit.values()) <= {3}, f"putaran {n}: aksi setengah jadi"
            for c in daftar_lokal(sp):
                periksa_cadangan(c.path)  # a file with a final name is always a whole backup
    finally:
        zigot.stdin.close()
        zigot.wait(timeout=10)
    assert len(diakui) > PUTARAN  # the writer got real work done between kills
    assert cadangan_diakui > 0
    sisa = [p.name for p in folder_cadangan(sp).iterdir() if not p.name.endswith(".tmp")]
    assert all(n.endswith(".ikubackup") for n in sisa)
