"""Core benchmark: import a 2,000-indicator document with 6 years of values, compute all capaian.

Targets (issue 2, reference 2-core machine): import ≤ 2 s, computing ≤ 0.5 s.
Run: python bench/core.py
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from ikudesk.domain.compute import hitung_dokumen  # noqa: E402
from ikudesk.files.docfile import baca_dokumen, ke_json  # noqa: E402
from ikudesk.persistence.repo import load_dokumen, save_new_dokumen  # noqa: E402
from ikudesk.persistence.store import open_store  # noqa: E402
from tests.support.sintetis import dokumen_sintetis  # noqa: E402

ULANG = 5


def main() -> None:
    teks = ke_json(dokumen_sintetis(jumlah_indikator=2000))
    print(f"dokumen sintetis: 2000 indikator, 6 tahun, {len(teks) / 1e6:.1f} MB JSON")
    waktu_impor, waktu_baca, waktu_hitung, waktu_muat = [], [], [], []
    with tempfile.TemporaryDirectory() as d:
        for i in range(ULANG):
            store = open_store(Path(d) / f"bench{i}.sqlite")
            t0 = time.perf_counter()
            dok = baca_dokumen(teks)
            t1 = time.perf_counter()
            dok_id = save_new_dokumen(store, dok)
            t2 = time.perf_counter()
            dimuat = load_dokumen(store, dok_id)
            t3 = time.perf_counter()
            baris = hitung_dokumen(dimuat)
            t4 = time.perf_counter()
            store.close()
            waktu_baca.append(t1 - t0)
            waktu_impor.append(t2 - t0)
            waktu_muat.append(t3 - t2)
            waktu_hitung.append(t4 - t3)
    n = len(baris)
    ok = sum(1 for b in baris if b.capaian.nilai is not None)
    print(
        f"impor (baca + periksa + simpan), median {ULANG}x: {statistics.median(waktu_impor):.3f} s"
        f"  (baca+periksa {statistics.median(waktu_baca):.3f} s)   target ≤ 2 s"
    )
    print(f"muat dokumen dari store, median:            {statistics.median(waktu_muat):.3f} s")
    print(
        f"hitung semua capaian ({n} baris, {ok} terhitung), median: "
        f"{statistics.median(waktu_hitung):.3f} s   target ≤ 0.5 s"
    )


if __name__ == "__main__":
    main()
