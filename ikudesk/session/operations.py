"""Typed operations: every change a user can make to an open document.

An operation is a plain object. ``DocumentSession.apply`` runs its steps: ``check`` (the shared
rules, against the tree as it is), ``write`` (one transaction through the mapper; returns the
inverse operation), ``event_before`` and ``update_tree``. The same objects serve the window's undo,
a pasted block, an import and the tests. An operation is applied once; its inverse is a new one.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field
from decimal import Decimal
from typing import TYPE_CHECKING, Any, ClassVar

from ikudesk.domain import rules
from ikudesk.domain.compute import ROMAWI
from ikudesk.domain.fields import Field
from ikudesk.domain.keys import JenisNilai, NilaiKey, NodeKind, kind_of, put_sorted
from ikudesk.domain.model import (
    Indikator,
    Komponen,
    LaporanTahunan,
    LaporanTriwulan,
    Penandatangan,
    Penetapan,
    PerjanjianKinerja,
    Sasaran,
    SurveiIkm,
    Triwulan,
    Tujuan,
)
from ikudesk.domain.penetapan import periksa_entri, periksa_terbuka
from ikudesk.errors import IkuError
from ikudesk.files.docfile import ke_json, sidik_dokumen
from ikudesk.session.document import DocumentSession
from ikudesk.session.events import (
    Batch,
    Event,
    NodeChanged,
    NodeInserted,
    NodeMoved,
    NodeRemoved,
    PartChanged,
    ValuesChanged,
)
from ikudesk.session.refs import Ref, ref_of

if TYPE_CHECKING:
    from ikudesk.persistence.mapper import Writer

Node = Tujuan | Sasaran | Indikator


class Operation:
    """Base of every operation. ``label`` is the Indonesian undo text."""

    label: str = ""

    def check(self, s: DocumentSession) -> None:
        raise NotImplementedError

    def write(self, s: DocumentSession, w: Writer) -> Operation:
        raise NotImplementedError

    def event_before(self, s: DocumentSession) -> Event | None:
        return None

    def update_tree(self, s: DocumentSession) -> Event:
        raise NotImplementedError

    def is_noop(self, s: DocumentSession) -> bool:
        """True when applying would change nothing (no empty undo step is made)."""
        return False


def _lokasi(ind: Indikator) -> str:
    """Where a refusal about an indicator points: its kode, else its name."""
    nama = " ".join(ind.nama.split())
    return f"Indikator {ind.kode or nama[:40] or ind.id}"


def label_node(s: DocumentSession, ref: Ref) -> str:
    """A short name of a node for undo texts: 'indikator "Persentase …"'."""
    node = s.node(ref)
    teks = getattr(node, "nama", None) or getattr(node, "uraian", "") or ""
    teks = " ".join(teks.split())
    if not teks:
        return ref[0]
    return f'{ref[0]} "{teks[:40]}…"' if len(teks) > 40 else f'{ref[0]} "{teks}"'


def _label_ind(s: DocumentSession, indikator_id: int) -> str:
    """The indicator named in a value's undo text: the same text wherever the value was typed
    (the indicator page, the grid, the quarterly table)."""
    ref = Ref(NodeKind.INDIKATOR, indikator_id)
    return label_node(s, ref) if s.has(ref) else "indikator"


def _label_komponen(k: Komponen) -> str:
    """A component as the user knows it: its uraian (shortened), else its code."""
    teks = " ".join(k.uraian.split())
    if not teks:
        return k.kode
    return f'"{teks[:40]}…"' if len(teks) > 40 else f'"{teks}"'


# --- fields ---------------------------------------------------------------------------------


@dataclass
class SetField(Operation):
    node_id: int
    field: Field
    value: Any
    label: str = ""

    @property
    def ref(self) -> Ref:
        return Ref(NodeKind(self.field.kind), self.node_id)

    def is_noop(self, s: DocumentSession) -> bool:
        return bool(self.field.get(s.node(self.ref)) == self.value)

    def check(self, s: DocumentSession) -> None:
        s.node(self.ref)
        # Every field a user sets one at a time is signed content (FORMAT.md).
        periksa_terbuka(s.dokumen, f"{self.field.label} {self.field.kind}")
        rules.periksa_field(self.field, self.value)
        if self.field is Field.DOKUMEN_PERIODE:
            rules.periksa_periode_dokumen(s.dokumen, self.value)
        if self.field is Field.INDIKATOR_KODE:
            rules.periksa_kode_unik(s.dokumen, self.node_id, self.value)
        if not self.label:
            self.label = f"Ubah {self.field.label} {label_node(s, self.ref)}"

    def write(self, s: DocumentSession, w: Writer) -> Operation:
        old = copy.deepcopy(self.field.get(s.node(self.ref)))
        self.value = copy.deepcopy(self.value)
        w.set_field(self.field, self.node_id, self.value)  # sets ids on new rows
        return SetField(self.node_id, self.field, old, self.label)

    def update_tree(self, s: DocumentSession) -> Event:
        self.field.set(s.node(self.ref), copy.deepcopy(self.value))
        if self.field is Field.DOKUMEN_PERIODE:
            # Which years exist changed: every indicator's values are shown anew.
            return Batch(
                (
                    NodeChanged(self.ref),
                    *(ValuesChanged(i.id) for i in s.dokumen.semua_indikator() if i.id),
                )
            )
        return NodeChanged(self.ref)


# --- values ---------------------------------------------------------------------------------


@dataclass
class SetNilai(Operation):
    """One number of an indicator at ``key`` (a target or a directly entered realisasi, or a
    component's value, of a year or a quarter); ``None`` clears it."""

    key: NilaiKey
    value: Decimal | None
    label: str = ""

    def is_noop(self, s: DocumentSession) -> bool:
        return self.key.get(s.indikator(self.key.indikator_id)) == self.value

    def check(self, s: DocumentSession) -> None:
        k = self.key
        if k.triwulan is not None:
            rules.periksa_triwulan(k.triwulan, "Triwulan")
        ind = s.indikator(k.indikator_id)  # refused with a message when it is not there
        komponen = _komponen(ind, k.komponen) if k.komponen is not None else None
        if k.jenis is JenisNilai.TARGET and k.triwulan is None:
            # the yearly target is signed; realisasi and quarterly targets are not
            periksa_terbuka(s.dokumen, f"target {k.tahun}")
        rules.periksa_nilai(self.value, s.dokumen.periode, k.tahun)
        # The rules between an indicator's keys: a quarter's numbers are bound by them, a year's
        # realisasi and component values once they are there; a yearly target by none.
        if k.triwulan is not None or (self.value is not None and k.jenis is JenisNilai.REALISASI):
            _periksa_hasil(s, [self])
        if not self.label:
            apa = f"nilai {_label_komponen(komponen)}" if komponen is not None else str(k.jenis)
            kapan = (
                f"{k.tahun}" if k.triwulan is None else f"{k.tahun} triwulan {ROMAWI[k.triwulan]}"
            )
            self.label = f"Ubah {apa} {kapan} {_label_ind(s, k.indikator_id)}"

    def inverse(self, s: DocumentSession) -> SetNilai:
        return SetNilai(self.key, self.key.get(s.indikator(self.key.indikator_id)), self.label)

    def write(self, s: DocumentSession, w: Writer) -> Operation:
        inverse = self.inverse(s)  # before the write
        w.put_nilai([(self.key, self.value)])
        return inverse

    def update_tree(self, s: DocumentSession) -> Event:
        self.key.put(s.indikator(self.key.indikator_id), self.value)
        return ValuesChanged(self.key.indikator_id)


def _komponen(ind: Indikator, kode: str) -> Komponen:
    for k in ind.rumus.komponen:
        if k.kode == kode:
            return k
    raise IkuError(f"Komponen '{kode}' tidak ada pada indikator ini.")


@dataclass
class SetRumus(Operation):
    """An indicator's expression and components.

    Values of codes that remain are kept (components are matched by code). Dropping a code that
    still has values is refused unless ``hapus_nilai``. ``nilai_komponen`` given: exactly these
    values afterwards (how undo puts the old state back).
    """

    indikator_id: int
    ekspresi: str | None
    komponen: list[Komponen]
    hapus_nilai: bool = False
    nilai_komponen: dict[int, dict[str, Decimal]] | None = None
    # with ``nilai_komponen``: the quarterly component values afterwards (tahun → k → kode)
    triwulan_komponen: dict[int, dict[int, dict[str, Decimal]]] | None = None
    label: str = "Ubah rumus"
    _new: Indikator | None = field(default=None, repr=False)

    def check(self, s: DocumentSession) -> None:
        periksa_terbuka(s.dokumen, "rumus indikator")
        rules.periksa_rumus(self.ekspresi, self.komponen)
        ind = s.indikator(self.indikator_id)
        if self.nilai_komponen is None and not self.hapus_nilai:
            kode_baru = {k.kode for k in self.komponen}
            berisi = [
                k.kode
                for k in ind.rumus.komponen
                if k.kode not in kode_baru
                and (
                    any(k.kode in per for per in ind.nilai_komponen.values())
                    or any(
                        k.kode in per
                        for tw in ind.triwulan.values()
                        for per in tw.nilai_komponen.values()
                    )
                )
            ]
            if berisi:
                raise IkuError(
                    f"Komponen '{berisi[0]}' masih berisi nilai. Kosongkan dulu nilainya, atau "
                    "setujui penghapusan nilai komponen itu."
                )

    def write(self, s: DocumentSession, w: Writer) -> Operation:
        ind = s.indikator(self.indikator_id)
        old = SetRumus(
            self.indikator_id,
            ind.rumus.ekspresi,
            copy.deepcopy(ind.rumus.komponen),
            hapus_nilai=True,
            nilai_komponen=copy.deepcopy(ind.nilai_komponen),
            triwulan_komponen={
                t: copy.deepcopy(tw.nilai_komponen) for t, tw in ind.triwulan.items()
            },
            label=self.label,
        )
        id_lama = {k.kode: k.id for k in ind.rumus.komponen}
        komponen = [
            Komponen(
                kode=k.kode, uraian=k.uraian, id=k.id if k.id is not None else id_lama.get(k.kode)
            )
            for k in self.komponen
        ]
        kode = {k.kode for k in komponen}
        if self.nilai_komponen is not None:
            nilai = copy.deepcopy(self.nilai_komponen)
        else:
            nilai = {}
            for tahun, per in ind.nilai_komponen.items():
                sisa = {kd: v for kd, v in per.items() if kd in kode}
                if sisa:
                    nilai[tahun] = sisa
        triwulan = copy.deepcopy(ind.triwulan)
        if self.triwulan_komponen is not None:
            # exactly these quarterly component values, also in years that hold nothing else now
            for tahun in set(triwulan) | set(self.triwulan_komponen):
                tw = triwulan.setdefault(tahun, Triwulan())
                tw.nilai_komponen = copy.deepcopy(self.triwulan_komponen.get(tahun, {}))
        else:
            for tw in triwulan.values():
                tw.nilai_komponen = {
                    k: sisa
                    for k, per in tw.nilai_komponen.items()
                    if (sisa := {kd: v for kd, v in per.items() if kd in kode})
                }
        triwulan = {t: tw for t, tw in sorted(triwulan.items()) if not tw.kosong}
        ekspresi = self.ekspresi if self.ekspresi is not None and self.ekspresi.strip() else None
        baru = copy.copy(ind)
        baru.rumus = copy.copy(ind.rumus)
        baru.rumus.ekspresi = ekspresi
        baru.rumus.komponen = komponen
        baru.nilai_komponen = nilai
        baru.triwulan = triwulan
        rules.periksa_indikator_v2(baru, _lokasi(ind))
        w.replace_rumus(baru)  # sets the components' ids
        self._new = baru
        return old

    def update_tree(self, s: DocumentSession) -> Event:
        assert self._new is not None
        ind = s.indikator(self.indikator_id)
        ind.rumus.ekspresi = self._new.rumus.ekspresi
        ind.rumus.komponen = self._new.rumus.komponen
        ind.nilai_komponen = self._new.nilai_komponen
        ind.triwulan = self._new.triwulan
        return Batch(
            (
                NodeChanged(Ref(NodeKind.INDIKATOR, self.indikator_id)),
                ValuesChanged(self.indikator_id),
            )
        )


# --- structure ------------------------------------------------------------------------------


def _indikator_di(node: Node) -> list[Indikator]:
    if isinstance(node, Indikator):
        return [node]
    if isinstance(node, Sasaran):
        return list(node.indikator)
    return [*node.indikator, *(i for sa in node.sasaran for i in sa.indikator)]


def _as_ref(ref: Ref | tuple[str, int]) -> Ref:
    """A Ref also from a plain (kind word, id) pair, as a script may give it."""
    return Ref(NodeKind(ref[0]), ref[1])


def _clamp(position: int, size: int) -> int:
    return max(0, min(position, size))


@dataclass
class InsertNode(Operation):
    """Put ``node`` (with its subtree) at ``position`` among the parent's children of its kind.

    Objects that carry ids keep them (undo of a removal); the others get ids from the store.
    """

    parent: Ref
    position: int
    node: Node
    label: str = ""

    def __post_init__(self) -> None:
        self.parent = _as_ref(self.parent)

    def check(self, s: DocumentSession) -> None:
        kind = kind_of(self.node)
        periksa_terbuka(s.dokumen, f"susunan {kind} (menambah {kind})")
        rules.periksa_induk(kind, self.parent[0])
        siblings = s.child_list(kind, self.parent)
        self.position = _clamp(self.position, len(siblings))
        # What comes in passes the reader's rules, as if it were read from a file. A node that
        # keeps its id is stored data put back (undo of a removal): data made before the limits
        # of FORMAT.md must come back as it was, so only the structural rules apply to it.
        if self.node.id is not None:
            with rules.batas_lama():
                self._periksa_isi(s, kind)
        else:
            self._periksa_isi(s, kind)
        if not self.label:
            self.label = f"Tambah {kind}"

    def _periksa_isi(self, s: DocumentSession, kind: str) -> None:
        rules.periksa_semua_teks(getattr(self.node, "uraian", ""), "Uraian", "uraian")
        baru = _indikator_di(self.node)
        for ind in baru:
            for kunci in ("nama", "satuan", "kode", "sumber_data", "penanggung_jawab", "definisi"):
                rules.periksa_teks(getattr(ind, kunci), f"Indikator ({kunci})", kunci)
            rules.periksa_indikator_v2(ind, _lokasi(ind))
            rules.periksa_kode_unik(s.dokumen, -1, ind.kode)
        dok = s.dokumen
        tujuan_sasaran = len(dok.tujuan) + sum(len(t.sasaran) for t in dok.tujuan)
        tambah_ts = {"tujuan": 1 + len(getattr(self.node, "sasaran", [])), "sasaran": 1}
        rules.periksa_jumlah(
            len(dok.semua_indikator()) + len(baru),
            tujuan_sasaran + tambah_ts.get(kind, 0),
            "Dokumen",
        )

    def write(self, s: DocumentSession, w: Writer) -> Operation:
        self.node = copy.deepcopy(self.node)
        kind = kind_of(self.node)
        w.insert_subtrees(
            s.dokumen_id, [(self.node, self.parent[0], self.parent[1], self.position)]
        )
        ids = [n.id for n in s.child_list(kind, self.parent)]
        ids.insert(self.position, self.node.id)
        w.write_order(kind, ids)
        return RemoveNode(ref_of(self.node), label=self.label)

    @property
    def ref(self) -> Ref:
        return ref_of(self.node)

    def _row(self, s: DocumentSession) -> int:
        parent = s.node(self.parent)
        offset = (
            len(parent.indikator)
            if isinstance(parent, Tujuan) and isinstance(self.node, Sasaran)
            else 0
        )
        return offset + self.position

    def event_before(self, s: DocumentSession) -> Event:
        return NodeInserted(self.ref, self.parent, self._row(s))

    def update_tree(self, s: DocumentSession) -> Event:
        event = NodeInserted(self.ref, self.parent, self._row(s))
        s.tree_insert(copy.deepcopy(self.node), self.parent, self.position)
        return event


@dataclass
class RemoveNode(Operation):
    ref: Ref
    label: str = ""
    _event: NodeRemoved | None = field(default=None, repr=False)

    def __post_init__(self) -> None:
        self.ref = _as_ref(self.ref)

    def check(self, s: DocumentSession) -> None:
        if self.ref[0] not in ("tujuan", "sasaran", "indikator"):
            raise IkuError(f"Jenis '{self.ref[0]}' tidak dapat dihapus di sini.")
        s.node(self.ref)
        periksa_terbuka(s.dokumen, f"susunan {self.ref[0]} (menghapus {self.ref[0]})")
        if not self.label:
            self.label = f"Hapus {label_node(s, self.ref)}"

    def write(self, s: DocumentSession, w: Writer) -> Operation:
        parent = s.parent_of(self.ref)
        position = s.position(self.ref)
        snapshot = copy.deepcopy(s.node(self.ref))
        w.delete_node(self.ref[0], self.ref[1])
        w.write_order(
            self.ref[0], [n.id for n in s.child_list(self.ref[0], parent) if n.id != self.ref[1]]
        )
        self._event = NodeRemoved(self.ref, parent, s.row(self.ref))
        return InsertNode(parent, position, snapshot, label=self.label)

    def event_before(self, s: DocumentSession) -> Event | None:
        return self._event

    def update_tree(self, s: DocumentSession) -> Event:
        s.tree_remove(self.ref)
        assert self._event is not None
        return self._event


@dataclass
class MoveNode(Operation):
    """Move a node to ``position`` among the new parent's children of its kind (its index after)."""

    ref: Ref
    parent: Ref
    position: int
    label: str = ""
    _event: NodeMoved | None = field(default=None, repr=False)

    def __post_init__(self) -> None:
        self.ref, self.parent = _as_ref(self.ref), _as_ref(self.parent)

    def is_noop(self, s: DocumentSession) -> bool:
        if s.parent_of(self.ref) != self.parent:
            return False
        siblings = s.child_list(self.ref[0], self.parent)
        return s.position(self.ref) == _clamp(self.position, len(siblings) - 1)

    def check(self, s: DocumentSession) -> None:
        s.node(self.ref)
        periksa_terbuka(s.dokumen, f"susunan {self.ref[0]} (memindah {self.ref[0]})")
        rules.periksa_induk(self.ref[0], self.parent[0])
        if not s.has(self.parent):
            raise IkuError("Bagian hanya dapat dipindah di dalam dokumen yang sama.")
        # A node cannot go inside itself (a tujuan into one of its own sasaran).
        a: Ref | None = self.parent
        while a is not None and a[0] != "dokumen":
            if a == self.ref:
                raise IkuError("Bagian tidak dapat dipindah ke dalam dirinya sendiri.")
            a = s.parent_of(a)
        if not self.label:
            self.label = f"Pindahkan {label_node(s, self.ref)}"

    def write(self, s: DocumentSession, w: Writer) -> Operation:
        kind = self.ref[0]
        old_parent = s.parent_of(self.ref)
        old_position = s.position(self.ref)
        old_row = s.row(self.ref)
        new_siblings = [n.id for n in s.child_list(kind, self.parent) if n.id != self.ref[1]]
        self.position = _clamp(self.position, len(new_siblings))
        if old_parent != self.parent:
            w.set_parent(kind, self.ref[1], self.parent[0], self.parent[1])
            w.write_order(
                kind, [n.id for n in s.child_list(kind, old_parent) if n.id != self.ref[1]]
            )
        new_siblings.insert(self.position, self.ref[1])
        w.write_order(kind, new_siblings)
        parent_node = s.node(self.parent)
        offset = (
            len(parent_node.indikator)
            if isinstance(parent_node, Tujuan) and kind == "sasaran"
            else 0
        )
        self._event = NodeMoved(self.ref, old_parent, old_row, self.parent, offset + self.position)
        return MoveNode(self.ref, old_parent, old_position, label=self.label)

    def event_before(self, s: DocumentSession) -> Event | None:
        return self._event

    def update_tree(self, s: DocumentSession) -> Event:
        s.tree_move(self.ref, self.parent, self.position)
        assert self._event is not None
        return self._event


@dataclass
class Compound(Operation):
    """Several independent value operations as one step (a pasted block, an imported form).

    Every part is checked before anything is written; all are written in one transaction.
    """

    parts: list[Operation]
    label: str = ""

    def check(self, s: DocumentSession) -> None:
        dipakai: set[NilaiKey] = set()
        for p in self.parts:
            # Structure, formulas and penetapan each stand alone: a formula that drops a
            # component beside a value of it would be checked against the old components.
            if isinstance(p, InsertNode | RemoveNode | MoveNode | SetRumus | Compound | _Penetapan):
                raise IkuError("Perubahan gabungan hanya untuk isian dan nilai.")
            p.check(s)
            if isinstance(p, SetNilai):
                if p.key in dipakai:
                    raise IkuError(
                        "Satu nilai diisi dua kali dalam satu perubahan; tidak disimpan."
                    )
                dipakai.add(p.key)
        # Each part was checked against the tree as it is; the rules between an indicator's
        # keys must also hold for all of them together (a yearly and a quarterly realisasi of
        # one year in one block, say).
        _periksa_hasil(s, [p for p in self.parts if isinstance(p, _PER_INDIKATOR)])

    def write(self, s: DocumentSession, w: Writer) -> Operation:
        # The numbers are written together (a pasted block of 500 cells or a 2,000-row form
        # is a few statements); every other part writes itself.
        inverses: list[Operation] = []
        nilai: list[tuple[NilaiKey, Decimal | None]] = []
        for p in self.parts:
            if isinstance(p, SetNilai):
                inverses.append(p.inverse(s))
                nilai.append((p.key, p.value))
            else:
                inverses.append(p.write(s, w))
        w.put_nilai(nilai)
        return Compound(list(reversed(inverses)), self.label)

    def update_tree(self, s: DocumentSession) -> Event:
        return Batch(tuple(p.update_tree(s) for p in self.parts))

    def is_noop(self, s: DocumentSession) -> bool:
        return all(p.is_noop(s) for p in self.parts)


# --- the yearly cycle (FORMAT version 2) ----------------------------------------------------


@dataclass
class SetAnalisis(Operation):
    """The explanation of a year's result ("" clears it), printed in the yearly report."""

    indikator_id: int
    tahun: int
    teks: str
    label: str = ""

    def is_noop(self, s: DocumentSession) -> bool:
        return s.indikator(self.indikator_id).analisis.get(self.tahun, "") == self.teks

    def check(self, s: DocumentSession) -> None:
        s.indikator(self.indikator_id)
        rules.periksa_teks(self.teks, "Analisis")
        rules.periksa_nilai(None, s.dokumen.periode, self.tahun)
        if not self.label:
            ind = label_node(s, Ref(NodeKind.INDIKATOR, self.indikator_id))
            self.label = f"Ubah analisis {self.tahun} {ind}"

    def write(self, s: DocumentSession, w: Writer) -> Operation:
        old = s.indikator(self.indikator_id).analisis.get(self.tahun, "")
        w.set_analisis(self.indikator_id, self.tahun, self.teks)
        return SetAnalisis(self.indikator_id, self.tahun, old, self.label)

    def update_tree(self, s: DocumentSession) -> Event:
        put_sorted(s.indikator(self.indikator_id).analisis, self.tahun, self.teks or None)
        return ValuesChanged(self.indikator_id)


@dataclass
class SetSurvei(Operation):
    """The IKM survey of a year, whole (``None`` removes it); its IKM is that year's realisasi."""

    indikator_id: int
    tahun: int
    survei: SurveiIkm | None
    label: str = ""

    def check(self, s: DocumentSession) -> None:
        s.indikator(self.indikator_id)  # refused with a message when it is not there
        rules.periksa_nilai(None, s.dokumen.periode, self.tahun)
        if self.survei is not None:
            rules.periksa_survei(self.survei, f"Survei IKM {self.tahun}")
            _periksa_hasil(s, [self])
        if not self.label:
            self.label = f"Ubah survei IKM {self.tahun}"

    def write(self, s: DocumentSession, w: Writer) -> Operation:
        old = copy.deepcopy(s.indikator(self.indikator_id).survei_ikm.get(self.tahun))
        self.survei = copy.deepcopy(self.survei)
        w.replace_survei(self.indikator_id, self.tahun, self.survei)
        return SetSurvei(self.indikator_id, self.tahun, old, self.label)

    def update_tree(self, s: DocumentSession) -> Event:
        put_sorted(
            s.indikator(self.indikator_id).survei_ikm, self.tahun, copy.deepcopy(self.survei)
        )
        return ValuesChanged(self.indikator_id)


def _urut_pk(daftar: list[PerjanjianKinerja]) -> None:
    daftar.sort(key=lambda p: (p.tahun, p.perubahan))


@dataclass
class SetPerjanjianKinerja(Operation):
    """A year's PK (``perubahan`` 0) or PK Perubahan (1, 2, …), whole; ``None`` removes it."""

    tahun: int
    perubahan: int
    pk: PerjanjianKinerja | None
    label: str = ""

    def _current(self, s: DocumentSession) -> PerjanjianKinerja | None:
        return next(
            (
                p
                for p in s.dokumen.perjanjian_kinerja
                if (p.tahun, p.perubahan) == (self.tahun, self.perubahan)
            ),
            None,
        )

    def is_noop(self, s: DocumentSession) -> bool:
        return self._current(s) == self.pk

    def check(self, s: DocumentSession) -> None:
        kosong = self.pk is not None and self.pk.pernyataan is not None
        if kosong and self.pk is not None and not any(p.strip() for p in self.pk.pernyataan or []):
            # no paragraph at all is what the file format reads as "the standard wording"
            self.pk = copy.deepcopy(self.pk)
            self.pk.pernyataan = None
        if self.pk is not None:
            if (self.pk.tahun, self.pk.perubahan) != (self.tahun, self.perubahan):
                raise IkuError("Tahun atau nomor perubahan Perjanjian Kinerja tidak cocok.")
            rules.periksa_pk(self.pk, s.dokumen.periode, f"Perjanjian Kinerja {self.tahun}")
        else:
            rules.periksa_perubahan(self.perubahan, "Perubahan")
        if not self.label:
            jenis = "PK Perubahan" if self.perubahan else "Perjanjian Kinerja"
            aksi = "Hapus" if self.pk is None else "Ubah"
            self.label = f"{aksi} {jenis} {self.tahun}"

    def write(self, s: DocumentSession, w: Writer) -> Operation:
        old = copy.deepcopy(self._current(s))
        self.pk = copy.deepcopy(self.pk)
        w.replace_pk(s.dokumen_id, self.tahun, self.perubahan, self.pk)
        return SetPerjanjianKinerja(self.tahun, self.perubahan, old, self.label)

    def update_tree(self, s: DocumentSession) -> Event:
        daftar = s.dokumen.perjanjian_kinerja
        daftar[:] = [p for p in daftar if (p.tahun, p.perubahan) != (self.tahun, self.perubahan)]
        if self.pk is not None:
            daftar.append(copy.deepcopy(self.pk))
        _urut_pk(daftar)
        return PartChanged("pk", self.tahun)


@dataclass
class SetLaporanTahunan(Operation):
    """Who signs the yearly reports of ``tahun`` and when; ``None`` removes the entry."""

    tahun: int
    entry: LaporanTahunan | None
    label: str = ""

    def is_noop(self, s: DocumentSession) -> bool:
        return s.dokumen.laporan(self.tahun) == self.entry

    def check(self, s: DocumentSession) -> None:
        if self.entry is not None and self.entry.penandatangan == Penandatangan():
            # an all-empty signer is no signer (absent = empty in the file format)
            self.entry = copy.deepcopy(self.entry)
            self.entry.penandatangan = None
        if self.entry is not None:
            if self.entry.tahun != self.tahun:
                raise IkuError("Tahun laporan tidak cocok.")
            lain = [lt for lt in s.dokumen.laporan_tahunan if lt.tahun != self.tahun]
            rules.periksa_daftar_laporan(
                [*lain, self.entry], s.dokumen.periode, f"Laporan tahunan {self.tahun}"
            )
        if not self.label:
            self.label = f"Ubah penandatangan laporan {self.tahun}"

    def write(self, s: DocumentSession, w: Writer) -> Operation:
        old = copy.deepcopy(s.dokumen.laporan(self.tahun))
        self.entry = copy.deepcopy(self.entry)
        w.replace_laporan_tahunan(s.dokumen_id, self.tahun, self.entry)
        return SetLaporanTahunan(self.tahun, old, self.label)

    def update_tree(self, s: DocumentSession) -> Event:
        daftar = s.dokumen.laporan_tahunan
        daftar[:] = [lt for lt in daftar if lt.tahun != self.tahun]
        if self.entry is not None:
            daftar.append(copy.deepcopy(self.entry))
        daftar.sort(key=lambda lt: lt.tahun)
        return PartChanged("laporan_tahunan", self.tahun)


@dataclass
class SetLaporanTriwulan(Operation):
    """Who signs the quarterly monitoring table of ``tahun`` s.d. ``triwulan`` and when;
    ``None`` clears it (the table is then signed by the year's signer, date left blank)."""

    tahun: int
    triwulan: int
    entry: LaporanTriwulan | None
    label: str = ""

    def is_noop(self, s: DocumentSession) -> bool:
        return s.dokumen.laporan_tw(self.tahun, self.triwulan) == self.entry

    def check(self, s: DocumentSession) -> None:
        rules.periksa_triwulan(self.triwulan, "triwulan")
        if self.entry is not None:
            if (self.entry.tahun, self.entry.triwulan) != (self.tahun, self.triwulan):
                raise IkuError("Tahun atau triwulan penandatangan tidak cocok.")
            if self.entry.penandatangan == Penandatangan():
                raise IkuError(
                    f"Penandatangan triwulan {ROMAWI[self.triwulan]} {self.tahun} kosong: isi "
                    "nama dan tanggalnya, atau hapus penandatangan triwulan ini."
                )
            lain = [
                lt
                for lt in s.dokumen.laporan_triwulan
                if (lt.tahun, lt.triwulan) != (self.tahun, self.triwulan)
            ]
            rules.periksa_daftar_laporan_triwulan(
                [*lain, self.entry],
                s.dokumen.periode,
                f"Penandatangan triwulan {ROMAWI[self.triwulan]} {self.tahun}",
            )
        if not self.label:
            tw = f"triwulan {ROMAWI[self.triwulan]} {self.tahun}"
            self.label = (
                f"Hapus penandatangan {tw}" if self.entry is None else f"Ubah penandatangan {tw}"
            )

    def write(self, s: DocumentSession, w: Writer) -> Operation:
        old = copy.deepcopy(s.dokumen.laporan_tw(self.tahun, self.triwulan))
        self.entry = copy.deepcopy(self.entry)
        w.replace_laporan_triwulan(s.dokumen_id, self.tahun, self.triwulan, self.entry)
        return SetLaporanTriwulan(self.tahun, self.triwulan, old, self.label)

    def update_tree(self, s: DocumentSession) -> Event:
        daftar = s.dokumen.laporan_triwulan
        kunci = (self.tahun, self.triwulan)
        daftar[:] = [lt for lt in daftar if (lt.tahun, lt.triwulan) != kunci]
        if self.entry is not None:
            daftar.append(copy.deepcopy(self.entry))
        daftar.sort(key=lambda lt: (lt.tahun, lt.triwulan))
        return PartChanged("laporan_triwulan", self.tahun)


_PER_INDIKATOR = (SetNilai, SetAnalisis, SetSurvei)


class _Bayangan:
    """Copies of the indicators some operations touch: their own ``update_tree`` runs on these,
    so the rules see exactly what the tree would hold, and the tree itself stays as it is."""

    def __init__(self, s: DocumentSession) -> None:
        self.s = s
        self.dokumen = s.dokumen
        self.diubah: dict[int, Indikator] = {}

    def indikator(self, indikator_id: int) -> Indikator:
        if indikator_id not in self.diubah:
            ind = self.s.indikator(indikator_id)
            # The values an operation changes are copied; a survey's respondents are shared
            # (operations replace a survey whole, never change it in place).
            c = copy.copy(ind)
            c.target, c.realisasi = dict(ind.target), dict(ind.realisasi)
            c.nilai_komponen = {t: dict(per) for t, per in ind.nilai_komponen.items()}
            c.triwulan = copy.deepcopy(ind.triwulan)
            c.survei_ikm, c.analisis = dict(ind.survei_ikm), dict(ind.analisis)
            self.diubah[indikator_id] = c
        return self.diubah[indikator_id]


def _periksa_hasil(s: DocumentSession, ops: list[Any]) -> None:
    """The rules between an indicator's keys hold once ``ops`` are applied (nothing applied)."""
    bayangan = _Bayangan(s)
    for op in ops:
        op.update_tree(bayangan)
    for ind in bayangan.diubah.values():
        rules.periksa_indikator_v2(ind, _lokasi(ind))


# --- penetapan: finalising the document, reopening it (FORMAT.md "`penetapan`") -------------


class _Penetapan(Operation):
    """The changes of the document's status; never part of a ``Compound``."""

    def update_tree(self, s: DocumentSession) -> Event:
        return Batch(
            (PartChanged("penetapan", len(s.dokumen.penetapan)), NodeChanged(ref_of(s.dokumen)))
        )


def _versi_sesudah(s: DocumentSession) -> int | None:
    """The document's stored version once the running transaction commits."""
    return s.versi + 1 if s.versi is not None else None


@dataclass
class Tetapkan(_Penetapan):
    """Fix the current signed content as the next version (``tanggal`` ``YYYY-MM-DD``, the
    decree ``dasar``, from versi 2 on the ``alasan`` of the revision). The whole document file
    of the version is kept in the store."""

    tanggal: str
    dasar: str = ""
    alasan: str = ""
    label: str = ""
    _entry: Penetapan | None = field(default=None, repr=False)

    def check(self, s: DocumentSession) -> None:
        if s.dokumen.ditetapkan:
            p = s.dokumen.penetapan[-1]
            raise IkuError(
                f"Dokumen ini sudah ditetapkan (versi {p.versi}). Untuk menetapkan versi baru, "
                "buka revisi lebih dulu (Dokumen → Buka revisi…)."
            )
        sebelumnya = s.dokumen.penetapan[-1] if s.dokumen.penetapan else None
        self.tanggal, self.dasar, self.alasan = (
            self.tanggal.strip(),
            self.dasar.strip(),
            self.alasan.strip(),
        )
        entry = Penetapan(
            versi=(sebelumnya.versi + 1) if sebelumnya else 1,
            tanggal=self.tanggal,
            dasar=self.dasar,
            alasan=self.alasan if sebelumnya else "",
        )
        try:
            periksa_entri(entry, sebelumnya, "")
        except IkuError as e:
            raise IkuError(_kalimat(e.pesan)) from None
        self._entry = entry
        if not self.label:
            self.label = f"Tetapkan versi {entry.versi}"

    def write(self, s: DocumentSession, w: Writer) -> Operation:
        assert self._entry is not None
        self._entry.sidik = sidik_dokumen(s.dokumen)
        # The file of the version: the document as it is, with this entry and locked.
        dok = copy.copy(s.dokumen)
        dok.penetapan = [*s.dokumen.penetapan, self._entry]
        dok.status = "ditetapkan"
        w.insert_penetapan(s.dokumen_id, self._entry, ke_json(dok))
        w.set_status(s.dokumen_id, "ditetapkan")
        return BatalkanPenetapan(
            self._entry.versi, _versi_sesudah(s), f"Batalkan penetapan versi {self._entry.versi}"
        )

    def update_tree(self, s: DocumentSession) -> Event:
        assert self._entry is not None
        s.dokumen.penetapan.append(copy.copy(self._entry))
        s.dokumen.status = "ditetapkan"
        return super().update_tree(s)


def _kalimat(pesan: str) -> str:
    return pesan[:1].upper() + pesan[1:] + ("" if pesan.endswith(".") else ".")


@dataclass
class BatalkanPenetapan(_Penetapan):
    """Undo of ``Tetapkan``: an explicit step, refused once any other change followed it
    (``versi_dokumen``: the stored version right after the penetapan)."""

    versi: int
    versi_dokumen: int | None
    label: str = ""
    _entry: Penetapan | None = field(default=None, repr=False)

    def check(self, s: DocumentSession) -> None:
        p = s.dokumen.penetapan[-1] if s.dokumen.penetapan else None
        if p is None or p.versi != self.versi or not s.dokumen.ditetapkan:
            raise IkuError(f"Penetapan versi {self.versi} bukan penetapan terakhir dokumen ini.")
        if self.versi_dokumen is None or s.versi != self.versi_dokumen:
            raise IkuError(
                f"Penetapan versi {self.versi} tidak dapat dibatalkan: dokumen sudah diubah "
                "sesudah penetapan itu. Untuk mengubah isi yang ditetapkan, buka revisi "
                "(Dokumen → Buka revisi…)."
            )
        self._entry = copy.copy(p)
        if not self.label:
            self.label = f"Batalkan penetapan versi {self.versi}"

    def write(self, s: DocumentSession, w: Writer) -> Operation:
        assert self._entry is not None
        w.delete_penetapan(s.dokumen_id, self.versi)
        w.set_status(s.dokumen_id, "draf")
        e = self._entry
        return Tetapkan(e.tanggal, e.dasar, e.alasan, f"Tetapkan versi {e.versi}")

    def update_tree(self, s: DocumentSession) -> Event:
        s.dokumen.penetapan.pop()
        s.dokumen.status = "draf"
        return super().update_tree(s)


def _label_buka_revisi(s: DocumentSession) -> str:
    return f"Buka revisi (menuju versi {s.dokumen.penetapan[-1].versi + 1})"


def _label_tutup_revisi(s: DocumentSession) -> str:
    return f"Kembalikan ke versi {s.dokumen.penetapan[-1].versi} (ditetapkan)"


@dataclass
class _StatusRevisi(_Penetapan):
    """Opening and closing a revision change the document's status only, each the other's
    inverse; they differ in what they allow (``check``)."""

    status: ClassVar[str]
    label: str = ""

    def inverse(self, s: DocumentSession) -> Operation:
        raise NotImplementedError

    def write(self, s: DocumentSession, w: Writer) -> Operation:
        w.set_status(s.dokumen_id, self.status)
        return self.inverse(s)

    def update_tree(self, s: DocumentSession) -> Event:
        s.dokumen.status = self.status
        return super().update_tree(s)


@dataclass
class BukaRevisi(_StatusRevisi):
    """Reopen a ditetapkan document as a draft (no reason here: it is given when the next
    version is fixed)."""

    status: ClassVar[str] = "draf"

    def check(self, s: DocumentSession) -> None:
        if not s.dokumen.ditetapkan and s.dokumen.penetapan:
            v = s.dokumen.penetapan[-1].versi
            raise IkuError(
                f"Revisi dokumen ini sudah dibuka: dokumen ini draf revisi versi {v} (menuju "
                f"versi {v + 1}). Ubah isinya, lalu tetapkan sebagai versi {v + 1}."
            )
        if not s.dokumen.ditetapkan:
            raise IkuError("Dokumen ini belum ditetapkan (masih draf); tidak ada yang direvisi.")
        if not self.label:
            self.label = _label_buka_revisi(s)

    def inverse(self, s: DocumentSession) -> Operation:
        return TutupRevisi(_label_tutup_revisi(s))


@dataclass
class TutupRevisi(_StatusRevisi):
    """Undo of ``BukaRevisi``: back to ditetapkan, allowed only while the signed content is
    still exactly what the last version fingerprints."""

    status: ClassVar[str] = "ditetapkan"

    def check(self, s: DocumentSession) -> None:
        if s.dokumen.ditetapkan or not s.dokumen.penetapan:
            raise IkuError("Dokumen ini tidak sedang dalam revisi.")
        p = s.dokumen.penetapan[-1]
        if sidik_dokumen(s.dokumen) != p.sidik:
            raise IkuError(
                f"Revisi tidak dapat ditutup kembali ke versi {p.versi}: isi yang ditetapkan "
                "sudah diubah. Tetapkan revisi ini sebagai versi baru (Dokumen → Tetapkan…)."
            )
        if not self.label:
            self.label = _label_tutup_revisi(s)

    def inverse(self, s: DocumentSession) -> Operation:
        return BukaRevisi(_label_buka_revisi(s))
