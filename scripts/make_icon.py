"""Draws the IKU Desk icon and writes resources/icons/ikudesk.png and ikudesk.ico.

The icon is a blue rounded tile with three rising white bars (an indicator going up) and a gold
tick above them. Each size is painted on its own so the small ones stay crisp, and the ``.ico``
holds every size as a PNG entry (read by Windows Vista and later), written by hand so no imaging
library is needed. Run after changing the drawing and commit both files:

    python scripts/make_icon.py
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, Qt  # noqa: E402
from PySide6.QtGui import (  # noqa: E402
    QColor,
    QGuiApplication,
    QImage,
    QLinearGradient,
    QPainter,
    QPainterPath,
    QPen,
)

ROOT = Path(__file__).resolve().parent.parent
FOLDER = ROOT / "resources" / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256)


def gambar(ukuran: int) -> QImage:
    """The icon at ``ukuran`` × ``ukuran`` pixels, drawn on a 256-unit grid."""
    img = QImage(ukuran, ukuran, QImage.Format.Format_ARGB32_Premultiplied)
    img.fill(Qt.GlobalColor.transparent)
    p = QPainter(img)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.scale(ukuran / 256, ukuran / 256)

    # Small sizes get less margin and rounding: every pixel counts at 16 px.
    tepi = 8 if ukuran >= 32 else 0
    latar = QRectF(tepi, tepi, 256 - 2 * tepi, 256 - 2 * tepi)
    gradasi = QLinearGradient(0, 0, 0, 256)
    gradasi.setColorAt(0, QColor("#2B6CB8"))
    gradasi.setColorAt(1, QColor("#163F75"))
    tile = QPainterPath()
    tile.addRoundedRect(latar, 48, 48)
    p.fillPath(tile, gradasi)

    # Three rising bars on a baseline.
    putih = QColor("#FFFFFF")
    lebar, jarak, dasar = 44, 20, 212
    kiri = (256 - (3 * lebar + 2 * jarak)) / 2
    for i, tinggi in enumerate((60, 100, 140)):
        x = kiri + i * (lebar + jarak)
        batang = QPainterPath()
        batang.addRoundedRect(QRectF(x, dasar - tinggi, lebar, tinggi), 6, 6)
        p.fillPath(batang, putih)

    # A gold tick top-left: the target reached.
    pena = QPen(QColor("#F5B82E"), 26 if ukuran >= 32 else 34)
    pena.setCapStyle(Qt.PenCapStyle.RoundCap)
    pena.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    p.setPen(pena)
    p.drawPolyline([QPointF(50, 74), QPointF(78, 102), QPointF(132, 44)])
    p.end()
    return img


def png_bytes(img: QImage) -> bytes:
    data = QByteArray()
    buf = QBuffer(data)
    buf.open(QIODevice.OpenModeFlag.WriteOnly)
    if not img.save(buf, "PNG"):
        raise RuntimeError("PNG encoding failed")
    buf.close()
    return bytes(data)


def ico_bytes(pngs: dict[int, bytes]) -> bytes:
    """An ICO file whose entries are PNG images (ICONDIR, ICONDIRENTRY × n, data)."""
    kepala = struct.pack("<HHH", 0, 1, len(pngs))
    entri, isi = b"", b""
    offset = 6 + 16 * len(pngs)
    for ukuran, data in sorted(pngs.items()):
        dim = 0 if ukuran >= 256 else ukuran  # 0 means 256 in the directory
        entri += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(data), offset + len(isi))
        isi += data
    return kepala + entri + isi


def main() -> int:
    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    FOLDER.mkdir(parents=True, exist_ok=True)
    pngs = {u: png_bytes(gambar(u)) for u in SIZES}
    (FOLDER / "ikudesk.png").write_bytes(pngs[256])
    (FOLDER / "ikudesk.ico").write_bytes(ico_bytes(pngs))
    print(f"{FOLDER / 'ikudesk.png'} dan {FOLDER / 'ikudesk.ico'} ({len(SIZES)} ukuran) ditulis.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
