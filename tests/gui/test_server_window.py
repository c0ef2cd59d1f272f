"""The window on a server store: another user's change is shown (without losing what is being
typed), a conflicting edit is refused and the document reloaded; the connect dialog never
stores the password."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QLineEdit

from ikudesk.domain.fields import Field
from ikudesk.files.docfile import baca_file
from ikudesk.gui.controller import DocumentController
from ikudesk.gui.dialogs.server import DialogServer, susun_url
from ikudesk.gui.main_window import MainWindow
from ikudesk.gui.settings import Pengaturan
from ikudesk.persistence.mapper import KonflikVersi
from ikudesk.persistence.repo import SqlRepository, save_new_dokumen
from ikudesk.persistence.store import open_store
from ikudesk.session.document import DocumentSession
from ikudesk.session.operations import SetField
from tests.conftest import CONTOH

pytest.importorskip("psycopg", reason="paket psycopg (pyproject [server]) tidak terpasang")


def test_perubahan_pengguna_lain_tampil_dan_tabrakan_ditolak(
    qtbot, tmp_path: Path, pg_url: str
) -> None:  # noqa: ANN001
    store = open_store(pg_url)
    did = save_new_dokumen(store, baca_file(CONTOH[0]))
    ctl = DocumentController(store)
    w = MainWindow(ctl, Pengaturan(tmp_path / "pengaturan"))
    qtbot.addWidget(w)
    w.show()
    ctl.open(did)
    ctl.dokumen_list_changed.emit()
    assert not w.ui.aksiPulihkan.isEnabled()  # file backups do not apply to a server
    assert "aksiServer" in {a.objectName() for a in w.ui.menuBerkas.actions()}
    with open_store(pg_url) as lain:  # another PC
        sesi_lain = DocumentSession.open(SqlRepository(lain), did)
        sesi_lain.apply(SetField(did, Field.DOKUMEN_INSTANSI, "Kecamatan Dari PC Lain"))
        # While the user is typing in a field, the window waits.
        ketik = QLineEdit(w)
        ketik.show()
        ketik.setFocus()
        qtbot.waitUntil(ketik.hasFocus)
        ketik.setText("sedang diketik")
        ketik.setModified(True)
        assert not w._pengamat_server.periksa()
        assert ketik.text() == "sedang diketik"
        ketik.setModified(False)
        ketik.clearFocus()
        ketik.hide()
        assert w._pengamat_server.periksa()
        assert ctl.dokumen is not None and ctl.dokumen.profil.instansi == "Kecamatan Dari PC Lain"
        # A conflicting edit: refused, nothing of it stored, and the window shows theirs.
        sesi_lain.apply(SetField(did, Field.DOKUMEN_INSTANSI, "Kecamatan Kedua"))
        with pytest.raises(KonflikVersi, match="pengguna lain"):
            ctl.set_field(did, Field.DOKUMEN_INSTANSI, "Punya Saya")
        qtbot.waitUntil(lambda: ctl.dokumen.profil.instansi == "Kecamatan Kedua")
        # Editing goes on after the reload.
        ctl.set_field(did, Field.DOKUMEN_INSTANSI, "Punya Saya")
        assert DocumentSession.open(SqlRepository(lain), did).dokumen.profil.instansi == (
            "Punya Saya"
        )
    w.close()
    ctl.stack.clear()
    store.close()


def test_dialog_server_tidak_menyimpan_kata_sandi(qtbot, tmp_path: Path) -> None:  # noqa: ANN001
    peng = Pengaturan(tmp_path)
    dlg = DialogServer(peng.q)
    qtbot.addWidget(dlg)
    dlg.host.setText("10.0.0.5")
    dlg.basis.setText("iku kab")
    dlg.pengguna.setText("staf@kec")
    dlg.sandi.setText("rahasia:/@x")
    dlg.ssl.setCurrentIndex(dlg.ssl.findData("require"))
    assert dlg.url() == susun_url("10.0.0.5", 5432, "iku kab", "staf@kec", "rahasia:/@x", "require")
    assert dlg.url().endswith("@10.0.0.5:5432/iku%20kab?sslmode=require")
    assert dlg.sandi.echoMode() == QLineEdit.EchoMode.Password
    dlg.ingat()
    peng.q.sync()
    teks = peng.path.read_text()
    assert "10.0.0.5" in teks and "rahasia" not in teks
    lagi = DialogServer(peng.q)
    qtbot.addWidget(lagi)
    assert lagi.host.text() == "10.0.0.5" and lagi.sandi.text() == ""
    dlg.show()
    qtbot.waitExposed(dlg)
    assert dlg.grab().save(str(tmp_path / "dialog.png"))
