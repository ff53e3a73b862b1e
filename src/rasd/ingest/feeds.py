"""RSS / Atom feeds (feedparser) and web pages fetched by URL → entries and ``Article``s.

A feed's entries are keyed by guid (else link): the key says "the same item", a hash of
what the feed says of it (``Entry.version``) says "edited". An item's article is read from
its page through the HTML reader (``rasd.ingest.read_html``), as a saved page would be;
an entry without a link is read from the content the feed carries."""

from __future__ import annotations

import hashlib
import time
from dataclasses import dataclass
from typing import Any

from rasd.core.models import Article
from rasd.ingest.article import make_article
from rasd.ingest.decode import decode_bytes
from rasd.ingest.errors import InputError
from rasd.ingest.read_html import html_record
from rasd.ingest.split import split_article

_FEED_TYPES = ("rss", "atom", "xml", "rdf")
_FEED_STARTS = (b"<?xml", b"<rss", b"<feed", b"<rdf:rdf")


@dataclass(slots=True)
class Entry:
    key: str  # guid, else link
    version: str  # hash of what the feed says of the item
    link: str | None = None
    title: str | None = None
    published: str | None = None  # ISO day, when the feed dates it
    content: str | None = None  # HTML or text the feed carries (content, else summary)


@dataclass(slots=True)
class Feed:
    title: str | None
    entries: list[Entry]
    warning: str | None = None  # not well-formed, but entries could be read


def is_feed(content_type: str | None, body: bytes) -> bool:
    """An RSS/Atom document rather than a page: by its media type, else its first tag."""
    ct = (content_type or "").split(";")[0].strip().lower()
    if ct in ("text/html", "application/xhtml+xml"):
        return False
    if any(t in ct for t in _FEED_TYPES):
        return True
    head = body[:512].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    return head.startswith(_FEED_STARTS)


def parse_feed(body: bytes, url: str, content_type: str | None = None) -> Feed:
    """The feed's entries; raises ``InputError`` for a document feedparser cannot read
    (malformed XML with no entry in it, or no feed at all)."""
    import feedparser

    headers = {"content-location": url}
    if content_type:
        headers["content-type"] = content_type
    doc: Any = feedparser.parse(body, response_headers=headers, sanitize_html=False)
    problem = None
    if doc.get("bozo"):
        exc = doc.get("bozo_exception")
        problem = f"{type(exc).__name__}: {' '.join(str(exc).split())[:200]}" if exc else "not well-formed"
    if not doc.entries and (problem or not doc.get("version")):
        raise InputError(f"malformed feed ({problem})" if problem else "not an RSS or Atom feed")
    entries = [e for e in (_entry(raw) for raw in doc.entries) if e is not None]
    title = doc.feed.get("title") if doc.get("feed") else None
    warning = f"feed is not well-formed ({problem}); read {len(entries)} items anyway" if problem else None
    return Feed(title=title or None, entries=entries, warning=warning)


def _entry(raw: Any) -> Entry | None:
    link = raw.get("link") or None
    key = raw.get("id") or link
    contents = raw.get("content") or []
    content = (contents[0].get("value") if contents else None) or raw.get("summary") or None
    if not key:
        if not content:
            return None  # nothing to identify it by, nothing to read
        key = "content:" + _hash(content)
    dated = raw.get("published_parsed") or raw.get("updated_parsed")
    published = time.strftime("%Y-%m-%d", dated) if dated else None
    version = _hash("\x1f".join(str(x or "") for x in (
        link, raw.get("title"), content, raw.get("updated"), raw.get("published"))))
    return Entry(key=key, version=version, link=link, title=raw.get("title") or None,
                 published=published, content=content)


def page_articles(body: bytes, url: str, item_id: str, entry: Entry | None = None,
                  source: str | None = None) -> list[Article]:
    """The article of a fetched page (several when it is over the per-article size), with
    the feed entry's title and date where the page has none. Raises ``InputError``."""
    page = decode_bytes(body, html=True)[0]
    return _articles(page, url, item_id, entry, source)


def entry_articles(entry: Entry, item_id: str, source: str | None = None) -> list[Article]:
    """The article of an entry without a page: the content the feed carries."""
    if not entry.content:
        raise InputError("the item has neither a link nor content")
    return _articles(f"<html><body><article>{entry.content}</article></body></html>",
                     entry.link or entry.key, item_id, entry, source)


def _articles(page: str, url: str, item_id: str, entry: Entry | None,
              source: str | None) -> list[Article]:
    rec = html_record(page)
    rec.id = item_id
    rec.url = rec.url or url
    if entry is not None:
        rec.title = rec.title or entry.title
        rec.published = rec.published or entry.published
    rec.source = rec.source or source
    return split_article(make_article(rec, url, web_text=True))


def item_id(source_url: str, key: str) -> str:
    """A stable article id for an item (an edited version gets the store's ``~hash``)."""
    return "w-" + _hash(f"{source_url}\x1f{key}")[:12]


def _hash(s: str) -> str:
    return hashlib.sha1(s.encode("utf-8", "surrogatepass")).hexdigest()
