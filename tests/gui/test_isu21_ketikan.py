"""Issue 21 items 1–5, 9, 15: no keystroke, wheel turn or paste changes a value the user did
not aim at. Real windows on a real store, driven with keys, clicks and wheel events."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QComboBox, QLabel, QLineEdit, QWidget

from ikudesk.gui.main_window import MainWindow
from ikudesk.persistence.repo import load_dokumen
from ikudesk.session import pengukuran as pg
from tests.support.jendela_utama import (
    baris_grid,
    buka_grid,
    buka_pk,
    disimpan,
    ketik,
    klik,
    tabel_terlihat,
)


def _roda(target: QWidget, turun: bool = True) -> None:
    """One notch of the mouse wheel over the middle of ``target``."""
    pos = QPointF(target.rect().center())
    glob = QPointF(target.mapToGlobal(target.rect().center()))
    delta = QPoint(0, -120 if turun else 120)
    ev = QWheelEvent(
        pos,
        glob,
        QPoint(),
        delta,
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(target, ev)


# --------------------------------------------------------------------------- 3 the wheel


def test_roda_menggulir_halaman_tidak_mengubah_ukuran_huruf(qtbot, jendela) -> None:  # noqa: ANN001
    w, _ids = jendela
    w.pilih("dokumen", w.ctl.dokumen.id)
    combo = next(c for c in w.panel.findChildren(QComboBox, "ukuranCombo") if c.isVisible())
    sebelum = disimpan(w)
    indeks = combo.currentIndex()
    langkah = w.ctl.stack.count()
    from PySide6.QtWidgets import QScrollArea

    gulir = next(a for a in w.panel.findChildren(QScrollArea) if a.isAncestorOf(combo))
    posisi = gulir.verticalScrollBar().value()
    for _ in range(3):
        _roda(combo)
    assert combo.currentIndex() == indeks and w.ctl.stack.count() == langkah
    assert disimpan(w) == sebelum
    assert not combo.hasFocus()  # the wheel gives it no focus either
    assert gulir.verticalScrollBar().value() != posisi  # the page scrolled instead
    # with the keyboard focus in it, the wheel steps the value as usual
    combo.setFocus()
    qtbot.waitUntil(combo.hasFocus)
    _roda(combo)
    assert combo.currentIndex() != indeks


# --------------------------------------------------------------------------- 15 undo texts


def test_teks_urungkan_sama_dari_halaman_indikator_dan_grid(qtbot, jendela) -> None:  # noqa: ANN001
    w, _ids = jendela
    ind = next(i for i in w.ctl.dokumen.semua_indikator() if not i.pakai_rumus and not i.survei_ikm)
    w.pilih("indikator", ind.id)
    tabel = next(t for t in w.panel.findChildren(QWidget, "nilaiTable") if t.isVisible())
    m = tabel.model()
    kol = next(
        k
        for k in range(m.columnCount())
        if "Target" in str(m.headerData(k, Qt.Orientation.Horizontal))
    )
    baris = next(
        r
        for r in range(m.rowCount())
        if m.headerData(r, Qt.Orientation.Vertical) == "2022" or str(m.index(r, 0).data()) == "2022"
    )
    klik(tabel, m.index(baris, kol))
    ketik(tabel, "77\n")
    assert ind.target[2022] == Decimal(77)
    dari_halaman = w.ctl.stack.undoText()
    w.ctl.stack.undo()
    w.aksi_pengukuran.trigger()
    j = w.jendela_pengukuran
    j.pilih(2022, None)
    r = next(
        r for r, b in enumerate(j.model.baris) if b.kind == "indikator" and b.indikator_id == ind.id
    )
    klik(j.grid, j.model.index(r, pg.COL_TARGET))
    ketik(j.grid, "77\n")
    assert ind.target[2022] == Decimal(77)
    assert w.ctl.stack.undoText() == dari_halaman
    assert ind.nama[:20] in dari_halaman


# --------------------------------------------------------------------------- 1 read-only cells


def test_mengetik_di_sel_hanya_baca_tidak_mengubah_sel_lain(qtbot, jendela) -> None:  # noqa: ANN001
    w, _ids = jendela
    j = buka_grid(w, 2023)
    ikm = next(i for i in w.ctl.dokumen.semua_indikator() if 2023 in i.survei_ikm)
    r = next(
        r for r, b in enumerate(j.model.baris) if b.kind == "indikator" and b.indikator_id == ikm.id
    )
    sel = j.model.index(r, pg.COL_INPUT)
    sebelum = disimpan(w)
    langkah = w.ctl.stack.count()
    klik(j.grid, sel)
    ketik(j.grid, "8")
    assert j.grid.currentIndex() == sel  # no jump to a cell starting with "8"
    assert j.grid.state() != j.grid.State.EditingState
    ketik(j.grid, "0\n")
    assert disimpan(w) == sebelum and w.ctl.stack.count() == langkah
    assert "survei IKM" in j.pesan.text()
    # the cell and its row say why
    assert "survei IKM" in j.model.data(sel, Qt.ItemDataRole.ToolTipRole)
    assert "dari survei IKM" in j.model.data(j.model.index(r, pg.COL_KET))
    rumus = next(
        r
        for r, b in enumerate(j.model.baris)
        if b.kind == "indikator" and w.ctl.node("indikator", b.indikator_id).pakai_rumus
    )
    assert "dihitung dari komponen" in j.model.data(j.model.index(rumus, pg.COL_KET))
    assert "dihitung dari komponen" in j.model.data(
        j.model.index(rumus, pg.COL_INPUT), Qt.ItemDataRole.ToolTipRole
    )


# --------------------------------------------------------------------------- 2 Tab and Enter


def _survei(w: MainWindow):  # noqa: ANN202
    from ikudesk.gui.survei.halaman import buka_survei

    ikm = next(i for i in w.ctl.dokumen.semua_indikator() if 2023 in i.survei_ikm)
    j = buka_survei(w, w.ctl, ikm.id, 2023)
    return j.halaman, ikm


def test_survei_tab_menyimpan_jawaban_baris_baru_dan_lama(qtbot, jendela) -> None:  # noqa: ANN001
    w, _ids = jendela
    h, ikm = _survei(w)
    g, m = h.ui.grid, h.model
    n = len(ikm.survei_ikm[2023].responden)
    klik(g, m.index(n, 0))  # the new-row line
    jawaban = [4, 3, 4, 3, 2, 4, 3, 4, 1]
    ketik(g, "".join(f"{a}\t" for a in jawaban))
    s = load_dokumen(w.ctl.store, w.ctl.dokumen.id)
    s = next(i for i in s.semua_indikator() if i.id == ikm.id).survei_ikm[2023]
    assert len(s.responden) == n + 1
    assert s.responden[n].nilai == jawaban
    assert [m.index(n, k).data() for k in range(9)] == [str(a) for a in jawaban]
    assert h.ui.respondenLabel.text() == str(n + 1)
    # JK, Usia, Enter: the next questionnaire starts at U1 of the new line (no mouse)
    ketik(g, "L\t35\n")
    assert g.currentIndex().row() == n + 1 and g.currentIndex().column() == 0
    ketik(g, "3\t3\n")
    assert ikm.survei_ikm[2023].responden[n + 1].nilai[:2] == [3, 3]
    assert g.currentIndex().row() == n + 2 and g.currentIndex().column() == 0
    # an existing row: 3 Tab stores and shows at once, and so does the next cell
    klik(g, m.index(0, 0))
    ketik(g, "3\t2\n")
    s = ikm.survei_ikm[2023]
    assert s.responden[0].nilai[:2] == [3, 2]
    assert m.index(0, 0).data() == "3" and m.index(0, 1).data() == "2"
    assert len(s.responden) == n + 2


def test_tab_menyimpan_di_tabel_nilai_triwulan_dan_grid(qtbot, jendela) -> None:  # noqa: ANN001
    w, _ids = jendela
    ind = next(i for i in w.ctl.dokumen.semua_indikator() if not i.pakai_rumus and not i.survei_ikm)
    w.pilih("indikator", ind.id)
    # the values table of the indicator page: target Tab realisasi Enter
    t = tabel_terlihat(w, "nilaiTable")
    m = t.model()
    judul = [str(m.headerData(k, Qt.Orientation.Horizontal)) for k in range(m.columnCount())]
    r = next(
        r
        for r in range(m.rowCount())
        if "2022" in str(m.headerData(r, Qt.Orientation.Vertical)) or m.index(r, 0).data() == "2022"
    )
    klik(t, m.index(r, next(k for k, j in enumerate(judul) if "Target" in j)))
    ketik(t, "61\t62\t")
    assert ind.target[2022] == Decimal(61) and ind.realisasi[2022] == Decimal(62)
    # the quarterly table below: TW I target s.d. Tab realisasi Tab
    q = tabel_terlihat(w, "triwulanTable")
    qm = q.model()
    klik(q, qm.index(0, 0))
    ketik(q, "20\t5\t")
    tw = ind.triwulan[qm._tahun]
    assert tw.target[1] == Decimal(20) and tw.realisasi[1] == Decimal(5)
    assert qm.index(0, 0).data() == "20" and qm.index(0, 1).data() == "5"
    # the grid: target Tab isian Tab
    j = buka_grid(w, 2024)
    rg = next(
        r for r, b in enumerate(j.model.baris) if b.kind == "indikator" and b.indikator_id == ind.id
    )
    klik(j.grid, j.model.index(rg, pg.COL_TARGET))
    ketik(j.grid, "71\t72\t")
    assert ind.target[2024] == Decimal(71) and ind.realisasi[2024] == Decimal(72)


# --------------------------------------------------------------------------- 4 PK budget


def test_pk_uraian_tab_anggaran_tersimpan(qtbot, jendela) -> None:  # noqa: ANN001
    w, _ids = jendela
    h = buka_pk(w, 2023).halaman
    ui = h.ui
    ui.tab.setCurrentWidget(ui.halamanProgram)
    n = len(h.pk.program)
    qtbot.mouseClick(ui.tambahProgramTombol, Qt.MouseButton.LeftButton)
    pohon = ui.programPohon
    assert pohon.state() == pohon.State.EditingState  # typing goes into the new Uraian
    ketik(pohon, "Program baru\t")
    assert pohon.currentIndex().column() == 2 and pohon.currentIndex().row() == n
    assert pohon.state() == pohon.State.EditingState  # the amount's editor is open
    ketik(pohon, "1.250.000.000\t")
    prog = w.ctl.dokumen.pk(2023, h.perubahan).program[n]
    assert prog.uraian == "Program baru" and prog.anggaran == 1_250_000_000
    # the next text lands in Sumber dana, where the cursor went, not in Kode
    ketik(pohon, "APBD\n")
    prog = w.ctl.dokumen.pk(2023, h.perubahan).program[n]
    assert prog.sumber_dana == "APBD" and prog.kode in ("", None)
    assert pohon.topLevelItem(n).text(2) == "1.250.000.000"


# --------------------------------------------------------------------------- 5 PK per year


def test_tahun_tanpa_pk_kosong_dan_buat_pk_mengambil_penanda_tangan_yang_disebut(
    qtbot,  # noqa: ANN001
    jendela,  # noqa: ANN001
) -> None:
    from ikudesk.domain.model import LaporanTahunan, Penandatangan
    from ikudesk.session.operations import SetLaporanTahunan

    w, _ids = jendela
    ttd = Penandatangan(jabatan="PLT. CAMAT SUMBER HARTA", nama="NAMA PLT CAMAT", nip="")
    w.ctl.apply(SetLaporanTahunan(2024, LaporanTahunan(2024, ttd)))
    h = buka_pk(w, 2023).halaman
    ui = h.ui
    assert ui.namaEdit.text() and ui.tab.isVisible()  # the 2023 PK
    ui.tahunCombo.setFocus()
    ui.tahunCombo.setCurrentIndex(ui.tahunCombo.findData(2024))  # as chosen from the list
    # an empty page: nothing of the 2023 PK, greyed or not
    assert h.pk is None and not ui.tab.isVisible()
    for edit in (ui.tempatEdit, ui.tanggalEdit, ui.namaEdit, ui.jabatanEdit, ui.namaKeduaEdit):
        assert edit.text() == ""
    assert ui.programPohon.topLevelItemCount() == 0
    assert ui.buatTombol.isEnabled() and ui.buatTombol.isVisible()
    assert "NAMA PLT CAMAT" in ui.infoLabel.text()
    assert "penanda tangan laporan tahun 2024" in ui.infoLabel.text()
    qtbot.mouseClick(ui.buatTombol, Qt.MouseButton.LeftButton)
    pk = w.ctl.dokumen.pk(2024)
    assert pk is not None and pk.pihak_pertama.nama == "NAMA PLT CAMAT"
    assert ui.tab.isVisible() and ui.namaEdit.text() == "NAMA PLT CAMAT"


def test_pk_perubahan_menyebut_salinan_dan_meminta_tanggal(qtbot, jendela) -> None:  # noqa: ANN001
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QDialogButtonBox

    from ikudesk.gui.pk.perubahan import DialogPerubahan

    w, _ids = jendela
    h = buka_pk(w, 2023).halaman
    dilihat: dict[str, object] = {}

    def isi_dialog(batal: bool) -> None:
        dlg = next(
            d
            for d in QApplication.topLevelWidgets()
            if isinstance(d, DialogPerubahan) and d.isVisible()
        )
        teks = " ".join(lbl.text() for lbl in dlg.findChildren(QLabel))
        dilihat["teks"] = teks
        ok = dlg.tombol.button(QDialogButtonBox.StandardButton.Ok)
        dilihat["ok_kosong"] = ok.isEnabled()
        if batal:
            qtbot.mouseClick(
                dlg.tombol.button(QDialogButtonBox.StandardButton.Cancel), Qt.MouseButton.LeftButton
            )
            return
        QTest.keyClicks(dlg.tanggalEdit, "31 Desember 2022")  # before the PK it copies
        dilihat["ok_sebelum"] = ok.isEnabled()
        dlg.tanggalEdit.clear()
        QTest.keyClicks(dlg.tanggalEdit, "1 Juli 2023")
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)

    n = w.ctl.stack.count()
    QTimer.singleShot(0, lambda: isi_dialog(True))
    qtbot.mouseClick(h.ui.perubahanTombol, Qt.MouseButton.LeftButton)
    assert w.ctl.dokumen.pk(2023, 1) is None and w.ctl.stack.count() == n  # cancelled: nothing
    QTimer.singleShot(0, lambda: isi_dialog(False))
    qtbot.mouseClick(h.ui.perubahanTombol, Qt.MouseButton.LeftButton)
    teks = str(dilihat["teks"])
    assert "PK 2023" in teks and "2 program" in teks and "CONTOH NAMA CAMAT" in teks
    assert dilihat["ok_kosong"] is False and dilihat["ok_sebelum"] is False
    baru = w.ctl.dokumen.pk(2023, 1)
    assert baru is not None and baru.tanggal == "2023-07-01"
    assert h.perubahan == 1 and h.ui.tanggalEdit.text() == "2023-07-01"


# --------------------------------------------------------------------------- 9 the grid


def test_tempel_ke_judul_dan_tempel_ke_sel_isian(qtbot, jendela) -> None:  # noqa: ANN001
    from PySide6.QtGui import QGuiApplication

    w, _ids = jendela
    j = buka_grid(w, 2024)
    sebelum, langkah = disimpan(w), w.ctl.stack.count()
    fasilitasi = baris_grid(j, "komponen", "Jumlah Kegiatan yang difasilitasi")
    judul = j.model.baris[fasilitasi + 1]
    assert judul.kind == "kelompok"
    klik(j.grid, j.model.index(fasilitasi, pg.COL_INPUT))
    QGuiApplication.clipboard().setText("10\n8\n")  # the 8 lands on the sasaran heading
    QTest.keyClick(j.grid, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert disimpan(w) == sebelum and w.ctl.stack.count() == langkah
    assert f'judul sasaran "{judul.text[:20]}' in j.pesan.text()
    assert "indikator 0" not in j.pesan.text()
    QGuiApplication.clipboard().setText("10\n\n")  # an empty cell on the heading is passed by
    QTest.keyClick(j.grid, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    ind = w.ctl.node("indikator", j.model.baris[fasilitasi].indikator_id)
    assert ind.nilai_komponen[2024]["difasilitasi"] == Decimal(10)
    assert j.pesan.text() == ""  # the stored paste cleared the last message

    # "Tempel ke sel isian" (Ctrl+Shift+V): a seksi's column, headings and computed rows skipped
    mulai = baris_grid(j, "komponen", "Jumlah Kegiatan yang ditindaklanjuti")
    klik(j.grid, j.model.index(mulai, pg.COL_INPUT))
    QGuiApplication.clipboard().setText("4\n5\n3\n6\n")
    n = w.ctl.stack.count()
    QTest.keyClick(
        j.grid,
        Qt.Key.Key_V,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert w.ctl.stack.count() == n + 1  # one undo step
    isian = [
        j.model.data(j.model.index(r, pg.COL_INPUT))
        for r in range(mulai, len(j.model.baris))
        if j.model.dapat_diisi(r, pg.COL_INPUT)
    ][:4]
    assert isian == ["4", "5", "3", "6"]
    pu = w.ctl.node(
        "indikator",
        j.model.baris[baris_grid(j, "komponen", "Jumlah Kegiatan pemerintahan")].indikator_id,
    )
    assert pu.nilai_komponen[2024] == {
        "pu_ditindaklanjuti": Decimal(3),
        "pu_difasilitasi": Decimal(6),
    }
    assert "Tempel ke sel isian" in w.ctl.stack.undoText()
    assert "Tempel ke sel isian" in [a.text().replace("&", "") for a in j.grid.actions()]


def test_nilai_ditolak_tetap_di_editor_dan_nilai_janggal_ditandai(qtbot, jendela) -> None:  # noqa: ANN001
    w, _ids = jendela
    j = buka_grid(w, 2024)
    r = baris_grid(j, "komponen", "Jumlah Kegiatan Pelayanan yang ditindaklanjuti")
    klik(j.grid, j.model.index(r, pg.COL_INPUT))
    ketik(j.grid, "1234.567\n")
    editor = j.grid.indexWidget(j.model.index(r, pg.COL_INPUT))
    assert isinstance(editor, QLineEdit) and editor.text() == "1234.567"  # kept, to correct
    assert j.grid.currentIndex().row() == r and "koma" in j.pesan.text()
    QTest.keyClick(editor, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    ketik(j.grid, "80\n")  # a numerator larger than its denominator: stored, then flagged
    ketik(j.grid, "10\n")
    assert j.pesan.text() == ""  # the stored entry cleared the refusal's message
    ind = w.ctl.node("indikator", j.model.baris[r].indikator_id)
    assert ind.nilai_komponen[2024] == {
        "pelayanan_ditindaklanjuti": Decimal(80),
        "pelayanan_difasilitasi": Decimal(10),
    }
    ket = j.model.index(r - 1, pg.COL_KET)
    assert "lebih besar" in j.model.data(ket) and j.model.data(ket).startswith("⚠")
    assert j.model.data(ket, Qt.ItemDataRole.BackgroundRole).color().name() == "#ffd59e"


def test_triwulan_dari_papan_ketik_enter_dari_periode_ke_isian_pertama(qtbot, jendela) -> None:  # noqa: ANN001
    """Fewer keys for a quarter: Enter on the period puts the cursor on the first input cell."""
    w, _ids = jendela
    j = buka_grid(w, 2024)
    j.periode.setFocus()
    QTest.keyClick(j.periode, Qt.Key.Key_Down)  # Setahun → Triwulan I
    assert j.model.tampilan == pg.GridScope(2024, 1)
    QTest.keyClick(j.periode, Qt.Key.Key_Return)
    assert j.grid.hasFocus()
    pertama = next(r for r in range(j.model.rowCount()) if j.model.dapat_diisi(r, pg.COL_INPUT))
    assert j.grid.currentIndex() == j.model.index(pertama, pg.COL_INPUT)
    ketik(j.grid, "5\n6\n")
    ind = w.ctl.node("indikator", j.model.baris[pertama].indikator_id)
    assert ind.triwulan[2024].realisasi[1] == Decimal(5)


def test_halaman_indikator_sel_hanya_baca_tidak_melompat(qtbot, jendela) -> None:  # noqa: ANN001
    """Item 1 on the indicator page's quarterly table too: no keyboard search to another cell."""
    w, _ids = jendela
    ind = next(i for i in w.ctl.dokumen.semua_indikator() if i.pakai_rumus)
    w.pilih("indikator", ind.id)
    q = tabel_terlihat(w, "triwulanTable")
    qm = q.model()
    klik(q, qm.index(0, 0))
    ketik(q, "80\t8\t10\t")  # TW I: target s.d. and both components
    sebelum, langkah = disimpan(w), w.ctl.stack.count()
    judul = [qm.headerData(k, Qt.Orientation.Horizontal) for k in range(qm.columnCount())]
    sd = judul.index("Realisasi s.d.")
    sel = qm.index(1, sd)  # TW II, computed
    klik(q, sel)
    ketik(q, "8")
    assert q.currentIndex() == sel  # stayed: no jump to the "8" or the "80" of TW I
    ketik(q, "5\n")
    assert disimpan(w) == sebelum and w.ctl.stack.count() == langkah
    pesan = next(lbl for lbl in w.panel.findChildren(QLabel, "triwulanPesan") if lbl.isVisible())
    assert "tidak dapat diisi" in pesan.text()


