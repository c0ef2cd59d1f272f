# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'editor_indikator.ui'
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
    QTableView, QTableWidget, QTableWidgetItem, QVBoxLayout,
    QWidget)

from ikudesk.gui.editors.ekspresi_edit import EkspresiEdit
from ikudesk.gui.editors.formula_view import FormulaView

class Ui_EditorIndikator(object):
    def setupUi(self, EditorIndikator):
        if not EditorIndikator.objectName():
            EditorIndikator.setObjectName(u"EditorIndikator")
        self.akar = QVBoxLayout(EditorIndikator)
        self.akar.setObjectName(u"akar")
        self.indikatorGroup = QGroupBox(EditorIndikator)
        self.indikatorGroup.setObjectName(u"indikatorGroup")
        self.indikatorForm = QFormLayout(self.indikatorGroup)
        self.indikatorForm.setObjectName(u"indikatorForm")
        self.namaLabel = QLabel(self.indikatorGroup)
        self.namaLabel.setObjectName(u"namaLabel")

        self.indikatorForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.namaLabel)

        self.namaEdit = QPlainTextEdit(self.indikatorGroup)
        self.namaEdit.setObjectName(u"namaEdit")
        self.namaEdit.setMaximumSize(QSize(16777215, 64))
        self.namaEdit.setTabChangesFocus(True)

        self.indikatorForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.namaEdit)

        self.satuanLabel = QLabel(self.indikatorGroup)
        self.satuanLabel.setObjectName(u"satuanLabel")

        self.indikatorForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.satuanLabel)

        self.satuanEdit = QLineEdit(self.indikatorGroup)
        self.satuanEdit.setObjectName(u"satuanEdit")
        self.satuanEdit.setMaximumSize(QSize(240, 16777215))

        self.indikatorForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.satuanEdit)

        self.polaritasLabel = QLabel(self.indikatorGroup)
        self.polaritasLabel.setObjectName(u"polaritasLabel")

        self.indikatorForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.polaritasLabel)

        self.polaritasCombo = QComboBox(self.indikatorGroup)
        self.polaritasCombo.addItem("")
        self.polaritasCombo.addItem("")
        self.polaritasCombo.setObjectName(u"polaritasCombo")
        self.polaritasCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.indikatorForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.polaritasCombo)

        self.sumberLabel = QLabel(self.indikatorGroup)
        self.sumberLabel.setObjectName(u"sumberLabel")

        self.indikatorForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.sumberLabel)

        self.sumberEdit = QPlainTextEdit(self.indikatorGroup)
        self.sumberEdit.setObjectName(u"sumberEdit")
        self.sumberEdit.setMaximumSize(QSize(16777215, 52))
        self.sumberEdit.setTabChangesFocus(True)

        self.indikatorForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.sumberEdit)

        self.pjLabel = QLabel(self.indikatorGroup)
        self.pjLabel.setObjectName(u"pjLabel")

        self.indikatorForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.pjLabel)

        self.pjEdit = QPlainTextEdit(self.indikatorGroup)
        self.pjEdit.setObjectName(u"pjEdit")
        self.pjEdit.setMaximumSize(QSize(16777215, 64))
        self.pjEdit.setTabChangesFocus(True)

        self.indikatorForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.pjEdit)


        self.akar.addWidget(self.indikatorGroup)

        self.rumusGroup = QGroupBox(EditorIndikator)
        self.rumusGroup.setObjectName(u"rumusGroup")
        self.rumusBox = QVBoxLayout(self.rumusGroup)
        self.rumusBox.setObjectName(u"rumusBox")
        self.komponenInfo = QLabel(self.rumusGroup)
        self.komponenInfo.setObjectName(u"komponenInfo")
        self.komponenInfo.setWordWrap(True)

        self.rumusBox.addWidget(self.komponenInfo)

        self.komponenTable = QTableWidget(self.rumusGroup)
        self.komponenTable.setObjectName(u"komponenTable")

        self.rumusBox.addWidget(self.komponenTable)

        self.komponenTombol = QHBoxLayout()
        self.komponenTombol.setObjectName(u"komponenTombol")
        self.tambahKomponenButton = QPushButton(self.rumusGroup)
        self.tambahKomponenButton.setObjectName(u"tambahKomponenButton")

        self.komponenTombol.addWidget(self.tambahKomponenButton)

        self.hapusKomponenButton = QPushButton(self.rumusGroup)
        self.hapusKomponenButton.setObjectName(u"hapusKomponenButton")

        self.komponenTombol.addWidget(self.hapusKomponenButton)

        self.sp_komponenTombol_3 = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.komponenTombol.addItem(self.sp_komponenTombol_3)


        self.rumusBox.addLayout(self.komponenTombol)

        self.komponenPesan = QLabel(self.rumusGroup)
        self.komponenPesan.setObjectName(u"komponenPesan")
        self.komponenPesan.setWordWrap(True)

        self.rumusBox.addWidget(self.komponenPesan)

        self.ekspresiLabel = QLabel(self.rumusGroup)
        self.ekspresiLabel.setObjectName(u"ekspresiLabel")
        self.ekspresiLabel.setWordWrap(True)

        self.rumusBox.addWidget(self.ekspresiLabel)

        self.ekspresiEdit = EkspresiEdit(self.rumusGroup)
        self.ekspresiEdit.setObjectName(u"ekspresiEdit")
        self.ekspresiEdit.setMaximumSize(QSize(16777215, 60))

        self.rumusBox.addWidget(self.ekspresiEdit)

        self.ekspresiPesan = QLabel(self.rumusGroup)
        self.ekspresiPesan.setObjectName(u"ekspresiPesan")
        self.ekspresiPesan.setWordWrap(True)

        self.rumusBox.addWidget(self.ekspresiPesan)

        self.pratinjauLabel = QLabel(self.rumusGroup)
        self.pratinjauLabel.setObjectName(u"pratinjauLabel")

        self.rumusBox.addWidget(self.pratinjauLabel)

        self.formulaView = FormulaView(self.rumusGroup)
        self.formulaView.setObjectName(u"formulaView")

        self.rumusBox.addWidget(self.formulaView)

        self.penjelasanLabel = QLabel(self.rumusGroup)
        self.penjelasanLabel.setObjectName(u"penjelasanLabel")

        self.rumusBox.addWidget(self.penjelasanLabel)

        self.penjelasanEdit = QPlainTextEdit(self.rumusGroup)
        self.penjelasanEdit.setObjectName(u"penjelasanEdit")
        self.penjelasanEdit.setMaximumSize(QSize(16777215, 80))
        self.penjelasanEdit.setTabChangesFocus(True)

        self.rumusBox.addWidget(self.penjelasanEdit)


        self.akar.addWidget(self.rumusGroup)

        self.nilaiGroup = QGroupBox(EditorIndikator)
        self.nilaiGroup.setObjectName(u"nilaiGroup")
        self.nilaiBox = QVBoxLayout(self.nilaiGroup)
        self.nilaiBox.setObjectName(u"nilaiBox")
        self.periodeInfo = QLabel(self.nilaiGroup)
        self.periodeInfo.setObjectName(u"periodeInfo")
        self.periodeInfo.setWordWrap(True)

        self.nilaiBox.addWidget(self.periodeInfo)

        self.nilaiTable = QTableView(self.nilaiGroup)
        self.nilaiTable.setObjectName(u"nilaiTable")

        self.nilaiBox.addWidget(self.nilaiTable)

        self.nilaiTombol = QHBoxLayout()
        self.nilaiTombol.setObjectName(u"nilaiTombol")
        self.tambahTahunButton = QPushButton(self.nilaiGroup)
        self.tambahTahunButton.setObjectName(u"tambahTahunButton")

        self.nilaiTombol.addWidget(self.tambahTahunButton)

        self.sp_nilaiTombol_2 = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.nilaiTombol.addItem(self.sp_nilaiTombol_2)


        self.nilaiBox.addLayout(self.nilaiTombol)

        self.nilaiPesan = QLabel(self.nilaiGroup)
        self.nilaiPesan.setObjectName(u"nilaiPesan")
        self.nilaiPesan.setWordWrap(True)

        self.nilaiBox.addWidget(self.nilaiPesan)

        self.alasanLabel = QLabel(self.nilaiGroup)
        self.alasanLabel.setObjectName(u"alasanLabel")
        self.alasanLabel.setWordWrap(True)

        self.nilaiBox.addWidget(self.alasanLabel)


        self.akar.addWidget(self.nilaiGroup)

        self.sp_akar_4 = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.akar.addItem(self.sp_akar_4)

        self.akar.setStretch(3, 1)
