"""Reading an article-level coding sheet (``rasd eval --articles CSV``): one row per article,
the article's text and metadata plus counts of people killed per group and categories
(governorate, actor, cause), as FA-KES and NGOs' own spreadsheets keep them.

Columns are found by name (FA-KES's ``unit_id, article_content, date, nb_civilians, location,
actor, cause_of_death, ...`` among the names known) or mapped by the caller. Categories are
translated to codebook ids through ``data/crosswalks/vdc.tsv`` (plus a file of the caller's).
Every problem that makes the sheet unusable raises ``CodedError`` with one line; problems in
single cells become warnings, and rows without text are listed as skipped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from rasd.core import codebook
from rasd.core.models import Article
from rasd.ingest.article import make_article
from rasd.ingest.columns import CsvMapping, find_columns, listing, resolve_columns, sheet_date_order
from rasd.ingest.decode import decode_bytes
from rasd.ingest.errors import InputError
from rasd.ingest.read_csv import CsvTable, row_record
from rasd.ingest.report import IngestReport
from rasd.ingest.sources import MAX_BYTES
from rasd.text.lexicon import read_tsv

COUNT_FIELDS = ("civilians", "noncivilians", "children", "women")
CATEGORY_FIELDS = ("governorate", "actor", "cause")
CODED_FIELDS = COUNT_FIELDS + CATEGORY_FIELDS
# The codebook vocabulary a category field's values are ids of.
VOCABULARY = {"governorate": "governorates", "actor": "actors", "cause": "event_types"}
# Column names known for each coded field, most specific first; compared like article columns
# (case, spaces, dashes and underscores ignored).
ALIASES: dict[str, tuple[str, ...]] = {
    "civilians": ("nb_civilians", "civilians_killed", "killed_civilians", "civilians"),
    "noncivilians": ("nb_noncivilians", "noncivilians_killed", "non_civilians", "noncivilians",
                     "combatants_killed", "combatants"),
    "children": ("nb_children", "children_killed", "killed_children", "children"),
    "women": ("nb_women", "women_killed", "killed_women", "women"),
    "governorate": ("governorate", "location", "province", "admin1"),
    "actor": ("actor", "perpetrator", "actor1"),
    "cause": ("cause_of_death", "cause", "event_type"),
}
DEFAULT_CROSSWALK = "crosswalks/vdc.tsv"
NOT_CODED = "-"


class CodedError(Exception):
    """The sheet cannot be used; the message is one line for the user."""


@dataclass(slots=True)
class CodedArticle:
    article: Article
    where: str  # file:line
    counts: dict[str, int]  # count fields the row codes (a 0 only with ``zero_counts``)
    zeros: set[str]  # count fields written as 0 and, without ``zero_counts``, not scored
    categories: dict[str, tuple[str, frozenset[str]]]  # field -> (sheet's value, codebook ids)


@dataclass
class CodedSheet:
    path: str
    fields: list[str]  # coded fields the sheet has a column for
    rows: list[CodedArticle]
    date_order: str  # "mdy" or "dmy"
    warnings: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)  # rows not read, "file:line: why"

    def subset(self, keep) -> "CodedSheet":
        rows = [r for r in self.rows if keep(r.article.id)]
        return CodedSheet(self.path, self.fields, rows, self.date_order, list(self.warnings),
                          list(self.skipped))


def _key(s: str) -> str:
    return " ".join(s.lower().split())


class Crosswalk:
    """Sheet categories -> sets of codebook ids, per field."""

    def __init__(self, extra: str | None = None) -> None:
        self.table: dict[tuple[str, str], frozenset[str] | None] = {}
        self._read(read_tsv(DEFAULT_CROSSWALK), DEFAULT_CROSSWALK)
        if extra is not None:
            try:
                text = Path(extra).read_text("utf-8")
            except (OSError, UnicodeDecodeError) as e:
                raise CodedError(f"{extra}: cannot read the crosswalk ({e})") from None
            rows = ([c.strip() for c in line.split("\t")] for line in text.splitlines()
                    if line.strip() and not line.lstrip().startswith("#"))
            self._read(rows, extra)

    def _read(self, rows, origin: str) -> None:
        for n, row in enumerate(rows, 1):
            if len(row) != 3 or row[0] not in CATEGORY_FIELDS:
                raise CodedError(f"{origin}: row {n} is not 'field<TAB>category<TAB>ids' with field one of "
                                 + ", ".join(CATEGORY_FIELDS))
            fld, cat, targets = row
            if targets == NOT_CODED:
                self.table[(fld, _key(cat))] = None
                continue
            ids = frozenset(t.strip() for t in targets.split("|") if t.strip())
            bad = sorted(ids - set(codebook.ids(VOCABULARY[fld])))
            if bad or not ids:
                raise CodedError(f"{origin}: row {n}: {', '.join(bad) or '(none)'} not codebook "
                                 f"{VOCABULARY[fld]} ids")
            self.table[(fld, _key(cat))] = ids

    def lookup(self, fld: str, value: str) -> tuple[bool, frozenset[str] | None]:
        """(known, ids): ids None when the value says "not coded" (or is empty)."""
        k = _key(value)
        if not k:
            return True, None
        if (fld, k) in self.table:
            return True, self.table[(fld, k)]
        if k in codebook.ids(VOCABULARY[fld]):
            return True, (None if k == "unknown" else frozenset({k}))
        return False, None


def _coded_columns(header: list[str], mapping: dict[str, str]) -> dict[str, int]:
    try:
        out = find_columns(header, ALIASES, mapping)
    except InputError as e:
        raise CodedError(e.message) from None
    if not out:
        raise CodedError(f"no coded column (killed counts, governorate, actor or cause); columns are: "
                         f"{listing(header)}; map one with --csv-civilians, --csv-governorate, ...")
    return out


_INT = re.compile(r"^\d+(?:\.0+)?$")


def load_sheet(path: str, mapping: CsvMapping | None = None, coded: dict[str, str] | None = None,
               date_order: str = "auto", zero_counts: bool = False,
               crosswalk: Crosswalk | None = None) -> CodedSheet:
    """Read the sheet at ``path``. ``coded`` maps coded fields (``civilians``, ``governorate``,
    ...) to column names; ``date_order`` is ``mdy``, ``dmy`` or ``auto`` (month first when the
    sheet has FA-KES's columns); ``zero_counts`` scores a 0 as "nobody killed" instead of
    "not stated"."""
    p = Path(path)
    if not p.is_file():
        raise CodedError(f"{path}: no such file" if not p.exists() else f"{path}: not a file")
    size = p.stat().st_size
    if size > MAX_BYTES:
        raise CodedError(f"{path}: file is over the {MAX_BYTES // 1_000_000} MB limit")
    text = decode_bytes(p.read_bytes())[0]
    report = IngestReport()
    try:
        table = CsvTable(text, path, report)
        cols = resolve_columns(table.header, mapping)
    except InputError as e:
        raise CodedError(f"{path}: {e.message}") from None
    ccols = _coded_columns(table.header, coded or {})
    date_order = sheet_date_order(table.header, date_order)
    xwalk = crosswalk or Crosswalk()
    sheet = CodedSheet(path, [f for f in CODED_FIELDS if f in ccols], [], date_order)
    unknown: dict[tuple[str, str], int] = {}
    seen: dict[str, str] = {}
    try:
        for where, row in table.rows():
            rec = row_record(row, cols)
            try:
                article = make_article(rec, where, web_text=False, day_first=date_order == "dmy")
            except InputError as e:
                sheet.skipped.append(f"{where}: {e.message}")
                continue
            if article.id in seen:
                sheet.skipped.append(f"{where}: article id {article.id!r} again (first at {seen[article.id]}); "
                                     "not scored twice")
                continue
            seen[article.id] = where
            sheet.rows.append(_coded_row(article, where, row, ccols, zero_counts, xwalk, sheet.warnings,
                                         unknown))
    except InputError as e:
        raise CodedError(f"{path}: {e.message}") from None
    for (fld, value), n in sorted(unknown.items()):
        sheet.warnings.append(f"{fld} {value!r} ({n} row{'s' if n > 1 else ''}) is neither in the crosswalk "
                              f"nor a codebook id: not scored (add it with --crosswalk)")
    sheet.skipped += [str(p) for p in report.problems]
    if not sheet.rows:
        raise CodedError(f"{path}: no row with article text")
    return sheet


def _coded_row(article: Article, where: str, row: list[str], ccols: dict[str, int], zero_counts: bool,
               xwalk: Crosswalk, warnings: list[str], unknown: dict[tuple[str, str], int]) -> CodedArticle:
    counts: dict[str, int] = {}
    zeros: set[str] = set()
    categories: dict[str, tuple[str, frozenset[str]]] = {}
    for fld, i in ccols.items():
        cell = row[i].strip() if i < len(row) else ""
        if not cell:
            continue
        if fld in COUNT_FIELDS:
            if not _INT.match(cell):
                warnings.append(f"{where}: {fld} {cell!r} is not a whole number: not scored")
                continue
            n = int(float(cell))
            if n == 0:
                zeros.add(fld)
                if not zero_counts:
                    continue
            counts[fld] = n
        else:
            known, ids = xwalk.lookup(fld, cell)
            if not known:
                unknown[(fld, _key(cell))] = unknown.get((fld, _key(cell)), 0) + 1
            elif ids is not None:
                categories[fld] = (cell, ids)
    return CodedArticle(article, where, counts, zeros, categories)
