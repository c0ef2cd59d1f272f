"""The Perjanjian Kinerja page: one PK per year and revision, edited field by field.

Every edit builds a new PK from the shown one (``domain.pk_edit``) and stores it whole with
``SetPerjanjianKinerja`` through the controller: one undo step per edit, refused edits change
nothing. The page shows what the session holds and refreshes on the controller's signals.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Callable

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QFormLayout,
    QHeaderView,
    QLineEdit,
    QStyledItemDelegate,
    QTreeWidgetItem,
    QWidget,
)

from ikudesk.domain.keys import NodeKind
from ikudesk.domain.lkjip import tahun_bawaan
from ikudesk.domain.model import STATUS_PENANDATANGAN, Dokumen, PerjanjianKinerja
from ikudesk.domain.pk import (
    anak,
    anggaran_efektif,
    efisiensi,
    realisasi_anggaran_efektif,
    total_anggaran,
    total_realisasi_anggaran,
)
from ikudesk.domain.pk_edit import (
    JENIS_NODE,
    PERNYATAAN_BAKU,
    Jalur,
    KolomNode,
    geser_node,
    hapus_node,
    indikator_lampiran,
    jabatan_kepala_daerah,
    nama_pk,
    node_di,
    nomor_perubahan_berikut,
    penandatangan_pk_baru,
    pk_baru,
    pk_perubahan,
    rupiah_dari_teks,
    tambah_node,
    ubah_node,
)
from ikudesk.domain.rules import periksa_tanggal, peringatan_pk, peringatan_tanggal_pk
from ikudesk.errors import IkuError
from ikudesk.gui.dialogs.umum import teks_rich
from ikudesk.gui.forms.ui_pk_editor import Ui_EditorPk
from ikudesk.gui.jendela_tahunan import JendelaTahunan
from ikudesk.gui.print_dialog import OpsiCetak
from ikudesk.l10n import baca_tanggal_ketikan, format_angka, format_persen, format_tanggal

KOLOM: tuple[KolomNode, ...] = ("kode", "uraian", "anggaran", "sumber_dana", "realisasi_anggaran")
RUPIAH = {"anggaran", "realisasi_anggaran"}
MERAH = "color: #b00020;"


def _teks_pernyataan(pk: PerjanjianKinerja) -> str:
    return "\n\n".join(PERNYATAAN_BAKU if pk.pernyataan is None else pk.pernyataan)


def _paragraf(teks: str) -> list[str]:
    """Paragraphs are separated by an empty line; lines inside one are kept together."""
    bagian = [" ".join(p.split()) for p in teks.replace("\r\n", "\n").split("\n\n")]
    return [p for p in bagian if p]


def _set_teks(edit: QLineEdit, teks: str) -> None:
    """Set a field's text without moving the cursor when it already says that."""
    if edit.text() != teks:
        edit.setText(teks)


def _anak(item: Callable[[int], QTreeWidgetItem | None], n: int) -> list[QTreeWidgetItem]:
    """The ``n`` items of a tree level, last first (a stack pops them in order)."""
    return [x for i in reversed(range(n)) if (x := item(i)) is not None]


