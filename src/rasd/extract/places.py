"""Place recognition with the vendored gazetteer (Syria) and a short list of places abroad.

Names are matched token by token on normalised text with Arabic clitics ("بدير الزور",
"وريف حلب", "للرقة"); a generic noun before a name ("حي", "قرية", "محافظة", "ريف") sets the
level and is dropped from the name, as the codebook asks. A name the gazetteer does not know
but the text presents as a place ("قرية الطابية") is kept by name; ``resolve`` gives it the
governorate and coordinates of the enclosing place named with it.

    gz = gazetteer(); found = gz.find(normalize(text)); place = gz.resolve(found)
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field, fields, replace
from functools import lru_cache
from operator import attrgetter, itemgetter

from rasd.core.vocab import HOME_COUNTRY
from rasd.extract.places_data import PRECISION, Entry, PlaceData, load
from rasd.extract.places_en import EnglishGuard
from rasd.core.models import Place, Span
from rasd.text.latin import joined_words, spelling_key
from rasd.text.lexicon import Lexicon, WordTest, any_start, clitic_forms, positions_of, tokens
from rasd.text.normalize import Normalized, norm

Tok = tuple[int, int, str]

# Most specific first; resolve() keeps the lowest rank.
_RANK = {"neighbourhood": 0, "landmark": 0, "town": 1, "subdistrict": 1, "unlisted": 1, "district": 2,
         "governorate": 3, "country": 4}
# Which reading of an ambiguous name a generic noun asks for (lower is preferred). Without a
# noun a bare name is read as a town: "حلب" is the city, not the governorate or the district.
_ORDER = {
    "exact": {"neighbourhood": 0, "landmark": 0, "town": 1, "subdistrict": 1, "district": 2, "governorate": 3},
    "town": {"town": 0, "subdistrict": 0, "landmark": 1, "neighbourhood": 2, "district": 2, "governorate": 3},
    "district": {"district": 0, "town": 1, "subdistrict": 1, "neighbourhood": 2, "landmark": 2, "governorate": 3},
    "governorate": {"governorate": 0, "district": 1, "town": 2, "subdistrict": 2},
    None: {"town": 0, "subdistrict": 0, "landmark": 0, "governorate": 1, "district": 2, "neighbourhood": 3},
}


@dataclass(frozen=True, slots=True)
class _Morph:
    """The morphology of the gazetteer's script (its names are Arabic whatever the article's
    language), from the Arabic pack's grammar.tsv and place_prefixes.tsv."""
    article: tuple[str, ...]  # "ال"
    lam_article: tuple[str, ...]  # "لل": ل + the article, whose alif is not written
    clitics: str  # one-letter proclitics a name may carry ("وبلدات", "بالقرب")
    wa: str  # the conjunction clitic joining two names ("نبل والزهراء")
    adjective_endings: frozenset[str]  # "المحاصرة", "الكردية": after a name, an adjective
    dual_construct: tuple[str, ...]  # "قريتي", "بلدتي": a dual noun naming two places
    rif: tuple[str, ...]  # "ريف X" as one listed name: the countryside of X
    linkers: frozenset[str]  # "الواقع", "التابع": after a name they say where it lies, no part of it
    apposed: frozenset[str]  # "العاصمة": its name follows in apposition, a listed place or none
    verb_prefix: tuple[str, ...]  # "ت", "ي": a present-tense verb's prefix ("تقطنها", "يسكنها")
    object_suffix: tuple[str, ...]  # "ها", "هم": an object pronoun glued to a verb's end


@lru_cache(maxsize=1)
def _morph() -> _Morph:
    from rasd.lang import pack

    P = pack("ar")
    wa = sorted(P.word_set("conj_clitic"))
    return _Morph(
        article=tuple(P.word_set("article")), lam_article=tuple(P.word_set("lam_article")),
        clitics="".join(sorted(P.word_set("clitic_letter"))), wa=wa[0] if wa else "\0",
        adjective_endings=P.word_set("adjective_ending"),
        dual_construct=tuple(P.word_set("place_dual_construct")),
        rif=tuple(norm(r[2]) + " " for r in P.rows("place_prefixes") if r[0] == "rif"),
        linkers=P.word_set("located_at") | P.word_set("belongs_to"),
        apposed=frozenset(norm(w) for w in P.word_set("apposed_place_noun")),
        verb_prefix=tuple(P.word_set("verb_prefix")) or ("\0",),
        object_suffix=tuple(P.word_set("object_suffix")) or ("\0",))

_BREAK = set(",،.;؛:()[]\"!?؟\n")
_SENTENCE_ENDS = frozenset(".!?؟\n")
_NEAR = 150  # characters: how close a place must be to vouch for a weak name
_ARABIC = re.compile("[\u0600-\u06ff]")
_LATIN = re.compile("[A-Za-z]")
_word = itemgetter(2)


