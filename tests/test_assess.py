"""Assessment rules: each standing, ranges and vague figures, independence (syndication,
one claimant quoted twice), incident grades, cumulative periods, article scores."""

from __future__ import annotations

import pytest

from rasd.assess import assess_incident, assess_period, claim_standing, score_article
from rasd.assess.compare import relation
from rasd.assess.models import (CONFIRMED, CONSISTENT, CONTESTED, CONTRADICTED, HIGHER, LOWER,
                                NO_OTHER_REPORT, NO_SUCH_FIGURE, NOT_INDEPENDENT, SINGLE_SOURCE,
                                SOLE_SOURCE, TOO_VAGUE)
from rasd.core.models import Claim, DateSpan, Figure, Place, StoredClaim
from rasd.reconcile import claim_totals
from rasd.core.vocab import VAGUE_RANGES

# Our own sentences, written for these tests.
REPORT_A = ("Activists said an air strike on the market of a northern town killed at least "
            "twenty people on Tuesday morning, as rescuers searched the rubble for survivors.")
REPORT_B = ("Rescue workers told reporters that the dawn raid on a crowded vegetable market "
            "left dozens dead, and that hospitals in the area were overwhelmed.")


def fig(kind: str, low: int | None, high: int | None = None, q: str = "exact",
        group: str = "unspecified") -> Figure:
    if q == "exact" and high is None:
        high = low
    if q in VAGUE_RANGES and low is None:
        low, high = VAGUE_RANGES[q]
    return Figure(kind, group, low, high, q, "")


def sc(aid: str, claimant: str, *figs: Figure, i: int = 0, source: str | None = None,
       published: str = "2018-02-08", victims: str = "civilians", scope: str = "incident",
       date: tuple[str, str] | None = None, gov: str = "deir_ez_zor", perpetrator: str = "russia",
       content_hash: str | None = None, claimant_text: str | None = None) -> StoredClaim:
    c = Claim(claimant=claimant, claimant_text=claimant_text, event_type="airstrike",
              perpetrator=perpetrator, victims=victims, place=Place("خشام", gov, precision="town"),
              date=DateSpan(*date) if date else None, scope=scope, figures=list(figs))
    return StoredClaim(aid, i, c, source=source or f"outlet-{aid}", published=published,
                       content_hash=content_hash or f"hash-{aid}")


def standing_of(assessment, aid: str, kind: str = "killed", i: int = 0):
    return next(f for f in assessment.figures if f.article_id == aid and f.claim_index == i
                and f.kind == kind)


def total(f: Figure):
    return claim_totals(Claim(figures=[f]))[f.kind]


# -- relations between two figures ----------------------------------------------------------


@pytest.mark.parametrize("x, y, expected", [
    (fig("killed", 42), fig("killed", 43), "same"),            # within 10 %
    (fig("killed", 40), fig("killed", 46), "below"),           # apart, but compatible (gap ≤ 25 %)
    (fig("killed", 60), fig("killed", 50), "above"),
    (fig("killed", 14), fig("killed", 45, None, "at_least"), "far_below"),  # incompatible ranges
    (fig("killed", 45, None, "at_least"), fig("killed", 100), "below"),     # a floor under 100 holds
    (fig("killed", 100, None, "more_than"), fig("killed", 45, None, "at_least"), "above"),
    (fig("killed", None, 30, "up_to"), fig("killed", 45, None, "at_least"), "far_below"),
    (fig("killed", 150, 150, "about"), fig("killed", 140), "same"),
    (fig("killed", 20, 30, "about"), fig("killed", 25), "same"),              # a stated range
])
def test_relation_by_ranges_with_tolerance(x, y, expected):
    assert relation(total(x), total(y)) == expected


