"""Assessment: how each figure stands against the other independent sources, incident
grades, and article consistency scores — figures, not outlets (docs/assess.md).

Pure functions over the public outputs of linking and reconciliation:

- ``assess_incident(incident_id, claims, texts=None) -> IncidentAssessment``: every figure's
  standing (consistent / higher / lower / contradicted / sole source, with the reason in
  words) and the incident's grade (confirmed / single source / contested);
- ``assess_period(period, claims, texts=None)``: the same for cumulative totals of one
  period and area;
- ``score_article(article_id, standings) -> ArticleAssessment``: the article's score in
  [0, 1] (None when nothing could be checked) and its explanation.

Against a store: ``refresh(store)`` re-assesses what the store has queued since the last
refresh (linking queues what it changes); ``rebuild(store)`` everything.
"""

from __future__ import annotations

from typing import Any

from rasd.assess.groups import assess_incident, assess_period, period_key
from rasd.assess.models import (CHECKED, GRADES, STANDINGS, ArticleAssessment, Compared,
                                FigureStanding, IncidentAssessment, claim_standing)
from rasd.assess.scores import score_article
from rasd.assess.settings import DEFAULT, AssessSettings

__all__ = ["assess_incident", "assess_period", "period_key", "score_article", "refresh",
           "rebuild", "claim_standing", "ArticleAssessment", "Compared", "FigureStanding",
           "IncidentAssessment", "AssessSettings", "DEFAULT", "STANDINGS", "GRADES", "CHECKED"]


def refresh(store: Any, *args: Any, **kwargs: Any) -> Any:
    """``rasd.assess.incremental.refresh`` (imported on use: the store imports these models)."""
    from rasd.assess.incremental import refresh as run

    return run(store, *args, **kwargs)


def rebuild(store: Any, *args: Any, **kwargs: Any) -> Any:
    from rasd.assess.incremental import rebuild as run

    return run(store, *args, **kwargs)
