"""Linking against a store: new articles attach to stored incidents, ids stay stable, and
every change of identity is recorded as a ``LinkEvent`` (create, attach, merge, split,
delete). Nothing changes silently.

Incremental linking re-clusters only the neighbourhood of the new claims (same
governorate, a date window around them) with the stored incidents there as seeds that
stay whole, so stored incidents never split on ingest; they can grow (attach) or merge
when a new report shows two of them are one event. ``relink_store`` re-clusters
everything from scratch and maps the result back onto the stored ids (splits possible).
"""

from __future__ import annotations

from collections import Counter
from datetime import date, timedelta
from typing import Any, Callable, Iterable, Mapping, Sequence

from rasd.link.core import build_incidents, cluster_claims, incident_id, linkable, ref_key
from rasd.link.settings import DEFAULT, LinkSettings
from rasd.core.models import ClaimRef, Incident, StoredClaim
from rasd.store.base import ClaimFilter, IncidentFilter, LinkEvent

Ref = tuple[str, int]


def _iso(ordinal_day: str, delta: int) -> str:
    return (date.fromisoformat(ordinal_day[:10]) + timedelta(days=delta)).isoformat()


def _window(sc: StoredClaim, s: LinkSettings) -> tuple[str, str] | None:
    """Days a stored neighbour of this claim may sit on (its date, or its article's day)."""
    w = s.undated_window_days + s.date_tolerance_days + 1
    d = sc.claim.date
    try:
        if d is not None:
            return _iso(d.start, -w), _iso(d.end or d.start, w)
        if sc.published:
            return _iso(sc.published, -w), _iso(sc.published, w)
    except ValueError:
        return None
    return None


def _merged(ranges: list[tuple[str, str]]) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    for lo, hi in sorted(ranges):
        if out and lo <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], hi))
        else:
            out.append((lo, hi))
    return out


def _neighbours(store: Any, new: list[StoredClaim], s: LinkSettings) -> list[StoredClaim]:
    by_gov: dict[tuple[str, str | None], list[tuple[str, str]]] = {}
    for sc in new:
        win = _window(sc, s)
        if win is None:
            continue
        gov = sc.claim.place.governorate or "unknown"
        if gov != "unknown":
            by_gov.setdefault((gov, None), []).append(win)
        elif sc.claim.perpetrator not in (None, "unknown"):
            by_gov.setdefault(("unknown", sc.claim.perpetrator), []).append(win)
    out: list[StoredClaim] = []
    for (gov, perp), ranges in sorted(by_gov.items(), key=lambda kv: (kv[0][0], kv[0][1] or "")):
        for lo, hi in _merged(ranges):
            flt = ClaimFilter(since=lo, until=hi, scope="incident", limit=None,
                              governorate=None if gov == "unknown" else gov, perpetrator=perp)
            out.extend(store.claims(flt))
            if gov != "unknown":  # claims placed nowhere in particular may still be this event
                out.extend(store.claims(ClaimFilter(since=lo, until=hi, scope="incident", limit=None,
                                                    governorate="unknown")))
    return out


class _Ages:
    """Creation order of stored incidents, for "the older id survives a merge"."""

    def __init__(self, store: Any) -> None:
        self.store = store
        self.cache: dict[str, tuple[str, str]] = {}

    def key(self, iid: str) -> tuple[str, str]:
        if iid not in self.cache:
            created = [e.at or "" for e in self.store.link_events(iid)
                       if e.kind == "create" and e.incident_id == iid]
            self.cache[iid] = (min(created) if created else "~", iid)
        return self.cache[iid]


