# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'editor_dokumen.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QComboBox, QFormLayout,
    QGroupBox, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QListWidget, QListWidgetItem, QPlainTextEdit,
    QPushButton, QSizePolicy, QSpacerItem, QSpinBox,
    QTableWidget, QTableWidgetItem, QToolButton, QVBoxLayout,
    QWidget)

from ikudesk.gui.editors.nip_field import NipEdit

class Ui_EditorDokumen(object):
    def setupUi(self, EditorDokumen):
        if not EditorDokumen.objectName():
            EditorDokumen.setObjectName(u"EditorDokumen")
        self.akar = QVBoxLayout(EditorDokumen)
        self.akar.setObjectName(u"akar")
        self.identitasGroup = QGroupBox(EditorDokumen)
        self.identitasGroup.setObjectName(u"identitasGroup")
        self.identitasForm = QFormLayout(self.identitasGroup)
        self.identitasForm.setObjectName(u"identitasForm")
        self.judulLabel = QLabel(self.identitasGroup)
        self.judulLabel.setObjectName(u"judulLabel")

        self.identitasForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.judulLabel)

        self.judulEdit = QPlainTextEdit(self.identitasGroup)
        self.judulEdit.setObjectName(u"judulEdit")
        self.judulEdit.setMaximumSize(QSize(16777215, 80))
        self.judulEdit.setTabChangesFocus(True)

        self.identitasForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.judulEdit)

        self.periodeLabel = QLabel(self.identitasGroup)
        self.periodeLabel.setObjectName(u"periodeLabel")

        self.identitasForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.periodeLabel)

        self.periodeBaris = QHBoxLayout()
        self.periodeBaris.setObjectName(u"periodeBaris")
        self.mulaiSpin = QSpinBox(self.identitasGroup)
        self.mulaiSpin.setObjectName(u"mulaiSpin")
        self.mulaiSpin.setMinimum(1900)
        self.mulaiSpin.setMaximum(2200)
        self.mulaiSpin.setValue(2021)

        self.periodeBaris.addWidget(self.mulaiSpin)

        self.sampaiLabel = QLabel(self.identitasGroup)
        self.sampaiLabel.setObjectName(u"sampaiLabel")

        self.periodeBaris.addWidget(self.sampaiLabel)

        self.selesaiSpin = QSpinBox(self.identitasGroup)
        self.selesaiSpin.setObjectName(u"selesaiSpin")
        self.selesaiSpin.setMinimum(1900)
        self.selesaiSpin.setMaximum(2200)
        self.selesaiSpin.setValue(2021)

        self.periodeBaris.addWidget(self.selesaiSpin)

        self.tanpaPeriodeCheck = QCheckBox(self.identitasGroup)
        self.tanpaPeriodeCheck.setObjectName(u"tanpaPeriodeCheck")

        self.periodeBaris.addWidget(self.tanpaPeriodeCheck)

        self.sp_periodeBaris_5 = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.periodeBaris.addItem(self.sp_periodeBaris_5)


        self.identitasForm.setLayout(1, QFormLayout.ItemRole.FieldRole, self.periodeBaris)

        self.periodePesan = QLabel(self.identitasGroup)
        self.periodePesan.setObjectName(u"periodePesan")
        self.periodePesan.setWordWrap(True)

        self.identitasForm.setWidget(2, QFormLayout.ItemRole.SpanningRole, self.periodePesan)

        self.instansiLabel = QLabel(self.identitasGroup)
        self.instansiLabel.setObjectName(u"instansiLabel")

        self.identitasForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.instansiLabel)

        self.instansiEdit = QLineEdit(self.identitasGroup)
        self.instansiEdit.setObjectName(u"instansiEdit")

        self.identitasForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.instansiEdit)

        self.pemdaLabel = QLabel(self.identitasGroup)
        self.pemdaLabel.setObjectName(u"pemdaLabel")

        self.identitasForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.pemdaLabel)

        self.pemdaEdit = QLineEdit(self.identitasGroup)
        self.pemdaEdit.setObjectName(u"pemdaEdit")

        self.identitasForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.pemdaEdit)


        self.akar.addWidget(self.identitasGroup)

        self.kepalaGroup = QGroupBox(EditorDokumen)
        self.kepalaGroup.setObjectName(u"kepalaGroup")
        self.kepalaBaris = QHBoxLayout(self.kepalaGroup)
        self.kepalaBaris.setObjectName(u"kepalaBaris")
        self.kepalaKiri = QVBoxLayout()
        self.kepalaKiri.setObjectName(u"kepalaKiri")
        self.kepalaList = QListWidget(self.kepalaGroup)
        self.kepalaList.setObjectName(u"kepalaList")
        self.kepalaList.setMaximumSize(QSize(210, 16777215))
        self.kepalaList.setMinimumSize(QSize(150, 0))

        self.kepalaKiri.addWidget(self.kepalaList)

        self.kepalaTombol = QHBoxLayout()
        self.kepalaTombol.setObjectName(u"kepalaTombol")
        self.tambahKepalaButton = QPushButton(self.kepalaGroup)
        self.tambahKepalaButton.setObjectName(u"tambahKepalaButton")

        self.kepalaTombol.addWidget(self.tambahKepalaButton)

        self.hapusKepalaButton = QPushButton(self.kepalaGroup)
        self.hapusKepalaButton.setObjectName(u"hapusKepalaButton")

        self.kepalaTombol.addWidget(self.hapusKepalaButton)


        self.kepalaKiri.addLayout(self.kepalaTombol)

        self.kepalaTombol2 = QHBoxLayout()
        self.kepalaTombol2.setObjectName(u"kepalaTombol2")
        self.naikKepalaButton = QPushButton(self.kepalaGroup)
        self.naikKepalaButton.setObjectName(u"naikKepalaButton")

        self.kepalaTombol2.addWidget(self.naikKepalaButton)

        self.turunKepalaButton = QPushButton(self.kepalaGroup)
        self.turunKepalaButton.setObjectName(u"turunKepalaButton")

        self.kepalaTombol2.addWidget(self.turunKepalaButton)


        self.kepalaKiri.addLayout(self.kepalaTombol2)


        self.kepalaBaris.addLayout(self.kepalaKiri)

        self.kepalaForm = QFormLayout()
        self.kepalaForm.setObjectName(u"kepalaForm")
        self.kepalaLabelLabel = QLabel(self.kepalaGroup)
        self.kepalaLabelLabel.setObjectName(u"kepalaLabelLabel")

        self.kepalaForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.kepalaLabelLabel)

        self.kepalaLabelEdit = QLineEdit(self.kepalaGroup)
        self.kepalaLabelEdit.setObjectName(u"kepalaLabelEdit")

        self.kepalaForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.kepalaLabelEdit)

        self.kepalaIsiLabel = QLabel(self.kepalaGroup)
        self.kepalaIsiLabel.setObjectName(u"kepalaIsiLabel")

        self.kepalaForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.kepalaIsiLabel)

        self.kepalaIsiEdit = QPlainTextEdit(self.kepalaGroup)
        self.kepalaIsiEdit.setObjectName(u"kepalaIsiEdit")
        self.kepalaIsiEdit.setMaximumSize(QSize(16777215, 80))
        self.kepalaIsiEdit.setTabChangesFocus(True)

        self.kepalaForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.kepalaIsiEdit)

        self.kepalaButirLabel = QLabel(self.kepalaGroup)
        self.kepalaButirLabel.setObjectName(u"kepalaButirLabel")

        self.kepalaForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.kepalaButirLabel)

        self.kepalaButirEdit = QPlainTextEdit(self.kepalaGroup)
        self.kepalaButirEdit.setObjectName(u"kepalaButirEdit")
        self.kepalaButirEdit.setMaximumSize(QSize(16777215, 100))
        self.kepalaButirEdit.setTabChangesFocus(True)

        self.kepalaForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.kepalaButirEdit)

        self.kepalaPenomoranLabel = QLabel(self.kepalaGroup)
        self.kepalaPenomoranLabel.setObjectName(u"kepalaPenomoranLabel")

        self.kepalaForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.kepalaPenomoranLabel)

        self.kepalaPenomoranCombo = QComboBox(self.kepalaGroup)
        self.kepalaPenomoranCombo.addItem("")
        self.kepalaPenomoranCombo.addItem("")
        self.kepalaPenomoranCombo.addItem("")
        self.kepalaPenomoranCombo.setObjectName(u"kepalaPenomoranCombo")

        self.kepalaForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.kepalaPenomoranCombo)

        self.kepalaDariLabel = QLabel(self.kepalaGroup)
        self.kepalaDariLabel.setObjectName(u"kepalaDariLabel")

        self.kepalaForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.kepalaDariLabel)

        self.kepalaDariCombo = QComboBox(self.kepalaGroup)
        self.kepalaDariCombo.addItem("")
        self.kepalaDariCombo.addItem("")
        self.kepalaDariCombo.addItem("")
        self.kepalaDariCombo.setObjectName(u"kepalaDariCombo")

        self.kepalaForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.kepalaDariCombo)


        self.kepalaBaris.addLayout(self.kepalaForm)


        self.akar.addWidget(self.kepalaGroup)

        self.tabelGroup = QGroupBox(EditorDokumen)
        self.tabelGroup.setObjectName(u"tabelGroup")
        self.tabelBox = QVBoxLayout(self.tabelGroup)
        self.tabelBox.setObjectName(u"tabelBox")
        self.kolomInfo = QLabel(self.tabelGroup)
        self.kolomInfo.setObjectName(u"kolomInfo")
        self.kolomInfo.setWordWrap(True)

        self.tabelBox.addWidget(self.kolomInfo)

        self.kolomBaris = QHBoxLayout()
        self.kolomBaris.setObjectName(u"kolomBaris")
        self.kolomTable = QTableWidget(self.tabelGroup)
        self.kolomTable.setObjectName(u"kolomTable")
        self.kolomTable.setMinimumSize(QSize(0, 390))

        self.kolomBaris.addWidget(self.kolomTable)

        self.kolomTombol = QVBoxLayout()
        self.kolomTombol.setObjectName(u"kolomTombol")
        self.naikKolomButton = QPushButton(self.tabelGroup)
        self.naikKolomButton.setObjectName(u"naikKolomButton")

        self.kolomTombol.addWidget(self.naikKolomButton)

        self.turunKolomButton = QPushButton(self.tabelGroup)
        self.turunKolomButton.setObjectName(u"turunKolomButton")

        self.kolomTombol.addWidget(self.turunKolomButton)

        self.sp_kolomTombol_3 = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.kolomTombol.addItem(self.sp_kolomTombol_3)


        self.kolomBaris.addLayout(self.kolomTombol)


        self.tabelBox.addLayout(self.kolomBaris)

        self.tabelForm = QFormLayout()
        self.tabelForm.setObjectName(u"tabelForm")
        self.nomorPerLabel = QLabel(self.tabelGroup)
        self.nomorPerLabel.setObjectName(u"nomorPerLabel")

        self.tabelForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nomorPerLabel)

        self.nomorPerCombo = QComboBox(self.tabelGroup)
        self.nomorPerCombo.addItem("")
        self.nomorPerCombo.addItem("")
        self.nomorPerCombo.addItem("")
        self.nomorPerCombo.addItem("")
        self.nomorPerCombo.setObjectName(u"nomorPerCombo")

        self.tabelForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nomorPerCombo)

        self.nomoriIndikatorCheck = QCheckBox(self.tabelGroup)
        self.nomoriIndikatorCheck.setObjectName(u"nomoriIndikatorCheck")

        self.tabelForm.setWidget(1, QFormLayout.ItemRole.SpanningRole, self.nomoriIndikatorCheck)

        self.barisNomorKolomCheck = QCheckBox(self.tabelGroup)
        self.barisNomorKolomCheck.setObjectName(u"barisNomorKolomCheck")

        self.tabelForm.setWidget(2, QFormLayout.ItemRole.SpanningRole, self.barisNomorKolomCheck)

        self.judulTabelLabel = QLabel(self.tabelGroup)
        self.judulTabelLabel.setObjectName(u"judulTabelLabel")

        self.tabelForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.judulTabelLabel)

        self.judulTabelEdit = QLineEdit(self.tabelGroup)
        self.judulTabelEdit.setObjectName(u"judulTabelEdit")

        self.tabelForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.judulTabelEdit)


        self.tabelBox.addLayout(self.tabelForm)


        self.akar.addWidget(self.tabelGroup)

        self.catatanGroup = QGroupBox(EditorDokumen)
        self.catatanGroup.setObjectName(u"catatanGroup")
        self.catatanBox = QVBoxLayout(self.catatanGroup)
        self.catatanBox.setObjectName(u"catatanBox")
        self.catatanEdit = QPlainTextEdit(self.catatanGroup)
        self.catatanEdit.setObjectName(u"catatanEdit")
        self.catatanEdit.setMaximumSize(QSize(16777215, 90))
        self.catatanEdit.setTabChangesFocus(True)

        self.catatanBox.addWidget(self.catatanEdit)


        self.akar.addWidget(self.catatanGroup)

        self.ttdGroup = QGroupBox(EditorDokumen)
        self.ttdGroup.setObjectName(u"ttdGroup")
        self.ttdForm = QFormLayout(self.ttdGroup)
        self.ttdForm.setObjectName(u"ttdForm")
        self.cetakTtdCheck = QCheckBox(self.ttdGroup)
        self.cetakTtdCheck.setObjectName(u"cetakTtdCheck")

        self.ttdForm.setWidget(0, QFormLayout.ItemRole.SpanningRole, self.cetakTtdCheck)

        self.tempatLabel = QLabel(self.ttdGroup)
        self.tempatLabel.setObjectName(u"tempatLabel")

        self.ttdForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.tempatLabel)

        self.tempatEdit = QLineEdit(self.ttdGroup)
        self.tempatEdit.setObjectName(u"tempatEdit")

        self.ttdForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.tempatEdit)

        self.tanggalLabel = QLabel(self.ttdGroup)
        self.tanggalLabel.setObjectName(u"tanggalLabel")

        self.ttdForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.tanggalLabel)

        self.tanggalBaris = QHBoxLayout()
        self.tanggalBaris.setObjectName(u"tanggalBaris")
        self.tanggalEdit = QLineEdit(self.ttdGroup)
        self.tanggalEdit.setObjectName(u"tanggalEdit")
        self.tanggalEdit.setMaximumSize(QSize(260, 16777215))

        self.tanggalBaris.addWidget(self.tanggalEdit)

        self.kalenderButton = QToolButton(self.ttdGroup)
        self.kalenderButton.setObjectName(u"kalenderButton")
        self.kalenderButton.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)

        self.tanggalBaris.addWidget(self.kalenderButton)

        self.tanggalHint = QLabel(self.ttdGroup)
        self.tanggalHint.setObjectName(u"tanggalHint")

        self.tanggalBaris.addWidget(self.tanggalHint)

        self.sp_tanggalBaris_3 = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.tanggalBaris.addItem(self.sp_tanggalBaris_3)


        self.ttdForm.setLayout(2, QFormLayout.ItemRole.FieldRole, self.tanggalBaris)

        self.tanggalPesan = QLabel(self.ttdGroup)
        self.tanggalPesan.setObjectName(u"tanggalPesan")
        self.tanggalPesan.setWordWrap(True)

        self.ttdForm.setWidget(3, QFormLayout.ItemRole.SpanningRole, self.tanggalPesan)

        self.jabatanLabel = QLabel(self.ttdGroup)
        self.jabatanLabel.setObjectName(u"jabatanLabel")

        self.ttdForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.jabatanLabel)

        self.jabatanEdit = QLineEdit(self.ttdGroup)
        self.jabatanEdit.setObjectName(u"jabatanEdit")

        self.ttdForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.jabatanEdit)

        self.namaLabel = QLabel(self.ttdGroup)
        self.namaLabel.setObjectName(u"namaLabel")

        self.ttdForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.namaLabel)

        self.namaEdit = QLineEdit(self.ttdGroup)
        self.namaEdit.setObjectName(u"namaEdit")

        self.ttdForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.namaEdit)

        self.pangkatLabel = QLabel(self.ttdGroup)
        self.pangkatLabel.setObjectName(u"pangkatLabel")

        self.ttdForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.pangkatLabel)

        self.pangkatEdit = QLineEdit(self.ttdGroup)
        self.pangkatEdit.setObjectName(u"pangkatEdit")

        self.ttdForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.pangkatEdit)

        self.nipLabel = QLabel(self.ttdGroup)
        self.nipLabel.setObjectName(u"nipLabel")

        self.ttdForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.nipLabel)

        self.nipBaris = QHBoxLayout()
        self.nipBaris.setObjectName(u"nipBaris")
        self.nipEdit = NipEdit(self.ttdGroup)
        self.nipEdit.setObjectName(u"nipEdit")
        self.nipEdit.setMinimumSize(QSize(170, 0))
        self.nipEdit.setMaximumSize(QSize(240, 16777215))

        self.nipBaris.addWidget(self.nipEdit)

        self.nipHint = QLabel(self.ttdGroup)
        self.nipHint.setObjectName(u"nipHint")

        self.nipBaris.addWidget(self.nipHint)

        self.sp_nipBaris_3 = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.nipBaris.addItem(self.sp_nipBaris_3)


        self.ttdForm.setLayout(7, QFormLayout.ItemRole.FieldRole, self.nipBaris)

        self.nipPesan = QLabel(self.ttdGroup)
        self.nipPesan.setObjectName(u"nipPesan")
        self.nipPesan.setWordWrap(True)

        self.ttdForm.setWidget(8, QFormLayout.ItemRole.SpanningRole, self.nipPesan)


        self.akar.addWidget(self.ttdGroup)

        self.sp_akar_6 = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.akar.addItem(self.sp_akar_6)

        self.akar.setStretch(5, 1)
