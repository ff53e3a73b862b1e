"""``rasd watch``: poll RSS/Atom feeds and pages, ingest and link what is new."""

from __future__ import annotations

import re
import signal
import sys
import threading
import time
from pathlib import Path
from typing import Any

import click

from rasd.cli.output import ArticleProgress, db_option, echo_note, echo_problem, open_db

_UNITS = {"": 1, "s": 1, "sec": 1, "m": 60, "min": 60, "h": 3600, "d": 86400}
_DURATION = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([a-z]*)\s*$")


class Duration(click.ParamType):
    """``10m``, ``30s``, ``1.5h``, ``2d`` or plain seconds."""

    name = "duration"

    def convert(self, value: Any, param: Any, ctx: Any) -> float:
        if isinstance(value, (int, float)):
            return float(value)
        m = _DURATION.match(str(value).lower())
        if not m or m.group(2) not in _UNITS:
            self.fail(f"{value!r} is not a duration (like 30s, 10m, 1h)", param, ctx)
        return float(m.group(1)) * _UNITS[m.group(2)]


def read_sources(urls: tuple[str, ...], files: tuple[str, ...]) -> list[str]:
    """The URLs given, then those in each file (one a line; blank lines and # comments
    skipped); every one checked, in one line when one is not an http(s) URL."""
    from rasd.ingest.web import check_url

    found = list(urls)
    for f in files:
        try:
            lines = Path(f).read_text(encoding="utf-8-sig").splitlines()
        except (OSError, UnicodeDecodeError) as e:
            raise click.BadParameter(f"cannot read {f}: {getattr(e, 'strerror', None) or e}",
                                     param_hint="--sources") from None
        found += [ln.split("#", 1)[0].strip() for ln in lines if ln.split("#", 1)[0].strip()]
    if not found:
        raise click.UsageError("give at least one feed or page URL (or --sources FILE)")
    try:
        return list(dict.fromkeys(check_url(u) for u in found))
    except ValueError as e:
        raise click.BadParameter(str(e), param_hint="SOURCES") from None


@click.command()
@click.argument("urls", nargs=-1, metavar="[SOURCES...]")
@click.option("--sources", "source_files", multiple=True, metavar="FILE",
              type=click.Path(dir_okay=False),
              help="A file of feed or page URLs, one a line (# comments); may be repeated.")
@click.option("--every", type=Duration(), default="10m", show_default=True, metavar="DURATION",
              help="Time between the starts of two polls (30s, 10m, 1h).")
@click.option("--once", is_flag=True, help="Poll once and exit (cron, tests); exit code 1 if a "
                                           "source failed.")
@click.option("--host-delay", type=Duration(), default="1s", show_default=True, metavar="DURATION",
              help="At least this long between the answer to one request to a host and the next.")
@click.option("--timeout", type=Duration(), default="20s", show_default=True, metavar="DURATION",
              help="Give up on a request after this long.")
@db_option
def watch(urls: tuple[str, ...], source_files: tuple[str, ...], every: float, once: bool,
          host_delay: float, timeout: float, db: str) -> None:
    """Poll RSS/Atom feeds and web pages; ingest, link and assess what is new.

    SOURCES are feed URLs (RSS or Atom: each new item's page is read as an article) or
    page URLs (the page itself is the article, read again when it changes). Requests are
    conditional (ETag, Last-Modified) and polite (--host-delay between requests to one
    host). What was seen is kept in the store, so a restart re-reads nothing and skips
    nothing. A source that fails is reported in one line and asked again after a growing
    wait (--every doubled per failure in a row, at most 6 h); the others go on. An edited
    item whose text changed is stored as a new version beside the old one.

    On a terminal a progress line shows each poll; under a service manager (no terminal)
    only polls that found something, and problems, are logged, one line each. SIGTERM or
    Ctrl-C stops after the article being stored.

    \b
    Examples:
      rasd watch https://example.org/feed.xml https://example.org/live-page --every 10m
      rasd watch --sources feeds.txt --db postgresql://rasd@localhost/rasd
      rasd watch --sources feeds.txt --once        from cron
    """
    from rasd.service.watch import Watcher, WatchSettings, duration

    sources = read_sources(urls, source_files)
    if every <= 0 and not once:
        raise click.BadParameter("must be more than 0", param_hint="--every")
    store = open_db(db, create=True)
    stop = threading.Event()
    tty = sys.stderr.isatty()
    progress = ArticleProgress(enabled=tty)

    def problem(url: str, message: str, warning: bool) -> None:
        echo_problem(url, message, progress=progress, warning=warning)

    def round_done(rnd: Any, next_start: float | None) -> None:
        news = rnd.new_articles or rnd.errors or (rnd.ingest and rnd.ingest.linked_articles)
        if tty or news:
            echo_note(_round_line(rnd, next_start), progress=progress)
        progress.reset()

    for sig in (signal.SIGTERM, signal.SIGINT):
        signal.signal(sig, lambda *_: stop.set())
    settings = WatchSettings(every=every, host_delay=host_delay, timeout=timeout)
    watcher = Watcher(store, sources, settings, on_problem=problem, on_article=progress.article,
                      stop=stop)
    echo_note(f"watching {len(sources)} source{'s' * (len(sources) != 1)} into {store.label}"
              + ("" if once else f", every {duration(every)}"))
    rounds: list[Any] = []
    try:
        watcher.run(once=once, on_round=lambda r, n: (rounds.append(r), round_done(r, n)))
    finally:
        store.close()
    if once and rounds and (rounds[-1].errors or rounds[-1].ingest.failed):
        raise SystemExit(1)


def _round_line(rnd: Any, next_start: float | None) -> str:
    """One line per poll: what it found, what failed, when the next one starts."""
    counts: dict[str, int] = {}
    for s in rnd.sources:
        counts[s.status] = counts.get(s.status, 0) + 1
    res = rnd.ingest
    parts = [f"{len(rnd.sources)} source{'s' * (len(rnd.sources) != 1)}"]
    parts += [f"{n} {status}" for status, n in counts.items()]
    found = f"new articles {res.new}, duplicates {res.duplicates}, claims {res.claims}"
    if res.failed:
        found += f", failed {len(res.failed)}"
    if res.linked_articles:
        found += f"; linked {res.linked_articles}"
    if res.link_error:
        found += f"; {res.link_error}"
    line = f"{time.strftime('%H:%M:%S')} poll: {', '.join(parts)}; {found}"
    if next_start is not None:
        line += f"; next at {time.strftime('%H:%M:%S', time.localtime(next_start))}"
    return line


def register(main: click.Group) -> None:
    main.add_command(watch)
