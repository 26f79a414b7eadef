# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'template_editor.ui'
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
from PySide6.QtWidgets import (QApplication, QHBoxLayout, QHeaderView, QLabel,
    QPushButton, QSizePolicy, QSpacerItem, QSplitter,
    QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget)

from xa_console.gui.code_editor import CodeEditor
from xa_console.gui.errors import ErrorPanel

class Ui_TemplateEditor(object):
    def setupUi(self, TemplateEditor):
        if not TemplateEditor.objectName():
            TemplateEditor.setObjectName(u"TemplateEditor")
        TemplateEditor.resize(1200, 800)
        self.main_layout = QVBoxLayout(TemplateEditor)
        self.main_layout.setObjectName(u"main_layout")
        self.splitter = QSplitter(TemplateEditor)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.list_panel = QWidget(self.splitter)
        self.list_panel.setObjectName(u"list_panel")
        self.list_panel.setMinimumSize(QSize(210, 0))
        self.list_layout = QVBoxLayout(self.list_panel)
        self.list_layout.setObjectName(u"list_layout")
        self.list_layout.setContentsMargins(0, 0, 0, 0)
        self.template_tree = QTreeWidget(self.list_panel)
        self.template_tree.setObjectName(u"template_tree")
        self.template_tree.setRootIsDecorated(True)
        self.template_tree.setUniformRowHeights(True)
        self.template_tree.setIndentation(14)

        self.list_layout.addWidget(self.template_tree)

        self.tree_hint_label = QLabel(self.list_panel)
        self.tree_hint_label.setObjectName(u"tree_hint_label")
        self.tree_hint_label.setWordWrap(True)
        self.tree_hint_label.setStyleSheet(u"color: #5f6368;")

        self.list_layout.addWidget(self.tree_hint_label)

        self.splitter.addWidget(self.list_panel)
        self.editor_panel = QWidget(self.splitter)
        self.editor_panel.setObjectName(u"editor_panel")
        self.editor_layout = QVBoxLayout(self.editor_panel)
        self.editor_layout.setObjectName(u"editor_layout")
        self.editor_layout.setContentsMargins(4, 0, 6, 0)
        self.header_layout = QHBoxLayout()
        self.header_layout.setObjectName(u"header_layout")
        self.header_label = QLabel(self.editor_panel)
        self.header_label.setObjectName(u"header_label")
        self.header_label.setStyleSheet(u"font-size: 13pt; font-weight: bold;")

        self.header_layout.addWidget(self.header_label)

        self.dirty_label = QLabel(self.editor_panel)
        self.dirty_label.setObjectName(u"dirty_label")
        self.dirty_label.setStyleSheet(u"color: #b3261e; font-weight: bold;")

        self.header_layout.addWidget(self.dirty_label)

        self.header_spacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.header_layout.addItem(self.header_spacer)

        self.save_button = QPushButton(self.editor_panel)
        self.save_button.setObjectName(u"save_button")

        self.header_layout.addWidget(self.save_button)

        self.discard_button = QPushButton(self.editor_panel)
        self.discard_button.setObjectName(u"discard_button")

        self.header_layout.addWidget(self.discard_button)

        self.revert_button = QPushButton(self.editor_panel)
        self.revert_button.setObjectName(u"revert_button")

        self.header_layout.addWidget(self.revert_button)


        self.editor_layout.addLayout(self.header_layout)

        self.state_label = QLabel(self.editor_panel)
        self.state_label.setObjectName(u"state_label")
        self.state_label.setStyleSheet(u"color: #5f6368;")

        self.editor_layout.addWidget(self.state_label)

        self.error_panel = ErrorPanel(self.editor_panel)
        self.error_panel.setObjectName(u"error_panel")

        self.editor_layout.addWidget(self.error_panel)

        self.code_editor = CodeEditor(self.editor_panel)
        self.code_editor.setObjectName(u"code_editor")

        self.editor_layout.addWidget(self.code_editor)

        self.editor_hint_label = QLabel(self.editor_panel)
        self.editor_hint_label.setObjectName(u"editor_hint_label")
        self.editor_hint_label.setWordWrap(True)
        self.editor_hint_label.setStyleSheet(u"color: #5f6368;")

        self.editor_layout.addWidget(self.editor_hint_label)

        self.splitter.addWidget(self.editor_panel)
        self.preview_panel = QWidget(self.splitter)
        self.preview_panel.setObjectName(u"preview_panel")
        self.preview_layout = QVBoxLayout(self.preview_panel)
        self.preview_layout.setObjectName(u"preview_layout")
        self.preview_layout.setContentsMargins(6, 0, 0, 0)
        self.preview_title_label = QLabel(self.preview_panel)
        self.preview_title_label.setObjectName(u"preview_title_label")
        self.preview_title_label.setStyleSheet(u"font-size: 13pt; font-weight: bold;")

        self.preview_layout.addWidget(self.preview_title_label)

        self.splitter.addWidget(self.preview_panel)

        self.main_layout.addWidget(self.splitter)


        self.retranslateUi(TemplateEditor)

        QMetaObject.connectSlotsByName(TemplateEditor)
    # setupUi

    def retranslateUi(self, TemplateEditor):
        TemplateEditor.setWindowTitle(QCoreApplication.translate("TemplateEditor", u"\u6a21\u677f", None))
        ___qtreewidgetitem = self.template_tree.headerItem()
        ___qtreewidgetitem.setText(1, QCoreApplication.translate("TemplateEditor", u"\u72b6\u6001", None))
        ___qtreewidgetitem.setText(0, QCoreApplication.translate("TemplateEditor", u"\u6a21\u677f", None))
        self.tree_hint_label.setText(QCoreApplication.translate("TemplateEditor", u"\u201c\u5df2\u4fee\u6539\u201d\u8868\u793a\u6b63\u5728\u4f7f\u7528\u672c\u5355\u4f4d\u4fee\u6539\u8fc7\u7684\u7248\u672c\uff1b\u201c\u6062\u590d\u4e3a\u5185\u7f6e\u6a21\u677f\u201d\u53ef\u64a4\u56de\u4fee\u6539\u3002", None))
        self.dirty_label.setText(QCoreApplication.translate("TemplateEditor", u"\u25cf \u672a\u4fdd\u5b58", None))
        self.save_button.setText(QCoreApplication.translate("TemplateEditor", u"\u4fdd\u5b58", None))
