"""JSON Lines and JSON files of articles in the codebook's shape
(``id, source, url, title, published, lang, text``)."""

from __future__ import annotations

import json
from typing import Iterator

from rasd.ingest.article import Record, make_article
from rasd.ingest.columns import pick
from rasd.ingest.errors import InputError
from rasd.ingest.report import IngestReport
from rasd.core.models import Article


# Longer integers are no id or count; Python itself refuses to convert them past 4,300
# digits, with an error message that points at interpreter settings.
MAX_INT_DIGITS = 100


def _int(digits: str) -> int:
    n = len(digits.lstrip("-"))
    if n > MAX_INT_DIGITS:
        raise InputError(f"a number with {n:,} digits (rasd reads numbers of up to "
                         f"{MAX_INT_DIGITS} digits)")
    return int(digits)


def load_json(text: str | bytes) -> object:
    """``json.loads`` for untrusted input: raises ``json.JSONDecodeError`` for bad syntax
    and ``InputError`` for what parses but cannot be read (nesting deeper than Python's
    recursion limit, integers of thousands of digits), never a traceback."""
    try:
        return json.loads(text, parse_int=_int)
    except RecursionError:
        raise InputError("JSON nested too deeply to read (articles are flat objects)") from None


def record_of(obj: object) -> Record:
    if not isinstance(obj, dict):
        raise InputError(f"not a JSON object (a {_json_type(obj)})")
    return Record(text=pick(obj, "text"), id=pick(obj, "id"), source=pick(obj, "source"),
                  url=pick(obj, "url"), title=pick(obj, "title"), published=pick(obj, "date"),
                  lang=pick(obj, "lang"))


def json_lines(text: str, origin: str, report: IngestReport, day_first: bool = True) -> Iterator[Article]:
    """One article per non-blank line; a bad line is one failure, the others are read."""
    # Split on "\n" only: JSON strings may hold a raw U+2028, which splitlines() would cut.
    for n, line in enumerate(text.split("\n"), 1):
        if not line.strip():
            continue
        where = f"{origin}:{n}"
        try:
            obj = load_json(line)
        except json.JSONDecodeError as e:
            report.problem(where, f"not valid JSON ({e.msg} at column {e.colno})")
            continue
        except InputError as e:
            report.problem(where, e.message)
            continue
        yield from _one(obj, where, report, day_first)


def json_document(text: str, origin: str, report: IngestReport, day_first: bool = True) -> Iterator[Article]:
    """A .json file: one article object or a list of them (JSON Lines saved as .json too)."""
    try:
        data = load_json(text)
    except json.JSONDecodeError as e:
        if e.msg == "Extra data" and text.lstrip().startswith("{"):
            yield from json_lines(text, origin, report)
            return
        raise InputError(f"not valid JSON ({e.msg} at line {e.lineno} column {e.colno})") from None
    if isinstance(data, list):
        if not data:
            raise InputError("an empty JSON list: no articles", failed=False)
        for i, obj in enumerate(data):
            yield from _one(obj, f"{origin}[{i}]", report, day_first)
    else:
        yield from _one(data, origin, report, day_first)


def _one(obj: object, where: str, report: IngestReport, day_first: bool = True) -> Iterator[Article]:
    try:
        article = make_article(record_of(obj), where, web_text=False, day_first=day_first)
    except InputError as e:
        report.problem(where, e.message, e.failed)
        return
    yield article


def _json_type(obj: object) -> str:
    return {list: "list", str: "string", int: "number", float: "number", bool: "boolean",
            type(None): "null"}.get(type(obj), type(obj).__name__)
