# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'excel_pratinjau.ui'
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
    QDialogButtonBox, QHBoxLayout, QLabel, QPlainTextEdit,
    QSizePolicy, QVBoxLayout, QWidget)

class Ui_DialogPratinjauExcel(object):
    def setupUi(self, DialogPratinjauExcel):
        if not DialogPratinjauExcel.objectName():
            DialogPratinjauExcel.setObjectName(u"DialogPratinjauExcel")
        DialogPratinjauExcel.resize(820, 520)
        self.akar = QVBoxLayout(DialogPratinjauExcel)
        self.akar.setSpacing(8)
        self.akar.setObjectName(u"akar")
        self.ringkasanLabel = QLabel(DialogPratinjauExcel)
        self.ringkasanLabel.setObjectName(u"ringkasanLabel")
        self.ringkasanLabel.setWordWrap(True)

        self.akar.addWidget(self.ringkasanLabel)

        self.barisTujuan = QHBoxLayout()
        self.barisTujuan.setObjectName(u"barisTujuan")
        self.tujuanLabel = QLabel(DialogPratinjauExcel)
        self.tujuanLabel.setObjectName(u"tujuanLabel")

        self.barisTujuan.addWidget(self.tujuanLabel)

        self.tujuanCombo = QComboBox(DialogPratinjauExcel)
        self.tujuanCombo.setObjectName(u"tujuanCombo")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.tujuanCombo.sizePolicy().hasHeightForWidth())
        self.tujuanCombo.setSizePolicy(sizePolicy)

        self.barisTujuan.addWidget(self.tujuanCombo)


        self.akar.addLayout(self.barisTujuan)

        self.daftarTeks = QPlainTextEdit(DialogPratinjauExcel)
        self.daftarTeks.setObjectName(u"daftarTeks")
        self.daftarTeks.setReadOnly(True)
        self.daftarTeks.setLineWrapMode(QPlainTextEdit.WidgetWidth)

        self.akar.addWidget(self.daftarTeks)

        self.peringatanLabel = QLabel(DialogPratinjauExcel)
        self.peringatanLabel.setObjectName(u"peringatanLabel")
        self.peringatanLabel.setWordWrap(True)
        self.peringatanLabel.setStyleSheet(u"color: #8a5a00;")

        self.akar.addWidget(self.peringatanLabel)

        self.tombol = QDialogButtonBox(DialogPratinjauExcel)
        self.tombol.setObjectName(u"tombol")
        self.tombol.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.akar.addWidget(self.tombol)

#if QT_CONFIG(shortcut)
        self.tujuanLabel.setBuddy(self.tujuanCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(DialogPratinjauExcel)
        self.tombol.accepted.connect(DialogPratinjauExcel.accept)
        self.tombol.rejected.connect(DialogPratinjauExcel.reject)

        QMetaObject.connectSlotsByName(DialogPratinjauExcel)
    # setupUi

    def retranslateUi(self, DialogPratinjauExcel):
        DialogPratinjauExcel.setWindowTitle(QCoreApplication.translate("DialogPratinjauExcel", u"Pratinjau Impor", None))
        self.tujuanLabel.setText(QCoreApplication.translate("DialogPratinjauExcel", u"&Masukkan ke:", None))
    # retranslateUi

