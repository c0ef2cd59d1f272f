# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'print_opsi.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDialog, QDialogButtonBox, QFormLayout, QLabel,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_DialogOpsiCetak(object):
    def setupUi(self, DialogOpsiCetak):
        if not DialogOpsiCetak.objectName():
            DialogOpsiCetak.setObjectName(u"DialogOpsiCetak")
        DialogOpsiCetak.resize(480, 360)
        self.akar = QVBoxLayout(DialogOpsiCetak)
        self.akar.setSpacing(10)
        self.akar.setObjectName(u"akar")
        self.dokumenLabel = QLabel(DialogOpsiCetak)
        self.dokumenLabel.setObjectName(u"dokumenLabel")
        self.dokumenLabel.setWordWrap(True)

        self.akar.addWidget(self.dokumenLabel)

        self.opsiForm = QFormLayout()
        self.opsiForm.setObjectName(u"opsiForm")
        self.opsiForm.setHorizontalSpacing(12)
        self.opsiForm.setVerticalSpacing(8)
        self.opsiForm.setFieldGrowthPolicy(QFormLayout.ExpandingFieldsGrow)
        self.laporanLabel = QLabel(DialogOpsiCetak)
        self.laporanLabel.setObjectName(u"laporanLabel")

        self.opsiForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.laporanLabel)

        self.laporanCombo = QComboBox(DialogOpsiCetak)
        self.laporanCombo.setObjectName(u"laporanCombo")

        self.opsiForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.laporanCombo)

        self.tahunLabel = QLabel(DialogOpsiCetak)
        self.tahunLabel.setObjectName(u"tahunLabel")

        self.opsiForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.tahunLabel)

        self.tahunCombo = QComboBox(DialogOpsiCetak)
        self.tahunCombo.setObjectName(u"tahunCombo")

        self.opsiForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.tahunCombo)

        self.triwulanLabel = QLabel(DialogOpsiCetak)
        self.triwulanLabel.setObjectName(u"triwulanLabel")

        self.opsiForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.triwulanLabel)

        self.triwulanCombo = QComboBox(DialogOpsiCetak)
        self.triwulanCombo.setObjectName(u"triwulanCombo")

        self.opsiForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.triwulanCombo)

        self.perubahanLabel = QLabel(DialogOpsiCetak)
        self.perubahanLabel.setObjectName(u"perubahanLabel")

        self.opsiForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.perubahanLabel)

        self.perubahanCombo = QComboBox(DialogOpsiCetak)
        self.perubahanCombo.setObjectName(u"perubahanCombo")

        self.opsiForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.perubahanCombo)

        self.sejakLabel = QLabel(DialogOpsiCetak)
        self.sejakLabel.setObjectName(u"sejakLabel")

        self.opsiForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.sejakLabel)

        self.sejakCombo = QComboBox(DialogOpsiCetak)
        self.sejakCombo.setObjectName(u"sejakCombo")

        self.opsiForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.sejakCombo)

        self.ttdLabel = QLabel(DialogOpsiCetak)
        self.ttdLabel.setObjectName(u"ttdLabel")

        self.opsiForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.ttdLabel)

        self.ttdInfo = QLabel(DialogOpsiCetak)
        self.ttdInfo.setObjectName(u"ttdInfo")

        self.opsiForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.ttdInfo)

        self.kertasLabel = QLabel(DialogOpsiCetak)
        self.kertasLabel.setObjectName(u"kertasLabel")

        self.opsiForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.kertasLabel)

        self.kertasCombo = QComboBox(DialogOpsiCetak)
        self.kertasCombo.setObjectName(u"kertasCombo")

        self.opsiForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.kertasCombo)

        self.orientasiLabel = QLabel(DialogOpsiCetak)
        self.orientasiLabel.setObjectName(u"orientasiLabel")

        self.opsiForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.orientasiLabel)

        self.orientasiCombo = QComboBox(DialogOpsiCetak)
        self.orientasiCombo.setObjectName(u"orientasiCombo")

        self.opsiForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.orientasiCombo)

        self.hurufLabel = QLabel(DialogOpsiCetak)
        self.hurufLabel.setObjectName(u"hurufLabel")

        self.opsiForm.setWidget(8, QFormLayout.ItemRole.LabelRole, self.hurufLabel)

        self.hurufCombo = QComboBox(DialogOpsiCetak)
        self.hurufCombo.setObjectName(u"hurufCombo")

        self.opsiForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.hurufCombo)

        self.jilidCheck = QCheckBox(DialogOpsiCetak)
        self.jilidCheck.setObjectName(u"jilidCheck")

        self.opsiForm.setWidget(9, QFormLayout.ItemRole.FieldRole, self.jilidCheck)

        self.penetapanCheck = QCheckBox(DialogOpsiCetak)
        self.penetapanCheck.setObjectName(u"penetapanCheck")

        self.opsiForm.setWidget(10, QFormLayout.ItemRole.FieldRole, self.penetapanCheck)


        self.akar.addLayout(self.opsiForm)

        self.pengisi = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.akar.addItem(self.pengisi)

        self.tombol = QDialogButtonBox(DialogOpsiCetak)
        self.tombol.setObjectName(u"tombol")
        self.tombol.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.akar.addWidget(self.tombol)

#if QT_CONFIG(shortcut)
        self.laporanLabel.setBuddy(self.laporanCombo)
        self.tahunLabel.setBuddy(self.tahunCombo)
        self.triwulanLabel.setBuddy(self.triwulanCombo)
        self.perubahanLabel.setBuddy(self.perubahanCombo)
        self.sejakLabel.setBuddy(self.sejakCombo)
        self.kertasLabel.setBuddy(self.kertasCombo)
        self.orientasiLabel.setBuddy(self.orientasiCombo)
        self.hurufLabel.setBuddy(self.hurufCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(DialogOpsiCetak)
        self.tombol.accepted.connect(DialogOpsiCetak.accept)
        self.tombol.rejected.connect(DialogOpsiCetak.reject)

        QMetaObject.connectSlotsByName(DialogOpsiCetak)
    # setupUi

    def retranslateUi(self, DialogOpsiCetak):
        DialogOpsiCetak.setWindowTitle(QCoreApplication.translate("DialogOpsiCetak", u"Cetak", None))
        self.laporanLabel.setText(QCoreApplication.translate("DialogOpsiCetak", u"&Laporan:", None))
        self.tahunLabel.setText(QCoreApplication.translate("DialogOpsiCetak", u"&Tahun realisasi:", None))
        self.triwulanLabel.setText(QCoreApplication.translate("DialogOpsiCetak", u"T&riwulan:", None))
        self.perubahanLabel.setText(QCoreApplication.translate("DialogOpsiCetak", u"&PK:", None))
        self.sejakLabel.setText(QCoreApplication.translate("DialogOpsiCetak", u"Di&bandingkan sejak:", None))
        self.ttdLabel.setText(QCoreApplication.translate("DialogOpsiCetak", u"Penandatangan:", None))
        self.kertasLabel.setText(QCoreApplication.translate("DialogOpsiCetak", u"&Kertas:", None))
        self.orientasiLabel.setText(QCoreApplication.translate("DialogOpsiCetak", u"&Orientasi:", None))
        self.hurufLabel.setText(QCoreApplication.translate("DialogOpsiCetak", u"&Huruf:", None))
        self.jilidCheck.setText(QCoreApplication.translate("DialogOpsiCetak", u"Sisakan ruang &jilid", None))
        self.penetapanCheck.setText(QCoreApplication.translate("DialogOpsiCetak", u"Cetak versi dan dasar &penetapan di kaki halaman", None))
    # retranslateUi

