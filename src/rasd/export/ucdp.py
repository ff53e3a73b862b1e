"""UCDP-GED-style rows: the 49 columns of the GED codebook, in its order and conventions,
filled where rasd knows the value and empty where it cannot (docs/incidents.md says which).
GED holds fatal events only: incidents with no reported death are left out and counted."""

from __future__ import annotations

import math
from typing import Any

from rasd.core.models import Incident
from rasd.core.vocab import CIVILIAN_GROUPS
from rasd.display import claimant_name, place_names
from rasd.export.context import DateUsed, ExportContext, date_used
from rasd.export.mapping import Actor, actor, countries, published_columns

COLUMNS = published_columns("ucdp_ged")
WHERE_KIND = {"exact": "", "town": "town", "district": "district", "governorate": "governorate",
              "country": "country"}


def deaths(inc: Incident) -> tuple[int, int, int] | None:
    """(low, best, high) killed; None when no claimant reported a death. Where only vague
    quantities were told, best is their floor (low); an "up to N" alone counts as N."""
    k = inc.figures.get("killed")
    if k is None:
        return None
    best = next((v for v in (k.best, k.low, k.high) if v is not None), None)
    if not best:
        return None
    low = k.low if k.low is not None else best
    high = k.high if k.high is not None else best
    return min(low, best), best, max(high, best)


def where_prec(precision: str, pcode: str | None) -> int | str:
    """1 the place itself; 3 a district (second-order unit); 4 a governorate; 5 a region that
    is no administrative unit; 6 the country."""
    if precision in ("exact", "town"):
        return 1
    if precision == "district":
        return 3 if len((pcode or "").split(":")[0]) == 6 else 5
    return {"governorate": 4, "country": 6}.get(precision, "")


def date_prec(used: DateUsed) -> int | str:
    """1 the day; 2 within 2-6 days; 3 a week (also: only the report day is known); 4 a
    month; 5 longer."""
    if used.basis == "report":
        return 3
    n = used.days
    if n is None:
        return ""
    return 1 if n <= 1 else 2 if n <= 6 else 3 if n <= 8 else 4 if n <= 31 else 5


def priogrid_gid(lat: float | None, lon: float | None) -> int | str:
    """The PRIO-GRID cell (0.5 degrees, numbered from -180/-90 eastwards, then northwards)."""
    if lat is None or lon is None:
        return ""
    row = min(359, math.floor((lat + 90) / 0.5))
    col = min(719, math.floor((lon + 180) / 0.5))
    return row * 720 + col + 1


def _sides(inc: Incident, day: str | None) -> tuple[int | str, Actor | None, Actor | None, str]:
    """(type_of_violence, side A, side B, which side the victims are: "a", "b" or "") by UCDP's
    conventions: a government is side A; one-sided violence has civilians as side B."""
    perp = actor(inc.perpetrator, day) if inc.perpetrator != "unknown" else None
    if inc.victims == "civilians":
        return (3 if perp else ""), perp, actor("civilians", day), "b"
    vict = actor(inc.victims, day) if inc.victims != "unknown" else None
    if perp is None or vict is None:
        return "", perp, vict, "b" if vict else ""
    if perp.home or vict.home:
        if vict.home and not perp.home:
            return 1, vict, perp, "a"
        return 1, perp, vict, "b"
    return 2, perp, vict, "b"


def _split(inc: Incident, ctx: ExportContext, best: int, victims_side: str) -> dict[str, int]:
    """Deaths by side from the groups the claims counted: all civilians, all combatants (of the
    victims' side), else unknown."""
    groups = {f.group for sc in ctx.members(inc) for f in sc.claim.figures if f.kind == "killed"}
    out = {"deaths_a": 0, "deaths_b": 0, "deaths_civilians": 0, "deaths_unknown": 0}
    if groups and groups <= CIVILIAN_GROUPS:
        out["deaths_civilians"] = best
    elif groups == {"combatants"} and victims_side in ("a", "b") and inc.victims != "civilians":
        out[f"deaths_{victims_side}"] = best
    else:
        out["deaths_unknown"] = best
    return out


def _stamp(day: str | None) -> str:
    return f"{day} 00:00:00.000" if day else ""


def ucdp_row(inc: Incident, ctx: ExportContext) -> dict[str, Any] | None:
    toll = deaths(inc)
    if toll is None:
        return None
    low, best, high = toll
    p = inc.place
    names = place_names(p)
    country = countries().get(names.country or "")
    used = date_used(inc, ctx)
    tov, side_a, side_b, victims_side = _sides(inc, used.start)
    arts = ctx.of(inc)
    outlets = [m.outlet() or "" for _, m in arts]
    label = names.name("en") or (names.admin1.en if names.admin1 else "")
    kind = WHERE_KIND.get(p.precision, "")
    description = ", ".join(x for x in (
        f"{p.name} ({names.name_en})" if p.name and names.name_en else (p.name or ""),
        f"{names.admin2.en} district" if names.admin2 else "",
        f"{names.admin1.en} governorate" if names.admin1 else "") if x)
    claimants = list(dict.fromkeys(claimant_name(c) for f in inc.figures.values() for c in f.by_claimant))
    return {
        "id": inc.id, "relid": "", "year": used.start[:4] if used.start else "",
        "active_year": "", "code_status": "", "type_of_violence": tov,
        "conflict_dset_id": "", "conflict_new_id": "", "conflict_name": "",
        "dyad_dset_id": "", "dyad_new_id": "", "dyad_name": "",
        "side_a_dset_id": "", "side_a_new_id": "", "side_a": side_a.ucdp_name if side_a else "",
        "side_b_dset_id": "", "side_b_new_id": "", "side_b": side_b.ucdp_name if side_b else "",
        "number_of_sources": inc.sources,
        "source_article": ";".join(f"{o},{m.published or ''},{m.title or ''}" for o, (_, m) in zip(outlets, arts)),
        "source_office": ";".join(outlets),
        "source_date": ";".join(m.published or "" for _, m in arts),
        "source_headline": ";".join(m.title or "" for _, m in arts),
        "source_original": ";".join(claimants),
        "where_prec": where_prec(p.precision, p.pcode) if p.lat is not None else "",
        "where_coordinates": f"{label} {kind}".strip() if label else "",
        "where_description": description,
        "adm_1": f"{names.admin1.en} governorate" if names.admin1 else "",
        "adm_2": f"{names.admin2.en} district" if names.admin2 else "",
        "latitude": p.lat if p.lat is not None else "", "longitude": p.lon if p.lon is not None else "",
        "geom_wkt": f"POINT ({p.lon} {p.lat})" if p.lat is not None and p.lon is not None else "",
        "priogrid_gid": priogrid_gid(p.lat, p.lon),
        "country": country.ucdp_name if country else "", "country_id": country.gwno if country else "",
        "region": country.ucdp_region if country else "",
        "event_clarity": 1 if used.basis == "event" and inc.date_precision in ("day", "days") else 2,
        "date_prec": date_prec(used), "date_start": _stamp(used.start), "date_end": _stamp(used.end),
        **_split(inc, ctx, best, victims_side),
        "best": best, "high": high, "low": low,
        "gwnoa": _gwno(side_a), "gwnob": _gwno(side_b),
    }


def _gwno(side: Actor | None) -> str:
    if side is None or not side.home:
        return ""
    c = countries().get(side.home)
    return c.gwno if c else ""