#if QT_CONFIG(tooltip)
        self.save_button.setToolTip(QCoreApplication.translate("TemplateEditor", u"\u4fdd\u5b58\u6a21\u677f\uff08Ctrl+S\uff09\uff1b\u6709\u8bed\u6cd5\u9519\u8bef\u65f6\u4e0d\u4f1a\u4fdd\u5b58", None))
#endif // QT_CONFIG(tooltip)
        self.discard_button.setText(QCoreApplication.translate("TemplateEditor", u"\u653e\u5f03\u4fee\u6539", None))
#if QT_CONFIG(tooltip)
        self.discard_button.setToolTip(QCoreApplication.translate("TemplateEditor", u"\u6062\u590d\u4e3a\u4e0a\u6b21\u4fdd\u5b58\u7684\u5185\u5bb9\uff08\u53ef\u7528 Ctrl+Z \u627e\u56de\uff09", None))
#endif // QT_CONFIG(tooltip)
        self.revert_button.setText(QCoreApplication.translate("TemplateEditor", u"\u6062\u590d\u4e3a\u5185\u7f6e\u6a21\u677f", None))
#if QT_CONFIG(tooltip)
        self.revert_button.setToolTip(QCoreApplication.translate("TemplateEditor", u"\u5220\u9664\u672c\u5355\u4f4d\u7684\u4fee\u6539\uff0c\u6539\u7528\u968f\u7a0b\u5e8f\u53d1\u5e03\u7684\u6a21\u677f", None))
#endif // QT_CONFIG(tooltip)
        self.editor_hint_label.setText(QCoreApplication.translate("TemplateEditor", u"{{ \u5b57\u6bb5 }} \u8f93\u51fa\u5185\u5bb9\uff0c{% \u8bed\u53e5 %} \u63a7\u5236\u6d41\u7a0b\uff0c{# \u6ce8\u91ca #} \u4e0d\u8f93\u51fa\uff1b\u6bcf\u4e2a {% block \u5b57\u6bb5\u540d %} \u751f\u6210\u6e20\u9053\u7684\u4e00\u4e2a\u5b57\u6bb5\u3002Ctrl+Z \u64a4\u9500\u8f93\u5165\u3002", None))
        self.preview_title_label.setText(QCoreApplication.translate("TemplateEditor", u"\u5b9e\u65f6\u9884\u89c8\uff08\u672a\u4fdd\u5b58\u7684\u4fee\u6539\u4e5f\u4f1a\u663e\u793a\uff09", None))
    # retranslateUi

