"""Codec: dicts ⇄ rule dataclasses; every bad field reported once, against its path."""

from __future__ import annotations

import copy
import json
from datetime import date, time
from typing import Any

import pytest

from xa_console.domain.codec import (
    notice_from_dict,
    notice_to_dict,
    rule_set_from_dict,
    rule_set_to_dict,
)
from xa_console.domain.errors import DomainError
from xa_console.domain.rulefile import RuleFile, read_rule_file
from xa_console.domain.rules import MakeupPolicy, NoticeKind, Selector, TimeWindow


def _rules() -> dict[str, Any]:
    return {
        "selector": "weekday",
        "groups": {"1": [1, 6], "2": [2, 7], "3": [3, 8], "4": [4, 9], "5": [5, 0]},
        "time_windows": ["07:00-20:00"],
        "area": {"label": "绕城高速以内"},
    }


def _notice(**changes: Any) -> dict[str, Any]:
    raw: dict[str, Any] = {
        "kind": "continue",
        "title": "关于继续实施工作日机动车尾号限行交通管理措施的通告",
        "effective_from": "2025-11-10",
        "effective_to": "2026-11-06",
        "rule_set": _rules(),
    }
    raw.update(changes)
    return raw


def _issues(fn: Any, *args: Any) -> list[tuple[str, str]]:
    with pytest.raises(DomainError) as e:
        fn(*args)
    return [(i.code, i.field) for i in e.value.issues]


def test_minimal_rule_set_gets_the_defaults() -> None:
    rs = rule_set_from_dict(_rules())
    assert rs.selector is Selector.WEEKDAY
    assert rs.group_digits("5") == frozenset({0, 5})
    assert rs.time_windows == (TimeWindow(time(7), time(20)),)
    assert rs.day_policy.weekdays == frozenset({1, 2, 3, 4, 5})
    assert rs.day_policy.makeup_workday is MakeupPolicy.SKIP
    assert rs.day_policy.on_statutory_holiday is False
    assert rs.plate_rule.include_temporary is True
    assert rs.rotation is None


@pytest.mark.parametrize("bad", [12, -1, "a", "3", 2.5, True, None])
def test_digit_out_of_range_names_the_group(bad: Any) -> None:
    raw = _rules()
    raw["groups"]["3"] = [3, bad]
    issues = _issues(rule_set_from_dict, raw)
    assert issues == [("rule.digit_out_of_range", "rule_set.groups.3")]


def test_every_bad_digit_is_reported_in_one_pass() -> None:
    raw = _rules()
    raw["groups"]["1"] = [12, 6]
    raw["groups"]["2"] = [-1, 7]
    raw["groups"]["4"] = ["a", 9]
    with pytest.raises(DomainError) as e:
        rule_set_from_dict(raw)
    got = [(i.code, i.field, i.params["value"]) for i in e.value.issues]
    assert got == [
        ("rule.digit_out_of_range", "rule_set.groups.1", 12),
        ("rule.digit_out_of_range", "rule_set.groups.2", -1),
        ("rule.digit_out_of_range", "rule_set.groups.4", "a"),
    ]


def test_bad_digit_inside_a_notice_names_the_full_path() -> None:
    raw = _notice()
    raw["rule_set"]["groups"]["5"] = [5, 10]
    assert _issues(notice_from_dict, raw) == [
        ("rule.digit_out_of_range", "notice.rule_set.groups.5")
    ]


@pytest.mark.parametrize("bad", ["2023-02-30", "2023-13-01", "2023/01/01", "明天", ""])
def test_impossible_dates(bad: str) -> None:
    with pytest.raises(DomainError) as e:
        notice_from_dict(_notice(effective_from=bad, effective_to=None))
    assert [(i.code, i.field, i.params) for i in e.value.issues] == [
        ("field.bad_date", "notice.effective_from", {"value": bad})
    ]


