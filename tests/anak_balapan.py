"""Helper process for the restore-race tests (run as a script, not collected).

``impor STORE CONTOH LOG AWALAN JUMLAH``: ``ikudesk import`` JUMLAH times, each file with its own
``catatan`` marker; after each import that reported success, one line "MARKER ID" is fsync'd.

``pulih STORE BACKUP LOG JUMLAH MULAI``: once the file MULAI exists (the first import is done),
``ikudesk restore --yes`` JUMLAH times, a short random pause apart; one line per result.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import random
import sys
import time
from pathlib import Path

from ikudesk.cli import main


def _ack(log: int, teks: str) -> None:
    os.write(log, f"{teks}\n".encode())
    os.fsync(log)


def impor(store: str, contoh: str, log_path: str, awalan: str, jumlah: int) -> None:
    data = json.loads(Path(contoh).read_text(encoding="utf-8"))
    log = os.open(log_path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
    kerja = Path(log_path).with_suffix(".json")
    for i in range(jumlah):
        penanda = f"{awalan}-{i}"
        data["catatan"] = penanda
        kerja.write_text(json.dumps(data), encoding="utf-8")
        keluar = io.StringIO()
        with contextlib.redirect_stdout(keluar):
            rc = main(["import", str(kerja), "--db", store])
        if rc == 0:
            _ack(log, f"{penanda} {keluar.getvalue().strip()}")
        else:
            _ack(log, f"gagal {penanda}")
    os.close(log)


def pulih(store: str, cadangan: str, log_path: str, jumlah: int, mulai: str) -> None:
    log = os.open(log_path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
    while not os.path.exists(mulai):
        time.sleep(0.01)
    rng = random.Random(jumlah)
    for i in range(jumlah):
        time.sleep(rng.uniform(0.05, 0.4))
        rc = main(["restore", cadangan, "--yes", "--db", store])
        _ack(log, f"pulih {i} {rc}")
    os.close(log)


if __name__ == "__main__":
    if sys.argv[1] == "impor":
        impor(sys.argv[2], sys.argv[3], sys.argv[4], sys.argv[5], int(sys.argv[6]))
    else:
        pulih(sys.argv[2], sys.argv[3], sys.argv[4], int(sys.argv[5]), sys.argv[6])
