"""The window's undo step: one generic ``QUndoCommand`` that applies an operation or its inverse.

The command holds the operation to apply next (forward on redo, the inverse on undo) and
nothing else: no copy of the document, no widget. Its first run happens before it is pushed,
so a refused change (``IkuError``) never reaches the stack; ``redo()`` skips that first call
from ``QUndoStack.push``.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QTimer, SignalInstance
from PySide6.QtGui import QUndoCommand, QUndoStack

from ikudesk.errors import IkuError
from ikudesk.session.document import Change, DocumentSession
from ikudesk.session.operations import BatalkanPenetapan, SetField

ID_GABUNG = 1001
# Typing in one field within this many seconds of the last change joins the same undo step.
JEDA_GABUNG = 2.0


class UndoHost(Protocol):
    """What an undo step needs of the one that owns the undo stack (the controller)."""

    stack: QUndoStack
    message: SignalInstance  # says a failed undo or redo in the status bar
    confirm: Callable[[str, str], bool]

    @property
    def session(self) -> DocumentSession | None: ...

    def session_or_fail(self) -> DocumentSession: ...


class ApplyOperation(QUndoCommand):
    def __init__(self, ctl: UndoHost, op: Change) -> None:
        super().__init__()
        self.ctl = ctl
        self._pending: Change = op  # what redo (or, after a redo, undo) applies
        self._first = True
        self._skip = False  # the next undo/redo only puts the stack's index back
        self.time = time.monotonic()

    def first_run(self) -> None:
        """Apply the operation; raises IkuError (nothing changed) when it is refused."""
        op = self._pending
        self._pending = self.ctl.session_or_fail().apply(op)
        self.setText(op.label)

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        self._run(self.ctl.stack.undo, "Ulangi")

    def undo(self) -> None:
        if self._perlu_izin() and not self._skip:
            # Undoing a penetapan is an explicit act, never a silent step of Ctrl+Z.
            ok = self.ctl.confirm(
                "Batalkan penetapan",
                f"Langkah ini membatalkan {self.text().lower()}: dokumen kembali draf dan versi "
                "itu dihapus dari riwayat. Lanjutkan?",
            )
            if not ok:
                self._skip = True
                QTimer.singleShot(0, self.ctl.stack.redo)
                return
        self._run(self.ctl.stack.redo, "Urungkan")

    def _perlu_izin(self) -> bool:
        return isinstance(self._pending, BatalkanPenetapan)

    def _run(self, put_back: Callable[[], None], arah: str) -> None:
        if self._skip:
            self._skip = False
            return
        try:
            # The document's log says it was an undo (or redo) of this step.
            self._pending = self.ctl.session_or_fail().apply(
                self._pending, uraian=f"{arah}: {self.text()}"
            )
        except IkuError as e:
            # Qt calls undo/redo; an exception cannot travel back through it, so report it.
            self.ctl.message.emit(f"Gagal: {e.pesan}")
            # The store did not change, but QUndoStack moves its index once we return. Move it
            # back (skipping this command's own run), or the next edit would drop the redo
            # branch — and with it, e.g., the only snapshot of a deleted subtree.
            self._skip = True
            QTimer.singleShot(0, put_back)

    # typing in one text field merges into one step ------------------------------------------

    def id(self) -> int:
        inverse = self._pending
        return ID_GABUNG if isinstance(inverse, SetField) and inverse.field.is_text else -1

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 - Qt's name
        mine, theirs = self._pending, getattr(other, "_pending", None)
        if not (isinstance(mine, SetField) and isinstance(theirs, SetField)):
            return False
        if (mine.node_id, mine.field) != (theirs.node_id, theirs.field):
            return False
        if other.time - self.time > JEDA_GABUNG:  # type: ignore[attr-defined]
            return False
        # Keep this step's inverse (the value before the first keystroke); undo restores it.
        self.time = other.time  # type: ignore[attr-defined]
        session = self.ctl.session
        if session is not None and mine.field.get(session.node(mine.ref)) == mine.value:
            self.setObsolete(True)
        return True
