"""`rasd watch`: poll feeds and pages, ingest what is new through the ingest service.

Each round asks every source that is due (a conditional GET with the validators its last
answer gave), reads the items its feed lists that are new or edited (their pages through
the HTML reader, at a polite pace per host), and hands the articles to ``ingest_articles``,
which stores them one transaction each, links and re-assesses. What is known of each
source and item is kept in the store (``WatchSource``, ``WatchItem``):

- an item is marked seen only once its article is stored (or, unchanged, found stored),
  and a source's new validators are saved only once every item of that answer is: after a
  crash or restart the next poll skips nothing, and re-reads only the item being stored;
- an edited item (same guid/link, different entry) has its page read again: changed text
  is stored as a new article (a new version: the item's id plus ``~`` and a hash), the
  earlier version stays as what was published then; unchanged text is a duplicate;
- an item gone from the feed is left alone (feeds drop old items; its article stays);
- a source that fails (refused, timeout, HTTP error, malformed feed) is reported in one
  line and waits ``every × 2^(failures-1)`` (at most ``max_backoff``) before it is asked
  again; the other sources go on. An item page that fails is reported and tried again
  next round.
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Callable, Iterator

from rasd.core.models import Article
from rasd.ingest.errors import InputError
from rasd.ingest.feeds import Entry, entry_articles, is_feed, item_id, page_articles, parse_feed
from rasd.ingest.web import Fetcher, FetchError, Response
from rasd.service.ingest import ArticleResult, IngestResult, ingest_articles
from rasd.store.base import Store
from rasd.store.watch import WatchItem, WatchSource

MAX_BACKOFF = 6 * 3600.0


@dataclass(slots=True)
class WatchSettings:
    every: float = 600.0  # seconds between the starts of two rounds
    host_delay: float = 1.0  # seconds from one answer of a host to the next request to it
    timeout: float = 20.0  # seconds to wait for an answer
    max_backoff: float = MAX_BACKOFF


@dataclass(slots=True)
class SourceReport:
    url: str
    status: str  # "new", "unchanged", "not modified", "error", "waiting"
    items: int = 0  # new or edited items read this round
    articles: int = 0  # articles stored from them (new versions included)
    error: str | None = None
    retry_at: float | None = None  # when a failing or waiting source is asked again


@dataclass(slots=True)
class Round:
    sources: list[SourceReport] = field(default_factory=list)
    ingest: IngestResult | None = None

    @property
    def new_articles(self) -> int:
        return self.ingest.new if self.ingest else 0

    @property
    def errors(self) -> list[SourceReport]:
        return [s for s in self.sources if s.status == "error"]


@dataclass(slots=True)
class _Pending:
    """One item of this round: stored once all its articles (parts) are."""

    source: str
    item: WatchItem
    parts: int
    done: int = 0
    article_id: str | None = None


@dataclass(slots=True)
class _Answer:
    """A source's 200 answer of this round: validators saved once all its items are."""

    state: WatchSource
    etag: str | None
    last_modified: str | None
    items: int = 0
    stored: int = 0
    articles: int = 0
    item_failures: int = 0


