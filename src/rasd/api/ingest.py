"""POST /api/articles: the one write. Bearer token from RASD_API_TOKEN; none set = no writes."""

from __future__ import annotations

import hashlib
import hmac
import json
import re
from datetime import date
from typing import Any

from fastapi import APIRouter, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import JSONResponse

from rasd.api.problems import Problem
from rasd.api.views import claim_payload
from rasd.assess import refresh
from rasd.extract import extract
from rasd.ingest import MAX_ARTICLE_CHARS, unstorable
from rasd.ingest.errors import InputError
from rasd.ingest.read_json import load_json
from rasd.link import link_articles
from rasd.core.models import Article
from rasd.store import ClaimFilter, Store
from rasd.text.dates import MAX_YEAR, MIN_YEAR

router = APIRouter()

# The body is parsed by hand (so bad JSON is a 400 problem, not FastAPI's 422), hence this
# schema is declared for the OpenAPI document only.
_ARTICLE_SCHEMA = {
    "type": "object", "required": ["text"],
    "properties": {
        "text": {"type": "string", "minLength": 1},
        "id": {"type": ["string", "null"], "description": "default: api- + hash of the text"},
        "source": {"type": ["string", "null"]}, "url": {"type": ["string", "null"]},
        "title": {"type": ["string", "null"]},
        "published": {"type": ["string", "null"], "format": "date"},
        "lang": {"type": ["string", "null"], "default": "ar"},
    },
}
_BODY = {"requestBody": {"required": True, "content": {"application/json": {"schema": {
    "oneOf": [_ARTICLE_SCHEMA, {"type": "array", "items": _ARTICLE_SCHEMA, "maxItems": 1000}]}}}}}

MAX_ARTICLES = 1000
_STR_FIELDS = ("id", "source", "url", "title", "published", "lang")
_ISO_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def require_writer(request: Request) -> None:
    expected: str | None = request.app.state.token
    if not expected:
        raise Problem(403, "Writes are disabled on this server. Start it with the environment "
                      "variable RASD_API_TOKEN set to a secret, then send "
                      "'Authorization: Bearer <that secret>'.", title="Writes disabled")
    given = request.headers.get("authorization", "")
    scheme, _, token = given.partition(" ")
    # compare_digest: the comparison time must not tell an attacker how much matched.
    if scheme.lower() != "bearer" or not hmac.compare_digest(token.strip().encode(), expected.encode()):
        raise Problem(401, "A valid 'Authorization: Bearer <token>' header is required.",
                      headers={"WWW-Authenticate": 'Bearer realm="rasd"'})


def parse_articles(raw: bytes) -> list[Article]:
    """Body → articles, or a 400 saying exactly which item and field is wrong."""
    try:
        data = load_json(raw)
    except (UnicodeDecodeError, json.JSONDecodeError) as e:
        raise Problem(400, f"the body is not valid JSON: {e}", title="Malformed JSON") from None
    except InputError as e:
        raise Problem(400, f"the body cannot be read: {e.message}", title="Malformed JSON") from None
    items = data if isinstance(data, list) else [data]
    if not items:
        raise Problem(400, "an empty list holds no article", title="Invalid article")
    if len(items) > MAX_ARTICLES:
        raise Problem(400, f"at most {MAX_ARTICLES} articles per request", title="Invalid article")
    out = []
    for n, item in enumerate(items):
        where = f"article {n}" if isinstance(data, list) else "the article"
        if not isinstance(item, dict):
            raise Problem(400, f"{where} must be a JSON object", title="Invalid article")
        text = item.get("text")
        if not isinstance(text, str) or not text.strip():
            raise Problem(400, f"{where}: 'text' is required and must be a non-empty string",
                          title="Invalid article")
        for f in _STR_FIELDS:
            if item.get(f) is not None and not isinstance(item[f], str):
                raise Problem(400, f"{where}: '{f}' must be a string or null", title="Invalid article")
        _check_readable(item, where)
        pub = item.get("published")
        aid = item.get("id") or "api-" + hashlib.sha256(text.encode()).hexdigest()[:16]
        out.append(Article(id=aid, text=text, source=item.get("source"), url=item.get("url"),
                           title=item.get("title"), published=pub or None,
                           lang=item.get("lang") or "ar", origin="api"))
    return out


def _check_readable(item: dict[str, Any], where: str) -> None:
    """What the CLI refuses the API refuses too, with a 4xx: characters no store can hold,
    texts over the per-article limit, and publication days that are no calendar day or
    lie outside the years rasd reads as dates (relative dates are counted from it)."""
    for f in ("text", *_STR_FIELDS):
        bad = unstorable(item[f]) if isinstance(item.get(f), str) else None
        if bad:
            raise Problem(400, f"{where}: '{f}' holds {bad}", title="Invalid article")
    n = len(item["text"])
    if n > MAX_ARTICLE_CHARS:
        raise Problem(413, f"{where}: 'text' is {n:,} characters, over the limit of "
                      f"{MAX_ARTICLE_CHARS:,} per article; send it as several articles",
                      title="Article too long")
    pub = item.get("published")
    if not pub:
        return
    if not _ISO_DAY.match(pub):
        raise Problem(400, f"{where}: 'published' must be YYYY-MM-DD", title="Invalid article")
    try:
        day = date.fromisoformat(pub)
    except ValueError:
        raise Problem(400, f"{where}: 'published' {pub!r} is not a day of the calendar",
                      title="Invalid article") from None
    if not MIN_YEAR <= day.year <= MAX_YEAR:
        raise Problem(400, f"{where}: 'published' must lie between {MIN_YEAR} and {MAX_YEAR}, "
                      f"got {pub}", title="Invalid article")


def ingest(store: Store, articles: list[Article]) -> dict[str, Any]:
    results, new_ids = [], []
    for art in articles:
        aid, is_new = store.add_article(art)
        if is_new:
            store.set_claims(aid, extract(art))
            new_ids.append(aid)
        results.append({"id": aid, "requested_id": art.id, "new": is_new})
    link = link_articles(store, new_ids) if new_ids else {}
    assessed = refresh(store).as_dict() if new_ids else {}
    for r in results:
        stored = store.claims(ClaimFilter(article_id=r["id"]))
        r["claims"] = [{**claim_payload(sc),
                        "incident_id": store.incident_of_claim(sc.article_id, sc.claim_index)}
                       for sc in stored]
    return {"articles": results, "link": link, "assessed": assessed}


@router.post("/api/articles", status_code=201, tags=["write"],
             summary="Ingest one article or a list; extract, store and link their claims",
             responses={200: {"description": "only duplicates: nothing new stored"},
                        400: {"description": "malformed JSON or article"},
                        401: {"description": "missing or wrong bearer token"},
                        403: {"description": "writes disabled (no RASD_API_TOKEN)"},
                        413: {"description": "body over the size limit"}},
             openapi_extra=_BODY)
async def post_articles(request: Request) -> JSONResponse:
    require_writer(request)
    ctype = request.headers.get("content-type", "application/json").split(";")[0].strip().lower()
    if ctype not in ("application/json", ""):
        raise Problem(415, "send the article(s) as application/json")
    articles = parse_articles(await request.body())
    # Extraction is CPU work: keep it off the event loop so reads go on being served.
    result = await run_in_threadpool(ingest, request.app.state.store, articles)
    request.app.state.generation += 1  # invalidates cached aggregates
    created = any(r["new"] for r in result["articles"])
    return JSONResponse(result, status_code=201 if created else 200)
