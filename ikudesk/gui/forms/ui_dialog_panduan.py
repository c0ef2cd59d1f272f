# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'dialog_panduan.ui'
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
    QSizePolicy, QTextBrowser, QVBoxLayout, QWidget)

class Ui_DialogPanduan(object):
    def setupUi(self, DialogPanduan):
        if not DialogPanduan.objectName():
            DialogPanduan.setObjectName(u"DialogPanduan")
        DialogPanduan.resize(640, 520)
        self.tata = QVBoxLayout(DialogPanduan)
        self.tata.setObjectName(u"tata")
        self.teks = QTextBrowser(DialogPanduan)
        self.teks.setObjectName(u"teks")
        self.teks.setOpenExternalLinks(False)

        self.tata.addWidget(self.teks)

        self.tombol = QDialogButtonBox(DialogPanduan)
        self.tombol.setObjectName(u"tombol")
        self.tombol.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.tata.addWidget(self.tombol)


        self.retranslateUi(DialogPanduan)

        QMetaObject.connectSlotsByName(DialogPanduan)
    # setupUi

    def retranslateUi(self, DialogPanduan):
        DialogPanduan.setWindowTitle(QCoreApplication.translate("DialogPanduan", u"Panduan IKU Desk", None))
    # retranslateUi

