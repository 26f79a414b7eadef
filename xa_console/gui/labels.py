"""Chinese names of domain values, in one place for every screen."""

from __future__ import annotations

from xa_console.domain.drafting.facts import DraftKind
from xa_console.domain.rules import NoticeKind

NOTICE_KIND: dict[NoticeKind, str] = {
    NoticeKind.IMPLEMENT: "实施",
    NoticeKind.CONTINUE: "继续实施",
    NoticeKind.RESUME: "恢复实施",
    NoticeKind.ADJUST: "调整",
    NoticeKind.SUSPEND: "暂停执行",
    NoticeKind.EMERGENCY: "临时措施",
    NoticeKind.SPECIAL_EVENT: "重大活动",
}
CONFIDENCE_LONG: dict[str, str] = {
    "confirmed": "已核实",
    "reported": "有报道，未核对原文",
    "inferred": "推定，无公开来源",
}
CONFIDENCE_SHORT: dict[str, str] = {"confirmed": "已核实", "reported": "有报道", "inferred": "推定"}
DRAFT_KIND: dict[DraftKind, str] = {
    DraftKind.DAILY: "每日提醒",
    DraftKind.SUSPENSION: "暂停执行",
    DraftKind.RESUMPTION: "恢复实施",
    DraftKind.CONTINUATION: "继续实施",
    DraftKind.ADJUSTMENT: "规则调整",
    DraftKind.TRAFFIC_CONTROL: "临时交通管制",
    DraftKind.CORRECTION: "更正或撤回",
}
DRAFT_STATUS: dict[str, str] = {
    "draft": "草稿",
    "in_review": "审核中",
    "approved": "已签发",
    "scheduled": "已排期",
    "published": "已发布",
    "partly_published": "部分发布",
    "failed": "发布失败",
    "withdrawn": "已撤回",
}
