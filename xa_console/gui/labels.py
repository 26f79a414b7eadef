"""Chinese names of domain values, in one place for every screen."""

from __future__ import annotations

from xa_console.domain.drafting.facts import DraftKind
from xa_console.domain.rules import NoticeKind
from xa_console.messages import labels

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
OUTBOX_STATE: dict[str, str] = labels("outbox_state")  # shared with the CLI
RELEASE_PLAN: dict[str, str] = {
    "one_off": "定时发布",
    "synchronized": "多渠道同步",
    "rundown": "广播口播多时段",
    "daily": "每日提醒（按日历）",
}
DELIVERY: dict[str, str] = {"api": "接口发布", "export": "人工发布"}
# Why a send stands where it stands (``last_code`` of the outbox); platform codes are shown raw.
SEND_RESULT: dict[str, str] = {
    "crashed_while_sending": "发送途中程序中断，结果未知",
    "content_changed": "签发后内容被改动，未发送",
    "content_invalid": "渠道内容未通过校验",
    "export_ready": "发布包已备好，等待人工发布",
    "account_disabled": "发布账号已停用",
    "late": "错过发布时间（超出宽限）",
    "not_restricted": "当天不限行，自动取消",
    "waiting_approval": "等待签发",
    "gone": "发布已不存在",
    "client_error": "请求异常，结果未知",
    "no_status_api": "平台无法查询，需人工核实",
    "reconciled_found": "已在平台查到",
    "reconciled_absent": "平台上查不到，需人工核实",
    "retries_exhausted": "多次重试仍失败",
    "platform_review": "平台审核未通过",
    "after_http_before_commit": "发送后未及记录，结果未知",
    "after_sending_commit": "发送中断，结果未知",
    "cancelled": "已取消",
    "decision.confirm": "人工确认已发布",
    "decision.failed": "人工确认失败",
    "decision.resend": "人工决定重新发送",
    "decision.send_late": "人工决定补发",
    "decision.retry": "人工决定重试",
    "decision.drop": "人工决定放弃",
}