@dataclass(slots=True)
class PlaceMention:
    place: Place
    start: int  # normalised offsets of the whole mention, generic noun included
    end: int
    level: str  # country|governorate|district|subdistrict|town|neighbourhood|landmark|unlisted
    country: str  # ISO code; HOME_COUNTRY for Syria
    candidates: tuple[Entry, ...] = ()  # every place the name could be, for disambiguation
    weak: bool = False  # an ordinary word or bare neighbourhood name, kept only with a place nearby
    several: bool = False  # twin places in different governorates, named as one ("ريف حلب وريف إدلب")
    site: bool = False  # a site named with its noun ("مطار التيفور"): the most specific place
    # whether the mention is the article's dateline (``placing.is_dateline``): asked of the same
    # mention by every claim of its article, so read once; None until asked (a mention is
    # made per article, so the answer never outlives its text)
    dateline: bool | None = field(default=None, compare=False, repr=False)


class Gazetteer:
    def __init__(self, data: PlaceData | None = None) -> None:
        d = data or load()
        self.by_pcode = d.by_pcode
        self.gov_entry = d.gov_entry
        self.weak, self.never, self.noun_only = d.weak, d.never, d.noun_only
        self.possessive = d.possessive
        self.governs = d.governs
        self.phrases = d.phrases
        self.names: Lexicon[tuple[str, list[Entry]]] = Lexicon()
        for key, entries in d.phrases.items():
            self.names.add(key, (key, entries))
        self.nouns: Lexicon[tuple[str, str, str]] = Lexicon()
        for role, precision, phrase in d.nouns:
            self.nouns.add(phrase, (role, precision, norm(phrase)))
        self.english = EnglishGuard(d.english)
        # ISO code -> the country's entry ("SY" -> سوريا)
        self.countries = {e.country: e for entries in d.phrases.values() for e in entries if e.level == "country"}
        # asked of every distinct word of every article: remembered
        self._may_start = any_start(self.names, self.nouns)
        self._start_words = WordTest(self._may_start)  # ... and asked of a window's words at once
        self._picked: dict[tuple[str, str | None], Entry] = {}  # (listed key, noun's precision) -> entry

    def start_words(self, words: set[str]) -> set[str]:
        """Those of ``words`` (as written, no Latin letter in them) a place name may start at."""
        return self._start_words.of(words)

    def _starts_place(self, written: str) -> bool:
        """Whether a place name may start at a word as written (English words by spelling key)."""
        return self._may_start(spelling_key(written))

    # -- finding ----------------------------------------------------------------------
    def find(self, nt: Normalized, toks: list[Tok] | None = None,
             start: int = 0, end: int | None = None, twins: bool = True,
             may: set[str] | None = None) -> list[PlaceMention]:
        """Place mentions in normalised ``nt.text[start:end]``, in text order (``twins``: two
        places joined by "و" as one mention). ``may``: ``start_words`` of a set of words
        holding those of ``toks`` (an article's windows, sorted out once for all of them)."""
        if toks is None:
            toks = tokens(nt.text)
        if toks and _LATIN.search(nt.text, toks[0][0], toks[-1][1]) is None:
            # no Latin letter: no word to join or key (the usual case, asked of every window), nor
            # any the English guard reads
            written = toks = list(toks)
            guarded = False
        else:
            guarded = True
            written = joined_words(nt.text, toks)
            # English words are matched by spelling key, so that every usual transliteration meets
            toks = [(s, e, spelling_key(w)) for s, e, w in written]
            may = None  # (words keyed and joined: not those ``may`` was read from)
        end = len(nt.text) if end is None else end
        out: list[PlaceMention] = []
        words = list(map(_word, toks))  # (in C)
        if may is None:
            may = self._start_words.of(set(words))  # most words start no place
        nxt = 0
        for i in positions_of(words, may):
            if i < nxt or toks[i][0] < start:
                continue
            if toks[i][1] > end:
                break
            m, used = self._at(nt, toks, i, end)
            nxt = i + max(used, 1)
            if m is not None and guarded and not self.english.accepts(nt, written, i, used, m.candidates,
                                                                      self._starts_place):
                nxt = i + 1  # not a place here; a name may still start at the next word
                continue
            if m is not None and nxt < len(toks):
                after = self.nouns.match_at(toks, nxt, clitics=False)
                if after is not None and after[0][0] in ("seat_after", "seat"):
                    # "the Britain-based Observatory", "الذي يتخذ من بريطانيا مقرا": a claimant's seat
                    continue
            if m is not None:
                out.append(m)
        out = self._vouch(nt.text, out)
        return self._twins(nt, out) if twins else out

    def _at(self, nt: Normalized, toks: list[Tok], i: int, end: int) -> tuple[PlaceMention | None, int]:
        """The mention starting at token ``i`` (or None) and how many tokens it used."""
        noun = self.nouns.match_at(toks, i)
        if noun is not None and noun[0][0] == "seat":
            return None, noun[1] + 1  # "ومقره بريطانيا": a claimant's seat, not an event place
        if noun is not None and noun[0][0] == "venue":
            # "خلال زيارة إلى ...", "في خطاب ألقاه في ...": where a speaker is, not where
            # anything happened: the names within a few words of one phrase ("الشطر الشمالي
            # من قبرص", whose "الشمالي" is a village's name too)
            j = used = i + noun[1]
            for k in range(j, min(j + _VENUE_REACH, len(toks))):
                if toks[k][1] > end or (k > j and _gap(nt.text, toks[k - 1][1], toks[k][0])):
                    break
                hit = self.names.match_at(toks, k)
                if hit is not None:
                    used = k + hit[1]
            return None, used - i
        if noun is not None and noun[0][0] in ("head", "direction", "seat_after", "rif_own"):
            noun = None  # "based" is a seat after a name ("Britain-based"), no noun before one
        full = self.names.match_at(toks, i)
        if full is not None and (noun is None or full[1] > noun[1]):
            # the name itself starts with the noun: "ريف دمشق", "مخيم اليرموك", "العاصمة السورية"
            return self._listed(nt, toks, i, i, full, None, end)
        if noun is None:
            return None, 1
        if noun[0][0] == "rif_of":
            return self._countryside_of(nt, toks, i, noun, end)
        j = i + noun[1]
        if j >= len(toks) or toks[j][1] > end:
            return None, noun[1]
        quoted = False
        if _gap(nt.text, toks[j - 1][1], toks[j][0]):
            # 'في بلدة "السفيرة"': a listed name quoted after its noun is still named by it
            quoted = nt.text[toks[j - 1][1]:toks[j][0]].strip() in _OPEN_QUOTES
            if not quoted:
                return None, noun[1]
        hit = self.names.match_at(toks, j)
        if quoted and (hit is None or hit[2] or noun[0][0] == "keep"
                       or not _closed_quote(nt.text, toks, j + hit[1] - 1)):
            return None, noun[1]
        if noun[0][0] == "keep":
            return self._facility(nt, toks, i, j, hit, noun, end)
        if hit is not None and not hit[2]:  # "حي بالقصور" is no name after its noun
            return self._listed(nt, toks, i, j, hit, noun, end)
        # an apposed noun ("العاصمة") is named only by a listed place ("العاصمة دمشق"): the
        # capitals news name are listed, and an unlisted word after it is whose capital
        # ("العاصمة اليابانية"), a time ("العاصمة صباح اليوم") or what befell it ("تعرضت
        # العاصمة لهجوم"), never a name
        if noun[0][0] == "drop" and noun[0][2] not in _morph().apposed:
            m = self._unlisted(nt, toks, i, j, noun[0], noun[2])
            if m is not None:
                return m, _tok_after(toks, m.end, i) - i
        return None, noun[1]

    def _listed(self, nt: Normalized, toks: list[Tok], i: int, j: int,
                hit: tuple[tuple[str, list[Entry]], int, int], noun: tuple | None,
                end: int) -> tuple[PlaceMention | None, int]:
        (key, entries), k, p = hit
        role, nprec, nphrase = noun[0] if noun else (None, None, "")
        if key in self.never or role is None and (len(key) < 3 or key in self.noun_only):
            # (never a name even after a noun: "أحياء المدينة" are the town's quarters, not a
            # quarter of Hama called "المدينة")
            return None, k
        prec = nprec if role == "drop" else "governorate" if role in ("gov", "rif") else None
        e = self._picked.get((key, prec))  # (a listed name's entries are the gazetteer's own: picked once)
        if e is None:
            e = self._picked[(key, prec)] = self._pick(entries, prec)
        level = e.level
        name_start, name_end = toks[j][0] + p, toks[j + k - 1][1]
        last = j + k
        lat, lon, pcode, gov = e.lat, e.lon, e.pcode, e.governorate
        M = _morph()
        if role in ("gov", "rif") or (role is None and key.startswith(M.rif)):
            # "محافظة حلب" / "ريف حلب": the governorate, whichever reading the name had
            g = self.gov_entry.get(gov) if e.country == HOME_COUNTRY else None
            # "ريف تدمر" is the district of Tadmur, not all Homs: only a governorate's own
            # name stands for the governorate
            if g is not None and (e.level == "governorate" or g.name == e.name or role == "gov"):
                lat, lon, pcode = g.lat, g.lon, g.pcode
            level = "governorate" if (g is not None and (g.name == e.name or role == "gov")) or e.level == \
                "governorate" else "district"
            if role == "rif":
                name_start = toks[i][0] + noun[2]
            if role == "rif" or key.startswith(M.rif):
                last = self._directions(nt.text, toks, last, end)
                if last > j + k:
                    level = "district"  # "ريف حلب الشمالي"
                name_end = toks[last - 1][1]
        if role is None or role == "rif":
            # "ريف العاصمة السورية دمشق", "ضواحي العاصمة دمشق": the capital's own name apposed
            # after a listed phrase ending in "العاصمة" belongs to that mention (the
            # countryside's), not a place of its own
            last = self._apposed_name(nt.text, toks, key, e, last, end)
            name_end = toks[last - 1][1]
        if role == "drop" and nphrase.endswith(M.dual_construct):
            last = self._dual_second(nt.text, toks, last, end)
            name_end = toks[last - 1][1]
        own = self._own_countryside(nt.text, toks, last, end) if role is None and e.country == HOME_COUNTRY else 0
        if own:
            # "دمشق وريفها": the town and its countryside, a governorate's when the town is its seat
            g = self.gov_entry.get(gov)
            seat = g is not None and g.name == e.name
            level = "governorate" if seat else "district"
            if seat:
                lat, lon, pcode = g.lat, g.lon, g.pcode
            last += own
            name_end = toks[last - 1][1]
        s, e_ = nt.orig_span(name_start, name_end)
        name = _written(nt.original[s:e_])
        if p and toks[j][2][p - 1:p + 1] in M.lam_article and not name.startswith(M.article):
            name = M.article[0][0] + name  # "للرقة" -> "الرقة" (the ل of the article was kept in the match)
        if level == "country" and role is None and _ARABIC.search(name):
            # a country goes by its usual name however the text puts it ("سورية", "الأراضي
            # التركية", "الجانب التركي"); the span keeps the words written
            name = e.name
        elif key in self.possessive and name[-1:] in ("s", "S"):
            name = name[:-1]  # "Aleppos countryside": the name without the glued-on possessive
        precision = PRECISION.get(level, "town")
        place = Place(name, gov, lat, lon, precision, pcode, Span(s, e_, nt.original[s:e_]))
        if role is None and k == 1 and (key in self.weak or key in self.governs) \
                and self._modified(nt.text, toks, last, end):
            # "الأمين العام", "الجيش السوري": a common noun and its adjective; "حماة الأقصى"
            # (the guardians of al-Aqsa): a plural noun and the noun it governs
            return None, k + 1
        if role is None and k == 1 and key in self.weak and self._modifies(nt.text, toks, j):
            # "في الوقت الحاضر", "مجلس الأمن الدولي": the adjective of the noun before it
            return None, k
        weak = role is None and (
            key in self.weak  # (one word mostly; a given name of two too: "صلاح الدين")
            or (e.level == "neighbourhood" and not e.handmade and all(x.level == "neighbourhood" for x in entries)))
        m = PlaceMention(place, toks[i][0] + (noun[2] if noun else p), name_end, level, e.country,
                         tuple(entries), weak)
        return m, last - i

    def _modified(self, text: str, toks: list[Tok], k: int, end: int) -> bool:
        """Whether a definite word right after a bare weak name (an ordinary word too: "الأمين",
        "الجيش") at token ``k`` makes it a common noun with its adjective or genitive ("الأمين
        العام", "الثورة السورية"): a name bare is not so modified; a compass word, a word that
        says where it lies or a listed place after it ("القصور الشمالية", "الباب الواقعة",
        "الميدان دمشق") leaves it a name."""
        if k >= len(toks) or toks[k][1] > end or _gap(text, toks[k - 1][1], toks[k][0]):
            return False
        M = _morph()
        tok = toks[k][2]
        return tok.startswith(M.article) and tok not in M.linkers and tok not in self.never \
            and self.names.match_at(toks, k) is None and self.nouns.match_at(toks, k, clitics=False) is None

    def _modifies(self, text: str, toks: list[Tok], j: int) -> bool:
        """Whether a bare weak name at token ``j``, written definite ("الحاضر", "الدولي"), is the
        adjective of the definite word right before it ("الوقت الحاضر", "الأمن الدولي"): a name
        bare after a common noun, not after a place's noun ("الحي الجديد" is one too, but "المدينة
        الباب" is rare), a listed place, a word that says where it lies or a preposition."""
        if j < 1 or _gap(text, toks[j - 1][1], toks[j][0]):
            return False
        M = _morph()
        prev, tok = toks[j - 1][2], toks[j][2]
        if not (tok.startswith(M.article) and prev.startswith(M.article)) or prev in M.linkers \
                or prev in self.never or prev in self.weak:
            return False
        return self.names.match_at(toks, j - 1) is None and self.nouns.match_at(toks, j - 1, clitics=False) is None

    def _facility(self, nt: Normalized, toks: list[Tok], i: int, j: int, hit: tuple | None,
                  noun: tuple, end: int) -> tuple[PlaceMention | None, int]:
        """"مطار التيفور", "حاجز الكبر", "سجن حلب": a site named with its noun, which stays in
        the name (codebook: a noun that is part of the name). Its governorate is the listed
        town it is named after, else the places named with it (``resolve``); a street or a
        mosque is never named after a town where it is ("شارع بغداد" in Damascus)."""
        named_after = noun[0][1] != "name"  # a street or a mosque has a name of its own
        # a weak name ("ربيعة") after a site's noun is no surer a town than bare: the site
        # is then named only if its name is definite
        if named_after and hit is not None and not hit[2] and not (hit[1] == 1 and hit[0][0] in self.weak):
            m, used = self._listed(nt, toks, i, j, hit, None, end)
            if m is None:
                return None, noun[1]
            # read as the town it is named after: an ambiguous name ("منفذ ربيعة" near Mosul)
            # still takes the reading the other places agree with
            level, country, candidates, site = m.level, m.country, m.candidates, False
            base, last = m.place, i + used
        elif (toks[j][2].startswith(_morph().article) or not named_after and hit is not None) \
                and toks[j][2] not in self.never and len(toks[j][2]) > 3:
            # an unlisted site needs a definite name: "مستشفى ميداني" is a kind, not a name
            m = self._unlisted(nt, toks, i, j, ("drop", "exact", noun[0][2]), noun[2])
            if m is None:
                return None, noun[1]
            level, country, candidates, site = "unlisted", HOME_COUNTRY, (), True
            base, last = m.place, _tok_after(toks, m.end, i)
        else:
            return None, noun[1]
        s, e = nt.orig_span(toks[i][0] + noun[2], toks[last - 1][1])
        name = _written(nt.original[s:e])
        place = replace(base, name=name, precision="exact", span=Span(s, e, name))
        return PlaceMention(place, toks[i][0] + noun[2], toks[last - 1][1], level, country, candidates,
                            site=site), last - i

    def _countryside_of(self, nt: Normalized, toks: list[Tok], i: int, noun: tuple,
                        end: int) -> tuple[PlaceMention | None, int]:
        """"بالريف الشرقي لدير الزور", "في الريف الغربي للعاصمة السورية": the countryside, its
        compass words, then "ل" and a Syrian name is that name's "ريف X" narrowed (a district):
        the listed "ريف X" when there is one (the capital's is Rif Dimashq), else X's
        governorate. Without compass words or "ل" it is no place of its own."""
        j = self._directions(nt.text, toks, i + noun[1], end)
        if j == i + noun[1] or j >= len(toks) or toks[j][1] > end or _gap(nt.text, toks[j - 1][1], toks[j][0]):
            return None, noun[1]
        hit = self.names.match_at(toks, j)
        M = _morph()
        if hit is None or not hit[2] or toks[j][2][:1] != M.lam_article[0][:1]:
            return None, noun[1]
        (key, entries), k, _ = hit
        own = next((self.phrases[r + key] for r in M.rif if r + key in self.phrases), None)
        e = self._pick(own, "district") if own else self._pick(entries, "governorate")
        if e.country != HOME_COUNTRY or e.governorate == "unknown" or key in self.never:
            return None, noun[1]
        # the countryside lies around the town; of its codes only the governorate's holds it
        g = self.gov_entry.get(e.governorate) if not own else None
        lat, lon, pcode = e.lat, e.lon, g.pcode if g is not None else e.pcode
        start, last = toks[i][0] + noun[2], j + k
        s, e_ = nt.orig_span(start, toks[last - 1][1])
        name = _written(nt.original[s:e_])
        place = Place(name, e.governorate, lat, lon, PRECISION["district"], pcode, Span(s, e_, nt.original[s:e_]))
        return PlaceMention(place, start, toks[last - 1][1], "district", HOME_COUNTRY, tuple(own or entries)), last - i

    def _apposed_name(self, text: str, toks: list[Tok], key: str, e: Entry, k: int, end: int) -> int:
        """Token index after a name apposed to a listed phrase with an apposed noun ("ريف
        العاصمة السورية" + "دمشق"): a listed place of the same country but another governorate
        right after it (the same place named twice is left as two mentions), else ``k``."""
        if not _has_apposed_word(key) or k >= len(toks) or toks[k][1] > end \
                or _gap(text, toks[k - 1][1], toks[k][0]):
            return k  # (most listed phrases hold no apposed noun: told by the key alone, first)
        hit = self.names.match_at(toks, k)
        if hit is None or hit[2] or hit[0][0] in self.never or toks[k + hit[1] - 1][1] > end \
                or not any(x.country == e.country for x in hit[0][1]) \
                or any(x.governorate == e.governorate for x in hit[0][1]):
            return k
        return k + hit[1]

    def _dual_second(self, text: str, toks: list[Tok], k: int, end: int) -> int:
        """Token index after the second of two places a dual noun names ("بلدتي عربين ومصرابا")
        when the gazetteer does not list it (a listed one is a twin of its own: ``_twins``)."""
        M = _morph()
        if k >= len(toks) or toks[k][1] > end or _gap(text, toks[k - 1][1], toks[k][0]) \
                or not toks[k][2].startswith(M.wa) or self.names.match_at(toks, k) is not None:
            return k
        word = toks[k][2][len(M.wa):]
        if len(word) < 3 or word in self.never or word.isdigit():
            return k
        head = self.nouns.match_at(toks, k)
        if head is not None and head[0][0] == "head" and k + 1 < len(toks) and toks[k + 1][1] <= end \
                and not _gap(text, toks[k][1], toks[k + 1][0]) and toks[k + 1][2] not in self.never:
            return k + 2  # "قريتي جملة وعين ذكر"
        return k + 1

    def _own_countryside(self, text: str, toks: list[Tok], k: int, end: int) -> int:
        """Tokens of "وريفها" right after a name at token ``k`` (0 when there is none)."""
        if k >= len(toks) or toks[k][1] > end or _gap(text, toks[k - 1][1], toks[k][0]) \
                or not toks[k][2].startswith(_morph().wa):
            return 0
        m = self.nouns.match_at(toks, k)
        return m[1] if m is not None and m[0][0] == "rif_own" and m[2] == len(_morph().wa) else 0

    def _directions(self, text: str, toks: list[Tok], k: int, end: int) -> int:
        """Token index after the compass words following a countryside ("ريف إدلب الجنوبي الشرقي")."""
        while k < len(toks) and toks[k][1] <= end and not _gap(text, toks[k - 1][1], toks[k][0]):
            m = self.nouns.match_at(toks, k, clitics=False)
            if m is None or m[0][0] != "direction":
                break
            k += m[1]
        return k

    @staticmethod
    def _pick(entries: list[Entry], noun_precision: str | None) -> Entry:
        order = _ORDER.get(noun_precision, _ORDER[None])
        return min(entries, key=lambda e: (order.get(e.level, 4), not e.handmade))

    def _unlisted(self, nt: Normalized, toks: list[Tok], i: int, j: int,
                  noun: tuple[str, str, str], noun_p: int = 0) -> PlaceMention | None:
        """A name after a generic noun that the gazetteer does not list ("قرية الطابية")."""
        tok = toks[j][2]
        M = _morph()
        if tok.isdigit() or len(tok) < 3 or any(f in self.never for f, _ in _forms(tok)):
            return None
        if tok[0] in M.clitics and not tok.startswith(M.article) and any(f != tok and f in self.never or
                                                                       f.startswith(M.article) for f, _ in _forms(tok)[1:]):
            return None  # "قرى وبلدات", "مدينة بالقرب": a clitic, not a name
        if len(tok) > 4 and tok.startswith(M.verb_prefix) and tok.endswith(M.object_suffix):
            return None  # "قرية تقطنها أغلبية درزية", "مناطق يسكنها": a verb and its object, no name
        _, prec, nphrase = noun
        if prec == "district" and not tok.startswith(M.article):
            return None  # "منطقة عازلة", "مناطق سيطرة": after منطقة an indefinite word is no name
        k = j + 1
        head = self.nouns.match_at(toks, j, clitics=False)
        if head is not None and head[0][0] == "head" and k < len(toks) \
                and not _gap(nt.text, toks[j][1], toks[k][0]) and toks[k][2] not in self.never:
            k += 1  # "عين ترما", "كفر بطنا"
        elif tok in self.weak and prec != "exact":
            return None
        elif not tok.startswith(M.article) and k < len(toks) and toks[k][2].startswith(M.article) \
                and not _gap(nt.text, toks[j][1], toks[k][0]) and toks[k][2] not in self.never \
                and toks[k][2][-1] not in M.adjective_endings \
                and toks[k][2] not in self.weak and toks[k][2] not in M.linkers \
                and self.nouns.match_at(toks, k, clitics=False) is None:
            k += 1  # an indefinite first word is a construct: "حي ركن الدين", "حي باب السباع"
        if nphrase.endswith(M.dual_construct) and k + 1 < len(toks) and nt.text[toks[k - 1][1]:toks[k][0]] == " " \
                and toks[k][2].startswith(M.wa) and toks[k][2][len(M.wa):] not in self.never:
            k += 1  # a dual noun names two places: "قريتي الطابية والحريجية"
        s, e = nt.orig_span(toks[j][0], toks[k - 1][1])
        name = _written(nt.original[s:e])
        place = Place(name, "unknown", None, None, prec, None, Span(s, e, name))
        return PlaceMention(place, toks[i][0] + noun_p, toks[k - 1][1], "unlisted", HOME_COUNTRY)

    def _vouch(self, text: str, found: list[PlaceMention]) -> list[PlaceMention]:
        """Weak names stay only with a sure place of a governorate they can be in close by: a
        bare neighbourhood name needs its city right beside it ("القصور بدير الزور"), an
        ordinary word a place in the same sentence ("السفيرة بريف حلب"); a weak name joined by
        "و" to a sure town is its twin ("نبل والزهراء")."""
        if not any(m.weak for m in found):
            return found
        out = []
        for idx, m in enumerate(found):
            if not m.weak:
                out.append(m)
                continue
            near = 30 if m.level == "neighbourhood" else _NEAR
            sure = [o for o in _within(found, idx, near) if not o.weak and o.level != "unlisted"
                    and o.country == HOME_COUNTRY and not _sentence_between(text, o, m)]
            twin = next((o for o in found[idx - 1:idx] if text[o.end:m.start] == " " + _morph().wa
                         and o.level in ("town", "subdistrict")), None)
            if twin is not None:
                alt = [e for e in m.candidates if e.governorate == twin.place.governorate
                       and e.level in ("town", "subdistrict", "neighbourhood")]
                if alt:
                    e = self._pick(alt, None)
                    out.append(_as_entry(m, e, twin.level))
                    continue
            govs = {o.place.governorate for o in sure}
            alt = [e for e in m.candidates if e.governorate in govs]
            if alt:
                out.append(_as_entry(m, self._pick(alt, None)))
        return out

    @staticmethod
    def _twins(nt: Normalized, found: list[PlaceMention]) -> list[PlaceMention]:
        """Two places joined by "و" and named as one ("نبل والزهراء", "سوريا والعراق") are one
        mention, as the codebook keeps twin towns hit by one barrage together. Lists of three or
        more stay apart."""
        text, and_ = nt.text, " " + _morph().wa

        def joined(a: PlaceMention, b: PlaceMention) -> bool:
            return text[a.end:b.start] == and_ and _RANK.get(a.level) == _RANK.get(b.level) \
                and a.country == b.country or (a.level == b.level == "country" and text[a.end:b.start] == and_)

        # whether each mention is listed after the one before it, read once per pair (each pair
        # is asked of by the mentions on both sides of it)
        after_list = [False] + [_gap_or_and(text, x.end, y.start) for x, y in zip(found, found[1:])]
        out: list[PlaceMention] = []
        i = 0
        while i < len(found):
            a = found[i]
            b = found[i + 1] if i + 1 < len(found) else None
            listed = after_list[i] or (i + 2 < len(found) and after_list[i + 2])
            if b is not None and not listed and joined(a, b):
                out.append(_merge(nt, a, b))
                i += 2
                continue
            out.append(a)
            i += 1
        return out

    # -- one place for a claim --------------------------------------------------------
    def resolve(self, mentions: list[PlaceMention], aside: list[PlaceMention] | None = None) -> Place:
        """The most specific mention; an unlisted name takes governorate and coordinates from
        the most specific listed place named with it. Mentions in ``aside`` (places that only
        say where another lies) settle readings and lend a governorate but are never chosen."""
        if not mentions:
            return Place()
        countries = {m.country for m in mentions if m.level == "country"}
        if len(countries) > 1 and all(m.level == "country" for m in mentions):
            return Place(None, "unknown", None, None, "country")  # "سوريا والعراق" named apart
        skip = {(m.start, m.end) for m in aside or ()}  # by place in the text: re-readings are copies
        before, mentions = mentions, self._consistent(mentions)
        chosen = [m for m in mentions if (m.start, m.end) not in skip]
        if not chosen and skip:
            # only the places set aside agree with each other: the place they locate still wins
            return self.resolve([m for m in before if (m.start, m.end) not in skip] or before)
        chosen = chosen or mentions
        best = min(chosen,
                   key=lambda m: (-1 if m.site else _rank(m), m.level == "unlisted" and not m.site))
        place = _copy(best.place)
        if best.level == "unlisted":
            parent = min((m for m in mentions if m.level != "unlisted"),
                         key=lambda m: (_RANK.get(m.level, 5), abs(m.start - best.start)), default=None)
            if parent is not None:
                place.governorate = parent.place.governorate
                place.lat, place.lon, place.pcode = parent.place.lat, parent.place.lon, parent.place.pcode
        return place

    def _consistent(self, mentions: list[PlaceMention]) -> list[PlaceMention]:
        """Ambiguous names take the reading that agrees with the other places named with them
        ("القصور" with "دير الزور" is the Deir ez-Zor neighbourhood); names that agree with no
        wider place named alongside give way to those that do."""
        wide = {m.place.governorate for m in mentions
                if m.level in ("governorate", "district") and m.place.governorate != "unknown"}
        if not wide:
            # unambiguous towns named alongside settle an ambiguous neighbourhood ("القصور بدير الزور")
            wide = {m.place.governorate for m in mentions if len({e.governorate for e in m.candidates}) <= 1
                    and m.place.governorate != "unknown"}
            if len(wide) != 1:
                return mentions
        out = []
        for m in mentions:
            if m.place.governorate not in wide and m.candidates:
                alt = [e for e in m.candidates if e.governorate in wide]
                if alt:
                    m = _as_entry(m, self._pick(alt, "exact" if m.level == "neighbourhood" else None))
            out.append(m)
        agreeing = [m for m in out if m.place.governorate in wide or m.level == "unlisted"]
        return agreeing or out

    @staticmethod
    def spans_governorates(mentions: list[PlaceMention]) -> bool:
        """Places in more than one governorate are named (a total over several areas)."""
        return len({m.place.governorate for m in mentions if m.place.governorate != "unknown"}) > 1

    def governorate_of(self, pcode: str | None) -> str:
        if not pcode:
            return "unknown"
        e = self.by_pcode.get(pcode) or self.by_pcode.get(pcode[:4])
        return e.governorate if e else "unknown"

    @staticmethod
    def is_within(inner: str | None, outer: str | None) -> bool:
        """OCHA p-codes nest by prefix: SY09 ⊃ SY0901 ⊃ SY090105 ⊃ SY090105:N0001."""
        if not inner or not outer:
            return False
        return inner == outer or inner.startswith(outer if ":" in outer else outer.split(":")[0])


