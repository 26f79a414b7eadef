"""Licence plates: normalise, validate, classify (NEV, temporary, embassy), find the tail digit."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from xa_console.domain.errors import fail
from xa_console.domain.rules import LetterTail

PROVINCES = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼"
_SUFFIXES = "挂学警港澳领试超"
_SEPARATORS = re.compile(r"[\s·•・.\-_]")
# A suffix (警, 学, 领, 港, ...) takes the place of the fifth serial character: 陕A·1234警.
_PLATE = re.compile(
    rf"^(?P<province>[{PROVINCES}])(?P<authority>[A-Z])"
    rf"(?:(?P<serial>[A-Z0-9]{{5,6}})|(?P<short>[A-Z0-9]{{4,5}})(?P<suffix>[{_SUFFIXES}]))$"
)
_EMBASSY = re.compile(r"^(?:使(?P<a>\d{6})|(?P<b>\d{6})使)$")


@dataclass(frozen=True)
class Plate:
    """A parsed plate; ``serial`` is what follows the province and issuing-authority letter."""

    text: str
    province: str
    authority: str
    serial: str
    suffix: str = ""
    temporary: bool = False

    @property
    def prefix(self) -> str:
        """Province and authority, e.g. ``陕A`` (used for local/non-local checks)."""
        return self.province + self.authority

    @property
    def is_nev(self) -> bool:
        """Green new-energy plates have a six-character serial (embassy plates are not NEVs)."""
        return len(self.serial) == 6 and not self.is_embassy

    @property
    def is_embassy(self) -> bool:
        """Embassy (使) and consulate (领) plates."""
        return self.province == "使" or self.suffix == "领"

    @property
    def is_police(self) -> bool:
        """Police plates end in 警."""
        return self.suffix == "警"

    def tail_digit(self, rule: LetterTail) -> int:
        """The digit the restriction looks at, by the city's letter rule."""
        if rule is LetterTail.AS_ZERO and self.serial[-1].isalpha():
            return 0
        for ch in reversed(self.serial):
            if ch.isdigit():
                return int(ch)
        raise fail("plate.no_digit", "plate", plate=self.text)


def parse_plate(text: str) -> Plate:
    """Parse a plate such as ``陕A·12B3C``, ``陕AD12345``, ``临陕A1234X`` or ``使123456``.

    Raises :class:`DomainError` with code ``plate.malformed`` naming the field ``plate``.
    """
    raw = unicodedata.normalize("NFKC", text or "")
    cleaned = _SEPARATORS.sub("", raw).upper()
    temporary = False
    for mark in ("临时", "临"):
        if cleaned.startswith(mark) or cleaned.endswith(mark):
            temporary = True
            cleaned = cleaned.removeprefix(mark).removesuffix(mark)
            break
    if not cleaned:
        raise fail("plate.empty", "plate")
    m = _EMBASSY.match(cleaned)
    if m:
        serial = m.group("a") or m.group("b")
        return Plate(cleaned, "使", "", serial, temporary=temporary)
    m = _PLATE.match(cleaned)
    serial = (m.group("serial") or m.group("short")) if m else ""
    if not m or not any(c.isdigit() for c in serial):
        raise fail("plate.malformed", "plate", plate=text)
    return Plate(
        text=cleaned,
        province=m.group("province"),
        authority=m.group("authority"),
        serial=serial,
        suffix=m.group("suffix") or "",
        temporary=temporary,
    )
