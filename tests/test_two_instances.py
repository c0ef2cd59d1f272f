"""Two IKU Desk processes on one store.

Decision: a second *window* is refused (``KunciStore`` → ``StoreTerkunci`` with a clear
message); command-line jobs do not take the window lock and are kept safe by SQLite itself
(``BEGIN IMMEDIATE`` with a busy timeout), so two writers side by side lose nothing.
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

from ikudesk.files.docfile import baca_file
from ikudesk.persistence.repo import list_dokumen, save_new_dokumen
from ikudesk.persistence.store import open_store

ANAK = Path(__file__).with_name("anak_penulis.py")
REPO = ANAK.parent.parent

_JENDELA = textwrap.dedent(
    """
    import sys
    from ikudesk.persistence.kunci import KunciStore, StoreTerkunci
    k = KunciStore(sys.argv[1])
    try:
        k.ambil()
    except StoreTerkunci as e:
        print("DITOLAK", e, flush=True)
        sys.exit(2)
    print("TERBUKA", flush=True)
    sys.stdin.readline()  # stays open until the test says so
    """
)


def _env() -> dict[str, str]:
    return dict(os.environ, PYTHONPATH=str(REPO))


def test_jendela_kedua_ditolak_dengan_pesan_jelas(tmp_path: Path) -> None:
    sp = tmp_path / "ikudesk.sqlite"
    pertama = subprocess.Popen(
        [sys.executable, "-c", _JENDELA, str(sp)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env=_env(),
    )
    assert pertama.stdout is not None and pertama.stdin is not None
    try:
        assert pertama.stdout.readline().strip() == "TERBUKA"
        kedua = subprocess.run(
            [sys.executable, "-c", _JENDELA, str(sp)],
            capture_output=True,
            text=True,
            env=_env(),
            timeout=30,
        )
        assert kedua.returncode == 2
        assert "DITOLAK" in kedua.stdout
        assert "IKU Desk sudah terbuka dengan penyimpanan ini di jendela lain" in kedua.stdout
    finally:
        pertama.stdin.write("\n")
        pertama.stdin.flush()
        pertama.wait(timeout=10)
    # once the first window is gone, a new one opens
    ketiga = subprocess.run(
        [sys.executable, "-c", _JENDELA, str(sp)],
        input="\n",
        capture_output=True,
        text=True,
        env=_env(),
        timeout=30,
    )
    assert ketiga.returncode == 0 and "TERBUKA" in ketiga.stdout


def test_dua_penulis_bersamaan_tidak_kehilangan_apa_pun(tmp_path: Path, contoh_paths) -> None:
    sp = tmp_path / "ikudesk.sqlite"
    with open_store(sp) as s:
        save_new_dokumen(s, baca_file(contoh_paths[0]))
    jumlah = 150
    proses = [
        subprocess.Popen(
            [
                sys.executable,
                str(ANAK),
                "tulis",
                str(sp),
                str(tmp_path / f"{a}.log"),
                a,
                str(jumlah),
            ],
            env=_env(),
        )
        for a in ("a", "b")
    ]
    # meanwhile this process imports a whole document in one big transaction
    with open_store(sp) as s:
        for p in contoh_paths:
            save_new_dokumen(s, baca_file(p))
    for p in proses:
        assert p.wait(timeout=120) == 0
    con = sqlite3.connect(sp)
    try:
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        kunci = {r[0] for r in con.execute("SELECT kunci FROM pengaturan")}
    finally:
        con.close()
    harap = {f"{a}-{i}/{j}" for a in ("a", "b") for i in range(jumlah) for j in range(3)}
    assert kunci == harap
    for a in ("a", "b"):
        assert len((tmp_path / f"{a}.log").read_text().splitlines()) == jumlah
    with open_store(sp) as s:
        assert len(list_dokumen(s)) == 1 + len(contoh_paths)
