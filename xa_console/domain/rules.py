"""General restriction rule model: notices (通告) and the rule sets they put in force.

Xi'an is data, not code: Beijing's rotation, Lanzhou's date digit or Chengdu's two peak windows
are other values of the same dataclasses (see ``resources/rules/`` and the tests).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, time
from enum import StrEnum


class NoticeKind(StrEnum):
    """What a notice does to the rule in force."""

    IMPLEMENT = "implement"  # 实施
    CONTINUE = "continue"  # 继续实施
    RESUME = "resume"  # 恢复实施
    ADJUST = "adjust"  # 调整
    SUSPEND = "suspend"  # 暂停执行
    EMERGENCY = "emergency"  # 重污染应急等临时措施
    SPECIAL_EVENT = "special_event"  # 大型活动

    @property
    def is_base(self) -> bool:
        """Base notices carry the ordinary rule; the others override it for a while."""
        return self in _BASE_KINDS

    @property
    def is_override(self) -> bool:
        """Emergency and special-event notices replace the ordinary rule for their window."""
        return self in (NoticeKind.EMERGENCY, NoticeKind.SPECIAL_EVENT)


_BASE_KINDS = frozenset(
    {NoticeKind.IMPLEMENT, NoticeKind.CONTINUE, NoticeKind.RESUME, NoticeKind.ADJUST}
)


class Selector(StrEnum):
    """What picks the digit group for a day."""

    WEEKDAY = "weekday"  # key "1".."7" (ISO, Monday = 1)
    DATE_LAST_DIGIT = "date_last_digit"  # key "0".."9"
    ODD_EVEN = "odd_even"  # key "odd" / "even" (the calendar date's parity)
    ALL_NUMBERS = "all_numbers"  # key "all"


class MakeupPolicy(StrEnum):
    """What a make-up working day (调休上班, always a Saturday or Sunday) does."""

    SKIP = "skip"  # not restricted (Xi'an, Beijing, Chengdu)
    AS_OWN_WEEKDAY = "as_own_weekday"  # restricted like its own weekday key
    AS_SWAPPED_WEEKDAY = "as_swapped_weekday"  # restricted as the weekday it stands in for
    BY_DATE_DIGIT = "by_date_digit"  # restricted by the date's last digit (Lanzhou 2017)


class LetterTail(StrEnum):
    """How a plate ending in a letter is treated."""

    LAST_DIGIT_ON_PLATE = "last_digit_on_plate"  # Xi'an: 陕A·12B3C → 3
    AS_ZERO = "as_zero"  # Beijing, Tianjin: 京N·1234A → 0


class PlateOrigin(StrEnum):
    """Which plates a rule set applies to."""

    ALL = "all"
    LOCAL_ONLY = "local_only"
    NONLOCAL_ONLY = "nonlocal_only"


@dataclass(frozen=True)
class TimeWindow:
    """A daily window, start inclusive, end exclusive ("07:00"–"20:00")."""

    start: time
    end: time

    def contains(self, t: time) -> bool:
        """True when ``t`` lies in the window."""
        return self.start <= t < self.end

    def label(self) -> str:
        """``7:00-20:00`` style text, as notices print it."""
        return f"{self.start.hour}:{self.start.minute:02d}-{self.end.hour}:{self.end.minute:02d}"


@dataclass(frozen=True)
class DigitGroup:
    """The tail digits restricted for one selector key."""

    key: str
    digits: frozenset[int]


@dataclass(frozen=True)
class RotationPeriod:
    """An explicitly published period with its own key → digits mapping (wins over the formula)."""

    start: date
    end: date
    groups: tuple[DigitGroup, ...]


@dataclass(frozen=True)
class Rotation:
    """Periodic shift of the weekday groups (Beijing: 91 days, one step back each period)."""

    anchor: date
    period_days: int
    shift_per_period: int
    periods: tuple[RotationPeriod, ...] = ()


@dataclass(frozen=True)
class DayPolicy:
    """Which days the rule applies on."""

    weekdays: frozenset[int] = frozenset({1, 2, 3, 4, 5})
    on_statutory_holiday: bool = False
    makeup_workday: MakeupPolicy = MakeupPolicy.SKIP


@dataclass(frozen=True)
class PlateRule:
    """Letter handling and whether temporary plates are included."""

    letter_tail: LetterTail = LetterTail.LAST_DIGIT_ON_PLATE
    include_temporary: bool = True


@dataclass(frozen=True)
class VehicleScope:
    """Which plates the rule set covers."""

    plate_origin: PlateOrigin = PlateOrigin.ALL
    local_prefixes: tuple[str, ...] = ()


@dataclass(frozen=True)
class Area:
    """The restricted area: a short label plus the full boundary wording."""

    label: str
    text: str = ""


@dataclass(frozen=True)
class Exemption:
    """An exempt vehicle category (free text, as the notice words it)."""

    code: str
    text: str


@dataclass(frozen=True)
class RuleSet:
    """One complete restriction rule: selector, digit groups, windows, day policy, scope, area."""

    selector: Selector
    groups: tuple[DigitGroup, ...]
    time_windows: tuple[TimeWindow, ...]
    area: Area
    day_policy: DayPolicy = field(default_factory=DayPolicy)
    plate_rule: PlateRule = field(default_factory=PlateRule)
    scope: VehicleScope = field(default_factory=VehicleScope)
    rotation: Rotation | None = None
    exemptions: tuple[Exemption, ...] = ()

    def group_digits(self, key: str) -> frozenset[int] | None:
        """Digits of the base (un-rotated) group for a key."""
        for g in self.groups:
            if g.key == key:
                return g.digits
        return None


@dataclass(frozen=True)
class Notice:
    """A 通告: what it does (kind), when (validity window) and the rule set it puts in force."""

    id: int | None
    city_id: str
    kind: NoticeKind
    title: str
    effective_from: date
    effective_to: date | None  # None = until further notice (另行通告)
    rule_set: RuleSet | None  # None for a suspension
    issue_date: date | None = None
    doc_number: str = ""
    issuers: tuple[str, ...] = ()
    legal_basis: tuple[str, ...] = ()
    approval_text: str = ""
    purpose_text: str = ""
    source_url: str = ""
    confidence: str = "confirmed"  # confirmed / reported / inferred (see the reference)
    note: str = ""

    def covers(self, day: date) -> bool:
        """True when the day is inside the validity window (both ends inclusive)."""
        return self.effective_from <= day and (
            self.effective_to is None or day <= self.effective_to
        )


@dataclass(frozen=True)
class City:
    """A city whose restrictions the console tracks."""

    id: str
    name_zh: str
    local_plate_prefixes: tuple[str, ...] = ()
    timezone: str = "Asia/Shanghai"
