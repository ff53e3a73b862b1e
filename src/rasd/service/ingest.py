"""Ingest: the only code that sequences read → extract → store → link.

The CLI (``rasd ingest``), the API (``POST /api/articles``), ``rasd serve`` at start-up and
any future feed watcher or distributed worker go through these functions:

- ``extract_one(article) -> Extracted``: extraction alone, no store (a worker's job; the
  result pickles).
- ``store_extracted(store, extracted) -> ArticleResult``: one transaction per article —
  the article, its claims and its state (extracted, or failed with the error) commit
  together or not at all.
- ``link_pending(store, known)``: one transaction links every article still marked
  extracted and marks it linked.
- ``ingest_articles(store, articles, extractor=...) -> IngestResult``: all of the above,
  pending work from an earlier (crashed or failed) run included. ``extractor`` turns the
  articles that still need extracting into ``Extracted`` results, in any order: by default
  ``extract_locally`` (in this process, one by one); ``rasd.service.cluster`` supplies one
  that runs ``extract_one`` on a Dask cluster while this process stays the single writer.

- then ``rasd.assess.refresh`` re-assesses what the store queued (its triggers queue every
  change with the data, so a crash before it loses nothing either).

Error policy: an article whose extraction raises is stored with its error (state
``failed``) and retried by the next ingest — never kept as an article without claims. A
crash loses at most the article being written; what was extracted but not linked is
linked by the next ingest (or ``rasd serve`` start-up) together with that run's articles,
so a re-run after a crash ends in the same state as one clean run.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import Any, Callable, Iterable, Iterator

from rasd.core.models import Article, Claim, StoredClaim
from rasd.ingest.cleanup import content_hash
from rasd.store.base import EXTRACTED, FAILED, LINKED, NEW, Store
from rasd.store.rows import ClaimRows


@dataclass(slots=True)
class Extracted:
    """An article and its claims, or the error extraction raised on it."""

    article: Article
    claims: list[Claim] | None
    error: str | None = None
    # Its full-text index texts (rasd.store.fts.index_texts) and its claims' rows
    # (rasd.store.rows.claim_rows; then the claims are ``rows.claims`` and ``claims`` may
    # be None), when a worker made them so the one writer need not.
    indexed: tuple[str, str] | None = None
    rows: ClaimRows | None = None


@dataclass(slots=True)
class ArticleResult:
    requested_id: str
    origin: str | None
    id: str | None = None  # as stored (may differ from the requested id)
    new: bool = False  # stored by this call (or a failed one retried)
    duplicate: bool = False  # the same content was stored and processed before
    retried: bool = False  # an earlier attempt had failed
    claims: list[StoredClaim] = field(default_factory=list)
    error: str | None = None


@dataclass(slots=True)
class IngestResult:
    articles: list[ArticleResult] = field(default_factory=list)  # one per article given
    recovered: list[ArticleResult] = field(default_factory=list)  # earlier failures retried
    link: dict = field(default_factory=dict)
    link_error: str | None = None
    linked_articles: int = 0  # articles linked by this call, earlier runs' pending ones included
    assessed: Any = None  # rasd.assess counts of what was re-assessed, if anything was queued
    assess_error: str | None = None
    # Wall seconds of each stage: "extract+store" (extraction and storing overlap when
    # workers extract), "link", "assess"; a stage that had nothing to do is absent.
    seconds: dict[str, float] = field(default_factory=dict)

    @property
    def all(self) -> list[ArticleResult]:
        return self.recovered + self.articles

    @property
    def new(self) -> int:
        return sum(1 for r in self.all if r.new and not r.error)

    @property
    def duplicates(self) -> int:
        return sum(1 for r in self.articles if r.duplicate)

    @property
    def failed(self) -> list[ArticleResult]:
        return [r for r in self.all if r.error]

    @property
    def retried(self) -> int:
        return sum(1 for r in self.all if r.retried)

    @property
    def claims(self) -> int:
        return sum(len(r.claims) for r in self.all)


def extract_one(article: Article) -> Extracted:
    """Extract one article; an exception becomes the result's ``error`` (one line)."""
    from rasd.extract import extract

    try:
        return Extracted(article, extract(article))
    except Exception as e:  # one bad article must not stop a batch of thousands
        return Extracted(article, None, f"extraction failed: {type(e).__name__}: {_line(e)}")


