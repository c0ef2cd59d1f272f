"""``DocumentSession``: the one owner of an open document in memory.

It holds the tree (``id → node``, parent, child order) and applies typed operations: each is
checked with the shared rules, written in one store transaction, then applied to the tree, and
listeners hear of it once. ``apply`` returns the inverse operation, so undo is applying that.
Nothing here knows Qt.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Protocol

from ikudesk.domain.keys import NodeKind, kind_of
from ikudesk.domain.model import Dokumen, Indikator, Sasaran, Tujuan
from ikudesk.domain.rules import INDUK_BOLEH
from ikudesk.errors import IkuError, TidakDitemukan
from ikudesk.session.events import Event
from ikudesk.session.refs import MoveTarget, Place, Ref, ref_of

if TYPE_CHECKING:
    from ikudesk.persistence.mapper import Writer
    from ikudesk.persistence.repo import Repository

Node = Dokumen | Tujuan | Sasaran | Indikator
Listener = Callable[[Event], None]


class Change(Protocol):
    """What ``DocumentSession.apply`` runs: an operation (``session/operations.py``)."""

    label: str

    def check(self, s: DocumentSession) -> None: ...

    def write(self, s: DocumentSession, w: Writer) -> Change: ...

    def event_before(self, s: DocumentSession) -> Event | None: ...

    def update_tree(self, s: DocumentSession) -> Event: ...


def children_of(node: Any) -> list[Any]:
    """Children in tree order: a tujuan's own indicators first, then its sasaran."""
    if isinstance(node, Dokumen):
        return list(node.tujuan)
    if isinstance(node, Tujuan):
        return [*node.indikator, *node.sasaran]
    if isinstance(node, Sasaran):
        return list(node.indikator)
    return []


def child_list(parent: Any, kind: NodeKind) -> list[Any]:
    """The list in ``parent`` that holds its children of ``kind`` (the one to insert into)."""
    if kind == NodeKind.TUJUAN:
        return parent.tujuan
    if kind == NodeKind.SASARAN:
        return parent.sasaran
    return parent.indikator


