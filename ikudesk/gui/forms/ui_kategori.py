# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'kategori.ui'
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
    QDialogButtonBox, QHBoxLayout, QHeaderView, QLabel,
    QPushButton, QSizePolicy, QSpacerItem, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_DialogKategori(object):
    def setupUi(self, DialogKategori):
        if not DialogKategori.objectName():
            DialogKategori.setObjectName(u"DialogKategori")
        DialogKategori.resize(560, 400)
        self.akar = QVBoxLayout(DialogKategori)
        self.akar.setSpacing(8)
        self.akar.setObjectName(u"akar")
        self.keteranganLabel = QLabel(DialogKategori)
        self.keteranganLabel.setObjectName(u"keteranganLabel")
        self.keteranganLabel.setWordWrap(True)

        self.akar.addWidget(self.keteranganLabel)

        self.tabel = QTableWidget(DialogKategori)
        if (self.tabel.columnCount() < 3):
            self.tabel.setColumnCount(3)
        __qtablewidgetitem = QTableWidgetItem()
        self.tabel.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.tabel.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.tabel.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        self.tabel.setObjectName(u"tabel")
        self.tabel.setColumnCount(3)
        self.tabel.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.tabel.horizontalHeader().setStretchLastSection(True)
        self.tabel.verticalHeader().setVisible(False)

        self.akar.addWidget(self.tabel)

        self.barisTombol = QHBoxLayout()
        self.barisTombol.setObjectName(u"barisTombol")
        self.tambahTombol = QPushButton(DialogKategori)
        self.tambahTombol.setObjectName(u"tambahTombol")

        self.barisTombol.addWidget(self.tambahTombol)

        self.hapusTombol = QPushButton(DialogKategori)
        self.hapusTombol.setObjectName(u"hapusTombol")

        self.barisTombol.addWidget(self.hapusTombol)

        self.bawaanTombol = QPushButton(DialogKategori)
        self.bawaanTombol.setObjectName(u"bawaanTombol")

        self.barisTombol.addWidget(self.bawaanTombol)

        self.pengisi = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.barisTombol.addItem(self.pengisi)


        self.akar.addLayout(self.barisTombol)

        self.pesanLabel = QLabel(DialogKategori)
        self.pesanLabel.setObjectName(u"pesanLabel")
        self.pesanLabel.setWordWrap(True)
        self.pesanLabel.setStyleSheet(u"color: #b00020;")

        self.akar.addWidget(self.pesanLabel)

        self.tombol = QDialogButtonBox(DialogKategori)
        self.tombol.setObjectName(u"tombol")
        self.tombol.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.akar.addWidget(self.tombol)


        self.retranslateUi(DialogKategori)
        self.tombol.rejected.connect(DialogKategori.reject)

        QMetaObject.connectSlotsByName(DialogKategori)
    # setupUi

    def retranslateUi(self, DialogKategori):
        DialogKategori.setWindowTitle(QCoreApplication.translate("DialogKategori", u"Kategori Capaian", None))
        self.keteranganLabel.setText(QCoreApplication.translate("DialogKategori", u"Kategori dipakai pada laporan capaian. Sebuah capaian masuk kategori bila nilainya \u2265 batas bawah dan < batas atas. Kosongkan batas bawah kategori terendah dan batas atas kategori tertinggi. Kategori tidak boleh bercelah atau bertumpang tindih.", None))
        ___qtablewidgetitem = self.tabel.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("DialogKategori", u"Nama kategori", None))
        ___qtablewidgetitem1 = self.tabel.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("DialogKategori", u"Batas bawah (\u2265)", None))
        ___qtablewidgetitem2 = self.tabel.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("DialogKategori", u"Batas atas (<)", None))
        self.tambahTombol.setText(QCoreApplication.translate("DialogKategori", u"&Tambah baris", None))
        self.hapusTombol.setText(QCoreApplication.translate("DialogKategori", u"&Hapus baris", None))
        self.bawaanTombol.setText(QCoreApplication.translate("DialogKategori", u"&Kembalikan bawaan", None))
    # retranslateUi

