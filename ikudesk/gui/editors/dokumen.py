"""The document page: title, period, profile, header lines, table columns, notes, signature."""

from __future__ import annotations

import copy
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCalendarWidget,
    QCheckBox,
    QComboBox,
    QHeaderView,
    QMenu,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
    QWidgetAction,
)

from ikudesk import l10n
from ikudesk.domain.butir import bersihkan_butir
from ikudesk.domain.fields import Field
from ikudesk.domain.keys import NodeKind
from ikudesk.domain.model import (
    DARI,
    JUDUL_KOLOM,
    KOLOM_KINDS,
    NAMA_ISI_KOLOM,
    NOMOR_PER,
    PENOMORAN,
    UKURAN_MAX,
    UKURAN_MIN,
    BarisKepala,
    Dokumen,
    Kolom,
    Penandatangan,
    Periode,
)
from ikudesk.domain.new_document import periode_bawaan
from ikudesk.gui.editors.fields import atur_teks, ikat_baris, ikat_paragraf
from ikudesk.gui.editors.halaman import Halaman, tandai_pesan
from ikudesk.gui.forms.ui_editor_dokumen import Ui_EditorDokumen

__all__ = ["NAMA_KOLOM", "HalamanDokumen"]

#: What each column kind holds, as the user reads it in the column list.
# "" is the program's default (how sheets printed before a document named its type face).
HURUF_DOKUMEN = (
    ("", "Bawaan program (serif)"),
    ("sans", "Sans (seperti Arial)"),
    ("serif", "Serif (seperti Times/Bookman)"),
)
NAMA_KOLOM = NAMA_ISI_KOLOM  # what each kind of column holds, as the column list shows it
_DARI = ("", *DARI)
_PERAN_ISI = Qt.ItemDataRole.UserRole


def _sel(tbl: QTableWidget, baris: int, kolom: int) -> QTableWidgetItem:
    """A cell of the column table, which fills every row's kind and title cells."""
    item = tbl.item(baris, kolom)
    if item is None:
        raise RuntimeError(f"sel kolom ({baris}, {kolom}) kosong")
    return item


def _tanggal_tampil(iso: str) -> str:
    """A stored date as the field shows it ("31 Desember 2018"); as stored if unreadable."""
    try:
        return l10n.format_tanggal(iso)
    except l10n.TanggalError:
        return iso


