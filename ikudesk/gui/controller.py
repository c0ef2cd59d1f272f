"""The one object the widgets talk to: store, undo stack and an in-memory mirror of the document.

The mirror (``model.Dokumen`` with ids) is always equal to what the store holds for the open
document: every change goes store first (one transaction), mirror second, signals last. See
docs/gui-contract.md for the interface the editor panels use.
"""

from __future__ import annotations

import copy
from collections.abc import Iterator
from contextlib import contextmanager
from decimal import Decimal
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from ikudesk.domain.model import Dokumen, Indikator, Komponen, Periode, Sasaran, Tujuan
from ikudesk.errors import IkuError, StoreError, TidakDitemukan

if TYPE_CHECKING:
    from sqlmodel import Session

    from ikudesk.persistence.repo import RingkasanDokumen
    from ikudesk.persistence.store import Store

# The store side (SQLAlchemy, SQLModel, the edit functions) is imported on first use, not
# with this module: the window can then paint before the ORM has loaded (start ≤ 0.6 s).


def _edit() -> ModuleType:
    from ikudesk.persistence import edit

    return edit


def _commands() -> ModuleType:
    from ikudesk.gui import commands

    return commands


def _repo() -> ModuleType:
    from ikudesk.persistence import repo

    return repo


Node = Dokumen | Tujuan | Sasaran | Indikator
Kunci = tuple[str, int]

# Indonesian names of the fields, for the undo texts ("Ubah nama indikator").
NAMA_FIELD = {
    "uraian": "uraian",
    "kelompok": "kelompok",
    "nama": "nama",
    "satuan": "satuan",
    "sumber_data": "sumber data",
    "penanggung_jawab": "penanggung jawab",
    "polaritas": "polaritas",
    "rumus.penjelasan": "penjelasan rumus",
    "judul": "judul",
    "periode": "periode",
    "profil.instansi": "nama instansi",
    "profil.pemerintah_daerah": "pemerintah daerah",
    "profil.kepala": "baris kepala",
    "tabel.kolom": "kolom tabel",
    "tabel.nomor_per": "penomoran",
    "tabel.nomori_indikator": "penomoran indikator",
    "tabel.baris_nomor_kolom": "baris nomor kolom",
    "tabel.judul": "judul tabel",
    "catatan": "catatan",
    "penandatangan": "penandatangan",
}


def teks_ubah(jenis: str, field_: str) -> str:
    """The default undo text of a field change, e.g. "Ubah nama indikator"."""
    return f"Ubah {NAMA_FIELD.get(field_, field_)} {jenis}"


