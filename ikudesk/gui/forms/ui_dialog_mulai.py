# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'dialog_mulai.ui'
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
from PySide6.QtWidgets import (QApplication, QDialog, QHBoxLayout, QLabel,
    QListWidget, QListWidgetItem, QPushButton, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_DialogMulai(object):
    def setupUi(self, DialogMulai):
        if not DialogMulai.objectName():
            DialogMulai.setObjectName(u"DialogMulai")
        DialogMulai.resize(560, 360)
        self.tata = QVBoxLayout(DialogMulai)
        self.tata.setObjectName(u"tata")
        self.judul = QLabel(DialogMulai)
        self.judul.setObjectName(u"judul")
        self.judul.setWordWrap(True)

        self.tata.addWidget(self.judul)

        self.tombolBaru = QPushButton(DialogMulai)
        self.tombolBaru.setObjectName(u"tombolBaru")
        self.tombolBaru.setMinimumSize(QSize(0, 36))

        self.tata.addWidget(self.tombolBaru)

        self.labelContoh = QLabel(DialogMulai)
        self.labelContoh.setObjectName(u"labelContoh")

        self.tata.addWidget(self.labelContoh)

        self.daftarContoh = QListWidget(DialogMulai)
        self.daftarContoh.setObjectName(u"daftarContoh")

        self.tata.addWidget(self.daftarContoh)

        self.tataBawah = QHBoxLayout()
        self.tataBawah.setObjectName(u"tataBawah")
        self.tombolImpor = QPushButton(DialogMulai)
        self.tombolImpor.setObjectName(u"tombolImpor")

        self.tataBawah.addWidget(self.tombolImpor)

        self.pengisi = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.tataBawah.addItem(self.pengisi)

        self.tombolContoh = QPushButton(DialogMulai)
        self.tombolContoh.setObjectName(u"tombolContoh")

        self.tataBawah.addWidget(self.tombolContoh)

        self.tombolTutup = QPushButton(DialogMulai)
        self.tombolTutup.setObjectName(u"tombolTutup")

        self.tataBawah.addWidget(self.tombolTutup)


        self.tata.addLayout(self.tataBawah)

#if QT_CONFIG(shortcut)
        self.labelContoh.setBuddy(self.daftarContoh)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(DialogMulai)

        QMetaObject.connectSlotsByName(DialogMulai)
    # setupUi

    def retranslateUi(self, DialogMulai):
        DialogMulai.setWindowTitle(QCoreApplication.translate("DialogMulai", u"Selamat datang di IKU Desk", None))
        self.judul.setText(QCoreApplication.translate("DialogMulai", u"<h2>Selamat datang di IKU Desk</h2><p>Penyimpanan masih kosong. Mulailah dengan dokumen baru, atau buka salah satu dokumen contoh untuk melihat cara kerja program.</p>", None))
        self.tombolBaru.setText(QCoreApplication.translate("DialogMulai", u"Mulai &dokumen baru\u2026", None))
        self.labelContoh.setText(QCoreApplication.translate("DialogMulai", u"Atau pilih dokumen &contoh:", None))
        self.tombolImpor.setText(QCoreApplication.translate("DialogMulai", u"&Impor berkas .json\u2026", None))
        self.tombolContoh.setText(QCoreApplication.translate("DialogMulai", u"&Buka contoh", None))
        self.tombolTutup.setText(QCoreApplication.translate("DialogMulai", u"&Nanti saja", None))
    # retranslateUi

