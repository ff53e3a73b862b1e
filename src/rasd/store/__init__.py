"""Persistence behind one interface (``Store``): SQLite (embedded default) or PostgreSQL,
chosen by URL (``open_store``)."""

from rasd.store.base import (
    ARTICLE_STATES, EXTRACTED, FAILED, LINKED, NEW, LinkEvent, SearchHit, Store, StoreError,
)
from rasd.store.filters import (
    CLAIM_FILTERS, INCIDENT_FILTERS, INCIDENT_SORTS, ClaimFilter, Filter, IncidentFilter,
)
from rasd.store.url import DEFAULT_DB, describe, is_postgres, open_store
from rasd.store.watch import WatchItem, WatchSource

__all__ = ["ClaimFilter", "IncidentFilter", "Filter", "CLAIM_FILTERS", "INCIDENT_FILTERS",
           "INCIDENT_SORTS", "LinkEvent", "SearchHit", "Store", "StoreError", "open_store",
           "is_postgres", "describe", "DEFAULT_DB", "ARTICLE_STATES", "NEW", "FAILED",
           "EXTRACTED", "LINKED", "WatchSource", "WatchItem"]
