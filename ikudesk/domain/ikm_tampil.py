"""How an IKM survey's figures are named and shown wherever a user sees them (print, command
line, window): two fixed decimals, the penimbang in words, the surveys of a year."""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

from ikudesk.domain.compute import Hasil
from ikudesk.domain.ikm import round_fraction
from ikudesk.domain.model import Dokumen, Indikator, SurveiIkm
from ikudesk.l10n import format_angka, format_ikm


def teks_dua_desimal(nilai: Fraction | Decimal | int | None) -> str:
    """``Fraction(700, 9)`` → ``"77,78"``, 3 → ``"3,00"``, None → ``"-"`` (NRR, IKM: always two
    decimals, as offices print them), rounded half away from zero."""
    # Rounded exactly from the fraction here; l10n prints it (the one place numbers are shown).
    return format_ikm(None if nilai is None else round_fraction(Fraction(nilai)))


def teks_nilai(h: Hasil) -> str:
    """A target or realisasi as shown: the year's IKM from its survey as an IKM (two fixed
    decimals, as the IKM report prints it), any other value as a number."""
    return format_ikm(h.nilai) if h.survei else format_angka(h.nilai)


def teks_penimbang(survei: SurveiIkm, nilai: Fraction) -> str:
    if survei.penimbang == "eksak":
        return f"{nilai.numerator}/{nilai.denominator} (eksak)" if nilai else "-"
    return survei.penimbang


def judul_survei(ind: Indikator) -> str:
    """The indicator a survey belongs to: "IKU 1 Indeks Kepuasan Masyarakat (IKM)"."""
    return (
        " ".join(x for x in (ind.kode.strip(), ind.nama.strip()) if x) or "(indikator tanpa nama)"
    )


def survei_tahun(dok: Dokumen, tahun: int) -> list[tuple[Indikator, SurveiIkm]]:
    """Every survey of ``tahun``, in the document's order of indicators."""
    return [
        (ind, ind.survei_ikm[tahun]) for ind in dok.semua_indikator() if tahun in ind.survei_ikm
    ]


def tahun_survei(dok: Dokumen, tahun: int | None) -> int | None:
    """The chosen year; else the latest year with a survey; else the period's last year."""
    if tahun is not None:
        return tahun
    semua = sorted({th for ind in dok.semua_indikator() for th in ind.survei_ikm})
    if semua:
        return semua[-1]
    daftar = dok.tahun()
    return daftar[-1] if daftar else None
