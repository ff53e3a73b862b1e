"""Every selected incident as a point for the map, compactly: in Syria (at its place, or at
its governorate's centre when only the governorate is known, flagged ``approx``), and apart
the incidents outside Syria and those with no place at all."""

from __future__ import annotations

from typing import Any

from rasd.core.models import Incident
from rasd.display import place_names
from rasd.display.places import SYRIA, governorate_centre
from rasd.export.context import ExportContext, date_used


def _killed(inc: Incident) -> int | None:
    k = inc.figures.get("killed")
    if k is None:
        return None
    return k.best if k.best is not None else k.low


def map_points(incidents: list[Incident]) -> dict[str, Any]:
    ctx = ExportContext()
    points: list[dict[str, Any]] = []
    outside: list[dict[str, Any]] = []
    unplaced = 0
    for inc in incidents:
        p = inc.place
        names = place_names(p)
        used = date_used(inc, ctx)
        item = {"id": inc.id, "date": used.start, "basis": used.basis, "event_type": inc.event_type,
                "killed": _killed(inc), "name": p.name, "name_en": names.name_en,
                "governorate": p.governorate, "country": names.country}
        if names.country and names.country != SYRIA:
            outside.append(item)
        elif p.lat is not None and p.lon is not None:
            points.append({**item, "lat": p.lat, "lon": p.lon, "approx": False})
        elif (centre := governorate_centre(p.governorate)) is not None:
            points.append({**item, "lat": centre[0], "lon": centre[1], "approx": True})
        else:
            unplaced += 1
    return {"total": len(incidents), "points": points, "outside": outside, "unplaced": unplaced}
