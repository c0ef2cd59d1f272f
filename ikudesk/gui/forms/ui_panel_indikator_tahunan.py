# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'panel_indikator_tahunan.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QFormLayout, QGroupBox,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QPlainTextEdit, QSizePolicy, QTableView, QVBoxLayout,
    QWidget)

class Ui_PanelIndikatorTahunan(object):
    def setupUi(self, PanelIndikatorTahunan):
        if not PanelIndikatorTahunan.objectName():
            PanelIndikatorTahunan.setObjectName(u"PanelIndikatorTahunan")
        PanelIndikatorTahunan.resize(640, 520)
        self.akar = QVBoxLayout(PanelIndikatorTahunan)
        self.akar.setObjectName(u"akar")
        self.akar.setContentsMargins(0, -1, 0, -1)
        self.pengukuranGroup = QGroupBox(PanelIndikatorTahunan)
        self.pengukuranGroup.setObjectName(u"pengukuranGroup")
        self.pengukuranForm = QFormLayout(self.pengukuranGroup)
        self.pengukuranForm.setObjectName(u"pengukuranForm")
        self.pengukuranForm.setFieldGrowthPolicy(QFormLayout.ExpandingFieldsGrow)
        self.kodeLabel = QLabel(self.pengukuranGroup)
        self.kodeLabel.setObjectName(u"kodeLabel")

        self.pengukuranForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.kodeLabel)

        self.kodeEdit = QLineEdit(self.pengukuranGroup)
        self.kodeEdit.setObjectName(u"kodeEdit")
        self.kodeEdit.setMaximumSize(QSize(200, 16777215))

        self.pengukuranForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.kodeEdit)

        self.agregasiLabel = QLabel(self.pengukuranGroup)
        self.agregasiLabel.setObjectName(u"agregasiLabel")

        self.pengukuranForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.agregasiLabel)

        self.agregasiCombo = QComboBox(self.pengukuranGroup)
        self.agregasiCombo.setObjectName(u"agregasiCombo")
        self.agregasiCombo.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.agregasiCombo.setMinimumContentsLength(24)

        self.pengukuranForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.agregasiCombo)

        self.definisiLabel = QLabel(self.pengukuranGroup)
        self.definisiLabel.setObjectName(u"definisiLabel")

        self.pengukuranForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.definisiLabel)

        self.definisiEdit = QPlainTextEdit(self.pengukuranGroup)
        self.definisiEdit.setObjectName(u"definisiEdit")
        self.definisiEdit.setMaximumSize(QSize(16777215, 70))
        self.definisiEdit.setTabChangesFocus(True)

        self.pengukuranForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.definisiEdit)

        self.pengukuranPesan = QLabel(self.pengukuranGroup)
        self.pengukuranPesan.setObjectName(u"pengukuranPesan")
        self.pengukuranPesan.setWordWrap(True)

        self.pengukuranForm.setWidget(3, QFormLayout.ItemRole.SpanningRole, self.pengukuranPesan)


        self.akar.addWidget(self.pengukuranGroup)

        self.triwulanGroup = QGroupBox(PanelIndikatorTahunan)
        self.triwulanGroup.setObjectName(u"triwulanGroup")
        self.triwulanBox = QVBoxLayout(self.triwulanGroup)
        self.triwulanBox.setObjectName(u"triwulanBox")
        self.tahunBaris = QHBoxLayout()
        self.tahunBaris.setObjectName(u"tahunBaris")
        self.tahunLabel = QLabel(self.triwulanGroup)
        self.tahunLabel.setObjectName(u"tahunLabel")

        self.tahunBaris.addWidget(self.tahunLabel)

        self.tahunCombo = QComboBox(self.triwulanGroup)
        self.tahunCombo.setObjectName(u"tahunCombo")

        self.tahunBaris.addWidget(self.tahunCombo)

        self.triwulanInfo = QLabel(self.triwulanGroup)
        self.triwulanInfo.setObjectName(u"triwulanInfo")
        self.triwulanInfo.setWordWrap(True)

        self.tahunBaris.addWidget(self.triwulanInfo)

        self.tahunBaris.setStretch(2, 1)

        self.triwulanBox.addLayout(self.tahunBaris)

        self.triwulanTable = QTableView(self.triwulanGroup)
        self.triwulanTable.setObjectName(u"triwulanTable")

        self.triwulanBox.addWidget(self.triwulanTable)

        self.triwulanPesan = QLabel(self.triwulanGroup)
        self.triwulanPesan.setObjectName(u"triwulanPesan")
        self.triwulanPesan.setWordWrap(True)

        self.triwulanBox.addWidget(self.triwulanPesan)

        self.analisisLabel = QLabel(self.triwulanGroup)
        self.analisisLabel.setObjectName(u"analisisLabel")
        self.analisisLabel.setWordWrap(True)

        self.triwulanBox.addWidget(self.analisisLabel)

        self.analisisEdit = QPlainTextEdit(self.triwulanGroup)
        self.analisisEdit.setObjectName(u"analisisEdit")
        self.analisisEdit.setMaximumSize(QSize(16777215, 90))
        self.analisisEdit.setTabChangesFocus(True)

        self.triwulanBox.addWidget(self.analisisEdit)


        self.akar.addWidget(self.triwulanGroup)

#if QT_CONFIG(shortcut)
        self.kodeLabel.setBuddy(self.kodeEdit)
        self.agregasiLabel.setBuddy(self.agregasiCombo)
        self.definisiLabel.setBuddy(self.definisiEdit)
        self.tahunLabel.setBuddy(self.tahunCombo)
        self.analisisLabel.setBuddy(self.analisisEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(PanelIndikatorTahunan)

        QMetaObject.connectSlotsByName(PanelIndikatorTahunan)
    # setupUi

    def retranslateUi(self, PanelIndikatorTahunan):
        self.pengukuranGroup.setTitle(QCoreApplication.translate("PanelIndikatorTahunan", u"Pengukuran kinerja", None))
        self.kodeLabel.setText(QCoreApplication.translate("PanelIndikatorTahunan", u"&Kode:", None))
        self.kodeEdit.setPlaceholderText(QCoreApplication.translate("PanelIndikatorTahunan", u"mis. IKU 3 atau 01.01", None))
        self.agregasiLabel.setText(QCoreApplication.translate("PanelIndikatorTahunan", u"&Agregasi triwulan:", None))
        self.definisiLabel.setText(QCoreApplication.translate("PanelIndikatorTahunan", u"&Definisi operasional:", None))
        self.triwulanGroup.setTitle(QCoreApplication.translate("PanelIndikatorTahunan", u"Nilai per triwulan dan analisis", None))
        self.tahunLabel.setText(QCoreApplication.translate("PanelIndikatorTahunan", u"Ta&hun:", None))
        self.analisisLabel.setText(QCoreApplication.translate("PanelIndikatorTahunan", u"Anal&isis capaian tahun ini (sebab berhasil/gagal, tindak lanjut):", None))
        pass
    # retranslateUi

