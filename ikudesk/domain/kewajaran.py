"""Values that are allowed but look wrong: flagged for the user to look at, never refused.

- In a percentage of a part (``a / b * 100``: ditindaklanjuti of difasilitasi, desa tertib of
  all desa) the part cannot be larger than the whole; a typed ``80`` for ``8`` or two swapped
  rows of a seksi's sheet show up this way.
- A capaian over 200 % usually means a target or a realisasi typed in the wrong unit.
"""

from __future__ import annotations

from decimal import Decimal

from ikudesk import l10n
from ikudesk.domain import compute, formula
from ikudesk.domain.model import Indikator

__all__ = ["BATAS_CAPAIAN", "rasio_persen", "tanda_tidak_wajar"]

BATAS_CAPAIAN = Decimal(200)


def _buka(node: formula.Node) -> formula.Node:
    while isinstance(node, formula.Kurung):
        node = node.isi
    return node


def _seratus(node: formula.Node) -> bool:
    node = _buka(node)
    return isinstance(node, formula.Angka) and node.nilai == 100


def _bagi(node: formula.Node) -> tuple[str, str] | None:
    node = _buka(node)
    if isinstance(node, formula.BinOp) and node.op == "/":
        a, b = _buka(node.kiri), _buka(node.kanan)
        if isinstance(a, formula.Ref) and isinstance(b, formula.Ref):
            return a.kode, b.kode
    return None


def rasio_persen(ekspresi: str) -> tuple[str, str] | None:
    """(numerator, denominator) when ``ekspresi`` is a part of a whole in percent:
    ``a / b * 100``, ``(a / b) * 100``, ``100 * a / b`` or ``100 * (a / b)``; else None."""
    try:
        node = _buka(formula.parse(ekspresi))
    except formula.FormulaError:
        return None
    if not isinstance(node, formula.BinOp):
        return None
    if node.op == "*":
        if _seratus(node.kanan):
            return _bagi(node.kiri)
        if _seratus(node.kiri):
            return _bagi(node.kanan)
    if node.op == "/":  # 100 * a / b reads as (100 * a) / b
        kiri, b = _buka(node.kiri), _buka(node.kanan)
        if isinstance(kiri, formula.BinOp) and kiri.op == "*" and isinstance(b, formula.Ref):
            a = _buka(kiri.kanan) if _seratus(kiri.kiri) else None
            if a is None and _seratus(kiri.kanan):
                a = _buka(kiri.kiri)
            if isinstance(a, formula.Ref):
                return a.kode, b.kode
    return None


def _uraian(ind: Indikator, kode: str) -> str:
    return next((k.uraian or k.kode for k in ind.rumus.komponen if k.kode == kode), kode)


def tanda_tidak_wajar(ind: Indikator, tahun: int, triwulan: int | None = None) -> list[str]:
    """The flags of ``ind`` for ``tahun`` (or its quarter ``triwulan``), as sentences."""
    hasil: list[str] = []
    pasangan = rasio_persen(ind.rumus.ekspresi or "") if ind.pakai_rumus else None
    if pasangan is not None:
        if triwulan is None:
            nilai = ind.nilai_komponen.get(tahun, {})
        else:
            tw = ind.triwulan.get(tahun)
            nilai = {} if tw is None else tw.nilai_komponen.get(triwulan, {})
        a, b = pasangan
        if a in nilai and b in nilai and nilai[a] > nilai[b]:
            hasil.append(
                f"'{_uraian(ind, a)}' ({l10n.format_angka(nilai[a])}) lebih besar dari "
                f"'{_uraian(ind, b)}' ({l10n.format_angka(nilai[b])}); periksa lagi."
            )
    capaian = compute.hitung_capaian(ind, tahun, None, triwulan)
    if capaian.nilai is not None and capaian.nilai > BATAS_CAPAIAN:
        hasil.append(
            f"Capaian {l10n.format_capaian(capaian.nilai)}% di atas "
            f"{l10n.format_angka(BATAS_CAPAIAN)}%; periksa target dan realisasinya."
        )
    return hasil