#: Turns articles into extraction results, in any order (one result per article).
Extractor = Callable[[Iterable[Article]], Iterable[Extracted]]


def extract_locally(articles: Iterable[Article]) -> Iterator[Extracted]:
    """The default ``Extractor``: each article in this process, in order."""
    return map(extract_one, articles)


def store_extracted(store: Store, ex: Extracted) -> ArticleResult:
    """Write one extracted article in one transaction."""
    art = ex.article
    res = ArticleResult(requested_id=art.id, origin=art.origin)
    with store.transaction():
        # Stored as extracted at once when its claims follow: one write of the row, not two.
        aid, is_new = store.add_article(art, ex.indexed,
                                        EXTRACTED if ex.error is None else NEW)
        res.id = aid
        if not is_new:
            state = store.article_state(aid)
            if state is None or state[0] not in (NEW, FAILED):
                res.duplicate = True
                return res
            res.retried = state[0] == FAILED
            store.update_article(aid, art)  # a retry may come with corrected metadata
        res.new = True
        if ex.error is not None:
            store.set_article_state([aid], FAILED, ex.error)
            res.error = ex.error
        else:
            res.claims = store.set_claims(aid, ex.claims or [], ex.rows)
    return res


def ingest_one(store: Store, article: Article) -> ArticleResult:
    """Dedup, extract and store one article (no linking)."""
    return stored_duplicate(store, article) or store_safely(store, extract_one(article))


def stored_duplicate(store: Store, article: Article) -> ArticleResult | None:
    """The result for ``article`` when the same content is stored and done with (so it
    needs no extraction), else None."""
    found = store.find_article(article.content_hash or content_hash(article.text))
    if found is not None and found[1] in (EXTRACTED, LINKED):
        return ArticleResult(requested_id=article.id, origin=article.origin, id=found[0],
                             duplicate=True)
    return None


def store_safely(store: Store, ex: Extracted) -> ArticleResult:
    """``store_extracted``, with a refusal by the store turned into the result's error."""
    try:
        return store_extracted(store, ex)
    except Exception as e:  # the store refused it; nothing of it was written
        return ArticleResult(requested_id=ex.article.id, origin=ex.article.origin,
                             error=f"not stored: {type(e).__name__}: {_line(e)}")


def extract_and_store(store: Store, articles: Iterable[Article], extractor: Extractor,
                      sink: Callable[[ArticleResult], None], batch: int = 1) -> None:
    """Hand every article not stored yet to ``extractor`` and store the results as they
    come back, ``batch`` articles per transaction (``store_batch``); ``sink`` gets one
    result per article given, once it is committed. This process is the only writer,
    whoever extracts."""

    def fresh() -> Iterator[Article]:
        for art in articles:
            dup = stored_duplicate(store, art)
            if dup is not None:
                sink(dup)
            else:
                yield art

    group: list[Extracted] = []
    for ex in extractor(fresh()):
        group.append(ex)
        if len(group) >= batch:
            for r in store_batch(store, group):
                sink(r)
            group = []
    for r in store_batch(store, group):
        sink(r)


def store_batch(store: Store, group: list[Extracted]) -> list[ArticleResult]:
    """Several articles in one transaction: each is still all or nothing (a savepoint
    each: one the store refuses does not undo the others) and its state is committed with
    its data, so a crash leaves the same kind of store as one transaction per article,
    for a fraction of the commits (a search-index segment and a sync each)."""
    if len(group) <= 1:
        return [store_safely(store, ex) for ex in group]
    try:
        with store.transaction():
            return [store_safely(store, ex) for ex in group]
    except Exception:  # the commit itself failed: try them one by one
        return [store_safely(store, ex) for ex in group]


def retry_failed(store: Store, extractor: Extractor = extract_locally) -> list[ArticleResult]:
    """Extract again every stored article whose extraction failed (or never ran)."""
    out: list[ArticleResult] = []
    pending = (store.get_article(aid) for aid in store.articles_in_state(NEW, FAILED))
    for ex in extractor(a for a in pending if a is not None):
        out.append(store_extracted(store, ex))
    return out


