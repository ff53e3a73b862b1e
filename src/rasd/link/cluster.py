"""Clustering: average-link agglomeration within connected groups of candidate links.

Single-link chaining would let A~B and B~C put A with C although A and C disagree; here
two clusters merge only when no pair across them is vetoed (or, between big clusters, the
vetoed pairs are a small share, ``cluster_veto_share``, of the pairs compared: a stray
misread report among many that agree; up to ``cluster_veto_share_strong`` when none of those
vetoes is of the sides and the dated reports across agree strongly on average, at least
``cluster_strong_linkage``: a few retellings misread the day or name where the story began,
but the sides are what reports dispute) and their linkage reaches the threshold:

- both clusters hold dated claims: the average score over dated x dated pairs, and every
  such pair must have been a candidate (claims never blocked together are too far apart
  in place or time to be one event). So an undated claim can never glue two dated
  incidents together: it joins at most one of them.
- one side holds only undated claims: its best pair score, provided the average over all
  pairs (pairs never compared count 0) is not negative. An undated claim is tied to an
  event by its best witness (a claim in its own article, say); its other pairs mostly
  lack the evidence to score at all.

Only cluster pairs joined by at least one compared pair are tracked, so the cost follows
the number of candidate pairs, not the square of the component.
"""

from __future__ import annotations

import heapq
from array import array
from typing import Iterable, Sequence

from rasd.link.settings import LinkSettings

NEG = float("-inf")  # a vetoed pair, and a linkage that cannot merge
SIDES = -1e300  # a pair vetoed by its actors (two sides' losses, two perpetrators): a veto too
# two undated claims vetoed only by their articles' dates (each event presumed in the days
# before its article, the windows apart): a veto between all-undated clusters; once a cluster
# holds dated claims, its undated ones' days are its dated claims', not their articles'
WINDOW = -1e299


class Pairs:
    """Scored candidate pairs, each kept once, in the row of the claim it was found from,
    as compact arrays (partner, score — a veto scores ``NEG`` —, and whether the pair may
    link directly): 13 bytes a pair, where a dict of tuples costs ten times that."""

    __slots__ = ("rows",)

    def __init__(self) -> None:
        self.rows: dict[int, tuple[array, array, bytes]] = {}

    def add_row(self, i: int, js: Sequence[int], scored: Sequence[tuple[float | None, bool]],
                sides: Sequence[int] = ()) -> None:
        """``sides[k]``: the k-th pair, vetoed, is vetoed by its actors (1: scored ``SIDES``) or
        only by two undated claims' article dates (2: ``WINDOW``)."""
        vals = array("d", [NEG if x is None else x for x, _ in scored])
        for k, side in enumerate(sides):
            if side:
                vals[k] = WINDOW if side == 2 else SIDES
        self.rows[i] = (array("i", js), vals, bytes(1 if d else 0 for _, d in scored))

    def row(self, i: int) -> Iterable[tuple[int, float]]:
        r = self.rows.get(i)
        return zip(r[0], r[1]) if r is not None else ()


class _UF:
    def __init__(self, n: int) -> None:
        self.p = list(range(n))

    def find(self, a: int) -> int:
        p = self.p
        while p[a] != a:
            p[a] = p[p[a]]
            a = p[a]
        return a

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.p[max(ra, rb)] = min(ra, rb)


def components(n: int, pairs: Pairs, threshold: float,
               seeds: Sequence[Sequence[int]] = ()) -> list[list[int]]:
    """Connected groups of claims through links scoring at least ``threshold`` (and seeds)."""
    uf = _UF(n)
    for i, (js, scores, direct) in pairs.rows.items():
        for j, sc, d in zip(js, scores, direct):
            if d and sc >= threshold:
                uf.union(i, j)
    for seed in seeds:
        for m in seed[1:]:
            uf.union(seed[0], m)
    groups: dict[int, list[int]] = {}
    for i in range(n):
        groups.setdefault(uf.find(i), []).append(i)
    return list(groups.values())


