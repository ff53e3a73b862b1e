"""Saved web pages: main text and metadata (title, date, site name, url) via trafilatura."""

from __future__ import annotations

import logging
import re
from typing import Any

from rasd.ingest.article import Record
from rasd.ingest.errors import InputError

# trafilatura and htmldate log every odd page at WARNING; a batch of saved pages would
# bury rasd's own one-line problems under them.
for _name in ("trafilatura", "htmldate", "courlan"):
    logging.getLogger(_name).setLevel(logging.ERROR)

_HTML_LANG = re.compile(r"<html[^>]*\blang\s*=\s*[\"']?([A-Za-z\-_]+)", re.I)


def html_record(page: str) -> Record:
    """The page's article as a ``Record``; raises ``InputError`` when it holds no text."""
    import trafilatura  # imported here: it is slow to import and only pages need it
    from trafilatura.settings import set_date_params

    try:
        doc: Any = trafilatura.bare_extraction(
            page, with_metadata=True, include_comments=False, include_tables=False,
            include_images=False, include_links=False, favor_recall=True,
            # Only the page's declared dates: a date guessed from the body text is no
            # better than rasd's own dateline reading, and would be labelled "metadata".
            date_extraction_params=set_date_params(False))
    except Exception as e:  # a parser crash on one odd page must not stop the batch
        raise InputError(f"could not parse the HTML ({type(e).__name__}: {e})") from None
    meta: dict[str, Any] = doc.as_dict() if hasattr(doc, "as_dict") else dict(doc or {})
    text = meta.get("text") or ""
    if not text.strip():
        text = _plain_text(page)
    if not text.strip():
        raise InputError("no article text found in the page", failed=False)
    lang = _HTML_LANG.search(page[:4096])
    return Record(text=text, title=meta.get("title"), published=meta.get("date"),
                  source=meta.get("sitename") or meta.get("hostname"), url=meta.get("url"),
                  lang=lang.group(1) if lang else None)


def _plain_text(page: str) -> str:
    """All visible text, for pages trafilatura finds no main content in (short notices)."""
    try:
        from trafilatura import html2txt
    except ImportError:
        return ""
    try:
        return html2txt(page) or ""
    except Exception:
        return ""
