"""Loading the place data: the derived Syrian gazetteer, hand-written Syrian additions, places
abroad, generic nouns and stopwords (all under ``rasd/data``; sources in their headers)."""

from __future__ import annotations

import math
from dataclasses import dataclass
from importlib import resources
from typing import Iterator

from rasd.text.lexicon import read_tsv
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


def _km(a: Entry, lat: float, lon: float) -> float:
    if a.lat is None or a.lon is None:
        return math.inf
    return math.hypot(a.lat - lat, (a.lon - lon) * math.cos(math.radians(lat)))


def load() -> PlaceData:
    phrases: dict[str, list[Entry]] = {}
    by_pcode: dict[str, Entry] = {}
    gov_entry: dict[str, Entry] = {}

    def add(phrase: str, e: Entry) -> None:
        key = norm(phrase).strip()
        if len(key) < 3:
            return
        bucket = phrases.setdefault(key, [])
        if e not in bucket:
            bucket.append(e)

    derived: list[tuple[Entry, list[str]]] = []
    rows = _rows("gazetteer/syria.tsv")
    next(rows)  # header
    for level, name_ar, name_en, aliases, lat, lon, pcode, _parent, gov in rows:
        e = Entry(level, name_ar, gov, _float(lat), _float(lon), pcode or None, "SY")
        by_pcode.setdefault(pcode, e)
        if level == "governorate":
            gov_entry[gov] = e
        derived.append((e, [name_ar, name_en, *aliases.split("|")]))

    # A district is named after its seat (the "markaz" subdistrict, p-code + "00"): the seat
    # answers to every name of the district too ("Douma" is both in the English sources).
    seat_of = {e.pcode: e for e, _ in derived if e.level in ("town", "subdistrict")}
    derived += [(seat_of[e.pcode + "00"], names) for e, names in list(derived)
                if e.level == "district" and e.pcode + "00" in seat_of]

    # Hand-written Syrian places get p-codes from the derived rows so nesting still works:
    # regions take their governorate's, points the nearest seat's in their governorate.
    seats = [e for e, _ in derived if e.level in ("town", "subdistrict") and e.pcode and len(e.pcode) == 8]
    hidden: set[str] = set()
    handmade: list[tuple[Entry, list[str]]] = []
    for n, (level, gov, country, lat, lon, names) in enumerate(read_tsv("gazetteer/syria_extra.tsv")):
        e = Entry(level, names.split("|")[0], gov, _float(lat), _float(lon), None, country, True)
        g = gov_entry.get(gov)
        if level == "district" and g is not None:
            e.pcode = g.pcode
        elif g is not None and e.lat is not None and e.lon is not None:
            near = min((s for s in seats if s.governorate == gov), key=lambda s: _km(s, e.lat, e.lon))
            e.pcode = f"{near.pcode}:X{n:03d}"
        handmade.append((e, names.split("|")))
        hidden.update(norm(x) for x in names.split("|"))
    for e, names in derived:
        for x in names:
            if x and norm(x) not in hidden:
                add(x, e)
    for e, names in handmade:
        for x in names:
            add(x, e)
    for level, gov, country, lat, lon, names in read_tsv("lexicons/places_world.tsv"):
        e = Entry(level, names.split("|")[0], gov, _float(lat), _float(lon), None, country, True)
        for x in names.split("|"):
            add(x, e)

    nouns = [(r[0], r[1], r[2]) for r in read_tsv("lexicons/place_prefixes.tsv")]
    weak: set[str] = set()
    never: set[str] = set()
    noun_only: set[str] = set()
    for cls, word in read_tsv("lexicons/place_stopwords.tsv"):
        {"weak": weak, "noun_only": noun_only}.get(cls, never).add(norm(word))
    # a generic noun is never a name on its own ("قرى مدينة ...")
    never.update(norm(p) for role, _, p in nouns if role in ("drop", "gov", "rif"))
    return PlaceData(phrases, by_pcode, gov_entry, nouns, weak, never, noun_only)
