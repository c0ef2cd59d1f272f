"""The document tree (dokumen → tujuan → sasaran → indikator) as one ``QAbstractItemModel``.

The model holds no data: it adapts the open ``DocumentSession``'s tree, asking it for children,
parents and rows. Qt gets the session's small integer handle of a node as ``internalId`` (never
a Python pointer Qt could outlive). The model follows the session's events with proper
begin/end calls, so a single edit never resets the view. Under a tujuan its own indicators come
first, then its sasaran.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QByteArray,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QIcon

from ikudesk.domain.keys import NodeKind
from ikudesk.domain.model import Tujuan
from ikudesk.domain.rules import INDUK_BOLEH
from ikudesk.gui.controller import DocumentController
from ikudesk.session.document import DocumentSession
from ikudesk.session.events import (
    Event,
    NodeChanged,
    NodeInserted,
    NodeMoved,
    NodeRemoved,
    flatten,
)
from ikudesk.session.refs import Ref, ref_of

MIME = "application/x-ikudesk-node"
Index = QModelIndex | QPersistentModelIndex

KOSONG = {
    NodeKind.TUJUAN: "(tanpa tujuan)",
    NodeKind.SASARAN: "(sasaran belum diisi)",
    NodeKind.INDIKATOR: "(indikator belum diberi nama)",
}


class DocumentTreeModel(QAbstractItemModel):
    def __init__(self, controller: DocumentController, parent: Any = None) -> None:
        super().__init__(parent)
        self.ctl = controller
        self._ikon: dict[NodeKind, QIcon] = {}
        controller.dokumen_opened.connect(self._bangun)
        controller.before_event.connect(self._akan)
        controller.after_event.connect(self._sudah)
        self._pindah_ditolak = False

    def pasang_ikon(self, ikon: dict[NodeKind, QIcon]) -> None:
        self._ikon = ikon

    @property
    def _s(self) -> DocumentSession | None:
        return self.ctl.session

    def _bangun(self, *_: Any) -> None:
        self.beginResetModel()
        self.endResetModel()

    # --- following the session ----------------------------------------------------------------

    def _akan(self, event: Event) -> None:
        s = self._s
        if s is None:
            return
        if isinstance(event, NodeInserted):
            p = self._index_ref(event.parent)
            self.beginInsertRows(p, event.row, event.row)
        elif isinstance(event, NodeRemoved):
            self.beginRemoveRows(self._index_ref(event.parent), event.row, event.row)
        elif isinstance(event, NodeMoved):
            baris_baru = event.new_row
            if event.old_parent == event.new_parent and baris_baru > event.old_row:
                baris_baru += 1  # Qt wants the destination row as it is before the move
            self._pindah_ditolak = not self.beginMoveRows(
                self._index_ref(event.old_parent),
                event.old_row,
                event.old_row,
                self._index_ref(event.new_parent),
                baris_baru,
            )

    def _sudah(self, event: Event) -> None:
        if isinstance(event, NodeInserted):
            self.endInsertRows()
        elif isinstance(event, NodeRemoved):
            self.endRemoveRows()
        elif isinstance(event, NodeMoved):
            if self._pindah_ditolak:  # a no-op move in Qt's eyes: nothing to tell the view
                self._pindah_ditolak = False
            else:
                self.endMoveRows()
        for e in flatten(event):
            if isinstance(e, NodeChanged):
                i = self._index_ref(e.ref)
                if i.isValid():
                    self.dataChanged.emit(i, i)

    # --- lookups ------------------------------------------------------------------------------

    def _ref(self, index: Index) -> Ref | None:
        s = self._s
        if s is None or not index.isValid():
            return None
        return s.ref_for_handle(index.internalId())

    def _index_ref(self, ref: Ref) -> QModelIndex:
        s = self._s
        if s is None or not s.has(ref):
            return QModelIndex()
        return self.createIndex(s.row(ref), 0, s.handle(ref))

    def index_dari(self, jenis: NodeKind | str, id_: int) -> QModelIndex:
        return self._index_ref(Ref(NodeKind(jenis), id_))

    def kunci(self, index: Index) -> Ref | None:
        return self._ref(index)

    def indikator_pertama(self) -> QModelIndex:
        dok = self.ctl.dokumen
        if dok is None:
            return QModelIndex()
        semua = dok.semua_indikator()
        if not semua or semua[0].id is None:  # an indicator not stored yet has no place
            return QModelIndex()
        return self.index_dari(NodeKind.INDIKATOR, semua[0].id)

    # --- QAbstractItemModel -------------------------------------------------------------------

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        s = self._s
        if s is None or column != 0 or row < 0:
            return QModelIndex()
        if not parent.isValid():
            if row == 0:
                return self._index_ref(Ref(NodeKind.DOKUMEN, s.dokumen_id))
            return QModelIndex()
        ref = self._ref(parent)
        anak = s.children(ref) if ref is not None else []
        if row >= len(anak):
            return QModelIndex()
        return self.createIndex(row, 0, s.handle(ref_of(anak[row])))

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        ref = self._ref(index)
        s = self._s
        if s is None or ref is None or ref.kind is NodeKind.DOKUMEN:
            return QModelIndex()
        return self._index_ref(s.parent_of(ref))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        s = self._s
        if s is None or parent.column() > 0:
            return 0
        if not parent.isValid():
            return 1
        ref = self._ref(parent)
        return len(s.children(ref)) if ref is not None else 0

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 1

    def hasChildren(self, parent: Index = QModelIndex()) -> bool:  # noqa: N802, B008
        return self.rowCount(parent) > 0

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        ref = self._ref(index)
        if ref is None:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._teks(ref)
        if role == Qt.ItemDataRole.DecorationRole:
            return self._ikon.get(ref.kind)
        if role == Qt.ItemDataRole.UserRole:
            return f"{ref.kind}:{ref.id}"
        return None

    def _teks(self, ref: Ref) -> str:
        obj = self.ctl.node(*ref)
        if ref.kind is NodeKind.DOKUMEN:
            judul = obj.profil.instansi or " ".join(obj.judul) or "Dokumen tanpa judul"
            if obj.periode is not None:
                judul += f" {obj.periode.mulai}–{obj.periode.selesai}"
            return str(judul)
        teks = obj.nama if ref.kind is NodeKind.INDIKATOR else obj.uraian
        teks = " ".join(teks.split())
        return teks or KOSONG[ref.kind]

    def flags(self, index: Index) -> Qt.ItemFlag:
        ref = self._ref(index)
        if ref is None:
            return Qt.ItemFlag.ItemIsDropEnabled
        f = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if ref.kind is not NodeKind.DOKUMEN:
            f |= Qt.ItemFlag.ItemIsDragEnabled
        if ref.kind is not NodeKind.INDIKATOR:
            f |= Qt.ItemFlag.ItemIsDropEnabled
        return f

    # --- drag and drop ------------------------------------------------------------------------

    def supportedDropActions(self) -> Qt.DropAction:  # noqa: N802
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:  # noqa: N802
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:  # noqa: N802
        return [MIME]

    def mimeData(self, indexes: list[QModelIndex]) -> QMimeData:  # type: ignore[override]  # noqa: N802
        mime = QMimeData()
        refs = [r for r in (self._ref(i) for i in indexes) if r is not None]
        if refs:
            mime.setData(MIME, QByteArray(f"{refs[0].kind}:{refs[0].id}".encode()))
        return mime

    def _tujuan_drop(
        self, data: QMimeData, row: int, parent: Index
    ) -> tuple[NodeKind, int, NodeKind, int, int] | None:
        """(jenis, id, parent jenis, parent id, posisi) of a valid drop, else None."""
        if not data.hasFormat(MIME):
            return None
        try:
            teks_jenis, teks_id = bytes(data.data(MIME).data()).decode().split(":")
            jenis, id_ = NodeKind(teks_jenis), int(teks_id)
        except ValueError:
            return None
        s = self._s
        p = self._ref(parent)
        ref = Ref(jenis, id_)
        if s is None or p is None or not s.has(ref):
            return None
        if p[0] not in INDUK_BOLEH.get(jenis, ()):
            return None
        # Dropping on a node of the same kind means "before it" among its siblings.
        daftar = s.child_list(jenis, p)
        induk = s.node(p)
        awal = (
            len(induk.indikator) if isinstance(induk, Tujuan) and jenis is NodeKind.SASARAN else 0
        )
        if row < 0:
            posisi = len(daftar)
        else:
            posisi = row - awal
            if posisi < 0 or posisi > len(daftar):
                return None  # an indicator between sasaran, or a sasaran among indicators
        if s.parent_of(ref) == p and s.position(ref) < posisi:
            posisi -= 1  # the node leaves its old place first
        # A node cannot go inside itself.
        a: Ref | None = p
        while a is not None:
            if a == ref:
                return None
            a = s.parent_of(a) if a.kind is not NodeKind.DOKUMEN else None
        return jenis, id_, p.kind, p.id, posisi

    def canDropMimeData(  # noqa: N802
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        return self._tujuan_drop(data, row, parent) is not None

    def dropMimeData(  # noqa: N802
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        if action == Qt.DropAction.IgnoreAction:
            return True
        hasil = self._tujuan_drop(data, row, parent)
        if hasil is None:
            return False
        from ikudesk.errors import IkuError

        try:
            self.ctl.move(*hasil)
        except IkuError as e:
            self.ctl.message.emit(e.pesan)
            return False
        # The move is done by the controller; the view must not remove the source rows itself.
        return True