class DocumentSession:
    def __init__(self, repo: Repository, dokumen: Dokumen) -> None:
        if dokumen.id is None:
            raise IkuError("Dokumen belum tersimpan.")
        self.repo = repo
        self.dokumen = dokumen
        self._nodes: dict[Ref, Node] = {}
        self._parent: dict[Ref, Ref] = {}
        # Small stable integers for views that need one per node (Qt's internalId).
        self._handles: dict[Ref, int] = {}
        self._by_handle: dict[int, Ref] = {}
        self._serial = itertools.count(1)
        self._before: list[Listener] = []
        self._after: list[Listener] = []
        # The stored version this session's tree shows (None: not checked, e.g. a repository
        # without versions). Every apply claims it in its transaction and moves it one up.
        self.versi: int | None = None
        # (status, last sidik) → the answer of signed_content_changed for them
        self._diubah: tuple[tuple[str, str | None], str | None] | None = None
        self._index(dokumen, None)

    @classmethod
    def open(cls, repo: Repository, dokumen_id: int) -> DocumentSession:
        load_versioned = getattr(repo, "load_versioned", None)
        if load_versioned is None:
            return cls(repo, repo.load(dokumen_id))
        dokumen, versi = load_versioned(dokumen_id)
        session = cls(repo, dokumen)
        session.versi = versi
        return session

    def stored_version(self) -> int | None:
        """The document's version in the store now (None: deleted or not known). Cheap."""
        version = getattr(self.repo, "version", None)
        return version(self.dokumen_id) if version is not None else None

    def changed_elsewhere(self) -> bool:
        """Has someone else (another window, another PC) changed the document since we read it?"""
        return self.versi is not None and self.stored_version() != self.versi

    def signed_content_changed(self) -> str | None:
        """What to tell the user when the document is ditetapkan but its signed content no
        longer fingerprints to the last version (changed in the store by another tool), or None.

        The program itself never lets it happen: while ditetapkan the signed content is locked,
        so the answer only changes with the status or a new version, and is computed once for
        them (a fingerprint of 2,000 indicators takes a fifth of a second)."""
        from ikudesk.files.docfile import isi_diubah_luar, pesan_isi_diubah

        dok = self.dokumen
        kunci = (dok.status, dok.penetapan[-1].sidik if dok.penetapan else None)
        if self._diubah is None or self._diubah[0] != kunci:
            p = isi_diubah_luar(dok)
            self._diubah = (kunci, pesan_isi_diubah(dok, p) if p is not None else None)
        return self._diubah[1]

    @property
    def dokumen_id(self) -> int:
        assert self.dokumen.id is not None
        return self.dokumen.id

    # --- listening ---------------------------------------------------------------------------

    def subscribe(self, after: Listener, before: Listener | None = None) -> None:
        self._after.append(after)
        if before is not None:
            self._before.append(before)

    # --- the tree ----------------------------------------------------------------------------

    def _index(self, node: Node, parent: Ref | None) -> None:
        ref = ref_of(node)
        self._nodes[ref] = node
        if parent is not None:
            self._parent[ref] = parent
        if ref not in self._handles:
            h = next(self._serial)
            self._handles[ref] = h
            self._by_handle[h] = ref
        for child in children_of(node):
            self._index(child, ref)

    def _forget(self, node: Node) -> None:
        ref = ref_of(node)
        self._nodes.pop(ref, None)
        self._parent.pop(ref, None)
        h = self._handles.pop(ref, None)
        if h is not None:
            self._by_handle.pop(h, None)
        for child in children_of(node):
            self._forget(child)

    def has(self, ref: Ref) -> bool:
        return ref in self._nodes

    def node(self, ref: Ref) -> Any:
        try:
            return self._nodes[ref]
        except KeyError:
            raise TidakDitemukan(
                f"{ref[0].capitalize()} nomor {ref[1]} tidak ada di dokumen ini."
            ) from None

    def indikator(self, indikator_id: int) -> Indikator:
        node = self.node(Ref(NodeKind.INDIKATOR, indikator_id))
        assert isinstance(node, Indikator)
        return node

    def parent_of(self, ref: Ref) -> Ref:
        self.node(ref)
        if ref[0] == "dokumen":
            raise IkuError("Dokumen tidak mempunyai induk.")
        return self._parent[ref]

    def children(self, ref: Ref) -> list[Any]:
        return children_of(self.node(ref))

    def child_list(self, kind: NodeKind, parent: Ref) -> list[Any]:
        return child_list(self.node(parent), kind)

    def position(self, ref: Ref) -> int:
        """Index among the siblings of the same kind."""
        siblings = self.child_list(ref[0], self.parent_of(ref))
        return next(i for i, n in enumerate(siblings) if n.id == ref[1])

    def row(self, ref: Ref) -> int:
        """Row under the parent as a tree shows it (indicators of a tujuan before sasaran)."""
        if ref[0] == "dokumen":
            return 0
        parent = self.node(self.parent_of(ref))
        offset = len(parent.indikator) if isinstance(parent, Tujuan) and ref[0] == "sasaran" else 0
        return offset + self.position(ref)

    # --- where nodes go ------------------------------------------------------------------------

    def insert_position(self, kind: NodeKind, selected: Ref | None) -> Place | None:
        """Where a new node of ``kind`` goes when ``selected`` is the node in view: right
        after the selected node's own kind of ancestor (or itself), else at the end of its
        parent's list; None where no such node can go (a sasaran or indicator with nothing or
        only the document selected)."""
        dok = Ref(NodeKind.DOKUMEN, self.dokumen_id)
        if kind == NodeKind.TUJUAN:
            tujuan = self._ancestor(selected, NodeKind.TUJUAN) if selected else None
            if tujuan is None:
                return Place(dok, len(self.dokumen.tujuan))
            return Place(dok, self.position(tujuan) + 1)
        if selected is None or selected.kind == NodeKind.DOKUMEN:
            return None
        if kind == NodeKind.SASARAN:
            tujuan = self._ancestor(selected, NodeKind.TUJUAN)
            assert tujuan is not None  # every node below the document is under a tujuan
            sasaran = self._ancestor(selected, NodeKind.SASARAN)
            if sasaran is None:
                return Place(tujuan, len(self.child_list(NodeKind.SASARAN, tujuan)))
            return Place(tujuan, self.position(sasaran) + 1)
        if selected.kind == NodeKind.INDIKATOR:
            return Place(self.parent_of(selected), self.position(selected) + 1)
        return Place(selected, len(self.child_list(NodeKind.INDIKATOR, selected)))

    def _ancestor(self, ref: Ref, kind: NodeKind) -> Ref | None:
        """``ref`` itself or the nearest node above it of ``kind``."""
        a: Ref | None = ref
        while a is not None and a.kind != kind:
            a = self.parent_of(a) if a.kind != NodeKind.DOKUMEN else None
        return a

    def move_targets(self, ref: Ref) -> list[MoveTarget]:
        """Every other parent ``ref`` may move to (in tree order), each at the end of its
        children there: the tujuan for a sasaran; the tujuan and sasaran for an indicator."""
        boleh = INDUK_BOLEH.get(ref.kind, ())
        sekarang = self.parent_of(ref)
        hasil: list[MoveTarget] = []

        def tambah(node: Any, nomor: tuple[int, ...]) -> None:
            parent = ref_of(node)
            if parent.kind in boleh and parent != sekarang:
                end = len(child_list(node, ref.kind))
                hasil.append(MoveTarget(Place(parent, end), nomor))

        for nt, t in enumerate(self.dokumen.tujuan, start=1):
            tambah(t, (nt,))
            for ns, sas in enumerate(t.sasaran, start=1):
                tambah(sas, (nt, ns))
        return hasil

    def shifted_position(self, ref: Ref, step: int) -> int | None:
        """The position ``step`` places up (negative) or down among the node's siblings of its
        kind; None past either end (and for the document)."""
        if ref.kind == NodeKind.DOKUMEN:
            return None
        posisi = self.position(ref) + step
        if 0 <= posisi < len(self.child_list(ref.kind, self.parent_of(ref))):
            return posisi
        return None

    def handle(self, ref: Ref) -> int:
        return self._handles[ref]

    def ref_for_handle(self, handle: int) -> Ref | None:
        return self._by_handle.get(handle)

    # the tree, changed only by operations (after their transaction committed) --------------

    def tree_insert(self, node: Node, parent: Ref, position: int) -> None:
        siblings = self.child_list(kind_of(node), parent)
        siblings.insert(position, node)
        self._index(node, parent)

    def tree_remove(self, ref: Ref) -> Node:
        node = self.node(ref)
        self.child_list(ref[0], self.parent_of(ref)).remove(node)
        self._forget(node)
        return node

    def tree_move(self, ref: Ref, parent: Ref, position: int) -> None:
        node = self.node(ref)
        self.child_list(ref[0], self.parent_of(ref)).remove(node)
        self.child_list(ref[0], parent).insert(position, node)
        self._parent[ref] = parent

    # --- applying ----------------------------------------------------------------------------

    def apply(self, op: Change, uraian: str | None = None) -> Change:
        """Check, store (one transaction), update the tree, tell listeners; return the inverse.

        A refused or failed operation raises ``IkuError`` with nothing changed: not the store,
        not the tree. The change is written to the document's log in the same transaction,
        as ``uraian`` (default: the operation's undo text) with the time and the user.
        """
        op.check(self)
        versi_baru = None
        with self.repo.write() as writer:
            if self.versi is not None:
                # First: refuse (KonflikVersi, nothing written) when someone else changed the
                # document since we read it; otherwise it stays ours until commit.
                versi_baru = writer.claim(self.dokumen_id, self.versi)
            inverse = op.write(self, writer)
            if versi_baru is None:
                writer.touch(self.dokumen_id)
            writer.log_change(self.dokumen_id, uraian if uraian is not None else op.label)
        if versi_baru is not None:
            self.versi = versi_baru
        event = op.event_before(self)
        if event is not None:
            for listener in self._before:
                listener(event)
        after = op.update_tree(self)
        for listener in self._after:
            listener(after)
        return inverse
