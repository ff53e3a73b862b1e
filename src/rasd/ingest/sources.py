"""``read_paths``: files, folders and stdin → articles, one ``Problem`` per bad input."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from dataclasses import dataclass
from typing import BinaryIO, Iterable, Iterator

from rasd.ingest.article import Record, make_article
from rasd.ingest.columns import DATE_ORDERS, CsvMapping
from rasd.ingest.decode import decode_bytes
from rasd.ingest.errors import InputError
from rasd.ingest.read_csv import csv_rows
from rasd.ingest.read_html import html_record
from rasd.ingest.read_json import json_document, json_lines
from rasd.ingest.report import IngestReport
from rasd.ingest.split import MAX_ARTICLE_CHARS, split_article
from rasd.core.models import Article

MAX_BYTES = 20_000_000
SUFFIXES = (".txt", ".jsonl", ".ndjson", ".json", ".csv", ".html", ".htm")
STDIN = "-"
_STDIN_ORIGIN = "<stdin>"


def read_paths(paths: Iterable[str | os.PathLike[str]], report: IngestReport | None = None,
               csv_map: CsvMapping | None = None, max_bytes: int = MAX_BYTES,
               date_order: str = "auto") -> Iterator[Article]:
    """Every article in ``paths`` (files, folders read recursively, ``-`` for stdin), in
    order. Bad inputs never raise: each is one ``Problem`` in ``report``, the rest go on.
    ``date_order`` says how numeric metadata dates are written: ``dmy``, ``mdy``, or ``auto``
    (month first in a CSV with FA-KES's columns, day first elsewhere)."""
    report = report if report is not None else IngestReport()
    if date_order not in DATE_ORDERS:
        raise ValueError(f"date_order must be one of {', '.join(DATE_ORDERS)}")
    read = _Reading(report, csv_map, max_bytes, date_order)
    for p in paths:
        if str(p) == STDIN:
            yield from _guarded(_read_stdin(read), _STDIN_ORIGIN, report)
            continue
        path = Path(p)
        if path.is_dir():
            yield from _read_folder(path, read)
        else:
            yield from _guarded(_read_file(path, read, named=True), str(path), report)


@dataclass(frozen=True, slots=True)
class _Reading:
    """How one call of ``read_paths`` reads its inputs."""

    report: IngestReport
    csv_map: CsvMapping | None
    max_bytes: int
    date_order: str

    @property
    def day_first(self) -> bool:
        return self.date_order != "mdy"


def _guarded(articles: Iterator[Article], origin: str, report: IngestReport) -> Iterator[Article]:
    """Counts what ``articles`` yields, splits texts over the size limit (with a warning)
    and turns an ``InputError`` into one problem."""
    try:
        for a in articles:
            parts = split_article(a)
            if len(parts) > 1:
                report.warn(a.origin or origin,
                            f"text of {len(a.text):,} characters is over the "
                            f"{MAX_ARTICLE_CHARS:,}-character limit per article; read as "
                            f"{len(parts)} articles {parts[0].id} ... {parts[-1].id}")
            for part in parts:
                report.read += 1
                yield part
    except InputError as e:
        report.problem(origin, e.message, e.failed)
    except OSError as e:  # permission denied, a file vanishing mid-run, ...
        report.problem(origin, f"cannot read: {e.strerror or e}")


def _read_folder(folder: Path, read: _Reading) -> Iterator[Article]:
    report = read.report
    found = 0

    def walk_error(e: OSError) -> None:
        report.problem(e.filename or str(folder), f"cannot read folder: {e.strerror or e}")

    for root, dirs, files in os.walk(folder, onerror=walk_error):
        # Sorted for the same order on every machine; hidden entries (.git, .DS_Store) skipped.
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if name.startswith(".") or not name.lower().endswith(SUFFIXES):
                continue
            found += 1
            path = Path(root) / name
            yield from _guarded(_read_file(path, read, named=False), str(path), report)
    if not found:
        report.skip(str(folder), f"no {', '.join(SUFFIXES)} files in this folder")


def _read_file(path: Path, read: _Reading, named: bool) -> Iterator[Article]:
    origin, report, max_bytes = str(path), read.report, read.max_bytes
    if not path.exists():
        raise InputError("no such file or folder")
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        raise InputError(f"unsupported file type {suffix or '(no suffix)'!r}; rasd reads "
                         + ", ".join(SUFFIXES) + " files")
    report.inputs += 1
    size = path.stat().st_size
    if size > max_bytes:
        raise InputError(f"file is {_size(size)}, over the {_size(max_bytes)} limit")
    if size == 0:
        raise InputError("empty file", failed=False)
    data = path.read_bytes()
    text = decode_bytes(data, html=suffix in (".html", ".htm"))[0]
    if not text.strip():
        raise InputError("empty file (whitespace only)", failed=False)
    yield from _parse(text, suffix, origin, read)


def _parse(text: str, suffix: str, origin: str, read: _Reading) -> Iterator[Article]:
    report = read.report
    if suffix in (".jsonl", ".ndjson"):
        yield from json_lines(text, origin, report, read.day_first)
    elif suffix == ".json":
        yield from json_document(text, origin, report, read.day_first)
    elif suffix == ".csv":
        yield from csv_rows(text, origin, report, read.csv_map, read.date_order)
    elif suffix in (".html", ".htm"):
        yield make_article(html_record(text), origin, web_text=True, day_first=read.day_first)
    else:
        yield make_article(_text_record(text), origin, web_text=True)


def _text_record(text: str) -> Record:
    """A plain-text article; a short first line set off by a blank line is its headline."""
    title = None
    head, sep, rest = text.lstrip().partition("\n")
    if sep and rest.startswith("\n") and rest.strip() and 0 < len(head.strip()) <= 150 \
            and not head.rstrip().endswith((".", "。", ":")):
        title = head.strip()
    return Record(text=text, title=title)


def _read_stdin(read: _Reading) -> Iterator[Article]:
    report, max_bytes = read.report, read.max_bytes
    report.inputs += 1
    stream: BinaryIO | None = getattr(sys.stdin, "buffer", None)
    if stream is not None:
        data = stream.read(max_bytes + 1)
        if len(data) > max_bytes:
            raise InputError(f"input is over the {_size(max_bytes)} limit")
        text = decode_bytes(data)[0]
    else:  # a text stream without bytes underneath (tests, embedding)
        text = sys.stdin.read(max_bytes + 1)
        if len(text) > max_bytes:
            raise InputError(f"input is over the {_size(max_bytes)} limit")
    if not text.strip():
        raise InputError("empty input", failed=False)
    # JSON Lines when it opens with an object, else one plain-text article.
    if text.lstrip("\ufeff \t\r\n").startswith("{"):
        yield from json_lines(text, _STDIN_ORIGIN, report, read.day_first)
    else:
        yield make_article(_text_record(text), _STDIN_ORIGIN, web_text=True)


def _size(n: int) -> str:
    for unit, scale in (("GB", 1e9), ("MB", 1e6), ("kB", 1e3)):
        if n >= scale:
            return f"{n / scale:.1f} {unit} ({n:,} bytes)"
    return f"{n} bytes"
