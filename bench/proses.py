"""Whole-process figures (issue 9, item 6), hyperfine-style: the median wall time of N fresh
processes, as a user starting the command meets it (interpreter start and imports included).

- ``ikudesk pdf ID OUT.pdf`` of a sample document            [target ≤ 0,45 s]
- ``ikudesk pdf ID OUT.pdf`` of a 500-indicator sheet         [target ≤ 1,1 s]
- start → the last document visible in the window's tree    [target ≤ 0,6 s] (bench/gui.py)

Run: python bench/proses.py [N]      (N runs each, default 7; one warm-up run is not counted)
"""

from __future__ import annotations

import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
# BENCH_KODE: another checkout to measure (e.g. the previous commit), with the same store.
KODE = Path(os.environ.get("BENCH_KODE", REPO))
ENV = {**os.environ, "PYTHONPATH": str(KODE), "QT_QPA_PLATFORM": "offscreen"}


def _waktu(argv: list[str], ulang: int) -> tuple[list[float], list[float]]:
    """Wall and CPU (user + system) seconds of each run. CPU time is what to compare on a
    shared machine: other processes lengthen the wall time, hardly the CPU time."""
    subprocess.run(argv, check=True, capture_output=True, env=ENV, cwd=REPO)  # warm-up
    dinding, cpu = [], []
    for _ in range(ulang):
        r0 = resource.getrusage(resource.RUSAGE_CHILDREN)
        t0 = time.perf_counter()
        subprocess.run(argv, check=True, capture_output=True, env=ENV, cwd=REPO)
        dinding.append(time.perf_counter() - t0)
        r1 = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu.append(r1.ru_utime - r0.ru_utime + r1.ru_stime - r0.ru_stime)
    return dinding, cpu


def _cetak(nama: str, waktu: tuple[list[float], list[float]], target: float) -> None:
    dinding, cpu = waktu
    med = statistics.median(dinding)
    tanda = "ok" if med <= target else "LEBIH"
    print(
        f"{nama:<38} median {med:.3f} s  min {min(dinding):.3f}  maks {max(dinding):.3f}  "
        f"CPU {statistics.median(cpu):.3f} s ({len(dinding)}×)  [target ≤ {target:.2f} s: {tanda}]"
    )


def main() -> None:
    from ikudesk.assets import sample_documents
    from ikudesk.files.docfile import baca_file
    from ikudesk.persistence.repo import save_new_dokumen
    from ikudesk.persistence.store import open_store
    from tests.support.sintetis import dokumen_sintetis

    ulang = int(sys.argv[1]) if len(sys.argv) > 1 else 7
    with tempfile.TemporaryDirectory() as d:
        tmp = Path(d)
        db = tmp / "bench.sqlite"
        with open_store(db) as s:
            contoh = save_new_dokumen(s, baca_file(sample_documents()[0]))
            besar = save_new_dokumen(s, dokumen_sintetis(jumlah_indikator=500))
        py = [sys.executable, "-m", "ikudesk"]
        out = str(tmp / "out.pdf")
        _cetak(
            "ikudesk pdf (contoh, lembar IKU)",
            _waktu([*py, "pdf", str(contoh), out, "--db", str(db)], ulang),
            0.45,
        )
        _cetak(
            "ikudesk pdf (sintetis 500 indikator)",
            _waktu([*py, "pdf", str(besar), out, "--db", str(db)], max(3, ulang // 2)),
            1.1,
        )
        _cetak(
            "python -c pass (interpreter saja)",
            _waktu([sys.executable, "-c", "pass"], ulang),
            0.05,
        )
    print("mulai → dokumen tampil di pohon: python bench/gui.py")


if __name__ == "__main__":
    main()
