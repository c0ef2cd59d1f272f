"""Server store benchmark: the 2,000-indicator document on PostgreSQL beside SQLite, and many
writers at once.

1. Import (read, check, store), load and compute all capaian of the synthetic 2,000-indicator,
   6-year document: on SQLite and on PostgreSQL (medians).
2. N writers (separate processes, each a window on another PC) on N different documents for
   D seconds: every edit is a value change in its own transaction with the version check. At the
   end every process's last value is read back; printed: edits, edits per second, refused
   (conflicts: must be 0, the documents differ), lost (stored value differs: must be 0).

Uses the server at --db postgresql://… or, without it, starts a throwaway cluster like the tests.
Run: python bench/pg.py [--db URL] [--penulis 20] [--detik 60]
"""

from __future__ import annotations

import argparse
import multiprocessing as mp
import statistics
import sys
import tempfile
import time
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from ikudesk.domain.compute import hitung_dokumen  # noqa: E402
from ikudesk.domain.keys import NilaiKey
from ikudesk.files.docfile import baca_dokumen, ke_json  # noqa: E402
from ikudesk.persistence.mapper import KonflikVersi  # noqa: E402
from ikudesk.persistence.repo import (  # noqa: E402
    SqlRepository,
    delete_dokumen,
    load_dokumen,
    save_new_dokumen,
)
from ikudesk.persistence.store import open_store  # noqa: E402
from ikudesk.session.document import DocumentSession  # noqa: E402
from ikudesk.session.operations import SetNilai  # noqa: E402
from tests.support.sintetis import dokumen_sintetis  # noqa: E402

ULANG = 3


def ukur_besar(db: str, teks: str) -> tuple[float, float, float]:
    impor, muat, hitung = [], [], []
    for _ in range(ULANG):
        with open_store(db) as store:
            t0 = time.perf_counter()
            did = save_new_dokumen(store, baca_dokumen(teks))
            t1 = time.perf_counter()
            dok = load_dokumen(store, did)
            t2 = time.perf_counter()
            hitung_dokumen(dok)
            t3 = time.perf_counter()
            delete_dokumen(store, did)
        impor.append(t1 - t0)
        muat.append(t2 - t1)
        hitung.append(t3 - t2)
    return statistics.median(impor), statistics.median(muat), statistics.median(hitung)


def penulis(url: str, did: int, detik: float, hasil: mp.Queue) -> None:  # type: ignore[type-arg]
    store = open_store(url)
    sesi = DocumentSession.open(SqlRepository(store), did)
    iid = next(i.id for t in sesi.dokumen.tujuan for s in t.sasaran for i in s.indikator)
    tahun = min(sesi.dokumen.tujuan[0].sasaran[0].indikator[0].target or {2021: 0})
    n = ditolak = 0
    akhir = time.monotonic() + detik
    while time.monotonic() < akhir:
        try:
            sesi.apply(SetNilai(NilaiKey.target(iid, tahun), Decimal(n + 1)))
            n += 1
        except KonflikVersi:
            ditolak += 1
            sesi = DocumentSession.open(SqlRepository(store), did)
    store.close()
    hasil.put((did, iid, tahun, n, ditolak))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--db", help="server postgresql://… (bawaan: klaster sementara)")
    ap.add_argument("--penulis", type=int, default=20)
    ap.add_argument("--detik", type=float, default=60)
    args = ap.parse_args()
    server = None
    url = args.db
    if url is None:
        import psycopg

        from tests.support.pgserver import mulai

        server, alasan = mulai()
        if server is None:
            sys.exit(f"PostgreSQL tidak tersedia: {alasan}")
        with psycopg.connect(server.url_admin, autocommit=True) as con:
            con.execute("CREATE DATABASE bench")
        url = server.url("bench")
    try:
        teks = ke_json(dokumen_sintetis(jumlah_indikator=2000))
        with tempfile.TemporaryDirectory() as d:
            s_imp, s_muat, s_hit = ukur_besar(str(Path(d) / "b.sqlite"), teks)
        p_imp, p_muat, p_hit = ukur_besar(url, teks)
        print(f"2.000 indikator, 6 tahun (median {ULANG}x)      SQLite    PostgreSQL")
        print(f"  impor (baca + periksa + simpan)      {s_imp:7.3f} s  {p_imp:7.3f} s")
        print(f"  muat dari penyimpanan                {s_muat:7.3f} s  {p_muat:7.3f} s")
        print(f"  hitung semua capaian                 {s_hit:7.3f} s  {p_hit:7.3f} s")

        contoh = Path(__file__).resolve().parent.parent / "data" / "sumber-harta-2023.json"
        with open_store(url) as store:
            ids = [
                save_new_dokumen(store, baca_dokumen(contoh.read_text("utf-8")))
                for _ in range(args.penulis)
            ]
        ctx = mp.get_context("spawn")
        antrian: mp.Queue = ctx.Queue()  # type: ignore[type-arg]
        proses = [ctx.Process(target=penulis, args=(url, did, args.detik, antrian)) for did in ids]
        for p in proses:
            p.start()
        hasil = [antrian.get(timeout=args.detik + 120) for _ in proses]
        for p in proses:
            p.join()
        hilang = 0
        with open_store(url) as store:
            for did, iid, tahun, n, _ in hasil:
                dok = load_dokumen(store, did)
                semua = [i for t in dok.tujuan for s in t.sasaran for i in s.indikator]
                ind = next(i for i in semua if i.id == iid)
                # The last value, and one version step per stored edit (none overwritten).
                versi = SqlRepository(store).version(did)
                if (n and ind.target.get(tahun) != Decimal(n)) or versi != n:
                    hilang += 1
        total = sum(h[3] for h in hasil)
        ditolak = sum(h[4] for h in hasil)
        print(
            f"{args.penulis} penulis, dokumen berbeda, {args.detik:g} s: {total} perubahan "
            f"({total / args.detik:.0f}/s), ditolak {ditolak}, hilang {hilang}"
        )
    finally:
        if server is not None:
            server.berhenti()


if __name__ == "__main__":
    main()
