"""POST /api/articles: the one write. Bearer token from RASD_API_TOKEN; none set = no writes."""

from __future__ import annotations

import hmac
import json
import re
from datetime import date
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse

from rasd.api.problems import Problem
from rasd.api.views import claim_payload
from rasd.ingest import MAX_ARTICLE_CHARS, unstorable
from rasd.ingest.read_json import load_json
from rasd.core.models import Article
from rasd.ingest.article import Record, make_article
from rasd.ingest.errors import InputError
from rasd.service import ingest_articles
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
        "lang": {"type": ["string", "null"], "description": "ar or en; default: detected from the text"},
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
    """Body → articles (built as every other entrance builds them), or a 400 saying exactly
    which item and field is wrong."""
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
        try:
            out.append(make_article(Record(text=text, id=item.get("id"), source=item.get("source"),
                                           url=item.get("url"), title=item.get("title"),
                                           published=pub or None, lang=item.get("lang")),
                                    "api", web_text=False, id_prefix="api-"))
        except InputError as e:
            raise Problem(400, f"{where}: {e.message}", title="Invalid article") from None
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
    """Through the ingest service; each article's claims with the incident each joined.
    Earlier failures are retried when ``rasd serve`` starts, not on every request: a
    request's time is spent on its own articles (and on linking what is pending)."""
    # One transaction for the request (each article a savepoint in it): readers see the
    # articles, claims and incidents appear together, and caches are invalidated once.
    with store.transaction():
        result = ingest_articles(store, articles, retry=False)
    out = []
    for r in result.articles:
        item: dict[str, Any] = {"id": r.id, "requested_id": r.requested_id, "new": r.new}
        if r.error:
            item["error"] = r.error
            item["claims"] = []
        else:
            stored = r.claims if not r.duplicate else store.claims(ClaimFilter(article_id=r.id))
            item["claims"] = [{**claim_payload(sc),
                               "incident_id": store.incident_of_claim(sc.article_id, sc.claim_index)}
                              for sc in stored]
        out.append(item)
    body: dict[str, Any] = {"articles": out, "link": result.link,
                            "assessed": result.assessed.as_dict() if result.assessed else {}}
    for err in ("link_error", "assess_error"):
        if getattr(result, err):
            body[err] = getattr(result, err)
    return body


@router.post("/api/articles", status_code=201, tags=["write"],
             summary="Ingest one article or a list; extract, store and link their claims",
             responses={200: {"description": "only duplicates: nothing new stored"},
                        400: {"description": "malformed JSON or article"},
                        422: {"description": "extraction failed on every article sent; each is "
                                              "kept with its error and retried"},
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
    # Extraction and linking are CPU work: off the event loop, in a writer process when the
    # store allows (rasd.api.writer), so reads go on being served.
    result = await request.app.state.writer.ingest(articles)
    failed = [a for a in result["articles"] if "error" in a]
    if failed and len(failed) == len(result["articles"]):
        # Kept with its error and retried by the next ingest (a corrected re-POST included).
        raise Problem(422, "; ".join(a["error"] for a in failed), title="Extraction failed",
                      articles=result["articles"])
    created = any(a["new"] and "error" not in a for a in result["articles"])
    return JSONResponse(result, status_code=201 if created else 200)
