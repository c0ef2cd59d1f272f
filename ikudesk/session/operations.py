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
from typing import TYPE_CHECKING, Any

from ikudesk.domain import rules
from ikudesk.domain.fields import Field
from ikudesk.domain.model import Indikator, Komponen, Sasaran, Tujuan
from ikudesk.errors import IkuError
from ikudesk.session.document import DocumentSession, kind_of, ref_of
from ikudesk.session.events import (
    Batch,
    Event,
    NodeChanged,
    NodeInserted,
    NodeMoved,
    NodeRemoved,
    Ref,
    ValuesChanged,
)

if TYPE_CHECKING:
    from ikudesk.persistence.mapper import Writer

Node = Tujuan | Sasaran | Indikator

JENIS_NILAI = ("target", "realisasi")


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


def _label_node(s: DocumentSession, ref: Ref) -> str:
    """A short name of a node for undo texts: 'indikator "Persentase …"'."""
    node = s.node(ref)
    teks = getattr(node, "nama", None) or getattr(node, "uraian", "") or ""
    teks = " ".join(teks.split())
    if not teks:
        return ref[0]
    return f'{ref[0]} "{teks[:40]}…"' if len(teks) > 40 else f'{ref[0]} "{teks}"'


def label_node(s: DocumentSession, ref: Ref) -> str:
    """The public name of :func:`_label_node`, for undo texts built outside this module."""
    return _label_node(s, ref)


# --- fields ---------------------------------------------------------------------------------


@dataclass
class SetField(Operation):
    node_id: int
    field: Field
    value: Any
    label: str = ""

    @property
    def ref(self) -> Ref:
        return (self.field.kind, self.node_id)

    def is_noop(self, s: DocumentSession) -> bool:
        return bool(self.field.get(s.node(self.ref)) == self.value)

    def check(self, s: DocumentSession) -> None:
        s.node(self.ref)
        rules.periksa_field(self.field, self.value)
        if self.field is Field.DOKUMEN_PERIODE:
            rules.periksa_periode_dokumen(s.dokumen, self.value)
        if not self.label:
            self.label = f"Ubah {self.field.label} {_label_node(s, self.ref)}"

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
    """A target or a directly entered realisasi of one year; ``None`` clears it."""

    indikator_id: int
    jenis: str
    tahun: int
    value: Decimal | None
    label: str = ""

    def is_noop(self, s: DocumentSession) -> bool:
        per_tahun = getattr(s.indikator(self.indikator_id), self.jenis, {})
        return per_tahun.get(self.tahun) == self.value and (
            self.value is None or self.tahun in per_tahun
        )

    def check(self, s: DocumentSession) -> None:
        if self.jenis not in JENIS_NILAI:
            raise IkuError(f"Jenis nilai '{self.jenis}' tidak dikenal (target atau realisasi).")
        s.indikator(self.indikator_id)
        rules.periksa_nilai(self.value, s.dokumen.periode, self.tahun)
        if not self.label:
            self.label = f"Ubah {self.jenis} {self.tahun}"

    def write(self, s: DocumentSession, w: Writer) -> Operation:
        old = getattr(s.indikator(self.indikator_id), self.jenis).get(self.tahun)
        w.set_nilai(self.indikator_id, self.jenis, self.tahun, self.value)
        return SetNilai(self.indikator_id, self.jenis, self.tahun, old, self.label)

    def update_tree(self, s: DocumentSession) -> Event:
        per_tahun = getattr(s.indikator(self.indikator_id), self.jenis)
        if self.value is None:
            per_tahun.pop(self.tahun, None)
        else:
            per_tahun[self.tahun] = self.value
            # keep years in order, as the reader gives them
            items = sorted(per_tahun.items())
            per_tahun.clear()
            per_tahun.update(items)
        return ValuesChanged(self.indikator_id)