@pytest.mark.parametrize("x, y, expected", [
    (fig("killed", None, q="dozens"), fig("killed", 45), "same"),        # 45 lies in 20–99
    (fig("killed", None, q="dozens"), fig("killed", None, q="hundreds"), "far_below"),
    (fig("killed", None, q="hundreds"), fig("killed", 150), "above"),     # 200–999 vs 150: near
    (fig("killed", None, q="thousands"), fig("killed", 300), "far_above"),
    (fig("killed", 3), fig("killed", None, q="dozens"), "far_below"),
])
def test_vague_figures_compare_by_their_codebook_ranges(x, y, expected):
    assert relation(total(x), total(y)) == expected


# -- standings -------------------------------------------------------------------------------


def test_consistent_names_the_sources_compared_with():
    a = assess_incident("i", [sc("a", "sohr", fig("killed", 23), source="Wire One"),
                              sc("b", "white_helmets", fig("killed", 24), source="Wire Two")])
    f = standing_of(a, "a")
    assert f.standing == CONSISTENT and f.direction == "same" and f.checked
    assert f.reason == "SOHR says 23 killed; consistent with White Helmets 24 (via Wire Two)"


def test_higher_and_lower_against_the_independent_median():
    a = assess_incident("i", [sc("a", "sohr", fig("killed", 60)), sc("b", "snhr", fig("killed", 50)),
                              sc("c", "white_helmets", fig("killed", 52))])
    assert standing_of(a, "a").standing == HIGHER
    assert standing_of(a, "a").median == 52
    assert "above the independent median of 52" in standing_of(a, "a").reason
    low = assess_incident("j", [sc("a", "sohr", fig("killed", 45, None, "at_least")),
                                sc("b", "us_official", fig("killed", 100))])
    f = standing_of(low, "a")
    assert f.standing == LOWER and f.direction == "below"


def test_contradicted_when_incompatible_with_most_independent_sources():
    a = assess_incident("i", [
        sc("a", "russia_mod", fig("killed", 14), source="Agency"),
        sc("b", "sohr", fig("killed", 45, None, "at_least"), source="Reuters"),
        sc("c", "us_official", fig("killed", 100, None, "more_than"), source="Ahram"),
    ])
    f = standing_of(a, "a")
    assert f.standing == CONTRADICTED and f.direction == "below"
    assert f.reason == ("Russian Defence Ministry says 14 killed; incompatible with SOHR ≥45 "
                        "(via Reuters) and US official >100 (via Ahram Online)")
    # one incompatible source out of two does not make a contradiction: the median decides
    b = assess_incident("j", [sc("a", "sohr", fig("killed", 45)), sc("b", "snhr", fig("killed", 44)),
                              sc("c", "sana", fig("killed", 5))])
    assert standing_of(b, "a").standing == CONSISTENT
    assert "incompatible with SANA 5" in standing_of(b, "a").reason


def test_sole_source_says_why():
    alone = assess_incident("i", [sc("a", "sohr", fig("killed", 7))])
    assert standing_of(alone, "a").standing == SOLE_SOURCE
    assert standing_of(alone, "a").unchecked == NO_OTHER_REPORT
    assert not standing_of(alone, "a").checked
    other_kind = assess_incident("j", [sc("a", "sohr", fig("killed", 7)),
                                       sc("b", "sana", fig("injured", 12))])
    f = standing_of(other_kind, "a")
    assert f.standing == SOLE_SOURCE and f.unchecked == NO_SUCH_FIGURE
    assert "no independent source gives a comparable killed figure" in f.reason


def test_the_same_claimant_quoted_twice_is_one_source():
    a = assess_incident("i", [sc("a", "sohr", fig("killed", 23), source="Reuters"),
                              sc("b", "sohr", fig("killed", 23), source="AFP")])
    for aid in ("a", "b"):
        f = standing_of(a, aid)
        assert f.standing == SOLE_SOURCE and f.unchecked == NOT_INDEPENDENT


