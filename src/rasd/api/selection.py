"""The incidents a request selects: the filters, and optionally a text query (``q``) matched
against the articles that report them. The query is the article search's (Arabic-normalised;
English place names and words find their Arabic equivalents), so the incidents page and the
search page agree on what a word finds."""

from __future__ import annotations

from dataclasses import replace

from rasd.core.models import Incident
from rasd.store import ClaimFilter, IncidentFilter, Store

MAX_ARTICLES = 2000  # articles a query may reach; their incidents are the matches


def incidents_matching(store: Store, q: str) -> set[str]:
    ids: set[str] = set()
    for hit in store.search(q, limit=MAX_ARTICLES):
        for sc in store.claims(ClaimFilter(article_id=hit.article_id, limit=None)):
            iid = store.incident_of_claim(sc.article_id, sc.claim_index)
            if iid:
                ids.add(iid)
    return ids


def select_all(store: Store, flt: IncidentFilter, q: str | None) -> list[Incident]:
    """Every incident the filters (and ``q``) select, in the filter's sort order."""
    found = store.incidents(replace(flt, limit=None, offset=0))
    if q and q.strip():
        wanted = incidents_matching(store, q)
        found = [i for i in found if i.id in wanted]
    return found


def page_total(store: Store, flt: IncidentFilter, shown: int) -> int:
    """How many incidents ``flt`` selects in all, given a page of ``shown`` of them.
    Counting is skipped when the page itself proves the total (short first pages)."""
    if flt.offset == 0 and flt.limit and shown < flt.limit:
        return shown
    return store.count_incidents(flt)


def select_page(store: Store, flt: IncidentFilter, q: str | None) -> tuple[list[Incident], int]:
    """(the page of incidents, how many match in all)."""
    if not (q and q.strip()):
        items = store.incidents(flt)
        return items, page_total(store, flt, len(items))
    found = select_all(store, flt, q)
    end = None if flt.limit is None else flt.offset + flt.limit
    return found[flt.offset:end], len(found)
