"""Keeping stored assessments current: ``refresh(store)`` drains the store's queue.

The store's triggers queue an incident whenever its membership changes (linking created,
grew, merged, split or deleted it) and an article whenever it is added or its claims are
replaced. One refresh batch then:

1. drops the queued articles' figure rows and queues their incidents and periods;
2. re-assesses each queued incident (deleted ones lose their rows);
3. re-assesses each touched period of cumulative totals;
4. re-scores every article with a figure in any of them.

Each batch reads and writes in one transaction, so a concurrent ingest cannot slip a
change between what was read and what is dequeued. Cost is proportional to what changed:
an article linking into an incident of ten reports re-assesses one incident and
re-scores ten articles.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Callable, Iterable

from rasd.assess.groups import alone, assess_incident, assess_period, period_key
from rasd.assess.models import NO_PERIOD, NOT_LINKED, AssessmentUpdate, FigureStanding
from rasd.assess.scores import score_article
from rasd.assess.settings import DEFAULT, AssessSettings
from rasd.core.models import StoredClaim
from rasd.store.base import ClaimFilter, Store

BATCH = 200  # queue entries per transaction: short write locks, progress to report

#: Runs a function over a list of jobs and returns the results in order: ``map`` here, or
#: a Dask cluster's (``rasd.service.cluster``). Assessing an incident is the costly part.
Mapper = Callable[[Callable[[Any], Any], list], Iterable[Any]]


def map_here(fn: Callable[[Any], Any], jobs: list) -> list:
    return [fn(job) for job in jobs]


def assess_job(job: tuple) -> Any:
    """One incident's assessment from what the batch read: (id, claims, texts, settings)."""
    return assess_incident(*job)


@dataclass(slots=True)
class RefreshCounts:
    incidents: int = 0
    periods: int = 0
    articles: int = 0

    def as_dict(self) -> dict[str, int]:
        return {"incidents": self.incidents, "periods": self.periods, "articles": self.articles}


