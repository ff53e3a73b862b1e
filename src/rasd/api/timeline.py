"""Incidents and casualties over time, for the UI's chart.

The Store interface has no grouped query with filters, so this pages through the filtered
incidents (compact pages, bounded) and sums them here. A store-side aggregate would be
faster at 100k incidents; until then ``complete`` says when the cap was hit. Incidents are
placed as every export places them: by their event days, else by their first report
(``by_report`` counts those); ``undated`` ones have neither.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any, Iterable, Iterator

from rasd.core.models import Incident
from rasd.export.context import ExportContext, date_used
from rasd.store import IncidentFilter, Store

PAGE = 5000
CAP = 200_000


def _pages(store: Store, flt: IncidentFilter) -> Iterator[list[Incident]]:
    base = replace(flt, sort="date", limit=PAGE, offset=0)
    seen = 0
    while seen < CAP:
        page = store.incidents(replace(base, offset=seen))
        yield page
        seen += len(page)
        if len(page) < PAGE:
            return


def build(store: Store, flt: IncidentFilter, bucket: str = "month", q: str | None = None) -> dict[str, Any]:
    if q and q.strip():
        from rasd.api.selection import select_all

        return aggregate([select_all(store, flt, q)], bucket)
    return aggregate(_pages(store, flt), bucket)


def aggregate(pages: Iterable[list[Incident]], bucket: str = "month") -> dict[str, Any]:
    width = 7 if bucket == "month" else 4
    rows: dict[str, list[int]] = {}
    undated = by_report = seen = 0
    ctx = ExportContext()
    for page in pages:
        for inc in page:
            # The exports' rule: the event's days, else the day it was first reported.
            used = date_used(inc, ctx)
            if used.start is None:
                undated += 1
                continue
            by_report += used.basis == "report"
            k = inc.figures.get("killed")
            r = rows.setdefault(used.start[:width], [0, 0])
            r[0] += 1
            r[1] += (k.best or 0) if k else 0
        seen += len(page)
    return {
        "bucket": bucket,
        "items": [{"period": p, "incidents": n, "killed": k} for p, (n, k) in sorted(rows.items())],
        "undated": undated,
        "by_report": by_report,
        "complete": seen < CAP,
    }
