"""How the session names the nodes of an open document's tree, and places in it.

A ``Ref`` is a node's kind and id; a ``Place`` is where a node stands or goes among its
parent's children of its kind. Small, Qt-free values that the session, its operations, its
events and the window pass around.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, NamedTuple

from ikudesk.domain.keys import NodeKind, kind_of


class Ref(NamedTuple):
    kind: NodeKind
    id: int


def ref_of(node: Any) -> Ref:
    assert node.id is not None
    return Ref(kind_of(node), node.id)


@dataclass(frozen=True)
class Place:
    """Under ``parent``, at index ``position`` among its children of one kind."""

    parent: Ref
    position: int


@dataclass(frozen=True)
class MoveTarget:
    """A parent a node may move to (at the end of its children there), with the parent's
    number as the tree shows it: ``(3,)`` for Tujuan 3, ``(3, 2)`` for Sasaran 3.2."""

    place: Place
    nomor: tuple[int, ...]
