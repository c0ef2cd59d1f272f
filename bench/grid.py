"""Values grid ("Pengukuran Kinerja") benchmark: prints figures, asserts nothing.

On a synthetic 2,000-indicator document (values in every year but 2024, which is entered):
- open the grid window for a year until painted (targets ≤ 0.3 s);
- paste a block of 500 cells (parse, check all, one transaction, one undo step, repaint;
  target ≤ 0.5 s), into the year and into a quarter;
- one value typed (store write, undo step, the indicator's rows recomputed and repainted;
  target ≤ 50 ms for the recomputing).

Run: python bench/grid.py   (uses QT_QPA_PLATFORM=offscreen)
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtWidgets import QApplication  # noqa: E402

from ikudesk.gui.controller import DocumentController  # noqa: E402
from ikudesk.gui.pengukuran.view import JendelaPengukuran  # noqa: E402
from ikudesk.persistence.repo import save_new_dokumen  # noqa: E402
from ikudesk.persistence.store import open_store  # noqa: E402
from ikudesk.session import pengukuran as pg  # noqa: E402
from tests.support.sintetis import dokumen_sintetis  # noqa: E402


def ms(detik: list[float]) -> str:
    return (
        f"rata-rata {statistics.mean(detik) * 1000:.1f} ms, "
        f"maks {max(detik) * 1000:.1f} ms ({len(detik)}×)"
    )


def main() -> None:
    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as tmp:
        store = open_store(Path(tmp) / "bench.sqlite")
        sintetis = dokumen_sintetis(2000)
        for ind in sintetis.semua_indikator():  # 2024 still open: by year or by quarter
            ind.realisasi.pop(2024, None)
            ind.nilai_komponen.pop(2024, None)
        dok_id = save_new_dokumen(store, sintetis)
        ctl = DocumentController(store)
        ctl.open(dok_id)
        dok = ctl.dokumen
        assert dok is not None

        # The running window has long loaded Babel's locale data (≈ 0.2 s once per process,
        # at start-up); the grid opened from it does not pay that again.
        from decimal import Decimal

        from ikudesk.l10n import format_angka

        format_angka(Decimal("1250.5"))
        t0 = time.perf_counter()
        j = JendelaPengukuran(ctl)
        j.resize(1366, 768)
        j.show()
        j.pilih(2024, None)
        j.grid.viewport().repaint()
        app.processEvents()
        buka = time.perf_counter() - t0
        baris = j.model.rowCount()
        print(f"grid 2.000 indikator ({baris} baris): dibuka dan dilukis {buka * 1000:.0f} ms")

        cat = []
        for th in (2021, 2022, 2023, 2025, 2026):
            t = time.perf_counter()
            j.pilih(th, None)
            j.grid.viewport().repaint()
            app.processEvents()
            cat.append(time.perf_counter() - t)
        print(f"ganti tahun (melukis ulang): {ms(cat)}")

        model, grid = j.model, j.grid
        # 500 cells: the input column down the rows that take one (and the target beside)
        isian = [r for r in range(model.rowCount()) if model.dapat_diisi(r, pg.COL_INPUT)]
        r0 = isian[0]
        blok_baris = []
        n = 0
        for r in range(r0, model.rowCount()):
            sel = ["", ""]
            if model.dapat_diisi(r, pg.COL_TARGET):
                sel[0] = f"{80 + r % 20},5"
                n += 1
            if model.dapat_diisi(r, pg.COL_INPUT):
                sel[1] = f"{70 + r % 30},25"
                n += 1
            blok_baris.append("\t".join(sel))
            if n >= 500:
                break
        teks = "\n".join(blok_baris) + "\n"
        grid.setCurrentIndex(model.index(r0, pg.COL_TARGET))
        t = time.perf_counter()
        disimpan = grid.tempel(teks)
        grid.viewport().repaint()
        app.processEvents()
        tempel = time.perf_counter() - t
        print(f"tempel {disimpan} sel (satu langkah urung): {tempel * 1000:.0f} ms")
        t = time.perf_counter()
        ctl.stack.undo()
        grid.viewport().repaint()
        app.processEvents()
        print(f"urungkan tempelan itu: {(time.perf_counter() - t) * 1000:.0f} ms")

        # the same block into a quarter (quarterly operations, checked against the year)
        j.pilih(2024, 2)
        isian_tw = [r for r in range(model.rowCount()) if model.dapat_diisi(r, pg.COL_INPUT)]
        grid.setCurrentIndex(model.index(isian_tw[0], pg.COL_TARGET))
        t = time.perf_counter()
        disimpan = grid.tempel(teks)
        grid.viewport().repaint()
        app.processEvents()
        print(
            f"tempel {disimpan} sel ke triwulan II (satu langkah urung): "
            f"{(time.perf_counter() - t) * 1000:.0f} ms"
        )
        ctl.stack.undo()
        j.pilih(2024, None)

        ketik, hitung = [], []
        for i in range(20):
            r = isian[i % len(isian)]
            idx = model.index(r, pg.COL_INPUT)
            t = time.perf_counter()
            model.setData(idx, f"{60 + i},5")
            t1 = time.perf_counter()
            grid.viewport().repaint()
            app.processEvents()
            t2 = time.perf_counter()
            ketik.append(t2 - t)
            # recomputing: what the grid does after the store said the values changed
            b = model.baris[r]
            assert b.indikator_id is not None
            t = time.perf_counter()
            model._nilai_berubah(b.indikator_id)  # noqa: SLF001 - the step being measured
            for k in range(len(pg.COLUMNS)):
                model.data(model.index(r, k))
            grid.viewport().repaint()
            hitung.append(time.perf_counter() - t)
            _ = t1
        print(f"satu nilai diketik (simpan, urung, hitung ulang, lukis): {ms(ketik)}")
        print(f"hitung ulang sesudah satu perubahan (dengan lukis): {ms(hitung)}")
        j.close()
        ctl.close()
        store.close()


if __name__ == "__main__":
    main()