class HalamanDokumen(Halaman):
    jenis = NodeKind.DOKUMEN

    def __init__(self, controller: Any, parent: QWidget | None = None) -> None:
        form = QWidget()
        self.ui = Ui_EditorDokumen()
        self.ui.setupUi(form)
        super().__init__(controller, form, parent)
        ui = self.ui
        self._mengisi = False
        #: The document whose signer (and years) the fields hold (None: none yet).
        self._ttd_dokumen: int | None = None
        for label in (ui.periodePesan, ui.tanggalPesan, ui.nipPesan):
            tandai_pesan(label, "")

        ikat_paragraf(ui.judulEdit, self._simpan_judul)
        ui.mulaiSpin.editingFinished.connect(self.simpan_periode)
        ui.selesaiSpin.editingFinished.connect(self.simpan_periode)
        ui.tanpaPeriodeCheck.clicked.connect(self.simpan_periode)
        ikat_baris(ui.instansiEdit, lambda t: self.ubah(Field.DOKUMEN_INSTANSI, t.strip()))
        ikat_baris(
            ui.pemdaEdit,
            lambda t: self.ubah(
                Field.DOKUMEN_PEMERINTAH_DAERAH, t.strip(), "Ubah pemerintah daerah"
            ),
        )

        # Header lines
        ui.kepalaList.currentRowChanged.connect(self._muat_baris_kepala)
        ui.tambahKepalaButton.clicked.connect(self.tambah_kepala)
        ui.hapusKepalaButton.clicked.connect(self.hapus_kepala)
        ui.naikKepalaButton.clicked.connect(lambda: self.geser_kepala(-1))
        ui.turunKepalaButton.clicked.connect(lambda: self.geser_kepala(1))
        ikat_baris(ui.kepalaLabelEdit, lambda t: self._ubah_kepala("label", t.strip()))
        ikat_paragraf(ui.kepalaIsiEdit, lambda t: self._ubah_kepala("isi", t.strip()))
        ikat_paragraf(ui.kepalaButirEdit, self._simpan_butir)
        ui.kepalaPenomoranCombo.activated.connect(self._ubah_penomoran)
        ui.kepalaDariCombo.activated.connect(lambda i: self._ubah_kepala("dari", _DARI[i]))
        # FORMAT v2 profil.kepala[].tebal: the line's content printed bold ("Instansi : **…**")
        self.kepalaTebalCheck = QCheckBox("Isi baris ini di&cetak tebal", ui.kepalaGroup)
        self.kepalaTebalCheck.setObjectName("kepalaTebalCheck")
        ui.kepalaForm.addRow("", self.kepalaTebalCheck)
        self.kepalaTebalCheck.clicked.connect(lambda b: self._ubah_kepala("tebal", bool(b)))

        # Table
        tbl = ui.kolomTable
        tbl.setColumnCount(3)
        # The third: FORMAT v2 kolom.grup, a heading row over adjacent columns sharing it.
        for i, (teks, tip) in enumerate(
            (
                ("Isi kolom (centang = dicetak)", ""),
                ("Judul dicetak", "Judul kolom saat dicetak"),
                (
                    "Kelompok judul",
                    "Judul di baris atas, di atas kolom bersebelahan yang kelompoknya sama "
                    '(mis. "Sasaran" di atas Sasaran Strategis · Indikator · Formula)',
                ),
            )
        ):
            kepala_kolom = QTableWidgetItem(teks)
            kepala_kolom.setToolTip(tip)
            tbl.setHorizontalHeaderItem(i, kepala_kolom)
        tbl.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        tbl.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        tbl.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        tbl.verticalHeader().setVisible(False)
        tbl.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        tbl.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        tbl.itemChanged.connect(self._kolom_diubah)
        ui.naikKolomButton.clicked.connect(lambda: self.geser_kolom(-1))
        ui.turunKolomButton.clicked.connect(lambda: self.geser_kolom(1))
        ui.nomorPerCombo.activated.connect(
            lambda i: self.ubah(Field.DOKUMEN_NOMOR_PER, NOMOR_PER[i])
        )
        ui.nomoriIndikatorCheck.clicked.connect(
            lambda b: self.ubah(Field.DOKUMEN_NOMORI_INDIKATOR, bool(b))
        )
        ui.barisNomorKolomCheck.clicked.connect(
            lambda b: self.ubah(Field.DOKUMEN_BARIS_NOMOR_KOLOM, bool(b))
        )
        ikat_baris(
            ui.judulTabelEdit,
            lambda t: self.ubah(Field.DOKUMEN_JUDUL_TABEL, t.strip()),
        )
        ikat_paragraf(ui.catatanEdit, lambda t: self.ubah(Field.DOKUMEN_CATATAN, t.rstrip()))
        # The sheet's type face and size, stored with the document (FORMAT v2 tabel.huruf/ukuran).
        self.hurufCombo = QComboBox(ui.tabelGroup)
        self.hurufCombo.setObjectName("hurufCombo")
        for kode, teks in HURUF_DOKUMEN:
            self.hurufCombo.addItem(teks, kode)
        self.ukuranCombo = QComboBox(ui.tabelGroup)
        self.ukuranCombo.setObjectName("ukuranCombo")
        self.ukuranCombo.addItem("Bawaan program (9 pt)", None)
        for pt in range(UKURAN_MIN, UKURAN_MAX + 1):
            self.ukuranCombo.addItem(f"{pt} pt", pt)
        ui.tabelForm.addRow("&Jenis huruf cetak:", self.hurufCombo)
        ui.tabelForm.addRow("&Ukuran huruf tabel:", self.ukuranCombo)
        self.hurufCombo.activated.connect(
            lambda _i: self.ubah(Field.DOKUMEN_HURUF, self.hurufCombo.currentData())
        )
        self.ukuranCombo.activated.connect(self._ubah_ukuran)

        # Signature
        ui.cetakTtdCheck.clicked.connect(self.simpan_ttd)
        for edit in (ui.tempatEdit, ui.jabatanEdit, ui.namaEdit, ui.pangkatEdit, ui.nipEdit):
            edit.editingFinished.connect(self.simpan_ttd)
        ui.tanggalEdit.editingFinished.connect(self.simpan_ttd)
        ui.tanggalEdit.textChanged.connect(self._periksa_tanggal)
        ui.nipEdit.diperiksa.connect(self._nip_diperiksa)
        self._siapkan_kalender()

    # --- showing -------------------------------------------------------------------------

    def field_awal(self) -> QWidget | None:
        return self.ui.judulEdit

    def _ubah_ukuran(self, _i: int) -> None:
        pt = self.ukuranCombo.currentData()
        self.ubah(Field.DOKUMEN_UKURAN, Decimal(pt) if pt is not None else None)

    def muat(self, dok: Dokumen) -> None:
        ui = self.ui
        self._mengisi = True
        try:
            atur_teks(ui.judulEdit, "\n".join(dok.judul))
            tanpa = dok.periode is None
            ui.tanpaPeriodeCheck.setChecked(tanpa)
            if self._ttd_dokumen != dok.id:
                tandai_pesan(ui.periodePesan, "")  # a message about another document's years
            if dok.periode is not None or self._ttd_dokumen != dok.id:
                # Without a period, another document's years are not offered: the default.
                periode = dok.periode or periode_bawaan()
                ui.mulaiSpin.setValue(periode.mulai)
                ui.selesaiSpin.setValue(periode.selesai)
            ui.mulaiSpin.setEnabled(not tanpa)
            ui.selesaiSpin.setEnabled(not tanpa)
            atur_teks(ui.instansiEdit, dok.profil.instansi)
            atur_teks(ui.pemdaEdit, dok.profil.pemerintah_daerah)
            self._muat_kepala(dok)
            self._muat_kolom(dok)
            t = dok.tabel
            ui.nomorPerCombo.setCurrentIndex(
                NOMOR_PER.index(t.nomor_per) if t.nomor_per in NOMOR_PER else 0
            )
            ui.nomoriIndikatorCheck.setChecked(t.nomori_indikator)
            ui.barisNomorKolomCheck.setChecked(t.baris_nomor_kolom)
            atur_teks(ui.judulTabelEdit, t.judul)
            self.hurufCombo.setCurrentIndex(max(0, self.hurufCombo.findData(t.huruf)))
            ukuran = int(t.ukuran) if t.ukuran is not None and t.ukuran == int(t.ukuran) else None
            self.ukuranCombo.setCurrentIndex(max(0, self.ukuranCombo.findData(ukuran)))
            atur_teks(ui.catatanEdit, dok.catatan)
            p = dok.penandatangan
            ui.cetakTtdCheck.setChecked(p is not None)
            # Unticked, the fields keep what was typed in this document (ticking again brings
            # it back); another document never shows, nor stores, this one's signer.
            if p is not None or self._ttd_dokumen != dok.id:
                q = p or Penandatangan()
                atur_teks(ui.tempatEdit, q.tempat)
                if l10n.baca_tanggal_ketikan_atau_none(ui.tanggalEdit.text()) != q.tanggal:
                    atur_teks(ui.tanggalEdit, _tanggal_tampil(q.tanggal))
                atur_teks(ui.jabatanEdit, q.jabatan)
                atur_teks(ui.namaEdit, q.nama)
                atur_teks(ui.pangkatEdit, q.pangkat)
                if ui.nipEdit.nilai() != q.nip:
                    atur_teks(ui.nipEdit, q.nip)
            self._ttd_dokumen = dok.id
            for w in self._field_ttd():
                w.setEnabled(p is not None)
        finally:
            self._mengisi = False
        self._periksa_tanggal()

    # --- title, period -------------------------------------------------------------------

    def _simpan_judul(self, teks: str) -> None:
        baris = [b.strip() for b in teks.splitlines() if b.strip()]
        self.ubah(Field.DOKUMEN_JUDUL, baris)

    def simpan_periode(self) -> None:
        if self._mengisi:
            return
        ui = self.ui
        ui.mulaiSpin.setEnabled(not ui.tanpaPeriodeCheck.isChecked())
        ui.selesaiSpin.setEnabled(not ui.tanpaPeriodeCheck.isChecked())
        if ui.tanpaPeriodeCheck.isChecked():
            periode = None
        else:
            mulai, selesai = ui.mulaiSpin.value(), ui.selesaiSpin.value()
            if mulai > selesai:
                tandai_pesan(
                    ui.periodePesan,
                    f"Periode tidak sah: tahun mulai {mulai} sesudah tahun selesai {selesai}.",
                )
                return
            periode = Periode(mulai, selesai)
        tandai_pesan(ui.periodePesan, "")
        if not self.ubah(Field.DOKUMEN_PERIODE, periode):
            tandai_pesan(ui.periodePesan, self.pesan.text())
            tandai_pesan(self.pesan, "")

    # --- header lines --------------------------------------------------------------------

    def _muat_kepala(self, dok: Dokumen) -> None:
        lst = self.ui.kepalaList
        baris = lst.currentRow()
        label = [b.label or "(tanpa label)" for b in dok.profil.kepala]
        if [lst.item(i).text() for i in range(lst.count())] != label:
            lst.blockSignals(True)
            lst.clear()
            lst.addItems(label)
            lst.blockSignals(False)
        if lst.count():
            lst.setCurrentRow(max(0, min(baris, lst.count() - 1)))
        self._muat_baris_kepala(lst.currentRow())

    def _muat_baris_kepala(self, baris: int) -> None:
        ui = self.ui
        dok = self.node()
        ada = dok is not None and 0 <= baris < len(dok.profil.kepala)
        for w in (
            ui.kepalaLabelEdit,
            ui.kepalaIsiEdit,
            ui.kepalaButirEdit,
            ui.kepalaPenomoranCombo,
            ui.kepalaDariCombo,
            self.kepalaTebalCheck,
            ui.hapusKepalaButton,
            ui.naikKepalaButton,
            ui.turunKepalaButton,
        ):
            w.setEnabled(ada)
        b = dok.profil.kepala[baris] if ada else BarisKepala()
        mengisi, self._mengisi = self._mengisi, True
        try:
            atur_teks(ui.kepalaLabelEdit, b.label)
            atur_teks(ui.kepalaIsiEdit, b.isi)
            atur_teks(ui.kepalaButirEdit, "\n".join(b.butir))
            ui.kepalaPenomoranCombo.setCurrentIndex(
                PENOMORAN.index(b.penomoran) if b.penomoran in PENOMORAN else 0
            )
            ui.kepalaDariCombo.setCurrentIndex(_DARI.index(b.dari) if b.dari in _DARI else 0)
            self.kepalaTebalCheck.setChecked(b.tebal)
        finally:
            self._mengisi = mengisi
        # A line whose content comes from the tree has no typed content.
        ui.kepalaIsiEdit.setEnabled(ada and not b.dari)
        ui.kepalaButirEdit.setEnabled(ada and not b.dari)
        ui.kepalaPenomoranCombo.setEnabled(ada and not b.dari)

    def _kepala(self) -> list[BarisKepala] | None:
        dok = self.node()
        return copy.deepcopy(dok.profil.kepala) if dok is not None else None

    def _ubah_kepala(self, field: str, nilai: Any) -> None:
        kepala = self._kepala()
        baris = self.ui.kepalaList.currentRow()
        if self._mengisi or kepala is None or not 0 <= baris < len(kepala):
            return
        setattr(kepala[baris], field, nilai)
        self.ubah(Field.DOKUMEN_KEPALA, kepala)

    def _simpan_butir(self, teks: str) -> None:
        # Pasted "1. …" / "- …" markers go: the sheet prints the list's own numbering.
        kepala = self._kepala()
        baris = self.ui.kepalaList.currentRow()
        penomoran = kepala[baris].penomoran if kepala and 0 <= baris < len(kepala) else ""
        self._ubah_kepala("butir", bersihkan_butir(teks.splitlines(), penomoran))

    def _ubah_penomoran(self, i: int) -> None:
        kepala = self._kepala()
        baris = self.ui.kepalaList.currentRow()
        if kepala is None or not 0 <= baris < len(kepala):
            return
        # "" already means "angka": keep it so choosing the shown default stores nothing.
        if not (i == 0 and kepala[baris].penomoran in ("", "angka")):
            self._ubah_kepala("penomoran", PENOMORAN[i])

    def tambah_kepala(self) -> None:
        kepala = self._kepala()
        if kepala is None:
            return
        baris = self.ui.kepalaList.currentRow() + 1 if kepala else 0
        kepala.insert(baris, BarisKepala(label="Label baru"))
        if self.ubah(Field.DOKUMEN_KEPALA, kepala, "Tambah baris kepala"):
            self.ui.kepalaList.setCurrentRow(baris)
            self.ui.kepalaLabelEdit.setFocus()
            self.ui.kepalaLabelEdit.selectAll()

    def hapus_kepala(self) -> None:
        kepala = self._kepala()
        baris = self.ui.kepalaList.currentRow()
        if kepala is None or not 0 <= baris < len(kepala):
            return
        del kepala[baris]
        self.ubah(Field.DOKUMEN_KEPALA, kepala, "Hapus baris kepala")

    def geser_kepala(self, arah: int) -> None:
        kepala = self._kepala()
        baris = self.ui.kepalaList.currentRow()
        tujuan = baris + arah
        if kepala is None or not (0 <= baris < len(kepala) and 0 <= tujuan < len(kepala)):
            return
        kepala[baris], kepala[tujuan] = kepala[tujuan], kepala[baris]
        if self.ubah(Field.DOKUMEN_KEPALA, kepala, "Pindah baris kepala"):
            self.ui.kepalaList.setCurrentRow(tujuan)

    # --- table columns -------------------------------------------------------------------

    def _muat_kolom(self, dok: Dokumen) -> None:
        tbl = self.ui.kolomTable
        baris = tbl.currentRow()
        dipakai = {k.isi: k for k in dok.tabel.kolom}
        urutan = [k.isi for k in dok.tabel.kolom] + [k for k in KOLOM_KINDS if k not in dipakai]
        # Rows stay where they are (a ticked box never moves its row under the mouse) as long
        # as the shown order agrees with the stored one; only Naik/Turun reorder.
        tampil = [_sel(tbl, i, 0).data(_PERAN_ISI) for i in range(tbl.rowCount())]
        if sorted(tampil) == sorted(urutan) and [x for x in tampil if x in dipakai] == list(
            dipakai
        ):
            urutan = tampil
        tbl.blockSignals(True)
        tbl.setRowCount(len(urutan))
        for i, isi in enumerate(urutan):
            jenis = QTableWidgetItem(NAMA_KOLOM.get(isi, isi))
            jenis.setData(_PERAN_ISI, isi)
            jenis.setFlags(
                Qt.ItemFlag.ItemIsEnabled
                | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsUserCheckable
            )
            jenis.setCheckState(
                Qt.CheckState.Checked if isi in dipakai else Qt.CheckState.Unchecked
            )
            judul = QTableWidgetItem(dipakai[isi].judul if isi in dipakai else JUDUL_KOLOM[isi])
            grup = QTableWidgetItem(dipakai[isi].grup if isi in dipakai else "")
            grup.setToolTip(
                "Kolom bersebelahan dengan kelompok yang sama dicetak di bawah satu judul, "
                'mis. "Sasaran" di atas Sasaran Strategis · Indikator · Formula.'
            )
            tbl.setItem(i, 0, jenis)
            tbl.setItem(i, 1, judul)
            tbl.setItem(i, 2, grup)
        tbl.blockSignals(False)
        if 0 <= baris < tbl.rowCount():
            tbl.setCurrentCell(baris, tbl.currentColumn())

    def kolom_dari_tabel(self) -> list[Kolom]:
        """The columns as the list shows them: checked rows, in order, with their headings."""
        dok = self.node()
        id_lama = {k.isi: k.id for k in dok.tabel.kolom} if dok is not None else {}
        tbl = self.ui.kolomTable
        hasil = []
        for i in range(tbl.rowCount()):
            jenis, judul, grup = _sel(tbl, i, 0), _sel(tbl, i, 1), tbl.item(i, 2)
            if jenis.checkState() != Qt.CheckState.Checked:
                continue
            isi = jenis.data(_PERAN_ISI)
            teks = judul.text().strip() or JUDUL_KOLOM[isi]
            kelompok = " ".join(grup.text().split()) if grup is not None else ""
            hasil.append(Kolom(isi, teks, id_lama.get(isi), grup=kelompok))
        return hasil

    def _simpan_kolom(self, teks: str) -> bool:
        kolom = self.kolom_dari_tabel()
        if not kolom:
            self.galat("Tabel harus punya paling sedikit satu kolom.")
            self.segarkan()
            return False
        return self.ubah(Field.DOKUMEN_KOLOM, kolom, teks)

    def _kolom_diubah(self, item: QTableWidgetItem) -> None:
        if self._mengisi:
            return
        teks = ("Ubah kolom tabel", "Ubah judul kolom", "Ubah kelompok judul kolom")
        self._simpan_kolom(teks[min(item.column(), 2)])

    def geser_kolom(self, arah: int) -> None:
        tbl = self.ui.kolomTable
        baris = tbl.currentRow()
        tujuan = baris + arah
        if not (0 <= baris < tbl.rowCount() and 0 <= tujuan < tbl.rowCount()):
            return
        tbl.blockSignals(True)
        for kol in range(tbl.columnCount()):
            a, b = tbl.takeItem(baris, kol), tbl.takeItem(tujuan, kol)
            tbl.setItem(baris, kol, b)
            tbl.setItem(tujuan, kol, a)
        tbl.blockSignals(False)
        tbl.setCurrentCell(tujuan, 0)
        self._simpan_kolom("Pindah kolom tabel")

    # --- signature -----------------------------------------------------------------------

    def _field_ttd(self) -> tuple[QWidget, ...]:
        ui = self.ui
        return (
            ui.tempatEdit,
            ui.tanggalEdit,
            ui.kalenderButton,
            ui.jabatanEdit,
            ui.namaEdit,
            ui.pangkatEdit,
            ui.nipEdit,
        )

    def _siapkan_kalender(self) -> None:
        """The calendar behind the date field's button: a click fills the field and saves."""
        menu = QMenu(self.ui.kalenderButton)
        self.kalender = QCalendarWidget(menu)
        self.kalender.setObjectName("kalender")
        self.kalender.setLocale(QLocale(QLocale.Language.Indonesian, QLocale.Country.Indonesia))
        self.kalender.setGridVisible(True)
        aksi = QWidgetAction(menu)
        aksi.setDefaultWidget(self.kalender)
        menu.addAction(aksi)
        menu.aboutToShow.connect(self._kalender_dibuka)

        def diklik(d: QDate) -> None:
            menu.close()
            self.pilih_tanggal(d)

        self.kalender.clicked.connect(diklik)
        self.ui.kalenderButton.setMenu(menu)

    def _kalender_dibuka(self) -> None:
        iso = l10n.baca_tanggal_ketikan_atau_none(self.ui.tanggalEdit.text())
        d = QDate.fromString(iso, "yyyy-MM-dd") if iso and len(iso) == 10 else QDate()
        self.kalender.setSelectedDate(d if d.isValid() else QDate.currentDate())

    def pilih_tanggal(self, d: QDate) -> None:
        """A date chosen on the calendar: shown the printed way and saved."""
        iso = d.toString("yyyy-MM-dd")
        self.ui.tanggalEdit.setText(_tanggal_tampil(iso))
        self.simpan_ttd()

    def _periksa_tanggal(self) -> str | None:
        """The date typed, in the stored form ("" when empty), None when it is not a date.

        Shows how it prints, or why it is refused.
        """
        ui = self.ui
        try:
            iso = l10n.baca_tanggal_ketikan(ui.tanggalEdit.text())
            tampil = l10n.format_tanggal(iso)
        except l10n.TanggalError as e:
            ui.tanggalHint.setText("")
            tandai_pesan(ui.tanggalPesan, e.pesan)
            return None
        ui.tanggalHint.setText(f"dicetak: {tampil}" if tampil else "")
        tandai_pesan(ui.tanggalPesan, "")
        return iso

    def _nip_diperiksa(self, pesan: str, bentuk: str) -> None:
        tandai_pesan(self.ui.nipPesan, pesan)
        self.ui.nipHint.setText(f"dicetak: {bentuk}" if bentuk else "")

    def simpan_ttd(self) -> None:
        if self._mengisi:
            return
        ui = self.ui
        cetak = ui.cetakTtdCheck.isChecked()
        for w in self._field_ttd():
            w.setEnabled(cetak)
        if not cetak:
            # The fields keep what was typed, so ticking the box again brings it back.
            self.ubah(Field.DOKUMEN_PENANDATANGAN, None, "Hapus blok tanda tangan")
            return
        tanggal = self._periksa_tanggal()
        nip = ui.nipEdit.nilai()
        if tanggal is None or nip is None:
            return  # the message is under the field; nothing is stored
        baru = Penandatangan(
            tempat=ui.tempatEdit.text().strip(),
            tanggal=tanggal,
            jabatan=ui.jabatanEdit.text().strip(),
            nama=ui.namaEdit.text().strip(),
            pangkat=ui.pangkatEdit.text().strip(),
            nip=nip,
        )
        self.ubah(Field.DOKUMEN_PENANDATANGAN, baru)
