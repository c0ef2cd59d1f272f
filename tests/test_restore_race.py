"""Restores racing writers in other processes: no write that was reported done is ever lost.

Every import that printed its id must afterwards be in the store, or in the pre-restore backup
of a restore that came after it. Before the write lock, an import that committed after a
restore's safety copy and before its swap was in neither.
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

from ikudesk.backup.archive import buat_cadangan, daftar_lokal, periksa_cadangan
from ikudesk.files.docfile import baca_file
from ikudesk.persistence.repo import save_new_dokumen
from ikudesk.persistence.store import open_store

ANAK = Path(__file__).with_name("anak_balapan.py")
REPO = ANAK.parent.parent
# Pre-restore backups are pruned past ten; every one is needed to account for every import.
PENGIMPOR, IMPOR_PER_PROSES, PEMULIHAN = 3, 25, 9


def _penanda(db: Path) -> set[str]:
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        return {r[0] for r in con.execute("SELECT catatan FROM dokumen")}
    finally:
        con.close()


def _jalankan(*argumen: str, env: dict[str, str]) -> subprocess.Popen[bytes]:
    return subprocess.Popen([sys.executable, str(ANAK), *argumen], env=env)


def test_impor_berbalapan_dengan_pemulihan_tidak_hilang(
    tmp_path: Path, contoh_paths: list[Path]
) -> None:
    sp = tmp_path / "ikudesk.sqlite"
    with open_store(sp) as s:
        save_new_dokumen(s, baca_file(contoh_paths[0]))
    cadangan = buat_cadangan(sp, tmp_path / "awal.ikubackup").path
    env = dict(os.environ, PYTHONPATH=str(REPO))
    log_pulih = tmp_path / "pulih.log"
    proses = [
        _jalankan(
            "impor",
            str(sp),
            str(contoh_paths[1]),
            str(tmp_path / f"impor-{n}.log"),
            f"p{n}",
            str(IMPOR_PER_PROSES),
            env=env,
        )
        for n in range(PENGIMPOR)
    ]
    proses.append(
        _jalankan(
            "pulih",
            str(sp),
            str(cadangan),
            str(log_pulih),
            str(PEMULIHAN),
            str(tmp_path / "impor-0.log"),
            env=env,
        )
    )
    for p in proses:
        assert p.wait(timeout=600) == 0

    dilaporkan: set[str] = set()
    for n in range(PENGIMPOR):
        for baris in (tmp_path / f"impor-{n}.log").read_text().splitlines():
            assert not baris.startswith("gagal"), baris  # writers wait; none is turned away
            dilaporkan.add(baris.split()[0])
    assert len(dilaporkan) == PENGIMPOR * IMPOR_PER_PROSES
    pulih = log_pulih.read_text().splitlines()
    assert sum(b.endswith(" 0") for b in pulih) == PEMULIHAN, pulih

    ada = _penanda(sp)
    sebelum_pulih = [c for c in daftar_lokal(sp) if c.jenis == "sebelum-pulih"]
    assert len(sebelum_pulih) == PEMULIHAN
    for c in sebelum_pulih:
        db = tmp_path / f"periksa-{c.path.name}.sqlite"
        periksa_cadangan(c.path, db)
        ada |= _penanda(db)
    hilang = sorted(dilaporkan - ada)
    assert not hilang, f"{len(hilang)} impor yang dilaporkan selesai hilang: {hilang[:10]}"
