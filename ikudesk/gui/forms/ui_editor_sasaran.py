# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'editor_sasaran.ui'
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
    QPlainTextEdit, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_EditorSasaran(object):
    def setupUi(self, EditorSasaran):
        if not EditorSasaran.objectName():
            EditorSasaran.setObjectName(u"EditorSasaran")
        self.akar = QVBoxLayout(EditorSasaran)
        self.akar.setObjectName(u"akar")
        self.sasaranGroup = QGroupBox(EditorSasaran)
        self.sasaranGroup.setObjectName(u"sasaranGroup")
        self.sasaranForm = QFormLayout(self.sasaranGroup)
        self.sasaranForm.setObjectName(u"sasaranForm")
        self.uraianLabel = QLabel(self.sasaranGroup)
        self.uraianLabel.setObjectName(u"uraianLabel")

        self.sasaranForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.uraianLabel)

        self.uraianEdit = QPlainTextEdit(self.sasaranGroup)
        self.uraianEdit.setObjectName(u"uraianEdit")
        self.uraianEdit.setMaximumSize(QSize(16777215, 110))
        self.uraianEdit.setTabChangesFocus(True)

        self.sasaranForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.uraianEdit)


        self.akar.addWidget(self.sasaranGroup)

        self.sp_akar_2 = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.akar.addItem(self.sp_akar_2)

        self.akar.setStretch(1, 1)
#if QT_CONFIG(shortcut)
        self.uraianLabel.setBuddy(self.uraianEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(EditorSasaran)

        QMetaObject.connectSlotsByName(EditorSasaran)
    # setupUi

    def retranslateUi(self, EditorSasaran):
        self.sasaranGroup.setTitle(QCoreApplication.translate("EditorSasaran", u"Sasaran", None))
        self.uraianLabel.setText(QCoreApplication.translate("EditorSasaran", u"&Uraian sasaran:", None))
        self.uraianEdit.setPlaceholderText(QCoreApplication.translate("EditorSasaran", u"Tulis sasaran strategis.", None))
        pass
    # retranslateUi

