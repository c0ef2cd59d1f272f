"""Kill a restore (SIGKILL) at random moments while an import runs beside it.

After every kill: the store opens and passes ``integrity_check``, it is whole (the old store or
the restored one), the write lock was released with the dead process (the
import finished), and every import that reported done is in the store or in a pre-restore
backup. A killed restore leaves only ``.tmp`` names behind.
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

from ikudesk.backup.archive import buat_cadangan, daftar_lokal, periksa_cadangan
from ikudesk.files.docfile import baca_file
from ikudesk.persistence.repo import save_new_dokumen
from ikudesk.persistence.store import open_store

pytestmark = pytest.mark.skipif(os.name != "posix", reason="SIGKILL hanya ada di POSIX")

ANAK = Path(__file__).with_name("anak_balapan.py")
REPO = ANAK.parent.parent
PUTARAN = 8  # pre-restore backups are pruned past ten; each is needed to account for imports


def _catatan(db: Path) -> list[str]:
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        return [r[0] for r in con.execute("SELECT catatan FROM dokumen ORDER BY id")]
    finally:
        con.close()


def test_sigkill_saat_pemulihan_dengan_impor(tmp_path: Path, contoh_paths: list[Path]) -> None:
    sp = tmp_path / "ikudesk.sqlite"
    with open_store(sp) as s:
        dok = baca_file(contoh_paths[0])
        dok.catatan = "isi-cadangan"
        save_new_dokumen(s, dok)
    cadangan = buat_cadangan(sp, tmp_path / "awal.ikubackup").path
    env = dict(os.environ, PYTHONPATH=str(REPO))
    rng = random.Random(20261129)
    dilaporkan: set[str] = set()
    for n in range(PUTARAN):
        log_impor = tmp_path / f"impor-{n}.log"
        pulih = subprocess.Popen(
            [
                sys.executable,
                str(ANAK),
                "pulih",
                str(sp),
                str(cadangan),
                str(tmp_path / f"pulih-{n}.log"),
                "1",
                str(sp),
            ],
            env=env,
        )
        impor = subprocess.Popen(
            [
                sys.executable,
                str(ANAK),
                "impor",
                str(sp),
                str(contoh_paths[1]),
                str(log_impor),
                f"r{n}",
                "3",
            ],
            env=env,
        )
        time.sleep(rng.uniform(0.3, 1.6))
        pulih.send_signal(signal.SIGKILL)
        pulih.wait(timeout=60)
        assert impor.wait(timeout=300) == 0  # the dead restore's lock did not block it
        for baris in log_impor.read_text().splitlines():
            assert not baris.startswith("gagal"), baris
            dilaporkan.add(baris.split()[0])

        isi = _catatan(sp)
        # old or restored, both begin with the backup's document: never empty, never half
        assert isi and isi[0] == "isi-cadangan", isi
        with open_store(sp) as s:
            s.close()
        sisa = [p.name for p in sp.parent.iterdir() if p.name.startswith(".")]
        assert all(".tmp" in n for n in sisa), sisa

    ada = set(_catatan(sp))
    for c in daftar_lokal(sp):
        db = tmp_path / f"periksa-{c.path.name}.sqlite"
        periksa_cadangan(c.path, db)
        ada |= set(_catatan(db))
    hilang = sorted(dilaporkan - ada)
    assert not hilang, f"impor yang dilaporkan selesai hilang: {hilang}"
