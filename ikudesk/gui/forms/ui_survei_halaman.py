# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'survei_halaman.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QFormLayout,
    QHBoxLayout, QHeaderView, QLabel, QPushButton,
    QSizePolicy, QSpacerItem, QSplitter, QTableView,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_HalamanSurvei(object):
    def setupUi(self, HalamanSurvei):
        if not HalamanSurvei.objectName():
            HalamanSurvei.setObjectName(u"HalamanSurvei")
        HalamanSurvei.resize(1100, 640)
        self.akar = QVBoxLayout(HalamanSurvei)
        self.akar.setSpacing(6)
        self.akar.setObjectName(u"akar")
        self.barisAtas = QHBoxLayout()
        self.barisAtas.setObjectName(u"barisAtas")
        self.judulLabel = QLabel(HalamanSurvei)
        self.judulLabel.setObjectName(u"judulLabel")
        self.judulLabel.setWordWrap(True)
        self.judulLabel.setStyleSheet(u"font-weight: bold;")

        self.barisAtas.addWidget(self.judulLabel)

        self.tahunLabel = QLabel(HalamanSurvei)
        self.tahunLabel.setObjectName(u"tahunLabel")

        self.barisAtas.addWidget(self.tahunLabel)

        self.tahunCombo = QComboBox(HalamanSurvei)
        self.tahunCombo.setObjectName(u"tahunCombo")

        self.barisAtas.addWidget(self.tahunCombo)

        self.penimbangLabel = QLabel(HalamanSurvei)
        self.penimbangLabel.setObjectName(u"penimbangLabel")

        self.barisAtas.addWidget(self.penimbangLabel)

        self.penimbangCombo = QComboBox(HalamanSurvei)
        self.penimbangCombo.setObjectName(u"penimbangCombo")

        self.barisAtas.addWidget(self.penimbangCombo)

        self.barisAtas.setStretch(0, 1)

        self.akar.addLayout(self.barisAtas)

        self.barisTombol = QHBoxLayout()
        self.barisTombol.setObjectName(u"barisTombol")
        self.buatTombol = QPushButton(HalamanSurvei)
        self.buatTombol.setObjectName(u"buatTombol")

        self.barisTombol.addWidget(self.buatTombol)

        self.imporTombol = QPushButton(HalamanSurvei)
        self.imporTombol.setObjectName(u"imporTombol")

        self.barisTombol.addWidget(self.imporTombol)

        self.hapusBarisTombol = QPushButton(HalamanSurvei)
        self.hapusBarisTombol.setObjectName(u"hapusBarisTombol")

        self.barisTombol.addWidget(self.hapusBarisTombol)

        self.unsurTombol = QPushButton(HalamanSurvei)
        self.unsurTombol.setObjectName(u"unsurTombol")

        self.barisTombol.addWidget(self.unsurTombol)

        self.hapusSurveiTombol = QPushButton(HalamanSurvei)
        self.hapusSurveiTombol.setObjectName(u"hapusSurveiTombol")

        self.barisTombol.addWidget(self.hapusSurveiTombol)

        self.pengisiTombol = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.barisTombol.addItem(self.pengisiTombol)


        self.akar.addLayout(self.barisTombol)

        self.pemisah = QSplitter(HalamanSurvei)
        self.pemisah.setObjectName(u"pemisah")
        self.pemisah.setOrientation(Qt.Horizontal)
        self.pemisah.setChildrenCollapsible(False)
        self.grid = QTableView(self.pemisah)
        self.grid.setObjectName(u"grid")
        self.grid.setSelectionMode(QAbstractItemView.ExtendedSelection)
        self.pemisah.addWidget(self.grid)
        self.grid.horizontalHeader().setStretchLastSection(True)
        self.hasilPanel = QWidget(self.pemisah)
        self.hasilPanel.setObjectName(u"hasilPanel")
        self.hasilTata = QVBoxLayout(self.hasilPanel)
        self.hasilTata.setObjectName(u"hasilTata")
        self.hasilTata.setContentsMargins(0, 0, 0, 0)
        self.hasilJudul = QLabel(self.hasilPanel)
        self.hasilJudul.setObjectName(u"hasilJudul")
        self.hasilJudul.setStyleSheet(u"font-weight: bold;")

        self.hasilTata.addWidget(self.hasilJudul)

        self.nrrTabel = QTableWidget(self.hasilPanel)
        if (self.nrrTabel.columnCount() < 3):
            self.nrrTabel.setColumnCount(3)
        __qtablewidgetitem = QTableWidgetItem()
        self.nrrTabel.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.nrrTabel.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.nrrTabel.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        self.nrrTabel.setObjectName(u"nrrTabel")
        self.nrrTabel.setColumnCount(3)
        self.nrrTabel.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.nrrTabel.verticalHeader().setVisible(False)

        self.hasilTata.addWidget(self.nrrTabel)

        self.ringkasan = QFormLayout()
        self.ringkasan.setObjectName(u"ringkasan")
        self.respondenJudul = QLabel(self.hasilPanel)
        self.respondenJudul.setObjectName(u"respondenJudul")

        self.ringkasan.setWidget(0, QFormLayout.ItemRole.LabelRole, self.respondenJudul)

        self.respondenLabel = QLabel(self.hasilPanel)
        self.respondenLabel.setObjectName(u"respondenLabel")

        self.ringkasan.setWidget(0, QFormLayout.ItemRole.FieldRole, self.respondenLabel)

        self.indeksJudul = QLabel(self.hasilPanel)
        self.indeksJudul.setObjectName(u"indeksJudul")

        self.ringkasan.setWidget(1, QFormLayout.ItemRole.LabelRole, self.indeksJudul)

        self.indeksLabel = QLabel(self.hasilPanel)
        self.indeksLabel.setObjectName(u"indeksLabel")

        self.ringkasan.setWidget(1, QFormLayout.ItemRole.FieldRole, self.indeksLabel)

        self.ikmJudul = QLabel(self.hasilPanel)
        self.ikmJudul.setObjectName(u"ikmJudul")

        self.ringkasan.setWidget(2, QFormLayout.ItemRole.LabelRole, self.ikmJudul)

        self.ikmLabel = QLabel(self.hasilPanel)
        self.ikmLabel.setObjectName(u"ikmLabel")
        self.ikmLabel.setStyleSheet(u"font-weight: bold;")

        self.ringkasan.setWidget(2, QFormLayout.ItemRole.FieldRole, self.ikmLabel)

        self.mutuJudul = QLabel(self.hasilPanel)
        self.mutuJudul.setObjectName(u"mutuJudul")

        self.ringkasan.setWidget(3, QFormLayout.ItemRole.LabelRole, self.mutuJudul)

        self.mutuLabel = QLabel(self.hasilPanel)
        self.mutuLabel.setObjectName(u"mutuLabel")

        self.ringkasan.setWidget(3, QFormLayout.ItemRole.FieldRole, self.mutuLabel)

        self.kinerjaJudul = QLabel(self.hasilPanel)
        self.kinerjaJudul.setObjectName(u"kinerjaJudul")

        self.ringkasan.setWidget(4, QFormLayout.ItemRole.LabelRole, self.kinerjaJudul)

        self.kinerjaLabel = QLabel(self.hasilPanel)
        self.kinerjaLabel.setObjectName(u"kinerjaLabel")

        self.ringkasan.setWidget(4, QFormLayout.ItemRole.FieldRole, self.kinerjaLabel)


        self.hasilTata.addLayout(self.ringkasan)

        self.keteranganLabel = QLabel(self.hasilPanel)
        self.keteranganLabel.setObjectName(u"keteranganLabel")
        self.keteranganLabel.setWordWrap(True)

        self.hasilTata.addWidget(self.keteranganLabel)

        self.hasilTata.setStretch(1, 1)
        self.pemisah.addWidget(self.hasilPanel)

        self.akar.addWidget(self.pemisah)

        self.pesanLabel = QLabel(HalamanSurvei)
        self.pesanLabel.setObjectName(u"pesanLabel")
        self.pesanLabel.setWordWrap(True)
        self.pesanLabel.setStyleSheet(u"color: #b00020;")

        self.akar.addWidget(self.pesanLabel)

        self.akar.setStretch(2, 1)
