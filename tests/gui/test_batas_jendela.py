"""The window and the limits of FORMAT.md (issue 22, items 5 and 12): a store made before them
opens with a warning listing the places, the editors refuse what the reader refuses, and a cut
UTF-16 survey file is a message, not a traceback."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWidget

from ikudesk.domain.model import Periode
from tests.gui.test_editors import (  # noqa: F401
    _ganti_teks,
    _json,
    _klik_centang,
    _stored,
    hal_dokumen,
    panel,
)
from tests.gui.test_main_window import Jendela, jendela, saat_modal  # noqa: F401
from tests.gui.test_survei_halaman import ctl, halaman  # noqa: F401

SAMPEL = Path(__file__).resolve().parent.parent.parent / "data" / "sumber-harta-2023.json"


def test_penyimpanan_lama_dibuka_dengan_peringatan(qtbot, jendela: Jendela) -> None:  # noqa: ANN001, F811
    from ikudesk.files.docfile import baca_file
    from ikudesk.persistence.repo import save_new_dokumen
    from ikudesk.persistence.store import open_store

    with open_store(jendela.store_path) as s:
        did = save_new_dokumen(s, baca_file(SAMPEL))
    con = sqlite3.connect(jendela.store_path)
    con.execute("UPDATE dokumen SET instansi = 'Kecamatan \u202eTRAHS' WHERE id = ?", (did,))
    con.commit()
    con.close()
    w = jendela.buka()
    w.ctl.open(did)
    qtbot.waitUntil(lambda: w.findChild(QMessageBox, "pesanBatas") is not None)
    kotak = w.findChild(QMessageBox, "pesanBatas")
    assert "profil.instansi" in kotak.text() and "U+202E" in kotak.text()
    kotak.accept()
    assert w.ctl.dokumen is not None and w.ctl.dokumen.id == did


def test_editor_dokumen_menolak_karakter_dan_periode_26_tahun(
    qtbot,  # noqa: ANN001
    panel,  # noqa: ANN001, F811
    controller,  # noqa: ANN001
    hal_dokumen,  # noqa: ANN001, F811
) -> None:
    ui = hal_dokumen.ui
    sebelum = _json(controller)
    # pasted from a web page, as such characters arrive (typing only gives ASCII here)
    _ganti_teks(qtbot, ui.instansiEdit, "Kecamatan ")
    QGuiApplication.clipboard().setText("\u202eSumbersuko")
    qtbot.keyClick(ui.instansiEdit, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert "\u202e" in ui.instansiEdit.text()
    qtbot.keyClick(ui.instansiEdit, Qt.Key.Key_Return)
    assert hal_dokumen.pesan.isVisible() and "U+202E" in hal_dokumen.pesan.text()
    assert _json(controller) == sebelum
    _ganti_teks(qtbot, ui.instansiEdit, "x" * 1001)
    qtbot.keyClick(ui.instansiEdit, Qt.Key.Key_Return)
    assert "terlalu panjang" in hal_dokumen.pesan.text()
    assert _json(controller) == sebelum
    # a period of 26 years: refused with the reason beside it, nothing stored
    if ui.tanpaPeriodeCheck.isChecked():
        _klik_centang(qtbot, ui.tanpaPeriodeCheck)
        sebelum = _json(controller)
    mulai = ui.mulaiSpin.value()
    _ganti_teks(qtbot, ui.selesaiSpin, str(mulai + 25))  # 26 years
    qtbot.keyClick(ui.selesaiSpin, Qt.Key.Key_Return)
    teks = ui.periodePesan.text() + hal_dokumen.pesan.text()
    assert "25 tahun" in teks
    assert _stored(controller).periode != Periode(mulai, mulai + 25)
    _ganti_teks(qtbot, ui.selesaiSpin, str(mulai + 24))  # 25 years: stored
    qtbot.keyClick(ui.selesaiSpin, Qt.Key.Key_Return)
    assert _stored(controller).periode == Periode(mulai, mulai + 24)


def test_impor_survei_utf16_terpotong_di_jendela(qtbot, halaman, tmp_path, monkeypatch) -> None:  # noqa: ANN001, F811
    rusak = tmp_path / "jawaban.csv"
    rusak.write_bytes(b"\xff\xfeN\x00o\x00,")  # odd byte count: UnicodeDecodeError before
    # the file dialog is the platform's; answer it as a user would
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(rusak), ""))
    pesan: list[str] = []

    def baca(d: QWidget) -> None:
        assert isinstance(d, QMessageBox)
        pesan.append(d.text())
        d.accept()

    saat_modal(baca)
    halaman.impor()
    qtbot.waitUntil(lambda: bool(pesan))
    assert "UTF-16" in pesan[0] and "jawaban.csv" in pesan[0]
    assert QApplication.activeModalWidget() is None


def test_cetak_ke_berkas_fifo_ditolak_dengan_pesan(qtbot, controller, ids_contoh, tmp_path) -> None:  # noqa: ANN001, F811
    """Item 2: the print dialog's "print to file" onto a FIFO: refused, the FIFO left as it is
    (before, it was opened and written to, blocking the window)."""
    import os
    import stat

    from PySide6.QtPrintSupport import QPrinter

    from ikudesk.gui.print_dialog import OpsiCetak, PencetakPdf
    from ikudesk.report import buat_pdf_bytes

    controller.open(ids_contoh["sumber-harta-2023"])
    opsi = OpsiCetak(laporan="pk", tahun=2023, kertas="F4", orientasi="portrait")
    pdf = buat_pdf_bytes(controller.dokumen, **opsi.sebagai_kwargs())
    folder = tmp_path / "keluar"
    folder.mkdir()
    fifo = folder / "fifo"
    os.mkfifo(fifo)
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(fifo))
    galat: list[str] = []
    assert PencetakPdf(pdf, opsi, galat=galat.append).cetak(printer) == 0
    assert galat and "bukan berkas biasa" in galat[0]
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)
    assert sorted(p.name for p in folder.iterdir()) == ["fifo"]


def test_dialog_pulihkan_menyebut_tempat_di_luar_batas(qtbot, store_contoh, tmp_path) -> None:  # noqa: ANN001
    """A backup made before the limits: the restore dialog lists the places (never refused)."""
    from ikudesk.backup.archive import buat_cadangan, periksa_cadangan
    from ikudesk.gui.backup_dialogs import DialogPulihkan

    store, ids = store_contoh
    con = sqlite3.connect(store.path)
    con.execute(
        "UPDATE dokumen SET instansi = 'Kecamatan \u2067X' WHERE id = ?",
        (ids["sumber-harta-2023"],),
    )
    con.commit()
    con.close()
    path = buat_cadangan(store, tmp_path / "a.ikubackup").path
    dlg = DialogPulihkan(periksa_cadangan(path))
    qtbot.addWidget(dlg)
    dlg.show()
    teks = [dlg.ui.dokumenList.item(i).text() for i in range(dlg.ui.dokumenList.count())]
    assert any(t.startswith("Peringatan: 1 teks") for t in teks)
    assert any("profil.instansi" in t and "U+2067" in t for t in teks)
    dlg.grab().save(str(tmp_path / "pulih.png"))


def test_dialog_pulihkan_menyebut_penetapan_yang_diubah_utuh(qtbot, store_contoh, tmp_path) -> None:  # noqa: ANN001
    """A backup holding signed content changed outside the program: the restore dialog says
    what was found and what the restore does, in whole lines at 640 pixels (the warning ran
    off sideways behind a horizontal scroll bar)."""
    from ikudesk.backup.archive import buat_cadangan, periksa_cadangan
    from ikudesk.gui.backup_dialogs import DialogPulihkan
    from ikudesk.persistence.repo import SqlRepository
    from ikudesk.session.document import DocumentSession
    from ikudesk.session.operations import Tetapkan

    store, ids = store_contoh
    did = ids["sumber-harta-2023"]
    DocumentSession.open(SqlRepository(store), did).apply(Tetapkan("2021-01-05", "Kep 1"))
    con = sqlite3.connect(store.path)
    con.execute(
        "UPDATE indikator SET nama = 'Diubah diam-diam' WHERE id = (SELECT min(i.id) FROM "
        "indikator i JOIN sasaran s ON s.id = i.sasaran_id JOIN tujuan t ON t.id = s.tujuan_id "
        "WHERE t.dokumen_id = ?)",
        (did,),
    )
    con.commit()
    con.close()
    path = buat_cadangan(store, tmp_path / "a.ikubackup").path
    dlg = DialogPulihkan(periksa_cadangan(path))
    qtbot.addWidget(dlg)
    dlg.resize(640, 420)
    dlg.show()
    qtbot.waitExposed(dlg)
    daftar = dlg.ui.dokumenList
    teks = [daftar.item(i).text() for i in range(daftar.count())]
    assert any(t.startswith("Peringatan: penetapan yang diubah di luar program") for t in teks)
    assert any(
        f"dokumen {did} (" in t and "bukan lagi isi versi 1" in t and "draf revisi" in t
        for t in teks
    )
    assert daftar.horizontalScrollBar().maximum() == 0  # every line whole, none sideways
