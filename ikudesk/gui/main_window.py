"""The main window: document tree on the left, the editor of the selection on the right.

The window only turns user gestures into controller calls and shows what the controller says;
every change is stored at once (there is no "save"). Layout comes from ui/main_window.ui.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path
from types import ModuleType
from typing import Any

import shiboken6
from PySide6.QtCore import (
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPoint,
    QSortFilterProxyModel,
    Qt,
    QTimer,
)
from PySide6.QtGui import QAction, QCloseEvent, QIcon, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QInputDialog,
    QLabel,
    QMenu,
    QMessageBox,
    QStyle,
    QToolButton,
    QWidget,
)

from ikudesk.assets import asset_path, sample_documents
from ikudesk.domain.keys import NodeKind
from ikudesk.domain.model import label_periode
from ikudesk.errors import IkuError
from ikudesk.gui import excel_actions
from ikudesk.gui.controller import DocumentController
from ikudesk.gui.dialogs.umum import galat, pesan, tanya
from ikudesk.gui.editors.fields import KomitSebelumAksi, komit_ketikan
from ikudesk.gui.forms.ui_main_window import Ui_MainWindow
from ikudesk.gui.jendela_dasar import JendelaDasar
from ikudesk.gui.penetapan_actions import pasang_menu_dokumen, status_penetapan
from ikudesk.gui.settings import Pengaturan
from ikudesk.gui.tree_model import DocumentTreeModel
from ikudesk.l10n import format_angka
from ikudesk.session.refs import Place, Ref

#: The first window size on a screen that has room for it.
UKURAN_AWAL = (1280, 720)


def ikon(nama: str) -> QIcon:
    try:
        return QIcon(str(asset_path("resources", "icons", nama)))
    except FileNotFoundError:
        return QIcon()


def buat_panel(controller: DocumentController, parent: QWidget) -> Any:
    """The editor panel (the pages of ikudesk.gui.editors)."""
    from ikudesk.gui.editors import buat_editor_panel

    return buat_editor_panel(controller, parent)


def _rapat(teks: str) -> str:
    """For matching: case and spaces ignored ("iku3" finds "IKU 3")."""
    return "".join(teks.split()).casefold()


class SaringPohon(QSortFilterProxyModel):
    """The tree as the filter box leaves it: nodes whose name, uraian, kode or component kode
    holds the typed text, with their parents (to see where they are) and children.

    It only asks the tree model; it copies nothing.
    """

    def __init__(self, model: DocumentTreeModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSourceModel(model)
        self.setRecursiveFilteringEnabled(True)
        self.setAutoAcceptChildRows(True)
        self.teks = ""
        self._rapat = ""

    def atur_teks(self, teks: str) -> None:
        # Qt 6.9 replaced invalidateFilter() by a begin/end pair around the change.
        self.beginFilterChange()
        self.teks = " ".join(teks.split()).casefold()
        self._rapat = _rapat(teks)
        self.endFilterChange()

    def filterAcceptsRow(  # noqa: N802 - Qt's name
        self, row: int, parent: QModelIndex | QPersistentModelIndex
    ) -> bool:
        if not self.teks:
            return True
        model: DocumentTreeModel = self.sourceModel()  # type: ignore[assignment]
        return self.cocok(model.index(row, 0, parent))

    def cocok(self, i: QModelIndex) -> bool:
        """Whether the node at ``i`` (of the tree model) itself matches the typed text: its
        name or uraian holding it, its kode being it (or starting with it as whole tokens:
        "IKU 1" finds IKU 1 and IKU 1.2, never IKU 10), or a component kode holding it."""
        model: DocumentTreeModel = self.sourceModel()  # type: ignore[assignment]
        k = model.kunci(i)
        if k is None or k.kind is NodeKind.DOKUMEN:
            return False  # shown when something below it matches (recursive filtering)
        if self.teks in str(i.data() or "").casefold():
            return True
        obj = model.ctl.node(*k)
        if _awalan_kode(self._rapat, _rapat(str(getattr(obj, "kode", "") or ""))):
            return True  # the indicator's own kode ("IKU 3"), as the placeholder promises
        if k.kind is NodeKind.INDIKATOR:
            return any(self._rapat in _rapat(kp.kode) for kp in obj.rumus.komponen)
        return False


def _tip_sama_teks(a: QAction) -> None:
    """The undo / redo button's tool tip says the whole undo text. The stack outlives the
    window: while Qt destroys the window's actions it may still signal a change."""
    if shiboken6.isValid(a) and a.toolTip() != a.text():
        a.setToolTip(a.text())


