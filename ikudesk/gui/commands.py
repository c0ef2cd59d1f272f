"""Undo steps: each user change is one ``QUndoCommand`` that writes the store, then the mirror.

A command does its first run through ``lakukan()`` before it is pushed, so a refused change
(``IkuError``) is never on the stack; ``redo()`` skips that first call from ``QUndoStack.push``.
Commands never touch widgets: the controller updates its mirror and emits signals.
"""

from __future__ import annotations

import copy
import time
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QTimer
from PySide6.QtGui import QUndoCommand

from ikudesk.domain.model import Indikator, Komponen, Sasaran, Tujuan
from ikudesk.errors import IkuError
from ikudesk.persistence import edit

if TYPE_CHECKING:
    from ikudesk.gui.controller import DocumentController

ID_UBAH_FIELD = 1001
# Typing in one field within this many seconds of the last change joins the same undo step.
JEDA_GABUNG = 2.0


class Perintah(QUndoCommand):
    def __init__(self, ctl: DocumentController, teks: str) -> None:
        super().__init__(teks)
        self.ctl = ctl
        self._pertama = True
        self._lewati = False  # the next undo/redo is only the stack's index being put back

    def lakukan(self) -> None:
        """First run; raises IkuError (nothing changed) when the store refuses."""
        self.maju()

    def redo(self) -> None:
        if self._pertama:
            self._pertama = False
            return
        if self._lewati:
            self._lewati = False
            return
        if not self._aman(self.maju):
            self._kembalikan_indeks(self.ctl.stack.undo)

    def undo(self) -> None:
        if self._lewati:
            self._lewati = False
            return
        if not self._aman(self.mundur):
            self._kembalikan_indeks(self.ctl.stack.redo)

    def _aman(self, fn: Any) -> bool:
        # Qt calls undo/redo; an exception cannot travel back through it, so report it instead.
        try:
            fn()
        except IkuError as e:
            self.ctl.pesan.emit(f"Gagal: {e.pesan}")
            return False
        return True

    def _kembalikan_indeks(self, langkah: Any) -> None:
        # The store did not change, but QUndoStack moves its index once we return. Move it back
        # (skipping this command's own run), or the next edit would drop the redo branch — and
        # with it, e.g., the only snapshot of a deleted subtree.
        self._lewati = True
        QTimer.singleShot(0, langkah)

    def maju(self) -> None:
        raise NotImplementedError

    def mundur(self) -> None:
        raise NotImplementedError


class UbahField(Perintah):
    def __init__(
        self, ctl: DocumentController, jenis: str, id_: int, field_: str, nilai: Any, teks: str
    ) -> None:
        super().__init__(ctl, teks)
        self.jenis, self.id_, self.field_ = jenis, id_, field_
        self.nilai = copy.deepcopy(nilai)
        self.lama: Any = None
        self.waktu = time.monotonic()

    def _tulis(self, nilai: Any) -> Any:
        nilai = copy.deepcopy(nilai)
        with self.ctl.transaksi() as s:
            lama = edit.ubah_field(s, self.jenis, self.id_, self.field_, nilai)
        self.ctl.terapkan_field(self.jenis, self.id_, self.field_, copy.deepcopy(nilai))
        return lama, nilai

    def maju(self) -> None:
        lama, self.nilai = self._tulis(self.nilai)
        if self._pertama:
            self.lama = lama

    def mundur(self) -> None:
        self.lama = self._tulis(self.lama)[1]

    def id(self) -> int:
        return ID_UBAH_FIELD if isinstance(self.nilai, str) else -1

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 - Qt's name
        if not isinstance(other, UbahField) or (other.jenis, other.id_, other.field_) != (
            self.jenis,
            self.id_,
            self.field_,
        ):
            return False
        if other.waktu - self.waktu > JEDA_GABUNG:
            return False
        self.nilai = other.nilai
        self.waktu = other.waktu
        if self.nilai == self.lama:
            self.setObsolete(True)
        return True


class SetNilai(Perintah):
    def __init__(
        self,
        ctl: DocumentController,
        indikator_id: int,
        jenis: str,
        tahun: int,
        nilai: Decimal | None,
        teks: str,
    ) -> None:
        super().__init__(ctl, teks)
        self.indikator_id, self.jenis, self.tahun, self.nilai = indikator_id, jenis, tahun, nilai
        self.lama: Decimal | None = None

    def _tulis(self, nilai: Decimal | None) -> Decimal | None:
        with self.ctl.transaksi() as s:
            lama = edit.set_nilai(s, self.indikator_id, self.jenis, self.tahun, nilai)
        self.ctl.terapkan_nilai(self.indikator_id, self.jenis, self.tahun, nilai)
        return lama

    def maju(self) -> None:
        lama = self._tulis(self.nilai)
        if self._pertama:
            self.lama = lama

    def mundur(self) -> None:
        self._tulis(self.lama)


class SetNilaiKomponen(SetNilai):
    """A component's value in one year: SetNilai's undo, with the component code as ``jenis``."""

    def _tulis(self, nilai: Decimal | None) -> Decimal | None:
        kode = self.jenis
        with self.ctl.transaksi() as s:
            lama = edit.set_nilai_komponen(s, self.indikator_id, kode, self.tahun, nilai)
        self.ctl.terapkan_nilai_komponen(self.indikator_id, kode, self.tahun, nilai)
        return lama


