"""ACLED-style rows: the 31 columns of ACLED's codebook, in its order and conventions, filled
where rasd knows the value and empty where it cannot (docs/incidents.md says which)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from rasd.core.models import Incident
from rasd.display import claimant_name, name, place_names
from rasd.export.context import ExportContext, date_used
from rasd.export.mapping import (ACLED_TYPES, acled_event, acled_vague, actor, countries,
                                 published_columns)

COLUMNS = published_columns("acled")
GEO_PRECISION = {"exact": 1, "town": 1, "district": 2, "governorate": 3}
TIME_PRECISION = {"day": 1, "days": 2, "week": 2, "month": 3, "year": 3, "reported": 2}
CIVILIANS_TARGETED = "Civilians targeted"


def interaction(type1: str, type2: str) -> str:
    """ACLED's interaction value: the two actor types, the lower (old numeric) Inter code first
    but Civilians always second ("External/Other forces-Civilians"), or "X only"."""
    if not type1 or not type2:
        return f"{type1 or type2} only" if (type1 or type2) else ""

    def rank(t: str) -> int:
        return 99 if t == "Civilians" else ACLED_TYPES.index(t) if t in ACLED_TYPES else 98

    a, b = sorted((type1, type2), key=rank)
    return f"{a}-{b}"


def fatalities(inc: Incident) -> int:
    """ACLED's rule: the lowest number reported; "dozens" 12, "hundreds" 100, "several" 3;
    0 when no claimant gave a killed figure (killed-and-injured alone is 0 too)."""
    killed = inc.figures.get("killed")
    if killed is None:
        return 0
    if killed.best is not None and killed.low is not None:
        return killed.low
    vague = acled_vague()
    values = []
    for stated in killed.by_claimant.values():
        parts = stated.split("+")
        if all(p in vague for p in parts):
            values.append(sum(vague[p] for p in parts))
    if values:
        return min(values)
    return killed.low or 0


def _notes(inc: Incident, ctx: ExportContext, where: str, basis: str) -> str:
    def who(actor_id: str) -> str:
        return "not stated" if actor_id == "unknown" else name("actors", actor_id)

    parts = [name("event_types", inc.event_type) + (f" in {where}" if where else ""),
             f"Perpetrator: {who(inc.perpetrator)}; victims: {who(inc.victims)}"]
    for kind, f in inc.figures.items():
        said = "; ".join(f"{claimant_name(c)}: {v}" for c, v in f.by_claimant.items())
        parts.append(f"{name('figure_kinds', kind)} as reported: {said}")
    if inc.contradictions:
        parts.append("Contradictions: " + "; ".join(inc.contradictions))
    if basis == "report":
        parts.append(f"The reports do not date the event; first reported on {ctx.first_report(inc)}")
    elif inc.date_precision == "year":
        parts.append("The reports date the event only to within a year")
    parts.append(f"rasd incident {inc.id}")
    return ". ".join(parts) + "."


def _timestamp(iso: str | None) -> int | str:
    if not iso:
        return ""
    try:
        return int(datetime.fromisoformat(iso).timestamp())
    except ValueError:
        return ""


def acled_row(inc: Incident, ctx: ExportContext) -> dict[str, Any]:
    p = inc.place
    names = place_names(p)
    country = countries().get(names.country or "")
    used = date_used(inc, ctx)
    precision = TIME_PRECISION.get(inc.date_precision if used.basis == "event" else "reported", "")
    day = (used.start if precision == 1 else used.middle()) if used.basis == "event" else used.start
    disorder, event_type, sub = acled_event(inc.event_type, inc.victims)
    a1 = actor(inc.perpetrator, day)
    a2 = actor(inc.victims, day) if inc.victims != "unknown" else None
    name1, type1 = a1.acled(country) if a1 else ("", "")
    name2, type2 = a2.acled(country) if a2 else ("", "")
    # A region the gazetteer does not name is located by its governorate, as ACLED does.
    regional = p.precision in ("district", "governorate") and names.admin1 is not None
    location = names.name_en or (names.admin1.en if regional else p.name) or ""
    where = ", ".join(x for x in (
        f"{names.name_en} ({p.name})" if names.name_en and p.name else (p.name or ""),
        names.admin2.en if names.admin2 else "", names.admin1.en if names.admin1 else "",
        country.name if country else "") if x)
    return {
        "event_id_cnty": inc.id, "event_date": day or "", "year": day[:4] if day else "",
        "time_precision": precision, "disorder_type": disorder, "event_type": event_type,
        "sub_event_type": sub, "actor1": name1, "assoc_actor_1": "", "inter1": type1,
        "actor2": name2, "assoc_actor_2": "", "inter2": type2,
        "interaction": interaction(type1, type2),
        "civilian_targeting": CIVILIANS_TARGETED if inc.victims == "civilians" and event_type != "Battles" else "",
        "iso": country.iso_numeric if country else "", "region": country.acled_region if country else "",
        "country": country.name if country else "",
        "admin1": names.admin1.en if names.admin1 else "",
        "admin2": names.admin2.en if names.admin2 else "",
        "admin3": names.admin3.en if names.admin3 else "",
        "location": location,
        "latitude": f"{p.lat:.4f}" if p.lat is not None else "",
        "longitude": f"{p.lon:.4f}" if p.lon is not None else "",
        "geo_precision": GEO_PRECISION.get(p.precision, "") if (p.lat is not None) else "",
        "source": "; ".join(ctx.outlets(inc)),
        "source_scale": "",
        "notes": _notes(inc, ctx, where, used.basis),
        "fatalities": fatalities(inc),
        "tags": "",
        "timestamp": _timestamp(ctx.changed.get(inc.id)),
    }
