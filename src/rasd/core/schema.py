"""Validation of extraction output against the codebook (``shared/spec/codebook.md``).

``validate_extraction`` checks one line of ``rasd extract --json``; ``validate_claim`` one
claim, in extraction shape (evidence offsets) or gold shape (a ``quote`` instead). Errors
are plain strings prefixed with a JSON path ("claims[2].figures[0].kind: ..."), so a user
checking their own gold file or a consumer checking our output can find the culprit.

Hand-written rather than a JSON Schema: the messages name the codebook vocabulary that was
expected, and the cross-field rules (start <= end, qualifier shapes) fit badly in a schema.
"""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache
from typing import Any

from rasd.core.codebook import ids
from rasd.core.vocab import PRECISIONS

_ISO_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")


@lru_cache(maxsize=1)
def _vocab() -> dict[str, frozenset[str]]:
    actors = frozenset(ids("actors"))
    return {
        "claimant": frozenset(ids("claimants")) | {"other"},
        "event_type": frozenset(ids("event_types")),
        # "civilians" is an actor id for victims only: nobody is attacked *by* civilians
        # in the codebook's sense.
        "perpetrator": (actors - {"civilians"}) | {"unknown"},
        "victims": actors | {"civilians", "unknown"},
        "scope": frozenset(ids("scopes")),
        "governorate": frozenset(ids("governorates")),
        "kind": frozenset(ids("figure_kinds")),
        "group": frozenset(ids("figure_groups")),
        "qualifier": frozenset(ids("qualifiers")),
        "precision": frozenset(PRECISIONS),
    }


def _is_int(v: Any) -> bool:
    return isinstance(v, int) and not isinstance(v, bool)


def _is_number(v: Any) -> bool:
    return isinstance(v, (int, float)) and not isinstance(v, bool)


def _check_id(errors: list[str], path: str, value: Any, vocab: str) -> None:
    allowed = _vocab()[vocab]
    if not isinstance(value, str):
        errors.append(f"{path}: expected a codebook {vocab} id (string), got {_show(value)}")
    elif value not in allowed:
        errors.append(f"{path}: {value!r} is not a codebook {vocab} id "
                      f"(one of: {', '.join(sorted(allowed))})")


def _show(v: Any) -> str:
    s = repr(v)
    return s if len(s) <= 40 else s[:39] + "…"


def _check_day(errors: list[str], path: str, value: Any) -> date | None:
    if not isinstance(value, str) or not _ISO_DAY.match(value):
        errors.append(f"{path}: expected an ISO day YYYY-MM-DD, got {_show(value)}")
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        errors.append(f"{path}: {value!r} is not a valid day")
        return None


def _check_offsets(errors: list[str], path: str, obj: dict[str, Any], text: str | None,
                   reported: Any) -> None:
    """``start``/``end`` of ``obj``: ints, 0 <= start < end, and when the article text is
    known, ``text[start:end]`` must be exactly what was reported."""
    start, end = obj.get("start"), obj.get("end")
    if not _is_int(start) or not _is_int(end):
        errors.append(f"{path}: start and end must be integers, got {_show(start)}, {_show(end)}")
        return
    if start < 0 or start >= end:
        errors.append(f"{path}: needs 0 <= start < end, got start={start} end={end}")
        return
    if text is None:
        return
    if end > len(text):
        errors.append(f"{path}: end={end} is past the end of the article text ({len(text)})")
    elif text[start:end] != reported:
        errors.append(f"{path}: text[{start}:{end}] is {_show(text[start:end])}, "
                      f"but the reported text is {_show(reported)}")


def _check_figure(errors: list[str], path: str, f: Any, text: str | None) -> None:
    if not isinstance(f, dict):
        errors.append(f"{path}: expected an object, got {_show(f)}")
        return
    for key, vocab in (("kind", "kind"), ("group", "group"), ("qualifier", "qualifier")):
        _check_id(errors, f"{path}.{key}", f.get(key), vocab)
    low, high = f.get("low"), f.get("high")
    for key, v in (("low", low), ("high", high)):
        if v is not None and not _is_int(v):
            errors.append(f"{path}.{key}: expected an integer or null, got {_show(v)}")
        elif _is_int(v) and v < 0:
            errors.append(f"{path}.{key}: negative count {v}")
    if _is_int(low) and _is_int(high) and low > high:
        errors.append(f"{path}: low {low} > high {high}")
    _check_qualifier_shape(errors, path, f.get("qualifier"), low, high)
    if not isinstance(f.get("text"), str) or not f.get("text"):
        errors.append(f"{path}.text: expected the figure's words (non-empty string)")
    if "start" in f or "end" in f:  # figure offsets are optional, but must be right if given
        _check_offsets(errors, path, f, text, f.get("text"))


