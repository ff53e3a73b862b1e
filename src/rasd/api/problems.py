"""RFC 7807 problem bodies: every error the API returns, expected or not, is one of these.

Clients (and the web UI) then handle a single shape, and no traceback ever leaks out.
"""

from __future__ import annotations

import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

log = logging.getLogger("rasd.api")

PROBLEM_JSON = "application/problem+json"
_TYPE_BASE = "https://rasd.invalid/problems/"  # stable identifiers, not fetched by anyone

_TITLES = {
    400: "Bad request", 401: "Unauthorized", 403: "Forbidden", 404: "Not found",
    405: "Method not allowed", 413: "Request body too large", 415: "Unsupported media type",
    422: "Unprocessable content", 500: "Internal server error", 501: "Not implemented",
}


class Problem(Exception):
    """Raise anywhere in a handler to answer with a problem body."""

    def __init__(self, status: int, detail: str, *, title: str | None = None,
                 type_: str | None = None, headers: dict[str, str] | None = None,
                 **extra: Any) -> None:
        super().__init__(detail)
        self.status, self.detail, self.title = status, detail, title or _TITLES.get(status, "Error")
        self.type = type_ or _slug(self.title)
        self.headers = headers or {}
        self.extra = extra


def _slug(title: str) -> str:
    return _TYPE_BASE + "-".join(title.lower().split())


def problem_response(status: int, detail: str, *, title: str | None = None,
                     type_: str | None = None, headers: dict[str, str] | None = None,
                     **extra: Any) -> JSONResponse:
    title = title or _TITLES.get(status, "Error")
    body = {"type": type_ or _slug(title), "title": title, "status": status, "detail": detail,
            **extra}
    return JSONResponse(body, status_code=status, headers=headers, media_type=PROBLEM_JSON)


def install(app: FastAPI) -> None:
    @app.exception_handler(Problem)
    async def _problem(_: Request, exc: Problem) -> JSONResponse:
        return problem_response(exc.status, exc.detail, title=exc.title, type_=exc.type,
                                headers=exc.headers, **exc.extra)

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException) -> JSONResponse | HTMLResponse:
        # A browser asking for a page that is not there gets a page with a way back; API
        # clients (and everything under /api) keep getting problem bodies.
        page = getattr(request.app.state, "not_found_page", None)
        if (exc.status_code == 404 and page is not None and not request.url.path.startswith("/api")
                and "text/html" in request.headers.get("accept", "")):
            return HTMLResponse(page.read_text("utf-8"), status_code=404)
        detail = exc.detail if isinstance(exc.detail, str) else _TITLES.get(exc.status_code, "")
        return problem_response(exc.status_code, detail, headers=getattr(exc, "headers", None))

    @app.exception_handler(RequestValidationError)
    async def _validation(_: Request, exc: RequestValidationError) -> JSONResponse:
        # Bad query parameters are the client's mistake like bad JSON: 400, with each error.
        errors = [{"loc": [str(p) for p in e.get("loc", ())], "msg": e.get("msg", "")}
                  for e in exc.errors()]
        detail = "; ".join(f"{'.'.join(e['loc'])}: {e['msg']}" for e in errors) or "invalid request"
        return problem_response(400, detail, title="Invalid request parameters", errors=errors)

    @app.exception_handler(Exception)
    async def _crash(request: Request, exc: Exception) -> JSONResponse:
        log.exception("unhandled error on %s %s", request.method, request.url.path)
        return problem_response(500, "The server failed to answer this request; it was logged.")
