"""Bundled-font loading, CJK line wrapping and shrink-to-fit; never a system font."""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum
from functools import lru_cache
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

FONT_DIR = Path(__file__).resolve().parents[3] / "resources" / "fonts"
# Noto CJK's ideographic em box runs from -0.12 to 0.88 of the size around the baseline.
EM_ASCENT = 0.88
MIN_SIZE = 6

# Runs of Latin letters, digits and time punctuation wrap as one unit ("7:00-20:00").
_TOKEN = re.compile(r"[A-Za-z0-9:.\-/~@]+|\s+|.", re.DOTALL)
# Characters that must not start a line (Chinese line-breaking rules, 禁则).
_NO_START = set("，。、；：？！）》」』】〕”’…—·,.;:?!)%")
_NO_END = set("（《「『【〔“‘(")


class Weight(StrEnum):
    """The two bundled faces of Noto Sans CJK SC."""

    REGULAR = "Regular"
    BOLD = "Bold"


@lru_cache(maxsize=512)
def font(weight: Weight, size: int) -> ImageFont.FreeTypeFont:
    """The bundled face at ``size`` px (cached; FreeType opens the OTF/CFF file directly)."""
    path = FONT_DIR / f"NotoSansSC-{weight.value}.otf"
    return ImageFont.truetype(str(path), size, layout_engine=ImageFont.Layout.BASIC)


@dataclass(frozen=True)
class Fitted:
    """Text set in a font: its lines and the vertical pitch between baselines."""

    font: ImageFont.FreeTypeFont
    lines: tuple[str, ...]
    pitch: float

    @property
    def size(self) -> int:
        """The font size in px."""
        return int(self.font.size)

    @property
    def height(self) -> float:
        """Height of the block of em boxes."""
        return self.size + self.pitch * (len(self.lines) - 1)

    @property
    def width(self) -> float:
        """Advance width of the longest line."""
        return max((self.font.getlength(ln) for ln in self.lines), default=0.0)


def _tokens(text: str) -> list[str]:
    return _TOKEN.findall(text)


def _greedy(text: str, f: ImageFont.FreeTypeFont, width: float) -> list[str]:
    lines: list[list[str]] = [[]]
    for tok in _tokens(text):
        line = lines[-1]
        if not line or f.getlength("".join(line) + tok) <= width:
            if line or not tok.isspace():
                line.append(tok)
            continue
        carry: list[str] = []
        # keep closing punctuation with the word before it, opening punctuation with the next
        if tok[0] in _NO_START and len(line) > 1:
            carry.append(line.pop())
        while len(line) > 1 and line[-1] and line[-1][-1] in _NO_END:
            carry.insert(0, line.pop())
        lines.append([*carry, *([] if tok.isspace() else [tok])])
    return ["".join(ln).strip() for ln in lines if "".join(ln).strip()]


def wrap(text: str, f: ImageFont.FreeTypeFont, width: float) -> list[str]:
    """Lines of ``text`` no wider than ``width`` where possible, balanced in length.

    Greedy wrapping leaves a lone character on the last line; the narrowest width that still
    needs the same number of lines spreads the text evenly instead.
    """
    greedy = _greedy(text, f, width)
    if len(greedy) < 2:
        return greedy
    lo, hi = width / len(greedy), width
    best = greedy
    for _ in range(12):
        mid = (lo + hi) / 2
        trial = _greedy(text, f, mid)
        if len(trial) <= len(greedy) and all(f.getlength(ln) <= mid for ln in trial):
            best, hi = trial, mid
        else:
            lo = mid
    return best


def fit(
    text: str,
    weight: Weight,
    width: float,
    height: float,
    *,
    max_size: int,
    max_lines: int = 1,
    line_height: float = 1.3,
) -> Fitted:
    """The largest size (≤ ``max_size``) at which ``text`` fits the box in ≤ ``max_lines``.

    Shrinks rather than clips: at the smallest size the text is wrapped onto as many lines as
    it needs, which the caller's box height then bounds.
    """
    top = max(int(max_size), MIN_SIZE)
    if max_lines > 1:
        # one line at a slightly smaller size reads better than a wrapped one
        single = _shrink(text, weight, width, height, top, 1, line_height, floor=top * 0.8)
        if single is not None:
            return single
    fitted = _shrink(text, weight, width, height, top, max_lines, line_height, floor=MIN_SIZE)
    assert fitted is not None  # the floor size is always returned
    return fitted


def _shrink(
    text: str,
    weight: Weight,
    width: float,
    height: float,
    size: int,
    max_lines: int,
    line_height: float,
    *,
    floor: float,
) -> Fitted | None:
    while True:
        f = font(weight, size)
        lines = tuple(wrap(text, f, width)) if max_lines > 1 else (text,)
        fitted = Fitted(f, lines, size * line_height)
        fits_w = all(f.getlength(ln) <= width for ln in lines)
        if fits_w and len(lines) <= max_lines and fitted.height <= height:
            return fitted
        if size <= floor:
            return fitted if floor <= MIN_SIZE else None
        size = max(MIN_SIZE, min(size - 1, int(size * 0.97)))


@lru_cache(maxsize=4096)
def _glyph_bytes(weight: Weight, ch: str) -> bytes:
    f = font(weight, 32)
    img = Image.new("L", (64, 64), 0)
    ImageDraw.Draw(img).text((16, 8), ch, font=f, fill=255)
    return img.tobytes()


def missing_glyphs(text: str, weight: Weight = Weight.REGULAR) -> str:
    """Characters of ``text`` the bundled face cannot draw (they would come out as blanks).

    The subset's ``.notdef`` glyph is what an unmapped code point renders as; a visible
    character whose rendering equals it, or renders nothing, is missing.
    """
    notdef = _glyph_bytes(weight, "\ue000")
    out: dict[str, None] = {}
    for ch in text:
        if ch.isspace():
            continue
        drawn = _glyph_bytes(weight, ch)
        if drawn == notdef or not any(drawn):
            out[ch] = None
    return "".join(out)
