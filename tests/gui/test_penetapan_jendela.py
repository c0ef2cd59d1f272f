"""Issue 24 in the window: a ditetapkan document's signed fields refuse typing (read-only, the
reason shown), unsigned ones stay open; Dokumen → Tetapkan…, Buka revisi…, Riwayat…; undo
never crosses a penetapan silently."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import QPoint, Qt

from ikudesk.domain.keys import NilaiKey
from ikudesk.files.docfile import ke_json
from ikudesk.gui.editors import EditorPanel, buat_editor_panel
from ikudesk.gui.penetapan_actions import DialogRiwayat, DialogTetapkan
from ikudesk.persistence.repo import load_dokumen
from ikudesk.persistence.riwayat import load_riwayat
from ikudesk.session.operations import SetField, Tetapkan


@pytest.fixture
def panel(qtbot, controller, ids_contoh) -> EditorPanel:
    controller.open(ids_contoh["sumbersuko"])
    p = buat_editor_panel(controller, None)
    qtbot.addWidget(p)
    p.resize(1100, 760)
    p.show()
    qtbot.waitExposed(p)
    p.activateWindow()
    qtbot.waitUntil(p.isActiveWindow)
    return p


def _json(controller) -> str:
    return ke_json(load_dokumen(controller.store, controller.dokumen.id))


def _ketik(qtbot, w, teks: str) -> None:
    w.setFocus(Qt.FocusReason.MouseFocusReason)
    qtbot.waitUntil(w.hasFocus)
    qtbot.keyClick(w, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(w, teks)
    qtbot.keyClick(w, Qt.Key.Key_Tab)


def test_field_ditetapkan_menolak_ketikan_dan_menyebut_alasannya(
    qtbot, panel, controller, ids_contoh
) -> None:
    controller.open(ids_contoh["sumber-harta-2023"])
    ind = next(
        i for i in controller.dokumen.semua_indikator() if not i.pakai_rumus and not i.survei_ikm
    )
    panel.tampilkan("indikator", ind.id)
    h = panel.halaman["indikator"]
    assert not h.kunciLabel.isVisible() and not h.ui.satuanEdit.isReadOnly()
    controller.apply(Tetapkan("2021-01-05", "Keputusan Camat Sumbersuko Nomor 1"))
    sebelum = _json(controller)

    _ketik(qtbot, h.ui.satuanEdit, "Persen baru")
    _ketik(qtbot, h.ui.namaEdit, "Nama baru")
    assert h.ui.satuanEdit.text() == ind.satuan  # nothing typed in
    assert h.ui.satuanEdit.isReadOnly() and h.ui.namaEdit.isReadOnly()
    assert not h.ui.polaritasCombo.isEnabled() and not h.ui.tambahKomponenButton.isEnabled()
    assert h.kunciLabel.isVisible()
    assert "versi 1" in h.kunciLabel.text() and "Buka revisi" in h.kunciLabel.text()
    assert _json(controller) == sebelum
    # The yearly target column is locked, realisasi stays open (it is not signed).
    model = h.nilai_model
    baris = model.tahun.index(2024)
    flags_target = model.flags(model.index(baris, model.kolom_ke("target")))
    assert not flags_target & Qt.ItemFlag.ItemIsEditable
    flags_real = model.flags(model.index(baris, model.kolom_ke("realisasi")))
    assert flags_real & Qt.ItemFlag.ItemIsEditable

    # Reopening unlocks the page at once; typing is stored again.
    from ikudesk.gui.penetapan_actions import buka_revisi

    buka_revisi(panel, controller)
    assert not h.ui.satuanEdit.isReadOnly() and h.ui.polaritasCombo.isEnabled()
    assert not h.kunciLabel.isVisible()
    _ketik(qtbot, h.ui.satuanEdit, "Persen baru")
    qtbot.waitUntil(
        lambda: (
            load_dokumen(controller.store, controller.dokumen.id).semua_indikator()[0].satuan
            == "Persen baru"
        )
    )


def test_halaman_dokumen_terkunci_seluruhnya(qtbot, panel, controller) -> None:
    controller.apply(Tetapkan("2021-01-05"))
    panel.tampilkan("dokumen", controller.dokumen.id)
    h = panel.halaman["dokumen"]
    assert h.kunciLabel.isVisible()
    from PySide6.QtWidgets import QLineEdit

    edits = h.form.findChildren(QLineEdit)
    assert edits and all(e.isReadOnly() for e in edits)


def test_dialog_tetapkan_meminta_alasan_mulai_versi_dua(qtbot, controller, ids_contoh) -> None:
    controller.open(ids_contoh["sumbersuko"])
    d = DialogTetapkan(controller)
    qtbot.addWidget(d)
    assert not d.perlu_alasan and d.windowTitle() == "Tetapkan versi 1"
    qtbot.keyClicks(d.ui.tanggalEdit, "5 Januari 2021")
    qtbot.keyClicks(d.ui.dasarEdit, "Keputusan Camat Nomor 1")
    d.tetapkan()
    assert d.result() == DialogTetapkan.DialogCode.Accepted
    assert controller.dokumen.ditetapkan
    assert controller.dokumen.penetapan[0].tanggal == "2021-01-05"

    from ikudesk.session.operations import BukaRevisi

    controller.apply(BukaRevisi())
    d = DialogTetapkan(controller)
    qtbot.addWidget(d)
    d.show()
    assert d.perlu_alasan and d.ui.alasanEdit.isVisible()
    qtbot.keyClicks(d.ui.tanggalEdit, "2021-06-01")
    d.tetapkan()
    assert d.ui.pesanLabel.isVisible() and "Alasan revisi wajib" in d.ui.pesanLabel.text()
    assert not controller.dokumen.ditetapkan
    qtbot.keyClicks(d.ui.alasanEdit, "Hasil reviu IKU")
    d.tetapkan()
    assert controller.dokumen.ditetapkan
    assert [p.versi for p in controller.dokumen.penetapan] == [1, 2]


def test_urungkan_tidak_melewati_penetapan_diam_diam(qtbot, controller, ids_contoh) -> None:
    from ikudesk.domain.fields import Field

    controller.open(ids_contoh["sumbersuko"])
    dok = controller.dokumen
    ind = next(i for i in dok.semua_indikator() if not i.pakai_rumus and not i.survei_ikm)
    controller.apply(SetField(ind.id, Field.INDIKATOR_SATUAN, "Persen"))
    controller.apply(Tetapkan("2021-01-05"))
    controller.set_nilai(NilaiKey.realisasi(ind.id, 2021), Decimal("3"))
    assert controller.stack.undoText().startswith("Ubah realisasi 2021")
    controller.stack.undo()  # the realisasi: allowed
    assert controller.stack.undoText() == "Tetapkan versi 1"
    pesan: list[str] = []
    controller.message.connect(pesan.append)
    controller.stack.undo()  # the penetapan: refused, a change followed it
    qtbot.waitUntil(lambda: controller.stack.undoText() == "Tetapkan versi 1")
    assert pesan and "tidak dapat dibatalkan" in pesan[-1]
    assert controller.dokumen.ditetapkan
    assert load_dokumen(controller.store, dok.id).status == "ditetapkan"
    # The log says who undid what.
    log = [c.uraian for c in load_riwayat(controller.store, dok.id).perubahan]
    assert log[-1].startswith("Urungkan: Ubah realisasi 2021")


def test_dialog_riwayat_versi_banding_dan_perubahan(qtbot, controller, ids_contoh) -> None:
    from ikudesk.domain.fields import Field
    from ikudesk.session.operations import BukaRevisi

    controller.open(ids_contoh["sumbersuko"])
    dok = controller.dokumen
    ind = dok.semua_indikator()[0]
    controller.apply(Tetapkan("2021-01-05", "Kep 1"))
    controller.apply(BukaRevisi())
    controller.apply(SetField(ind.id, Field.INDIKATOR_SATUAN, "Persen baru"))
    controller.apply(Tetapkan("2022-01-05", "Kep 2", "Reviu IKU"))
    d = DialogRiwayat(controller)
    qtbot.addWidget(d)
    d.show()
    t = d.ui.versiTable
    assert t.rowCount() == 2
    assert [t.item(1, j).text() for j in range(4)] == ["2", "5 Januari 2022", "Kep 2", "Reviu IKU"]
    d.ui.dariCombo.setCurrentIndex(0)
    d.ui.keCombo.setCurrentIndex(1)
    qtbot.mouseClick(d.ui.bandingButton, Qt.MouseButton.LeftButton)
    assert (
        "satuan" in d.ui.bandingText.toPlainText()
        and "«Persen baru»" in d.ui.bandingText.toPlainText()
    )
    p = d.ui.perubahanTable
    assert p.item(0, 2).text() == "Tetapkan versi 2"  # newest first
    assert p.item(0, 1).text()  # who


def test_dialog_cetak_pilihan_keterangan_penetapan(qtbot, controller, ids_contoh, tmp_path) -> None:
    import subprocess

    from ikudesk.gui.print_dialog import DialogOpsiCetak
    from ikudesk.report import buat_pdf_bytes

    controller.open(ids_contoh["sumbersuko"])
    d = DialogOpsiCetak(controller.dokumen)
    qtbot.addWidget(d)
    d.show()
    assert not d.penetapanCheck.isVisible()  # never ditetapkan: prints as before
    controller.apply(Tetapkan("2021-01-05", "Keputusan Camat Nomor 9"))
    d = DialogOpsiCetak(controller.dokumen)
    qtbot.addWidget(d)
    d.show()
    assert d.penetapanCheck.isVisible() and d.penetapanCheck.isChecked()

    def teks(opsi) -> str:
        pdf = tmp_path / "x.pdf"
        pdf.write_bytes(buat_pdf_bytes(controller.dokumen, **opsi.sebagai_kwargs()))
        return subprocess.run(
            ["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True
        ).stdout

    assert "Ditetapkan versi 1, 5 Januari 2021 — Keputusan Camat Nomor 9" in teks(d.opsi())
    tepi = QPoint(8, d.penetapanCheck.height() // 2)  # on the box, not beside a short label
    qtbot.mouseClick(d.penetapanCheck, Qt.MouseButton.LeftButton, pos=tepi)
    assert not d.opsi().cetak_penetapan
    assert "Ditetapkan" not in teks(d.opsi())


def test_jendela_utama_menu_dokumen_dan_aksi_pohon(
    qtbot, store_contoh, ids_contoh, tmp_path
) -> None:
    from ikudesk.gui.controller import DocumentController
    from ikudesk.gui.main_window import MainWindow, aksi_menurut_nama
    from ikudesk.gui.settings import Pengaturan

    store, _ = store_contoh
    w = MainWindow(DocumentController(store), Pengaturan(tmp_path / "pengaturan"))
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    w.ctl.open(ids_contoh["sumbersuko"])
    judul_menu = [a.text().replace("&", "") for a in w.menuBar().actions()]
    assert judul_menu.index("Dokumen") == judul_menu.index("Sunting") + 1
    aksi = aksi_menurut_nama(w)
    ind = w.ctl.dokumen.semua_indikator()[0]
    w.pilih("indikator", ind.id)
    assert aksi["aksiHapus"].isEnabled() and aksi["aksiTetapkan"].isEnabled()
    assert not aksi["aksiBukaRevisi"].isEnabled()
    w.ctl.apply(Tetapkan("2021-01-05"))
    assert not aksi["aksiHapus"].isEnabled() and not aksi["aksiTambahIndikator"].isEnabled()
    assert not aksi["aksiTetapkan"].isEnabled() and aksi["aksiBukaRevisi"].isEnabled()
    assert w.label_dokumen.text().endswith("· ditetapkan versi 1")
    aksi["aksiBukaRevisi"].trigger()
    assert aksi["aksiHapus"].isEnabled()
    assert w.label_dokumen.text().endswith("· draf revisi (dari versi 1)")
    w.ctl.stack.clear()


def test_urungkan_penetapan_meminta_persetujuan(qtbot, controller, ids_contoh) -> None:
    controller.open(ids_contoh["sumbersuko"])
    ditanya: list[str] = []
    jawaban = [False]

    def konfirmasi(judul: str, teks: str) -> bool:
        ditanya.append(teks)
        return jawaban[0]

    controller.confirm = konfirmasi
    controller.apply(Tetapkan("2021-01-05"))
    controller.stack.undo()  # asked, and the user says no
    qtbot.waitUntil(lambda: controller.stack.index() == 1)
    assert ditanya and "tetapkan versi 1" in ditanya[0]
    assert controller.dokumen.ditetapkan
    assert load_dokumen(controller.store, controller.dokumen.id).status == "ditetapkan"
    assert controller.stack.undoText() == "Tetapkan versi 1"
    jawaban[0] = True
    controller.stack.undo()  # asked again; yes: undone
    assert len(ditanya) == 2 and not controller.dokumen.ditetapkan
    assert load_dokumen(controller.store, controller.dokumen.id).penetapan == []
    controller.stack.redo()  # redo asks nothing
    assert len(ditanya) == 2 and controller.dokumen.ditetapkan


def test_isi_ditetapkan_diubah_di_luar_disebut_saat_dibuka(
    qtbot, store_contoh, ids_contoh, tmp_path
) -> None:
    """Signed content changed in the store by another tool opened in silence, with "ditetapkan
    versi 1" in the status line; now a warning says so on opening, with the way out, the status
    line says so too, and Buka revisi (from the menu) makes the content an honest draft."""
    import sqlite3

    from PySide6.QtWidgets import QMessageBox

    from ikudesk.gui.controller import DocumentController
    from ikudesk.gui.main_window import MainWindow, aksi_menurut_nama
    from ikudesk.gui.settings import Pengaturan

    store, _ = store_contoh
    w = MainWindow(DocumentController(store), Pengaturan(tmp_path / "pengaturan"))
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    did = ids_contoh["sumber-harta-2023"]
    w.ctl.open(did)
    w.ctl.apply(Tetapkan("2021-01-05", "Keputusan Camat Nomor 1"))
    assert w.findChild(QMessageBox, "pesanBatas") is None
    w.ctl.stack.clear()
    con = sqlite3.connect(store.path)
    con.execute(
        "UPDATE nilai SET nilai = '95' WHERE id = (SELECT min(n.id) FROM nilai n JOIN indikator i "
        "ON i.id = n.indikator_id JOIN sasaran s ON s.id = i.sasaran_id JOIN tujuan t "
        "ON t.id = s.tujuan_id WHERE t.dokumen_id = ? AND n.jenis = 'target')",
        (did,),
    )
    con.commit()
    con.close()
    w.ctl.open(ids_contoh["sumbersuko"])
    w.ctl.open(did)
    qtbot.waitUntil(lambda: w.findChild(QMessageBox, "pesanBatas") is not None)
    kotak = w.findChild(QMessageBox, "pesanBatas")
    assert "telah diubah di luar IKU Desk" in kotak.text()
    assert "versi 1" in kotak.text() and "Buka revisi" in kotak.text()
    assert w.label_dokumen.text().endswith(
        "ditetapkan versi 1, tetapi isinya diubah di luar program"
    )
    kotak.accept()
    qtbot.waitUntil(lambda: w.findChild(QMessageBox, "pesanBatas") is None)
    # the lock line over the page no longer calls the shown content the signed one
    from PySide6.QtWidgets import QLabel

    garis = [lb for lb in w.findChildren(QLabel, "kunciLabel") if lb.isVisible()]
    assert garis and all("BUKAN isi versi 1" in lb.text() for lb in garis)
    aksi_menurut_nama(w)["aksiBukaRevisi"].trigger()
    assert w.ctl.dokumen.status == "draf"
    assert w.label_dokumen.text().endswith("· draf revisi (dari versi 1)")
    w.ctl.open(ids_contoh["sumbersuko"])
    w.ctl.open(did)  # an honest draft now: nothing to warn about
    qtbot.wait(50)
    assert w.findChild(QMessageBox, "pesanBatas") is None
    w.ctl.stack.clear()