def test_impossible_date_in_a_rotation_period() -> None:
    raw = _rules()
    raw["rotation"] = {
        "anchor": "2024-04-01",
        "period_days": 91,
        "shift_per_period": 4,
        "periods": [{"from": "2025-02-29", "to": "2025-06-29", "groups": {"1": [1, 6]}}],
    }
    assert _issues(rule_set_from_dict, raw) == [
        ("field.bad_date", "rule_set.rotation.periods[0].from")
    ]


@pytest.mark.parametrize(
    ("window", "code"),
    [
        ("20:00-07:00", "rule.window_order"),
        ("07:00-07:00", "rule.window_order"),
        ("7-20:00", "field.bad_time"),
        ("07:00-25:00", "field.bad_time"),
        ("07:60-20:00", "field.bad_time"),
        ("0700 2000", "field.bad_window"),
    ],
)
def test_bad_windows(window: str, code: str) -> None:
    raw = _rules()
    raw["time_windows"] = ["06:00-06:30", window]
    assert _issues(rule_set_from_dict, raw) == [(code, "rule_set.time_windows[1]")]


def test_windows_up_to_midnight_round_trip() -> None:
    raw = _rules()
    raw["time_windows"] = ["07:30-09:30", "17:00-24:00"]
    rs = rule_set_from_dict(raw)
    assert rs.time_windows[1] == TimeWindow(time(17), time.max)
    assert rs.time_windows[1].contains(time(23, 59))
    assert rule_set_to_dict(rs)["time_windows"] == ["07:30-09:30", "17:00-24:00"]


def test_no_window_at_all() -> None:
    raw = _rules()
    raw["time_windows"] = []
    assert _issues(rule_set_from_dict, raw) == [("rule.no_window", "rule_set.time_windows")]


def test_missing_weekday_group() -> None:
    raw = _rules()
    del raw["groups"]["5"]
    with pytest.raises(DomainError) as e:
        rule_set_from_dict(raw)
    assert [(i.code, i.field, i.params) for i in e.value.issues] == [
        ("rule.missing_group", "rule_set.groups", {"keys": "5"})
    ]


def test_weekend_days_in_the_policy_need_groups_too() -> None:
    raw = _rules()
    raw["day_policy"] = {"weekdays": [1, 2, 3, 4, 5, 6, 7]}
    with pytest.raises(DomainError) as e:
        rule_set_from_dict(raw)
    assert [(i.code, i.params) for i in e.value.issues] == [("rule.missing_group", {"keys": "6 7"})]


def test_group_key_must_fit_the_selector() -> None:
    raw = _rules()
    raw["groups"]["odd"] = [1, 3]
    assert _issues(rule_set_from_dict, raw) == [("rule.bad_group_key", "rule_set.groups.odd")]


@pytest.mark.parametrize("bad", [[0, 1], [8], [-1], ["a"], [1.5]])
def test_bad_weekdays_are_reported_not_dropped(bad: list[Any]) -> None:
    raw = _rules()
    raw["day_policy"] = {"weekdays": [1, 2, 3, 4, 5, *bad]}
    assert ("rule.bad_weekday", "rule_set.day_policy.weekdays") in _issues(rule_set_from_dict, raw)


@pytest.mark.parametrize("key", ["day_policy", "plate_rule", "scope"])
def test_sub_objects_of_the_wrong_type_are_reported(key: str) -> None:
    raw = _rules()
    raw[key] = ["not", "an", "object"]
    assert _issues(rule_set_from_dict, raw) == [("field.not_object", f"rule_set.{key}")]


@pytest.mark.parametrize(
    ("where", "key"),
    [("day_policy", "on_statutory_holiday"), ("plate_rule", "include_temporary")],
)
def test_flags_must_be_true_or_false(where: str, key: str) -> None:
    raw = _rules()
    raw[where] = {key: "false"}  # would read as True if coerced with bool()
    assert _issues(rule_set_from_dict, raw) == [("field.bad_choice", f"rule_set.{where}.{key}")]


