# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'ringkasan.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QHBoxLayout,
    QHeaderView, QLabel, QSizePolicy, QSpacerItem,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_HalamanRingkasan(object):
    def setupUi(self, HalamanRingkasan):
        if not HalamanRingkasan.objectName():
            HalamanRingkasan.setObjectName(u"HalamanRingkasan")
        self.akar = QVBoxLayout(HalamanRingkasan)
        self.akar.setObjectName(u"akar")
        self.barisAtas = QHBoxLayout()
        self.barisAtas.setObjectName(u"barisAtas")
        self.tahunLabel = QLabel(HalamanRingkasan)
        self.tahunLabel.setObjectName(u"tahunLabel")

        self.barisAtas.addWidget(self.tahunLabel)

        self.tahunCombo = QComboBox(HalamanRingkasan)
        self.tahunCombo.setObjectName(u"tahunCombo")

        self.barisAtas.addWidget(self.tahunCombo)

        self.dokumenLabel = QLabel(HalamanRingkasan)
        self.dokumenLabel.setObjectName(u"dokumenLabel")
        self.dokumenLabel.setTextFormat(Qt.RichText)

        self.barisAtas.addWidget(self.dokumenLabel)

        self.pengisi = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.barisAtas.addItem(self.pengisi)

        self.rataLabel = QLabel(HalamanRingkasan)
        self.rataLabel.setObjectName(u"rataLabel")

        self.barisAtas.addWidget(self.rataLabel)


        self.akar.addLayout(self.barisAtas)

        self.wadahGrafik = QWidget(HalamanRingkasan)
        self.wadahGrafik.setObjectName(u"wadahGrafik")
        self.tataGrafik = QVBoxLayout(self.wadahGrafik)
        self.tataGrafik.setObjectName(u"tataGrafik")
        self.tataGrafik.setContentsMargins(0, 0, 0, 0)

        self.akar.addWidget(self.wadahGrafik)

        self.tabelKategori = QTableWidget(HalamanRingkasan)
        self.tabelKategori.setObjectName(u"tabelKategori")
        self.tabelKategori.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.tabelKategori.setMaximumSize(QSize(16777215, 400))

        self.akar.addWidget(self.tabelKategori)

        self.catatanLabel = QLabel(HalamanRingkasan)
        self.catatanLabel.setObjectName(u"catatanLabel")
        self.catatanLabel.setWordWrap(True)

        self.akar.addWidget(self.catatanLabel)

        self.akar.setStretch(1, 1)
#if QT_CONFIG(shortcut)
        self.tahunLabel.setBuddy(self.tahunCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(HalamanRingkasan)

        QMetaObject.connectSlotsByName(HalamanRingkasan)
    # setupUi

    def retranslateUi(self, HalamanRingkasan):
        HalamanRingkasan.setWindowTitle(QCoreApplication.translate("HalamanRingkasan", u"Ringkasan Capaian", None))
        self.tahunLabel.setText(QCoreApplication.translate("HalamanRingkasan", u"&Tahun:", None))
        self.dokumenLabel.setText("")
        self.rataLabel.setText("")
        self.catatanLabel.setText("")
    # retranslateUi

