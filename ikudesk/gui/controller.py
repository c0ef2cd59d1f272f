"""The one object the widgets talk to: the store, the open document's session and undo.

The document lives in a Qt-free ``DocumentSession`` (``ikudesk/session``); the controller turns
its events into Qt signals and each user change into one undo step (``commands.ApplyOperation``).
See docs/gui-contract.md for the interface the editor panels use.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoStack

from ikudesk.domain.fields import Field
from ikudesk.domain.keys import NilaiKey, NodeKind, kind_of
from ikudesk.domain.model import Dokumen, Indikator, Komponen, Periode, Sasaran, Tujuan
from ikudesk.errors import IkuError, StoreError, TidakDitemukan
from ikudesk.session.refs import Ref

if TYPE_CHECKING:
    from ikudesk.persistence.repo import DokumenSummary
    from ikudesk.persistence.store import Store
    from ikudesk.session.document import DocumentSession
    from ikudesk.session.events import Event
    from ikudesk.session.operations import Operation

# The store side (SQLAlchemy, SQLModel, the mapper) is imported on first use, not with this
# module: the window can then paint before the ORM has loaded.


def _repo() -> ModuleType:
    from ikudesk.persistence import repo

    return repo


def _ops() -> ModuleType:
    from ikudesk.session import operations

    return operations


def _ref(jenis: NodeKind | str, id_: int) -> Ref:
    """A node's Ref from its kind (an enum, or its word from a script) and id."""
    return Ref(NodeKind(jenis), id_)