def test_a_syndicated_copy_does_not_confirm_its_original():
    # same content hash: one report, whichever outlet printed it
    same = assess_incident("i", [sc("a", "outlet", fig("killed", 20), source="AFP", content_hash="h"),
                                 sc("b", "outlet", fig("killed", 20), source="Ahram", content_hash="h")])
    assert [f.standing for f in same.figures] == [SOLE_SOURCE, SOLE_SOURCE]
    assert same.grade == SINGLE_SOURCE and same.reports == 1
    # a reprint with an edited line: texts overlap as copies do
    texts = {"a": REPORT_A, "b": REPORT_A + " (Reprinted from a wire service.)", "c": REPORT_B}
    copy = assess_incident("j", [sc("a", "local_sources", fig("killed", 20, None, "at_least")),
                                 sc("b", "outlet", fig("killed", 20, None, "at_least"), source="Daily"),
                                 sc("c", "white_helmets", fig("killed", None, q="dozens"))], texts)
    assert standing_of(copy, "b").compared[0].voice == "white_helmets"
    # the copy is keyed with its original, but named by the outlet that printed it
    assert standing_of(copy, "b").reason.startswith("Daily says ≥20 killed")
    assert [c.voice for c in standing_of(copy, "a").compared] == ["white_helmets"]
    assert copy.reports == 2
    # without the texts the reprint would look independent and confirm the original
    naive = assess_incident("k", [sc("a", "local_sources", fig("killed", 20, None, "at_least")),
                                  sc("b", "outlet", fig("killed", 20, None, "at_least"), source="Daily")])
    assert standing_of(naive, "a").standing == CONSISTENT


def test_an_outlet_that_is_a_claimant_speaks_with_that_claimant():
    # SANA's own report and SANA quoted by another outlet are one voice
    a = assess_incident("i", [sc("a", "outlet", fig("killed", 5), source="sana"),
                              sc("b", "sana", fig("killed", 5), source="Ahram")])
    assert [f.standing for f in a.figures] == [SOLE_SOURCE, SOLE_SOURCE]
    assert a.grade == SINGLE_SOURCE


def test_the_two_sides_of_a_battle_are_not_rival_tolls():
    a = assess_incident("i", [sc("a", "sohr", fig("killed", 30, group="combatants"), victims="pro_gov"),
                              sc("b", "sana", fig("killed", 39, group="combatants"), victims="opposition")])
    assert [f.standing for f in a.figures] == [SOLE_SOURCE, SOLE_SOURCE]
    assert a.grade == CONFIRMED  # told independently, no contradiction


def test_civilians_are_part_of_all_the_dead():
    part = assess_incident("i", [sc("a", "sohr", fig("killed", 14, group="civilians")),
                                 sc("b", "sana", fig("killed", 45))])
    assert standing_of(part, "a").unchecked == NO_SUCH_FIGURE  # 14 civilians among 45: no check
    more = assess_incident("j", [sc("a", "sohr", fig("killed", 60, group="civilians")),
                                 sc("b", "sana", fig("killed", 20))])
    assert standing_of(more, "a").standing == CONTRADICTED  # more civilians than dead
    assert standing_of(more, "b").standing == CONTRADICTED
    # a sub-count told without its total ("five women") is part of the civilians
    women = assess_incident("k", [sc("a", "unnamed", fig("killed", 5, group="women")),
                                  sc("b", "sohr", fig("killed", 25, None, "at_least", "civilians"))])
    assert standing_of(women, "a").unchecked == NO_SUCH_FIGURE
    children = assess_incident("l", [sc("a", "unnamed", fig("killed", 30, group="children")),
                                     sc("b", "sohr", fig("killed", 20, group="civilians"))])
    assert standing_of(children, "a").standing == CONTRADICTED
    apart = assess_incident("m", [sc("a", "unnamed", fig("killed", 30, group="children")),
                                  sc("b", "sohr", fig("killed", 2, group="women"))])
    assert standing_of(apart, "a").unchecked == NO_SUCH_FIGURE  # children and women: no check


