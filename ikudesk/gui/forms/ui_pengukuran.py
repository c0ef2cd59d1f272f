# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'pengukuran.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QHBoxLayout, QHeaderView,
    QLabel, QSizePolicy, QVBoxLayout, QWidget)

from ikudesk.gui.pengukuran.grid import GridPengukuran

class Ui_Pengukuran(object):
    def setupUi(self, Pengukuran):
        if not Pengukuran.objectName():
            Pengukuran.setObjectName(u"Pengukuran")
        Pengukuran.resize(1280, 720)
        self.akar = QVBoxLayout(Pengukuran)
        self.akar.setObjectName(u"akar")
        self.atas = QHBoxLayout()
        self.atas.setObjectName(u"atas")
        self.tahunLabel = QLabel(Pengukuran)
        self.tahunLabel.setObjectName(u"tahunLabel")

        self.atas.addWidget(self.tahunLabel)

        self.tahunCombo = QComboBox(Pengukuran)
        self.tahunCombo.setObjectName(u"tahunCombo")

        self.atas.addWidget(self.tahunCombo)

        self.periodeLabel = QLabel(Pengukuran)
        self.periodeLabel.setObjectName(u"periodeLabel")

        self.atas.addWidget(self.periodeLabel)

        self.periodeCombo = QComboBox(Pengukuran)
        self.periodeCombo.setObjectName(u"periodeCombo")

        self.atas.addWidget(self.periodeCombo)

        self.petunjuk = QLabel(Pengukuran)
        self.petunjuk.setObjectName(u"petunjuk")
        self.petunjuk.setStyleSheet(u"color: #555; margin-left: 12px")

        self.atas.addWidget(self.petunjuk)

        self.atas.setStretch(4, 1)

        self.akar.addLayout(self.atas)

        self.grid = GridPengukuran(Pengukuran)
        self.grid.setObjectName(u"grid")

        self.akar.addWidget(self.grid)

        self.pesanGrid = QLabel(Pengukuran)
        self.pesanGrid.setObjectName(u"pesanGrid")
        self.pesanGrid.setWordWrap(True)

        self.akar.addWidget(self.pesanGrid)

#if QT_CONFIG(shortcut)
        self.tahunLabel.setBuddy(self.tahunCombo)
        self.periodeLabel.setBuddy(self.periodeCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(Pengukuran)

        QMetaObject.connectSlotsByName(Pengukuran)
    # setupUi

    def retranslateUi(self, Pengukuran):
        self.tahunLabel.setText(QCoreApplication.translate("Pengukuran", u"&Tahun:", None))
        self.periodeLabel.setText(QCoreApplication.translate("Pengukuran", u"&Periode:", None))
        self.petunjuk.setText(QCoreApplication.translate("Pengukuran", u"Ketik untuk mengisi \u00b7 Enter: ke bawah \u00b7 Tab: ke kanan \u00b7 Delete: kosongkan \u00b7 Ctrl+V: tempel dari Excel/LibreOffice", None))
        pass
    # retranslateUi

