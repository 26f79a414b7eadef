"""Two-way binding between a notice (codec dict shape) and the notice editor's widgets.

The form edits a copy of the loaded notice's dict, so fields it does not show (legal basis,
purpose, rotation, vehicle scope…) survive an edit untouched. The domain ``Notice`` is built by
``codec.notice_from_dict``, which reports every bad field with its path; :meth:`locate` maps a
path back to the widget and the label the officer sees.
"""

from __future__ import annotations

import copy
import json
import re
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from xa_console.domain.codec import notice_from_dict, rule_set_from_dict
from xa_console.domain.errors import DomainError, Issue
from xa_console.domain.rules import LetterTail, MakeupPolicy, Notice, NoticeKind, Selector
from xa_console.gui.errors import set_invalid
from xa_console.gui.models.notice_model import CONFIDENCE_LABELS, KIND_LABELS
from xa_console.gui.pages.notice_fields import (
    DEFAULT_RULE,
    LETTER_LABELS,
    MAKEUP_LABELS,
    SELECTOR_LABELS,
    date_value,
    parse_rule_json,
    rule_json,
    select_data,
    set_date,
    setup_date_edit,
    text_lines,
    unique_issues,
)
from xa_console.gui.pages.rule_text import (
    exemptions_text,
    parse_exemptions,
    parse_windows,
    shown_keys,
    windows_text,
)
from xa_console.messages import field_label

_GROUP_PATH = re.compile(r"^rule_set\.groups\.(\w+)$")
_INDEXED_PATH = re.compile(r"^(?P<base>[\w.]+)\[(?P<i>\d+)\]")
_INDEX_UNITS = {"rule_set.time_windows": "个", "rule_set.exemptions": "行"}


