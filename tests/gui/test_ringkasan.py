"""The Ringkasan page driven with qtbot: the chosen year's chart and counts per category,
updated live as values change (and back on undo), reachable from the main window's menu."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from PySide6.QtGui import QColor

from ikudesk.domain.kategori import KATEGORI_BAWAAN
from ikudesk.domain.keys import NilaiKey
from ikudesk.domain.lkjip import BELUM_DIISI_TAB, TIDAK_DIHITUNG, warna_kategori
from ikudesk.gui.controller import DocumentController
from ikudesk.gui.main_window import MainWindow, aksi_menurut_nama
from ikudesk.gui.ringkasan import HalamanRingkasan, JendelaRingkasan
from tests.support.tiga_tahun import dokumen_tiga_tahun


def _jumlah(halaman: HalamanRingkasan) -> dict[str, int]:
    t = halaman.ui.tabelKategori
    return {t.item(i, 0).text(): int(t.item(i, 2).text()) for i in range(t.rowCount())}


def _warna_ada(halaman: HalamanRingkasan, hex_: str) -> int:
    """How many pixels of the chart have exactly this colour."""
    gambar = halaman.grafik.grab().toImage()
    target = QColor(hex_).rgb()
    return sum(
        1
        for x in range(0, gambar.width(), 2)
        for y in range(0, gambar.height(), 2)
        if gambar.pixel(x, y) == target
    )


def test_ringkasan_hidup(qtbot, controller: DocumentController) -> None:  # noqa: ANN001
    controller.create_dokumen(dokumen_tiga_tahun())
    halaman = HalamanRingkasan(controller)
    qtbot.addWidget(halaman)
    halaman.resize(1000, 600)
    halaman.show()
    assert halaman.tahun == 2023  # the latest year with a realisasi
    assert _jumlah(halaman) == {
        "Sangat Tinggi": 3,
        "Tinggi": 0,
        "Sedang": 1,
        "Rendah": 0,
        "Sangat Rendah": 0,
        BELUM_DIISI_TAB: 0,
        TIDAK_DIHITUNG: 1,  # D: its target is 0
    }
    assert "4 indikator" in halaman.ui.rataLabel.text()
    assert "1 indikator tidak dapat dihitung" in halaman.ui.rataLabel.text()
    warna = warna_kategori(list(KATEGORI_BAWAAN))
    assert _warna_ada(halaman, warna["Sangat Tinggi"]) > 200  # three bars drawn
    assert _warna_ada(halaman, warna["Sedang"]) > 50
    # a value changes: Indikator C reaches its target → Sangat Tinggi, live
    c = next(i for i in controller.dokumen.semua_indikator() if i.nama == "Indikator C")
    controller.set_nilai(NilaiKey.realisasi(c.id, 2023), Decimal(3))
    qtbot.waitUntil(lambda: _jumlah(halaman)["Sangat Tinggi"] == 4)
    assert _jumlah(halaman)["Sedang"] == 0
    assert _warna_ada(halaman, warna["Sedang"]) < 50  # its legend key only
    controller.stack.undo()
    qtbot.waitUntil(lambda: _jumlah(halaman)["Sedang"] == 1)
    # another year
    halaman.pilih_tahun(2021)
    assert halaman.tahun == 2021
    jumlah = _jumlah(halaman)
    # 2021: A 90 Tinggi, B 80 Tinggi, C 33,33 SR, D 40 SR; E no target → belum diisi (not
    # "tidak dapat dihitung": nothing failed to compute)
    assert (jumlah["Sangat Tinggi"], jumlah["Tinggi"], jumlah["Sangat Rendah"]) == (0, 2, 2)
    assert (jumlah[BELUM_DIISI_TAB], jumlah[TIDAK_DIHITUNG]) == (1, 0)
    assert "1 indikator belum diisi" in halaman.ui.rataLabel.text()
    assert "tidak dapat dihitung" not in halaman.ui.rataLabel.text()
    # a structural change keeps the chosen year
    controller.remove("indikator", c.id)
    qtbot.waitUntil(lambda: _jumlah(halaman)["Sangat Rendah"] == 1)
    assert halaman.tahun == 2021


def test_ringkasan_dari_menu_dan_gambar(
    qtbot, controller: DocumentController, tmp_path: Path
) -> None:  # noqa: ANN001
    controller.create_dokumen(dokumen_tiga_tahun())
    w = MainWindow(controller)
    qtbot.addWidget(w)
    aksi = aksi_menurut_nama(w)
    assert "aksiRingkasan" in aksi and "aksiPerjanjianKinerja" in aksi
    aksi["aksiRingkasan"].trigger()
    jendela = w.findChild(JendelaRingkasan)
    assert jendela is not None and jendela.isVisible()
    aksi["aksiRingkasan"].trigger()  # once per main window
    assert len(w.findChildren(JendelaRingkasan)) == 1
    # at 1366 × 768 the page shows its chart and its table whole
    jendela.resize(1366, 740)
    qtbot.waitExposed(jendela)
    gambar = jendela.grab()
    assert gambar.save(str(tmp_path / "ringkasan.png"))
    t = jendela.halaman.ui.tabelKategori
    assert t.viewport().height() >= t.rowHeight(0) * t.rowCount()
    assert jendela.halaman.grafik.height() >= 250


def test_ekspor_lkjip_dari_jendela_menyebut_peringatan(
    qtbot, controller: DocumentController, tmp_path: Path
) -> None:  # noqa: ANN001
    """The window's PDF export of the LKjIP says when the year has no signer."""
    from PySide6.QtWidgets import QMainWindow

    from ikudesk.gui import pdf_actions
    from ikudesk.gui.print_dialog import OpsiCetak

    dok = dokumen_tiga_tahun()
    dok.laporan_tahunan = []
    controller.create_dokumen(dok)
    w = QMainWindow()
    qtbot.addWidget(w)
    opsi = OpsiCetak(laporan="lkjip", tahun=2023, kertas="F4", orientasi="landscape")
    with qtbot.waitSignal(controller.message) as sinyal:
        halaman = pdf_actions.ekspor_ke(w, controller, opsi, tmp_path / "lkjip.pdf")
    assert halaman >= 1 and (tmp_path / "lkjip.pdf").exists()
    assert "PDF disimpan" in sinyal.args[0]
    assert "Penandatangan laporan tahun 2023 belum diisi" in sinyal.args[0]
    # the analyses not written yet are named (their space in the PDF is left empty)
    pesan = sinyal.args[0]
    assert "Analisis capaian 2023 belum diisi untuk 4 indikator" in pesan
    for nama in ("1. Indikator A", "2. Indikator B", "3. Indikator C", "4. Indikator D"):
        assert nama in pesan
    assert "Indikator E" not in pesan


def test_pratinjau_lkjip_menyebut_analisis_kosong(qtbot, controller: DocumentController) -> None:  # noqa: ANN001
    """The preview warns too (status bar), naming the indicators without an analysis."""
    from PySide6.QtWidgets import QMainWindow

    from ikudesk.gui import pdf_actions
    from ikudesk.gui.print_dialog import OpsiCetak

    controller.create_dokumen(dokumen_tiga_tahun())
    w = QMainWindow()
    qtbot.addWidget(w)
    opsi = OpsiCetak(laporan="lkjip", tahun=2023, kertas="F4", orientasi="landscape")
    with qtbot.waitSignal(controller.message) as sinyal:
        dlg = pdf_actions.pratinjau(w, controller, opsi)
    assert dlg is not None
    pesan = sinyal.args[0]
    assert "Peringatan: Analisis capaian 2023 belum diisi untuk 4 indikator" in pesan
    assert "3. Indikator C" in pesan and "Indikator E" not in pesan
    dlg.close()
