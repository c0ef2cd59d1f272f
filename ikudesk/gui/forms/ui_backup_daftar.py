# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'backup_daftar.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QDialog, QHBoxLayout,
    QHeaderView, QLabel, QPushButton, QSizePolicy,
    QSpacerItem, QTableWidget, QTableWidgetItem, QVBoxLayout,
    QWidget)

class Ui_DialogDaftarCadangan(object):
    def setupUi(self, DialogDaftarCadangan):
        if not DialogDaftarCadangan.objectName():
            DialogDaftarCadangan.setObjectName(u"DialogDaftarCadangan")
        DialogDaftarCadangan.resize(720, 420)
        self.akar = QVBoxLayout(DialogDaftarCadangan)
        self.akar.setSpacing(8)
        self.akar.setObjectName(u"akar")
        self.keteranganLabel = QLabel(DialogDaftarCadangan)
        self.keteranganLabel.setObjectName(u"keteranganLabel")
        self.keteranganLabel.setWordWrap(True)

        self.akar.addWidget(self.keteranganLabel)

        self.folderLabel = QLabel(DialogDaftarCadangan)
        self.folderLabel.setObjectName(u"folderLabel")
        self.folderLabel.setWordWrap(True)
        self.folderLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.akar.addWidget(self.folderLabel)

        self.tabel = QTableWidget(DialogDaftarCadangan)
        if (self.tabel.columnCount() < 4):
            self.tabel.setColumnCount(4)
        __qtablewidgetitem = QTableWidgetItem()
        self.tabel.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.tabel.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.tabel.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.tabel.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        self.tabel.setObjectName(u"tabel")
        self.tabel.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.tabel.setSelectionMode(QAbstractItemView.SingleSelection)
        self.tabel.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.tabel.setAlternatingRowColors(True)
        self.tabel.horizontalHeader().setStretchLastSection(True)
        self.tabel.verticalHeader().setVisible(False)

        self.akar.addWidget(self.tabel)

        self.barisTombol = QHBoxLayout()
        self.barisTombol.setObjectName(u"barisTombol")
        self.pulihkanTombol = QPushButton(DialogDaftarCadangan)
        self.pulihkanTombol.setObjectName(u"pulihkanTombol")
        self.pulihkanTombol.setEnabled(False)

        self.barisTombol.addWidget(self.pulihkanTombol)

        self.folderTombol = QPushButton(DialogDaftarCadangan)
        self.folderTombol.setObjectName(u"folderTombol")

        self.barisTombol.addWidget(self.folderTombol)

        self.pengisi = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.barisTombol.addItem(self.pengisi)

        self.tutupTombol = QPushButton(DialogDaftarCadangan)
        self.tutupTombol.setObjectName(u"tutupTombol")

        self.barisTombol.addWidget(self.tutupTombol)


        self.akar.addLayout(self.barisTombol)


        self.retranslateUi(DialogDaftarCadangan)

        QMetaObject.connectSlotsByName(DialogDaftarCadangan)
    # setupUi

    def retranslateUi(self, DialogDaftarCadangan):
        DialogDaftarCadangan.setWindowTitle(QCoreApplication.translate("DialogDaftarCadangan", u"Cadangan Otomatis", None))
        self.keteranganLabel.setText(QCoreApplication.translate("DialogDaftarCadangan", u"IKU Desk membuat satu cadangan sehari saat program ditutup dan menyimpan sepuluh hari terakhir. Cadangan \"sebelum pemulihan\" dibuat setiap kali penyimpanan dipulihkan.", None))
        ___qtablewidgetitem = self.tabel.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("DialogDaftarCadangan", u"Waktu", None))
        ___qtablewidgetitem1 = self.tabel.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("DialogDaftarCadangan", u"Jenis", None))
        ___qtablewidgetitem2 = self.tabel.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("DialogDaftarCadangan", u"Ukuran", None))
        ___qtablewidgetitem3 = self.tabel.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("DialogDaftarCadangan", u"Dokumen", None))
        self.pulihkanTombol.setText(QCoreApplication.translate("DialogDaftarCadangan", u"&Pulihkan\u2026", None))
        self.folderTombol.setText(QCoreApplication.translate("DialogDaftarCadangan", u"Buka &Folder", None))
        self.tutupTombol.setText(QCoreApplication.translate("DialogDaftarCadangan", u"&Tutup", None))
    # retranslateUi

