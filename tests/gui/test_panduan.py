"""Issue 21, item 16: the offline Panduan covers every page, with pictures of the real windows
that the program takes itself (``--screenshot --halaman``)."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QImage, QTextDocument
from PySide6.QtWidgets import QApplication

from ikudesk.gui.dialogs.panduan import DialogPanduan
from ikudesk.gui.main_window import MainWindow
from ikudesk.gui.settings import Pengaturan
from tests.conftest import REPO
from tests.gui.test_screenshot import _ikudesk

PANDUAN = REPO / "resources" / "panduan"
#: Every page and part the user meets, as the guide must name it.
BAGIAN = (
    "Pengukuran Kinerja",
    "Perjanjian Kinerja",
    "Survei Kepuasan Masyarakat (IKM)",
    "Ringkasan Capaian",
    "Excel",
    "server",
    "Mencadangkan",
    "Mencetak",
)


def test_panduan_mencakup_setiap_halaman_dengan_gambar(
    qtbot, controller, ids_contoh, tmp_path
) -> None:  # noqa: ANN001
    w = MainWindow(controller, Pengaturan(tmp_path))
    qtbot.addWidget(w)
    w.show()
    w.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is w)
    qtbot.keyClick(w.ui.pohon, Qt.Key.Key_F1)
    qtbot.waitUntil(lambda: any(d.isVisible() for d in w.findChildren(DialogPanduan)))
    d = next(d for d in w.findChildren(DialogPanduan) if d.isVisible())
    teks = d.ui.teks.toPlainText()
    judul = re.findall(r"<h2>(.*?)</h2>", (PANDUAN / "panduan.html").read_text("utf-8"))
    for bagian in BAGIAN:
        assert any(bagian in j for j in judul), bagian
        assert bagian in teks
    # the pictures: each one there, shown in the dialog, a window as big as a real one
    gambar = re.findall(r'<img src="([^"]+)"', (PANDUAN / "panduan.html").read_text("utf-8"))
    assert {"pengukuran.png", "pk.png", "survei.png", "ringkasan.png", "excel.png"} <= set(gambar)
    assert {"cadangan.png", "server.png", "cetak.png", "utama.png"} <= set(gambar)
    dok = d.ui.teks.document()
    for nama in gambar:
        img = QImage(str(PANDUAN / nama))
        assert not img.isNull() and img.width() >= 400, nama
        dimuat = dok.resource(QTextDocument.ResourceType.ImageResource, QUrl(nama))
        assert dimuat is not None and not dimuat.isNull(), nama
    d.close()


def test_gambar_panduan_diambil_program_sendiri(tmp_path: Path) -> None:
    """``--screenshot --halaman pk`` photographs the PK window: the guide's picture of it is
    the same window (same size); an unknown page is refused with the choices."""
    db = tmp_path / "iku.sqlite"
    contoh = REPO / "data" / "sumber-harta-2023.json"
    assert _ikudesk("import", str(contoh), "--db", str(db), env_home=tmp_path).returncode == 0
    png = tmp_path / "pk.png"
    hasil = _ikudesk(
        "--screenshot", str(png), "--db", str(db), "--halaman", "pk", env_home=tmp_path
    )
    assert hasil.returncode == 0, hasil.stderr
    baru = QImage(str(png))
    assert not baru.isNull()
    # the offscreen test screen is smaller than the guide's 1366×768: the same window,
    # fitted to the screen (never larger than the committed picture)
    tersimpan = QImage(str(PANDUAN / "pk.png"))
    assert baru.width() <= tersimpan.width() and baru.height() <= tersimpan.height()
    assert baru.width() >= 600
    hasil = _ikudesk(
        "--screenshot",
        str(tmp_path / "x.png"),
        "--db",
        str(db),
        "--halaman",
        "entah",
        env_home=tmp_path,
    )
    assert hasil.returncode == 2 and "Halaman 'entah' tidak dikenal" in hasil.stderr
    assert "pengukuran, pk, survei" in hasil.stderr
