"""The document tree (dokumen → tujuan → sasaran → indikator) as one ``QAbstractItemModel``.

The model keeps its own small node objects keyed by (jenis, id) in a map and gives Qt only an
integer serial as ``internalId`` (never a Python pointer Qt could outlive). It follows the
controller's fine-grained signals with proper begin/end calls, so a single edit never resets
the view. Under a tujuan its own indicators come first, then its sasaran.
"""

from __future__ import annotations

import itertools
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

from ikudesk.gui.controller import DocumentController

MIME = "application/x-ikudesk-node"
Index = QModelIndex | QPersistentModelIndex

KOSONG = {
    "tujuan": "(tanpa tujuan)",
    "sasaran": "(sasaran belum diisi)",
    "indikator": "(indikator belum diberi nama)",
}
# Which parent a kind may be dropped on.
INDUK_BOLEH = {"tujuan": ("dokumen",), "sasaran": ("tujuan",), "indikator": ("tujuan", "sasaran")}


class _Node:
    __slots__ = ("jenis", "id", "serial", "parent", "indikator", "sasaran", "tujuan")

    def __init__(self, jenis: str, id_: int, serial: int, parent: _Node | None) -> None:
        self.jenis = jenis
        self.id = id_
        self.serial = serial
        self.parent = parent
        self.indikator: list[_Node] = []
        self.sasaran: list[_Node] = []
        self.tujuan: list[_Node] = []

    def anak(self) -> list[_Node]:
        if self.jenis == "dokumen":
            return self.tujuan
        if self.jenis == "tujuan":
            return [*self.indikator, *self.sasaran]
        return self.indikator

    def jumlah_anak(self) -> int:
        if self.jenis == "dokumen":
            return len(self.tujuan)
        return len(self.indikator) + len(self.sasaran)

    def anak_ke(self, baris: int) -> _Node | None:
        if self.jenis == "dokumen":
            return self.tujuan[baris] if 0 <= baris < len(self.tujuan) else None
        n = len(self.indikator)
        if 0 <= baris < n:
            return self.indikator[baris]
        if n <= baris < n + len(self.sasaran):
            return self.sasaran[baris - n]
        return None

    def daftar(self, jenis: str) -> list[_Node]:
        return {"tujuan": self.tujuan, "sasaran": self.sasaran, "indikator": self.indikator}[jenis]

    def baris_awal(self, jenis: str) -> int:
        """The row of the first child of ``jenis`` (sasaran follow a tujuan's indicators)."""
        return len(self.indikator) if (self.jenis == "tujuan" and jenis == "sasaran") else 0


