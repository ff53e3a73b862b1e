"""What the linker compares, computed once per claim (pair scoring must stay cheap)."""

from __future__ import annotations

import math
from array import array
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache

from rasd.link.settings import DEFAULT, LinkSettings
from rasd.core.models import StoredClaim
from rasd.reconcile import claimant_key, claim_totals
from rasd.core.vocab import ABROAD, PRECISION_RANK, VAGUE
from rasd.reconcile.sources import sketch
from rasd.lang import pack, rows_all
from rasd.text.lexicon import read_tsv
from rasd.text.normalize import norm



@lru_cache(maxsize=1)
def _place_nouns() -> tuple[frozenset[str], frozenset[str]]:
    """(generic, site kinds) from every pack's place_prefixes.tsv. Generic: the nouns that
    introduce a place name but are not part of it (codebook "place.name" rule; extractors and
    annotators do not always drop them, so they are dropped here too). Site kinds: nouns
    outlets interchange for one site ("مسجد الإيمان" / "جامع الإيمان"), compared by the name
    that follows."""
    rows = [(r[0], norm(r[2]).lower()) for _lang, r in rows_all("place_prefixes")]
    generic = {p for role, p in rows if role in ("drop", "gov")} | {"of", "the"}
    return frozenset(generic), frozenset(p for role, p in rows if role == "site_kind")


@lru_cache(maxsize=1)
def _site_nouns() -> frozenset[str]:
    """The nouns that open a named site and stay in its name ("مطار", "حاجز"):
    place_prefixes.tsv rows "keep"."""
    return frozenset(norm(r[2]).lower() for _lang, r in rows_all("place_prefixes") if r[0] == "keep")


@lru_cache(maxsize=65536)
def site_noun(name: str | None) -> str:
    """The kind noun a site's name opens with ("مطار" of "مطار النيرب"), when a name follows it;
    "" otherwise. Two sites of one kind named differently in one article are two sites
    ("مطار حلب الدولي" and "مطار النيرب" lie a runway apart)."""
    if not name:
        return ""
    words = norm(name).lower().split()
    return words[0] if len(words) > 1 and words[0] in _site_nouns() else ""


@lru_cache(maxsize=1)
def _abroad_countries() -> dict[tuple[float, float], str]:
    """The country (ISO 3166-1) of each place abroad by its coordinates (places_world.tsv,
    which gives the claims theirs)."""
    out: dict[tuple[float, float], str] = {}
    for _level, _gov, country, lat, lon, *_names in read_tsv("lexicons/places_world.tsv"):
        try:
            out.setdefault((round(float(lat), 2), round(float(lon), 2)), country)
        except ValueError:
            continue
    return out


def link_region(gov: str, lat: float | None, lon: float | None) -> str:
    """The region two claims must share to be one event: the governorate, and abroad, where
    the codebook files every country under one "other", the country ("other:TR"): a blast
    in Suruç and one in Kuwait the same day are two events, as two governorates' are."""
    if gov != ABROAD or lat is None or lon is None:
        return gov
    country = _abroad_countries().get((round(lat, 2), round(lon, 2)))
    return f"{gov}:{country}" if country else gov


UNKNOWN_ACTOR = "unknown"
FINE = 1  # rank of "town": exact and town places name one site

EARTH_KM = 6371.0


@lru_cache(maxsize=65536)
def day(iso: str | None) -> int | None:
    if not iso:
        return None
    try:
        return date.fromisoformat(iso[:10]).toordinal()
    except ValueError:
        return None


@lru_cache(maxsize=1)
def governorate_names() -> dict[str, frozenset[str]]:
    from rasd.core.codebook import codebook

    return {g: name_tokens(name) for g, name in codebook()["governorates"].items()
            if not name.isascii()}


@lru_cache(maxsize=1)
def _town_nouns() -> frozenset[str]:
    """The nouns that name a town as such ("مدينة", "بلدة", "city"), from place_prefixes.tsv."""
    return frozenset(norm(r[2]).lower() for _lang, r in rows_all("place_prefixes")
                     if r[0] == "drop" and r[1] == "town")