#if QT_CONFIG(shortcut)
        self.tahunLabel.setBuddy(self.tahunCombo)
        self.penimbangLabel.setBuddy(self.penimbangCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(HalamanSurvei)

        QMetaObject.connectSlotsByName(HalamanSurvei)
    # setupUi

    def retranslateUi(self, HalamanSurvei):
        HalamanSurvei.setWindowTitle(QCoreApplication.translate("HalamanSurvei", u"Survei IKM", None))
        self.tahunLabel.setText(QCoreApplication.translate("HalamanSurvei", u"&Tahun:", None))
        self.penimbangLabel.setText(QCoreApplication.translate("HalamanSurvei", u"&Penimbang:", None))
        self.buatTombol.setText(QCoreApplication.translate("HalamanSurvei", u"&Buat survei tahun ini", None))
        self.imporTombol.setText(QCoreApplication.translate("HalamanSurvei", u"&Impor CSV/XLSX\u2026", None))
        self.hapusBarisTombol.setText(QCoreApplication.translate("HalamanSurvei", u"Hapus &baris", None))
        self.unsurTombol.setText(QCoreApplication.translate("HalamanSurvei", u"Nama &unsur\u2026", None))
#if QT_CONFIG(tooltip)
        self.unsurTombol.setToolTip(QCoreApplication.translate("HalamanSurvei", u"Ubah nama unsur (satu per baris, urutan seperti kuesioner kantor Anda)", None))
#endif // QT_CONFIG(tooltip)
        self.hapusSurveiTombol.setText(QCoreApplication.translate("HalamanSurvei", u"Hapus &survei", None))
        self.hasilJudul.setText(QCoreApplication.translate("HalamanSurvei", u"Hasil survei", None))
        ___qtablewidgetitem = self.nrrTabel.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("HalamanSurvei", u"Unsur", None))
        ___qtablewidgetitem1 = self.nrrTabel.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("HalamanSurvei", u"NRR", None))
        ___qtablewidgetitem2 = self.nrrTabel.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("HalamanSurvei", u"NRR tertimbang", None))
        self.respondenJudul.setText(QCoreApplication.translate("HalamanSurvei", u"Responden", None))
        self.indeksJudul.setText(QCoreApplication.translate("HalamanSurvei", u"\u03a3 NRR tertimbang (indeks 1\u20134)", None))
        self.ikmJudul.setText(QCoreApplication.translate("HalamanSurvei", u"IKM (konversi: indeks \u00d7 25)", None))
        self.mutuJudul.setText(QCoreApplication.translate("HalamanSurvei", u"Mutu pelayanan", None))
        self.kinerjaJudul.setText(QCoreApplication.translate("HalamanSurvei", u"Kinerja unit pelayanan", None))
    # retranslateUi