def test_local_prefixes_must_be_a_list() -> None:
    raw = _rules()
    raw["scope"] = {"local_prefixes": "陕A"}
    assert _issues(rule_set_from_dict, raw) == [("field.not_list", "rule_set.scope.local_prefixes")]


def test_missing_selector_is_reported_once() -> None:
    raw = _rules()
    del raw["selector"]
    assert _issues(rule_set_from_dict, raw) == [("field.required", "rule_set.selector")]


def test_missing_kind_is_reported_once() -> None:
    raw = _notice()
    del raw["kind"]
    assert _issues(notice_from_dict, raw) == [("field.required", "notice.kind")]


def test_unknown_choices() -> None:
    raw = _rules()
    raw["selector"] = "moon_phase"
    raw["day_policy"] = {"makeup_workday": "sometimes"}
    assert _issues(rule_set_from_dict, raw) == [
        ("field.bad_choice", "rule_set.selector"),
        ("field.bad_choice", "rule_set.day_policy.makeup_workday"),
    ]


def test_rotation_period_must_be_positive() -> None:
    raw = _rules()
    raw["rotation"] = {"anchor": "2024-04-01", "period_days": 0, "shift_per_period": 4}
    assert _issues(rule_set_from_dict, raw) == [
        ("rule.rotation_period", "rule_set.rotation.period_days")
    ]


def test_notice_window_order() -> None:
    raw = _notice(effective_from="2026-11-06", effective_to="2025-11-10")
    assert _issues(notice_from_dict, raw) == [("notice.window_order", "notice.effective_to")]


def test_suspension_must_not_carry_rules_and_others_must() -> None:
    assert _issues(notice_from_dict, _notice(kind="suspend")) == [
        ("notice.suspend_with_rules", "notice.rule_set")
    ]
    assert _issues(notice_from_dict, _notice(rule_set=None)) == [
        ("notice.rules_required", "notice.rule_set")
    ]
    n = notice_from_dict(_notice(kind="suspend", rule_set=None, effective_to=None))
    assert (n.kind, n.rule_set, n.effective_to) == (NoticeKind.SUSPEND, None, None)


def test_named_rule_set_must_exist() -> None:
    issues = _issues(notice_from_dict, _notice(rule_set="nowhere"), {})
    assert ("notice.unknown_rule_set", "notice.rule_set") in issues


def test_notice_round_trip_through_json(xian_file: RuleFile) -> None:
    for n in xian_file.notices:
        again = notice_from_dict(json.loads(json.dumps(notice_to_dict(n), ensure_ascii=False)))
        assert again == n


def test_rule_file_round_trip(xian_file: RuleFile) -> None:
    """A file written from the parsed notices reads back to the same notices."""
    doc = {
        "format": "xa-console-rules/1",
        "city": {"id": "xian", "name_zh": "西安", "local_plate_prefixes": ["陕A", "陕U"]},
        "notices": [notice_to_dict(n) for n in xian_file.notices],
    }
    assert read_rule_file(json.loads(json.dumps(doc))).notices == xian_file.notices


def test_rule_file_reports_bad_notices_by_index() -> None:
    rs = _rules()
    doc = {
        "format": "xa-console-rules/1",
        "city": {"id": "xian", "name_zh": "西安"},
        "rule_sets": {"x": rs},
        "notices": [
            {"kind": "implement", "title": "a", "effective_from": "2025-11-10", "rule_set": "x"},
            {"kind": "implement", "title": "b", "effective_from": "2025-02-30", "rule_set": "x"},
        ],
    }
    assert _issues(read_rule_file, doc) == [("field.bad_date", "notices[2].effective_from")]
    bad = copy.deepcopy(doc)
    bad["format"] = "something-else/2"
    assert _issues(read_rule_file, bad) == [("rules.bad_format", "format")]


def test_defaults_fill_the_notices(xian_file: RuleFile) -> None:
    n = xian_file.notices[0]
    assert n.city_id == "xian"
    assert n.issuers[0] == "西安市公安局交通管理局"
    assert len(n.legal_basis) == 5
    assert n.effective_from == date(2021, 11, 15)
