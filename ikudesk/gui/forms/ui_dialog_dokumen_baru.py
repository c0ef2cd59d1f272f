# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'dialog_dokumen_baru.ui'
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
    QFormLayout, QHBoxLayout, QLabel, QLineEdit,
    QSizePolicy, QSpacerItem, QSpinBox, QVBoxLayout,
    QWidget)

class Ui_DialogDokumenBaru(object):
    def setupUi(self, DialogDokumenBaru):
        if not DialogDokumenBaru.objectName():
            DialogDokumenBaru.setObjectName(u"DialogDokumenBaru")
        DialogDokumenBaru.resize(520, 200)
        self.tata = QVBoxLayout(DialogDokumenBaru)
        self.tata.setObjectName(u"tata")
        self.keterangan = QLabel(DialogDokumenBaru)
        self.keterangan.setObjectName(u"keterangan")
        self.keterangan.setWordWrap(True)

        self.tata.addWidget(self.keterangan)

        self.formulir = QFormLayout()
        self.formulir.setObjectName(u"formulir")
        self.formulir.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.labelInstansi = QLabel(DialogDokumenBaru)
        self.labelInstansi.setObjectName(u"labelInstansi")

        self.formulir.setWidget(0, QFormLayout.ItemRole.LabelRole, self.labelInstansi)

        self.isiInstansi = QLineEdit(DialogDokumenBaru)
        self.isiInstansi.setObjectName(u"isiInstansi")

        self.formulir.setWidget(0, QFormLayout.ItemRole.FieldRole, self.isiInstansi)

        self.labelPemda = QLabel(DialogDokumenBaru)
        self.labelPemda.setObjectName(u"labelPemda")

        self.formulir.setWidget(1, QFormLayout.ItemRole.LabelRole, self.labelPemda)

        self.isiPemda = QLineEdit(DialogDokumenBaru)
        self.isiPemda.setObjectName(u"isiPemda")

        self.formulir.setWidget(1, QFormLayout.ItemRole.FieldRole, self.isiPemda)

        self.labelPeriode = QLabel(DialogDokumenBaru)
        self.labelPeriode.setObjectName(u"labelPeriode")

        self.formulir.setWidget(2, QFormLayout.ItemRole.LabelRole, self.labelPeriode)

        self.tataPeriode = QHBoxLayout()
        self.tataPeriode.setObjectName(u"tataPeriode")
        self.isiMulai = QSpinBox(DialogDokumenBaru)
        self.isiMulai.setObjectName(u"isiMulai")
        self.isiMulai.setMinimum(1900)
        self.isiMulai.setMaximum(2200)
        self.isiMulai.setValue(2025)

        self.tataPeriode.addWidget(self.isiMulai)

        self.labelSampai = QLabel(DialogDokumenBaru)
        self.labelSampai.setObjectName(u"labelSampai")

        self.tataPeriode.addWidget(self.labelSampai)

        self.isiSelesai = QSpinBox(DialogDokumenBaru)
        self.isiSelesai.setObjectName(u"isiSelesai")
        self.isiSelesai.setMinimum(1900)
        self.isiSelesai.setMaximum(2200)
        self.isiSelesai.setValue(2029)

        self.tataPeriode.addWidget(self.isiSelesai)

        self.pengisi = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.tataPeriode.addItem(self.pengisi)


        self.formulir.setLayout(2, QFormLayout.ItemRole.FieldRole, self.tataPeriode)


        self.tata.addLayout(self.formulir)

        self.pesan = QLabel(DialogDokumenBaru)
        self.pesan.setObjectName(u"pesan")
        self.pesan.setWordWrap(True)

        self.tata.addWidget(self.pesan)

        self.pengisiBawah = QSpacerItem(10, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.tata.addItem(self.pengisiBawah)

        self.tombol = QDialogButtonBox(DialogDokumenBaru)
        self.tombol.setObjectName(u"tombol")
        self.tombol.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.tata.addWidget(self.tombol)

#if QT_CONFIG(shortcut)
        self.labelInstansi.setBuddy(self.isiInstansi)
        self.labelPemda.setBuddy(self.isiPemda)
        self.labelPeriode.setBuddy(self.isiMulai)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(DialogDokumenBaru)

        QMetaObject.connectSlotsByName(DialogDokumenBaru)
    # setupUi

    def retranslateUi(self, DialogDokumenBaru):
        DialogDokumenBaru.setWindowTitle(QCoreApplication.translate("DialogDokumenBaru", u"Dokumen baru", None))
        self.keterangan.setText(QCoreApplication.translate("DialogDokumenBaru", u"Isi identitas dokumen. Semuanya dapat diubah kemudian.", None))
        self.labelInstansi.setText(QCoreApplication.translate("DialogDokumenBaru", u"&Instansi:", None))
        self.isiInstansi.setPlaceholderText(QCoreApplication.translate("DialogDokumenBaru", u"mis. Kecamatan Sumbersuko", None))
        self.labelPemda.setText(QCoreApplication.translate("DialogDokumenBaru", u"&Pemerintah daerah:", None))
        self.isiPemda.setPlaceholderText(QCoreApplication.translate("DialogDokumenBaru", u"mis. Kabupaten Lumajang", None))
        self.labelPeriode.setText(QCoreApplication.translate("DialogDokumenBaru", u"P&eriode:", None))
        self.labelSampai.setText(QCoreApplication.translate("DialogDokumenBaru", u"sampai", None))
        self.pesan.setStyleSheet(QCoreApplication.translate("DialogDokumenBaru", u"color: #b00020;", None))
    # retranslateUi

