"""JSON payloads that join store objects for one page: an incident with its claims, an
article with its evidence spans. Pure functions of a Store, so tests can call them too."""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

from rasd.api.assess_routes import article_assessment, incident_assessment
from rasd.core.models import Article, Incident, StoredClaim
from rasd.core.vocab import NON_ACTORS
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
    d["related"] = related_incidents(store, inc, by_article)
    return d


MAX_RELATED = 12


def related_incidents(store: Store, inc: Incident,
                      by_article: dict[str, dict[int, StoredClaim]]) -> list[dict[str, Any]]:
    """The other incidents its reports tell. The codebook counts each side's losses in one
    battle as its own incident, so a reader of one side's dead finds the other side's here
    ("other_side": perpetrator and victims swapped); anything else the same articles report
    is "same_reports". Ordered by how many of this incident's articles tell them."""
    own = {(r.article_id, r.claim_index) for r in inc.claims}
    shared: dict[str, set[str]] = {}
    for aid, claims in by_article.items():
        for idx in claims:
            if (aid, idx) in own:
                continue
            other = store.incident_of_claim(aid, idx)
            if other and other != inc.id:
                shared.setdefault(other, set()).add(aid)
    out = []
    for oid, aids in sorted(shared.items(), key=lambda kv: (-len(kv[1]), kv[0]))[:MAX_RELATED]:
        o = store.get_incident(oid)
        if o is None:
            continue
        mirrored = (o.perpetrator == inc.victims and o.victims == inc.perpetrator
                    and inc.perpetrator not in NON_ACTORS and inc.victims not in NON_ACTORS)
        r = incident_record(o)
        out.append({
            "id": o.id, "relation": "other_side" if mirrored else "same_reports",
            "shared_articles": sorted(aids), "event_type": o.event_type,
            "perpetrator": o.perpetrator, "victims": o.victims, "place": r.get("place"),
            "date": r.get("date"), "date_used": r.get("date_used"), "figures": r.get("figures"),
        })
    return out


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
