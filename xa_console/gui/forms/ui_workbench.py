# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'workbench.ui'
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
from PySide6.QtWidgets import (QApplication, QDateEdit, QDateTimeEdit, QFormLayout,
    QFrame, QGroupBox, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QListWidget, QListWidgetItem,
    QPlainTextEdit, QPushButton, QScrollArea, QSizePolicy,
    QSpacerItem, QSplitter, QTabWidget, QTableView,
    QVBoxLayout, QWidget)

from xa_console.gui.errors import ErrorPanel
from xa_console.gui.pages.channel_editor import ChannelEditor
from xa_console.gui.pages.previews import PreviewPane

class Ui_Workbench(object):
    def setupUi(self, Workbench):
        if not Workbench.objectName():
            Workbench.setObjectName(u"Workbench")
        Workbench.resize(1250, 840)
        self.main_layout = QVBoxLayout(Workbench)
        self.main_layout.setObjectName(u"main_layout")
        self.main_layout.setContentsMargins(8, 8, 8, 4)
        self.toolbar_layout = QHBoxLayout()
        self.toolbar_layout.setObjectName(u"toolbar_layout")
        self.new_button = QPushButton(Workbench)
        self.new_button.setObjectName(u"new_button")

        self.toolbar_layout.addWidget(self.new_button)

        self.save_button = QPushButton(Workbench)
        self.save_button.setObjectName(u"save_button")

        self.toolbar_layout.addWidget(self.save_button)

        self.discard_button = QPushButton(Workbench)
        self.discard_button.setObjectName(u"discard_button")

        self.toolbar_layout.addWidget(self.discard_button)

        self.delete_button = QPushButton(Workbench)
        self.delete_button.setObjectName(u"delete_button")

        self.toolbar_layout.addWidget(self.delete_button)

        self.toolbar_separator = QFrame(Workbench)
        self.toolbar_separator.setObjectName(u"toolbar_separator")
        self.toolbar_separator.setFrameShape(QFrame.Shape.VLine)
        self.toolbar_separator.setFrameShadow(QFrame.Shadow.Sunken)

        self.toolbar_layout.addWidget(self.toolbar_separator)

        self.export_card_button = QPushButton(Workbench)
        self.export_card_button.setObjectName(u"export_card_button")

        self.toolbar_layout.addWidget(self.export_card_button)

        self.export_script_button = QPushButton(Workbench)
        self.export_script_button.setObjectName(u"export_script_button")

        self.toolbar_layout.addWidget(self.export_script_button)

        self.export_press_button = QPushButton(Workbench)
        self.export_press_button.setObjectName(u"export_press_button")

        self.toolbar_layout.addWidget(self.export_press_button)

        self.export_cap_button = QPushButton(Workbench)
        self.export_cap_button.setObjectName(u"export_cap_button")

        self.toolbar_layout.addWidget(self.export_cap_button)

        self.toolbar_spacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.toolbar_layout.addItem(self.toolbar_spacer)

        self.rebuild_label = QLabel(Workbench)
        self.rebuild_label.setObjectName(u"rebuild_label")

        self.toolbar_layout.addWidget(self.rebuild_label)

        self.dirty_label = QLabel(Workbench)
        self.dirty_label.setObjectName(u"dirty_label")

        self.toolbar_layout.addWidget(self.dirty_label)


        self.main_layout.addLayout(self.toolbar_layout)

        self.error_panel = ErrorPanel(Workbench)
        self.error_panel.setObjectName(u"error_panel")

        self.main_layout.addWidget(self.error_panel)

        self.main_splitter = QSplitter(Workbench)
        self.main_splitter.setObjectName(u"main_splitter")
        self.main_splitter.setOrientation(Qt.Orientation.Horizontal)
        self.main_splitter.setChildrenCollapsible(False)
        self.drafts_panel = QWidget(self.main_splitter)
        self.drafts_panel.setObjectName(u"drafts_panel")
        self.drafts_layout = QVBoxLayout(self.drafts_panel)
        self.drafts_layout.setObjectName(u"drafts_layout")
        self.drafts_layout.setContentsMargins(0, 0, 0, 0)
        self.drafts_title = QLabel(self.drafts_panel)
        self.drafts_title.setObjectName(u"drafts_title")

        self.drafts_layout.addWidget(self.drafts_title)

        self.draft_table = QTableView(self.drafts_panel)
        self.draft_table.setObjectName(u"draft_table")

        self.drafts_layout.addWidget(self.draft_table)

        self.draft_count_label = QLabel(self.drafts_panel)
        self.draft_count_label.setObjectName(u"draft_count_label")

        self.drafts_layout.addWidget(self.draft_count_label)

        self.main_splitter.addWidget(self.drafts_panel)
        self.middle_splitter = QSplitter(self.main_splitter)
        self.middle_splitter.setObjectName(u"middle_splitter")
        self.middle_splitter.setOrientation(Qt.Orientation.Vertical)
        self.middle_splitter.setChildrenCollapsible(False)
        self.facts_scroll = QScrollArea(self.middle_splitter)
        self.facts_scroll.setObjectName(u"facts_scroll")
        self.facts_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.facts_scroll.setWidgetResizable(True)
        self.facts_contents = QWidget()
        self.facts_contents.setObjectName(u"facts_contents")
        self.facts_contents_layout = QVBoxLayout(self.facts_contents)
        self.facts_contents_layout.setObjectName(u"facts_contents_layout")
        self.facts_contents_layout.setContentsMargins(0, 0, 6, 0)
        self.facts_header = QLabel(self.facts_contents)
        self.facts_header.setObjectName(u"facts_header")
        self.facts_header.setWordWrap(True)

        self.facts_contents_layout.addWidget(self.facts_header)

        self.facts_group = QGroupBox(self.facts_contents)
        self.facts_group.setObjectName(u"facts_group")
        self.facts_form = QFormLayout(self.facts_group)
        self.facts_form.setObjectName(u"facts_form")
        self.status_caption = QLabel(self.facts_group)
        self.status_caption.setObjectName(u"status_caption")

        self.facts_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.status_caption)

        self.status_value = QLabel(self.facts_group)
        self.status_value.setObjectName(u"status_value")
        self.status_value.setWordWrap(True)

        self.facts_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.status_value)

        self.area_caption = QLabel(self.facts_group)
        self.area_caption.setObjectName(u"area_caption")

        self.facts_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.area_caption)

        self.area_value = QLabel(self.facts_group)
        self.area_value.setObjectName(u"area_value")
        self.area_value.setWordWrap(True)

        self.facts_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.area_value)

        self.validity_caption = QLabel(self.facts_group)
        self.validity_caption.setObjectName(u"validity_caption")

        self.facts_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.validity_caption)

        self.validity_value = QLabel(self.facts_group)
        self.validity_value.setObjectName(u"validity_value")
        self.validity_value.setWordWrap(True)

        self.facts_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.validity_value)

        self.title_caption = QLabel(self.facts_group)
        self.title_caption.setObjectName(u"title_caption")

        self.facts_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.title_caption)

        self.title_edit = QLineEdit(self.facts_group)
        self.title_edit.setObjectName(u"title_edit")

        self.facts_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.title_edit)

        self.issue_date_caption = QLabel(self.facts_group)
        self.issue_date_caption.setObjectName(u"issue_date_caption")

        self.facts_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.issue_date_caption)

        self.issue_date_edit = QDateEdit(self.facts_group)
        self.issue_date_edit.setObjectName(u"issue_date_edit")
        self.issue_date_edit.setCalendarPopup(True)

        self.facts_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.issue_date_edit)

        self.free_text_caption = QLabel(self.facts_group)
        self.free_text_caption.setObjectName(u"free_text_caption")

        self.facts_form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.free_text_caption)

        self.free_text_edit = QPlainTextEdit(self.facts_group)
        self.free_text_edit.setObjectName(u"free_text_edit")
        self.free_text_edit.setTabChangesFocus(True)

        self.facts_form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.free_text_edit)


        self.facts_contents_layout.addWidget(self.facts_group)

        self.control_group = QGroupBox(self.facts_contents)
        self.control_group.setObjectName(u"control_group")
        self.control_form = QFormLayout(self.control_group)
        self.control_form.setObjectName(u"control_form")
        self.road_caption = QLabel(self.control_group)
        self.road_caption.setObjectName(u"road_caption")

        self.control_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.road_caption)

        self.road_edit = QLineEdit(self.control_group)
        self.road_edit.setObjectName(u"road_edit")

        self.control_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.road_edit)

        self.direction_caption = QLabel(self.control_group)
        self.direction_caption.setObjectName(u"direction_caption")

        self.control_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.direction_caption)

        self.direction_edit = QLineEdit(self.control_group)
        self.direction_edit.setObjectName(u"direction_edit")

        self.control_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.direction_edit)

        self.section_caption = QLabel(self.control_group)
        self.section_caption.setObjectName(u"section_caption")

        self.control_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.section_caption)

        self.section_edit = QLineEdit(self.control_group)
        self.section_edit.setObjectName(u"section_edit")

        self.control_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.section_edit)

        self.start_caption = QLabel(self.control_group)
        self.start_caption.setObjectName(u"start_caption")

        self.control_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.start_caption)

        self.start_edit = QDateTimeEdit(self.control_group)
        self.start_edit.setObjectName(u"start_edit")
        self.start_edit.setCalendarPopup(True)

        self.control_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.start_edit)

        self.end_caption = QLabel(self.control_group)
        self.end_caption.setObjectName(u"end_caption")

        self.control_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.end_caption)

        self.end_edit = QDateTimeEdit(self.control_group)
        self.end_edit.setObjectName(u"end_edit")
        self.end_edit.setCalendarPopup(True)

        self.control_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.end_edit)

        self.detour_caption = QLabel(self.control_group)
        self.detour_caption.setObjectName(u"detour_caption")

        self.control_form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.detour_caption)

        self.detour_edit = QLineEdit(self.control_group)
        self.detour_edit.setObjectName(u"detour_edit")

        self.control_form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.detour_edit)

        self.control_reason_caption = QLabel(self.control_group)
        self.control_reason_caption.setObjectName(u"control_reason_caption")

        self.control_form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.control_reason_caption)

        self.control_reason_edit = QLineEdit(self.control_group)
        self.control_reason_edit.setObjectName(u"control_reason_edit")

        self.control_form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.control_reason_edit)


        self.facts_contents_layout.addWidget(self.control_group)

        self.correction_group = QGroupBox(self.facts_contents)
        self.correction_group.setObjectName(u"correction_group")
        self.correction_form = QFormLayout(self.correction_group)
        self.correction_form.setObjectName(u"correction_form")
        self.corrects_title_caption = QLabel(self.correction_group)
        self.corrects_title_caption.setObjectName(u"corrects_title_caption")

        self.correction_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.corrects_title_caption)

        self.corrects_title_edit = QLineEdit(self.correction_group)
        self.corrects_title_edit.setObjectName(u"corrects_title_edit")

        self.correction_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.corrects_title_edit)

        self.correction_text_caption = QLabel(self.correction_group)
        self.correction_text_caption.setObjectName(u"correction_text_caption")

        self.correction_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.correction_text_caption)

        self.correction_text_edit = QPlainTextEdit(self.correction_group)
        self.correction_text_edit.setObjectName(u"correction_text_edit")
        self.correction_text_edit.setTabChangesFocus(True)

        self.correction_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.correction_text_edit)


        self.facts_contents_layout.addWidget(self.correction_group)

        self.facts_spacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.facts_contents_layout.addItem(self.facts_spacer)

        self.facts_scroll.setWidget(self.facts_contents)
        self.middle_splitter.addWidget(self.facts_scroll)
        self.channel_editor = ChannelEditor(self.middle_splitter)
        self.channel_editor.setObjectName(u"channel_editor")
        self.middle_splitter.addWidget(self.channel_editor)
        self.main_splitter.addWidget(self.middle_splitter)
        self.right_splitter = QSplitter(self.main_splitter)
        self.right_splitter.setObjectName(u"right_splitter")
        self.right_splitter.setOrientation(Qt.Orientation.Vertical)
        self.right_splitter.setChildrenCollapsible(False)
        self.right_tabs = QTabWidget(self.right_splitter)
        self.right_tabs.setObjectName(u"right_tabs")
        self.right_tabs.setDocumentMode(True)
        self.preview_tab = QWidget()
        self.preview_tab.setObjectName(u"preview_tab")
        self.preview_tab_layout = QVBoxLayout(self.preview_tab)
        self.preview_tab_layout.setObjectName(u"preview_tab_layout")
        self.preview_tab_layout.setContentsMargins(0, 0, 0, 0)
        self.preview_pane = PreviewPane(self.preview_tab)
        self.preview_pane.setObjectName(u"preview_pane")

        self.preview_tab_layout.addWidget(self.preview_pane)

        self.right_tabs.addTab(self.preview_tab, "")
        self.overview_tab = QWidget()
        self.overview_tab.setObjectName(u"overview_tab")
        self.overview_tab_layout = QVBoxLayout(self.overview_tab)
        self.overview_tab_layout.setObjectName(u"overview_tab_layout")
        self.overview_tab_layout.setContentsMargins(0, 4, 0, 0)
        self.overview_table = QTableView(self.overview_tab)
        self.overview_table.setObjectName(u"overview_table")

        self.overview_tab_layout.addWidget(self.overview_table)

        self.overview_hint = QLabel(self.overview_tab)
        self.overview_hint.setObjectName(u"overview_hint")
        self.overview_hint.setWordWrap(True)

        self.overview_tab_layout.addWidget(self.overview_hint)

        self.right_tabs.addTab(self.overview_tab, "")
        self.right_splitter.addWidget(self.right_tabs)
        self.problems_panel = QWidget(self.right_splitter)
        self.problems_panel.setObjectName(u"problems_panel")
        self.problems_layout = QVBoxLayout(self.problems_panel)
        self.problems_layout.setObjectName(u"problems_layout")
        self.problems_layout.setContentsMargins(0, 4, 0, 0)
        self.problems_title = QLabel(self.problems_panel)
        self.problems_title.setObjectName(u"problems_title")

        self.problems_layout.addWidget(self.problems_title)

        self.problems_list = QListWidget(self.problems_panel)
        self.problems_list.setObjectName(u"problems_list")
        self.problems_list.setWordWrap(True)

        self.problems_layout.addWidget(self.problems_list)

        self.right_splitter.addWidget(self.problems_panel)
        self.main_splitter.addWidget(self.right_splitter)

        self.main_layout.addWidget(self.main_splitter)

        self.main_layout.setStretch(2, 1)

        self.retranslateUi(Workbench)

        QMetaObject.connectSlotsByName(Workbench)
    # setupUi

    def retranslateUi(self, Workbench):
        Workbench.setWindowTitle(QCoreApplication.translate("Workbench", u"\u901a\u544a", None))
        self.new_button.setText(QCoreApplication.translate("Workbench", u"\u65b0\u5efa", None))
