"""Berkas → Sambungkan ke server…: the window on a PostgreSQL store, and noticing other users.

The dialog asks for the server's address, the database, the user and the password. The password
is used for the connection only: it is kept in memory while the store is open and never written
to the settings (only host, port, database, user and sslmode are remembered, to fill the form
the next time).

``PengamatServer`` polls the open document's version every few seconds on a server store: when
another user changed it, the document is read again (the tree and the pages show the new
contents). It waits while the user is typing in a field, so nothing being typed is lost.
"""

from __future__ import annotations

from typing import TYPE_CHECKING
from urllib.parse import quote

from PySide6.QtCore import QObject, QSettings, QTimer
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QSpinBox,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from ikudesk.errors import IkuError

if TYPE_CHECKING:
    from ikudesk.gui.controller import DocumentController

SSL_PILIHAN = [
    ("prefer", "Bila tersedia (bawaan)"),
    ("require", "Wajib (terenkripsi)"),
    ("verify-full", "Wajib, dengan pemeriksaan sertifikat"),
    ("disable", "Tidak dipakai"),
]
# Every few seconds: cheap (one small SELECT) and soon enough for people in one office.
JEDA_PERIKSA_MS = 3000


def susun_url(host: str, port: int, basis: str, pengguna: str, sandi: str, ssl: str) -> str:
    """The ``postgresql://`` URL (user and password quoted; the password only in memory)."""
    kredensial = quote(pengguna, safe="")
    if sandi:
        kredensial += ":" + quote(sandi, safe="")
    return (
        f"postgresql://{kredensial}@{host.strip()}:{port}/{quote(basis.strip(), safe='')}"
        f"?sslmode={ssl}"
    )


class DialogServer(QDialog):
    def __init__(self, pengaturan: QSettings | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Sambungkan ke server")
        self._q = pengaturan
        self.host = QLineEdit(self._baca("host", "localhost"))
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setValue(int(self._baca("port", "5432") or 5432))
        self.port.setButtonSymbols(QAbstractSpinBox.ButtonSymbols.NoButtons)
        self.basis = QLineEdit(self._baca("basis", "ikudesk"))
        self.pengguna = QLineEdit(self._baca("pengguna", ""))
        self.sandi = QLineEdit()
        self.sandi.setEchoMode(QLineEdit.EchoMode.Password)
        self.ssl = QComboBox()
        for kode, teks in SSL_PILIHAN:
            self.ssl.addItem(teks, kode)
        self.ssl.setCurrentIndex(max(0, self.ssl.findData(self._baca("ssl", "prefer"))))
        form = QFormLayout()
        form.addRow("Alamat server:", self.host)
        form.addRow("Port:", self.port)
        form.addRow("Basis data:", self.basis)
        form.addRow("Nama pengguna:", self.pengguna)
        form.addRow("Kata sandi:", self.sandi)
        form.addRow("Sambungan aman (SSL):", self.ssl)
        catatan = QLabel(
            "Kata sandi hanya dipakai untuk sambungan ini dan tidak disimpan. "
            "Hak baca/tulis ditentukan oleh pengelola server."
        )
        catatan.setWordWrap(True)
        tombol = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = tombol.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText("Sambungkan")
        tombol.button(QDialogButtonBox.StandardButton.Cancel).setText("Batal")
        tombol.accepted.connect(self.accept)
        tombol.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(catatan)
        lay.addWidget(tombol)
        (self.sandi if self.pengguna.text() else self.pengguna).setFocus()

    def _baca(self, kunci: str, bawaan: str) -> str:
        if self._q is None:
            return bawaan
        return str(self._q.value(f"server/{kunci}", bawaan) or bawaan)

    def url(self) -> str:
        return susun_url(
            self.host.text(),
            self.port.value(),
            self.basis.text(),
            self.pengguna.text(),
            self.sandi.text(),
            str(self.ssl.currentData()),
        )

    def ingat(self) -> None:
        """Remember the form for next time: everything but the password."""
        if self._q is None:
            return
        self._q.setValue("server/host", self.host.text().strip())
        self._q.setValue("server/port", str(self.port.value()))
        self._q.setValue("server/basis", self.basis.text().strip())
        self._q.setValue("server/pengguna", self.pengguna.text().strip())
        self._q.setValue("server/ssl", str(self.ssl.currentData()))


#: Said at once when this program was built without the server driver (before any typing).
TANPA_DRIVER = (
    "Versi ini tidak memuat sambungan ke server. Data tetap disimpan di komputer ini; "
    "untuk bekerja bersama di satu server, pasang IKU Desk versi server (tanyakan kepada "
    "pengelola TI kantor)."
)


def sambungkan_ke_server(controller: DocumentController, window: QWidget) -> bool:
    """Ask for a server and switch the window's store to it; False when cancelled or failed."""
    from ikudesk.persistence.server import driver_available
    from ikudesk.persistence.store import open_store

    if not driver_available():
        QMessageBox.information(window, "Sambungkan ke server", TANPA_DRIVER)
        return False
    q = getattr(getattr(window, "pengaturan", None), "q", None)
    dlg = DialogServer(q if isinstance(q, QSettings) else None, window)
    while dlg.exec() == QDialog.DialogCode.Accepted:
        if not dlg.host.text().strip() or not dlg.basis.text().strip():
            QMessageBox.warning(window, "IKU Desk", "Alamat server dan basis data harus diisi.")
            continue
        try:
            store = open_store(dlg.url())
        except IkuError as e:
            QMessageBox.warning(window, "IKU Desk", e.pesan)
            continue
        dlg.ingat()
        if controller._store is not None:  # noqa: SLF001 - the window's own controller
            controller.detach_store()
        controller.attach_store(store)
        controller.message.emit(f"Tersambung ke {store.name}")
        return True
    return False


class PengamatServer(QObject):
    """Reloads the open document when another user changed it (server stores only)."""

    def __init__(self, controller: DocumentController, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctl = controller
        self.timer = QTimer(self)
        self.timer.setInterval(JEDA_PERIKSA_MS)
        self.timer.timeout.connect(self.periksa)
        self.timer.start()

    @staticmethod
    def sedang_mengetik() -> bool:
        w = QApplication.focusWidget()
        if isinstance(w, QLineEdit):
            return w.isModified()
        if isinstance(w, QPlainTextEdit | QTextEdit):
            return w.document().isModified()
        return False

    def periksa(self) -> bool:
        """One look; True when the document was reloaded."""
        ctl = self.ctl
        store = ctl._store  # noqa: SLF001
        sesi = ctl.session
        if store is None or sesi is None or not store.server or self.sedang_mengetik():
            return False
        try:
            if not sesi.changed_elsewhere():
                return False
        except IkuError:
            return False  # the server is away for a moment: the next look will tell
        ctl.reload()
        return True