def test_vague_standings():
    a = assess_incident("i", [sc("a", "white_helmets", fig("killed", None, q="dozens")),
                              sc("b", "sohr", fig("killed", 45))])
    assert standing_of(a, "a").standing == CONSISTENT
    assert standing_of(a, "b").standing == CONSISTENT
    b = assess_incident("j", [sc("a", "white_helmets", fig("killed", None, q="dozens")),
                              sc("b", "sohr", fig("killed", None, q="hundreds"))])
    assert standing_of(b, "a").standing == CONTRADICTED
    # "some" agrees with everything: compared, but it checks nothing and scores nothing
    c = assess_incident("k", [sc("a", "outlet", fig("casualties", None, q="some")),
                              sc("b", "sohr", fig("casualties", 12))])
    f = standing_of(c, "a", "casualties")
    assert f.unchecked == TOO_VAGUE and not f.checked
    assert standing_of(c, "b", "casualties").standing == SOLE_SOURCE  # "some" confirms nothing


def test_a_voice_is_compared_through_its_latest_report():
    a = assess_incident("i", [sc("a", "sohr", fig("killed", 17), published="2014-09-11"),
                              sc("b", "sohr", fig("killed", 42), published="2014-09-12"),
                              sc("c", "snhr", fig("killed", 40), published="2014-09-12")])
    f = standing_of(a, "c")
    assert [(c.article_id, c.stated) for c in f.compared] == [("b", "42")]
    assert f.standing == CONSISTENT


# -- grades ----------------------------------------------------------------------------------


def test_grades():
    confirmed = assess_incident("i", [sc("a", "sohr", fig("killed", 23)),
                                      sc("b", "white_helmets", fig("killed", 25))])
    assert confirmed.grade == CONFIRMED and (confirmed.reports, confirmed.voices) == (2, 2)
    assert confirmed.reason.startswith("confirmed by independent sources: 2 voices (SOHR and White Helmets)")
    relayed = assess_incident("j", [sc("a", "sohr", fig("killed", 23)), sc("b", "sohr", fig("killed", 23)),
                                    sc("c", "sohr", fig("killed", 23))])
    assert relayed.grade == SINGLE_SOURCE and relayed.voices == 1
    one_report = assess_incident("k", [sc("a", "sohr", fig("killed", 23)),
                                       sc("a", "white_helmets", fig("killed", 23), i=1)])
    assert one_report.grade == SINGLE_SOURCE  # two voices, one report
    contested = assess_incident("l", [sc("a", "russia_mod", fig("killed", 5)),
                                      sc("a", "sohr", fig("killed", 45, None, "at_least"), i=1)])
    assert contested.grade == CONTESTED  # two sides quoted in one report contest each other
    assert contested.conflicts == ["Russian Defence Ministry 5 killed vs SOHR ≥45 killed"]
    near = assess_incident("m", [sc("a", "sohr", fig("killed", 40)), sc("b", "sana", fig("killed", 46))])
    assert near.grade == CONFIRMED  # 40 and 46 differ, but do not contradict


# -- cumulative totals -----------------------------------------------------------------------


def test_cumulative_totals_only_with_totals_of_the_same_period():
    period = ("2018-01-01", "2018-01-31")
    same = [sc("a", "sohr", fig("killed", 300), scope="cumulative", date=period),
            sc("b", "snhr", fig("killed", 310), scope="cumulative", date=period)]
    out = assess_period("2018-01-01..2018-01-31@deir_ez_zor", same)
    assert [f.standing for f in out] == [CONSISTENT, CONSISTENT]
    assert all(f.period and f.incident_id is None for f in out)
    assert out[0].reason == "SOHR says 300 killed; consistent with SNHR 310 (via outlet-b)"
    # the same people killed by another side are another total
    other = assess_period("p", [sc("a", "sohr", fig("killed", 300), scope="cumulative", date=period),
                                sc("b", "snhr", fig("killed", 30), scope="cumulative", date=period,
                                   perpetrator="coalition")])
    assert [f.standing for f in other] == [SOLE_SOURCE, SOLE_SOURCE]
    assert other[0].reason.endswith("comparable killed figure for this period and area")


