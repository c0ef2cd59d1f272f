"""Open every window and dialog of the program on one screen size and look at each one as a
user would: is it inside the screen, is every button there to be clicked (not cut off, not
pushed out, not behind a scroll the user cannot see), is no button's text cut off.

Run as its own process, because the screen size is chosen when Qt starts:

    QT_QPA_PLATFORM=offscreen:configfile=layar.json \
        python -m tests.support.layar HASIL.json [PNG_DIR]

(under Xvfb with ``QT_QPA_PLATFORM=xcb`` too). It writes {window: [problems]} as JSON, and with
PNG_DIR a picture of each window. ``tests/gui/test_layar_kecil.py`` runs it at 1024×600.
"""

from __future__ import annotations

import json
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QRect
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QApplication,
    QDialog,
    QScrollArea,
    QTabBar,
    QTabWidget,
    QToolBar,
    QWidget,
)

REPO = Path(__file__).resolve().parents[2]


def _layar(w: QWidget) -> QRect:
    s = w.screen() or QApplication.primaryScreen()
    return s.availableGeometry()


def _bukan_tombol_pengguna(b: QAbstractButton) -> bool:
    """Qt's own inner buttons (tab scrollers, tool bar extension, scroll bar corners)."""
    p = b.parentWidget()
    return isinstance(p, QTabBar) or b.objectName().startswith("qt_")


def _dalam_gulir(b: QWidget) -> QScrollArea | None:
    p = b.parentWidget()
    while p is not None:
        if isinstance(p, QScrollArea):
            return p
        p = p.parentWidget()
    return None


def _halaman_tab(b: QWidget) -> tuple[QTabWidget, int] | None:
    """The tab page holding ``b`` (its buttons are reached by choosing that tab)."""
    p, anak = b.parentWidget(), b
    while p is not None:
        if isinstance(p, QTabWidget):
            return p, p.indexOf(anak)
        # a QTabWidget holds its pages inside a QStackedWidget
        if isinstance(p.parentWidget(), QTabWidget) and p is not None:
            tab = p.parentWidget()
            assert isinstance(tab, QTabWidget)
            return tab, tab.indexOf(anak)
        p, anak = p.parentWidget(), p
    return None


def periksa(w: QWidget) -> list[str]:
    """What a user would find out of reach or cut off in the window ``w``."""
    app = QApplication.instance()
    assert app is not None
    masalah: list[str] = []
    layar = _layar(w)
    if not layar.contains(w.frameGeometry()):
        g = w.frameGeometry()
        masalah.append(f"jendela {g.width()}×{g.height()} di {g.x()},{g.y()} melewati layar")
    for bar in w.findChildren(QToolBar):
        ext = bar.findChild(QWidget, "qt_toolbar_ext_button")
        if bar.isVisible() and ext is not None and ext.isVisible():
            masalah.append(f"bilah alat '{bar.windowTitle()}' menyembunyikan tombol di balik »")
    for gulir in w.findChildren(QAbstractScrollArea):
        nama = gulir.objectName()
        if (
            gulir.isVisible()
            and isinstance(gulir, QScrollArea)
            and gulir.horizontalScrollBar().maximum() > 0
        ):
            masalah.append(f"halaman '{nama}' harus digulir ke samping")
    for b in w.findChildren(QAbstractButton):
        if _bukan_tombol_pengguna(b) or not b.isVisibleTo(w):
            continue
        tab = _halaman_tab(b)
        if tab is not None and tab[1] >= 0:
            tab[0].setCurrentIndex(tab[1])
        if not b.isVisible():
            continue
        gulir = _dalam_gulir(b)
        if gulir is not None:
            gulir.ensureWidgetVisible(b)
        app.processEvents()
        nama = b.text().replace("&", "") or b.toolTip() or b.objectName()
        terlihat = b.visibleRegion().boundingRect()
        if terlihat != b.rect():
            masalah.append(
                f"tombol '{nama}' terpotong ({terlihat.width()}×{terlihat.height()} dari "
                f"{b.width()}×{b.height()})"
            )
            continue
        kotak = QRect(b.mapToGlobal(b.rect().topLeft()), b.size())
        if not layar.contains(kotak):
            masalah.append(f"tombol '{nama}' di luar layar ({kotak.x()},{kotak.y()})")
        if b.text() and b.width() < b.minimumSizeHint().width():
            masalah.append(
                f"teks tombol '{nama}' terpotong ({b.width()} < {b.minimumSizeHint().width()})"
            )
    return masalah


