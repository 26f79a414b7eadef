# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'notice_editor.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QComboBox, QDateEdit,
    QFrame, QGridLayout, QGroupBox, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QPlainTextEdit,
    QPushButton, QScrollArea, QSizePolicy, QSpacerItem,
    QSplitter, QStackedWidget, QTableView, QVBoxLayout,
    QWidget)

from xa_console.gui.errors import ErrorPanel
from xa_console.gui.pages.digits_editor import DigitsEditor

class Ui_NoticeEditor(object):
    def setupUi(self, NoticeEditor):
        if not NoticeEditor.objectName():
            NoticeEditor.setObjectName(u"NoticeEditor")
        NoticeEditor.resize(1400, 860)
        self.main_layout = QVBoxLayout(NoticeEditor)
        self.main_layout.setObjectName(u"main_layout")
        self.toolbar_layout = QHBoxLayout()
        self.toolbar_layout.setObjectName(u"toolbar_layout")
        self.new_button = QPushButton(NoticeEditor)
        self.new_button.setObjectName(u"new_button")

        self.toolbar_layout.addWidget(self.new_button)

        self.save_button = QPushButton(NoticeEditor)
        self.save_button.setObjectName(u"save_button")

        self.toolbar_layout.addWidget(self.save_button)

        self.delete_button = QPushButton(NoticeEditor)
        self.delete_button.setObjectName(u"delete_button")

        self.toolbar_layout.addWidget(self.delete_button)

        self.discard_button = QPushButton(NoticeEditor)
        self.discard_button.setObjectName(u"discard_button")

        self.toolbar_layout.addWidget(self.discard_button)

        self.toolbar_separator = QFrame(NoticeEditor)
        self.toolbar_separator.setObjectName(u"toolbar_separator")
        self.toolbar_separator.setFrameShape(QFrame.Shape.VLine)
        self.toolbar_separator.setFrameShadow(QFrame.Shadow.Sunken)

        self.toolbar_layout.addWidget(self.toolbar_separator)

        self.undo_button = QPushButton(NoticeEditor)
        self.undo_button.setObjectName(u"undo_button")

        self.toolbar_layout.addWidget(self.undo_button)

        self.redo_button = QPushButton(NoticeEditor)
        self.redo_button.setObjectName(u"redo_button")

        self.toolbar_layout.addWidget(self.redo_button)

        self.toolbar_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.toolbar_layout.addItem(self.toolbar_spacer)

        self.dirty_label = QLabel(NoticeEditor)
        self.dirty_label.setObjectName(u"dirty_label")
        self.dirty_label.setStyleSheet(u"color: #b3261e; font-weight: bold;")

        self.toolbar_layout.addWidget(self.dirty_label)


        self.main_layout.addLayout(self.toolbar_layout)

        self.splitter = QSplitter(NoticeEditor)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.list_panel = QWidget(self.splitter)
        self.list_panel.setObjectName(u"list_panel")
        self.list_layout = QVBoxLayout(self.list_panel)
        self.list_layout.setObjectName(u"list_layout")
        self.list_layout.setContentsMargins(0, 0, 0, 0)
        self.search_edit = QLineEdit(self.list_panel)
        self.search_edit.setObjectName(u"search_edit")
        self.search_edit.setClearButtonEnabled(True)

        self.list_layout.addWidget(self.search_edit)

        self.notice_table = QTableView(self.list_panel)
        self.notice_table.setObjectName(u"notice_table")

        self.list_layout.addWidget(self.notice_table)

        self.count_label = QLabel(self.list_panel)
        self.count_label.setObjectName(u"count_label")
        self.count_label.setStyleSheet(u"color: #5f6368;")

        self.list_layout.addWidget(self.count_label)

        self.splitter.addWidget(self.list_panel)
        self.editor_panel = QWidget(self.splitter)
        self.editor_panel.setObjectName(u"editor_panel")
        self.editor_layout = QVBoxLayout(self.editor_panel)
        self.editor_layout.setObjectName(u"editor_layout")
        self.editor_layout.setContentsMargins(0, 0, 0, 0)
        self.header_label = QLabel(self.editor_panel)
        self.header_label.setObjectName(u"header_label")
        self.header_label.setStyleSheet(u"font-size: 15pt; font-weight: bold;")
        self.header_label.setWordWrap(True)

        self.editor_layout.addWidget(self.header_label)

        self.error_panel = ErrorPanel(self.editor_panel)
        self.error_panel.setObjectName(u"error_panel")

        self.editor_layout.addWidget(self.error_panel)

        self.form_scroll = QScrollArea(self.editor_panel)
        self.form_scroll.setObjectName(u"form_scroll")
        self.form_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.form_scroll.setWidgetResizable(True)
        self.form_contents = QWidget()
        self.form_contents.setObjectName(u"form_contents")
        self.form_contents_layout = QVBoxLayout(self.form_contents)
        self.form_contents_layout.setObjectName(u"form_contents_layout")
        self.form_contents_layout.setContentsMargins(0, -1, 8, -1)
        self.notice_group = QGroupBox(self.form_contents)
        self.notice_group.setObjectName(u"notice_group")
        self.notice_grid = QGridLayout(self.notice_group)
        self.notice_grid.setObjectName(u"notice_grid")
        self.kind_label = QLabel(self.notice_group)
        self.kind_label.setObjectName(u"kind_label")

        self.notice_grid.addWidget(self.kind_label, 0, 0, 1, 1)

        self.kind_combo = QComboBox(self.notice_group)
        self.kind_combo.setObjectName(u"kind_combo")

        self.notice_grid.addWidget(self.kind_combo, 0, 1, 1, 1)

        self.confidence_title_label = QLabel(self.notice_group)
        self.confidence_title_label.setObjectName(u"confidence_title_label")

        self.notice_grid.addWidget(self.confidence_title_label, 0, 2, 1, 1)

        self.confidence_combo = QComboBox(self.notice_group)
        self.confidence_combo.setObjectName(u"confidence_combo")

        self.notice_grid.addWidget(self.confidence_combo, 0, 3, 1, 1)

        self.title_label = QLabel(self.notice_group)
        self.title_label.setObjectName(u"title_label")

        self.notice_grid.addWidget(self.title_label, 1, 0, 1, 1)

        self.title_edit = QLineEdit(self.notice_group)
        self.title_edit.setObjectName(u"title_edit")

        self.notice_grid.addWidget(self.title_edit, 1, 1, 1, 3)

        self.doc_number_label = QLabel(self.notice_group)
        self.doc_number_label.setObjectName(u"doc_number_label")

        self.notice_grid.addWidget(self.doc_number_label, 2, 0, 1, 1)

        self.doc_number_edit = QLineEdit(self.notice_group)
        self.doc_number_edit.setObjectName(u"doc_number_edit")

        self.notice_grid.addWidget(self.doc_number_edit, 2, 1, 1, 1)

        self.issue_date_label = QLabel(self.notice_group)
        self.issue_date_label.setObjectName(u"issue_date_label")

        self.notice_grid.addWidget(self.issue_date_label, 2, 2, 1, 1)

        self.issue_date_edit = QDateEdit(self.notice_group)
        self.issue_date_edit.setObjectName(u"issue_date_edit")

        self.notice_grid.addWidget(self.issue_date_edit, 2, 3, 1, 1)

        self.effective_from_label = QLabel(self.notice_group)
        self.effective_from_label.setObjectName(u"effective_from_label")

        self.notice_grid.addWidget(self.effective_from_label, 3, 0, 1, 1)

        self.effective_from_edit = QDateEdit(self.notice_group)
        self.effective_from_edit.setObjectName(u"effective_from_edit")

        self.notice_grid.addWidget(self.effective_from_edit, 3, 1, 1, 1)

        self.effective_to_label = QLabel(self.notice_group)
        self.effective_to_label.setObjectName(u"effective_to_label")

        self.notice_grid.addWidget(self.effective_to_label, 3, 2, 1, 1)

        self.effective_to_layout = QHBoxLayout()
        self.effective_to_layout.setObjectName(u"effective_to_layout")
        self.effective_to_edit = QDateEdit(self.notice_group)
        self.effective_to_edit.setObjectName(u"effective_to_edit")

        self.effective_to_layout.addWidget(self.effective_to_edit)

        self.until_further_check = QCheckBox(self.notice_group)
        self.until_further_check.setObjectName(u"until_further_check")

        self.effective_to_layout.addWidget(self.until_further_check)


        self.notice_grid.addLayout(self.effective_to_layout, 3, 3, 1, 1)

        self.issuers_label = QLabel(self.notice_group)
        self.issuers_label.setObjectName(u"issuers_label")
        self.issuers_label.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)

        self.notice_grid.addWidget(self.issuers_label, 4, 0, 1, 1)

        self.issuers_edit = QPlainTextEdit(self.notice_group)
        self.issuers_edit.setObjectName(u"issuers_edit")
        self.issuers_edit.setMaximumSize(QSize(16777215, 78))

        self.notice_grid.addWidget(self.issuers_edit, 4, 1, 1, 3)

        self.approval_label = QLabel(self.notice_group)
        self.approval_label.setObjectName(u"approval_label")

        self.notice_grid.addWidget(self.approval_label, 5, 0, 1, 1)

        self.approval_edit = QLineEdit(self.notice_group)
        self.approval_edit.setObjectName(u"approval_edit")

        self.notice_grid.addWidget(self.approval_edit, 5, 1, 1, 3)

        self.source_url_label = QLabel(self.notice_group)
        self.source_url_label.setObjectName(u"source_url_label")

        self.notice_grid.addWidget(self.source_url_label, 6, 0, 1, 1)

        self.source_url_edit = QLineEdit(self.notice_group)
        self.source_url_edit.setObjectName(u"source_url_edit")

        self.notice_grid.addWidget(self.source_url_edit, 6, 1, 1, 3)

        self.note_title_label = QLabel(self.notice_group)
        self.note_title_label.setObjectName(u"note_title_label")
        self.note_title_label.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)

        self.notice_grid.addWidget(self.note_title_label, 7, 0, 1, 1)

        self.note_edit = QPlainTextEdit(self.notice_group)
        self.note_edit.setObjectName(u"note_edit")
        self.note_edit.setMaximumSize(QSize(16777215, 60))

        self.notice_grid.addWidget(self.note_edit, 7, 1, 1, 3)


        self.form_contents_layout.addWidget(self.notice_group)

        self.rule_group = QGroupBox(self.form_contents)
        self.rule_group.setObjectName(u"rule_group")
        self.rule_layout = QVBoxLayout(self.rule_group)
        self.rule_layout.setObjectName(u"rule_layout")
        self.rule_top_layout = QHBoxLayout()
        self.rule_top_layout.setObjectName(u"rule_top_layout")
        self.rule_hint_label = QLabel(self.rule_group)
        self.rule_hint_label.setObjectName(u"rule_hint_label")
        self.rule_hint_label.setStyleSheet(u"color: #5f6368;")
        self.rule_hint_label.setWordWrap(True)

        self.rule_top_layout.addWidget(self.rule_hint_label)

        self.advanced_check = QCheckBox(self.rule_group)
        self.advanced_check.setObjectName(u"advanced_check")

        self.rule_top_layout.addWidget(self.advanced_check)

        self.rule_top_layout.setStretch(0, 1)

        self.rule_layout.addLayout(self.rule_top_layout)

        self.rule_stack = QStackedWidget(self.rule_group)
        self.rule_stack.setObjectName(u"rule_stack")
        self.simple_page = QWidget()
        self.simple_page.setObjectName(u"simple_page")
        self.simple_grid = QGridLayout(self.simple_page)
        self.simple_grid.setObjectName(u"simple_grid")
        self.simple_grid.setContentsMargins(0, -1, 0, -1)
        self.selector_label = QLabel(self.simple_page)
        self.selector_label.setObjectName(u"selector_label")

        self.simple_grid.addWidget(self.selector_label, 0, 0, 1, 1)

        self.selector_combo = QComboBox(self.simple_page)
        self.selector_combo.setObjectName(u"selector_combo")

        self.simple_grid.addWidget(self.selector_combo, 0, 1, 1, 1)

        self.windows_label = QLabel(self.simple_page)
        self.windows_label.setObjectName(u"windows_label")

        self.simple_grid.addWidget(self.windows_label, 0, 2, 1, 1)

        self.windows_edit = QLineEdit(self.simple_page)
        self.windows_edit.setObjectName(u"windows_edit")

        self.simple_grid.addWidget(self.windows_edit, 0, 3, 1, 1)

        self.digits_label = QLabel(self.simple_page)
        self.digits_label.setObjectName(u"digits_label")
        self.digits_label.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)

        self.simple_grid.addWidget(self.digits_label, 1, 0, 1, 1)

        self.digits_editor = DigitsEditor(self.simple_page)
        self.digits_editor.setObjectName(u"digits_editor")

        self.simple_grid.addWidget(self.digits_editor, 1, 1, 1, 3)

        self.makeup_label = QLabel(self.simple_page)
        self.makeup_label.setObjectName(u"makeup_label")

        self.simple_grid.addWidget(self.makeup_label, 2, 0, 1, 1)

        self.makeup_combo = QComboBox(self.simple_page)
        self.makeup_combo.setObjectName(u"makeup_combo")

        self.simple_grid.addWidget(self.makeup_combo, 2, 1, 1, 1)

        self.letter_label = QLabel(self.simple_page)
        self.letter_label.setObjectName(u"letter_label")

        self.simple_grid.addWidget(self.letter_label, 2, 2, 1, 1)

        self.letter_combo = QComboBox(self.simple_page)
        self.letter_combo.setObjectName(u"letter_combo")

        self.simple_grid.addWidget(self.letter_combo, 2, 3, 1, 1)

        self.temporary_label = QLabel(self.simple_page)
        self.temporary_label.setObjectName(u"temporary_label")

        self.simple_grid.addWidget(self.temporary_label, 3, 0, 1, 1)

        self.include_temporary_check = QCheckBox(self.simple_page)
        self.include_temporary_check.setObjectName(u"include_temporary_check")

        self.simple_grid.addWidget(self.include_temporary_check, 3, 1, 1, 3)

        self.area_label_label = QLabel(self.simple_page)
        self.area_label_label.setObjectName(u"area_label_label")

        self.simple_grid.addWidget(self.area_label_label, 4, 0, 1, 1)

        self.area_label_edit = QLineEdit(self.simple_page)
        self.area_label_edit.setObjectName(u"area_label_edit")

        self.simple_grid.addWidget(self.area_label_edit, 4, 1, 1, 3)

        self.area_text_title_label = QLabel(self.simple_page)
        self.area_text_title_label.setObjectName(u"area_text_title_label")
        self.area_text_title_label.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)

        self.simple_grid.addWidget(self.area_text_title_label, 5, 0, 1, 1)

        self.area_text_edit = QPlainTextEdit(self.simple_page)
        self.area_text_edit.setObjectName(u"area_text_edit")
        self.area_text_edit.setMaximumSize(QSize(16777215, 96))

        self.simple_grid.addWidget(self.area_text_edit, 5, 1, 1, 3)

        self.exemptions_title_label = QLabel(self.simple_page)
        self.exemptions_title_label.setObjectName(u"exemptions_title_label")
        self.exemptions_title_label.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)

        self.simple_grid.addWidget(self.exemptions_title_label, 6, 0, 1, 1)

        self.exemptions_edit = QPlainTextEdit(self.simple_page)
        self.exemptions_edit.setObjectName(u"exemptions_edit")
        self.exemptions_edit.setMinimumSize(QSize(0, 120))
        self.exemptions_edit.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)

        self.simple_grid.addWidget(self.exemptions_edit, 6, 1, 1, 3)

        self.exemptions_hint_label = QLabel(self.simple_page)
        self.exemptions_hint_label.setObjectName(u"exemptions_hint_label")
        self.exemptions_hint_label.setStyleSheet(u"color: #5f6368;")
        self.exemptions_hint_label.setWordWrap(True)

        self.simple_grid.addWidget(self.exemptions_hint_label, 7, 1, 1, 3)

        self.rule_stack.addWidget(self.simple_page)
        self.json_page = QWidget()
        self.json_page.setObjectName(u"json_page")
        self.json_layout = QVBoxLayout(self.json_page)
        self.json_layout.setObjectName(u"json_layout")
        self.json_layout.setContentsMargins(0, -1, 0, -1)
        self.json_hint_label = QLabel(self.json_page)
        self.json_hint_label.setObjectName(u"json_hint_label")
        self.json_hint_label.setStyleSheet(u"color: #5f6368;")
        self.json_hint_label.setWordWrap(True)

        self.json_layout.addWidget(self.json_hint_label)

        self.json_edit = QPlainTextEdit(self.json_page)
        self.json_edit.setObjectName(u"json_edit")
        self.json_edit.setMinimumSize(QSize(0, 420))
        self.json_edit.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)

        self.json_layout.addWidget(self.json_edit)

        self.rule_stack.addWidget(self.json_page)

        self.rule_layout.addWidget(self.rule_stack)


        self.form_contents_layout.addWidget(self.rule_group)

        self.form_spacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.form_contents_layout.addItem(self.form_spacer)

        self.form_scroll.setWidget(self.form_contents)

        self.editor_layout.addWidget(self.form_scroll)

        self.splitter.addWidget(self.editor_panel)

        self.main_layout.addWidget(self.splitter)

        self.main_layout.setStretch(1, 1)

        self.retranslateUi(NoticeEditor)

        QMetaObject.connectSlotsByName(NoticeEditor)
    # setupUi

    def retranslateUi(self, NoticeEditor):
        NoticeEditor.setWindowTitle(QCoreApplication.translate("NoticeEditor", u"\u901a\u544a\u4e0e\u89c4\u5219", None))
        self.new_button.setText(QCoreApplication.translate("NoticeEditor", u"\u65b0\u5efa", None))
