"""The yearly values of one indicator as a table: one row per year.

Columns: Target, one per formula component (formula indicators), Realisasi (computed and
read-only for formula indicators, typed otherwise) and Capaian (%), always computed. Values are
computed with ``core.compute`` and shown through ``l10n``; a value that cannot be had shows "-"
with the reason as tooltip. An entry is read with ``l10n.parse_angka``: a wrong one is refused
(``galat`` carries the message) and never reaches the writer.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtCore import Signal as _Signal
from PySide6.QtGui import QBrush, QColor, QPalette
from PySide6.QtWidgets import QApplication

from ikudesk import l10n
from ikudesk.domain import compute
from ikudesk.domain.model import Indikator
from ikudesk.errors import IkuError

__all__ = ["Kolom", "NilaiModel", "Penulis"]

#: Writes one value: (jenis "target" | "realisasi" | "komponen", kode or None, tahun, nilai).
Penulis = Callable[[str, str | None, int, Decimal | None], None]

# How many decimals the edit text keeps: enough to show what was typed, exactly.
_DESIMAL_EDIT = 12

_Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Kolom:
    jenis: str  # "target", "komponen", "realisasi", "capaian"
    judul: str
    kode: str | None = None
    uraian: str = ""

    @property
    def hitungan(self) -> bool:
        return self.jenis == "capaian"


class NilaiModel(QAbstractTableModel):
    galat = _Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ind: Indikator | None = None
        self._tahun: list[int] = []
        self._kolom: list[Kolom] = []
        self._penulis: Penulis | None = None
        # The yearly targets are signed content: read-only while the document is ditetapkan.
        self.target_terkunci = False

    # --- content -------------------------------------------------------------------------

    def atur_penulis(self, penulis: Penulis | None) -> None:
        self._penulis = penulis

    def atur(self, ind: Indikator | None, tahun: list[int]) -> None:
        """Show ``ind`` over ``tahun``; keeps the view's current cell when the shape stays."""
        kolom = self._buat_kolom(ind)
        if kolom == self._kolom and list(tahun) == self._tahun:
            self._ind = ind
            if self._tahun and self._kolom:
                self.dataChanged.emit(
                    self.index(0, 0),
                    self.index(len(self._tahun) - 1, len(self._kolom) - 1),
                )
            return
        self.beginResetModel()
        self._ind = ind
        self._tahun = list(tahun)
        self._kolom = kolom
        self.endResetModel()

    @staticmethod
    def _buat_kolom(ind: Indikator | None) -> list[Kolom]:
        if ind is None:
            return []
        kolom = [Kolom("target", "Target")]
        if ind.pakai_rumus:
            kolom += [Kolom("komponen", k.kode, k.kode, k.uraian) for k in ind.rumus.komponen]
        kolom.append(Kolom("realisasi", "Realisasi"))
        kolom.append(Kolom("capaian", "Capaian (%)"))
        return kolom

    @property
    def indikator(self) -> Indikator | None:
        return self._ind

    @property
    def tahun(self) -> list[int]:
        return list(self._tahun)

    @property
    def kolom(self) -> list[Kolom]:
        return list(self._kolom)

    def kolom_ke(self, jenis: str, kode: str | None = None) -> int:
        """The column number of ``jenis`` (and ``kode`` for a component); -1 when absent."""
        for i, k in enumerate(self._kolom):
            if k.jenis == jenis and k.kode == kode:
                return i
        return -1

    def _dihitung(self, kolom: Kolom) -> bool:
        """Read-only cells: capaian always, realisasi of a formula indicator."""
        return kolom.jenis == "capaian" or (
            kolom.jenis == "realisasi" and self._ind is not None and self._ind.pakai_rumus
        )

    def dari_survei(self, baris: int, kolom: int) -> bool:
        """A realisasi cell of a year whose IKM survey computes it: read-only (issue 13)."""
        return (
            self._kolom[kolom].jenis == "realisasi"
            and self._ind is not None
            and self._tahun[baris] in self._ind.survei_ikm
        )

    def hasil(self, baris: int, kolom: int) -> compute.Hasil:
        """The value in a cell, with the reason when there is none."""
        assert self._ind is not None
        ind, th, k = self._ind, self._tahun[baris], self._kolom[kolom]
        if k.jenis == "target":
            v = ind.target.get(th)
            return (
                compute.Hasil(v)
                if v is not None
                else compute.Hasil(None, compute.BELUM_DIISI, f"Target {th} belum diisi.")
            )
        if k.jenis == "komponen":
            assert k.kode is not None
            v = ind.nilai_komponen.get(th, {}).get(k.kode)
            return (
                compute.Hasil(v)
                if v is not None
                else compute.Hasil(
                    None,
                    compute.BELUM_DIISI,
                    f"Nilai '{k.uraian or k.kode}' tahun {th} belum diisi.",
                )
            )
        if k.jenis == "realisasi":
            return compute.hitung_realisasi(ind, th)
        return compute.hitung_capaian(ind, th)

    def alasan(self) -> list[str]:
        """Why each year has no capaian, one line per year: what the line under the table says."""
        if self._ind is None:
            return []
        kol = self.kolom_ke("capaian")
        hasil = []
        for b, th in enumerate(self._tahun):
            h = self.hasil(b, kol)
            if not h.ada:
                hasil.append(f"{th}: {h.alasan}")
        return hasil

    # --- Qt model ------------------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() or self._ind is None else len(self._tahun)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self._ind is None else len(self._kolom)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Vertical:
            if role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(self._tahun):
                return str(self._tahun[section])
            return None
        if not 0 <= section < len(self._kolom):
            return None
        k = self._kolom[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return k.judul
        if role == Qt.ItemDataRole.ToolTipRole:
            if k.jenis == "komponen":
                return k.uraian or k.kode
            if self._dihitung(k):
                return f"{k.judul}: dihitung otomatis, tidak dapat diisi."
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        f = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        survei = self.dari_survei(index.row(), index.column())
        k = self._kolom[index.column()]
        if self.target_terkunci and k.jenis == "target":
            return f
        if not self._dihitung(k) and not survei:
            f |= Qt.ItemFlag.ItemIsEditable
        return f

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self._ind is None:
            return None
        k = self._kolom[index.column()]
        survei = self.dari_survei(index.row(), index.column())
        dihitung = self._dihitung(k) or survei
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            h = self.hasil(index.row(), index.column())
            if role == Qt.ItemDataRole.EditRole:
                if h.nilai is None:
                    return ""
                # Exact, in the Indonesian form parse_angka reads back to the same number.
                return l10n.format_angka(h.nilai, _DESIMAL_EDIT)
            if h.nilai is None:
                return "-" if dihitung else ""
            return l10n.format_angka(h.nilai)
        if role == Qt.ItemDataRole.ToolTipRole:
            h = self.hasil(index.row(), index.column())
            if survei:
                isi = h.alasan or l10n.format_angka(h.nilai)
                return f"Realisasi dari survei IKM: {isi} (ubah lewat tombol Survei IKM…)"
            if not h.ada:
                return h.alasan
            if dihitung:
                return f"Dihitung otomatis: {l10n.format_angka(h.nilai)}"
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if dihitung and role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(
                QApplication.palette().color(QPalette.ColorRole.AlternateBase).darker(104)
            )
        if dihitung and role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(QColor(90, 90, 90))
        return None

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or self._ind is None:
            return False
        k = self._kolom[index.column()]
        if self._dihitung(k) or self.dari_survei(index.row(), index.column()):
            return False
        th = self._tahun[index.row()]
        teks = "" if value is None else str(value)
        sekarang = self.hasil(index.row(), index.column()).nilai
        try:
            nilai = None if not teks.strip() else l10n.parse_angka(teks, typed=True)
        except l10n.AngkaRagu as e:
            # The shown value given back unchanged ("84.125" for 84125) is no new entry.
            if sekarang in e.bacaan:
                return True
            self.galat.emit(f"{k.judul} {th}: {e.pesan}")
            return False
        except l10n.AngkaError as e:
            self.galat.emit(f"{k.judul} {th}: {e.pesan}")
            return False
        if nilai == sekarang:
            return True  # nothing changed: no write, no undo step
        if self._penulis is None:
            return False
        try:
            self._penulis(k.jenis, k.kode, th, nilai)
        except IkuError as e:
            self.galat.emit(f"{k.judul} {th}: {e.pesan}")
            return False
        return True
