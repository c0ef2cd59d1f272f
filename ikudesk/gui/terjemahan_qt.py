"""Indonesian texts for the Qt built-in strings a user sees.

Qt's own translations are loaded for Indonesian when the Qt in use ships them (today it ships
none: there is no qtbase_id.qm). Where it does not, this translator answers from the tables
below: standard buttons, the context menu of text fields, and every label of the Qt dialogs the
program opens on Linux (file chooser, print dialog, page set-up, print preview, input dialog).
tests/gui/test_terjemahan.py opens each of those dialogs and fails on English words it knows.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

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
_DIALOG_BERKAS = {
    "&Choose": "&Pilih",
    "&Delete": "&Hapus",
    "&Look in:": "&Lihat di:",
    "&New Folder": "Folder &baru",
    "&Open": "&Buka",
    "&Rename": "&Ganti nama",
    "&Save": "&Simpan",
    "All Files (*)": "Semua berkas (*)",
    "Back": "Kembali",
    "Change to detail view mode": "Tampilan rinci",
    "Change to list view mode": "Tampilan daftar",
    "Create New Folder": "Buat folder baru",
    "Create a New Folder": "Buat folder baru",
    "Detail View": "Tampilan rinci",
    "Directories": "Folder",
    "Directory:": "Folder:",
    "File &name:": "&Nama berkas:",
    "Files": "Berkas",
    "Files of &type:": "&Jenis berkas:",
    "Forward": "Maju",
    "Go back": "Kembali",
    "Go forward": "Maju",
    "Go to the parent directory": "Ke folder di atasnya",
    "List View": "Tampilan daftar",
    "List of places and bookmarks": "Daftar tempat dan penanda",
    "Parent Directory": "Folder di atasnya",
    "Show ": "Tampilkan ",
    "Show &hidden files": "Tampilkan berkas &tersembunyi",
    "Sidebar": "Bilah samping",
    "New Folder": "Folder baru",
    "Open": "Buka",
    "Save As": "Simpan sebagai",
    "Find Directory": "Cari folder",
    "Recent Places": "Tempat terakhir",
    "Are you sure you want to delete '%1'?": "Yakin menghapus '%1'?",
    "%1 already exists.\nDo you want to replace it?": "%1 sudah ada.\nGanti berkas itu?",
    "%1\nFile not found.\nPlease verify the correct file name was given.": (
        "%1\nBerkas tidak ditemukan.\nPeriksa nama berkasnya."
    ),
    "%1\nDirectory not found.\nPlease verify the correct directory name was given.": (
        "%1\nFolder tidak ditemukan.\nPeriksa nama foldernya."
    ),
}
_MODEL_BERKAS = {
    "Computer": "Komputer",
    "Date Modified": "Tanggal diubah",
    "Name": "Nama",
    "Size": "Ukuran",
    "Type": "Jenis",
    "Kind": "Jenis",
    "My Computer": "Komputer",
}
_DIALOG_CETAK = {
    "&Options >>": "&Pilihan >>",
    "&Options <<": "&Pilihan <<",
    "&Print": "&Cetak",
    "Print": "Cetak",
    "All Pages": "Semua halaman",
    "Even Pages": "Halaman genap",
    "Odd Pages": "Halaman ganjil",
    "Local file": "Berkas lokal",
    "Print to File (PDF)": "Cetak ke berkas (PDF)",
    "Write PDF file": "Tulis berkas PDF",
    "Print To File ...": "Cetak ke berkas …",
    "Bottom to Top, Left to Right": "Bawah ke atas, kiri ke kanan",
    "Bottom to Top, Right to Left": "Bawah ke atas, kanan ke kiri",
    "Left to Right, Bottom to Top": "Kiri ke kanan, bawah ke atas",
    "Left to Right, Top to Bottom": "Kiri ke kanan, atas ke bawah",
    "Right to Left, Bottom to Top": "Kanan ke kiri, bawah ke atas",
    "Right to Left, Top to Bottom": "Kanan ke kiri, atas ke bawah",
    "Top to Bottom, Left to Right": "Atas ke bawah, kiri ke kanan",
    "Top to Bottom, Right to Left": "Atas ke bawah, kanan ke kiri",
}
_WIDGET_CETAK = {
    "&Name:": "&Nama:",
    "Form": "Formulir",
    "Location:": "Lokasi:",
    "Output &file:": "&Berkas keluaran:",
    "P&roperties": "P&roperti",
    "Preview": "Pratinjau",
    "Printer": "Pencetak",
    "Type:": "Jenis:",
}
_PENGATURAN_CETAK = {
    "Collate": "Susun per salinan",
    "Color": "Berwarna",
    "Color Mode": "Mode warna",
    "Copies": "Salinan",
    "Copies:": "Jumlah salinan:",
    "Current Page": "Halaman ini",
    "Double Sided Printing": "Cetak bolak-balik",
    "Form": "Formulir",
    "Grayscale": "Hitam putih",
    "Long side binding": "Jilid sisi panjang",
    "Off": "Mati",
    "Options": "Pilihan",
    "Output Settings": "Pengaturan keluaran",
    "Page &Set:": "Kumpulan &halaman:",
    "Pages": "Halaman",
    "Pages from": "Halaman dari",
    "Print all": "Cetak semua",
    "Print range": "Rentang cetak",
    "Reverse": "Urutan terbalik",
    "Selection": "Pilihan",
    "Short side binding": "Jilid sisi pendek",
    "Specify pages or ranges separated by commas. Ranges are specified by two numbers "
    "separated by a hyphen. E.g: 3,5-7,9 prints pages 3, 5, 6, 7 and 9.": (
        "Tulis halaman atau rentang, dipisah koma; rentang ditulis dua angka dengan tanda "
        "hubung. Mis. 3,5-7,9 mencetak halaman 3, 5, 6, 7 dan 9."
    ),
    "to": "sampai",
}
_ATUR_HALAMAN = {
    "Custom": "Ukuran sendiri",
    "Form": "Formulir",
    "Height:": "Tinggi:",
    "Inches (in)": "Inci (in)",
    "Landscape": "Mendatar",
    "Margins": "Margin",
    "Millimeters (mm)": "Milimeter (mm)",
    "Orientation": "Arah",
    "Page &order:": "&Urutan halaman:",
    "Page Layout": "Tata letak halaman",
    "Page size:": "Ukuran kertas:",
    "Pages &per sheet:": "Halaman &per lembar:",
    "Paper": "Kertas",
    "Paper source:": "Sumber kertas:",
    "Points (pt)": "Poin (pt)",
    "Portrait": "Tegak",
    "Reverse landscape": "Mendatar terbalik",
    "Reverse portrait": "Tegak terbalik",
    "Width:": "Lebar:",
    "bottom margin": "margin bawah",
    "left margin": "margin kiri",
    "right margin": "margin kanan",
    "top margin": "margin atas",
    "Page Setup": "Atur halaman",
}
_TABEL: dict[str, dict[str, str]] = {
    "QFileDialog": {**_TOMBOL, **_DIALOG_BERKAS},
    "QFileSystemModel": _MODEL_BERKAS,
    "QAbstractFileIconProvider": {"Drive": "Drive", "Folder": "Folder", "File": "Berkas"},
    "QPrintDialog": {**_TOMBOL, **_DIALOG_CETAK},
    "QPrintWidget": _WIDGET_CETAK,
    "QPrintSettingsOutput": _PENGATURAN_CETAK,
    "QPageSetupWidget": _ATUR_HALAMAN,
    "QPageSetupDialog": {**_TOMBOL, **_ATUR_HALAMAN},
    "QUnixPrintWidget": _WIDGET_CETAK,
    "QPrintPropertiesDialog": {**_TOMBOL, "Printer Properties": "Properti pencetak"},
    "QPrintPropertiesWidget": {"Page": "Halaman", "Advanced": "Lanjutan", "Form": "Formulir"},
    "QInputDialog": {"Enter a value:": "Isi nilai:"},
    "QTabBar": {"Scroll Left": "Geser ke kiri", "Scroll Right": "Geser ke kanan"},
    "QCalendarWidget": {"Previous Month": "Bulan sebelumnya", "Next Month": "Bulan berikutnya"},
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
        "Page Setup": "Atur halaman",
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
        "Left": "Kiri",
        "Right": "Kanan",
        "Space": "Spasi",
    },
}


class PenerjemahQt(QTranslator):
    # Qt's own Indonesian tables, when installed (kept here so they live as long as this one).
    qt_sendiri: QTranslator | None = None

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        # None is Qt's null string, "no translation here"; "" would blank the text out.
        return _TABEL.get(context, {}).get(source)

    def isEmpty(self) -> bool:  # noqa: N802 - Qt's name
        return False


def pasang(app: QCoreApplication) -> PenerjemahQt:
    """Install the translators (keep the returned object alive as long as the app).

    Qt's own Indonesian catalogue, when this Qt has one, is installed last: Qt asks the most
    recently installed translator first, so its texts win and the tables fill only the gaps.
    """
    p = PenerjemahQt(app)
    app.installTranslator(p)
    qt_sendiri = QTranslator(p)
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt_sendiri.load(QLocale(QLocale.Language.Indonesian), "qtbase", "_", folder):
        app.installTranslator(qt_sendiri)
    p.qt_sendiri = qt_sendiri if not qt_sendiri.isEmpty() else None
    return p