#if QT_CONFIG(tooltip)
        self.new_button.setToolTip(QCoreApplication.translate("NoticeEditor", u"\u65b0\u5efa\u901a\u544a\uff08Ctrl+N\uff09", None))
#endif // QT_CONFIG(tooltip)
        self.save_button.setText(QCoreApplication.translate("NoticeEditor", u"\u4fdd\u5b58", None))
#if QT_CONFIG(tooltip)
        self.save_button.setToolTip(QCoreApplication.translate("NoticeEditor", u"\u4fdd\u5b58\u5f53\u524d\u901a\u544a\uff08Ctrl+S\uff09", None))
#endif // QT_CONFIG(tooltip)
        self.delete_button.setText(QCoreApplication.translate("NoticeEditor", u"\u5220\u9664", None))
#if QT_CONFIG(tooltip)
        self.delete_button.setToolTip(QCoreApplication.translate("NoticeEditor", u"\u5220\u9664\u6240\u9009\u901a\u544a\uff08Del\uff09", None))
#endif // QT_CONFIG(tooltip)
        self.discard_button.setText(QCoreApplication.translate("NoticeEditor", u"\u653e\u5f03\u4fee\u6539", None))
#if QT_CONFIG(tooltip)
        self.discard_button.setToolTip(QCoreApplication.translate("NoticeEditor", u"\u6062\u590d\u4e3a\u5df2\u4fdd\u5b58\u7684\u5185\u5bb9", None))
