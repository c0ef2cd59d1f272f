"""The import dialog: the proposed column for each unsur and profile field (changeable), the
rows that cannot be imported with their numbers and reasons, and replace-or-add. Nothing is
stored here: the page stores ``hasil`` when the dialog is accepted."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidgetItem,
    QWidget,
)

from ikudesk.domain.model import SurveiIkm
from ikudesk.errors import IkuError
from ikudesk.files.survei_import import (
    LABEL_PROFIL,
    PROFIL,
    HasilImpor,
    Pemetaan,
    TabelImpor,
    jawaban_tak_dikenal,
    terapkan_pemetaan,
    usul_pemetaan,
)
from ikudesk.gui.dialogs.umum import pas_layar
from ikudesk.gui.forms.ui_survei_impor import Ui_DialogImporSurvei

MAKS_SALAH_TAMPIL = 500


class DialogImporSurvei(QDialog):
    def __init__(self, tabel: TabelImpor, survei: SurveiIkm, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_DialogImporSurvei()
        self.ui.setupUi(self)
        self.tabel, self.survei = tabel, survei
        self.hasil: HasilImpor | None = None
        lembar = f", lembar \u201c{tabel.lembar}\u201d" if tabel.lembar else ""
        self.ui.berkasLabel.setText(
            f"{tabel.nama}{lembar}: {len(tabel.kolom)} kolom, {len(tabel.baris)} baris jawaban"
        )
        usul = usul_pemetaan(tabel.kolom, survei.unsur, tabel.baris)
        isian = [
            (f"Unsur {i + 1}: {n}", k)
            for i, (n, k) in enumerate(zip(survei.unsur, usul.unsur, strict=True))
        ]
        isian += [(LABEL_PROFIL[p], usul.profil[p]) for p in PROFIL]
        t = self.ui.pemetaanTabel
        t.setRowCount(len(isian))
        self.pilihan: list[QComboBox] = []
        for r, (label, kolom) in enumerate(isian):
            item = QTableWidgetItem(label)
            t.setItem(r, 0, item)
            cb = QComboBox(t)
            cb.addItem("(tidak ada)", None)
            for j, judul in enumerate(tabel.kolom):
                cb.addItem(f"{_huruf(j)}: {judul if len(judul) <= 90 else judul[:89] + '…'}", j)
                cb.setItemData(j + 1, judul, Qt.ItemDataRole.ToolTipRole)  # the whole header
            cb.setCurrentIndex(0 if kolom is None else kolom + 1)
            cb.currentIndexChanged.connect(self.periksa)
            t.setCellWidget(r, 1, cb)
            self.pilihan.append(cb)
        t.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        t.verticalHeader().setDefaultSectionSize(t.fontMetrics().height() + 12)
        s = self.ui.salahTabel
        s.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        k = self.ui.kamusTabel
        k.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        k.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        k.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        k.verticalHeader().setDefaultSectionSize(k.fontMetrics().height() + 12)
        self.kamus: dict[str, QComboBox] = {}  # the user's values for unknown answers
        tombol_ok = self.ui.tombol.button(QDialogButtonBox.StandardButton.Ok)
        tombol_ok.setText("&Impor")
        self.ui.tombol.accepted.connect(self._terima)
        self.ui.gantiRadio.setChecked(True)
        self.ui.tambahRadio.setEnabled(bool(survei.responden))
        self.periksa()
        pas_layar(self, 820, 620)  # the tables shrink on a 1024×600 screen

    @property
    def ganti(self) -> bool:
        return self.ui.gantiRadio.isChecked()

    def pemetaan(self) -> Pemetaan:
        n = len(self.survei.unsur)
        nilai = [cb.currentData() for cb in self.pilihan]
        return Pemetaan(nilai[:n], dict(zip(PROFIL, nilai[n:], strict=True)))

    def nilai_kamus(self) -> dict[str, int | None]:
        """The values chosen for unknown answers (those left at "tolak baris" are not in it)."""
        return {
            kunci: cb.currentData() for kunci, cb in self.kamus.items() if cb.currentIndex() > 0
        }

    def _isi_kamus(self, pemetaan: Pemetaan) -> None:
        """One row per unknown answer of the mapped columns; earlier choices are kept."""
        try:
            pemetaan.periksa(self.survei.unsur, self.tabel.kolom)
        except IkuError:
            tak = {}
        else:
            tak = jawaban_tak_dikenal(self.tabel, pemetaan)
        self.ui.kamusLabel.setVisible(bool(tak))
        self.ui.kamusTabel.setVisible(bool(tak))
        if list(tak) == list(self.kamus):
            return
        lama = {k: cb.currentIndex() for k, cb in self.kamus.items()}
        t = self.ui.kamusTabel
        t.setRowCount(len(tak))
        self.kamus = {}
        for r, (kunci, (contoh, n)) in enumerate(tak.items()):
            t.setItem(r, 0, QTableWidgetItem(contoh))
            t.setItem(r, 1, QTableWidgetItem(str(n)))
            cb = QComboBox(t)
            cb.addItem("tolak baris", None)
            for v in (1, 2, 3, 4):
                cb.addItem(str(v), v)
            cb.addItem("kosong (tidak dijawab)", None)
            cb.setCurrentIndex(lama.get(kunci, 0))
            cb.currentIndexChanged.connect(self.periksa)
            t.setCellWidget(r, 2, cb)
            self.kamus[kunci] = cb

    def periksa(self) -> None:
        """Apply the mapping to every row (nothing stored) and show what would be imported."""
        ok = self.ui.tombol.button(QDialogButtonBox.StandardButton.Ok)
        s = self.ui.salahTabel
        pemetaan = self.pemetaan()
        self._isi_kamus(pemetaan)
        try:
            hasil = terapkan_pemetaan(self.tabel, pemetaan, self.survei.unsur, self.nilai_kamus())
        except IkuError as e:
            self.hasil = None
            self.ui.pesanLabel.setText(e.pesan)
            self.ui.ringkasanLabel.clear()
            s.setRowCount(0)
            ok.setEnabled(False)
            return
        self.hasil = hasil
        self.ui.pesanLabel.clear()
        teks = f"{len(hasil.responden)} baris dapat diimpor" + (
            f"; {len(hasil.salah)} baris tidak dapat diimpor (daftar di bawah) dan dilewati."
            if hasil.salah
            else "; semua baris dapat diimpor."
        )
        if hasil.kosong:
            teks += (
                f" {len(hasil.kosong)} baris diimpor dengan jawaban kosong (tidak dijawab): "
                "periksa daftar di bawah."
            )
        self.ui.ringkasanLabel.setText(teks)
        # the refused rows first, then the imported ones with an unanswered unsur
        tampil = sorted(hasil.salah + hasil.kosong, key=lambda b: b.nomor)[:MAKS_SALAH_TAMPIL]
        s.setRowCount(len(tampil))
        for r, b in enumerate(tampil):
            s.setItem(r, 0, QTableWidgetItem(str(b.nomor)))
            s.setItem(r, 1, QTableWidgetItem(b.alasan))
        ok.setEnabled(bool(hasil.responden))

    def _terima(self) -> None:
        if self.hasil is not None and self.hasil.responden:
            self.accept()


def _huruf(j: int) -> str:
    """A spreadsheet's column letter: 0 → A, 26 → AA."""
    s = ""
    j += 1
    while j:
        j, r = divmod(j - 1, 26)
        s = chr(ord("A") + r) + s
    return s
