"""The survey page: the respondents of one indicator's survey of one year in a spreadsheet-like
grid, the import of a form export, and the results beside the grid, computed live.

Every change is one ``SetSurvei`` with the whole new survey (one undo step): a typed cell, a
pasted block, cleared cells, removed rows, an accepted import. The grid reads the session's
survey and never keeps a copy of its own."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, QTimer
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QDialog,
    QHeaderView,
    QInputDialog,
    QMessageBox,
    QTableWidgetItem,
    QWidget,
)

from ikudesk.domain.ikm import hitung_ikm
from ikudesk.domain.ikm_tampil import judul_survei, teks_dua_desimal, teks_penimbang
from ikudesk.domain.keys import NodeKind
from ikudesk.domain.model import PENIMBANG, SurveiIkm
from ikudesk.errors import IkuError
from ikudesk.gui.forms.ui_survei_halaman import Ui_HalamanSurvei
from ikudesk.gui.jendela_tahunan import JendelaTahunan
from ikudesk.gui.print_dialog import OpsiCetak
from ikudesk.gui.survei import sunting

_Index = QModelIndex | QPersistentModelIndex
LABEL_PENIMBANG = {"eksak": "1/n (eksak)", "0,111": "0,111", "0,11": "0,11"}


class RespondenModel(QAbstractTableModel):
    """One row per questionnaire (and an empty last row to type a new one into)."""

    def __init__(self, ubah: Callable[[SurveiIkm, str], bool], parent: Any = None) -> None:
        super().__init__(parent)
        self._s: SurveiIkm | None = None
        self._ubah = ubah  # stores a new survey as one undo step; False when refused

    @property
    def survei(self) -> SurveiIkm | None:
        return self._s

    def set_survei(self, s: SurveiIkm | None) -> None:
        self.beginResetModel()
        self._s = s
        self.endResetModel()

    def dapat_diperbarui(self, s: SurveiIkm | None) -> bool:
        """Whether ``s`` can be shown without a reset (same columns): an open cell editor
        then stays where it is and the next cell is typed on top of what was just stored."""
        lama = self._s
        return lama is not None and s is not None and len(lama.unsur) == len(s.unsur)

    def perbarui(self, s: SurveiIkm | None) -> None:
        """Show ``s``: rows added or removed at the end, every cell refreshed; a reset only
        when the columns changed."""
        if s is self._s:
            return
        if not self.dapat_diperbarui(s):
            self.set_survei(s)
            return
        assert self._s is not None and s is not None
        lama, baru = len(self._s.responden), len(s.responden)
        if baru > lama:  # the new-row line became a respondent: a new "*" line below it
            self.beginInsertRows(QModelIndex(), lama + 1, baru)
            self._s = s
            self.endInsertRows()
        elif baru < lama:
            self.beginRemoveRows(QModelIndex(), baru + 1, lama)
            self._s = s
            self.endRemoveRows()
        self._s = s
        if self.rowCount():
            self.dataChanged.emit(
                self.index(0, 0), self.index(self.rowCount() - 1, self.columnCount() - 1)
            )
        self.headerDataChanged.emit(Qt.Orientation.Vertical, 0, self.rowCount() - 1)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() or self._s is None else len(self._s.responden) + 1

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self._s is None else sunting.jumlah_kolom(self._s)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if self._s is None:
            return None
        if orientation == Qt.Orientation.Vertical:
            if role == Qt.ItemDataRole.DisplayRole:
                return "*" if section == len(self._s.responden) else str(section + 1)
            return None
        n = len(self._s.unsur)
        if role == Qt.ItemDataRole.DisplayRole:
            return sunting.judul_kolom(self._s, section)
        if role == Qt.ItemDataRole.ToolTipRole:
            if section < n:
                return f"Unsur {section + 1}: {self._s.unsur[section]} (jawaban 1–4)"
            return {
                "JK": "Jenis kelamin: L atau P",
                "Usia": "Usia dalam tahun",
            }.get(sunting.judul_kolom(self._s, section))
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if self._s is None or not index.isValid():
            return None
        b, k = index.row(), index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if b >= len(self._s.responden):
                return ""
            return sunting.teks_sel(self._s.responden[b], k, len(self._s.unsur))
        if role == Qt.ItemDataRole.TextAlignmentRole and k < len(self._s.unsur) + 2:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        f = super().flags(index)
        return f | Qt.ItemFlag.ItemIsEditable if index.isValid() else f

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if self._s is None or role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        teks = "" if value is None else str(value)
        b, k = index.row(), index.column()
        if b >= len(self._s.responden) and not teks.strip():
            return False  # nothing typed into the new row
        if b < len(self._s.responden) and teks == self.data(index):
            return False
        try:
            baru = sunting.ubah_sel(self._s, b, k, teks)
        except IkuError as e:
            return self._ubah(self._s, e.pesan)  # the page shows the reason
        return self._ubah(baru, "")


class HalamanSurvei(QWidget):
    """The page for one indicator; the year is chosen on it."""

    def __init__(self, controller: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_HalamanSurvei()
        self.ui.setupUi(self)
        self.controller = controller
        self.indikator_id: int | None = None
        self.tahun: int | None = None
        self._memuat = False
        self._tunda_muat = False
        self._awal_tab: int | None = None  # the column a run of Tabs began in
        self.model = RespondenModel(self._simpan_dari_model, self)
        g = self.ui.grid
        g.setModel(self.model)
        g.itemDelegate().closeEditor.connect(lambda e, h: self._editor_ditutup(e, h))
        g.setEditTriggers(
            QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        g.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        g.verticalHeader().setDefaultSectionSize(g.fontMetrics().height() + 8)
        for urutan, (teks, kunci, fungsi) in enumerate(
            (
                ("Tempel", QKeySequence.StandardKey.Paste, self.tempel),
                ("Salin", QKeySequence.StandardKey.Copy, self.salin),
                ("Kosongkan", QKeySequence.StandardKey.Delete, self.kosongkan),
            )
        ):
            a = QAction(teks, g)
            a.setShortcut(kunci)
            a.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            a.triggered.connect(fungsi)
            a.setObjectName(f"aksi{urutan}")
            g.addAction(a)
        t = self.ui.nrrTabel
        t.verticalHeader().setDefaultSectionSize(t.fontMetrics().height() + 6)
        t.setWordWrap(False)
        t.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for c in (1, 2):
            t.horizontalHeader().setSectionResizeMode(c, QHeaderView.ResizeMode.ResizeToContents)
        self.ui.pemisah.setStretchFactor(0, 3)
        self.ui.pemisah.setStretchFactor(1, 2)
        for p in PENIMBANG:
            self.ui.penimbangCombo.addItem(LABEL_PENIMBANG.get(p, p), p)
        self.ui.tahunCombo.currentIndexChanged.connect(self._tahun_dipilih)
        self.ui.penimbangCombo.currentIndexChanged.connect(self._penimbang_dipilih)
        self.ui.buatTombol.clicked.connect(self.buat)
        self.ui.imporTombol.clicked.connect(self.impor)
        self.ui.hapusBarisTombol.clicked.connect(self.hapus_baris)
        self.ui.hapusSurveiTombol.clicked.connect(self.hapus_survei)
        self.ui.unsurTombol.clicked.connect(self.ubah_unsur)
        #: Asks for the unsur names (one per line); None when cancelled. Replaceable in tests.
        self.minta_unsur: Callable[[list[str]], str | None] = self._minta_unsur
        controller.nilai_changed.connect(lambda *_: self.muat())
        controller.node_changed.connect(lambda *_: self.muat())
        controller.structure_changed.connect(self.muat)
        controller.dokumen_opened.connect(lambda *_: self.muat())

    # --- what is shown ------------------------------------------------------------------------

    def tampilkan(self, indikator_id: int, tahun: int | None = None) -> None:
        self.indikator_id = indikator_id
        self.tahun = tahun
        self.muat()

    def _editor_ditutup(self, editor: QWidget, hint: QAbstractItemDelegate.EndEditHint) -> None:
        # Enter moves to the next row, as in a spreadsheet: back to the column where a run of
        # Tabs began (U1 after typing a whole questionnaire), else the same column.
        H = QAbstractItemDelegate.EndEditHint
        sel = self.ui.grid.indexAt(editor.geometry().center())
        if hint == H.EditNextItem:
            if self._awal_tab is None and sel.isValid():
                self._awal_tab = sel.column()
            return
        kolom = self._awal_tab if hint == H.SubmitModelCache else None
        self._awal_tab = None
        turun = hint == H.SubmitModelCache
        QTimer.singleShot(0, lambda: self._muat_tertunda(turun, kolom))

    def _muat_tertunda(self, turun: bool = False, kolom: int | None = None) -> None:
        if self._tunda_muat:
            self.muat()
        g = self.ui.grid
        kini = g.currentIndex()
        if turun and kini.isValid() and kini.row() + 1 < self.model.rowCount():
            k = kini.column() if kolom is None else kolom
            g.setCurrentIndex(self.model.index(kini.row() + 1, k))

    def _indikator(self) -> Any:
        if self.indikator_id is None or not self.controller.has(
            NodeKind.INDIKATOR, self.indikator_id
        ):
            return None
        return self.controller.node(NodeKind.INDIKATOR, self.indikator_id)

    def survei(self) -> SurveiIkm | None:
        ind = self._indikator()
        return None if ind is None or self.tahun is None else ind.survei_ikm.get(self.tahun)

    def muat(self) -> None:
        """Show the session's survey (after any change, undo or redo).

        While a cell editor is open (its typed value is being stored right now) the grid is
        not reset under it: that waits until the editor has closed."""
        if self.ui.grid.state() == QAbstractItemView.State.EditingState:
            # Tab stored a cell and opened the next one: show the stored survey under the
            # open editor (its typing goes on top of it); anything larger waits.
            s = self.survei()
            if self.model.dapat_diperbarui(s):
                self.model.perbarui(s)
                self._hasil(s)
            else:
                self._tunda_muat = True
            return
        self._tunda_muat = False
        ind = self._indikator()
        self._memuat = True
        try:
            cb = self.ui.tahunCombo
            dok = self.controller.dokumen
            daftar = dok.tahun() if dok is not None else []
            if ind is not None:
                daftar = sorted(set(daftar) | set(ind.survei_ikm))
            if self.tahun is None and ind is not None:
                ada = sorted(ind.survei_ikm)
                self.tahun = ada[-1] if ada else (daftar[-1] if daftar else None)
            if [cb.itemData(i) for i in range(cb.count())] != daftar:
                cb.clear()
                for th in daftar:
                    cb.addItem(str(th), th)
            if self.tahun is not None:
                cb.setCurrentIndex(cb.findData(self.tahun))
            self.ui.judulLabel.setText(
                judul_survei(ind) if ind is not None else "Belum ada indikator yang dipilih."
            )
            s = self.survei()
            kini = self.ui.grid.currentIndex()
            posisi = (kini.row(), kini.column()) if kini.isValid() else None
            if s is not self.model.survei:
                lama = self.model.survei
                self.model.perbarui(s)
                if s is not None and (lama is None or len(lama.unsur) != len(s.unsur)):
                    self._lebar_kolom(len(s.unsur))
                if posisi is not None and s is not None:
                    self.ui.grid.setCurrentIndex(
                        self.model.index(
                            min(posisi[0], self.model.rowCount() - 1),
                            min(posisi[1], self.model.columnCount() - 1),
                        )
                    )
            if s is not None:
                self.ui.penimbangCombo.setCurrentIndex(self.ui.penimbangCombo.findData(s.penimbang))
            ada_survei = s is not None
            self.ui.buatTombol.setVisible(not ada_survei and ind is not None)
            for w in (
                self.ui.imporTombol,
                self.ui.hapusBarisTombol,
                self.ui.hapusSurveiTombol,
                self.ui.unsurTombol,
            ):
                w.setEnabled(ada_survei)
            self.ui.penimbangCombo.setEnabled(ada_survei)
            self.ui.grid.setEnabled(ada_survei)
            self._hasil(s)
        finally:
            self._memuat = False

    def _lebar_kolom(self, n: int) -> None:
        """Answers and JK are one character: narrow columns, so a whole row fits."""
        g = self.ui.grid
        lebar = g.fontMetrics().horizontalAdvance("U00") + 18
        for k in range(n + 2):
            g.setColumnWidth(k, lebar if k != n + 1 else lebar + 10)
        for k in (n + 2, n + 3):
            g.setColumnWidth(k, g.fontMetrics().horizontalAdvance("Pendidikan") + 24)

    def _hasil(self, s: SurveiIkm | None) -> None:
        t = self.ui.nrrTabel
        if s is None:
            t.setRowCount(0)
            for lbl in (
                self.ui.respondenLabel,
                self.ui.indeksLabel,
                self.ui.ikmLabel,
                self.ui.mutuLabel,
                self.ui.kinerjaLabel,
            ):
                lbl.setText("-")
            self.ui.keteranganLabel.setText(
                f"Belum ada survei IKM tahun {self.tahun}. Klik \u201cBuat survei tahun ini\u201d."
                if self.tahun is not None
                else ""
            )
            return
        h = hitung_ikm(s)
        t.setRowCount(len(h.unsur))
        for i, u in enumerate(h.unsur):
            nama = QTableWidgetItem(f"{i + 1}. {u.nama}")
            nama.setToolTip(
                f"{u.nama}: Σ nilai {u.jumlah_nilai}, dijawab {u.jumlah_menjawab} responden"
            )
            t.setItem(i, 0, nama)
            for c, v in ((1, u.nrr), (2, u.nrr_tertimbang)):
                it = QTableWidgetItem(teks_dua_desimal(v))
                it.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                t.setItem(i, c, it)
        self.ui.respondenLabel.setText(str(h.jumlah_responden))
        self.ui.indeksLabel.setText(teks_dua_desimal(h.indeks))
        self.ui.ikmLabel.setText(teks_dua_desimal(h.ikm))
        self.ui.mutuLabel.setText(h.mutu or "-")
        self.ui.kinerjaLabel.setText(h.kinerja or "-")
        ket = f"Penimbang tiap unsur: {teks_penimbang(s, h.penimbang)}."
        if not h.ada:
            ket = f"{h.alasan} {ket}"
        self.ui.keteranganLabel.setText(
            ket + " IKM dihitung dari nilai tepat, bukan dari angka dua desimal di tabel."
        )

    # --- changes (each one SetSurvei) ---------------------------------------------------------

    def _simpan(self, baru: SurveiIkm | None, aksi: str = "Ubah") -> bool:
        from ikudesk.session.operations import SetSurvei

        ind = self._indikator()
        if ind is None or self.indikator_id is None or self.tahun is None:
            return False
        nama = ind.kode.strip() or " ".join(ind.nama.split())[:40]
        label = f'{aksi} survei IKM {self.tahun} "{nama}"'  # the undo text names the indicator
        try:
            self.controller.apply(SetSurvei(self.indikator_id, self.tahun, baru, label))
        except IkuError as e:
            self.ui.pesanLabel.setText(e.pesan)
            return False
        self.ui.pesanLabel.clear()
        return True

    def _simpan_dari_model(self, baru: SurveiIkm, pesan: str) -> bool:
        if pesan:
            self.ui.pesanLabel.setText(pesan)
            return False
        return self._simpan(baru, "Isi sel")

    def _tahun_dipilih(self, i: int) -> None:
        if self._memuat or i < 0:
            return
        self.tahun = self.ui.tahunCombo.itemData(i)
        self.muat()

    def _penimbang_dipilih(self, i: int) -> None:
        s = self.survei()
        if self._memuat or s is None or i < 0:
            return
        p = self.ui.penimbangCombo.itemData(i)
        if p != s.penimbang:
            baru = sunting.salin(s)
            baru.penimbang = p
            if not self._simpan(baru, "Ubah penimbang"):
                self.muat()

    def buat(self) -> None:
        self._simpan(SurveiIkm(), "Buat")

    def _minta_unsur(self, sekarang: list[str]) -> str | None:
        teks, ok = QInputDialog.getMultiLineText(
            self,
            "Nama unsur",
            "Satu unsur per baris, dalam urutan kolom U1, U2, …:",
            "\n".join(sekarang),
        )
        return teks if ok else None

    def ubah_unsur(self) -> None:
        """Rename the unsur (answers stay in their columns); with no respondents yet, the
        number of unsur may change too."""
        s = self.survei()
        if s is None:
            return
        teks = self.minta_unsur(list(s.unsur))
        if teks is None:
            return
        nama = [" ".join(b.split()) for b in teks.splitlines() if b.strip()]
        if s.responden and len(nama) != len(s.unsur):
            self.ui.pesanLabel.setText(
                f"Survei ini sudah punya responden dengan {len(s.unsur)} jawaban; isikan tepat "
                f"{len(s.unsur)} nama unsur (sekarang {len(nama)})."
            )
            return
        if nama != s.unsur:
            baru = sunting.salin(s)
            baru.unsur = nama
            self._simpan(baru, "Ubah nama unsur")

    def hapus_survei(self) -> None:
        s = self.survei()
        if s is None:
            return
        jawab = QMessageBox.question(
            self,
            "Hapus survei",
            f"Hapus survei IKM tahun {self.tahun} beserta {len(s.responden)} respondennya? "
            "(Dapat dibatalkan dengan Urungkan.)",
        )
        if jawab == QMessageBox.StandardButton.Yes:
            self._simpan(None, "Hapus")

    def _sel_terpilih(self) -> list[tuple[int, int]]:
        return sorted({(i.row(), i.column()) for i in self.ui.grid.selectedIndexes()})

    def tempel(self) -> None:
        s = self.survei()
        teks = QGuiApplication.clipboard().text()
        if s is None or not teks:
            return
        sel = self._sel_terpilih()
        kini = self.ui.grid.currentIndex()
        b0, k0 = sel[0] if sel else (kini.row(), kini.column())
        b0, k0 = max(b0, 0), max(k0, 0)
        try:
            baru = sunting.tempel(s, b0, k0, teks)
        except IkuError as e:
            self.ui.pesanLabel.setText(e.pesan)
            return
        self._simpan(baru, "Tempel")

    def salin(self) -> None:
        s = self.survei()
        sel = self._sel_terpilih()
        if s is None or not sel:
            return
        baris = sorted({b for b, _ in sel})
        kolom = sorted({k for _, k in sel})
        n = len(s.unsur)
        teks = "\n".join(
            "\t".join(
                sunting.teks_sel(s.responden[b], k, n) if b < len(s.responden) else ""
                for k in kolom
            )
            for b in baris
        )
        QGuiApplication.clipboard().setText(teks + "\n")

    def kosongkan(self) -> None:
        s = self.survei()
        sel = self._sel_terpilih()
        if s is None or not sel:
            return
        baru = sunting.kosongkan(s, sel)
        if [r.__dict__ for r in baru.responden] != [r.__dict__ for r in s.responden]:
            self._simpan(baru, "Kosongkan sel")

    def hapus_baris(self) -> None:
        s = self.survei()
        baris = {b for b, _ in self._sel_terpilih() if b < (len(s.responden) if s else 0)}
        if s is None or not baris:
            self.ui.pesanLabel.setText("Pilih dulu baris responden yang akan dihapus.")
            return
        self._simpan(sunting.hapus_baris(s, baris), f"Hapus {len(baris)} responden")

    def impor(self) -> None:
        from ikudesk.files.survei_import import ImporSurveiError, baca_tabel

        s = self.survei()
        if s is None:
            return
        from ikudesk.gui.berkas import pilih_buka

        path = pilih_buka(
            self,
            "survei",
            "Impor jawaban survei",
            "Jawaban formulir (*.csv *.xlsx *.txt);;Semua berkas (*)",
        )
        if path is None:
            return
        try:
            tabel = baca_tabel(path)
        except ImporSurveiError as e:
            QMessageBox.warning(self, "Impor survei", e.pesan)
            return
        self.impor_tabel(tabel)

    def impor_tabel(self, tabel: Any, dialog_siap: Callable[[Any], None] | None = None) -> None:
        """The mapping dialog for a read table; stores only when the user accepts."""
        from ikudesk.gui.survei.impor_dialog import DialogImporSurvei

        s = self.survei()
        if s is None:
            return
        dlg = DialogImporSurvei(tabel, s, self)
        if dialog_siap is not None:
            dialog_siap(dlg)  # tests drive the dialog before it runs
        if dlg.exec() != QDialog.DialogCode.Accepted or dlg.hasil is None:
            return
        baru = sunting.salin(s)
        if dlg.ganti:
            baru.responden = list(dlg.hasil.responden)
        else:
            baru.responden += dlg.hasil.responden
        self._simpan(baru, f"Impor {len(dlg.hasil.responden)} responden")


class JendelaSurvei(JendelaTahunan):
    """The page in a window of its own, beside the main window (undo and redo work here too);
    it prints the IKM report of the survey's year."""

    def __init__(self, controller: Any, parent: QWidget | None = None) -> None:
        halaman = HalamanSurvei(controller)
        super().__init__(
            controller,
            halaman,
            lambda: OpsiCetak(laporan="ikm", tahun=halaman.tahun),
            "Survei Kepuasan Masyarakat (IKM)",
            (1100, 640),
            parent,
        )
        self.halaman: HalamanSurvei = halaman


def buka_survei(
    window: QWidget, controller: Any, indikator_id: int, tahun: int | None = None
) -> JendelaSurvei:
    """Open (or bring forward) the survey window of an indicator."""
    jendela = window.findChild(JendelaSurvei, "jendelaSurvei")
    if jendela is None:
        jendela = JendelaSurvei(controller, window)
        jendela.setObjectName("jendelaSurvei")
    jendela.halaman.tampilkan(indikator_id, tahun)
    jendela.show()
    jendela.raise_()
    jendela.activateWindow()
    return jendela
