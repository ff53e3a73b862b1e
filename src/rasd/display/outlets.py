"""News outlets by the handle an article carries ("skynews") or its web host, named in English
or Arabic (``rasd/data/outlets.tsv``)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from urllib.parse import urlsplit

from rasd.text.lexicon import read_tsv


@dataclass(frozen=True, slots=True)
class Outlet:
    en: str
    ar: str


@lru_cache(maxsize=1)
def _outlets() -> tuple[dict[str, Outlet], dict[str, Outlet]]:
    by_handle: dict[str, Outlet] = {}
    by_host: dict[str, Outlet] = {}
    for row in read_tsv("outlets.tsv"):
        handles, en, ar = row[0], row[1], row[2]
        outlet = Outlet(en, ar or en)
        for h in handles.split("|"):
            by_handle[h.strip().lower()] = outlet
        for host in (row[3] if len(row) > 3 else "").split("|"):
            if host.strip():
                by_host[host.strip().lower()] = outlet
    return by_handle, by_host


def _by_host(url: str | None) -> Outlet | None:
    try:
        host = (urlsplit(url or "").hostname or "").lower()
    except ValueError:
        return None
    by_host = _outlets()[1]
    while host:
        if host in by_host:
            return by_host[host]
        host = host.partition(".")[2]  # a subdomain of a listed host is that outlet
    return None


def outlet_name(source: str | None, url: str | None = None, lang: str = "en") -> str | None:
    """The outlet's name: a known handle by its name, any other source as written, else the
    outlet owning the URL's host; None when neither says."""
    if source and source.strip():
        outlet = _outlets()[0].get(source.strip().lower())
        if outlet is None:
            return source.strip()
    else:
        outlet = _by_host(url)
        if outlet is None:
            return None
    return outlet.ar if lang == "ar" else outlet.en


def outlet_table() -> dict[str, dict[str, str]]:
    """Every known handle, lower-cased, with the outlet's names: {"skynews": {"en", "ar"}}."""
    return {h: {"en": o.en, "ar": o.ar} for h, o in _outlets()[0].items()}
