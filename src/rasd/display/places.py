"""Places as readers and other datasets name them: the gazetteer's English name beside the
Arabic one the article used, the OCHA administrative units it lies in, and its country.

Reads the vendored gazetteer (``rasd/data/gazetteer/``: ``syria.tsv``, ``syria_extra.tsv``,
``ocha_admin.tsv``) and the places abroad (``rasd/data/lexicons/places_world.tsv``). A place
the gazetteer does not know keeps its Arabic name only: no English name is guessed. English
names are looked up by spelling key (``rasd.text.latin``): "Deir Ezzor" is the gazetteer's
"Deir ez-Zor".
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from rasd.core.models import Place
from rasd.core.vocab import HOME_COUNTRY, IRAQ
from rasd.text.latin import is_latin, name_variants, phrase_key
from rasd.text.lexicon import read_tsv
from rasd.text.normalize import norm

_LATIN = re.compile(r"[A-Za-z]")
SYRIA, IRAQ = HOME_COUNTRY, "IQ"


@dataclass(frozen=True, slots=True)
class Known:
    """One place of the gazetteer."""

    name_ar: str
    name_en: str | None
    pcode: str | None
    governorate: str
    country: str  # ISO 3166-1 alpha-2
    lat: float | None
    lon: float | None


@dataclass(frozen=True, slots=True)
class Unit:
    """An administrative unit (OCHA COD) by p-code, named in both languages."""

    pcode: str
    en: str
    ar: str


@dataclass(frozen=True, slots=True)
class PlaceNames:
    name_ar: str | None
    name_en: str | None  # None: the gazetteer does not know this place
    country: str | None  # ISO 3166-1 alpha-2; None when not known
    admin1: Unit | None = None
    admin2: Unit | None = None
    admin3: Unit | None = None

    def name(self, lang: str = "en") -> str | None:
        """The place's name in ``lang``, the Arabic one when there is no English one."""
        return (self.name_en or self.name_ar) if lang == "en" else (self.name_ar or self.name_en)


@dataclass(slots=True)
class Gazetteer:
    by_name: dict[str, list[Known]]  # normalised Arabic or English name -> places
    units: dict[str, Unit]  # OCHA p-code -> unit
    gov_pcode: dict[str, str]  # codebook governorate id -> its p-code
    gov_centre: dict[str, tuple[float, float]]  # codebook governorate id -> (lat, lon)


def _float(s: str) -> float | None:
    try:
        return float(s)
    except ValueError:
        return None


def _split(cell: str) -> list[str]:
    return [n for n in cell.split("|") if n.strip()]


def _keys(name: str) -> list[str]:
    """Lookup keys of a gazetteer name: Arabic normalised, English every variant's spelling keys."""
    if _LATIN.search(name):
        return [" ".join(v) for v in sorted(name_variants(name))]
    return [norm(name).strip()]


def _lookup(name: str) -> list["Known"]:
    by_name = gazetteer().by_name
    words = name.split()
    if words and all(is_latin(w.strip("'-,.")) or not w.strip("'-,.").isalpha() for w in words):
        return by_name.get(phrase_key(name), [])
    return by_name.get(norm(name).strip(), [])


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    gz = Gazetteer({}, {}, {}, {})

    def add(names: list[str], place: Known) -> None:
        for n in names:
            for key in _keys(n):
                if key and place not in gz.by_name.setdefault(key, []):
                    gz.by_name[key].append(place)

    for row in read_tsv("gazetteer/syria.tsv"):
        if row[0] == "level":  # the header row
            continue
        level, name_ar, name_en, aliases_ar, aliases_en, lat, lon, pcode, _parent, gov = row[:10]
        place = Known(name_ar, name_en or None, pcode or None, gov, SYRIA, _float(lat), _float(lon))
        add([name_ar, name_en, *_split(aliases_ar), *_split(aliases_en)], place)
        if level == "governorate":
            gz.gov_pcode[gov] = pcode
            if place.lat is not None and place.lon is not None:
                gz.gov_centre[gov] = (place.lat, place.lon)
    for file in ("gazetteer/syria_extra.tsv", "lexicons/places_world.tsv"):
        for _level, gov, country, lat, lon, names_ar, *english in read_tsv(file):
            arabic, latin = _split(names_ar), _split(english[0]) if english else []
            if arabic:
                add(arabic + latin, Known(arabic[0], latin[0] if latin else None, None, gov, country,
                                          _float(lat), _float(lon)))
    for pcode, _level, en, ar in read_tsv("gazetteer/ocha_admin.tsv"):
        gz.units[pcode] = Unit(pcode, en, ar)
    return gz


def _best(cands: list[Known], place: Place) -> Known | None:
    """The gazetteer place ``place`` is: same p-code, else same governorate (nearest first)."""
    if not cands:
        return None
    if place.pcode:
        for c in cands:
            if c.pcode == place.pcode:
                return c
    same = [c for c in cands if c.governorate == place.governorate] or cands
    same = [c for c in same if c.name_en] or same  # of two rows for one place, the named one
    if place.lat is not None and place.lon is not None:
        return min(same, key=lambda c: abs((c.lat or 0) - place.lat) + abs((c.lon or 0) - place.lon)
                   if c.lat is not None and c.lon is not None else 1e9)
    return same[0]


def country_of(place: Place, known: Known | None = None) -> str | None:
    gz = gazetteer()
    if place.governorate in gz.gov_pcode:
        return SYRIA
    if place.governorate == IRAQ:
        return IRAQ
    return known.country if known is not None else None


def place_names(place: Place) -> PlaceNames:
    gz = gazetteer()
    known = _best(_lookup(place.name), place) if place.name else None
    country = country_of(place, known)
    base = (place.pcode or "").split(":")[0]
    if not base.startswith(SYRIA) and country == SYRIA:
        base = gz.gov_pcode.get(place.governorate, "")
    units = [gz.units.get(base[:n]) if len(base) >= n else None for n in (4, 6, 8)]
    return PlaceNames(place.name, known.name_en if known else None, country, *units)


def governorate_centre(governorate: str) -> tuple[float, float] | None:
    """(lat, lon) of a Syrian governorate's gazetteer point."""
    return gazetteer().gov_centre.get(governorate)


def arabic_names(name: str) -> list[str]:
    """Arabic names of the places called ``name`` (in any script): for searching Arabic text
    with an English place name."""
    out: list[str] = []
    for k in _lookup(name):
        if k.name_ar not in out:
            out.append(k.name_ar)
    return out