def assign_ids(groups: list[list[Ref]], old_of: dict[Ref, str], taken: Callable[[str], bool],
               age: Callable[[str], Any], prev_of: dict[Ref, str] | None = None,
               ) -> tuple[list[str], list[LinkEvent], dict[str, int], list[str]]:
    """Ids for new clusters given the stored membership ``old_of``.

    An old incident spread over several clusters is split: the cluster holding most of its
    claims keeps the id. A cluster keeping several old ids is a merge: the oldest survives.
    ``prev_of`` (default ``old_of``) is the membership before, re-extracted claims included,
    so a claim returning to its own incident is no attach. Returns (ids, events, counts,
    ids to delete)."""
    prev_of = old_of if prev_of is None else prev_of
    counts = {"created": 0, "attached": 0, "merged": 0, "split": 0}
    events: list[LinkEvent] = []
    spread: dict[str, list[int]] = {}
    for g, refs in enumerate(groups):
        for oid in {old_of[r] for r in refs if r in old_of}:
            spread.setdefault(oid, []).append(g)
    keeper: dict[str, int] = {}
    for oid, gs in spread.items():
        share = {g: sum(1 for r in groups[g] if old_of.get(r) == oid) for g in gs}
        first = min(r for g in gs for r in groups[g] if old_of.get(r) == oid)
        # most of its claims keep the id; on a tie, the part holding its earliest claim
        keeper[oid] = max(gs, key=lambda g: (share[g], first in groups[g], -g))
    kept_by: dict[int, list[str]] = {}
    for oid, g in keeper.items():
        kept_by.setdefault(g, []).append(oid)

    ids: list[str] = []
    used = set(keeper)
    deleted: list[str] = []
    for g, refs in enumerate(groups):
        olds = sorted(kept_by.get(g, []), key=age)
        if olds:
            iid = olds[0]
            if len(olds) > 1:
                events.append(LinkEvent("merge", iid, olds[1:],
                                        f"{len(olds)} incidents found to be one event"))
                counts["merged"] += len(olds) - 1
                deleted.extend(olds[1:])
            fresh = [r for r in refs if prev_of.get(r) not in olds]
            if fresh:
                events.append(LinkEvent("attach", iid, [], "claims " + ", ".join(f"{a}#{i}" for a, i in fresh)))
                counts["attached"] += len(fresh)
        else:
            iid = incident_id([ClaimRef(a, i) for a, i in refs])
            n = 1
            while iid in used or taken(iid):
                n += 1
                iid = f"{incident_id([ClaimRef(a, i) for a, i in refs])}-{n}"
            events.append(LinkEvent("create", iid, [], f"{len(refs)} claims"))
            counts["created"] += 1
        used.add(iid)
        ids.append(iid)
    for oid, gs in spread.items():
        others = [ids[g] for g in gs if g != keeper[oid]]
        if others:
            events.append(LinkEvent("split", oid, others, f"claims moved to {len(others)} other incident(s)"))
            counts["split"] += 1
    return ids, events, counts, deleted


def _texts(store: Any, article_ids: Iterable[str]) -> dict[str, str]:
    out = {}
    for aid in set(article_ids):
        a = store.get_article(aid)
        if a is not None and a.text:
            out[aid] = a.text
    return out


def _save(store: Any, incidents: list[Incident], events: list[LinkEvent], delete: list[str]) -> None:
    if delete:
        store.delete_incidents(delete)
    if incidents or events:
        store.save_incidents(incidents, events)


