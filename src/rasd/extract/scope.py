"""Scope of one claim: a toll for one attack or place (``incident``), or a total over places
or a period (``cumulative``, codebook "Scope")."""

from __future__ import annotations

from rasd.core.models import Figure
from rasd.extract.doc import Doc
from rasd.text.segment import Sentence

_CUE_REACH = 120  # characters around the figure within which a scope cue applies
# Tolls of single strikes or battles in this war are rarely in the hundreds; a death toll
# that large is almost always a total over days or places.
_CUMULATIVE_TOLL = 150
_GOVERNORATES_OF_A_TOTAL = 3  # "معظمهم في حلب ودير الزور وحمص"


def claim_scope(doc: Doc, sent: Sentence, figures: list[Figure], near: int) -> str:
    # a cue counts near the figures it qualifies, not anywhere in a long sentence
    lo, hi = max(sent.start, near - _CUE_REACH), min(sent.end, near + _CUE_REACH)
    if doc.scope_cues.between(lo, hi):
        return "cumulative"
    if any(dm.cumulative for dm in doc.dates if lo <= dm.start < hi):
        return "cumulative"
    if any(f.qualifier == "thousands" for f in figures):
        return "cumulative"
    in_sent = doc.places_in(sent.start, sent.end)
    if len({p.place.governorate for p in in_sent if p.country == "SY"
            and p.place.governorate != "unknown"}) >= _GOVERNORATES_OF_A_TOTAL:
        return "cumulative"
    if any(f.kind == "killed" and (f.low or 0) >= _CUMULATIVE_TOLL for f in figures):
        return "cumulative"
    return "incident"
