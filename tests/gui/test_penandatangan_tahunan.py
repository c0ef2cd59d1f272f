"""Printing a yearly report of a year without a signer: the window asks for one (issue 11)."""

from __future__ import annotations

import io

import pypdf
import pytest
from PySide6.QtWidgets import QDialogButtonBox, QMainWindow

from ikudesk.domain.model import Penandatangan
from ikudesk.gui import pdf_actions
from ikudesk.gui.dialogs.penandatangan import DialogPenandatangan
from ikudesk.gui.print_dialog import DialogOpsiCetak, OpsiCetak


@pytest.fixture
def window(qtbot) -> QMainWindow:  # noqa: ANN001
    w = QMainWindow()
    qtbot.addWidget(w)
    return w


def _buka(controller, ids_contoh) -> None:  # noqa: ANN001
    controller.open(ids_contoh["sumber-harta"])


def test_laporan_iku_tidak_bertanya(window, controller, ids_contoh) -> None:  # noqa: ANN001
    _buka(controller, ids_contoh)
    lanjut: list[OpsiCetak] = []
    dlg = pdf_actions.pastikan_penandatangan(
        window, controller, OpsiCetak(laporan="iku", tahun=2024), lanjut.append
    )
    assert dlg is None and len(lanjut) == 1


def test_tahun_tanpa_penandatangan_ditanya_lalu_tanpa_ttd(
    qtbot, window, controller, ids_contoh
) -> None:  # noqa: ANN001
    _buka(controller, ids_contoh)
    lanjut: list[OpsiCetak] = []
    pesan: list[str] = []
    controller.message.connect(pesan.append)
    opsi = OpsiCetak(laporan="capaian", tahun=2024)
    dlg = pdf_actions.pastikan_penandatangan(window, controller, opsi, lanjut.append)
    assert isinstance(dlg, DialogPenandatangan) and dlg.isVisible()
    assert "2024" in dlg.ui.infoLabel.text() and lanjut == []
    dlg.ui.tombol.button(QDialogButtonBox.StandardButton.Ignore).click()
    assert lanjut == [opsi]
    assert pesan == [
        "Penandatangan laporan tahun 2024 belum diisi: laporan dicetak tanpa tanda tangan."
    ]
    assert controller.stack.count() == 0  # nothing stored


def test_batal_tidak_mencetak(window, controller, ids_contoh) -> None:  # noqa: ANN001
    _buka(controller, ids_contoh)
    lanjut: list[OpsiCetak] = []
    dlg = pdf_actions.pastikan_penandatangan(
        window, controller, OpsiCetak(laporan="triwulan", tahun=2024, triwulan=2), lanjut.append
    )
    assert dlg is not None
    dlg.ui.tombol.button(QDialogButtonBox.StandardButton.Cancel).click()
    assert lanjut == []


def test_isian_penandatangan_diperiksa(qtbot) -> None:  # noqa: ANN001
    contoh = Penandatangan(
        tempat="Sumber Harta", tanggal="2018-12-31", jabatan="CAMAT", nama="A", nip=""
    )
    dlg = DialogPenandatangan(2024, contoh)
    qtbot.addWidget(dlg)
    ui = dlg.ui
    assert ui.namaEdit.text() == "A" and ui.tanggalEdit.text() == ""  # never the IKU's date
    dlg.simpan()
    assert "Tanggal laporan belum diisi" in ui.pesanLabel.text() and dlg.hasil is None
    ui.tanggalEdit.setText("2025-02-30")
    dlg.simpan()
    assert "tidak ada di kalender" in ui.pesanLabel.text()
    ui.tanggalEdit.setText("2025-01-10")
    ui.statusCombo.setCurrentIndex(ui.statusCombo.findData("Plt."))
    ui.nipEdit.setText("1234")
    dlg.simpan()
    assert "NIP tidak sah" in ui.pesanLabel.text()
    ui.nipEdit.setText("19820315 200112 1 002")
    dlg.simpan()
    assert dlg.hasil == Penandatangan(
        tempat="Sumber Harta",
        tanggal="2025-01-10",
        jabatan="CAMAT",
        nama="A",
        nip="198203152001121002",
        status="Plt.",
    )


def test_dialog_cetak_triwulan_dan_penandatangan(qtbot, controller, ids_contoh) -> None:  # noqa: ANN001
    _buka(controller, ids_contoh)
    dlg = DialogOpsiCetak(controller.dokumen)
    qtbot.addWidget(dlg)
    ui = dlg.ui
    ui.laporanCombo.setCurrentIndex(ui.laporanCombo.findData("triwulan"))
    assert not ui.triwulanCombo.isHidden() and not ui.ttdInfo.isHidden()
    ui.triwulanCombo.setCurrentIndex(ui.triwulanCombo.findData(3))
    assert dlg.opsi().triwulan == 3 and dlg.opsi().sebagai_kwargs()["triwulan"] == 3
    assert "belum ada" in ui.ttdInfo.text()
    ui.laporanCombo.setCurrentIndex(ui.laporanCombo.findData("iku"))
    assert ui.triwulanCombo.isHidden() and ui.ttdInfo.isHidden()
    assert dlg.opsi().sebagai_kwargs()["triwulan"] is None


