"""A canvas that knows the page count when it finishes, for "Halaman X dari Y" footers."""

from __future__ import annotations

from typing import Any

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas


def buat_canvas_bernomor(
    font: str, ukuran: float = 8, catat: list[int] | None = None
) -> type[Canvas]:
    """A Canvas class; ``catat`` (if given) receives the page count when the PDF is saved."""

    class CanvasBernomor(Canvas):
        # Pages are held back until save(), when the total is known (pretix does the same).
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            # never Helvetica, not even unused (doctemplate passes None by default)
            kwargs["initialFontName"] = kwargs.get("initialFontName") or font
            super().__init__(*args, **kwargs)
            self._halaman: list[dict[str, Any]] = []

        def showPage(self) -> None:  # noqa: N802 - ReportLab API
            self._halaman.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            jumlah = len(self._halaman)
            if catat is not None:
                catat.append(jumlah)
            for keadaan in self._halaman:
                self.__dict__.update(keadaan)
                self._tulis_nomor(jumlah)
                super().showPage()
            super().save()

        def _tulis_nomor(self, jumlah: int) -> None:
            lebar, _ = self._pagesize
            self.saveState()
            self.setFont(font, ukuran)
            self.drawRightString(
                lebar - 12 * mm, 8 * mm, f"Halaman {self._pageNumber} dari {jumlah}"
            )
            self.restoreState()

    return CanvasBernomor