def in_gazetteer_script(text: str) -> bool:
    """Whether ``text`` is written in the gazetteer's script (its names are Arabic)."""
    return _ARABIC.search(text) is not None


def _written(text: str) -> str:
    """A name as written, its words apart: a hashtag joins them with "_" ("#مطار_التيفور")."""
    return text.replace("_", " ") if "_" in text else text


def _rank(m: PlaceMention) -> int:
    """How specific a mention is; an unlisted definite name after "حي" is a neighbourhood ("حي
    المغاير في حلب": the quarter, not the city; "سوق مزدحم" names no place finer than its town)."""
    if m.level == "unlisted" and m.place.precision == "exact" and _definite(m.place.name):
        return _RANK["neighbourhood"]
    return _RANK.get(m.level, 5)


def _definite(name: str | None) -> bool:
    """A definite name ("المغاير"), or a construct one ("ركن الدين", "باب السباع"): a name, not
    the adjective an indefinite word after "سوق" or "حي" mostly is."""
    words = norm(name or "").split()
    art = _morph().article
    return bool(words) and (words[0].startswith(art) or len(words) > 1 and words[-1].startswith(art))


def _forms(tok: str) -> list[tuple[str, int]]:
    return list(clitic_forms(tok))


_OPEN_QUOTES = frozenset('"«“')
_CLOSE_QUOTES = '"»”'


