"""Check a channel variant against its spec and the word lists; measure every field."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cached_property
from typing import Any

from xa_console.domain.channels.counting import (
    Counting,
    SmsCount,
    measure,
    mmss,
    sms_count,
    utf8_bytes,
)
from xa_console.domain.channels.spec import ChannelBook, ChannelSpec, FieldRule

_URL = re.compile(r"https?://([A-Za-z0-9.\-]+)")
_TOPIC = re.compile(r"#[^#\s]+")
_EMOJI = re.compile("[\U0001f000-\U0001faff\u2600-\u27bf\ufe0f\u200d]")


@dataclass(frozen=True)
class Variant:
    """One channel's version of a notice: its fields as text."""

    channel: str
    fields: Mapping[str, str]

    def get(self, name: str) -> str:
        """A field's text ('' when absent)."""
        return self.fields.get(name, "")


@dataclass(frozen=True)
class Problem:
    """Something wrong with a variant; ``severity`` error blocks approval, warning does not."""

    code: str
    channel: str
    field: str
    severity: str = "error"
    params: dict[str, Any] = dataclasses.field(default_factory=dict)


@dataclass(frozen=True)
class Measure:
    """A field's length as its platform counts it, with the limit and unit."""

    field: str
    length: float
    limit: float | None
    unit: str  # 字 / 字节 / 秒


@dataclass(frozen=True)
class Report:
    """The result of checking one variant."""

    channel: str
    measures: tuple[Measure, ...]
    problems: tuple[Problem, ...]
    sms: SmsCount | None = None

    @property
    def ok(self) -> bool:
        """No errors (warnings allowed)."""
        return not any(p.severity == "error" for p in self.problems)

    def measure(self, name: str) -> Measure | None:
        """The measure of one field."""
        return next((m for m in self.measures if m.field == name), None)


@dataclass(frozen=True)
class WordLists:
    """Compliance word lists: forbidden words block, sensitive words warn."""

    forbidden: tuple[str, ...] = ()
    sensitive: tuple[str, ...] = ()

    @cached_property
    def _compiled(self) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
        return _alternation(self.forbidden), _alternation(self.sensitive)

    def scan(self, text: str) -> tuple[list[str], list[str]]:
        """Forbidden and sensitive words found in ``text`` (each once, in order of appearance)."""
        forbidden, sensitive = self._compiled
        return _hits(forbidden, text), _hits(sensitive, text)


def _alternation(words: Iterable[str]) -> re.Pattern[str] | None:
    ordered = sorted({w for w in words if w}, key=len, reverse=True)
    return re.compile("|".join(map(re.escape, ordered))) if ordered else None


def _hits(pattern: re.Pattern[str] | None, text: str) -> list[str]:
    return list(dict.fromkeys(pattern.findall(text))) if pattern is not None and text else []


_UNITS = {Counting.UTF8_BYTES: "字节", Counting.READING_SECONDS: "秒"}


def _length(
    rule: FieldRule, text: str, spec: ChannelSpec, cpm: int
) -> tuple[float, SmsCount | None]:
    if rule.counting is Counting.SMS and spec.sms is not None:
        sc = sms_count(text, spec.sms.signature, spec.sms.single_limit, spec.sms.segment_size)
        return sc.length, sc
    return measure(text, rule.counting, cpm), None


def _limit_problems(rule: FieldRule, spec: ChannelSpec, text: str, length: float) -> list[Problem]:
    out: list[Problem] = []
    unit = _UNITS.get(rule.counting, "字")
    shown = mmss(length) if rule.counting is Counting.READING_SECONDS else f"{length:g}"
    if rule.max is not None and length > rule.max:
        out.append(
            Problem(
                "text.too_long",
                spec.id,
                rule.name,
                params={"length": shown, "max": f"{rule.max:g}", "unit": unit, "label": rule.label},
            )
        )
    if rule.min is not None and text and length < rule.min:
        out.append(
            Problem(
                "text.too_short",
                spec.id,
                rule.name,
                params={"length": shown, "min": f"{rule.min:g}", "unit": unit, "label": rule.label},
            )
        )
    if rule.max_bytes is not None and utf8_bytes(text) >= rule.max_bytes:
        out.append(
            Problem(
                "text.too_large",
                spec.id,
                rule.name,
                params={"bytes": utf8_bytes(text), "max": rule.max_bytes, "label": rule.label},
            )
        )
    return out