@dataclass(slots=True)
class _Batch:
    store: Store
    s: AssessSettings
    claims: dict[str, dict[int, StoredClaim]] = field(default_factory=dict)
    texts: dict[str, str] = field(default_factory=dict)
    up: AssessmentUpdate = field(default_factory=AssessmentUpdate)
    rescore: set[str] = field(default_factory=set)
    incidents: set[str] = field(default_factory=set)
    periods: set[str] = field(default_factory=set)
    jobs: list[tuple] = field(default_factory=list)  # incidents to assess, as read

    def claims_of(self, article_id: str) -> dict[int, StoredClaim]:
        if article_id not in self.claims:
            found = self.store.claims(ClaimFilter(article_id=article_id, limit=None))
            self.claims[article_id] = {sc.claim_index: sc for sc in found}
        return self.claims[article_id]

    def texts_of(self, claims: list[StoredClaim]) -> dict[str, str]:
        for aid in {sc.article_id for sc in claims} - self.texts.keys():
            art = self.store.get_article(aid)
            self.texts[aid] = art.text if art is not None else ""
        return {sc.article_id: self.texts[sc.article_id] for sc in claims}

    def article(self, aid: str) -> None:
        """A queued article: its rows go; what it is part of is re-assessed."""
        self.up.cleared_articles.append(aid)
        self.rescore.add(aid)
        self.periods.update(f.period for f in self.store.figure_standings(article_id=aid) if f.period)
        for sc in self.claims_of(aid).values():
            if sc.claim.scope == "cumulative":
                key = period_key(sc)
                if key:
                    self.periods.add(key)
                else:
                    self.up.figures.extend(alone(sc, NO_PERIOD))
            else:
                iid = self.store.incident_of_claim(sc.article_id, sc.claim_index)
                if iid:
                    self.incidents.add(iid)
                else:  # stored, not linked yet: linking will queue its incident
                    self.up.figures.extend(alone(sc, NOT_LINKED))

    def incident(self, iid: str) -> None:
        self.rescore.update(f.article_id for f in self.store.figure_standings(incident_id=iid))
        inc = self.store.get_incident(iid)
        if inc is None:
            self.up.dropped_incidents.append(iid)
            return
        members = [sc for r in inc.claims if (sc := self.claims_of(r.article_id).get(r.claim_index))]
        self.jobs.append((iid, members, self.texts_of(members), self.s))
        self.rescore.update(sc.article_id for sc in members)

    def assess_incidents(self, mapper: Mapper) -> None:
        """Assess the incidents read (reading and writing stay here; ``mapper`` computes)."""
        self.up.incidents.extend(mapper(assess_job, self.jobs))
        self.jobs = []

    def period(self, key: str) -> None:
        self.rescore.update(f.article_id for f in self.store.figure_standings(period=key))
        days, gov = key.split("@", 1)
        first, last = days.split("..", 1)
        found = self.store.claims(ClaimFilter(since=first, until=last, governorate=gov,
                                              scope="cumulative", limit=None))
        members = [sc for sc in found if period_key(sc) == key]
        for sc in members:  # the rest of the batch sees the claims read here
            self.claims_of(sc.article_id)
        self.up.periods[key] = assess_period(key, members, self.texts_of(members), self.s)
        self.rescore.update(sc.article_id for sc in members)

    def scores(self) -> None:
        """Each touched article's standings as they will stand after this batch."""
        fresh: dict[str, list[FigureStanding]] = {}
        for f in [x for a in self.up.incidents for x in a.figures] + \
                [x for fs in self.up.periods.values() for x in fs] + self.up.figures:
            fresh.setdefault(f.article_id, []).append(f)
        replaced_incidents = {a.incident_id for a in self.up.incidents} | set(self.up.dropped_incidents)
        cleared = set(self.up.cleared_articles)
        for aid in sorted(self.rescore):
            art = self.store.get_article(aid)
            if art is None:
                self.up.dropped_scores.append(aid)
                continue
            kept = [] if aid in cleared else [
                f for f in self.store.figure_standings(article_id=aid)
                if (f.incident_id is None or f.incident_id not in replaced_incidents)
                and (f.period is None or f.period not in self.up.periods)]
            mine = {(f.claim_index, f.kind): f for f in kept + fresh.get(aid, [])}
            scored = score_article(aid, list(mine.values()), self.s)
            scored.source, scored.published = art.source, art.published
            self.up.articles.append(scored)


def refresh(store: Store, s: AssessSettings = DEFAULT,
            progress: Callable[[RefreshCounts, int], None] | None = None,
            mapper: Mapper = map_here) -> RefreshCounts:
    """Re-assess everything queued. ``progress(counts, left)`` is called after each batch;
    ``mapper`` runs the incidents' assessments (in this process by default)."""
    total = RefreshCounts()
    while True:
        with store.transaction():
            inc_ids, art_ids = store.assessment_queue(limit=BATCH)
            if not inc_ids and not art_ids:
                return total
            b = _Batch(store, s)
            b.incidents.update(inc_ids)
            for aid in art_ids:
                b.article(aid)
            for iid in sorted(b.incidents):
                b.incident(iid)
            b.assess_incidents(mapper)
            for key in sorted(b.periods):
                b.period(key)
            b.scores()
            # incidents re-assessed for a queued article are done too, queued or not
            b.up.done = [("incident", i) for i in sorted(b.incidents)] + [("article", a) for a in art_ids]
            store.save_assessments(b.up)
        total.incidents += len(b.incidents)
        total.periods += len(b.periods)
        total.articles += len(b.up.articles)
        if progress is not None:
            left = store.assessment_queue(limit=BATCH)
            progress(total, len(left[0]) + len(left[1]))


def rebuild(store: Store, s: AssessSettings = DEFAULT,
            progress: Callable[[RefreshCounts, int], None] | None = None,
            mapper: Mapper = map_here) -> RefreshCounts:
    """Assess everything again (after changing settings, or to check the stored results)."""
    store.queue_all_assessments()
    return refresh(store, s, progress, mapper)
