# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'holiday_editor.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QFrame, QGridLayout,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QListWidget, QListWidgetItem, QPushButton, QSizePolicy,
    QSpacerItem, QSplitter, QStackedWidget, QTableView,
    QVBoxLayout, QWidget)

from xa_console.gui.errors import ErrorPanel

class Ui_HolidayEditor(object):
    def setupUi(self, HolidayEditor):
        if not HolidayEditor.objectName():
            HolidayEditor.setObjectName(u"HolidayEditor")
        HolidayEditor.resize(1400, 860)
        self.main_layout = QVBoxLayout(HolidayEditor)
        self.main_layout.setObjectName(u"main_layout")
        self.toolbar_layout = QHBoxLayout()
        self.toolbar_layout.setObjectName(u"toolbar_layout")
        self.add_year_button = QPushButton(HolidayEditor)
        self.add_year_button.setObjectName(u"add_year_button")

        self.toolbar_layout.addWidget(self.add_year_button)

        self.delete_year_button = QPushButton(HolidayEditor)
        self.delete_year_button.setObjectName(u"delete_year_button")

        self.toolbar_layout.addWidget(self.delete_year_button)

        self.save_button = QPushButton(HolidayEditor)
        self.save_button.setObjectName(u"save_button")

        self.toolbar_layout.addWidget(self.save_button)

        self.discard_button = QPushButton(HolidayEditor)
        self.discard_button.setObjectName(u"discard_button")

        self.toolbar_layout.addWidget(self.discard_button)

        self.toolbar_separator = QFrame(HolidayEditor)
        self.toolbar_separator.setObjectName(u"toolbar_separator")
        self.toolbar_separator.setFrameShape(QFrame.Shape.VLine)
        self.toolbar_separator.setFrameShadow(QFrame.Shadow.Sunken)

        self.toolbar_layout.addWidget(self.toolbar_separator)

        self.paste_button = QPushButton(HolidayEditor)
        self.paste_button.setObjectName(u"paste_button")

        self.toolbar_layout.addWidget(self.paste_button)

        self.seed_button = QPushButton(HolidayEditor)
        self.seed_button.setObjectName(u"seed_button")

        self.toolbar_layout.addWidget(self.seed_button)

        self.toolbar_separator_2 = QFrame(HolidayEditor)
        self.toolbar_separator_2.setObjectName(u"toolbar_separator_2")
        self.toolbar_separator_2.setFrameShape(QFrame.Shape.VLine)
        self.toolbar_separator_2.setFrameShadow(QFrame.Shadow.Sunken)

        self.toolbar_layout.addWidget(self.toolbar_separator_2)

        self.undo_button = QPushButton(HolidayEditor)
        self.undo_button.setObjectName(u"undo_button")

        self.toolbar_layout.addWidget(self.undo_button)

        self.redo_button = QPushButton(HolidayEditor)
        self.redo_button.setObjectName(u"redo_button")

        self.toolbar_layout.addWidget(self.redo_button)

        self.toolbar_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.toolbar_layout.addItem(self.toolbar_spacer)

        self.dirty_label = QLabel(HolidayEditor)
        self.dirty_label.setObjectName(u"dirty_label")
        self.dirty_label.setStyleSheet(u"color: #b3261e; font-weight: bold;")

        self.toolbar_layout.addWidget(self.dirty_label)


        self.main_layout.addLayout(self.toolbar_layout)

        self.splitter = QSplitter(HolidayEditor)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.years_panel = QWidget(self.splitter)
        self.years_panel.setObjectName(u"years_panel")
        self.years_layout = QVBoxLayout(self.years_panel)
        self.years_layout.setObjectName(u"years_layout")
        self.years_layout.setContentsMargins(0, 0, 0, 0)
        self.years_label = QLabel(self.years_panel)
        self.years_label.setObjectName(u"years_label")
        self.years_label.setStyleSheet(u"font-weight: bold;")

        self.years_layout.addWidget(self.years_label)

        self.year_list = QListWidget(self.years_panel)
        self.year_list.setObjectName(u"year_list")
        self.year_list.setAlternatingRowColors(True)

        self.years_layout.addWidget(self.year_list)

        self.status_label = QLabel(self.years_panel)
        self.status_label.setObjectName(u"status_label")
        self.status_label.setStyleSheet(u"color: #5f6368;")
        self.status_label.setWordWrap(True)

        self.years_layout.addWidget(self.status_label)

        self.splitter.addWidget(self.years_panel)
        self.editor_stack = QStackedWidget(self.splitter)
        self.editor_stack.setObjectName(u"editor_stack")
        self.plan_page = QWidget()
        self.plan_page.setObjectName(u"plan_page")
        self.plan_layout = QVBoxLayout(self.plan_page)
        self.plan_layout.setObjectName(u"plan_layout")
        self.plan_layout.setContentsMargins(0, 0, 0, 0)
        self.header_label = QLabel(self.plan_page)
        self.header_label.setObjectName(u"header_label")
        self.header_label.setStyleSheet(u"font-size: 15pt; font-weight: bold;")

        self.plan_layout.addWidget(self.header_label)

        self.error_panel = ErrorPanel(self.plan_page)
        self.error_panel.setObjectName(u"error_panel")

        self.plan_layout.addWidget(self.error_panel)

        self.header_grid = QGridLayout()
        self.header_grid.setObjectName(u"header_grid")
        self.status_title_label = QLabel(self.plan_page)
        self.status_title_label.setObjectName(u"status_title_label")

        self.header_grid.addWidget(self.status_title_label, 0, 0, 1, 1)

        self.status_layout = QHBoxLayout()
        self.status_layout.setObjectName(u"status_layout")
        self.status_combo = QComboBox(self.plan_page)
        self.status_combo.setObjectName(u"status_combo")
        self.status_combo.setMinimumSize(QSize(160, 0))

        self.status_layout.addWidget(self.status_combo)

        self.provisional_hint_label = QLabel(self.plan_page)
        self.provisional_hint_label.setObjectName(u"provisional_hint_label")
        self.provisional_hint_label.setStyleSheet(u"color: #8a6d00;")
        self.provisional_hint_label.setWordWrap(True)

        self.status_layout.addWidget(self.provisional_hint_label)

        self.status_layout.setStretch(1, 1)

        self.header_grid.addLayout(self.status_layout, 0, 1, 1, 1)

        self.source_title_label = QLabel(self.plan_page)
        self.source_title_label.setObjectName(u"source_title_label")

        self.header_grid.addWidget(self.source_title_label, 1, 0, 1, 1)

        self.source_title_edit = QLineEdit(self.plan_page)
        self.source_title_edit.setObjectName(u"source_title_edit")

        self.header_grid.addWidget(self.source_title_edit, 1, 1, 1, 1)

        self.source_url_label = QLabel(self.plan_page)
        self.source_url_label.setObjectName(u"source_url_label")

        self.header_grid.addWidget(self.source_url_label, 2, 0, 1, 1)

        self.source_url_edit = QLineEdit(self.plan_page)
        self.source_url_edit.setObjectName(u"source_url_edit")

        self.header_grid.addWidget(self.source_url_edit, 2, 1, 1, 1)

        self.header_grid.setColumnStretch(1, 1)

        self.plan_layout.addLayout(self.header_grid)

        self.table_toolbar_layout = QHBoxLayout()
        self.table_toolbar_layout.setObjectName(u"table_toolbar_layout")
        self.add_row_button = QPushButton(self.plan_page)
        self.add_row_button.setObjectName(u"add_row_button")

        self.table_toolbar_layout.addWidget(self.add_row_button)

        self.remove_row_button = QPushButton(self.plan_page)
        self.remove_row_button.setObjectName(u"remove_row_button")

        self.table_toolbar_layout.addWidget(self.remove_row_button)

        self.table_hint_label = QLabel(self.plan_page)
        self.table_hint_label.setObjectName(u"table_hint_label")
        self.table_hint_label.setStyleSheet(u"color: #5f6368;")

        self.table_toolbar_layout.addWidget(self.table_hint_label)

        self.table_toolbar_spacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.table_toolbar_layout.addItem(self.table_toolbar_spacer)


        self.plan_layout.addLayout(self.table_toolbar_layout)

        self.day_table = QTableView(self.plan_page)
        self.day_table.setObjectName(u"day_table")

        self.plan_layout.addWidget(self.day_table)

        self.day_summary_label = QLabel(self.plan_page)
        self.day_summary_label.setObjectName(u"day_summary_label")
        self.day_summary_label.setStyleSheet(u"color: #5f6368;")

        self.plan_layout.addWidget(self.day_summary_label)

        self.editor_stack.addWidget(self.plan_page)
        self.missing_page = QWidget()
        self.missing_page.setObjectName(u"missing_page")
        self.missing_layout = QVBoxLayout(self.missing_page)
        self.missing_layout.setObjectName(u"missing_layout")
        self.missing_top_spacer = QSpacerItem(20, 80, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.missing_layout.addItem(self.missing_top_spacer)

        self.missing_title_label = QLabel(self.missing_page)
        self.missing_title_label.setObjectName(u"missing_title_label")
        self.missing_title_label.setStyleSheet(u"font-size: 15pt; font-weight: bold;")
        self.missing_title_label.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.missing_layout.addWidget(self.missing_title_label)

        self.missing_text_label = QLabel(self.missing_page)
        self.missing_text_label.setObjectName(u"missing_text_label")
        self.missing_text_label.setWordWrap(True)
        self.missing_text_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.missing_text_label.setStyleSheet(u"color: #3c4043;")

        self.missing_layout.addWidget(self.missing_text_label)

        self.missing_buttons_layout = QHBoxLayout()
        self.missing_buttons_layout.setObjectName(u"missing_buttons_layout")
        self.missing_left_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.missing_buttons_layout.addItem(self.missing_left_spacer)

        self.missing_paste_button = QPushButton(self.missing_page)
        self.missing_paste_button.setObjectName(u"missing_paste_button")

        self.missing_buttons_layout.addWidget(self.missing_paste_button)

        self.missing_add_button = QPushButton(self.missing_page)
        self.missing_add_button.setObjectName(u"missing_add_button")

        self.missing_buttons_layout.addWidget(self.missing_add_button)

        self.missing_right_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.missing_buttons_layout.addItem(self.missing_right_spacer)


        self.missing_layout.addLayout(self.missing_buttons_layout)

        self.missing_bottom_spacer = QSpacerItem(20, 200, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.missing_layout.addItem(self.missing_bottom_spacer)

        self.editor_stack.addWidget(self.missing_page)
        self.splitter.addWidget(self.editor_stack)

        self.main_layout.addWidget(self.splitter)

        self.main_layout.setStretch(1, 1)

        self.retranslateUi(HolidayEditor)

        QMetaObject.connectSlotsByName(HolidayEditor)
    # setupUi

    def retranslateUi(self, HolidayEditor):
        HolidayEditor.setWindowTitle(QCoreApplication.translate("HolidayEditor", u"\u8282\u5047\u65e5\u5b89\u6392", None))
        self.add_year_button.setText(QCoreApplication.translate("HolidayEditor", u"\u65b0\u589e\u5e74\u4efd", None))
#if QT_CONFIG(tooltip)
        self.add_year_button.setToolTip(QCoreApplication.translate("HolidayEditor", u"\u65b0\u5efa\u4e00\u4e2a\u7a7a\u767d\u7684\u6682\u5b9a\u5b89\u6392", None))
#endif // QT_CONFIG(tooltip)
        self.delete_year_button.setText(QCoreApplication.translate("HolidayEditor", u"\u5220\u9664\u5e74\u4efd", None))
        self.save_button.setText(QCoreApplication.translate("HolidayEditor", u"\u4fdd\u5b58", None))
#if QT_CONFIG(tooltip)
        self.save_button.setToolTip(QCoreApplication.translate("HolidayEditor", u"\u4fdd\u5b58\u672c\u5e74\u5b89\u6392\uff08Ctrl+S\uff09", None))
#endif // QT_CONFIG(tooltip)
        self.discard_button.setText(QCoreApplication.translate("HolidayEditor", u"\u653e\u5f03\u4fee\u6539", None))
        self.paste_button.setText(QCoreApplication.translate("HolidayEditor", u"\u7c98\u8d34\u56fd\u52a1\u9662\u901a\u77e5\u2026", None))
#if QT_CONFIG(tooltip)
        self.paste_button.setToolTip(QCoreApplication.translate("HolidayEditor", u"\u7c98\u8d34\u300a\u56fd\u52a1\u9662\u529e\u516c\u5385\u5173\u4e8e\u00d7\u00d7\u00d7\u00d7\u5e74\u90e8\u5206\u8282\u5047\u65e5\u5b89\u6392\u7684\u901a\u77e5\u300b\u539f\u6587\uff0c\u81ea\u52a8\u8bc6\u522b\u653e\u5047\u548c\u8c03\u4f11\u4e0a\u73ed\u65e5\u671f", None))
#endif // QT_CONFIG(tooltip)
        self.seed_button.setText(QCoreApplication.translate("HolidayEditor", u"\u4ece chinesecalendar \u8865\u9f50\u7f3a\u5931\u5e74\u4efd", None))
        self.undo_button.setText(QCoreApplication.translate("HolidayEditor", u"\u64a4\u9500", None))
        self.redo_button.setText(QCoreApplication.translate("HolidayEditor", u"\u91cd\u505a", None))
        self.dirty_label.setText(QCoreApplication.translate("HolidayEditor", u"\u25cf \u672a\u4fdd\u5b58", None))
        self.years_label.setText(QCoreApplication.translate("HolidayEditor", u"\u5e74\u4efd\uff08\u65b0\u2192\u65e7\uff09", None))
        self.status_title_label.setText(QCoreApplication.translate("HolidayEditor", u"\u72b6\u6001", None))
        self.source_title_label.setText(QCoreApplication.translate("HolidayEditor", u"\u901a\u77e5\u6807\u9898", None))
        self.source_title_edit.setPlaceholderText(QCoreApplication.translate("HolidayEditor", u"\u56fd\u52a1\u9662\u529e\u516c\u5385\u5173\u4e8e\u00d7\u00d7\u00d7\u00d7\u5e74\u90e8\u5206\u8282\u5047\u65e5\u5b89\u6392\u7684\u901a\u77e5", None))
        self.source_url_label.setText(QCoreApplication.translate("HolidayEditor", u"\u6765\u6e90", None))
        self.source_url_edit.setPlaceholderText(QCoreApplication.translate("HolidayEditor", u"\u7f51\u5740\uff0c\u6216\u6570\u636e\u6765\u6e90\uff08\u5982 chinesecalendar 1.11.0\uff09", None))
        self.add_row_button.setText(QCoreApplication.translate("HolidayEditor", u"\u65b0\u589e\u4e00\u884c", None))
        self.remove_row_button.setText(QCoreApplication.translate("HolidayEditor", u"\u5220\u9664\u6240\u9009\u884c", None))
        self.table_hint_label.setText(QCoreApplication.translate("HolidayEditor", u"\u53cc\u51fb\u5355\u5143\u683c\u4fee\u6539\uff1a\u65e5\u671f\u683c\u5f0f YYYY-MM-DD\uff1b\u7c7b\u578b\u4e3a\u201c\u653e\u5047\u201d\u6216\u201c\u8c03\u4f11\u4e0a\u73ed\u201d\uff08\u8c03\u4f11\u4e0a\u73ed\u65e5\u53ea\u80fd\u662f\u5468\u516d\u6216\u5468\u65e5\uff09\u3002", None))
        self.missing_text_label.setText(QCoreApplication.translate("HolidayEditor", u"\u56fd\u52a1\u9662\u529e\u516c\u5385\u901a\u5e38\u5728\u6bcf\u5e7411\u6708\u81f312\u6708\u53d1\u5e03\u6b21\u5e74\u7684\u8282\u5047\u65e5\u5b89\u6392\u3002\u53d1\u5e03\u4e4b\u524d\uff0c\u7cfb\u7edf\u4e0d\u4f1a\u63a8\u6d4b\u653e\u5047\u548c\u8c03\u4f11\u65e5\u671f\uff0c\u8be5\u5e74\u4efd\u7684\u9650\u884c\u5224\u65ad\u5c06\u663e\u793a\u201c\u8282\u5047\u65e5\u5b89\u6392\u672a\u53d1\u5e03\u201d\u3002<br>\u901a\u77e5\u53d1\u5e03\u540e\uff0c\u8bf7\u70b9\u51fb\u201c\u7c98\u8d34\u56fd\u52a1\u9662\u901a\u77e5\u2026\u201d\u5bfc\u5165\u539f\u6587\u3002", None))
        self.missing_paste_button.setText(QCoreApplication.translate("HolidayEditor", u"\u7c98\u8d34\u56fd\u52a1\u9662\u901a\u77e5\u2026", None))
        self.missing_add_button.setText(QCoreApplication.translate("HolidayEditor", u"\u5148\u5efa\u7acb\u6682\u5b9a\u5b89\u6392", None))
    # retranslateUi

