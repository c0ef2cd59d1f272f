"""Starts the desktop window (placeholder until the main window lands)."""

from __future__ import annotations

import argparse


def jalankan_app(args: argparse.Namespace) -> int:
    from PySide6.QtWidgets import QApplication, QMessageBox

    app = QApplication.instance() or QApplication([])
    QMessageBox.information(None, "IKU Desk", "Jendela utama IKU Desk sedang disiapkan.")
    del app
    return 0
