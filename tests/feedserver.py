"""A real local HTTP server for feed tests (http.server in a thread, on a free loopback
port): routes set and changed by the test between polls, ETag / If-None-Match answered
with 304 like a real site, and every request logged with its time and headers."""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass, field
from email.utils import formatdate
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from xml.sax.saxutils import escape


@dataclass
class Route:
    body: bytes
    content_type: str = "text/html; charset=utf-8"
    status: int = 200
    etag: str | None = None
    delay: float = 0.0  # seconds before answering (a slow server)


@dataclass
class Hit:
    path: str
    at: float  # time.monotonic()
    headers: dict
    status: int = 0


@dataclass
class FeedServer:
    routes: dict[str, Route] = field(default_factory=dict)
    hits: list[Hit] = field(default_factory=list)

    def __post_init__(self) -> None:
        server = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802
                hit = Hit(self.path, time.monotonic(), dict(self.headers))
                server.hits.append(hit)
                route = server.routes.get(self.path)
                if route is None:
                    hit.status = 404
                    self.send_error(404, "Not Found")
                    return
                if route.delay:
                    time.sleep(route.delay)
                if route.etag and self.headers.get("If-None-Match") == route.etag:
                    hit.status = 304
                    self.send_response(304)
                    self.send_header("ETag", route.etag)
                    self.end_headers()
                    return
                hit.status = route.status
                self.send_response(route.status)
                self.send_header("Content-Type", route.content_type)
                self.send_header("Content-Length", str(len(route.body)))
                if route.etag:
                    self.send_header("ETag", route.etag)
                self.send_header("Last-Modified", formatdate(usegmt=True))
                self.end_headers()
                try:
                    self.wfile.write(route.body)
                except (BrokenPipeError, ConnectionResetError):  # a client that gave up
                    pass

            def log_message(self, *args: object) -> None:
                pass

        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._httpd.daemon_threads = True
        self._thread = threading.Thread(target=self._httpd.serve_forever, daemon=True)
        self._thread.start()

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self._httpd.server_address[1]}"

    def url(self, path: str) -> str:
        return self.base + path

    def set(self, path: str, body: str | bytes, content_type: str = "text/html; charset=utf-8",
            status: int = 200, etag: str | None = None, delay: float = 0.0) -> None:
        data = body.encode("utf-8") if isinstance(body, str) else body
        self.routes[path] = Route(data, content_type, status, etag, delay)

    def requests(self, path: str) -> list[Hit]:
        return [h for h in self.hits if h.path == path]

    def close(self) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()


def rss(title: str, items: list[dict]) -> str:
    """An RSS 2.0 document; each item: guid, link, title, and optional date, description."""
    out = [f'<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0"><channel>'
           f"<title>{escape(title)}</title><link>http://example.invalid/</link>"]
    for it in items:
        out.append("<item>" + "".join(
            f"<{tag}>{escape(str(it[key]))}</{tag}>" for key, tag in
            (("title", "title"), ("link", "link"), ("guid", "guid"), ("date", "pubDate"),
             ("description", "description")) if it.get(key)) + "</item>")
    return "".join(out) + "</channel></rss>"


def page(title: str, text: str) -> str:
    """An article page as a news site serves it."""
    paras = "".join(f"<p>{escape(p)}</p>" for p in text.split("\n") if p.strip())
    return (f'<!doctype html><html lang="ar"><head><meta charset="utf-8"><title>{escape(title)}'
            f"</title></head><body><nav>الرئيسية | أخبار</nav><article><h1>{escape(title)}</h1>"
            f"{paras}</article><footer>جميع الحقوق محفوظة</footer></body></html>")
