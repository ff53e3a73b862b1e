"""CSV files of articles: any column names, mapped by ``CsvMapping`` or found by name."""

from __future__ import annotations

import csv
import io
import re
from typing import Iterator

from rasd.ingest.article import Record, make_article
from rasd.ingest.columns import CsvMapping, resolve_columns, sheet_date_order
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


class CsvTable:
    """A CSV text's header and its non-blank rows, each with ``file:line`` of its first line.
    Raises ``InputError`` for a file with no readable header; a row the csv module cannot read
    ends the table with one problem in ``report``."""

    def __init__(self, text: str, origin: str, report: IngestReport) -> None:
        self.origin, self.report = origin, report
        first_line = text.split("\n", 1)[0]
        self._reader = csv.reader(io.StringIO(text, newline=""), _Rfc4180,
                                  delimiter=_delimiter(first_line))
        try:
            self.header: list[str] = next(self._reader)
        except StopIteration:
            raise InputError("empty CSV file", failed=False) from None
        except csv.Error as e:
            raise InputError(f"not a readable CSV header ({e})") from None

    def rows(self) -> Iterator[tuple[str, list[str]]]:
        line = self._reader.line_num + 1
        count = 0
        while True:
            where = f"{self.origin}:{line}"
            try:
                row = next(self._reader)
            except StopIteration:
                break
            except csv.Error as e:  # e.g. a NUL byte or an unclosed quote: the rest is unreadable
                self.report.problem(where, f"CSV error ({e}); rows from here on not read")
                return
            line = self._reader.line_num + 1
            if not any(c.strip() for c in row):
                continue
            count += 1
            yield where, row
        if count == 0:
            raise InputError("the CSV file has a header but no rows", failed=False)


def row_record(row: list[str], cols: dict[str, int]) -> Record:
    """The article fields of one row, by the column indices ``resolve_columns`` gave."""

    def cell(name: str) -> str | None:
        i = cols.get(name)
        return row[i] if i is not None and i < len(row) else None

    return Record(text=cell("text") or "", id=cell("id"), source=cell("source"), url=cell("url"),
                  title=cell("title"), published=cell("date"), lang=cell("lang"))


def csv_rows(text: str, origin: str, report: IngestReport,
             mapping: CsvMapping | None, date_order: str = "auto") -> Iterator[Article]:
    """One article per row; ``origin`` of each is ``file:line`` of the row's first line;
    ``date_order`` (``auto``, ``dmy``, ``mdy``) says how numeric dates are written."""
    table = CsvTable(text, origin, report)
    cols = resolve_columns(table.header, mapping)
    day_first = sheet_date_order(table.header, date_order) == "dmy"
    for where, row in table.rows():
        try:
            yield make_article(row_record(row, cols), where, web_text=False, day_first=day_first)
        except InputError as e:
            report.problem(where, e.message, e.failed)
