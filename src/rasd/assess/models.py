"""What assessment produces: a standing per figure, a grade per incident, a score per
article. Plain dataclasses with ``to_dict`` / ``from_dict`` (the JSON the API serves and
the store keeps)."""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from typing import Any

from rasd.core.vocab import KINDS

# How one figure stands against the other independent claims of its incident (or, for a
# cumulative total, of its period): docs/assess.md defines each.
CONSISTENT, HIGHER, LOWER, CONTRADICTED, SOLE_SOURCE = (
    "consistent", "higher", "lower", "contradicted", "sole_source")
STANDINGS = (CONSISTENT, HIGHER, LOWER, CONTRADICTED, SOLE_SOURCE)
CHECKED = frozenset({CONSISTENT, HIGHER, LOWER, CONTRADICTED})

# Where a figure sits against the independent median (outlet aggregates count these).
ABOVE, BELOW, SAME = "above", "below", "same"

# An incident's grade, after Airwars' grading of civilian-harm reports.
CONFIRMED, SINGLE_SOURCE, CONTESTED = "confirmed", "single_source", "contested"
GRADES = (CONFIRMED, SINGLE_SOURCE, CONTESTED)

# Why a figure could not be compared (``FigureStanding.unchecked``).
NO_OTHER_REPORT = "no_other_report"  # nothing else in the incident (or period) but this report
NOT_INDEPENDENT = "not_independent"  # the rest is the same claimant or copies of this report
NO_SUCH_FIGURE = "no_such_figure"  # independent claims exist, none with a comparable figure of this kind
TOO_VAGUE = "too_vague"  # "some" (1 or more) agrees with every number: it checks nothing
NO_PERIOD = "no_period"  # a cumulative total whose period or area the text does not fix
NOT_LINKED = "not_linked"  # stored, not linked into an incident yet


@dataclass(slots=True)
class Compared:
    """One independent statement a figure was compared with, and how the figure relates
    to it: ``same``, ``above`` / ``below`` (compatible, but higher / lower), or
    ``far_above`` / ``far_below`` (incompatible ranges)."""

    voice: str  # the independent claimant: reconcile.claimant_key
    claimant: str  # codebook id
    claimant_text: str | None
    article_id: str
    claim_index: int
    source: str | None  # the outlet that reported it
    published: str | None
    stated: str  # as that claimant stated it ("≥45", "dozens")
    relation: str

    def to_dict(self) -> dict[str, Any]:
        # by hand: dataclasses.asdict deep-copies every value, a third of a full assessment
        return {k: getattr(self, k) for k in _COMPARED_FIELDS}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "Compared":
        return cls(**{k: d.get(k) for k in cls.__slots__})  # type: ignore[attr-defined]


@dataclass(slots=True)
class FigureStanding:
    """One claim's figure of one kind against the independent claims it could be compared
    with (its incident's, or a cumulative total's same-period totals)."""

    article_id: str
    claim_index: int
    kind: str
    stated: str  # this claim's figure as stated ("14", "≥45", "14+3")
    standing: str  # STANDINGS
    direction: str | None  # ABOVE / BELOW / SAME the independent median; None when unknown
    median: int | None  # the independent median point, when the others give points
    compared: list[Compared] = field(default_factory=list)
    unchecked: str | None = None  # why a sole-source figure is unchecked
    reason: str = ""  # the standing in words, naming the sources
    incident_id: str | None = None
    period: str | None = None  # the comparison group of a cumulative total

    @property
    def checked(self) -> bool:
        """Compared with an independent source, and precise enough for that to mean something."""
        return self.standing in CHECKED and self.unchecked is None

    def to_dict(self) -> dict[str, Any]:
        d = {k: getattr(self, k) for k in _FIGURE_FIELDS}
        d["compared"] = [c.to_dict() for c in self.compared]
        return d

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "FigureStanding":
        kw = {k: d.get(k) for k in cls.__slots__}  # type: ignore[attr-defined]
        kw["compared"] = [Compared.from_dict(c) for c in d.get("compared") or []]
        return cls(**kw)


