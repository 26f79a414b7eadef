"""A supersampled drawing surface that fits text into boxes and records what it drew."""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from PIL import Image, ImageDraw

from xa_console.services.exports._typeset import EM_ASCENT, Fitted, Weight, fit, font

Color = tuple[int, int, int]
Align = Literal["left", "center", "right"]
VAlign = Literal["top", "middle", "bottom"]
SCALE = 2  # drawn at 2x and reduced: smooth edges on shapes Pillow does not antialias


@dataclass(frozen=True)
class Box:
    """A rectangle in output pixels."""

    x: float
    y: float
    w: float
    h: float

    @property
    def right(self) -> float:
        """Right edge."""
        return self.x + self.w

    @property
    def bottom(self) -> float:
        """Bottom edge."""
        return self.y + self.h

    @property
    def cx(self) -> float:
        """Horizontal centre."""
        return self.x + self.w / 2

    def inset(self, dx: float, dy: float | None = None) -> Box:
        """The box shrunk by ``dx`` left and right, ``dy`` top and bottom."""
        dy = dx if dy is None else dy
        return Box(self.x + dx, self.y + dy, self.w - 2 * dx, self.h - 2 * dy)

    def rows(self, *weights: float, gap: float = 0) -> list[Box]:
        """The box cut into horizontal bands proportional to ``weights``."""
        free = self.h - gap * (len(weights) - 1)
        out, y = [], self.y
        for w in weights:
            h = free * w / sum(weights)
            out.append(Box(self.x, y, self.w, h))
            y += h + gap
        return out


@dataclass(frozen=True)
class Drawn:
    """A string the canvas drew, with its box and the ink bounds (output pixels)."""

    text: str
    weight: Weight
    box: Box
    ink: tuple[float, float, float, float]


@dataclass(frozen=True)
class Run:
    """A piece of a one-line mixed-style text."""

    text: str
    weight: Weight
    color: Color
    scale: float = 1.0  # relative to the line's size


class Canvas:
    """An RGB card drawn at :data:`SCALE` times its size; :meth:`png` reduces and encodes it."""

    def __init__(self, width: int, height: int, background: Color) -> None:
        self.width, self.height = width, height
        self.image = Image.new("RGB", (width * SCALE, height * SCALE), background)
        self.draw = ImageDraw.Draw(self.image)
        self.drawn: list[Drawn] = []

    def rect(
        self,
        box: Box,
        fill: Color,
        radius: float = 0,
        corners: tuple[bool, bool, bool, bool] = (True, True, True, True),
    ) -> None:
        """A filled rectangle; ``corners`` (tl, tr, br, bl) says which ones ``radius`` rounds."""
        xy = [round(v * SCALE) for v in (box.x, box.y, box.right, box.bottom)]
        self.draw.rounded_rectangle(xy, radius=round(radius * SCALE), fill=fill, corners=corners)

    def text(
        self,
        text: str,
        box: Box,
        color: Color,
        *,
        weight: Weight = Weight.REGULAR,
        size: float,
        align: Align = "center",
        valign: VAlign = "middle",
        max_lines: int = 1,
        line_height: float = 1.3,
    ) -> Box:
        """Set ``text`` as large as ``size`` allows inside ``box``; returns the em-box block."""
        if not text:
            return Box(box.x, box.y, box.w, 0)
        s = SCALE
        fitted = fit(
            text,
            weight,
            box.w * s,
            box.h * s,
            max_size=round(size * s),
            max_lines=max_lines,
            line_height=line_height,
        )
        top = self._top(box, fitted.height / s, valign)
        for i, line in enumerate(fitted.lines):
            y = top + i * fitted.pitch / s
            x = self._left(box, fitted.font.getlength(line) / s, align)
            self._put(line, weight, fitted, x, y, color, box)
        return Box(box.x, top, box.w, fitted.height / s)

    def runs(self, runs: Sequence[Run], box: Box, *, size: float, align: Align = "center") -> float:
        """One line of mixed styles at a common size that fits ``box``; returns that size."""
        s = SCALE
        target = round(size * s)
        while True:
            fonts = [font(r.weight, max(1, round(target * r.scale))) for r in runs]
            width = sum(f.getlength(r.text) for f, r in zip(fonts, runs, strict=True))
            if (width <= box.w * s and target <= box.h * s) or target <= 8:
                break
            target = min(target - 1, int(target * 0.97))
        x = self._left(box, width / s, align)
        top = self._top(box, target / s, "middle")
        for f, r in zip(fonts, runs, strict=True):
            # share one baseline: smaller runs sit on the line of the largest
            y = top + (target - f.size) * EM_ASCENT / s
            fitted = Fitted(f, (r.text,), 0)
            self._put(r.text, r.weight, fitted, x, y, r.color, box)
            x += f.getlength(r.text) / s
        return target / s

    def _put(
        self, line: str, weight: Weight, fitted: Fitted, x: float, y: float, color: Color, box: Box
    ) -> None:
        s = SCALE
        xy = (round(x * s), round(y * s + fitted.size * EM_ASCENT))
        self.draw.text(xy, line, font=fitted.font, fill=color, anchor="ls")
        ink = self.draw.textbbox(xy, line, font=fitted.font, anchor="ls")
        self.drawn.append(Drawn(line, weight, box, tuple(v / s for v in ink)))  # type: ignore[arg-type]

    @staticmethod
    def _left(box: Box, width: float, align: Align) -> float:
        if align == "left":
            return box.x
        if align == "right":
            return box.right - width
        return box.x + (box.w - width) / 2

    @staticmethod
    def _top(box: Box, height: float, valign: VAlign) -> float:
        if valign == "top":
            return box.y
        if valign == "bottom":
            return box.bottom - height
        return box.y + (box.h - height) / 2

    def png(self) -> bytes:
        """The card at its real size as PNG bytes (no metadata chunks: deterministic)."""
        out = self.image.resize((self.width, self.height), Image.Resampling.LANCZOS)
        buf = io.BytesIO()
        out.save(buf, format="PNG", optimize=False, compress_level=9)
        return buf.getvalue()
