"""The store interface. Extraction, linking and serving talk to this, never to SQL.

SQLite is the embedded default (``rasd.store.sqlite``); PostgreSQL (``rasd.store.postgres``)
implements the same class. Both share their SQL in ``rasd.store.sql``.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from typing import Any, Iterator

from rasd.assess.models import ArticleAssessment, AssessmentUpdate, FigureStanding, IncidentAssessment
from rasd.core.models import Article, Claim, Incident, StoredClaim
from rasd.store.filters import ClaimFilter, IncidentFilter
from rasd.store.rows import ClaimRows
from rasd.store.watch import WatchItem, WatchSource

# Where an article is in the ingest pipeline. Each move is committed with the data it
# describes, so after a crash the store itself says what is left to do.
NEW = "new"              # stored, not yet extracted
FAILED = "failed"        # extraction raised; the error is kept and the article is retried
EXTRACTED = "extracted"  # claims stored, not yet linked into incidents
LINKED = "linked"
ARTICLE_STATES = (NEW, FAILED, EXTRACTED, LINKED)


class StoreError(Exception):
    """A problem with the database the user can act on (one line, no traceback)."""


@dataclass(slots=True)
class SearchHit:
    article_id: str
    title: str | None
    snippet: str  # a piece of original text around the match
    published: str | None = None
    source: str | None = None


@dataclass(slots=True)
class LinkEvent:
    """A recorded change to incident identity: create, attach, merge or split."""

    kind: str
    incident_id: str
    other_ids: list[str] = field(default_factory=list)
    detail: str = ""
    at: str | None = None  # ISO timestamp, filled by the store


class Store(ABC):
    # -- articles ---------------------------------------------------------------------
    @abstractmethod
    def add_article(self, article: Article, indexed: tuple[str, str] | None = None,
                    state: str = NEW) -> tuple[str, bool]:
        """Store an article; returns (id, is_new). The same content (hash) is stored once:
        a second add returns the existing id and ``False``. ``indexed``: its full-text index
        texts (``rasd.store.fts.index_texts``) when a worker has made them already.
        ``state``: EXTRACTED only inside a transaction that stores its claims next
        (``set_claims`` then leaves the row as it is)."""

    @abstractmethod
    def get_article(self, article_id: str) -> Article | None: ...

    @abstractmethod
    def find_article(self, content_hash: str) -> tuple[str, str] | None:
        """(id, state) of the stored article with this content hash, if any."""

    @abstractmethod
    def update_article(self, article_id: str, article: Article) -> None:
        """Replace the metadata (not the text) of a stored article, e.g. a corrected retry."""

    @abstractmethod
    def article_state(self, article_id: str) -> tuple[str, str | None] | None:
        """(state, error) of one article; None when it is not stored."""

    @abstractmethod
    def set_article_state(self, article_ids: list[str], state: str, error: str | None = None) -> None: ...

    @abstractmethod
    def articles_in_state(self, *states: str) -> list[str]:
        """Ids of the articles in any of ``states``, in the order they were stored."""

    @abstractmethod
    def iter_articles(self) -> Iterator[Article]: ...

    @abstractmethod
    def count_articles(self) -> int: ...

    # -- claims -----------------------------------------------------------------------
    @abstractmethod
    def set_claims(self, article_id: str, claims: list[Claim],
                   rows: ClaimRows | None = None) -> list[StoredClaim]:
        """Replace the claims of one article (claim_index = position in the list) and mark
        it extracted (not yet linked). Returns the claims as stored. ``rows``:
        ``rasd.store.rows.claim_rows(claims)`` when a worker has made them already (then
        ``claims`` is not read)."""

    @abstractmethod
    def claims(self, flt: ClaimFilter | None = None) -> list[StoredClaim]: ...

    @abstractmethod
    def count_claims(self, flt: ClaimFilter | None = None) -> int: ...

    @abstractmethod
    def search(self, query: str, limit: int = 20) -> list[SearchHit]:
        """Full-text search over titles and texts, normalised (hamza, ta marbuta, clitics)."""

    # -- incidents --------------------------------------------------------------------
    @abstractmethod
    def save_incidents(self, incidents: list[Incident], events: list[LinkEvent] = ()) -> None:
        """Insert or replace these incidents (by id) and their claim memberships; record events."""

    @abstractmethod
    def delete_incidents(self, ids: list[str]) -> None: ...

    @abstractmethod
    def incidents(self, flt: IncidentFilter | None = None) -> list[Incident]: ...

    def incidents_json(self, flt: IncidentFilter | None = None) -> list[str]:
        """``incidents(flt)`` as the JSON texts the store keeps (codebook shape): callers
        that only pass them on, or memoise work per incident, skip decoding them."""
        import json

        return [json.dumps(i.to_dict(), ensure_ascii=False, separators=(",", ":"))
                for i in self.incidents(flt)]

    @abstractmethod
    def count_incidents(self, flt: IncidentFilter | None = None) -> int: ...

    @abstractmethod
    def get_incident(self, incident_id: str) -> Incident | None: ...

    @abstractmethod
    def incident_of_claim(self, article_id: str, claim_index: int) -> str | None: ...

    @abstractmethod
    def link_events(self, incident_id: str | None = None) -> list[LinkEvent]: ...

    @abstractmethod
    def stats(self) -> dict:
        """Counts for dashboards: articles, claims, incidents, by governorate, by year, ..."""

    # -- assessment (rasd.assess; the store queues what changed, by trigger) ----------------
    @abstractmethod
    def assessment_queue(self, limit: int | None = None) -> tuple[list[str], list[str]]:
        """Incident ids and article ids whose assessment is out of date."""

    @abstractmethod
    def queue_all_assessments(self) -> None: ...

    @abstractmethod
    def save_assessments(self, update: AssessmentUpdate) -> None:
        """Write one batch of results and dequeue what it covers, in one transaction."""

    @abstractmethod
    def figure_standings(self, article_id: str | None = None, incident_id: str | None = None,
                         period: str | None = None) -> list[FigureStanding]: ...

    @abstractmethod
    def incident_assessments(self, ids: list[str]) -> dict[str, IncidentAssessment]: ...

    def incident_grades(self, ids: list[str]) -> dict[str, str]:
        """The grade of each of ``ids`` that is assessed."""
        return {i: a.grade for i, a in self.incident_assessments(ids).items()}

    @abstractmethod
    def article_assessments(self, ids: list[str] | None = None) -> dict[str, ArticleAssessment]: ...

    @abstractmethod
    def outlet_record(self, bucket: str = "year", source: str | None = None) -> list[dict[str, Any]]:
        """Per outlet and period: counts of its figures' standings (a description only)."""

    # -- rasd watch: sources and the items their feeds listed ---------------------------
    @abstractmethod
    def watch_source(self, url: str) -> WatchSource | None: ...

    @abstractmethod
    def save_watch_source(self, source: WatchSource) -> None:
        """Insert or replace what is known of one watched URL."""

    @abstractmethod
    def watch_items(self, url: str) -> dict[str, WatchItem]:
        """The items seen in the feed at ``url``, by key."""

    @abstractmethod
    def save_watch_item(self, url: str, item: WatchItem) -> None:
        """Insert or replace one item of the feed at ``url`` (its source row must exist)."""

    # -- transactions and versions -------------------------------------------------------
    @abstractmethod
    def transaction(self) -> AbstractContextManager[None]:
        """One write transaction on this thread: everything inside commits together or not
        at all; nested use joins the outer one. Writers from other threads or processes
        wait for it."""

    @abstractmethod
    def data_version(self) -> int:
        """A number that changes with every committed write, from any process."""

    def incident_changes_since(self, version: int) -> tuple[int, list[tuple] | None]:
        """(the data version now, what the writes after ``version`` did to incidents): for
        every incident created, changed or deleted, or whose JSON, grade or claimants
        changed, its (governorate, event_type, perpetrator, victims, day_start, day_end,
        killed_best) before and after, deduplicated. None when the store cannot tell (the
        log was pruned, or too much changed): callers must then assume anything changed."""
        return self.data_version(), None

    # -- lifecycle --------------------------------------------------------------------
    @abstractmethod
    def transaction(self) -> AbstractContextManager[Any]:
        """Several calls in one write transaction."""

    @abstractmethod
    def close(self) -> None: ...

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