def _called_town(c) -> bool:
    """Whether the words just before the claim's place call it a town ("مدينة حمص")."""
    prov = c.provenance.get("place")
    p, ev = c.place.span or (prov.span if prov is not None else None), c.evidence
    if p is None or ev is None or not ev.start <= p.start <= ev.end:
        return False
    before = norm(ev.text[max(0, p.start - ev.start - 24):p.start - ev.start]).lower().split()
    nouns = _town_nouns()
    return bool(before) and (before[-1] in nouns or " ".join(before[-2:]) in nouns
                             or (len(before) > 1 and before[-1] == "of" and before[-2] in nouns))


@lru_cache(maxsize=65536)
def name_tokens(name: str | None) -> frozenset[str]:
    if not name:
        return frozenset()
    toks = []
    generic, site_kinds = _place_nouns()
    words = norm(name).replace("-", " ").replace("،", " ").replace(",", " ").split()
    for n, t in enumerate(words):
        if t in generic or (t in site_kinds and n + 1 < len(words)):
            continue
        toks.append(_pack_of(t).name_key(t))
    return frozenset(toks)


def _pack_of(token: str):
    """A name's word is compared by the rules of its script's language (names come from
    articles in any language and from the gazetteer)."""
    return pack("en" if token.isascii() else "ar")


def skeleton(token: str) -> str:
    """A spelling-independent key of a name's word (``Pack.spelling_key``)."""
    return _pack_of(token).spelling_key(token)


@lru_cache(maxsize=65536)
def name_skeleton(names: frozenset[str], min_len: int) -> frozenset[str]:
    """Skeletons of a name's words; empty when a word's skeleton is shorter than ``min_len``
    ("تل", "عين" say too little to call two spellings one name)."""
    sk = frozenset(skeleton(t) for t in names)
    return sk if sk and all(len(s) >= min_len for s in sk) else frozenset()


def unit_vector(lat: float | None, lon: float | None) -> tuple[float, float, float] | None:
    """A point on the unit sphere: distances between places become cheap chord lengths."""
    if lat is None or lon is None:
        return None
    la, lo = math.radians(lat), math.radians(lon)
    return (math.cos(la) * math.cos(lo), math.cos(la) * math.sin(lo), math.sin(la))


def chord(km: float) -> float:
    """Chord length on the unit sphere of a great-circle distance of ``km``."""
    return 2.0 * math.sin(km / (2.0 * EARTH_KM))


def pcode_rank(pcode: str) -> int:
    """Precision rank a p-code stands for: SY02 a governorate, SY0201 a district, SY020100
    and finer (SY020000:N0146) a town or a site."""
    base, _, point = pcode.partition(":")
    if point or len(base) >= 8:
        return FINE
    return 2 if len(base) >= 6 else 3


