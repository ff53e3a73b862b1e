"""Exports of incidents: csv, json, geojson, parquet, and ACLED- and UCDP-GED-style tables.

``export(fmt, incidents, out, ctx) -> counts`` writes one format to a binary stream;
``render(fmt, incidents, ctx) -> bytes`` returns it; ``load_context(store, incidents)``
gathers what the tables name beyond the incident (outlets, titles, claims). Every format
gives an incident the same days (``date_used``: event days where known, else the first
report day). Columns and rules: docs/incidents.md.
"""

from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass
from typing import IO, Any, Callable, Iterable

from rasd.core.models import Incident
from rasd.export import acled, table, ucdp
from rasd.export.context import ArticleMeta, DateUsed, ExportContext, date_used, load_context
from rasd.export.records import geojson, incident_record

Counts = dict[str, int]


class ExportUnavailable(Exception):
    """A format that needs an optional dependency which is not installed."""


@dataclass(frozen=True, slots=True)
class Format:
    media_type: str
    extension: str
    write: Callable[[list[Incident], IO[bytes], ExportContext], Counts]
    history: bool = False  # needs when each incident last changed (load_context(history=True))


def _csv(columns: Iterable[str], rows: Iterable[dict[str, Any] | None], out: IO[bytes]) -> Counts:
    text = io.TextIOWrapper(out, encoding="utf-8", newline="", write_through=True)
    w = csv.DictWriter(text, fieldnames=list(columns), lineterminator="\n")
    w.writeheader()
    written = omitted = 0
    for row in rows:
        if row is None:
            omitted += 1
            continue
        w.writerow({k: ("" if v is None else v) for k, v in row.items()})
        written += 1
    text.detach()  # leave ``out`` open for the caller
    return {"written": written, "omitted": omitted}


def _json(incidents: list[Incident], out: IO[bytes], ctx: ExportContext) -> Counts:
    body = json.dumps([incident_record(i, ctx) for i in incidents], ensure_ascii=False, indent=1)
    out.write(body.encode() + b"\n")
    return {"written": len(incidents), "omitted": 0}


def _geojson(incidents: list[Incident], out: IO[bytes], ctx: ExportContext) -> Counts:
    fc, omitted = geojson(incidents, ctx)
    out.write(json.dumps(fc, ensure_ascii=False).encode() + b"\n")
    return {"written": len(fc["features"]), "omitted": omitted}


PARQUET_MISSING = "Parquet export needs pyarrow: pip install 'rasd[parquet]'"


def unavailable(fmt: str) -> str | None:
    """Why ``fmt`` cannot be written here (a missing optional dependency), or None."""
    if fmt == "parquet":
        import importlib.util

        if importlib.util.find_spec("pyarrow") is None:
            return PARQUET_MISSING
    return None


def _parquet(incidents: list[Incident], out: IO[bytes], ctx: ExportContext) -> Counts:
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError:
        raise ExportUnavailable(PARQUET_MISSING) from None
    from datetime import date

    kinds = {"str": pa.string(), "int": pa.int64(), "float": pa.float64(), "date": pa.date32()}
    schema = pa.schema([(c, kinds[t]) for c, t in table.COLUMN_TYPES])
    rows = [table.table_row(i, ctx) for i in incidents]
    data = {}
    for c, t in table.COLUMN_TYPES:
        vals = [r[c] for r in rows]
        data[c] = [date.fromisoformat(v) if v else None for v in vals] if t == "date" else vals
    pq.write_table(pa.table(data, schema=schema), out)
    return {"written": len(rows), "omitted": 0}


FORMATS: dict[str, Format] = {
    "csv": Format("text/csv; charset=utf-8", "csv",
                  lambda incs, out, ctx: _csv(table.COLUMNS, (table.table_row(i, ctx) for i in incs), out)),
    "json": Format("application/json", "json", _json),
    "geojson": Format("application/geo+json", "geojson", _geojson),
    "parquet": Format("application/vnd.apache.parquet", "parquet", _parquet),
    "acled": Format("text/csv; charset=utf-8", "csv",
                    lambda incs, out, ctx: _csv(acled.COLUMNS, (acled.acled_row(i, ctx) for i in incs), out),
                    history=True),
    "ucdp": Format("text/csv; charset=utf-8", "csv",
                   lambda incs, out, ctx: _csv(ucdp.COLUMNS, (ucdp.ucdp_row(i, ctx) for i in incs), out)),
}


def export(fmt: str, incidents: list[Incident], out: IO[bytes], ctx: ExportContext | None = None) -> Counts:
    """Write ``incidents`` as ``fmt`` to the binary stream ``out``; {"written", "omitted"}."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}; use one of: {', '.join(FORMATS)}")
    return FORMATS[fmt].write(incidents, out, ctx or ExportContext())


def render(fmt: str, incidents: list[Incident], ctx: ExportContext | None = None) -> tuple[bytes, Counts]:
    buf = io.BytesIO()
    counts = export(fmt, incidents, buf, ctx)
    return buf.getvalue(), counts


def export_store(store: Any, fmt: str, flt: Any) -> tuple[list[Incident], ExportContext]:
    """The incidents ``flt`` selects (all of them, oldest first) and their context."""
    from dataclasses import replace

    incidents = store.incidents(replace(flt, sort="date", offset=0))
    return incidents, load_context(store, incidents, history=FORMATS[fmt].history)


__all__ = ["FORMATS", "Format", "ExportUnavailable", "unavailable", "export", "render", "export_store", "geojson",
           "incident_record", "ExportContext", "ArticleMeta", "DateUsed", "date_used", "load_context"]
