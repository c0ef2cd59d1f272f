# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'backup_pulihkan.ui'
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
    QDialogButtonBox, QFormLayout, QGroupBox, QLabel,
    QListWidget, QListWidgetItem, QSizePolicy, QVBoxLayout,
    QWidget)

class Ui_DialogPulihkan(object):
    def setupUi(self, DialogPulihkan):
        if not DialogPulihkan.objectName():
            DialogPulihkan.setObjectName(u"DialogPulihkan")
        DialogPulihkan.resize(560, 440)
        self.akar = QVBoxLayout(DialogPulihkan)
        self.akar.setSpacing(10)
        self.akar.setObjectName(u"akar")
        self.peringatanLabel = QLabel(DialogPulihkan)
        self.peringatanLabel.setObjectName(u"peringatanLabel")
        self.peringatanLabel.setWordWrap(True)

        self.akar.addWidget(self.peringatanLabel)

        self.infoGroup = QGroupBox(DialogPulihkan)
        self.infoGroup.setObjectName(u"infoGroup")
        self.infoForm = QFormLayout(self.infoGroup)
        self.infoForm.setObjectName(u"infoForm")
        self.infoForm.setHorizontalSpacing(12)
        self.infoForm.setVerticalSpacing(6)
        self.berkasLabel = QLabel(self.infoGroup)
        self.berkasLabel.setObjectName(u"berkasLabel")

        self.infoForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.berkasLabel)

        self.berkasNilai = QLabel(self.infoGroup)
        self.berkasNilai.setObjectName(u"berkasNilai")
        self.berkasNilai.setWordWrap(True)
        self.berkasNilai.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.infoForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.berkasNilai)

        self.dibuatLabel = QLabel(self.infoGroup)
        self.dibuatLabel.setObjectName(u"dibuatLabel")

        self.infoForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.dibuatLabel)

        self.dibuatNilai = QLabel(self.infoGroup)
        self.dibuatNilai.setObjectName(u"dibuatNilai")

        self.infoForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.dibuatNilai)

        self.komputerLabel = QLabel(self.infoGroup)
        self.komputerLabel.setObjectName(u"komputerLabel")

        self.infoForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.komputerLabel)

        self.komputerNilai = QLabel(self.infoGroup)
        self.komputerNilai.setObjectName(u"komputerNilai")

        self.infoForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.komputerNilai)

        self.versiLabel = QLabel(self.infoGroup)
        self.versiLabel.setObjectName(u"versiLabel")

        self.infoForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.versiLabel)

        self.versiNilai = QLabel(self.infoGroup)
        self.versiNilai.setObjectName(u"versiNilai")
        self.versiNilai.setWordWrap(True)

        self.infoForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.versiNilai)

        self.ukuranLabel = QLabel(self.infoGroup)
        self.ukuranLabel.setObjectName(u"ukuranLabel")

        self.infoForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.ukuranLabel)

        self.ukuranNilai = QLabel(self.infoGroup)
        self.ukuranNilai.setObjectName(u"ukuranNilai")

        self.infoForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.ukuranNilai)


        self.akar.addWidget(self.infoGroup)

        self.dokumenLabel = QLabel(DialogPulihkan)
        self.dokumenLabel.setObjectName(u"dokumenLabel")

        self.akar.addWidget(self.dokumenLabel)

        self.dokumenList = QListWidget(DialogPulihkan)
        self.dokumenList.setObjectName(u"dokumenList")
        self.dokumenList.setSelectionMode(QAbstractItemView.NoSelection)

        self.akar.addWidget(self.dokumenList)

        self.tombol = QDialogButtonBox(DialogPulihkan)
        self.tombol.setObjectName(u"tombol")
        self.tombol.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.akar.addWidget(self.tombol)


        self.retranslateUi(DialogPulihkan)

        QMetaObject.connectSlotsByName(DialogPulihkan)
    # setupUi

    def retranslateUi(self, DialogPulihkan):
        DialogPulihkan.setWindowTitle(QCoreApplication.translate("DialogPulihkan", u"Pulihkan dari Cadangan", None))
        self.peringatanLabel.setText(QCoreApplication.translate("DialogPulihkan", u"Seluruh isi penyimpanan sekarang akan diganti dengan isi cadangan ini. Isi sekarang dicadangkan dulu secara otomatis, sehingga dapat dikembalikan lewat Berkas \u2192 Cadangan Otomatis.", None))
        self.infoGroup.setTitle(QCoreApplication.translate("DialogPulihkan", u"Isi cadangan", None))
        self.berkasLabel.setText(QCoreApplication.translate("DialogPulihkan", u"Berkas:", None))
        self.dibuatLabel.setText(QCoreApplication.translate("DialogPulihkan", u"Dibuat:", None))
        self.komputerLabel.setText(QCoreApplication.translate("DialogPulihkan", u"Komputer:", None))
        self.versiLabel.setText(QCoreApplication.translate("DialogPulihkan", u"Versi:", None))
        self.ukuranLabel.setText(QCoreApplication.translate("DialogPulihkan", u"Ukuran:", None))
        self.dokumenLabel.setText(QCoreApplication.translate("DialogPulihkan", u"Dokumen di dalam cadangan:", None))
    # retranslateUi

