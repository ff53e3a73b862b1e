"""Persistence behind one interface (``Store``); SQLite is the embedded default."""

from rasd.store.base import ClaimFilter, IncidentFilter, LinkEvent, SearchHit, Store

DEFAULT_DB = "rasd.db"


def open_store(db: str | None = None) -> Store:
    """Open (creating and migrating as needed) the store at ``db`` (a path; default ./rasd.db)."""
    from rasd.store.sqlite import SQLiteStore

    return SQLiteStore(db or DEFAULT_DB)


__all__ = ["ClaimFilter", "IncidentFilter", "LinkEvent", "SearchHit", "Store", "open_store", "DEFAULT_DB"]