def test_period_key_needs_a_period_and_an_area():
    from rasd.assess import period_key

    assert period_key(sc("a", "sohr", fig("killed", 3), scope="cumulative",
                         date=("2018-01-01", "2018-01-31"))) == "2018-01-01..2018-01-31@deir_ez_zor"
    assert period_key(sc("a", "sohr", fig("killed", 3), scope="cumulative")) is None
    assert period_key(sc("a", "sohr", fig("killed", 3), scope="cumulative", gov="unknown",
                         date=("2018-01-01", "2018-01-31"))) is None
    assert period_key(sc("a", "sohr", fig("killed", 3), date=("2018-01-01", "2018-01-01"))) is None


# -- article scores --------------------------------------------------------------------------


def _article(aid: str, incident) -> list:
    return [f for f in incident.figures if f.article_id == aid]


def test_score_from_standings_and_how_many_could_be_checked():
    one = assess_incident("i", [sc("a", "sohr", fig("killed", 23)), sc("b", "snhr", fig("killed", 23))])
    s = score_article("a", _article("a", one))
    assert s.score == 0.75 and (s.checked, s.figures) == (1, 1)
    assert s.explanation == ("0.75: 1 of 1 figure checked against independent sources (1 consistent); "
                             "compared with SNHR 23 (via outlet-b)")
    four = assess_incident("j", [sc("a", "sohr", fig("killed", 23), fig("injured", 40)),
                                 sc("a", "sohr", fig("missing", 3), fig("detained", 9), i=1),
                                 sc("b", "snhr", fig("killed", 23), fig("injured", 41)),
                                 sc("b", "snhr", fig("missing", 3), fig("detained", 9), i=1)])
    assert score_article("a", _article("a", four)).score == 0.9
    contradicted = assess_incident("k", [sc("a", "sohr", fig("killed", 3)), sc("b", "snhr", fig("killed", 90))])
    assert score_article("a", _article("a", contradicted)).score == 0.25


def test_unchecked_figures_pull_the_score_to_the_middle():
    inc = assess_incident("i", [sc("a", "sohr", fig("killed", 23), fig("injured", 80), fig("missing", 4)),
                                sc("b", "snhr", fig("killed", 23))])
    s = score_article("a", _article("a", inc))
    assert (s.checked, s.figures) == (1, 3)
    assert s.score == pytest.approx((1 + 0.5 * 2) / (1 + 2), abs=1e-4)
    assert "2 could not be checked" in s.explanation


def test_no_comparable_source_gets_no_number():
    alone = assess_incident("i", [sc("a", "sohr", fig("killed", 7), fig("injured", 9))])
    s = score_article("a", _article("a", alone))
    assert s.score is None
    assert s.explanation == ("no score: no comparable source — none of its 2 figures is told by an "
                             "independent source in rasd")
    assert score_article("z", []).explanation.startswith("no score: no casualty figures")


def test_the_score_does_not_depend_on_who_published():
    claims = [sc("a", "outlet", fig("killed", 23), source="sana"),
              sc("b", "outlet", fig("killed", 30), source="etilaf"),
              sc("c", "sohr", fig("killed", 24), source="reuters")]
    renamed = [sc(c.article_id, "outlet" if c.claim.claimant == "outlet" else c.claim.claimant,
                  *c.claim.figures, source=f"outlet{n}") for n, c in enumerate(claims)]
    a = score_article("a", _article("a", assess_incident("i", claims)))
    b = score_article("a", _article("a", assess_incident("i", renamed)))
    assert a.score == b.score and a.counts == b.counts


def test_claim_standing_is_the_worst_of_its_figures():
    inc = assess_incident("i", [sc("a", "sohr", fig("killed", 23), fig("injured", 5)),
                                sc("b", "snhr", fig("killed", 23), fig("injured", 60))])
    assert claim_standing(_article("a", inc)) == CONTRADICTED
    assert claim_standing([]) == SOLE_SOURCE
