"""Pair scoring: how strongly two claims look like one event, or ``None`` (cannot link).

Vetoes (``None``): different known governorates, places too far apart, two different
towns named in one article, dates more than the tolerance apart (an undated claim: its
article's window), different known armed victims both read at their figures (a side read
only around a figure, an attack's target, counts against instead).

Otherwise the score sums the weights of ``LinkSettings``. A link also needs an *anchor*,
a signal that points at one event rather than at a busy day: the same specific place,
nearby coordinates, the same known perpetrator or armed victims, the same figure, or
similar text. Claims without a date need more: a strong place (the same place, or within
one article a place that may hold the other) and an anchor; claims placed in two
governorates, each read near its figure, need their texts to be one story. Pairs failing
these keep a score of at most 0, so they never link directly but do not veto a cluster either.
"""

from __future__ import annotations

from functools import lru_cache

from rasd.core.sides import allied, rivals

from rasd.core.vocab import NON_ACTORS, PRECISION_RANK
from rasd.link.features import (FINE, RAREST, UNKNOWN_ACTOR, ClaimFeatures, chord, governorate_names,
                                 pcode_rank, tolls_clash)
from rasd.link.settings import LinkSettings
from rasd.reconcile.sources import sketch_jaccard

# Relations between two places.
SAME, NESTED, NEAR, POSSIBLE, DIFF_SITE, UNKNOWN = "same", "nested", "near", "possible", "diff_site", "unknown"
PERP_ANCHOR = "perpetrator"  # anchors only where the places agree
COUNTRY = PRECISION_RANK["country"]
_RARE = frozenset({"bombing", "chemical", "massacre", "shootdown"})
_GROUPS = {"airstrike": "remote", "shelling": "remote", "chemical": "remote", "shootdown": "remote",
           "clashes": "ground", "massacre": "ground", "bombing": "bombing"}
# "مجزرة" names what an attack did, not how: one side calls a strike a massacre, another
# reports the strike, so a massacre is related to every type rather than in conflict with it
_OUTCOME = "massacre"
# a gas attack and the air raids on its town the same days are two incidents (a monitor counts
# the raids' dead, medics the gas's), but outlets also call a gas attack a raid: evidence
# against, not a conflict. Shelling stays related: chemical munitions are mostly rockets
# ("صاروخ يحمل مواد كيميائية") that outlets call shelling
_GAS_OR_BOMBS = frozenset({"chemical", "airstrike"})


@lru_cache(maxsize=8)
def _chords2(s: LinkSettings) -> tuple[float, float, float]:
    """Squared chords of ``near_km``, ``far_km`` and ``coarse_far_km``."""
    return chord(s.near_km) ** 2, chord(s.far_km) ** 2, chord(s.coarse_far_km) ** 2


def _holds(a: ClaimFeatures, b: ClaimFeatures) -> bool:
    """``a`` is a wider place that contains ``b``, by p-code (SY02 > SY0201 > SY020100 >
    SY020100:N0146) or by name ("ريف حلب" > "ريف حلب الشمالي"). Only a place at least as
    coarse as the other can hold it: the city "حلب" does not hold "ريف حلب الشمالي"."""
    if a.rank < b.rank:
        return False
    if a.pcode and b.pcode:
        abase, bbase = a.pcode.partition(":")[0], b.pcode.partition(":")[0]
        if bbase.startswith(abase) and (a.rank > b.rank or len(abase) < len(bbase)):
            return True
    return bool(a.names) and a.names < b.names


def _borrowed(f: ClaimFeatures) -> bool:
    """The place is finer than its p-code: a site that took its town's p-code."""
    return f.rank < pcode_rank(f.pcode)  # type: ignore[arg-type]


def _countryside(a: ClaimFeatures, b: ClaimFeatures, s: LinkSettings) -> bool:
    """``a`` names a governorate's seat that gives another governorate its name ("دمشق" and
    "ريف دمشق", the capital's countryside), and ``b`` lies in that other one, within ``far_km``
    of it: outlets place a strike on a suburb "in Damascus" ("غارة إسرائيلية على دمشق" for a
    research centre in جمرايا), so the city may stand for the suburb, or for the countryside
    named as a whole ("ريف دمشق": a governorate's centroid proves nothing)."""
    if not a.seat or not a.names < governorate_names().get(b.gov, frozenset()):
        return False
    u, v = a.xyz, b.xyz
    if u is None or v is None or b.rank > FINE:
        return True
    far2 = _chords2(s)[1]
    return (u[0] - v[0]) ** 2 + (u[1] - v[1]) ** 2 + (u[2] - v[2]) ** 2 <= far2


