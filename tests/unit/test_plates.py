"""Plates: parsing, normalisation, the letter rule, and plate_status on Xi'an's shipped rules."""

from __future__ import annotations

import dataclasses
from datetime import date, datetime, time

import pytest

from xa_console.domain.engine import PlateReason, RuleBook
from xa_console.domain.errors import DomainError
from xa_console.domain.plates import parse_plate
from xa_console.domain.rules import LetterTail

LAST = LetterTail.LAST_DIGIT_ON_PLATE
ZERO = LetterTail.AS_ZERO


@pytest.mark.parametrize(
    ("text", "rule", "tail"),
    [
        ("陕A·12B3C", LAST, 3),  # letter → last digit on the plate (§3.1)
        ("陕A·1234X", LAST, 4),
        ("京N·1234A", ZERO, 0),  # Beijing: a trailing letter counts as 0
        ("京N·1234A", LAST, 4),  # the same plate under Xi'an's rule
        ("京N·12A45", ZERO, 5),  # AS_ZERO only concerns a trailing letter
        ("陕A12345", LAST, 5),
        ("陕AD12345", LAST, 5),
        ("陕A12345D", LAST, 5),
        ("陕A12345D", ZERO, 0),
        ("临陕A1234X", LAST, 4),
        ("陕A1239警", LAST, 9),
    ],
)
def test_tail_digit(text: str, rule: LetterTail, tail: int) -> None:
    assert parse_plate(text).tail_digit(rule) == tail


@pytest.mark.parametrize(
    "text",
    [
        "陕A·12B3C",
        "陕A 12B3C",
        " 陕A12B3C ",
        "陕a12b3c",
        "陕A.12B3C",
        "陕A-12B3C",
        "陕A•12B3C",
        "陕A・12B3C",
        "陕Ａ１２Ｂ３Ｃ",  # full-width letters and digits
        "陕Ａ　12b3c",  # ideographic space
        "陕A．12B3C",  # full-width full stop
    ],
)
def test_normalisation(text: str) -> None:
    p = parse_plate(text)
    assert (p.text, p.prefix, p.serial, p.temporary) == ("陕A12B3C", "陕A", "12B3C", False)


@pytest.mark.parametrize(
    ("text", "nev"),
    [("陕AD12345", True), ("陕A12345D", True), ("陕AF1234", False), ("陕A12345", False)],
)
def test_nev_plates_have_six_character_serials(text: str, nev: bool) -> None:
    assert parse_plate(text).is_nev is nev


@pytest.mark.parametrize("text", ["临陕A1234X", "陕A1234X临", "临时陕A1234X", "临 陕A·1234X"])
def test_temporary_plates(text: str) -> None:
    p = parse_plate(text)
    assert (p.temporary, p.prefix, p.serial) == (True, "陕A", "1234X")


@pytest.mark.parametrize("text", ["使123456", "123456使", "使·123·456"])
def test_embassy_plates(text: str) -> None:
    p = parse_plate(text)
    assert (p.is_embassy, p.province, p.serial) == (True, "使", "123456")
    assert not p.is_nev  # six digits, but not a green plate


@pytest.mark.parametrize(
    ("text", "suffix", "police", "embassy"),
    [
        ("陕A·1234警", "警", True, False),
        ("沪A·1234领", "领", False, True),
        ("粤Z·1234港", "港", False, False),
        ("陕A·1234学", "学", False, False),
        ("陕A·1234挂", "挂", False, False),
    ],
)
def test_plates_with_a_suffix_character(
    text: str, suffix: str, police: bool, embassy: bool
) -> None:
    p = parse_plate(text)
    assert (p.serial, p.suffix, p.is_police, p.is_embassy, p.is_nev) == (
        "1234",
        suffix,
        police,
        embassy,
        False,
    )


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("", "plate.empty"),
        ("   ", "plate.empty"),
        ("临", "plate.empty"),
        ("ABC", "plate.malformed"),
        ("陕A", "plate.malformed"),
        ("陕A12", "plate.malformed"),
        ("陕A123警", "plate.malformed"),
        ("粤Z1234567", "plate.malformed"),
        ("陕AABCDE", "plate.malformed"),  # no digit at all
        ("X A12345", "plate.malformed"),  # not a province
        ("陕112345", "plate.malformed"),  # no authority letter
        ("使12345", "plate.malformed"),
    ],
)
def test_malformed_plates(text: str, code: str) -> None:
    with pytest.raises(DomainError) as e:
        parse_plate(text)
    assert [(i.code, i.field) for i in e.value.issues] == [(code, "plate")]


def test_malformed_plate_keeps_what_was_typed() -> None:
    with pytest.raises(DomainError) as e:
        parse_plate("陕A12")
    assert e.value.issues[0].params == {"plate": "陕A12"}