class _DelegasiProgram(QStyledItemDelegate):
    """Tab stores the cell and opens the next one of the same row (Shift+Tab the previous),
    as in a spreadsheet: a tree view's own Tab went to the next row's Kode, so the amount
    typed after "Uraian, Tab" landed in the wrong cell."""

    def __init__(self, halaman: HalamanPk) -> None:
        super().__init__(halaman.ui.programPohon)
        self._halaman = halaman
        self._sel: dict[int, tuple[Jalur, int]] = {}  # open editor → its row and column

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:  # noqa: N802
        super().setEditorData(editor, index)
        it = self._halaman.ui.programPohon.itemFromIndex(index.sibling(index.row(), 0))
        if it is not None:
            self._sel[id(editor)] = (tuple(it.data(0, Qt.ItemDataRole.UserRole)), index.column())

    def _ditolak(self, editor: QWidget) -> bool:
        """An amount that cannot be read: said, and the editor keeps the typed text to be
        corrected (closing it would throw the typing away)."""
        tempat = self._sel.get(id(editor))
        if tempat is None or KOLOM[tempat[1]] not in RUPIAH or not isinstance(editor, QLineEdit):
            return False
        try:
            rupiah_dari_teks(editor.text().strip())
        except IkuError as e:
            jalur = tempat[0]
            self._halaman._gagal(
                f"{JENIS_NODE[len(jalur) - 1].capitalize()} baris {jalur[-1] + 1}: {e.pesan}"
            )
            editor.setFocus()
            return True
        return False

    def eventFilter(self, editor: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key()
            in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab, Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and isinstance(editor, QWidget)
            and self._ditolak(editor)
        ):
            return True
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab)
            and isinstance(editor, QWidget)
        ):
            maju = event.key() == Qt.Key.Key_Tab and not (
                event.modifiers() & Qt.KeyboardModifier.ShiftModifier
            )
            tempat = self._sel.pop(id(editor), None)
            self.commitData.emit(editor)  # stored now (one undo step)
            self.closeEditor.emit(editor, QAbstractItemDelegate.EndEditHint.NoHint)
            if tempat is not None:
                self._halaman.sunting_berikut(tempat[0], tempat[1], maju)
            return True
        return super().eventFilter(editor, event)


