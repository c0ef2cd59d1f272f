"""Kabupaten benchmark: gathering 30 kecamatan × 20 indicators × 6 years, the rekap of a year,
and opening one document from a server store of 300 documents beside one of a single document.

Each figure is the median of 3 runs, on SQLite and on PostgreSQL (the server at --db
postgresql://… or, without it, a throwaway cluster like the tests start).
Targets (issue 26): gathered ≤ 10 s; rekap ≤ 1 s; opening a document as fast with 300 as with 1.
Run: python bench/kabupaten.py [--db URL]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from ikudesk.kabupaten.gabung import Masuk, baca_sumber, rencanakan, terapkan  # noqa: E402
from ikudesk.kabupaten.rekap import muat_rekap  # noqa: E402
from ikudesk.persistence.repo import load_dokumen  # noqa: E402
from ikudesk.persistence.store import open_store  # noqa: E402
from tests.support.kabupaten import dokumen_kecamatan, tulis_dokumen_kecamatan  # noqa: E402

ULANG = 3
KECAMATAN = 30


def _berkas(folder: Path) -> list[Path]:
    hasil = []
    for i in range(KECAMATAN):
        p = folder / f"kec-{i:02}.json"
        tulis_dokumen_kecamatan(p, f"Kecamatan Nomor {i + 1}", geser=i)
        hasil.append(p)
    return hasil


def ukur(db_baru, berkas: list[Path]) -> tuple[float, float]:  # noqa: ANN001
    gabung, rekap = [], []
    for _ in range(ULANG):
        db = db_baru()
        with open_store(db) as store:
            t0 = time.perf_counter()
            terapkan(store, rencanakan(store, baca_sumber(berkas)))
            t1 = time.perf_counter()
            muat_rekap(store, 2023, 2)
            t2 = time.perf_counter()
        gabung.append(t1 - t0)
        rekap.append(t2 - t1)
    return statistics.median(gabung), statistics.median(rekap)


def buka_satu(db: str, banyak: int) -> float:
    """Median time to open one document of a store holding ``banyak`` (gathered as a kabupaten
    does)."""
    masuk = [Masuk(f"bench {i}", dokumen_kecamatan(f"Kecamatan {i}")) for i in range(banyak)]
    with open_store(db) as store:
        ids = terapkan(store, rencanakan(store, masuk)).baru
        waktu = []
        for _ in range(7):
            t0 = time.perf_counter()
            load_dokumen(store, ids[len(ids) // 2])
            waktu.append(time.perf_counter() - t0)
    return statistics.median(waktu)


def _cetak(mesin: str, gabung: float, rekap: float) -> None:
    print(f"{mesin}: gabung {KECAMATAN} kecamatan {gabung:.2f} s (≤ 10 s); ", end="")
    print(f"rekap setahun {rekap:.2f} s (≤ 1 s)")


def _cetak_buka(mesin: str, satu: float, banyak: float) -> None:
    print(f"{mesin}: buka satu dokumen: {satu * 1000:.0f} ms (1 dokumen) / ", end="")
    print(f"{banyak * 1000:.0f} ms (300 dokumen)")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--db", help="postgresql://… (default: a throwaway cluster)")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as kerja:
        folder = Path(kerja)
        berkas = _berkas(folder)
        nomor = iter(range(1000))
        g, r = ukur(lambda: str(folder / f"s{next(nomor)}.sqlite"), berkas)
        _cetak("SQLite", g, r)
        satu = buka_satu(str(folder / "satu.sqlite"), 1)
        tiga_ratus = buka_satu(str(folder / "300.sqlite"), 300)
        _cetak_buka("SQLite", satu, tiga_ratus)
        server = None
        try:
            if args.db:
                url_baru = lambda: args.db  # noqa: E731
            else:
                import psycopg

                from tests.support.pgserver import mulai

                server, alasan = mulai()
                if server is None:
                    print(f"PostgreSQL dilewati: {alasan}")
                    return

                def url_baru() -> str:
                    nama = f"bench_kab_{next(nomor)}"
                    with psycopg.connect(server.url_admin, autocommit=True) as con:
                        con.execute(f"CREATE DATABASE {nama} TEMPLATE template0")
                    return server.url(nama)

            g, r = ukur(url_baru, berkas)
            _cetak("PostgreSQL", g, r)
            satu = buka_satu(url_baru(), 1)
            tiga_ratus = buka_satu(url_baru(), 300)
            _cetak_buka("PostgreSQL", satu, tiga_ratus)
        finally:
            if server is not None:
                server.berhenti()


if __name__ == "__main__":
    main()