class NoticeForm(QObject):
    """Loads a notice dict into the widgets and assembles the dict back from them."""

    changed = Signal()
    problems = Signal(object)  # list[Issue] found while leaving the JSON mode

    def __init__(self, ui: Any, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ui = ui
        self._base: dict[str, Any] = {}
        self._base_rule: dict[str, Any] = copy.deepcopy(DEFAULT_RULE)
        self._loading = False
        self._fill_combos()
        for edit in (ui.issue_date_edit, ui.effective_from_edit, ui.effective_to_edit):
            setup_date_edit(edit)
        self._fields = self._field_map()
        self._connect()

    # ----- set-up ----------------------------------------------------------------------------
    def _fill_combos(self) -> None:
        ui = self.ui
        for combo, labels in (
            (ui.kind_combo, KIND_LABELS),
            (ui.confidence_combo, CONFIDENCE_LABELS),
            (ui.selector_combo, SELECTOR_LABELS),
            (ui.makeup_combo, MAKEUP_LABELS),
            (ui.letter_combo, LETTER_LABELS),
        ):
            for value, label in labels.items():
                combo.addItem(label, str(value))

    def _field_map(self) -> dict[str, tuple[QWidget, str]]:
        ui = self.ui
        return {
            "kind": (ui.kind_combo, "类型"),
            "title": (ui.title_edit, "标题"),
            "doc_number": (ui.doc_number_edit, "文号"),
            "issue_date": (ui.issue_date_edit, "发布日期"),
            "effective_from": (ui.effective_from_edit, "生效日期"),
            "effective_to": (ui.effective_to_edit, "截止日期"),
            "issuers": (ui.issuers_edit, "发布单位"),
            "approval_text": (ui.approval_edit, "批准情况"),
            "source_url": (ui.source_url_edit, "来源网址"),
            "confidence": (ui.confidence_combo, "可信度"),
            "note": (ui.note_edit, "备注"),
            "rule_set": (ui.rule_group, "限行规则"),
            "rule_set.selector": (ui.selector_combo, "限行依据"),
            "rule_set.groups": (ui.digits_editor, "限行尾号"),
            "rule_set.time_windows": (ui.windows_edit, "限行时段"),
            "rule_set.area": (ui.area_label_edit, "限行区域"),
            "rule_set.area.label": (ui.area_label_edit, "区域简称"),
            "rule_set.area.text": (ui.area_text_edit, "区域范围"),
            "rule_set.day_policy.makeup_workday": (ui.makeup_combo, "调休上班日"),
            "rule_set.plate_rule.letter_tail": (ui.letter_combo, "字母尾号"),
            "rule_set.plate_rule.include_temporary": (ui.include_temporary_check, "临时号牌"),
            "rule_set.exemptions": (ui.exemptions_edit, "不受限车辆"),
            "json": (ui.json_edit, "高级（JSON）"),
        }

    def _connect(self) -> None:
        ui = self.ui
        for w in (
            ui.title_edit,
            ui.doc_number_edit,
            ui.approval_edit,
            ui.source_url_edit,
            ui.windows_edit,
            ui.area_label_edit,
        ):
            w.textChanged.connect(lambda _t, w=w: self._edited(w))
        for w in (
            ui.issuers_edit,
            ui.note_edit,
            ui.area_text_edit,
            ui.exemptions_edit,
            ui.json_edit,
        ):
            w.textChanged.connect(lambda w=w: self._edited(w))
        for w in (ui.issue_date_edit, ui.effective_from_edit, ui.effective_to_edit):
            w.dateChanged.connect(lambda _d, w=w: self._edited(w))
        for w in (ui.confidence_combo, ui.makeup_combo, ui.letter_combo):
            w.currentIndexChanged.connect(lambda _i, w=w: self._edited(w))
        ui.include_temporary_check.toggled.connect(lambda _b: self._edited(None))
        ui.digits_editor.changed.connect(self._digits_edited)
        ui.kind_combo.currentIndexChanged.connect(self._kind_changed)
        ui.selector_combo.currentIndexChanged.connect(self._selector_changed)
        ui.until_further_check.toggled.connect(self._until_toggled)
        ui.advanced_check.toggled.connect(self._advanced_toggled)

    def _edited(self, widget: QWidget | None) -> None:
        if widget is not None:
            set_invalid(widget, False)
        if not self._loading:
            self.changed.emit()

    def _digits_edited(self) -> None:
        for edit in self.ui.digits_editor.edits():
            if edit.hasFocus():
                set_invalid(edit, False)
        self._edited(self.ui.digits_editor)

    # ----- loading ---------------------------------------------------------------------------
    def load(self, raw: dict[str, Any]) -> None:
        """Show a notice dict (the codec's shape); unknown fields are kept for saving."""
        self._loading = True
        try:
            self._base = copy.deepcopy(raw)
            rule = raw.get("rule_set")
            self._base_rule = copy.deepcopy(rule) if isinstance(rule, dict) else self._base_rule
            self._load_notice_fields(raw)
            self._load_rule(self._base_rule)
            self.ui.advanced_check.blockSignals(True)  # leaving JSON mode must not parse it
            self.ui.advanced_check.setChecked(False)
            self.ui.advanced_check.blockSignals(False)
            self.ui.rule_stack.setCurrentWidget(self.ui.simple_page)
            self._kind_changed()
            self.clear_marks()
        finally:
            self._loading = False

    def _load_notice_fields(self, raw: dict[str, Any]) -> None:
        ui = self.ui
        select_data(ui.kind_combo, raw.get("kind") or NoticeKind.CONTINUE.value)
        select_data(ui.confidence_combo, raw.get("confidence") or "confirmed")
        ui.title_edit.setText(raw.get("title") or "")
        ui.doc_number_edit.setText(raw.get("doc_number") or "")
        set_date(ui.issue_date_edit, raw.get("issue_date"))
        set_date(ui.effective_from_edit, raw.get("effective_from"))
        until = raw.get("effective_to") is None
        set_date(ui.effective_to_edit, raw.get("effective_from") if until else raw["effective_to"])
        ui.until_further_check.setChecked(until)
        ui.effective_to_edit.setEnabled(not until)
        ui.issuers_edit.setPlainText("\n".join(raw.get("issuers") or []))
        ui.approval_edit.setText(raw.get("approval_text") or "")
        ui.source_url_edit.setText(raw.get("source_url") or "")
        ui.note_edit.setPlainText(raw.get("note") or "")

    def _load_rule(self, rule: dict[str, Any]) -> None:
        ui = self.ui
        selector = Selector(rule.get("selector") or Selector.WEEKDAY)
        select_data(ui.selector_combo, selector.value)
        ui.digits_editor.load(selector, rule.get("groups") or {}, shown_keys(selector, rule))
        ui.windows_edit.setText(windows_text(rule.get("time_windows") or []))
        area = rule.get("area") or {}
        ui.area_label_edit.setText(area.get("label") or "")
        ui.area_text_edit.setPlainText(area.get("text") or "")
        policy = rule.get("day_policy") or {}
        select_data(ui.makeup_combo, policy.get("makeup_workday") or MakeupPolicy.SKIP.value)
        plate = rule.get("plate_rule") or {}
        select_data(
            ui.letter_combo, plate.get("letter_tail") or LetterTail.LAST_DIGIT_ON_PLATE.value
        )
        ui.include_temporary_check.setChecked(bool(plate.get("include_temporary", True)))
        ui.exemptions_edit.setPlainText(exemptions_text(rule.get("exemptions") or []))

    def clear_end_date(self) -> None:
        """Leave the end date blank ("未填写") and 另行通告 unticked: the officer must choose."""
        self._loading = True
        try:
            self.ui.until_further_check.setChecked(False)
            set_date(self.ui.effective_to_edit, None)
        finally:
            self._loading = False

    # ----- collecting ------------------------------------------------------------------------
    def kind(self) -> NoticeKind:
        """The kind chosen in the combo."""
        return NoticeKind(self.ui.kind_combo.currentData())

    def collect(self) -> tuple[dict[str, Any], list[Issue]]:
        """The notice dict as typed, plus problems only the form can see."""
        ui = self.ui
        raw = copy.deepcopy(self._base)
        until = ui.until_further_check.isChecked()
        raw.update(
            kind=ui.kind_combo.currentData(),
            title=ui.title_edit.text(),
            doc_number=ui.doc_number_edit.text(),
            issue_date=date_value(ui.issue_date_edit),
            effective_from=date_value(ui.effective_from_edit),
            effective_to=None if until else date_value(ui.effective_to_edit),
            issuers=text_lines(ui.issuers_edit.toPlainText()),
            approval_text=ui.approval_edit.text(),
            source_url=ui.source_url_edit.text(),
            confidence=ui.confidence_combo.currentData(),
            note=ui.note_edit.toPlainText(),
        )
        issues: list[Issue] = []
        if not until and raw["effective_to"] is None:
            issues.append(Issue("field.required", "notice.effective_to"))
        if self.kind() is NoticeKind.SUSPEND:
            raw["rule_set"] = None
        else:
            raw["rule_set"], rule_issues = self.rule_dict()
            issues.extend(rule_issues)
        return raw, issues

    def rule_dict(self) -> tuple[dict[str, Any], list[Issue]]:
        """The rule set dict from the JSON editor or from the simple inputs."""
        if self.ui.advanced_check.isChecked():
            return self._json_rule()
        ui = self.ui
        rule = copy.deepcopy(self._base_rule)
        rule["selector"] = ui.selector_combo.currentData()
        rule["groups"] = ui.digits_editor.groups()
        rule["time_windows"] = parse_windows(ui.windows_edit.text())
        area: dict[str, Any] = rule["area"] if isinstance(rule.get("area"), dict) else {}
        rule["area"] = {
            **area,
            "label": ui.area_label_edit.text(),
            "text": ui.area_text_edit.toPlainText(),
        }
        policy = rule.setdefault("day_policy", {})
        policy["makeup_workday"] = ui.makeup_combo.currentData()
        plate = rule.setdefault("plate_rule", {})
        plate["letter_tail"] = ui.letter_combo.currentData()
        plate["include_temporary"] = ui.include_temporary_check.isChecked()
        rule["exemptions"] = parse_exemptions(ui.exemptions_edit.toPlainText())
        issues = []
        if not rule["time_windows"]:
            issues.append(Issue("rule.no_window", "notice.rule_set.time_windows"))
        return rule, issues

    def _json_rule(self) -> tuple[dict[str, Any], list[Issue]]:
        rule, issue = parse_rule_json(self.ui.json_edit.toPlainText())
        if issue is not None:
            return copy.deepcopy(self._base_rule), [issue]
        return rule, []

    def build(self, notice_id: int | None, city_id: str) -> Notice:
        """The domain notice; raises :class:`DomainError` listing every problem."""
        raw, issues = self.collect()
        raw["id"] = notice_id
        raw["city_id"] = raw.get("city_id") or city_id
        try:
            notice = notice_from_dict(raw)
        except DomainError as e:
            issues.extend(e.issues)
        if issues:
            raise DomainError(unique_issues(issues))
        return notice

    def snapshot(self) -> str:
        """A text that changes exactly when the typed content does (dirty tracking)."""
        raw, issues = self.collect()
        text = json.dumps(raw, sort_keys=True, ensure_ascii=False, default=str)
        if any(i.code == "form.bad_json" for i in issues):  # unparsable JSON is still an edit
            text += "\x00" + self.ui.json_edit.toPlainText()
        return text

    # ----- reactions -------------------------------------------------------------------------
    def _kind_changed(self) -> None:
        suspend = self.kind() is NoticeKind.SUSPEND
        self.ui.rule_group.setEnabled(not suspend)
        rotation = isinstance(self._base_rule.get("rotation"), dict)
        if suspend:
            hint = "暂停执行类通告不附带限行规则；恢复时请新建“恢复实施”通告。"
        elif rotation:
            hint = "此规则含轮换设置，只在“高级（JSON）”中显示和修改。"
        else:
            hint = ""
        self.ui.rule_hint_label.setText(hint)
        self._edited(self.ui.kind_combo)

    def _selector_changed(self) -> None:
        selector = Selector(self.ui.selector_combo.currentData())
        self.ui.digits_editor.set_selector(selector, shown_keys(selector, self._base_rule))
        self._edited(self.ui.selector_combo)

    def _until_toggled(self, until: bool) -> None:
        self.ui.effective_to_edit.setEnabled(not until)
        self._edited(self.ui.effective_to_edit)

    def _advanced_toggled(self, on: bool) -> None:
        ui = self.ui
        if on:
            rule, _ = self.rule_dict_simple()
            was_loading, self._loading = self._loading, True
            ui.json_edit.setPlainText(rule_json(rule))
            self._loading = was_loading
            ui.rule_stack.setCurrentWidget(ui.json_page)
            return
        rule, issues = self._json_rule()
        if not issues:
            try:
                rule_set_from_dict(rule, "notice.rule_set")
            except DomainError as e:
                issues = e.issues
        if issues:
            ui.advanced_check.blockSignals(True)
            ui.advanced_check.setChecked(True)
            ui.advanced_check.blockSignals(False)
            self.problems.emit(issues)
            return
        was_loading, self._loading = self._loading, True
        self._base_rule = rule
        self._load_rule(rule)
        self._loading = was_loading
        self._kind_changed()
        ui.rule_stack.setCurrentWidget(ui.simple_page)

    def rule_dict_simple(self) -> tuple[dict[str, Any], list[Issue]]:
        """The rule dict from the simple inputs, whatever the mode."""
        checked = self.ui.advanced_check.isChecked()
        self.ui.advanced_check.blockSignals(True)
        self.ui.advanced_check.setChecked(False)
        try:
            return self.rule_dict()
        finally:
            self.ui.advanced_check.setChecked(checked)
            self.ui.advanced_check.blockSignals(False)

    # ----- errors ----------------------------------------------------------------------------
    def locate(self, field: str) -> tuple[QWidget | None, str | None]:
        """The widget showing a field path, and the label to name it by (None: default)."""
        path = field.removeprefix("notice.")
        if path.startswith("rule_set.") and self.ui.advanced_check.isChecked():
            return self.ui.json_edit, f"高级（JSON） › {field_label(path)}"
        m = _GROUP_PATH.match(path)
        edit = self.ui.digits_editor.edit_for(m.group(1)) if m else None
        if m and edit is not None:
            return edit, f"{self.ui.digits_editor.label_for(m.group(1))}尾号"
        m = _INDEXED_PATH.match(path)
        if m and m.group("base") in self._fields:
            widget, label = self._fields[m.group("base")]
            unit = _INDEX_UNITS.get(m.group("base"), "项")
            return widget, f"{label}（第{int(m.group('i')) + 1}{unit}）"
        probe = path
        while probe:
            if probe in self._fields:
                widget, label = self._fields[probe]
                return widget, label if probe == path else None
            probe = probe.rpartition(".")[0]
        return None, None

    def clear_marks(self) -> None:
        """Remove every red error frame."""
        for widget, _ in self._fields.values():
            set_invalid(widget, False)
        for edit in self.ui.digits_editor.edits():
            set_invalid(edit, False)
