"""Loading the place data: the derived Syrian gazetteer, hand-written Syrian additions, places
abroad, generic nouns and stopwords (all under ``rasd/data``; sources in their headers).

Arabic names are keyed by their normalised form; English (Latin-script) names by the spelling
keys of every variant ``rasd.text.latin`` derives ("Deir ez-Zor": "dar az zur", "dar azur",
...), which is also how ``Gazetteer.find`` reads English text."""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from importlib import resources
from typing import Iterable, Iterator

from rasd.core.vocab import HOME_COUNTRY
from rasd.lang import rows as lang_rows
from rasd.lang import rows_all
from rasd.text.latin import is_latin, name_keys, spelling_key
from rasd.text.lexicon import read_tsv, tokens
from rasd.text.normalize import norm

# codebook precision of a gazetteer level
PRECISION = {"neighbourhood": "exact", "landmark": "exact", "town": "town", "subdistrict": "town",
             "district": "district", "governorate": "governorate", "country": "country"}


@dataclass(slots=True, eq=False)
class Entry:
    level: str  # country | governorate | district | subdistrict | town | neighbourhood | landmark
    name: str
    governorate: str  # codebook id
    lat: float | None
    lon: float | None
    pcode: str | None  # OCHA p-code (hierarchical by prefix), None abroad
    country: str  # ISO 3166-1 alpha-2
    handmade: bool = False  # from syria_extra.tsv / places_world.tsv


@dataclass(slots=True)
class PlaceData:
    phrases: dict[str, list[Entry]]  # normalised name -> the places it can be
    by_pcode: dict[str, Entry]
    gov_entry: dict[str, Entry]  # governorate id -> its governorate row (Syria)
    nouns: list[tuple[str, str, str]]  # (role, precision, phrase)
    weak: set[str]  # normalised
    never: set[str]
    noun_only: set[str]  # names only after a generic noun ("حي الشهداء", never bare "الشهداء")
    english: "EnglishWords"
    possessive: frozenset[str] = frozenset()  # keys read with a glued-on possessive "s" ("Aleppos")
    # names that are a plural noun too, governing the definite noun after them ("حماة الأقصى")
    governs: set[str] = field(default_factory=set)


@dataclass(slots=True)
class EnglishWords:
    """English words the place guards look at (``rasd.extract.places_en``), lower case as written."""

    homographs: frozenset[str]  # common words that spell like a place name (gazetteer/homographs_en.tsv)
    before: frozenset[str]  # prepositions and nouns putting the next word in a place
    after: frozenset[str]  # place nouns after a name
    function: frozenset[str]  # never part of a name
    never: frozenset[str]  # never a place alone (lang/en/places.tsv and the proper nouns of homographs_en.tsv)
    modifier: frozenset[str]  # words before a name that are no part of it ("eastern", "rural")
    head: frozenset[str]  # first words of many place names ("tal", "khan")
    calendar: frozenset[str]  # day and month names: capitalised, but no part of a name


def _float(s: str) -> float | None:
    try:
        return round(float(s), 5)
    except ValueError:
        return None


def _rows(path: str) -> Iterator[list[str]]:
    text = resources.files("rasd").joinpath("data").joinpath(path).read_text("utf-8")
    for line in text.splitlines():
        if line and not line.startswith("#"):
            yield line.split("\t")


# How surely an English key names a place, best first: its main name as written (articles in any
# form), an alias, the main name with the article left out ("Hama" for "al-Hamah"), an alias so.
# A key names only the places it names best: "Hama" is the city, not al-Hamah near Damascus.
MAIN, ALIAS, MAIN_BARE, ALIAS_BARE = range(4)


def _keys(arabic: Iterable[str], english: Iterable[str], main_english: int = 1) -> list[tuple[str, int]]:
    """Lexicon keys of a place's names and how surely each names it: Arabic normalised (all
    ``MAIN``), English in every variant's spelling keys; the first ``main_english`` English names
    are main names, the others aliases."""
    keys = [(norm(x).strip(), MAIN) for x in arabic if x.strip()]
    for n, x in enumerate(english):
        full, bare = name_keys(x)
        main = n < main_english
        keys += [(" ".join(v), MAIN if main else ALIAS) for v in sorted(full)]
        keys += [(" ".join(v), MAIN_BARE if main else ALIAS_BARE) for v in sorted(bare)]
    return keys


def key_phrase(phrase: str) -> str:
    """A lexicon phrase with its Latin words as spelling keys, as ``Gazetteer.find`` reads text."""
    return " ".join(spelling_key(t) for _, _, t in tokens(norm(phrase)))


def _split(cell: str) -> list[str]:
    return [x for x in cell.split("|") if x.strip()]


def _english_words() -> EnglishWords:
    names = ("context", "before", "after", "function", "never", "modifier", "head", "calendar")
    classes: dict[str, set[str]] = {c: set() for c in names}
    for cls, word in lang_rows("en", "places"):
        classes[cls].add(word.lower())
    for word, cls, *_ in read_tsv("gazetteer/homographs_en.tsv"):
        classes["never" if cls == "never" else "context"].add(word)
    return EnglishWords(*(frozenset(classes[c]) for c in names))


