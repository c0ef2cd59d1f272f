# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'dialog_riwayat.ui'
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
    QDialogButtonBox, QHBoxLayout, QHeaderView, QLabel,
    QPlainTextEdit, QPushButton, QSizePolicy, QSpacerItem,
    QTabWidget, QTableWidget, QTableWidgetItem, QVBoxLayout,
    QWidget)

class Ui_DialogRiwayat(object):
    def setupUi(self, DialogRiwayat):
        if not DialogRiwayat.objectName():
            DialogRiwayat.setObjectName(u"DialogRiwayat")
        DialogRiwayat.resize(860, 560)
        self.akar = QVBoxLayout(DialogRiwayat)
        self.akar.setObjectName(u"akar")
        self.statusLabel = QLabel(DialogRiwayat)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setWordWrap(True)

        self.akar.addWidget(self.statusLabel)

        self.tab = QTabWidget(DialogRiwayat)
        self.tab.setObjectName(u"tab")
        self.versiTab = QWidget()
        self.versiTab.setObjectName(u"versiTab")
        self.versiTata = QVBoxLayout(self.versiTab)
        self.versiTata.setObjectName(u"versiTata")
        self.versiTable = QTableWidget(self.versiTab)
        self.versiTable.setObjectName(u"versiTable")

        self.versiTata.addWidget(self.versiTable)

        self.bandingTata = QHBoxLayout()
        self.bandingTata.setObjectName(u"bandingTata")
        self.dariLabel = QLabel(self.versiTab)
        self.dariLabel.setObjectName(u"dariLabel")

        self.bandingTata.addWidget(self.dariLabel)

        self.dariCombo = QComboBox(self.versiTab)
        self.dariCombo.setObjectName(u"dariCombo")

        self.bandingTata.addWidget(self.dariCombo)

        self.keLabel = QLabel(self.versiTab)
        self.keLabel.setObjectName(u"keLabel")

        self.bandingTata.addWidget(self.keLabel)

        self.keCombo = QComboBox(self.versiTab)
        self.keCombo.setObjectName(u"keCombo")

        self.bandingTata.addWidget(self.keCombo)

        self.bandingButton = QPushButton(self.versiTab)
        self.bandingButton.setObjectName(u"bandingButton")

        self.bandingTata.addWidget(self.bandingButton)

        self.pengisiBanding = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.bandingTata.addItem(self.pengisiBanding)


        self.versiTata.addLayout(self.bandingTata)

        self.bandingText = QPlainTextEdit(self.versiTab)
        self.bandingText.setObjectName(u"bandingText")
        self.bandingText.setReadOnly(True)

        self.versiTata.addWidget(self.bandingText)

        self.tab.addTab(self.versiTab, "")
        self.perubahanTab = QWidget()
        self.perubahanTab.setObjectName(u"perubahanTab")
        self.perubahanTata = QVBoxLayout(self.perubahanTab)
        self.perubahanTata.setObjectName(u"perubahanTata")
        self.perubahanTable = QTableWidget(self.perubahanTab)
        self.perubahanTable.setObjectName(u"perubahanTable")

        self.perubahanTata.addWidget(self.perubahanTable)

        self.tab.addTab(self.perubahanTab, "")

        self.akar.addWidget(self.tab)

        self.tombol = QDialogButtonBox(DialogRiwayat)
        self.tombol.setObjectName(u"tombol")
        self.tombol.setStandardButtons(QDialogButtonBox.Close)

        self.akar.addWidget(self.tombol)

#if QT_CONFIG(shortcut)
        self.dariLabel.setBuddy(self.dariCombo)
        self.keLabel.setBuddy(self.keCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(DialogRiwayat)
        self.tombol.rejected.connect(DialogRiwayat.reject)

        QMetaObject.connectSlotsByName(DialogRiwayat)
    # setupUi

    def retranslateUi(self, DialogRiwayat):
        DialogRiwayat.setWindowTitle(QCoreApplication.translate("DialogRiwayat", u"Riwayat dokumen", None))
        self.dariLabel.setText(QCoreApplication.translate("DialogRiwayat", u"Bandingkan &dari:", None))
        self.keLabel.setText(QCoreApplication.translate("DialogRiwayat", u"&ke:", None))
        self.bandingButton.setText(QCoreApplication.translate("DialogRiwayat", u"&Bandingkan", None))
        self.tab.setTabText(self.tab.indexOf(self.versiTab), QCoreApplication.translate("DialogRiwayat", u"&Versi yang ditetapkan", None))
        self.tab.setTabText(self.tab.indexOf(self.perubahanTab), QCoreApplication.translate("DialogRiwayat", u"&Perubahan (siapa mengubah apa)", None))
    # retranslateUi

