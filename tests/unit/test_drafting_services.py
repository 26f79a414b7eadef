"""Drafting services on real SQLite and PostgreSQL: drafts, limits, words, templates, recovery."""

from __future__ import annotations

import dataclasses
from datetime import date, datetime
from pathlib import Path

import pytest

from xa_console.domain.drafting.codec import facts_from_dict, facts_to_dict
from xa_console.domain.drafting.facts import DraftKind, TrafficControl
from xa_console.domain.errors import DomainError
from xa_console.services.recovery import RecoveryStore


def test_daily_facts_come_from_the_calendar(ctx) -> None:  # type: ignore[no-untyped-def]
    f = ctx.drafting.facts(DraftKind.DAILY, date(2023, 3, 1))
    assert (f.restricted, f.digits, f.hours, f.area_label) == (
        True,
        (3, 8),
        ("7:00-20:00",),
        "绕城高速以内及南北扩展区域",
    )
    assert f.tomorrow == (date(2023, 3, 2), "4和9")
    off = ctx.drafting.facts(DraftKind.DAILY, date(2023, 3, 4))
    assert (off.restricted, off.reason) == (False, "weekend")
    s = ctx.drafting.facts(DraftKind.SUSPENSION, date(2022, 12, 21), issue_date=date(2022, 12, 20))
    assert s.title == "关于暂停执行工作日机动车尾号限行交通管理措施的通告"
    assert s.issuers[0] == "西安市公安局交通管理局" and s.end_day is None


def test_facts_round_trip_and_bad_input() -> None:
    from xa_console.domain.drafting.facts import NoticeFacts

    f = NoticeFacts(
        DraftKind.TRAFFIC_CONTROL,
        "西安",
        date(2023, 5, 1),
        digits=(1, 6),
        traffic_control=TrafficControl(
            "二环南路",
            "东向西",
            "朱雀大街至含光路",
            datetime(2023, 5, 1, 22),
            datetime(2023, 5, 2, 5),
            "绕行南二环辅路",
        ),
        tomorrow=(date(2023, 5, 2), "2和7"),
    )
    assert facts_from_dict(facts_to_dict(f)) == f
    with pytest.raises(DomainError) as e:
        facts_from_dict({**facts_to_dict(f), "day": "2023-02-30", "digits": [1, 12]})
    assert {i.field for i in e.value.issues} == {"facts.day", "facts.digits"}


def test_draft_save_edit_reload_and_stale(ctx) -> None:  # type: ignore[no-untyped-def]
    wb = ctx.drafting.new(DraftKind.DAILY, date(2023, 3, 1))
    assert len(wb.channels) == 11
    wb = ctx.drafting.update(wb, edit=("sms", "body", "明日限行尾号3和8，请合理安排出行。"))
    assert wb.channel("sms").edited and not wb.channel("weibo").edited
    saved, changes = ctx.drafting.save(wb)
    assert changes.drafts and saved.draft_id is not None
    again = ctx.drafting.load(saved.draft_id)
    assert again.channel("sms").current.get("body") == "明日限行尾号3和8，请合理安排出行。"
    assert again.edits == {"sms": {"body": "明日限行尾号3和8，请合理安排出行。"}}
    newer, _ = ctx.drafting.save(dataclasses.replace(again, facts=again.facts.with_text("补充")))
    with pytest.raises(DomainError) as e:
        ctx.drafting.save(again)  # still holds the old version
    assert e.value.code == "draft.stale"
    regenerated = ctx.drafting.update(newer, regenerate="sms")
    assert not regenerated.channel("sms").edited
    assert [d[0] for d in ctx.drafting.list()] == [saved.draft_id]