def link_pending(store: Store, known: dict[str, list[StoredClaim]] | None = None,
                 ) -> tuple[dict, int]:
    """Link every article marked extracted, in one transaction; returns (counts, articles).
    ``known`` holds claims the caller just stored, so they are not read back."""
    from rasd.link import link_articles

    if not store.articles_in_state(EXTRACTED):  # the usual re-run: no write, caches stay valid
        return {}, 0
    with store.transaction():
        ids = store.articles_in_state(EXTRACTED)
        if not ids:
            return {}, 0
        counts = link_articles(store, ids, claims=known)
        store.set_article_state(ids, LINKED)
    return (counts if isinstance(counts, dict) else {}), len(ids)


def ingest_articles(store: Store, articles: Iterable[Article], *, link: bool = True,
                    retry: bool = True,
                    on_article: Callable[[ArticleResult], None] | None = None,
                    on_assess: Callable[[Any, int], None] | None = None,
                    extractor: Extractor = extract_locally, batch: int = 1,
                    mapper: Any = None) -> IngestResult:
    """Store and extract ``articles`` one transaction each (or ``batch`` per transaction),
    after retrying earlier failures (unless ``retry`` is false), then link everything
    pending in one transaction and re-assess what changed (unless ``link`` is false;
    ``on_assess`` is its progress). ``extractor`` runs the extraction (see
    ``extract_locally``, ``rasd.service.cluster``), ``mapper`` the assessment of incidents
    (``rasd.assess.incremental.Mapper``; None: in this process)."""
    result = IngestResult()
    t0 = time.perf_counter()

    def recovered(r: ArticleResult) -> None:
        result.recovered.append(r)
        if on_article:
            on_article(r)

    def given(r: ArticleResult) -> None:
        result.articles.append(r)
        if on_article:
            on_article(r)

    for r in (retry_failed(store, extractor) if retry else ()):
        recovered(r)
    extract_and_store(store, articles, extractor, given, batch)
    if result.all:
        result.seconds["extract+store"] = time.perf_counter() - t0
    if link:
        finish_linking(store, result)
        if not result.link_error:
            finish_assessing(store, result, on_assess, mapper)
    return result


def relink(store: Store, rebuild: bool = False) -> dict:
    """Re-link every stored claim (``rasd link``) in one transaction; nothing stays pending."""
    from rasd.link import relink_store

    with store.transaction():
        counts = relink_store(store, rebuild=rebuild)
        store.set_article_state(store.articles_in_state(EXTRACTED), LINKED)
    return counts


def recover(store: Store) -> IngestResult:
    """Finish what an earlier run left: retry failed extractions, link pending articles."""
    return ingest_articles(store, ())


def finish_linking(store: Store, result: IngestResult) -> None:
    known = {r.id: r.claims for r in result.all if r.id and r.new and not r.error}
    t0 = time.perf_counter()
    try:
        result.link, result.linked_articles = link_pending(store, known)
        if result.linked_articles:
            result.seconds["link"] = time.perf_counter() - t0
    except Exception as e:  # claims are stored and stay marked for the next run to link
        result.link_error = f"linking failed ({type(e).__name__}: {_line(e)}); claims are stored " \
                            "and will be linked by the next ingest"


def finish_assessing(store: Store, result: IngestResult,
                     progress: Callable[[Any, int], None] | None = None,
                     mapper: Any = None) -> None:
    """Re-assess what the store has queued (nothing to do: no write at all)."""
    from rasd.assess import refresh

    if not any(store.assessment_queue(limit=1)):
        return
    t0 = time.perf_counter()
    try:
        result.assessed = (refresh(store, progress=progress) if mapper is None
                           else refresh(store, progress=progress, mapper=mapper))
        result.seconds["assess"] = time.perf_counter() - t0
    except Exception as e:  # the data is stored and stays queued for `rasd assess`
        result.assess_error = (f"assessment failed ({type(e).__name__}: {_line(e)}); "
                               "run `rasd assess` again")


def _line(e: BaseException) -> str:
    return " ".join(str(e).split())[:300] or type(e).__name__