def place_relation(a: ClaimFeatures, b: ClaimFeatures, s: LinkSettings,
                   chords2: tuple[float, float, float] | None = None) -> str | None:
    """One of the relations above, or None when the places exclude each other.
    ``chords2``: ``_chords2(s)``, when the caller keeps it."""
    if a.gov != b.gov and a.gov != "unknown" and b.gov != "unknown":
        if _countryside(a, b, s) or _countryside(b, a, s):
            return POSSIBLE
        return None if a.place_strong and b.place_strong else DIFF_SITE
    if a.rank == 5 or b.rank == 5:
        return UNKNOWN
    coarse = a.rank if a.rank > b.rank else b.rank
    c2 = None
    u, v = a.xyz, b.xyz
    near2, far2, coarse_far2 = chords2 or _chords2(s)
    seat2 = far2
    if u is not None and v is not None:
        c2 = (u[0] - v[0]) ** 2 + (u[1] - v[1]) ** 2 + (u[2] - v[2]) ** 2
        # the gazetteer puts them this far apart: whatever the names say, not one site (a
        # governorate holds all its towns, so its centroid proves nothing)
        if coarse <= 2 and c2 > (far2 if coarse <= FINE else coarse_far2):
            return None if a.place_strong and b.place_strong else DIFF_SITE
    if a.pcode and a.pcode == b.pcode:
        if a.names != b.names and a.names and b.names and not (a.skel and a.skel == b.skel):
            # a quarter or a street the gazetteer knows only by its town takes the town's
            # p-code (and centroid): one p-code then says "in one town", not "one place". Two
            # such quarters are two places a town holds ("المغاير", "الراشدين"), unless one is
            # a named site (a base, an airport: reports name one facility in many ways); and a
            # city named like its governorate, told of anything in its province, holds its
            # quarter rather than being it
            fa, fb = _borrowed(a), _borrowed(b)
            if fa and fb and not (a.site or b.site):
                return POSSIBLE
            if (fa and b.seat) or (fb and a.seat):
                return NESTED
        return SAME
    if a.names and b.names and (a.names == b.names or (a.skel and a.skel == b.skel)):
        return SAME
    if _holds(a, b) or _holds(b, a):
        return NESTED
    if c2 is not None and c2 <= near2:
        return NEAR
    if a.rank == b.rank and a.rank in (FINE, 2):
        if (a.seat or b.seat) and (c2 is None or c2 <= seat2):
            return POSSIBLE  # "دير الزور" may be the province around the other town
        return DIFF_SITE  # two towns or two districts with different names
    # two sites (a street, a mosque, a base) or a site and a town: reports name one place
    # in many ways ("شارع الثورة", "مقر حزب البعث"), and a site lies in some town
    return POSSIBLE


def _date_part(a: ClaimFeatures, b: ClaimFeatures, same_article: bool,
               s: LinkSettings) -> tuple[float, bool] | None:
    """(weight, may link directly), None on a veto."""
    if a.d0 is not None and b.d0 is not None:
        gap = (a.d0 if a.d0 > b.d0 else b.d0) - (a.d1 if a.d1 < b.d1 else b.d1)  # type: ignore[operator]
        if gap > s.date_tolerance_days:
            if a.date_strong and b.date_strong or gap > s.date_tolerance_days + s.weak_date_days:
                return None
            return s.w_weak_conflict, False  # a day inherited from another report of the article
        if gap > 0:
            return s.w_date_adjacent, True
        vague = max(a.d1 - a.d0, b.d1 - b.d0) > s.vague_span_days  # type: ignore[operator]
        return (s.w_date_vague if vague else s.w_date_same), True
    if same_article:
        return 0.0, True  # the article's publication bounds both
    if a.d0 is None and b.d0 is None:
        if a.pub is None or b.pub is None:
            return None
        gap = abs(a.pub - b.pub)
        # each event lies in the days before its article: windows apart, events apart;
        # windows overlapping but articles days apart, too little to tie them directly
        if gap > s.undated_window_days + s.date_tolerance_days:
            return None
        return 0.0, gap <= s.undated_pub_gap_days
    dated, undated = (a, b) if a.d0 is not None else (b, a)
    if undated.pub is None:
        return None
    # the undated event happened some days before its article appeared
    lo, hi = undated.pub - s.undated_window_days, undated.pub + s.date_tolerance_days
    if dated.d1 < lo or dated.d0 > hi:  # type: ignore[operator]
        return None
    return 0.0, True