#if QT_CONFIG(shortcut)
        self.namaLabel.setBuddy(self.namaEdit)
        self.satuanLabel.setBuddy(self.satuanEdit)
        self.polaritasLabel.setBuddy(self.polaritasCombo)
        self.sumberLabel.setBuddy(self.sumberEdit)
        self.pjLabel.setBuddy(self.pjEdit)
        self.ekspresiLabel.setBuddy(self.ekspresiEdit)
        self.penjelasanLabel.setBuddy(self.penjelasanEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(EditorIndikator)

        QMetaObject.connectSlotsByName(EditorIndikator)
    # setupUi

    def retranslateUi(self, EditorIndikator):
        self.indikatorGroup.setTitle(QCoreApplication.translate("EditorIndikator", u"Indikator", None))
        self.namaLabel.setText(QCoreApplication.translate("EditorIndikator", u"&Nama indikator:", None))
        self.namaEdit.setPlaceholderText(QCoreApplication.translate("EditorIndikator", u"Nama indikator seperti dicetak", None))
        self.satuanLabel.setText(QCoreApplication.translate("EditorIndikator", u"&Satuan:", None))
        self.satuanEdit.setPlaceholderText(QCoreApplication.translate("EditorIndikator", u"mis. %, Indeks, Dokumen", None))
        self.polaritasLabel.setText(QCoreApplication.translate("EditorIndikator", u"&Polaritas:", None))
        self.polaritasCombo.setItemText(0, QCoreApplication.translate("EditorIndikator", u"Positif \u2014 makin tinggi makin baik", None))
        self.polaritasCombo.setItemText(1, QCoreApplication.translate("EditorIndikator", u"Negatif \u2014 makin rendah makin baik", None))

        self.sumberLabel.setText(QCoreApplication.translate("EditorIndikator", u"Sumber &data:", None))
        self.pjLabel.setText(QCoreApplication.translate("EditorIndikator", u"Penanggung &jawab:", None))
        self.pjEdit.setPlaceholderText(QCoreApplication.translate("EditorIndikator", u"Satu baris per penanggung jawab", None))
        self.rumusGroup.setTitle(QCoreApplication.translate("EditorIndikator", u"Rumus (formula)", None))
        self.komponenInfo.setText(QCoreApplication.translate("EditorIndikator", u"Komponen: besaran yang dipakai rumus. Kode ditulis huruf kecil tanpa spasi (mis. jumlah_desa); uraian dicetak di atas/bawah garis pecahan.", None))
        self.tambahKomponenButton.setText(QCoreApplication.translate("EditorIndikator", u"&Tambah komponen", None))
        self.hapusKomponenButton.setText(QCoreApplication.translate("EditorIndikator", u"Hapus kompo&nen", None))
        self.komponenPesan.setText("")
        self.ekspresiLabel.setText(QCoreApplication.translate("EditorIndikator", u"&Ekspresi (mis. hadir / diundang * 100; kosongkan bila realisasi diisi langsung):", None))
        self.ekspresiEdit.setPlaceholderText(QCoreApplication.translate("EditorIndikator", u"mis. ditindaklanjuti / dilakukan * 100", None))
        self.ekspresiPesan.setText("")
        self.pratinjauLabel.setText(QCoreApplication.translate("EditorIndikator", u"Pratinjau seperti dicetak:", None))
        self.penjelasanLabel.setText(QCoreApplication.translate("EditorIndikator", u"Pen&jelasan (dicetak setelah rumus):", None))
        self.nilaiGroup.setTitle(QCoreApplication.translate("EditorIndikator", u"Target dan realisasi per tahun", None))
        self.periodeInfo.setText("")
        self.tambahTahunButton.setText(QCoreApplication.translate("EditorIndikator", u"Tambah &tahun\u2026", None))
#if QT_CONFIG(tooltip)
        self.tambahTahunButton.setToolTip(QCoreApplication.translate("EditorIndikator", u"Tambah baris tahun untuk dokumen tanpa periode", None))
#endif // QT_CONFIG(tooltip)
        self.nilaiPesan.setText("")
        self.alasanLabel.setText("")
        pass
    # retranslateUi