class HalamanPk(QWidget):
    # whether the page has a PK to print, and why not (the window's Cetak/Ekspor PDF follow it)
    cetak_berubah = Signal(bool, str)

    def __init__(self, controller, parent: QWidget | None = None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self.ctl = controller
        self.ui = Ui_EditorPk()
        self.ui.setupUi(self)
        ui = self.ui
        self._pk: PerjanjianKinerja | None = None
        self._mengisi = False  # filling widgets from the PK: their signals are not edits
        for s in STATUS_PENANDATANGAN:
            ui.statusCombo.addItem(s or "(definitif)", s)
        pohon = ui.programPohon
        pohon.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        kepala = pohon.header()
        kepala.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for c in (0, 2, 3, 4):
            kepala.setSectionResizeMode(c, QHeaderView.ResizeMode.ResizeToContents)
        kepala.setStretchLastSection(False)
        ui.lampiranPohon.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        ui.lampiranPohon.header().setStretchLastSection(False)
        # Without a PK the page is this line and "Buat PK": at the top, not mid-page.
        ui.infoLabel.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)

        # the statement: stored after a pause in typing (one undo step per pause)
        self._tunda_pernyataan = QTimer(self)
        self._tunda_pernyataan.setSingleShot(True)
        self._tunda_pernyataan.setInterval(900)
        self._tunda_pernyataan.timeout.connect(self.simpan_pernyataan)
        self._tunda_segar = QTimer(self)
        self._tunda_segar.setSingleShot(True)
        self._tunda_segar.setInterval(0)
        self._tunda_segar.timeout.connect(self.isi_tahun)  # the period may have changed

        ui.tahunCombo.currentIndexChanged.connect(lambda _i: self._tahun_dipilih())
        ui.pkCombo.currentIndexChanged.connect(lambda _i: self._pk_dipilih())
        ui.buatTombol.clicked.connect(self.buat_pk)
        ui.perubahanTombol.clicked.connect(self.buat_perubahan)
        ui.hapusPkTombol.clicked.connect(self.hapus_pk)
        ui.tempatEdit.editingFinished.connect(
            lambda: self._ubah(lambda pk: setattr(pk, "tempat", ui.tempatEdit.text().strip()))
        )
        ui.tanggalEdit.editingFinished.connect(self.simpan_tanggal)
        ui.tanggalEdit.textChanged.connect(lambda _t: self._periksa_tanggal())
        for edit, kunci in (
            (ui.jabatanEdit, "jabatan"),
            (ui.namaEdit, "nama"),
            (ui.pangkatEdit, "pangkat"),
        ):
            edit.editingFinished.connect(
                lambda e=edit, k=kunci: self._ubah(
                    lambda pk: setattr(pk.pihak_pertama, k, e.text().strip())
                )
            )
        ui.nipEdit.editingFinished.connect(self.simpan_nip)
        ui.nipEdit.diperiksa.connect(lambda pesan, _b: self._tandai(ui.nipPesan, pesan))
        ui.statusCombo.currentIndexChanged.connect(
            lambda _i: self._ubah(
                lambda pk: setattr(pk.pihak_pertama, "status", ui.statusCombo.currentData())
            )
        )
        ui.ambilTtdTombol.clicked.connect(self.ambil_penandatangan)
        kotak_jabatan = ui.jabatanKeduaCombo.lineEdit()
        assert kotak_jabatan is not None  # the form makes this combo box editable
        kotak_jabatan.editingFinished.connect(self.simpan_jabatan_kedua)
        ui.jabatanKeduaCombo.activated.connect(lambda _i: self.simpan_jabatan_kedua())
        ui.namaKeduaEdit.editingFinished.connect(
            lambda: self._ubah(
                lambda pk: setattr(pk.pihak_kedua, "nama", ui.namaKeduaEdit.text().strip())
            )
        )
        ui.pernyataanEdit.textChanged.connect(self._pernyataan_diketik)
        ui.bakuTombol.clicked.connect(self.kembalikan_baku)
        ui.tambahProgramTombol.clicked.connect(lambda: self.tambah(0))
        ui.tambahKegiatanTombol.clicked.connect(lambda: self.tambah(1))
        ui.tambahSubTombol.clicked.connect(lambda: self.tambah(2))
        ui.hapusBarisTombol.clicked.connect(self.hapus_baris)
        ui.naikTombol.clicked.connect(lambda: self.geser(-1))
        ui.turunTombol.clicked.connect(lambda: self.geser(1))
        pohon.setItemDelegate(_DelegasiProgram(self))
        pohon.itemChanged.connect(self._sel_diubah)
        pohon.currentItemChanged.connect(lambda *_: self._perbarui_tombol())

        c = controller
        c.dokumen_opened.connect(lambda _id: self.isi_tahun())
        # every change of the session (edits here, undo, targets in the tree) shows at once
        c.after_event.connect(lambda _e: self.segarkan())
        c.node_changed.connect(
            lambda ref: ref.kind is NodeKind.DOKUMEN and self._tunda_segar.start()
        )
        self.isi_tahun()

    # --- which PK -----------------------------------------------------------------------------

    @property
    def dok(self) -> Dokumen | None:
        return self.ctl.dokumen

    @property
    def tahun(self) -> int | None:
        data = self.ui.tahunCombo.currentData()
        return int(data) if data is not None else None

    @property
    def perubahan(self) -> int | None:
        data = self.ui.pkCombo.currentData()
        return int(data) if data is not None else None

    @property
    def pk(self) -> PerjanjianKinerja | None:
        """The PK shown (the session's object: read it, never change it)."""
        return self._pk

    def isi_tahun(self) -> None:
        dok, lama = self.dok, self.tahun
        combo = self.ui.tahunCombo
        combo.blockSignals(True)
        combo.clear()
        if dok is not None:
            for th in dok.tahun():
                combo.addItem(str(th), th)
            if lama is None or combo.findData(lama) < 0:
                ada = [p.tahun for p in dok.perjanjian_kinerja]
                lama = max(ada) if ada else tahun_bawaan(dok)
            combo.setCurrentIndex(max(0, combo.findData(lama)))
        combo.blockSignals(False)
        self._tahun_dipilih()

    def pilih(self, tahun: int, perubahan: int | None = None) -> None:
        """Show the PK of ``tahun`` (its latest revision unless ``perubahan`` is given)."""
        i = self.ui.tahunCombo.findData(tahun)
        if i < 0:
            raise IkuError(f"Tahun {tahun} tidak ada pada dokumen ini.")
        self.ui.tahunCombo.setCurrentIndex(i)
        if perubahan is not None:
            self.ui.pkCombo.setCurrentIndex(max(0, self.ui.pkCombo.findData(perubahan)))

    def _isi_pk(self, pilih: int | None) -> None:
        dok, th = self.dok, self.tahun
        combo = self.ui.pkCombo
        combo.blockSignals(True)
        combo.clear()
        if dok is not None and th is not None:
            for p in sorted(
                (p for p in dok.perjanjian_kinerja if p.tahun == th), key=lambda p: p.perubahan
            ):
                combo.addItem(
                    "PK awal" if p.perubahan == 0 else f"PK Perubahan ke-{p.perubahan}", p.perubahan
                )
            i = combo.findData(pilih) if pilih is not None else -1
            combo.setCurrentIndex(i if i >= 0 else combo.count() - 1)
        combo.blockSignals(False)

    def _tahun_dipilih(self) -> None:
        self._isi_pk(None)
        self.segarkan()

    def _pk_dipilih(self) -> None:
        self.segarkan()

    # --- showing ------------------------------------------------------------------------------

    def segarkan(self) -> None:
        """Show what the session holds now (after an edit, an undo, another year)."""
        dok, th = self.dok, self.tahun
        if dok is not None and th is not None:
            ada = sorted(p.perubahan for p in dok.perjanjian_kinerja if p.tahun == th)
            tampil = [self.ui.pkCombo.itemData(i) for i in range(self.ui.pkCombo.count())]
            if ada != tampil:  # a revision was made or removed (also by undo)
                self._isi_pk(self.perubahan if self.perubahan in ada else None)
        pk = (
            dok.pk(th, self.perubahan)
            if dok is not None and th is not None and self.perubahan is not None
            else None
        )
        self._pk = pk
        self._mengisi = True
        try:
            self._isi_form(dok, th, pk)
        finally:
            self._mengisi = False
        self._perbarui_tombol()

    def _isi_form(self, dok: Dokumen | None, th: int | None, pk: PerjanjianKinerja | None) -> None:
        ui = self.ui
        ada = pk is not None
        # A year without a PK shows no PK at all (not the last one shown, greyed out).
        ui.tab.setEnabled(ada)
        ui.tab.setVisible(ada)
        if dok is None:
            ui.infoLabel.setText("Belum ada dokumen yang dibuka.")
        elif th is None:
            ui.infoLabel.setText("Dokumen belum memiliki periode; isi periode terlebih dahulu.")
        elif pk is None:
            ui.infoLabel.setText(self._info_buat(dok, th))
            ui.buatTombol.setToolTip(re.sub("<[^>]+>", "", self._info_buat(dok, th)))
        else:
            ui.infoLabel.setText(
                f"<b>{nama_pk(pk)}</b> — setiap perubahan langsung tersimpan dan dapat "
                "diurungkan (Ctrl+Z di jendela utama)."
            )
        ui.infoLabel.setStyleSheet("")
        self._isi_lampiran(dok, th)
        if pk is None or dok is None:
            self._kosongkan_form()
            return
        _set_teks(ui.tempatEdit, pk.tempat)
        if not ui.tanggalEdit.hasFocus() or ui.tanggalEdit.text() != pk.tanggal:
            _set_teks(ui.tanggalEdit, pk.tanggal)
        self._periksa_tanggal()
        p1, p2 = pk.pihak_pertama, pk.pihak_kedua
        ui.statusCombo.setCurrentIndex(max(0, ui.statusCombo.findData(p1.status)))
        _set_teks(ui.jabatanEdit, p1.jabatan)
        _set_teks(ui.namaEdit, p1.nama)
        _set_teks(ui.pangkatEdit, p1.pangkat)
        if ui.nipEdit.nilai() != p1.nip:
            ui.nipEdit.setText(p1.nip)
        combo = ui.jabatanKeduaCombo
        pilihan = jabatan_kepala_daerah(dok)
        if [combo.itemText(i) for i in range(combo.count())] != pilihan:
            combo.clear()
            combo.addItems(pilihan)
        if combo.currentText() != p2.jabatan:
            combo.setEditText(p2.jabatan)
        _set_teks(ui.namaKeduaEdit, p2.nama)
        teks = _teks_pernyataan(pk)
        if not self._tunda_pernyataan.isActive() and ui.pernyataanEdit.toPlainText() != teks:
            ui.pernyataanEdit.setPlainText(teks)
        ui.pernyataanInfo.setText(
            "Memakai kalimat baku." if pk.pernyataan is None else "Kalimat diubah sendiri."
        )
        ui.bakuTombol.setEnabled(pk.pernyataan is not None)
        self._isi_pohon(pk)

    @staticmethod
    def _info_buat(dok: Dokumen, th: int) -> str:
        """What "Buat PK" will do, naming the signer it takes."""
        ttd, sumber = penandatangan_pk_baru(dok, th)
        if ttd is None:
            siapa = (
                "pihak pertama dikosongkan (dokumen dan laporan tahun ini belum memiliki "
                "penanda tangan; isi setelah PK dibuat)"
            )
        else:
            jabatan = f", {teks_rich(ttd.jabatan)}" if ttd.jabatan else ""
            siapa = f"pihak pertama <b>{teks_rich(ttd.nama)}</b>{jabatan} ({sumber})"
        return (
            f"Belum ada Perjanjian Kinerja tahun {th}. Tekan <b>Buat PK</b>: {siapa}; "
            "pihak kedua kepala daerah; indikator dan target dari pohon IKU."
        )

    def _kosongkan_form(self) -> None:
        """No PK shown: no field keeps another PK's text."""
        ui = self.ui
        for edit in (
            ui.tempatEdit,
            ui.tanggalEdit,
            ui.jabatanEdit,
            ui.namaEdit,
            ui.pangkatEdit,
            ui.nipEdit,
            ui.namaKeduaEdit,
        ):
            edit.clear()
        ui.jabatanKeduaCombo.setEditText("")
        ui.pernyataanEdit.clear()
        for label in (ui.tanggalPesan, ui.nipPesan, ui.pernyataanInfo, ui.totalLabel):
            label.setText("")
        ui.programPohon.clear()
        ui.peringatanLabel.setText("")

    def _isi_pohon(self, pk: PerjanjianKinerja) -> None:
        """The program tree; rows of the same shape are updated in place (the item being
        edited stays alive, selection and scrolling stay), else the tree is rebuilt."""
        ui = self.ui
        pohon = ui.programPohon
        miring = QFont(pohon.font())
        miring.setItalic(True)
        biasa = QFont(pohon.font())
        abu = QBrush(QColor("#666666"))
        teks_biasa = pohon.palette().text()

        def semua(node, jalur: Jalur) -> list[tuple[Jalur, object]]:  # noqa: ANN001
            hasil = [(jalur, node)]
            for i, a in enumerate(anak(node)):
                hasil += semua(a, (*jalur, i))
            return hasil

        baris = [x for i, prog in enumerate(pk.program) for x in semua(prog, (i,))]

        def isi(it: QTreeWidgetItem, node, jalur: Jalur) -> None:  # noqa: ANN001
            for c, kolom in enumerate(KOLOM):
                nilai = getattr(node, kolom)
                if kolom in RUPIAH:
                    efektif = (
                        anggaran_efektif if kolom == "anggaran" else realisasi_anggaran_efektif
                    )(node)
                    it.setText(c, format_angka(efektif, 0) if efektif is not None else "")
                    it.setTextAlignment(
                        c, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                    turunan = nilai is None and efektif is not None  # the children's sum
                    it.setFont(c, miring if turunan else biasa)
                    it.setForeground(c, abu if turunan else teks_biasa)
                    it.setToolTip(
                        c, "Jumlah rinciannya (dikosongkan: dihitung otomatis)" if turunan else ""
                    )
                else:
                    it.setText(c, nilai or "")
            it.setToolTip(1, JENIS_NODE[len(jalur) - 1].capitalize())

        pohon.blockSignals(True)
        try:
            ada: list[QTreeWidgetItem] = []
            # every item of the current tree in order, with its path
            stack = _anak(pohon.topLevelItem, pohon.topLevelItemCount())
            while stack:
                x = stack.pop()
                ada.append(x)
                stack += _anak(x.child, x.childCount())
            bentuk = [tuple(x.data(0, Qt.ItemDataRole.UserRole)) for x in ada]
            if bentuk == [j for j, _ in baris]:
                for x, (jalur, node) in zip(ada, baris, strict=True):
                    isi(x, node, jalur)
            else:
                kini = pohon.currentItem()
                jalur_kini = kini.data(0, Qt.ItemDataRole.UserRole) if kini is not None else None
                pohon.clear()
                item_di: dict[Jalur, QTreeWidgetItem] = {}
                for jalur, node in baris:
                    induk = item_di.get(jalur[:-1])
                    x = QTreeWidgetItem(induk) if induk is not None else QTreeWidgetItem(pohon)
                    x.setData(0, Qt.ItemDataRole.UserRole, jalur)
                    x.setFlags(x.flags() | Qt.ItemFlag.ItemIsEditable)
                    isi(x, node, jalur)
                    item_di[jalur] = x
                pohon.expandAll()
                if jalur_kini is not None:
                    pilih = self._cari_item(tuple(jalur_kini))
                    if pilih is not None:
                        pohon.setCurrentItem(pilih)
        finally:
            pohon.blockSignals(False)
        # totals and warnings, live
        total, realisasi = total_anggaran(pk), total_realisasi_anggaran(pk)
        teks = (
            f"Total anggaran: <b>Rp {format_angka(total, 0)}</b>"
            if total is not None
            else ("Total anggaran belum dapat dihitung: ada anggaran yang kosong.")
        )
        if realisasi is not None:
            teks += f" · realisasi Rp {format_angka(realisasi, 0)}"
            persen = efisiensi(total, realisasi)
            if persen is not None:
                teks += f" ({format_persen(persen)}%)"
        ui.totalLabel.setText(teks)
        pesan = [m for _, m in peringatan_tanggal_pk(pk) + peringatan_pk(pk)]
        ui.peringatanLabel.setText("\n".join(f"⚠ {m}" for m in pesan))
        ui.peringatanLabel.setStyleSheet(MERAH if pesan else "")

    def _isi_lampiran(self, dok: Dokumen | None, th: int | None) -> None:
        pohon = self.ui.lampiranPohon
        pohon.clear()
        if dok is None or th is None:
            return
        grup = indikator_lampiran(dok, th)
        for no, (_k, uraian, daftar) in enumerate(grup, start=1):
            induk = QTreeWidgetItem(pohon, [f"{no}. {uraian or '-'}", "", ""])
            for ind in daftar:
                QTreeWidgetItem(induk, [ind.nama, format_angka(ind.target[th]), ind.satuan or "-"])
        if not grup:
            QTreeWidgetItem(pohon, [f"Belum ada indikator dengan target tahun {th}.", "", ""])
        pohon.expandAll()

    def _cari_item(self, jalur: Jalur) -> QTreeWidgetItem | None:
        pohon = self.ui.programPohon
        if not jalur or jalur[0] >= pohon.topLevelItemCount():
            return None
        it = pohon.topLevelItem(jalur[0])
        for i in jalur[1:]:
            if it is None or i >= it.childCount():
                return it
            it = it.child(i)
        return it

    def _jalur_terpilih(self) -> Jalur | None:
        it = self.ui.programPohon.currentItem()
        return tuple(it.data(0, Qt.ItemDataRole.UserRole)) if it is not None else None

    def _perbarui_tombol(self) -> None:
        ui, dok = self.ui, self.dok
        ada_pk = self._pk is not None
        ada_tahun = dok is not None and self.tahun is not None
        ui.buatTombol.setEnabled(ada_tahun and ui.pkCombo.count() == 0)
        ui.perubahanTombol.setEnabled(ada_pk)
        ui.hapusPkTombol.setEnabled(ada_pk)
        jalur = self._jalur_terpilih()
        ui.tambahKegiatanTombol.setEnabled(ada_pk and jalur is not None)
        ui.tambahSubTombol.setEnabled(ada_pk and jalur is not None and len(jalur) >= 2)
        for t in (ui.hapusBarisTombol, ui.naikTombol, ui.turunTombol):
            t.setEnabled(ada_pk and jalur is not None)
        self.cetak_berubah.emit(*self.status_cetak())

    def status_cetak(self) -> tuple[bool, str]:
        """(True, "") when a PK is shown; else (False, why there is nothing to print)."""
        if self._pk is not None:
            return True, ""
        if self.dok is None or self.tahun is None:
            return False, "Belum ada tahun yang dipilih: tidak ada PK untuk dicetak."
        return False, f"Tahun {self.tahun} belum mempunyai PK: buat PK dahulu, lalu cetak."

    def _tandai(self, label, pesan: str) -> None:  # noqa: ANN001
        label.setText(pesan)
        label.setStyleSheet(MERAH if pesan else "")

    def _gagal(self, pesan: str) -> None:
        self.ui.infoLabel.setText(pesan)
        self.ui.infoLabel.setStyleSheet(MERAH)

    # --- edits (each one SetPerjanjianKinerja: one undo step) ---------------------------------

    def _simpan(self, tahun: int, perubahan: int, pk: PerjanjianKinerja | None) -> bool:
        from ikudesk.session.operations import SetPerjanjianKinerja

        try:
            self.ctl.apply(SetPerjanjianKinerja(tahun, perubahan, pk))
        except IkuError as e:
            self.segarkan()  # the refused value goes back to what is stored
            self._gagal(e.pesan)
            return False
        self.segarkan()  # the next edit starts from what is stored now, not from the old PK
        return True

    def _ubah(self, fn: Callable[[PerjanjianKinerja], object]) -> bool:
        """Apply ``fn`` to a copy of the shown PK and store it, if it changed anything."""
        if self._mengisi or self._pk is None:
            return False
        baru = copy.deepcopy(self._pk)
        fn(baru)
        return self._ganti(baru)

    def _ganti(self, baru: PerjanjianKinerja) -> bool:
        if self._pk is None or baru == self._pk:
            return False
        return self._simpan(self._pk.tahun, self._pk.perubahan, baru)

    def buat_pk(self) -> None:
        dok, th = self.dok, self.tahun
        if dok is None or th is None:
            return
        if self._simpan(th, 0, pk_baru(dok, th)):
            self._isi_pk(0)
            self.segarkan()

    def buat_perubahan(self) -> None:
        """Ask the Perubahan's date (saying what is copied), then make it: never dateless."""
        dok, pk = self.dok, self._pk
        if dok is None or pk is None:
            return
        from PySide6.QtWidgets import QDialog

        from ikudesk.gui.pk.perubahan import DialogPerubahan

        dlg = DialogPerubahan(pk, nomor_perubahan_berikut(dok, pk), self)
        if dlg.exec() != QDialog.DialogCode.Accepted:
            return
        try:
            baru = pk_perubahan(dok, pk, dlg.tanggal)
        except IkuError as e:
            self._gagal(e.pesan)
            return
        if self._simpan(baru.tahun, baru.perubahan, baru):
            self._isi_pk(baru.perubahan)
            self.segarkan()

    def hapus_pk(self) -> None:
        pk = self._pk
        if pk is not None and self._simpan(pk.tahun, pk.perubahan, None):
            self._isi_pk(None)
            self.segarkan()

    def _periksa_tanggal(self) -> str | None:
        """The typed date in the stored form (``31-12-2022``, ``5 Januari 2023`` and the like
        are understood), or None (with the reason shown) when it is not a date."""
        teks = self.ui.tanggalEdit.text().strip()
        try:
            nilai = periksa_tanggal(baca_tanggal_ketikan(teks)) if teks else ""
            tampil = format_tanggal(nilai)
        except IkuError as e:
            self._tandai(self.ui.tanggalPesan, e.pesan)
            return None
        self.ui.tanggalPesan.setText(f"dicetak: {tampil}" if tampil else "")
        self.ui.tanggalPesan.setStyleSheet("")
        return nilai

    def simpan_tanggal(self) -> None:
        nilai = self._periksa_tanggal()
        if nilai is not None:
            self._ubah(lambda pk: setattr(pk, "tanggal", nilai))

    def simpan_nip(self) -> None:
        nilai = self.ui.nipEdit.nilai()
        if nilai is not None:
            self._ubah(lambda pk: setattr(pk.pihak_pertama, "nip", nilai))

    def simpan_jabatan_kedua(self) -> None:
        teks = self.ui.jabatanKeduaCombo.currentText().strip()
        self._ubah(lambda pk: setattr(pk.pihak_kedua, "jabatan", teks))

    def ambil_penandatangan(self) -> None:
        dok = self.dok
        if dok is None or dok.penandatangan is None:
            self._gagal("Dokumen belum memiliki penandatangan (halaman dokumen).")
            return
        p = copy.deepcopy(dok.penandatangan)
        p.tempat = p.tanggal = ""  # the PK's own place and date are printed

        def ganti(pk: PerjanjianKinerja) -> None:
            pk.pihak_pertama = p

        self._ubah(ganti)

    def _pernyataan_diketik(self) -> None:
        if not self._mengisi:
            self._tunda_pernyataan.start()

    def simpan_pernyataan(self) -> None:
        self._tunda_pernyataan.stop()
        paragraf = _paragraf(self.ui.pernyataanEdit.toPlainText())
        nilai = None if paragraf == list(PERNYATAAN_BAKU) else paragraf
        self._ubah(lambda pk: setattr(pk, "pernyataan", nilai))

    def kembalikan_baku(self) -> None:
        self._tunda_pernyataan.stop()
        self._ubah(lambda pk: setattr(pk, "pernyataan", None))

    def _sel_diubah(self, it: QTreeWidgetItem, kolom: int) -> None:
        if self._mengisi or self._pk is None:
            return
        jalur = tuple(it.data(0, Qt.ItemDataRole.UserRole))
        nama = KOLOM[kolom]
        teks = it.text(kolom).strip()
        try:
            nilai: str | int | None = rupiah_dari_teks(teks) if nama in RUPIAH else teks
        except IkuError as e:
            self.segarkan()
            self._gagal(
                f"{JENIS_NODE[len(jalur) - 1].capitalize()} baris {jalur[-1] + 1}: {e.pesan}"
            )
            return
        if nama in RUPIAH:
            node = node_di(self._pk, jalur)
            if getattr(node, nama) is None and nilai is not None:
                efektif = (anggaran_efektif if nama == "anggaran" else realisasi_anggaran_efektif)(
                    node
                )
                if efektif == nilai:
                    return  # the shown sum, left as it was: still the children's sum
        if not self._ganti(ubah_node(self._pk, jalur, nama, nilai)):
            self.segarkan()

    def sunting_berikut(self, jalur: Jalur, kolom: int, maju: bool) -> None:
        """Open the editor of the cell after (``maju``) or before (row ``jalur``, ``kolom``);
        past the row's end, the next row's first cell."""
        pohon = self.ui.programPohon
        it = self._cari_item(jalur)
        if it is None:
            return
        kolom += 1 if maju else -1
        if kolom >= len(KOLOM):
            it, kolom = pohon.itemBelow(it), 0
        elif kolom < 0:
            it, kolom = pohon.itemAbove(it), len(KOLOM) - 1
        if it is None:
            return
        pohon.setCurrentItem(it, kolom)
        pohon.editItem(it, kolom)

    def tambah(self, tingkat: int) -> None:
        if self._pk is None:
            return
        jalur = self._jalur_terpilih() or ()
        induk = jalur[:tingkat] if tingkat else ()
        if len(induk) < tingkat:
            return
        baru, jalur_baru = tambah_node(self._pk, induk)
        if self._ganti(baru):
            self.segarkan()
            it = self._cari_item(jalur_baru)
            if it is not None:
                self.ui.programPohon.setCurrentItem(it)
                self.ui.programPohon.editItem(it, 1)

    def hapus_baris(self) -> None:
        jalur = self._jalur_terpilih()
        if self._pk is not None and jalur is not None:
            self._ganti(hapus_node(self._pk, jalur))

    def geser(self, arah: int) -> None:
        jalur = self._jalur_terpilih()
        if self._pk is None or jalur is None:
            return
        baru, ke = geser_node(self._pk, jalur, arah)
        if self._ganti(baru):
            self.segarkan()
            it = self._cari_item(ke)
            if it is not None:
                self.ui.programPohon.setCurrentItem(it)


class JendelaPk(JendelaTahunan):
    """The PK page in its own window beside the main one (not modal); it prints the PK shown."""

    def __init__(self, controller, parent: QWidget | None = None) -> None:  # noqa: ANN001
        halaman = HalamanPk(controller)
        super().__init__(
            controller,
            halaman,
            lambda: OpsiCetak(laporan="pk", tahun=halaman.tahun, perubahan=halaman.perubahan),
            "Perjanjian Kinerja",
            (1200, 700),
            parent,
        )
        self.setObjectName("jendelaPk")
        halaman.cetak_berubah.connect(self.atur_cetak)
        self.atur_cetak(*halaman.status_cetak())
        layar = self.screen().availableGeometry() if self.screen() is not None else None
        if layar is not None and layar.height() < 700:
            # A netbook (1024×600): the signer's three boxes packed closer, so the whole page
            # shows without scrolling.
            for form in halaman.findChildren(QFormLayout):
                form.setVerticalSpacing(2)
                form.setContentsMargins(6, 2, 6, 2)