def link_articles(store: Any, article_ids: list[str], settings: LinkSettings = DEFAULT,
                  claims: Mapping[str, Sequence[StoredClaim]] | None = None) -> dict:
    """Attach the claims of newly stored articles to the store's incidents, or create new
    ones. Returns counts {"created", "attached", "merged", "split"}.

    ``claims`` (article id -> its stored claims), when the caller has just written them,
    spares reading them back; articles missing from it are read from the store."""
    new: list[StoredClaim] = []
    for aid in dict.fromkeys(article_ids):
        got = claims.get(aid) if claims is not None else None
        if got is None:
            got = store.claims(ClaimFilter(article_id=aid, limit=None))
        new.extend(c for c in got if linkable(c))
    new_articles = set(article_ids)
    pool: dict[Ref, StoredClaim] = {(c.article_id, c.claim_index): c for c in new}
    for c in _neighbours(store, new, settings):
        pool.setdefault((c.article_id, c.claim_index), c)

    # Stored incidents around the new claims, whole, as seeds.
    touched: dict[str, Incident] = {}
    for ref in list(pool):
        iid = store.incident_of_claim(*ref)
        if iid and iid not in touched:
            inc = store.get_incident(iid)
            if inc is not None:
                touched[iid] = inc
    old_of: dict[Ref, str] = {}
    missing_articles = set()
    for iid, inc in touched.items():
        for r in inc.claims:
            old_of[ref_key(r)] = iid
            if ref_key(r) not in pool:
                missing_articles.add(r.article_id)
    for aid in sorted(missing_articles):
        for c in store.claims(ClaimFilter(article_id=aid, limit=None)):
            if linkable(c) and old_of.get((c.article_id, c.claim_index)):
                pool.setdefault((c.article_id, c.claim_index), c)
    # A re-extracted article's claims are new whatever incident held them before.
    prev_of = old_of
    old_of = {r: i for r, i in old_of.items() if r in pool and r[0] not in new_articles}

    claims = sorted(pool.values(), key=lambda c: (c.article_id, c.claim_index))
    index = {(c.article_id, c.claim_index): n for n, c in enumerate(claims)}
    seeds: dict[str, list[int]] = {}
    for r, iid in old_of.items():
        seeds.setdefault(iid, []).append(index[r])
    groups = cluster_claims(claims, settings, [sorted(v) for _, v in sorted(seeds.items())])
    ref_groups = [sorted((claims[i].article_id, claims[i].claim_index) for i in g) for g in groups]

    ids, events, counts, deleted = assign_ids(
        ref_groups, old_of, lambda i: i not in touched and store.get_incident(i) is not None,
        _Ages(store).key, prev_of)
    # Stored incidents that lost every claim (their article was re-extracted) go too.
    gone = [iid for iid in touched if iid not in ids and iid not in deleted]
    events += [LinkEvent("delete", iid, [], "its claims were re-extracted") for iid in gone]

    changed = [n for n, g in enumerate(ref_groups)
               if ids[n] not in touched or set(map(ref_key, touched[ids[n]].claims)) != set(g)]
    texts = _texts(store, {r[0] for n in changed for r in ref_groups[n]})
    incidents = build_incidents(claims, [groups[n] for n in changed], texts, [ids[n] for n in changed])
    _save(store, incidents, events, deleted + gone)
    return counts


def relink_store(store: Any, rebuild: bool = False, settings: LinkSettings = DEFAULT) -> dict:
    """Re-link every claim. ``rebuild`` drops the stored incidents and their ids first;
    otherwise ids are kept where the incidents survive and merges/splits are recorded."""
    from rasd.link.core import link_claims

    claims = [c for c in store.claims(ClaimFilter(scope="incident", limit=None)) if linkable(c)]
    stored = store.incidents(IncidentFilter(limit=None))
    old_of: dict[Ref, str] = {}
    if not rebuild:
        old_of = {ref_key(r): inc.id for inc in stored for r in inc.claims}
    incidents = link_claims(claims)
    ref_groups = [sorted(map(ref_key, inc.claims)) for inc in incidents]
    ids, events, counts, deleted = assign_ids(ref_groups, old_of, lambda i: False, _Ages(store).key)
    stored_ids = {inc.id for inc in stored}
    gone = [i for i in stored_ids if i not in ids and i not in deleted]
    if not rebuild:
        events += [LinkEvent("delete", i, [], "none of its claims remain") for i in sorted(gone)]
    unchanged = {inc.id: set(map(ref_key, inc.claims)) for inc in stored} if not rebuild else {}
    out: list[Incident] = []
    by_ref = {(c.article_id, c.claim_index): c for c in claims}
    changed_articles = set()
    for n, inc in enumerate(incidents):
        if unchanged.get(ids[n]) != set(ref_groups[n]):
            changed_articles.update(r[0] for r in ref_groups[n])
    texts = _texts(store, changed_articles)
    for n, inc in enumerate(incidents):
        if unchanged.get(ids[n]) == set(ref_groups[n]):
            continue
        members = [by_ref[r] for r in ref_groups[n]]
        out.extend(build_incidents(members, [list(range(len(members)))], texts, [ids[n]]))
    if rebuild:
        deleted = sorted(stored_ids)
    _save(store, out, events, sorted(set(deleted) | set(gone)))
    counts["deleted"] = len(gone) if not rebuild else 0
    counts["incidents"] = len(incidents)
    return counts
