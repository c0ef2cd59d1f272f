"""Issue 21, the defects a fresh-eyes review found by driving the real windows: the signer
dialog's dates and prefill, the Ringkasan's opening year, the PK window without a PK, the tree
filter by kode, the grid's Ekspor PDF button, Escape in the yearly windows."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMainWindow, QWidget

from ikudesk.domain.model import (
    Dokumen,
    Indikator,
    Penandatangan,
    Periode,
    Profil,
    Sasaran,
    Tujuan,
)
from ikudesk.gui import pdf_actions
from ikudesk.gui.dialogs.penandatangan import DialogPenandatangan
from ikudesk.gui.main_window import MainWindow, aksi_menurut_nama
from ikudesk.gui.print_dialog import DialogOpsiCetak, OpsiCetak
from ikudesk.gui.ringkasan import HalamanRingkasan
from tests.support.jendela_utama import utama
from tests.support.tiga_tahun import dokumen_tiga_tahun

CTRL = Qt.KeyboardModifier.ControlModifier


def _dialog_cetak(induk: QWidget) -> list[DialogOpsiCetak]:
    return [d for d in induk.findChildren(DialogOpsiCetak) if d.isVisible()]


# --------------------------------------------------------------------------- defect 2


@pytest.mark.parametrize("ketikan", ["10-01-2025", "10/01/2025", "10 Januari 2025", "2025-01-10"])
def test_dialog_penandatangan_menerima_tanggal_seperti_di_tempat_lain(qtbot, ketikan: str) -> None:  # noqa: ANN001
    dlg = DialogPenandatangan(2024, None)
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.keyClicks(dlg.ui.namaEdit, "NAMA CAMAT")
    qtbot.keyClicks(dlg.ui.tanggalEdit, ketikan)
    qtbot.mouseClick(
        dlg.ui.tombol.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton
    )
    assert dlg.ui.pesanLabel.text() == ""
    assert dlg.hasil is not None and dlg.hasil.tanggal == "2025-01-10"
    # still refused: what is no date
    dlg2 = DialogPenandatangan(2024, None)
    qtbot.addWidget(dlg2)
    qtbot.keyClicks(dlg2.ui.namaEdit, "A")
    qtbot.keyClicks(dlg2.ui.tanggalEdit, "besok")
    dlg2.simpan()
    assert "besok" in dlg2.ui.pesanLabel.text() and dlg2.hasil is None


@pytest.fixture
def jendela(qtbot) -> QMainWindow:  # noqa: ANN001
    w = QMainWindow()  # held by the fixture: the signer dialog is its child
    qtbot.addWidget(w)
    return w


def test_dialog_penandatangan_diisi_dari_penandatangan_terdekat(qtbot, controller, jendela) -> None:  # noqa: ANN001
    w = jendela
    controller.create_dokumen(dokumen_tiga_tahun())  # 2023 has a signer, 2022 none
    dlg = pdf_actions.pastikan_penandatangan(
        w, controller, OpsiCetak(laporan="capaian", tahun=2022), lambda _o: None
    )
    assert isinstance(dlg, DialogPenandatangan)
    assert dlg.ui.namaEdit.text() == "NAMA CAMAT"
    assert dlg.ui.jabatanEdit.text() == "CAMAT PAKONG"
    assert dlg.ui.tanggalEdit.text() == ""  # never another report's date
    dlg.reject()
    # no yearly signer anywhere: the PK's pihak pertama of the nearest year
    dok = dokumen_tiga_tahun()
    dok.laporan_tahunan = []
    for pk in dok.perjanjian_kinerja:
        pk.tempat = "Pakong"
        pk.pihak_pertama = Penandatangan(
            tanggal="2023-01-02", jabatan="CAMAT", nama="PIHAK PERTAMA"
        )
    controller.create_dokumen(dok)
    dlg = pdf_actions.pastikan_penandatangan(
        w, controller, OpsiCetak(laporan="capaian", tahun=2022), lambda _o: None
    )
    assert isinstance(dlg, DialogPenandatangan)
    assert dlg.ui.namaEdit.text() == "PIHAK PERTAMA"
    assert dlg.ui.tempatEdit.text() == "Pakong"
    assert dlg.ui.tanggalEdit.text() == ""
    dlg.reject()


# --------------------------------------------------------------------------- defect 3


def test_ringkasan_buka_tahun_terakhir_dengan_capaian(qtbot, controller) -> None:  # noqa: ANN001
    dok = dokumen_tiga_tahun()
    # 2024: a realisasi without a target (as a survey alone): no capaian, no bar
    dok.tujuan[0].sasaran[0].indikator[0].realisasi[2024] = Decimal(90)
    controller.create_dokumen(dok)
    halaman = HalamanRingkasan(controller)
    qtbot.addWidget(halaman)
    halaman.show()
    assert halaman.tahun == 2023
    assert any(b.nilai is not None for b in halaman.grafik.batang)


# --------------------------------------------------------------------------- defect 4


def test_pk_tahun_tanpa_pk_cetak_dimatikan(qtbot, controller, ids_contoh, tmp_path) -> None:  # noqa: ANN001
    w = utama(qtbot, controller, tmp_path, ids_contoh["sumber-harta-2023"])
    aksi_menurut_nama(w)["aksiPerjanjianKinerja"].trigger()
    j = w._jendela_pk
    qtbot.waitExposed(j)
    assert j.halaman.tahun == 2023 and j.cetakTombol.isEnabled()
    tanpa = next(t for t in controller.dokumen.tahun() if controller.dokumen.pk(t) is None)
    combo = j.halaman.ui.tahunCombo
    combo.setFocus()
    while combo.currentData() != tanpa:
        qtbot.keyClick(combo, Qt.Key.Key_Down if combo.currentData() < tanpa else Qt.Key.Key_Up)
    for b in (j.cetakTombol, j.eksporTombol):
        assert not b.isEnabled()
        assert f"Tahun {tanpa} belum mempunyai PK" in b.toolTip()
    qtbot.keyClick(combo, Qt.Key.Key_P, CTRL)
    qtbot.keyClick(combo, Qt.Key.Key_P, CTRL | Qt.KeyboardModifier.ShiftModifier)
    qtbot.wait(50)
    assert _dialog_cetak(j) == []  # nothing asked, no file chooser
    # back on the year with a PK: on again, with the ordinary tool tip
    while combo.currentData() != 2023:
        qtbot.keyClick(combo, Qt.Key.Key_Down if combo.currentData() < 2023 else Qt.Key.Key_Up)
    assert j.cetakTombol.isEnabled() and "Ctrl+P" in j.cetakTombol.toolTip()
    assert j.eksporTombol.isEnabled() and "Ctrl+Shift+P" in j.eksporTombol.toolTip()


# --------------------------------------------------------------------------- defect 5


def _dokumen_kode() -> Dokumen:
    def ind(kode: str, nama: str) -> Indikator:
        return Indikator(kode=kode, nama=nama, satuan="%")

    return Dokumen(
        profil=Profil(instansi="Kecamatan Uji"),
        periode=Periode(2021, 2025),
        tujuan=[
            Tujuan(
                uraian="Tujuan",
                sasaran=[
                    Sasaran(
                        uraian="Sasaran",
                        indikator=[
                            ind("IKU 10", "Angka sepuluh"),
                            ind("IKU 1", "Angka satu"),
                            ind("IKU 12", "Angka dua belas"),
                            ind("IKU 1.2", "Angka satu titik dua"),
                            ind("IKT 1", "Angka tambahan"),
                        ],
                    )
                ],
            )
        ],
    )


def _terlihat(w: MainWindow) -> list[str]:
    m, hasil = w.ui.pohon.model(), []
    tumpuk = [m.index(r, 0) for r in range(m.rowCount())]
    while tumpuk:
        i = tumpuk.pop()
        hasil.append(str(i.data()))
        tumpuk += [m.index(r, 0, i) for r in range(m.rowCount(i))]
    return [t for t in hasil if t.startswith("Angka")]


def test_saring_iku_1_bukan_iku_10_dan_panah_ke_yang_cocok(qtbot, controller, tmp_path) -> None:  # noqa: ANN001
    did = controller.create_dokumen(_dokumen_kode())
    w = utama(qtbot, controller, tmp_path, did)
    qtbot.keyClick(w.ui.pohon, Qt.Key.Key_F, CTRL)
    qtbot.keyClicks(w.ui.saringEdit, "IKU 1")
    assert sorted(_terlihat(w)) == ["Angka satu", "Angka satu titik dua"]
    w.ui.saringEdit.clear()
    qtbot.keyClicks(w.ui.saringEdit, "iku1")
    assert sorted(_terlihat(w)) == ["Angka satu", "Angka satu titik dua"]
    w.ui.saringEdit.clear()
    qtbot.keyClicks(w.ui.saringEdit, "iku")  # a whole token: every IKU, not IKT
    assert sorted(_terlihat(w)) == sorted(
        ["Angka sepuluh", "Angka satu", "Angka dua belas", "Angka satu titik dua"]
    )
    w.ui.saringEdit.clear()
    qtbot.keyClicks(w.ui.saringEdit, "dua")  # names still by substring
    assert sorted(_terlihat(w)) == ["Angka dua belas", "Angka satu titik dua"]
    # Down from the box: the first match in the tree, not its tujuan
    w.ui.saringEdit.clear()
    qtbot.keyClicks(w.ui.saringEdit, "IKU 1")
    qtbot.keyClick(w.ui.saringEdit, Qt.Key.Key_Down)
    assert w.ui.pohon.hasFocus()
    assert w.ui.pohon.currentIndex().data() == "Angka satu"
    # Tab likewise
    qtbot.keyClick(w.ui.pohon, Qt.Key.Key_F, CTRL)
    w.ui.saringEdit.clear()
    qtbot.keyClicks(w.ui.saringEdit, "titik")
    qtbot.keyClick(w.ui.saringEdit, Qt.Key.Key_Tab)
    assert w.ui.pohon.hasFocus()
    assert w.ui.pohon.currentIndex().data() == "Angka satu titik dua"


# --------------------------------------------------------------------------- defect 7


def test_grid_tombol_ekspor_pdf(qtbot, controller, ids_contoh, tmp_path) -> None:  # noqa: ANN001
    w = utama(qtbot, controller, tmp_path, ids_contoh["sumber-harta-2023"])
    qtbot.keyClick(w.ui.pohon, Qt.Key.Key_K, CTRL)
    j = w.jendela_pengukuran
    qtbot.waitExposed(j)
    tombol = j.findChild(QWidget, "eksporPdfTombol")
    assert tombol is not None and tombol.isVisible()
    assert "Ctrl+Shift+P" in tombol.toolTip()
    assert tombol.text().replace("&", "") == "Ekspor PDF…"
    qtbot.mouseClick(tombol, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(_dialog_cetak(j)))
    dlg = _dialog_cetak(j)[0]
    assert dlg.opsi().laporan == "triwulan"
    dlg.reject()


# --------------------------------------------------------------------------- defect 8


def test_escape_di_kolom_tidak_menutup_jendela(qtbot, controller, ids_contoh, tmp_path) -> None:  # noqa: ANN001
    from ikudesk.gui.survei.halaman import JendelaSurvei

    w = utama(qtbot, controller, tmp_path, ids_contoh["sumber-harta-2023"])
    aksi_menurut_nama(w)["aksiPerjanjianKinerja"].trigger()
    pk = w._jendela_pk
    aksi_menurut_nama(w)["aksiRingkasan"].trigger()
    ringkasan = w._jendela_ringkasan
    survei = JendelaSurvei(controller, w)
    survei.show()
    for j, kolom in (
        (pk, pk.halaman.ui.tempatEdit),
        (ringkasan, ringkasan.halaman.ui.tahunCombo),
        (survei, survei.halaman.ui.tahunCombo),
    ):
        qtbot.waitExposed(j)
        j.activateWindow()
        qtbot.waitUntil(lambda j=j: QApplication.activeWindow() is j)
        kolom.setFocus()
        qtbot.keyClick(kolom, Qt.Key.Key_Escape)
        assert j.isVisible(), type(j).__name__
        # the Tutup button still closes it
        qtbot.mouseClick(j.tutupTombol, Qt.MouseButton.LeftButton)
        assert not j.isVisible()


# --------------------------------------------------------------------------- defect 6


def test_dialog_cetak_keterangan_tahun_menurut_laporan_dan_nama_pk(
    qtbot, controller, ids_contoh, tmp_path
) -> None:  # noqa: ANN001
    w = utama(qtbot, controller, tmp_path, ids_contoh["sumber-harta-2023"])
    dok = controller.dokumen
    tanpa_pk = next(t for t in dok.tahun() if dok.pk(t) is None)
    tanpa_survei = next(
        t for t in dok.tahun() if not any(t in i.survei_ikm for i in dok.semua_indikator())
    )
    aksi_menurut_nama(w)["aksiPerjanjianKinerja"].trigger()
    j = w._jendela_pk
    qtbot.waitExposed(j)
    nama_halaman = j.halaman.ui.pkCombo.itemText(0)
    qtbot.mouseClick(j.cetakTombol, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(_dialog_cetak(j)))
    dlg = _dialog_cetak(j)[0]
    ui = dlg.ui

    def teks_tahun() -> dict[int, str]:
        return {
            ui.tahunCombo.itemData(i): ui.tahunCombo.itemText(i)
            for i in range(ui.tahunCombo.count())
        }

    assert ui.laporanCombo.currentData() == "pk"
    assert teks_tahun()[tanpa_pk] == f"{tanpa_pk} (belum ada PK)"
    assert teks_tahun()[2023] == "2023"
    assert not any("realisasi" in t for t in teks_tahun().values())
    # the first PK has one name on the page and in the dialog
    assert ui.perubahanCombo.itemText(0) == nama_halaman == "PK awal"
    ui.laporanCombo.setCurrentIndex(ui.laporanCombo.findData("ikm"))
    assert teks_tahun()[tanpa_survei] == f"{tanpa_survei} (belum ada survei)"
    assert not any("realisasi" in t or "PK" in t for t in teks_tahun().values())
    dlg.reject()


# --------------------------------------------------------------------------- defect 9


def test_peringatan_menyebut_indikator_dengan_kode(qtbot, controller, jendela, tmp_path) -> None:  # noqa: ANN001
    dok = dokumen_tiga_tahun()
    semua = dok.semua_indikator()
    for n, ind in enumerate(semua[:2], start=1):  # two indicators of one name
        ind.kode = f"IKT {n}"
        ind.nama = "Indeks Kepuasan Masyarakat (IKM)"
    controller.create_dokumen(dok)
    opsi = OpsiCetak(laporan="lkjip", tahun=2023, kertas="F4", orientasi="landscape")
    with qtbot.waitSignal(controller.message) as sinyal:
        pdf_actions.ekspor_ke(jendela, controller, opsi, tmp_path / "lkjip.pdf")
    pesan = sinyal.args[0]
    assert "IKT 1 Indeks Kepuasan Masyarakat (IKM)" in pesan
    assert "IKT 2 Indeks Kepuasan Masyarakat (IKM)" in pesan
    assert "1. Indeks" not in pesan
    assert "3. Indikator C" in pesan  # no kode: still its number


# --------------------------------------------------------------------------- defect 1 (check)


def test_grid_triwulan_iii_meminta_penandatangan_triwulan(
    qtbot, controller, ids_contoh, tmp_path, monkeypatch
) -> None:  # noqa: ANN001
    from PySide6.QtWidgets import QFileDialog

    from ikudesk.l10n import format_tanggal

    w = utama(qtbot, controller, tmp_path, ids_contoh["sumber-harta-2023"])
    lt = controller.dokumen.laporan(2023)
    tanggal_tahun = (
        format_tanggal(lt.penandatangan.tanggal)
        if lt is not None and lt.penandatangan is not None and lt.penandatangan.tanggal
        else None
    )
    qtbot.keyClick(w.ui.pohon, Qt.Key.Key_K, CTRL)
    j = w.jendela_pengukuran
    qtbot.waitExposed(j)
    j.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is j)
    j.tahun.setFocus()
    while j.tahun.currentData() != 2023:
        qtbot.keyClick(j.tahun, Qt.Key.Key_Down)
    j.periode.setFocus()
    while j.periode.currentText() != "Triwulan III":
        qtbot.keyClick(j.periode, Qt.Key.Key_Down)
    pdf = tmp_path / "tw3.pdf"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *_a: (str(pdf), "Berkas PDF (*.pdf)"))
    )
    for kunci in (CTRL, CTRL | Qt.KeyboardModifier.ShiftModifier):
        j.grid.setFocus()
        qtbot.keyClick(j.grid, Qt.Key.Key_P, kunci)
        qtbot.waitUntil(lambda: bool(_dialog_cetak(j)))
        dlg = _dialog_cetak(j)[0]
        assert (dlg.opsi().tahun, dlg.opsi().triwulan) == (2023, 3)
        qtbot.mouseClick(
            dlg.ui.tombol.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
        )
        qtbot.waitUntil(lambda: any(d.isVisible() for d in j.findChildren(DialogPenandatangan)))
        ttd = next(d for d in j.findChildren(DialogPenandatangan) if d.isVisible())
        assert "triwulan III 2023" in ttd.ui.infoLabel.text()
        assert ttd.ui.tanggalEdit.text() == ""
        if kunci == CTRL:
            ttd.reject()
            continue
        qtbot.mouseClick(
            ttd.ui.tombol.button(QDialogButtonBox.StandardButton.Ignore),
            Qt.MouseButton.LeftButton,
        )
    qtbot.waitUntil(pdf.exists)
    import pypdf

    teks = " ".join(p.extract_text() for p in pypdf.PdfReader(pdf).pages)
    assert "TRIWULAN III TAHUN 2023" in teks
    if tanggal_tahun:
        assert tanggal_tahun not in teks  # never the year's date