# ---- plate_status on the shipped Xi'an rules --------------------------------------------------

WED = date(2026, 3, 4)  # an ordinary Wednesday: 3和8


def _at(day: date, hh: int, mm: int = 0) -> datetime:
    return datetime.combine(day, time(hh, mm))


@pytest.mark.parametrize(
    ("plate", "hh", "mm", "reason", "today"),
    [
        ("陕A·12B3C", 8, 0, PlateReason.RESTRICTED, True),
        ("陕A·12B3C", 7, 0, PlateReason.RESTRICTED, True),
        ("陕A·12B3C", 6, 59, PlateReason.OUTSIDE_HOURS, True),
        ("陕A·12B3C", 19, 59, PlateReason.RESTRICTED, True),
        ("陕A·12B3C", 20, 0, PlateReason.OUTSIDE_HOURS, True),  # the window end is exclusive
        ("陕A·12348", 12, 0, PlateReason.RESTRICTED, True),
        ("陕AD12343", 12, 0, PlateReason.EXEMPT_NEV, False),
        ("陕A12343D", 12, 0, PlateReason.EXEMPT_NEV, False),
        ("临陕A1233X", 12, 0, PlateReason.RESTRICTED, True),  # temporary plates included
        ("京N·12343", 12, 0, PlateReason.RESTRICTED, True),  # non-local: same rule
        ("使123453", 12, 0, PlateReason.EXEMPT_SPECIAL, False),
        ("陕A1233警", 12, 0, PlateReason.EXEMPT_SPECIAL, False),
        ("陕A·12345", 12, 0, PlateReason.DIGIT_FREE, False),
        ("陕A·1234X", 12, 0, PlateReason.DIGIT_FREE, False),  # tail 4
    ],
)
def test_plate_status_on_a_wednesday(
    xian_book: RuleBook, plate: str, hh: int, mm: int, reason: PlateReason, today: bool
) -> None:
    ps = xian_book.plate_status(plate, _at(WED, hh, mm))
    assert ps.day.digits == (3, 8)
    assert (ps.reason, ps.restricted_today, ps.restricted_now) == (
        reason,
        today,
        reason is PlateReason.RESTRICTED,
    )


def test_plate_status_reports_the_tail(xian_book: RuleBook) -> None:
    assert xian_book.plate_status("陕A·12B3C", _at(WED, 9)).tail_digit == 3
    assert xian_book.plate_status("陕A·1234X", _at(WED, 9)).tail_digit == 4


@pytest.mark.parametrize(
    "day",
    [date(2022, 12, 21), date(2026, 1, 4), date(2026, 2, 23), date(2026, 3, 7), date(2026, 11, 9)],
)
def test_plate_free_when_the_day_is_free(xian_book: RuleBook, day: date) -> None:
    ps = xian_book.plate_status("陕A·12B3C", _at(day, 9))
    assert (ps.reason, ps.restricted_today, ps.restricted_now) == (
        PlateReason.DAY_FREE,
        False,
        False,
    )


def test_nev_exemption_depends_on_the_rule_set(xian_book: RuleBook) -> None:
    """Without the NEV_PLATE exemption a green plate is judged by its tail digit."""
    notices = []
    for n in xian_book.notices:
        rs = n.rule_set
        if rs is not None:
            kept = tuple(e for e in rs.exemptions if e.code != "NEV_PLATE")
            n = dataclasses.replace(n, rule_set=dataclasses.replace(rs, exemptions=kept))
        notices.append(n)
    book = RuleBook(xian_book.city, notices, xian_book.calendar)
    assert book.plate_status("陕AD12343", _at(WED, 9)).reason is PlateReason.RESTRICTED
    assert book.plate_status("陕AD12345", _at(WED, 9)).reason is PlateReason.DIGIT_FREE


def test_temporary_plates_can_be_left_out(xian_book: RuleBook) -> None:
    notices = [
        dataclasses.replace(
            n,
            rule_set=dataclasses.replace(
                n.rule_set,
                plate_rule=dataclasses.replace(n.rule_set.plate_rule, include_temporary=False),
            ),
        )
        if n.rule_set is not None
        else n
        for n in xian_book.notices
    ]
    book = RuleBook(xian_book.city, notices, xian_book.calendar)
    assert book.plate_status("临陕A1233X", _at(WED, 9)).reason is PlateReason.OUT_OF_SCOPE
    assert book.plate_status("陕A1233X", _at(WED, 9)).reason is PlateReason.RESTRICTED


def test_malformed_plate_raises_from_plate_status(xian_book: RuleBook) -> None:
    with pytest.raises(DomainError) as e:
        xian_book.plate_status("陕A12", _at(WED, 9))
    assert e.value.code == "plate.malformed"
