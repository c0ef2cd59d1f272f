# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'dialog_buka.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QDialog,
    QDialogButtonBox, QHeaderView, QLabel, QSizePolicy,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_DialogBuka(object):
    def setupUi(self, DialogBuka):
        if not DialogBuka.objectName():
            DialogBuka.setObjectName(u"DialogBuka")
        DialogBuka.resize(640, 360)
        self.tata = QVBoxLayout(DialogBuka)
        self.tata.setObjectName(u"tata")
        self.label = QLabel(DialogBuka)
        self.label.setObjectName(u"label")

        self.tata.addWidget(self.label)

        self.tabel = QTableWidget(DialogBuka)
        self.tabel.setObjectName(u"tabel")
        self.tabel.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tabel.setAlternatingRowColors(True)
        self.tabel.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tabel.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tabel.setWordWrap(False)
        self.tabel.horizontalHeader().setStretchLastSection(True)
        self.tabel.verticalHeader().setVisible(False)

        self.tata.addWidget(self.tabel)

        self.tombol = QDialogButtonBox(DialogBuka)
        self.tombol.setObjectName(u"tombol")
        self.tombol.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Open)

        self.tata.addWidget(self.tombol)


        self.retranslateUi(DialogBuka)

        QMetaObject.connectSlotsByName(DialogBuka)
    # setupUi

    def retranslateUi(self, DialogBuka):
        DialogBuka.setWindowTitle(QCoreApplication.translate("DialogBuka", u"Buka dokumen", None))
        self.label.setText(QCoreApplication.translate("DialogBuka", u"Pilih dokumen yang akan dibuka:", None))
    # retranslateUi

