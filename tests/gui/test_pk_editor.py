"""The PK page driven with qtbot: a PK built from the document's signer, two programs with a
kegiatan, totals and warnings live, a bad amount refused, the statement edited and restored,
a revision made; every edit one undo step; the result read back from the store and printed."""

from __future__ import annotations

import io
from pathlib import Path

import pypdf
import pytest
from PySide6.QtCore import Qt, QTimer

from ikudesk.domain.model import Penandatangan
from ikudesk.domain.pk_edit import PERNYATAAN_BAKU
from ikudesk.files.docfile import baca_file
from ikudesk.gui.controller import DocumentController
from ikudesk.gui.main_window import MainWindow, aksi_menurut_nama
from ikudesk.gui.pk.jendela import HalamanPk, JendelaPk
from ikudesk.persistence.repo import load_dokumen
from ikudesk.report import buat_pdf_bytes

DATA = Path(__file__).resolve().parents[2] / "data"
CAMAT = Penandatangan(
    tempat="Sumber Harta",
    tanggal="2023-01-05",
    jabatan="CAMAT SUMBER HARTA",
    nama="NAMA CAMAT",
    pangkat="Penata Tingkat I",
    nip="198203152001121002",
)


@pytest.fixture
def halaman(qtbot, controller: DocumentController) -> HalamanPk:  # noqa: ANN001
    dok = baca_file(DATA / "sumber-harta.json")
    dok.penandatangan = CAMAT
    controller.create_dokumen(dok)
    h = HalamanPk(controller)
    qtbot.addWidget(h)
    h.resize(1200, 700)
    h.show()
    h.pilih(2023)
    return h


def _tanggal_perubahan(qtbot, teks: str) -> None:  # noqa: ANN001
    """Type the date into the open "Buat PK Perubahan" dialog and confirm."""
    from PySide6.QtWidgets import QApplication, QDialogButtonBox

    from ikudesk.gui.pk.perubahan import DialogPerubahan

    dlg = next(
        d
        for d in QApplication.topLevelWidgets()
        if isinstance(d, DialogPerubahan) and d.isVisible()
    )
    qtbot.keyClicks(dlg.tanggalEdit, teks)
    qtbot.mouseClick(
        dlg.tombol.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
    )


def _selesai(edit, teks: str) -> None:  # noqa: ANN001
    edit.setText(teks)
    edit.editingFinished.emit()