def _awalan_kode(ketik: str, kode: str) -> bool:
    """``kode`` is ``ketik`` or starts with it as whole tokens (both without spaces, folded):
    the next character is no letter or digit, or turns from letters to digits ("iku" finds
    "iku3"; "iku1" finds "iku1.2" but not "iku10")."""
    if not ketik or not kode.startswith(ketik):
        return False
    if len(kode) == len(ketik):
        return True
    akhir, lanjut = ketik[-1], kode[len(ketik)]
    return not lanjut.isalnum() or akhir.isdigit() != lanjut.isdigit()


class MainWindow(JendelaDasar):
    def __init__(
        self,
        controller: DocumentController,
        pengaturan: Pengaturan | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctl = controller
        self.gagal = False
        self.pengaturan = pengaturan or Pengaturan()
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self.setWindowIcon(ikon("ikudesk.png"))

        self.model = DocumentTreeModel(controller, self)
        self.model.pasang_ikon({j: ikon(f"{j}.svg") for j in NodeKind})
        pohon = self.ui.pohon
        self.saring = SaringPohon(self.model, self)
        pohon.setModel(self.saring)
        self.ui.saringEdit.textChanged.connect(self._saring_berubah)
        # Down or Tab in the filter box: on to the first match in the tree.
        self.ui.saringEdit.installEventFilter(self)
        # Said under the filter box when nothing matches (an empty tree says nothing).
        self.label_saring = QLabel(self.ui.wadahPohon)
        self.label_saring.setObjectName("labelSaring")
        self.label_saring.setWordWrap(True)
        self.label_saring.setStyleSheet("color: #a00000")
        self.label_saring.hide()
        self.ui.tataPohon.insertWidget(1, self.label_saring)
        pohon.setDropIndicatorShown(True)
        self.panel = buat_panel(controller, self.ui.wadahEditor)
        self.ui.tataEditor.addWidget(self.panel)
        self.ui.pemisah.setStretchFactor(0, 0)
        self.ui.pemisah.setStretchFactor(1, 1)
        self.ui.pemisah.setSizes([460, 900])

        self._siapkan_aksi()
        excel_actions.pasang_menu(self)  # Berkas → Excel: export, fill-in form, imports
        from ikudesk.gui.word_import import pasang_menu as pasang_menu_word

        pasang_menu_word(self)  # Berkas → Impor dari Word/Excel…
        self._siapkan_status()
        from ikudesk.gui.tahunan_actions import pasang_menu_tahunan  # the yearly documents

        pasang_menu_tahunan(self, controller)
        pasang_menu_dokumen(self, controller)  # Dokumen: Tetapkan…, Buka revisi…, Riwayat…
        # One place for "save what is being typed before anything else happens".
        self._komit = KomitSebelumAksi(self)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self._komit)
        from ikudesk.gui.roda import pasang_filter_roda

        pasang_filter_roda()  # the wheel scrolls pages, never changes an unfocused value

        pohon.selectionModel().currentChanged.connect(self._pilihan_berubah)
        pohon.customContextMenuRequested.connect(self._menu_konteks)
        self.model.rowsInserted.connect(self._baris_masuk)
        controller.dokumen_opened.connect(self._dokumen_dibuka)
        controller.node_changed.connect(self._node_berubah)
        controller.structure_changed.connect(self._perbarui_status)
        controller.structure_changed.connect(self._perbarui_aksi)
        controller.part_changed.connect(self._bagian_berubah)
        controller.message.connect(self._pesan)
        controller.warning.connect(self._peringatan)
        self._siapkan_server()
        self._pulihkan_tata()
        dok = controller.dokumen
        self._dokumen_dibuka(dok.id if dok is not None and dok.id is not None else -1)

    # --- set-up -------------------------------------------------------------------------------

    def _siapkan_server(self) -> None:
        """Berkas → Sambungkan ke server…, and reloading what other users changed (server)."""
        from ikudesk.gui.dialogs.server import PengamatServer, sambungkan_ke_server

        self.aksiServer = QAction("Sambungkan ke &server…", self)
        self.aksiServer.setObjectName("aksiServer")

        def sambungkan() -> None:
            sambungkan_ke_server(self.ctl, self)

        self.aksiServer.triggered.connect(sambungkan)
        # A group of its own before Keluar: not among the backup actions.
        self.ui.menuBerkas.insertAction(self.ui.aksiKeluar, self.aksiServer)
        self.ui.menuBerkas.insertSeparator(self.ui.aksiKeluar)
        self._pengamat_server = PengamatServer(self.ctl, self)

        def aksi_berkas() -> None:
            # The backup actions work on a store file; a server's backups are made with
            # "ikudesk backup/restore --db postgresql://…" (logical, see README).
            server = self.ctl._store is not None and self.ctl._store.server  # noqa: SLF001
            for a in (self.ui.aksiCadangkan, self.ui.aksiPulihkan, self.ui.aksiCadanganOtomatis):
                a.setEnabled(not server)
                a.setStatusTip(
                    "Pada penyimpanan server: pakai perintah ikudesk backup/restore --db …"
                    if server
                    else ""
                )

        self.ctl.dokumen_list_changed.connect(aksi_berkas)

    def _siapkan_aksi(self) -> None:
        ui = self.ui
        gaya = self.style()
        stack = self.ctl.stack
        self.aksi_urungkan = stack.createUndoAction(self, "Urungkan")
        self.aksi_urungkan.setShortcut(QKeySequence.StandardKey.Undo)
        self.aksi_urungkan.setIcon(gaya.standardIcon(QStyle.StandardPixmap.SP_ArrowBack))
        self.aksi_ulangi = stack.createRedoAction(self, "Ulangi")
        self.aksi_ulangi.setShortcuts([QKeySequence("Ctrl+Y"), QKeySequence("Ctrl+Shift+Z")])
        self.aksi_ulangi.setIcon(gaya.standardIcon(QStyle.StandardPixmap.SP_ArrowForward))
        # The tool bar shows a fixed word, so its buttons never shift as the undo text
        # ("Urungkan Ubah nama indikator …") changes; the menu and the tool tip say it all.
        for a, kata in ((self.aksi_urungkan, "Urungkan"), (self.aksi_ulangi, "Ulangi")):
            a.setIconText(kata)
            a.changed.connect(partial(_tip_sama_teks, a))
        pertama = ui.menuSunting.actions()[0] if ui.menuSunting.actions() else None
        if pertama is None:
            ui.menuSunting.addActions([self.aksi_urungkan, self.aksi_ulangi])
        else:
            ui.menuSunting.insertActions(pertama, [self.aksi_urungkan, self.aksi_ulangi])
        ui.bilahAlat.insertActions(
            ui.bilahAlat.actions()[0], [self.aksi_urungkan, self.aksi_ulangi]
        )
        ui.bilahAlat.insertSeparator(ui.aksiTambahTujuan)

        ikon_aksi = {
            ui.aksiTambahTujuan: ikon("tujuan.svg"),
            ui.aksiTambahSasaran: ikon("sasaran.svg"),
            ui.aksiTambahIndikator: ikon("indikator.svg"),
            ui.aksiGandakanIndikator: gaya.standardIcon(
                QStyle.StandardPixmap.SP_FileDialogNewFolder
            ),
            ui.aksiHapus: gaya.standardIcon(QStyle.StandardPixmap.SP_TrashIcon),
            ui.aksiNaik: gaya.standardIcon(QStyle.StandardPixmap.SP_ArrowUp),
            ui.aksiTurun: gaya.standardIcon(QStyle.StandardPixmap.SP_ArrowDown),
            ui.aksiDokumenBaru: gaya.standardIcon(QStyle.StandardPixmap.SP_FileIcon),
            ui.aksiBukaDokumen: gaya.standardIcon(QStyle.StandardPixmap.SP_DirOpenIcon),
            ui.aksiKeluar: gaya.standardIcon(QStyle.StandardPixmap.SP_DialogCloseButton),
        }
        for a, i in ikon_aksi.items():
            a.setIcon(i)
        # Tool bar buttons show text only where it says more than the icon; short words, and
        # "Hapus" before the arrows, so nothing hides behind "»" on a 1024-pixel screen.
        ui.aksiGandakanIndikator.setIconText("Gandakan")
        ui.aksiHapus.setIconText("Hapus")
        for a in (ui.aksiNaik, ui.aksiTurun):
            a.setIconText(a.text().replace("&", ""))
            ui.bilahAlat.removeAction(a)
        ui.bilahAlat.addActions([ui.aksiNaik, ui.aksiTurun])
        for a in (ui.aksiNaik, ui.aksiTurun):
            b = ui.bilahAlat.widgetForAction(a)
            if isinstance(b, QToolButton):
                b.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        # Tree keys act only while the tree has focus: Delete in a text field must stay a
        # text key, never delete an indicator.
        for a in (
            ui.aksiHapus,
            ui.aksiNaik,
            ui.aksiTurun,
            ui.aksiTambahIndikator,
        ):
            a.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            ui.pohon.addAction(a)

        sambung = {
            ui.aksiDokumenBaru: self.dokumen_baru,
            ui.aksiBukaDokumen: self.buka_dokumen,
            ui.aksiGandakanDokumen: self.gandakan_dokumen,
            ui.aksiHapusDokumen: self.hapus_dokumen,
            ui.aksiImpor: self.impor,
            ui.aksiEkspor: self.ekspor,
            ui.aksiEksporPdf: lambda: self._kait(_pdf_actions().ekspor_pdf),
            ui.aksiCetak: lambda: self._kait(_pdf_actions().cetak),
            ui.aksiKategori: lambda: self._kait(_pdf_actions().atur_kategori),
            ui.aksiCadangkan: lambda: self._kait(_backup_actions().cadangkan),
            ui.aksiPulihkan: lambda: self._kait(_backup_actions().pulihkan),
            ui.aksiCadanganOtomatis: lambda: self._kait(_backup_actions().cadangan_otomatis),
            ui.aksiKeluar: self.close,
            ui.aksiTambahTujuan: self.tambah_tujuan,
            ui.aksiTambahSasaran: self.tambah_sasaran,
            ui.aksiTambahIndikator: self.tambah_indikator,
            ui.aksiGandakanIndikator: self.gandakan_indikator,
            ui.aksiHapus: self.hapus,
            ui.aksiNaik: lambda: self.geser(-1),
            ui.aksiTurun: lambda: self.geser(1),
            ui.aksiTentang: self.tentang,
            ui.aksiPanduan: self.panduan,
            ui.aksiPindahkan: self.pindahkan_ke,
            ui.aksiSaring: self._fokus_saring,
        }
        for a, slot in sambung.items():
            a.triggered.connect(lambda _=False, s=slot: s())
        # Pengukuran → Pengukuran Kinerja… (the values grid; issue 11)
        from ikudesk.gui.pengukuran.view import pasang_menu

        self.aksi_pengukuran = pasang_menu(self, self.ctl)

    def _siapkan_status(self) -> None:
        self.label_dokumen = QLabel()
        self.label_jumlah = QLabel()
        self.statusBar().addPermanentWidget(self.label_dokumen)
        self.statusBar().addPermanentWidget(self.label_jumlah)

    def _pulihkan_tata(self) -> None:
        p = self.pengaturan
        if p.geometri is None or not self.restoreGeometry(p.geometri):
            self.resize(*UKURAN_AWAL)
        self._pas_layar()
        if p.keadaan is not None:
            self.restoreState(p.keadaan)
        if p.pemisah is not None:
            self.ui.pemisah.restoreState(p.pemisah)

    def _pas_layar(self) -> None:
        """Never larger than the screen it opens on (a 1024×600 netbook)."""
        layar = self.screen().availableGeometry() if self.screen() is not None else None
        if layar is None:
            return
        # Room for the window manager's title bar and frame, which the geometry excludes.
        lebar, tinggi = layar.width() - 8, layar.height() - 36
        if self.width() > lebar or self.height() > tinggi:
            self.resize(min(self.width(), lebar), min(self.height(), tinggi))
            self.move(layar.topLeft())

    def simpan_tata(self) -> None:
        p = self.pengaturan
        p.geometri = self.saveGeometry()
        p.keadaan = self.saveState()
        p.pemisah = self.ui.pemisah.saveState()
        if self.ctl._store is not None:
            p.set_dokumen_terakhir(
                self.ctl.store.path, self.ctl.dokumen.id if self.ctl.dokumen else None
            )
        p.simpan()

    # --- selection ----------------------------------------------------------------------------

    def terpilih(self) -> Ref | None:
        return self.model.kunci(self.saring.mapToSource(self.ui.pohon.currentIndex()))

    def pilih(self, jenis: NodeKind | str, id_: int) -> None:
        i = self.saring.mapFromSource(self.model.index_dari(jenis, id_))
        if not i.isValid() and self.saring.teks:
            # Hidden by the filter (e.g. just added): show everything rather than lose it.
            self.ui.saringEdit.clear()
            i = self.saring.mapFromSource(self.model.index_dari(jenis, id_))
        if i.isValid():
            self.ui.pohon.scrollTo(i)
            self.ui.pohon.selectionModel().setCurrentIndex(
                i, QItemSelectionModel.SelectionFlag.ClearAndSelect
            )

    def _pilihan_berubah(self, sekarang: QModelIndex, _sebelum: QModelIndex) -> None:
        komit_ketikan()  # onto the node still shown, before the page shows the next one
        k = self.model.kunci(self.saring.mapToSource(sekarang))
        self.panel.tampilkan(*(k if k else (None, -1)))
        self._perbarui_aksi()

    def _baris_masuk(self, parent: QModelIndex, *_: Any) -> None:
        self.ui.pohon.expand(self.saring.mapFromSource(parent))

    def _saring_berubah(self, teks: str) -> None:
        k = self.terpilih()
        self.saring.atur_teks(teks)
        self.ui.pohon.expandAll()
        kosong = bool(teks.strip()) and self.saring.rowCount() == 0
        self.label_saring.setText(
            f"Tidak ada tujuan, sasaran atau indikator yang cocok dengan «{teks.strip()}»."
            if kosong
            else ""
        )
        self.label_saring.setVisible(kosong)
        if k is not None and self.saring.mapFromSource(self.model.index_dari(*k)).isValid():
            self.ui.pohon.scrollTo(self.saring.mapFromSource(self.model.index_dari(*k)))

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if (
            obj is self.ui.saringEdit
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Tab)
            and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        ):
            self._ke_cocok_pertama()
            return True
        return super().eventFilter(obj, event)

    def _ke_cocok_pertama(self) -> None:
        """Focus the tree on the first node that matches the filter (the first node when the
        box is empty)."""
        pohon, m = self.ui.pohon, self.saring
        tumpuk = [m.index(r, 0) for r in reversed(range(m.rowCount()))]
        pertama = None
        while tumpuk:
            i = tumpuk.pop()
            if pertama is None:
                pertama = i
            if self.saring.teks and self.saring.cocok(m.mapToSource(i)):
                pertama = i
                break
            tumpuk += [m.index(r, 0, i) for r in reversed(range(m.rowCount(i)))]
        else:
            if self.saring.teks:
                pertama = None
        pohon.setFocus(Qt.FocusReason.TabFocusReason)
        if pertama is not None:
            pohon.setCurrentIndex(pertama)
            pohon.scrollTo(pertama)

    def _fokus_saring(self) -> None:
        self.ui.saringEdit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.ui.saringEdit.selectAll()

    # --- following the controller -------------------------------------------------------------

    def _dokumen_dibuka(self, dokumen_id: int) -> None:
        pohon = self.ui.pohon
        pohon.expandAll() if self.ctl.dokumen and len(
            self.ctl.dokumen.semua_indikator()
        ) <= 400 else pohon.expandToDepth(1)
        if dokumen_id >= 0:
            self.pilih(NodeKind.DOKUMEN, dokumen_id)
        else:
            self.panel.tampilkan(None, -1)
        self._perbarui_status()
        self._perbarui_aksi()

    def _bagian_berubah(self, bagian: str, _n: int) -> None:
        if bagian == "penetapan":  # fixed or reopened: the status line and the tree's actions
            self._perbarui_status()
            self._perbarui_aksi()

    def _node_berubah(self, ref: Ref) -> None:
        if ref.kind is NodeKind.DOKUMEN:
            self._perbarui_status()

    def _pesan(self, teks: str) -> None:
        self.statusBar().showMessage(teks, 10000)

    def _peringatan(self, teks: str) -> None:
        from ikudesk.gui.dialogs.umum import pesan

        # The first places in the box; all of them behind "Show Details" (a box taller than a
        # 600-pixel screen cannot be closed).
        baris = teks.split("\n")
        ringkas = "\n".join(baris[:4]) + ("\n…" if len(baris) > 4 else "")
        kotak = pesan(self, QMessageBox.Icon.Warning, ringkas, "pesanBatas")
        if len(baris) > 4:
            kotak.setDetailedText("\n".join(baris[1:]))

    def _perbarui_status(self) -> None:
        dok = self.ctl.dokumen
        if dok is None:
            self.setWindowTitle("IKU Desk")
            self.label_dokumen.setText("Belum ada dokumen yang dibuka")
            self.label_jumlah.setText("")
            return
        nama = dok.profil.instansi or " ".join(dok.judul) or "Dokumen tanpa nama"
        periode = label_periode(dok.periode)
        if dok.periode:
            periode = f"periode {periode}"
        self.setWindowTitle(f"{nama} ({periode}) — IKU Desk")
        session = self.ctl.session
        diubah = session is not None and session.signed_content_changed() is not None
        self.label_dokumen.setText(f"{nama} · {periode}{status_penetapan(dok, diubah)}")
        n = len(dok.semua_indikator())
        self.label_jumlah.setText(f"{format_angka(n, 0)} indikator")

    def _perbarui_aksi(self) -> None:
        ui = self.ui
        ada_dok = self.ctl.dokumen is not None
        k = self.terpilih() if ada_dok else None
        jenis = k.kind if k else None
        di_bawah_dokumen = jenis in (NodeKind.TUJUAN, NodeKind.SASARAN, NodeKind.INDIKATOR)
        for a in (
            ui.aksiGandakanDokumen,
            ui.aksiHapusDokumen,
            ui.aksiEkspor,
            ui.aksiEksporPdf,
            ui.aksiCetak,
            ui.aksiTambahTujuan,
        ):
            a.setEnabled(ada_dok)
        ui.aksiTambahSasaran.setEnabled(di_bawah_dokumen)
        ui.aksiTambahIndikator.setEnabled(di_bawah_dokumen)
        ui.aksiGandakanIndikator.setEnabled(jenis is NodeKind.INDIKATOR)
        ui.aksiPindahkan.setEnabled(jenis in (NodeKind.SASARAN, NodeKind.INDIKATOR))
        ui.aksiHapus.setEnabled(di_bawah_dokumen)
        # A ditetapkan document's structure is signed content (issue 24): the operations refuse
        # it, and the actions that would change it are off.
        terkunci = bool(self.ctl.dokumen is not None and self.ctl.dokumen.ditetapkan)
        if terkunci:
            for a in (
                ui.aksiTambahTujuan,
                ui.aksiTambahSasaran,
                ui.aksiTambahIndikator,
                ui.aksiGandakanIndikator,
                ui.aksiPindahkan,
                ui.aksiHapus,
            ):
                a.setEnabled(False)
        s = self.ctl.session
        for a, arah in ((ui.aksiNaik, -1), (ui.aksiTurun, 1)):
            a.setEnabled(
                k is not None
                and s is not None
                and not terkunci
                and s.shifted_position(k, arah) is not None
            )

    # --- tree actions -------------------------------------------------------------------------

    def _coba(self, fn: Any, *args: Any) -> Any:
        """Run a controller call; show its Indonesian message when it is refused."""
        self.gagal = False
        try:
            return fn(*args)
        except IkuError as e:
            self.gagal = True
            galat(self, e.pesan)
            return None

    def _tempat_baru(self, kind: NodeKind) -> Place | None:
        """Where a new node of ``kind`` goes, as the session says for the selection."""
        s = self.ctl.session
        return s.insert_position(kind, self.terpilih()) if s is not None else None

    def tambah_tujuan(self) -> None:
        tempat = self._tempat_baru(NodeKind.TUJUAN)
        if tempat is None:
            return
        baru = self._coba(self.ctl.add_tujuan, tempat.position)
        if baru is not None:
            self.pilih(NodeKind.TUJUAN, baru)
            self._fokus_editor()

    def tambah_sasaran(self) -> None:
        tempat = self._tempat_baru(NodeKind.SASARAN)
        if tempat is None:
            return
        baru = self._coba(self.ctl.add_sasaran, tempat.parent.id, tempat.position)
        if baru is not None:
            self.pilih(NodeKind.SASARAN, baru)
            self._fokus_editor()

    def tambah_indikator(self) -> None:
        tempat = self._tempat_baru(NodeKind.INDIKATOR)
        if tempat is None:
            self._pesan("Pilih tujuan atau sasaran dulu, lalu tambahkan indikator di bawahnya.")
            return
        p = tempat.parent
        baru = self._coba(self.ctl.add_indikator, p.kind, p.id, tempat.position)
        if baru is not None:
            self.pilih(NodeKind.INDIKATOR, baru)
            self._fokus_editor()

    def _fokus_editor(self) -> None:
        """The cursor into the shown page's first field (after adding a node: type its name)."""
        fokus = getattr(self.panel, "fokus_awal", None)
        if fokus is not None:
            fokus()

    def _tujuan_pindah(self, ref: Ref) -> list[tuple[str, Place]]:
        """Where ``ref`` may move, as the session says: (label, place) for each other parent."""
        hasil: list[tuple[str, Place]] = []
        for t in self.ctl.session_or_fail().move_targets(ref):
            p = t.place.parent
            nomor = ".".join(str(n) for n in t.nomor)
            label = f"Tujuan {nomor}" if p.kind is NodeKind.TUJUAN else f"    Sasaran {nomor}"
            hasil.append((f"{label}: {self._uraian(*p)}", t.place))
        return hasil

    def pindahkan_ke(self) -> None:
        """Edit → Pindahkan ke…: move the selected indicator (or sasaran) under another parent
        the user picks from a list, at the end; one undo step."""
        k = self.terpilih()
        if not k or k.kind not in (NodeKind.INDIKATOR, NodeKind.SASARAN):
            return
        pilihan = self._tujuan_pindah(k)
        if not pilihan:
            self._pesan("Tidak ada tempat lain untuk memindahkannya.")
            return
        label, ok = QInputDialog.getItem(
            self,
            "Pindahkan ke",
            f"Pindahkan {k.kind} «{self._uraian(*k)}» ke:",
            [p[0] for p in pilihan],
            0,
            False,
        )
        if not ok:
            return
        tempat = dict(pilihan)[label]
        p = tempat.parent
        self._coba(self.ctl.move, k.kind, k.id, p.kind, p.id, tempat.position)
        if not self.gagal:
            self.pilih(*k)

    def gandakan_indikator(self) -> None:
        k = self.terpilih()
        if k and k.kind is NodeKind.INDIKATOR:
            baru = self._coba(self.ctl.duplicate_indikator, k.id)
            if baru is not None:
                self.pilih(NodeKind.INDIKATOR, baru)

    def _uraian(self, jenis: NodeKind, id_: int) -> str:
        i = self.model.index_dari(jenis, id_)
        teks = str(i.data()) if i.isValid() else ""
        return teks if len(teks) <= 80 else teks[:77] + "…"

    def hapus(self) -> None:
        k = self.terpilih()
        if not k or k.kind is NodeKind.DOKUMEN:
            return
        jenis, id_ = k
        obj = self.ctl.node(jenis, id_)
        isi = ""
        if jenis is NodeKind.TUJUAN:
            n_ind = len(obj.indikator) + sum(len(s.indikator) for s in obj.sasaran)
            isi = f" beserta {len(obj.sasaran)} sasaran dan {n_ind} indikator di bawahnya"
        elif jenis is NodeKind.SASARAN:
            isi = f" beserta {len(obj.indikator)} indikator di bawahnya"
        pesan = (
            f"Hapus {jenis} «{self._uraian(jenis, id_)}»{isi}?\n\n"
            "Penghapusan dapat dibatalkan dengan Urungkan (Ctrl+Z)."
        )
        if not tanya(self, f"Hapus {jenis}", pesan, ya="Hapus"):
            return
        pj, pid = self.ctl.parent_of(jenis, id_)
        self._coba(self.ctl.remove, jenis, id_)
        if not self.ctl.has(jenis, id_):
            self.pilih(pj, pid)

    def geser(self, arah: int) -> None:
        k, s = self.terpilih(), self.ctl.session
        if k is None or s is None:
            return
        posisi = s.shifted_position(k, arah)
        if posisi is not None:
            pj, pid = s.parent_of(k)
            self._coba(self.ctl.move, k.kind, k.id, pj, pid, posisi)
            self.pilih(*k)
            self._perbarui_aksi()

    def _menu_konteks(self, titik: QPoint) -> None:
        ui = self.ui
        menu = QMenu(self)
        for a in (
            ui.aksiTambahTujuan,
            ui.aksiTambahSasaran,
            ui.aksiTambahIndikator,
            ui.aksiGandakanIndikator,
            None,
            ui.aksiNaik,
            ui.aksiTurun,
            ui.aksiPindahkan,
            None,
            ui.aksiHapus,
        ):
            if a is None:
                menu.addSeparator()
            else:
                menu.addAction(a)
        menu.exec(ui.pohon.viewport().mapToGlobal(titik))

    # --- documents ----------------------------------------------------------------------------

    def dokumen_baru(self) -> None:
        from ikudesk.gui.dialogs.dokumen_baru import DialogDokumenBaru

        d = DialogDokumenBaru(self)
        if d.exec() != DialogDokumenBaru.DialogCode.Accepted:
            return
        from ikudesk.domain.new_document import dokumen_baru

        dok = dokumen_baru(d.instansi(), d.periode())
        dok.profil.pemerintah_daerah = d.pemerintah_daerah()
        self._coba(self.ctl.create_dokumen, dok)

    def buka_dokumen(self) -> None:
        from ikudesk.gui.dialogs.buka import DialogBuka

        daftar = self._coba(self.ctl.list_dokumen)
        if not daftar:
            self._pesan("Belum ada dokumen di penyimpanan.")
            return
        pilih = self.ctl.dokumen.id if self.ctl.dokumen else None
        d = DialogBuka(daftar, self, pilih=pilih)
        if d.exec() == DialogBuka.DialogCode.Accepted and d.dokumen_id() is not None:
            self._coba(self.ctl.open, d.dokumen_id())

    def gandakan_dokumen(self) -> None:
        from ikudesk.gui.dialogs.dokumen_baru import DialogDokumenBaru

        dok = self.ctl.dokumen
        if dok is None or dok.id is None:
            return
        nama = dok.profil.instansi or " ".join(dok.judul)
        d = DialogDokumenBaru.untuk_duplikat(self, nama, dok.periode)
        if d.exec() == DialogDokumenBaru.DialogCode.Accepted:
            lama, periode = dok.periode, d.periode()
            diganti: list[str] = []
            baru = self._coba(self.ctl.duplicate_dokumen, dok.id, periode, diganti)
            if baru is None:
                return
            teks = f"Salinan untuk periode {label_periode(periode)} dibuka."
            if diganti and lama is not None:
                teks += (
                    f" Tulisan periode {label_periode(lama)} diganti {label_periode(periode)} "
                    f"pada: {', '.join(diganti)}."
                )
            self._pesan(teks)
            if diganti:
                # Said in a box (not only the status bar): the user should check those texts.
                pesan(self, QMessageBox.Icon.Information, teks, "pesanGandakan")

    def hapus_dokumen(self) -> None:
        dok = self.ctl.dokumen
        if dok is None or dok.id is None:
            return
        nama = dok.profil.instansi or " ".join(dok.judul) or "tanpa nama"
        n = len(dok.semua_indikator())
        if not tanya(
            self,
            "Hapus dokumen",
            f"Hapus seluruh dokumen «{nama}» dengan {n} indikator dari penyimpanan?\n\n"
            "Penghapusan dokumen TIDAK dapat diurungkan. Buat cadangan dulu bila ragu.",
            ya="Hapus dokumen",
        ):
            return
        self._coba(self.ctl.remove_dokumen, dok.id)
        self.mulai()

    def impor(self) -> None:
        from ikudesk.gui.berkas import pilih_buka

        dipilih = pilih_buka(self, "json", "Impor berkas dokumen", "Berkas dokumen IKU (*.json)")
        path = str(dipilih) if dipilih is not None else ""
        if path:
            baru = self._coba(self.ctl.import_file, path)
            if baru is not None:
                self._pesan(f"Berkas {Path(path).name} diimpor sebagai dokumen nomor {baru}.")

    def ekspor(self) -> None:
        dok = self.ctl.dokumen
        if dok is None:
            return
        nama = (dok.profil.instansi or "dokumen-iku").lower().replace(" ", "-")
        from ikudesk.gui.berkas import pilih_simpan

        dipilih = pilih_simpan(
            self, "json", "Ekspor berkas dokumen", f"{nama}.json", "Berkas dokumen IKU (*.json)"
        )
        if dipilih is None:
            return
        path = str(dipilih)
        if not path.lower().endswith(".json"):
            path += ".json"
        self._coba(self.ctl.export_file, path)
        if not self.gagal:
            self._pesan(f"Dokumen disimpan ke {path}.")

    def _kait(self, fn: Callable[[Any, DocumentController], object]) -> None:
        """Call a menu hook owned by another part; show its message when it is refused."""
        try:
            fn(self, self.ctl)
        except IkuError as e:
            galat(self, e.pesan)

    def panduan(self) -> None:
        from ikudesk.gui.dialogs.panduan import DialogPanduan

        d = DialogPanduan(self)
        d.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        d.show()

    def tentang(self) -> None:
        from ikudesk.gui.dialogs.tentang import DialogTentang

        path = self.ctl.store.path if self.ctl._store is not None else None
        DialogTentang(path, self.windowIcon(), self).exec()

    def buka_awal(self, dokumen_id: int | None = None) -> bool:
        """Open ``dokumen_id``, else the last one of this store, else the first; False if none."""
        daftar = self._coba(self.ctl.list_dokumen) or []
        ids = [d.id for d in daftar]
        if not ids:
            return False
        if dokumen_id is not None and dokumen_id not in ids:
            galat(
                self, f"Dokumen nomor {dokumen_id} tidak ada di penyimpanan; dokumen lain dibuka."
            )
            dokumen_id = None
        if dokumen_id is None:
            terakhir = self.pengaturan.dokumen_terakhir(self.ctl.store.path)
            dokumen_id = terakhir if terakhir in ids else ids[0]
        self._coba(self.ctl.open, dokumen_id)
        return True

    def mulai(self) -> None:
        """After the window shows: open a document, or offer the first-run choices."""
        if self.ctl.dokumen is not None or self.buka_awal():
            return
        QTimer.singleShot(0, self.tawarkan_mulai)

    def tawarkan_mulai(self) -> None:
        from ikudesk.gui.dialogs.mulai import BARU, CONTOH, IMPOR, DialogMulai

        d = DialogMulai(sample_documents(), self)
        if d.exec() != DialogMulai.DialogCode.Accepted:
            return
        if d.pilihan == BARU:
            self.dokumen_baru()
        elif d.pilihan == CONTOH and d.contoh_terpilih() is not None:
            self._coba(self.ctl.import_file, d.contoh_terpilih())
        elif d.pilihan == IMPOR:
            self.impor()

    # --- closing ------------------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        # Everything is already stored (komit_ketikan saves what is being typed); closing only
        # remembers the layout and runs the automatic backup; neither may keep the window open.
        komit_ketikan()
        try:
            self.simpan_tata()
        except Exception as e:  # noqa: BLE001
            self._pesan(f"Tata letak jendela tidak tersimpan: {e}")
        try:
            from ikudesk.gui import backup_actions

            backup_actions.saat_tutup(self, self.ctl)
        except Exception:  # noqa: BLE001, S110 - a failed backup must not block closing
            pass
        event.accept()


# The modules of menu hooks owned by other parts, imported when first used: the reports and
# the backup archive are not needed before the first document is on screen.


def _pdf_actions() -> ModuleType:
    from ikudesk.gui import pdf_actions

    return pdf_actions


def _backup_actions() -> ModuleType:
    from ikudesk.gui import backup_actions

    return backup_actions


def aksi_menurut_nama(window: MainWindow) -> dict[str, QAction]:
    """Every action of the window by object name (for tests and the smoke run)."""
    return {a.objectName(): a for a in window.findChildren(QAction) if a.objectName()}
