"""Read-only endpoints. Handlers are ``async`` and call the store directly: its queries take
milliseconds, and skipping the thread-pool hop is most of this API's latency budget. Slow
whole-table work (export, timeline) runs in the thread pool instead."""

from __future__ import annotations

import json
import time
from dataclasses import asdict, replace
from functools import lru_cache
from typing import Any

from fastapi import APIRouter, Depends, Query, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import JSONResponse, Response

from rasd.api import timeline
from rasd.api.assess_routes import grades
from rasd.api.params import claim_filter, incident_filter
from rasd.api.problems import Problem
from rasd.api.mapping import map_points
from rasd.api.selection import page_total, select_all, select_page
from rasd.api.views import article_payload, claim_payload, incident_payload, outlet_names
from rasd.core.codebook import codebook
from rasd.display import LANGS, display_title, outlet_table, vocabulary_names
from rasd.export.records import incident_record
from rasd.core.models import Incident
from rasd.store import ClaimFilter, IncidentFilter, Store

router = APIRouter(prefix="/api")


def _store(request: Request) -> Store:
    return request.app.state.store


def _page(total: int, limit: int | None, offset: int, items: list[Any]) -> JSONResponse:
    return JSONResponse({"total": total, "limit": limit, "offset": offset, "items": items})


def _json(body: Any) -> Response:
    return Response(json.dumps(body, ensure_ascii=False, separators=(",", ":")).encode(),
                    media_type="application/json")


Q = Query(None, max_length=500, description="text the incidents' articles must contain "
          "(Arabic-normalised; English place names and words find their Arabic equivalents)")


@router.get("/incidents", tags=["incidents"], summary="Incidents, filtered, searched, sorted and paged")
async def list_incidents(request: Request, flt: IncidentFilter = Depends(incident_filter),
                         q: str | None = Q) -> Response:
    store = _store(request)
    if q and q.strip():
        items, total = select_page(store, flt, q)
        graded = grades(store, [inc.id for inc in items])
        return _json({"total": total, "limit": flt.limit, "offset": flt.offset,
                      "items": [incident_record(inc) | {"grade": graded.get(inc.id)} for inc in items]})
    # The common case, without decoding: each stored incident's record is memoised on its
    # JSON text (a pure function of it), the page joined from the encoded records, each
    # with its current grade.
    docs = store.incidents_json(flt)
    head = json.dumps({"total": page_total(store, flt, len(docs)), "limit": flt.limit,
                       "offset": flt.offset})
    records = [_record_json(doc) for doc in docs]
    graded = grades(store, [iid for iid, _ in records])
    items = b",".join(rec + b',"grade":' + json.dumps(graded.get(iid)).encode() + b"}"
                      for iid, rec in records)
    return Response(head[:-1].encode() + b',"items":[' + items + b"]}",
                    media_type="application/json")


@lru_cache(maxsize=20_000)  # the records of a few hundred busy pages: tens of MB
def _record_json(doc: str) -> tuple[str, bytes]:
    """(incident id, its API record encoded without the closing brace)."""
    inc = Incident.from_dict(json.loads(doc))
    return inc.id, json.dumps(incident_record(inc), ensure_ascii=False,
                              separators=(",", ":")).encode()[:-1]


@router.get("/map", tags=["incidents"],
            summary="Every incident the filters select, as map points (and those outside Syria)")
async def get_map(request: Request, flt: IncidentFilter = Depends(incident_filter),
                  q: str | None = Q) -> Response:
    store = _store(request)
    return _json(map_points(select_all(store, flt, q)))


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
    store = _store(request)
    items = []
    for h in store.search(q, limit=limit):
        art = store.get_article(h.article_id)
        items.append({**asdict(h), "display_title": display_title(h.title, art.text if art else h.snippet)
                      or h.article_id, "outlet": outlet_names(h.source, art.url if art else None)})
    return JSONResponse({"query": q, "items": items})


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
        "names": {lang: vocabulary_names(lang) for lang in LANGS},
        "outlets": outlet_table(),
    })


@router.get("/timeline", tags=["incidents"],
            summary="Incidents and reconciled killed per month (or year), filtered")
async def get_timeline(request: Request, flt: IncidentFilter = Depends(incident_filter),
                       bucket: str = Query("month", pattern="^(month|year)$"),
                       q: str | None = Q) -> JSONResponse:
    # Whole-table work off the event loop; the read cache (rasd.api.cache) keeps the answer.
    return JSONResponse(await run_in_threadpool(timeline.build, _store(request), flt, bucket, q))


@router.get("/export", tags=["incidents"], summary="Filtered incidents as csv, json, geojson, "
            "parquet, or tables with the columns of ACLED's and UCDP GED's codebooks")
async def export(request: Request, format: str = Query("json", description="csv, json, geojson, "
                 "parquet, acled or ucdp (columns: docs/incidents.md)"),
                 flt: IncidentFilter = Depends(incident_filter)) -> Response:
    from rasd import export as exports

    if format not in exports.FORMATS:
        raise Problem(400, f"unknown format {format!r}; use one of: {', '.join(exports.FORMATS)}",
                      title="Invalid request parameters")
    if why := exports.unavailable(format):
        raise Problem(501, why)
    store = _store(request)
    # Export is the whole filtered set, not a page: limit and offset are ignored.
    found, ctx = await run_in_threadpool(exports.export_store, store, format, replace(flt, limit=None))
    body, counts = await run_in_threadpool(exports.render, format, found, ctx)
    fmt = exports.FORMATS[format]
    stamp = time.strftime("%Y-%m-%d", time.gmtime())
    return Response(body, media_type=fmt.media_type, headers={
        "Content-Disposition": f'attachment; filename="rasd-incidents-{format}-{stamp}.{fmt.extension}"',
        "X-Rasd-Written": str(counts["written"]), "X-Rasd-Omitted": str(counts["omitted"])})
