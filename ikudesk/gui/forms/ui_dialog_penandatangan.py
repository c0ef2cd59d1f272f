# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'dialog_penandatangan.ui'
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
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

from ikudesk.gui.editors.nip_field import NipEdit

class Ui_DialogPenandatangan(object):
    def setupUi(self, DialogPenandatangan):
        if not DialogPenandatangan.objectName():
            DialogPenandatangan.setObjectName(u"DialogPenandatangan")
        DialogPenandatangan.resize(480, 380)
        self.akar = QVBoxLayout(DialogPenandatangan)
        self.akar.setSpacing(8)
        self.akar.setObjectName(u"akar")
        self.infoLabel = QLabel(DialogPenandatangan)
        self.infoLabel.setObjectName(u"infoLabel")
        self.infoLabel.setWordWrap(True)

        self.akar.addWidget(self.infoLabel)

        self.ttdForm = QFormLayout()
        self.ttdForm.setObjectName(u"ttdForm")
        self.ttdForm.setHorizontalSpacing(12)
        self.ttdForm.setVerticalSpacing(6)
        self.ttdForm.setFieldGrowthPolicy(QFormLayout.ExpandingFieldsGrow)
        self.tempatLabel = QLabel(DialogPenandatangan)
        self.tempatLabel.setObjectName(u"tempatLabel")

        self.ttdForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.tempatLabel)

        self.tempatEdit = QLineEdit(DialogPenandatangan)
        self.tempatEdit.setObjectName(u"tempatEdit")

        self.ttdForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.tempatEdit)

        self.tanggalLabel = QLabel(DialogPenandatangan)
        self.tanggalLabel.setObjectName(u"tanggalLabel")

        self.ttdForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.tanggalLabel)

        self.tanggalEdit = QLineEdit(DialogPenandatangan)
        self.tanggalEdit.setObjectName(u"tanggalEdit")

        self.ttdForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.tanggalEdit)

        self.statusLabel = QLabel(DialogPenandatangan)
        self.statusLabel.setObjectName(u"statusLabel")

        self.ttdForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.statusLabel)

        self.statusCombo = QComboBox(DialogPenandatangan)
        self.statusCombo.setObjectName(u"statusCombo")

        self.ttdForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.statusCombo)

        self.jabatanLabel = QLabel(DialogPenandatangan)
        self.jabatanLabel.setObjectName(u"jabatanLabel")

        self.ttdForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.jabatanLabel)

        self.jabatanEdit = QLineEdit(DialogPenandatangan)
        self.jabatanEdit.setObjectName(u"jabatanEdit")

        self.ttdForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.jabatanEdit)

        self.namaLabel = QLabel(DialogPenandatangan)
        self.namaLabel.setObjectName(u"namaLabel")

        self.ttdForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.namaLabel)

        self.namaEdit = QLineEdit(DialogPenandatangan)
        self.namaEdit.setObjectName(u"namaEdit")

        self.ttdForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.namaEdit)

        self.pangkatLabel = QLabel(DialogPenandatangan)
        self.pangkatLabel.setObjectName(u"pangkatLabel")

        self.ttdForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.pangkatLabel)

        self.pangkatEdit = QLineEdit(DialogPenandatangan)
        self.pangkatEdit.setObjectName(u"pangkatEdit")

        self.ttdForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.pangkatEdit)

        self.nipLabel = QLabel(DialogPenandatangan)
        self.nipLabel.setObjectName(u"nipLabel")

        self.ttdForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.nipLabel)

        self.nipEdit = NipEdit(DialogPenandatangan)
        self.nipEdit.setObjectName(u"nipEdit")

        self.ttdForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.nipEdit)


        self.akar.addLayout(self.ttdForm)

        self.pesanLabel = QLabel(DialogPenandatangan)
        self.pesanLabel.setObjectName(u"pesanLabel")
        self.pesanLabel.setWordWrap(True)
        self.pesanLabel.setStyleSheet(u"color: #a00000")

        self.akar.addWidget(self.pesanLabel)

        self.pengisi = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.akar.addItem(self.pengisi)

        self.tombol = QDialogButtonBox(DialogPenandatangan)
        self.tombol.setObjectName(u"tombol")
        self.tombol.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ignore|QDialogButtonBox.Save)

        self.akar.addWidget(self.tombol)

#if QT_CONFIG(shortcut)
        self.tempatLabel.setBuddy(self.tempatEdit)
        self.tanggalLabel.setBuddy(self.tanggalEdit)
        self.statusLabel.setBuddy(self.statusCombo)
        self.jabatanLabel.setBuddy(self.jabatanEdit)
        self.namaLabel.setBuddy(self.namaEdit)
        self.pangkatLabel.setBuddy(self.pangkatEdit)
        self.nipLabel.setBuddy(self.nipEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(DialogPenandatangan)
        self.tombol.rejected.connect(DialogPenandatangan.reject)

        QMetaObject.connectSlotsByName(DialogPenandatangan)
    # setupUi

    def retranslateUi(self, DialogPenandatangan):
        DialogPenandatangan.setWindowTitle(QCoreApplication.translate("DialogPenandatangan", u"Penandatangan laporan tahunan", None))
        self.tempatLabel.setText(QCoreApplication.translate("DialogPenandatangan", u"&Tempat:", None))
        self.tempatEdit.setPlaceholderText(QCoreApplication.translate("DialogPenandatangan", u"mis. Sumber Harta", None))
        self.tanggalLabel.setText(QCoreApplication.translate("DialogPenandatangan", u"Ta&nggal:", None))
        self.tanggalEdit.setPlaceholderText(QCoreApplication.translate("DialogPenandatangan", u"TTTT-BB-HH, mis. 2024-01-12", None))
        self.statusLabel.setText(QCoreApplication.translate("DialogPenandatangan", u"&Status:", None))
        self.jabatanLabel.setText(QCoreApplication.translate("DialogPenandatangan", u"&Jabatan:", None))
        self.jabatanEdit.setPlaceholderText(QCoreApplication.translate("DialogPenandatangan", u"mis. CAMAT SUMBER HARTA", None))
        self.namaLabel.setText(QCoreApplication.translate("DialogPenandatangan", u"N&ama:", None))
        self.pangkatLabel.setText(QCoreApplication.translate("DialogPenandatangan", u"&Pangkat:", None))
        self.nipLabel.setText(QCoreApplication.translate("DialogPenandatangan", u"N&IP:", None))
        self.nipEdit.setPlaceholderText(QCoreApplication.translate("DialogPenandatangan", u"18 angka", None))
    # retranslateUi

