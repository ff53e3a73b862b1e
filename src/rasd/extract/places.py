"""Place recognition with the vendored gazetteer (Syria) and a short list of places abroad.

Names are matched token by token on normalised text with Arabic clitics ("بدير الزور",
"وريف حلب"); a generic noun before a name ("حي", "قرية", "محافظة", "ريف") sets the level
and is dropped from the name, as the codebook asks. A name the gazetteer does not know but
the text presents as a place ("قرية الطابية") is kept with its parent's coordinates and a
coarser precision.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from rasd.models import Place, Span
from rasd.text.lexicon import Lexicon, read_tsv, tokens
from rasd.text.normalize import Normalized, norm

# Most specific first. "unlisted" names sit at the precision their generic noun gives.
_RANK = {"neighbourhood": 0, "landmark": 0, "town": 1, "unlisted": 1, "district": 2, "subdistrict": 2,
         "governorate": 3, "country": 4}
_PRECISION = {"neighbourhood": "exact", "landmark": "exact", "town": "town", "district": "district",
              "subdistrict": "district", "governorate": "governorate", "country": "country"}
_COARSER = {"exact": "town", "town": "district", "district": "governorate", "governorate": "governorate"}
# the capital of a governorate shares its name: bare "حلب" is the city
_CAPITAL_LEVEL = "town"


@dataclass(slots=True)
class Entry:
    level: str
    name: str
    governorate: str
    lat: float | None
    lon: float | None
    pcode: str | None
    country: str


@dataclass(slots=True)
class PlaceMention:
    place: Place
    start: int  # normalised offsets of the whole mention, generic noun included
    end: int
    level: str
    country: str
    candidates: tuple = ()  # every gazetteer entry the name could be, for disambiguation


def _float(s: str) -> float | None:
    try:
        return round(float(s), 5)
    except ValueError:
        return None


class Gazetteer:
    def __init__(self) -> None:
        self.names: Lexicon[list[Entry]] = Lexicon()
        self._by_phrase: dict[str, list[Entry]] = {}
        self.by_pcode: dict[str, Entry] = {}
        self.gov_entry: dict[str, Entry] = {}
        self._load_syria()
        self._load_world()
        for phrase, entries in self._by_phrase.items():
            self.names.add(phrase, entries)
        self.nouns: Lexicon[tuple[str, str]] = Lexicon()
        for role, precision, phrase in read_tsv("lexicons/place_nouns.tsv"):
            self.nouns.add(phrase, (role, precision))
        self.stop = {norm(r[0]) for r in read_tsv("lexicons/place_stopwords.tsv")}
        self.heads = {norm(r[0]) for r in read_tsv("lexicons/place_name_heads.tsv")}
        self.function_words = {"في", "من", "علي", "الي", "عن", "التي", "الذي", "المجاوره", "نفسها", "ذاتها"}

    def _add(self, phrase: str, e: Entry) -> None:
        key = norm(phrase)
        if len(key) < 3:
            return
        bucket = self._by_phrase.setdefault(key, [])
        if e not in bucket:
            bucket.append(e)

    def _load_syria(self) -> None:
        text = resources.files("rasd").joinpath("data/gazetteer/syria.tsv").read_text("utf-8")
        rows = [line.split("\t") for line in text.splitlines() if line and not line.startswith("#")]
        for level, name_ar, _name_en, names, lat, lon, pcode, _parent, gov in rows[1:]:
            e = Entry(level, name_ar, gov, _float(lat), _float(lon), pcode or None, "SY")
            if pcode:
                self.by_pcode.setdefault(pcode, e)
            if level == "governorate":
                self.gov_entry[gov] = e
            for n in names.split("|"):
                self._add(n, e)

    def _load_world(self) -> None:
        for level, gov, country, lat, lon, names in read_tsv("lexicons/places_world.tsv"):
            first = names.split("|")[0]
            e = Entry(level, first, gov, _float(lat), _float(lon), None, country)
            for n in names.split("|"):
                self._add(n, e)

    # -- finding ----------------------------------------------------------------------
    def find(self, nt: Normalized, toks: list[tuple[int, int, str]] | None = None,
             start: int = 0, end: int | None = None) -> list[PlaceMention]:
        if toks is None:
            toks = tokens(nt.text)
        end = len(nt.text) if end is None else end
        out: list[PlaceMention] = []
        i, n = 0, len(toks)
        while i < n:
            s0, e0, _ = toks[i]
            if s0 < start or e0 > end:
                i += 1
                continue
            noun = self.nouns.match_at(toks, i)
            if noun and noun[0][0] == "seat":
                i += noun[1] + 1  # skip the claimant's seat and the name after it
                continue
            full = self.names.match_at(toks, i)
            if full is not None and (noun is None or full[1] > noun[1]):
                noun = None  # "ريف دمشق" is a governorate's own name, not ريف + دمشق
            j = i + noun[1] if noun else i
            hit = self.names.match_at(toks, j) if j < n else None
            if noun and j == i:
                hit = None
            if hit is not None:
                entries, k, p = hit
                if p and noun:
                    hit = None  # "حي بالقصور" is not a name after its noun
                elif not noun and k == 1 and toks[j][2][p:] in self.stop:
                    hit = None
            if hit is not None and self._seat_after(toks, j + hit[1]):
                hit = None  # "يتخذ من بريطانيا مقرا"
            if hit is not None:
                entries, k, p = hit
                m = self._mention(nt, toks, i, j, j + k, p, entries, noun[0] if noun else None,
                                  noun[2] if noun else 0)
                if m is not None:
                    out.append(m)
                    i = j + k
                    continue
            if noun and noun[0][0] == "drop" and j < n:
                m = self._unlisted(nt, toks, i, j, noun[0][1])
                if m is not None:
                    out.append(m)
                    i = m_end_tok(toks, m.end)
                    continue
            i += 1
        return out

    def _seat_after(self, toks, k: int) -> bool:
        m = self.nouns.match_at(toks, k) if k < len(toks) else None
        return bool(m and m[0][0] == "seat")

    def _mention(self, nt: Normalized, toks, i: int, j: int, k: int, p: int, entries: list[Entry],
                 noun: tuple[str, str] | None, noun_p: int = 0) -> PlaceMention | None:
        role = noun[0] if noun else None
        e = self._pick(entries, role)
        if e.level == "neighbourhood" and role != "drop":
            # a bare neighbourhood name is too often an ordinary word elsewhere
            if not any(x.level != "neighbourhood" for x in entries):
                return None
            e = next(x for x in entries if x.level != "neighbourhood")
        # "ريف حلب الشمالي": a direction after a countryside keeps the name a district
        name_end = toks[k - 1][1]
        level = e.level
        precision = _PRECISION.get(level, "town")
        name_start = toks[j][0] + p
        if role == "rif":
            name_start = toks[i][0] + noun_p
            precision, level = "governorate", "governorate"
        elif role == "gov":
            precision, level = "governorate", "governorate"
        elif level == "governorate" and not norm(e.name).startswith("ريف"):
            level, precision = _CAPITAL_LEVEL, "town"
        s, e_ = nt.orig_span(name_start, name_end)
        name = nt.original[s:e_]
        pcode = e.pcode
        if role in ("rif", "gov") and e.governorate in self.gov_entry:
            g = self.gov_entry[e.governorate]
            pcode, lat, lon = g.pcode, g.lat, g.lon
        else:
            lat, lon = e.lat, e.lon
        place = Place(name, e.governorate, lat, lon, precision, pcode, Span(s, e_, name))
        return PlaceMention(place, toks[i][0], name_end, level, e.country, tuple(entries))

    def _pick(self, entries: list[Entry], role: str | None) -> Entry:
        # after "حي" prefer a neighbourhood; otherwise prefer towns, then wider units
        order = {"neighbourhood": 0 if role == "drop" else 5, "town": 1, "district": 2,
                 "governorate": 3, "country": 4}
        return min(entries, key=lambda e: order.get(e.level, 6))

    def _unlisted(self, nt: Normalized, toks, i: int, j: int, precision: str) -> PlaceMention | None:
        """A name after a generic noun that the gazetteer does not list ("قرية الطابية")."""
        tok = toks[j][2]
        if tok in self.function_words or tok.isdigit() or len(tok) < 3:
            return None
        k = j + 1
        if tok in self.heads and k < len(toks) and not _gap_breaks(nt.text, toks[k - 1][1], toks[k][0]):
            k += 1  # "عين ترما", "كفر بطنا"
        elif tok in self.stop or not tok.startswith("ال") and len(tok) < 4:
            return None
        s, e = nt.orig_span(toks[j][0], toks[k - 1][1])
        name = nt.original[s:e]
        place = Place(name, "unknown", None, None, precision, None, Span(s, e, name))
        return PlaceMention(place, toks[i][0], toks[k - 1][1], "unlisted", "SY")

    # -- one place for a claim --------------------------------------------------------
    def resolve(self, mentions: list[PlaceMention]) -> Place:
        """The most specific mention, its governorate filled from a coarser one when unknown."""
        if not mentions:
            return Place()
        countries = {m.country for m in mentions if m.level == "country"}
        if len(countries) > 1 and all(m.level == "country" for m in mentions):
            return Place(None, "unknown", None, None, "country")  # "سوريا والعراق"
        mentions = self._consistent(mentions)
        best = min(mentions, key=lambda m: (_RANK.get(m.level, 5), 0))
        # prefer a listed place over an unlisted one of the same rank
        same = [m for m in mentions if _RANK.get(m.level, 5) == _RANK.get(best.level, 5)]
        listed = [m for m in same if m.level != "unlisted"]
        if listed:
            best = listed[0]
        place = Place(best.place.name, best.place.governorate, best.place.lat, best.place.lon,
                      best.place.precision, best.place.pcode, best.place.span)
        if best.level == "unlisted":
            parent = min((m for m in mentions if m is not best and m.level != "unlisted"),
                         key=lambda m: _RANK.get(m.level, 5), default=None)
            if parent is not None:
                place.governorate = parent.place.governorate
                place.lat, place.lon = parent.place.lat, parent.place.lon
                place.pcode = parent.place.pcode
                place.precision = _COARSER.get(parent.place.precision, parent.place.precision)
            else:
                place.precision = "unknown" if place.precision == "exact" else place.precision
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
                    e = self._pick(alt, "drop" if m.level == "neighbourhood" else None)
                    pl = m.place
                    m = PlaceMention(Place(pl.name, e.governorate, e.lat, e.lon, pl.precision, e.pcode, pl.span),
                                     m.start, m.end, m.level, e.country, m.candidates)
            out.append(m)
        agreeing = [m for m in out if not wide or m.place.governorate in wide or m.level == "unlisted"]
        return agreeing or out

    @staticmethod
    def spans_governorates(mentions: list[PlaceMention]) -> bool:
        """Places in more than one governorate are named (a total over several areas)."""
        return len({m.place.governorate for m in mentions if m.place.governorate not in ("unknown",)}) > 1

    def governorate_of(self, pcode: str | None) -> str:
        if not pcode:
            return "unknown"
        e = self.by_pcode.get(pcode)
        return e.governorate if e else "unknown"

    @staticmethod
    def is_within(inner: str | None, outer: str | None) -> bool:
        """OCHA p-codes nest by prefix: SY09 ⊃ SY0901 ⊃ SY090105."""
        if not inner or not outer:
            return False
        return inner.split(":")[0].startswith(outer.split(":")[0])


def _gap_breaks(text: str, a: int, b: int) -> bool:
    return any(ch in text[a:b] for ch in ",،.;:()\"")


def m_end_tok(toks: list[tuple[int, int, str]], end: int) -> int:
    for idx, t in enumerate(toks):
        if t[1] >= end:
            return idx + 1
    return len(toks)


def distance_km(a: Place, b: Place) -> float | None:
    if None in (a.lat, a.lon, b.lat, b.lon):
        return None
    la1, lo1, la2, lo2 = map(math.radians, (a.lat, a.lon, b.lat, b.lon))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 6371.0 * 2 * math.asin(math.sqrt(h))


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    return Gazetteer()