def _check_qualifier_shape(errors: list[str], path: str, q: Any, low: Any, high: Any) -> None:
    """The codebook's table of qualifiers fixes which of low/high is set."""
    if low is None and high is None:
        errors.append(f"{path}: low and high are both null")
    elif q == "exact" and low != high:
        errors.append(f"{path}: qualifier exact needs low == high, got {low}, {high}")
    elif q in ("at_least", "more_than", "some", "thousands") and low is None:
        errors.append(f"{path}: qualifier {q} needs low")
    elif q == "up_to" and high is None:
        errors.append(f"{path}: qualifier up_to needs high")


def _check_place(errors: list[str], path: str, p: Any) -> None:
    if not isinstance(p, dict):
        errors.append(f"{path}: expected an object, got {_show(p)}")
        return
    if p.get("name") is not None and not isinstance(p.get("name"), str):
        errors.append(f"{path}.name: expected a string or null, got {_show(p.get('name'))}")
    _check_id(errors, f"{path}.governorate", p.get("governorate"), "governorate")
    # Gold files may leave out lat/lon/precision; extraction output must have precision.
    if "precision" in p:
        _check_id(errors, f"{path}.precision", p.get("precision"), "precision")
    for key in ("lat", "lon"):
        if p.get(key) is not None and not _is_number(p.get(key)):
            errors.append(f"{path}.{key}: expected a number or null, got {_show(p.get(key))}")


def _check_date(errors: list[str], path: str, d: Any) -> None:
    if d is None:
        return
    if not isinstance(d, dict):
        errors.append(f"{path}: expected null or {{start, end}}, got {_show(d)}")
        return
    start = _check_day(errors, f"{path}.start", d.get("start"))
    end = _check_day(errors, f"{path}.end", d.get("end"))
    if start and end and start > end:
        errors.append(f"{path}: start {start} is after end {end}")


def validate_claim(c: Any, path: str = "claim", text: str | None = None,
                   gold: bool = False) -> list[str]:
    """Errors of one claim. ``gold``: a gold-file claim (``quote``, no evidence offsets)."""
    errors: list[str] = []
    if not isinstance(c, dict):
        return [f"{path}: expected an object, got {_show(c)}"]
    for key in ("claimant", "event_type", "perpetrator", "victims", "scope"):
        _check_id(errors, f"{path}.{key}", c.get(key), key)
    ct = c.get("claimant_text")
    if ct is not None and not isinstance(ct, str):
        errors.append(f"{path}.claimant_text: expected a string or null, got {_show(ct)}")
    if "place" not in c:
        errors.append(f"{path}.place: missing")
    else:
        _check_place(errors, f"{path}.place", c["place"])
    if "date" not in c:
        errors.append(f"{path}.date: missing (use null when the text does not fix a day)")
    else:
        _check_date(errors, f"{path}.date", c["date"])
    figures = c.get("figures")
    if not isinstance(figures, list) or not figures:
        errors.append(f"{path}.figures: expected a non-empty list of figures")
    else:
        for i, f in enumerate(figures):
            _check_figure(errors, f"{path}.figures[{i}]", f, text)
    if gold:
        if not isinstance(c.get("quote"), str) or not c["quote"].strip():
            errors.append(f"{path}.quote: expected the text that states the figure")
    else:
        ev = c.get("evidence")
        if not isinstance(ev, dict):
            errors.append(f"{path}.evidence: expected {{start, end, text}}, got {_show(ev)}")
        else:
            if not isinstance(ev.get("text"), str):
                errors.append(f"{path}.evidence.text: expected a string")
            _check_offsets(errors, f"{path}.evidence", ev, text, ev.get("text"))
    return errors


def validate_extraction(obj: Any, text: str | None = None) -> list[str]:
    """Errors of one ``rasd extract --json`` line; empty when it follows the codebook.

    ``text``: the article's text, when known; then every evidence and figure offset must
    slice it to exactly the reported text.
    """
    if not isinstance(obj, dict):
        return [f"expected an object with article and claims, got {_show(obj)}"]
    errors: list[str] = []
    art = obj.get("article")
    if not isinstance(art, dict):
        errors.append("article: expected an object")
    else:
        if not isinstance(art.get("id"), str) or not art.get("id"):
            errors.append(f"article.id: expected a non-empty string, got {_show(art.get('id'))}")
        if art.get("published") is not None:
            _check_day(errors, "article.published", art["published"])
        if art.get("lang") not in ("ar", "en"):
            errors.append(f"article.lang: expected 'ar' or 'en', got {_show(art.get('lang'))}")
    claims = obj.get("claims")
    if not isinstance(claims, list):
        errors.append("claims: expected a list")
        return errors
    for i, c in enumerate(claims):
        errors.extend(validate_claim(c, f"claims[{i}]", text))
    return errors
