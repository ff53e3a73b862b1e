"""Language packs: what rasd knows of each language it reads.

Each language has a folder ``rasd/data/lang/<code>/`` of TSV files (one phrase a row, a
header comment giving source and licence) and a morphology module ``rasd/lang/<code>.py``.
Every extraction stage reads the article's language (``Doc.lang``) and asks ``pack(lang)``
for its lexicons; ``rows_all`` is for the few readers that serve every language at once
(search expansion, metadata dates, boilerplate lines).
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING, Iterator

if TYPE_CHECKING:
    from rasd.lang.base import Pack

LANGS = ("ar", "en")
DEFAULT = "ar"  # rasd's first language: an article of no known language is read as Arabic


def rows(lang: str, name: str) -> Iterator[list[str]]:
    """Rows of ``data/lang/<lang>/<name>.tsv``; ``#`` comments and blank lines skipped; a
    language without that file has no rows."""
    f = resources.files("rasd").joinpath("data", "lang", lang, f"{name}.tsv")
    if not f.is_file():
        return
    for line in f.read_text("utf-8").splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        yield [c.strip() for c in line.split("\t")]


def rows_all(name: str) -> Iterator[tuple[str, list[str]]]:
    """(language, row) for every language pack's ``<name>.tsv``."""
    for lang in LANGS:
        for row in rows(lang, name):
            yield lang, row


def code(lang: str | None) -> str:
    """The pack code of an article's language (``DEFAULT`` when it has none rasd reads)."""
    return lang if lang in LANGS else DEFAULT


@lru_cache(maxsize=None)
def _pack(lang: str) -> "Pack":
    from rasd.lang.base import Pack

    return Pack(lang)


def pack(lang: str | None) -> "Pack":
    """The language pack of ``lang`` (an article's ``lang``)."""
    return _pack(code(lang))
