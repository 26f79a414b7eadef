"""Each platform's counting rule (channels.md §1, §3.3, §8.1, §9)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from xa_console.domain.channels.counting import (
    mmss,
    reading_seconds,
    sms_count,
    spoken_units,
    weibo_weight,
)


@pytest.mark.parametrize(
    ("text", "weight"),
    [
        ("", 0),
        ("a", 1),  # 0.5 rounds up
        ("ab", 1),
        ("abc", 2),
        ("限行", 2),
        ("限行ab", 3),
        ("←", 1),  # U+2190 is BMP: 1
        ("😀", 2),  # astral: 2
        ("𠀀", 2),  # CJK Ext-B: 2
        ("é", 1),  # Latin-1: 0.5 → 1
        ("x" * 280, 140),
    ],
)
def test_weibo_weights(text: str, weight: int) -> None:
    assert weibo_weight(text) == weight


@given(st.text(max_size=300))
def test_weibo_weight_bounds(text: str) -> None:
    w = weibo_weight(text)
    assert len(text) / 2 <= w <= 2 * len(text) + 1


@pytest.mark.parametrize(
    ("body_len", "length", "segments"),
    [(0, 6, 1), (64, 70, 1), (65, 71, 2), (128, 134, 2), (129, 135, 3), (154, 160, 3)],
)
def test_sms_segments_with_signature(body_len: int, length: int, segments: int) -> None:
    c = sms_count("字" * body_len, "西安交警")  # 【西安交警】 = 6 characters
    assert (c.length, c.segments) == (length, segments)


def test_sms_counts_half_and_full_width_alike() -> None:
    assert sms_count("a1,", "交警").length == sms_count("啊１，", "交警").length == 7


def test_reading_time() -> None:
    assert spoken_units("限行尾号为1和6") == 8  # 6 CJK + two digits read one by one
    assert spoken_units("尾号16") == 4
    assert reading_seconds("字" * 250, 250, pause_seconds=0) == pytest.approx(60.0)
    assert reading_seconds("字" * 250 + "。", 250, pause_seconds=0.5) == pytest.approx(60.5)
    assert reading_seconds("字" * 100, 200, pause_seconds=0) == pytest.approx(30.0)
    with pytest.raises(ValueError):
        reading_seconds("x", 0)
    assert mmss(75.4) == "1:15"
    assert mmss(9.6) == "0:10"
