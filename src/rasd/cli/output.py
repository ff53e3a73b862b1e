"""Shared CLI plumbing: the --db option, opening the store, tables, JSON Lines, problem
lines and progress on stderr. Command modules import from here so every command looks
and fails the same way."""

from __future__ import annotations

import json
import os
import shutil
import sys
import unicodedata
from typing import Any, Callable, Iterable, Sequence, TypeVar

import click

from rasd.core.models import Claim, DateSpan, Figure, Place
from rasd.store import DEFAULT_DB, Store

F = TypeVar("F", bound=Callable[..., Any])

# -- the database ------------------------------------------------------------------------


def db_option(f: F) -> F:
    """``--db URL`` (env RASD_DB, default ./rasd.db)."""
    return click.option(
        "--db", metavar="URL", envvar="RASD_DB", default=DEFAULT_DB, show_default=True,
        show_envvar=True,
        help="The store: a SQLite file (rasd.db, sqlite:///path/rasd.db) or a PostgreSQL URL "
             "(postgresql://user:password@host:5432/dbname).",
    )(f)


def open_db(db: str, create: bool = False) -> Store:
    """Open the store, or fail in one line. Read commands pass ``create=False``: a
    mistyped path must not leave an empty database behind."""
    from rasd.store import StoreError, is_postgres, open_store
    from rasd.store.url import sqlite_path

    if not is_postgres(db):
        path = sqlite_path(db)
        if not create and path != ":memory:" and not os.path.exists(path):
            raise click.ClickException(
                f"no database at {path}; run `rasd ingest PATH...` first (or pass --db / set RASD_DB)")
        if os.path.isdir(path):
            raise click.ClickException(f"{path} is a directory, not a database file")
    try:
        return open_store(db)
    except StoreError as e:
        raise click.ClickException(str(e)) from None


# -- options -----------------------------------------------------------------------------


def parse_day(value: str | None, end: bool = False) -> str | None:
    """An ISO day from "2018", "2018-02" or "2018-02-08" (see ``rasd.store.filters``)."""
    from rasd.store.filters import parse_day as parse

    if value is None or value == "":
        return None
    try:
        return parse(value, end=end)
    except ValueError as e:
        raise click.BadParameter(str(e)) from None


def codebook_choice(vocabulary: str) -> click.Choice:
    """A choice of codebook ids, so a typo lists the valid ids instead of matching nothing."""
    from rasd.core.codebook import ids

    return click.Choice(ids(vocabulary), case_sensitive=False)


def _parsed(flt: Any, value: Any) -> Any:
    try:
        return flt.parse(value)
    except ValueError as e:
        raise click.BadParameter(str(e)) from None


def filter_options(filters: Iterable[Any]) -> Callable[[F], F]:
    """One click option per declared filter (``rasd.store.filters``): vocabularies as
    choices, days and minimums checked as they are parsed."""

    def option(flt: Any) -> Callable[[F], F]:
        kw: dict[str, Any] = {"help": flt.help}
        if flt.kind == "vocab":
            kw.update(type=codebook_choice(flt.vocabulary), metavar="ID")
        elif flt.kind in ("since", "until"):
            kw.update(callback=lambda c, p, v, flt=flt: parse_day(v, end=flt.kind == "until"),
                      metavar="DATE")
        elif flt.kind == "min":
            kw.update(type=click.IntRange(min=0), metavar="N",
                      callback=lambda c, p, v, flt=flt: _parsed(flt, v))
        else:
            kw.update(metavar="ID")
        return click.option(flt.option, flt.name, **kw)

    def decorate(f: F) -> F:
        for flt in reversed(list(filters)):
            f = option(flt)(f)
        return f

    return decorate


# -- stdout ------------------------------------------------------------------------------


def echo_json(obj: Any) -> None:
    """One JSON Lines record on stdout (UTF-8 text, not \\u escapes)."""
    click.echo(json.dumps(obj, ensure_ascii=False))


