"""Text counters, one per platform rule (``shared/reference/channels.md`` §1, §3.3, §8.1, §9)."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from enum import StrEnum


class Counting(StrEnum):
    """How a platform measures a field."""

    CODEPOINTS = "codepoints"  # WeChat: one per Unicode code point
    WEIBO_WEIGHTED = "weibo_weighted"  # U+0000-00FF 0.5, BMP 1, supplementary 2, rounded up
    SMS = "sms"  # every character 1, 【signature】 included
    UTF8_BYTES = "utf8_bytes"  # WeChat content_source_url, body size
    READING_SECONDS = "reading_seconds"  # broadcast: seconds at the configured speed


def codepoints(text: str) -> int:
    """Length in Unicode code points."""
    return len(text)


def weibo_weight(text: str) -> int:
    """Weibo's weighted 字 count: ASCII/Latin-1 half, BMP one, astral two; rounded up."""
    halves = 0
    for ch in text:
        cp = ord(ch)
        halves += 1 if cp <= 0xFF else (2 if cp <= 0xFFFF else 4)
    return math.ceil(halves / 2)


def utf8_bytes(text: str) -> int:
    """Size in UTF-8 bytes."""
    return len(text.encode("utf-8"))


@dataclass(frozen=True)
class SmsCount:
    """An SMS as the gateway bills it."""

    length: int  # 【signature】 + body
    segments: int
    single_limit: int = 70
    segment_size: int = 67


def sms_count(
    body: str, signature: str, single_limit: int = 70, segment_size: int = 67
) -> SmsCount:
    """Length including the bracketed signature, and billed segments (≤70 → 1, else ⌈len/67⌉)."""
    length = len(f"【{signature}】") + len(body) if signature else len(body)
    segments = (
        0 if length == 0 else (1 if length <= single_limit else math.ceil(length / segment_size))
    )
    return SmsCount(length, segments, single_limit, segment_size)


_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_DIGIT_RUN = re.compile(r"\d+")
_LATIN_WORD = re.compile(r"[A-Za-z]+")
_PAUSE = re.compile(r"[。！？；\n]")


def spoken_units(text: str) -> int:
    """Syllables an announcer reads: CJK characters, digits one by one, Latin words as one."""
    units = len(_CJK.findall(text))
    units += sum(len(m) for m in _DIGIT_RUN.findall(text))
    units += len(_LATIN_WORD.findall(text))
    return units


def reading_seconds(text: str, chars_per_minute: int = 250, pause_seconds: float = 0.5) -> float:
    """Estimated reading time: spoken units at the given speed plus a pause per sentence end."""
    if chars_per_minute <= 0:
        raise ValueError("chars_per_minute must be positive")
    pauses = len(_PAUSE.findall(text.strip()))
    return spoken_units(text) * 60.0 / chars_per_minute + pauses * pause_seconds


def measure(text: str, counting: Counting, chars_per_minute: int = 250) -> float:
    """The length of ``text`` as ``counting`` measures it (seconds for reading time)."""
    if counting is Counting.CODEPOINTS or counting is Counting.SMS:
        return codepoints(text)
    if counting is Counting.WEIBO_WEIGHTED:
        return weibo_weight(text)
    if counting is Counting.UTF8_BYTES:
        return utf8_bytes(text)
    return reading_seconds(text, chars_per_minute)


def mmss(seconds: float) -> str:
    """``75.4`` → ``1:15``."""
    total = round(seconds)
    return f"{total // 60}:{total % 60:02d}"
