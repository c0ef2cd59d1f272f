"""The indicator page: its fields, its formula (components, expression, preview) and its values."""

from __future__ import annotations

import copy
import re
from collections.abc import Callable
from decimal import Decimal
from typing import Any

from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QInputDialog,
    QMessageBox,
    QPushButton,
    QTableView,
    QTableWidgetItem,
    QWidget,
)

from ikudesk.domain import formula, rules
from ikudesk.domain.fields import Field
from ikudesk.domain.keys import JenisNilai, NilaiKey, NodeKind
from ikudesk.domain.model import POLARITAS, Indikator, Komponen
from ikudesk.domain.rules import TAHUN_MAX, TAHUN_MIN
from ikudesk.errors import IkuError
from ikudesk.gui.editors.delegates import AngkaDelegate, tanpa_lompat
from ikudesk.gui.editors.fields import atur_teks, ikat_baris, ikat_paragraf
from ikudesk.gui.editors.halaman import Halaman, tandai_pesan
from ikudesk.gui.editors.values_model import NilaiModel
from ikudesk.gui.forms.ui_editor_indikator import Ui_EditorIndikator
from ikudesk.session.refs import Ref

__all__ = ["HalamanIndikator"]


def _tanya_ya(parent: QWidget, judul: str, pesan: str) -> bool:
    jawab = QMessageBox.question(
        parent,
        judul,
        pesan,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return jawab == QMessageBox.StandardButton.Yes


def _pas_tinggi(tabel: QTableView, baris: int, min_baris: int, maks: int) -> None:
    """Fit a table's height to its rows (within bounds): no tall empty box, no clipped rows."""
    tinggi = (
        tabel.horizontalHeader().sizeHint().height()
        + tabel.verticalHeader().defaultSectionSize() * max(baris, min_baris)
        + 2 * tabel.frameWidth()
        + (tabel.horizontalScrollBar().sizeHint().height() if baris > min_baris else 4)
    )
    tabel.setFixedHeight(min(tinggi, maks))


def ganti_kode(ekspresi: str, lama: str, baru: str) -> str:
    """Rename a component code where it stands as a whole name in ``ekspresi``."""
    return re.sub(rf"(?<![A-Za-z0-9_]){re.escape(lama)}(?![A-Za-z0-9_])", baru, ekspresi)


class HalamanIndikator(Halaman):
    jenis = NodeKind.INDIKATOR

    def __init__(self, controller: Any, parent: QWidget | None = None) -> None:
        form = QWidget()
        self.ui = Ui_EditorIndikator()
        self.ui.setupUi(form)
        super().__init__(controller, form, parent)
        ui = self.ui
        #: Asks the user a yes/no question; replaceable where no one can click (scripts).
        self.tanya: Callable[[str, str], bool] = lambda judul, pesan: _tanya_ya(self, judul, pesan)
        #: Asks for a year to add; None when cancelled.
        self.minta_tahun: Callable[[], int | None] = self._minta_tahun
        self._tahun_tambahan: set[int] = set()
        self._mengisi = False

        ikat_paragraf(ui.namaEdit, lambda t: self.ubah(Field.INDIKATOR_NAMA, t.strip()))
        ikat_baris(ui.satuanEdit, lambda t: self.ubah(Field.INDIKATOR_SATUAN, t.strip()))
        ikat_paragraf(ui.sumberEdit, lambda t: self.ubah(Field.INDIKATOR_SUMBER_DATA, t))
        ikat_paragraf(
            ui.pjEdit,
            lambda t: self.ubah(Field.INDIKATOR_PENANGGUNG_JAWAB, t),
        )
        ui.polaritasCombo.activated.connect(
            lambda i: self.ubah(Field.INDIKATOR_POLARITAS, POLARITAS[i])
        )
        ikat_paragraf(
            ui.penjelasanEdit,
            lambda t: self.ubah(Field.INDIKATOR_PENJELASAN, t),
        )

        # Components
        tbl = ui.komponenTable
        tbl.setColumnCount(2)
        tbl.setHorizontalHeaderLabels(["Kode", "Uraian (dicetak pada rumus)"])
        tbl.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        tbl.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        tbl.setColumnWidth(0, 170)
        tbl.verticalHeader().setVisible(False)
        tbl.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        tbl.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        tbl.itemChanged.connect(self._komponen_diubah)
        ui.tambahKomponenButton.clicked.connect(self.tambah_komponen)
        ui.hapusKomponenButton.clicked.connect(self.hapus_komponen)
        tandai_pesan(ui.komponenPesan, "")

        # Expression
        ui.ekspresiEdit.textChanged.connect(self._periksa_ekspresi)
        ui.ekspresiEdit.selesai.connect(self.simpan_ekspresi)
        tandai_pesan(ui.ekspresiPesan, "")

        # Yearly values
        self.nilai_model = NilaiModel(self)
        self.nilai_model.atur_penulis(self._tulis_nilai)
        self.nilai_model.galat.connect(lambda p: tandai_pesan(ui.nilaiPesan, p))
        ui.nilaiTable.setModel(self.nilai_model)
        ui.nilaiTable.setItemDelegate(AngkaDelegate(ui.nilaiTable, tahan_tolakan=True))
        tanpa_lompat(ui.nilaiTable, lambda p: tandai_pesan(ui.nilaiPesan, p))
        ui.nilaiTable.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        ui.nilaiTable.horizontalHeader().setMinimumSectionSize(90)
        ui.nilaiTable.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        ui.tambahTahunButton.clicked.connect(self.tambah_tahun)
        # The IKM survey window (issue 13): beside "Tambah tahun…", in the same row.
        self.surveiButton = QPushButton("Survei &IKM…")
        self.surveiButton.setObjectName("surveiButton")
        self.surveiButton.setToolTip("Responden, impor jawaban formulir, dan hasil IKM per tahun")
        ui.nilaiTombol.insertWidget(1, self.surveiButton)
        self.surveiButton.clicked.connect(self.buka_survei)
        tandai_pesan(ui.nilaiPesan, "")
        controller.nilai_changed.connect(self._nilai_berubah)
        controller.node_changed.connect(self._dokumen_berubah)

        # Kode, agregasi, definisi, quarterly values and analisis (issue 11), below the years.
        from ikudesk.gui.pengukuran.panel_indikator import PanelIndikatorTahunan

        self.panel_tahunan = PanelIndikatorTahunan(controller, form)
        ui.akar.insertWidget(ui.akar.count() - 1, self.panel_tahunan)

    # --- showing -------------------------------------------------------------------------

    def tampilkan(self, id_: int) -> None:
        if id_ != self.id:
            self._tahun_tambahan.clear()
            for label in (self.ui.komponenPesan, self.ui.ekspresiPesan, self.ui.nilaiPesan):
                tandai_pesan(label, "")
        super().tampilkan(id_)

    def field_awal(self) -> QWidget | None:
        return self.ui.namaEdit

    def bagian_ditetapkan(self) -> list[QWidget]:
        # Name, unit, formula, kode, definisi, agregasi are signed; the value table's targets
        # too (its model locks that column), while realisasi and the quarters stay open.
        return [self.ui.indikatorGroup, self.ui.rumusGroup, self.panel_tahunan.ui.pengukuranGroup]

    def muat(self, node: Indikator) -> None:
        ui = self.ui
        self._mengisi = True
        try:
            atur_teks(ui.namaEdit, node.nama)
            atur_teks(ui.satuanEdit, node.satuan)
            atur_teks(ui.sumberEdit, node.sumber_data)
            atur_teks(ui.pjEdit, node.penanggung_jawab)
            ui.polaritasCombo.setCurrentIndex(
                POLARITAS.index(node.polaritas) if node.polaritas in POLARITAS else 0
            )
            atur_teks(ui.penjelasanEdit, node.rumus.penjelasan)
            tbl = ui.komponenTable
            tbl.setRowCount(len(node.rumus.komponen))
            for i, k in enumerate(node.rumus.komponen):
                for j, teks in enumerate((k.kode, k.uraian)):
                    item = tbl.item(i, j)
                    if item is None:
                        tbl.setItem(i, j, QTableWidgetItem(teks))
                    elif item.text() != teks:
                        item.setText(teks)
            ui.hapusKomponenButton.setEnabled(bool(node.rumus.komponen))
            _pas_tinggi(tbl, len(node.rumus.komponen), min_baris=2, maks=200)
            ui.ekspresiEdit.atur_teks(node.rumus.ekspresi or "")
        finally:
            self._mengisi = False
        self._periksa_ekspresi()
        self.nilai_model.target_terkunci = self.terkunci()
        self._muat_nilai(node)
        self.panel_tahunan.muat(node)

    def _nilai_berubah(self, id_: int) -> None:
        if id_ == self.id and self.isVisible():
            node = self.node()
            if node is not None:
                self._muat_nilai(node)

    def _dokumen_berubah(self, ref: Ref) -> None:
        # The document's period decides which rows the value table has.
        if ref.kind is NodeKind.DOKUMEN and self.isVisible():
            node = self.node()
            if node is not None:
                self._muat_nilai(node)

    def tahun(self) -> list[int]:
        """The rows of the value table: the period, or the years holding values (+ added ones)."""
        dok = self.controller.dokumen
        if dok is not None and dok.periode is not None:
            return dok.periode.tahun
        ada = set(dok.tahun()) if dok is not None else set()
        return sorted(ada | self._tahun_tambahan)

    def _muat_nilai(self, node: Indikator) -> None:
        ui = self.ui
        dok = self.controller.dokumen
        tahun = self.tahun()
        self.nilai_model.atur(node, tahun)
        tanpa_periode = dok is None or dok.periode is None
        ui.tambahTahunButton.setVisible(tanpa_periode)
        self.surveiButton.setVisible(not node.pakai_rumus)  # a survey indicator has no formula
        petunjuk = (
            "Ketik angka cara Indonesia (84,125 atau 1.250); titik desimal (84.5) juga "
            "diterima, tetapi 84.125 ditolak karena dapat berarti 84125 atau 84,125. "
            "Kosongkan sel untuk menghapus nilai."
        )
        if node.pakai_rumus:
            petunjuk += " Realisasi dihitung dari nilai komponen (kolom abu-abu)."
        if node.survei_ikm:
            daftar = ", ".join(str(th) for th in sorted(node.survei_ikm))
            petunjuk += f" Realisasi {daftar} dari survei IKM (abu-abu; ubah lewat Survei IKM…)."
        if tanpa_periode:
            ui.periodeInfo.setText(
                "Dokumen ini tanpa periode, jadi yang tampil hanya tahun yang sudah berisi "
                "nilai. Atur periode di halaman Dokumen agar semua tahun Renstra tampil, atau "
                "pakai “Tambah tahun…”. " + petunjuk
            )
        else:
            assert dok is not None and dok.periode is not None
            ui.periodeInfo.setText(
                f"Periode {dok.periode.mulai}–{dok.periode.selesai}: satu baris per tahun. "
                + petunjuk
            )
        alasan = self.nilai_model.alasan()
        ui.alasanLabel.setText(
            "Capaian belum dapat dihitung:\n" + "\n".join(alasan) if alasan else ""
        )
        ui.alasanLabel.setVisible(bool(alasan))
        _pas_tinggi(ui.nilaiTable, len(tahun), min_baris=1, maks=380)

    def buka_survei(self) -> None:
        from ikudesk.gui.survei.halaman import buka_survei

        if self.id is not None:
            buka_survei(self.window(), self.controller, self.id)

    # --- values --------------------------------------------------------------------------

    def _tulis_nilai(self, jenis: str, kode: str | None, tahun: int, nilai: Decimal | None) -> None:
        assert self.id is not None
        if jenis == "komponen":
            assert kode is not None
            key = NilaiKey.nilai_komponen(self.id, kode, tahun)
        else:
            key = NilaiKey(self.id, tahun, JenisNilai(jenis))
        self.controller.set_nilai(key, nilai)
        tandai_pesan(self.ui.nilaiPesan, "")

    def _minta_tahun(self) -> int | None:
        tahun = self.tahun()
        awal = (tahun[-1] + 1) if tahun else 2025
        nilai, ok = QInputDialog.getInt(
            self, "Tambah tahun", "Tahun yang ditambahkan:", awal, TAHUN_MIN, TAHUN_MAX
        )
        return nilai if ok else None

    def tambah_tahun(self) -> None:
        """Add a row for a year (documents without a period); kept until values are entered."""
        tahun = self.minta_tahun()
        if tahun is None:
            return
        if not TAHUN_MIN <= tahun <= TAHUN_MAX:
            tandai_pesan(
                self.ui.nilaiPesan, f"Tahun {tahun} tidak masuk akal ({TAHUN_MIN}–{TAHUN_MAX})."
            )
            return
        self._tahun_tambahan.add(tahun)
        node = self.node()
        if node is not None:
            self._muat_nilai(node)

    # --- formula -------------------------------------------------------------------------

    def _kode(self) -> list[str]:
        node = self.node()
        return [k.kode for k in node.rumus.komponen] if node is not None else []

    def _periksa_ekspresi(self) -> formula.Node | None:
        """Check the expression as typed: message + mark on error, preview when valid."""
        ui = self.ui
        node = self.node()
        teks = ui.ekspresiEdit.teks()
        if node is None or not teks.strip():
            ui.ekspresiEdit.tandai(None)
            tandai_pesan(ui.ekspresiPesan, "")
            ui.formulaView.atur(None)
            return None
        try:
            pohon = formula.parse(teks, [k.kode for k in node.rumus.komponen])
        except formula.FormulaError as e:
            ui.ekspresiEdit.tandai(e.posisi)
            tandai_pesan(ui.ekspresiPesan, e.pesan)
            return None
        ui.ekspresiEdit.tandai(None)
        tandai_pesan(ui.ekspresiPesan, "")
        uraian = {k.kode: k.uraian for k in node.rumus.komponen}
        ui.formulaView.atur(formula.layout(pohon, uraian, persen=node.satuan.strip() == "%"))
        return pohon

    def simpan_ekspresi(self) -> None:
        node = self.node()
        if node is None or self._mengisi:
            return
        teks = self.ui.ekspresiEdit.teks().strip()
        baru = teks or None
        if baru == (node.rumus.ekspresi or None):
            return
        if baru is not None and self._periksa_ekspresi() is None:
            return  # the message is already under the field; nothing is stored
        self._ubah_rumus(baru, copy.deepcopy(node.rumus.komponen))

    def _ubah_rumus(
        self, ekspresi: str | None, komponen: list[Komponen], hapus_nilai: bool = False
    ) -> bool:
        assert self.id is not None
        try:
            self.controller.set_rumus(self.id, ekspresi, komponen, hapus_nilai=hapus_nilai)
        except IkuError as e:
            tandai_pesan(self.ui.komponenPesan, e.pesan)
            self.segarkan()
            return False
        tandai_pesan(self.ui.komponenPesan, "")
        return True

    def _kode_berisi(self, node: Indikator, kode: str) -> bool:
        return any(kode in per for per in node.nilai_komponen.values())

    def _komponen_diubah(self, item: QTableWidgetItem) -> None:
        if self._mengisi:
            return
        node = self.node()
        if node is None or item.row() >= len(node.rumus.komponen):
            return
        komponen = copy.deepcopy(node.rumus.komponen)
        k = komponen[item.row()]
        teks = item.text().strip()
        ekspresi = node.rumus.ekspresi
        if item.column() == 1:
            if teks == k.uraian:
                return
            k.uraian = teks
        else:
            if teks == k.kode:
                return
            pesan = self.periksa_kode(teks, [x.kode for x in komponen if x is not k])
            if pesan:
                tandai_pesan(self.ui.komponenPesan, pesan)
                self.segarkan()
                return
            hapus_nilai = False
            if self._kode_berisi(node, k.kode):
                if not self.tanya(
                    "Ganti kode komponen",
                    f"Komponen '{k.kode}' sudah berisi nilai. Mengganti kodenya menghapus "
                    "nilai-nilai itu (dapat dibatalkan dengan Urungkan). Lanjutkan?",
                ):
                    self.segarkan()
                    return
                hapus_nilai = True
            if ekspresi:
                ekspresi = ganti_kode(ekspresi, k.kode, teks)
            k.kode = teks
            self._ubah_rumus(ekspresi, komponen, hapus_nilai)
            return
        self._ubah_rumus(ekspresi, komponen)

    @staticmethod
    def periksa_kode(kode: str, lain: list[str]) -> str:
        """The message for a code that cannot be used, or "" when it can."""
        if not kode:
            return "Kode komponen tidak boleh kosong."
        try:
            rules.periksa_kode(kode, "Kode komponen")
        except IkuError as e:
            return e.pesan
        if kode in lain:
            return f"Kode '{kode}' sudah dipakai komponen lain pada indikator ini."
        return ""

    def tambah_komponen(self) -> None:
        node = self.node()
        if node is None:
            return
        ada = {k.kode for k in node.rumus.komponen}
        n = len(ada) + 1
        while f"komponen_{n}" in ada:
            n += 1
        komponen = copy.deepcopy(node.rumus.komponen) + [Komponen(f"komponen_{n}", "")]
        if self._ubah_rumus(node.rumus.ekspresi, komponen):
            tbl = self.ui.komponenTable
            tbl.setCurrentCell(len(komponen) - 1, 0)
            item = tbl.item(len(komponen) - 1, 0)
            if item is not None:
                tbl.editItem(item)

    def hapus_komponen(self) -> None:
        node = self.node()
        baris = self.ui.komponenTable.currentRow()
        if node is None or not 0 <= baris < len(node.rumus.komponen):
            tandai_pesan(self.ui.komponenPesan, "Pilih dulu komponen yang akan dihapus.")
            return
        kode = node.rumus.komponen[baris].kode
        try:
            dipakai = formula.kode_dipakai(formula.parse(node.rumus.ekspresi or "0"))
        except formula.FormulaError:
            dipakai = set()
        if kode in dipakai:
            tandai_pesan(
                self.ui.komponenPesan,
                f"Komponen '{kode}' masih dipakai di ekspresi. Ubah ekspresinya dulu.",
            )
            return
        hapus_nilai = False
        if self._kode_berisi(node, kode):
            if not self.tanya(
                "Hapus komponen",
                f"Komponen '{kode}' sudah berisi nilai. Hapus komponen beserta nilainya?",
            ):
                return
            hapus_nilai = True
        komponen = [k for k in copy.deepcopy(node.rumus.komponen) if k.kode != kode]
        self._ubah_rumus(node.rumus.ekspresi, komponen, hapus_nilai)
