"""GUI benchmark (issue 3 targets): prints figures, asserts nothing.

- start → painted main window, store holding the three samples (≤ 0.6 s): a fresh Python
  process is started and timed until the window's tree has painted;
- opening a synthetic 2,000-indicator document in the window (≤ 1 s), until painted;
- changing the tree selection (≤ 50 ms), mean of 50 changes, each until painted.

Run: python bench/gui.py   (uses QT_QPA_PLATFORM=offscreen)
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

ULANG_MULAI = 5


def anak(db: str, data: str) -> None:
    """The child process: start as ``ikudesk`` does; report the window's first paint and the
    first paint of the tree with the document in it (seconds since the process started)."""
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QWidget

    from ikudesk.gui.app import buat_app, buka_jendela
    from ikudesk.gui.main_window import MainWindow

    os.environ["XDG_DATA_HOME"] = data  # settings of its own, not the user's
    app = buat_app()
    dicat: dict[str, float] = {}

    class Cat(QObject):
        def eventFilter(self, obj: QObject, ev: QEvent) -> bool:  # noqa: N802
            w = obj.window() if isinstance(obj, QWidget) else None
            if ev.type() == QEvent.Type.Paint and isinstance(w, MainWindow):
                t = time.time() - float(os.environ["BENCH_T0"])
                dicat.setdefault("jendela", t)
                if w.ctl.dokumen is not None and obj is w.ui.pohon.viewport():
                    dicat["dokumen"] = t
                    print(f"dicat {dicat['jendela']:.4f} {dicat['dokumen']:.4f}", flush=True)
                    app.exit(0)
            return False

    cat = Cat()
    app.installEventFilter(cat)  # every widget's paint, from the very first one
    window, kunci = buka_jendela(Path(db))
    app.exec()
    window.ctl.stack.clear()
    kunci.lepas()


def _siapkan_contoh(db: Path) -> None:
    from ikudesk.assets import sample_documents
    from ikudesk.files.docfile import baca_file
    from ikudesk.persistence.repo import save_new_dokumen
    from ikudesk.persistence.store import open_store

    with open_store(db) as s:
        for p in sample_documents():
            save_new_dokumen(s, baca_file(p))


def ukur_mulai(tmp: Path) -> tuple[list[float], list[float]]:
    db = tmp / "contoh.sqlite"
    _siapkan_contoh(db)
    jendela, dokumen = [], []
    for _ in range(ULANG_MULAI):
        env = {**os.environ, "BENCH_T0": repr(time.time())}
        p = subprocess.run(
            [sys.executable, __file__, "--anak", str(db), str(tmp / "data")],
            capture_output=True,
            text=True,
            cwd=REPO,
            check=True,
            env=env,
        )
        baris = [b for b in p.stdout.splitlines() if b.startswith("dicat")]
        assert baris, p.stderr
        _, j, d = baris[0].split()
        jendela.append(float(j))
        dokumen.append(float(d))
    return jendela, dokumen


def ukur_dokumen_besar(tmp: Path) -> tuple[float, list[float], int]:
    from PySide6.QtWidgets import QApplication

    from ikudesk.gui.app import buat_app
    from ikudesk.gui.controller import DocumentController
    from ikudesk.gui.main_window import MainWindow
    from ikudesk.gui.settings import Pengaturan
    from ikudesk.persistence.repo import save_new_dokumen
    from ikudesk.persistence.store import open_store
    from tests.support.sintetis import dokumen_sintetis

    buat_app()
    store = open_store(tmp / "besar.sqlite")
    did = save_new_dokumen(store, dokumen_sintetis(jumlah_indikator=2000))
    window = MainWindow(DocumentController(store), Pengaturan(tmp / "data2"))
    window.resize(1366, 740)
    window.show()
    QApplication.processEvents()

    t0 = time.perf_counter()
    window.ctl.open(did)
    QApplication.processEvents()
    window.repaint()
    buka = time.perf_counter() - t0

    semua = window.ctl.dokumen.semua_indikator()
    langkah = max(1, len(semua) // 50)
    pilih = [semua[i * langkah].id for i in range(50)]
    waktu = []
    for iid in pilih:
        t0 = time.perf_counter()
        window.pilih("indikator", iid)
        QApplication.processEvents()
        window.repaint()
        waktu.append(time.perf_counter() - t0)
    n = len(semua)
    window.ctl.stack.clear()
    window.close()
    store.close()
    return buka, waktu, n


def main() -> None:
    with tempfile.TemporaryDirectory() as d:
        tmp = Path(d)
        jendela, dokumen = ukur_mulai(tmp)
        for nama, w in (("jendela tercat", jendela), ("dokumen tampil di pohon", dokumen)):
            print(
                f"mulai → {nama} (3 contoh): median {statistics.median(w):.3f} s, "
                f"min {min(w):.3f} s, maks {max(w):.3f} s ({ULANG_MULAI}×)  [target ≤ 0,6 s]"
            )
        buka, pilih, n = ukur_dokumen_besar(tmp)
        print(f"buka dokumen {n} indikator sampai tercat: {buka:.3f} s  [target ≤ 1 s]")
        print(
            f"ganti pilihan sampai tercat: rata-rata {statistics.mean(pilih) * 1000:.1f} ms, "
            f"maks {max(pilih) * 1000:.1f} ms (50×)  [target ≤ 50 ms]"
        )


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "--anak":
        anak(sys.argv[2], sys.argv[3])
    else:
        main()
