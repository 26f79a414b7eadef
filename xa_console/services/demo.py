"""Demo data: a team of four and a realistic review history (drafted, rejected, signed, batch
sign-off, an emergency notice awaiting review after the fact).

Demo accounts share the password ``DEMO_PASSWORD`` (documented in the README, demo only).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import func, select

from xa_console.db.database import Database
from xa_console.db.models import NoticeDraftRow
from xa_console.domain.drafting.facts import DraftKind, TrafficControl
from xa_console.services.channels import ChannelService
from xa_console.services.drafting import DraftingService, Workbench
from xa_console.services.review import ReviewService
from xa_console.services.rules import RuleService
from xa_console.services.templates import TemplateService
from xa_console.services.users import User, UserService

DEMO_PASSWORD = "xa-demo-2026"
LOCAL = ZoneInfo("Asia/Shanghai")
TEAM = (
    ("zhang", "张编辑", ["editor"]),
    ("li", "李审核", ["reviewer"]),
    ("zhao", "赵审核", ["reviewer"]),
    ("wang", "王签发", ["signer"]),
)


class _Clock:
    """A settable clock so the demo history has believable times."""

    def __init__(self) -> None:
        self.at = datetime(2022, 12, 20, 9, 0, tzinfo=LOCAL)

    def set(self, day: date, hour: int, minute: int = 0) -> None:
        self.at = datetime(day.year, day.month, day.day, hour, minute, tzinfo=LOCAL)

    def __call__(self) -> datetime:
        self.at += timedelta(minutes=3)
        return self.at.astimezone(UTC)


def load_demo(db: Database) -> int:
    """Create the demo team and history once; returns drafts created (0 when already there)."""
    with db.read() as s:
        if s.scalar(select(func.count(NoticeDraftRow.id))):
            return 0
    users = UserService(db)
    admin = users.get("admin")
    assert admin is not None
    users.set_password(admin, admin.id, DEMO_PASSWORD)
    team = {
        name: users.create(admin, name, display, DEMO_PASSWORD, roles)[0]
        for name, display, roles in TEAM
    }
    clock = _Clock()
    drafting = DraftingService(
        db,
        RuleService(db),
        ChannelService(db),
        TemplateService(db),
        link_url="https://jj.xa.example.cn/xianxing",
        clock=clock,
    )
    review = ReviewService(db, clock=clock)
    return _history(drafting, review, team, clock)


def _history(
    drafting: DraftingService, review: ReviewService, t: dict[str, User], clock: _Clock
) -> int:
    zhang, li, zhao, wang = t["zhang"], t["li"], t["zhao"], t["wang"]
    made = 0
    # the 2022-12-20 suspension: rejected once, then reviewed and signed
    clock.set(date(2022, 12, 20), 9)
    wb = _save(
        drafting, drafting.new(DraftKind.SUSPENSION, date(2022, 12, 21), date(2022, 12, 20)), zhang
    )
    review.submit(zhang, _id(wb))
    review.reject(li, _id(wb), "请在正文后补充安全出行提示，并核对落款日期。")
    review.add_comment(zhang, _id(wb), "已补充出行提示，落款日期核对为12月20日。")
    wb = _save(
        drafting,
        drafting.update(
            drafting.load(_id(wb)),
            facts=wb.facts.with_text("请广大驾驶人和市民群众做好个人防护，合理安排出行。"),
        ),
        zhang,
    )
    _sign(review, wb, zhang, li, wang)
    made += 1
    # the 2023-01-28 resumption notice
    clock.set(date(2023, 1, 28), 9, 30)
    wb = _save(
        drafting, drafting.new(DraftKind.RESUMPTION, date(2023, 1, 30), date(2023, 1, 28)), zhang
    )
    _sign(review, wb, zhang, zhao, wang)
    made += 1
    # a week of daily reminders, reviewed one by one and signed in one batch
    clock.set(date(2023, 2, 24), 16)
    week = [
        _save(drafting, drafting.new(DraftKind.DAILY, date(2023, 2, 27) + timedelta(days=i)), zhang)
        for i in range(5)
    ]
    hashes = []
    for wb in week:
        info, _ = review.submit(zhang, _id(wb))
        info, _ = review.approve(li, _id(wb), info.content_hash, comment="核对无误")
        hashes.append((_id(wb), info.content_hash))
    clock.set(date(2023, 2, 24), 17, 30)
    review.batch_approve(wang, hashes)
    made += len(week)
    # an emergency traffic control published at once, awaiting review after the fact
    clock.set(date(2023, 3, 2), 6, 40)
    tc = drafting.new(DraftKind.TRAFFIC_CONTROL, date(2023, 3, 2), date(2023, 3, 2))
    tc = drafting.update(
        tc,
        facts=replace(
            tc.facts, title="关于二环南路朱雀立交段临时交通管制的通告", traffic_control=_control()
        ),
    )
    wb = _save(drafting, tc, zhang)
    review.emergency(wang, _id(wb), "暴雨致朱雀立交下穿积水，需立即发布绕行提示，事后补审。")
    made += 1
    # next week's first reminder, waiting for the reviewer
    clock.set(date(2023, 3, 3), 15)
    wb = _save(drafting, drafting.new(DraftKind.DAILY, date(2023, 3, 6)), zhang)
    review.submit(zhang, _id(wb))
    review.add_comment(zhang, _id(wb), "下周一提醒，请审核。")
    return made + 1


def _control() -> TrafficControl:
    return TrafficControl(
        road="二环南路",
        direction="东西双向",
        section="朱雀立交下穿段",
        start=datetime(2023, 3, 2, 7, 0),
        end=datetime(2023, 3, 2, 19, 0),
        detour="过往车辆请经二环南路辅道或含光路绕行",
        reason="暴雨导致下穿通道积水",
    )


def _save(drafting: DraftingService, wb: Workbench, actor: User) -> Workbench:
    return drafting.save(wb, actor)[0]


def _id(wb: Workbench) -> int:
    assert wb.draft_id is not None
    return wb.draft_id


def _sign(review: ReviewService, wb: Workbench, editor: User, reviewer: User, signer: User) -> None:
    info, _ = review.submit(editor, _id(wb))
    info, _ = review.approve(reviewer, _id(wb), info.content_hash, comment="同意")
    review.approve(signer, _id(wb), info.content_hash, comment="同意签发")
