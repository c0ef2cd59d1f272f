"""Helper process for the crash and two-instance tests (run as a script, not collected).

``zigot STORE FOLDER``: imports everything once, then for each line "tulis N LOG" on stdin
forks a writer and reports its pid; the parent test kills the writer with SIGKILL. Forking from
a warm process keeps 100 rounds quick; the writer is still a separate process that dies hard.

``tulis STORE LOG AWALAN JUMLAH``: one plain writer (two of them run side by side).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from sqlalchemy import insert

from ikudesk.backup.archive import cadangkan_ke_folder
from ikudesk.persistence.store import open_store
from ikudesk.persistence.tables import PengaturanRow


def _ack(log: int, teks: str) -> None:
    # Written only after the commit returned: every line names an edit reported done.
    os.write(log, f"{teks}\n".encode())
    os.fsync(log)


def penulis(store_path: Path, log_path: Path, awalan: str, jumlah: int, cadangan: bool) -> None:
    store = open_store(store_path)
    log = os.open(log_path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
    for i in range(jumlah):
        kunci = f"{awalan}-{i}"
        with store.transaction() as s:
            # several rows per action: a torn action would show as a partial group
            s.execute(
                insert(PengaturanRow),
                [{"kunci": f"{kunci}/{j}", "nilai": str(i * j)} for j in range(3)],
            )
        _ack(log, kunci)
        if cadangan and i % 7 == 3:
            cadangkan_ke_folder(store_path, "otomatis", simpan=3)
            _ack(log, f"cadangan {kunci}")
    store.close()
    os.close(log)


def zigot(store_path: Path) -> None:
    for baris in sys.stdin:
        perintah, n, log = baris.split()
        assert perintah == "tulis"
        pid = os.fork()
        if pid == 0:
            try:
                penulis(store_path, Path(log), f"r{n}", 10**9, cadangan=True)
            finally:
                os._exit(0)
        print(pid, flush=True)
        os.waitpid(pid, 0)
        print("mati", flush=True)


if __name__ == "__main__":
    if sys.argv[1] == "zigot":
        zigot(Path(sys.argv[2]))
    else:
        penulis(Path(sys.argv[2]), Path(sys.argv[3]), sys.argv[4], int(sys.argv[5]), False)
