"""JSON payloads that join store objects for one page: an incident with its claims, an
article with its evidence spans. Pure functions of a Store, so tests can call them too."""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

from rasd.api.assess_routes import article_assessment, incident_assessment
from rasd.core.models import Article, Incident, StoredClaim
from rasd.display import display_title, outlet_name
from rasd.export.records import incident_record, place_record
from rasd.store import ClaimFilter, Store


def outlet_names(source: str | None, url: str | None) -> dict[str, str | None]:
    return {"en": outlet_name(source, url, "en"), "ar": outlet_name(source, url, "ar")}


def claim_payload(sc: StoredClaim, article: Article | None = None) -> dict[str, Any]:
    """One claim as a reader compares it: who said what, when, where, and the quote."""
    c = sc.claim
    d = c.to_dict()
    d["figures"] = [{**f.to_dict(), "as_stated": f.as_stated()} for f in c.figures]
    d["place"] = place_record(c.place)
    url = article.url if article else None
    d.update(
        article_id=sc.article_id,
        claim_index=sc.claim_index,
        quote=c.evidence.text if c.evidence else c.quote,
        article={
            "id": sc.article_id, "source": sc.source, "title": sc.title,
            "display_title": display_title(sc.title, article.text if article else None) or sc.article_id,
            "outlet": outlet_names(sc.source, url),
            "published": sc.published, "url": url,
        },
    )
    return d


def _claims_of(store: Store, article_id: str) -> dict[int, StoredClaim]:
    return {sc.claim_index: sc for sc in store.claims(ClaimFilter(article_id=article_id))}


def incident_payload(store: Store, inc: Incident) -> dict[str, Any]:
    """The incident in codebook shape, its ``claims`` refs expanded in place (a superset of
    ``{article_id, claim_index}``), plus its link history."""
    by_article: dict[str, dict[int, StoredClaim]] = {}
    articles: dict[str, Article | None] = {}
    claims: list[dict[str, Any]] = []
    for ref in inc.claims:
        if ref.article_id not in by_article:
            by_article[ref.article_id] = _claims_of(store, ref.article_id)
            articles[ref.article_id] = store.get_article(ref.article_id)
        sc = by_article[ref.article_id].get(ref.claim_index)
        if sc is None:  # the article was re-extracted since linking; keep the ref visible
            claims.append({**ref.to_dict(), "missing": True})
        else:
            claims.append(claim_payload(sc, articles[ref.article_id]))
    d = incident_record(inc)
    d["claims"] = claims
    d["history"] = [asdict(ev) for ev in store.link_events(inc.id)]
    d["assessment"] = incident_assessment(store, inc.id)
    return d


def _spans(stored: list[StoredClaim]) -> list[dict[str, Any]]:
    out = []
    for sc in stored:
        c, i = sc.claim, sc.claim_index
        if c.evidence is None:
            continue
        out.append({
            "start": c.evidence.start, "end": c.evidence.end, "claim_index": i,
            "claimant": c.claimant, "figures": [f.as_stated() + " " + f.kind for f in c.figures],
        })
    return out


def article_payload(store: Store, article: Article) -> dict[str, Any]:
    stored = sorted(_claims_of(store, article.id).values(), key=lambda s: s.claim_index)
    claims = []
    for sc in stored:
        d = claim_payload(sc, article)
        d["incident_id"] = store.incident_of_claim(sc.article_id, sc.claim_index)
        claims.append(d)
    a = article.to_dict(with_text=True)
    a["published_from"] = article.published_from
    a["display_title"] = display_title(article.title, article.text) or article.id
    a["outlet"] = outlet_names(article.source, article.url)
    # Spans index the claims list by claim_index; the UI highlights text by them.
    return {"article": a, "claims": claims, "spans": _spans(stored),
            "assessment": article_assessment(store, article.id)}