#if QT_CONFIG(tooltip)
        self.new_button.setToolTip(QCoreApplication.translate("Workbench", u"\u65b0\u5efa\u901a\u544a\u8349\u7a3f\uff08Ctrl+N\uff09", None))
#endif // QT_CONFIG(tooltip)
        self.save_button.setText(QCoreApplication.translate("Workbench", u"\u4fdd\u5b58", None))
#if QT_CONFIG(tooltip)
        self.save_button.setToolTip(QCoreApplication.translate("Workbench", u"\u4fdd\u5b58\u5f53\u524d\u8349\u7a3f\uff08Ctrl+S\uff09", None))
#endif // QT_CONFIG(tooltip)
        self.discard_button.setText(QCoreApplication.translate("Workbench", u"\u653e\u5f03\u4fee\u6539", None))
#if QT_CONFIG(tooltip)
        self.discard_button.setToolTip(QCoreApplication.translate("Workbench", u"\u6062\u590d\u4e3a\u5df2\u4fdd\u5b58\u7684\u5185\u5bb9", None))
#endif // QT_CONFIG(tooltip)
        self.delete_button.setText(QCoreApplication.translate("Workbench", u"\u5220\u9664", None))
#if QT_CONFIG(tooltip)
        self.delete_button.setToolTip(QCoreApplication.translate("Workbench", u"\u5220\u9664\u5f53\u524d\u8349\u7a3f", None))