def test_penandatangan_disimpan_satu_langkah_lalu_dicetak(
    qtbot, window, controller, ids_contoh, tmp_path
) -> None:  # noqa: ANN001
    from ikudesk.persistence.repo import load_dokumen
    from ikudesk.report import buat_pdf

    _buka(controller, ids_contoh)
    lanjut: list[OpsiCetak] = []
    opsi = OpsiCetak(laporan="capaian", tahun=2024)
    dlg = pdf_actions.pastikan_penandatangan(window, controller, opsi, lanjut.append)
    assert dlg is not None
    ui = dlg.ui
    ui.tempatEdit.setText("Sumber Harta")
    ui.tanggalEdit.setText("2025-01-15")
    ui.jabatanEdit.setText("CAMAT SUMBER HARTA")
    ui.namaEdit.setText("NAMA CAMAT 2024")
    ui.statusCombo.setCurrentIndex(ui.statusCombo.findData("Plt."))
    ui.tombol.button(QDialogButtonBox.StandardButton.Save).click()
    assert lanjut == [opsi] and controller.stack.count() == 1
    dok = load_dokumen(controller.store, controller.dokumen.id)  # stored, not only shown
    lt = dok.laporan(2024)
    assert lt is not None and lt.penandatangan is not None
    assert lt.penandatangan.nama == "NAMA CAMAT 2024" and lt.penandatangan.status == "Plt."
    pdf = pypdf.PdfReader(io.BytesIO(buat_pdf(dok, laporan="capaian", tahun=2024)[0]))
    teks = " ".join(" ".join(h.extract_text().split()) for h in pdf.pages)
    assert "Sumber Harta, 15 Januari 2025" in teks and "Plt. CAMAT SUMBER HARTA" in teks
    # asked once: the year has its signer now
    assert pdf_actions.pastikan_penandatangan(window, controller, opsi, lanjut.append) is None
    controller.stack.undo()
    assert load_dokumen(controller.store, controller.dokumen.id).laporan(2024) is None


def test_triwulan_tanpa_penandatangan_ditanya_lalu_disimpan(
    qtbot, window, controller, ids_contoh
) -> None:  # noqa: ANN001
    """Issue 20 item 10: a quarterly table of a quarter without its signer asks for signer and
    date as the year's signer is asked for, stores it as that quarter's entry (one undo step)
    and prints with it."""
    controller.open(ids_contoh["sumber-harta-2023"])
    dok = controller.dokumen
    tahunan = dok.laporan(2023).penandatangan
    assert tahunan is not None and dok.laporan_tw(2023, 2) is None
    lanjut: list[OpsiCetak] = []
    opsi = OpsiCetak(laporan="triwulan", tahun=2023, triwulan=2)
    dlg = pdf_actions.pastikan_penandatangan(window, controller, opsi, lanjut.append)
    assert isinstance(dlg, DialogPenandatangan) and dlg.isVisible()
    assert "triwulan II 2023" in dlg.ui.infoLabel.text() and lanjut == []
    # the year's signer as a start, never its date
    assert dlg.ui.namaEdit.text() == tahunan.nama and dlg.ui.tanggalEdit.text() == ""
    qtbot.keyClicks(dlg.ui.tanggalEdit, "2023-07-05")
    dlg.ui.tombol.button(QDialogButtonBox.StandardButton.Save).click()
    assert lanjut == [opsi]
    entry = controller.dokumen.laporan_tw(2023, 2)
    assert entry is not None and entry.penandatangan.tanggal == "2023-07-05"
    assert controller.stack.count() == 1
    # asked once: the next print of that quarter goes straight on
    assert pdf_actions.pastikan_penandatangan(window, controller, opsi, lanjut.append) is None
    controller.stack.undo()
    assert controller.dokumen.laporan_tw(2023, 2) is None


def test_triwulan_cetak_dengan_tanggal_kosong(qtbot, window, controller, ids_contoh) -> None:  # noqa: ANN001
    controller.open(ids_contoh["sumber-harta-2023"])
    lanjut: list[OpsiCetak] = []
    pesan: list[str] = []
    controller.message.connect(pesan.append)
    opsi = OpsiCetak(laporan="triwulan", tahun=2023, triwulan=3)
    dlg = pdf_actions.pastikan_penandatangan(window, controller, opsi, lanjut.append)
    assert dlg is not None
    tombol = dlg.ui.tombol.button(QDialogButtonBox.StandardButton.Ignore)
    assert tombol.text() == "Cetak dengan tanggal kosong"
    tombol.click()
    assert lanjut == [opsi] and controller.stack.count() == 0
    assert any("triwulan III 2023 belum diisi" in p for p in pesan)
