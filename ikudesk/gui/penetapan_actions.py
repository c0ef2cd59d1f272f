"""The "Dokumen" menu: Tetapkan…, Buka revisi…, Riwayat… (issue 24).

Each change is an operation applied through the controller (one undo step, logged with the
user and time); the dialogs only collect what the operation needs and show what the store
holds. The main window calls ``pasang_menu_dokumen`` once.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QMainWindow,
    QMenu,
    QMessageBox,
    QTableWidgetItem,
    QWidget,
)

from ikudesk.errors import IkuError
from ikudesk.gui.dialogs.umum import dokumen_terbuka, pesan, tanya
from ikudesk.gui.forms.ui_dialog_riwayat import Ui_DialogRiwayat
from ikudesk.gui.forms.ui_dialog_tetapkan import Ui_DialogTetapkan
from ikudesk.gui.jendela_dasar import JendelaDasar
from ikudesk.gui.menu import buat_menu


class DialogTetapkan(QDialog):
    """Date, dasar and (from the second time on) the reason; OK applies ``Tetapkan``."""

    def __init__(self, controller: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctl = controller
        self.ui = Ui_DialogTetapkan()
        self.ui.setupUi(self)
        dok = controller.dokumen
        sebelumnya = dok.penetapan[-1] if dok.penetapan else None
        self.versi = sebelumnya.versi + 1 if sebelumnya else 1
        self.perlu_alasan = sebelumnya is not None
        self.setWindowTitle(f"Tetapkan versi {self.versi}")
        info = (
            f"Isi dokumen sekarang akan ditetapkan sebagai versi {self.versi}. Sesudahnya isi yang "
            "ditetapkan (susunan, nama, rumus, satuan, target tahunan, kepala dan penandatangan "
            "lembar IKU) hanya dapat dibaca sampai revisi dibuka."
        )
        if sebelumnya is not None:
            from ikudesk.domain.penetapan import label_versi

            info += f" Versi sebelumnya: {label_versi(sebelumnya)}."
        self.ui.infoLabel.setText(info)
        self.ui.alasanLabel.setVisible(self.perlu_alasan)
        self.ui.alasanEdit.setVisible(self.perlu_alasan)
        self.ui.pesanLabel.setVisible(False)
        self.ui.tombol.button(QDialogButtonBox.StandardButton.Ok).setText("&Tetapkan")
        self.ui.tombol.accepted.connect(self.tetapkan)

    def tetapkan(self) -> None:
        from ikudesk.l10n import baca_tanggal_ketikan_atau_none
        from ikudesk.session.operations import Tetapkan

        teks = self.ui.tanggalEdit.text().strip()
        tanggal = baca_tanggal_ketikan_atau_none(teks) if teks else None
        if not tanggal or len(tanggal) != 10:
            self._galat("Isi tanggal keputusan lengkap dengan harinya, mis. 5 Januari 2021.")
            self.ui.tanggalEdit.setFocus()
            return
        alasan = self.ui.alasanEdit.toPlainText().strip() if self.perlu_alasan else ""
        if self.perlu_alasan and not alasan:
            self._galat(f"Alasan revisi wajib diisi untuk versi {self.versi}.")
            self.ui.alasanEdit.setFocus()
            return
        try:
            self.ctl.apply(Tetapkan(tanggal, self.ui.dasarEdit.text().strip(), alasan))
        except IkuError as e:
            self._galat(e.pesan)
            return
        self.accept()

    def _galat(self, teks: str) -> None:
        self.ui.pesanLabel.setText(teks)
        self.ui.pesanLabel.setVisible(True)


class DialogRiwayat(QDialog):
    """The versions (date, dasar, reason), a comparison of two, and who changed what."""

    def __init__(self, controller: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctl = controller
        self.ui = Ui_DialogRiwayat()
        self.ui.setupUi(self)
        for tabel, judul in (
            (self.ui.versiTable, ["Versi", "Tanggal", "Dasar", "Alasan revisi"]),
            (self.ui.perubahanTable, ["Waktu", "Oleh", "Perubahan"]),
        ):
            tabel.setColumnCount(len(judul))
            tabel.setHorizontalHeaderLabels(judul)
            tabel.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            tabel.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
            tabel.verticalHeader().setVisible(False)
            tabel.horizontalHeader().setSectionResizeMode(
                len(judul) - 1, QHeaderView.ResizeMode.Stretch
            )
        self.ui.bandingButton.clicked.connect(self.bandingkan)
        self.muat()

    def muat(self) -> None:
        from ikudesk.l10n import format_tanggal
        from ikudesk.persistence.riwayat import load_riwayat

        dok = self.ctl.dokumen
        r = load_riwayat(self.ctl.store, dok.id)
        status = "ditetapkan" if r.dokumen.ditetapkan else "draf"
        session = self.ctl.session
        if session is not None and session.signed_content_changed() is not None:
            status += ", tetapi isinya telah diubah di luar program (bukan isi versi terakhir)"
        if r.versi:
            self.ui.statusLabel.setText(
                f"{r.dokumen.profil.instansi}: {len(r.versi)} versi ditetapkan; sekarang {status}."
            )
        else:
            self.ui.statusLabel.setText(
                f"{r.dokumen.profil.instansi}: belum pernah ditetapkan (Dokumen → Tetapkan…)."
            )
        t = self.ui.versiTable
        t.setRowCount(len(r.versi))
        for i, p in enumerate(r.versi):
            for j, teks in enumerate((str(p.versi), format_tanggal(p.tanggal), p.dasar, p.alasan)):
                t.setItem(i, j, QTableWidgetItem(teks))
        t.resizeColumnsToContents()
        t = self.ui.perubahanTable
        t.setRowCount(len(r.perubahan))
        for i, c in enumerate(reversed(r.perubahan)):  # newest first
            for j, teks in enumerate((c.waktu.replace("T", " "), c.oleh, c.uraian)):
                t.setItem(i, j, QTableWidgetItem(teks))
        t.resizeColumnsToContents()
        for combo in (self.ui.dariCombo, self.ui.keCombo):
            combo.clear()
            for p in r.versi:
                combo.addItem(f"Versi {p.versi}", p.versi)
            combo.addItem("Isi sekarang", None)
        if r.versi:
            self.ui.dariCombo.setCurrentIndex(len(r.versi) - 1)
            self.ui.keCombo.setCurrentIndex(len(r.versi))
        self.ui.bandingButton.setEnabled(bool(r.versi))

    def bandingkan(self) -> None:
        from ikudesk.files.banding import banding
        from ikudesk.persistence.riwayat import load_dokumen_versi

        dok = self.ctl.dokumen
        try:
            a, b = self.ui.dariCombo.currentData(), self.ui.keCombo.currentData()
            lama = dok if a is None else load_dokumen_versi(self.ctl.store, dok.id, a)
            baru = dok if b is None else load_dokumen_versi(self.ctl.store, dok.id, b)
        except IkuError as e:
            self.ui.bandingText.setPlainText(e.pesan)
            return
        baris = banding(lama, baru)
        self.ui.bandingText.setPlainText(
            "\n".join(f"• {t}" for t in baris) or "Tidak ada perubahan pada isi yang ditetapkan."
        )


def status_penetapan(dok: Any, diubah_luar: bool = False) -> str:
    """' · ditetapkan versi 2' / ' · draf revisi (dari versi 2)' for the status line; ''.
    ``diubah_luar``: the signed content no longer is what version 2 fingerprints."""
    if not dok.penetapan:
        return ""
    n = dok.penetapan[-1].versi
    if not dok.ditetapkan:
        return f" · draf revisi (dari versi {n})"
    if diubah_luar:
        return f" · ditetapkan versi {n}, tetapi isinya diubah di luar program"
    return f" · ditetapkan versi {n}"


def _perlu_dokumen(window: QMainWindow, controller: Any) -> bool:
    return dokumen_terbuka(window, controller, "pesanDokumen") is not None


def tetapkan(window: QMainWindow, controller: Any) -> DialogTetapkan | None:
    if not _perlu_dokumen(window, controller):
        return None
    dok = controller.dokumen
    if dok.ditetapkan:
        pesan(
            window,
            QMessageBox.Icon.Information,
            f"Dokumen ini sudah ditetapkan (versi {dok.penetapan[-1].versi}). Untuk menetapkan "
            "versi baru, buka revisi lebih dulu: Dokumen → Buka revisi…",
            "pesanPenetapan",
        )
        return None
    dialog = DialogTetapkan(controller, window)
    dialog.open()
    return dialog


def buka_revisi(window: QMainWindow, controller: Any) -> None:
    from ikudesk.session.operations import BukaRevisi

    if not _perlu_dokumen(window, controller):
        return
    dok = controller.dokumen
    if not dok.ditetapkan:
        pesan(
            window,
            QMessageBox.Icon.Information,
            "Dokumen ini belum ditetapkan (masih draf).",
            "pesanPenetapan",
        )
        return
    try:
        controller.apply(BukaRevisi())
    except IkuError as e:
        pesan(window, QMessageBox.Icon.Warning, e.pesan, "pesanPenetapan")
        return
    controller.message.emit(
        f"Revisi dibuka: dokumen kembali draf. Tetapkan sebagai versi "
        f"{dok.penetapan[-1].versi + 1} bila sudah selesai (Dokumen → Tetapkan…)."
    )


def riwayat(window: QMainWindow, controller: Any) -> DialogRiwayat | None:
    if not _perlu_dokumen(window, controller):
        return None
    dialog = DialogRiwayat(controller, window)
    dialog.open()
    return dialog


def pasang_menu_dokumen(window: JendelaDasar, controller: Any) -> QMenu:
    """A "Dokumen" menu after Sunting."""
    menu = buat_menu(
        window,
        "&Dokumen",
        "menuDokumen",
        [
            ("aksiTetapkan", "&Tetapkan…", tetapkan),
            ("aksiBukaRevisi", "&Buka revisi…", buka_revisi),
            ("aksiRiwayat", "&Riwayat…", riwayat),
        ],
        lambda fn: fn(window, controller),
    )

    def perbarui(*_: object) -> None:
        dok = controller.dokumen
        ada = dok is not None
        for a in menu.actions():
            a.setEnabled(ada)
        if dok is not None:
            menu.actions()[0].setEnabled(not dok.ditetapkan)
            menu.actions()[1].setEnabled(dok.ditetapkan)

    controller.dokumen_opened.connect(perbarui)
    controller.part_changed.connect(perbarui)
    perbarui()
    controller.confirm = lambda judul, teks: tanya(window, judul, teks, "Ya, batalkan", "Jangan")
    bar = window.menuBar()
    aksi_bar = bar.actions()
    sunting = next(
        (i for i, a in enumerate(aksi_bar) if a.menu() is window.ui.menuSunting),
        None,
    )
    sebelum = aksi_bar[sunting + 1] if sunting is not None and sunting + 1 < len(aksi_bar) else None
    bar.insertMenu(sebelum, menu) if sebelum is not None else bar.addMenu(menu)
    return menu
