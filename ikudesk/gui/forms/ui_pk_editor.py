# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'pk_editor.ui'
##
## Created by: Qt User Interface Compiler (pyside6-uic)
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QComboBox, QFormLayout, QGroupBox,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QPlainTextEdit, QPushButton, QSizePolicy, QSpacerItem,
    QTabWidget, QTreeWidget, QTreeWidgetItem, QVBoxLayout,
    QWidget)

from ikudesk.gui.editors.nip_field import NipEdit

class Ui_EditorPk(object):
    def setupUi(self, EditorPk):
        if not EditorPk.objectName():
            EditorPk.setObjectName(u"EditorPk")
        self.akar = QVBoxLayout(EditorPk)
        self.akar.setObjectName(u"akar")
        self.barisAtas = QHBoxLayout()
        self.barisAtas.setObjectName(u"barisAtas")
        self.tahunLabel = QLabel(EditorPk)
        self.tahunLabel.setObjectName(u"tahunLabel")

        self.barisAtas.addWidget(self.tahunLabel)

        self.tahunCombo = QComboBox(EditorPk)
        self.tahunCombo.setObjectName(u"tahunCombo")

        self.barisAtas.addWidget(self.tahunCombo)

        self.pkLabel = QLabel(EditorPk)
        self.pkLabel.setObjectName(u"pkLabel")

        self.barisAtas.addWidget(self.pkLabel)

        self.pkCombo = QComboBox(EditorPk)
        self.pkCombo.setObjectName(u"pkCombo")
        self.pkCombo.setMinimumContentsLength(16)

        self.barisAtas.addWidget(self.pkCombo)

        self.pengisiAtas = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.barisAtas.addItem(self.pengisiAtas)

        self.buatTombol = QPushButton(EditorPk)
        self.buatTombol.setObjectName(u"buatTombol")

        self.barisAtas.addWidget(self.buatTombol)

        self.perubahanTombol = QPushButton(EditorPk)
        self.perubahanTombol.setObjectName(u"perubahanTombol")

        self.barisAtas.addWidget(self.perubahanTombol)

        self.hapusPkTombol = QPushButton(EditorPk)
        self.hapusPkTombol.setObjectName(u"hapusPkTombol")

        self.barisAtas.addWidget(self.hapusPkTombol)


        self.akar.addLayout(self.barisAtas)

        self.infoLabel = QLabel(EditorPk)
        self.infoLabel.setObjectName(u"infoLabel")
        self.infoLabel.setWordWrap(True)

        self.akar.addWidget(self.infoLabel)

        self.tab = QTabWidget(EditorPk)
        self.tab.setObjectName(u"tab")
        self.halamanPernyataan = QWidget()
        self.halamanPernyataan.setObjectName(u"halamanPernyataan")
        self.pernyataanHalTata = QHBoxLayout(self.halamanPernyataan)
        self.pernyataanHalTata.setObjectName(u"pernyataanHalTata")
        self.kiriTata = QVBoxLayout()
        self.kiriTata.setObjectName(u"kiriTata")
        self.ttdGroup = QGroupBox(self.halamanPernyataan)
        self.ttdGroup.setObjectName(u"ttdGroup")
        self.ttdForm = QFormLayout(self.ttdGroup)
        self.ttdForm.setObjectName(u"ttdForm")
        self.tempatLabel = QLabel(self.ttdGroup)
        self.tempatLabel.setObjectName(u"tempatLabel")

        self.ttdForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.tempatLabel)

        self.tempatEdit = QLineEdit(self.ttdGroup)
        self.tempatEdit.setObjectName(u"tempatEdit")

        self.ttdForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.tempatEdit)

        self.tanggalLabel = QLabel(self.ttdGroup)
        self.tanggalLabel.setObjectName(u"tanggalLabel")

        self.ttdForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.tanggalLabel)

        self.tanggalEdit = QLineEdit(self.ttdGroup)
        self.tanggalEdit.setObjectName(u"tanggalEdit")

        self.ttdForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.tanggalEdit)

        self.tanggalPesan = QLabel(self.ttdGroup)
        self.tanggalPesan.setObjectName(u"tanggalPesan")
        self.tanggalPesan.setWordWrap(True)

        self.ttdForm.setWidget(2, QFormLayout.ItemRole.SpanningRole, self.tanggalPesan)


        self.kiriTata.addWidget(self.ttdGroup)

        self.pertamaGroup = QGroupBox(self.halamanPernyataan)
        self.pertamaGroup.setObjectName(u"pertamaGroup")
        self.pertamaForm = QFormLayout(self.pertamaGroup)
        self.pertamaForm.setObjectName(u"pertamaForm")
        self.statusLabel = QLabel(self.pertamaGroup)
        self.statusLabel.setObjectName(u"statusLabel")

        self.pertamaForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.statusLabel)

        self.statusCombo = QComboBox(self.pertamaGroup)
        self.statusCombo.setObjectName(u"statusCombo")

        self.pertamaForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.statusCombo)

        self.jabatanLabel = QLabel(self.pertamaGroup)
        self.jabatanLabel.setObjectName(u"jabatanLabel")

        self.pertamaForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.jabatanLabel)

        self.jabatanEdit = QLineEdit(self.pertamaGroup)
        self.jabatanEdit.setObjectName(u"jabatanEdit")

        self.pertamaForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.jabatanEdit)

        self.namaLabel = QLabel(self.pertamaGroup)
        self.namaLabel.setObjectName(u"namaLabel")

        self.pertamaForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.namaLabel)

        self.namaEdit = QLineEdit(self.pertamaGroup)
        self.namaEdit.setObjectName(u"namaEdit")

        self.pertamaForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.namaEdit)

        self.pangkatLabel = QLabel(self.pertamaGroup)
        self.pangkatLabel.setObjectName(u"pangkatLabel")

        self.pertamaForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.pangkatLabel)

        self.pangkatEdit = QLineEdit(self.pertamaGroup)
        self.pangkatEdit.setObjectName(u"pangkatEdit")

        self.pertamaForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.pangkatEdit)

        self.nipLabel = QLabel(self.pertamaGroup)
        self.nipLabel.setObjectName(u"nipLabel")

        self.pertamaForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.nipLabel)

        self.nipEdit = NipEdit(self.pertamaGroup)
        self.nipEdit.setObjectName(u"nipEdit")

        self.pertamaForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.nipEdit)

        self.nipPesan = QLabel(self.pertamaGroup)
        self.nipPesan.setObjectName(u"nipPesan")
        self.nipPesan.setWordWrap(True)

        self.pertamaForm.setWidget(5, QFormLayout.ItemRole.SpanningRole, self.nipPesan)

        self.ambilTtdTombol = QPushButton(self.pertamaGroup)
        self.ambilTtdTombol.setObjectName(u"ambilTtdTombol")

        self.pertamaForm.setWidget(6, QFormLayout.ItemRole.SpanningRole, self.ambilTtdTombol)


        self.kiriTata.addWidget(self.pertamaGroup)

        self.keduaGroup = QGroupBox(self.halamanPernyataan)
        self.keduaGroup.setObjectName(u"keduaGroup")
        self.keduaForm = QFormLayout(self.keduaGroup)
        self.keduaForm.setObjectName(u"keduaForm")
        self.jabatanKeduaLabel = QLabel(self.keduaGroup)
        self.jabatanKeduaLabel.setObjectName(u"jabatanKeduaLabel")

        self.keduaForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.jabatanKeduaLabel)

        self.jabatanKeduaCombo = QComboBox(self.keduaGroup)
        self.jabatanKeduaCombo.setObjectName(u"jabatanKeduaCombo")
        self.jabatanKeduaCombo.setEditable(True)

        self.keduaForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.jabatanKeduaCombo)

        self.namaKeduaLabel = QLabel(self.keduaGroup)
        self.namaKeduaLabel.setObjectName(u"namaKeduaLabel")

        self.keduaForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.namaKeduaLabel)

        self.namaKeduaEdit = QLineEdit(self.keduaGroup)
        self.namaKeduaEdit.setObjectName(u"namaKeduaEdit")

        self.keduaForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.namaKeduaEdit)

        self.keduaInfo = QLabel(self.keduaGroup)
        self.keduaInfo.setObjectName(u"keduaInfo")
        self.keduaInfo.setWordWrap(True)

        self.keduaForm.setWidget(2, QFormLayout.ItemRole.SpanningRole, self.keduaInfo)


        self.kiriTata.addWidget(self.keduaGroup)


        self.pernyataanHalTata.addLayout(self.kiriTata)

        self.pernyataanGroup = QGroupBox(self.halamanPernyataan)
        self.pernyataanGroup.setObjectName(u"pernyataanGroup")
        self.pernyataanTata = QVBoxLayout(self.pernyataanGroup)
        self.pernyataanTata.setObjectName(u"pernyataanTata")
        self.pernyataanEdit = QPlainTextEdit(self.pernyataanGroup)
        self.pernyataanEdit.setObjectName(u"pernyataanEdit")
        self.pernyataanEdit.setTabChangesFocus(True)

        self.pernyataanTata.addWidget(self.pernyataanEdit)

        self.pernyataanBaris = QHBoxLayout()
        self.pernyataanBaris.setObjectName(u"pernyataanBaris")
        self.pernyataanInfo = QLabel(self.pernyataanGroup)
        self.pernyataanInfo.setObjectName(u"pernyataanInfo")
        self.pernyataanInfo.setWordWrap(True)

        self.pernyataanBaris.addWidget(self.pernyataanInfo)

        self.pengisiPernyataan = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.pernyataanBaris.addItem(self.pengisiPernyataan)

        self.bakuTombol = QPushButton(self.pernyataanGroup)
        self.bakuTombol.setObjectName(u"bakuTombol")

        self.pernyataanBaris.addWidget(self.bakuTombol)


        self.pernyataanTata.addLayout(self.pernyataanBaris)


        self.pernyataanHalTata.addWidget(self.pernyataanGroup)

        self.pernyataanHalTata.setStretch(0, 2)
        self.pernyataanHalTata.setStretch(1, 3)
        self.tab.addTab(self.halamanPernyataan, "")
        self.halamanProgram = QWidget()
        self.halamanProgram.setObjectName(u"halamanProgram")
        self.programTata = QVBoxLayout(self.halamanProgram)
        self.programTata.setObjectName(u"programTata")
        self.tombolPohon = QHBoxLayout()
        self.tombolPohon.setObjectName(u"tombolPohon")
        self.tambahProgramTombol = QPushButton(self.halamanProgram)
        self.tambahProgramTombol.setObjectName(u"tambahProgramTombol")

        self.tombolPohon.addWidget(self.tambahProgramTombol)

        self.tambahKegiatanTombol = QPushButton(self.halamanProgram)
        self.tambahKegiatanTombol.setObjectName(u"tambahKegiatanTombol")

        self.tombolPohon.addWidget(self.tambahKegiatanTombol)

        self.tambahSubTombol = QPushButton(self.halamanProgram)
        self.tambahSubTombol.setObjectName(u"tambahSubTombol")

        self.tombolPohon.addWidget(self.tambahSubTombol)

        self.hapusBarisTombol = QPushButton(self.halamanProgram)
        self.hapusBarisTombol.setObjectName(u"hapusBarisTombol")

        self.tombolPohon.addWidget(self.hapusBarisTombol)

        self.naikTombol = QPushButton(self.halamanProgram)
        self.naikTombol.setObjectName(u"naikTombol")

        self.tombolPohon.addWidget(self.naikTombol)

        self.turunTombol = QPushButton(self.halamanProgram)
        self.turunTombol.setObjectName(u"turunTombol")

        self.tombolPohon.addWidget(self.turunTombol)

        self.pengisiPohon = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.tombolPohon.addItem(self.pengisiPohon)


        self.programTata.addLayout(self.tombolPohon)

        self.programPohon = QTreeWidget(self.halamanProgram)
        self.programPohon.setObjectName(u"programPohon")
        self.programPohon.setAlternatingRowColors(True)
        self.programPohon.setUniformRowHeights(True)

        self.programTata.addWidget(self.programPohon)

        self.totalLabel = QLabel(self.halamanProgram)
        self.totalLabel.setObjectName(u"totalLabel")
        self.totalLabel.setWordWrap(True)

        self.programTata.addWidget(self.totalLabel)

        self.peringatanLabel = QLabel(self.halamanProgram)
        self.peringatanLabel.setObjectName(u"peringatanLabel")
        self.peringatanLabel.setWordWrap(True)

        self.programTata.addWidget(self.peringatanLabel)

        self.programInfo = QLabel(self.halamanProgram)
        self.programInfo.setObjectName(u"programInfo")
        self.programInfo.setWordWrap(True)

        self.programTata.addWidget(self.programInfo)

        self.programTata.setStretch(1, 1)
        self.tab.addTab(self.halamanProgram, "")
        self.halamanLampiran = QWidget()
        self.halamanLampiran.setObjectName(u"halamanLampiran")
        self.lampiranTata = QVBoxLayout(self.halamanLampiran)
        self.lampiranTata.setObjectName(u"lampiranTata")
        self.lampiranInfo = QLabel(self.halamanLampiran)
        self.lampiranInfo.setObjectName(u"lampiranInfo")
        self.lampiranInfo.setWordWrap(True)

        self.lampiranTata.addWidget(self.lampiranInfo)

        self.lampiranPohon = QTreeWidget(self.halamanLampiran)
        self.lampiranPohon.setObjectName(u"lampiranPohon")
        self.lampiranPohon.setAlternatingRowColors(True)

        self.lampiranTata.addWidget(self.lampiranPohon)

        self.tab.addTab(self.halamanLampiran, "")

        self.akar.addWidget(self.tab)

        self.akar.setStretch(2, 1)
