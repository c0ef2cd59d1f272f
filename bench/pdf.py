"""Speed and memory of PDF printing; prints figures (targets: sample ≤ 0.3 s, 500 ≤ 5 s, ≤ 200 MB).

Run: python bench/pdf.py            (the IKU sheet and the capaian report)
     python bench/pdf.py lkjip      (the LKjIP Bab III alone, so its peak memory is its own)
     python bench/pdf.py --laporan  (every report kind for a 500-indicator stress document,
                                     each in its own process: seconds, pages, peak memory)
"""

from __future__ import annotations

import multiprocessing
import resource
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from ikudesk.assets import sample_documents  # noqa: E402
from ikudesk.files.docfile import baca_file  # noqa: E402
from ikudesk.report import buat_pdf  # noqa: E402
from tests.support.sintetis import dokumen_sintetis, dokumen_stres  # noqa: E402


def ukur(nama: str, dok, ulang: int = 3, cpu: bool = False, **opsi) -> float:  # noqa: ANN001, ANN003
    """The best of ``ulang`` runs (wall clock; with ``cpu`` also the process's CPU time,
    which a busy shared machine disturbs less)."""
    terbaik = terbaik_cpu = float("inf")
    halaman = 0
    for _ in range(ulang):
        t0, c0 = time.perf_counter(), time.process_time()
        _, halaman = buat_pdf(dok, **opsi)
        terbaik = min(terbaik, time.perf_counter() - t0)
        terbaik_cpu = min(terbaik_cpu, time.process_time() - c0)
    tambahan = f"  (CPU {terbaik_cpu:6.3f} s)" if cpu else ""
    print(f"{nama:<32} {terbaik:7.3f} s  {halaman:4d} halaman{tambahan}")
    return terbaik


def lkjip() -> None:
    """The LKjIP of the samples and of 6, 60 and 500 indicators (a chart per indicator)."""
    t0 = time.perf_counter()
    buat_pdf(baca_file(sample_documents()[0]), laporan="lkjip")
    print(f"{'pertama kali (termasuk huruf)':<32} {time.perf_counter() - t0:7.3f} s")
    for p in sample_documents():
        ukur(f"{p.stem} (lkjip)", baca_file(p), cpu=True, laporan="lkjip")
    for n in (6, 60, 500):
        dok = dokumen_sintetis(n)
        ulang = 1 if n == 500 else 3
        ukur(f"sintetis {n} (lkjip, F4)", dok, ulang=ulang, cpu=True, laporan="lkjip")
        ukur(
            f"sintetis {n} (lkjip, A4 portrait)",
            dok,
            ulang=ulang,
            cpu=True,
            laporan="lkjip",
            kertas="A4",
            orientasi="portrait",
        )
    mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"{'memori puncak (RSS)':<32} {mb:7.1f} MB")


def main() -> None:
    if sys.argv[1:] == ["lkjip"]:
        lkjip()
        return
    if sys.argv[1:] == ["--laporan"]:
        laporan_stres(500)
        return
    t0 = time.perf_counter()
    buat_pdf(baca_file(sample_documents()[0]))  # includes registering the fonts, once a process
    print(f"{'pertama kali (termasuk huruf)':<32} {time.perf_counter() - t0:7.3f} s")
    for p in sample_documents():
        dok = baca_file(p)
        ukur(f"{p.stem} (iku)", dok)
        ukur(f"{p.stem} (capaian)", dok, laporan="capaian")
    for n in (300, 500):
        dok = dokumen_sintetis(n)
        ukur(f"sintetis {n} (iku, F4)", dok, ulang=1)
        ukur(f"sintetis {n} (iku, A4 portrait)", dok, ulang=1, kertas="A4", orientasi="portrait")
        ukur(f"sintetis {n} (capaian)", dok, ulang=1, laporan="capaian")
    mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"{'memori puncak (RSS)':<32} {mb:7.1f} MB")


def _satu_laporan(kode: str, n: int, hasil: multiprocessing.Queue) -> None:  # type: ignore[type-arg]
    """In a fresh process: build the document, then time one report; peak RSS of the process."""
    dok = dokumen_stres(n)
    buat_pdf(baca_file(sample_documents()[0]))  # fonts registered, imports done: not timed
    awal = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    t0 = time.perf_counter()
    _, halaman = buat_pdf(dok, laporan=kode, tahun=2023)
    detik = time.perf_counter() - t0
    puncak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    hasil.put((kode, detik, halaman, awal, puncak))


def laporan_stres(n: int = 500) -> None:
    """Every report kind for an n-indicator stress document (PK with 400 lines of programmes,
    a 400-respondent survey, quarterly values): seconds, pages and the process's peak RSS."""
    from ikudesk.report import LAPORAN

    ctx = multiprocessing.get_context("spawn")
    judul = f"laporan ({n} indikator)"
    print(f"{judul:<24} {'detik':>7} {'halaman':>8} {'RSS awal':>9} {'puncak':>8}")
    for kode in LAPORAN:
        q = ctx.Queue()
        p = ctx.Process(target=_satu_laporan, args=(kode, n, q))
        p.start()
        kode, detik, halaman, awal, puncak = q.get()
        p.join()
        print(f"{kode:<24} {detik:7.2f} {halaman:8d} {awal:7.1f}MB {puncak:6.1f}MB")


if __name__ == "__main__":
    main()