def display_width(s: str) -> int:
    # Harakat and other combining marks take no column of their own.
    return sum(0 if unicodedata.combining(ch) else 2 if unicodedata.east_asian_width(ch) in "WF"
               else 1 for ch in s)


def clip(s: Any, width: int) -> str:
    """One line of at most ``width`` columns."""
    text = " ".join(str("" if s is None else s).split())
    if display_width(text) <= width:
        return text
    out, w = [], 0
    for ch in text:
        cw = display_width(ch)
        if w + cw > width - 1:
            break
        out.append(ch)
        w += cw
    return "".join(out) + "…"


WRAP_COMFORT = 36  # a wrapped column narrower than this reads badly


def terminal_width() -> int:
    """Columns of the terminal (env COLUMNS first); 120 when stdout is not a terminal."""
    return max(40, shutil.get_terminal_size((120, 24)).columns)


def wrap(s: Any, width: int) -> list[str]:
    """``s`` on lines of at most ``width`` columns, broken between words where it can."""
    text = " ".join(str("" if s is None else s).split())
    lines: list[str] = []
    line, w = "", 0
    for word in text.split(" "):
        ww = display_width(word)
        if line and w + 1 + ww <= width:
            line, w = f"{line} {word}", w + 1 + ww
            continue
        if line:
            lines.append(line)
        while ww > width:  # a word longer than the column is cut
            head = clip(word, width + 1)[:-1] if width > 1 else word[:1]
            lines.append(head)
            word = word[len(head):]
            ww = display_width(word)
        line, w = word, ww
    if line or not lines:
        lines.append(line)
    return lines


def _fit(natural: list[int], floors: list[int], width: int, wrapping: set[int]) -> list[int]:
    """Column widths that fit ``width``: the widest column gives up room first, wrapping
    columns (evidence, quotes) only down to ``WRAP_COMFORT``, then below that to their
    floors when nothing else can give."""
    widths = list(natural)
    excess = sum(widths) + 2 * (len(widths) - 1) - width
    comfort = [max(floors[i], min(natural[i], WRAP_COMFORT)) if i in wrapping else floors[i]
               for i in range(len(widths))]
    steps = ((range(len(widths)), lambda i: comfort[i]), (sorted(wrapping), lambda i: floors[i]))
    for group, floor in steps:
        while excess > 0:
            room = [i for i in group if widths[i] > floor(i)]
            if not room:
                break
            widest = max(room, key=lambda i: widths[i])
            widths[widest] -= 1
            excess -= 1
    return widths


def print_table(headers: Sequence[str], rows: Iterable[Sequence[Any]],
                max_widths: Sequence[int | None] | None = None, wrapping: Sequence[int] = (),
                keep: Sequence[int] = (), legend: Sequence[str] = (), width: int | None = None) -> None:
    """An aligned table on stdout that fits the terminal: columns in ``wrapping`` (evidence,
    quotes) wrap onto more lines, those in ``keep`` (ids) are never shortened, the others
    are clipped; ``max_widths`` caps columns; ``legend`` lines explain the columns."""
    width = width or terminal_width()
    wrapset = set(wrapping)
    texts = [[" ".join(str("" if v is None else v).split()) for v in row] for row in rows]
    natural = [display_width(h) for h in headers]
    for row in texts:
        for i, v in enumerate(row):
            cap = (max_widths[i] if max_widths and max_widths[i] else 10_000)
            natural[i] = max(natural[i], min(cap, display_width(v)))
    floors = [natural[i] if i in keep else min(natural[i], 12 if i in wrapset else 5)
              for i in range(len(headers))]
    widths = _fit(natural, floors, width, wrapset)

    def line(values: Sequence[str]) -> str:
        return "  ".join(v + " " * (widths[i] - display_width(v)) for i, v in enumerate(values)).rstrip()

    click.echo(line([clip(h, widths[i]) for i, h in enumerate(headers)]))
    click.echo(line(["-" * w for w in widths]))
    for row in texts:
        cells = [wrap(v, widths[i]) if i in wrapset else [clip(v, widths[i])] for i, v in enumerate(row)]
        for k in range(max(len(c) for c in cells)):
            click.echo(line([c[k] if k < len(c) else "" for c in cells]))
    for note in legend:
        for ln in wrap(note, width):
            click.echo(ln)


