# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'survei_impor.ui'
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
    QRadioButton, QSizePolicy, QSpacerItem, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_DialogImporSurvei(object):
    def setupUi(self, DialogImporSurvei):
        if not DialogImporSurvei.objectName():
            DialogImporSurvei.setObjectName(u"DialogImporSurvei")
        DialogImporSurvei.resize(820, 620)
        self.akar = QVBoxLayout(DialogImporSurvei)
        self.akar.setSpacing(6)
        self.akar.setObjectName(u"akar")
        self.berkasLabel = QLabel(DialogImporSurvei)
        self.berkasLabel.setObjectName(u"berkasLabel")
        self.berkasLabel.setWordWrap(True)
        self.berkasLabel.setStyleSheet(u"font-weight: bold;")

        self.akar.addWidget(self.berkasLabel)

        self.petunjukLabel = QLabel(DialogImporSurvei)
        self.petunjukLabel.setObjectName(u"petunjukLabel")
        self.petunjukLabel.setWordWrap(True)

        self.akar.addWidget(self.petunjukLabel)

        self.pemetaanTabel = QTableWidget(DialogImporSurvei)
        if (self.pemetaanTabel.columnCount() < 2):
            self.pemetaanTabel.setColumnCount(2)
        __qtablewidgetitem = QTableWidgetItem()
        self.pemetaanTabel.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.pemetaanTabel.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        self.pemetaanTabel.setObjectName(u"pemetaanTabel")
        self.pemetaanTabel.setColumnCount(2)
        self.pemetaanTabel.horizontalHeader().setStretchLastSection(True)
        self.pemetaanTabel.verticalHeader().setVisible(False)

        self.akar.addWidget(self.pemetaanTabel)

        self.kamusLabel = QLabel(DialogImporSurvei)
        self.kamusLabel.setObjectName(u"kamusLabel")
        self.kamusLabel.setWordWrap(True)

        self.akar.addWidget(self.kamusLabel)

        self.kamusTabel = QTableWidget(DialogImporSurvei)
        if (self.kamusTabel.columnCount() < 3):
            self.kamusTabel.setColumnCount(3)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.kamusTabel.setHorizontalHeaderItem(0, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.kamusTabel.setHorizontalHeaderItem(1, __qtablewidgetitem3)
        __qtablewidgetitem4 = QTableWidgetItem()
        self.kamusTabel.setHorizontalHeaderItem(2, __qtablewidgetitem4)
        self.kamusTabel.setObjectName(u"kamusTabel")
        self.kamusTabel.setColumnCount(3)
        self.kamusTabel.horizontalHeader().setStretchLastSection(True)
        self.kamusTabel.verticalHeader().setVisible(False)

        self.akar.addWidget(self.kamusTabel)

        self.ringkasanLabel = QLabel(DialogImporSurvei)
        self.ringkasanLabel.setObjectName(u"ringkasanLabel")
        self.ringkasanLabel.setWordWrap(True)

        self.akar.addWidget(self.ringkasanLabel)

        self.salahTabel = QTableWidget(DialogImporSurvei)
        if (self.salahTabel.columnCount() < 2):
            self.salahTabel.setColumnCount(2)
        __qtablewidgetitem5 = QTableWidgetItem()
        self.salahTabel.setHorizontalHeaderItem(0, __qtablewidgetitem5)
        __qtablewidgetitem6 = QTableWidgetItem()
        self.salahTabel.setHorizontalHeaderItem(1, __qtablewidgetitem6)
        self.salahTabel.setObjectName(u"salahTabel")
        self.salahTabel.setColumnCount(2)
        self.salahTabel.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.salahTabel.horizontalHeader().setStretchLastSection(True)
        self.salahTabel.verticalHeader().setVisible(False)

        self.akar.addWidget(self.salahTabel)

        self.barisMode = QHBoxLayout()
        self.barisMode.setObjectName(u"barisMode")
        self.gantiRadio = QRadioButton(DialogImporSurvei)
        self.gantiRadio.setObjectName(u"gantiRadio")
        self.gantiRadio.setChecked(True)

        self.barisMode.addWidget(self.gantiRadio)

        self.tambahRadio = QRadioButton(DialogImporSurvei)
        self.tambahRadio.setObjectName(u"tambahRadio")

        self.barisMode.addWidget(self.tambahRadio)

        self.pengisiMode = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.barisMode.addItem(self.pengisiMode)


        self.akar.addLayout(self.barisMode)

        self.pesanLabel = QLabel(DialogImporSurvei)
        self.pesanLabel.setObjectName(u"pesanLabel")
        self.pesanLabel.setWordWrap(True)
        self.pesanLabel.setStyleSheet(u"color: #b00020;")

        self.akar.addWidget(self.pesanLabel)

        self.tombol = QDialogButtonBox(DialogImporSurvei)
        self.tombol.setObjectName(u"tombol")
        self.tombol.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.akar.addWidget(self.tombol)

        self.akar.setStretch(2, 3)
        self.akar.setStretch(4, 1)
        self.akar.setStretch(6, 2)

        self.retranslateUi(DialogImporSurvei)
        self.tombol.rejected.connect(DialogImporSurvei.reject)

        QMetaObject.connectSlotsByName(DialogImporSurvei)
    # setupUi

    def retranslateUi(self, DialogImporSurvei):
        DialogImporSurvei.setWindowTitle(QCoreApplication.translate("DialogImporSurvei", u"Impor Jawaban Survei IKM", None))
        self.petunjukLabel.setText(QCoreApplication.translate("DialogImporSurvei", u"Pilih kolom berkas untuk tiap unsur dan data responden. Usulan dibuat dari judul kolom; periksa dan ubah bila perlu. Jawaban boleh berupa angka 1\u20134 atau kata (mis. \"Sangat sesuai\").", None))
        ___qtablewidgetitem = self.pemetaanTabel.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("DialogImporSurvei", u"Isian survei", None))
        ___qtablewidgetitem1 = self.pemetaanTabel.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("DialogImporSurvei", u"Kolom berkas", None))
        self.kamusLabel.setText(QCoreApplication.translate("DialogImporSurvei", u"Jawaban yang tidak dikenali: pilih nilainya (atau biarkan \"tolak baris\").", None))
        ___qtablewidgetitem2 = self.kamusTabel.horizontalHeaderItem(0)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("DialogImporSurvei", u"Jawaban", None))
        ___qtablewidgetitem3 = self.kamusTabel.horizontalHeaderItem(1)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("DialogImporSurvei", u"Jumlah sel", None))
        ___qtablewidgetitem4 = self.kamusTabel.horizontalHeaderItem(2)
        ___qtablewidgetitem4.setText(QCoreApplication.translate("DialogImporSurvei", u"Nilai", None))
        ___qtablewidgetitem5 = self.salahTabel.horizontalHeaderItem(0)
        ___qtablewidgetitem5.setText(QCoreApplication.translate("DialogImporSurvei", u"Baris", None))
        ___qtablewidgetitem6 = self.salahTabel.horizontalHeaderItem(1)
        ___qtablewidgetitem6.setText(QCoreApplication.translate("DialogImporSurvei", u"Keterangan", None))
        self.gantiRadio.setText(QCoreApplication.translate("DialogImporSurvei", u"&Ganti semua responden", None))
        self.tambahRadio.setText(QCoreApplication.translate("DialogImporSurvei", u"Tambahkan ke responden yang &ada", None))
    # retranslateUi

