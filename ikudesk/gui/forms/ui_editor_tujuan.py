# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'editor_tujuan.ui'
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
from PySide6.QtWidgets import (QApplication, QFormLayout, QGroupBox, QLabel,
    QLineEdit, QPlainTextEdit, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_EditorTujuan(object):
    def setupUi(self, EditorTujuan):
        if not EditorTujuan.objectName():
            EditorTujuan.setObjectName(u"EditorTujuan")
        self.akar = QVBoxLayout(EditorTujuan)
        self.akar.setObjectName(u"akar")
        self.tujuanGroup = QGroupBox(EditorTujuan)
        self.tujuanGroup.setObjectName(u"tujuanGroup")
        self.tujuanForm = QFormLayout(self.tujuanGroup)
        self.tujuanForm.setObjectName(u"tujuanForm")
        self.uraianLabel = QLabel(self.tujuanGroup)
        self.uraianLabel.setObjectName(u"uraianLabel")

        self.tujuanForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.uraianLabel)

        self.uraianEdit = QPlainTextEdit(self.tujuanGroup)
        self.uraianEdit.setObjectName(u"uraianEdit")
        self.uraianEdit.setMaximumSize(QSize(16777215, 110))
        self.uraianEdit.setTabChangesFocus(True)

        self.tujuanForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.uraianEdit)

        self.kelompokLabel = QLabel(self.tujuanGroup)
        self.kelompokLabel.setObjectName(u"kelompokLabel")

        self.tujuanForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.kelompokLabel)

        self.kelompokEdit = QLineEdit(self.tujuanGroup)
        self.kelompokEdit.setObjectName(u"kelompokEdit")

        self.tujuanForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.kelompokEdit)

        self.kelompokInfo = QLabel(self.tujuanGroup)
        self.kelompokInfo.setObjectName(u"kelompokInfo")
        self.kelompokInfo.setWordWrap(True)

        self.tujuanForm.setWidget(2, QFormLayout.ItemRole.SpanningRole, self.kelompokInfo)


        self.akar.addWidget(self.tujuanGroup)

        self.sp_akar_2 = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.akar.addItem(self.sp_akar_2)

        self.akar.setStretch(1, 1)
#if QT_CONFIG(shortcut)
        self.uraianLabel.setBuddy(self.uraianEdit)
        self.kelompokLabel.setBuddy(self.kelompokEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(EditorTujuan)

        QMetaObject.connectSlotsByName(EditorTujuan)
    # setupUi

    def retranslateUi(self, EditorTujuan):
        self.tujuanGroup.setTitle(QCoreApplication.translate("EditorTujuan", u"Tujuan", None))
        self.uraianLabel.setText(QCoreApplication.translate("EditorTujuan", u"&Uraian tujuan:", None))
        self.uraianEdit.setPlaceholderText(QCoreApplication.translate("EditorTujuan", u"Tulis tujuan; kosongkan bila dokumen tidak menyebut tujuan.", None))
        self.kelompokLabel.setText(QCoreApplication.translate("EditorTujuan", u"&Kelompok:", None))
        self.kelompokEdit.setPlaceholderText(QCoreApplication.translate("EditorTujuan", u"mis. NON RUTIN atau RUTIN; kosongkan bila tidak ada", None))
        self.kelompokInfo.setText(QCoreApplication.translate("EditorTujuan", u"Kelompok dicetak sebagai baris judul selebar tabel sebelum baris-baris tujuan ini.", None))
        pass
    # retranslateUi