def _actor_part(a: ClaimFeatures, b: ClaimFeatures, s: LinkSettings) -> tuple[float, bool] | None:
    """(weight, anchored) from perpetrators and victims, None on a veto."""
    mirrored = (a.perp == b.victims and a.victims == b.perp and a.perp not in NON_ACTORS
                and b.perp not in NON_ACTORS and a.perp != b.perp
                and _GROUPS.get(a.event_type, "other") in ("ground", "other")
                and _GROUPS.get(b.event_type, "other") in ("ground", "other"))
    if mirrored:
        return s.w_mirrored, True
    w, anchored = 0.0, False
    if a.perp != UNKNOWN_ACTOR and b.perp != UNKNOWN_ACTOR:
        if a.perp == b.perp:
            w += s.w_perpetrator
            # one perpetrator is told of many events on a busy day: it points at one event
            # where the places agree, or with the same armed victims (below)
            anchored = PERP_ANCHOR if (a.perp_strong or b.perp_strong) else False
        elif allied(a.perp, b.perp):
            w += s.w_perpetrator_allied
        else:
            # sides blame each other, and a perpetrator inherited from the lead may be
            # another event's: evidence against, never proof
            w += s.w_perpetrator_conflict if a.perp_strong and b.perp_strong else s.w_weak_conflict
    if a.victims != UNKNOWN_ACTOR and b.victims != UNKNOWN_ACTOR:
        if a.victims == b.victims or (allied(a.victims, b.victims) and not rivals(a.victims, b.victims)):
            if a.victims == "civilians":
                w += s.w_victims_civilians
            else:
                w += s.w_victims
                anchored = True
        elif "civilians" in (a.victims, b.victims):
            w += s.w_victims_civilian_vs_armed  # sides dispute who died; not a veto
        elif rivals(a.victims, b.victims):
            # one side's factions that also fight each other (rivals.tsv: Nusra and the
            # rebels it routed): their dead are two sides' losses as often as one front's, so
            # strongly against, never a veto (an airstrike on their shared front kills both)
            w += s.w_victims_conflict if a.victims_strong and b.victims_strong else s.w_weak_conflict
        elif a.victims_own and b.victims_own:
            return None  # the losses of two sides are two incidents
        elif a.victims_strong and b.victims_strong:
            # one side read from the clause around the figure (an attack's target): the dead
            # may be the attackers, so strongly against but no veto
            w += s.w_victims_conflict
        else:
            w += s.w_weak_conflict
    return w, anchored


def _civilians_and_armed(a: ClaimFeatures, b: ClaimFeatures) -> bool:
    """One claim's dead are civilians, the other's an armed side, each read in its own clause.
    One claimant tells one event once, its civilians and fighters as figures of one claim: told
    by one claimant in two event mentions of one article, they are two events ("17 militiamen
    killed as the town fell", "5 civilians killed by the rebels' shelling")."""
    if a.victims == b.victims or not (a.victims_strong and b.victims_strong):
        return False
    if a.victims == "civilians":
        return b.victims not in NON_ACTORS and b.victims != UNKNOWN_ACTOR
    return b.victims == "civilians" and a.victims not in NON_ACTORS and a.victims != UNKNOWN_ACTOR


def _two_towns(a: ClaimFeatures, b: ClaimFeatures) -> bool:
    """Two differently named towns (not sites, which reports name in many ways, nor a seat,
    which may stand for its governorate)."""
    return a.rank == b.rank == FINE and bool(a.names) and bool(b.names) and not (a.seat or b.seat)


def _fate_beside(a: ClaimFeatures, b: ClaimFeatures) -> bool:
    """``a`` tells a fate of its own (its type read at its figure, no attack named: "ثلاثة
    صحافيين فقدوا") beside an attack ``b`` names: the event mention it borrowed is the attack's,
    not its own (``groups._reads_event`` does not group it either), so the two are two claims of
    the article, linked by what else they share."""
    return a.type_at_figure and a.event_type == "other" and b.event_type != "other"