class DocumentController(QObject):
    dokumen_opened = Signal(int)
    # A node's own fields changed: its Ref.
    node_changed = Signal(object)
    nilai_changed = Signal(int)
    # A yearly part of the document changed: ("pk" | "laporan_tahunan", tahun).
    part_changed = Signal(str, int)
    structure_changed = Signal()
    message = Signal(str)
    # For the tree model: a session event before the tree changes, and after (Qt's begin/end).
    before_event = Signal(object)
    after_event = Signal(object)
    # The list of documents in the store changed (new, duplicated, deleted, imported).
    dokumen_list_changed = Signal()
    # A warning to show in a box (a document made before the limits of FORMAT.md).
    warning = Signal(str)

    def __init__(self, store: Store | None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self.stack = QUndoStack(self)
        self._session: DocumentSession | None = None
        self._last_dokumen_id: int | None = None
        #: Asks (title, question) before an undo that needs the user's word, such as undoing a
        #: penetapan; the window sets a dialog, scripts and tests answer yes.
        self.confirm: Callable[[str, str], bool] = lambda _judul, _pesan: True

    # --- store --------------------------------------------------------------------------------

    @property
    def store(self) -> Store:
        if self._store is None:
            raise StoreError("Penyimpanan sedang ditutup.")
        return self._store

    def detach_store(self) -> Path:
        """Close the store (undo stack cleared, no document open); return its path."""
        path = self.store.path
        self._last_dokumen_id = self._session.dokumen_id if self._session else self._last_dokumen_id
        self.close()
        self.store.close()
        self._store = None
        return path

    def attach_store(self, store: Store) -> None:
        """Attach a (re)opened store; reopen the last document if it still exists."""
        self._store = store
        self.dokumen_list_changed.emit()
        ids = {r.id for r in self.list_dokumen()}
        if self._last_dokumen_id in ids:
            self.open(self._last_dokumen_id)

    # --- documents ----------------------------------------------------------------------------

    @property
    def session(self) -> DocumentSession | None:
        return self._session

    def session_or_fail(self) -> DocumentSession:
        if self._session is None:
            raise IkuError("Belum ada dokumen yang dibuka.")
        return self._session

    @property
    def dokumen(self) -> Dokumen | None:
        return self._session.dokumen if self._session is not None else None

    def list_dokumen(self) -> list[DokumenSummary]:
        return _repo().list_dokumen(self.store)

    def open(self, dokumen_id: int) -> None:
        from ikudesk.session.document import DocumentSession

        repo = _repo()
        session = DocumentSession.open(repo.SqlRepository(self.store), dokumen_id)
        session.subscribe(self._emit_event, before=self.before_event.emit)
        sama = self._session is not None and self._session.dokumen_id == dokumen_id
        self.stack.clear()
        self._session = session
        self._last_dokumen_id = dokumen_id
        self.dokumen_opened.emit(dokumen_id)
        if not sama:  # once per opening, not on every reload of the same document
            from ikudesk.files.docfile import pelanggaran_dokumen, teks_pelanggaran

            daftar = pelanggaran_dokumen(session.dokumen)
            if daftar:
                self.warning.emit(teks_pelanggaran(daftar))
            diubah = session.signed_content_changed()
            if diubah is not None:
                self.warning.emit(diubah)

    def reload(self) -> None:
        """Read the open document again: another user changed it (server store). The undo
        history goes: its steps were made against the old contents."""
        if self._session is None:
            return
        did = self._session.dokumen_id
        try:
            self.open(did)
        except TidakDitemukan:
            self.close()
            self.dokumen_list_changed.emit()
            self.message.emit("Dokumen ini telah dihapus oleh pengguna lain.")
            return
        self.dokumen_list_changed.emit()
        self.message.emit("Dokumen ini diubah oleh pengguna lain; isinya dimuat ulang.")

    def close(self) -> None:
        self.stack.clear()
        self._session = None
        self.dokumen_opened.emit(-1)

    def _emit_event(self, event: Event) -> None:
        from ikudesk.session import events as ev

        self.after_event.emit(event)
        struktur = False
        for e in ev.flatten(event):
            if isinstance(e, ev.NodeChanged):
                self.node_changed.emit(e.ref)
            elif isinstance(e, ev.ValuesChanged):
                self.nilai_changed.emit(e.indikator_id)
            elif isinstance(e, ev.PartChanged):
                self.part_changed.emit(e.part, e.tahun)
            else:
                struktur = True
        if struktur:
            self.structure_changed.emit()

    def _writer(self) -> Any:
        return _repo().SqlRepository(self.store).write()

    def create_dokumen(self, dok: Dokumen) -> int:
        """Store a new document and open it (not an undo step: deleting it is its own action)."""
        with self._writer() as w:
            did = w.insert_dokumen(copy.deepcopy(dok))
        self.dokumen_list_changed.emit()
        self.open(did)
        return int(did)

    def duplicate_dokumen(
        self, dokumen_id: int, periode: Periode | None, diganti: list[str] | None = None
    ) -> int:
        """A copy for a new period (structure and targets kept, realisasi empty), opened.

        ``diganti`` receives the places whose text named the old period (now the new one).
        """
        from ikudesk.domain.new_document import salinan_periode_baru

        asal = _repo().load_dokumen(self.store, dokumen_id)
        return self.create_dokumen(salinan_periode_baru(asal, periode, diganti))

    def remove_dokumen(self, dokumen_id: int) -> None:
        from sqlalchemy.exc import SQLAlchemyError

        try:
            _repo().delete_dokumen(self.store, dokumen_id)
        except SQLAlchemyError as e:
            raise StoreError(f"Dokumen tidak dapat dihapus: {getattr(e, 'orig', e)}.") from None
        if self._session is not None and self._session.dokumen_id == dokumen_id:
            self.close()
        self.dokumen_list_changed.emit()

    def import_file(self, path: str | Path) -> int:
        """Read a document file (every check of the command line) and store it; its id."""
        from ikudesk.files.docfile import baca_file

        dok = baca_file(path)  # checked completely before the store is touched
        return self.create_dokumen(dok)

    def export_file(self, path: str | Path) -> None:
        from ikudesk.files.docfile import tulis_file

        session = self.session_or_fail()
        tulis_file(_repo().load_dokumen(self.store, session.dokumen_id), path)

    # --- reading the open document ------------------------------------------------------------

    def node(self, kind: NodeKind | str, id_: int) -> Any:
        """The session's dataclass for (kind, id); raises TidakDitemukan."""
        if self._session is None:
            raise TidakDitemukan("Belum ada dokumen yang dibuka.")
        return self._session.node(_ref(kind, id_))

    def has(self, kind: NodeKind | str, id_: int) -> bool:
        return self._session is not None and self._session.has(_ref(kind, id_))

    def parent_of(self, kind: NodeKind | str, id_: int) -> Ref:
        """The Ref (kind, id) of a node's parent."""
        return self.session_or_fail().parent_of(_ref(kind, id_))

    # --- edits (each one undo step) -----------------------------------------------------------

    def apply(self, op: Operation) -> Operation:
        """Apply ``op`` as one undo step; raises IkuError (nothing changed) when refused.

        An operation that would change nothing makes no (empty) undo step.
        """
        from ikudesk.gui.commands import ApplyOperation

        session = self.session_or_fail()
        if op.is_noop(session):
            return op
        from ikudesk.persistence.mapper import KonflikVersi

        cmd = ApplyOperation(self, op)
        try:
            cmd.first_run()  # raises before anything is pushed or changed
        except KonflikVersi:
            # Someone else changed the document: show theirs (after the caller reported ours).
            QTimer.singleShot(0, self.reload)
            raise
        self.stack.push(cmd)
        return op

    def set_field(self, id_: int, field: Field, nilai: Any, teks: str | None = None) -> None:
        self.apply(_ops().SetField(id_, field, nilai, teks or ""))

    def set_rumus(
        self,
        indikator_id: int,
        ekspresi: str | None,
        komponen: list[Komponen],
        hapus_nilai: bool = False,
    ) -> None:
        op = _ops().SetRumus(indikator_id, ekspresi, copy.deepcopy(komponen), hapus_nilai)
        op.label = f"Ubah rumus {self._indikator_label(indikator_id)}"
        self.apply(op)

    def _indikator_label(self, indikator_id: int) -> str:
        """'indikator "…"' for an undo text (the value tables show no name of their own)."""
        ops, session = _ops(), self.session_or_fail()
        ref = Ref(NodeKind.INDIKATOR, indikator_id)
        if not session.has(ref):
            return "indikator"
        return str(ops.label_node(session, ref))

    def set_nilai(self, key: NilaiKey, nilai: Decimal | None) -> None:
        # the operation names the indicator itself: the same undo text as from the grid
        self.apply(_ops().SetNilai(key, nilai))

    def _insert(self, node: Tujuan | Sasaran | Indikator, parent: Ref, position: int | None) -> int:
        session = self.session_or_fail()
        if position is None:
            position = len(session.child_list(kind_of(node), parent))
        op = _ops().InsertNode(parent, position, node)
        self.apply(op)
        return int(op.node.id)

    def add_tujuan(self, position: int | None = None) -> int:
        dokumen = Ref(NodeKind.DOKUMEN, self.session_or_fail().dokumen_id)
        return self._insert(Tujuan(), dokumen, position)

    def add_sasaran(self, tujuan_id: int, position: int | None = None) -> int:
        return self._insert(Sasaran(), Ref(NodeKind.TUJUAN, tujuan_id), position)

    def add_indikator(
        self, parent_kind: NodeKind | str, parent_id: int, position: int | None = None
    ) -> int:
        if parent_kind not in ("tujuan", "sasaran"):
            raise IkuError("Indikator hanya dapat ditambahkan di bawah tujuan atau sasaran.")
        return self._insert(Indikator(), _ref(parent_kind, parent_id), position)

    def remove(self, kind: NodeKind | str, id_: int) -> None:
        self.apply(_ops().RemoveNode(_ref(kind, id_)))

    def move(
        self,
        kind: NodeKind | str,
        id_: int,
        parent_kind: NodeKind | str,
        parent_id: int,
        position: int,
    ) -> None:
        self.apply(_ops().MoveNode(_ref(kind, id_), _ref(parent_kind, parent_id), position))

    def duplicate_indikator(self, id_: int) -> int:
        session = self.session_or_fail()
        ref = Ref(NodeKind.INDIKATOR, id_)
        salinan = copy.deepcopy(session.node(ref))
        salinan.id = None
        for k in salinan.rumus.komponen:
            k.id = None
        salinan.nama = f"{salinan.nama} (salinan)" if salinan.nama else "(salinan)"
        salinan.kode = ""  # a kode names one indicator of the document
        salinan.survei_ikm = {}  # a survey belongs to the indicator it measured
        op = _ops().InsertNode(
            session.parent_of(ref), session.position(ref) + 1, salinan, "Gandakan indikator"
        )
        self.apply(op)
        return int(op.node.id)
