"""Printing the PDF itself (vector pages) on a CUPS printer, as ``lp`` does.

Qt can only paint pictures of the PDF's pages onto a printer. Where CUPS is the print system
(Linux, macOS) the PDF the report wrote is handed to ``lp`` instead: the printer gets the very
vector pages "Ekspor PDF" writes, on the chosen paper. Elsewhere (Windows) the caller paints.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from dataclasses import dataclass

__all__ = ["MEDIA_CUPS", "TugasCetak", "argumen_lp", "kirim_ke_cups"]

#: CUPS media names of the papers the print options offer (F4 has no standard name).
MEDIA_CUPS = {
    "F4": "Custom.215x330mm",
    "A4": "A4",
    "LEGAL": "Legal",
    "LETTER": "Letter",
}


@dataclass(frozen=True)
class TugasCetak:
    """What the print dialog asked for, besides the paper (which comes from the options)."""

    printer: str
    kertas: str
    orientasi: str
    salinan: int = 1
    halaman: tuple[int, int] | None = None  # first and last page, 1-based, both included
    bolak_balik: str = ""  # "", "panjang" (long edge) or "pendek" (short edge)
    susun: bool = True


def argumen_lp(tugas: TugasCetak, lp: str = "lp") -> list[str]:
    """The ``lp`` command line for ``tugas``; the PDF goes in on standard input."""
    args = [lp, "-d", tugas.printer, "-t", "IKU Desk", "-n", str(max(1, tugas.salinan))]
    args += ["-o", f"media={MEDIA_CUPS[tugas.kertas]}"]
    # No orientation or scaling options: the PDF's pages already have the chosen size and
    # orientation, and CUPS turns a landscape page onto the sheet by itself (autorotate).
    if tugas.halaman is not None:
        args += ["-P", f"{tugas.halaman[0]}-{tugas.halaman[1]}"]
    sisi = {"panjang": "two-sided-long-edge", "pendek": "two-sided-short-edge"}
    args += ["-o", f"sides={sisi.get(tugas.bolak_balik, 'one-sided')}"]
    if tugas.salinan > 1:
        args += ["-o", f"collate={'true' if tugas.susun else 'false'}"]
    args.append("-")
    return args


def kirim_ke_cups(pdf: bytes, tugas: TugasCetak) -> bool:
    """Send the PDF to ``tugas.printer`` with ``lp``; False when that cannot be done here
    (no CUPS, Windows, ``lp`` refused), and the caller prints the pages itself."""
    if sys.platform == "win32" or not tugas.printer or tugas.kertas not in MEDIA_CUPS:
        return False
    lp = shutil.which("lp")
    if lp is None:
        return False
    try:
        hasil = subprocess.run(  # noqa: S603 - a fixed program with our own arguments
            argumen_lp(tugas, lp), input=pdf, capture_output=True, timeout=60, check=False
        )
    except (OSError, subprocess.SubprocessError):
        return False
    return hasil.returncode == 0
