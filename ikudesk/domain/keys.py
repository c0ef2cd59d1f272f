"""Typed names of the places in a document: which kind a node of the tree is, and which number
of an indicator a value is (instead of strings such as ``"indikator"`` or ``"target"``).

Both enums are ``StrEnum``s: a kind is written as its Indonesian word in undo texts and in the
store's jenis columns, and compares equal to it.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum
from typing import TypeVar

from ikudesk.domain.model import Dokumen, Indikator, Sasaran, Triwulan, Tujuan

V = TypeVar("V")


class NodeKind(StrEnum):
    DOKUMEN = "dokumen"
    TUJUAN = "tujuan"
    SASARAN = "sasaran"
    INDIKATOR = "indikator"


def kind_of(node: object) -> NodeKind:
    """The kind of a node of the tree (anything that is no document, tujuan or sasaran is an
    indikator)."""
    if isinstance(node, Dokumen):
        return NodeKind.DOKUMEN
    if isinstance(node, Tujuan):
        return NodeKind.TUJUAN
    if isinstance(node, Sasaran):
        return NodeKind.SASARAN
    return NodeKind.INDIKATOR


class JenisNilai(StrEnum):
    TARGET = "target"
    REALISASI = "realisasi"


@dataclass(frozen=True)
class NilaiKey:
    """One number of an indicator: which thing (the indicator itself, or its component
    ``komponen`` by kode) × which period (``tahun``, or quarter ``triwulan`` of it) × which value
    (``jenis``: target or realisasi; a component has one value, counted as realisasi)."""

    indikator_id: int
    tahun: int
    jenis: JenisNilai = JenisNilai.REALISASI
    triwulan: int | None = None
    komponen: str | None = None

    def __post_init__(self) -> None:
        # A string from a caller becomes the enum (an unknown one is refused here).
        object.__setattr__(self, "jenis", JenisNilai(self.jenis))
        if self.komponen is not None and self.jenis is JenisNilai.TARGET:
            raise ValueError("A component has no target of its own.")

    @classmethod
    def target(cls, indikator_id: int, tahun: int, triwulan: int | None = None) -> NilaiKey:
        return cls(indikator_id, tahun, JenisNilai.TARGET, triwulan)

    @classmethod
    def realisasi(cls, indikator_id: int, tahun: int, triwulan: int | None = None) -> NilaiKey:
        return cls(indikator_id, tahun, JenisNilai.REALISASI, triwulan)

    @classmethod
    def nilai_komponen(
        cls, indikator_id: int, kode: str, tahun: int, triwulan: int | None = None
    ) -> NilaiKey:
        return cls(indikator_id, tahun, JenisNilai.REALISASI, triwulan, kode)

    def get(self, ind: Indikator) -> Decimal | None:
        """The number in ``ind`` (None: empty)."""
        if self.triwulan is None:
            if self.komponen is not None:
                return ind.nilai_komponen.get(self.tahun, {}).get(self.komponen)
            return _per_jenis(ind, self.jenis).get(self.tahun)
        tw = ind.triwulan.get(self.tahun)
        if tw is None:
            return None
        if self.komponen is not None:
            return tw.nilai_komponen.get(self.triwulan, {}).get(self.komponen)
        return _per_jenis(tw, self.jenis).get(self.triwulan)

    def put(self, ind: Indikator, value: Decimal | None) -> None:
        """Set the number in ``ind`` (None clears it), keeping the keys in the order the
        reader gives them: years and quarters ascending, a quarter's components in the
        formula's order; a year or quarter left empty is dropped."""
        if self.triwulan is None:
            if self.komponen is None:
                put_sorted(_per_jenis(ind, self.jenis), self.tahun, value)
                return
            nk = ind.nilai_komponen
            if value is None:
                per = nk.get(self.tahun, {})
                per.pop(self.komponen, None)
                if not per:
                    nk.pop(self.tahun, None)
            else:
                nk.setdefault(self.tahun, {})[self.komponen] = value
                put_sorted(nk, self.tahun, nk[self.tahun])
            return
        tw = ind.triwulan.get(self.tahun)
        if tw is None:
            if value is None:
                return
            tw = Triwulan()
            put_sorted(ind.triwulan, self.tahun, tw)
        if self.komponen is None:
            put_sorted(_per_jenis(tw, self.jenis), self.triwulan, value)
        else:
            per = dict(tw.nilai_komponen.get(self.triwulan, {}))
            if value is None:
                per.pop(self.komponen, None)
            else:
                per[self.komponen] = value
                urut = {k.kode: i for i, k in enumerate(ind.rumus.komponen)}
                per = dict(sorted(per.items(), key=lambda kv: urut.get(kv[0], 0)))
            put_sorted(tw.nilai_komponen, self.triwulan, per or None)
        if tw.kosong:
            ind.triwulan.pop(self.tahun, None)


def _per_jenis(x: Indikator | Triwulan, jenis: JenisNilai) -> dict[int, Decimal]:
    return x.target if jenis is JenisNilai.TARGET else x.realisasi


def put_sorted(d: dict[int, V], key: int, value: V | None) -> None:
    """``d[key] = value`` with the keys kept ascending (as the reader gives them); ``None``
    removes the key."""
    if value is None:
        d.pop(key, None)
        return
    d[key] = value
    items = sorted(d.items())
    d.clear()
    d.update(items)