#if QT_CONFIG(shortcut)
        self.judulLabel.setBuddy(self.judulEdit)
        self.periodeLabel.setBuddy(self.mulaiSpin)
        self.instansiLabel.setBuddy(self.instansiEdit)
        self.pemdaLabel.setBuddy(self.pemdaEdit)
        self.kepalaLabelLabel.setBuddy(self.kepalaLabelEdit)
        self.kepalaIsiLabel.setBuddy(self.kepalaIsiEdit)
        self.kepalaButirLabel.setBuddy(self.kepalaButirEdit)
        self.kepalaPenomoranLabel.setBuddy(self.kepalaPenomoranCombo)
        self.kepalaDariLabel.setBuddy(self.kepalaDariCombo)
        self.nomorPerLabel.setBuddy(self.nomorPerCombo)
        self.judulTabelLabel.setBuddy(self.judulTabelEdit)
        self.tempatLabel.setBuddy(self.tempatEdit)
        self.tanggalLabel.setBuddy(self.tanggalEdit)
        self.jabatanLabel.setBuddy(self.jabatanEdit)
        self.namaLabel.setBuddy(self.namaEdit)
        self.pangkatLabel.setBuddy(self.pangkatEdit)
        self.nipLabel.setBuddy(self.nipEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(EditorDokumen)

        QMetaObject.connectSlotsByName(EditorDokumen)
    # setupUi

    def retranslateUi(self, EditorDokumen):
        self.identitasGroup.setTitle(QCoreApplication.translate("EditorDokumen", u"Judul dan identitas", None))
        self.judulLabel.setText(QCoreApplication.translate("EditorDokumen", u"&Judul:", None))
        self.judulEdit.setPlaceholderText(QCoreApplication.translate("EditorDokumen", u"Satu baris judul per baris", None))
#if QT_CONFIG(tooltip)
        self.judulEdit.setToolTip(QCoreApplication.translate("EditorDokumen", u"Tiap baris dicetak di tengah, tebal, di atas tabel.", None))
#endif // QT_CONFIG(tooltip)
        self.periodeLabel.setText(QCoreApplication.translate("EditorDokumen", u"&Periode:", None))
        self.sampaiLabel.setText(QCoreApplication.translate("EditorDokumen", u"s.d.", None))
        self.tanpaPeriodeCheck.setText(QCoreApplication.translate("EditorDokumen", u"tanpa periode", None))
        self.periodePesan.setText("")
        self.instansiLabel.setText(QCoreApplication.translate("EditorDokumen", u"&Instansi:", None))
        self.instansiEdit.setPlaceholderText(QCoreApplication.translate("EditorDokumen", u"mis. Kecamatan Sumbersuko", None))
        self.pemdaLabel.setText(QCoreApplication.translate("EditorDokumen", u"Pemerintah &daerah:", None))
        self.pemdaEdit.setPlaceholderText(QCoreApplication.translate("EditorDokumen", u"mis. Kabupaten Lumajang", None))
        self.kepalaGroup.setTitle(QCoreApplication.translate("EditorDokumen", u"Baris kepala (di atas tabel, dicetak \"Label : isi\")", None))
        self.tambahKepalaButton.setText(QCoreApplication.translate("EditorDokumen", u"Tambah", None))
        self.hapusKepalaButton.setText(QCoreApplication.translate("EditorDokumen", u"Hapus", None))
        self.naikKepalaButton.setText(QCoreApplication.translate("EditorDokumen", u"Naik", None))
        self.turunKepalaButton.setText(QCoreApplication.translate("EditorDokumen", u"Turun", None))
        self.kepalaLabelLabel.setText(QCoreApplication.translate("EditorDokumen", u"&Label:", None))
        self.kepalaLabelEdit.setPlaceholderText(QCoreApplication.translate("EditorDokumen", u"mis. Tugas", None))
        self.kepalaIsiLabel.setText(QCoreApplication.translate("EditorDokumen", u"I&si (paragraf):", None))
        self.kepalaButirLabel.setText(QCoreApplication.translate("EditorDokumen", u"&Butir (satu per baris):", None))
        self.kepalaPenomoranLabel.setText(QCoreApplication.translate("EditorDokumen", u"Pe&nomoran butir:", None))
        self.kepalaPenomoranCombo.setItemText(0, QCoreApplication.translate("EditorDokumen", u"1. 2. 3. (angka)", None))
        self.kepalaPenomoranCombo.setItemText(1, QCoreApplication.translate("EditorDokumen", u"a. b. c. (huruf)", None))
        self.kepalaPenomoranCombo.setItemText(2, QCoreApplication.translate("EditorDokumen", u"- (strip)", None))

        self.kepalaDariLabel.setText(QCoreApplication.translate("EditorDokumen", u"Isi &diambil dari:", None))
        self.kepalaDariCombo.setItemText(0, QCoreApplication.translate("EditorDokumen", u"(diketik di atas)", None))
        self.kepalaDariCombo.setItemText(1, QCoreApplication.translate("EditorDokumen", u"daftar tujuan", None))
        self.kepalaDariCombo.setItemText(2, QCoreApplication.translate("EditorDokumen", u"indikator tujuan", None))

        self.tabelGroup.setTitle(QCoreApplication.translate("EditorDokumen", u"Tabel IKU", None))
        self.kolomInfo.setText(QCoreApplication.translate("EditorDokumen", u"Kolom yang dicetak: centang untuk memakai, ubah judulnya langsung di tabel, atur urutan dengan Naik/Turun.", None))
        self.naikKolomButton.setText(QCoreApplication.translate("EditorDokumen", u"Naik", None))
        self.turunKolomButton.setText(QCoreApplication.translate("EditorDokumen", u"Turun", None))
        self.nomorPerLabel.setText(QCoreApplication.translate("EditorDokumen", u"Kolom &No menghitung:", None))
        self.nomorPerCombo.setItemText(0, QCoreApplication.translate("EditorDokumen", u"tiap tujuan", None))
        self.nomorPerCombo.setItemText(1, QCoreApplication.translate("EditorDokumen", u"tiap sasaran", None))
        self.nomorPerCombo.setItemText(2, QCoreApplication.translate("EditorDokumen", u"tiap indikator", None))
        self.nomorPerCombo.setItemText(3, QCoreApplication.translate("EditorDokumen", u"tanpa penomoran", None))

        self.nomoriIndikatorCheck.setText(QCoreApplication.translate("EditorDokumen", u"Beri nomor urut di depan nama indikator (1, 2, \u2026)", None))
        self.barisNomorKolomCheck.setText(QCoreApplication.translate("EditorDokumen", u"Cetak baris nomor kolom (1) (2) (3) \u2026 di bawah judul kolom", None))
        self.judulTabelLabel.setText(QCoreApplication.translate("EditorDokumen", u"J&udul tabel:", None))
        self.judulTabelEdit.setPlaceholderText(QCoreApplication.translate("EditorDokumen", u"mis. Indikator Kinerja Utama (boleh kosong)", None))
        self.catatanGroup.setTitle(QCoreApplication.translate("EditorDokumen", u"Catatan (dicetak di bawah tabel)", None))
        self.ttdGroup.setTitle(QCoreApplication.translate("EditorDokumen", u"Tanda tangan", None))
        self.cetakTtdCheck.setText(QCoreApplication.translate("EditorDokumen", u"Cetak blok tanda tangan", None))
        self.tempatLabel.setText(QCoreApplication.translate("EditorDokumen", u"&Tempat:", None))
        self.tempatEdit.setPlaceholderText(QCoreApplication.translate("EditorDokumen", u"mis. Sumbersuko", None))
        self.tanggalLabel.setText(QCoreApplication.translate("EditorDokumen", u"Tangga&l:", None))
        self.tanggalEdit.setPlaceholderText(QCoreApplication.translate("EditorDokumen", u"mis. 31 Desember 2018 atau 31-12-2018", None))
#if QT_CONFIG(tooltip)
        self.kalenderButton.setToolTip(QCoreApplication.translate("EditorDokumen", u"Pilih tanggal pada kalender", None))
#endif // QT_CONFIG(tooltip)
        self.kalenderButton.setText(QCoreApplication.translate("EditorDokumen", u"Kalender\u2026", None))
        self.tanggalHint.setText("")
        self.tanggalPesan.setText("")
        self.jabatanLabel.setText(QCoreApplication.translate("EditorDokumen", u"Ja&batan:", None))
        self.jabatanEdit.setPlaceholderText(QCoreApplication.translate("EditorDokumen", u"mis. CAMAT SUMBERSUKO", None))
        self.namaLabel.setText(QCoreApplication.translate("EditorDokumen", u"&Nama:", None))
        self.pangkatLabel.setText(QCoreApplication.translate("EditorDokumen", u"&Pangkat:", None))
        self.pangkatEdit.setPlaceholderText(QCoreApplication.translate("EditorDokumen", u"mis. Pembina Tingkat I (boleh kosong)", None))
        self.nipLabel.setText(QCoreApplication.translate("EditorDokumen", u"NI&P:", None))
        self.nipEdit.setPlaceholderText(QCoreApplication.translate("EditorDokumen", u"18 angka", None))
        self.nipHint.setText("")
        self.nipPesan.setText("")
        pass
    # retranslateUi