#if QT_CONFIG(shortcut)
        self.tahunLabel.setBuddy(self.tahunCombo)
        self.pkLabel.setBuddy(self.pkCombo)
        self.tempatLabel.setBuddy(self.tempatEdit)
        self.tanggalLabel.setBuddy(self.tanggalEdit)
        self.statusLabel.setBuddy(self.statusCombo)
        self.jabatanLabel.setBuddy(self.jabatanEdit)
        self.namaLabel.setBuddy(self.namaEdit)
        self.pangkatLabel.setBuddy(self.pangkatEdit)
        self.nipLabel.setBuddy(self.nipEdit)
        self.jabatanKeduaLabel.setBuddy(self.jabatanKeduaCombo)
        self.namaKeduaLabel.setBuddy(self.namaKeduaEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(EditorPk)

        QMetaObject.connectSlotsByName(EditorPk)
    # setupUi

    def retranslateUi(self, EditorPk):
        EditorPk.setWindowTitle(QCoreApplication.translate("EditorPk", u"Perjanjian Kinerja", None))
        self.tahunLabel.setText(QCoreApplication.translate("EditorPk", u"&Tahun:", None))
        self.pkLabel.setText(QCoreApplication.translate("EditorPk", u"&PK:", None))
        self.buatTombol.setText(QCoreApplication.translate("EditorPk", u"Buat PK", None))
#if QT_CONFIG(tooltip)
        self.buatTombol.setToolTip(QCoreApplication.translate("EditorPk", u"Buat Perjanjian Kinerja tahun ini dari penandatangan dokumen", None))
#endif // QT_CONFIG(tooltip)
        self.perubahanTombol.setText(QCoreApplication.translate("EditorPk", u"Buat PK &Perubahan", None))
#if QT_CONFIG(tooltip)
        self.perubahanTombol.setToolTip(QCoreApplication.translate("EditorPk", u"Salin PK yang dipilih sebagai PK Perubahan berikutnya", None))
#endif // QT_CONFIG(tooltip)
        self.hapusPkTombol.setText(QCoreApplication.translate("EditorPk", u"Hapus PK", None))
#if QT_CONFIG(tooltip)
        self.hapusPkTombol.setToolTip(QCoreApplication.translate("EditorPk", u"Hapus PK yang dipilih (dapat diurungkan)", None))
#endif // QT_CONFIG(tooltip)
        self.infoLabel.setText("")
        self.ttdGroup.setTitle(QCoreApplication.translate("EditorPk", u"Tempat dan tanggal penandatanganan", None))
        self.tempatLabel.setText(QCoreApplication.translate("EditorPk", u"T&empat:", None))
        self.tanggalLabel.setText(QCoreApplication.translate("EditorPk", u"Tangga&l:", None))
        self.tanggalEdit.setPlaceholderText(QCoreApplication.translate("EditorPk", u"TTTT-BB-HH, mis. 2023-01-02", None))
        self.tanggalPesan.setText("")
        self.pertamaGroup.setTitle(QCoreApplication.translate("EditorPk", u"Pihak pertama", None))
        self.statusLabel.setText(QCoreApplication.translate("EditorPk", u"St&atus:", None))
        self.jabatanLabel.setText(QCoreApplication.translate("EditorPk", u"&Jabatan:", None))
        self.jabatanEdit.setPlaceholderText(QCoreApplication.translate("EditorPk", u"mis. CAMAT PAKONG", None))
        self.namaLabel.setText(QCoreApplication.translate("EditorPk", u"&Nama:", None))
        self.pangkatLabel.setText(QCoreApplication.translate("EditorPk", u"Pan&gkat:", None))
        self.pangkatEdit.setPlaceholderText(QCoreApplication.translate("EditorPk", u"mis. Pembina Tingkat I", None))
        self.nipLabel.setText(QCoreApplication.translate("EditorPk", u"N&IP:", None))
        self.nipEdit.setPlaceholderText(QCoreApplication.translate("EditorPk", u"18 angka", None))
        self.nipPesan.setText("")
        self.ambilTtdTombol.setText(QCoreApplication.translate("EditorPk", u"Ambil dari penandatangan dokumen", None))
        self.keduaGroup.setTitle(QCoreApplication.translate("EditorPk", u"Pihak kedua (kepala daerah)", None))
        self.jabatanKeduaLabel.setText(QCoreApplication.translate("EditorPk", u"Ja&batan:", None))
        self.namaKeduaLabel.setText(QCoreApplication.translate("EditorPk", u"Na&ma:", None))
        self.keduaInfo.setText(QCoreApplication.translate("EditorPk", u"Kepala daerah ditulis tanpa pangkat dan NIP.", None))
        self.pernyataanGroup.setTitle(QCoreApplication.translate("EditorPk", u"Pernyataan", None))
        self.pernyataanInfo.setText("")
        self.bakuTombol.setText(QCoreApplication.translate("EditorPk", u"&Kembalikan ke baku", None))
        self.tab.setTabText(self.tab.indexOf(self.halamanPernyataan), QCoreApplication.translate("EditorPk", u"Pernyataan dan penanda tangan", None))
        self.tambahProgramTombol.setText(QCoreApplication.translate("EditorPk", u"Tambah p&rogram", None))
        self.tambahKegiatanTombol.setText(QCoreApplication.translate("EditorPk", u"Tambah &kegiatan", None))
        self.tambahSubTombol.setText(QCoreApplication.translate("EditorPk", u"Tambah &sub kegiatan", None))
        self.hapusBarisTombol.setText(QCoreApplication.translate("EditorPk", u"&Hapus baris", None))
        self.naikTombol.setText(QCoreApplication.translate("EditorPk", u"Na&ik", None))
        self.turunTombol.setText(QCoreApplication.translate("EditorPk", u"T&urun", None))
        ___qtreewidgetitem = self.programPohon.headerItem()
        ___qtreewidgetitem.setText(4, QCoreApplication.translate("EditorPk", u"Realisasi anggaran (Rp)", None))
        ___qtreewidgetitem.setText(3, QCoreApplication.translate("EditorPk", u"Sumber dana", None))
        ___qtreewidgetitem.setText(2, QCoreApplication.translate("EditorPk", u"Anggaran (Rp)", None))
        ___qtreewidgetitem.setText(1, QCoreApplication.translate("EditorPk", u"Uraian", None))
        ___qtreewidgetitem.setText(0, QCoreApplication.translate("EditorPk", u"Kode", None))
        self.totalLabel.setText("")
        self.peringatanLabel.setText("")
        self.programInfo.setText(QCoreApplication.translate("EditorPk", u"Anggaran program atau kegiatan yang dikosongkan = jumlah rinciannya (ditampilkan miring). Ketik angka dengan atau tanpa titik ribuan, mis. 1.250.000.000.", None))
        self.tab.setTabText(self.tab.indexOf(self.halamanProgram), QCoreApplication.translate("EditorPk", u"Program dan anggaran", None))
        self.lampiranInfo.setText(QCoreApplication.translate("EditorPk", u"Indikator lampiran diambil dari pohon IKU: setiap indikator yang memiliki target tahun ini. Ubah target di halaman indikator.", None))
        ___qtreewidgetitem1 = self.lampiranPohon.headerItem()
        ___qtreewidgetitem1.setText(2, QCoreApplication.translate("EditorPk", u"Satuan", None))
        ___qtreewidgetitem1.setText(1, QCoreApplication.translate("EditorPk", u"Target", None))
        ___qtreewidgetitem1.setText(0, QCoreApplication.translate("EditorPk", u"Sasaran / Indikator Kinerja", None))
        self.tab.setTabText(self.tab.indexOf(self.halamanLampiran), QCoreApplication.translate("EditorPk", u"Lampiran: indikator dan target", None))
    # retranslateUi

