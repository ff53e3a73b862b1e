"""Linking: incident-scope claims from many articles grouped into incidents.

- ``link_claims(claims, texts=None)``: pure and deterministic (``core``).
- ``link_articles(store, article_ids)``: incremental, keeps stored ids, records link
  events (``incremental``); ``relink_store(store, rebuild=False)`` re-links everything.

How pairs are scored (``score``, weights in ``settings.LinkSettings``), blocked
(``blocking``) and clustered (``cluster``) is documented in docs/incidents.md.
"""

from __future__ import annotations

from rasd.link.core import cluster_claims, incident_id, link_claims, linkable
from rasd.link.incremental import link_articles, relink_store
from rasd.link.settings import DEFAULT, LinkSettings

__all__ = ["link_claims", "link_articles", "relink_store", "cluster_claims", "incident_id",
           "linkable", "LinkSettings", "DEFAULT"]
