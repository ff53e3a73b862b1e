"""HTTP GET for `rasd watch`: conditional requests (ETag / Last-Modified), a polite pace
per host, a time limit and a size limit, and every failure as one ``FetchError`` line."""

from __future__ import annotations

import http.client
import socket
import threading
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from typing import Callable
from urllib.parse import urlsplit

from rasd import __version__

MAX_BYTES = 20_000_000  # as for files (rasd.ingest.sources)
USER_AGENT = f"rasd/{__version__} (news monitoring; feed reader)"


class FetchError(Exception):
    """A request that gave nothing usable: refused, timed out, an HTTP error, too big."""


@dataclass(slots=True)
class Response:
    url: str  # after redirects
    status: int  # 200, or 304 when a conditional request found nothing new
    body: bytes = b""
    content_type: str | None = None
    etag: str | None = None
    last_modified: str | None = None


def check_url(url: str) -> str:
    """``url`` if it is an http(s) URL with a host; raises ``ValueError`` saying why not."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ValueError(f"not an http:// or https:// URL: {url!r}")
    return url


class Fetcher:
    """GETs with at least ``host_delay`` seconds between the end of one request to a host and
    the start of the next (feeds and their item pages are usually on one site); counted from
    the answer, not the asking, so a slow site is never asked faster than the pace. ``wait(seconds)`` is
    how it pauses; a watcher passes one that a stop signal interrupts."""

    def __init__(self, host_delay: float = 1.0, timeout: float = 20.0, max_bytes: int = MAX_BYTES,
                 wait: Callable[[float], object] = time.sleep) -> None:
        self.host_delay, self.timeout, self.max_bytes = host_delay, timeout, max_bytes
        self._wait = wait
        self._last: dict[str, float] = {}
        self._lock = threading.Lock()
        # No cookies, no auth handlers; proxies from the environment as usual.
        self._opener = urllib.request.build_opener()

    def _pace(self, url: str) -> None:
        host = (urlsplit(url).hostname or "").lower()
        with self._lock:
            due = self._last.get(host, float("-inf")) + self.host_delay
            now = time.monotonic()
            start = max(now, due)
            self._last[host] = start
        if start > now:
            self._wait(start - now)

    def get(self, url: str, etag: str | None = None, last_modified: str | None = None) -> Response:
        headers = {"User-Agent": USER_AGENT, "Accept": "*/*", "Accept-Encoding": "identity"}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        self._pace(url)
        try:
            return self._get(url, headers, etag, last_modified)
        finally:
            self._answered(url)

    def _answered(self, url: str) -> None:
        host = (urlsplit(url).hostname or "").lower()
        with self._lock:
            self._last[host] = max(self._last.get(host, float("-inf")), time.monotonic())

    def _get(self, url: str, headers: dict[str, str], etag: str | None,
             last_modified: str | None) -> Response:
        req = urllib.request.Request(url, headers=headers)
        try:
            with self._opener.open(req, timeout=self.timeout) as r:
                length = r.headers.get("Content-Length")
                if length and length.isdigit() and int(length) > self.max_bytes:
                    raise FetchError(f"answer of {int(length):,} bytes is over the "
                                     f"{self.max_bytes:,}-byte limit")
                body = r.read(self.max_bytes + 1)
                if len(body) > self.max_bytes:
                    raise FetchError(f"answer is over the {self.max_bytes:,}-byte limit")
                return Response(r.geturl(), r.status, body, r.headers.get("Content-Type"),
                                r.headers.get("ETag"), r.headers.get("Last-Modified"))
        except urllib.error.HTTPError as e:
            if e.code == 304:
                return Response(url, 304, etag=e.headers.get("ETag") or etag,
                                last_modified=e.headers.get("Last-Modified") or last_modified)
            raise FetchError(f"HTTP {e.code} {e.reason}".rstrip()) from None
        except urllib.error.URLError as e:
            reason = e.reason
            if isinstance(reason, (TimeoutError, socket.timeout)):
                raise FetchError(f"no answer within {self.timeout:g} s") from None
            raise FetchError(f"cannot connect: {getattr(reason, 'strerror', None) or reason}") from None
        except (TimeoutError, socket.timeout):
            raise FetchError(f"no answer within {self.timeout:g} s") from None
        except (http.client.HTTPException, OSError) as e:
            raise FetchError(f"broken answer: {type(e).__name__}: {e}") from None
