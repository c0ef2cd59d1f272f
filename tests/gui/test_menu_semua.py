"""Every menu entry of the main window, clicked once, opens its own thing without an error.

The menu hooks of other parts are imported only when first used (issue 25: start-up imports
nothing the first document does not need), so a wrong lazy import shows only when the entry is
clicked. Each dialog is closed (Batal) as soon as it shows; nothing is stored."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMenu, QWidget

from ikudesk.gui.main_window import MainWindow

# What each entry opens (the class of the window or dialog that shows).
DIBUKA = {
    "aksiDokumenBaru": "DialogDokumenBaru",
    "aksiBukaDokumen": "DialogBuka",
    "aksiGandakanDokumen": "DialogDokumenBaru",
    "aksiHapusDokumen": "QMessageBox",
    "aksiImpor": "QFileDialog",
    "aksiImporWord": "QFileDialog",
    "aksiEkspor": "QFileDialog",
    "aksiGabung": "QFileDialog",
    "aksiEksporPdf": "DialogOpsiCetak",
    "aksiEksporExcel": "QFileDialog",
    "aksiFormulirExcel": "DialogFormulir",
    "aksiImporFormulir": "QFileDialog",
    "aksiImporSipd": "QFileDialog",
    "aksiCetak": "DialogOpsiCetak",
    "aksiKategori": "DialogKategori",
    "aksiCadangkan": "QFileDialog",
    "aksiPulihkan": "QFileDialog",
    "aksiCadanganOtomatis": "DialogDaftarCadangan",
    "aksiServer": "DialogServer",
    "aksiPindahkan": "QInputDialog",
    "aksiHapus": "QMessageBox",
    "aksiTetapkan": "DialogTetapkan",
    "aksiRiwayat": "DialogRiwayat",
    "aksiPengukuran": "JendelaPengukuran",
    "aksiPerjanjianKinerja": "JendelaPk",
    "aksiRingkasan": "JendelaRingkasan",
    "aksiPanduan": "DialogPanduan",
    "aksiTentang": "DialogTentang",
}


class _Pencatat(QObject):
    """Notes every top-level window or dialog that shows."""

    def __init__(self) -> None:
        super().__init__()
        self.tampil: list[str] = []

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if (
            event.type() == QEvent.Type.Show
            and isinstance(obj, QWidget)
            and obj.isWindow()
            and not isinstance(obj, QMenu)
        ):
            self.tampil.append(type(obj).__name__)
        return False


def _tutup(w: QWidget) -> None:
    if isinstance(w, QDialog):
        w.reject()
    else:
        w.close()


def test_setiap_menu_membuka_miliknya(qtbot, jendela) -> None:  # noqa: ANN001
    w, _ids = jendela
    w.pilih("indikator", w.ctl.dokumen.semua_indikator()[0].id)
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    pencatat = _Pencatat()
    app.installEventFilter(pencatat)

    def tutup_modal() -> None:  # a dialog run with exec() waits in its own loop
        m = app.activeModalWidget()
        if m is not None:
            _tutup(m)

    waktu = QTimer()
    waktu.timeout.connect(tutup_modal)
    waktu.start(50)
    dibuka: dict[str, list[str]] = {}
    try:
        menu_bar = [a.menu() for a in w.menuBar().actions() if a.menu() is not None]
        semua = []
        while menu_bar:
            m = menu_bar.pop(0)
            for a in m.actions():
                if a.menu() is not None:
                    menu_bar.append(a.menu())
                elif not a.isSeparator() and a.objectName() in DIBUKA:
                    semua.append(a)
        assert {a.objectName() for a in semua} == set(DIBUKA)  # every entry is reached
        for a in semua:
            assert a.isEnabled(), a.objectName()
            pencatat.tampil.clear()
            a.trigger()
            harap = DIBUKA[a.objectName()]
            qtbot.waitUntil(lambda h=harap: h in pencatat.tampil, timeout=5000)
            dibuka[a.objectName()] = list(pencatat.tampil)
            for x in app.topLevelWidgets():
                if x is not w and x.isVisible() and not isinstance(x, QMenu):
                    _tutup(x)
            qtbot.waitUntil(lambda: app.activeModalWidget() is None, timeout=5000)
            assert w.ctl.dokumen is not None  # nothing closed or deleted the document
    finally:
        waktu.stop()
        app.removeEventFilter(pencatat)
    assert set(dibuka) == set(DIBUKA)
    assert isinstance(w, MainWindow) and w.ctl.stack.count() == 0  # nothing was changed