_COMPARED_FIELDS = tuple(f.name for f in fields(Compared))
_FIGURE_FIELDS = tuple(f.name for f in fields(FigureStanding))


@dataclass(slots=True)
class IncidentAssessment:
    incident_id: str
    grade: str  # GRADES
    reason: str
    reports: int  # independent reports (syndicated copies once)
    voices: int  # independent claimants
    conflicts: list[str] = field(default_factory=list)  # the incompatible pairs, in words
    figures: list[FigureStanding] = field(default_factory=list)

    def to_dict(self, with_figures: bool = True) -> dict[str, Any]:
        d: dict[str, Any] = {"incident_id": self.incident_id, "grade": self.grade,
                             "reason": self.reason, "reports": self.reports,
                             "voices": self.voices, "conflicts": list(self.conflicts)}
        if with_figures:
            d["figures"] = [f.to_dict() for f in self.figures]
        return d

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "IncidentAssessment":
        return cls(d["incident_id"], d["grade"], d.get("reason", ""), int(d.get("reports") or 0),
                   int(d.get("voices") or 0), list(d.get("conflicts") or []),
                   [FigureStanding.from_dict(f) for f in d.get("figures") or []])


@dataclass(slots=True)
class ArticleAssessment:
    """An article's consistency score (None when nothing could be checked) and why."""

    article_id: str
    score: float | None
    explanation: str
    figures: int  # figures (claim x kind) read from the article
    checked: int  # of them, compared with at least one independent source
    counts: dict[str, int] = field(default_factory=dict)  # standing -> figures
    compared_with: list[str] = field(default_factory=list)  # the independent sources, named
    standings: list[FigureStanding] = field(default_factory=list)  # filled on read
    # The article's outlet and day, for listing and describing; not inputs to the score.
    source: str | None = None
    published: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"article_id": self.article_id, "source": self.source,
                "published": self.published, "score": self.score,
                "explanation": self.explanation, "figures": self.figures,
                "checked": self.checked, "counts": dict(self.counts),
                "compared_with": list(self.compared_with),
                "standings": [f.to_dict() for f in self.standings]}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "ArticleAssessment":
        return cls(d["article_id"], d.get("score"), d.get("explanation", ""),
                   int(d.get("figures") or 0), int(d.get("checked") or 0),
                   dict(d.get("counts") or {}), list(d.get("compared_with") or []),
                   [FigureStanding.from_dict(f) for f in d.get("standings") or []],
                   d.get("source"), d.get("published"))


def claim_standing(figures: list[FigureStanding]) -> str:
    """One claim's standing from its figures': a contradiction anywhere wins; then the first
    kind (killed first) that sits higher or lower; consistent if every checked figure is;
    sole source when none could be checked."""
    order = {k: i for i, k in enumerate(KINDS)}
    checked = sorted((f for f in figures if f.checked), key=lambda f: order.get(f.kind, len(order)))
    if not checked:
        return SOLE_SOURCE
    if any(f.standing == CONTRADICTED for f in checked):
        return CONTRADICTED
    for f in checked:
        if f.standing in (HIGHER, LOWER):
            return f.standing
    return CONSISTENT


@dataclass(slots=True)
class AssessmentUpdate:
    """One batch of recomputed assessments, written by the store in one transaction, in
    this order: the rows of ``cleared_articles`` and ``dropped_incidents`` go; each
    incident's and each period's figure rows are replaced; ``figures`` (cumulative totals
    with no period) are written; article scores replaced (``dropped_scores`` deleted); the
    ``done`` queue entries (("incident" | "article", id)) removed."""

    incidents: list[IncidentAssessment] = field(default_factory=list)
    periods: dict[str, list[FigureStanding]] = field(default_factory=dict)
    figures: list[FigureStanding] = field(default_factory=list)
    articles: list[ArticleAssessment] = field(default_factory=list)
    cleared_articles: list[str] = field(default_factory=list)
    dropped_incidents: list[str] = field(default_factory=list)
    dropped_scores: list[str] = field(default_factory=list)
    done: list[tuple[str, str]] = field(default_factory=list)
