"""Realisasi and capaian, exactly as FORMAT.md defines them.

A value that cannot be had is never a crash and never a silent 0: it is a ``Hasil`` without a
number whose ``status`` says why — ``belum_diisi`` (something was not entered yet) or
``tidak_dapat_dihitung`` (the numbers are there but the arithmetic has no answer, e.g. a zero
denominator). Computing uses the unrounded values; only what is shown is rounded (``l10n``).
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal, localcontext
from functools import lru_cache

from ikudesk.domain import formula
from ikudesk.domain.model import Dokumen, Indikator

OK = "ok"
BELUM_DIISI = "belum_diisi"
TIDAK_DAPAT_DIHITUNG = "tidak_dapat_dihitung"
SERATUS = Decimal(100)


@dataclass(frozen=True)
class Hasil:
    nilai: Decimal | None
    status: str = OK
    alasan: str = ""

    @property
    def ada(self) -> bool:
        return self.nilai is not None


def _kosong(alasan: str) -> Hasil:
    return Hasil(None, BELUM_DIISI, alasan)


def _gagal(alasan: str) -> Hasil:
    return Hasil(None, TIDAK_DAPAT_DIHITUNG, alasan)


@lru_cache(maxsize=4096)
def _parse(ekspresi: str, kode: frozenset[str]) -> formula.Node:
    return formula.parse(ekspresi, kode)


def _uraian(ind: Indikator, kode: str) -> str:
    for k in ind.rumus.komponen:
        if k.kode == kode:
            return k.uraian or kode
    return kode


def hitung_realisasi(ind: Indikator, tahun: int) -> Hasil:
    """The realisasi of ``ind`` in ``tahun``: typed, or computed from component values."""
    if not ind.pakai_rumus:
        nilai = ind.realisasi.get(tahun)
        if nilai is None:
            return _kosong(f"Realisasi {tahun} belum diisi.")
        return Hasil(nilai)
    try:
        node = _parse(ind.rumus.ekspresi or "", frozenset(k.kode for k in ind.rumus.komponen))
    except formula.FormulaError as e:
        return _gagal(f"Rumus tidak sah: {e.pesan}")
    try:
        nilai = formula.evaluate(
            node, ind.nilai_komponen.get(tahun, {}), ind.nilai_komponen.get(tahun - 1)
        )
    except formula.NilaiKosong as e:
        th = tahun - 1 if e.tahun_lalu else tahun
        return _kosong(f"Nilai '{_uraian(ind, e.kode)}' tahun {th} belum diisi.")
    except formula.PembagianNol:
        return _gagal(f"Tidak dapat dihitung: pembagian dengan nol pada tahun {tahun}.")
    return Hasil(nilai)


def hitung_capaian(ind: Indikator, tahun: int, realisasi: Hasil | None = None) -> Hasil:
    """Capaian (%) of ``ind`` in ``tahun`` from the unrounded realisasi.

    positif: R / T × 100; negatif: (2T − R) / T × 100. A zero target has no meaningful ratio:
    positif gives no capaian; negatif gives 100 when nothing happened (R = 0) and 0 otherwise.
    """
    target = ind.target.get(tahun)
    if target is None:
        return _kosong(f"Target {tahun} belum diisi.")
    r = realisasi if realisasi is not None else hitung_realisasi(ind, tahun)
    if r.nilai is None:
        return Hasil(None, r.status, r.alasan)
    with localcontext() as ctx:
        ctx.prec = 34
        if ind.polaritas == "negatif":
            if target == 0:
                return Hasil(SERATUS if r.nilai == 0 else Decimal(0))
            return Hasil((2 * target - r.nilai) / target * SERATUS)
        if target == 0:
            return _gagal(f"Tidak dapat dihitung: target {tahun} bernilai 0.")
        return Hasil(r.nilai / target * SERATUS)


@dataclass(frozen=True)
class BarisCapaian:
    """One indicator in one year, as the capaian table and report show it."""

    indikator: Indikator
    nomor: int  # running number of the indicator in the document (1-based)
    tahun: int
    target: Hasil
    realisasi: Hasil
    capaian: Hasil


def hitung_dokumen(dok: Dokumen, tahun: int | None = None) -> list[BarisCapaian]:
    """Target, realisasi and capaian of every indicator for ``tahun`` (or every year)."""
    daftar_tahun = [tahun] if tahun is not None else dok.tahun()
    hasil: list[BarisCapaian] = []
    for nomor, ind in enumerate(dok.semua_indikator(), start=1):
        for th in daftar_tahun:
            t = ind.target.get(th)
            target = Hasil(t) if t is not None else _kosong(f"Target {th} belum diisi.")
            realisasi = hitung_realisasi(ind, th)
            hasil.append(
                BarisCapaian(ind, nomor, th, target, realisasi, hitung_capaian(ind, th, realisasi))
            )
    return hasil
