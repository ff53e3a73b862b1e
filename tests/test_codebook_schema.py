"""validate_extraction: a `rasd extract --json` line checked against the codebook."""

from __future__ import annotations

import copy
from typing import Any

import pytest

from rasd.core.schema import validate_claim, validate_extraction

TEXT = "قال ناشطون إن خمسة مدنيين قتلوا في قصف على بلدة تل رفعت أمس."
_FIG = "خمسة مدنيين"
_F0 = TEXT.index(_FIG)

VALID: dict[str, Any] = {
    "article": {"id": "t-1", "source": "test", "published": "2019-05-02", "lang": "ar",
                "title": None, "url": None},
    "claims": [{
        "claimant": "local_sources", "claimant_text": "ناشطون", "event_type": "shelling",
        "perpetrator": "unknown", "victims": "civilians",
        "place": {"name": "تل رفعت", "governorate": "aleppo", "lat": 36.47, "lon": 37.1,
                  "precision": "town"},
        "date": {"start": "2019-05-01", "end": "2019-05-01"}, "scope": "incident",
        "figures": [{"kind": "killed", "group": "civilians", "low": 5, "high": 5,
                     "qualifier": "exact", "text": _FIG, "start": _F0, "end": _F0 + len(_FIG)}],
        "evidence": {"start": 0, "end": len(TEXT), "text": TEXT},
    }],
}


def broken(path: str, value: Any) -> dict[str, Any]:
    """VALID with the field at dotted ``path`` set to ``value`` (or removed for ...)."""
    obj = copy.deepcopy(VALID)
    *parents, last = path.split(".")
    node: Any = obj
    for p in parents:
        node = node[int(p)] if p.isdigit() else node[p]
    if value is ...:
        del node[last]
    else:
        node[int(last) if last.isdigit() else last] = value
    return obj


def test_valid_object_passes() -> None:
    assert validate_extraction(VALID) == []
    assert validate_extraction(VALID, text=TEXT) == []
    assert validate_extraction({"article": VALID["article"], "claims": []}) == []


def test_nulls_where_the_codebook_allows_them() -> None:
    obj = broken("claims.0.date", None)
    obj["claims"][0]["place"] = {"name": None, "governorate": "unknown", "lat": None,
                                 "lon": None, "precision": "unknown"}
    obj["claims"][0]["figures"][0].update(high=None, qualifier="at_least")
    assert validate_extraction(obj) == []


@pytest.mark.parametrize("path, value, expect", [
    ("claims.0.claimant", "sohrr", "claims[0].claimant: 'sohrr' is not a codebook claimant id"),
    ("claims.0.event_type", "raid", "claims[0].event_type: 'raid'"),
    ("claims.0.perpetrator", "civilians", "claims[0].perpetrator: 'civilians'"),
    ("claims.0.victims", "rebels", "claims[0].victims: 'rebels'"),
    ("claims.0.scope", "total", "claims[0].scope"),
    ("claims.0.place.governorate", "Aleppo", "claims[0].place.governorate: 'Aleppo'"),
    ("claims.0.place.precision", "city", "claims[0].place.precision: 'city'"),
    ("claims.0.figures.0.kind", "dead", "claims[0].figures[0].kind: 'dead'"),
    ("claims.0.figures.0.group", "kids", "claims[0].figures[0].group"),
    ("claims.0.figures.0.qualifier", "approx", "claims[0].figures[0].qualifier"),
    ("claims.0.figures.0.low", "5", "claims[0].figures[0].low: expected an integer"),
    ("claims.0.figures.0.high", 5.5, "claims[0].figures[0].high: expected an integer"),
    ("claims.0.figures.0.low", 9, "low 9 > high 5"),
    ("claims.0.figures", [], "claims[0].figures: expected a non-empty list"),
    ("claims.0.evidence", None, "claims[0].evidence: expected {start, end, text}"),
    ("claims.0.date", ..., "claims[0].date: missing"),
    ("claims.0.claimant", ..., "claims[0].claimant: expected a codebook claimant id"),
    ("article.lang", "fr", "article.lang"),
    ("article.published", "02/05/2019", "article.published: expected an ISO day"),
])
def test_bad_ids_and_types_are_reported(path: str, value: Any, expect: str) -> None:
    errors = validate_extraction(broken(path, value))
    assert any(expect in e for e in errors), errors


@pytest.mark.parametrize("date, expect", [
    ({"start": "2019-05-03", "end": "2019-05-01"}, "is after end"),
    ({"start": "2019-02-30", "end": "2019-02-30"}, "not a valid day"),
    ({"start": "2019-5-1", "end": "2019-05-01"}, "expected an ISO day"),
    ({"start": "2019-05-01"}, "date.end: expected an ISO day"),
    ("2019-05-01", "expected null or {start, end}"),
])
def test_bad_dates_are_reported(date: Any, expect: str) -> None:
    errors = validate_extraction(broken("claims.0.date", date))
    assert any(expect in e for e in errors), errors


@pytest.mark.parametrize("evidence, expect", [
    ({"start": 10, "end": 10, "text": ""}, "needs 0 <= start < end"),
    ({"start": -1, "end": 4, "text": "x"}, "needs 0 <= start < end"),
    ({"start": "0", "end": 4, "text": "x"}, "start and end must be integers"),
    ({"start": 0, "end": 10_000, "text": "x"}, "past the end of the article text"),
    ({"start": 0, "end": 3, "text": "xyz"}, "but the reported text is 'xyz'"),
])
def test_bad_offsets_are_reported(evidence: dict[str, Any], expect: str) -> None:
    errors = validate_extraction(broken("claims.0.evidence", evidence), text=TEXT)
    assert any(expect in e for e in errors), errors


def test_figure_offsets_must_slice_to_the_figure_text() -> None:
    obj = broken("claims.0.figures.0.start", _F0 + 1)
    errors = validate_extraction(obj, text=TEXT)
    assert any(e.startswith("claims[0].figures[0]: text[") for e in errors), errors


def test_qualifier_shapes() -> None:
    obj = broken("claims.0.figures.0.high", 7)  # exact 5..7
    assert any("exact needs low == high" in e for e in validate_extraction(obj))
    obj = broken("claims.0.figures.0.low", None)
    obj["claims"][0]["figures"][0]["qualifier"] = "at_least"
    assert any("at_least needs low" in e for e in validate_extraction(obj))


def test_gold_claims_need_a_quote_not_evidence() -> None:
    c = copy.deepcopy(VALID["claims"][0])
    del c["evidence"]
    assert any("quote" in e for e in validate_claim(c, gold=True))
    c["quote"] = "خمسة مدنيين قتلوا"
    assert validate_claim(c, gold=True) == []


def test_not_an_object() -> None:
    assert validate_extraction([]) != []
    assert validate_extraction({"article": {"id": "x", "lang": "ar"}, "claims": {}}) == [
        "claims: expected a list"]