# -- formatting model objects ------------------------------------------------------------


def format_figure(f: Figure) -> str:
    """"killed ≥45 civilians": the figure as its claimant stated it."""
    group = "" if f.group == "unspecified" else f" {f.group}"
    return f"{f.kind} {f.as_stated()}{group}"


def format_figures(figures: Iterable[Figure]) -> str:
    return "; ".join(format_figure(f) for f in figures) or "-"


def format_place(place: Place) -> str:
    if place.name and place.governorate not in ("unknown", None):
        return f"{place.name} ({place.governorate})"
    return place.name or (place.governorate if place.governorate != "unknown" else "-")


def format_date(span: DateSpan | None) -> str:
    if span is None:
        return "-"
    return span.start if not span.end or span.end == span.start else f"{span.start}/{span.end}"


def format_claimant(claim: Claim) -> str:
    if claim.claimant in ("other", "unnamed", "local_sources") and claim.claimant_text:
        return f"{claim.claimant}: {claim.claimant_text}"
    return claim.claimant


def evidence_text(claim: Claim) -> str:
    if claim.evidence is not None:
        return claim.evidence.text
    return claim.quote or ""


# -- stderr ------------------------------------------------------------------------------


class Progress:
    """A one-line counter on stderr, only when stderr is a terminal (never in pipes/logs)."""

    def __init__(self, label: str = "articles", enabled: bool | None = None) -> None:
        self.label = label
        self.enabled = sys.stderr.isatty() if enabled is None else enabled
        self.count = 0
        self._shown = False

    def tick(self, extra: str = "") -> None:
        self.count += 1
        if self.enabled:
            click.echo(f"\r\x1b[K{self.count} {self.label}{extra}", err=True, nl=False)
            self._shown = True

    def clear(self) -> None:
        """Wipe the counter line so a message can be printed on a clean line."""
        if self._shown:
            click.echo("\r\x1b[K", err=True, nl=False)
            self._shown = False


class ArticleProgress(Progress):
    """Articles stored and their claims, counted on one line; an article that failed is
    one problem line (``on_article`` of the ingest service)."""

    def __init__(self, enabled: bool | None = None) -> None:
        super().__init__("articles", enabled)
        self.claims = 0

    def article(self, r: Any) -> None:
        self.claims += len(r.claims)
        if r.error:
            echo_problem(r.origin or r.requested_id, r.error, progress=self)
        self.tick(f", {self.claims} claims")

    def reset(self) -> None:
        self.clear()
        self.count = self.claims = 0


def problem_line(origin: str | None, message: str, failed: bool = True,
                 warning: bool = False) -> str:
    tag = "warning" if warning else "error" if failed else "skipped"
    return f"{tag}: {origin}: {message}" if origin else f"{tag}: {message}"


def echo_problem(origin: str | None, message: str, failed: bool = True,
                 progress: Progress | None = None, warning: bool = False) -> None:
    """One line per problem on stderr, as it happens."""
    if progress is not None:
        progress.clear()
    click.echo(problem_line(origin, message, failed, warning), err=True)


def echo_note(message: str, progress: Progress | None = None) -> None:
    """A summary or hint on stderr (stdout stays machine-readable)."""
    if progress is not None:
        progress.clear()
    click.echo(message, err=True)


def echo_page_note(noun: str, shown: int, total: int, offset: int) -> None:
    """What a paged listing left out, and how to see it."""
    if not shown:
        echo_note(f"no {noun} match" if total == 0 else f"no {noun} past offset {offset} ({total} match)")
    elif shown < total:
        echo_note(f"showing {offset + 1}-{offset + shown} of {total} {noun} (see --limit, --offset)")