def _restated(a: ClaimFeatures, b: ClaimFeatures) -> bool:
    """One claimant tells the same exact toll (>= 3) of one kind twice in one article: the
    lead and the body restating one event ("13 killed near a border crossing" ... "the blast
    killed 13, three of them Turks"), not two events."""
    return any(n >= 3 and (who, kind, n) in b.tolls for who, kind, n in a.tolls)


def _same_big_toll(a: ClaimFeatures, b: ClaimFeatures, s: LinkSettings) -> bool:
    """The same exact toll of ten or more of one kind, the same kind of attack told in both
    claims' words, in one governorate (or one claim's unknown), the two told within
    ``undated_pub_gap_days`` (an undated claim by its article's day, a dated one by its last)."""
    if not (a.event_type == b.event_type != "other" and a.type_told and b.type_told):
        return False
    if a.gov != b.gov and a.gov != "unknown" and b.gov != "unknown":
        return False
    ta = a.d1 if a.d0 is not None else a.pub
    tb = b.d1 if b.d0 is not None else b.pub
    if ta is None or tb is None or abs(ta - tb) > s.undated_pub_gap_days:
        return False
    for kind, stated in a.totals.items():
        for x in b.totals.get(kind, ()):
            if x[2] is not None and x[2] >= 10 and any(y[2] == x[2] for y in stated):
                return True
    return False


def _same_breakdown(a: ClaimFeatures, b: ClaimFeatures) -> bool:
    """The two claims tell two or more of the same numbers of one kind each (a toll and its
    parts, or killed and wounded), one of them at least 3."""
    shared = a.points & b.points
    return len(shared) >= 2 and any(n >= 3 for _kind, n in shared)


def _two_sites(a: ClaimFeatures, b: ClaimFeatures) -> bool:
    """Two sites of one kind under different names ("مطار حلب الدولي", "مطار النيرب"): however
    close, one article naming both tells of two sites."""
    return bool(a.site) and a.site == b.site and a.names != b.names and not (
        _holds(a, b) or _holds(b, a))


def _rare_same(a: ClaimFeatures, b: ClaimFeatures) -> bool:
    """Both claims tell a kind of attack few places see on one day (a car bomb, a chemical
    attack, a massacre, a downed aircraft): with the place and day agreeing, one event."""
    return a.event_type == b.event_type and a.event_type in _RARE and a.type_strong and b.type_strong


def _event_part(fa: ClaimFeatures, fb: ClaimFeatures, s: LinkSettings, one_toll: bool = False) -> float:
    """The types' agreement. ``one_toll``: the two tell the same exact toll (>= 3) of a kind;
    then a type that is only an ``open`` word's default ("هجوم في سروج أوقع 32 قتيلا": clashes
    by default) disagreeing with a type the other report names ("هجوم انتحاري") counts as a
    weak disagreement: the word names an attack, not how it was carried out."""
    a, b = fa.event_type, fb.event_type
    if a == b:
        return s.w_event_same if a != "other" else 0.0
    if a == "other" or b == "other":
        return 0.0
    if a in _GAS_OR_BOMBS and b in _GAS_OR_BOMBS:
        return s.w_event_chemical
    if _GROUPS.get(a) == _GROUPS.get(b) or _OUTCOME in (a, b):
        return s.w_event_related
    # a type inherited from the article's lead may be another event's: evidence, not proof
    if one_toll and (fa.type_default or fb.type_default):
        return s.w_weak_conflict
    return s.w_event_conflict if fa.type_strong and fb.type_strong else s.w_weak_conflict


def _figure_part(a: ClaimFeatures, b: ClaimFeatures, s: LinkSettings) -> tuple[float, bool]:
    """(weight, anchored): the strongest agreement over the kinds both claims count, less
    ``w_implausible`` once when some kind differs beyond ``implausible_ratio`` in every
    statement of it (a group of claims holds each claimant's own figure)."""
    w, anchored, implausible = 0.0, False, False
    for kind, stated in a.totals.items():
        other = b.totals.get(kind)
        if other is None:
            continue
        kind_implausible = True
        for x in stated:
            for y in other:
                fw, fa, fi = _figures_agree(x, y, s)
                if fw > w:
                    w = fw
                anchored = anchored or fa
                kind_implausible = kind_implausible and fi
        implausible = implausible or kind_implausible
    return (w + s.w_implausible if implausible else w), anchored