def _shape_problems(rule: FieldRule, spec: ChannelSpec, text: str) -> list[Problem]:
    out: list[Problem] = []
    p = {"label": rule.label}
    if rule.single_line and ("\n" in text or "\r" in text):
        out.append(Problem("text.line_break", spec.id, rule.name, params=p))
    if rule.no_emoji and _EMOJI.search(text):
        out.append(Problem("text.emoji", spec.id, rule.name, params=p))
    if rule.charset:
        bad = sorted(set(re.sub(f"[{rule.charset}]", "", text)))
        if bad:
            out.append(
                Problem("text.bad_chars", spec.id, rule.name, params={**p, "chars": "".join(bad)})
            )
    for fb in rule.forbid:
        m = fb.pattern.search(text)
        if m:
            out.append(Problem(fb.code, spec.id, rule.name, params={**p, "found": m.group(0)}))
    if rule.require_url_domains:
        hosts = [h.lower() for h in _URL.findall(text)]
        ok = any(h == d or h.endswith("." + d) for h in hosts for d in rule.require_url_domains)
        if not ok:
            out.append(
                Problem(
                    "weibo.no_safe_link",
                    spec.id,
                    rule.name,
                    params={**p, "domains": "、".join(rule.require_url_domains)},
                )
            )
    if rule.max_topics is not None and len(_TOPIC.findall(text)) > rule.max_topics:
        out.append(
            Problem(
                "text.too_many_topics",
                spec.id,
                rule.name,
                params={**p, "count": len(_TOPIC.findall(text)), "max": rule.max_topics},
            )
        )
    return out


def _keyword_problems(
    rule: FieldRule, spec: ChannelSpec, text: str, book: ChannelBook
) -> list[Problem]:
    kt = book.keyword_types.get(rule.keyword_type)
    if kt is None or not text:
        return []
    p = {"label": rule.label, "type": kt.label, "max": kt.max, "length": len(text)}
    out = []
    if len(text) > kt.max:
        out.append(Problem("wechat.keyword_too_long", spec.id, rule.name, params=p))
    if kt.pattern is not None and not kt.pattern.match(text):
        out.append(Problem("wechat.keyword_format", spec.id, rule.name, params=p))
    return out


def check_variant(
    variant: Variant, book: ChannelBook, words: WordLists | None = None, chars_per_minute: int = 250
) -> Report:
    """Measure and check every field of a variant against its channel's rules."""
    spec = book.get(variant.channel)
    measures: list[Measure] = []
    problems: list[Problem] = []
    sms: SmsCount | None = None
    for rule in spec.fields:
        text = variant.get(rule.name)
        if not text.strip():
            if rule.required:
                problems.append(
                    Problem("text.required", spec.id, rule.name, params={"label": rule.label})
                )
            measures.append(Measure(rule.name, 0, rule.max, _UNITS.get(rule.counting, "字")))
            continue
        length, sc = _length(rule, text, spec, chars_per_minute)
        sms = sc or sms
        measures.append(Measure(rule.name, length, rule.max, _UNITS.get(rule.counting, "字")))
        problems += _limit_problems(rule, spec, text, length)
        problems += _shape_problems(rule, spec, text)
        problems += _keyword_problems(rule, spec, text, book)
        if words is not None:
            problems += _word_problems(words, spec, rule, text)
    return Report(spec.id, tuple(measures), tuple(problems), sms)


def _word_problems(
    words: WordLists, spec: ChannelSpec, rule: FieldRule, text: str
) -> list[Problem]:
    forbidden, sensitive = words.scan(text)
    out = [
        Problem("compliance.forbidden", spec.id, rule.name, params={"label": rule.label, "word": w})
        for w in forbidden
    ]
    out += [
        Problem(
            "compliance.sensitive", spec.id, rule.name, "warning", {"label": rule.label, "word": w}
        )
        for w in sensitive
    ]
    return out
