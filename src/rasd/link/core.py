"""The pure linker: claims -> clusters -> reconciled incidents."""

from __future__ import annotations

import gc
import hashlib
from contextlib import contextmanager
from typing import Iterator, Mapping, Sequence

from rasd.link.blocking import candidates
from rasd.link.cluster import Pairs, agglomerate, components
from rasd.link.features import ClaimFeatures, features
from rasd.link.groups import event_groups, merged
from rasd.link.score import Scorer, _actor_part, place_relation
from rasd.link.settings import DEFAULT, LinkSettings
from rasd.core.models import ClaimRef, Incident, StoredClaim
from rasd.reconcile import reconcile


def linkable(sc: StoredClaim) -> bool:
    """Cumulative totals are kept but never linked into incidents."""
    return (sc.claim.scope or "incident") == "incident"


def ref_key(ref: ClaimRef) -> tuple[str, int]:
    return (ref.article_id, ref.claim_index)


def incident_id(refs: Sequence[ClaimRef]) -> str:
    """Stable id from the earliest member claim: re-linking the same data gives the same ids."""
    first = min(refs, key=ref_key)
    digest = hashlib.sha1(f"{first.article_id}\x1f{first.claim_index}".encode("utf-8")).hexdigest()
    return "inc-" + digest[:12]


@contextmanager
def _no_cyclic_gc() -> Iterator[None]:
    """The linker allocates millions of small containers that form no reference cycles; the
    cyclic collector would only walk them again and again (a fifth of the run time at 200k
    claims). Reference counting still frees everything; the collector's state is restored."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


def cluster_claims(claims: Sequence[StoredClaim], settings: LinkSettings = DEFAULT,
                   seeds: Sequence[Sequence[int]] = ()) -> list[list[int]]:
    """Groups of indices into ``claims`` (all of them linkable). ``seeds`` are groups that must
    stay together (incremental linking keeps stored incidents whole)."""
    with _no_cyclic_gc():
        return _cluster(claims, settings, seeds)


def _cluster(claims: Sequence[StoredClaim], settings: LinkSettings,
             seeds: Sequence[Sequence[int]]) -> list[list[int]]:
    """Clusters of claim indices: each article's event groups (``groups``) are clustered as
    units, then given back as their claims."""
    members = event_groups(claims)
    feats = [features(n, claims[g[0]], settings) if len(g) == 1 else
             merged([features(i, claims[i], settings) for i in g], n) for n, g in enumerate(members)]
    group_of = {i: n for n, g in enumerate(members) for i in g}
    unit_seeds = [sorted({group_of[i] for i in seed}) for seed in seeds]
    return [sorted(i for n in cluster for i in members[n])
            for cluster in _cluster_units(feats, settings, unit_seeds)]


def _veto_kind(a: ClaimFeatures, b: ClaimFeatures, s: LinkSettings) -> int:
    """Of a vetoed pair: 1 vetoed by its actors, 2 only by two undated claims' article dates
    (``cluster.WINDOW``), 0 otherwise."""
    if _actor_part(a, b, s) is None:
        return 1
    if a.d0 is None and b.d0 is None and a.article_id != b.article_id and a.pub is not None \
            and b.pub is not None and abs(a.pub - b.pub) > s.undated_window_days + s.date_tolerance_days \
            and place_relation(a, b, s) is not None:
        return 2
    return 0


def _cluster_units(feats: list[ClaimFeatures], settings: LinkSettings,
                   seeds: Sequence[Sequence[int]]) -> list[list[int]]:
    scorer = Scorer(settings)
    pairs = Pairs()
    for i, js in candidates(feats, settings):
        a = feats[i]
        scored = [scorer.link_score(a, feats[j]) for j in js]
        sides = [_veto_kind(a, feats[j], settings) if x is None else 0 for j, (x, _) in zip(js, scored)] \
            if any(x is None for x, _ in scored) else ()
        pairs.add_row(i, js, scored, sides)
    dated = [f.d0 is not None for f in feats]
    del feats
    out: list[list[int]] = []
    for comp in components(len(dated), pairs, settings.threshold, seeds):
        if len(comp) == 1:
            out.append(comp)
        else:
            out.extend(agglomerate(comp, dated, settings, pairs, seeds))
    return out


def build_incidents(claims: Sequence[StoredClaim], groups: list[list[int]],
                    texts: Mapping[str, str] | None = None,
                    ids: Sequence[str] | None = None) -> list[Incident]:
    incidents = []
    for n, g in enumerate(groups):
        members = [claims[i] for i in g]
        iid = ids[n] if ids is not None else incident_id([m.ref for m in members])
        incidents.append(reconcile(iid, members, texts))
    return incidents


def link_claims(claims: list[StoredClaim], texts: Mapping[str, str] | None = None,
                settings: LinkSettings = DEFAULT) -> list[Incident]:
    """Group incident-scope claims into incidents (pure, deterministic); figures reconciled.

    ``texts`` (article id -> text), when given, lets reconciliation count syndicated copies
    of one agency report as one source."""
    usable = sorted((c for c in claims if linkable(c)), key=lambda c: (c.article_id, c.claim_index))
    groups = cluster_claims(usable, settings)
    with _no_cyclic_gc():
        incidents = build_incidents(usable, groups, texts)
    incidents.sort(key=lambda inc: ref_key(inc.claims[0]))  # reconcile sorts an incident's claims
    return incidents
