"""The written reason a review action needs: 退回 and 紧急发布 require one, 通过 takes a comment.

Pages call :func:`ask_reason` through this module, so tests answer it with
``monkeypatch.setattr(reason_dialog, "ask_reason", ...)``.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)


class ReasonKind(StrEnum):
    """Which action the text is for."""

    APPROVE = "approve"
    SIGN = "sign"
    REJECT = "reject"
    WITHDRAW = "withdraw"
    EMERGENCY = "emergency"
    POST_REVIEW = "post_review"


@dataclass(frozen=True)
class ReasonSpec:
    """Wording and rules of one kind of reason."""

    title: str
    prompt: str
    ok_text: str
    min_length: int
    default: str = ""
    warning: str = ""


SPECS: dict[ReasonKind, ReasonSpec] = {
    ReasonKind.POST_REVIEW: ReasonSpec(
        "事后补审",
        "补审意见（必填，记入审计日志）：",
        "补审通过",
        2,
        warning="这份通告已紧急发布；补审确认其内容无误，记入审计日志。",
    ),
    ReasonKind.APPROVE: ReasonSpec("审核通过", "审核意见（可不填）：", "通过", 0, "同意"),
    ReasonKind.SIGN: ReasonSpec("签发", "签发意见（可不填）：", "签发", 0, "同意签发"),
    ReasonKind.REJECT: ReasonSpec(
        "退回修改", "退回理由和修改要求（必填，起草人会看到）：", "退回", 1
    ),
    ReasonKind.WITHDRAW: ReasonSpec(
        "撤回通告",
        "撤回原因（必填，记入审计日志）：",
        "撤回",
        2,
        warning="撤回后这份通告不再发布，也不能再修改或提交审核。",
    ),
    ReasonKind.EMERGENCY: ReasonSpec(
        "紧急发布",
        "紧急发布理由（必填，至少 4 个字）：",
        "确认紧急发布",
        4,
        warning=(
            "紧急发布将跳过逐级审核，以您的名义立即签发，并标记为“事后补审”："
            "审核人员事后仍须补审。理由、签发人和时间都会记入审计日志。"
        ),
    ),
}


class ReasonDialog(QDialog):
    """A text box with the action's explanation; OK stays disabled until the text is enough."""

    def __init__(
        self, kind: ReasonKind, parent: QWidget | None = None, *, context: str = ""
    ) -> None:
        super().__init__(parent)
        self.spec = SPECS[kind]
        self.setObjectName(f"reason_dialog_{kind.value}")
        self.setWindowTitle(self.spec.title)
        self.setMinimumWidth(460)
        layout = QVBoxLayout(self)
        layout.setSpacing(8)
        self.context_label = QLabel(context)
        self.context_label.setWordWrap(True)
        self.context_label.setVisible(bool(context))
        self.warning_label = QLabel(self.spec.warning)
        self.warning_label.setObjectName("reason_warning")
        self.warning_label.setWordWrap(True)
        self.warning_label.setStyleSheet(
            "background:#FFF4D6; color:#8A5300; border:1px solid #F0D49A;"
            " border-radius:4px; padding:8px 10px;"
        )
        self.warning_label.setVisible(bool(self.spec.warning))
        self.edit = QPlainTextEdit(self.spec.default)
        self.edit.setObjectName("reason_edit")
        self.edit.setFixedHeight(96)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.spec.ok_text)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.edit.textChanged.connect(self._update)
        for widget in (
            self.context_label,
            self.warning_label,
            QLabel(self.spec.prompt),
            self.edit,
            self.buttons,
        ):
            layout.addWidget(widget)
        self._update()
        self.edit.setFocus()

    def text(self) -> str:
        """The reason typed, trimmed."""
        return self.edit.toPlainText().strip()

    def acceptable(self) -> bool:
        """True when the text is long enough for the action."""
        return len(self.text()) >= self.spec.min_length

    def _update(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(self.acceptable())


def ask_reason(parent: QWidget, kind: ReasonKind, context: str = "") -> str | None:
    """The reason typed, or None when the officer cancelled."""
    dialog = ReasonDialog(kind, parent, context=context)
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    text = dialog.text()
    dialog.deleteLater()
    return text if accepted else None