#endif // QT_CONFIG(tooltip)
        self.export_card_button.setText(QCoreApplication.translate("Workbench", u"\u5bfc\u51fa\u5361\u7247 PNG", None))
        self.export_script_button.setText(QCoreApplication.translate("Workbench", u"\u5bfc\u51fa\u64ad\u62a5\u7a3f .docx", None))
        self.export_press_button.setText(QCoreApplication.translate("Workbench", u"\u5bfc\u51fa\u901a\u7a3f .docx", None))
        self.export_cap_button.setText(QCoreApplication.translate("Workbench", u"\u5bfc\u51fa CAP XML", None))
#if QT_CONFIG(tooltip)
        self.rebuild_label.setToolTip(QCoreApplication.translate("Workbench", u"\u6700\u8fd1\u4e00\u6b21\u6309\u952e\u540e\u91cd\u65b0\u751f\u6210\u5168\u90e8\u6e20\u9053\u6240\u7528\u7684\u65f6\u95f4", None))
#endif // QT_CONFIG(tooltip)
        self.dirty_label.setText(QCoreApplication.translate("Workbench", u"\u25cf \u672a\u4fdd\u5b58", None))
        self.drafts_title.setText(QCoreApplication.translate("Workbench", u"\u8349\u7a3f", None))
        self.facts_group.setTitle(QCoreApplication.translate("Workbench", u"\u901a\u544a\u8981\u7d20", None))
        self.status_caption.setText(QCoreApplication.translate("Workbench", u"\u9650\u884c\u60c5\u51b5", None))
        self.area_caption.setText(QCoreApplication.translate("Workbench", u"\u9650\u884c\u533a\u57df", None))
        self.validity_caption.setText(QCoreApplication.translate("Workbench", u"\u6709\u6548\u671f", None))
        self.title_caption.setText(QCoreApplication.translate("Workbench", u"\u6807\u9898", None))
        self.issue_date_caption.setText(QCoreApplication.translate("Workbench", u"\u843d\u6b3e\u65e5\u671f", None))
        self.issue_date_edit.setDisplayFormat(QCoreApplication.translate("Workbench", u"yyyy-MM-dd", None))
        self.free_text_caption.setText(QCoreApplication.translate("Workbench", u"\u8865\u5145\u8bf4\u660e", None))
        self.free_text_edit.setPlaceholderText(QCoreApplication.translate("Workbench", u"\u5199\u5165\u5404\u6e20\u9053\u7684\u8865\u5145\u8bf4\u660e\uff08\u53ef\u4e0d\u586b\uff09\uff0c\u5982\uff1a\u8bf7\u63d0\u524d\u89c4\u5212\u8def\u7ebf\uff0c\u9519\u5cf0\u51fa\u884c\u3002", None))
        self.control_group.setTitle(QCoreApplication.translate("Workbench", u"\u4e34\u65f6\u4ea4\u901a\u7ba1\u5236", None))
        self.road_caption.setText(QCoreApplication.translate("Workbench", u"\u9053\u8def", None))
        self.direction_caption.setText(QCoreApplication.translate("Workbench", u"\u65b9\u5411", None))
        self.section_caption.setText(QCoreApplication.translate("Workbench", u"\u8def\u6bb5", None))
        self.start_caption.setText(QCoreApplication.translate("Workbench", u"\u5f00\u59cb\u65f6\u95f4", None))
        self.start_edit.setDisplayFormat(QCoreApplication.translate("Workbench", u"yyyy-MM-dd HH:mm", None))
        self.end_caption.setText(QCoreApplication.translate("Workbench", u"\u7ed3\u675f\u65f6\u95f4", None))
        self.end_edit.setDisplayFormat(QCoreApplication.translate("Workbench", u"yyyy-MM-dd HH:mm", None))
        self.detour_caption.setText(QCoreApplication.translate("Workbench", u"\u7ed5\u884c\u5efa\u8bae", None))
        self.control_reason_caption.setText(QCoreApplication.translate("Workbench", u"\u7ba1\u5236\u539f\u56e0", None))
        self.correction_group.setTitle(QCoreApplication.translate("Workbench", u"\u66f4\u6b63\u6216\u64a4\u56de", None))
        self.corrects_title_caption.setText(QCoreApplication.translate("Workbench", u"\u539f\u901a\u544a\u6807\u9898", None))
        self.correction_text_caption.setText(QCoreApplication.translate("Workbench", u"\u66f4\u6b63\u5185\u5bb9", None))
        self.right_tabs.setTabText(self.right_tabs.indexOf(self.preview_tab), QCoreApplication.translate("Workbench", u"\u9884\u89c8", None))
        self.overview_hint.setText(QCoreApplication.translate("Workbench", u"\u53cc\u51fb\u4e00\u884c\u67e5\u770b\u8be5\u6e20\u9053\u3002\u2713 \u901a\u8fc7\u3000! \u8bf7\u6838\u5bf9\u3000\u00d7 \u6709\u9519\u8bef", None))
        self.right_tabs.setTabText(self.right_tabs.indexOf(self.overview_tab), QCoreApplication.translate("Workbench", u"\u5168\u90e8\u6e20\u9053", None))
    # retranslateUi

