"""A canvas that knows the page count when it finishes, for "Halaman X dari Y" footers."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas


@dataclass(frozen=True)
class TandaHalaman:
    """Lines in a page's margins: ``kepala`` centred above the content (bold), ``kaki`` at the
    left of the footer, beside the page number. ``kiri``/``atas``: the content's margins."""

    kepala: str = ""
    kaki: str = ""
    kiri: float = 12 * mm
    atas: float = 12 * mm
    font_tebal: str = ""


def buat_canvas_bernomor(
    font: str,
    ukuran: float = 8,
    catat: list[int] | None = None,
    tanda: TandaHalaman | None = None,
) -> type[Canvas]:
    """A Canvas class; ``catat`` (if given) receives the page count when the PDF is saved;
    ``tanda`` lines are drawn in the page margins of every page (never over the content)."""

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
            nomor = f"Halaman {self._pageNumber} dari {jumlah}"
            self.drawRightString(lebar - 12 * mm, 8 * mm, nomor)
            if tanda is not None:
                self._tulis_tanda(tanda, lebar - 12 * mm - stringWidth(nomor, font, ukuran))
            self.restoreState()

        def _tulis_tanda(self, t: TandaHalaman, batas_kanan: float) -> None:
            lebar, tinggi = self._pagesize
            if t.kaki:
                ruang = batas_kanan - t.kiri - 6 * mm
                # A long decree name: a smaller size first (down to 6 pt), then shortened.
                besar = ukuran
                while besar > 6 and stringWidth(t.kaki, font, besar) > ruang:
                    besar -= 0.5
                teks = t.kaki
                while teks and stringWidth(teks, font, besar) > ruang:
                    teks = teks[:-2] + "…"
                self.setFont(font, besar)
                self.drawString(t.kiri, 8 * mm, teks)
            if t.kepala:
                self.setFont(t.font_tebal or font, ukuran + 2)
                self.drawCentredString(lebar / 2, tinggi - t.atas + 4.5 * mm, t.kepala)

    return CanvasBernomor
