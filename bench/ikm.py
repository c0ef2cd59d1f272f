"""IKM benchmark: 10,000 respondents computed, and pasted into the survey grid.

Targets (issue 13, reference 2-core machine): computing ≤ 0.2 s; pasting the 10,000 rows into
the grid (one SetSurvei stored in a real store, the grid and results refreshed) ≤ 2 s.
Run: python bench/ikm.py
"""

from __future__ import annotations

import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from ikudesk.domain.ikm import hitung_ikm, profil_responden  # noqa: E402
from ikudesk.domain.model import Responden, SurveiIkm  # noqa: E402

N = 10_000
ULANG = 5


def survei_acak(n: int = N) -> SurveiIkm:
    acak = random.Random(13)
    return SurveiIkm(
        responden=[
            Responden(
                [acak.choice((1, 2, 3, 4, 4, 3, None)) for _ in range(9)],
                acak.choice("LP"),
                acak.randint(17, 80),
                acak.choice(("SD", "SMP", "SMA", "D3", "S1", "S2")),
                acak.choice(("Petani", "Guru", "Pedagang", "Wiraswasta", "PNS")),
            )
            for _ in range(n)
        ]
    )


def teks_tempel(s: SurveiIkm) -> str:
    return (
        "\n".join(
            "\t".join(
                ["" if v is None else str(v) for v in r.nilai]
                + [r.jenis_kelamin, str(r.usia), r.pendidikan, r.pekerjaan]
            )
            for r in s.responden
        )
        + "\n"
    )


def bench_hitung() -> None:
    s = survei_acak()
    waktu = []
    for _ in range(ULANG):
        t0 = time.perf_counter()
        h = hitung_ikm(s)
        waktu.append(time.perf_counter() - t0)
    t0 = time.perf_counter()
    profil_responden(s)
    t_profil = time.perf_counter() - t0
    print(
        f"hitung IKM {N} responden, median {ULANG}x: {statistics.median(waktu):.4f} s "
        f"(target ≤ 0,2 s); IKM {h.ikm_bulat} mutu {h.mutu}; profil responden {t_profil:.4f} s"
    )


def bench_tempel() -> None:
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QApplication

    from ikudesk.files.docfile import baca_file
    from ikudesk.gui.controller import DocumentController
    from ikudesk.gui.survei.halaman import HalamanSurvei
    from ikudesk.persistence.repo import save_new_dokumen
    from ikudesk.persistence.store import open_store

    app = QApplication.instance() or QApplication([])
    contoh = Path(__file__).resolve().parent.parent / "data" / "sumber-harta-2023.json"
    teks = teks_tempel(survei_acak())
    waktu = []
    with tempfile.TemporaryDirectory() as d:
        for i in range(3):
            store = open_store(Path(d) / f"b{i}.sqlite")
            did = save_new_dokumen(store, baca_file(contoh))
            c = DocumentController(store)
            c.open(did)
            ind = c.dokumen.tujuan[0].sasaran[0].indikator[0]
            halaman = HalamanSurvei(c)
            halaman.resize(1100, 640)
            halaman.tampilkan(ind.id, 2023)
            halaman.show()
            app.processEvents()
            QGuiApplication.clipboard().setText(teks)
            halaman.ui.grid.setCurrentIndex(halaman.model.index(0, 0))
            t0 = time.perf_counter()
            halaman.tempel()
            app.processEvents()
            waktu.append(time.perf_counter() - t0)
            assert len(halaman.survei().responden) == N, "tempel gagal"
            hasil = halaman.ui.ikmLabel.text()
            c.stack.undo()
            app.processEvents()
            halaman.close()
            store.close()
    print(
        f"tempel {N} baris ke grid (SetSurvei + tampilan), median 3x: "
        f"{statistics.median(waktu):.3f} s (target ≤ 2 s); IKM tampil {hasil}"
    )


if __name__ == "__main__":
    bench_hitung()
    if "--tanpa-gui" not in sys.argv:
        bench_tempel()