def _closed_quote(text: str, toks: list[Tok], k: int) -> bool:
    """The quotation opened before a name closes right after its last token ``k``."""
    return k < len(toks) and text[toks[k][1]:toks[k][1] + 2].strip()[:1] in _CLOSE_QUOTES


# words between a venue's noun and its place ("زيارة إلى الشطر الشمالي من قبرص")
_VENUE_REACH = 4


# a place's fields in the order its constructor takes them
_PLACE_FIELDS = attrgetter(*(f.name for f in fields(Place)))


def _copy(place: Place) -> Place:
    """A copy of ``place`` for the caller to change (``resolve`` is asked per claim): its fields
    read in C and passed to the constructor, not ``dataclasses.replace``'s walk over them."""
    return Place(*_PLACE_FIELDS(place))


def _gap(text: str, a: int, b: int) -> bool:
    """Punctuation between two tokens: they belong to different phrases."""
    return not _BREAK.isdisjoint(text[a:b])  # (asked at most names found: a set test in C, no generator)


@lru_cache(maxsize=1 << 14)
def _has_apposed_word(key: str) -> bool:
    """Whether a listed phrase holds an apposed noun ("ريف العاصمة السورية"): asked of every
    listed name found, remembered per phrase."""
    return not _morph().apposed.isdisjoint(key.split())


