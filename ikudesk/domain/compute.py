"""Realisasi and capaian, exactly as FORMAT.md defines them (yearly and, v2, by quarter).

A value that cannot be had is never a crash and never a silent 0: it is a ``Hasil`` without a
number whose ``status`` says why — ``belum_diisi`` (something was not entered yet) or
``tidak_dapat_dihitung`` (the numbers are there but the arithmetic has no answer, e.g. a zero
denominator). Computing uses the unrounded values; only what is shown is rounded (``l10n``).

Quarters (FORMAT.md v2): a quarter's values are that quarter's; a formula indicator's quarter
counts only when every component its expression uses for the year is filled ("belum lengkap"
otherwise). The reporting frontier is the last quarter with any value. Realisasi s.d. triwulan k
(k ≤ frontier) sums the counting quarters 1..k under ``akumulasi`` — each component, then the
formula — or takes the last counting one under ``nilai_akhir``. A year with quarterly values
takes its realisasi s.d. the frontier; a year with an IKM survey takes the IKM.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal, localcontext
from functools import lru_cache

from ikudesk.domain import formula
from ikudesk.domain.ikm import hitung_ikm
from ikudesk.domain.model import TRIWULAN, Dokumen, Indikator, Triwulan
from ikudesk.domain.rules import periksa_triwulan
from ikudesk.domain.status import BELUM_DIISI, OK, TIDAK_DAPAT_DIHITUNG

__all__ = [
    "BELUM_DIISI",
    "BELUM_LENGKAP",
    "KOSONG",
    "LENGKAP",
    "OK",
    "TIDAK_DAPAT_DIHITUNG",
    "BarisCapaian",
    "Hasil",
    "hitung_capaian",
    "hitung_dokumen",
    "hitung_realisasi",
    "hitung_realisasi_triwulan",
    "hitung_target",
    "quarter_state",
    "reporting_frontier",
    "year_components",
]

SERATUS = Decimal(100)
ROMAWI = {1: "I", 2: "II", 3: "III", 4: "IV"}
# The state of one quarter's input (for the grid: "belum lengkap" is shown as such).
KOSONG = "kosong"
BELUM_LENGKAP = "belum_lengkap"
LENGKAP = "lengkap"


@dataclass(frozen=True)
class Hasil:
    nilai: Decimal | None
    status: str = OK
    alasan: str = ""
    survei: bool = False  # the year's IKM from its survey: shown as an IKM (two decimals)

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


def _node(ind: Indikator) -> formula.Node:
    return _parse(ind.rumus.ekspresi or "", frozenset(k.kode for k in ind.rumus.komponen))


def _evaluasi(
    ind: Indikator,
    tahun: int,
    sekarang: Mapping[str, Decimal],
    label: str,
) -> Hasil:
    """The expression over ``sekarang``, with ``tahun_lalu`` from the whole previous year."""
    try:
        node = _node(ind)
    except formula.FormulaError as e:
        return _gagal(f"Rumus tidak sah: {e.pesan}")
    try:
        nilai = formula.evaluate(node, sekarang, year_components(ind, tahun - 1))
    except formula.NilaiKosong as e:
        if e.tahun_lalu:
            return _kosong(f"Nilai '{_uraian(ind, e.kode)}' tahun {tahun - 1} belum diisi.")
        return _kosong(f"Nilai '{_uraian(ind, e.kode)}' {label} belum diisi.")
    except formula.PembagianNol:
        return _gagal(f"Tidak dapat dihitung: pembagian dengan nol pada {label}.")
    return Hasil(nilai)


def _kode_sekarang(node: formula.Node) -> frozenset[str]:
    """The codes the expression takes from the year itself (not through ``tahun_lalu``)."""
    match node:
        case formula.Ref(kode):
            return frozenset({kode})
        case formula.Neg(isi) | formula.Kurung(isi):
            return _kode_sekarang(isi)
        case formula.BinOp(_, kiri, kanan):
            return _kode_sekarang(kiri) | _kode_sekarang(kanan)
    return frozenset()


@lru_cache(maxsize=4096)
def _kode_triwulan(ekspresi: str, kode: frozenset[str]) -> frozenset[str] | None:
    try:
        return _kode_sekarang(_parse(ekspresi, kode))
    except formula.FormulaError:
        return None


def _wajib(ind: Indikator) -> frozenset[str]:
    """The components a quarter of a formula indicator needs to count."""
    kode = frozenset(k.kode for k in ind.rumus.komponen)
    wajib = _kode_triwulan(ind.rumus.ekspresi or "", kode)
    return kode if wajib is None else wajib


def _state(ind: Indikator, tw: Triwulan, k: int) -> str:
    if not ind.pakai_rumus:
        return LENGKAP if k in tw.realisasi else KOSONG
    nilai = tw.nilai_komponen.get(k)
    if not nilai:
        return KOSONG
    return LENGKAP if _wajib(ind) <= nilai.keys() else BELUM_LENGKAP


def quarter_state(ind: Indikator, tahun: int, triwulan: int) -> str:
    """``KOSONG``, ``BELUM_LENGKAP`` (a formula quarter with some components) or ``LENGKAP``."""
    tw = ind.triwulan.get(tahun)
    return KOSONG if tw is None else _state(ind, tw, triwulan)


def reporting_frontier(ind: Indikator, tahun: int) -> int | None:
    """The last quarter of ``tahun`` that has any value (complete or not); None: none has."""
    tw = ind.triwulan.get(tahun)
    if tw is None:
        return None
    isi = [k for k in TRIWULAN if _state(ind, tw, k) != KOSONG]
    return max(isi) if isi else None


def _menghitung(ind: Indikator, tw: Triwulan, sampai: int) -> list[int]:
    return [k for k in TRIWULAN if k <= sampai and _state(ind, tw, k) == LENGKAP]


def _komponen_sd(ind: Indikator, tw: Triwulan, quarters: list[int]) -> dict[str, Decimal]:
    """Components s.d. the last of ``quarters`` (the counting ones): summed, or the last."""
    if not ind.akumulasi:
        return dict(tw.nilai_komponen[quarters[-1]])
    jumlah: dict[str, Decimal] = {}
    with localcontext(formula._konteks()):
        for k in quarters:
            for kode, v in tw.nilai_komponen[k].items():
                jumlah[kode] = jumlah.get(kode, Decimal(0)) + v
    return jumlah


def year_components(ind: Indikator, tahun: int) -> dict[str, Decimal] | None:
    """A formula indicator's component values for the whole of ``tahun`` (what ``tahun_lalu``
    reads): the yearly ``nilai_komponen``, or the components s.d. the reporting frontier."""
    tahunan = ind.nilai_komponen.get(tahun)
    if tahunan:
        return tahunan
    tw = ind.triwulan.get(tahun)
    batas = reporting_frontier(ind, tahun)
    if tw is None or batas is None or not ind.pakai_rumus:
        return None
    quarters = _menghitung(ind, tw, batas)
    return _komponen_sd(ind, tw, quarters) if quarters else None


def _label(tahun: int, triwulan: int | None) -> str:
    return f"tahun {tahun}" if triwulan is None else f"triwulan {ROMAWI[triwulan]} {tahun}"


def _realisasi_sd(ind: Indikator, tahun: int, triwulan: int) -> Hasil:
    """Realisasi s.d. triwulan ``triwulan`` from the quarterly values."""
    label = f"s.d. triwulan {ROMAWI[triwulan]} {tahun}"
    tw = ind.triwulan.get(tahun)
    batas = reporting_frontier(ind, tahun)
    if tw is None or batas is None or triwulan > batas:
        return _kosong(f"Realisasi triwulan {ROMAWI[triwulan]} {tahun} belum diisi.")
    quarters = _menghitung(ind, tw, triwulan)
    if not quarters:
        return _kosong(f"Belum ada triwulan yang lengkap {label}.")
    if not ind.pakai_rumus:
        if not ind.akumulasi:
            return Hasil(tw.realisasi[quarters[-1]])
        with localcontext(formula._konteks()):
            return Hasil(sum((tw.realisasi[k] for k in quarters), Decimal(0)))
    return _evaluasi(ind, tahun, _komponen_sd(ind, tw, quarters), label)


def _dari_survei(ind: Indikator, tahun: int) -> Hasil:
    hasil = hitung_ikm(ind.survei_ikm[tahun])
    if hasil.ikm_desimal is not None:
        return Hasil(hasil.ikm_desimal, survei=True)
    return Hasil(None, hasil.status, f"Survei IKM {tahun}: {hasil.alasan}")


def hitung_realisasi(ind: Indikator, tahun: int, triwulan: int | None = None) -> Hasil:
    """The realisasi of ``ind`` in ``tahun`` (or s.d. ``triwulan`` of it).

    The year: the IKM of its survey, else s.d. the reporting frontier of its quarters, else the
    typed value or the formula over the year's component values.
    """
    if triwulan is not None:
        periksa_triwulan(triwulan, "triwulan")
        if tahun in ind.survei_ikm:
            return _kosong(f"Realisasi {tahun} berasal dari survei IKM setahun, bukan triwulan.")
        return _realisasi_sd(ind, tahun, triwulan)
    if tahun in ind.survei_ikm:
        return _dari_survei(ind, tahun)
    batas = reporting_frontier(ind, tahun)
    if batas is not None:
        return _realisasi_sd(ind, tahun, batas)
    if not ind.pakai_rumus:
        nilai = ind.realisasi.get(tahun)
        if nilai is None:
            return _kosong(f"Realisasi {tahun} belum diisi.")
        return Hasil(nilai)
    return _evaluasi(ind, tahun, ind.nilai_komponen.get(tahun, {}), f"tahun {tahun}")


def hitung_realisasi_triwulan(ind: Indikator, tahun: int, triwulan: int) -> Hasil:
    """The value of quarter ``triwulan`` alone (what happened in it, or as it stood at its end),
    for the per-quarter columns of the monitoring table."""
    periksa_triwulan(triwulan, "triwulan")
    tw = ind.triwulan.get(tahun)
    label = _label(tahun, triwulan)
    state = KOSONG if tw is None else _state(ind, tw, triwulan)
    if tw is None or state == KOSONG:
        return _kosong(f"Realisasi {label} belum diisi.")
    if not ind.pakai_rumus:
        return Hasil(tw.realisasi[triwulan])
    if state == BELUM_LENGKAP:
        kurang = sorted(_wajib(ind) - tw.nilai_komponen[triwulan].keys())
        return _kosong(
            f"Triwulan {ROMAWI[triwulan]} {tahun} belum lengkap: nilai "
            f"'{_uraian(ind, kurang[0])}' belum diisi."
        )
    return _evaluasi(ind, tahun, tw.nilai_komponen[triwulan], label)


def hitung_target(ind: Indikator, tahun: int, triwulan: int | None = None) -> Hasil:
    """``target[tahun]``, or the target s.d. ``triwulan`` exactly as entered (never summed,
    never carried forward, never the year's)."""
    if triwulan is None:
        t = ind.target.get(tahun)
        return Hasil(t) if t is not None else _kosong(f"Target {tahun} belum diisi.")
    periksa_triwulan(triwulan, "triwulan")
    tw = ind.triwulan.get(tahun)
    t = None if tw is None else tw.target.get(triwulan)
    if t is None:
        return _kosong(f"Target triwulan {ROMAWI[triwulan]} {tahun} belum diisi.")
    return Hasil(t)


def hitung_capaian(
    ind: Indikator, tahun: int, realisasi: Hasil | None = None, triwulan: int | None = None
) -> Hasil:
    """Capaian (%) of ``ind`` in ``tahun`` (or s.d. ``triwulan``) from the unrounded realisasi.

    positif: R / T × 100; negatif: (2T − R) / T × 100. A zero target has no meaningful ratio:
    positif gives no capaian; negatif gives 100 when nothing happened (R = 0) and 0 otherwise.
    Never clipped.
    """
    t = hitung_target(ind, tahun, triwulan)
    if t.nilai is None:
        return t
    target = t.nilai
    r = realisasi if realisasi is not None else hitung_realisasi(ind, tahun, triwulan)
    if r.nilai is None:
        return Hasil(None, r.status, r.alasan)
    with localcontext() as ctx:
        ctx.prec = 34
        if ind.polaritas == "negatif":
            if target == 0:
                return Hasil(SERATUS if r.nilai == 0 else Decimal(0))
            return Hasil((2 * target - r.nilai) / target * SERATUS)
        if target == 0:
            apa = (
                f"target {tahun}"
                if triwulan is None
                else f"target s.d. triwulan {ROMAWI[triwulan]} {tahun}"
            )
            return _gagal(f"Tidak dapat dihitung: {apa} bernilai 0.")
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
    triwulan: int | None = None  # None: the year; k: s.d. triwulan k


def hitung_dokumen(
    dok: Dokumen, tahun: int | None = None, triwulan: int | None = None
) -> list[BarisCapaian]:
    """Target, realisasi and capaian of every indicator for ``tahun`` (or every year), of the
    year or s.d. ``triwulan``."""
    daftar_tahun = [tahun] if tahun is not None else dok.tahun()
    hasil: list[BarisCapaian] = []
    for nomor, ind in enumerate(dok.semua_indikator(), start=1):
        for th in daftar_tahun:
            target = hitung_target(ind, th, triwulan)
            realisasi = hitung_realisasi(ind, th, triwulan)
            capaian = hitung_capaian(ind, th, realisasi, triwulan)
            hasil.append(BarisCapaian(ind, nomor, th, target, realisasi, capaian, triwulan))
    return hasil


def tahun_laporan(dok: Dokumen, tahun: int | None) -> int | None:
    """The year a yearly report prints for: the chosen one; else the latest with a realisasi;
    else the period's last year."""
    if tahun is not None:
        return tahun
    daftar = dok.tahun()
    for th in reversed(daftar):
        if any(hitung_realisasi(ind, th).ada for ind in dok.semua_indikator()):
            return th
    return daftar[-1] if daftar else None
