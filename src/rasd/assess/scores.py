"""Per article: a consistency score in [0, 1] built only from its figures' standings and
from how many of them could be checked — never from who published it.

    score = (sum of credits + 0.5 * m) / (checked + m),   m = prior + unchecked_weight * unchecked

Credits per checked figure: consistent 1, higher or lower 0.5, contradicted 0. The ``m``
pseudo-figures at 0.5 keep thinly checked articles near the middle: one consistent figure
gives 0.75, four give 0.9; one consistent figure beside eight that no one else tells
gives 0.58. An article none of whose figures could be checked gets no score, and
its explanation says so.
"""

from __future__ import annotations

from rasd.assess.models import (CONSISTENT, CONTRADICTED, HIGHER, LOWER, SOLE_SOURCE, STANDINGS,
                                ArticleAssessment, FigureStanding)
from rasd.assess.settings import DEFAULT, AssessSettings
from rasd.assess.words import listing, said


def _credit(standing: str, s: AssessSettings) -> float:
    if standing == CONSISTENT:
        return s.credit_consistent
    if standing in (HIGHER, LOWER):
        return s.credit_higher_lower
    return s.credit_contradicted


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def score_article(article_id: str, standings: list[FigureStanding],
                  s: AssessSettings = DEFAULT) -> ArticleAssessment:
    figures = sorted(standings, key=lambda f: (f.claim_index, f.kind))
    checked = [f for f in figures if f.checked]
    counts = {st: n for st in STANDINGS if (n := sum(1 for f in checked if f.standing == st))}
    unchecked = len(figures) - len(checked)
    if unchecked:
        counts[SOLE_SOURCE] = unchecked
    sources = list(dict.fromkeys(said(c) for f in checked for c in f.compared))
    if not figures:
        return ArticleAssessment(article_id, None, "no score: no casualty figures were read from "
                                 "this article", 0, 0, {}, [])
    if not checked:
        return ArticleAssessment(
            article_id, None,
            "no score: no comparable source — " + (
                "its one figure is told by no independent source in rasd" if len(figures) == 1 else
                f"none of its {len(figures)} figures is told by an independent source in rasd"),
            len(figures), 0, counts, [])
    m = s.prior_weight + s.unchecked_weight * unchecked
    score = (sum(_credit(f.standing, s) for f in checked) + 0.5 * m) / (len(checked) + m)
    parts = [f"{n} {st.replace('_', ' ')}" for st in (CONSISTENT, HIGHER, LOWER, CONTRADICTED)
             if (n := counts.get(st))]
    text = (f"{score:.2f}: {len(checked)} of {_plural(len(figures), 'figure')} checked against "
            f"independent sources ({listing(parts)})")
    if unchecked:
        text += f"; {unchecked} could not be checked"
    text += f"; compared with {listing(sources)}"
    return ArticleAssessment(article_id, round(score, 4), text, len(figures), len(checked),
                             counts, sources)