def _gap_or_and(text: str, a: int, b: int) -> bool:
    between, wa = text[a:b].strip(), _morph().wa
    return between in (wa, ",", "،") or (b - a <= 3 and bool(between) and between in ",،" + wa)


def _within(found: list[PlaceMention], idx: int, near: int) -> list[PlaceMention]:
    """The mentions closer than ``near`` characters to ``found[idx]``. Mentions are in text
    order and do not overlap, so the walk stops at the first one too far on each side
    instead of measuring every mention of a long article against every weak one."""
    m = found[idx]
    out = []
    for k in range(idx - 1, -1, -1):
        if m.start - found[k].end >= near:
            break
        out.append(found[k])
    out.reverse()
    for k in range(idx + 1, len(found)):
        if found[k].start - m.end >= near:
            break
        out.append(found[k])
    return out


def _sentence_between(text: str, a: PlaceMention, b: PlaceMention) -> bool:
    lo, hi = (a.end, b.start) if a.start < b.start else (b.end, a.start)
    return not _SENTENCE_ENDS.isdisjoint(text[lo:hi])


def _tok_after(toks: list[Tok], end: int, i: int) -> int:
    while i < len(toks) and toks[i][1] <= end:
        i += 1
    return i


def _as_entry(m: PlaceMention, e: Entry, level: str | None = None) -> PlaceMention:
    """The same mention read as gazetteer entry ``e`` (another place of the same name)."""
    pl = m.place
    if level is None:
        level = e.level if m.level not in ("governorate", "district") or e.level == m.level else m.level
    prec = PRECISION.get(level, pl.precision) if level in (e.level, "town") else pl.precision
    place = Place(pl.name, e.governorate, e.lat, e.lon, prec, e.pcode, pl.span)
    return PlaceMention(place, m.start, m.end, level, e.country, m.candidates, False)


