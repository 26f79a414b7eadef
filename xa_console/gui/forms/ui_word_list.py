# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'word_list.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QGroupBox, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QPushButton,
    QSizePolicy, QSpacerItem, QTableView, QVBoxLayout,
    QWidget)

from xa_console.gui.errors import ErrorPanel

class Ui_WordList(object):
    def setupUi(self, WordList):
        if not WordList.objectName():
            WordList.setObjectName(u"WordList")
        WordList.resize(1200, 800)
        self.main_layout = QVBoxLayout(WordList)
        self.main_layout.setObjectName(u"main_layout")
        self.add_group = QGroupBox(WordList)
        self.add_group.setObjectName(u"add_group")
        self.add_layout = QHBoxLayout(self.add_group)
        self.add_layout.setObjectName(u"add_layout")
        self.word_edit = QLineEdit(self.add_group)
        self.word_edit.setObjectName(u"word_edit")
        self.word_edit.setMaxLength(64)

        self.add_layout.addWidget(self.word_edit)

        self.level_combo = QComboBox(self.add_group)
        self.level_combo.setObjectName(u"level_combo")

        self.add_layout.addWidget(self.level_combo)

        self.note_edit = QLineEdit(self.add_group)
        self.note_edit.setObjectName(u"note_edit")
        self.note_edit.setMaxLength(200)

        self.add_layout.addWidget(self.note_edit)

        self.add_button = QPushButton(self.add_group)
        self.add_button.setObjectName(u"add_button")

        self.add_layout.addWidget(self.add_button)

        self.add_layout.setStretch(0, 2)
        self.add_layout.setStretch(2, 5)

        self.main_layout.addWidget(self.add_group)

        self.toolbar_layout = QHBoxLayout()
        self.toolbar_layout.setObjectName(u"toolbar_layout")
        self.search_edit = QLineEdit(WordList)
        self.search_edit.setObjectName(u"search_edit")
        self.search_edit.setClearButtonEnabled(True)

        self.toolbar_layout.addWidget(self.search_edit)

        self.count_label = QLabel(WordList)
        self.count_label.setObjectName(u"count_label")
        self.count_label.setStyleSheet(u"color: #5f6368; padding-left: 8px;")

        self.toolbar_layout.addWidget(self.count_label)

        self.toolbar_spacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.toolbar_layout.addItem(self.toolbar_spacer)

        self.import_button = QPushButton(WordList)
        self.import_button.setObjectName(u"import_button")

        self.toolbar_layout.addWidget(self.import_button)

        self.delete_button = QPushButton(WordList)
        self.delete_button.setObjectName(u"delete_button")

        self.toolbar_layout.addWidget(self.delete_button)


        self.main_layout.addLayout(self.toolbar_layout)

        self.error_panel = ErrorPanel(WordList)
        self.error_panel.setObjectName(u"error_panel")

        self.main_layout.addWidget(self.error_panel)

        self.result_label = QLabel(WordList)
        self.result_label.setObjectName(u"result_label")
        self.result_label.setWordWrap(True)
        self.result_label.setStyleSheet(u"background: #EAF1FB; border: 1px solid #C7D3E3; border-radius: 4px; padding: 6px 10px; color: #123E74;")

        self.main_layout.addWidget(self.result_label)

        self.words_table = QTableView(WordList)
        self.words_table.setObjectName(u"words_table")

        self.main_layout.addWidget(self.words_table)

        self.hint_label = QLabel(WordList)
        self.hint_label.setObjectName(u"hint_label")
        self.hint_label.setWordWrap(True)
        self.hint_label.setStyleSheet(u"color: #5f6368;")

        self.main_layout.addWidget(self.hint_label)

        self.main_layout.setStretch(4, 1)

        self.retranslateUi(WordList)

        QMetaObject.connectSlotsByName(WordList)
    # setupUi

    def retranslateUi(self, WordList):
        WordList.setWindowTitle(QCoreApplication.translate("WordList", u"\u5408\u89c4\u8bcd\u8868", None))
        self.add_group.setTitle(QCoreApplication.translate("WordList", u"\u6dfb\u52a0\u8bcd\u8bed", None))
        self.word_edit.setPlaceholderText(QCoreApplication.translate("WordList", u"\u8bcd\u8bed", None))
        self.note_edit.setPlaceholderText(QCoreApplication.translate("WordList", u"\u8bf4\u660e\uff08\u53ef\u4e0d\u586b\uff09\uff1a\u4e3a\u4ec0\u4e48\u8981\u6838\u5bf9\u3001\u5e94\u6539\u7528\u4ec0\u4e48\u8bf4\u6cd5", None))
        self.add_button.setText(QCoreApplication.translate("WordList", u"\u6dfb\u52a0", None))
        self.search_edit.setPlaceholderText(QCoreApplication.translate("WordList", u"\u641c\u7d22\uff1a\u8bcd\u8bed\u6216\u8bf4\u660e\u2026", None))
        self.import_button.setText(QCoreApplication.translate("WordList", u"\u4ece\u6587\u4ef6\u5bfc\u5165\u2026", None))
#if QT_CONFIG(tooltip)
        self.import_button.setToolTip(QCoreApplication.translate("WordList", u"\u5bfc\u5165 .txt \u8bcd\u8868\uff1a\u6bcf\u884c\u4e00\u4e2a\u8bcd", None))
#endif // QT_CONFIG(tooltip)
        self.delete_button.setText(QCoreApplication.translate("WordList", u"\u5220\u9664", None))
#if QT_CONFIG(tooltip)
        self.delete_button.setToolTip(QCoreApplication.translate("WordList", u"\u5220\u9664\u6240\u9009\u8bcd\u8bed\uff08Del\uff09", None))
#endif // QT_CONFIG(tooltip)
        self.hint_label.setText(QCoreApplication.translate("WordList", u"\u7981\u7528\u8bcd\uff1a\u8349\u7a3f\u542b\u6709\u65f6\u4e0d\u80fd\u63d0\u4ea4\u5ba1\u6838\uff1b\u654f\u611f\u8bcd\uff1a\u63d0\u793a\u7f16\u8f91\u6838\u5bf9\uff0c\u4e0d\u963b\u6b62\u63d0\u4ea4\u3002\u53cc\u51fb\u201c\u7ea7\u522b\u201d\u6216\u201c\u8bf4\u660e\u201d\u53ef\u4fee\u6539\u3002", None))
    # retranslateUi