class DocumentTreeModel(QAbstractItemModel):
    def __init__(self, controller: DocumentController, parent: Any = None) -> None:
        super().__init__(parent)
        self.ctl = controller
        self._serial = itertools.count(1)
        self._peta: dict[tuple[str, int], _Node] = {}
        self._per_serial: dict[int, _Node] = {}
        self._akar: _Node | None = None
        self._ikon: dict[str, QIcon] = {}
        controller.dokumen_dibuka.connect(self._bangun)
        controller.node_berubah.connect(self._berubah)
        controller.node_ditambah.connect(self._ditambah)
        controller.node_dihapus.connect(self._dihapus)
        controller.node_dipindah.connect(self._dipindah)
        self._bangun()

    def pasang_ikon(self, ikon: dict[str, QIcon]) -> None:
        self._ikon = ikon

    # --- building -----------------------------------------------------------------------------

    def _node_baru(self, jenis: str, id_: int, parent: _Node | None) -> _Node:
        n = _Node(jenis, id_, next(self._serial), parent)
        self._peta[(jenis, id_)] = n
        self._per_serial[n.serial] = n
        return n

    def _bangun_subtree(self, obj: Any, jenis: str, parent: _Node) -> _Node:
        n = self._node_baru(jenis, obj.id, parent)
        if jenis == "tujuan":
            n.indikator = [self._bangun_subtree(i, "indikator", n) for i in obj.indikator]
            n.sasaran = [self._bangun_subtree(s, "sasaran", n) for s in obj.sasaran]
        elif jenis == "sasaran":
            n.indikator = [self._bangun_subtree(i, "indikator", n) for i in obj.indikator]
        return n

    def _bangun(self, *_: Any) -> None:
        self.beginResetModel()
        self._peta.clear()
        self._per_serial.clear()
        self._akar = None
        dok = self.ctl.dokumen
        if dok is not None and dok.id is not None:
            akar = self._node_baru("dokumen", dok.id, None)
            akar.tujuan = [self._bangun_subtree(t, "tujuan", akar) for t in dok.tujuan]
            self._akar = akar
        self.endResetModel()

    def _lepas(self, n: _Node) -> None:
        self._peta.pop((n.jenis, n.id), None)
        self._per_serial.pop(n.serial, None)
        for a in n.anak():
            self._lepas(a)

    # --- following the controller -------------------------------------------------------------

    def _berubah(self, jenis: str, id_: int) -> None:
        n = self._peta.get((jenis, id_))
        if n is not None:
            i = self._index_node(n)
            self.dataChanged.emit(i, i)

    def _ditambah(self, jenis: str, id_: int, pj: str, pid: int, posisi: int) -> None:
        induk = self._peta.get((pj, pid))
        if induk is None:
            return
        obj = self.ctl.cari(jenis, id_)
        baris = induk.baris_awal(jenis) + posisi
        self.beginInsertRows(self._index_node(induk), baris, baris)
        n = self._bangun_subtree(obj, jenis, induk)
        induk.daftar(jenis).insert(posisi, n)
        self.endInsertRows()

    def _dihapus(self, jenis: str, id_: int) -> None:
        n = self._peta.get((jenis, id_))
        if n is None or n.parent is None:
            return
        induk = n.parent
        baris = induk.anak().index(n)
        self.beginRemoveRows(self._index_node(induk), baris, baris)
        induk.daftar(jenis).remove(n)
        self._lepas(n)
        self.endRemoveRows()

    def _dipindah(self, jenis: str, id_: int, pj: str, pid: int, posisi: int) -> None:
        n = self._peta.get((jenis, id_))
        ke = self._peta.get((pj, pid))
        if n is None or n.parent is None or ke is None:
            return
        dari = n.parent
        baris_lama = dari.anak().index(n)
        baris_baru = ke.baris_awal(jenis) + posisi
        # Qt wants the destination row as it is before the move.
        tujuan_qt = baris_baru + 1 if (dari is ke and baris_baru > baris_lama) else baris_baru
        if dari is ke and tujuan_qt in (baris_lama, baris_lama + 1):
            return
        if not self.beginMoveRows(
            self._index_node(dari), baris_lama, baris_lama, self._index_node(ke), tujuan_qt
        ):
            self._bangun()
            return
        dari.daftar(jenis).remove(n)
        ke.daftar(jenis).insert(posisi, n)
        n.parent = ke
        self.endMoveRows()

    # --- lookups ------------------------------------------------------------------------------

    def _node(self, index: Index) -> _Node | None:
        if not index.isValid():
            return None
        return self._per_serial.get(index.internalId())

    def _index_node(self, n: _Node) -> QModelIndex:
        if n.parent is None:
            return self.createIndex(0, 0, n.serial)
        return self.createIndex(n.parent.anak().index(n), 0, n.serial)

    def index_dari(self, jenis: str, id_: int) -> QModelIndex:
        n = self._peta.get((jenis, id_))
        return self._index_node(n) if n is not None else QModelIndex()

    def kunci(self, index: Index) -> tuple[str, int] | None:
        n = self._node(index)
        return (n.jenis, n.id) if n is not None else None

    def indikator_pertama(self) -> QModelIndex:
        dok = self.ctl.dokumen
        if dok is None:
            return QModelIndex()
        semua = dok.semua_indikator()
        return self.index_dari("indikator", semua[0].id) if semua else QModelIndex()

    # --- QAbstractItemModel -------------------------------------------------------------------

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if column != 0 or row < 0:
            return QModelIndex()
        if not parent.isValid():
            if row == 0 and self._akar is not None:
                return self.createIndex(0, 0, self._akar.serial)
            return QModelIndex()
        p = self._node(parent)
        anak = p.anak_ke(row) if p is not None else None
        return self.createIndex(row, 0, anak.serial) if anak is not None else QModelIndex()

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        n = self._node(index)
        if n is None or n.parent is None:
            return QModelIndex()
        return self._index_node(n.parent)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        if parent.column() > 0:
            return 0
        if not parent.isValid():
            return 1 if self._akar is not None else 0
        n = self._node(parent)
        return n.jumlah_anak() if n is not None else 0

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 1

    def hasChildren(self, parent: Index = QModelIndex()) -> bool:  # noqa: N802, B008
        return self.rowCount(parent) > 0

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        n = self._node(index)
        if n is None:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._teks(n)
        if role == Qt.ItemDataRole.DecorationRole:
            return self._ikon.get(n.jenis)
        if role == Qt.ItemDataRole.UserRole:
            return f"{n.jenis}:{n.id}"
        return None

    def _teks(self, n: _Node) -> str:
        obj = self.ctl.cari(n.jenis, n.id)
        if n.jenis == "dokumen":
            judul = obj.profil.instansi or " ".join(obj.judul) or "Dokumen tanpa judul"
            if obj.periode is not None:
                judul += f" {obj.periode.mulai}–{obj.periode.selesai}"
            return judul
        teks = obj.nama if n.jenis == "indikator" else obj.uraian
        teks = " ".join(teks.split())
        return teks or KOSONG[n.jenis]

    def flags(self, index: Index) -> Qt.ItemFlag:
        n = self._node(index)
        if n is None:
            return Qt.ItemFlag.ItemIsDropEnabled
        f = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if n.jenis != "dokumen":
            f |= Qt.ItemFlag.ItemIsDragEnabled
        if n.jenis != "indikator":
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
        nodes = [n for n in (self._node(i) for i in indexes) if n is not None]
        if nodes:
            mime.setData(MIME, QByteArray(f"{nodes[0].jenis}:{nodes[0].id}".encode()))
        return mime

    def _tujuan_drop(
        self, data: QMimeData, row: int, parent: Index
    ) -> tuple[str, int, str, int, int] | None:
        """(jenis, id, parent jenis, parent id, posisi) of a valid drop, else None."""
        if not data.hasFormat(MIME):
            return None
        try:
            jenis, teks_id = bytes(data.data(MIME).data()).decode().split(":")
            id_ = int(teks_id)
        except ValueError:
            return None
        n = self._peta.get((jenis, id_))
        p = self._node(parent)
        if n is None or p is None or p.jenis not in INDUK_BOLEH.get(jenis, ()):
            return None
        # Dropping on a node of the same kind means "before it" among its siblings.
        daftar = p.daftar(jenis)
        awal = p.baris_awal(jenis)
        if row < 0:
            posisi = len(daftar)
        else:
            posisi = row - awal
            if posisi < 0 or posisi > len(daftar):
                return None  # an indicator between sasaran, or a sasaran among indicators
        if n.parent is p and n in daftar and daftar.index(n) < posisi:
            posisi -= 1  # the node leaves its old place first
        # A node cannot go inside itself.
        a: _Node | None = p
        while a is not None:
            if a is n:
                return None
            a = a.parent
        return jenis, id_, p.jenis, p.id, posisi

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
            self.ctl.pindah(*hasil)
        except IkuError as e:
            self.ctl.pesan.emit(e.pesan)
            return False
        # The move is done by the controller; the view must not remove the source rows itself.
        return True
