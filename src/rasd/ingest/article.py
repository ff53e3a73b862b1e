"""A raw record (text plus whatever metadata the input had) → a fully filled ``Article``."""

from __future__ import annotations

import re
from dataclasses import dataclass

from rasd.ingest.cleanup import content_hash, strip_boilerplate, tidy
from rasd.ingest.dates import date_from_text, parse_metadata_date
from rasd.ingest.errors import InputError
from rasd.ingest.textcheck import unstorable
from rasd.core.models import Article

_ARABIC = re.compile("[\u0621-\u064a\u0671-\u06d3\u06fa-\u06fc\ufb50-\ufdff\ufe70-\ufefc]")
_LATIN = re.compile("[A-Za-z\u00c0-\u024f]")
_LANG_SAMPLE = 4000  # characters: enough to tell Arabic from English, cheap on long texts
_LANGS = {"ar": "ar", "ara": "ar", "arabic": "ar", "العربية": "ar", "عربي": "ar",
          "en": "en", "eng": "en", "english": "en"}


@dataclass(slots=True)
class Record:
    """One article as an input gave it; every field but ``text`` may be missing."""

    text: object
    id: object = None
    source: object = None
    url: object = None
    title: object = None
    published: object = None
    lang: object = None


def detect_lang(text: str) -> str:
    """``ar`` when Arabic letters are at least a third of the letters, else ``en``: Arabic
    reports quote English names and acronyms, English ones rarely hold Arabic script."""
    sample = text[:_LANG_SAMPLE]
    arabic = len(_ARABIC.findall(sample))
    latin = len(_LATIN.findall(sample))
    if arabic + latin == 0:
        return "ar"  # rasd's default language; digits-only texts are rare
    return "ar" if arabic * 3 >= arabic + latin else "en"


def metadata_lang(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    code = value.strip().lower().replace("_", "-").split("-")[0]
    return _LANGS.get(code)


def _str(value: object) -> str | None:
    """A metadata value as a trimmed one-line string; numbers (CSV/JSON ids) become strings."""
    if value is None or isinstance(value, bool) or isinstance(value, (dict, list)):
        return None
    s = " ".join(str(value).split())
    return s or None


def _check_strings(rec: Record) -> None:
    for name in ("text", "title", "id", "source", "url", "published", "lang"):
        value = getattr(rec, name)
        if isinstance(value, str):
            bad = unstorable(value)
            if bad:
                raise InputError(f"'{name}' holds {bad}; fix the file's encoding or escapes")


def make_article(rec: Record, origin: str, web_text: bool, id_prefix: str = "a-",
                 day_first: bool = True) -> Article:
    """The ``Article`` of ``rec`` — for every entrance (files, stdin, the API): text
    tidied, language detected, a missing date read from the dateline. ``web_text`` (.txt,
    .html, plain stdin) also drops boilerplate lines; an article without an id gets
    ``id_prefix`` + its content hash; ``day_first`` reads a numeric metadata date day first
    ("4/5/17" is 4 May), else month first (5 April, as FA-KES and other US-made sheets write
    it). Raises ``InputError`` when there is no text to read."""
    if rec.text is None:
        raise InputError("no text (the article needs a non-empty 'text')")
    if not isinstance(rec.text, str):
        raise InputError(f"'text' is a {type(rec.text).__name__}, not a string")
    _check_strings(rec)
    text = tidy(rec.text)
    if web_text:
        text = strip_boilerplate(text)
    if not text.strip():
        raise InputError("no text" + (" left once boilerplate lines are removed" if web_text
                                      and rec.text.strip() else ""), failed=False)
    h = content_hash(text)
    published = parse_metadata_date(rec.published, day_first)
    published_from = "metadata" if published else None
    if published is None:
        published = date_from_text(text)
        published_from = "text" if published else None
    return Article(
        id=_str(rec.id) or id_prefix + h[:12],
        text=text,
        source=_str(rec.source),
        url=_str(rec.url),
        title=_str(tidy(rec.title)) if isinstance(rec.title, str) else _str(rec.title),
        published=published,
        lang=metadata_lang(rec.lang) or detect_lang(text),
        origin=origin,
        published_from=published_from,
        content_hash=h,
    )