class Watcher:
    """Polls ``urls`` into ``store``. ``on_problem(url, message, warning)`` gets every
    problem as it happens; ``on_article(result)`` every article stored or found stored;
    ``stop`` (an Event) ends a round between items and the wait between rounds."""

    def __init__(self, store: Store, urls: list[str], settings: WatchSettings | None = None,
                 on_problem: Callable[[str, str, bool], None] | None = None,
                 on_article: Callable[[ArticleResult], None] | None = None,
                 stop: threading.Event | None = None, clock: Callable[[], float] = time.time) -> None:
        self.store, self.urls = store, list(dict.fromkeys(urls))
        self.settings = settings or WatchSettings()
        self.stop = stop or threading.Event()
        self.clock = clock
        self.fetcher = Fetcher(self.settings.host_delay, self.settings.timeout, wait=self.stop.wait)
        self._on_problem = on_problem or (lambda url, msg, warning: None)
        self._on_article = on_article
        self._rounds = 0
        self._started = clock()

    # -- the loop -----------------------------------------------------------------------
    def run(self, once: bool = False,
            on_round: Callable[[Round, float | None], None] | None = None) -> None:
        """Poll every ``settings.every`` seconds (start to start) until ``stop`` is set;
        ``on_round(round, next_start)`` after each (``next_start`` None when stopping)."""
        while not self.stop.is_set():
            started = time.monotonic()
            done = self.poll()
            nxt = None if once or self.stop.is_set() else started + self.settings.every
            if on_round:
                on_round(done, None if nxt is None else self.clock() + (nxt - time.monotonic()))
            if nxt is None:
                return
            self.stop.wait(max(0.0, nxt - time.monotonic()))

    def poll(self) -> Round:
        """One round over every source that is due."""
        rnd = Round()
        self._started = self.clock()  # waits count from here, so "every" means every round
        pending: dict[str, _Pending] = {}
        answers: dict[str, _Answer] = {}

        def stored(r: ArticleResult) -> None:
            p = pending.get(r.requested_id)
            if p is not None and r.id is not None:  # stored (failed extraction included)
                p.done += 1
                p.article_id = p.article_id or r.id
                ans = answers[p.source]
                ans.articles += int(r.new and not r.error)
                if p.done == p.parts:
                    p.item.article_id = p.article_id
                    self.store.save_watch_item(p.source, p.item)
                    ans.stored += 1
            if self._on_article:
                self._on_article(r)

        articles = self._articles(rnd, pending, answers)
        # Earlier failures are retried at start-up, not every round.
        rnd.ingest = ingest_articles(self.store, articles, retry=self._rounds == 0, on_article=stored)
        self._rounds += 1
        for report in rnd.sources:
            ans = answers.get(report.url)
            if ans is None:
                continue
            complete = ans.stored == ans.items and not ans.item_failures
            if complete:  # else the next poll asks for the whole answer again
                ans.state.etag, ans.state.last_modified = ans.etag, ans.last_modified
            report.articles = ans.articles
            self.store.save_watch_source(ans.state)
        return rnd

    # -- one round's articles -------------------------------------------------------------
    def _articles(self, rnd: Round, pending: dict[str, _Pending],
                  answers: dict[str, _Answer]) -> Iterator[Article]:
        for url in self.urls:
            if self.stop.is_set():
                return
            state = self.store.watch_source(url) or WatchSource(url)
            if state.retry_at and state.retry_at > self.clock():
                rnd.sources.append(SourceReport(url, "waiting", error=state.error,
                                                retry_at=state.retry_at))
                continue
            report = SourceReport(url, "unchanged")
            rnd.sources.append(report)
            state.polled_at = _now()
            try:
                resp = self.fetcher.get(url, state.etag, state.last_modified)
            except FetchError as e:
                self._failed(state, report, str(e))
                continue
            if resp.status == 304:
                report.status = "not modified"
                self._succeeded(state)
                self.store.save_watch_source(state)
                continue
            self.store.save_watch_source(state)  # its items refer to it; old validators kept
            ans = answers[url] = _Answer(state, resp.etag, resp.last_modified)
            try:
                if is_feed(resp.content_type, resp.body):
                    yield from self._feed_items(resp, state, report, ans, pending)
                else:
                    yield from self._page(resp, state, report, ans, pending)
            except InputError as e:  # read before any of its items: nothing is pending
                del answers[url]
                self._failed(state, report, e.message)
                continue
            self._succeeded(state)

    def _feed_items(self, resp: Response, state: WatchSource, report: SourceReport,
                    ans: _Answer, pending: dict[str, _Pending]) -> Iterator[Article]:
        feed = parse_feed(resp.body, resp.url, resp.content_type)
        state.kind, state.title = "feed", feed.title or state.title
        if feed.warning:
            self._on_problem(state.url, feed.warning, True)
        seen = self.store.watch_items(state.url)
        now = _now()
        for entry in feed.entries:
            old = seen.get(entry.key)
            if old is not None and old.version == entry.version:
                continue
            if self.stop.is_set():
                ans.item_failures += 1  # stopped before it: the next start reads it
                return
            ans.items += 1
            report.items += 1
            report.status = "new"
            item = WatchItem(entry.key, entry.version, entry.link, None,
                             old.first_seen if old else now, now)
            try:
                arts = self._entry_articles(state, entry)
            except (FetchError, InputError) as e:
                ans.item_failures += 1
                self._on_problem(entry.link or entry.key, f"{_message(e)} (tried again next round)",
                                 False)
                continue
            yield from self._pending(state.url, item, arts, pending)
        if report.status == "new" and report.items:
            state.changed_at = now

    def _entry_articles(self, state: WatchSource, entry: Entry) -> list[Article]:
        aid = item_id(state.url, entry.key)
        if not entry.link:
            return entry_articles(entry, aid, source=state.title)
        from urllib.parse import urljoin

        link = urljoin(state.url, entry.link)
        page = self.fetcher.get(link)
        return page_articles(page.body, page.url, aid, entry, source=state.title)

    def _page(self, resp: Response, state: WatchSource, report: SourceReport, ans: _Answer,
              pending: dict[str, _Pending]) -> Iterator[Article]:
        state.kind = "page"
        arts = page_articles(resp.body, resp.url, item_id(state.url, state.url))
        version = arts[0].content_hash or ""
        old = self.store.watch_items(state.url).get(state.url)
        if old is not None and old.version == version:
            return
        now = _now()
        ans.items += 1
        report.items, report.status = 1, "new"
        state.title, state.changed_at = arts[0].title, now
        item = WatchItem(state.url, version, state.url, None, old.first_seen if old else now, now)
        yield from self._pending(state.url, item, arts, pending)

    @staticmethod
    def _pending(source: str, item: WatchItem, arts: list[Article],
                 pending: dict[str, _Pending]) -> Iterator[Article]:
        p = _Pending(source, item, len(arts))
        for a in arts:
            pending[a.id] = p
            yield a

    # -- a source's health ----------------------------------------------------------------
    def _failed(self, state: WatchSource, report: SourceReport, message: str) -> None:
        state.failures += 1
        wait = min(self.settings.every * 2 ** (state.failures - 1), self.settings.max_backoff)
        state.retry_at = self._started + wait
        state.error = message
        report.status, report.error, report.retry_at = "error", message, state.retry_at
        self.store.save_watch_source(state)
        self._on_problem(state.url, f"{message}; asked again in {duration(wait)}"
                         + (f" (failure {state.failures} in a row)" if state.failures > 1 else ""),
                         False)

    @staticmethod
    def _succeeded(state: WatchSource) -> None:
        state.failures, state.retry_at, state.error = 0, None, None


def _message(e: Exception) -> str:
    return e.message if isinstance(e, InputError) else str(e)


def _now() -> str:
    return datetime.now(timezone.utc).replace(microsecond=0).isoformat()


def duration(seconds: float) -> str:
    """"45 s", "10 min", "1 h 30 min": a wait for people."""
    seconds = max(0.0, seconds)
    if seconds < 60:
        return f"{seconds:.3g} s"
    minutes = round(seconds / 60)
    if minutes < 60:
        return f"{minutes} min"
    h, m = divmod(minutes, 60)
    return f"{h} h {m} min" if m else f"{h} h"
