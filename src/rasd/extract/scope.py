"""Scope of one claim: a toll for one attack or place (``incident``), or a total over places
or a period (``cumulative``, codebook "Scope")."""

from __future__ import annotations

from rasd.core.models import Figure
from rasd.extract.doc import Doc, Draft
from rasd.extract.events import tied_event
from rasd.text.segment import Sentence

_CUE_REACH = 120  # characters around the figure within which a scope cue applies
# Tolls of single strikes or battles in this war are rarely in the hundreds; a death toll
# that large is almost always a total over days or places, unless its clause ties it to one
# attack ("لقي 200 جندي مصرعهم في المعركة التي ...").
_CUMULATIVE_TOLL = 150
# No one attack in this war killed tens of thousands: a toll that large is the war's, whatever
# its clause names ("الصراع الذي أسفر عن سقوط 70 ألف قتيل").
_WAR_TOLL = 10000
_GOVERNORATES_OF_A_TOTAL = 3  # "معظمهم في حلب ودير الزور وحمص"


def claim_scope(doc: Doc, sent: Sentence, figures: list[Figure], near: int, d: Draft | None = None) -> str:
    return scope_reason(doc, sent, figures, near, d)[0]


def scope_reason(doc: Doc, sent: Sentence, figures: list[Figure], near: int,
                 d: Draft | None = None) -> tuple[str, str]:
    """The scope and the rule that decided it (for reading errors)."""
    # a cue counts near the figures it qualifies, not anywhere in a long sentence
    lo, hi = max(sent.start, near - _CUE_REACH), min(sent.end, near + _CUE_REACH)
    in_sent = doc.places_in(sent.start, sent.end)
    towns = [p for p in in_sent if p.level not in ("country", "governorate")]
    for cue in doc.scope_cues.between(lo, hi):
        # "وثقت الشبكة مقتل 8 أطفال": a monitor's count is a total unless it names its town
        if cue.value == "cumulative" or not towns:
            return "cumulative", "cue:" + cue.value
    if any(dm.cumulative for dm in doc.dates_in(lo, hi)):
        return "cumulative", "period"
    if any(f.qualifier == "thousands" or f.kind == "killed" and (f.low or 0) >= _WAR_TOLL for f in figures):
        return "cumulative", "thousands"
    if len({p.place.governorate for p in in_sent if p.country == "SY"
            and p.place.governorate != "unknown"}) >= _GOVERNORATES_OF_A_TOTAL:
        return "cumulative", "governorates"
    # "قتل 40 شخصا في سوريا": a toll placed nowhere finer than the country is the country's
    # (not in English wire copy, which places every story in its country first: "an air
    # strike in northwestern Syria killed 10")
    # ... unless its sentence tells the attack that caused it: "أسفرت الغارات التركية على
    # مواقع في سوريا عن مقتل 9" is one raid placed only by its country
    if in_sent and doc.pack.setting("country_place_is_total", "1") == "1" and all(p.level == "country" for p in in_sent) and any(
            p.country == "SY" and lo <= p.start < hi for p in in_sent) and not (
            d is not None and _attack_told(doc, d)):
        return "cumulative", "country"
    if any(f.kind == "killed" and (f.low or 0) >= _CUMULATIVE_TOLL for f in figures) and not (
            d is not None and tied_event(doc, d) is not None):
        return "cumulative", "large"
    return "incident", "default"


def _attack_told(doc: Doc, d: Draft) -> bool:
    """The draft's sentence names a kind of attack ("غارة", "قصفت", "الهجوم الانتحاري"); a
    word naming none ("عمليات", "استهدف", "أعمال عنف") does not count."""
    return any(e.type != "other" for e in doc.events_in(d.sentence))
