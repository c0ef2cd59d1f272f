# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'dialog_tentang.ui'
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
    QFormLayout, QHBoxLayout, QLabel, QLineEdit,
    QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_DialogTentang(object):
    def setupUi(self, DialogTentang):
        if not DialogTentang.objectName():
            DialogTentang.setObjectName(u"DialogTentang")
        DialogTentang.resize(560, 260)
        self.tata = QVBoxLayout(DialogTentang)
        self.tata.setObjectName(u"tata")
        self.tataAtas = QHBoxLayout()
        self.tataAtas.setObjectName(u"tataAtas")
        self.ikon = QLabel(DialogTentang)
        self.ikon.setObjectName(u"ikon")
        self.ikon.setMinimumSize(QSize(64, 64))
        self.ikon.setAlignment(Qt.AlignmentFlag.AlignTop)

        self.tataAtas.addWidget(self.ikon)

        self.teks = QLabel(DialogTentang)
        self.teks.setObjectName(u"teks")
        self.teks.setTextFormat(Qt.TextFormat.RichText)
        self.teks.setWordWrap(True)
        self.teks.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.tataAtas.addWidget(self.teks)

        self.tataAtas.setStretch(1, 1)

        self.tata.addLayout(self.tataAtas)

        self.formulir = QFormLayout()
        self.formulir.setObjectName(u"formulir")
        self.labelFolder = QLabel(DialogTentang)
        self.labelFolder.setObjectName(u"labelFolder")

        self.formulir.setWidget(0, QFormLayout.ItemRole.LabelRole, self.labelFolder)

        self.isiFolder = QLineEdit(DialogTentang)
        self.isiFolder.setObjectName(u"isiFolder")
        self.isiFolder.setReadOnly(True)

        self.formulir.setWidget(0, QFormLayout.ItemRole.FieldRole, self.isiFolder)

        self.labelStore = QLabel(DialogTentang)
        self.labelStore.setObjectName(u"labelStore")

        self.formulir.setWidget(1, QFormLayout.ItemRole.LabelRole, self.labelStore)

        self.isiStore = QLineEdit(DialogTentang)
        self.isiStore.setObjectName(u"isiStore")
        self.isiStore.setReadOnly(True)

        self.formulir.setWidget(1, QFormLayout.ItemRole.FieldRole, self.isiStore)


        self.tata.addLayout(self.formulir)

        self.tataTombol = QHBoxLayout()
        self.tataTombol.setObjectName(u"tataTombol")
        self.tombolFolder = QPushButton(DialogTentang)
        self.tombolFolder.setObjectName(u"tombolFolder")

        self.tataTombol.addWidget(self.tombolFolder)

        self.pengisi = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.tataTombol.addItem(self.pengisi)

        self.tombol = QDialogButtonBox(DialogTentang)
        self.tombol.setObjectName(u"tombol")
        self.tombol.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.tataTombol.addWidget(self.tombol)


        self.tata.addLayout(self.tataTombol)


        self.retranslateUi(DialogTentang)

        QMetaObject.connectSlotsByName(DialogTentang)
    # setupUi

    def retranslateUi(self, DialogTentang):
        DialogTentang.setWindowTitle(QCoreApplication.translate("DialogTentang", u"Tentang IKU Desk", None))
        self.labelFolder.setText(QCoreApplication.translate("DialogTentang", u"Folder data:", None))
        self.labelStore.setText(QCoreApplication.translate("DialogTentang", u"Penyimpanan:", None))
        self.tombolFolder.setText(QCoreApplication.translate("DialogTentang", u"Buka &folder data", None))
    # retranslateUi