class DocumentController(QObject):
    dokumen_dibuka = Signal(int)
    node_berubah = Signal(str, int)
    nilai_berubah = Signal(int)
    struktur_berubah = Signal()
    pesan = Signal(str)
    # Fine-grained structure signals for the tree model (emitted after the mirror changed):
    node_ditambah = Signal(str, int, str, int, int)  # jenis, id, parent jenis, parent id, posisi
    node_dihapus = Signal(str, int)
    node_dipindah = Signal(str, int, str, int, int)  # jenis, id, new parent jenis, id, posisi
    # The list of documents in the store changed (new, duplicated, deleted, imported).
    daftar_berubah = Signal()

    def __init__(self, store: Store | None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self.stack = QUndoStack(self)
        self._dok: Dokumen | None = None
        self._peta: dict[Kunci, Node] = {}
        self._induk: dict[Kunci, Kunci] = {}
        self._terakhir: int | None = None

    # --- store --------------------------------------------------------------------------------

    @property
    def store(self) -> Store:
        if self._store is None:
            raise StoreError("Penyimpanan sedang ditutup.")
        return self._store

    @contextmanager
    def transaksi(self) -> Iterator[Session]:
        """One store transaction; database failures become an Indonesian ``StoreError``."""
        from sqlalchemy.exc import SQLAlchemyError

        try:
            with self.store.transaksi() as s:
                yield s
        except SQLAlchemyError as e:
            raise StoreError(
                f"Perubahan tidak dapat disimpan ke penyimpanan '{self.store.path}': "
                f"{getattr(e, 'orig', e)}."
            ) from None

    def lepas_store(self) -> Path:
        """Close the store (undo stack cleared, no document open); return its path."""
        path = self.store.path
        self._terakhir = self._dok.id if self._dok else self._terakhir
        self.tutup()
        self.store.close()
        self._store = None
        return path

    def pasang_store(self, store: Store) -> None:
        """Attach a (re)opened store; reopen the last document if it still exists."""
        self._store = store
        self.daftar_berubah.emit()
        ids = {r.id for r in self.daftar()}
        if self._terakhir in ids:
            self.buka(self._terakhir)  # type: ignore[arg-type]

    # --- documents ----------------------------------------------------------------------------

    @property
    def dokumen(self) -> Dokumen | None:
        return self._dok

    def daftar(self) -> list[RingkasanDokumen]:
        return _repo().daftar_dokumen(self.store)

    def buka(self, dokumen_id: int) -> None:
        dok = _repo().muat_dokumen(self.store, dokumen_id)
        self.stack.clear()
        self._dok = dok
        self._terakhir = dokumen_id
        self._index_ulang()
        self.dokumen_dibuka.emit(dokumen_id)

    def tutup(self) -> None:
        self.stack.clear()
        self._dok = None
        self._peta.clear()
        self._induk.clear()
        self.dokumen_dibuka.emit(-1)

    def buat_dokumen(self, dok: Dokumen) -> int:
        """Store a new document and open it (not an undo step: deleting it is its own action)."""
        with self.transaksi() as s:
            did = _repo().tulis_dokumen(s, copy.deepcopy(dok))
        self.daftar_berubah.emit()
        self.buka(did)
        return did

    def duplikat_dokumen(self, dokumen_id: int, periode: Periode | None) -> int:
        """A copy for a new period (structure and targets kept, realisasi empty), opened."""
        with self.transaksi() as s:
            did = _edit().duplikat_dokumen(s, dokumen_id, periode)
        self.daftar_berubah.emit()
        self.buka(did)
        return did

    def hapus_dokumen(self, dokumen_id: int) -> None:
        from sqlalchemy.exc import SQLAlchemyError

        try:
            _repo().hapus_dokumen(self.store, dokumen_id)
        except SQLAlchemyError as e:
            raise StoreError(f"Dokumen tidak dapat dihapus: {getattr(e, 'orig', e)}.") from None
        if self._dok is not None and self._dok.id == dokumen_id:
            self.tutup()
        self.daftar_berubah.emit()

    def impor_file(self, path: str | Path) -> int:
        """Read a document file (every check of the command line) and store it; its id."""
        from ikudesk.files.docfile import baca_file

        dok = baca_file(path)  # checked completely before the store is touched
        return self.buat_dokumen(dok)

    def ekspor_file(self, path: str | Path) -> None:
        from ikudesk.files.docfile import tulis_file

        if self._dok is None:
            raise IkuError("Belum ada dokumen yang dibuka.")
        tulis_file(_repo().muat_dokumen(self.store, self._dok.id), path)  # type: ignore[arg-type]

    # --- the mirror ---------------------------------------------------------------------------

    def cari(self, jenis: str, id_: int) -> Any:
        """The mirror's dataclass for (jenis, id); raises TidakDitemukan."""
        try:
            return self._peta[(jenis, id_)]
        except KeyError:
            raise TidakDitemukan(
                f"{jenis.capitalize()} nomor {id_} tidak ada di dokumen ini."
            ) from None

    def ada(self, jenis: str, id_: int) -> bool:
        return (jenis, id_) in self._peta

    def induk(self, jenis: str, id_: int) -> Kunci:
        """(parent jenis, parent id) of a node in the mirror."""
        return self._induk[(jenis, id_)]

    def _index_ulang(self) -> None:
        self._peta.clear()
        self._induk.clear()
        if self._dok is None:
            return
        self._peta[("dokumen", self._dok.id)] = self._dok  # type: ignore[index]
        for t in self._dok.tujuan:
            self._index_subtree(t, ("dokumen", self._dok.id))  # type: ignore[arg-type]

    def _index_subtree(self, node: Node, induk: Kunci) -> None:
        k = (_jenis(node), node.id)
        self._peta[k] = node  # type: ignore[index]
        self._induk[k] = induk  # type: ignore[index]
        if isinstance(node, Tujuan):
            for i in node.indikator:
                self._index_subtree(i, k)  # type: ignore[arg-type]
            for s in node.sasaran:
                self._index_subtree(s, k)  # type: ignore[arg-type]
        elif isinstance(node, Sasaran):
            for i in node.indikator:
                self._index_subtree(i, k)  # type: ignore[arg-type]

    def _lepas_subtree(self, node: Node) -> None:
        k = (_jenis(node), node.id)
        self._peta.pop(k, None)  # type: ignore[arg-type]
        self._induk.pop(k, None)  # type: ignore[arg-type]
        for anak in _anak(node):
            self._lepas_subtree(anak)

    def anak_list(self, jenis: str, parent_jenis: str, parent_id: int) -> list[Any]:
        """The mirror list holding children of ``jenis`` under a parent."""
        p = self.cari(parent_jenis, parent_id)
        if jenis == "tujuan":
            return p.tujuan
        if jenis == "sasaran":
            return p.sasaran
        return p.indikator

    def mirror_sisip(self, node: Node, parent_jenis: str, parent_id: int, posisi: int) -> None:
        jenis = _jenis(node)
        daftar = self.anak_list(jenis, parent_jenis, parent_id)
        posisi = max(0, min(posisi, len(daftar)))
        daftar.insert(posisi, node)
        self._index_subtree(node, (parent_jenis, parent_id))
        self.node_ditambah.emit(jenis, node.id, parent_jenis, parent_id, posisi)
        self.struktur_berubah.emit()

    def mirror_hapus(self, jenis: str, id_: int) -> None:
        node = self.cari(jenis, id_)
        pj, pid = self.induk(jenis, id_)
        self.anak_list(jenis, pj, pid).remove(node)
        self._lepas_subtree(node)
        self.node_dihapus.emit(jenis, id_)
        self.struktur_berubah.emit()

    def mirror_pindah(
        self, jenis: str, id_: int, parent_jenis: str, parent_id: int, posisi: int
    ) -> None:
        node = self.cari(jenis, id_)
        pj, pid = self.induk(jenis, id_)
        self.anak_list(jenis, pj, pid).remove(node)
        self.anak_list(jenis, parent_jenis, parent_id).insert(posisi, node)
        self._induk[(jenis, id_)] = (parent_jenis, parent_id)
        self.node_dipindah.emit(jenis, id_, parent_jenis, parent_id, posisi)
        self.struktur_berubah.emit()

    def terapkan_field(self, jenis: str, id_: int, field_: str, nilai: Any) -> None:
        obj = self.cari(jenis, id_)
        *jalan, akhir = field_.split(".")
        for bagian in jalan:
            obj = getattr(obj, bagian)
        setattr(obj, akhir, nilai)
        self.node_berubah.emit(jenis, id_)
        if field_ == "periode":
            # Which years exist changed: every indicator's values are shown anew.
            for ind in self._dok.semua_indikator() if self._dok else []:
                self.nilai_berubah.emit(ind.id)

    def terapkan_nilai(
        self, indikator_id: int, jenis: str, tahun: int, nilai: Decimal | None
    ) -> None:
        d = getattr(self.cari("indikator", indikator_id), jenis)
        if nilai is None:
            d.pop(tahun, None)
        else:
            d[tahun] = nilai
        self.nilai_berubah.emit(indikator_id)

    def terapkan_nilai_komponen(
        self, indikator_id: int, kode: str, tahun: int, nilai: Decimal | None
    ) -> None:
        nk = self.cari("indikator", indikator_id).nilai_komponen
        if nilai is None:
            per = nk.get(tahun, {})
            per.pop(kode, None)
            if not per:
                nk.pop(tahun, None)
        else:
            nk.setdefault(tahun, {})[kode] = nilai
        self.nilai_berubah.emit(indikator_id)

    def terapkan_rumus(self, indikator_id: int, baru: Indikator) -> None:
        ind = self.cari("indikator", indikator_id)
        ind.rumus.ekspresi = baru.rumus.ekspresi
        ind.rumus.komponen = baru.rumus.komponen
        ind.nilai_komponen = baru.nilai_komponen
        self.node_berubah.emit("indikator", indikator_id)
        self.nilai_berubah.emit(indikator_id)

    # --- edits (each one undo step) -----------------------------------------------------------

    def _jalankan(self, cmd: Any) -> None:
        if self._dok is None:
            raise IkuError("Belum ada dokumen yang dibuka.")
        cmd.lakukan()  # raises before anything is pushed or changed
        self.stack.push(cmd)

    def ubah_field(
        self, jenis: str, id_: int, field_: str, nilai: Any, teks: str | None = None
    ) -> None:
        if not _edit().field_dikenal(jenis, field_):
            raise IkuError(f"Isian '{field_}' dari {jenis} tidak dikenal.")
        lama = self._nilai_mirror(jenis, id_, field_)
        if lama == nilai:
            return  # nothing to store and no empty undo step
        self._jalankan(
            _commands().UbahField(self, jenis, id_, field_, nilai, teks or teks_ubah(jenis, field_))
        )

    def _nilai_mirror(self, jenis: str, id_: int, field_: str) -> Any:
        obj = self.cari(jenis, id_)
        for bagian in field_.split("."):
            obj = getattr(obj, bagian)
        return obj

    def ubah_rumus(
        self,
        indikator_id: int,
        ekspresi: str | None,
        komponen: list[Komponen],
        hapus_nilai: bool = False,
    ) -> None:
        self.cari("indikator", indikator_id)
        self._jalankan(
            _commands().UbahRumus(self, indikator_id, ekspresi, komponen, hapus_nilai, "Ubah rumus")
        )

    def set_nilai(self, indikator_id: int, jenis: str, tahun: int, nilai: Decimal | None) -> None:
        ind = self.cari("indikator", indikator_id)
        if (
            jenis in ("target", "realisasi")
            and getattr(ind, jenis).get(tahun) == nilai
            and (nilai is None or tahun in getattr(ind, jenis))
        ):
            return
        teks = f"Ubah {jenis} {tahun}"
        self._jalankan(_commands().SetNilai(self, indikator_id, jenis, tahun, nilai, teks))

    def set_nilai_komponen(
        self, indikator_id: int, kode: str, tahun: int, nilai: Decimal | None
    ) -> None:
        ind = self.cari("indikator", indikator_id)
        if ind.nilai_komponen.get(tahun, {}).get(kode) == nilai:
            return
        teks = f"Ubah nilai {kode} {tahun}"
        self._jalankan(_commands().SetNilaiKomponen(self, indikator_id, kode, tahun, nilai, teks))

    def tambah_tujuan(self, posisi: int | None = None) -> int:
        assert self._dok is not None and self._dok.id is not None
        posisi = len(self._dok.tujuan) if posisi is None else posisi
        cmd = _commands().Tambah(self, Tujuan(), "dokumen", self._dok.id, posisi, "Tambah tujuan")
        self._jalankan(cmd)
        return cmd.id_baru

    def tambah_sasaran(self, tujuan_id: int, posisi: int | None = None) -> int:
        t = self.cari("tujuan", tujuan_id)
        posisi = len(t.sasaran) if posisi is None else posisi
        cmd = _commands().Tambah(self, Sasaran(), "tujuan", tujuan_id, posisi, "Tambah sasaran")
        self._jalankan(cmd)
        return cmd.id_baru

    def tambah_indikator(self, parent_jenis: str, parent_id: int, posisi: int | None = None) -> int:
        p = self.cari(parent_jenis, parent_id)
        if parent_jenis not in ("tujuan", "sasaran"):
            raise IkuError("Indikator hanya dapat ditambahkan di bawah tujuan atau sasaran.")
        posisi = len(p.indikator) if posisi is None else posisi
        cmd = _commands().Tambah(
            self, Indikator(), parent_jenis, parent_id, posisi, "Tambah indikator"
        )
        self._jalankan(cmd)
        return cmd.id_baru

    def hapus(self, jenis: str, id_: int) -> None:
        self.cari(jenis, id_)
        self._jalankan(_commands().Hapus(self, jenis, id_, f"Hapus {jenis}"))

    def pindah(self, jenis: str, id_: int, parent_jenis: str, parent_id: int, posisi: int) -> None:
        self.cari(jenis, id_)
        self.cari(parent_jenis, parent_id)
        if self.induk(jenis, id_) == (parent_jenis, parent_id):
            daftar = self.anak_list(jenis, parent_jenis, parent_id)
            if daftar.index(self.cari(jenis, id_)) == max(0, min(posisi, len(daftar) - 1)):
                return  # already there: no empty undo step
        self._jalankan(
            _commands().Pindah(
                self, jenis, id_, parent_jenis, parent_id, posisi, f"Pindahkan {jenis}"
            )
        )

    def duplikat_indikator(self, id_: int) -> int:
        self.cari("indikator", id_)
        cmd = _commands().Duplikat(self, id_, "Gandakan indikator")
        self._jalankan(cmd)
        return cmd.id_baru


def _jenis(node: Any) -> str:
    if isinstance(node, Dokumen):
        return "dokumen"
    if isinstance(node, Tujuan):
        return "tujuan"
    if isinstance(node, Sasaran):
        return "sasaran"
    return "indikator"


def _anak(node: Any) -> list[Any]:
    if isinstance(node, Tujuan):
        return [*node.indikator, *node.sasaran]
    if isinstance(node, Sasaran):
        return list(node.indikator)
    return []
