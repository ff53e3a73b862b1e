"""Incidents and casualties over time, for the UI's chart.

The Store interface has no grouped query with filters, so this pages through the filtered
incidents (compact pages, bounded) and sums them here. A store-side aggregate would be
faster at 100k incidents; until then ``complete`` says when the cap was hit.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from rasd.store import IncidentFilter, Store

PAGE = 5000
CAP = 200_000


def build(store: Store, flt: IncidentFilter, bucket: str = "month") -> dict[str, Any]:
    width = 7 if bucket == "month" else 4
    rows: dict[str, list[int]] = {}
    undated = seen = 0
    base = replace(flt, sort="date", limit=PAGE, offset=0)
    while seen < CAP:
        page = store.incidents(replace(base, offset=seen))
        for inc in page:
            if inc.date is None:
                undated += 1
                continue
            k = inc.figures.get("killed")
            r = rows.setdefault(inc.date.start[:width], [0, 0])
            r[0] += 1
            r[1] += (k.best or 0) if k else 0
        seen += len(page)
        if len(page) < PAGE:
            break
    return {
        "bucket": bucket,
        "items": [{"period": p, "incidents": n, "killed": k} for p, (n, k) in sorted(rows.items())],
        "undated": undated,
        "complete": seen < CAP,
    }
