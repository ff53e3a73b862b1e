"""Assessment endpoints: article scores, incident grades, outlets' records (docs/assess.md).

The same results are also fields of ``GET /api/articles/{id}`` and ``GET /api/incidents/{id}``
(``assessment``) and of each incident in ``GET /api/incidents`` (``grade``)."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Query, Request
from fastapi.responses import JSONResponse

from rasd.api.params import MAX_LIMIT
from rasd.api.problems import Problem
from rasd.core.vocab import KINDS
from rasd.store import Store

router = APIRouter(prefix="/api/assessment", tags=["assessment"])

_KIND_ORDER = {k: i for i, k in enumerate(KINDS)}


def article_assessment(store: Store, article_id: str) -> dict[str, Any] | None:
    """The article's score, explanation and every figure's standing; None if not assessed."""
    found = store.article_assessments([article_id]).get(article_id)
    if found is None:
        return None
    found.standings = sorted(store.figure_standings(article_id=article_id),
                             key=lambda f: (f.claim_index, _KIND_ORDER.get(f.kind, 99)))
    return found.to_dict()


def incident_assessment(store: Store, incident_id: str) -> dict[str, Any] | None:
    """The incident's grade with its reason and every figure's standing; None if not assessed."""
    found = store.incident_assessments([incident_id]).get(incident_id)
    if found is None:
        return None
    found.figures = store.figure_standings(incident_id=incident_id)
    return found.to_dict()


def grades(store: Store, incident_ids: list[str]) -> dict[str, str]:
    return {i: a.grade for i, a in store.incident_assessments(incident_ids).items()}


@router.get("/articles", summary="Article scores, paged (no standings; see /api/articles/{id})")
async def list_articles(request: Request, source: str | None = Query(None, max_length=200),
                        scored: bool | None = Query(None, description="only articles with (true) or without (false) a score"),
                        limit: int = Query(50, ge=1, le=MAX_LIMIT),
                        offset: int = Query(0, ge=0)) -> JSONResponse:
    store: Store = request.app.state.store
    found = sorted(store.article_assessments().values(),
                   key=lambda a: (a.source or "", a.published or "", a.article_id))
    if source is not None:
        found = [a for a in found if a.source == source]
    if scored is not None:
        found = [a for a in found if (a.score is not None) == scored]
    items = [{k: v for k, v in a.to_dict().items() if k != "standings"}
             for a in found[offset:offset + limit]]
    return JSONResponse({"total": len(found), "limit": limit, "offset": offset, "items": items})


@router.get("/articles/{article_id:path}", summary="One article's score and its figures' standings")
async def get_article(request: Request, article_id: str) -> JSONResponse:
    store: Store = request.app.state.store
    found = article_assessment(store, article_id)
    if found is None:
        if store.get_article(article_id) is None:
            raise Problem(404, f"no article {article_id!r}")
        raise Problem(404, f"article {article_id!r} is not assessed yet", title="Not assessed")
    return JSONResponse(found)


@router.get("/incidents/{incident_id:path}", summary="One incident's grade and its figures' standings")
async def get_incident(request: Request, incident_id: str) -> JSONResponse:
    store: Store = request.app.state.store
    found = incident_assessment(store, incident_id)
    if found is None:
        if store.get_incident(incident_id) is None:
            raise Problem(404, f"no incident {incident_id!r}")
        raise Problem(404, f"incident {incident_id!r} is not assessed yet", title="Not assessed")
    return JSONResponse(found)


@router.get("/outlets", summary="Each outlet's record per year or month: its figures' standings, "
            "with their counts (a description, never a score input)")
async def outlets(request: Request, bucket: str = Query("year", pattern="^(year|month)$"),
                  source: str | None = Query(None, max_length=200)) -> JSONResponse:
    store: Store = request.app.state.store
    return JSONResponse({"bucket": bucket, "items": store.outlet_record(bucket, source)})
