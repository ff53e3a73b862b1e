"""What exports need beyond the incident: its articles (outlet, day, title, URL), its member
claims (claimants, figure groups) and when rasd last changed it; and the one date rule every
format follows."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date as Day

from rasd.core.models import Incident, StoredClaim
from rasd.display import outlet_name


@dataclass(slots=True)
class ArticleMeta:
    source: str | None = None
    published: str | None = None
    title: str | None = None
    url: str | None = None

    def outlet(self, lang: str = "en") -> str | None:
        return outlet_name(self.source, self.url, lang)


@dataclass(slots=True)
class ExportContext:
    articles: dict[str, ArticleMeta] = field(default_factory=dict)
    claims: dict[tuple[str, int], StoredClaim] = field(default_factory=dict)
    changed: dict[str, str] = field(default_factory=dict)  # incident id -> ISO time of last change
    grades: dict[str, str] = field(default_factory=dict)  # incident id -> rasd.assess grade

    def of(self, inc: Incident) -> list[tuple[str, ArticleMeta]]:
        """The incident's articles, each once, first reported first."""
        seen = dict.fromkeys(r.article_id for r in inc.claims)
        arts = [(a, self.articles.get(a, ArticleMeta())) for a in seen]
        return sorted(arts, key=lambda am: (am[1].published or "9999", am[0]))

    def members(self, inc: Incident) -> list[StoredClaim]:
        return [sc for r in inc.claims if (sc := self.claims.get((r.article_id, r.claim_index)))]

    def outlets(self, inc: Incident, lang: str = "en") -> list[str]:
        out: list[str] = []
        for _, m in self.of(inc):
            name = m.outlet(lang)
            if name and name not in out:
                out.append(name)
        return out

    def first_report(self, inc: Incident) -> str | None:
        if inc.reported is not None:
            return inc.reported.start
        days = [m.published[:10] for _, m in self.of(inc) if m.published]
        return min(days) if days else None


@dataclass(frozen=True, slots=True)
class DateUsed:
    """The days an export gives an incident: its event days where a claim fixes them
    (``basis`` "event"), else the day it was first reported ("report"), else none."""

    start: str | None
    end: str | None
    basis: str  # event | report | none

    @property
    def days(self) -> int | None:
        if not self.start or not self.end:
            return None
        try:
            return (Day.fromisoformat(self.end) - Day.fromisoformat(self.start)).days + 1
        except ValueError:
            return None

    def middle(self) -> str | None:
        """The span's middle day (ACLED's reference day for a date known to a week or month)."""
        n = self.days
        if n is None:
            return self.start
        return Day.fromordinal(Day.fromisoformat(self.start).toordinal() + (n - 1) // 2).isoformat()


def date_used(inc: Incident, ctx: ExportContext) -> DateUsed:
    if inc.date is not None:
        return DateUsed(inc.date.start, inc.date.end or inc.date.start, "event")
    first = ctx.first_report(inc)
    return DateUsed(first, first, "report") if first else DateUsed(None, None, "none")


def load_context(store, incidents: list[Incident], history: bool = False) -> ExportContext:
    """Articles and member claims of ``incidents`` from ``store`` (and, with ``history``,
    when each incident last changed)."""
    from rasd.store import ClaimFilter

    ctx = ExportContext()
    for inc in incidents:
        for r in inc.claims:
            if r.article_id in ctx.articles:
                continue
            a = store.get_article(r.article_id)
            ctx.articles[r.article_id] = (ArticleMeta(a.source, a.published, a.title, a.url)
                                          if a else ArticleMeta())
            for sc in store.claims(ClaimFilter(article_id=r.article_id, limit=None)):
                ctx.claims[(sc.article_id, sc.claim_index)] = sc
    # rasd.assess grades (empty when not assessed yet)
    ctx.grades = {i: a.grade for i, a in store.incident_assessments([inc.id for inc in incidents]).items()}
    if history:
        wanted = {inc.id for inc in incidents}
        for ev in store.link_events():
            for iid in (ev.incident_id, *ev.other_ids):
                if iid in wanted and ev.at and ev.at > ctx.changed.get(iid, ""):
                    ctx.changed[iid] = ev.at
    return ctx