def test_roda_spin_box_dan_slider_di_dialog(qtbot, jendela) -> None:  # noqa: ANN001
    """The same for a spin box and a slider on any page or dialog (the filter is the
    application's): unfocused, the wheel scrolls their page."""
    from PySide6.QtWidgets import QDialog, QScrollArea, QSlider, QSpinBox, QVBoxLayout

    dlg = QDialog()
    qtbot.addWidget(dlg)
    gulir = QScrollArea(dlg)
    isi = QWidget()
    tata = QVBoxLayout(isi)
    spin, slider = QSpinBox(), QSlider(Qt.Orientation.Horizontal)
    spin.setValue(11)
    slider.setValue(11)
    tata.addWidget(spin)
    tata.addWidget(slider)
    tata.addSpacing(2000)
    gulir.setWidget(isi)
    QVBoxLayout(dlg).addWidget(gulir)
    dlg.resize(300, 200)
    dlg.show()
    qtbot.waitExposed(dlg)
    for w in (spin, slider):
        sebelum = gulir.verticalScrollBar().value()
        _roda(w)
        assert w.value() == 11 and not w.hasFocus()
        assert gulir.verticalScrollBar().value() > sebelum
        gulir.verticalScrollBar().setValue(0)
    spin.setFocus()
    qtbot.waitUntil(spin.hasFocus)
    _roda(spin, turun=False)
    assert spin.value() == 12  # in the field being typed in, the wheel steps it
