"""Editor panel benchmark: prints figures, asserts nothing.

- building the panel (all four pages; part of start-up);
- showing a node's page (``tampilkan``) until painted, per kind, on a synthetic
  2,000-indicator document with values in every year;
- one yearly value typed in the table (parse, store write, undo step, table refresh).

Run: python bench/editors.py   (uses QT_QPA_PLATFORM=offscreen)
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
from ikudesk.gui.editors import buat_editor_panel  # noqa: E402
from ikudesk.persistence.repo import save_new_dokumen  # noqa: E402
from ikudesk.persistence.store import open_store  # noqa: E402
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
        dok_id = save_new_dokumen(store, dokumen_sintetis(2000))
        ctl = DocumentController(store)
        ctl.open(dok_id)
        dok = ctl.dokumen
        assert dok is not None

        t0 = time.perf_counter()
        panel = buat_editor_panel(ctl, None)
        bangun = time.perf_counter() - t0
        panel.resize(980, 740)
        panel.show()
        app.processEvents()
        print(f"membangun panel editor (4 halaman): {bangun * 1000:.1f} ms")

        def tampil(jenis: str, id_: int) -> float:
            t = time.perf_counter()
            panel.tampilkan(jenis, id_)
            panel.repaint()
            return time.perf_counter() - t

        indikator = dok.semua_indikator()
        node = {
            "dokumen": [dok.id] * 20,
            "tujuan": [t.id for t in dok.tujuan[:50]],
            "sasaran": [s.id for t in dok.tujuan for s in t.sasaran][:50],
            "indikator": [i.id for i in indikator[::37]][:50],
        }
        for jenis, ids in node.items():
            panel.tampilkan(None, None)
            waktu = []
            for id_ in ids:
                panel.tampilkan(None, None)
                waktu.append(tampil(jenis, id_))
            print(f"tampilkan {jenis} sampai tercat: {ms(waktu)}")
        # Consecutive indicators (the common case: walking down the tree).
        waktu = [tampil("indikator", i.id) for i in indikator[100:150]]
        print(f"indikator ke indikator berikutnya: {ms(waktu)}")

        ind = next(i for i in indikator if i.pakai_rumus)
        panel.tampilkan("indikator", ind.id)
        model = panel.halaman["indikator"].nilai_model
        kol = model.kolom_ke("target")
        waktu = []
        for n in range(50):
            idx = model.index(n % len(model.tahun), kol)
            t = time.perf_counter()
            model.setData(idx, f"{n},5")
            panel.repaint()
            waktu.append(time.perf_counter() - t)
        print(f"satu nilai diketik (simpan + urungkan + segarkan tabel): {ms(waktu)}")
        ctl.stack.clear()
        store.close()


if __name__ == "__main__":
    main()
