"""Indonesian texts for the few Qt built-in strings a user sees.

Qt ships no Indonesian translation, so standard buttons ("OK", "Cancel") and the context menu
of text fields would be English. This translator answers those strings from a small table.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QTranslator

_TOMBOL = {
    "OK": "OK",
    "&OK": "&OK",
    "Cancel": "Batal",
    "&Cancel": "&Batal",
    "Close": "Tutup",
    "&Close": "&Tutup",
    "Open": "Buka",
    "&Open": "&Buka",
    "Save": "Simpan",
    "&Save": "&Simpan",
    "Yes": "Ya",
    "&Yes": "&Ya",
    "No": "Tidak",
    "&No": "&Tidak",
    "Yes to &All": "Ya untuk &semua",
    "N&o to All": "&Tidak untuk semua",
    "Apply": "Terapkan",
    "Reset": "Atur ulang",
    "Help": "Bantuan",
    "Discard": "Buang",
    "Don't Save": "Jangan simpan",
    "Close without Saving": "Tutup tanpa menyimpan",
    "Abort": "Hentikan",
    "Retry": "Coba lagi",
    "Ignore": "Abaikan",
    "Restore Defaults": "Kembalikan bawaan",
    "Save All": "Simpan semua",
}
_MENU_TEKS = {
    "&Undo": "&Urungkan",
    "&Redo": "&Ulangi",
    "Cu&t": "Po&tong",
    "&Copy": "&Salin",
    "Copy &Link Location": "Salin &alamat tautan",
    "&Paste": "T&empel",
    "Delete": "Hapus",
    "Select All": "Pilih semua",
    "&Select All": "&Pilih semua",
    "&Step up": "&Naikkan",
    "Step &down": "&Turunkan",
    "Insert Unicode control character": "Sisipkan karakter kendali Unicode",
}
_TABEL: dict[str, dict[str, str]] = {
    "QPlatformTheme": _TOMBOL,
    "QDialogButtonBox": _TOMBOL,
    "QMessageBox": {**_TOMBOL, "Show Details...": "Rincian...", "Hide Details...": "Sembunyikan"},
    "QLineEdit": _MENU_TEKS,
    "QWidgetTextControl": _MENU_TEKS,
    "QAbstractSpinBox": _MENU_TEKS,
    # The print preview's tool bar (Cetak…).
    "QPrintPreviewDialog": {
        "Print Preview": "Pratinjau Cetak",
        "Next page": "Halaman berikutnya",
        "Previous page": "Halaman sebelumnya",
        "First page": "Halaman pertama",
        "Last page": "Halaman terakhir",
        "Fit width": "Sesuaikan lebar",
        "Fit page": "Sesuaikan halaman",
        "Zoom in": "Perbesar",
        "Zoom out": "Perkecil",
        "Portrait": "Tegak",
        "Landscape": "Mendatar",
        "Show single page": "Satu halaman",
        "Show facing pages": "Dua halaman berhadapan",
        "Show overview of all pages": "Semua halaman",
        "Print": "Cetak",
        "Page setup": "Atur halaman",
        "Close": "Tutup",
    },
    "QShortcut": {
        "Ins": "Ins",
        "Del": "Del",
        "Up": "Atas",
        "Down": "Bawah",
        "Ctrl": "Ctrl",
        "Shift": "Shift",
        "Alt": "Alt",
    },
}


class PenerjemahQt(QTranslator):
    def translate(  # type: ignore[override]
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        # None is Qt's null string, "no translation here"; "" would blank the text out.
        return _TABEL.get(context, {}).get(source)

    def isEmpty(self) -> bool:  # noqa: N802 - Qt's name
        return False


def pasang(app: QCoreApplication) -> PenerjemahQt:
    """Install the translator (keep the returned object alive as long as the app)."""
    p = PenerjemahQt(app)
    app.installTranslator(p)
    return p
