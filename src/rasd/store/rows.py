"""An article's claims as the store writes them: JSON documents and column tuples.

Made by ``claim_rows`` wherever extraction ran, so that with Dask workers the one writer
only hands ready tuples to ``executemany`` (``SQLStore.set_claims(..., rows=...)``) rather
than encoding every claim itself. Nothing here knows the article's stored id or
publication day: the writer adds those.
"""

from __future__ import annotations

import json
from typing import Any

from rasd.core.models import Claim


def dumps(obj: Any) -> str:
    return json.dumps(obj, ensure_ascii=False, separators=(",", ":"))


class ClaimRows:
    """An article's claims as the store writes them: ``rows`` the columns of each claim
    from ``claim_index`` to ``json``, ``day_start``/``day_end`` left out (the claim's
    dates, else the article's day, which only the writer knows); ``figures`` the figures'
    columns from ``claim_index`` on; ``claims`` the claims as read back from their JSON (so
    a caller handed them sees exactly what a later read of the store gives), decoded on
    first use.

    Pickled (a worker's result travelling to the writer), it is the rows alone: the JSON
    is in them already, and decoding it once in the writer costs less than pickling the
    ``Claim`` objects on the worker and unpickling them in the writer (~0.1 ms an article
    against ~0.4 ms: many small slotted objects)."""

    __slots__ = ("rows", "figures", "_claims")

    def __init__(self, rows: list[tuple], figures: list[tuple],
                 claims: list[Claim] | None = None) -> None:
        self.rows, self.figures, self._claims = rows, figures, claims

    @property
    def claims(self) -> list[Claim]:
        if self._claims is None:
            self._claims = [Claim.from_dict(json.loads(r[-1])) for r in self.rows]
        return self._claims

    def __reduce__(self) -> tuple:
        return ClaimRows, (self.rows, self.figures)


def claim_rows(claims: list[Claim]) -> ClaimRows:
    rows, figures = [], []
    for i, c in enumerate(claims):
        doc = dumps(c.to_dict())
        ds = c.date.start if c.date else None
        de = (c.date.end or c.date.start) if c.date else None
        rows.append((i, c.claimant, c.event_type, c.perpetrator, c.victims, c.scope,
                     c.place.governorate or "unknown", c.place.name, c.place.lat, c.place.lon,
                     ds, de, " ".join(dict.fromkeys(f.kind for f in c.figures)), doc))
        figures += [(i, j, f.kind, f.group, f.low, f.high, f.qualifier)
                    for j, f in enumerate(c.figures)]
    # ``claims`` are read back from the JSON (when first asked for): what the codebook
    # shape keeps and nothing more, so linking sees the same claims whichever way they
    # reach it (handed over, or read from the store).
    return ClaimRows(rows, figures)
