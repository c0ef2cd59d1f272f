"""The backup menu actions on a real controller and store, dialogs driven with qtbot."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox

from ikudesk.backup import auto as autobackup
from ikudesk.backup.archive import periksa_cadangan
from ikudesk.gui import backup_actions
from ikudesk.gui.backup_dialogs import DialogDaftarCadangan, DialogPulihkan
from ikudesk.gui.controller import DocumentController
from ikudesk.persistence.repo import delete_dokumen, list_dokumen


def _teks_pesan() -> str:
    kotak = [
        w
        for w in QApplication.allWidgets()
        if w.objectName() == "pesanCadangan" and w.isVisible() and isinstance(w, QMessageBox)
    ]
    assert len(kotak) == 1
    teks = kotak[-1].text()
    for k in kotak:
        k.close()
    return teks


def _siap(qtbot, store_contoh):  # noqa: ANN001, ANN202
    store, ids = store_contoh
    win = QMainWindow()
    qtbot.addWidget(win)
    ctl = DocumentController(store, win)
    ctl.open(ids["benjeng"])
    return win, ctl, store, ids


def test_cadangkan_lalu_pulihkan_lewat_controller(qtbot, store_contoh, tmp_path: Path) -> None:
    win, ctl, store, ids = _siap(qtbot, store_contoh)
    sebelum = [(d.id, d.instansi) for d in list_dokumen(store)]
    path = backup_actions.cadangkan(win, ctl, tmp_path / "usb.ikubackup")
    assert path is not None and path.exists()
    assert "berhasil" in _teks_pesan()
    delete_dokumen(ctl.store, ids["sumbersuko"])
    ditanya = []

    def ya(parent, info) -> bool:  # noqa: ANN001
        ditanya.append([d.instansi for d in info.dokumen])
        return True

    assert backup_actions.pulihkan(win, ctl, berkas=path, konfirmasi=ya)
    assert ditanya == [[i for _, i in sebelum]]
    assert [(d.id, d.instansi) for d in list_dokumen(ctl.store)] == sebelum
    assert ctl.dokumen is not None and ctl.dokumen.id == ids["benjeng"]  # reopened
    assert "Pemulihan berhasil" in _teks_pesan()


def test_pulihkan_dibatalkan_tidak_mengubah(qtbot, store_contoh, tmp_path: Path) -> None:
    win, ctl, store, ids = _siap(qtbot, store_contoh)
    path = backup_actions.cadangkan(win, ctl, tmp_path / "a.ikubackup")
    _teks_pesan()
    delete_dokumen(ctl.store, ids["sumbersuko"])
    sesudah = list_dokumen(ctl.store)
    assert not backup_actions.pulihkan(win, ctl, berkas=path, konfirmasi=lambda p, i: False)
    assert list_dokumen(ctl.store) == sesudah


def test_berkas_buruk_ditolak_dengan_pesan(qtbot, store_contoh, tmp_path: Path) -> None:
    win, ctl, store, _ = _siap(qtbot, store_contoh)
    buruk = tmp_path / "buruk.ikubackup"
    buruk.write_bytes(b"bukan zip")
    isi = store.path.read_bytes()
    assert not backup_actions.pulihkan(win, ctl, berkas=buruk, konfirmasi=lambda p, i: True)
    teks = _teks_pesan()
    assert "tidak dapat dipulihkan" in teks and str(buruk) in teks
    assert store.path.read_bytes() == isi
    assert list_dokumen(ctl.store)


def test_dialog_pulihkan_menampilkan_isi(qtbot, store_contoh, tmp_path: Path) -> None:
    win, ctl, store, _ = _siap(qtbot, store_contoh)
    path = backup_actions.cadangkan(win, ctl, tmp_path / "a.ikubackup")
    _teks_pesan()
    info = periksa_cadangan(path)
    dlg = DialogPulihkan(info, win)
    qtbot.addWidget(dlg)
    dlg.show()
    assert dlg.ui.berkasNilai.text() == str(path)
    teks = [dlg.ui.dokumenList.item(i).text() for i in range(dlg.ui.dokumenList.count())]
    assert [t.split(" — ")[0] for t in teks] == [d.instansi for d in list_dokumen(store)]
    tombol = dlg.ui.tombol.buttons()
    assert sorted(b.text() for b in tombol) == ["&Batal", "&Pulihkan"]


def test_saat_tutup_dan_daftar_otomatis(qtbot, store_contoh) -> None:
    win, ctl, store, ids = _siap(qtbot, store_contoh)
    backup_actions.saat_tutup(win, ctl)
    daftar = autobackup.otomatis(store.path)
    assert len(daftar) == 1
    delete_dokumen(ctl.store, ids["benjeng"])
    # the list window on its own (the action's handler would ask with a modal dialog)
    dlg = DialogDaftarCadangan(store.path, win)
    qtbot.addWidget(dlg)
    assert dlg.ui.tabel.rowCount() == 1
    assert not dlg.ui.pulihkanTombol.isEnabled()
    dlg.ui.tabel.selectRow(0)
    assert dlg.ui.pulihkanTombol.isEnabled()

    with qtbot.waitSignal(dlg.pulihkan_diminta) as sinyal:
        dlg.ui.pulihkanTombol.click()
    assert sinyal.args == [daftar[0].path]


def test_daftar_cadangan_otomatis_pulihkan_ujung_ke_ujung(qtbot, store_contoh) -> None:
    """The list window: pick the automatic backup, Pulihkan…, accept the real confirm dialog."""
    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtWidgets import QDialogButtonBox

    win, ctl, store, ids = _siap(qtbot, store_contoh)
    sebelum = [(d.id, d.instansi) for d in list_dokumen(store)]
    assert autobackup.cadangan_saat_tutup(store.path) is not None
    delete_dokumen(ctl.store, ids["sumbersuko"])
    ctl.open(ids["benjeng"])

    dlg = backup_actions.cadangan_otomatis(win, ctl)
    assert isinstance(dlg, DialogDaftarCadangan) and dlg.ui.tabel.rowCount() >= 1
    assert not dlg.ui.pulihkanTombol.isEnabled()  # nothing chosen yet
    dlg.ui.tabel.selectRow(0)
    assert dlg.ui.pulihkanTombol.isEnabled()

    ditampilkan: list[str] = []

    def setujui() -> None:
        konfirmasi = next(
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, DialogPulihkan) and w.isVisible()
        )
        ditampilkan.append(
            konfirmasi.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).text()
        )
        qtbot.mouseClick(
            konfirmasi.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok),
            Qt.MouseButton.LeftButton,
        )

    QTimer.singleShot(0, setujui)
    qtbot.mouseClick(dlg.ui.pulihkanTombol, Qt.MouseButton.LeftButton)
    assert ditampilkan and ditampilkan[0]  # the real dialog was shown, with an Indonesian button
    assert [(d.id, d.instansi) for d in list_dokumen(ctl.store)] == sebelum
    assert "Pemulihan berhasil" in _teks_pesan()


def test_cadangkan_ke_berkas_store_ditolak(qtbot, store_contoh) -> None:  # noqa: ANN001
    win, ctl, store, ids = _siap(qtbot, store_contoh)
    isi = store.path.read_bytes()
    assert backup_actions.cadangkan(win, ctl, store.path) is None
    assert "berkas penyimpanan IKU Desk" in _teks_pesan()
    assert store.path.read_bytes() == isi
    assert len(list_dokumen(ctl.store)) == len(ids)


def test_store_rusak_ditawari_pulihkan_dari_cadangan_otomatis(
    qtbot, store_contoh, tmp_path: Path
) -> None:  # noqa: ANN001
    import os

    from ikudesk.backup.archive import cadangkan_ke_folder
    from ikudesk.persistence.store import StoreRusak, open_store

    store, _ = store_contoh
    asli = [(d.id, d.instansi) for d in list_dokumen(store)]
    sp = store.path
    cadangkan_ke_folder(sp, autobackup.JENIS)
    store.close()
    sp.write_bytes(os.urandom(30_000))  # damaged beyond opening
    rusak = sp.read_bytes()
    win = QMainWindow()
    qtbot.addWidget(win)
    win.show()
    try:
        open_store(sp)
        raise AssertionError("store rusak terbuka")
    except StoreRusak as e:
        alasan = e.pesan
    ditanya: list[str] = []
    dipasang: list = []

    def tanya(_w, teks: str) -> bool:  # noqa: ANN001
        ditanya.append(teks)
        return True

    dlg = backup_actions.tawarkan_pemulihan(
        win, sp, alasan, dipasang.append, tanya=tanya, konfirmasi=lambda _w, _i: True
    )
    assert ditanya == [alasan] and dlg is not None
    assert dlg.ui.tabel.rowCount() == 1  # the automatic backup is listed
    dlg.ui.tabel.selectRow(0)
    dlg.ui.pulihkanTombol.click()
    assert len(dipasang) == 1
    baru = dipasang[0]
    assert [(d.id, d.instansi) for d in list_dokumen(baru)] == asli
    baru.close()
    disisihkan = [p for p in sp.parent.iterdir() if p.name.startswith(f"{sp.name}.rusak-")]
    assert [p.read_bytes() for p in disisihkan if not p.name.endswith(("-wal", "-shm"))] == [rusak]
    assert "tidak dihapus" in _teks_pesan()
    assert win.isVisible()  # restored: the window stays