def _tunggu(n: int = 8) -> None:
    app = QApplication.instance()
    assert app is not None
    for _ in range(n):
        app.processEvents()


def jalankan(hasil_json: Path, folder_png: Path | None) -> dict[str, list[str]]:
    from ikudesk.files.docfile import baca_file
    from ikudesk.files.iku_impor import baca_sumber
    from ikudesk.files.iku_tabel import kenali
    from ikudesk.gui.app import buat_app
    from ikudesk.gui.controller import DocumentController
    from ikudesk.gui.main_window import MainWindow, aksi_menurut_nama
    from ikudesk.gui.settings import Pengaturan
    from ikudesk.persistence.repo import save_new_dokumen
    from ikudesk.persistence.store import open_store

    app = buat_app()
    tmp = Path(tempfile.mkdtemp(prefix="layar-"))
    store = open_store(tmp / "iku.sqlite")
    ids = {
        p.stem: save_new_dokumen(store, baca_file(p))
        for p in sorted((REPO / "data").glob("*.json"))
    }
    ctl = DocumentController(store)
    w = MainWindow(ctl, Pengaturan(tmp))
    layar = _layar(w)
    w.resize(layar.width(), layar.height())
    w._pas_layar()  # noqa: SLF001 - as on start-up
    w.move(layar.topLeft())
    w.show()
    w.buka_awal(ids["sumber-harta-2023"])
    _tunggu()
    aksi = aksi_menurut_nama(w)
    hasil: dict[str, list[str]] = {}

    def lihat(nama: str, jendela: QWidget) -> None:
        jendela.show()
        _tunggu()
        hasil[nama] = periksa(jendela)
        if folder_png is not None:
            folder_png.mkdir(parents=True, exist_ok=True)
            jendela.grab().save(str(folder_png / f"{nama}.png"))

    def dialog_baru() -> Callable[[], QDialog | None]:
        sebelum = set(w.findChildren(QDialog))

        def ambil() -> QDialog | None:
            _tunggu()
            baru = [d for d in w.findChildren(QDialog) if d not in sebelum and d.isVisible()]
            return baru[-1] if baru else None

        return ambil

    def picu(nama_aksi: str, nama: str) -> None:
        ambil = dialog_baru()
        aksi[nama_aksi].trigger()
        d = ambil()
        if d is None:
            hasil[nama] = [f"tidak ada jendela setelah {nama_aksi}"]
            return
        lihat(nama, d)
        d.reject()
        _tunggu()

    # the main window with each editor page
    model = w.model
    for jenis in ("dokumen", "tujuan", "sasaran", "indikator"):
        k = next(
            (
                model.kunci(i)
                for i in _semua_indeks(model)
                if model.kunci(i) is not None and model.kunci(i)[0] == jenis
            ),
            None,
        )
        if k is not None:
            w.pilih(*k)
            lihat(f"utama-{jenis}", w)
    # the yearly pages, each in its own window
    aksi["aksiPengukuran"].trigger()
    _tunggu()
    lihat("pengukuran", w.jendela_pengukuran)  # type: ignore[attr-defined]
    w.jendela_pengukuran.close()  # type: ignore[attr-defined]
    for nama_aksi, atribut, nama in (
        ("aksiPerjanjianKinerja", "_jendela_pk", "pk"),
        ("aksiRingkasan", "_jendela_ringkasan", "ringkasan"),
        ("aksiRekapKabupaten", "_jendela_rekap", "rekap-kabupaten"),
    ):
        if nama_aksi not in aksi:
            continue
        aksi[nama_aksi].trigger()
        _tunggu()
        j = getattr(w, atribut)
        lihat(nama, j)
        j.close()
    from ikudesk.gui.survei.halaman import buka_survei

    ikm = next(i for i in ctl.dokumen.semua_indikator() if i.survei_ikm)
    j = buka_survei(w, ctl, int(ikm.id), max(ikm.survei_ikm))
    lihat("survei", j)
    s = ikm.survei_ikm[max(ikm.survei_ikm)]
    from ikudesk.files.survei_import import TabelImpor
    from ikudesk.gui.survei.impor_dialog import DialogImporSurvei

    kolom = ["Timestamp", *[f"Unsur {n + 1}" for n in range(len(s.unsur))], "Jenis kelamin"]
    contoh = [["1/2/2024", *["4"] * len(s.unsur), "L"] for _ in range(5)]
    d = DialogImporSurvei(TabelImpor("jawaban.csv", kolom, contoh, [2, 3, 4, 5, 6]), s, j)
    lihat("survei-impor", d)
    d.reject()
    j.close()
    # dialogs of the menus
    for nama_aksi, nama in (
        ("aksiCetak", "cetak"),
        ("aksiEksporPdf", "ekspor-pdf"),
        ("aksiKategori", "kategori"),
        ("aksiFormulirExcel", "excel-formulir"),
        ("aksiCadanganOtomatis", "cadangan-otomatis"),
        ("aksiPanduan", "panduan"),
        ("aksiTetapkan", "tetapkan"),
        ("aksiRiwayat", "riwayat"),
    ):
        picu(nama_aksi, nama)
    from ikudesk.assets import sample_documents
    from ikudesk.backup.archive import buat_cadangan
    from ikudesk.gui.backup_dialogs import DialogPulihkan
    from ikudesk.gui.dialogs.buka import DialogBuka
    from ikudesk.gui.dialogs.dokumen_baru import DialogDokumenBaru
    from ikudesk.gui.dialogs.mulai import DialogMulai
    from ikudesk.gui.dialogs.penandatangan import DialogPenandatangan
    from ikudesk.gui.dialogs.server import DialogServer
    from ikudesk.gui.dialogs.tentang import DialogTentang
    from ikudesk.gui.excel_actions import DialogPratinjau
    from ikudesk.gui.pdf_actions import pratinjau
    from ikudesk.gui.print_dialog import OpsiCetak
    from ikudesk.gui.word_import import DialogImporWord
    from tests.support.word_iku import tulis_docx

    lembar = baca_sumber(tulis_docx(baca_file(REPO / "data" / "sumbersuko.json"), tmp / "iku.docx"))
    dok = ctl.dokumen
    for nama, buat in (
        ("dokumen-baru", lambda: DialogDokumenBaru(w)),
        ("buka", lambda: DialogBuka(ctl.list_dokumen(), w)),
        ("mulai", lambda: DialogMulai(sample_documents(), w)),
        ("penandatangan", lambda: DialogPenandatangan(2023, dok.penandatangan, w)),
        ("server", lambda: DialogServer(None, w)),
        (
            "pulihkan",
            lambda: DialogPulihkan(buat_cadangan(store, tmp / "cadangan.ikubackup").info, w),
        ),
        ("tentang", lambda: DialogTentang(store.path, w.windowIcon(), w)),
        ("impor-word", lambda: DialogImporWord(lembar, kenali(lembar), w)),
        (
            "excel-pratinjau",
            lambda: DialogPratinjau(
                "Impor Formulir Isian",
                "12 nilai akan diubah.",
                [f"Indikator {n}: realisasi TW I 2024 → {n}" for n in range(40)],
                ["Satu baris tidak terbaca."],
                w,
            ),
        ),
    ):
        d = buat()
        lihat(nama, d)
        d.reject()
    pv = pratinjau(w, ctl, OpsiCetak(laporan="iku"))
    if pv is not None:
        lihat("pratinjau-cetak", pv)
        pv.reject()
    _tunggu()
    hasil_json.write_text(json.dumps(hasil, ensure_ascii=False, indent=1), encoding="utf-8")
    ctl.stack.clear()
    w.close()
    store.close()
    app.processEvents()
    return hasil


def _semua_indeks(model):  # noqa: ANN001, ANN202 - QAbstractItemModel → QModelIndex
    tumpuk = [model.index(r, 0) for r in range(model.rowCount())]
    while tumpuk:
        i = tumpuk.pop(0)
        yield i
        tumpuk += [model.index(r, 0, i) for r in range(model.rowCount(i))]


if __name__ == "__main__":
    hasil = jalankan(Path(sys.argv[1]), Path(sys.argv[2]) if len(sys.argv) > 2 else None)
    for nama, masalah in hasil.items():
        print(f"{nama}: {'; '.join(masalah) if masalah else 'baik'}")
