"""Issue 21, second review (helper i21afix): warnings of the printout, refused values kept
in their editor, pasting down the input cells, undo texts, Tab in the grid. Real windows on a
real store."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget

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

# --------------------------------------------------------------------------- 1, 2 warnings


def test_pk_tanpa_tanggal_diperingatkan_saat_ekspor(qtbot, jendela, tmp_path) -> None:  # noqa: ANN001
    from ikudesk.gui import pdf_actions
    from ikudesk.gui.print_dialog import OpsiCetak

    w, _ids = jendela
    j = buka_pk(w, 2023)
    ui = j.halaman.ui
    ui.tanggalEdit.selectAll()
    QTest.keyClick(ui.tanggalEdit, Qt.Key.Key_Delete)
    QTest.keyClick(ui.tanggalEdit, Qt.Key.Key_Return)
    assert w.ctl.dokumen.pk(2023).tanggal == ""
    pesan: list[str] = []
    w.ctl.message.connect(pesan.append)
    opsi = OpsiCetak(laporan="pk", tahun=2023, kertas="F4", orientasi="portrait")
    assert pdf_actions.ekspor_ke(j, w.ctl, opsi, tmp_path / "pk.pdf") > 0
    assert "PK 2023 belum bertanggal" in pesan[-1]


def test_pk_perubahan_bertanggal_tahun_lain_diperingatkan(jendela) -> None:  # noqa: ANN001
    from dataclasses import replace

    from ikudesk.report.opsi import OpsiLaporan
    from ikudesk.report.registry import cari_laporan

    w, _ids = jendela
    dok = w.ctl.dokumen
    pk = dok.pk(2023)
    dok.perjanjian_kinerja.append(replace(pk, perubahan=1, tanggal="2024-07-01"))
    jenis = cari_laporan("pk")
    [teks] = jenis.peringatan(dok, OpsiLaporan(tahun=2023))
    assert "Perubahan ke-1 2023" in teks and "2024-07-01" in teks
    assert jenis.peringatan(dok, OpsiLaporan(tahun=2023, perubahan=0)) == []


def test_peringatan_cetak_triwulan_menyebut_triwulan_yang_dicetak(jendela, tmp_path) -> None:  # noqa: ANN001
    from ikudesk.gui import pdf_actions
    from ikudesk.gui.print_dialog import OpsiCetak
    from ikudesk.report.registry import triwulan_laporan

    w, _ids = jendela
    bawaan = triwulan_laporan(w.ctl.dokumen, 2023)
    k = 1 if bawaan != 1 else 2
    pesan: list[str] = []
    w.ctl.message.connect(pesan.append)
    opsi = OpsiCetak(laporan="triwulan", tahun=2023, triwulan=k)
    assert pdf_actions.ekspor_ke(w, w.ctl, opsi, tmp_path / "tw.pdf") > 0
    romawi = {1: "I", 2: "II"}[k]
    assert f"triwulan {romawi} 2023" in pesan[-1]


# --------------------------------------------------------------------------- 4 paste from a heading

_TEMPEL_ISIAN = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def test_tempel_ke_sel_isian_dari_judul_atau_kolom_nama(qtbot, jendela) -> None:  # noqa: ANN001
    w, _ids = jendela
    j = buka_grid(w, 2024, 1)
    judul = next(r for r, b in enumerate(j.model.baris) if b.kind == "kelompok")
    isian = [r for r in range(judul, len(j.model.baris)) if j.model.dapat_diisi(r, pg.COL_INPUT)]
    klik(j.grid, j.model.index(judul, pg.COL_INPUT))  # a heading spans the row
    QGuiApplication.clipboard().setText("7\n8\n")
    n = w.ctl.stack.count()
    QTest.keyClick(j.grid, Qt.Key.Key_V, _TEMPEL_ISIAN)
    assert "0 sel isian" not in j.pesan.text()
    assert w.ctl.stack.count() == n + 1
    assert [j.model.data(j.model.index(r, pg.COL_INPUT)) for r in isian[:2]] == ["7", "8"]
    # from the name column of an input row: down that row's input column
    r = isian[2]
    klik(j.grid, j.model.index(r, pg.COL_NAMA))
    QGuiApplication.clipboard().setText("9\n")
    QTest.keyClick(j.grid, Qt.Key.Key_V, _TEMPEL_ISIAN)
    assert w.ctl.stack.count() == n + 2 and j.model.data(j.model.index(r, pg.COL_INPUT)) == "9"
    # nothing below to fill: says where to start
    terakhir = len(j.model.baris) - 1
    bawah = [x for x in range(terakhir, -1, -1) if not j.model.dapat_diisi(x, pg.COL_INPUT)]
    if bawah and bawah[0] > isian[-1]:
        klik(j.grid, j.model.index(bawah[0], pg.COL_NAMA))
        QTest.keyClick(j.grid, Qt.Key.Key_V, _TEMPEL_ISIAN)
        assert "kolom Target atau Isian" in j.pesan.text()


# --------------------------------------------------------------------------- 8 Tab in the grid


def test_tab_dari_isian_ke_sel_isian_berikut(qtbot, jendela) -> None:  # noqa: ANN001
    w, _ids = jendela
    j = buka_grid(w, 2024, 1)
    m = j.model
    isi = [
        (r, k) for r in range(m.rowCount()) for k in range(m.columnCount()) if m.dapat_diisi(r, k)
    ]
    r, k = next(x for x in isi if x[1] == pg.COL_INPUT)
    berikut = isi[isi.index((r, k)) + 1]
    klik(j.grid, m.index(r, k))
    ketik(j.grid, "5\t")
    cur = j.grid.currentIndex()
    assert (cur.row(), cur.column()) == berikut  # not the read-only "s.d." cell
    assert j.grid.state() == j.grid.State.EditingState
    ketik(j.grid, "6\t")
    assert m.data(m.index(*berikut)) == "6"
    # Shift+Tab back to the input cell it came from
    klik(j.grid, m.index(*berikut))
    QTest.keyClick(j.grid, Qt.Key.Key_Backtab)
    cur = j.grid.currentIndex()
    assert (cur.row(), cur.column()) == (r, k)


# --------------------------------------------------------------------------- 7 undo texts


def test_teks_urungkan_triwulan_romawi_dan_uraian_komponen(qtbot, jendela) -> None:  # noqa: ANN001
    w, _ids = jendela
    j = buka_grid(w, 2024, 2)
    r = baris_grid(j, "komponen", "Jumlah Kegiatan Pelayanan yang ditindaklanjuti")
    klik(j.grid, j.model.index(r, pg.COL_INPUT))
    ketik(j.grid, "3\n")
    teks = w.ctl.stack.undoText()
    assert "2024 triwulan II " in teks and "triwulan 2" not in teks
    assert 'Ubah nilai "Jumlah Kegiatan Pelayanan yang' in teks
    assert "pelayanan_ditindaklanjuti" not in teks
    ind = next(x for x in range(r, -1, -1) if j.model.baris[x].kind == "indikator")
    klik(j.grid, j.model.index(ind, pg.COL_TARGET))
    ketik(j.grid, "50\n")
    assert w.ctl.stack.undoText().startswith("Ubah target 2024 triwulan II ")


# --------------------------------------------------------------------------- 3 refused values kept


def _editor(view, index) -> QLineEdit | None:  # noqa: ANN001
    e = view.indexWidget(index)
    return e if isinstance(e, QLineEdit) else None


def test_nilai_ditolak_tetap_di_editor_halaman_indikator(qtbot, jendela) -> None:  # noqa: ANN001
    w, _ids = jendela
    ind = next(i for i in w.ctl.dokumen.semua_indikator() if not i.pakai_rumus and not i.survei_ikm)
    w.pilih("indikator", ind.id)
    sebelum, langkah = disimpan(w), w.ctl.stack.count()
    for nama in ("nilaiTable", "triwulanTable"):
        t = tabel_terlihat(w, nama)
        m = t.model()
        k = next(
            k for k in range(m.columnCount()) if m.flags(m.index(0, k)) & Qt.ItemFlag.ItemIsEditable
        )
        for kunci in ("\t", "\n"):
            klik(t, m.index(0, k))
            ketik(t, "12x" + kunci)
            e = _editor(t, m.index(0, k))
            assert e is not None and e.text() == "12x", (nama, repr(kunci))
            assert t.state() == t.State.EditingState
            assert t.currentIndex().row() == 0 and t.currentIndex().column() == k
            QTest.keyClick(e, Qt.Key.Key_Escape)
    assert disimpan(w) == sebelum and w.ctl.stack.count() == langkah
    pesan = next(x for x in w.panel.findChildren(QWidget, "nilaiPesan") if x.isVisible())
    assert "12x" in pesan.text() or "angka" in pesan.text().lower()


def test_anggaran_pk_ditolak_tetap_di_editor(qtbot, jendela) -> None:  # noqa: ANN001
    w, _ids = jendela
    j = buka_pk(w, 2023)
    ui = j.halaman.ui
    ui.tab.setCurrentWidget(ui.halamanProgram)
    pohon = ui.programPohon
    sebelum, langkah = disimpan(w), w.ctl.stack.count()
    it = pohon.topLevelItem(0)
    for kunci in ("\t", "\n"):
        pohon.setCurrentItem(it, 2)
        pohon.editItem(it, 2)
        e = _editor(pohon, pohon.indexFromItem(it, 2))
        assert e is not None
        e.selectAll()
        e.setFocus()
        ketik(pohon, "abc" + kunci)
        e = _editor(pohon, pohon.indexFromItem(it, 2))
        assert e is not None and e.text() == "abc", repr(kunci)
        assert pohon.currentColumn() == 2 and "baris 1" in ui.infoLabel.text()
        QTest.keyClick(e, Qt.Key.Key_Escape)
    assert disimpan(w) == sebelum and w.ctl.stack.count() == langkah


# ------------------------------------------------------------------ 5 paste, an editor open


def test_tempel_isian_dengan_editor_terbuka_satu_langkah(qtbot, jendela) -> None:  # noqa: ANN001
    w, _ids = jendela
    j = buka_grid(w, 2024, 1)
    m = j.model
    isian = [r for r in range(m.rowCount()) if m.dapat_diisi(r, pg.COL_INPUT)]
    r = isian[0]
    sebelum = m.data(m.index(r, pg.COL_INPUT))
    klik(j.grid, m.index(r, pg.COL_INPUT))
    ketik(j.grid, "9")  # the editor is open with a 9 not yet stored
    assert j.grid.state() == j.grid.State.EditingState
    n = w.ctl.stack.count()
    QGuiApplication.clipboard().setText("4\n5\n")
    tuju = QApplication.focusWidget() or j.grid
    QTest.keyClick(tuju, Qt.Key.Key_V, _TEMPEL_ISIAN)
    for _ in range(3):
        QApplication.processEvents()
    assert w.ctl.stack.count() == n + 1  # the paste only, one undo step
    assert [m.data(m.index(x, pg.COL_INPUT)) for x in isian[:2]] == ["4", "5"]
    w.ctl.stack.undo()
    assert m.data(m.index(r, pg.COL_INPUT)) == sebelum  # not the 9


def test_blok_ditempel_ke_editor_sel_pesannya_tanpa_baris_baru(qtbot, jendela) -> None:  # noqa: ANN001
    w, _ids = jendela
    j = buka_grid(w, 2024, 1)
    m = j.model
    r = next(r for r in range(m.rowCount()) if m.dapat_diisi(r, pg.COL_INPUT))
    klik(j.grid, m.index(r, pg.COL_INPUT))
    ketik(j.grid, "1")
    editor = j.grid.indexWidget(m.index(r, pg.COL_INPUT))
    assert isinstance(editor, QLineEdit)
    QGuiApplication.clipboard().setText("4\n5\n3\n")
    editor.selectAll()
    QTest.keyClick(editor, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    n = w.ctl.stack.count()
    QTest.keyClick(editor, Qt.Key.Key_Return)
    QApplication.processEvents()
    assert w.ctl.stack.count() == n
    teks = j.pesan.text()
    assert "blok beberapa baris: tempel di luar penyunting sel" in teks
    assert "\n" not in teks and "4\n5" not in teks