def agglomerate(members: list[int], dated: Sequence[bool], s: LinkSettings,
                pairs: Pairs, seeds: Sequence[Sequence[int]] = ()) -> list[list[int]]:
    """Clusters of ``members`` (one connected component); ``dated[i]``: claim i has a date."""
    if len(members) == 1:
        return [members]
    in_comp = set(members)
    clusters: list[list[int]] = []
    taken: set[int] = set()
    for seed in seeds:
        part = [m for m in seed if m in in_comp and m not in taken]
        if part:
            clusters.append(part)
            taken.update(part)
    clusters += [[m] for m in members if m not in taken]
    nc = len(clusters)
    slot = {m: c for c, ms in enumerate(clusters) for m in ms}
    ndated = [sum(1 for m in c if dated[m]) for c in clusters]
    thr = s.threshold
    tolerated, min_pairs = s.cluster_veto_share, s.cluster_veto_min_pairs
    tolerated_strong, strong_avg = s.cluster_veto_share_strong, s.cluster_strong_linkage

    # stats[x * nc + y], x < y: [sum_all, sum_dd, n_dd, vetoed pairs, max, scored pairs, vetoed dd pairs,
    # pairs vetoed by their actors]
    stats: dict[int, list] = {}
    nbrs: list[set[int]] = [set() for _ in range(nc)]
    for i in members:
        row = pairs.rows.get(i)
        if row is None:
            continue
        x = slot[i]
        di = dated[i]
        for j, sc, direct in zip(row[0], row[1], row[2]):
            y = slot.get(j)
            if y is None or y == x:
                continue  # a pair below threshold into another component, or within a seed
            key = x * nc + y if x < y else y * nc + x
            st = stats.get(key)
            if st is None:
                st = stats[key] = [0.0, 0.0, 0, 0, NEG, 0, 0, 0, 0]
                nbrs[x].add(y)
                nbrs[y].add(x)
            if sc <= WINDOW:
                st[3] += 1
                if sc == WINDOW:
                    st[8] += 1
                elif sc != NEG:
                    st[7] += 1
                if di and dated[j]:
                    st[6] += 1
                continue
            st[0] += sc
            st[5] += 1
            if direct and sc > st[4]:
                st[4] = sc  # the best pair that may link by itself
            if di and dated[j]:
                st[1] += sc
                st[2] += 1

    def linkage(x: int, y: int, st: list) -> float:
        if st[4] < thr:
            return NEG  # no pair strong enough (the linkage is at most the best pair)
        # dated pairs across never compared (blocked apart: days or places too far) count as
        # vetoes, and any of them asks for strong agreement: a widely retold event's reports
        # dated two days apart ("Friday" raids, the next day's retelling) are never blocked together
        missing = max(0, ndated[x] * ndated[y] - st[2] - st[6]) if ndated[x] and ndated[y] else 0
        if missing and not late[0]:
            return NEG  # only once the clusters that need no such leniency have formed
        bad = st[3] + missing - (st[8] if ndated[x] or ndated[y] else 0)
        strong = missing > 0  # the vetoes across are more than a stray share: only strong agreement merges
        if bad:
            if bad + st[5] < min_pairs:
                return NEG  # a veto across, unless a stray claim's among many pairs that agree
            if strong or bad > tolerated * (bad + st[5]):
                if st[7] or bad > tolerated_strong * (bad + st[5]):
                    return NEG
                strong = True
        if ndated[x] and ndated[y]:
            if not st[2]:
                return NEG  # no dated pair across was even a candidate
            v = st[1] / st[2]
            return v if not strong or v >= strong_avg else NEG
        if strong:
            return NEG
        if st[0] < 0:
            return NEG
        return st[4]

    version = [0] * nc
    alive = [True] * nc

    def merge(heap: list) -> None:
        while heap:
            _, a, b, va, vb = heapq.heappop(heap)
            if not (alive[a] and alive[b]) or version[a] != va or version[b] != vb:
                continue  # stale: a side has merged since
            clusters[a] += clusters[b]
            ndated[a] += ndated[b]
            alive[b] = False
            version[a] += 1
            del stats[a * nc + b]
            na = nbrs[a]
            na.discard(b)
            nb = nbrs[b]
            nb.discard(a)
            for c in nb:
                sb = stats.pop(b * nc + c if b < c else c * nc + b)
                nbrs[c].discard(b)
                key = a * nc + c if a < c else c * nc + a
                sa = stats.get(key)
                if sa is None:
                    stats[key] = sb
                    na.add(c)
                    nbrs[c].add(a)
                else:
                    sa[0] += sb[0]
                    sa[1] += sb[1]
                    sa[2] += sb[2]
                    sa[3] += sb[3]
                    sa[5] += sb[5]
                    sa[6] += sb[6]
                    sa[7] += sb[7]
                    sa[8] += sb[8]
                    if sb[4] > sa[4]:
                        sa[4] = sb[4]
            nbrs[b] = set()
            for c in na:
                x, y = (a, c) if a < c else (c, a)
                v = linkage(x, y, stats[x * nc + y])
                if v >= thr:
                    heapq.heappush(heap, (-v, x, y, version[x], version[y]))

    # two passes: first the merges every pair across allows; then, among the clusters formed,
    # those whose dated pairs across were partly never compared (``missing`` above). Run
    # together, a lenient merge made early could change which clusters later form
    late = [False]
    for phase in (False, True):
        late[0] = phase
        heap = []
        for key, st in stats.items():
            x, y = divmod(key, nc)
            v = linkage(x, y, st)
            if v >= thr:
                heap.append((-v, x, y, version[x], version[y]))
        heapq.heapify(heap)
        merge(heap)
    return [sorted(clusters[c]) for c in range(nc) if alive[c]]
