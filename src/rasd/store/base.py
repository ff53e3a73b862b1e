"""The store interface. Extraction, linking and serving talk to this, never to SQL.

SQLite is the embedded default (``rasd.store.sqlite``); another backend (PostgreSQL)
implements the same class.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from typing import Any, Iterator

from rasd.assess.models import ArticleAssessment, AssessmentUpdate, FigureStanding, IncidentAssessment
from rasd.core.models import Article, Claim, Incident, StoredClaim


@dataclass(slots=True)
class ClaimFilter:
    since: str | None = None  # ISO day; compares with the claim's date (else the article's)
    until: str | None = None
    governorate: str | None = None
    claimant: str | None = None
    perpetrator: str | None = None
    victims: str | None = None
    event_type: str | None = None
    kind: str | None = None  # claims holding at least one figure of this kind
    scope: str | None = None
    article_id: str | None = None
    limit: int | None = None
    offset: int = 0


@dataclass(slots=True)
class IncidentFilter:
    since: str | None = None
    until: str | None = None
    governorate: str | None = None
    perpetrator: str | None = None
    victims: str | None = None
    event_type: str | None = None
    claimant: str | None = None  # incidents with at least one claim by this claimant
    min_killed: int | None = None  # on the reconciled best killed
    sort: str = "-date"  # date | -date | killed | -killed | sources | -sources
    limit: int | None = 50
    offset: int = 0


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
    def add_article(self, article: Article) -> tuple[str, bool]:
        """Store an article; returns (id, is_new). The same content (hash) is stored once:
        a second add returns the existing id and ``False``."""

    @abstractmethod
    def get_article(self, article_id: str) -> Article | None: ...

    @abstractmethod
    def iter_articles(self) -> Iterator[Article]: ...

    @abstractmethod
    def count_articles(self) -> int: ...

    # -- claims -----------------------------------------------------------------------
    @abstractmethod
    def set_claims(self, article_id: str, claims: list[Claim]) -> None:
        """Replace the claims of one article (claim_index = position in the list)."""

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

    @abstractmethod
    def article_assessments(self, ids: list[str] | None = None) -> dict[str, ArticleAssessment]: ...

    @abstractmethod
    def outlet_record(self, bucket: str = "year", source: str | None = None) -> list[dict[str, Any]]:
        """Per outlet and period: counts of its figures' standings (a description only)."""

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
