"""Tabular exports: one row per incident (csv), ACLED-style and UCDP-GED-style rows.

Every column is documented in docs/incidents.md. Unknown values are empty cells.
"""

from __future__ import annotations

from typing import Any

from rasd.export.context import ExportContext, event_window, span_days
from rasd.export.names import GOVERNORATES, acled_event, actor, country
from rasd.core.models import Incident
from rasd.core.vocab import KINDS as KIND_ORDER

Row = dict[str, Any]


def _by_claimant(d: dict[str, str]) -> str:
    return "; ".join(f"{k}: {v}" for k, v in d.items())


def _sources(inc: Incident, ctx: ExportContext) -> list[str]:
    out = []
    for aid, m in ctx.of(inc):
        name = m.source or aid
        if name not in out:
            out.append(name)
    return out


CSV_COLUMNS = (["id", "date_start", "date_end", "event_type", "perpetrator", "victims",
                "place_name", "governorate", "precision", "latitude", "longitude", "pcode"]
               + [f"{k}_{p}" for k in KIND_ORDER for p in ("low", "best", "high", "by_claimant")]
               + ["sources", "claimants", "n_claims", "contradictions", "claims", "grade"])


def csv_row(inc: Incident, ctx: ExportContext | None = None) -> Row:
    p = inc.place
    row: Row = {
        "id": inc.id, "date_start": inc.date.start if inc.date else "",
        "date_end": (inc.date.end or inc.date.start) if inc.date else "",
        "event_type": inc.event_type, "perpetrator": inc.perpetrator, "victims": inc.victims,
        "place_name": p.name or "", "governorate": p.governorate, "precision": p.precision,
        "latitude": p.lat if p.lat is not None else "", "longitude": p.lon if p.lon is not None else "",
        "pcode": p.pcode or "",
    }
    for k in KIND_ORDER:
        f = inc.figures.get(k)
        for part in ("low", "best", "high"):
            v = getattr(f, part) if f else None
            row[f"{k}_{part}"] = "" if v is None else v
        row[f"{k}_by_claimant"] = _by_claimant(f.by_claimant) if f else ""
    row.update(sources=inc.sources, claimants=inc.claimants, n_claims=len(inc.claims),
               contradictions=" | ".join(inc.contradictions),
               claims=" ".join(f"{r.article_id}#{r.claim_index}" for r in inc.claims),
               grade=(ctx.grades.get(inc.id, "") if ctx else ""))
    return row


# -- ACLED -----------------------------------------------------------------------------

ACLED_COLUMNS = ["event_id_cnty", "event_date", "time_precision", "event_type", "sub_event_type",
                 "actor1", "actor2", "country", "admin1", "location", "latitude", "longitude",
                 "geo_precision", "source", "notes", "fatalities"]

ACLED_GEO = {"exact": 1, "town": 1, "district": 2, "governorate": 3, "country": 3}


def _time_precision(start: str | None, end: str | None, from_report: bool) -> int | str:
    n = span_days(start, end)
    if n is None:
        return ""
    if from_report:
        return 2  # "within the week before the report": ACLED's week-level precision
    return 1 if n <= 1 else 2 if n <= 7 else 3


def _notes(inc: Incident, from_report: bool) -> str:
    parts = [f"{inc.event_type} by {inc.perpetrator} on {inc.victims}"
             + (f" at {inc.place.name}" if inc.place.name else "")]
    for k, f in inc.figures.items():
        parts.append(f"{k}: " + ", ".join(f"{c} {v}" for c, v in f.by_claimant.items()))
    if inc.contradictions:
        parts.append("contradictions: " + "; ".join(inc.contradictions))
    if from_report:
        parts.append("date not stated; week before the first report")
    return ". ".join(parts)


def acled_row(inc: Incident, ctx: ExportContext) -> Row:
    start, end, from_report = event_window(inc, ctx)
    et, sub = acled_event(inc.event_type, inc.victims)
    killed = inc.figures.get("killed")
    p = inc.place
    return {
        "event_id_cnty": inc.id,
        # one day per row: the span's first day (time_precision says how sure it is); an
        # undated incident gets its first report's day, as ACLED does
        "event_date": (end if from_report else start) or "",
        "time_precision": _time_precision(start, end, from_report),
        "event_type": et, "sub_event_type": sub,
        "actor1": actor(inc.perpetrator), "actor2": actor(inc.victims, victims=True),
        "country": country(p.governorate), "admin1": GOVERNORATES.get(p.governorate, ""),
        "location": p.name or "",
        "latitude": p.lat if p.lat is not None else "", "longitude": p.lon if p.lon is not None else "",
        "geo_precision": ACLED_GEO.get(p.precision, ""),
        "source": "; ".join(_sources(inc, ctx)),
        "notes": _notes(inc, from_report),
        # the most conservative figure: the reconciled low of killed (0 when none was told)
        "fatalities": killed.low if killed and killed.low is not None else 0,
    }


# -- UCDP GED ----------------------------------------------------------------------------

UCDP_COLUMNS = ["id", "date_start", "date_end", "date_prec", "side_a", "side_b", "country",
                "adm_1", "where_coordinates", "latitude", "longitude", "where_prec",
                "best", "low", "high", "number_of_sources", "source_article"]

UCDP_WHERE = {"exact": 1, "town": 1, "district": 3, "governorate": 4, "country": 6, "unknown": 7}


def _date_prec(start: str | None, end: str | None, from_report: bool) -> int | str:
    n = span_days(start, end)
    if n is None:
        return ""
    if from_report:
        return 3  # known to the week
    return 1 if n <= 1 else 2 if n <= 6 else 3 if n <= 7 else 4 if n <= 31 else 5


def ucdp_row(inc: Incident, ctx: ExportContext) -> Row:
    start, end, from_report = event_window(inc, ctx)
    killed = inc.figures.get("killed")
    p = inc.place
    arts = []
    for aid, m in ctx.of(inc):
        bits = [m.source or aid, m.published or "", f'"{m.title}"' if m.title else ""]
        arts.append(" ".join(b for b in bits if b))

    def v(x: int | None) -> Any:
        return "" if x is None else x

    return {
        "id": inc.id, "date_start": start or "", "date_end": end or "",
        "date_prec": _date_prec(start, end, from_report),
        "side_a": actor(inc.perpetrator), "side_b": actor(inc.victims, victims=True),
        "country": country(p.governorate), "adm_1": GOVERNORATES.get(p.governorate, ""),
        "where_coordinates": p.name or "",
        "latitude": p.lat if p.lat is not None else "", "longitude": p.lon if p.lon is not None else "",
        "where_prec": UCDP_WHERE.get(p.precision, 7),
        "best": v(killed.best if killed else None), "low": v(killed.low if killed else None),
        "high": v(killed.high if killed else None),
        "number_of_sources": inc.sources, "source_article": "; ".join(arts),
    }
