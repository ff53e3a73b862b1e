"""Query parameters → store filters, generated from the filter declarations
(``rasd.store.filters``), with the codebook's vocabularies checked up front.

A misspelt governorate would otherwise silently return nothing; a 400 naming the allowed
values is kinder to a researcher typing URLs by hand.
"""

from __future__ import annotations

import inspect
from typing import Any, Callable

from fastapi import Query

from rasd.api.problems import Problem
from rasd.store.filters import (
    CLAIM_FILTERS, INCIDENT_FILTERS, INCIDENT_SORTS, MAX_INT, ClaimFilter, Filter, IncidentFilter,
)

MAX_LIMIT = 500


def _bad(message: str) -> Problem:
    return Problem(400, message, title="Invalid request parameters")


def _param(flt: Filter) -> inspect.Parameter:
    if flt.kind == "min":
        default, annotation = Query(None, ge=0, le=MAX_INT, description=flt.help), int | None
    else:
        default, annotation = Query(None, description=flt.help), str | None
    return inspect.Parameter(flt.name, inspect.Parameter.KEYWORD_ONLY, default=default,
                             annotation=annotation)


def _dependency(filters: tuple[Filter, ...], cls: type, paging: list[inspect.Parameter],
                check: Callable[[dict[str, Any]], None] = lambda kw: None) -> Callable[..., Any]:
    """A FastAPI dependency whose query parameters are ``filters`` plus ``paging``."""

    def dependency(**kw: Any) -> Any:
        check(kw)
        values = {}
        for flt in filters:
            try:
                values[flt.name] = flt.parse(kw.pop(flt.name))
            except ValueError as e:
                raise _bad(str(e)) from None
        return cls(**values, **kw)

    dependency.__signature__ = inspect.Signature([_param(f) for f in filters] + paging)  # type: ignore[attr-defined]
    return dependency


def _paging(limit_default: int) -> list[inspect.Parameter]:
    kw = inspect.Parameter.KEYWORD_ONLY
    return [inspect.Parameter("limit", kw, default=Query(limit_default, ge=0, le=MAX_LIMIT), annotation=int),
            inspect.Parameter("offset", kw, default=Query(0, ge=0, le=MAX_INT), annotation=int)]


def _check_sort(kw: dict[str, Any]) -> None:
    if kw["sort"] not in INCIDENT_SORTS:
        raise _bad(f"unknown sort {kw['sort']!r}; use one of: {', '.join(INCIDENT_SORTS)}")


incident_filter = _dependency(
    INCIDENT_FILTERS, IncidentFilter,
    [inspect.Parameter("sort", inspect.Parameter.KEYWORD_ONLY, annotation=str,
                       default=Query("-date", description=", ".join(INCIDENT_SORTS)))] + _paging(50),
    _check_sort)
claim_filter = _dependency(CLAIM_FILTERS, ClaimFilter, _paging(50))
