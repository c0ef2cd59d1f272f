"""``ikudesk --smoke``: proof that a build really works.

The smoke run goes through the real parts a user meets, in the real bundle: the main window on a
store (``--db``, or a fresh one in a temporary folder), a sample document imported and shown,
every registered report written as PDF by the report module and read back with pdfium, a
backup written and verified by the backup module. Its result reads as a short Indonesian
summary, which ``ikudesk --smoke`` (``ikudesk.cli.window``) prints with exit status 0; any
failure there is one line on stderr and 1. The files go to a temporary folder that is removed
afterwards; a ``--db`` store keeps the imported sample. The start-up timing mode is
``ikudesk.gui.startup``.
"""

from __future__ import annotations

import os
import sys
import time
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

__all__ = ["HasilSmoke", "SmokeGagal", "smoke"]


@dataclass(frozen=True)
class HasilSmoke:
    store: Path
    sementara: bool  # the store was a fresh one in a temporary folder (now removed)
    instansi: str
    indikator: int
    pdf_halaman: int
    pdf_bita: int
    laporan: tuple[str, ...]  # every registered report, each printed and read back
    cadangan_dokumen: int
    cadangan_bita: int
    detik: float
    data_folder: Path

    def ringkasan(self) -> str:
        from ikudesk.l10n import format_angka

        return "\n".join(
            [
                "Uji cepat IKU Desk berhasil:",
                f"  penyimpanan : {self.store}" + (" (sementara)" if self.sementara else ""),
                f"  dokumen     : {self.instansi} ({format_angka(self.indikator)} indikator)",
                f"  PDF         : {format_angka(self.pdf_halaman)} halaman, "
                f"{format_angka(self.pdf_bita)} bita (laporan: {', '.join(self.laporan)})",
                f"  cadangan    : {format_angka(self.cadangan_dokumen)} dokumen, "
                f"{format_angka(self.cadangan_bita)} bita, lolos pemeriksaan",
                f"  folder data : {self.data_folder} (kotak Tentang benar)",
                f"  waktu       : {format_angka(Decimal(f'{self.detik:.2f}'))} detik",
            ]
        )


class SmokeGagal(Exception):
    """A smoke step found something wrong (the message says which, in Indonesian)."""


def _tunggu(app: Any, syarat: Any, batas: float = 10.0) -> None:
    """Run the event loop until ``syarat()`` holds; fail after ``batas`` seconds."""
    akhir = time.monotonic() + batas
    while not syarat():
        if time.monotonic() > akhir:
            raise SmokeGagal(f"jendela tidak siap dalam {batas:g} detik")
        app.processEvents()
        time.sleep(0.005)


def _halaman_pdf(path: Path) -> int:
    """Pages as pdfium counts them: it reads the file the way the print preview does."""
    import pypdfium2

    pdf = pypdfium2.PdfDocument(str(path))
    try:
        return len(pdf)
    finally:
        pdf.close()


def _periksa_tentang(window: Any, path_store: Path) -> None:
    """The About box names this version and the data folder, which is never the program's."""
    from ikudesk import __version__
    from ikudesk.gui.dialogs.tentang import DialogTentang
    from ikudesk.persistence.store import data_folder, default_store_path

    folder = data_folder()
    program = Path(sys.executable).resolve().parent
    if folder.resolve().is_relative_to(program) or default_store_path().parent != folder:
        raise SmokeGagal(f"folder data {folder} berada di folder program {program}")
    dialog = DialogTentang(path_store, window.windowIcon(), window)
    try:
        teks = dialog.ui.teks.text()
        if __version__ not in teks or dialog.ui.isiFolder.text() != str(folder):
            raise SmokeGagal("kotak Tentang tidak menyebut versi atau folder data")
    finally:
        dialog.deleteLater()


