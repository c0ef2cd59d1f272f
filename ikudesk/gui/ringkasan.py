"""The Ringkasan page: the open document's capaian for a chosen year as a bar chart (coloured
by category, with the 100 % line) and the number of indicators per category, updated live.

The figures come from ``domain.lkjip`` (the same as the printed LKjIP), the category scale from
the store; the chart is painted with QPainter (no charting library in the bundle).
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, QTimer
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QIcon,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QPixmap,
)
from PySide6.QtWidgets import QHeaderView, QTableWidgetItem, QToolTip, QWidget

from ikudesk.domain.kategori import teks_rentang
from ikudesk.domain.lkjip import (
    BELUM_DIISI_TAB,
    TIDAK_DIHITUNG,
    WARNA_KOSONG,
    hitung_lkjip,
    skala_sumbu,
    tahun_ringkasan,
    warna_kategori,
)
from ikudesk.errors import IkuError
from ikudesk.gui.forms.ui_ringkasan import Ui_HalamanRingkasan
from ikudesk.gui.jendela_tahunan import JendelaTahunan
from ikudesk.gui.print_dialog import OpsiCetak
from ikudesk.l10n import format_angka, format_persen


@dataclass(frozen=True)
class BatangLayar:
    label: str  # under the bar: the indicator's kode (its number when it has none)
    nilai: Decimal | None
    warna: str
    keterangan: str  # the tooltip: name, capaian, category


class GrafikCapaian(QWidget):
    """Capaian per indicator as bars, with the value axis, the 100 % line and a legend."""

    KIRI, KANAN, ATAS, BAWAH = 48, 44, 22, 52

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("grafikCapaian")
        self.batang: list[BatangLayar] = []
        self.legenda: list[tuple[str, str]] = []
        self._kotak: list[tuple[QRectF, str]] = []
        self.setMouseTracking(True)
        self.setMinimumHeight(180)  # with the table, the page fits a 1024×600 screen

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        # modest: the page asks no more than a 1024×600 screen has; a taller window grows it
        return QSize(800, 240)

    def atur(self, batang: list[BatangLayar], legenda: list[tuple[str, str]]) -> None:
        self.batang, self.legenda = batang, legenda
        self.update()

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.fillRect(self.rect(), self.palette().base())
        teks = self.palette().text().color()
        font = QFont(self.font())
        font.setPointSizeF(max(7.0, font.pointSizeF() * 0.85))
        p.setFont(font)
        fm = p.fontMetrics()
        w, h = self.width(), self.height()
        x0, y0 = self.KIRI, self.ATAS
        pw, ph = w - self.KIRI - self.KANAN, h - self.ATAS - self.BAWAH
        if pw < 40 or ph < 40:
            return
        ada = [float(b.nilai) for b in self.batang if b.nilai is not None]
        rendah, tinggi, langkah = skala_sumbu(ada)

        def ke_y(v: float) -> float:
            return y0 + ph - (v - rendah) / (tinggi - rendah) * ph

        # grid and value axis
        v = rendah
        while v <= tinggi + 1e-9:
            y = ke_y(v)
            p.setPen(QPen(QColor("#dddddd"), 1))
            p.drawLine(QPointF(x0, y), QPointF(x0 + pw, y))
            p.setPen(teks)
            label = format_angka(Decimal(str(v)))
            p.drawText(
                QRectF(0, y - 8, x0 - 6, 16),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                label,
            )
            v += langkah
        p.setPen(QPen(teks, 1))
        p.drawLine(QPointF(x0, y0), QPointF(x0, y0 + ph))
        nol = ke_y(0)
        p.drawLine(QPointF(x0, nol), QPointF(x0 + pw, nol))
        # bars
        self._kotak = []
        n = max(len(self.batang), 1)
        slot = pw / n
        bw = min(slot * 0.7, 42.0)
        for i, b in enumerate(self.batang):
            cx = x0 + slot * (i + 0.5)
            if slot >= fm.horizontalAdvance(b.label) + 2 or i % max(1, round(30 / slot)) == 0:
                p.setPen(teks)
                p.drawText(
                    QRectF(cx - slot / 2 - 10, y0 + ph + 2, slot + 20, 16),
                    Qt.AlignmentFlag.AlignHCenter,
                    b.label,
                )
            if b.nilai is None:
                p.setPen(QColor(WARNA_KOSONG))
                p.drawText(QRectF(cx - 10, nol - 16, 20, 14), Qt.AlignmentFlag.AlignCenter, "–")
                self._kotak.append((QRectF(cx - bw / 2, nol - 16, bw, 16), b.keterangan))
                continue
            y = ke_y(float(b.nilai))
            kotak = QRectF(cx - bw / 2, min(y, nol), bw, max(abs(nol - y), 1.0))
            p.setPen(QPen(QColor("#333333"), 0.5))
            p.setBrush(QBrush(QColor(b.warna)))
            p.drawRect(kotak)
            self._kotak.append((kotak, b.keterangan))
            nilai = format_angka(b.nilai)
            if fm.horizontalAdvance(nilai) <= slot:
                p.setPen(teks)
                p.drawText(
                    QRectF(cx - slot / 2, kotak.top() - 15, slot, 14),
                    Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom,
                    nilai,
                )
        # the 100 % line
        y100 = ke_y(100)
        pena = QPen(QColor("#333333"), 1.5, Qt.PenStyle.DashLine)
        p.setPen(pena)
        p.drawLine(QPointF(x0, y100), QPointF(x0 + pw, y100))
        p.drawText(
            QRectF(x0 + pw + 3, y100 - 8, self.KANAN, 16), Qt.AlignmentFlag.AlignVCenter, "100%"
        )
        # legend
        x, y = float(x0), float(y0 + ph + 24)
        p.setBrush(Qt.BrushStyle.NoBrush)
        for nama, warna in [*self.legenda, ("tanpa capaian", WARNA_KOSONG)]:
            lebar = 16 + fm.horizontalAdvance(nama) + 14
            if x + lebar > x0 + pw and x > x0:
                x, y = float(x0), y + 14
            p.fillRect(QRectF(x, y + 2, 10, 10), QColor(warna))
            p.setPen(teks)
            p.drawText(QRectF(x + 14, y, lebar, 14), Qt.AlignmentFlag.AlignVCenter, nama)
            x += lebar
        p.end()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt's name
        titik = event.position()
        for kotak, teks in self._kotak:
            if kotak.adjusted(-2, -2, 2, 2).contains(titik):
                QToolTip.showText(event.globalPosition().toPoint(), teks, self)
                return
        QToolTip.hideText()


class HalamanRingkasan(QWidget):
    """Year chooser, chart, counts per category; refreshed on every change of the document."""

    def __init__(self, controller, parent: QWidget | None = None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self.ctl = controller
        self.ui = Ui_HalamanRingkasan()
        self.ui.setupUi(self)
        self.grafik = GrafikCapaian(self.ui.wadahGrafik)
        self.ui.tataGrafik.addWidget(self.grafik)
        tabel = self.ui.tabelKategori
        tabel.setColumnCount(3)
        tabel.setHorizontalHeaderLabels(["Kategori", "Rentang capaian (%)", "Jumlah indikator"])
        tabel.verticalHeader().setVisible(False)
        # compact rows: the whole page fits a 1024×600 screen without scrolling
        tabel.verticalHeader().setDefaultSectionSize(tabel.fontMetrics().height() + 6)
        tabel.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        tabel.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        tabel.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.ui.catatanLabel.setText(
            "Di bawah batang: kode indikator (nomor urut bila indikator belum berkode); arahkan "
            "penunjuk ke batang untuk melihat nama indikatornya. Garis putus-putus: capaian 100%."
        )
        self._tunda = QTimer(self)
        self._tunda.setSingleShot(True)
        self._tunda.setInterval(0)  # many signals of one change → one refresh
        self._tunda.timeout.connect(self.perbarui)
        self.ui.tahunCombo.currentIndexChanged.connect(lambda _i: self.perbarui())
        # another document: its own latest year with values, not the year of the one before
        controller.dokumen_opened.connect(lambda _id: self.isi_tahun(baru=True))
        for sinyal in (controller.nilai_changed, controller.node_changed, controller.after_event):
            sinyal.connect(lambda *_: self._tunda.start())
        controller.structure_changed.connect(self.isi_tahun)
        self.isi_tahun()

    @property
    def tahun(self) -> int | None:
        data = self.ui.tahunCombo.currentData()
        return int(data) if data is not None else None

    def isi_tahun(self, baru: bool = False) -> None:
        """The document's years in the chooser, keeping the chosen one when it still exists;
        ``baru``: start again on the latest year with values (the page opens there)."""
        dok = self.ctl.dokumen
        combo = self.ui.tahunCombo
        lama = None if baru else self.tahun
        combo.blockSignals(True)
        combo.clear()
        if dok is not None:
            for th in dok.tahun():
                combo.addItem(str(th), th)
            pilih = lama if lama is not None and combo.findData(lama) >= 0 else tahun_ringkasan(dok)
            combo.setCurrentIndex(max(0, combo.findData(pilih)))
        combo.blockSignals(False)
        self.perbarui()

    def pilih_tahun(self, tahun: int) -> None:
        i = self.ui.tahunCombo.findData(tahun)
        if i < 0:
            raise IkuError(f"Tahun {tahun} tidak ada pada dokumen ini.")
        self.ui.tahunCombo.setCurrentIndex(i)

    def _kategori(self) -> list:
        from ikudesk.persistence.kategori_store import load_kategori

        try:
            return list(load_kategori(self.ctl.store))
        except IkuError:
            return []  # a damaged setting: the default scale (the Kategori dialog says so)

    def perbarui(self) -> None:
        ui = self.ui
        dok, th = self.ctl.dokumen, self.tahun
        tabel = ui.tabelKategori
        if dok is None or th is None:
            ui.dokumenLabel.setText(
                "Belum ada dokumen yang dibuka." if dok is None else "Dokumen belum memiliki tahun."
            )
            ui.rataLabel.setText("")
            self.grafik.atur([], [])
            tabel.setRowCount(0)
            return
        hasil = hitung_lkjip(dok, th, th, self._kategori() or None)
        warna = warna_kategori(hasil.kategori)
        batang = []
        for b in hasil.semua_baris:
            c = b.nilai[th].capaian
            kode = " ".join(b.indikator.kode.split())
            ket = f"{kode} – " if kode else f"{b.nomor}. "
            ket += f"{b.indikator.nama}\nCapaian {th}: "
            ket += (
                f"{format_persen(c.nilai)}% ({b.kategori})"
                if c.nilai is not None
                else (c.alasan or "belum diisi")
            )
            batang.append(
                BatangLayar(
                    kode or str(b.nomor), c.nilai, warna.get(b.kategori or "", WARNA_KOSONG), ket
                )
            )
        legenda = [(k.nama, warna[k.nama]) for k in reversed(hasil.kategori)]
        self.grafik.atur(batang, legenda)
        ui.dokumenLabel.setText(f"<b>{dok.profil.instansi or '(tanpa nama instansi)'}</b>")
        r = hasil.ringkas[th]
        teks = f"Rata-rata capaian {th}: "
        teks += f"{format_persen(r.rata_rata)}% dari {r.dihitung} indikator" if r.dihitung else "-"
        if r.belum_diisi:
            teks += f"; {r.belum_diisi} indikator belum diisi"
        if r.tidak_dihitung:
            teks += f"; {r.tidak_dihitung} indikator tidak dapat dihitung"
        ui.rataLabel.setText(teks)
        baris = [(k.nama, teks_rentang(k), warna[k.nama]) for k in reversed(hasil.kategori)]
        baris.append((BELUM_DIISI_TAB, "-", WARNA_KOSONG))
        baris.append((TIDAK_DIHITUNG, "-", WARNA_KOSONG))
        tabel.setRowCount(len(baris))
        for i, (nama, rentang, w) in enumerate(baris):
            ikon = QPixmap(12, 12)
            ikon.fill(QColor(w))
            item = QTableWidgetItem(QIcon(ikon), nama)
            tabel.setItem(i, 0, item)
            tabel.setItem(i, 1, QTableWidgetItem(rentang))
            jumlah = QTableWidgetItem(str(hasil.tabulasi[nama]))
            jumlah.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            tabel.setItem(i, 2, jumlah)
        # every category visible at once: the table is as tall as its rows
        tinggi = tabel.horizontalHeader().sizeHint().height() + 2 * tabel.frameWidth()
        tabel.setFixedHeight(tinggi + sum(tabel.rowHeight(i) for i in range(tabel.rowCount())))


class JendelaRingkasan(JendelaTahunan):
    """The Ringkasan page in its own window beside the main one (not modal); it prints the
    LKjIP of the year shown."""

    def __init__(self, controller, parent: QWidget | None = None) -> None:  # noqa: ANN001
        halaman = HalamanRingkasan(controller)
        super().__init__(
            controller,
            halaman,
            lambda: OpsiCetak(laporan="lkjip", tahun=halaman.tahun),
            "Ringkasan Capaian",
            (1000, 640),
            parent,
        )
        self.setObjectName("jendelaRingkasan")
