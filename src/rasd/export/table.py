"""The generic table (csv and parquet): one row per incident with every fact rasd holds,
codebook ids beside their English names. Columns: docs/incidents.md."""

from __future__ import annotations

from typing import Any

from rasd.core.models import Incident
from rasd.core.vocab import KINDS
from rasd.display import name, place_names
from rasd.export.context import ExportContext, date_used

Row = dict[str, Any]

# (column, type) with type one of str, int, float, date: the parquet schema.
COLUMN_TYPES: list[tuple[str, str]] = (
    [("id", "str"), ("date_start", "date"), ("date_end", "date"), ("date_basis", "str"),
     ("date_precision", "str"), ("event_date_start", "date"), ("event_date_end", "date"),
     ("reported_start", "date"), ("reported_end", "date"),
     ("event_type", "str"), ("event_type_en", "str"), ("perpetrator", "str"),
     ("perpetrator_en", "str"), ("victims", "str"), ("victims_en", "str"),
     ("place_name", "str"), ("place_name_en", "str"), ("governorate", "str"),
     ("governorate_en", "str"), ("admin1", "str"), ("admin2", "str"), ("admin3", "str"),
     ("country", "str"), ("precision", "str"), ("latitude", "float"), ("longitude", "float"),
     ("pcode", "str")]
    + [(f"{k}_{p}", "int") for k in KINDS for p in ("low", "best", "high")]
    + [(f"{k}_by_claimant", "str") for k in KINDS]
    + [("sources", "int"), ("outlets", "str"), ("claimants", "int"), ("n_claims", "int"),
       ("contradictions", "str"), ("claims", "str"), ("grade", "str")])
COLUMNS = [c for c, _ in COLUMN_TYPES]


def _by_claimant(d: dict[str, str]) -> str:
    return "; ".join(f"{k}: {v}" for k, v in d.items())


def table_row(inc: Incident, ctx: ExportContext) -> Row:
    p = inc.place
    names = place_names(p)
    used = date_used(inc, ctx)
    first = ctx.first_report(inc)
    last = inc.reported.end if inc.reported else first
    row: Row = {
        "id": inc.id, "date_start": used.start, "date_end": used.end, "date_basis": used.basis,
        "date_precision": inc.date_precision,
        "event_date_start": inc.date.start if inc.date else None,
        "event_date_end": (inc.date.end or inc.date.start) if inc.date else None,
        "reported_start": first, "reported_end": last,
        "event_type": inc.event_type, "event_type_en": name("event_types", inc.event_type),
        "perpetrator": inc.perpetrator, "perpetrator_en": name("actors", inc.perpetrator),
        "victims": inc.victims, "victims_en": name("actors", inc.victims),
        "place_name": p.name, "place_name_en": names.name_en, "governorate": p.governorate,
        "governorate_en": name("governorates", p.governorate),
        "admin1": names.admin1.en if names.admin1 else None,
        "admin2": names.admin2.en if names.admin2 else None,
        "admin3": names.admin3.en if names.admin3 else None,
        "country": names.country, "precision": p.precision, "latitude": p.lat, "longitude": p.lon,
        "pcode": p.pcode,
    }
    for k in KINDS:
        f = inc.figures.get(k)
        for part in ("low", "best", "high"):
            row[f"{k}_{part}"] = getattr(f, part) if f else None
        row[f"{k}_by_claimant"] = _by_claimant(f.by_claimant) if f else None
    row.update(sources=inc.sources, outlets="; ".join(ctx.outlets(inc)) or None,
               claimants=inc.claimants, n_claims=len(inc.claims),
               contradictions=" | ".join(inc.contradictions) or None,
               claims=" ".join(f"{r.article_id}#{r.claim_index}" for r in inc.claims),
               grade=ctx.grades.get(inc.id))
    return row
