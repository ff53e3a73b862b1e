"""Assessment endpoints: article scores, incident grades, outlets' records (docs/assess.md).

The same results are also fields of ``GET /api/articles/{id}`` and ``GET /api/incidents/{id}``
(``assessment``) and of each incident in ``GET /api/incidents`` (``grade``)."""

from __future__ import annotations

from typing import Any, Callable

from fastapi import APIRouter, Query, Request
from fastapi.responses import JSONResponse

from rasd.api.params import MAX_LIMIT
from rasd.api.problems import Problem
from rasd.assess.read import NotAssessed, NotFound, article_view, incident_view
from rasd.store import Store

router = APIRouter(prefix="/api/assessment", tags=["assessment"])

def article_assessment(store: Store, article_id: str) -> dict[str, Any] | None:
    """The article's score, explanation and every figure's standing; None if not assessed."""
    try:
        return article_view(store, article_id).to_dict()
    except LookupError:
        return None


def incident_assessment(store: Store, incident_id: str) -> dict[str, Any] | None:
    """The incident's grade with its reason and every figure's standing; None if not assessed."""
    try:
        return incident_view(store, incident_id).to_dict()
    except LookupError:
        return None


def _or_404(read: Callable[[], Any]) -> JSONResponse:
    try:
        return JSONResponse(read().to_dict())
    except NotFound as e:
        raise Problem(404, str(e)) from None
    except NotAssessed as e:
        raise Problem(404, str(e), title="Not assessed") from None


def grades(store: Store, incident_ids: list[str]) -> dict[str, str]:
    return store.incident_grades(incident_ids)


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
    return _or_404(lambda: article_view(request.app.state.store, article_id))


@router.get("/incidents/{incident_id:path}", summary="One incident's grade and its figures' standings")
async def get_incident(request: Request, incident_id: str) -> JSONResponse:
    return _or_404(lambda: incident_view(request.app.state.store, incident_id))


@router.get("/outlets", summary="Each outlet's record per year or month: its figures' standings, "
            "with their counts (a description, never a score input)")
async def outlets(request: Request, bucket: str = Query("year", pattern="^(year|month)$"),
                  source: str | None = Query(None, max_length=200)) -> JSONResponse:
    store: Store = request.app.state.store
    return JSONResponse({"bucket": bucket, "items": store.outlet_record(bucket, source)})
