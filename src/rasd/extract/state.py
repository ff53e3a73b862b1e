"""Whose soldiers, police and army: a state's forces named by no side ("قتل 13 جنديا وشرطيا",
"إن الجيش قتل 11 مسلحا") are those of the nation said of them ("جنديان سوريان", "الجيش
المصري"), else of the country where the sentence places them, else of the country the
story's places are in most (``data/lang/*/state_forces.tsv``, ``data/country_states.tsv``).
A country whose forces are no codebook actor (Egypt, Lebanon) leaves them unknown."""

from __future__ import annotations

from collections import Counter
from functools import lru_cache

from rasd.core.vocab import UNKNOWN
from rasd.extract.doc import Doc, Draft
from rasd.extract.figures import lexicons as figure_lexicons
from rasd.lang import pack
from rasd.text.lexicon import Lexicon, read_tsv


@lru_cache(maxsize=None)
def forces_lexicon(lang: str, role: str) -> Lexicon:
    """The phrases of one role of state_forces.tsv; a nationality's value is its country
    (remembered: asked per figure and token, and a pack is built once per language)."""
    return pack(lang).role_lexicon("state_forces", role)


@lru_cache(maxsize=1)
def _state_of_country() -> dict[str, str]:
    return {row[0]: row[1] for row in read_tsv("country_states.tsv") if len(row) >= 2}


def state_forces(doc: Doc, d: Draft) -> tuple[str, tuple[int, int]] | None:
    """The state whose soldiers or police the draft's figures count, when they name no side
    ("قتل 13 جنديا وشرطيا", "مقتل شرطي في دياربكر"), and where they are named. Not when other
    fighters are counted with them ("200 جندي ومتمرد": both sides), nor a unit named after
    them ("جنود تلك الفرقة")."""
    lex = forces_lexicon(doc.lang, "soldier")
    people = figure_lexicons(doc.lang).people
    fighters = forces_lexicon(doc.lang, "fighter")
    found = None
    for x in d.hits:
        if x.subcount:
            continue
        if x.figure.group not in ("combatants", "unspecified"):
            return None
        m, t = None, x.qty_tok
        for t in range(x.qty_tok, min(x.tok_end + 1, len(doc.toks))):
            if lex.may_start(doc.toks[t][2]) and (m := lex.match_at(doc.toks, t)) is not None:
                break
        if m is None:
            body = _body_of(doc, x)
            if body is None:
                return None
            t, k = body
            m = (None, k - t, 0)
        k = t + m[1]
        if k < len(doc.toks) and doc.toks[k][2] in doc.words("demonstrative"):
            return None
        if x.qty_tok > 0 and doc.toks[x.qty_tok - 1][2] in doc.words("definite_count"):
            return None  # "the five soldiers": those told of before, whose side is said there
        if any(_capitalised(doc, j) for j in range(x.qty_tok + 1, t)):
            return None  # "five Kurdish policemen": a side or nation named before the noun
        if k < len(doc.toks) and doc.conj_glued(k) and lex.match_at(doc.toks, k) is None \
                and (people.match_at(doc.toks, k) or fighters.match_at(doc.toks, k)) is not None:
            return None  # "200 جندي ومتمرد", "جنود ومدنيون": not the state's dead alone
        if k + 1 < len(doc.toks) and doc.toks[k][2] in doc.words("conj") and lex.match_at(doc.toks, k + 1) is None \
                and (people.match_at(doc.toks, k + 1) or fighters.match_at(doc.toks, k + 1)) is not None:
            return None  # the same joined by a word ("40 troops and militia", "soldiers and rebels")
        if found is None:
            found = doc.toks[t][0] + m[2], doc.toks[k - 1][1], k
    if found is None:
        return None
    s, e, k = found
    nation = _nation_after(doc, k)
    if nation is None and (own := _claimant_soldiers().get(d.attribution.claimant)) is not None:
        return own, (s, e)  # a state's own spokesman counting soldiers by no nation: its own
    state = _state_of_country().get(nation or _country_at(doc, d, s) or "")
    return (state, (s, e)) if state not in (None, "-") else None


@lru_cache(maxsize=1)
def _claimant_soldiers() -> dict[str, str]:
    """Claimants that speak for a state's army -> that state (data/claimant_soldiers.tsv)."""
    return {row[0]: row[1] for row in read_tsv("claimant_soldiers.tsv") if len(row) >= 2}


def _capitalised(doc: Doc, t: int) -> bool:
    s, _ = doc.nt.orig_span(doc.toks[t][0], doc.toks[t][1])
    return doc.nt.original[s:s + 1].isupper()


_BODY_AFTER = 3  # words past a figure's end its "of the police" may come ("14 عنصرا على الأقل من")


