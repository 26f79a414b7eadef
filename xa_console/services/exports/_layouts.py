"""Card layouts: a stacked one for square and vertical cards, a three-panel one for the cover."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from xa_console.domain.drafting.facts import DraftKind
from xa_console.services.exports._canvas import Box, Canvas, Color, Run
from xa_console.services.exports._typeset import Weight, font

if TYPE_CHECKING:
    from xa_console.services.exports.cards import CardContent

BLUE: Color = (0x1F, 0x4E, 0x8C)
NAVY: Color = (0x15, 0x38, 0x66)
INK: Color = (0x1B, 0x2A, 0x41)
MUTED: Color = (0x5B, 0x6B, 0x82)
TINT: Color = (0xEC, 0xF2, 0xF9)
PALE: Color = (0xD3, 0xE1, 0xF3)
ACCENT: Color = (0xF2, 0xA3, 0x3A)
ACCENT_TINT: Color = (0xFD, 0xF1, 0xDE)
WHITE: Color = (0xFF, 0xFF, 0xFF)
BOLD, REGULAR = Weight.BOLD, Weight.REGULAR

Block = tuple[float, Callable[[Box], object]]
_TOP = (True, True, False, False)
_RIGHT = (False, True, True, False)


def _digits(cv: Canvas, box: Box, digits: Sequence[str]) -> None:
    """Each digit on a blue plate, joined by 和, as large as the box allows."""
    h = box.h
    plate, join = h * 0.78, h * 0.46
    total = len(digits) * plate + (len(digits) - 1) * join
    if total > box.w:
        k = box.w / total
        h, plate, join, total = h * k, plate * k, join * k, box.w
    x, y = box.cx - total / 2, box.y + (box.h - h) / 2
    for i, d in enumerate(digits):
        p = Box(x, y, plate, h)
        cv.rect(p, BLUE, radius=h * 0.1, corners=_TOP)
        cv.rect(Box(p.x, p.bottom - h * 0.06, p.w, h * 0.06), ACCENT)
        cv.text(d, p.inset(plate * 0.06, h * 0.08), WHITE, weight=BOLD, size=h * 0.86)
        x += plate
        if i < len(digits) - 1:
            cv.text("和", Box(x, y, join, h), INK, weight=BOLD, size=join * 0.66)
            x += join


def _chip(cv: Canvas, box: Box, text: str, size: float, fill: Color, color: Color) -> None:
    """Text on a pill centred in ``box``."""
    pad = size * 0.9
    width = min(box.w, font(BOLD, round(size)).getlength(text) + 2 * pad)
    height = min(box.h, size * 1.9)
    pill = Box(box.cx - width / 2, box.y + (box.h - height) / 2, width, height)
    cv.rect(pill, fill, radius=height / 2)
    cv.text(text, pill.inset(pad * 0.8, size * 0.3), color, weight=BOLD, size=size)


def _rows(cv: Canvas, box: Box, rows: Sequence[tuple[str, str]], size: float) -> None:
    """Label / value rows on a tinted panel, labels in a blue column."""
    cv.rect(box, TINT, radius=size * 0.5, corners=_RIGHT)
    cv.rect(Box(box.x, box.y, size * 0.22, box.h), BLUE)
    inner = box.inset(size * 1.1, size * 0.45)
    label_w = max(len(label) for label, _ in rows) * size + size * 0.9
    for (label, value), r in zip(rows, inner.rows(*([1.0] * len(rows))), strict=True):
        cv.text(label, Box(r.x, r.y, label_w, r.h), BLUE, weight=BOLD, size=size, align="left")
        value_box = Box(r.x + label_w, r.y, r.w - label_w, r.h)
        cv.text(value, value_box, INK, size=size, align="left", max_lines=2, line_height=1.2)


def _pairs(cv: Canvas, box: Box, c: CardContent, size: float) -> None:
    """A caption over weekday → digits tiles."""
    caption, row = box.rows(1, 3.2, gap=size * 0.5)
    cv.text(c.pairs_caption, caption, MUTED, weight=BOLD, size=caption.h * 0.85)
    gap, n = size * 0.4, len(c.pairs)
    w = (row.w - gap * (n - 1)) / n
    for i, (day, digits) in enumerate(c.pairs):
        tile = Box(row.x + i * (w + gap), row.y, w, row.h)
        cv.rect(tile, TINT, radius=size * 0.4)
        top, bottom = tile.inset(size * 0.3, size * 0.55).rows(1, 1.5, gap=size * 0.15)
        cv.text(day, top, MUTED, size=size * 0.8)
        cv.text(digits, bottom, BLUE, weight=BOLD, size=size * 1.3)


def _banner(
    cv: Canvas, box: Box, runs: Sequence[Run], size: float, fill: Color, bar: Color
) -> None:
    """One line on a tinted strip with a coloured bar at its left edge."""
    cv.rect(box, fill, radius=size * 0.5, corners=_RIGHT)
    cv.rect(Box(box.x, box.y, size * 0.22, box.h), bar)
    cv.runs(runs, box.inset(size * 1.1, size * 0.3), size=size)


def _flow(body: Box, blocks: Sequence[Block], max_gap: float) -> None:
    """Stack blocks as a centred group: shrink them all if they overflow, else open the gaps."""
    need = sum(h for h, _ in blocks)
    k = min(1.0, body.h / need) if need else 1.0
    slack = body.h - need * k
    gap = min(slack / (len(blocks) + 1), max_gap)
    y = body.y + (slack - gap * (len(blocks) - 1)) / 2
    for h, paint in blocks:
        paint(Box(body.x, y, body.w, h * k))
        y += h * k + gap


def _header(cv: Canvas, c: CardContent, box: Box, u: float) -> None:
    cv.rect(box, BLUE)
    cv.rect(Box(box.x, box.bottom - u * 1.1, box.w, u * 1.1), ACCENT)
    title, date = box.inset(u * 6, u * 3).rows(1.6, 0.85, gap=u * 1.5)
    cv.text(c.title, title, WHITE, weight=BOLD, size=title.h, valign="bottom")
    cv.text(c.date_line, date, PALE, size=date.h * 0.9, valign="top")


def _footer(cv: Canvas, text: str, box: Box, u: float) -> None:
    cv.rect(box, NAVY)
    cv.text(text, box.inset(u * 6, box.h * 0.28), WHITE, size=u * 4.6)


def _main_blocks(cv: Canvas, c: CardContent, u: float, vertical: bool) -> list[Block]:
    """The centre of the card: the digits, or the headline with its reason or start date."""
    if c.digits:
        return [
            (u * 6.5, lambda b: cv.text(c.label, b, MUTED, weight=BOLD, size=b.h * 0.82)),
            (u * (38 if vertical else 24), lambda b: _digits(cv, b, c.digits)),
        ]
    blocks: list[Block] = [
        (
            u * (20 if vertical else 12.5),
            lambda b: cv.text(c.headline, b, BLUE, weight=BOLD, size=b.h),
        )
    ]
    if c.subline:
        chip_h = u * (11 if vertical else 8)
        blocks.append((chip_h, lambda b: _chip(cv, b, c.subline, b.h * 0.5, ACCENT, INK)))
    return blocks


def _detail_blocks(cv: Canvas, c: CardContent, u: float, vertical: bool) -> list[Block]:
    blocks: list[Block] = []
    size = u * (4.6 if vertical else 4.2)
    if c.rows:
        h = size * (1.9 * len(c.rows) + 0.9)
        blocks.append((h, lambda b: _rows(cv, b.inset(u * 1.5, 0), c.rows, size)))
    # secondary detail: only where the tiles stay legible (not on the 500 px thumbnail)
    if c.pairs and (vertical or not c.rows) and cv.width >= 1000:
        blocks.append(
            (u * (20 if vertical else 16), lambda b: _pairs(cv, b.inset(u * 1.5, 0), c, u * 3.6))
        )
    if c.note and (c.rows or c.digits):
        note_h = u * (4.4 if vertical else 4.0)
        blocks.append((note_h, lambda b: cv.text(c.note, b, MUTED, size=b.h * 0.9)))
    elif c.note:  # the only detail: give it the weight of a row
        note = [Run(c.note, REGULAR, INK)]
        blocks.append(
            (size * 2.3, lambda b: _banner(cv, b.inset(u * 1.5, 0), note, size, TINT, BLUE))
        )
    if c.tomorrow and (vertical or not c.rows):
        nxt = [Run("明日  ", BOLD, INK), Run(c.tomorrow, REGULAR, INK)]
        blocks.append(
            (size * 2.3, lambda b: _banner(cv, b.inset(u * 1.5, 0), nxt, size, ACCENT_TINT, ACCENT))
        )
    return blocks


def paint_stack(cv: Canvas, c: CardContent, *, vertical: bool) -> None:
    """Header, main figure, details and footer stacked on a square or 9:16 card."""
    u = cv.width / 100
    header_h = u * (30 if vertical else 21)
    footer_h = u * (14 if vertical else 10)
    _header(cv, c, Box(0, 0, cv.width, header_h), u)
    # short-video apps put their own bar at the very bottom: a navy margin keeps the issuer clear
    bottom = cv.height - (u * 9 if vertical else 0)
    _footer(cv, c.footer, Box(0, bottom - footer_h, cv.width, footer_h), u)
    if vertical:
        cv.rect(Box(0, bottom, cv.width, cv.height - bottom), NAVY)
    body = Box(u * 7, header_h + u * 1.5, cv.width - u * 14, bottom - footer_h - header_h - u * 3)
    blocks = _main_blocks(cv, c, u, vertical) + _detail_blocks(cv, c, u, vertical)
    _flow(body, blocks, max_gap=u * (9 if vertical else 4))


def _side_items(c: CardContent) -> list[tuple[str, str]]:
    items = [r for r in c.rows if not (c.digits and r[0] == "限行时间")]
    if c.tomorrow:
        items.append(("明日", c.tomorrow))
    return items[:2]


def paint_cover(cv: Canvas, c: CardContent) -> None:
    """2.35:1: the date and digits (or headline) in the central square, the rest in the wings.

    WeChat crops the same upload to 1:1 for the small cover, so everything that must be read
    at a glance stays inside the middle ``height × height`` square.
    """
    w, h = cv.width, cv.height
    cv.rect(Box(0, 0, w, h), BLUE)
    # whole pixels, so the 1:1 crop of the middle shows no sliver of the blue wings
    x0, x1 = (w - h) // 2, (w + h + 1) // 2
    centre = Box(x0, 0, x1 - x0, h)
    cv.rect(centre, WHITE)
    cv.rect(Box(centre.x, 0, centre.w, h * 0.025), ACCENT)
    u = h / 100
    left = Box(u * 6, u * 8, centre.x - u * 12, h - u * 16)
    title, footer = left.rows(2.2, 1, gap=u * 8)
    cv.text(
        c.title, title, WHITE, weight=BOLD, size=u * 15, max_lines=2, valign="bottom", align="left"
    )
    cv.rect(Box(title.x, title.bottom + u * 3.5, u * 12, u * 1.2), ACCENT)
    cv.text(c.footer, footer, PALE, size=u * 6, max_lines=2, valign="top", align="left")
    _cover_centre(cv, c, centre.inset(u * 7, u * 8), u)
    right = Box(centre.right + u * 6, u * 8, w - centre.right - u * 12, h - u * 16)
    slot_h, gap = (right.h - u * 6) / 2, u * 6
    items = _side_items(c)
    y = right.y + (right.h - len(items) * slot_h - (len(items) - 1) * gap) / 2
    for i, (label, value) in enumerate(items):
        slot = Box(right.x, y + i * (slot_h + gap), right.w, slot_h)
        top, rest = slot.rows(1, 2.4, gap=u * 1.5)
        cv.text(label, top, ACCENT, weight=BOLD, size=u * 8, align="left", valign="bottom")
        cv.text(value, rest, WHITE, size=u * 7, align="left", valign="top", max_lines=3)


def _cover_centre(cv: Canvas, c: CardContent, box: Box, u: float) -> None:
    if c.digits:
        date, label, digits, hours = box.rows(1.2, 0.9, 4.6, 1.0, gap=u * 3)
        cv.text(c.date_line, date, INK, weight=BOLD, size=date.h)
        cv.text(c.label, label, MUTED, weight=BOLD, size=label.h * 0.95)
        _digits(cv, digits, c.digits)
        hours_text = next((v for k, v in c.rows if k == "限行时间"), "")
        if hours_text:
            runs = [Run("限行时间  ", BOLD, BLUE), Run(hours_text, REGULAR, INK)]
            cv.runs(runs, hours, size=hours.h)
        return
    daily = c.kind is DraftKind.DAILY
    top_text = c.date_line if daily else c.subline
    chip_text = c.subline if daily else c.note
    date, headline, chip = box.rows(1.1, 3.4, 1.6, gap=u * 5)
    cv.text(top_text, date, INK, weight=BOLD, size=date.h)
    cv.text(c.headline, headline, BLUE, weight=BOLD, size=headline.h)
    if len(chip_text) > 12:  # a sentence, not a tag: set it as text rather than squeeze a pill
        cv.text(chip_text, chip, INK, size=chip.h * 0.42, max_lines=2, line_height=1.25)
    elif chip_text:
        _chip(cv, chip, chip_text, chip.h * 0.5, ACCENT, INK)
