"""Reading stored assessments for one article or one incident, the same way for the CLI,
the API and the pages: the stored summary with every figure's standing attached."""

from __future__ import annotations

from typing import Any, Callable

from rasd.assess.models import ArticleAssessment, IncidentAssessment
from rasd.core.vocab import KINDS

_KIND_ORDER = {k: i for i, k in enumerate(KINDS)}


class NotFound(LookupError):
    """No such article or incident in the store."""


class NotAssessed(LookupError):
    """It exists, but no assessment is stored yet (run ``rasd assess``)."""


def _stored(found: Any, exists: Callable[[], bool], what: str, key: str) -> Any:
    if found is None:
        if not exists():
            raise NotFound(f"no {what} {key!r}")
        raise NotAssessed(f"{what} {key!r} is not assessed yet")
    return found


def article_view(store: Any, article_id: str) -> ArticleAssessment:
    """The article's score and explanation, its standings in claim and codebook kind order."""
    found = _stored(store.article_assessments([article_id]).get(article_id),
                    lambda: store.get_article(article_id) is not None, "article", article_id)
    found.standings = sorted(store.figure_standings(article_id=article_id),
                             key=lambda f: (f.claim_index, _KIND_ORDER.get(f.kind, len(KINDS))))
    return found


def incident_view(store: Any, incident_id: str) -> IncidentAssessment:
    """The incident's grade and reason, with every figure's standing."""
    found = _stored(store.incident_assessments([incident_id]).get(incident_id),
                    lambda: store.get_incident(incident_id) is not None, "incident", incident_id)
    found.figures = store.figure_standings(incident_id=incident_id)
    return found
