# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'excel_formulir.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_DialogFormulirExcel(object):
    def setupUi(self, DialogFormulirExcel):
        if not DialogFormulirExcel.objectName():
            DialogFormulirExcel.setObjectName(u"DialogFormulirExcel")
        DialogFormulirExcel.resize(460, 220)
        self.akar = QVBoxLayout(DialogFormulirExcel)
        self.akar.setSpacing(8)
        self.akar.setObjectName(u"akar")
        self.keteranganLabel = QLabel(DialogFormulirExcel)
        self.keteranganLabel.setObjectName(u"keteranganLabel")
        self.keteranganLabel.setWordWrap(True)

        self.akar.addWidget(self.keteranganLabel)

        self.isian = QFormLayout()
        self.isian.setObjectName(u"isian")
        self.tahunLabel = QLabel(DialogFormulirExcel)
        self.tahunLabel.setObjectName(u"tahunLabel")

        self.isian.setWidget(0, QFormLayout.ItemRole.LabelRole, self.tahunLabel)

        self.tahunCombo = QComboBox(DialogFormulirExcel)
        self.tahunCombo.setObjectName(u"tahunCombo")

        self.isian.setWidget(0, QFormLayout.ItemRole.FieldRole, self.tahunCombo)

        self.triwulanLabel = QLabel(DialogFormulirExcel)
        self.triwulanLabel.setObjectName(u"triwulanLabel")

        self.isian.setWidget(1, QFormLayout.ItemRole.LabelRole, self.triwulanLabel)

        self.triwulanCombo = QComboBox(DialogFormulirExcel)
        self.triwulanCombo.setObjectName(u"triwulanCombo")

        self.isian.setWidget(1, QFormLayout.ItemRole.FieldRole, self.triwulanCombo)

        self.pjLabel = QLabel(DialogFormulirExcel)
        self.pjLabel.setObjectName(u"pjLabel")

        self.isian.setWidget(2, QFormLayout.ItemRole.LabelRole, self.pjLabel)

        self.pjCombo = QComboBox(DialogFormulirExcel)
        self.pjCombo.setObjectName(u"pjCombo")

        self.isian.setWidget(2, QFormLayout.ItemRole.FieldRole, self.pjCombo)


        self.akar.addLayout(self.isian)

        self.pengisi = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.akar.addItem(self.pengisi)

        self.tombol = QDialogButtonBox(DialogFormulirExcel)
        self.tombol.setObjectName(u"tombol")
        self.tombol.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.akar.addWidget(self.tombol)

#if QT_CONFIG(shortcut)
        self.tahunLabel.setBuddy(self.tahunCombo)
        self.triwulanLabel.setBuddy(self.triwulanCombo)
        self.pjLabel.setBuddy(self.pjCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(DialogFormulirExcel)
        self.tombol.accepted.connect(DialogFormulirExcel.accept)
        self.tombol.rejected.connect(DialogFormulirExcel.reject)

        QMetaObject.connectSlotsByName(DialogFormulirExcel)
    # setupUi

    def retranslateUi(self, DialogFormulirExcel):
        DialogFormulirExcel.setWindowTitle(QCoreApplication.translate("DialogFormulirExcel", u"Formulir Isian Triwulan", None))
        self.keteranganLabel.setText(QCoreApplication.translate("DialogFormulirExcel", u"Buku kerja Excel untuk diisi seksi: satu baris per indikator, sel isian berwarna kuning, sisanya dikunci. Nilai yang sudah ada ikut diisikan.", None))
        self.tahunLabel.setText(QCoreApplication.translate("DialogFormulirExcel", u"&Tahun:", None))
        self.triwulanLabel.setText(QCoreApplication.translate("DialogFormulirExcel", u"T&riwulan:", None))
        self.pjLabel.setText(QCoreApplication.translate("DialogFormulirExcel", u"&Penanggung jawab:", None))
    # retranslateUi