def _km(a: Entry, lat: float, lon: float) -> float:
    if a.lat is None or a.lon is None:
        return math.inf
    return math.hypot(a.lat - lat, (a.lon - lon) * math.cos(math.radians(lat)))


def load() -> PlaceData:
    phrases: dict[str, list[Entry]] = {}
    by_pcode: dict[str, Entry] = {}
    gov_entry: dict[str, Entry] = {}

    ranked: dict[str, list[tuple[int, Entry]]] = {}

    def add(key: str, e: Entry, rank: int) -> None:
        if len(key) >= 3:
            ranked.setdefault(key, []).append((rank, e))

    derived: list[tuple[Entry, list[tuple[str, int]]]] = []
    possessed: list[tuple[Entry, list[str]]] = []
    possessive: set[str] = set()
    rows = _rows("gazetteer/syria.tsv")
    next(rows)  # header
    for level, name_ar, name_en, aliases_ar, aliases_en, lat, lon, pcode, _parent, gov in rows:
        e = Entry(level, name_ar, gov, _float(lat), _float(lon), pcode or None, HOME_COUNTRY)
        by_pcode.setdefault(pcode, e)
        if level == "governorate":
            gov_entry[gov] = e
            possessed.append((e, [name_en, *_split(aliases_en)]))
        derived.append((e, _keys([name_ar, *_split(aliases_ar)], [name_en, *_split(aliases_en)])))

    # A district is named after its seat (the "markaz" subdistrict, p-code + "00"): the seat
    # answers to every name of the district too ("Douma" is both in the English sources).
    seat_of = {e.pcode: e for e, _ in derived if e.level in ("town", "subdistrict")}
    derived += [(seat_of[e.pcode + "00"], names) for e, names in list(derived)
                if e.level == "district" and e.pcode + "00" in seat_of]

    # Hand-written Syrian places get p-codes from the derived rows so nesting still works:
    # regions take their governorate's, points the nearest seat's in their governorate.
    seats = [e for e, _ in derived if e.level in ("town", "subdistrict") and e.pcode and len(e.pcode) == 8]
    hidden: set[str] = set()
    handmade: list[tuple[Entry, list[tuple[str, int]]]] = []
    for n, (level, gov, country, lat, lon, names, *english) in enumerate(read_tsv("gazetteer/syria_extra.tsv")):
        e = Entry(level, names.split("|")[0], gov, _float(lat), _float(lon), None, country, True)
        g = gov_entry.get(gov)
        if level == "district" and g is not None:
            e.pcode = g.pcode
        elif g is not None and e.lat is not None and e.lon is not None:
            near = min((s for s in seats if s.governorate == gov), key=lambda s: _km(s, e.lat, e.lon))
            e.pcode = f"{near.pcode}:X{n:03d}"
        # hand-written names are all main names
        keys = _keys(_split(names), _split(english[0]) if english else [], main_english=99)
        handmade.append((e, keys))
        hidden.update(key for key, rank in keys if rank == MAIN)
    for e, keys in derived:
        for key, rank in keys:
            if key not in hidden:
                add(key, e, rank)
    for e, keys in handmade:
        for key, rank in keys:
            add(key, e, rank)
    # English copy stripped of its apostrophes glues the possessive on ("Aleppos Bustan al-Qasr
    # district", "Idlibs countryside"): a governorate's English names are read so too, where
    # that spelling names no other place (place_stopwords: "Hamas" is the Palestinian group)
    for e, names in possessed:
        for key, _rank in _keys([], [x + "s" for x in names if x.strip()]):
            if key not in ranked:
                add(key, e, ALIAS_BARE)
                possessive.add(key)
    for level, gov, country, lat, lon, names, *english in read_tsv("lexicons/places_world.tsv"):
        e = Entry(level, names.split("|")[0], gov, _float(lat), _float(lon), None, country, True)
        for key, rank in _keys(_split(names), _split(english[0]) if english else [], main_english=99):
            add(key, e, rank)
    for key, entries in ranked.items():
        best = min(rank for rank, _ in entries)
        phrases[key] = list(dict.fromkeys(e for rank, e in entries if rank == best))

    # the gazetteer serves every language: its nouns are every pack's
    nouns = [(r[0], r[1], key_phrase(r[2])) for _lang, r in rows_all("place_prefixes")
             if r[0] != "site_kind"]  # the linker's, for comparing names
    weak: set[str] = set()
    never: set[str] = set()
    noun_only: set[str] = set()
    governs: set[str] = set()
    for _lang, (cls, word) in rows_all("place_stopwords"):
        # English words are matched by spelling key (as ``Gazetteer.find`` keys them)
        {"weak": weak, "noun_only": noun_only, "governs": governs}.get(cls, never).add(
            key_phrase(word) if is_latin(word) else norm(word))
    # a generic noun is never a name on its own ("قرى مدينة ...")
    never.update(norm(p) for role, _, p in nouns if role in ("drop", "gov", "rif"))
    return PlaceData(phrases, by_pcode, gov_entry, nouns, weak, never, noun_only, _english_words(),
                     frozenset(possessive), governs)