def _figures_agree(x: tuple, y: tuple, s: LinkSettings) -> tuple[float, bool, bool]:
    """(weight, anchored, implausible) of two statements (lo, hi, point) of one kind."""
    alo, ahi, apt = x
    blo, bhi, bpt = y
    if apt is not None and apt == bpt:
        if apt >= 3:
            return s.w_same_figure, True, False
        return s.w_same_small_figure, False, False
    if apt is not None and bpt is not None and apt >= 3 and bpt >= 3 and \
            abs(apt - bpt) <= s.close_figure_ratio * (apt if apt > bpt else bpt) and _overlap(alo, ahi, blo, bhi):
        return s.w_close_figure, True, False  # ">30" and "31"
    r = s.implausible_ratio
    implausible = (ahi is not None and blo and blo > r * max(ahi, 1)) or \
        (bhi is not None and alo and alo > r * max(bhi, 1))
    return 0.0, False, bool(implausible)


def _tolls_contradict(a: ClaimFeatures, b: ClaimFeatures, s: LinkSettings) -> bool:
    """Some kind both claims count with points that no reading makes one toll: every pair of
    statements differs, neither close nor overlapping ("25 killed" and "7 killed"; ">= 70"
    and "27")."""
    for kind, stated in a.totals.items():
        other = b.totals.get(kind)
        if other is None:
            continue
        if all(x[2] is not None and y[2] is not None and _figures_agree(x, y, s)[0] == 0.0
               and x[2] != y[2] and not _overlap(x[0], x[1], y[0], y[1]) for x in stated for y in other):
            return True
    return False


def _overlap(alo: int | None, ahi: int | None, blo: int | None, bhi: int | None) -> bool:
    return not ((ahi is not None and blo is not None and ahi < blo)
                or (bhi is not None and alo is not None and bhi < alo))