class UbahRumus(Perintah):
    def __init__(
        self,
        ctl: DocumentController,
        indikator_id: int,
        ekspresi: str | None,
        komponen: list[Komponen],
        hapus_nilai: bool,
        teks: str,
    ) -> None:
        super().__init__(ctl, teks)
        self.indikator_id = indikator_id
        self.ekspresi = ekspresi
        self.komponen = copy.deepcopy(komponen)
        self.hapus_nilai = hapus_nilai
        self.lama: edit.RumusLama | None = None

    def maju(self) -> None:
        komponen = copy.deepcopy(self.komponen)
        with self.ctl.transaksi() as s:
            lama = edit.ubah_rumus(s, self.indikator_id, self.ekspresi, komponen, self.hapus_nilai)
            baru = edit.baca_indikator(s, self.indikator_id)
        if self._pertama:
            self.lama = lama
        self.ctl.terapkan_rumus(self.indikator_id, baru)

    def mundur(self) -> None:
        assert self.lama is not None
        with self.ctl.transaksi() as s:
            edit.pulihkan_rumus(s, self.indikator_id, self.lama)
            baru = edit.baca_indikator(s, self.indikator_id)
        self.ctl.terapkan_rumus(self.indikator_id, baru)


Node = Tujuan | Sasaran | Indikator


class Tambah(Perintah):
    """Insert a node; the same ids come back on redo, so later steps still find their rows."""

    def __init__(
        self,
        ctl: DocumentController,
        node: Node,
        parent_jenis: str,
        parent_id: int,
        posisi: int,
        teks: str,
    ) -> None:
        super().__init__(ctl, teks)
        self.node = copy.deepcopy(node)
        self.parent_jenis, self.parent_id, self.posisi = parent_jenis, parent_id, posisi
        self.jenis = edit._jenis_node(node)
        self.id_baru = -1

    def maju(self) -> None:
        node = copy.deepcopy(self.node)
        with self.ctl.transaksi() as s:
            self.id_baru = edit.sisipkan(s, node, self.parent_jenis, self.parent_id, self.posisi)
            self.posisi = edit.letak(s, self.jenis, self.id_baru).posisi
        self.node = copy.deepcopy(node)
        self.ctl.mirror_sisip(node, self.parent_jenis, self.parent_id, self.posisi)

    def mundur(self) -> None:
        with self.ctl.transaksi() as s:
            edit.hapus(s, self.jenis, self.id_baru)
        self.ctl.mirror_hapus(self.jenis, self.id_baru)


class Hapus(Perintah):
    def __init__(self, ctl: DocumentController, jenis: str, id_: int, teks: str) -> None:
        super().__init__(ctl, teks)
        self.jenis, self.id_ = jenis, id_
        self.potret: edit.Potret | None = None

    def maju(self) -> None:
        with self.ctl.transaksi() as s:
            self.potret = edit.hapus(s, self.jenis, self.id_)
        self.ctl.mirror_hapus(self.jenis, self.id_)

    def mundur(self) -> None:
        assert self.potret is not None
        with self.ctl.transaksi() as s:
            edit.pulihkan(s, self.potret)
        t = self.potret.letak
        self.ctl.mirror_sisip(
            copy.deepcopy(self.potret.node), t.parent_jenis, t.parent_id, t.posisi
        )


class Pindah(Perintah):
    def __init__(
        self,
        ctl: DocumentController,
        jenis: str,
        id_: int,
        parent_jenis: str,
        parent_id: int,
        posisi: int,
        teks: str,
    ) -> None:
        super().__init__(ctl, teks)
        self.jenis, self.id_ = jenis, id_
        self.ke = edit.Letak(parent_jenis, parent_id, posisi)
        self.dari: edit.Letak | None = None

    def _ke(self, tujuan: edit.Letak) -> edit.Letak:
        with self.ctl.transaksi() as s:
            lama = edit.pindah(
                s, self.jenis, self.id_, tujuan.parent_jenis, tujuan.parent_id, tujuan.posisi
            )
            baru = edit.letak(s, self.jenis, self.id_)
        self.ctl.mirror_pindah(self.jenis, self.id_, baru.parent_jenis, baru.parent_id, baru.posisi)
        return lama

    def maju(self) -> None:
        lama = self._ke(self.ke)
        if self._pertama:
            self.dari = lama

    def mundur(self) -> None:
        assert self.dari is not None
        self._ke(self.dari)


class Duplikat(Perintah):
    def __init__(self, ctl: DocumentController, indikator_id: int, teks: str) -> None:
        super().__init__(ctl, teks)
        self.indikator_id = indikator_id
        self.potret: edit.Potret | None = None
        self.id_baru = -1

    def maju(self) -> None:
        with self.ctl.transaksi() as s:
            if self.potret is None:
                self.id_baru, tempat = edit.duplikat_indikator(s, self.indikator_id)
                self.potret = edit.Potret(edit.baca_indikator(s, self.id_baru), tempat)
            else:
                edit.pulihkan(s, self.potret)
        t = self.potret.letak
        self.ctl.mirror_sisip(
            copy.deepcopy(self.potret.node), t.parent_jenis, t.parent_id, t.posisi
        )

    def mundur(self) -> None:
        with self.ctl.transaksi() as s:
            edit.hapus(s, "indikator", self.id_baru)
        self.ctl.mirror_hapus("indikator", self.id_baru)
