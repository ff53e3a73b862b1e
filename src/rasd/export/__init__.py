"""Exports of incidents: csv, json, geojson, ACLED-style and UCDP-GED-style tables.

``export(fmt, incidents, out, ctx) -> dict`` writes to a text stream and returns counts
({"written": n, "omitted": m}; geojson omits incidents without coordinates). Column
meanings: docs/incidents.md.
"""

from __future__ import annotations

import csv
import json
from typing import IO, Any, Iterable

from rasd.export.context import ArticleMeta, ExportContext
from rasd.export.tables import (ACLED_COLUMNS, CSV_COLUMNS, UCDP_COLUMNS, acled_row, csv_row,
                                ucdp_row)
from rasd.core.models import Incident

FORMATS = ("csv", "json", "geojson", "acled", "ucdp")

__all__ = ["FORMATS", "export", "geojson", "ExportContext", "ArticleMeta"]


def geojson(incidents: Iterable[Incident]) -> tuple[dict[str, Any], int]:
    """An RFC 7946 FeatureCollection of Points ([lon, lat]); incidents without valid
    coordinates are left out and counted."""
    features, omitted = [], 0
    for inc in incidents:
        lat, lon = inc.place.lat, inc.place.lon
        if lat is None or lon is None or not (-90 <= lat <= 90 and -180 <= lon <= 180):
            omitted += 1
            continue
        props = inc.to_dict()
        features.append({"type": "Feature", "id": inc.id,
                         "geometry": {"type": "Point", "coordinates": [float(lon), float(lat)]},
                         "properties": props})
    return {"type": "FeatureCollection", "features": features}, omitted


def _table(out: IO[str], columns: list[str], rows: Iterable[dict[str, Any]]) -> int:
    w = csv.DictWriter(out, fieldnames=columns, lineterminator="\n")
    w.writeheader()
    n = 0
    for row in rows:
        w.writerow(row)
        n += 1
    return n


def export(fmt: str, incidents: list[Incident], out: IO[str], ctx: ExportContext | None = None) -> dict:
    ctx = ctx or ExportContext()
    if fmt == "json":
        json.dump([inc.to_dict() for inc in incidents], out, ensure_ascii=False, indent=1)
        out.write("\n")
        return {"written": len(incidents), "omitted": 0}
    if fmt == "geojson":
        fc, omitted = geojson(incidents)
        json.dump(fc, out, ensure_ascii=False)
        out.write("\n")
        return {"written": len(fc["features"]), "omitted": omitted}
    if fmt == "csv":
        n = _table(out, list(CSV_COLUMNS), (csv_row(i, ctx) for i in incidents))
    elif fmt == "acled":
        n = _table(out, ACLED_COLUMNS, (acled_row(i, ctx) for i in incidents))
    elif fmt == "ucdp":
        n = _table(out, UCDP_COLUMNS, (ucdp_row(i, ctx) for i in incidents))
    else:
        raise ValueError(f"unknown format {fmt!r}; use one of: {', '.join(FORMATS)}")
    return {"written": n, "omitted": 0}
