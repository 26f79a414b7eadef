"""Shipped notice templates: every kind × channel renders clean for real days; the sandbox holds."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from datetime import date, datetime
from typing import Any

import pytest

from xa_console.domain.channels.spec import CHANNEL_IDS, ChannelBook, read_channel_book
from xa_console.domain.channels.validate import Variant, WordLists, check_variant
from xa_console.domain.drafting.facts import DraftKind, NoticeFacts, TrafficControl, facts_for
from xa_console.domain.engine import RuleBook
from xa_console.services.channels import shipped_limits
from xa_console.services.rendering import TEMPLATES, TemplateRenderer

LINK = "https://jj.xa.example.cn/xianxing"
ISSUERS = ("西安市公安局交通管理局", "西安市生态环境局", "西安市交通运输局")
DAYS = (
    date(2023, 3, 1),  # Wednesday, 3和8
    date(2023, 3, 4),  # Saturday
    date(2023, 4, 5),  # Qingming holiday
    date(2023, 1, 28),  # make-up workday while suspended
    date(2022, 12, 21),  # first day of the suspension
    date(2023, 1, 30),  # first day after the resumption
    date(2025, 11, 10),  # first day of the 2025-26 notice
    date(2023, 4, 23),  # make-up workday (Sunday)
    date(2026, 11, 9),  # no notice known yet
)
CONTROL = TrafficControl(
    road="长安路",
    direction="由南向北",
    section="小寨十字至南稍门十字",
    start=datetime(2023, 3, 1, 22, 0),
    end=datetime(2023, 3, 2, 6, 0),
    detour="可绕行朱雀大街、含光路",
    reason="地铁施工",
)
CORRECTS = "关于继续实施工作日机动车尾号限行交通管理措施的通告"
CORRECTION = "第一条中“至2026年11月9日（星期一）”更正为“至2026年11月6日（星期五）”。"
FREE_TEXT = "请广大市民群众提前规划出行线路，优先选择公共交通。"

FINE = re.compile(r"\d+\s*元")
WEIBO_TOPIC = re.compile(r"#[^#\s]+#")
EMOJI = re.compile("[\U00010000-\U0010ffff\u2600-\u27bf\ufe0f]")
SPOKEN = ("tv", "radio")


def make_facts(book: RuleBook, kind: DraftKind, day: date, **changes: Any) -> NoticeFacts:
    """Facts as the drafting service builds them, with a control and a correction filled in."""
    facts = facts_for(book, kind, day, link_url=LINK)
    if kind is DraftKind.TRAFFIC_CONTROL:
        facts = replace(facts, traffic_control=CONTROL)
    if kind is DraftKind.CORRECTION:
        facts = replace(facts, corrects_title=CORRECTS, correction_text=CORRECTION)
    return replace(facts, **changes)


@pytest.fixture(scope="module")
def channels() -> ChannelBook:
    """The shipped channel limits."""
    return read_channel_book(shipped_limits())


@pytest.fixture(scope="module")
def renderer() -> TemplateRenderer:
    """One renderer over the shipped templates (compiled once)."""
    return TemplateRenderer()


Render = Callable[..., Variant]


@pytest.fixture(scope="module")
def render(xian_book: RuleBook, channels: ChannelBook, renderer: TemplateRenderer) -> Render:
    """Render one variant; a template problem fails the test at once."""

    def go(kind: DraftKind, day: date, channel: str, **changes: Any) -> Variant:
        facts = make_facts(xian_book, kind, day, **changes)
        rendered = renderer.render(kind.value, channels.get(channel), facts.as_context())
        assert rendered.problems == (), rendered.problems
        return rendered.variant

    return go


def assert_clean(variant: Variant, channels: ChannelBook) -> None:
    """No validation problem at all, and none of the house rules broken."""
    report = check_variant(variant, channels, WordLists(), 250)
    assert report.problems == (), (report.problems, dict(variant.fields))
    text = "\n".join(variant.fields.values())
    assert not FINE.search(text), text  # never print a fine amount
    assert not EMOJI.search(text), text
    if variant.channel == "weibo":
        assert not WEIBO_TOPIC.search(text)
    if variant.channel in (*SPOKEN, "sms"):
        assert "http" not in text and "【" not in text


# --- every kind × channel × day ------------------------------------------------------------


@pytest.mark.parametrize("channel", CHANNEL_IDS)
@pytest.mark.parametrize("day", DAYS, ids=str)
@pytest.mark.parametrize("kind", list(DraftKind), ids=str)
def test_every_variant_is_clean(
    render: Render, channels: ChannelBook, kind: DraftKind, day: date, channel: str
) -> None:
    assert_clean(render(kind, day, channel), channels)


@pytest.mark.parametrize("channel", CHANNEL_IDS)
@pytest.mark.parametrize("kind", list(DraftKind), ids=str)
def test_officers_paragraph_is_clean_and_lands_in_long_form(
    render: Render, channels: ChannelBook, kind: DraftKind, channel: str
) -> None:
    variant = render(kind, date(2023, 3, 1), channel, free_text=FREE_TEXT)
    assert_clean(variant, channels)
    long_form = {"wechat_article": "body", "toutiao": "body", "press": "body"}
    if channel in long_form:
        assert FREE_TEXT in variant.get(long_form[channel])


@pytest.mark.parametrize("channel", CHANNEL_IDS)
def test_traffic_control_without_details_is_clean(
    render: Render, channels: ChannelBook, channel: str
) -> None:
    variant = render(DraftKind.TRAFFIC_CONTROL, date(2023, 3, 1), channel, traffic_control=None)
    assert_clean(variant, channels)
    assert "None" not in "".join(variant.fields.values())


@pytest.mark.parametrize("channel", CHANNEL_IDS)
def test_correction_without_details_is_clean(
    render: Render, channels: ChannelBook, channel: str
) -> None:
    variant = render(
        DraftKind.CORRECTION, date(2023, 3, 1), channel, corrects_title="", correction_text=""
    )
    assert_clean(variant, channels)
    assert "《》" not in "".join(variant.fields.values())


def test_every_template_defines_exactly_its_channel_fields(
    channels: ChannelBook, renderer: TemplateRenderer
) -> None:
    for kind in DraftKind:
        for spec in channels.channels:
            assert (TEMPLATES / kind.value / f"{spec.id}.j2").is_file()
            tmpl = renderer.env.get_template(f"{kind.value}/{spec.id}.j2")
            assert set(tmpl.blocks) == {f.name for f in spec.fields}, (kind, spec.id)


# --- daily reminder ------------------------------------------------------------------------

MARCH_1 = date(2023, 3, 1)


def test_daily_weibo_for_a_restricted_day(render: Render) -> None:
    status = render(DraftKind.DAILY, MARCH_1, "weibo").get("status")
    assert "2023年3月1日(星期三)" in status
    assert "西安市限行区域内限行尾号为3和8的机动车" in status
    assert "限行时间：工作日7:00-20:00" in status
    assert "新能源号牌车辆等不受限" in status
    assert "明日（3月2日，星期四）限行尾号为4和9" in status
    assert LINK in status


def test_daily_article_follows_the_reminder_model(render: Render) -> None:
    v = render(DraftKind.DAILY, MARCH_1, "wechat_article")
    assert v.get("title") == "3月1日（星期三）西安限行尾号为3和8"
    lines = v.get("body").splitlines()
    assert lines[0] == "2023年3月1日(星期三)"
    assert "西安市限行区域内限行尾号为3和8的机动车" in lines
    assert "限行时间：工作日7:00-20:00" in lines
    assert any(ln.startswith("限行区域：西安绕城高速公路以内") for ln in lines)
    assert "明日（3月2日，星期四）限行尾号为4和9。" in lines


def test_daily_template_message_shows_keyword_lines(render: Render) -> None:
    v = render(DraftKind.DAILY, MARCH_1, "wechat_reminder")
    assert v.get("time2") == "2023年3月1日 07:00~20:00"
    assert v.get("thing3") == "3和8（含临时号牌）"
    labels = ("提醒事项", "限行时间", "限行尾号", "限行区域")
    keys = ("thing1", "time2", "thing3", "thing4")
    assert v.get("text") == "\n".join(
        f"{lb}：{v.get(k)}" for lb, k in zip(labels, keys, strict=True)
    )


@pytest.mark.parametrize("day", [date(2023, 3, 1), date(2023, 1, 30), date(2025, 11, 10)], ids=str)
def test_daily_sms_on_a_restricted_day_is_one_message(
    render: Render, channels: ChannelBook, day: date
) -> None:
    report = check_variant(render(DraftKind.DAILY, day, "sms"), channels)
    assert report.sms is not None
    assert report.sms.segments == 1 and report.sms.length <= 70


def test_daily_broadcast_is_spoken(render: Render, channels: ChannelBook) -> None:
    radio = render(DraftKind.DAILY, MARCH_1, "radio")
    report = check_variant(radio, channels)
    spot15 = report.measure("spot15")
    assert spot15 is not None and spot15.length <= 15
    assert "早上7点到晚上8点" in radio.get("spot15")
    assert "3和8" in radio.get("spot15")
    tv = render(DraftKind.DAILY, MARCH_1, "tv").get("script")
    assert "今天是3月1日，星期三" in tv and "明天3月2日，星期四，限行尾号为4和9" in tv


@pytest.mark.parametrize(
    ("day", "phrase"),
    [
        (date(2023, 3, 4), "周末"),
        (date(2023, 4, 5), "法定节假日"),
        (date(2023, 4, 23), "调休上班日"),
        (date(2022, 12, 21), "暂停执行"),
        (date(2023, 1, 28), "暂停执行"),
    ],
    ids=str,
)
def test_daily_says_why_a_day_is_free(render: Render, day: date, phrase: str) -> None:
    for channel, name in (("weibo", "status"), ("sms", "body"), ("wechat_reminder", "thing3")):
        text = render(DraftKind.DAILY, day, channel).get(name)
        assert phrase in text, (channel, text)
        assert "限行尾号为" not in text.split("明日")[0], (channel, text)


def test_daily_never_says_free_when_no_notice_is_known(render: Render) -> None:
    day = date(2026, 11, 9)
    for channel in CHANNEL_IDS:
        text = "\n".join(render(DraftKind.DAILY, day, channel).fields.values())
        assert "不限行" not in text, (channel, text)
        assert "最新" in text or "通告" in text


# --- policy notices ------------------------------------------------------------------------


def test_suspension_notice(render: Render) -> None:
    body = render(DraftKind.SUSPENSION, date(2022, 12, 21), "wechat_article").get("body")
    lines = body.splitlines()
    assert lines[:4] == [*ISSUERS, "关于暂停执行工作日机动车尾号限行交通管理措施的通告"]
    assert "经征求市生态环境局、市交通运输局意见，并报请市政府同意" in body
    assert (
        "决定自2022年12月21日起，暂停执行工作日机动车尾号限行交通管理措施，恢复执行时间另行通告"
        in body
    )
    assert "不酒后驾驶、不闯红灯、不超速行驶" in body
    assert lines[-6:] == ["特此通告。", "", *ISSUERS, "2022年12月20日"]


def test_resumption_notice_is_a_full_notice(render: Render) -> None:
    body = render(DraftKind.RESUMPTION, date(2023, 1, 30), "wechat_article").get("body")
    assert body.splitlines()[3] == "关于恢复实施工作日机动车尾号限行交通管理措施的通告"
    assert "《陕西省实施〈中华人民共和国道路交通安全法〉办法》" in body
    assert "等法律法规，经报请市委、市政府批准，决定自2023年1月30日起" in body
    assert "现就有关事项通告如下：" in body
    assert "2023年1月30日（星期一）至2023年11月10日（星期五），工作日7:00至20:00。" in body
    assert "若公休日因法定节假日调休为工作日的，不限行" in body
    assert "星期一限行尾号为1和6的机动车" in body and "星期五限行尾号为5和0的机动车" in body
    assert "以号牌最后一位阿拉伯数字为准" in body and "含临时号牌" in body
    assert "外埠机动车进入限行区域的，按本通告规定执行" in body
    assert "（一）悬挂新能源专用号牌的新能源汽车；" in body
    assert "（九）持《机动车绿色通行证》" in body
    assert "由公安、生态环境、交通等部门，依据相关法律法规，予以纠正和查处" in body
    numbers = [
        ln.split("、")[0] for ln in body.splitlines() if re.match("^[一二三四五六七八九十]+、", ln)
    ]
    assert numbers == list("一二三四五六七八")
    assert body.endswith("特此通告。\n\n" + "\n".join(ISSUERS) + "\n2023年1月28日")


def test_continuation_notice(render: Render) -> None:
    body = render(DraftKind.CONTINUATION, date(2025, 11, 10), "toutiao").get("body")
    assert "决定在我市相关区域继续实施工作日机动车尾号限行交通管理措施" in body
    assert "2025年11月10日（星期一）至2026年11月6日（星期五）" in body
    assert body.endswith("2025年11月5日")


def test_press_release_has_lead_notice_and_source(render: Render) -> None:
    v = render(DraftKind.CONTINUATION, date(2025, 11, 10), "press")
    body = v.get("body")
    assert body.startswith("2025年11月5日，西安市公安局交通管理局、西安市生态环境局")
    assert "附：通告全文" in body
    assert body.endswith("（来源：西安市公安局交通管理局）")


def test_social_posts_summarise_the_policy(render: Render) -> None:
    day = date(2023, 1, 30)
    status = render(DraftKind.RESUMPTION, day, "weibo").get("status")
    assert "恢复实施" in status and "1和6、2和7、3和8、4和9、5和0" in status and LINK in status
    douyin = render(DraftKind.RESUMPTION, day, "douyin")
    assert douyin.get("title") == "西安1月30日起恢复尾号限行"
    assert douyin.get("caption").endswith("#西安限行 #尾号限行 #西安交警")
    reminder = render(DraftKind.SUSPENSION, date(2022, 12, 21), "wechat_reminder")
    assert reminder.get("time2") == "2022年12月21日"


def test_traffic_control_notice(render: Render) -> None:
    body = render(DraftKind.TRAFFIC_CONTROL, date(2023, 3, 1), "wechat_article").get("body")
    assert body.splitlines()[:2] == ["西安市公安局交通管理局", "关于长安路实施临时交通管制的通告"]
    assert "因地铁施工" in body
    assert "长安路（小寨十字至南稍门十字）由南向北方向" in body
    assert "2023年3月1日 22:00至2023年3月2日 06:00" in body
    assert "可绕行朱雀大街、含光路" in body
    assert "生态环境局" not in body  # the traffic police bureau issues it alone
    assert body.endswith("特此通告。\n\n西安市公安局交通管理局\n2023年2月28日")
    spot = render(DraftKind.TRAFFIC_CONTROL, date(2023, 3, 1), "radio").get("spot15")
    assert "3月1日晚上10点至3月2日早上6点" in spot


def test_correction_notice(render: Render) -> None:
    body = render(DraftKind.CORRECTION, date(2023, 3, 1), "wechat_article").get("body")
    assert f"关于《{CORRECTS}》的更正说明" in body
    assert f"此前发布的《{CORRECTS}》中，部分内容有误" in body
    assert CORRECTION in body
    assert "特此更正。" in body


# --- facts the templates rely on -----------------------------------------------------------


def test_policy_facts_take_the_recorded_notice_of_that_kind(xian_book: RuleBook) -> None:
    suspension = facts_for(xian_book, DraftKind.SUSPENSION, date(2022, 12, 21))
    assert suspension.issue_date == date(2022, 12, 20)
    assert suspension.approval_text == "经征求市生态环境局、市交通运输局意见，并报请市政府同意"
    assert facts_for(xian_book, DraftKind.RESUMPTION, date(2023, 1, 30)).issue_date == date(
        2023, 1, 28
    )
    assert facts_for(xian_book, DraftKind.CONTINUATION, date(2025, 11, 10)).issue_date == date(
        2025, 11, 5
    )
    # No recorded notice of that kind that day: the day before, and the base notice's wording.
    drafted = facts_for(xian_book, DraftKind.SUSPENSION, date(2025, 11, 12))
    assert drafted.issue_date == date(2025, 11, 11)
    assert drafted.approval_text == "经报请市政府批准"


# --- the sandbox ---------------------------------------------------------------------------


def problem(renderer: TemplateRenderer, channels: ChannelBook, source: str) -> dict[str, Any]:
    """Render ``source`` as the daily Weibo template; return its single problem."""
    edited = renderer.with_override("daily/weibo.j2", source)
    rendered = edited.render("daily", channels.get("weibo"), {"city": "西安", "link": LINK})
    assert len(rendered.problems) == 1, rendered.problems
    p = rendered.problems[0]
    return {"code": p.code, **p.params}


def test_syntax_error_reports_its_line(renderer: TemplateRenderer, channels: ChannelBook) -> None:
    p = problem(renderer, channels, "{% block status %}\n第二行\n{% if %}\n{% endblock %}")
    assert p["code"] == "template.syntax" and p["line"] == 3


def test_syntax_error_in_a_macro_file_names_that_file(
    renderer: TemplateRenderer, channels: ChannelBook
) -> None:
    broken = renderer.with_override(
        "_macros.j2", "{% macro day_line() %}\n{{ date }\n{% endmacro %}"
    )
    rendered = broken.render("daily", channels.get("weibo"), {})
    (p,) = rendered.problems
    assert p.code == "template.syntax"
    assert p.params["template"] == "_macros.j2" and p.params["line"] == 2


def test_undefined_variable(renderer: TemplateRenderer, channels: ChannelBook) -> None:
    p = problem(renderer, channels, "{% block status %}\n{{ city }}\n{{ nope }}\n{% endblock %}")
    assert p["code"] == "template.undefined" and p["line"] == 3 and "nope" in p["reason"]


@pytest.mark.parametrize(
    "expr",
    [
        "''.__class__.__mro__",
        "''|attr('__class__')",
        "'{0.__class__}'.format('')",
        "city.__class__.__base__.__subclasses__()",
    ],
)
def test_sandbox_escapes_are_security_problems(
    renderer: TemplateRenderer, channels: ChannelBook, expr: str
) -> None:
    p = problem(renderer, channels, "{% block status %}{{ " + expr + " }}{% endblock %}")
    assert p["code"] == "template.security"


def test_context_cannot_be_mutated(renderer: TemplateRenderer, channels: ChannelBook) -> None:
    p = problem(renderer, channels, "{% block status %}{{ [1].append(2) }}{% endblock %}")
    assert p["code"] == "template.security"


@pytest.mark.parametrize(
    "loop",
    [
        "{% for i in range(100000) %}xxxxxxxxxx{% endfor %}",
        # Ten billion characters: stopped early by the loop budget or the output cap.
        "{% for i in range(100000) %}{% for j in range(100000) %}x{% endfor %}{% endfor %}",
        "{% for w in ['x' * 99999] %}{% for i in range(90000) %}{{ w }}{% endfor %}{% endfor %}",
    ],
)
def test_huge_output_is_refused(
    renderer: TemplateRenderer, channels: ChannelBook, loop: str
) -> None:
    p = problem(renderer, channels, "{% block status %}" + loop + "{% endblock %}")
    assert p["code"] in ("template.too_large_output", "template.security")


def test_missing_template(renderer: TemplateRenderer, channels: ChannelBook) -> None:
    rendered = renderer.render("no_such_kind", channels.get("weibo"), {})
    assert [p.code for p in rendered.problems] == ["template.missing"]


@pytest.mark.parametrize(
    "body",
    [
        "{% for i in range(100000) %}{% for j in range(100000) %}{% endfor %}{% endfor %}",
        "{{ 10 ** 100000000 }}",  # Jinja's ** is left-associative: 2 ** 10 ** 10 is harmless
        "{{ 'x' * 1000000000 }}",
        "{% for i in range(60000) %}{% endfor %}{% for i in range(60000) %}{% endfor %}",
    ],
)
def test_cpu_bombs_are_refused_quickly(
    body: str, xian_book: RuleBook, channels: ChannelBook, renderer: TemplateRenderer
) -> None:
    import time

    bomb = renderer.with_override("daily/sms.j2", "{% block body %}" + body + "{% endblock %}")
    facts = make_facts(xian_book, DraftKind.DAILY, date(2023, 3, 1))
    start = time.perf_counter()
    out = bomb.render("daily", channels.get("sms"), facts.as_context())
    assert time.perf_counter() - start < 2.0
    assert [p.code for p in out.problems] == ["template.security"]
