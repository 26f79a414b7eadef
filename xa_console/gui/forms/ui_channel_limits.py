# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'channel_limits.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QDoubleSpinBox, QGridLayout,
    QGroupBox, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QPushButton, QSizePolicy, QSpacerItem,
    QSpinBox, QSplitter, QTableView, QVBoxLayout,
    QWidget)

from xa_console.gui.code_editor import CodeEditor
from xa_console.gui.errors import ErrorPanel

class Ui_ChannelLimits(object):
    def setupUi(self, ChannelLimits):
        if not ChannelLimits.objectName():
            ChannelLimits.setObjectName(u"ChannelLimits")
        ChannelLimits.resize(1200, 800)
        self.main_layout = QVBoxLayout(ChannelLimits)
        self.main_layout.setObjectName(u"main_layout")
        self.toolbar_layout = QHBoxLayout()
        self.toolbar_layout.setObjectName(u"toolbar_layout")
        self.filter_label = QLabel(ChannelLimits)
        self.filter_label.setObjectName(u"filter_label")

        self.toolbar_layout.addWidget(self.filter_label)

        self.channel_filter_combo = QComboBox(ChannelLimits)
        self.channel_filter_combo.setObjectName(u"channel_filter_combo")

        self.toolbar_layout.addWidget(self.channel_filter_combo)

        self.table_hint_label = QLabel(ChannelLimits)
        self.table_hint_label.setObjectName(u"table_hint_label")
        self.table_hint_label.setStyleSheet(u"color: #5f6368; padding-left: 12px;")

        self.toolbar_layout.addWidget(self.table_hint_label)

        self.toolbar_spacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.toolbar_layout.addItem(self.toolbar_spacer)

        self.speed_label = QLabel(ChannelLimits)
        self.speed_label.setObjectName(u"speed_label")
        self.speed_label.setStyleSheet(u"color: #5f6368;")

        self.toolbar_layout.addWidget(self.speed_label)


        self.main_layout.addLayout(self.toolbar_layout)

        self.error_panel = ErrorPanel(ChannelLimits)
        self.error_panel.setObjectName(u"error_panel")

        self.main_layout.addWidget(self.error_panel)

        self.splitter = QSplitter(ChannelLimits)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.limits_table = QTableView(self.splitter)
        self.limits_table.setObjectName(u"limits_table")
        self.splitter.addWidget(self.limits_table)
        self.bottom_splitter = QSplitter(self.splitter)
        self.bottom_splitter.setObjectName(u"bottom_splitter")
        self.bottom_splitter.setOrientation(Qt.Orientation.Horizontal)
        self.bottom_splitter.setChildrenCollapsible(False)
        self.detail_panel = QWidget(self.bottom_splitter)
        self.detail_panel.setObjectName(u"detail_panel")
        self.detail_layout = QVBoxLayout(self.detail_panel)
        self.detail_layout.setObjectName(u"detail_layout")
        self.detail_layout.setContentsMargins(0, 0, 0, 0)
        self.detail_group = QGroupBox(self.detail_panel)
        self.detail_group.setObjectName(u"detail_group")
        self.detail_group_layout = QVBoxLayout(self.detail_group)
        self.detail_group_layout.setObjectName(u"detail_group_layout")
        self.detail_label = QLabel(self.detail_group)
        self.detail_label.setObjectName(u"detail_label")
        self.detail_label.setWordWrap(True)
        self.detail_label.setTextFormat(Qt.TextFormat.RichText)
        self.detail_label.setOpenExternalLinks(True)
        self.detail_label.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignLeft|Qt.AlignmentFlag.AlignTop)

        self.detail_group_layout.addWidget(self.detail_label)


        self.detail_layout.addWidget(self.detail_group)

        self.sms_group = QGroupBox(self.detail_panel)
        self.sms_group.setObjectName(u"sms_group")
        self.sms_grid = QGridLayout(self.sms_group)
        self.sms_grid.setObjectName(u"sms_grid")
        self.signature_label = QLabel(self.sms_group)
        self.signature_label.setObjectName(u"signature_label")

        self.sms_grid.addWidget(self.signature_label, 0, 0, 1, 1)

        self.signature_edit = QLineEdit(self.sms_group)
        self.signature_edit.setObjectName(u"signature_edit")

        self.sms_grid.addWidget(self.signature_edit, 0, 1, 1, 1)

        self.price_label = QLabel(self.sms_group)
        self.price_label.setObjectName(u"price_label")

        self.sms_grid.addWidget(self.price_label, 0, 2, 1, 1)

        self.price_spin = QDoubleSpinBox(self.sms_group)
        self.price_spin.setObjectName(u"price_spin")
        self.price_spin.setDecimals(3)
        self.price_spin.setMaximum(10.000000000000000)
        self.price_spin.setSingleStep(0.005000000000000)

        self.sms_grid.addWidget(self.price_spin, 0, 3, 1, 1)

        self.single_limit_label = QLabel(self.sms_group)
        self.single_limit_label.setObjectName(u"single_limit_label")

        self.sms_grid.addWidget(self.single_limit_label, 1, 0, 1, 1)

        self.single_limit_spin = QSpinBox(self.sms_group)
        self.single_limit_spin.setObjectName(u"single_limit_spin")
        self.single_limit_spin.setMinimum(1)
        self.single_limit_spin.setMaximum(1000)

        self.sms_grid.addWidget(self.single_limit_spin, 1, 1, 1, 1)

        self.segment_size_label = QLabel(self.sms_group)
        self.segment_size_label.setObjectName(u"segment_size_label")

        self.sms_grid.addWidget(self.segment_size_label, 1, 2, 1, 1)

        self.segment_size_spin = QSpinBox(self.sms_group)
        self.segment_size_spin.setObjectName(u"segment_size_spin")
        self.segment_size_spin.setMinimum(1)
        self.segment_size_spin.setMaximum(1000)

        self.sms_grid.addWidget(self.segment_size_spin, 1, 3, 1, 1)

        self.sms_save_button = QPushButton(self.sms_group)
        self.sms_save_button.setObjectName(u"sms_save_button")

        self.sms_grid.addWidget(self.sms_save_button, 2, 3, 1, 1)


        self.detail_layout.addWidget(self.sms_group)

        self.detail_spacer = QSpacerItem(20, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.detail_layout.addItem(self.detail_spacer)

        self.bottom_splitter.addWidget(self.detail_panel)
        self.json_group = QGroupBox(self.bottom_splitter)
        self.json_group.setObjectName(u"json_group")
        self.json_layout = QVBoxLayout(self.json_group)
        self.json_layout.setObjectName(u"json_layout")
        self.json_toolbar_layout = QHBoxLayout()
        self.json_toolbar_layout.setObjectName(u"json_toolbar_layout")
        self.json_channel_combo = QComboBox(self.json_group)
        self.json_channel_combo.setObjectName(u"json_channel_combo")

        self.json_toolbar_layout.addWidget(self.json_channel_combo)

        self.json_dirty_label = QLabel(self.json_group)
        self.json_dirty_label.setObjectName(u"json_dirty_label")
        self.json_dirty_label.setStyleSheet(u"color: #b3261e; font-weight: bold;")

        self.json_toolbar_layout.addWidget(self.json_dirty_label)

        self.json_spacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.json_toolbar_layout.addItem(self.json_spacer)

        self.json_save_button = QPushButton(self.json_group)
        self.json_save_button.setObjectName(u"json_save_button")

        self.json_toolbar_layout.addWidget(self.json_save_button)

        self.json_reload_button = QPushButton(self.json_group)
        self.json_reload_button.setObjectName(u"json_reload_button")

        self.json_toolbar_layout.addWidget(self.json_reload_button)

        self.reset_button = QPushButton(self.json_group)
        self.reset_button.setObjectName(u"reset_button")

        self.json_toolbar_layout.addWidget(self.reset_button)


        self.json_layout.addLayout(self.json_toolbar_layout)

        self.json_error_panel = ErrorPanel(self.json_group)
        self.json_error_panel.setObjectName(u"json_error_panel")

        self.json_layout.addWidget(self.json_error_panel)

        self.json_edit = CodeEditor(self.json_group)
        self.json_edit.setObjectName(u"json_edit")

        self.json_layout.addWidget(self.json_edit)

        self.bottom_splitter.addWidget(self.json_group)
        self.splitter.addWidget(self.bottom_splitter)

        self.main_layout.addWidget(self.splitter)

        self.main_layout.setStretch(2, 1)

        self.retranslateUi(ChannelLimits)

        QMetaObject.connectSlotsByName(ChannelLimits)
    # setupUi

    def retranslateUi(self, ChannelLimits):
        ChannelLimits.setWindowTitle(QCoreApplication.translate("ChannelLimits", u"\u6e20\u9053\u89c4\u5219", None))
        self.filter_label.setText(QCoreApplication.translate("ChannelLimits", u"\u6e20\u9053\uff1a", None))
        self.table_hint_label.setText(QCoreApplication.translate("ChannelLimits", u"\u53cc\u51fb\u201c\u4e0b\u9650\u201d\u201c\u4e0a\u9650\u201d\u53ef\u76f4\u63a5\u4fee\u6539\uff1b\u6e05\u7a7a\u8868\u793a\u4e0d\u9650\u3002\u5355\u51fb\u201c\u6765\u6e90\u201d\u6253\u5f00\u5e73\u53f0\u539f\u6587\u3002", None))
        self.detail_group.setTitle(QCoreApplication.translate("ChannelLimits", u"\u6240\u9009\u89c4\u5219", None))
        self.sms_group.setTitle(QCoreApplication.translate("ChannelLimits", u"\u77ed\u4fe1\u7b7e\u540d\u4e0e\u8ba1\u8d39", None))
        self.signature_label.setText(QCoreApplication.translate("ChannelLimits", u"\u7b7e\u540d", None))
        self.signature_edit.setPlaceholderText(QCoreApplication.translate("ChannelLimits", u"2\u201312 \u4e2a\u5b57\uff0c\u4e0d\u542b\u62ec\u53f7", None))
#if QT_CONFIG(tooltip)
        self.signature_edit.setToolTip(QCoreApplication.translate("ChannelLimits", u"\u53d1\u9001\u65f6\u52a0\u5728\u77ed\u4fe1\u5f00\u5934\uff1a\u3010\u7b7e\u540d\u3011\uff0c\u8ba1\u5165\u5b57\u6570", None))
#endif // QT_CONFIG(tooltip)
        self.price_label.setText(QCoreApplication.translate("ChannelLimits", u"\u6bcf\u6761\u4ef7\u683c\uff08\u5143\uff09", None))
        self.single_limit_label.setText(QCoreApplication.translate("ChannelLimits", u"\u5355\u6761\u4e0a\u9650\uff08\u5b57\uff09", None))
        self.segment_size_label.setText(QCoreApplication.translate("ChannelLimits", u"\u957f\u77ed\u4fe1\u6bcf\u6761\uff08\u5b57\uff09", None))
        self.sms_save_button.setText(QCoreApplication.translate("ChannelLimits", u"\u4fdd\u5b58\u8ba1\u8d39\u8bbe\u7f6e", None))
        self.json_group.setTitle(QCoreApplication.translate("ChannelLimits", u"\u9ad8\u7ea7\uff08JSON\uff09", None))
        self.json_dirty_label.setText(QCoreApplication.translate("ChannelLimits", u"\u25cf \u672a\u4fdd\u5b58", None))
        self.json_save_button.setText(QCoreApplication.translate("ChannelLimits", u"\u4fdd\u5b58", None))
#if QT_CONFIG(tooltip)
        self.json_save_button.setToolTip(QCoreApplication.translate("ChannelLimits", u"\u68c0\u67e5\u5168\u90e8\u6e20\u9053\u89c4\u5219\u540e\u4fdd\u5b58\uff1b\u6709\u9519\u8bef\u65f6\u4e0d\u4fdd\u5b58", None))
#endif // QT_CONFIG(tooltip)
        self.json_reload_button.setText(QCoreApplication.translate("ChannelLimits", u"\u653e\u5f03\u4fee\u6539", None))
        self.reset_button.setText(QCoreApplication.translate("ChannelLimits", u"\u6062\u590d\u5185\u7f6e\u89c4\u5219", None))
#if QT_CONFIG(tooltip)
        self.reset_button.setToolTip(QCoreApplication.translate("ChannelLimits", u"\u628a\u8fd9\u4e2a\u6e20\u9053\u7684\u89c4\u5219\u6062\u590d\u4e3a\u968f\u7a0b\u5e8f\u53d1\u5e03\u7684\u7248\u672c", None))
#endif // QT_CONFIG(tooltip)
    # retranslateUi

