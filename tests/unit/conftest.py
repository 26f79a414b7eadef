"""Fixtures for the domain tests: the seeded holiday calendar and rule files (no Qt, no DB)."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from xa_console.domain.calendar import HolidayCalendar, HolidayYear
from xa_console.domain.engine import RuleBook
from xa_console.domain.rulefile import RuleFile, read_rule_file
from xa_console.services.holidays import chinesecalendar_plans

ROOT = Path(__file__).resolve().parents[2]
XIAN_RULES = ROOT / "resources" / "rules" / "xian.json"
CITY_DATA = ROOT / "tests" / "data" / "cities"


def load_rule_file(path: Path) -> RuleFile:
    """Parse a ``xa-console-rules/1`` document from disk."""
    return read_rule_file(json.loads(path.read_text(encoding="utf-8")))


@pytest.fixture(scope="session")
def cc_plans() -> list[HolidayYear]:
    """Year plans seeded from chinesecalendar (2004–2026), as the app seeds its table."""
    return chinesecalendar_plans()


@pytest.fixture(scope="session")
def cc_calendar(cc_plans: list[HolidayYear]) -> HolidayCalendar:
    """The holiday calendar built from the seeded plans."""
    return HolidayCalendar(cc_plans)


@pytest.fixture(scope="session")
def xian_file() -> RuleFile:
    """The shipped Xi'an rules file."""
    return load_rule_file(XIAN_RULES)


@pytest.fixture(scope="session")
def xian_book(xian_file: RuleFile, cc_calendar: HolidayCalendar) -> RuleBook:
    """Xi'an's shipped notices over the chinesecalendar holiday table."""
    return RuleBook(xian_file.city, xian_file.notices, cc_calendar)


@pytest.fixture(scope="session")
def city_file() -> Callable[[str], RuleFile]:
    """Loader for the test rule files in ``tests/data/cities`` (by file stem)."""
    return lambda name: load_rule_file(CITY_DATA / f"{name}.json")
