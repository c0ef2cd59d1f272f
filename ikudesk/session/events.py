"""What a session tells its listeners after (and, for structure, before) a change.

Rows are rows as a tree shows them: under a tujuan its own indicators come first, then its
sasaran. A listener that mirrors the tree (the window's item model) gets the "before" event
while the old tree is still in place, as Qt's begin/end protocol needs.
"""

from __future__ import annotations

from dataclasses import dataclass

from ikudesk.session.refs import Ref


@dataclass(frozen=True)
class NodeChanged:
    """A node's own fields changed (its label in the tree may have too)."""

    ref: Ref


@dataclass(frozen=True)
class ValuesChanged:
    """An indicator's targets, realisasi, formula, components or component values changed."""

    indikator_id: int


@dataclass(frozen=True)
class PartChanged:
    """A yearly part of the document changed: ``"pk"`` (a Perjanjian Kinerja),
    ``"laporan_tahunan"`` (the yearly reports' signer) or ``"laporan_triwulan"`` (a quarterly
    table's signer) of ``tahun``."""

    part: str
    tahun: int


@dataclass(frozen=True)
class NodeInserted:
    ref: Ref
    parent: Ref
    row: int


@dataclass(frozen=True)
class NodeRemoved:
    ref: Ref
    parent: Ref
    row: int


@dataclass(frozen=True)
class NodeMoved:
    ref: Ref
    old_parent: Ref
    old_row: int
    new_parent: Ref
    new_row: int  # the row after the move


@dataclass(frozen=True)
class Batch:
    """Several changes made by one operation (e.g. a pasted block, a new period)."""

    events: tuple[Event, ...]


Event = NodeChanged | ValuesChanged | PartChanged | NodeInserted | NodeRemoved | NodeMoved | Batch


def flatten(event: Event) -> list[Event]:
    if isinstance(event, Batch):
        return [e for sub in event.events for e in flatten(sub)]
    return [event]
