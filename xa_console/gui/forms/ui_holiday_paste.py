# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'holiday_paste.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
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
    QGridLayout, QHeaderView, QLabel, QLineEdit,
    QPlainTextEdit, QSizePolicy, QSpinBox, QSplitter,
    QTableView, QVBoxLayout, QWidget)

from xa_console.gui.errors import ErrorPanel

class Ui_HolidayPasteDialog(object):
    def setupUi(self, HolidayPasteDialog):
        if not HolidayPasteDialog.objectName():
            HolidayPasteDialog.setObjectName(u"HolidayPasteDialog")
        HolidayPasteDialog.resize(1100, 720)
        self.main_layout = QVBoxLayout(HolidayPasteDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.intro_label = QLabel(HolidayPasteDialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)

        self.main_layout.addWidget(self.intro_label)

        self.top_grid = QGridLayout()
        self.top_grid.setObjectName(u"top_grid")
        self.year_label = QLabel(HolidayPasteDialog)
        self.year_label.setObjectName(u"year_label")

        self.top_grid.addWidget(self.year_label, 0, 0, 1, 1)

        self.year_spin = QSpinBox(HolidayPasteDialog)
        self.year_spin.setObjectName(u"year_spin")
        self.year_spin.setMinimum(2000)
        self.year_spin.setMaximum(2100)

        self.top_grid.addWidget(self.year_spin, 0, 1, 1, 1)

        self.title_label = QLabel(HolidayPasteDialog)
        self.title_label.setObjectName(u"title_label")

        self.top_grid.addWidget(self.title_label, 0, 2, 1, 1)

        self.title_edit = QLineEdit(HolidayPasteDialog)
        self.title_edit.setObjectName(u"title_edit")

        self.top_grid.addWidget(self.title_edit, 0, 3, 1, 1)

        self.source_url_label = QLabel(HolidayPasteDialog)
        self.source_url_label.setObjectName(u"source_url_label")

        self.top_grid.addWidget(self.source_url_label, 1, 2, 1, 1)

        self.source_url_edit = QLineEdit(HolidayPasteDialog)
        self.source_url_edit.setObjectName(u"source_url_edit")

        self.top_grid.addWidget(self.source_url_edit, 1, 3, 1, 1)


        self.main_layout.addLayout(self.top_grid)

        self.splitter = QSplitter(HolidayPasteDialog)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.text_panel = QWidget(self.splitter)
        self.text_panel.setObjectName(u"text_panel")
        self.text_layout = QVBoxLayout(self.text_panel)
        self.text_layout.setObjectName(u"text_layout")
        self.text_layout.setContentsMargins(0, 0, 0, 0)
        self.text_label = QLabel(self.text_panel)
        self.text_label.setObjectName(u"text_label")
        self.text_label.setStyleSheet(u"font-weight: bold;")

        self.text_layout.addWidget(self.text_label)

        self.text_edit = QPlainTextEdit(self.text_panel)
        self.text_edit.setObjectName(u"text_edit")

        self.text_layout.addWidget(self.text_edit)

        self.splitter.addWidget(self.text_panel)
        self.preview_panel = QWidget(self.splitter)
        self.preview_panel.setObjectName(u"preview_panel")
        self.preview_layout = QVBoxLayout(self.preview_panel)
        self.preview_layout.setObjectName(u"preview_layout")
        self.preview_layout.setContentsMargins(0, 0, 0, 0)
        self.preview_label = QLabel(self.preview_panel)
        self.preview_label.setObjectName(u"preview_label")
        self.preview_label.setStyleSheet(u"font-weight: bold;")

        self.preview_layout.addWidget(self.preview_label)

        self.preview_table = QTableView(self.preview_panel)
        self.preview_table.setObjectName(u"preview_table")

        self.preview_layout.addWidget(self.preview_table)

        self.preview_summary_label = QLabel(self.preview_panel)
        self.preview_summary_label.setObjectName(u"preview_summary_label")
        self.preview_summary_label.setStyleSheet(u"color: #5f6368;")
        self.preview_summary_label.setWordWrap(True)

        self.preview_layout.addWidget(self.preview_summary_label)

        self.splitter.addWidget(self.preview_panel)

        self.main_layout.addWidget(self.splitter)

        self.error_panel = ErrorPanel(HolidayPasteDialog)
        self.error_panel.setObjectName(u"error_panel")

        self.main_layout.addWidget(self.error_panel)

        self.button_box = QDialogButtonBox(HolidayPasteDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.main_layout.addWidget(self.button_box)

        self.main_layout.setStretch(2, 1)

        self.retranslateUi(HolidayPasteDialog)

        QMetaObject.connectSlotsByName(HolidayPasteDialog)
    # setupUi

    def retranslateUi(self, HolidayPasteDialog):
        HolidayPasteDialog.setWindowTitle(QCoreApplication.translate("HolidayPasteDialog", u"\u7c98\u8d34\u56fd\u52a1\u9662\u8282\u5047\u65e5\u5b89\u6392\u901a\u77e5", None))
        self.intro_label.setText(QCoreApplication.translate("HolidayPasteDialog", u"\u5c06\u300a\u56fd\u52a1\u9662\u529e\u516c\u5385\u5173\u4e8e\u00d7\u00d7\u00d7\u00d7\u5e74\u90e8\u5206\u8282\u5047\u65e5\u5b89\u6392\u7684\u901a\u77e5\u300b\u7684\u6b63\u6587\u7c98\u8d34\u5230\u5de6\u4fa7\uff0c\u7cfb\u7edf\u9010\u6761\u8bc6\u522b\u653e\u5047\u548c\u8c03\u4f11\u4e0a\u73ed\u65e5\u671f\uff1b\u53f3\u4fa7\u5373\u65f6\u663e\u793a\u8bc6\u522b\u7ed3\u679c\u3002\u6bcf\u4e00\u6761\u90fd\u80fd\u8bc6\u522b\u540e\u624d\u53ef\u4fdd\u5b58\u3002", None))
        self.year_label.setText(QCoreApplication.translate("HolidayPasteDialog", u"\u5e74\u4efd", None))
        self.year_spin.setSuffix(QCoreApplication.translate("HolidayPasteDialog", u" \u5e74", None))
        self.title_label.setText(QCoreApplication.translate("HolidayPasteDialog", u"\u901a\u77e5\u6807\u9898", None))
        self.title_edit.setPlaceholderText(QCoreApplication.translate("HolidayPasteDialog", u"\u56fd\u52a1\u9662\u529e\u516c\u5385\u5173\u4e8e\u00d7\u00d7\u00d7\u00d7\u5e74\u90e8\u5206\u8282\u5047\u65e5\u5b89\u6392\u7684\u901a\u77e5\uff08\u53ef\u7559\u7a7a\uff0c\u542b\u5e74\u4efd\u65f6\u81ea\u52a8\u586b\u5199\u5e74\u4efd\uff09", None))
        self.source_url_label.setText(QCoreApplication.translate("HolidayPasteDialog", u"\u6765\u6e90\u7f51\u5740", None))
        self.source_url_edit.setPlaceholderText(QCoreApplication.translate("HolidayPasteDialog", u"https://www.gov.cn/\u2026\uff08\u53ef\u9009\uff09", None))
        self.text_label.setText(QCoreApplication.translate("HolidayPasteDialog", u"\u901a\u77e5\u539f\u6587", None))
        self.preview_label.setText(QCoreApplication.translate("HolidayPasteDialog", u"\u8bc6\u522b\u7ed3\u679c", None))
    # retranslateUi