#endif // QT_CONFIG(tooltip)
        self.undo_button.setText(QCoreApplication.translate("NoticeEditor", u"\u64a4\u9500", None))
#if QT_CONFIG(tooltip)
        self.undo_button.setToolTip(QCoreApplication.translate("NoticeEditor", u"\u64a4\u9500\u4e0a\u4e00\u6b21\u4fdd\u5b58\u6216\u5220\u9664\uff08Ctrl+Z\uff09", None))
#endif // QT_CONFIG(tooltip)
        self.redo_button.setText(QCoreApplication.translate("NoticeEditor", u"\u91cd\u505a", None))
#if QT_CONFIG(tooltip)
        self.redo_button.setToolTip(QCoreApplication.translate("NoticeEditor", u"\u91cd\u505a\uff08Ctrl+Shift+Z / Ctrl+Y\uff09", None))
#endif // QT_CONFIG(tooltip)
        self.dirty_label.setText(QCoreApplication.translate("NoticeEditor", u"\u25cf \u672a\u4fdd\u5b58", None))
        self.search_edit.setPlaceholderText(QCoreApplication.translate("NoticeEditor", u"\u7b5b\u9009\uff1a\u6807\u9898\u3001\u7c7b\u578b\u3001\u65e5\u671f\u3001\u53ef\u4fe1\u5ea6\u2026", None))
        self.notice_group.setTitle(QCoreApplication.translate("NoticeEditor", u"\u901a\u544a\u4fe1\u606f", None))
        self.kind_label.setText(QCoreApplication.translate("NoticeEditor", u"\u7c7b\u578b", None))
        self.confidence_title_label.setText(QCoreApplication.translate("NoticeEditor", u"\u53ef\u4fe1\u5ea6", None))
        self.title_label.setText(QCoreApplication.translate("NoticeEditor", u"\u6807\u9898", None))
        self.doc_number_label.setText(QCoreApplication.translate("NoticeEditor", u"\u6587\u53f7", None))
        self.doc_number_edit.setPlaceholderText(QCoreApplication.translate("NoticeEditor", u"\u5982\u6709", None))
        self.issue_date_label.setText(QCoreApplication.translate("NoticeEditor", u"\u53d1\u5e03\u65e5\u671f", None))
        self.effective_from_label.setText(QCoreApplication.translate("NoticeEditor", u"\u751f\u6548\u65e5\u671f", None))
        self.effective_to_label.setText(QCoreApplication.translate("NoticeEditor", u"\u622a\u6b62\u65e5\u671f", None))
        self.until_further_check.setText(QCoreApplication.translate("NoticeEditor", u"\u53e6\u884c\u901a\u544a\uff08\u65e0\u622a\u6b62\u65e5\u671f\uff09", None))
        self.issuers_label.setText(QCoreApplication.translate("NoticeEditor", u"\u53d1\u5e03\u5355\u4f4d", None))
        self.issuers_edit.setPlaceholderText(QCoreApplication.translate("NoticeEditor", u"\u6bcf\u884c\u4e00\u4e2a\u5355\u4f4d", None))
        self.approval_label.setText(QCoreApplication.translate("NoticeEditor", u"\u6279\u51c6\u60c5\u51b5", None))
        self.approval_edit.setPlaceholderText(QCoreApplication.translate("NoticeEditor", u"\u5982\uff1a\u7ecf\u62a5\u8bf7\u5e02\u653f\u5e9c\u6279\u51c6", None))
        self.source_url_label.setText(QCoreApplication.translate("NoticeEditor", u"\u6765\u6e90\u7f51\u5740", None))
        self.note_title_label.setText(QCoreApplication.translate("NoticeEditor", u"\u5907\u6ce8", None))
        self.rule_group.setTitle(QCoreApplication.translate("NoticeEditor", u"\u9650\u884c\u89c4\u5219", None))
        self.advanced_check.setText(QCoreApplication.translate("NoticeEditor", u"\u9ad8\u7ea7\uff08JSON\uff09", None))
