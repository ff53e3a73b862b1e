"""Pure ASGI middleware: request size limit, time budget, NUL refusal and security headers.

Pure ASGI rather than ``BaseHTTPMiddleware`` because that one buffers responses and costs
about a millisecond per request, which the incidents endpoint's latency budget cannot spare.
"""

from __future__ import annotations

import asyncio
import json
import logging
from typing import Any, Awaitable, Callable
from urllib.parse import unquote_to_bytes

Scope = dict[str, Any]
Message = dict[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]


log = logging.getLogger("rasd.api")


async def _send_problem(send: Send, status: int, title: str, detail: str,
                        headers: tuple[tuple[bytes, bytes], ...] = ()) -> None:
    body = json.dumps({"type": "https://rasd.invalid/problems/" + "-".join(title.lower().split()),
                       "title": title, "status": status, "detail": detail}).encode()
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", b"application/problem+json"),
                            (b"content-length", str(len(body)).encode()),
                            (b"connection", b"close"), *headers]})
    await send({"type": "http.response.body", "body": body})


class _TooLarge(Exception):
    pass


class BodyLimit:
    """Refuse request bodies over ``max_bytes`` with 413, by header or while streaming."""

    def __init__(self, app: ASGIApp, max_bytes: int) -> None:
        self.app, self.max_bytes = app, max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        detail = f"request bodies are limited to {self.max_bytes} bytes"
        for name, value in scope.get("headers", ()):
            if name == b"content-length":
                try:
                    too_big = int(value) > self.max_bytes
                except ValueError:
                    await _send_problem(send, 400, "Bad request", "invalid Content-Length")
                    return
                if too_big:
                    await _send_problem(send, 413, "Request body too large", detail)
                    return
        seen = 0
        started = False

        async def limited_receive() -> Message:
            nonlocal seen
            msg = await receive()
            if msg["type"] == "http.request":
                seen += len(msg.get("body", b""))
                if seen > self.max_bytes:
                    raise _TooLarge
            return msg

        async def tracking_send(msg: Message) -> None:
            nonlocal started
            started = started or msg["type"] == "http.response.start"
            await send(msg)

        try:
            await self.app(scope, limited_receive, tracking_send)
        except _TooLarge:
            # A chunked body without Content-Length went over while being read.
            if not started:
                await _send_problem(send, 413, "Request body too large", detail)


class SecurityHeaders:
    """CSP (no inline script, nothing from other origins) and friends on every response."""

    def __init__(self, app: ASGIApp, tile_origin: str | None = None) -> None:
        self.app = app
        img = "'self' data:" + (f" {tile_origin}" if tile_origin else "")
        csp = ("default-src 'self'; script-src 'self'; style-src 'self'; "
               f"img-src {img}; connect-src 'self'; font-src 'self'; object-src 'none'; "
               "base-uri 'none'; frame-ancestors 'none'; form-action 'self'")
        self.headers = [
            (b"content-security-policy", csp.encode()),
            (b"x-content-type-options", b"nosniff"),
            (b"referrer-policy", b"no-referrer"),
            (b"x-frame-options", b"DENY"),
        ]

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        started = False

        async def with_headers(msg: Message) -> None:
            nonlocal started
            if msg["type"] == "http.response.start":
                started = True
                msg = {**msg, "headers": [*msg.get("headers", []), *self.headers]}
            await send(msg)

        try:
            await self.app(scope, receive, with_headers)
        except Exception:
            # Starlette's own 500 is sent outside every middleware, bare; this one is a
            # problem body with the headers every other answer carries
            if started:
                raise
            log.exception("unhandled error on %s %s", scope.get("method"), scope.get("path"))
            await _send_problem(with_headers, 500, "Internal server error",
                                "the server failed on this request; the error is in its log")


class TimeBudget:
    """Answer 503 with a problem body when a request is not answered within ``seconds``.

    The handler runs as its own task; when the budget runs out first the client gets its
    answer at once and the event loop goes on serving others. Work the handler started in a
    thread (an ingest) cannot be stopped half-way: it finishes in the background, bounded by
    the per-article size limit, and what it stored is there for a retry to see. A response
    already under way when the budget ends (a long download) is left to finish."""

    def __init__(self, app: ASGIApp, seconds: float | None) -> None:
        self.app, self.seconds = app, seconds

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or not self.seconds:
            await self.app(scope, receive, send)
            return
        started = cut = False

        async def guarded_send(msg: Message) -> None:
            nonlocal started
            if cut:
                return  # the client has had its 503; the late answer goes nowhere
            started = started or msg["type"] == "http.response.start"
            await send(msg)

        task = asyncio.ensure_future(self.app(scope, receive, guarded_send))
        try:
            done, _ = await asyncio.wait({task}, timeout=self.seconds)
        except asyncio.CancelledError:  # the client went away
            task.cancel()
            raise
        if task in done or started:
            await task
            return
        cut = True
        task.add_done_callback(_log_late_failure)
        log.warning("%s %s: over the %g s time budget, answered 503", scope.get("method"),
                    scope.get("path"), self.seconds)
        await _send_problem(
            send, 503, "Request took too long",
            f"the server answers within {self.seconds:g} s and this request took longer. "
            "Work already begun (storing articles) may still complete; retry later to see it.",
            headers=((b"retry-after", b"5"),))


def _log_late_failure(task: "asyncio.Future[None]") -> None:
    if not task.cancelled() and task.exception() is not None:
        log.error("a request cut by the time budget failed later", exc_info=task.exception())


class RejectNul:
    """400 for a NUL character in the path or query: no store column may hold one
    (PostgreSQL refuses it outright), and no id, filter or search ever needs it."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and (
                "\x00" in scope.get("path", "") or b"\x00" in unquote_to_bytes(scope.get("query_string", b""))):
            await _send_problem(send, 400, "Bad request",
                                "the URL holds a NUL character (%00), which no id or filter can contain")
            return
        await self.app(scope, receive, send)
