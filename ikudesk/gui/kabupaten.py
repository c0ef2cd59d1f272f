"""The kabupaten's pages: Berkas → Gabungkan dari kecamatan… and Tahunan → Rekap Kabupaten….

Both sit on ``ikudesk.kabupaten`` (plain Python); this module only shows what it computes.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ikudesk.errors import IkuError
from ikudesk.gui.dialogs.umum import pas_layar, pesan, sibuk

W = TypeVar("W", bound=QWidget)
SARING_GABUNG = "Cadangan dan dokumen IKU Desk (*.ikubackup *.json);;Semua berkas (*)"


# --------------------------------------------------------------------------- gathering


def pratinjau_gabung(window: QWidget, controller: Any, berkas: list[Path]) -> Any:  # noqa: ANN401
    """Read and compare ``berkas``; show the list of what would change before anything is
    stored. Returns the (open, window-modal) dialog, or None when refused or nothing changes."""
    from ikudesk.gui.excel_actions import DialogPratinjau
    from ikudesk.kabupaten.gabung import baca_sumber, rencanakan, terapkan

    try:
        with sibuk():
            rencana = rencanakan(controller.store, baca_sumber(berkas))
    except IkuError as e:
        pesan(window, QMessageBox.Icon.Warning, e.pesan, "pesanGabung")
        return None
    if not rencana.ada_perubahan:
        pesan(
            window,
            QMessageBox.Icon.Information,
            "Semua dokumen sudah ada dan sama persis; tidak ada yang berubah.\n\n"
            + "\n".join(rencana.uraian()),
            "pesanGabung",
        )
        return None
    baru = sum(1 for lk in rencana.langkah if lk.jenis == "baru")
    ganti = sum(1 for lk in rencana.langkah if lk.jenis == "ganti")
    ringkasan = f"{baru} dokumen baru, {ganti} dokumen tersimpan diganti. Dokumen kecamatan lain "
    ringkasan += "tidak disentuh. Periksa daftar, lalu pilih Gabungkan."
    d = DialogPratinjau("Gabungkan dari kecamatan", ringkasan, rencana.uraian(), None, window)
    d.setObjectName("dialogGabung")
    d.ui.tombol.button(QDialogButtonBox.StandardButton.Save).setText("Gabungkan")
    pas_layar(d, 900, 560)

    def simpan() -> None:
        try:
            with sibuk():
                hasil = terapkan(controller.store, rencana)
        except IkuError as e:
            pesan(window, QMessageBox.Icon.Warning, e.pesan, "pesanGabung")
            return
        terbuka = controller.dokumen.id if controller.dokumen is not None else None
        if terbuka in hasil.diganti:
            controller.reload()
        controller.dokumen_list_changed.emit()
        controller.message.emit(
            f"Penggabungan selesai: {len(hasil.baru)} dokumen baru, "
            f"{len(hasil.diganti)} diganti, {len(hasil.sama)} tidak berubah."
        )

    d.accepted.connect(simpan)
    d.open()
    return d


def gabung_dari_kecamatan(window: QMainWindow, controller: Any) -> Any:  # noqa: ANN401
    from ikudesk.gui.berkas import pilih_buka_banyak

    nama = pilih_buka_banyak(window, "gabung", "Gabungkan dari kecamatan", SARING_GABUNG)
    if not nama:
        return None
    return pratinjau_gabung(window, controller, nama)


# --------------------------------------------------------------------------- the rekap page


class GrafikBatang(QWidget):
    """Horizontal bars, one per kecamatan, sorted from the highest, labelled in the tables'
    format; the 100 % line dashed, never through a label."""

    TINGGI = 18

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("grafikRekap")
        self.judul = ""
        self.nilai: list[tuple[str, Decimal | None]] = []
        self.garis_100 = True

    def set_data(
        self, judul: str, nilai: list[tuple[str, Decimal | None]], garis_100: bool = True
    ) -> None:
        self.judul = judul
        self.nilai = sorted(nilai, key=lambda t: (t[1] is None, -(t[1] or 0), t[0]))
        self.garis_100 = garis_100
        self.setMinimumHeight(self.TINGGI * len(self.nilai) + 30)
        self.update()

    def paintEvent(self, event: Any) -> None:  # noqa: ANN401, N802 - Qt's name
        from PySide6.QtGui import QColor, QPainter, QPen

        from ikudesk.l10n import format_capaian

        p = QPainter(self)
        fm = p.fontMetrics()
        lebar = self.width()
        p.drawText(
            4, fm.ascent() + 2, fm.elidedText(self.judul, Qt.TextElideMode.ElideRight, lebar - 8)
        )
        if not self.nilai:
            return
        label = min(max(fm.horizontalAdvance(n) for n, _ in self.nilai) + 10, lebar // 3)
        angka = max(fm.horizontalAdvance(format_capaian(v)) for _, v in self.nilai) + 10
        ruang = max(10, lebar - label - angka - 8)
        puncak = max([float(v) for _, v in self.nilai if v is not None] + [100.0]) * 1.05
        x100 = label + int(100 / puncak * ruang)
        y0 = fm.height() + 10
        for i, (nama, v) in enumerate(self.nilai):
            y = y0 + i * self.TINGGI
            teks = fm.elidedText(nama, Qt.TextElideMode.ElideRight, label - 8)
            p.drawText(4, y + fm.ascent(), teks)
            if v is None:
                p.drawText(label + 2, y + fm.ascent(), "-")
                continue
            w = int(max(0.0, float(v)) / puncak * ruang)
            p.fillRect(label, y + 2, w, self.TINGGI - 5, QColor("#2f6fb0"))
            tx = label + w + 4
            lt = fm.horizontalAdvance(format_capaian(v))
            if self.garis_100 and tx - 2 <= x100 <= tx + lt + 2:
                tx = x100 + 4
            p.drawText(tx, y + fm.ascent(), format_capaian(v))
        if self.garis_100:
            p.setPen(QPen(QColor("#c0392b"), 1, Qt.PenStyle.DashLine))
            p.drawLine(x100, y0, x100, y0 + len(self.nilai) * self.TINGGI)
        p.end()


def _bernama(w: W, nama: str) -> W:
    """``w`` with its object name (tests and the screenshot tool find widgets by it)."""
    w.setObjectName(nama)
    return w


class JendelaRekap(QWidget):
    """Rekap Kabupaten: every kecamatan of the store for one year, and the shared indicators."""

    def __init__(self, controller: Any, parent: QWidget | None = None) -> None:  # noqa: ANN401
        super().__init__(parent, Qt.WindowType.Window)
        self.ctl = controller
        self.rekap: Any = None
        self.setObjectName("jendelaRekap")
        self.setWindowTitle("Rekap Kabupaten — IKU Desk")
        tata = QVBoxLayout(self)
        atas = QHBoxLayout()
        label_tahun = QLabel("&Tahun:")
        atas.addWidget(label_tahun)
        self.tahun = _bernama(QSpinBox(), "tahunSpin")
        self.tahun.setRange(2000, 2100)
        self.tahun.setValue(date.today().year - 1)
        self.tahun.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # the wheel needs focus first
        label_tahun.setBuddy(self.tahun)
        atas.addWidget(self.tahun)
        label_tw = QLabel("T&riwulan terisi:")
        atas.addWidget(label_tw)
        self.triwulan = _bernama(QComboBox(), "triwulanCombo")
        self.triwulan.addItem("—", None)
        for k, r in ((1, "I"), (2, "II"), (3, "III"), (4, "IV")):
            self.triwulan.addItem(f"Triwulan {r}", k)
        self.triwulan.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        label_tw.setBuddy(self.triwulan)
        atas.addWidget(self.triwulan)
        atas.addStretch(1)
        tata.addLayout(atas)
        self.tabel = _bernama(QTableWidget(), "tabelRekap")
        self.tabel.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tabel.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tabel.setWordWrap(False)
        tata.addWidget(self.tabel, 3)
        tata.addWidget(
            QLabel(
                "Indikator yang dimiliki beberapa kecamatan (capaian %; pilih baris untuk grafik):"
            )
        )
        self.bersama = _bernama(QTableWidget(), "tabelBersama")
        self.bersama.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.bersama.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.bersama.verticalHeader().setVisible(False)
        self.bersama.setWordWrap(False)
        self.grafik = GrafikBatang()
        gulir = QScrollArea()
        gulir.setWidgetResizable(True)
        gulir.setWidget(self.grafik)
        bawah_tengah = QSplitter(Qt.Orientation.Horizontal)
        bawah_tengah.addWidget(self.bersama)
        bawah_tengah.addWidget(gulir)
        bawah_tengah.setSizes([600, 400])
        tata.addWidget(bawah_tengah, 2)
        self.bersama.currentCellChanged.connect(lambda *_: self._grafik())
        bawah = QHBoxLayout()
        self.keterangan = _bernama(QLabel(), "keteranganRekap")
        self.keterangan.setWordWrap(True)
        bawah.addWidget(self.keterangan, 1)
        self.tombol_pdf = _bernama(QPushButton("&Cetak PDF…"), "tombolPdfRekap")
        self.tombol_xlsx = _bernama(QPushButton("Simpan &Excel…"), "tombolXlsxRekap")
        tutup = _bernama(QPushButton("T&utup"), "tombolTutupRekap")
        for t in (self.tombol_pdf, self.tombol_xlsx, tutup):
            bawah.addWidget(t)
        tata.addLayout(bawah)
        self.tahun.valueChanged.connect(self.muat)
        self.triwulan.currentIndexChanged.connect(self.muat)
        self.tombol_pdf.clicked.connect(self.cetak_pdf)
        self.tombol_xlsx.clicked.connect(self.simpan_xlsx)
        tutup.clicked.connect(self.close)
        controller.dokumen_list_changed.connect(self.muat)
        pas_layar(self, 1000, 560)
        self._tahun_bawaan()
        self.muat()

    def _tahun_bawaan(self) -> None:
        """The latest year any kecamatan has a realisasi for (else last year)."""
        from ikudesk.kabupaten.rekap import tahun_terakhir

        try:
            th = tahun_terakhir(self.ctl.store)
        except IkuError:
            th = None
        if th is not None:
            self.tahun.blockSignals(True)
            self.tahun.setValue(th)
            self.tahun.blockSignals(False)

    def muat(self) -> None:
        from ikudesk.kabupaten.rekap import muat_rekap
        from ikudesk.l10n import format_capaian

        try:
            self.rekap = muat_rekap(self.ctl.store, self.tahun.value(), self.triwulan.currentData())
        except IkuError as e:
            self.keterangan.setText(e.pesan)
            return
        r = self.rekap
        # Two-line headings keep the figures' columns narrow; names never wrap.
        kepala = [
            "Indikator",
            "Terhitung",
            "Rata-rata\ncapaian (%)",
            *(n.replace(" ", "\n", 1) for n in r.kategori),
            "IKM",
            "Mutu",
            "PK",
            "Laporan\ntahunan",
        ]
        if r.triwulan:
            kepala.append("Triwulan\nterisi")
        self.tabel.clear()
        self.tabel.setColumnCount(len(kepala))
        self.tabel.setHorizontalHeaderLabels(kepala)
        self.tabel.setRowCount(len(r.kecamatan))
        self.tabel.setVerticalHeaderLabels([k.instansi for k in r.kecamatan])
        for i, k in enumerate(r.kecamatan):
            isi = [
                str(k.indikator),
                str(k.terhitung),
                format_capaian(k.rata_rata_capaian),
                *(str(k.kategori.get(n, 0)) for n in r.kategori),
                format_capaian(k.ikm) if k.ikm is not None else "-",
                k.mutu or "-",
                "ada" if k.pk else "belum",
                "ada" if k.laporan_ditandatangani else "belum",
            ]
            if r.triwulan:
                isi.append(f"{k.triwulan_terisi} dari {k.triwulan_wajib}")
            for j, t in enumerate(isi):
                item = QTableWidgetItem(t)
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                if k.dokumen_id is None:
                    item.setToolTip(f"Belum ada dokumen kecamatan ini untuk tahun {r.tahun}.")
                self.tabel.setItem(i, j, item)
        self.tabel.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        nama = [k.instansi for k in r.kecamatan]
        self.bersama.clear()
        self.bersama.setColumnCount(1 + len(nama))
        self.bersama.setHorizontalHeaderLabels(["Indikator", *nama])
        self.bersama.setRowCount(len(r.bersama))
        for i, b in enumerate(r.bersama):
            self.bersama.setItem(i, 0, QTableWidgetItem(f"{b.kode} {b.indikator}".strip()))
            for j, n in enumerate(nama, start=1):
                if n in b.capaian:
                    item = QTableWidgetItem(format_capaian(b.capaian[n]))
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                    self.bersama.setItem(i, j, item)
        self.bersama.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        tanpa = [k.instansi for k in r.kecamatan if k.dokumen_id is None]
        teks = f"{len(r.kecamatan)} kecamatan."
        if tanpa:
            teks += f" Belum ada dokumen tahun {r.tahun}: " + ", ".join(tanpa) + "."
        for t in r.tidak_terbaca:
            teks += f" Peringatan: {t}."
        self.keterangan.setText(teks)
        self._grafik()

    def _grafik(self) -> None:
        """The chart of the chosen shared indicator; with none chosen, the IKM per kecamatan."""
        r = self.rekap
        if r is None:
            return
        baris = self.bersama.currentRow()
        if 0 <= baris < len(r.bersama):
            b = r.bersama[baris]
            nama = f"{b.kode} {b.indikator}".strip()
            self.grafik.set_data(f"Capaian (%) {nama}, {r.tahun}", list(b.capaian.items()))
        else:
            ikm = [(k.instansi, k.ikm) for k in r.kecamatan]
            self.grafik.set_data(f"IKM per kecamatan, {r.tahun}", ikm, garis_100=False)

    def _simpan(self, judul: str, akhiran: str, saring: str, tulis: Any) -> None:  # noqa: ANN401
        """Ask where (suggesting a name), write with ``tulis(rekap, path) -> note``, say where."""
        if self.rekap is None:
            return
        from ikudesk.gui.berkas import pilih_simpan

        saran = f"Rekap-Kabupaten-{self.tahun.value()}{akhiran}"
        jenis_berkas = "pdf" if akhiran == ".pdf" else "excel"
        dipilih = pilih_simpan(self, jenis_berkas, judul, saran, saring)
        if dipilih is None:
            return
        path = dipilih
        if path.suffix.lower() != akhiran:
            path = path.with_name(path.name + akhiran)
        try:
            with sibuk():
                catatan = tulis(self.rekap, path)
        except IkuError as e:
            pesan(self, QMessageBox.Icon.Warning, e.pesan, "pesanRekap")
            return
        jenis = "PDF" if akhiran == ".pdf" else "Excel"
        self.keterangan.setText(f"{jenis} disimpan: {path}{catatan}.")
        self.ctl.message.emit(f"{jenis} disimpan: {path}")

    def cetak_pdf(self) -> None:
        from ikudesk.report.rekap_report import tulis_pdf_rekap

        def tulis(rekap: Any, path: Path) -> str:  # noqa: ANN401
            return f" ({tulis_pdf_rekap(rekap, path)} halaman)"

        self._simpan("Cetak Rekap Kabupaten", ".pdf", "PDF (*.pdf)", tulis)

    def simpan_xlsx(self) -> None:
        from ikudesk.kabupaten.xlsx import tulis_xlsx_rekap

        def tulis(rekap: Any, path: Path) -> str:  # noqa: ANN401
            tulis_xlsx_rekap(rekap, path)
            return ""

        self._simpan("Simpan Rekap Kabupaten", ".xlsx", "Excel (*.xlsx)", tulis)


def rekap_kabupaten(window: QMainWindow, controller: Any) -> QWidget:  # noqa: ANN401
    ada = getattr(window, "_jendela_rekap", None)
    if ada is None:
        ada = JendelaRekap(controller, window)
        window._jendela_rekap = ada  # type: ignore[attr-defined]  # one per main window, kept on it
    ada.show()
    ada.raise_()
    ada.activateWindow()
    return ada


def pasang_menu_kabupaten(window: QMainWindow, controller: Any, menu_tahunan: Any) -> None:  # noqa: ANN401
    """Berkas → Gabungkan dari kecamatan… (before Pulihkan) and Tahunan → Rekap Kabupaten…,
    shown when the store holds more than one kecamatan."""
    gabung = QAction("&Gabungkan dari kecamatan…", window)
    gabung.setObjectName("aksiGabung")
    gabung.triggered.connect(lambda _=False: gabung_dari_kecamatan(window, controller))
    ui = getattr(window, "ui", None)
    menu_berkas = getattr(ui, "menuBerkas", None)
    if menu_berkas is not None:
        # with the other ways documents come in (Impor, Ekspor), not among backup and restore
        daftar = menu_berkas.actions()
        ekspor = getattr(ui, "aksiEkspor", None)
        sesudah = daftar[daftar.index(ekspor) + 1] if ekspor in daftar[:-1] else None
        menu_berkas.insertAction(sesudah, gabung)
    rekap = QAction("Rekap &Kabupaten…", window)
    rekap.setObjectName("aksiRekapKabupaten")
    rekap.triggered.connect(lambda _=False: rekap_kabupaten(window, controller))
    menu_tahunan.addSeparator()
    menu_tahunan.addAction(rekap)

    def perbarui() -> None:
        from ikudesk.kabupaten import jumlah_instansi

        try:
            rekap.setVisible(jumlah_instansi(controller.store) > 1)
        except IkuError:
            rekap.setVisible(False)

    controller.dokumen_list_changed.connect(perbarui)  # also when the store is attached
    rekap.setVisible(False)
