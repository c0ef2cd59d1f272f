"""What the registry and the report modules share, below both: the options a report reads and
the wording that more than one place prints.

The registry imports the report modules (lazily, when printing) and they import this module,
never the registry, so the arrows go one way. No ReportLab here: listing the reports stays cheap.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:  # type names only
    from ikudesk.domain.kategori import Kategori
    from ikudesk.domain.model import Dokumen

__all__ = ["Opsi", "OpsiLaporan", "alasan_tolak_ikm", "pesan_tanpa_ttd"]

Opsi = Literal["tahun", "kategori", "perubahan", "sejak", "triwulan"]


@dataclass(frozen=True)
class OpsiLaporan:
    """What a report may read besides the document; each report declares which it needs."""

    tahun: int | None = None
    kategori: Sequence[Kategori] | None = None
    perubahan: int | None = None  # a PK's revision (None: the year's latest)
    sejak: int | None = None  # the LKjIP's first year (None: every earlier year with data)
    triwulan: int | None = None  # the quarterly monitoring: up to this quarter (1–4)
    # A ditetapkan IKU sheet says its version and decree in the footer (issue 24).
    cetak_penetapan: bool = True


def pesan_tanpa_ttd(tahun: int) -> str:
    """The one wording, in every report, for a year printed without its signer (always a
    year: a report without one is refused)."""
    return f"Penandatangan laporan tahun {tahun} belum diisi: laporan dicetak tanpa tanda tangan."


def alasan_tolak_ikm(dok: Dokumen, tahun: int | None) -> str | None:
    """Why the IKM report cannot be printed for ``dok`` (None: it can): no survey in the year
    (the chosen one, else the latest with a survey), or none at all."""
    from ikudesk.domain.ikm_tampil import survei_tahun, tahun_survei

    th = tahun_survei(dok, tahun)
    if th is not None and survei_tahun(dok, th):
        return None
    if th is None:
        return "Dokumen ini belum memiliki survei IKM; laporan IKM tidak dapat dicetak."
    return f"Belum ada survei IKM untuk tahun {th}; laporan IKM tidak dapat dicetak."