@dataclass(slots=True)
class ClaimFeatures:
    i: int
    article_id: str
    claimant: str  # claimant_key (outlet per source, "other" per name)
    event_type: str
    perp: str
    victims: str
    gov: str
    rank: int  # PRECISION_RANK of the place
    names: frozenset[str]
    skel: frozenset[str]  # name_skeleton(names)
    name_key: str  # "gov|sorted tokens"; "" when no name
    pcode: str | None  # the place's own p-code (None when it only borrowed a wider one)
    xyz: tuple[float, float, float] | None  # own coordinates as a unit vector (None when only a wider place's centroid)
    d0: int | None  # first and last day of the claimed date
    d1: int | None
    pub: int | None
    totals: dict  # kind -> ((lo, hi, point), ...): each statement of that kind
    evidence: str
    title: str
    seat: bool = False  # a town named like its governorate ("دير الزور"): maybe either
    site: str = ""  # the kind noun of a named site (``site_noun``)
    # Read from the claim's own clause (strong) or inherited from wider context (weak): a
    # weak attribute never vetoes a link, it only counts against one.
    perp_strong: bool = True
    victims_strong: bool = True
    # whose dead, read at the figure itself ("5 جنود"), not from its clause (an attack's
    # target, "لمهاجمة مقر قسد", is whom the dead set out to attack as often as who died)
    victims_own: bool = True
    place_strong: bool = True
    # read in the claim's own words or the sentences just before that continue its report
    # (not the lead's, the dateline's, a paragraph's setting): good enough to tell provinces apart
    place_told: bool = True
    date_strong: bool = True
    type_strong: bool = True
    # the type was read in the article's words about this claim's event: its own clause, or the
    # attack its words refer back to ("الهجوم بالسلاح الكيماوي" told before)
    type_told: bool = True
    event_key: str | None = None  # article and event mention: claims of one event in one article
    event_read: bool = False  # the claim's figures attach to that event in their own sentence
    # the claim's type was read at its own figure ("ثلاثة صحافيين فقدوا"): its words name what
    # befell those counted, no attack, so its event mention was borrowed (``groups._reads_event``)
    type_at_figure: bool = False
    # the type is only the default of an ``open`` word standing alone ("هجوم": clashes, unless a
    # modifier such as "انتحاري" or "صاروخي" says how), not a kind the text names
    type_default: bool = False
    tolls: frozenset = frozenset()  # ``own_tolls``: who told which exact toll of which kind
    points: frozenset = frozenset()  # ``figure_points``: (kind, number) of each figure, parts too
    _ev_sh: array | None = field(default=None)
    _ti_sh: array | None = field(default=None)

    @property
    def dated(self) -> bool:
        return self.d0 is not None

    # MinHash sketches, made on first use: most pairs never need text
    def evidence_sketch(self) -> array:
        if self._ev_sh is None:
            self._ev_sh = sketch(self.evidence)
        return self._ev_sh

    def title_sketch(self) -> array:
        if self._ti_sh is None:
            self._ti_sh = _title_sketch(self.title)
        return self._ti_sh


@lru_cache(maxsize=4096)
def _title_sketch(title: str) -> array:
    # one article's claims share its title: sketch it once
    return sketch(title)


# Kinds of attack rare enough that two reports of one in one governorate within an article's
# window tell one event, whatever else they say or leave out (a chemical attack, a downed aircraft)
RAREST = frozenset({"chemical", "shootdown"})

# Where an attribute read in the claim's own words comes from (``Claim.provenance``); a claim
# without provenance (gold files, other tools) is taken at its word.
STRONG_SOURCES = frozenset({"figure", "clause", "sentence", "claimant"})


def strong(c, attribute: str) -> bool:
    prov = c.provenance.get(attribute)
    return prov is None or prov.source in STRONG_SOURCES


def _told(c, attribute: str) -> bool:
    prov = c.provenance.get(attribute)
    return prov is None or prov.source in STRONG_SOURCES or prov.source == "event"


@lru_cache(maxsize=1)
def _open_defaults() -> dict[str, str]:
    """Each ``open`` event word of every language pack (events.tsv: "هجوم", "القصف", "attack")
    with the type it stands for alone, when no modifier in its phrase decides one."""
    return {norm(r[2]).lower(): r[1] for _lang, r in rows_all("events") if len(r) >= 3 and r[0] == "open"}


def _type_default(c) -> bool:
    """The claim's type is the default of the ``open`` word it was read from, alone."""
    prov = c.provenance.get("event_type")
    text = prov.span.text if prov is not None and prov.span is not None else None
    return bool(text) and _open_defaults().get(norm(text).lower()) == c.event_type


# where a place is read close enough to its figure to place the claim in a governorate
PLACE_TOLD_SOURCES = STRONG_SOURCES | {"event", "previous"}


def _place_told(c) -> bool:
    prov = c.provenance.get("place")
    return prov is None or prov.source in PLACE_TOLD_SOURCES


def _at_figure(c, attribute: str) -> bool:
    prov = c.provenance.get(attribute)
    return prov is None or prov.source == "figure"


def own_tolls(sc: StoredClaim, totals: dict | None = None, who: str | None = None) -> frozenset[tuple[str, str, int]]:
    """(claimant, kind, toll) of each exact total of two or more the claim tells (not "more
    than 20", "20 to 30", nor a single victim, often a named one told beside the toll he
    belongs to). ``totals``, ``who``: the claim's ``claim_totals`` and ``claimant_key``, when
    the caller has them."""
    who = who if who is not None else claimant_key(sc)
    totals = totals if totals is not None else claim_totals(sc.claim)
    return frozenset((who, kind, t.point) for kind, t in totals.items()
                     if t.point is not None and t.point >= 2 and t.lo == t.hi == t.point and not t.vague)


