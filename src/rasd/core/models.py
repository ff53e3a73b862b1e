"""Typed models shared by every stage of the pipeline.

Field names follow ``shared/spec/codebook.md``: ``to_dict`` gives exactly the codebook's
JSON shape (plus documented extras), ``from_dict`` reads it back (gold files included).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

from rasd.core.vocab import READ_SOURCES


@dataclass(slots=True)
class Span:
    """Character offsets into the *original* article text, and that text."""

    start: int
    end: int
    text: str

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text}

    @classmethod
    def from_dict(cls, d: dict[str, Any] | None) -> "Span | None":
        if not d:
            return None
        return cls(int(d["start"]), int(d["end"]), d.get("text", ""))


@dataclass(slots=True)
class Article:
    id: str
    text: str
    source: str | None = None
    url: str | None = None
    title: str | None = None
    published: str | None = None  # ISO date (YYYY-MM-DD) or None when unknown
    lang: str = "ar"
    # Provenance kept by ingest, not part of the codebook's article fields.
    origin: str | None = None  # file path (and line) it came from
    published_from: str | None = None  # "metadata" | "text" | None
    content_hash: str | None = None

    def to_dict(self, with_text: bool = False) -> dict[str, Any]:
        d: dict[str, Any] = {
            "id": self.id,
            "source": self.source,
            "published": self.published,
            "lang": self.lang,
            "title": self.title,
            "url": self.url,
        }
        if with_text:
            d["text"] = self.text
        return d

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "Article":
        return cls(
            id=str(d["id"]),
            text=d.get("text") or "",
            source=d.get("source"),
            url=d.get("url"),
            title=d.get("title"),
            published=d.get("published"),
            lang=d.get("lang") or "ar",
            origin=d.get("origin"),
            published_from=d.get("published_from"),
            content_hash=d.get("content_hash"),
        )


@dataclass(slots=True)
class Figure:
    kind: str  # killed | injured | casualties | missing | detained
    group: str  # civilians | children | women | combatants | unspecified
    low: int | None
    high: int | None
    qualifier: str  # codebook "qualifiers"
    text: str
    span: Span | None = None  # where ``text`` sits in the article

    def to_dict(self) -> dict[str, Any]:
        d = {
            "kind": self.kind,
            "group": self.group,
            "low": self.low,
            "high": self.high,
            "qualifier": self.qualifier,
            "text": self.text,
        }
        if self.span is not None:
            d["start"], d["end"] = self.span.start, self.span.end
        return d

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "Figure":
        span = None
        if d.get("start") is not None and d.get("end") is not None:
            span = Span(int(d["start"]), int(d["end"]), d.get("text", ""))
        return cls(d["kind"], d.get("group", "unspecified"), d.get("low"), d.get("high"),
                   d.get("qualifier", "exact"), d.get("text", ""), span)

    def as_stated(self) -> str:
        """The figure as its claimant stated it: "≥45", ">100", "~150", "dozens"."""
        q, lo, hi = self.qualifier, self.low, self.high
        if q == "exact":
            return str(lo)
        if q == "at_least":
            return f"≥{lo}"
        if q == "more_than":
            return f">{lo}"
        if q == "about":
            return f"~{lo}" if lo == hi or hi is None else f"{lo}–{hi}"
        if q == "up_to":
            return f"≤{hi}"
        return q  # dozens | hundreds | thousands | some


@dataclass(slots=True)
class Place:
    name: str | None = None
    governorate: str = "unknown"
    lat: float | None = None
    lon: float | None = None
    precision: str = "unknown"  # exact | town | district | governorate | country | unknown
    pcode: str | None = None  # OCHA p-code of the matched (or parent) gazetteer entry
    span: Span | None = None

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {
            "name": self.name,
            "governorate": self.governorate,
            "lat": self.lat,
            "lon": self.lon,
            "precision": self.precision,
        }
        if self.pcode:
            d["pcode"] = self.pcode
        return d

    @classmethod
    def from_dict(cls, d: dict[str, Any] | None) -> "Place":
        if not d:
            return cls()
        return cls(d.get("name"), d.get("governorate") or "unknown", d.get("lat"), d.get("lon"),
                   d.get("precision") or "unknown", d.get("pcode"))


@dataclass(slots=True)
class DateSpan:
    start: str  # ISO YYYY-MM-DD
    end: str

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end}

    @classmethod
    def from_dict(cls, d: dict[str, Any] | None) -> "DateSpan | None":
        if not d or not d.get("start"):
            return None
        return cls(d["start"], d.get("end") or d["start"])


@dataclass(slots=True)
class Provenance:
    """Where one claim attribute came from: ``source`` (``vocab.PROVENANCE_SOURCES``: read
    from the figure's clause, inherited from the lead event, the publication date, ...) and
    the text it was read from, when there is one."""

    source: str
    span: Span | None = None

    @property
    def read(self) -> bool:
        """Read from the claim's own text, not inherited from wider context."""
        return self.source in READ_SOURCES

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {"from": self.source}
        if self.span is not None:
            d.update(self.span.to_dict())
        return d

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "Provenance":
        span = None
        if d.get("start") is not None and d.get("end") is not None:
            span = Span(int(d["start"]), int(d["end"]), d.get("text", ""))
        return cls(str(d.get("from") or "default"), span)


@dataclass(slots=True)
class Claim:
    claimant: str = "outlet"
    claimant_text: str | None = None
    event_type: str = "other"
    perpetrator: str = "unknown"
    victims: str = "unknown"
    place: Place = field(default_factory=Place)
    date: DateSpan | None = None
    scope: str = "incident"
    figures: list[Figure] = field(default_factory=list)
    evidence: Span | None = None
    quote: str | None = None  # gold files carry a quote instead of offsets
    # Added to the codebook's fields (which keep their meaning): where each attribute
    # (event_type, perpetrator, victims, place, date, claimant) was read or inherited from,
    # and which of the article's event mentions the claim reports (claims of one article
    # with the same ``event`` tell one event).
    provenance: dict[str, Provenance] = field(default_factory=dict)
    event: int | None = None

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {
            "claimant": self.claimant,
            "claimant_text": self.claimant_text,
            "event_type": self.event_type,
            "perpetrator": self.perpetrator,
            "victims": self.victims,
            "place": self.place.to_dict(),
            "date": self.date.to_dict() if self.date else None,
            "scope": self.scope,
            "figures": [f.to_dict() for f in self.figures],
            "evidence": self.evidence.to_dict() if self.evidence else None,
        }
        if self.quote is not None:
            d["quote"] = self.quote
        if self.provenance:
            d["provenance"] = {k: v.to_dict() for k, v in self.provenance.items()}
        if self.event is not None:
            d["event"] = self.event
        return d

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "Claim":
        return cls(
            claimant=d.get("claimant") or "outlet",
            claimant_text=d.get("claimant_text"),
            event_type=d.get("event_type") or "other",
            perpetrator=d.get("perpetrator") or "unknown",
            victims=d.get("victims") or "unknown",
            place=Place.from_dict(d.get("place")),
            date=DateSpan.from_dict(d.get("date")),
            scope=d.get("scope") or "incident",
            figures=[Figure.from_dict(f) for f in d.get("figures") or []],
            evidence=Span.from_dict(d.get("evidence")),
            quote=d.get("quote"),
            provenance={k: Provenance.from_dict(v) for k, v in (d.get("provenance") or {}).items()
                        if isinstance(v, dict)},
            event=d.get("event") if isinstance(d.get("event"), int) else None,
        )


@dataclass(slots=True)
class Extraction:
    """One article and the claims read from it: one line of ``rasd extract --json``."""

    article: Article
    claims: list[Claim]

    def to_dict(self) -> dict[str, Any]:
        return {"article": self.article.to_dict(), "claims": [c.to_dict() for c in self.claims]}


@dataclass(slots=True)
class ClaimRef:
    article_id: str
    claim_index: int

    def to_dict(self) -> dict[str, Any]:
        return {"article_id": self.article_id, "claim_index": self.claim_index}


@dataclass(slots=True)
class StoredClaim:
    """A claim as held by the store: its identity plus the article facts linking needs."""

    article_id: str
    claim_index: int
    claim: Claim
    source: str | None = None  # the article's outlet
    published: str | None = None
    title: str | None = None
    content_hash: str | None = None

    @property
    def ref(self) -> ClaimRef:
        return ClaimRef(self.article_id, self.claim_index)


@dataclass(slots=True)
class ReconciledFigure:
    low: int | None
    best: int | None
    high: int | None
    by_claimant: dict[str, str] = field(default_factory=dict)
    # Added to the codebook's fields: how the bounds were said (">100" beside "100" is a
    # high of 100 open upwards), and the vague word when no claimant gave a number.
    low_stated: str | None = None
    high_stated: str | None = None
    open: bool = False
    vague: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "ReconciledFigure":
        return cls(d.get("low"), d.get("best"), d.get("high"), dict(d.get("by_claimant") or {}),
                   d.get("low_stated"), d.get("high_stated"), bool(d.get("open")), d.get("vague"))


@dataclass(slots=True)
class Incident:
    id: str
    event_type: str = "other"
    perpetrator: str = "unknown"
    victims: str = "unknown"
    place: Place = field(default_factory=Place)
    date: DateSpan | None = None  # the event's days, where some claim fixes them
    figures: dict[str, ReconciledFigure] = field(default_factory=dict)
    claims: list[ClaimRef] = field(default_factory=list)
    sources: int = 0  # independent articles (syndicated copies count once)
    claimants: int = 0  # distinct claimants
    contradictions: list[str] = field(default_factory=list)  # in English plain words
    # each contradiction with both sides' claimants, names and figures, in both languages
    conflicts: list[dict[str, Any]] = field(default_factory=list)
    # The days its articles were published, and how precisely ``date`` is known
    # (``vocab.DATE_PRECISIONS``; "reported" when only ``reported`` is known).
    reported: DateSpan | None = None
    date_precision: str = "unknown"

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "event_type": self.event_type,
            "perpetrator": self.perpetrator,
            "victims": self.victims,
            "place": self.place.to_dict(),
            "date": self.date.to_dict() if self.date else None,
            "reported": self.reported.to_dict() if self.reported else None,
            "date_precision": self.date_precision,
            "figures": {k: v.to_dict() for k, v in self.figures.items()},
            "claims": [c.to_dict() for c in self.claims],
            "sources": self.sources,
            "claimants": self.claimants,
            "contradictions": list(self.contradictions),
            "conflicts": list(self.conflicts),
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "Incident":
        return cls(
            id=d["id"],
            event_type=d.get("event_type") or "other",
            perpetrator=d.get("perpetrator") or "unknown",
            victims=d.get("victims") or "unknown",
            place=Place.from_dict(d.get("place")),
            date=DateSpan.from_dict(d.get("date")),
            reported=DateSpan.from_dict(d.get("reported")),
            date_precision=d.get("date_precision") or "unknown",
            figures={k: ReconciledFigure.from_dict(v) for k, v in (d.get("figures") or {}).items()},
            claims=[ClaimRef(c["article_id"], int(c["claim_index"])) for c in d.get("claims") or []],
            sources=int(d.get("sources") or 0),
            claimants=int(d.get("claimants") or 0),
            contradictions=list(d.get("contradictions") or []),
            conflicts=list(d.get("conflicts") or []),
        )
