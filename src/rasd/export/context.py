"""What exports need beyond the incident: its articles (outlet, day, title) and link history."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

from rasd.core.models import Incident

UNDATED_WINDOW_DAYS = 6  # an undated incident: the week ending on its first report


@dataclass(slots=True)
class ArticleMeta:
    source: str | None = None
    published: str | None = None
    title: str | None = None
    url: str | None = None


@dataclass(slots=True)
class ExportContext:
    articles: dict[str, ArticleMeta] = field(default_factory=dict)
    grades: dict[str, str] = field(default_factory=dict)  # incident id -> rasd.assess grade

    def of(self, inc: Incident) -> list[tuple[str, ArticleMeta]]:
        seen = dict.fromkeys(r.article_id for r in inc.claims)
        return [(a, self.articles.get(a, ArticleMeta())) for a in seen]

    def first_report(self, inc: Incident) -> str | None:
        days = [m.published for _, m in self.of(inc) if m.published]
        return min(days) if days else None


def event_window(inc: Incident, ctx: ExportContext) -> tuple[str | None, str | None, bool]:
    """(start, end, from_report): the incident's days, or for an undated incident the week
    ending on its first report (events precede their reports by days), flagged as such."""
    if inc.date is not None:
        return inc.date.start, inc.date.end or inc.date.start, False
    first = ctx.first_report(inc)
    if first is None:
        return None, None, True
    try:
        start = (date.fromisoformat(first) - timedelta(days=UNDATED_WINDOW_DAYS)).isoformat()
    except ValueError:
        return None, None, True
    return start, first, True


def span_days(start: str | None, end: str | None) -> int | None:
    if not start or not end:
        return None
    try:
        return (date.fromisoformat(end) - date.fromisoformat(start)).days + 1
    except ValueError:
        return None