def test_pk_dua_program_dan_perubahan(qtbot, halaman: HalamanPk, controller) -> None:  # noqa: ANN001
    ui = halaman.ui
    stack = controller.stack
    assert halaman.pk is None and ui.buatTombol.isEnabled() and not ui.tab.isEnabled()
    assert "Belum ada Perjanjian Kinerja tahun 2023" in ui.infoLabel.text()

    n = stack.count()
    qtbot.mouseClick(ui.buatTombol, Qt.MouseButton.LeftButton)
    pk = controller.dokumen.pk(2023)
    assert pk is not None and stack.count() == n + 1
    assert ui.namaEdit.text() == "NAMA CAMAT" and ui.nipEdit.text() == CAMAT.nip
    assert ui.jabatanKeduaCombo.currentText() == "BUPATI MUSI RAWAS"
    assert ui.tempatEdit.text() == "Sumber Harta" and ui.tanggalEdit.text() == ""
    assert not ui.buatTombol.isEnabled() and ui.perubahanTombol.isEnabled()

    # signer fields: each edit one undo step
    ui.statusCombo.setCurrentIndex(ui.statusCombo.findData("Plt."))
    assert controller.dokumen.pk(2023).pihak_pertama.status == "Plt."
    assert stack.count() == n + 2
    _selesai(ui.tanggalEdit, "5 Januari 2023")  # typed the way people write it
    _selesai(ui.namaKeduaEdit, "NAMA BUPATI")
    pk = controller.dokumen.pk(2023)
    assert (pk.tanggal, pk.pihak_kedua.nama) == ("2023-01-05", "NAMA BUPATI")
    assert "5 Januari 2023" in ui.tanggalPesan.text()
    # a bad date is shown and not stored
    jumlah = stack.count()
    _selesai(ui.tanggalEdit, "2023-02-30")
    assert ui.tanggalPesan.text() and controller.dokumen.pk(2023).tanggal == "2023-01-05"
    assert stack.count() == jumlah
    _selesai(ui.tanggalEdit, "2023-01-05")

    # two programs, a kegiatan under the first
    pohon = ui.programPohon
    qtbot.mouseClick(ui.tambahProgramTombol, Qt.MouseButton.LeftButton)
    pohon.topLevelItem(0).setText(1, "PROGRAM PENUNJANG")
    pohon.topLevelItem(0).setText(0, "7.01.01")
    pohon.setCurrentItem(pohon.topLevelItem(0))
    qtbot.mouseClick(ui.tambahKegiatanTombol, Qt.MouseButton.LeftButton)
    keg = pohon.topLevelItem(0).child(0)
    keg.setText(1, "Administrasi Keuangan")
    keg.setText(2, "820.000.000")
    keg.setText(4, "801.250.000")
    qtbot.mouseClick(ui.tambahProgramTombol, Qt.MouseButton.LeftButton)
    pohon.topLevelItem(1).setText(1, "PROGRAM PEMBERDAYAAN")
    pohon.topLevelItem(1).setText(2, "95000000")
    pohon.topLevelItem(1).setText(3, "APBD")
    pk = controller.dokumen.pk(2023)
    assert [p.uraian for p in pk.program] == ["PROGRAM PENUNJANG", "PROGRAM PEMBERDAYAAN"]
    assert pk.program[0].anggaran is None  # the kegiatan's sum
    assert pk.program[0].kegiatan[0].anggaran == 820_000_000
    assert pk.program[1].sumber_dana == "APBD"
    assert "915.000.000" in ui.totalLabel.text()  # live total
    assert pohon.topLevelItem(0).text(2) == "820.000.000"  # shown, derived
    assert ui.peringatanLabel.text() == ""
    # a parent's given figure that differs from the children's sum: a warning, not a refusal
    pohon.topLevelItem(0).setText(2, "800.000.000")
    assert controller.dokumen.pk(2023).program[0].anggaran == 800_000_000
    assert "tidak sama dengan" in ui.peringatanLabel.text()
    stack.undo()
    assert controller.dokumen.pk(2023).program[0].anggaran is None
    assert ui.peringatanLabel.text() == "" and "915.000.000" in ui.totalLabel.text()
    # a bad amount is refused with the reason, nothing stored, no undo step
    jumlah = stack.count()
    pohon.topLevelItem(1).setText(2, "95.000.000,50")
    assert "tanpa sen" in ui.infoLabel.text()
    assert controller.dokumen.pk(2023).program[1].anggaran == 95_000_000
    assert stack.count() == jumlah and pohon.topLevelItem(1).text(2) == "95.000.000"

    # the statement: edited (stored after a pause), restored
    ui.pernyataanEdit.setPlainText("Paragraf satu kami.\n\nParagraf dua kami.")
    qtbot.waitUntil(lambda: controller.dokumen.pk(2023).pernyataan is not None, timeout=3000)
    assert controller.dokumen.pk(2023).pernyataan == ["Paragraf satu kami.", "Paragraf dua kami."]
    assert ui.bakuTombol.isEnabled()
    qtbot.mouseClick(ui.bakuTombol, Qt.MouseButton.LeftButton)
    assert controller.dokumen.pk(2023).pernyataan is None
    assert ui.pernyataanEdit.toPlainText() == "\n\n".join(PERNYATAAN_BAKU)

    # the lampiran preview: the tree's indicators with a 2023 target
    dok = controller.dokumen
    dengan_target = [i.nama for i in dok.semua_indikator() if 2023 in i.target]
    tampil = [
        ui.lampiranPohon.topLevelItem(i).child(j).text(0)
        for i in range(ui.lampiranPohon.topLevelItemCount())
        for j in range(ui.lampiranPohon.topLevelItem(i).childCount())
    ]
    assert tampil == dengan_target

    # the revision: a copy, shown and selected
    n = stack.count()
    QTimer.singleShot(0, lambda: _tanggal_perubahan(qtbot, "1 Juli 2023"))
    qtbot.mouseClick(ui.perubahanTombol, Qt.MouseButton.LeftButton)
    assert stack.count() == n + 1
    satu = controller.dokumen.pk(2023, 1)
    assert satu is not None and satu.program == controller.dokumen.pk(2023, 0).program
    assert halaman.perubahan == 1 and ui.pkCombo.count() == 2
    assert ui.pkCombo.currentText() == "PK Perubahan ke-1"
    pohon.topLevelItem(1).setText(2, "120.000.000")
    assert controller.dokumen.pk(2023, 1).program[1].anggaran == 120_000_000
    assert controller.dokumen.pk(2023, 0).program[1].anggaran == 95_000_000

    # read back from the store: what the window stored is what is kept
    disimpan = load_dokumen(controller.store, controller.dokumen.id)
    assert disimpan.perjanjian_kinerja == controller.dokumen.perjanjian_kinerja
    # and printed: both, the revision by its title
    teks = [
        p.extract_text()
        for p in pypdf.PdfReader(
            io.BytesIO(buat_pdf_bytes(disimpan, laporan="pk", tahun=2023))
        ).pages
    ]
    assert "PERJANJIAN KINERJA PERUBAHAN TAHUN 2023" in teks[0] and "Plt. CAMAT" in teks[0]
    assert "940.000.000" in "".join(teks).replace("\n", "")  # 820 + 120 (revision 1)

    # undo the revision: back to one PK
    stack.undo()
    stack.undo()
    qtbot.waitUntil(lambda: ui.pkCombo.count() == 1)
    assert controller.dokumen.pk(2023, 1) is None and halaman.perubahan == 0


def test_pk_dari_menu(qtbot, controller: DocumentController) -> None:  # noqa: ANN001
    dok = baca_file(DATA / "sumber-harta.json")
    controller.create_dokumen(dok)
    w = MainWindow(controller)
    qtbot.addWidget(w)
    aksi_menurut_nama(w)["aksiPerjanjianKinerja"].trigger()
    jendela = w.findChild(JendelaPk)
    assert jendela is not None and jendela.isVisible()
    jendela.halaman.pilih(2023)
    qtbot.mouseClick(jendela.halaman.ui.buatTombol, Qt.MouseButton.LeftButton)
    assert controller.dokumen.pk(2023) is not None
    # the main window's undo takes the PK back
    aksi_menurut_nama(w)  # (the undo action lives on the main window's stack)
    controller.stack.undo()
    assert controller.dokumen.pk(2023) is None and jendela.halaman.pk is None
    assert jendela.halaman.ui.buatTombol.isEnabled()
