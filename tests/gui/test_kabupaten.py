"""The kabupaten's pages driven as a user would: Berkas → Gabungkan dari kecamatan… (the list
before anything is stored) and Tahunan → Rekap Kabupaten… (shown from two kecamatan on)."""

from __future__ import annotations

from pathlib import Path

from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog

from ikudesk.gui.controller import DocumentController
from ikudesk.gui.main_window import MainWindow, aksi_menurut_nama
from ikudesk.gui.settings import Pengaturan
from ikudesk.persistence.repo import list_dokumen
from ikudesk.persistence.store import open_store
from tests.support.kabupaten import tulis_dokumen_kecamatan


def _jendela(qtbot, tmp_path: Path, store) -> tuple[MainWindow, DocumentController]:  # noqa: ANN001
    ctl = DocumentController(store)
    w = MainWindow(ctl, Pengaturan(tmp_path / "pengaturan"))
    qtbot.addWidget(w)
    w.resize(1024, 600)
    w.show()
    return w, ctl


def test_gabung_lalu_rekap(qtbot, tmp_path: Path, monkeypatch) -> None:  # noqa: ANN001
    store = open_store(tmp_path / "kab.sqlite")
    a, b = tmp_path / "a.json", tmp_path / "b.json"
    tulis_dokumen_kecamatan(a, "Kecamatan Alfa")
    tulis_dokumen_kecamatan(b, "Kecamatan Beta", geser=1)
    w, ctl = _jendela(qtbot, tmp_path, store)
    aksi = aksi_menurut_nama(w)
    rekap = aksi["aksiRekapKabupaten"]
    assert not rekap.isVisible()  # an empty store: nothing to compare
    monkeypatch.setattr(
        QFileDialog, "getOpenFileNames", staticmethod(lambda *x, **k: ([str(a), str(b)], ""))
    )
    aksi["aksiGabung"].trigger()
    (dialog,) = [
        d
        for d in w.findChildren(object)
        if getattr(d, "objectName", lambda: "")() == "dialogGabung"
    ]
    teks = dialog.ui.daftarTeks.toPlainText()
    assert "BARU   Kecamatan Alfa" in teks and "BARU   Kecamatan Beta" in teks
    assert list_dokumen(store) == []  # nothing stored before the user agrees
    tombol = dialog.ui.tombol.button(QDialogButtonBox.StandardButton.Save)
    assert tombol.text() == "Gabungkan"
    with qtbot.waitSignal(ctl.message):
        qtbot.mouseClick(tombol, Qt.MouseButton.LeftButton)
    assert sorted(r.instansi for r in list_dokumen(store)) == ["Kecamatan Alfa", "Kecamatan Beta"]
    assert rekap.isVisible()  # two kecamatan now
    rekap.trigger()
    jr = w._jendela_rekap
    qtbot.waitExposed(jr)
    assert jr.tahun.value() == 2026  # the latest year with values
    assert jr.width() <= 1024 and jr.height() <= 600
    # The user chooses 2023 by keyboard.
    jr.tahun.setFocus()
    jr.tahun.selectAll()
    qtbot.keyClicks(jr.tahun, "2023")
    qtbot.keyClick(jr.tahun, Qt.Key.Key_Return)
    assert jr.rekap.tahun == 2023
    assert jr.tabel.rowCount() == 2
    # The names stay in view (the row headings) while the figures scroll sideways.
    assert jr.tabel.verticalHeaderItem(0).text() == "Kecamatan Alfa"
    assert jr.tabel.item(0, 2).text() == jr_format(jr.rekap.kecamatan[0].rata_rata_capaian)
    assert jr.bersama.rowCount() >= 2
    # Choosing a shared indicator by mouse draws its chart, kecamatan sorted by capaian.
    qtbot.mouseClick(
        jr.bersama.viewport(),
        Qt.MouseButton.LeftButton,
        pos=jr.bersama.visualItemRect(jr.bersama.item(1, 0)).center(),
    )
    dipilih = jr.rekap.bersama[1]
    assert jr.grafik.judul.startswith(f"Capaian (%) {dipilih.kode} {dipilih.indikator}")
    harapan = sorted(dipilih.capaian.values(), reverse=True)
    assert [v for _, v in jr.grafik.nilai] == harapan
    pdf, xlsx = tmp_path / "r.pdf", tmp_path / "r.xlsx"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *x, **k: (str(pdf.with_suffix("")), ""))
    )
    qtbot.mouseClick(jr.tombol_pdf, Qt.MouseButton.LeftButton)
    assert pdf.exists() and pdf.read_bytes().startswith(b"%PDF")
    assert str(pdf) in jr.keterangan.text()
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *x, **k: (str(xlsx), ""))
    )
    qtbot.mouseClick(jr.tombol_xlsx, Qt.MouseButton.LeftButton)
    assert "Rekap Kecamatan" in load_workbook(xlsx).sheetnames
    # Gathering the same files again changes nothing and says so.
    aksi["aksiGabung"].trigger()
    assert not [
        d
        for d in w.findChildren(object)
        if getattr(d, "objectName", lambda: "")() == "dialogGabung" and d.isVisible()
    ]
    kotak = [
        k for k in w.findChildren(object) if getattr(k, "objectName", lambda: "")() == "pesanGabung"
    ]
    assert kotak and "tidak ada yang berubah" in kotak[-1].text()
    jr.close()
    store.close()


def jr_format(v) -> str:  # noqa: ANN001
    from ikudesk.l10n import format_capaian

    return format_capaian(v)
