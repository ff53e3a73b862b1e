"""Which column (CSV) or key (JSON) holds which article field: user mapping first, then
common names, FA-KES's ``article_title, article_content, source, date`` among them."""

from __future__ import annotations

from dataclasses import dataclass, fields

from rasd.ingest.errors import InputError

# Field -> known names, most specific first. Compared case-insensitively, with spaces,
# dashes and underscores ignored ("Article Content" == "article_content").
ALIASES: dict[str, tuple[str, ...]] = {
    "text": ("text", "article_content", "content", "body", "article_text", "article", "story",
             "full_text", "fulltext", "maintext", "description", "النص", "المحتوى", "نص"),
    "title": ("title", "article_title", "headline", "heading", "subject", "العنوان"),
    "date": ("published", "date", "publication_date", "pub_date", "published_at", "publish_date",
             "date_published", "datetime", "timestamp", "time", "التاريخ"),
    "source": ("source", "outlet", "publisher", "sitename", "site", "source_name", "المصدر"),
    "url": ("url", "link", "article_url", "href", "الرابط"),
    "id": ("id", "article_id", "unit_id", "doc_id", "uid", "identifier"),
    "lang": ("lang", "language", "اللغة"),
}


@dataclass(frozen=True, slots=True)
class CsvMapping:
    """CSV column names for the article fields; ``None`` = find the column by its name."""

    text: str | None = None
    title: str | None = None
    source: str | None = None
    date: str | None = None
    url: str | None = None
    id: str | None = None

    def __post_init__(self) -> None:
        for f in fields(self):
            v = getattr(self, f.name)
            if v is not None and (not isinstance(v, str) or not v.strip()):
                raise ValueError(f"the {f.name} column must be a non-empty column name")


# FA-KES's own columns: a sheet with all of them writes its dates month/day/year ("4/5/17" is
# 5 April 2017: Abu Salem et al., ICWSM 2019, Zenodo 2607278)
FAKES_COLUMNS = ("unit_id", "nb_civilians", "cause_of_death")
DATE_ORDERS = ("auto", "dmy", "mdy")


def sheet_date_order(header: list[str], date_order: str = "auto") -> str:
    """``dmy`` or ``mdy`` for the numeric dates of a sheet with this header: as given, or for
    ``auto`` month first when the sheet has FA-KES's columns, day first otherwise."""
    if date_order != "auto":
        return date_order
    have = {column_key(h) for h in header}
    return "mdy" if all(column_key(c) in have for c in FAKES_COLUMNS) else "dmy"


def column_key(name: str) -> str:
    """A column name as compared: case, spaces, dashes and underscores ignored."""
    return "".join(name.lower().split()).replace("_", "").replace("-", "").lstrip("\ufeff")


def find_columns(header: list[str], aliases: dict[str, tuple[str, ...]],
                 wanted: dict[str, str]) -> dict[str, int]:
    """Field -> column index, for each field of ``aliases``: the column ``wanted`` names (given
    with ``--csv-FIELD``; ``InputError`` when there is none), else the first known name."""
    keys = [column_key(h) for h in header]
    out: dict[str, int] = {}
    for field_name, names in aliases.items():
        if field_name in wanted:
            k = column_key(wanted[field_name])
            if k not in keys:
                raise InputError(f"no column {wanted[field_name]!r} (given with --csv-{field_name}); "
                                 f"columns are: {listing(header)}")
            out[field_name] = keys.index(k)
            continue
        for alias in names:
            k = column_key(alias)
            if k in keys and keys.index(k) not in out.values():
                out[field_name] = keys.index(k)
                break
    return out


def listing(header: list[str]) -> str:
    return ", ".join(h.strip() for h in header) or "(none)"


def resolve_columns(header: list[str], mapping: CsvMapping | None) -> dict[str, int]:
    """Field -> column index. Raises ``InputError`` when a mapped column is missing or no
    column holds the text."""
    wanted = {f.name: getattr(mapping, f.name) for f in fields(CsvMapping)
              if mapping is not None and getattr(mapping, f.name) is not None}
    out = find_columns(header, ALIASES, wanted)
    if "text" not in out:
        raise InputError(f"no text column; columns are: {listing(header)}; map one with --csv-text")
    return out


def pick(obj: dict[str, object], field_name: str) -> object:
    """The value of ``field_name`` in a JSON object: its codebook key, else a known alias."""
    for alias in ALIASES[field_name]:
        if alias in obj:
            return obj[alias]
    return None
