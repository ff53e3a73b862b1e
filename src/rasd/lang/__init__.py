"""Language packs: what rasd knows of each language it reads, as data.

Each language has a folder ``rasd/data/lang/<code>/`` of TSV files (one phrase a row, a
header comment giving source and licence). Stages ask for a file by name and get the rows of
every language pack (``rows_all``) where the phrases of several languages can share one
matcher, or of one language (``rows``) where they cannot.
"""

from __future__ import annotations

from importlib import resources
from typing import Iterator

LANGS = ("ar", "en")


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
