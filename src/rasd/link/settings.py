"""Every threshold and weight of the linker, in one place (docs/incidents.md explains them).

A pair of claims gets a score: the sum of the weights of the signals it shows. Pairs
scoring at least ``threshold`` are linked candidates; clusters merge while their average
pair score (over dated x dated pairs when both hold dated claims) reaches ``threshold``.
Some signals are vetoes ("cannot link"): they keep two claims apart whatever else agrees.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class LinkSettings:
    threshold: float = 2.0

    # -- time -----------------------------------------------------------------------------
    date_tolerance_days: int = 1  # veto beyond: a night strike spans two days, not three
    undated_window_days: int = 12  # an undated claim's event lies this many days before its article
    undated_pub_gap_days: int = 3  # two undated claims link directly only when their articles are this close
    max_indexed_span_days: int = 31  # longer claimed spans are indexed by their first month only
    # claims telling one exact toll (>= 3) the same or the next week are compared whatever their
    # places or days, unless so many claims tell it that it says nothing
    max_figure_bucket: int = 40
    w_date_same: float = 1.0  # dated spans overlap
    w_date_adjacent: float = 0.5  # one day apart (the night case)
    # ... but two kinds of attack, each told in its claim's own words (a day's raids, the next
    # day's gas attack in one town): the night case is one attack, so a day apart with two kinds
    # of attack counts against instead
    w_date_adjacent_other_type: float = -1.0
    w_date_vague: float = 0.2  # overlap, but a span longer than ``vague_span_days``
    vague_span_days: int = 3

    # -- place ----------------------------------------------------------------------------
    w_place_same: tuple[float, ...] = (2.0, 2.0, 1.5, 0.7, 0.2)  # by precision: exact, town, district, governorate, country
    w_place_nested: float = 0.6  # p-code prefix or one name inside the other ("ريف حلب" ⊃ "ريف حلب الشمالي")
    w_place_near: float = 1.5  # coordinates within ``near_km``
    w_place_possible: float = 0.2  # different precision levels, the coarser may hold the finer
    w_place_diff_site: float = -1.5  # two different towns (streets, districts) across articles
    near_km: float = 3.0
    far_km: float = 25.0  # veto between two town/exact places further apart
    coarse_far_km: float = 80.0  # veto when one place is a district (a governorate holds all its towns)
    min_skeleton: int = 3  # letters a name's words keep without long vowels, to compare spellings

    # -- actors and event type ------------------------------------------------------------
    w_perpetrator: float = 1.5
    w_perpetrator_allied: float = 0.5  # "the regime" and "pro-government militias"
    w_perpetrator_conflict: float = -2.0  # two perpetrators, each told in its claim's own words
    w_victims: float = 1.0
    w_victims_civilians: float = 0.3  # "civilians" is told of most events: weak
    w_victims_civilian_vs_armed: float = -1.0  # one side says civilians, the other fighters
    # two armed sides, one of them read from the figure's clause rather than the figure itself
    w_victims_conflict: float = -2.0
    # both sides of one battle (A->B and B->A, ground fighting): each side's losses are their own
    # incident by the codebook's convention ("casualties of both sides are two claims"), but
    # strongly against rather than a veto: a cluster may still hold both through a third report
    w_mirrored: float = -6.0
    w_event_same: float = 0.5
    w_event_related: float = -0.3  # airstrike vs shelling: sides often disagree
    w_event_conflict: float = -2.5  # airstrike vs clashes
    w_event_chemical: float = -1.0  # a chemical attack vs a conventional airstrike
    # the same kind of attack few places see in a week (a chemical attack, a downed aircraft),
    # told in both claims' own words in one governorate: one event, even undated
    w_rarest_same: float = 1.0

    # two clusters with a vetoed pair across never merge, unless they are big and the vetoes few:
    # a claim whose side or day was misread vetoes its pairs with every other report of its
    # event, and would keep two halves of a widely reported event apart. Merged when the
    # vetoed pairs are at most this share of the pairs compared across, and those at least
    # ``cluster_veto_min_pairs`` (the average linkage must still reach the threshold). 40, set
    # on Douma's two clusters of 76 and 65, kept one or two early reports (a first toll of a
    # crash) from the dozen retellings of their event: 20 pairs are a share's sample as well
    cluster_veto_share: float = 0.05
    cluster_veto_min_pairs: int = 20
    # ... or up to this share when no vetoed pair across is vetoed by its actors (the sides are
    # what reports really dispute) and the dated reports across agree strongly on average (at
    # least ``cluster_strong_linkage``: the same day, place and kind of attack, half a point
    # above the threshold; a first report may lack the toll or blame another side): a few of a
    # widely retold event's reports misread its day ("last Monday" read in a later article) or
    # name the other end of its story (where the victims came from), and veto their pairs with
    # every report that read it right. 3.0, set on one event (Douma), kept apart an air base's
    # strike from its first reports and an ambush from its perpetrators' claim of it, both
    # agreeing at 2.5-3.0 across
    cluster_veto_share_strong: float = 0.25
    cluster_strong_linkage: float = 2.5

    # -- figures, text, provenance --------------------------------------------------------
    w_same_figure: float = 1.0  # the same point figure for the same kind (>= 3)
    w_same_small_figure: float = 0.3  # the same 1 or 2
    # two or more of the same (kind, number) among the figures, one >= 3 ("13 killed, 28
    # wounded"; "11 civilians, among them 5 children"), across articles: on top of the toll's
    w_same_breakdown: float = 0.5
    w_close_figure: float = 0.7  # compatible figures within ``close_figure_ratio`` (">30" and "31")
    close_figure_ratio: float = 0.25  # tolls told a day apart grow: "42" then "49" then "52"
    w_implausible: float = -1.0  # the same kind differing more than ``implausible_ratio`` times
    implausible_ratio: float = 5.0
    w_text: float = 2.0  # times the Jaccard similarity of evidence texts / titles
    text_anchor: float = 0.5  # similarity that alone counts as identity evidence
    # one sentence retold by two articles (syndicated copy), with the same or a close toll: a day each
    # read from it relative to its own publication ("Wednesday") differs by the reading, not
    # by the event, so the dates' veto is lifted (they count as a weak disagreement)
    retold_text: float = 0.8
    # an undated report placed no better than its governorate, or in another of its towns, is
    # tied to another report only by a strong place; one telling the same toll (>= 3) of the
    # same kind of attack in the same governorate in sentences this similar (character
    # 4-grams: two outlets' wordings of one wire story share its names and phrases) stands
    # for one. Never the toll alone: "3 killed by shelling" is told of every day.
    text_lift: float = 0.3
    w_same_article: float = 1.0
    w_same_event: float = 3.0  # one article tells one event through both claims, in their own sentences
    w_same_event_inherited: float = 1.5  # ... one of them only by inheriting the article's lead
    # an attribute one side inherited from wider context (the lead, another sentence)
    # disagrees: evidence against, never a veto; a day so inherited may be this many days off
    w_weak_conflict: float = -1.0
    weak_date_days: int = 2
    # one claimant, one article, same victims (or civilians in one, fighters in the other), two
    # event mentions: two events by convention (unless both tell the same exact toll >= 3 of a
    # kind: one event restated, ``score._restated``)
    w_same_claimant_article: float = -2.5


DEFAULT = LinkSettings()
