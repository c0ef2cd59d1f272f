# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'dialog_tetapkan.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QFormLayout, QLabel, QLineEdit, QPlainTextEdit,
    QSizePolicy, QVBoxLayout, QWidget)

class Ui_DialogTetapkan(object):
    def setupUi(self, DialogTetapkan):
        if not DialogTetapkan.objectName():
            DialogTetapkan.setObjectName(u"DialogTetapkan")
        DialogTetapkan.resize(520, 360)
        self.akar = QVBoxLayout(DialogTetapkan)
        self.akar.setSpacing(8)
        self.akar.setObjectName(u"akar")
        self.infoLabel = QLabel(DialogTetapkan)
        self.infoLabel.setObjectName(u"infoLabel")
        self.infoLabel.setWordWrap(True)

        self.akar.addWidget(self.infoLabel)

        self.isianForm = QFormLayout()
        self.isianForm.setObjectName(u"isianForm")
        self.isianForm.setHorizontalSpacing(12)
        self.isianForm.setVerticalSpacing(6)
        self.isianForm.setFieldGrowthPolicy(QFormLayout.ExpandingFieldsGrow)
        self.tanggalLabel = QLabel(DialogTetapkan)
        self.tanggalLabel.setObjectName(u"tanggalLabel")

        self.isianForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.tanggalLabel)

        self.tanggalEdit = QLineEdit(DialogTetapkan)
        self.tanggalEdit.setObjectName(u"tanggalEdit")

        self.isianForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.tanggalEdit)

        self.dasarLabel = QLabel(DialogTetapkan)
        self.dasarLabel.setObjectName(u"dasarLabel")

        self.isianForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.dasarLabel)

        self.dasarEdit = QLineEdit(DialogTetapkan)
        self.dasarEdit.setObjectName(u"dasarEdit")

        self.isianForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.dasarEdit)

        self.alasanLabel = QLabel(DialogTetapkan)
        self.alasanLabel.setObjectName(u"alasanLabel")

        self.isianForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.alasanLabel)

        self.alasanEdit = QPlainTextEdit(DialogTetapkan)
        self.alasanEdit.setObjectName(u"alasanEdit")
        self.alasanEdit.setTabChangesFocus(True)

        self.isianForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.alasanEdit)


        self.akar.addLayout(self.isianForm)

        self.pesanLabel = QLabel(DialogTetapkan)
        self.pesanLabel.setObjectName(u"pesanLabel")
        self.pesanLabel.setWordWrap(True)
        self.pesanLabel.setStyleSheet(u"color: #a00000")

        self.akar.addWidget(self.pesanLabel)

        self.tombol = QDialogButtonBox(DialogTetapkan)
        self.tombol.setObjectName(u"tombol")
        self.tombol.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.akar.addWidget(self.tombol)

#if QT_CONFIG(shortcut)
        self.tanggalLabel.setBuddy(self.tanggalEdit)
        self.dasarLabel.setBuddy(self.dasarEdit)
        self.alasanLabel.setBuddy(self.alasanEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(DialogTetapkan)
        self.tombol.rejected.connect(DialogTetapkan.reject)

        QMetaObject.connectSlotsByName(DialogTetapkan)
    # setupUi

    def retranslateUi(self, DialogTetapkan):
        DialogTetapkan.setWindowTitle(QCoreApplication.translate("DialogTetapkan", u"Tetapkan dokumen", None))
        self.tanggalLabel.setText(QCoreApplication.translate("DialogTetapkan", u"&Tanggal keputusan:", None))
        self.tanggalEdit.setPlaceholderText(QCoreApplication.translate("DialogTetapkan", u"mis. 5 Januari 2021 atau 2021-01-05", None))
        self.dasarLabel.setText(QCoreApplication.translate("DialogTetapkan", u"&Dasar (keputusan):", None))
        self.dasarEdit.setPlaceholderText(QCoreApplication.translate("DialogTetapkan", u"mis. Keputusan Camat Sumbersuko Nomor 050/12/427.76/2021", None))
        self.alasanLabel.setText(QCoreApplication.translate("DialogTetapkan", u"&Alasan revisi:", None))
        self.alasanEdit.setPlaceholderText(QCoreApplication.translate("DialogTetapkan", u"wajib: mengapa versi sebelumnya direvisi (mis. hasil reviu IKU)", None))
    # retranslateUi

