"""Helper process for the start-up test (run as a script, not collected).

``anak_jendela.py HASIL ARG…``: starts the program as ``python -m ikudesk ARG…`` does (the
package's ``__main__``), and as soon as the main window shows its first document writes the
names of every module imported by then to HASIL, one a line, and ends the process.
"""

from __future__ import annotations

import os
import runpy
import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication


def _dokumen_tampil() -> bool:
    for w in QApplication.topLevelWidgets():
        ctl = getattr(w, "ctl", None)
        if type(w).__name__ == "MainWindow" and w.isVisible() and ctl is not None:
            return ctl.dokumen is not None
    return False


def main() -> None:
    hasil = Path(sys.argv[1])
    # The program's own start makes no QApplication when one exists: this one, with the timer.
    app = QApplication(sys.argv[:1])

    def periksa() -> None:
        if not _dokumen_tampil():
            return
        app.processEvents()  # the page of the document painted
        hasil.write_text("\n".join(sorted(sys.modules)) + "\n", encoding="utf-8")
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(0)  # the measurement is taken; nothing after it matters

    timer = QTimer()
    timer.timeout.connect(periksa)
    timer.start(10)
    sys.argv = ["ikudesk", *sys.argv[2:]]
    runpy.run_module("ikudesk", run_name="__main__", alter_sys=True)
    sys.exit(3)  # the window closed before it showed a document


if __name__ == "__main__":
    main()
