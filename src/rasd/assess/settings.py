"""Every tolerance and weight of assessment, in one place (docs/assess.md explains them).

Two figures are the *same* when their point estimates differ by at most ``same_rel`` of
the larger (at least ``same_abs``); their ranges are *compatible* when the gap between them
is at most ``compatible_rel`` of the larger side (at least ``compatible_abs``) — tolls are
rounded, updated and counted at different hours, so "40" and "46" are not a contradiction,
while "14" and "at least 45" are.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class AssessSettings:
    same_rel: float = 0.10
    same_abs: int = 1
    compatible_rel: float = 0.25
    compatible_abs: int = 2

    # Article score: each checked figure earns credit by its standing; the prior (a
    # ``prior_weight`` of figures at 0.5) and every unchecked figure (``unchecked_weight``
    # each, at 0.5) pull the score toward the uninformative middle, so an article with one
    # checked figure out of ten cannot score as sure as one with ten out of ten.
    credit_consistent: float = 1.0
    credit_higher_lower: float = 0.5
    credit_contradicted: float = 0.0
    prior_weight: float = 1.0
    unchecked_weight: float = 0.5

    def same(self, a: int, b: int) -> bool:
        return abs(a - b) <= max(self.same_abs, self.same_rel * max(a, b))

    def compatible_gap(self, gap: int, larger: int) -> bool:
        return gap <= max(self.compatible_abs, self.compatible_rel * larger)


DEFAULT = AssessSettings()
