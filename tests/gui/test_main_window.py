"""The main window driven like a user: its own actions, keys, dialogs and editor panels."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QTableView,
    QWidget,
)

from ikudesk.assets import sample_documents
from ikudesk.domain import compute
from ikudesk.domain.fields import Field
from ikudesk.domain.keys import NilaiKey
from ikudesk.domain.model import Periode
from ikudesk.files.docfile import baca_file, ke_json
from ikudesk.gui.controller import DocumentController
from ikudesk.gui.main_window import MainWindow, aksi_menurut_nama
from ikudesk.gui.settings import Pengaturan
from ikudesk.l10n import format_angka
from ikudesk.persistence.repo import list_dokumen, load_dokumen
from ikudesk.persistence.store import Store, open_store


def saat_modal(aksi: Callable[[QWidget], None]) -> None:
    """Act on the next modal dialog as soon as it is open (exec() blocks the test)."""

    def coba() -> None:
        w = QApplication.activeModalWidget()
        if w is None:
            QTimer.singleShot(10, coba)
        else:
            aksi(w)

    QTimer.singleShot(0, coba)


def klik_tombol(teks: str) -> Callable[[QWidget], None]:
    def klik(w: QWidget) -> None:
        for b in w.findChildren(QAbstractButton):
            if b.text().replace("&", "") == teks:
                b.click()
                return
        raise AssertionError(f"no button {teks!r} in {w.windowTitle()}")

    return klik


class Jendela:
    """A window on a store path, re-creatable to test a restart."""

    def __init__(self, qtbot, store_path: Path, folder: Path) -> None:  # noqa: ANN001
        self.qtbot, self.store_path, self.folder = qtbot, store_path, folder
        self.store: Store | None = None
        self.w: MainWindow | None = None

    def buka(self) -> MainWindow:
        self.store = open_store(self.store_path)
        ctl = DocumentController(self.store)
        self.w = MainWindow(ctl, Pengaturan(self.folder))
        self.qtbot.addWidget(self.w)
        self.w.show()
        self.qtbot.waitExposed(self.w)
        return self.w

    def tutup(self) -> None:
        assert self.w is not None and self.store is not None
        self.w.close()
        self.w.ctl.stack.clear()
        self.store.close()


@pytest.fixture
def jendela(qtbot, tmp_path: Path) -> Iterator[Jendela]:  # noqa: ANN001
    j = Jendela(qtbot, tmp_path / "iku.sqlite", tmp_path / "pengaturan")
    yield j
    if j.w is not None and j.w.isVisible():
        j.tutup()


def _isi_paragraf(qtbot, w: MainWindow, nama: str, teks: str) -> None:  # noqa: ANN001
    edit = _widget_aktif(w, QPlainTextEdit, nama)
    edit.setFocus()
    edit.setPlainText(teks)
    edit.clearFocus()  # leaving the field commits it


def _widget_aktif(w: MainWindow, tipe: type, nama: str):  # noqa: ANN202
    for c in w.panel.findChildren(tipe, nama):
        if c.isVisible():
            return c
    raise AssertionError(f"no visible {nama}")


def _kolom(model, judul: str) -> int:  # noqa: ANN001
    for c in range(model.columnCount()):
        if model.headerData(c, Qt.Orientation.Horizontal) == judul:
            return c
    raise AssertionError(judul)


def _baris(model, tahun: int) -> int:  # noqa: ANN001
    for r in range(model.rowCount()):
        if str(tahun) in str(model.headerData(r, Qt.Orientation.Vertical)):
            return r
    raise AssertionError(tahun)


def _label_pohon(w: MainWindow, parent: QModelIndex | None = None) -> list:
    parent = parent or QModelIndex()
    m = w.model
    return [
        (m.index(r, 0, parent).data(), _label_pohon(w, m.index(r, 0, parent)))
        for r in range(m.rowCount(parent))
    ]


def test_membangun_dokumen_lewat_jendela_lalu_mulai_ulang(qtbot, jendela: Jendela) -> None:  # noqa: ANN001
    w = jendela.buka()
    ctl = w.ctl
    aksi = aksi_menurut_nama(w)

    def isi_dokumen_baru(d: QWidget) -> None:
        d.ui.isiInstansi.setText("Kecamatan Uji")
        d.ui.isiPemda.setText("Kabupaten Contoh")
        d.ui.isiMulai.setValue(2024)
        d.ui.isiSelesai.setValue(2026)
        d.accept()

    saat_modal(isi_dokumen_baru)
    aksi["aksiDokumenBaru"].trigger()
    assert ctl.dokumen is not None and ctl.dokumen.periode == Periode(2024, 2026)
    assert "Kecamatan Uji" in w.windowTitle()

    aksi["aksiTambahTujuan"].trigger()
    k_tujuan = w.terpilih()
    assert k_tujuan and k_tujuan[0] == "tujuan"
    assert w.model.index_dari(*k_tujuan).data() == "(tanpa tujuan)"
    _isi_paragraf(qtbot, w, "uraianEdit", "Meningkatnya mutu pelayanan")
    qtbot.waitUntil(lambda: ctl.node(*k_tujuan).uraian == "Meningkatnya mutu pelayanan")
    assert w.model.index_dari(*k_tujuan).data() == "Meningkatnya mutu pelayanan"

    aksi["aksiTambahSasaran"].trigger()
    k_sasaran = w.terpilih()
    assert k_sasaran and k_sasaran[0] == "sasaran"
    _isi_paragraf(qtbot, w, "uraianEdit", "Pelayanan cepat")
    qtbot.waitUntil(lambda: ctl.node(*k_sasaran).uraian == "Pelayanan cepat")

    aksi["aksiTambahIndikator"].trigger()
    k_ind = w.terpilih()
    assert k_ind and k_ind[0] == "indikator"
    assert ctl.parent_of(*k_ind) == k_sasaran
    _isi_paragraf(qtbot, w, "namaEdit", "Persentase layanan tepat waktu")
    qtbot.waitUntil(lambda: ctl.node(*k_ind).nama == "Persentase layanan tepat waktu")
    satuan = _widget_aktif(w, QLineEdit, "satuanEdit")
    satuan.setFocus()
    qtbot.keyClicks(satuan, "%")
    qtbot.keyClick(satuan, Qt.Key.Key_Return)
    assert ctl.node(*k_ind).satuan == "%"

    tabel = _widget_aktif(w, QTableView, "nilaiTable")
    model = tabel.model()
    r = _baris(model, 2025)
    assert model.setData(model.index(r, _kolom(model, "Target")), "80", Qt.ItemDataRole.EditRole)
    assert model.setData(
        model.index(r, _kolom(model, "Realisasi")), "60,5", Qt.ItemDataRole.EditRole
    )
    ind = ctl.node(*k_ind)
    assert (ind.target[2025], ind.realisasi[2025]) == (Decimal(80), Decimal("60.5"))
    c_capaian = _kolom(model, "Capaian (%)")
    harapan = format_angka(compute.hitung_capaian(ind, 2025).nilai)
    assert model.index(r, c_capaian).data() == harapan

    # undo the realisasi, then redo it, through the Edit menu's actions
    nama = 'indikator "Persentase layanan tepat waktu"'
    assert w.aksi_urungkan.text() == f"Urungkan Ubah realisasi 2025 {nama}"
    w.aksi_urungkan.trigger()
    assert 2025 not in ctl.node(*k_ind).realisasi
    assert model.index(r, c_capaian).data() != harapan
    assert w.aksi_ulangi.text() == f"Ulangi Ubah realisasi 2025 {nama}"
    w.aksi_ulangi.trigger()
    assert model.index(r, c_capaian).data() == harapan

    did = ctl.dokumen.id
    disimpan = ke_json(load_dokumen(ctl.store, did))
    assert disimpan == ke_json(ctl.dokumen)
    pohon = _label_pohon(w)
    jendela.tutup()

    # restart on the same store: the same document comes back, with the same capaian
    w2 = jendela.buka()
    w2.mulai()
    assert w2.ctl.dokumen is not None and w2.ctl.dokumen.id == did
    assert ke_json(w2.ctl.dokumen) == disimpan
    assert _label_pohon(w2) == pohon
    w2.pilih(*k_ind)
    model2 = _widget_aktif(w2, QTableView, "nilaiTable").model()
    assert model2.index(_baris(model2, 2025), _kolom(model2, "Capaian (%)")).data() == harapan


def _isi_contoh(store_path: Path, contoh_paths: list[Path]) -> dict[str, int]:
    from ikudesk.persistence.repo import save_new_dokumen

    with open_store(store_path) as s:
        return {p.stem: save_new_dokumen(s, baca_file(p)) for p in contoh_paths}


def test_tombol_pohon_insert_delete_alt_panah(qtbot, jendela: Jendela, contoh_paths) -> None:  # noqa: ANN001
    ids = _isi_contoh(jendela.store_path, contoh_paths)
    w = jendela.buka()
    w.buka_awal(ids["sumbersuko"])
    ctl = w.ctl
    store = ctl.store
    did = ids["sumbersuko"]
    awal = ke_json(load_dokumen(store, did))
    s0 = ctl.dokumen.tujuan[0].sasaran[0]
    pertama, kedua = s0.indikator[0].id, s0.indikator[1].id
    w.pilih("indikator", pertama)
    w.activateWindow()
    w.ui.pohon.setFocus()
    qtbot.waitUntil(w.ui.pohon.hasFocus)

    # Insert: a new indicator right after the selected one
    qtbot.keyClick(w.ui.pohon, Qt.Key.Key_Insert)
    baru = w.terpilih()
    assert baru and baru[0] == "indikator" and baru[1] not in (pertama, kedua)
    assert [i.id for i in load_dokumen(store, did).tujuan[0].sasaran[0].indikator][:3] == [
        pertama,
        baru[1],
        kedua,
    ]
    # The cursor went to the new indicator's name (issue 16); back to the tree for its keys.
    qtbot.waitUntil(lambda: _widget_aktif(w, QPlainTextEdit, "namaEdit").hasFocus())
    w.ui.pohon.setFocus()
    qtbot.waitUntil(w.ui.pohon.hasFocus)
    # Alt+Up moves it above the first; Alt+Down back
    qtbot.keyClick(w.ui.pohon, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert [i.id for i in load_dokumen(store, did).tujuan[0].sasaran[0].indikator][:2] == [
        baru[1],
        pertama,
    ]
    assert w.terpilih() == baru
    qtbot.keyClick(w.ui.pohon, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert load_dokumen(store, did).tujuan[0].sasaran[0].indikator[1].id == baru[1]

    # Delete asks first: "Batal" keeps it, "Hapus" removes it
    ditanya: list[str] = []

    def batal(d: QWidget) -> None:
        ditanya.append(d.windowTitle())
        klik_tombol("Batal")(d)

    saat_modal(batal)
    qtbot.keyClick(w.ui.pohon, Qt.Key.Key_Delete)
    assert ditanya == ["Hapus indikator"]
    assert ctl.has(*baru)
    w.activateWindow()
    w.ui.pohon.setFocus()  # the closed message box hands focus back asynchronously
    qtbot.waitUntil(w.ui.pohon.hasFocus)
    saat_modal(klik_tombol("Hapus"))
    qtbot.keyClick(w.ui.pohon, Qt.Key.Key_Delete)
    assert not ctl.has(*baru)
    assert ke_json(load_dokumen(store, did)) == awal  # insert, 2 moves, delete: back to start

    # deleting a whole tujuan, undone, gives back the same rows with the same ids
    t0 = ctl.dokumen.tujuan[0]
    ids_sebelum = [i.id for i in load_dokumen(store, did).semua_indikator()]
    w.pilih("tujuan", t0.id)
    saat_modal(klik_tombol("Hapus"))
    aksi_menurut_nama(w)["aksiHapus"].trigger()
    assert not ctl.has("tujuan", t0.id)
    assert ke_json(load_dokumen(store, did)) != awal
    w.aksi_urungkan.trigger()
    assert ke_json(load_dokumen(store, did)) == awal
    assert [i.id for i in load_dokumen(store, did).semua_indikator()] == ids_sebelum
    w.aksi_ulangi.trigger()
    assert not ctl.has("tujuan", t0.id)
    w.aksi_urungkan.trigger()

    # every structural command, undone, restores the store exactly; redone, matches the mirror
    langkah = []
    ind0 = ctl.dokumen.semua_indikator()[0].id
    for fn in (
        lambda: ctl.add_tujuan(0),
        lambda: ctl.add_sasaran(t0.id, 0),
        lambda: ctl.add_indikator("tujuan", t0.id, 0),
        lambda: ctl.duplicate_indikator(ind0),
        lambda: ctl.move("indikator", ind0, "tujuan", ctl.dokumen.tujuan[-1].id, 0),
        lambda: ctl.remove("sasaran", ctl.dokumen.tujuan[1].sasaran[0].id),
    ):
        langkah.append(ke_json(load_dokumen(store, did)))
        fn()
        assert ke_json(ctl.dokumen) == ke_json(load_dokumen(store, did))
    akhir = ke_json(load_dokumen(store, did))
    for sebelum in reversed(langkah):
        w.aksi_urungkan.trigger()
        assert ke_json(load_dokumen(store, did)) == sebelum == ke_json(ctl.dokumen)
    for _ in langkah:
        w.aksi_ulangi.trigger()
    assert ke_json(load_dokumen(store, did)) == akhir == ke_json(ctl.dokumen)


def test_tanpa_tujuan_dan_urutan_di_jendela(jendela: Jendela, contoh_paths) -> None:  # noqa: ANN001
    ids = _isi_contoh(jendela.store_path, contoh_paths)
    w = jendela.buka()
    w.buka_awal(ids["benjeng"])
    label = _label_pohon(w)
    tujuan = label[0][1]
    assert "(tanpa tujuan)" in [t[0] for t in tujuan]
    # the status bar counts the indicators
    n = len(w.ctl.dokumen.semua_indikator())
    assert w.label_jumlah.text() == f"{n} indikator"


def test_gandakan_dokumen_periode_baru_dan_hapus(qtbot, jendela: Jendela, contoh_paths) -> None:  # noqa: ANN001
    ids = _isi_contoh(jendela.store_path, contoh_paths)
    w = jendela.buka()
    did = ids["sumber-harta"]
    w.buka_awal(did)
    ctl = w.ctl
    # give the source realisasi and component values, which the copy must not keep
    ind = next(i for i in ctl.dokumen.semua_indikator() if i.pakai_rumus)
    ind_biasa = next(i for i in ctl.dokumen.semua_indikator() if not i.pakai_rumus)
    p = ctl.dokumen.periode
    ctl.set_nilai(NilaiKey.target(ind.id, p.mulai), Decimal(90))
    ctl.set_nilai(NilaiKey.target(ind.id, p.selesai), Decimal(95))
    ctl.set_nilai(NilaiKey.realisasi(ind_biasa.id, p.selesai), Decimal(5))
    ctl.set_nilai(
        NilaiKey.nilai_komponen(ind.id, ind.rumus.komponen[0].kode, p.selesai), Decimal(3)
    )
    asal = load_dokumen(ctl.store, did)

    def periode_baru(d: QWidget) -> None:
        d.ui.isiMulai.setValue(p.selesai)
        d.ui.isiSelesai.setValue(p.selesai + 4)
        d.accept()

    saat_modal(periode_baru)
    aksi_menurut_nama(w)["aksiGandakanDokumen"].trigger()
    baru = ctl.dokumen
    assert baru.id != did and baru.periode == Periode(p.selesai, p.selesai + 4)
    stored = load_dokumen(ctl.store, baru.id)
    assert [t.uraian for t in stored.tujuan] == [t.uraian for t in asal.tujuan]
    for a, b in zip(asal.semua_indikator(), stored.semua_indikator(), strict=True):
        assert (b.nama, b.rumus.ekspresi, [k.kode for k in b.rumus.komponen]) == (
            a.nama,
            a.rumus.ekspresi,
            [k.kode for k in a.rumus.komponen],
        )
        assert b.realisasi == {} and b.nilai_komponen == {}
        assert b.target == {t: v for t, v in a.target.items() if baru.periode.memuat(t)}
    dup = next(i for i in stored.semua_indikator() if i.nama == ind.nama)
    assert dup.target == {p.selesai: Decimal(95)}
    assert ke_json(load_dokumen(ctl.store, did)) == ke_json(asal)

    # delete the copy: confirmation, then it is gone and another document is open
    saat_modal(klik_tombol("Hapus dokumen"))
    aksi_menurut_nama(w)["aksiHapusDokumen"].trigger()
    assert baru.id not in [d.id for d in list_dokumen(ctl.store)]
    assert ctl.dokumen is not None and ctl.dokumen.id != baru.id


def test_impor_salah_ditolak_dengan_pesan(
    qtbot, jendela: Jendela, tmp_path: Path, monkeypatch
) -> None:  # noqa: ANN001
    w = jendela.buka()
    rusak = tmp_path / "rusak.json"
    rusak.write_text('{"tujuan": [ {"uraian": 5} ]', encoding="utf-8")
    from PySide6.QtWidgets import QFileDialog

    # the file dialog is the platform's; answer it as a user would
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(rusak), ""))
    pesan: list[str] = []

    def baca(d: QWidget) -> None:
        assert isinstance(d, QMessageBox)
        pesan.append(d.text())
        d.accept()

    saat_modal(baca)
    aksi_menurut_nama(w)["aksiImpor"].trigger()
    from ikudesk.errors import DokumenError
    from ikudesk.files.docfile import baca_file

    with pytest.raises(DokumenError) as cli:  # the same check as the command line
        baca_file(rusak)
    assert pesan == [cli.value.pesan]
    assert "rusak.json" in pesan[0]
    assert list_dokumen(w.ctl.store) == []


def test_mulai_pertama_menawarkan_contoh(qtbot, jendela: Jendela) -> None:  # noqa: ANN001
    w = jendela.buka()
    assert list_dokumen(w.ctl.store) == []

    def pilih_contoh(d: QWidget) -> None:
        assert d.windowTitle() == "Selamat datang di IKU Desk"
        daftar = d.ui.daftarContoh
        assert daftar.count() == len(sample_documents()) == 4
        jalur = [daftar.item(i).data(Qt.ItemDataRole.UserRole) for i in range(daftar.count())]
        daftar.setCurrentRow(next(i for i, p in enumerate(jalur) if p.endswith("sumbersuko.json")))
        d.ui.tombolContoh.click()

    saat_modal(pilih_contoh)
    w.mulai()
    qtbot.waitUntil(lambda: w.ctl.dokumen is not None)
    assert w.ctl.dokumen.profil.instansi == "Kecamatan Sumbersuko"
    assert len(list_dokumen(w.ctl.store)) == 1


def test_ukuran_dan_pemisah_diingat(qtbot, jendela: Jendela, contoh_paths) -> None:  # noqa: ANN001
    _isi_contoh(jendela.store_path, contoh_paths)
    w = jendela.buka()
    w.buka_awal(2)
    w.resize(720, 520)  # fits the offscreen screen (800×600), so no clamping
    w.ui.pemisah.setSizes([250, 460])
    sizes = w.ui.pemisah.sizes()
    jendela.tutup()
    assert (jendela.folder / "ikudesk.ini").exists()
    w2 = jendela.buka()
    assert (w2.size().width(), w2.size().height()) == (720, 520)
    assert w2.ui.pemisah.sizes() == sizes
    w2.mulai()
    assert w2.ctl.dokumen.id == 2


def test_ketikan_satu_field_satu_langkah_dan_penolakan_tidak_masuk(controller, ids_contoh) -> None:  # noqa: ANN001
    from ikudesk.errors import IkuError

    did = ids_contoh["sumber-harta"]
    controller.open(did)
    store = controller.store
    ind = controller.dokumen.semua_indikator()[0]
    asli = ind.nama
    awal = ke_json(load_dokumen(store, did))
    for n in range(1, 6):  # typing: each pause commits, all within the merge window
        controller.set_field(ind.id, Field.INDIKATOR_NAMA, asli + " tambahan"[:n])
    assert controller.stack.count() == 1
    assert controller.stack.undoText() == f'Ubah nama indikator "{asli}"'
    assert load_dokumen(store, did).semua_indikator()[0].nama == asli + " tamb"
    controller.stack.undo()
    assert ke_json(load_dokumen(store, did)) == awal

    # refused: nothing stored, nothing on the stack, the mirror unchanged
    jumlah = controller.stack.count()
    for salah in (
        lambda: controller.set_field(ind.id, Field.INDIKATOR_POLARITAS, "naik"),
        lambda: controller.set_nilai(NilaiKey.target(ind.id, 1990), Decimal(1)),
        lambda: controller.set_rumus(ind.id, "a +", []),
        lambda: controller.move("indikator", ind.id, "dokumen", did, 0),
    ):
        with pytest.raises(IkuError):
            salah()
        assert controller.stack.count() == jumlah
        assert ke_json(load_dokumen(store, did)) == awal == ke_json(controller.dokumen)


def test_folder_pengaturan_sama_dengan_folder_data() -> None:
    from ikudesk.gui import settings
    from ikudesk.persistence import store

    assert settings.data_folder() == store.data_folder()
    assert Pengaturan().path.parent == store.data_folder()


def test_banyak_perubahan_tanpa_abort(controller, ids_contoh) -> None:  # noqa: ANN001
    """Thousands of edits (each emits signals) in one session: PySide's refcount fault guarded."""
    did = ids_contoh["sumber-harta"]
    controller.open(did)
    ind = controller.dokumen.semua_indikator()[0]
    tahun = controller.dokumen.periode.mulai
    from ikudesk.session.operations import SetNilai

    for n in range(1500):
        # the tree side of an operation and the controller's signals, without 1,500 transactions
        controller._emit_event(
            SetNilai(NilaiKey.target(ind.id, tahun), Decimal(n)).update_tree(controller.session)
        )
    assert controller.node("indikator", ind.id).target[tahun] == Decimal(1499)


def test_gandakan_indikator_berkode_tetap_terbaca_importer(controller, ids_contoh) -> None:  # noqa: ANN001
    """A duplicate gets no kode and no survey: the store never holds what the importer refuses."""
    from ikudesk.files.docfile import baca_dokumen

    did = ids_contoh["sumber-harta-2023"]
    controller.open(did)
    asal = next(i for i in controller.dokumen.semua_indikator() if i.kode and i.survei_ikm)
    baru = controller.node("indikator", controller.duplicate_indikator(asal.id))
    assert baru.kode == "" and baru.survei_ikm == {} and baru.nama.endswith("(salinan)")
    baca_dokumen(ke_json(load_dokumen(controller.store, did)))  # raises if refused
