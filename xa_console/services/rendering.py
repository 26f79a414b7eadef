"""Render channel variants from templates in Jinja2's immutable sandbox.

Templates live in ``resources/templates/<kind>/<channel>.j2``; each field of the channel is a
``{% block <field> %}``. Officers' edits are stored as overrides and win over the shipped files.
A broken template yields a :class:`Problem` with the line and the reason, never an exception.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from jinja2 import (
    ChoiceLoader,
    DictLoader,
    FileSystemLoader,
    StrictUndefined,
    TemplateError,
    TemplateNotFound,
    TemplateSyntaxError,
    UndefinedError,
)
from jinja2.exceptions import SecurityError
from jinja2.sandbox import ImmutableSandboxedEnvironment

from xa_console.domain.channels.spec import ChannelSpec
from xa_console.domain.channels.validate import Problem, Variant

TEMPLATES = Path(__file__).resolve().parent.parent.parent / "resources" / "templates"
MAX_OUTPUT = 100_000
MAX_SOURCE = 50_000
_BLANKS = re.compile(r"\n{3,}")


MAX_ITERATIONS = 100_000  # range() items per render, all loops together
MAX_POWER = 64
_BUDGET = threading.local()


def _budgeted_range(*args: int) -> range:
    """``range`` that draws from one budget per render, so nested loops cannot spin for hours."""
    r = range(*args)
    left = getattr(_BUDGET, "left", MAX_ITERATIONS) - len(r)
    if left < 0:
        raise SecurityError(f"loops exceed {MAX_ITERATIONS} iterations in one render")
    _BUDGET.left = left
    return r


class BudgetedEnvironment(ImmutableSandboxedEnvironment):
    """The immutable sandbox plus limits on CPU bombs: loop budget, huge powers and repeats."""

    intercepted_binops = frozenset({"*", "**"})

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.globals["range"] = _budgeted_range

    def call_binop(self, context: Any, operator: str, left: Any, right: Any) -> Any:
        """Refuse ``x ** big`` and sequence repeats that would exceed the output cap."""
        if operator == "**" and isinstance(right, int) and abs(right) > MAX_POWER:
            raise SecurityError(f"exponent {right} is too large")
        if operator == "*":
            seq, n = (left, right) if isinstance(right, int) else (right, left)
            if (
                isinstance(seq, str | list | tuple)
                and isinstance(n, int)
                and len(seq) * n > MAX_OUTPUT
            ):
                raise SecurityError("repeated sequence exceeds the output limit")
        return super().call_binop(context, operator, left, right)


def template_name(kind: str, channel: str) -> str:
    """``daily/weibo.j2``."""
    return f"{kind}/{channel}.j2"


@dataclass(frozen=True)
class Rendered:
    """A rendered variant, or the problems that stopped it."""

    variant: Variant
    problems: tuple[Problem, ...] = ()


def _collect(chunks: Iterable[str], limit: int) -> str | None:
    """Join a block's output, or None as soon as it passes ``limit`` (stops runaway loops early)."""
    parts: list[str] = []
    size = 0
    for chunk in chunks:
        size += len(chunk)
        if size > limit:
            return None
        parts.append(chunk)
    return "".join(parts)


def _clean(text: str) -> str:
    lines = [ln.rstrip() for ln in text.strip().splitlines()]
    return _BLANKS.sub("\n\n", "\n".join(lines))


class TemplateRenderer:
    """Compiles and caches templates; ``overrides`` maps template names to edited sources."""

    def __init__(self, overrides: Mapping[str, str] | None = None, root: Path = TEMPLATES) -> None:
        self.root = root
        self.overrides = dict(overrides or {})
        self.env = self._make_env(self.overrides)

    def _make_env(self, overrides: Mapping[str, str]) -> ImmutableSandboxedEnvironment:
        loader = ChoiceLoader([DictLoader(dict(overrides)), FileSystemLoader(str(self.root))])
        return BudgetedEnvironment(
            loader=loader,
            undefined=StrictUndefined,
            autoescape=False,
            trim_blocks=True,
            lstrip_blocks=True,
            keep_trailing_newline=False,
            auto_reload=False,
        )

    def with_override(self, name: str, source: str) -> TemplateRenderer:
        """A renderer that uses ``source`` for ``name`` (live preview of an unsaved edit)."""
        return TemplateRenderer({**self.overrides, name: source}, self.root)

    def source(self, name: str) -> str:
        """The effective source of a template (override or shipped file)."""
        if name in self.overrides:
            return self.overrides[name]
        return (self.root / name).read_text(encoding="utf-8")

    def render(self, kind: str, spec: ChannelSpec, context: dict[str, Any]) -> Rendered:
        """Render every field block of the channel's template for this kind."""
        name = template_name(kind, spec.id)
        fields: dict[str, str] = {}
        _BUDGET.left = MAX_ITERATIONS
        try:
            if len(self.source(name)) > MAX_SOURCE:
                return self._fail(spec, name, "template.too_large_source", {"max": MAX_SOURCE})
            tmpl = self.env.get_template(name)
            ctx = tmpl.new_context(context)
            # Top-level imports and sets run first; this pass also renders every block (output
            # dropped), so it is capped like the blocks themselves.
            root_cap = 2 * MAX_OUTPUT * max(1, len(tmpl.blocks))
            if _collect(tmpl.root_render_func(ctx), root_cap) is None:
                return self._fail(spec, name, "template.too_large_output", {"max": MAX_OUTPUT})
            for f in spec.fields:
                block = tmpl.blocks.get(f.name)
                if block is None:
                    continue
                raw = _collect(block(ctx), 2 * MAX_OUTPUT)
                text = _clean(raw) if raw is not None else ""
                if raw is None or len(text) > MAX_OUTPUT:
                    return self._fail(
                        spec, name, "template.too_large_output", {"max": MAX_OUTPUT}, f.name
                    )
                fields[f.name] = text
        except (TemplateNotFound, FileNotFoundError):
            return self._fail(spec, name, "template.missing", {})
        except TemplateSyntaxError as e:
            return self._fail(
                spec, e.name or name, "template.syntax", {"line": e.lineno, "reason": e.message}
            )
        except SecurityError as e:
            return self._fail(spec, name, "template.security", {"reason": str(e)})
        except UndefinedError as e:
            where, line = _where(e, name)
            return self._fail(
                spec, where, "template.undefined", {"reason": e.message, "line": line}
            )
        except (TemplateError, TypeError, ValueError, ArithmeticError) as e:
            where, line = _where(e, name)
            return self._fail(spec, where, "template.error", {"reason": str(e), "line": line})
        return Rendered(Variant(spec.id, fields))

    @staticmethod
    def _fail(
        spec: ChannelSpec, name: str, code: str, params: dict[str, Any], field: str = ""
    ) -> Rendered:
        problem = Problem(code, spec.id, field or "template", params={"template": name, **params})
        return Rendered(Variant(spec.id, {}), (problem,))


def _where(exc: BaseException, name: str) -> tuple[str, int | str]:
    """Template file and line of the innermost template frame of a runtime error."""
    tb = exc.__traceback__
    where: tuple[str, int | str] = (name, "?")
    while tb is not None:
        tmpl = tb.tb_frame.f_globals.get("__jinja_template__")
        if tmpl is not None:
            where = (tmpl.name or name, tmpl.get_corresponding_lineno(tb.tb_lineno))
        tb = tb.tb_next
    return where
