"""An article's claims as the store writes them: JSON documents and column tuples.

Made by ``claim_rows`` wherever extraction ran, so that with Dask workers the one writer
only hands ready tuples to ``executemany`` (``SQLStore.set_claims(..., rows=...)``) rather
than encoding every claim itself. Nothing here knows the article's stored id or
publication day: the writer adds those.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from rasd.core.models import Claim


def dumps(obj: Any) -> str:
    return json.dumps(obj, ensure_ascii=False, separators=(",", ":"))


@dataclass(slots=True)
class ClaimRows:
    """``claims`` as read back from their JSON (so a caller handed them sees exactly what
    a later read of the store gives); ``rows`` the columns of each claim from
    ``claim_index`` to ``json``, ``day_start``/``day_end`` left out (the claim's dates, else
    the article's day, which only the writer knows); ``figures`` the figures' columns
    from ``claim_index`` on."""

    claims: list[Claim]
    rows: list[tuple]
    figures: list[tuple]


def claim_rows(claims: list[Claim]) -> ClaimRows:
    docs, rows, figures = [], [], []
    for i, c in enumerate(claims):
        doc = dumps(c.to_dict())
        docs.append(doc)
        ds = c.date.start if c.date else None
        de = (c.date.end or c.date.start) if c.date else None
        rows.append((i, c.claimant, c.event_type, c.perpetrator, c.victims, c.scope,
                     c.place.governorate or "unknown", c.place.name, c.place.lat, c.place.lon,
                     ds, de, " ".join(dict.fromkeys(f.kind for f in c.figures)), doc))
        figures += [(i, j, f.kind, f.group, f.low, f.high, f.qualifier)
                    for j, f in enumerate(c.figures)]
    # Read back from the JSON: what the codebook shape keeps and nothing more, so linking
    # sees the same claims whichever way they reach it (handed over, or read from the store).
    return ClaimRows([Claim.from_dict(json.loads(d)) for d in docs], rows, figures)
