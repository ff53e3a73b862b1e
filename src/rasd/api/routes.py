"""Read-only endpoints. Handlers are ``async`` and call the store directly: its queries take
milliseconds, and skipping the thread-pool hop is most of this API's latency budget. Slow
whole-table work (export, timeline) runs in the thread pool instead."""

from __future__ import annotations

import json
from dataclasses import asdict, replace
from typing import Any

from fastapi import APIRouter, Depends, Query, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import JSONResponse, Response

from rasd.api import timeline
from rasd.api.params import claim_filter, incident_filter
from rasd.api.problems import Problem
from rasd.api.views import article_payload, claim_payload, incident_payload
from rasd.core.codebook import codebook
from rasd.store import ClaimFilter, IncidentFilter, Store

router = APIRouter(prefix="/api")

EXPORT_FORMATS = {
    "csv": ("text/csv; charset=utf-8", "csv"),
    "json": ("application/json", "json"),
    "geojson": ("application/geo+json", "geojson"),
    "acled": ("text/csv; charset=utf-8", "csv"),
    "ucdp": ("text/csv; charset=utf-8", "csv"),
}


def _store(request: Request) -> Store:
    return request.app.state.store


def _page(total: int, limit: int | None, offset: int, items: list[Any]) -> JSONResponse:
    return JSONResponse({"total": total, "limit": limit, "offset": offset, "items": items})


@router.get("/incidents", tags=["incidents"], summary="Incidents, filtered, sorted and paged")
async def list_incidents(request: Request, flt: IncidentFilter = Depends(incident_filter)) -> Response:
    store = _store(request)

    items = store.incidents_json(flt)
    # Counting is skipped when the page itself proves the total (short first pages).
    if flt.offset == 0 and flt.limit and len(items) < flt.limit:
        total = len(items)
    else:
        total = store.count_incidents(flt)
    # The stored JSON goes out as it is: no decoding and re-encoding of every incident.
    head = json.dumps({"total": total, "limit": flt.limit, "offset": flt.offset})
    return Response(f"{head[:-1]},\"items\":[{','.join(items)}]}}".encode(),
                    media_type="application/json")


@router.get("/incidents/{incident_id:path}", tags=["incidents"],
            summary="One incident with its claims, contradictions and link history")
async def get_incident(request: Request, incident_id: str) -> JSONResponse:
    store = _store(request)
    inc = store.get_incident(incident_id)
    if inc is None:
        raise Problem(404, f"no incident {incident_id!r}")
    return JSONResponse(incident_payload(store, inc))


@router.get("/claims", tags=["claims"], summary="Claims, filtered and paged")
async def list_claims(request: Request, flt: ClaimFilter = Depends(claim_filter)) -> JSONResponse:
    store = _store(request)
    items = [claim_payload(sc) for sc in store.claims(flt)]
    total = store.count_claims(replace(flt, limit=None, offset=0))
    return _page(total, flt.limit, flt.offset, items)


@router.get("/articles/{article_id:path}", tags=["articles"],
            summary="One article's text with the evidence span of each claim")
async def get_article(request: Request, article_id: str) -> JSONResponse:
    store = _store(request)
    art = store.get_article(article_id)
    if art is None:
        raise Problem(404, f"no article {article_id!r}")
    return JSONResponse(article_payload(store, art))


@router.get("/search", tags=["articles"], summary="Full-text search over titles and texts")
async def search(request: Request, q: str = Query(..., min_length=1, max_length=500),
                 limit: int = Query(20, ge=1, le=100)) -> JSONResponse:
    hits = _store(request).search(q, limit=limit)
    return JSONResponse({"query": q, "items": [asdict(h) for h in hits]})


@router.get("/stats", tags=["meta"], summary="Counts by claimant, governorate, month, year")
async def stats(request: Request) -> JSONResponse:
    return JSONResponse(_store(request).stats())


@router.get("/config", tags=["meta"], summary="What the web UI needs: vocabularies, tile layer")
async def config(request: Request) -> JSONResponse:
    cb = codebook()
    return JSONResponse({
        "tiles": request.app.state.tiles,
        "writes_enabled": bool(request.app.state.token),
        "vocab": {k: list(cb[k]) for k in ("governorates", "actors", "event_types", "claimants",
                                           "figure_kinds")},
    })


@router.get("/timeline", tags=["incidents"],
            summary="Incidents and reconciled killed per month (or year), filtered")
async def get_timeline(request: Request, flt: IncidentFilter = Depends(incident_filter),
                       bucket: str = Query("month", pattern="^(month|year)$")) -> JSONResponse:
    # Whole-table work off the event loop; the read cache (rasd.api.cache) keeps the answer.
    return JSONResponse(await run_in_threadpool(timeline.build, _store(request), flt, bucket))


@router.get("/export", tags=["incidents"], summary="Filtered incidents as csv, json, geojson, "
            "ACLED-style or UCDP-GED-style rows")
async def export(request: Request, format: str = Query("json"),
                 flt: IncidentFilter = Depends(incident_filter)) -> Response:
    if format not in EXPORT_FORMATS:
        raise Problem(400, f"unknown format {format!r}; use one of: {', '.join(EXPORT_FORMATS)}",
                      title="Invalid request parameters")
    try:
        from rasd.export import render
    except ImportError:
        raise Problem(501, "export is not available in this build (rasd.export.render missing)")
    # Export is the whole filtered set, not a page: the limit parameter is ignored.
    incidents = await run_in_threadpool(_store(request).incidents, replace(flt, limit=None, offset=0))
    body = await run_in_threadpool(render, format, incidents)
    media, ext = EXPORT_FORMATS[format]
    return Response(body, media_type=media, headers={
        "Content-Disposition": f'attachment; filename="rasd-incidents-{format}.{ext}"'})