def _body_of(doc: Doc, x) -> tuple[int, int] | None:
    """Where figure ``x`` counts members of a state's police or security named right after
    "of" or "in" ("14 عنصرا على الأقل من المخابرات", "ضابط كبير في الشرطة"): the body's
    first token and the token past it."""
    of, bodies = doc.words("member_of"), forces_lexicon(doc.lang, "body")  # (grammar's "من", "في")
    sent = doc.sentence_of(doc.toks[x.qty_tok][0])
    for t in range(x.qty_tok + 1, min(x.tok_end + _BODY_AFTER, len(doc.toks) - 1)):
        if doc.toks[t][2] in of and doc.sentence_of(doc.toks[t + 1][0]) == sent \
                and (b := bodies.match_at(doc.toks, t + 1)) is not None and b[2] == 0:
            return t + 1, t + 1 + b[1]
    return None


def body_at(doc: Doc, d: Draft, t: int) -> tuple[str, tuple[int, int]] | None:
    """The state whose police or security (state_forces.tsv body) is named at token ``t``
    ("عناصر المخابرات ... مقتل 53 منهم"), by the country the claim is in, and the body's span."""
    b = forces_lexicon(doc.lang, "body").match_at(doc.toks, t) if t < len(doc.toks) else None
    if b is None or b[2] != 0:
        return None
    s, e = doc.toks[t][0], doc.toks[t + b[1] - 1][1]
    state = _state_of_country().get(_nation_after(doc, t + b[1]) or _country_at(doc, d, s) or "")
    return (state, (s, e)) if state not in (None, "-") else None


def state_named(doc: Doc, d: Draft, value: str, span: tuple[int, int]) -> str:
    """``value`` read from a force's name at ``span``; where the name says no state ("الجيش",
    "القوات الحكومية"), the state of the nation named after it or of the country the claim is
    in (unknown where that state's forces are no codebook actor); armed men of no named side
    ("مسلحين") keep their side only in the country the pack says ("armed" rows)."""
    t = doc.tok_index(span[0])
    a = forces_lexicon(doc.lang, "armed").match_at(doc.toks, t)
    if a is not None and doc.toks[t + a[1] - 1][1] == span[1]:
        # armed men of no named side are a side only in the country whose war names them so
        country = _country_at(doc, d, span[0])
        return value if country is None or country == a[0] else UNKNOWN
    a = forces_lexicon(doc.lang, "aircraft").match_at(doc.toks, t)
    if a is not None and doc.toks[t + a[1] - 1][1] == span[1]:
        # aircraft of no named side: only a nationality right after them says whose they are
        country = _nation_after(doc, t + a[1])
        if country is None:
            return value
        state = _state_of_country().get(country, UNKNOWN)
        return UNKNOWN if state == "-" else state
    m = forces_lexicon(doc.lang, "bare").match_at(doc.toks, t)
    if m is None or doc.toks[t + m[1] - 1][1] != span[1]:
        return value
    country = _nation_after(doc, t + m[1]) or _country_at(doc, d, span[0])
    if country is None:
        return value
    state = _state_of_country().get(country, UNKNOWN)
    return UNKNOWN if state == "-" else state


def state_of_place(doc: Doc, d: Draft, pos: int) -> str | None:
    """The codebook actor of the state whose country something named at ``pos`` is in (None
    where no country is told or its forces are no codebook actor)."""
    state = _state_of_country().get(_country_at(doc, d, pos) or "")
    return state if state not in (None, "-") else None


def _nation_after(doc: Doc, k: int) -> str | None:
    """The country of a nationality at token ``k`` ("جنديان سوريان", "الجيش المصري")."""
    if k >= len(doc.toks):
        return None
    n = forces_lexicon(doc.lang, "national").match_at(doc.toks, k)
    return n[0] if n is not None else None


def _country_at(doc: Doc, d: Draft, pos: int) -> str | None:
    """The country something named at ``pos`` is in, by the places named around it: the
    nearest town in its sentence, else the country the story's places are in most."""
    sent = doc.sents[d.sentence]
    # a town says where; a country beside it may be the other side of a border ("على الحدود مع
    # سوريا، وقتل ضابطا شرطة بمدينة شانلي أورفا"), so it is left to the story's count; a place
    # the gazetteer does not list is taken for Syrian and says nothing of the country
    states = _state_of_country()
    here = [p for p in doc.places_in(sent.start, sent.end)
            if p.country in states and p.level not in ("country", "unlisted")]
    if here:
        return min(here, key=lambda p: abs(p.start - pos)).country
    counts = Counter(p.country for p in doc.places if p.country in states and p.level != "unlisted").most_common(2)
    if not counts or len(counts) > 1 and counts[0][1] == counts[1][1]:
        return None
    return counts[0][0]
