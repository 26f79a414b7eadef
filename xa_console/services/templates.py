"""Notice templates: shipped files plus officers' overrides kept in the database."""

from __future__ import annotations

import threading

from jinja2 import TemplateSyntaxError
from sqlalchemy import select

from xa_console.db.database import Database
from xa_console.db.models import TemplateOverrideRow
from xa_console.domain.errors import fail
from xa_console.services.changes import Changes
from xa_console.services.rendering import MAX_SOURCE, TEMPLATES, TemplateRenderer


class TemplateService:
    """Lists templates, saves checked overrides, and hands out a cached renderer."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self._lock = threading.Lock()
        self._cached: tuple[tuple[object, ...], TemplateRenderer] | None = None

    def names(self) -> list[str]:
        """Every shipped template name (``daily/weibo.j2``, ``_formal.j2`` …)."""
        return sorted(p.relative_to(TEMPLATES).as_posix() for p in TEMPLATES.rglob("*.j2"))

    def overrides(self) -> dict[str, str]:
        """Edited templates by name."""
        with self.db.read() as s:
            return {r.name: r.source for r in s.scalars(select(TemplateOverrideRow))}

    def renderer(self) -> TemplateRenderer:
        """A renderer with the current overrides (rebuilt only when they change)."""
        with self.db.read() as s:
            rows = s.execute(select(TemplateOverrideRow.name, TemplateOverrideRow.source))
            # by content, not timestamps: two saves within one second must not be missed
            sig = tuple(sorted((name, hash(src)) for name, src in rows))
        with self._lock:
            if self._cached is None or self._cached[0] != sig:
                self._cached = (sig, TemplateRenderer(self.overrides()))
            return self._cached[1]

    def check(self, name: str, source: str) -> None:
        """Raise ``template.syntax`` (with line and reason) when the source does not compile."""
        if len(source) > MAX_SOURCE:
            raise fail("template.too_large_source", name, max=MAX_SOURCE)
        try:  # compile, not just parse: unknown filters and duplicate blocks fail here too
            self.renderer().with_override(name, source).env.compile(source, name)
        except TemplateSyntaxError as e:
            raise fail(
                "template.syntax", name, line=e.lineno, reason=e.message, template=name
            ) from e

    def save(self, name: str, source: str) -> Changes:
        """Store an edited template; a broken one is refused and nothing is saved."""
        if name not in self.names():
            raise fail("template.missing", name, template=name)
        self.check(name, source)
        with self.db.write() as s:
            row = s.get(TemplateOverrideRow, name)
            if row is None:
                s.add(TemplateOverrideRow(name=name, source=source))
            else:
                row.source = source
        return Changes(templates=True)

    def revert(self, name: str) -> Changes:
        """Drop the override: the shipped template applies again."""
        with self.db.write() as s:
            row = s.get(TemplateOverrideRow, name)
            if row is not None:
                s.delete(row)
        return Changes(templates=True)