class Scorer:
    """Scores pairs. The linker compares one claim with all its candidates in a row, and
    the claims of one article one after another: the first claim's text sketches are kept
    as sets, and the similarities of its title to the titles met."""

    __slots__ = ("s", "chords2", "_last", "_ev", "_title", "_titles")

    def __init__(self, s: LinkSettings) -> None:
        self.s = s
        self.chords2 = _chords2(s)
        self._last: ClaimFeatures | None = None
        self._ev: set[int] = set()
        self._title: str | None = None
        self._titles: dict[str, float] = {}

    def _title_similarity(self, a: ClaimFeatures, b: ClaimFeatures) -> float:
        if not (a.title and b.title):
            return 0.0
        if a.title != self._title:
            self._title = a.title
            self._titles = {}
        sim = self._titles.get(b.title)
        if sim is None:
            sim = self._titles[b.title] = sketch_jaccard(a.title_sketch(), b.title_sketch())
        return sim

    def text_similarity(self, a: ClaimFeatures, b: ClaimFeatures) -> float:
        """The larger Jaccard similarity of the evidence texts and of the titles."""
        sim = self._title_similarity(a, b)
        if sim < 1.0:
            ev = self.evidence_similarity(a, b)
            if ev > sim:
                sim = ev
        return sim

    def evidence_similarity(self, a: ClaimFeatures, b: ClaimFeatures) -> float:
        """Jaccard similarity of the evidence texts (0 when either has none)."""
        if not (a.evidence and b.evidence):
            return 0.0
        if a is not self._last:
            self._last = a
            self._ev = set(a.evidence_sketch())
        return sketch_jaccard(a.evidence_sketch(), b.evidence_sketch(), sa=self._ev)

    def _retold(self, a: ClaimFeatures, b: ClaimFeatures) -> bool:
        """Two articles retell one sentence (``retold_text`` of its evidence) with one
        exact toll: one report of one event, whatever days each read from it."""
        if not (a.evidence and b.evidence and _figure_part(a, b, self.s)[1]):
            return False
        return self.evidence_similarity(a, b) >= self.s.retold_text

    def _one_story(self, a: ClaimFeatures, b: ClaimFeatures) -> bool:
        """What, besides the wording, must agree for two reports' sentences to count as one
        story: the kind of attack, a known governorate, and an exact toll (>= 3)."""
        return (a.event_type == b.event_type != "other" and a.gov == b.gov != "unknown"
                and _figure_part(a, b, self.s)[1])

    def score(self, a: ClaimFeatures, b: ClaimFeatures) -> float | None:
        """Symmetric in ``a`` and ``b``; None when the two cannot be one event; at most 0
        when the pair may not link directly (``link_score``)."""
        sc, direct = self.link_score(a, b)
        return sc if sc is None or direct else min(sc, 0.0)

    def link_score(self, a: ClaimFeatures, b: ClaimFeatures) -> tuple[float | None, bool]:
        """(score, may link directly). A pair with no anchor (no signal pointing at one
        event rather than at a busy day) keeps its score for the clustering's averages but
        cannot link two claims by itself; a capped one (an undated claim without a strong
        place, articles too far apart) counts at most 0."""
        s = self.s
        same_article = a.article_id == b.article_id
        actors = _actor_part(a, b, s)
        if actors is None:
            return None, False
        dpart = _date_part(a, b, same_article, s)
        if dpart is None:
            if same_article or not self._retold(a, b):
                return None, False
            dpart = (s.w_weak_conflict, True)
        rel = place_relation(a, b, s, self.chords2)
        if rel is None or (same_article and a.place_strong and b.place_strong and (
                rel == DIFF_SITE or (rel == NEAR and _two_towns(a, b))
                or (rel != SAME and _two_sites(a, b)))):
            # one article naming two towns, each in its claim's own words, tells two events,
            # however close the towns lie (suburbs of one city); a town one claim only inherited
            # (another sentence's, the lead's) counts against
            return None, False
        same_event = same_article and a.event_key is not None and a.event_key == b.event_key and \
            not tolls_clash(a.tolls, b.tolls) and not (_fate_beside(a, b) or _fate_beside(b, a))
        # one event mention of one article: its claimants' words for the attack differ, not the attack
        fw, fanchor = _figure_part(a, b, s)
        epart = 0.0 if same_event else _event_part(a, b, s, fanchor)
        if dpart[0] == s.w_date_adjacent and epart < 0 and a.type_told and b.type_told:
            dpart = (s.w_date_adjacent_other_type, dpart[1])  # a day apart, two kinds of attack
        score = dpart[0] + actors[0] + epart
        coarse = a.rank if a.rank > b.rank else b.rank
        # "in Syria" twice, one of them undated, says nothing of which of a perpetrator's
        # attacks that week each tells; one article, or one day, bounds it
        agree = rel in (SAME, NESTED, NEAR) and (
            coarse < COUNTRY or same_article or (a.d0 is not None and b.d0 is not None))
        anchored = actors[1] is True or (actors[1] is PERP_ANCHOR and agree)
        # a place both reports inherited (the lead's, the dateline's, another sentence's) may
        # be another event's: an article's lead names the town of all it tells, so across
        # articles a shared place anchors only when one of the two read it in its own clause
        own_place = same_article or a.place_strong or b.place_strong
        if rel == SAME:
            # "حلب" twice may be the city or the province around it: a seat named by both
            # places an event no closer than its governorate does
            level = 3 if a.seat and b.seat else min(coarse, 4)
            score += s.w_place_same[level]
            anchored = anchored or (level <= 2 and own_place) or _rare_same(a, b)
        elif rel == NESTED:
            score += s.w_place_nested
            anchored = anchored or _rare_same(a, b)
        elif rel == NEAR:
            score += s.w_place_near
            anchored = anchored or own_place
        elif rel == POSSIBLE:
            score += s.w_place_possible
        elif rel == DIFF_SITE:
            score += s.w_place_diff_site
        score += fw
        anchored = anchored or fanchor
        if not same_article and _same_breakdown(a, b):
            score += s.w_same_breakdown  # two numbers of one toll told alike: more than one toll
        rarest = (a.event_type == b.event_type and a.event_type in RAREST and a.type_told and b.type_told
                  and rel in (SAME, NESTED, NEAR, POSSIBLE) and a.gov == b.gov != "unknown")
        if rarest and not same_article:
            score += s.w_rarest_same
            anchored = True
        if same_event:
            # one event of one article, whoever tells it: one incident by construction
            score += s.w_same_event if a.event_read and b.event_read else s.w_same_event_inherited
            anchored = anchored or (a.event_read and b.event_read) or rel in (SAME, NESTED, NEAR)
        elif same_article:
            score += s.w_same_article
            if a.claimant == b.claimant and (a.victims == b.victims or _civilians_and_armed(a, b)) \
                    and not _restated(a, b):
                score += s.w_same_claimant_article
        capped = not dpart[1]  # no direct link, whatever the text...
        if capped and not same_article and self._retold(a, b):
            capped = False  # ... but one sentence with one toll, retold by an article days later
        if not capped and a.gov != b.gov and rel == DIFF_SITE and a.place_told and b.place_told:
            # two provinces, each read near its claim's figure: a toll, a side and a day are
            # told of many fronts at once ("25 killed in clashes" in Aleppo and in Idlib), so
            # only one story's words (a wire sentence whose "المنطقة نفسها" each outlet's
            # context placed differently) may tie the two
            capped = self.text_similarity(a, b) < s.text_anchor
        if a.d0 is None or b.d0 is None:
            if same_article:
                # the article's other claims bound the place: one may hold the other, and a
                # claim naming no place but the same kind of attack as a dated one tells it
                strong_place = rel in (SAME, NEAR, NESTED) or (
                    (rel == POSSIBLE or (rel == UNKNOWN and a.event_type == b.event_type != "other"))
                    and (a.d0 is not None or b.d0 is not None))
                # two undated claims of one article telling who did it to whom in their own
                # words: the article's window bounds the day, and one side's place ("in
                # Syria") may hold the other's, as across articles (below)
                strong_place = strong_place or (
                    rel in (POSSIBLE, UNKNOWN) and actors[1] is True and a.perp == b.perp != UNKNOWN_ACTOR
                    and score >= s.threshold)
            else:
                strong_place = rel == NEAR or (rel == SAME and coarse <= 2) or rarest
                # who did it to whom, told in both claims' own words, ties an undated report
                # to the event as well as a shared town does
                strong_place = strong_place or (rel in (SAME, NESTED, POSSIBLE, UNKNOWN) and actors[1]
                                                and score >= s.threshold)
                if not (capped or strong_place) and self._one_story(a, b):
                    # the sentences, not the titles: "5 killed in shelling on X" is a formula
                    strong_place = self.evidence_similarity(a, b) >= s.text_lift
                if not (capped or strong_place) and rel != DIFF_SITE and _same_big_toll(a, b, s):
                    # the same toll of ten or more, told of the same kind of attack in one
                    # province within a few days: a busy front repeats "3 killed", rarely "32"
                    strong_place = True
                if not (capped or strong_place) and rel != DIFF_SITE and _same_breakdown(a, b):
                    # two numbers of one toll told alike ("11 civilians, among them two women
                    # and five children"; "2 killed and 5 wounded") tie an undated report to
                    # the event as a shared town does: a day's other events rarely repeat both
                    strong_place = True
                if not (capped or strong_place) and rel != DIFF_SITE and self._retold(a, b):
                    # one sentence with one toll retold by another outlet (a syndicated wire
                    # story) tells one event wherever each places it: a copy that names no
                    # place, or only the country, is still the copy
                    strong_place = True
            capped = capped or not strong_place
        # Text is the dearest signal: only compute it when it can change the outcome (a
        # capped pair never links directly, and a pair this far below the threshold cannot
        # reach it). Within one article, claims share its wording whatever they tell.
        if not same_article and not capped and score >= s.threshold - s.w_text and (
                not anchored or score < s.threshold):
            sim = self.text_similarity(a, b)
            if sim >= s.text_anchor and _tolls_contradict(a, b, s):
                # one story's words around two tolls that cannot be one count: two copies of
                # an article each telling the same two events, their crossed claims
                sim = 0.0
            score += s.w_text * sim
            anchored = anchored or sim >= s.text_anchor
        if capped:
            return min(score, 0.0), False
        return score, anchored


def score_pair(a: ClaimFeatures, b: ClaimFeatures, s: LinkSettings) -> float | None:
    """One pair's score (``Scorer.score``); None when the two cannot be one event."""
    return Scorer(s).score(a, b)
