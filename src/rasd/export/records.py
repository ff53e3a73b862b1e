"""Incidents as JSON records for people and programs: the codebook's incident shape plus the
names a reader needs (the place in English beside Arabic, its administrative units and
country), the days every export uses (``date_used``) and the outlets that reported it. The
json and geojson exports and the API's incident lists share these records."""

from __future__ import annotations

from typing import Any

from rasd.core.models import Incident, Place
from rasd.display import place_names
from rasd.export.context import ExportContext, date_used


def place_record(place: Place) -> dict[str, Any]:
    names = place_names(place)
    d = place.to_dict()
    d["name_en"] = names.name_en
    d["country"] = names.country
    for level in ("admin1", "admin2", "admin3"):
        unit = getattr(names, level)
        d[level] = {"pcode": unit.pcode, "en": unit.en, "ar": unit.ar} if unit else None
    return d


def incident_record(inc: Incident, ctx: ExportContext | None = None) -> dict[str, Any]:
    ctx = ctx or ExportContext()
    d = inc.to_dict()
    d["place"] = place_record(inc.place)
    used = date_used(inc, ctx)
    d["date_used"] = {"start": used.start, "end": used.end, "basis": used.basis}
    if ctx.articles:
        d["outlets"] = ctx.outlets(inc)
    return d


def geojson(incidents: list[Incident], ctx: ExportContext | None = None) -> tuple[dict[str, Any], int]:
    """An RFC 7946 FeatureCollection of Points ([lon, lat]); incidents without valid
    coordinates are left out and counted."""
    features, omitted = [], 0
    for inc in incidents:
        lat, lon = inc.place.lat, inc.place.lon
        if lat is None or lon is None or not (-90 <= lat <= 90 and -180 <= lon <= 180):
            omitted += 1
            continue
        features.append({"type": "Feature", "id": inc.id,
                         "geometry": {"type": "Point", "coordinates": [float(lon), float(lat)]},
                         "properties": incident_record(inc, ctx)})
    return {"type": "FeatureCollection", "features": features}, omitted
