"""How exports name rasd's ids in ACLED's and UCDP's terms: actors, event types, countries and
ACLED's figures for vague quantities (data files under ``rasd/data/exports/``)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from rasd.text.lexicon import read_tsv

STATE_FORCES, EXTERNAL = "State forces", "External/Other forces"
# ACLED's actor types in the order of their old numeric Inter codes (1-8): interaction
# values name the lower-numbered type first ("State forces-Civilians").
ACLED_TYPES = ("State forces", "Rebel group", "Political militia", "Identity militia", "Rioters",
               "Protesters", "Civilians", EXTERNAL)


@dataclass(frozen=True, slots=True)
class Actor:
    id: str
    home: str | None  # ISO 3166-1 alpha-2 of a state's forces
    acled_name: str
    acled_type: str
    ucdp_name: str
    since: str
    until: str

    def acled(self, country: "Country | None") -> tuple[str, str]:
        """(name, type) in an event in ``country`` (a state's forces abroad are external)."""
        name = self.acled_name.replace("({country})", f"({country.name})" if country else "").strip()
        if self.home:
            return name, STATE_FORCES if country and self.home == country.iso2 else EXTERNAL
        return name, self.acled_type


@dataclass(frozen=True, slots=True)
class Country:
    iso2: str
    iso_numeric: str
    name: str
    acled_region: str
    gwno: str
    ucdp_name: str
    ucdp_region: str


@lru_cache(maxsize=1)
def _actors() -> dict[str, list[Actor]]:
    out: dict[str, list[Actor]] = {}
    for row in read_tsv("exports/actors.tsv"):
        row = row + [""] * (7 - len(row))
        out.setdefault(row[0], []).append(Actor(row[0], row[1] or None, *row[2:7]))
    return out


def actor(actor_id: str, day: str | None) -> Actor | None:
    """The actor's naming in force on ``day`` (None when rasd has no naming for the id)."""
    rows = _actors().get(actor_id, [])
    for a in rows:
        if day and ((a.since and day < a.since) or (a.until and day > a.until)):
            continue
        return a
    return rows[-1] if rows else None


@lru_cache(maxsize=1)
def countries() -> dict[str, Country]:
    return {r[0]: Country(*r[:7]) for r in (row + [""] * (7 - len(row))
                                            for row in read_tsv("exports/countries.tsv"))}


@lru_cache(maxsize=1)
def _event_rows() -> list[list[str]]:
    return list(read_tsv("exports/event_types.tsv"))


def acled_event(event_type: str, victims: str) -> tuple[str, str, str]:
    """(disorder_type, event_type, sub_event_type) for a rasd event type."""
    for et, cond, disorder, acled_type, sub in _event_rows():
        if et == event_type and (cond == "*" or victims in ("civilians", "unknown")):
            return disorder, acled_type, sub
    return "Political violence", "Battles", "Armed clash"


@lru_cache(maxsize=1)
def acled_vague() -> dict[str, int]:
    return {q: int(n) for q, n in read_tsv("exports/acled_vague.tsv")}


@lru_cache(maxsize=None)
def published_columns(dataset: str) -> tuple[str, ...]:
    """The column list of ``acled`` or ``ucdp_ged`` as published (data/exports/*_columns.txt)."""
    from importlib import resources

    text = resources.files("rasd").joinpath(f"data/exports/{dataset}_columns.txt").read_text("utf-8")
    return tuple(ln.strip() for ln in text.splitlines() if ln.strip() and not ln.startswith("#"))
