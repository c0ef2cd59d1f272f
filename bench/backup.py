"""Backup speed: a store with 2,000 indicators and 6 years of values (targets ≤ 1 s / ≤ 2 s).

Run: ``python bench/backup.py``. Prints the median of several runs of: backup + verify
(``buat_cadangan``: snapshot, zip, fsync, rename, read back and check), check alone, restore
(``siapkan_pemulihan`` + ``jalankan``: check, back up the current store, swap, reopen).
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from ikudesk.backup.archive import buat_cadangan, periksa_cadangan, siapkan_pemulihan  # noqa: E402
from ikudesk.persistence.repo import list_dokumen, save_new_dokumen  # noqa: E402
from ikudesk.persistence.store import open_store  # noqa: E402
from tests.support import sintetis  # noqa: E402

ULANG = 5


def ukur(f) -> float:  # noqa: ANN001
    t = time.perf_counter()
    f()
    return time.perf_counter() - t


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        d = Path(tmp)
        sp = d / "ikudesk.sqlite"
        store = open_store(sp)
        # the synthetic-document helper is being reworked by another engineer: take either name
        save_new_dokumen(store, sintetis.dokumen_sintetis(jumlah_indikator=2000))
        ind = sum(r.jumlah_indikator for r in list_dokumen(store))
        usb = d / "usb"
        usb.mkdir()
        waktu_cadangan, waktu_periksa, waktu_pulih = [], [], []
        hasil = None
        for _ in range(ULANG):
            t = time.perf_counter()
            hasil = buat_cadangan(store, usb)
            waktu_cadangan.append(time.perf_counter() - t)
            waktu_periksa.append(ukur(lambda h=hasil: periksa_cadangan(h.path)))
        assert hasil is not None
        store.close()
        for _ in range(ULANG):
            t = time.perf_counter()
            with siapkan_pemulihan(hasil.path, sp) as p:
                baru = p.jalankan().store
            waktu_pulih.append(time.perf_counter() - t)
            baru.close()
        print(
            f"indikator: {ind}, basis data: {hasil.info.ukuran_db / 1e6:.1f} MB, "
            f"berkas cadangan: {hasil.path.stat().st_size / 1e6:.2f} MB"
        )
        print(f"cadangkan + periksa : {statistics.median(waktu_cadangan):.3f} s  (batas 1 s)")
        print(f"periksa saja        : {statistics.median(waktu_periksa):.3f} s")
        print(f"pulihkan            : {statistics.median(waktu_pulih):.3f} s  (batas 2 s)")


if __name__ == "__main__":
    main()