#if QT_CONFIG(tooltip)
        self.advanced_check.setToolTip(QCoreApplication.translate("NoticeEditor", u"\u76f4\u63a5\u7f16\u8f91\u5b8c\u6574\u7684\u89c4\u5219 JSON\uff08\u8f6e\u6362\u3001\u6309\u65e5\u671f\u5c3e\u6570\u7b49\uff09", None))
#endif // QT_CONFIG(tooltip)
        self.selector_label.setText(QCoreApplication.translate("NoticeEditor", u"\u9650\u884c\u4f9d\u636e", None))
        self.windows_label.setText(QCoreApplication.translate("NoticeEditor", u"\u9650\u884c\u65f6\u6bb5", None))
        self.windows_edit.setPlaceholderText(QCoreApplication.translate("NoticeEditor", u"07:00-20:00, 17:00-19:00", None))
        self.digits_label.setText(QCoreApplication.translate("NoticeEditor", u"\u9650\u884c\u5c3e\u53f7", None))
        self.makeup_label.setText(QCoreApplication.translate("NoticeEditor", u"\u8c03\u4f11\u4e0a\u73ed\u65e5", None))
        self.letter_label.setText(QCoreApplication.translate("NoticeEditor", u"\u5b57\u6bcd\u5c3e\u53f7", None))
        self.temporary_label.setText(QCoreApplication.translate("NoticeEditor", u"\u4e34\u65f6\u53f7\u724c", None))
        self.include_temporary_check.setText(QCoreApplication.translate("NoticeEditor", u"\u4e34\u65f6\u53f7\u724c\u540c\u6837\u9650\u884c", None))
        self.area_label_label.setText(QCoreApplication.translate("NoticeEditor", u"\u533a\u57df\u7b80\u79f0", None))
        self.area_label_edit.setPlaceholderText(QCoreApplication.translate("NoticeEditor", u"\u5982\uff1a\u7ed5\u57ce\u9ad8\u901f\u4ee5\u5185\u53ca\u5357\u5317\u6269\u5c55\u533a\u57df", None))
        self.area_text_title_label.setText(QCoreApplication.translate("NoticeEditor", u"\u533a\u57df\u8303\u56f4", None))
        self.area_text_edit.setPlaceholderText(QCoreApplication.translate("NoticeEditor", u"\u901a\u544a\u4e2d\u7684\u9650\u884c\u533a\u57df\u539f\u6587", None))
        self.exemptions_title_label.setText(QCoreApplication.translate("NoticeEditor", u"\u4e0d\u53d7\u9650\u8f66\u8f86", None))
        self.exemptions_edit.setPlaceholderText(QCoreApplication.translate("NoticeEditor", u"\u6bcf\u884c\u4e00\u7c7b\uff0c\u5982\uff1aNEV_PLATE \u60ac\u6302\u65b0\u80fd\u6e90\u4e13\u7528\u53f7\u724c\u7684\u65b0\u80fd\u6e90\u6c7d\u8f66", None))
        self.exemptions_hint_label.setText(QCoreApplication.translate("NoticeEditor", u"\u6bcf\u884c\u4e00\u7c7b\uff1a\u7c7b\u522b\u4ee3\u7801 + \u7a7a\u683c + \u8bf4\u660e\uff1b\u53ea\u5199\u8bf4\u660e\u4e5f\u53ef\u4ee5\uff0c\u542b\u201c\u65b0\u80fd\u6e90\u201d\u7684\u884c\u89c6\u4e3a\u65b0\u80fd\u6e90\u53f7\u724c\uff08NEV_PLATE\uff09\u3002", None))
        self.json_hint_label.setText(QCoreApplication.translate("NoticeEditor", u"\u5b8c\u6574\u89c4\u5219\uff08JSON\uff09\uff1a\u53ef\u8bbe\u7f6e\u8f6e\u6362\uff08rotation\uff09\u3001\u9002\u7528\u661f\u671f\uff08day_policy.weekdays\uff09\u3001\u53f7\u724c\u8303\u56f4\uff08scope\uff09\u7b49\u3002\u5173\u95ed\u201c\u9ad8\u7ea7\u201d\u65f6\u4f1a\u68c0\u67e5\u5e76\u56de\u586b\u5230\u8868\u5355\u3002", None))
    # retranslateUi

