"""Linking: claims from many articles grouped into incidents (stub until it lands)."""

from __future__ import annotations

from rasd.models import Incident, StoredClaim


def link_claims(claims: list[StoredClaim]) -> list[Incident]:
    """Group incident-scope claims into incidents (pure: no store). Reconciled figures filled."""
    return []


def link_articles(store, article_ids: list[str]) -> dict:
    """Attach the claims of newly stored articles to the store's incidents (incremental)."""
    return {"created": 0, "attached": 0, "merged": 0}
