"""Berkas → Impor dari Word/Excel…: an office's existing IKU sheet, previewed before it is stored.

The recogniser is ``ikudesk.files.iku_tabel`` (Qt-free); this dialog only shows its result: the
header (instansi, pemerintah daerah, period, tugas, fungsi, tujuan), the tree with every
indicator and its columns, each formula typeset as the indicator editor shows it (or kept as
text), targets per year, the signer, and what was not recognised with its place. A combo per
detected column says which kind of column it is; changing one recognises the sheet again. Impor
stores the document as a new document, like a JSON import (one transaction).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPlainTextEdit,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ikudesk.domain import formula
from ikudesk.domain.model import Indikator
from ikudesk.errors import IkuError
from ikudesk.gui.dialogs.umum import pas_layar, pesan, sibuk
from ikudesk.gui.editors.formula_view import FormulaView
from ikudesk.gui.jendela_dasar import JendelaDasar
from ikudesk.l10n import format_angka, format_tanggal

# The readers and the recogniser are imported when a sheet is opened: the menu entry is made
# at every start, and the first document must not wait for them.
if TYPE_CHECKING:
    from ikudesk.files.iku_sumber import Sumber
    from ikudesk.files.iku_tabel import Hasil

SARING = "Lembar IKU Word/Excel (*.docx *.xlsx);;Semua berkas (*)"
NAMA_PESAN = "pesanImporWord"


def pasang_menu(window: JendelaDasar) -> QAction:
    """Berkas → Impor dari Word/Excel…, right after Impor (the JSON import)."""
    a = QAction("Impor dari &Word/Excel…", window)
    a.setObjectName("aksiImporWord")
    a.setStatusTip("Impor lembar IKU yang sudah ada (Word .docx atau Excel .xlsx)")
    a.triggered.connect(lambda _=False: window._kait(impor_word))
    berkas = window.ui.menuBerkas
    daftar = berkas.actions()
    impor = window.ui.aksiImpor
    sesudah = daftar[daftar.index(impor) + 1] if impor in daftar[:-1] else None
    berkas.insertAction(sesudah, a) if sesudah is not None else berkas.addAction(a)
    return a


def impor_word(window: QMainWindow, controller) -> DialogImporWord | None:  # noqa: ANN001
    path, _ = QFileDialog.getOpenFileName(window, "Impor dari Word/Excel", str(Path.home()), SARING)
    return pratinjau(window, controller, Path(path)) if path else None


def pratinjau(window: QWidget, controller, path: Path) -> DialogImporWord | None:  # noqa: ANN001
    """Read and recognise the sheet; show the preview; store on Impor."""
    from ikudesk.files.iku_impor import baca_sumber
    from ikudesk.files.iku_tabel import kenali

    try:
        with sibuk():
            sumber = baca_sumber(path)
            hasil = kenali(sumber)
    except IkuError as e:
        pesan(window, QMessageBox.Icon.Warning, e.pesan, NAMA_PESAN)
        return None
    dlg = DialogImporWord(sumber, hasil, window)
    dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dlg.accepted.connect(lambda: _simpan(window, controller, dlg.hasil, path))
    dlg.open()
    return dlg


def _simpan(window: QWidget, controller, hasil: Hasil | None, path: Path) -> None:  # noqa: ANN001
    if hasil is None:
        return
    try:
        with sibuk():
            nomor = controller.create_dokumen(hasil.dokumen)
    except IkuError as e:
        pesan(window, QMessageBox.Icon.Warning, f"Tidak ada yang disimpan: {e.pesan}", NAMA_PESAN)
        return
    controller.message.emit(f"Lembar {path.name} diimpor sebagai dokumen nomor {nomor}.")


class DialogImporWord(QDialog):
    """The preview. ``hasil`` is what Impor stores (None while the sheet is not recognised)."""

    berubah = Signal()  # the preview was rebuilt after a column's kind changed

    def __init__(self, sumber: Sumber, hasil: Hasil, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dialogImporWord")
        self.setWindowTitle(f"Impor dari Word/Excel — {sumber.nama}")
        self.sumber = sumber
        self.hasil: Hasil | None = hasil
        self.peta: dict[int, str] = {}
        self.nomor_tabel: int | None = None  # the table the user chose (None: the best)
        self._indikator: dict[int, Indikator] = {}

        # Build
        tata = QVBoxLayout(self)
        self.ringkasan = QLabel()
        self.ringkasan.setObjectName("ringkasanLabel")
        self.ringkasan.setWordWrap(True)
        tata.addWidget(self.ringkasan)

        # Which table is the IKU table: a sheet may hold a Renstra summary before it.
        baris_tabel = QHBoxLayout()
        label_tabel = QLabel("Tabel IKU:")
        self.combo_tabel = QComboBox()
        self.combo_tabel.setObjectName("tabelCombo")
        label_tabel.setBuddy(self.combo_tabel)
        for nomor, nama in hasil.calon:
            self.combo_tabel.addItem(nama, nomor)
        self.combo_tabel.setCurrentIndex(max(self.combo_tabel.findData(hasil.tabel), 0))
        self.combo_tabel.setEnabled(len(hasil.calon) > 1)
        self.combo_tabel.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.combo_tabel.setMinimumContentsLength(40)
        baris_tabel.addWidget(label_tabel)
        baris_tabel.addWidget(self.combo_tabel, 1)
        tata.addLayout(baris_tabel)
        kolom_judul = QLabel("Arti tiap kolom lembar (ubah bila salah dikenali):")
        tata.addWidget(kolom_judul)
        self.gulir = QScrollArea()
        self.gulir.setWidgetResizable(True)
        self.gulir.setFixedHeight(74)
        self.gulir.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        wadah = QWidget()
        self.kisi = QGridLayout(wadah)
        self.kisi.setContentsMargins(2, 2, 2, 2)
        self.gulir.setWidget(wadah)
        tata.addWidget(self.gulir)
        self.combo: list[QComboBox] = []
        self._bangun_kolom(hasil)
        self.tab = QTabWidget()
        self.tab.setObjectName("tabPratinjau")
        pisah = QSplitter(Qt.Orientation.Horizontal)
        self.pohon = QTreeWidget()
        self.pohon.setObjectName("pohonPratinjau")
        self.pohon.setHeaderLabels(["Uraian", "Satuan", "Target"])
        self.pohon.setColumnWidth(0, 300)
        pisah.addWidget(self.pohon)
        rinci = QWidget()
        self.rinci = QFormLayout(rinci)
        self.rinci.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.nama = _label()
        self.rumus = FormulaView(lebar_label=140)  # narrower than the editor: a side pane
        self.rumus.setObjectName("rumusPratinjau")
        self.komponen = _label()
        self.penjelasan = _label()
        self.kolom_lain = _label()
        self.target = _label()
        self.target.setObjectName("targetPratinjau")
        for teks, w in (
            ("Indikator", self.nama),
            ("Rumus", self.rumus),
            ("Komponen", self.komponen),
            ("Penjelasan", self.penjelasan),
            ("Kolom lain", self.kolom_lain),
            ("Target", self.target),
        ):
            self.rinci.addRow(teks, w)
        gulir_rinci = QScrollArea()
        gulir_rinci.setWidgetResizable(True)
        gulir_rinci.setWidget(rinci)
        pisah.addWidget(gulir_rinci)
        pisah.setSizes([420, 480])
        self.tab.addTab(pisah, "Pohon dan indikator")
        self.kepala = QPlainTextEdit()
        self.kepala.setObjectName("kepalaPratinjau")
        self.kepala.setReadOnly(True)
        self.tab.addTab(self.kepala, "Kepala dan penandatangan")
        self.catatan = QPlainTextEdit()
        self.catatan.setObjectName("catatanPratinjau")
        self.catatan.setReadOnly(True)
        self.tab.addTab(self.catatan, "Tidak dikenali")
        tata.addWidget(self.tab, 1)

        self.tombol = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.tombol.button(QDialogButtonBox.StandardButton.Save).setText("Impor")
        self.tombol.button(QDialogButtonBox.StandardButton.Cancel).setText("Batal")
        tata.addWidget(self.tombol)

        # Signals
        self.combo_tabel.currentIndexChanged.connect(lambda _i: self._ganti_tabel())
        self.tombol.accepted.connect(self.accept)
        self.tombol.rejected.connect(self.reject)
        self.pohon.currentItemChanged.connect(lambda cur, _lama: self._pilih(cur))

        pas_layar(self, 980, 580)
        self._tampilkan()

    def _bangun_kolom(self, hasil: Hasil) -> None:
        """One combo per column of the IKU table (rebuilt when another table is chosen)."""
        from ikudesk.files.iku_tabel import JENIS_KOLOM

        while self.kisi.count():
            item = self.kisi.takeAt(0)
            lama = item.widget() if item is not None else None
            if lama is not None:
                lama.hide()  # gone at once: deleteLater waits for the event loop
                lama.deleteLater()
        self.combo = []
        for i, k in enumerate(hasil.kolom):
            lab = QLabel(_pendek(k.judul or "(tanpa judul)", 22))
            lab.setToolTip((f"{k.grup} › " if k.grup else "") + (k.judul or "(tanpa judul)"))
            cb = QComboBox()
            cb.setObjectName(f"kolomCombo{k.indeks}")
            for kunci, nama in JENIS_KOLOM.items():
                cb.addItem(nama, kunci)
            cb.setCurrentIndex(max(cb.findData(k.isi), 0))
            cb.currentIndexChanged.connect(lambda _i, c=cb, ix=k.indeks: self._ganti(ix, c))
            self.kisi.addWidget(lab, 0, i)
            self.kisi.addWidget(cb, 1, i)
            if self.isVisible():  # rebuilt in a shown dialog: shown now, not on a later event
                lab.show()
                cb.show()
            self.combo.append(cb)

    # --- recognising again
    def _ganti(self, indeks: int, cb: QComboBox) -> None:
        self.peta[indeks] = cb.currentData()
        self._kenali_lagi()

    def _ganti_tabel(self) -> None:
        # Another table has other columns: the choices made for the old one do not apply.
        self.nomor_tabel = self.combo_tabel.currentData()
        self.peta = {}
        self._kenali_lagi(kolom_baru=True)

    def _kenali_lagi(self, kolom_baru: bool = False) -> None:
        from ikudesk.files.iku_tabel import kenali

        try:
            with sibuk():
                self.hasil = kenali(self.sumber, self.peta, self.nomor_tabel)
        except IkuError as e:
            self.hasil = None
            self._gagal(e.pesan)
        else:
            if kolom_baru:
                self._bangun_kolom(self.hasil)
            self._tampilkan()
        self.berubah.emit()

    def _gagal(self, teks: str) -> None:
        """Nothing of the previous result stays on screen: it is not what Impor would store."""
        self.ringkasan.setText(f"<b>Belum dapat diimpor:</b> {teks}")
        self.pohon.clear()
        self._indikator = {}
        self._kosongkan_rinci()
        self.kepala.setPlainText("")
        self.catatan.setPlainText(f"Belum dapat diimpor: {teks}")
        self.tab.setTabText(2, "Tidak dikenali")
        self.tombol.button(QDialogButtonBox.StandardButton.Save).setEnabled(False)

    def _kosongkan_rinci(self) -> None:
        for lab in (self.nama, self.komponen, self.penjelasan, self.kolom_lain, self.target):
            lab.setText("")
        self.rumus.atur(None)
        self.rumus.atur_kosong("")
        self.rumus.setToolTip("")

    # --- showing
    def _tampilkan(self) -> None:
        hasil = self.hasil
        assert hasil is not None
        dok = hasil.dokumen
        self.tombol.button(QDialogButtonBox.StandardButton.Save).setEnabled(True)
        n_tujuan = sum(len(t.indikator) for t in dok.tujuan)
        n = len(dok.semua_indikator()) - n_tujuan
        periode = f"{dok.periode.mulai}–{dok.periode.selesai}" if dok.periode else "tanpa periode"
        self.ringkasan.setText(
            f"<b>{dok.profil.instansi or '(instansi tidak dikenali)'}</b>"
            + (f", {dok.profil.pemerintah_daerah}" if dok.profil.pemerintah_daerah else "")
            + f" — {periode}; {n} indikator"
            + (f" (dan {n_tujuan} indikator tujuan)" if n_tujuan else "")
            + "; "
            + (
                f"<span style='color:#a40000'>{len(hasil.catatan)} hal tidak dikenali</span>"
                if hasil.catatan
                else "semua isi tabel dikenali"
            )
            + ". Belum ada yang disimpan: periksa, lalu tekan Impor."
        )
        self.pohon.clear()
        self._indikator = {}
        self._kosongkan_rinci()
        pertama: QTreeWidgetItem | None = None
        for t in dok.tujuan:
            judul_t = ("[" + t.kelompok + "] " if t.kelompok else "") + (
                t.uraian or "(tujuan tanpa uraian)"
            )
            it_t = QTreeWidgetItem(self.pohon, [f"Tujuan: {judul_t}"])
            for ind in t.indikator:
                it = self._item(it_t, ind, "Indikator tujuan: ")
                pertama = pertama or it
            for s in t.sasaran:
                it_s = QTreeWidgetItem(it_t, [f"Sasaran: {s.uraian or '(tanpa uraian)'}"])
                for ind in s.indikator:
                    it = self._item(it_s, ind, "")
                    pertama = pertama or it
        self.pohon.expandAll()
        if pertama is not None:
            self.pohon.setCurrentItem(pertama)
        self.kepala.setPlainText(_teks_kepala(hasil))
        self.catatan.setPlainText(
            "\n".join(str(c) for c in hasil.catatan) or "Semua isi tabel dikenali."
        )
        self.tab.setTabText(2, f"Tidak dikenali ({len(hasil.catatan)})")

    def _item(self, induk: QTreeWidgetItem, ind: Indikator, awalan: str) -> QTreeWidgetItem:
        target = ", ".join(f"{th}: {format_angka(v, 20)}" for th, v in sorted(ind.target.items()))
        it = QTreeWidgetItem(induk, [awalan + ind.nama, ind.satuan, target])
        it.setData(0, Qt.ItemDataRole.UserRole, id(ind))
        self._indikator[id(ind)] = ind
        return it

    def _pilih(self, item: QTreeWidgetItem | None) -> None:
        ind = self._indikator.get(item.data(0, Qt.ItemDataRole.UserRole)) if item else None
        if ind is None:
            return
        self.nama.setText(ind.nama)
        r = ind.rumus
        if r.ekspresi:
            from ikudesk.files.iku_impor import rumus_dimengerti

            pohon = formula.parse(r.ekspresi, [k.kode for k in r.komponen])
            uraian = {k.kode: k.uraian or k.kode for k in r.komponen}
            self.rumus.atur(
                formula.layout(pohon, uraian, persen=formula.prints_as_percent(pohon, ind.satuan))
            )
            self.rumus.setToolTip(rumus_dimengerti(ind))
            self.komponen.setText(
                "\n".join(f"{k.kode} = {k.uraian}" for k in r.komponen)
                + f"\nEkspresi: {r.ekspresi}"
            )
        else:
            self.rumus.atur(None)
            self.rumus.atur_kosong("Tanpa rumus (lihat penjelasan).")
            self.komponen.setText("-")
        self.penjelasan.setText(r.penjelasan or "-")
        lain = [
            ("Satuan", ind.satuan),
            ("Sumber data", ind.sumber_data),
            ("Penanggung jawab", ind.penanggung_jawab),
        ]
        self.kolom_lain.setText("\n".join(f"{a}: {b}" for a, b in lain if b) or "-")
        self.target.setText(
            "\n".join(f"{th}: {format_angka(v, 20)}" for th, v in sorted(ind.target.items())) or "-"
        )


def _label() -> QLabel:
    lab = QLabel()
    lab.setWordWrap(True)
    lab.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return lab


def _pendek(t: str, n: int) -> str:
    t = " ".join(t.split())
    return t if len(t) <= n else t[: n - 1] + "…"


def _teks_kepala(hasil: Hasil) -> str:
    from ikudesk.files.iku_impor import baris_identitas

    dok = hasil.dokumen
    p = dok.profil
    out = [*baris_identitas(dok), ""]
    for k in p.kepala:
        if k.dari == "tujuan":
            isi = "; ".join(t.uraian for t in dok.tujuan if t.uraian)
        elif k.dari == "indikator_tujuan":
            isi = "; ".join(i.nama for t in dok.tujuan for i in t.indikator)
        else:
            isi = k.isi
        out.append(f"{k.label}: {isi}".rstrip())
        out += [f"   • {b}" for b in k.butir]
    ttd = dok.penandatangan
    out.append("")
    if ttd is None:
        out.append("Penandatangan: (tidak dikenali)")
    else:
        from ikudesk.domain.nip import format_nip

        out += [
            "Penandatangan:",
            f"   {ttd.tempat}, {format_tanggal(ttd.tanggal)}"
            if ttd.tanggal
            else "   (tanpa tanggal)",
            *(
                f"   {(ttd.status + ' ') if (ttd.status and i == 0) else ''}{b}"
                for i, b in enumerate(ttd.jabatan.split("\n"))
            ),
            f"   {ttd.nama}",
            *([f"   {ttd.pangkat}"] if ttd.pangkat else []),
            *([f"   NIP. {format_nip(ttd.nip)}"] if ttd.nip else []),
        ]
    return "\n".join(out)