def smoke(db: str | os.PathLike[str] | None, kerja: Path) -> HasilSmoke:
    """The smoke run; its files go to ``kerja``. Raises on the first thing that is wrong."""
    from PySide6.QtWidgets import QApplication

    from ikudesk.assets import sample_documents
    from ikudesk.backup.archive import buat_cadangan, periksa_cadangan
    from ikudesk.errors import IkuError
    from ikudesk.files.docfile import baca_file
    from ikudesk.gui.controller import DocumentController
    from ikudesk.gui.main_window import MainWindow
    from ikudesk.persistence.kategori_store import load_kategori
    from ikudesk.persistence.store import data_folder, open_store
    from ikudesk.report import tulis_pdf
    from ikudesk.report.registry import LAPORAN, LAPORAN_BAWAAN

    mulai = time.monotonic()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    contoh = sample_documents()
    if not contoh:
        raise SmokeGagal("tidak ada dokumen contoh di folder data/ program")
    path_store = Path(db) if db else kerja / "ikudesk.sqlite"
    store = open_store(path_store)
    controller = DocumentController(store)
    window = MainWindow(controller)
    try:
        window.show()
        _tunggu(app, window.isVisible)

        harapan = baca_file(contoh[0])
        dokumen_id = controller.import_file(contoh[0])
        _tunggu(app, lambda: controller.dokumen is not None)
        dok = controller.dokumen
        if dok is None or dok.id != dokumen_id:
            raise SmokeGagal("dokumen contoh tidak terbuka di jendela")
        if dok.profil.instansi != harapan.profil.instansi:
            raise SmokeGagal(
                f"jendela membuka '{dok.profil.instansi}', bukan '{harapan.profil.instansi}'"
            )
        if window.model.rowCount() == 0:
            raise SmokeGagal("pohon dokumen di jendela kosong")
        jumlah_indikator = sum(1 for _ in dok.semua_indikator())

        kategori = load_kategori(store)
        for kode in LAPORAN:
            pdf = kerja / ("smoke.pdf" if kode == LAPORAN_BAWAAN else f"smoke-{kode}.pdf")
            # A report the open sample cannot print (no PK, no survey, no year: refused as in
            # the window) is printed from the first sample that can.
            n = 0
            for sumber in [dok, *map(baca_file, contoh)]:
                try:
                    n = tulis_pdf(sumber, pdf, laporan=kode, kategori=kategori)
                    break
                except IkuError:
                    continue
            if not n:
                raise SmokeGagal(f"laporan {kode} tidak dapat dicetak dari contoh mana pun")
            isi_pdf = pdf.read_bytes()
            if not isi_pdf.startswith(b"%PDF-"):
                raise SmokeGagal(f"{pdf} bukan berkas PDF")
            dibaca = _halaman_pdf(pdf)
            if n < 1 or dibaca != n:
                raise SmokeGagal(f"PDF {kode} berisi {dibaca} halaman, laporan menyebut {n}")
            if kode == LAPORAN_BAWAAN:
                halaman, isi = n, isi_pdf

        _periksa_tentang(window, path_store)

        hasil = buat_cadangan(store, kerja)
        info = periksa_cadangan(hasil.path)
        if not any(d.instansi == dok.profil.instansi for d in info.dokumen):
            raise SmokeGagal(f"cadangan {hasil.path} tidak memuat dokumen contoh")
        return HasilSmoke(
            store=path_store,
            sementara=not db,
            instansi=dok.profil.instansi,
            indikator=jumlah_indikator,
            pdf_halaman=halaman,
            pdf_bita=len(isi),
            laporan=tuple(LAPORAN),
            cadangan_dokumen=len(info.dokumen),
            cadangan_bita=hasil.path.stat().st_size,
            detik=time.monotonic() - mulai,
            data_folder=data_folder(),
        )
    finally:
        window.close()  # the normal close: layout saved, the day's automatic backup
        window.deleteLater()
        app.processEvents()
        if controller._store is not None:
            controller.store.close()