@dataclass
class SetNilaiKomponen(Operation):
    """One component's value in one year; ``None`` clears it."""

    indikator_id: int
    kode: str
    tahun: int
    value: Decimal | None
    label: str = ""

    def is_noop(self, s: DocumentSession) -> bool:
        return (
            s.indikator(self.indikator_id).nilai_komponen.get(self.tahun, {}).get(self.kode)
            == self.value
        )

    def _komponen(self, s: DocumentSession) -> Komponen:
        for k in s.indikator(self.indikator_id).rumus.komponen:
            if k.kode == self.kode:
                return k
        raise IkuError(f"Komponen '{self.kode}' tidak ada pada indikator ini.")

    def check(self, s: DocumentSession) -> None:
        self._komponen(s)
        rules.periksa_nilai(self.value, s.dokumen.periode, self.tahun)
        if not self.label:
            self.label = f"Ubah nilai {self.kode} {self.tahun}"

    def write(self, s: DocumentSession, w: Writer) -> Operation:
        old = s.indikator(self.indikator_id).nilai_komponen.get(self.tahun, {}).get(self.kode)
        kid = self._komponen(s).id
        assert kid is not None
        w.set_nilai_komponen(kid, self.tahun, self.value)
        return SetNilaiKomponen(self.indikator_id, self.kode, self.tahun, old, self.label)

    def update_tree(self, s: DocumentSession) -> Event:
        nk = s.indikator(self.indikator_id).nilai_komponen
        if self.value is None:
            per = nk.get(self.tahun, {})
            per.pop(self.kode, None)
            if not per:
                nk.pop(self.tahun, None)
        else:
            nk.setdefault(self.tahun, {})[self.kode] = self.value
            items = sorted(nk.items())
            nk.clear()
            nk.update(items)
        return ValuesChanged(self.indikator_id)


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
    label: str = "Ubah rumus"
    _new: Indikator | None = field(default=None, repr=False)

    def check(self, s: DocumentSession) -> None:
        rules.periksa_rumus(self.ekspresi, self.komponen)
        ind = s.indikator(self.indikator_id)
        if self.nilai_komponen is None and not self.hapus_nilai:
            kode_baru = {k.kode for k in self.komponen}
            berisi = [
                k.kode
                for k in ind.rumus.komponen
                if k.kode not in kode_baru
                and any(k.kode in per for per in ind.nilai_komponen.values())
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
        ekspresi = self.ekspresi if self.ekspresi is not None and self.ekspresi.strip() else None
        baru = copy.copy(ind)
        baru.rumus = copy.copy(ind.rumus)
        baru.rumus.ekspresi = ekspresi
        baru.rumus.komponen = komponen
        baru.nilai_komponen = nilai
        w.replace_rumus(baru)  # sets the components' ids
        self._new = baru
        return old

    def update_tree(self, s: DocumentSession) -> Event:
        assert self._new is not None
        ind = s.indikator(self.indikator_id)
        ind.rumus.ekspresi = self._new.rumus.ekspresi
        ind.rumus.komponen = self._new.rumus.komponen
        ind.nilai_komponen = self._new.nilai_komponen
        return Batch(
            (NodeChanged(("indikator", self.indikator_id)), ValuesChanged(self.indikator_id))
        )


# --- structure ------------------------------------------------------------------------------


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

    def check(self, s: DocumentSession) -> None:
        kind = kind_of(self.node)
        rules.periksa_induk(kind, self.parent[0])
        siblings = s.child_list(kind, self.parent)
        self.position = _clamp(self.position, len(siblings))
        if not self.label:
            self.label = f"Tambah {kind}"

    def write(self, s: DocumentSession, w: Writer) -> Operation:
        self.node = copy.deepcopy(self.node)
        kind = kind_of(self.node)
        w.insert_subtrees(
            s.dokumen_id, [(self.node, self.parent[0], self.parent[1], self.position)]
        )
        ids = [n.id for n in s.child_list(kind, self.parent)]
        ids.insert(self.position, self.node.id)
        w.write_order(kind, ids)  # type: ignore[arg-type]
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

    def check(self, s: DocumentSession) -> None:
        if self.ref[0] not in ("tujuan", "sasaran", "indikator"):
            raise IkuError(f"Jenis '{self.ref[0]}' tidak dapat dihapus di sini.")
        s.node(self.ref)
        if not self.label:
            self.label = f"Hapus {_label_node(s, self.ref)}"

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

    def is_noop(self, s: DocumentSession) -> bool:
        if s.parent_of(self.ref) != self.parent:
            return False
        siblings = s.child_list(self.ref[0], self.parent)
        return s.position(self.ref) == _clamp(self.position, len(siblings) - 1)

    def check(self, s: DocumentSession) -> None:
        s.node(self.ref)
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
            self.label = f"Pindahkan {_label_node(s, self.ref)}"

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
        for p in self.parts:
            if isinstance(p, InsertNode | RemoveNode | MoveNode | Compound):
                raise IkuError("Perubahan gabungan hanya untuk isian dan nilai.")
            p.check(s)

    def write(self, s: DocumentSession, w: Writer) -> Operation:
        inverses = [p.write(s, w) for p in self.parts]
        return Compound(list(reversed(inverses)), self.label)

    def update_tree(self, s: DocumentSession) -> Event:
        return Batch(tuple(p.update_tree(s) for p in self.parts))

    def is_noop(self, s: DocumentSession) -> bool:
        return all(p.is_noop(s) for p in self.parts)