def _merge(nt: Normalized, a: PlaceMention, b: PlaceMention) -> PlaceMention:
    pa, pb = a.place, b.place
    same = pa.governorate == pb.governorate
    s, e = (pa.span.start, pb.span.end) if pa.span and pb.span else nt.orig_span(a.start, b.end)
    written = _written(nt.original[s:e])
    name = written
    if pa.span and pb.span and pa.name and pb.name and nt.original[pa.span.end:pb.span.start].strip() != _morph().wa:
        # "سراقب وبلدة سلقين": the second name's generic noun is dropped too, as the codebook asks
        name = pa.name + " " + _morph().wa + pb.name
    place = Place(name, pa.governorate if same else "unknown", pa.lat if same else None,
                  pa.lon if same else None, pa.precision, pa.pcode if same else None, Span(s, e, written))
    return PlaceMention(place, a.start, b.end, a.level, a.country, a.candidates if same else (), False,
                        not same)


def distance_km(a: Place, b: Place) -> float | None:
    """Great-circle distance between two places with coordinates, else None."""
    if a.lat is None or a.lon is None or b.lat is None or b.lon is None:
        return None
    la1, lo1, la2, lo2 = map(math.radians, (a.lat, a.lon, b.lat, b.lon))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 6371.0 * 2 * math.asin(math.sqrt(h))


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    return Gazetteer()