def figure_points(c) -> frozenset[tuple[str, int]]:
    """(kind, number) of each of the claim's figures of two or more that names a number ("11
    مدنيا", "بينهم خمسة أطفال", "أكثر من 20"), not a vague one ("عشرات"): the whole toll and
    its parts alike, as each outlet splits them its own way."""
    return frozenset((f.kind, f.low) for f in c.figures
                     if f.low is not None and f.low >= 2 and f.qualifier not in VAGUE)


def tolls_clash(x: frozenset, y: frozenset) -> bool:
    """One claimant tells two different exact tolls of one kind. By the codebook one claimant
    tells one event once (a later update keeps only its final figure), so within one article
    these are two events, however alike the words around them ("5 wounded" and "1 wounded"
    in two clashes of one city)."""
    if not x or not y:
        return False
    told: dict[tuple[str, str], set[int]] = {}
    for who, kind, n in x:
        told.setdefault((who, kind), set()).add(n)
    other: dict[tuple[str, str], set[int]] = {}
    for who, kind, n in y:
        other.setdefault((who, kind), set()).add(n)
    return any(key in told and not (told[key] & ns) for key, ns in other.items())


def features(i: int, sc: StoredClaim, s: LinkSettings = DEFAULT) -> ClaimFeatures:
    c = sc.claim
    p = c.place
    names = name_tokens(p.name)
    d0 = day(c.date.start) if c.date else None
    d1 = day(c.date.end or c.date.start) if c.date else None
    if d0 is not None and d1 is not None and d1 < d0:
        d0, d1 = d1, d0
    by_kind = claim_totals(c)
    totals = {k: ((t.lo, t.hi, t.point if not t.vague else None),) for k, t in by_kind.items()}
    who = claimant_key(sc)
    evidence = c.evidence.text if c.evidence is not None else (c.quote or "")
    gov = link_region(p.governorate or "unknown", p.lat, p.lon)
    rank = PRECISION_RANK.get(p.precision or "unknown", 5) if (names or p.pcode or p.lat is not None) else 5
    pcode, xyz = p.pcode, unit_vector(p.lat, p.lon)
    if pcode and pcode_rank(pcode) > max(rank, FINE):
        # A name the gazetteer did not know takes its region's p-code and centroid: they say
        # where the place lies, not which place it is, nor where exactly.
        pcode = xyz = None
    # "في دير الزور", "قصف حلب": a governorate's seat is named like the governorate, and
    # reports use the name for either, unless they call it a town ("مدينة حمص")
    seat = rank == FINE and bool(names) and names == governorate_names().get(gov) and not _called_town(c)
    return ClaimFeatures(
        i=i, article_id=sc.article_id, claimant=who,
        event_type=c.event_type or "other", perp=c.perpetrator or UNKNOWN_ACTOR,
        victims=c.victims or UNKNOWN_ACTOR, gov=gov, rank=rank,
        names=names, skel=name_skeleton(names, s.min_skeleton),
        name_key=(gov + "|" + " ".join(sorted(names))) if names else "",
        pcode=pcode, xyz=xyz,
        d0=d0, d1=d1 if d0 is not None else None,
        pub=day(sc.published), totals=totals, evidence=evidence, title=sc.title or "", seat=seat,
        site=site_noun(p.name),
        perp_strong=strong(c, "perpetrator"), victims_strong=strong(c, "victims"),
        victims_own=_at_figure(c, "victims"),
        place_strong=strong(c, "place"), place_told=_place_told(c), date_strong=strong(c, "date"),
        type_strong=strong(c, "event_type"), type_told=_told(c, "event_type"),
        event_key=f"{sc.article_id}\x1f{c.event}" if c.event is not None else None,
        event_read=strong(c, "event_type") and "event_type" in c.provenance,
        type_at_figure="event_type" in c.provenance and c.provenance["event_type"].source == "figure",
        type_default=_type_default(c),
        tolls=own_tolls(sc, by_kind, who),
        points=figure_points(c),
    )
