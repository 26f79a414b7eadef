# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'accounts_page.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QComboBox, QFormLayout,
    QGroupBox, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QPlainTextEdit, QPushButton, QSizePolicy,
    QSpacerItem, QSpinBox, QStackedWidget, QTableView,
    QVBoxLayout, QWidget)

from xa_console.gui.errors import ErrorPanel

class Ui_AccountsPage(object):
    def setupUi(self, AccountsPage):
        if not AccountsPage.objectName():
            AccountsPage.setObjectName(u"AccountsPage")
        AccountsPage.resize(1200, 800)
        self.main_layout = QVBoxLayout(AccountsPage)
        self.main_layout.setSpacing(10)
        self.main_layout.setObjectName(u"main_layout")
        self.keyring_banner = QLabel(AccountsPage)
        self.keyring_banner.setObjectName(u"keyring_banner")
        self.keyring_banner.setWordWrap(True)

        self.main_layout.addWidget(self.keyring_banner)

        self.me_label = QLabel(AccountsPage)
        self.me_label.setObjectName(u"me_label")
        self.me_label.setWordWrap(True)

        self.main_layout.addWidget(self.me_label)

        self.accounts_table = QTableView(AccountsPage)
        self.accounts_table.setObjectName(u"accounts_table")

        self.main_layout.addWidget(self.accounts_table)

        self.error_panel = ErrorPanel(AccountsPage)
        self.error_panel.setObjectName(u"error_panel")

        self.main_layout.addWidget(self.error_panel)

        self.result_label = QLabel(AccountsPage)
        self.result_label.setObjectName(u"result_label")
        self.result_label.setWordWrap(True)

        self.main_layout.addWidget(self.result_label)

        self.groups_layout = QHBoxLayout()
        self.groups_layout.setSpacing(16)
        self.groups_layout.setObjectName(u"groups_layout")
        self.left_column = QVBoxLayout()
        self.left_column.setObjectName(u"left_column")
        self.account_group = QGroupBox(AccountsPage)
        self.account_group.setObjectName(u"account_group")
        self.account_form = QFormLayout(self.account_group)
        self.account_form.setObjectName(u"account_form")
        self.mode_label = QLabel(self.account_group)
        self.mode_label.setObjectName(u"mode_label")

        self.account_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.mode_label)

        self.mode_combo = QComboBox(self.account_group)
        self.mode_combo.setObjectName(u"mode_combo")

        self.account_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.mode_combo)

        self.mode_hint = QLabel(self.account_group)
        self.mode_hint.setObjectName(u"mode_hint")
        self.mode_hint.setWordWrap(True)

        self.account_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.mode_hint)

        self.name_label = QLabel(self.account_group)
        self.name_label.setObjectName(u"name_label")

        self.account_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.name_label)

        self.name_edit = QLineEdit(self.account_group)
        self.name_edit.setObjectName(u"name_edit")
        self.name_edit.setMaxLength(100)

        self.account_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.name_edit)

        self.base_url_label = QLabel(self.account_group)
        self.base_url_label.setObjectName(u"base_url_label")

        self.account_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.base_url_label)

        self.base_url_edit = QLineEdit(self.account_group)
        self.base_url_edit.setObjectName(u"base_url_edit")
        self.base_url_edit.setMaxLength(300)

        self.account_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.base_url_edit)

        self.app_id_label = QLabel(self.account_group)
        self.app_id_label.setObjectName(u"app_id_label")

        self.account_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.app_id_label)

        self.app_id_edit = QLineEdit(self.account_group)
        self.app_id_edit.setObjectName(u"app_id_edit")
        self.app_id_edit.setMaxLength(100)

        self.account_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.app_id_edit)

        self.secret_ref_label = QLabel(self.account_group)
        self.secret_ref_label.setObjectName(u"secret_ref_label")

        self.account_form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.secret_ref_label)

        self.secret_ref_edit = QLineEdit(self.account_group)
        self.secret_ref_edit.setObjectName(u"secret_ref_edit")
        self.secret_ref_edit.setMaxLength(120)

        self.account_form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.secret_ref_edit)

        self.grace_label = QLabel(self.account_group)
        self.grace_label.setObjectName(u"grace_label")

        self.account_form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.grace_label)

        self.grace_spin = QSpinBox(self.account_group)
        self.grace_spin.setObjectName(u"grace_spin")
        self.grace_spin.setMaximum(1440)

        self.account_form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.grace_spin)

        self.enabled_check = QCheckBox(self.account_group)
        self.enabled_check.setObjectName(u"enabled_check")

        self.account_form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.enabled_check)


        self.left_column.addWidget(self.account_group)

        self.secret_group = QGroupBox(AccountsPage)
        self.secret_group.setObjectName(u"secret_group")
        self.secret_form = QFormLayout(self.secret_group)
        self.secret_form.setObjectName(u"secret_form")
        self.secret_status_caption = QLabel(self.secret_group)
        self.secret_status_caption.setObjectName(u"secret_status_caption")

        self.secret_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.secret_status_caption)

        self.secret_status_label = QLabel(self.secret_group)
        self.secret_status_label.setObjectName(u"secret_status_label")

        self.secret_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.secret_status_label)

        self.secret_label = QLabel(self.secret_group)
        self.secret_label.setObjectName(u"secret_label")

        self.secret_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.secret_label)

        self.secret_row = QHBoxLayout()
        self.secret_row.setObjectName(u"secret_row")
        self.secret_edit = QLineEdit(self.secret_group)
        self.secret_edit.setObjectName(u"secret_edit")
        self.secret_edit.setEchoMode(QLineEdit.EchoMode.Password)

        self.secret_row.addWidget(self.secret_edit)

        self.save_secret_button = QPushButton(self.secret_group)
        self.save_secret_button.setObjectName(u"save_secret_button")

        self.secret_row.addWidget(self.save_secret_button)

        self.secret_row.setStretch(0, 1)

        self.secret_form.setLayout(1, QFormLayout.ItemRole.FieldRole, self.secret_row)

        self.secret_hint = QLabel(self.secret_group)
        self.secret_hint.setObjectName(u"secret_hint")
        self.secret_hint.setWordWrap(True)

        self.secret_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.secret_hint)


        self.left_column.addWidget(self.secret_group)


        self.groups_layout.addLayout(self.left_column)

        self.right_column = QVBoxLayout()
        self.right_column.setObjectName(u"right_column")
        self.options_group = QGroupBox(AccountsPage)
        self.options_group.setObjectName(u"options_group")
        self.options_layout = QVBoxLayout(self.options_group)
        self.options_layout.setObjectName(u"options_layout")
        self.options_note = QLabel(self.options_group)
        self.options_note.setObjectName(u"options_note")
        self.options_note.setWordWrap(True)

        self.options_layout.addWidget(self.options_note)

        self.options_stack = QStackedWidget(self.options_group)
        self.options_stack.setObjectName(u"options_stack")
        self.article_options = QWidget()
        self.article_options.setObjectName(u"article_options")
        self.article_form = QFormLayout(self.article_options)
        self.article_form.setObjectName(u"article_form")
        self.article_form.setContentsMargins(0, 0, 0, 0)
        self.author_label = QLabel(self.article_options)
        self.author_label.setObjectName(u"author_label")

        self.article_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.author_label)

        self.author_edit = QLineEdit(self.article_options)
        self.author_edit.setObjectName(u"author_edit")
        self.author_edit.setMaxLength(16)

        self.article_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.author_edit)

        self.mass_send_check = QCheckBox(self.article_options)
        self.mass_send_check.setObjectName(u"mass_send_check")

        self.article_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.mass_send_check)

        self.mass_send_warning = QLabel(self.article_options)
        self.mass_send_warning.setObjectName(u"mass_send_warning")
        self.mass_send_warning.setWordWrap(True)

        self.article_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.mass_send_warning)

        self.options_stack.addWidget(self.article_options)
        self.reminder_options = QWidget()
        self.reminder_options.setObjectName(u"reminder_options")
        self.reminder_form = QFormLayout(self.reminder_options)
        self.reminder_form.setObjectName(u"reminder_form")
        self.reminder_form.setContentsMargins(0, 0, 0, 0)
        self.template_id_label = QLabel(self.reminder_options)
        self.template_id_label.setObjectName(u"template_id_label")

        self.reminder_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.template_id_label)

        self.template_id_edit = QLineEdit(self.reminder_options)
        self.template_id_edit.setObjectName(u"template_id_edit")

        self.reminder_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.template_id_edit)

        self.link_url_label = QLabel(self.reminder_options)
        self.link_url_label.setObjectName(u"link_url_label")

        self.reminder_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.link_url_label)

        self.link_url_edit = QLineEdit(self.reminder_options)
        self.link_url_edit.setObjectName(u"link_url_edit")

        self.reminder_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.link_url_edit)

        self.reminder_recipients_label = QLabel(self.reminder_options)
        self.reminder_recipients_label.setObjectName(u"reminder_recipients_label")

        self.reminder_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.reminder_recipients_label)

        self.reminder_recipients_edit = QPlainTextEdit(self.reminder_options)
        self.reminder_recipients_edit.setObjectName(u"reminder_recipients_edit")

        self.reminder_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.reminder_recipients_edit)

        self.options_stack.addWidget(self.reminder_options)
        self.weibo_options = QWidget()
        self.weibo_options.setObjectName(u"weibo_options")
        self.weibo_form = QFormLayout(self.weibo_options)
        self.weibo_form.setObjectName(u"weibo_form")
        self.weibo_form.setContentsMargins(0, 0, 0, 0)
        self.rip_label = QLabel(self.weibo_options)
        self.rip_label.setObjectName(u"rip_label")

        self.weibo_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.rip_label)

        self.rip_edit = QLineEdit(self.weibo_options)
        self.rip_edit.setObjectName(u"rip_edit")

        self.weibo_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.rip_edit)

        self.options_stack.addWidget(self.weibo_options)
        self.sms_options = QWidget()
        self.sms_options.setObjectName(u"sms_options")
        self.sms_form = QFormLayout(self.sms_options)
        self.sms_form.setObjectName(u"sms_form")
        self.sms_form.setContentsMargins(0, 0, 0, 0)
        self.sign_name_label = QLabel(self.sms_options)
        self.sign_name_label.setObjectName(u"sign_name_label")

        self.sms_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.sign_name_label)

        self.sign_name_edit = QLineEdit(self.sms_options)
        self.sign_name_edit.setObjectName(u"sign_name_edit")

        self.sms_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.sign_name_edit)

        self.template_code_label = QLabel(self.sms_options)
        self.template_code_label.setObjectName(u"template_code_label")

        self.sms_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.template_code_label)

        self.template_code_edit = QLineEdit(self.sms_options)
        self.template_code_edit.setObjectName(u"template_code_edit")

        self.sms_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.template_code_edit)

        self.param_name_label = QLabel(self.sms_options)
        self.param_name_label.setObjectName(u"param_name_label")

        self.sms_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.param_name_label)

        self.param_name_edit = QLineEdit(self.sms_options)
        self.param_name_edit.setObjectName(u"param_name_edit")

        self.sms_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.param_name_edit)

        self.sms_recipients_label = QLabel(self.sms_options)
        self.sms_recipients_label.setObjectName(u"sms_recipients_label")

        self.sms_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.sms_recipients_label)

        self.sms_recipients_edit = QPlainTextEdit(self.sms_options)
        self.sms_recipients_edit.setObjectName(u"sms_recipients_edit")

        self.sms_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.sms_recipients_edit)

        self.options_stack.addWidget(self.sms_options)

        self.options_layout.addWidget(self.options_stack)


        self.right_column.addWidget(self.options_group)

        self.buttons_layout = QHBoxLayout()
        self.buttons_layout.setObjectName(u"buttons_layout")
        self.buttons_spacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons_layout.addItem(self.buttons_spacer)

        self.revert_button = QPushButton(AccountsPage)
        self.revert_button.setObjectName(u"revert_button")

        self.buttons_layout.addWidget(self.revert_button)

        self.save_button = QPushButton(AccountsPage)
        self.save_button.setObjectName(u"save_button")

        self.buttons_layout.addWidget(self.save_button)


        self.right_column.addLayout(self.buttons_layout)

        self.right_spacer = QSpacerItem(20, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.right_column.addItem(self.right_spacer)


        self.groups_layout.addLayout(self.right_column)

        self.groups_layout.setStretch(0, 1)
        self.groups_layout.setStretch(1, 1)

        self.main_layout.addLayout(self.groups_layout)

        self.bottom_spacer = QSpacerItem(20, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.main_layout.addItem(self.bottom_spacer)


        self.retranslateUi(AccountsPage)

        QMetaObject.connectSlotsByName(AccountsPage)
    # setupUi

    def retranslateUi(self, AccountsPage):
        AccountsPage.setWindowTitle(QCoreApplication.translate("AccountsPage", u"\u53d1\u5e03\u8d26\u53f7", None))
        self.account_group.setTitle(QCoreApplication.translate("AccountsPage", u"\u8d26\u53f7", None))
        self.mode_label.setText(QCoreApplication.translate("AccountsPage", u"\u6a21\u5f0f", None))
        self.name_label.setText(QCoreApplication.translate("AccountsPage", u"\u540d\u79f0", None))
        self.base_url_label.setText(QCoreApplication.translate("AccountsPage", u"\u63a5\u53e3\u5730\u5740", None))
        self.app_id_label.setText(QCoreApplication.translate("AccountsPage", u"AppID", None))
        self.secret_ref_label.setText(QCoreApplication.translate("AccountsPage", u"\u5bc6\u94a5\u540d\u79f0", None))
        self.grace_label.setText(QCoreApplication.translate("AccountsPage", u"\u5141\u8bb8\u5ef6\u8fdf\uff08\u5206\u949f\uff09", None))
#if QT_CONFIG(tooltip)
        self.grace_spin.setToolTip(QCoreApplication.translate("AccountsPage", u"\u5230\u70b9\u540e\u8d85\u8fc7\u8fd9\u4e48\u4e45\u4ecd\u672a\u53d1\u51fa\u7684\uff0c\u4e0d\u518d\u81ea\u52a8\u8865\u53d1\uff0c\u6539\u7531\u503c\u73ed\u4eba\u5458\u5904\u7406", None))
#endif // QT_CONFIG(tooltip)
        self.enabled_check.setText(QCoreApplication.translate("AccountsPage", u"\u542f\u7528\uff08\u505c\u7528\u540e\u4e0d\u518d\u5411\u6b64\u6e20\u9053\u53d1\u9001\uff09", None))
        self.secret_group.setTitle(QCoreApplication.translate("AccountsPage", u"\u5bc6\u94a5", None))
        self.secret_status_caption.setText(QCoreApplication.translate("AccountsPage", u"\u72b6\u6001", None))
        self.secret_label.setText(QCoreApplication.translate("AccountsPage", u"\u5bc6\u94a5", None))
        self.save_secret_button.setText(QCoreApplication.translate("AccountsPage", u"\u4fdd\u5b58\u5bc6\u94a5", None))
        self.secret_hint.setText(QCoreApplication.translate("AccountsPage", u"\u5bc6\u94a5\u53ea\u4fdd\u5b58\u5728\u672c\u673a\u7684\u7cfb\u7edf\u5bc6\u94a5\u73af\u4e2d\uff0c\u4ee5\u201c\u5bc6\u94a5\u540d\u79f0\u201d\u4e3a\u952e\uff1b\u4e0d\u4f1a\u5199\u5165\u6570\u636e\u5e93\u3001\u65e5\u5fd7\u6216\u5ba1\u8ba1\u8bb0\u5f55\uff0c\u4fdd\u5b58\u540e\u4e5f\u4e0d\u518d\u663e\u793a\u3002", None))
        self.options_group.setTitle(QCoreApplication.translate("AccountsPage", u"\u6e20\u9053\u9009\u9879", None))
        self.author_label.setText(QCoreApplication.translate("AccountsPage", u"\u4f5c\u8005", None))
        self.author_edit.setPlaceholderText(QCoreApplication.translate("AccountsPage", u"\u56fe\u6587\u6d88\u606f\u7684\u4f5c\u8005\u7f72\u540d\uff0c\u6700\u591a 16 \u4e2a\u5b57", None))
        self.mass_send_check.setText(QCoreApplication.translate("AccountsPage", u"\u7fa4\u53d1\u7ed9\u5168\u90e8\u5173\u6ce8\u8005\uff08\u5426\u5219\u53ea\u53d1\u8868\uff0c\u4e0d\u63a8\u9001\uff09", None))
        self.mass_send_warning.setText(QCoreApplication.translate("AccountsPage", u"\u6ce8\u610f\uff1a\u8ba2\u9605\u53f7\u6bcf\u5929\u53ea\u80fd\u7fa4\u53d1 1 \u6b21\u3002\u52fe\u9009\u540e\u6bcf\u6761\u56fe\u6587\u90fd\u4f1a\u7fa4\u53d1\uff0c\u540c\u4e00\u5929\u7684\u7b2c\u4e8c\u6b21\u7fa4\u53d1\u4f1a\u88ab\u5e73\u53f0\u62d2\u7edd\u3002", None))
        self.template_id_label.setText(QCoreApplication.translate("AccountsPage", u"\u6a21\u677f ID", None))
        self.template_id_edit.setPlaceholderText(QCoreApplication.translate("AccountsPage", u"\u670d\u52a1\u53f7\u540e\u53f0\u201c\u6a21\u677f\u6d88\u606f\u201d\u4e2d\u7684\u6a21\u677f ID", None))
        self.link_url_label.setText(QCoreApplication.translate("AccountsPage", u"\u8be6\u60c5\u94fe\u63a5", None))
        self.link_url_edit.setPlaceholderText(QCoreApplication.translate("AccountsPage", u"\u70b9\u51fb\u63d0\u9192\u540e\u6253\u5f00\u7684\u7f51\u9875\uff08\u53ef\u4e0d\u586b\uff09", None))
        self.reminder_recipients_label.setText(QCoreApplication.translate("AccountsPage", u"\u63a5\u6536\u4eba OpenID", None))
        self.reminder_recipients_edit.setPlaceholderText(QCoreApplication.translate("AccountsPage", u"\u6bcf\u884c\u4e00\u4e2a OpenID", None))
        self.rip_label.setText(QCoreApplication.translate("AccountsPage", u"\u8c03\u7528\u65b9 IP\uff08rip\uff09", None))
        self.rip_edit.setPlaceholderText(QCoreApplication.translate("AccountsPage", u"\u5fae\u535a\u63a5\u53e3\u8981\u6c42\u586b\u5199\u53d1\u5e03\u7ec8\u7aef\u7684\u516c\u7f51 IP", None))
        self.sign_name_label.setText(QCoreApplication.translate("AccountsPage", u"\u77ed\u4fe1\u7b7e\u540d", None))
        self.sign_name_edit.setPlaceholderText(QCoreApplication.translate("AccountsPage", u"\u5df2\u5728\u77ed\u4fe1\u5e73\u53f0\u5ba1\u6838\u901a\u8fc7\u7684\u7b7e\u540d", None))
        self.template_code_label.setText(QCoreApplication.translate("AccountsPage", u"\u6a21\u677f\u4ee3\u7801", None))
        self.template_code_edit.setPlaceholderText(QCoreApplication.translate("AccountsPage", u"\u5982 SMS_123456789", None))
        self.param_name_label.setText(QCoreApplication.translate("AccountsPage", u"\u6b63\u6587\u53d8\u91cf\u540d", None))
        self.param_name_edit.setPlaceholderText(QCoreApplication.translate("AccountsPage", u"\u6a21\u677f\u4e2d\u653e\u6b63\u6587\u7684\u53d8\u91cf\uff0c\u9ed8\u8ba4 content", None))
        self.sms_recipients_label.setText(QCoreApplication.translate("AccountsPage", u"\u63a5\u6536\u624b\u673a\u53f7", None))
        self.sms_recipients_edit.setPlaceholderText(QCoreApplication.translate("AccountsPage", u"\u6bcf\u884c\u4e00\u4e2a 11 \u4f4d\u624b\u673a\u53f7", None))
        self.revert_button.setText(QCoreApplication.translate("AccountsPage", u"\u653e\u5f03\u4fee\u6539", None))
        self.save_button.setText(QCoreApplication.translate("AccountsPage", u"\u4fdd\u5b58\u8d26\u53f7", None))
    # retranslateUi

