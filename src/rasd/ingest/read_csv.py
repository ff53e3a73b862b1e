"""CSV files of articles: any column names, mapped by ``CsvMapping`` or found by name."""

from __future__ import annotations

import csv
import io
import re
from typing import Iterator

from rasd.ingest.article import Record, make_article
from rasd.ingest.columns import CsvMapping, resolve_columns
from rasd.ingest.errors import InputError
from rasd.ingest.report import IngestReport
from rasd.core.models import Article

# Article bodies are far longer than the csv module's default 128 KiB field limit.
csv.field_size_limit(max(csv.field_size_limit(), 2**31 - 1))


_DELIMITERS = (",", ";", "\t")
_QUOTED = re.compile(r'"(?:[^"]|"")*"')


class _Rfc4180(csv.excel):
    """RFC 4180: fields may be in double quotes, a quote inside one is written twice (""),
    rows end in CRLF or LF. Spreadsheets in Arabic and European locales save with ";" and
    tab-separated files are often named .csv, so the delimiter is the header's."""


def _delimiter(header: str) -> str:
    """The delimiter the header line uses most outside quoted names; a comma on ties.

    Only the delimiter is taken from the file. Quoting is RFC 4180's: a sniffer reading the
    header alone cannot see how quotes are escaped, guessed none, and read one row holding
    doubled quotes as 69 articles."""
    bare = _QUOTED.sub("", header)
    return max(_DELIMITERS, key=bare.count)


def csv_rows(text: str, origin: str, report: IngestReport,
             mapping: CsvMapping | None) -> Iterator[Article]:
    """One article per row; ``origin`` of each is ``file:line`` of the row's first line."""
    first_line = text.split("\n", 1)[0]
    reader = csv.reader(io.StringIO(text, newline=""), _Rfc4180, delimiter=_delimiter(first_line))
    try:
        header = next(reader)
    except StopIteration:
        raise InputError("empty CSV file", failed=False) from None
    except csv.Error as e:
        raise InputError(f"not a readable CSV header ({e})") from None
    cols = resolve_columns(header, mapping)
    line = reader.line_num + 1
    rows = 0
    while True:
        where = f"{origin}:{line}"
        try:
            row = next(reader)
        except StopIteration:
            break
        except csv.Error as e:  # e.g. a NUL byte or an unclosed quote: the rest is unreadable
            report.problem(where, f"CSV error ({e}); rows from here on not read")
            return
        line = reader.line_num + 1
        if not any(c.strip() for c in row):
            continue
        rows += 1

        def cell(name: str) -> str | None:
            i = cols.get(name)
            return row[i] if i is not None and i < len(row) else None

        rec = Record(text=cell("text") or "", id=cell("id"), source=cell("source"),
                     url=cell("url"), title=cell("title"), published=cell("date"),
                     lang=cell("lang"))
        try:
            yield make_article(rec, where, web_text=False)
        except InputError as e:
            report.problem(where, e.message, e.failed)
    if rows == 0:
        raise InputError("the CSV file has a header but no rows", failed=False)