def test_admin_changes_limits_and_words(ctx) -> None:  # type: ignore[no-untyped-def]
    doc = ctx.channels.document("weibo")
    doc["fields"]["status"]["max"] = 60
    ctx.channels.save_channel("weibo", doc, "admin")
    wb = ctx.drafting.update(
        ctx.drafting.new(DraftKind.DAILY, date(2023, 3, 1)),
        edit=("weibo", "status", "字" * 61 + "https://jj.xa.example.cn/x"),
    )
    assert "text.too_long" in [p.code for p in wb.channel("weibo").problems]
    doc["fields"]["status"]["max"] = -1
    with pytest.raises(DomainError) as e:
        ctx.channels.save_channel("weibo", doc)
    assert e.value.issues[0].field == "channels.weibo.fields.status.max"
    assert ctx.channels.book().get("weibo").field("status").max == 60
    ctx.channels.reset_channel("weibo")
    assert ctx.channels.book().get("weibo").field("status").max == 140
    ctx.channels.set_word("禁区", "forbidden")
    wb = ctx.drafting.update(wb, edit=("press", "body", "进入禁区"))
    assert "compliance.forbidden" in [p.code for p in wb.channel("press").problems]
    ctx.channels.remove_word("禁区")
    assert "禁区" not in ctx.channels.words().forbidden


def test_template_override_checked_saved_reverted(ctx) -> None:  # type: ignore[no-untyped-def]
    name = "daily/weibo.j2"
    assert name in ctx.templates.names()
    with pytest.raises(DomainError) as e:
        ctx.templates.save(name, "{% block status %}{{ date }{% endblock %}")
    assert e.value.code == "template.syntax" and e.value.issues[0].params["line"] == 1
    assert ctx.templates.overrides() == {}
    ctx.templates.save(
        name, "{% block status %}自定义：{{ date }}限行{{ digits_text }} {{ link }}{% endblock %}"
    )
    wb = ctx.drafting.new(DraftKind.DAILY, date(2023, 3, 1))
    assert wb.channel("weibo").current.get("status").startswith("自定义：2023年3月1日限行3和8")
    ctx.templates.revert(name)
    wb = ctx.drafting.new(DraftKind.DAILY, date(2023, 3, 1))
    assert not wb.channel("weibo").current.get("status").startswith("自定义")


def test_broken_template_keeps_other_channels_and_the_text(ctx) -> None:  # type: ignore[no-untyped-def]
    wb = ctx.drafting.new(DraftKind.DAILY, date(2023, 3, 1))
    wb = dataclasses.replace(wb, facts=wb.facts.with_text("officer's paragraph"))
    broken = ctx.templates.renderer().with_override(
        "daily/weibo.j2", "{% block status %}\n{{ x }\n{% endblock %}"
    )
    after = ctx.drafting.update(wb, renderer=broken)
    weibo = after.channel("weibo")
    assert [p.code for p in weibo.problems] == ["template.syntax"]
    assert weibo.problems[0].params["line"] == 2
    assert after.facts.free_text == "officer's paragraph"
    assert after.channel("sms").generated.get("body")  # the rest still render


def test_recovery_store(tmp_path: Path) -> None:
    store = RecoveryStore(tmp_path / "recovery")
    assert store.pending() == []
    store.write("new-1", {"free_text": "第一稿"})
    store.write("new-1", {"free_text": "第二稿"})
    store.write("draft-7", {"free_text": "x"})
    (tmp_path / "recovery" / "draft-broken.json").write_text("{not json", encoding="utf-8")
    pending = {r.key: r.payload for r in store.pending()}
    assert pending == {"new-1": {"free_text": "第二稿"}, "draft-7": {"free_text": "x"}}
    store.discard("new-1")
    assert [r.key for r in store.pending()] == ["draft-7"]
    assert not list((tmp_path / "recovery").glob("*.tmp"))


def test_template_compile_errors_and_quick_resaves(ctx) -> None:  # type: ignore[no-untyped-def]
    name = "daily/weibo.j2"
    with pytest.raises(DomainError) as e:
        ctx.templates.save(name, "{% block status %}{{ date | nosuchfilter }}{% endblock %}")
    assert e.value.code == "template.syntax"
    for word in ("甲", "乙"):  # two saves within one second must both take effect
        ctx.templates.save(name, "{% block status %}" + word + "{{ link }}{% endblock %}")
        wb = ctx.drafting.new(DraftKind.DAILY, date(2023, 3, 1))
        assert wb.channel("weibo").current.get("status").startswith(word)
