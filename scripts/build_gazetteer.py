"""Build rasd's vendored gazetteer from shared/data/gazetteer (run by developers, output committed).

    python scripts/build_gazetteer.py ../shared/data/gazetteer src/rasd/data/gazetteer/syria.tsv

Sources and licences: see src/rasd/data/gazetteer/ATTRIBUTION.md.
"""

from __future__ import annotations

import csv
import re
import sys
from pathlib import Path

# OCHA admin1 p-code -> codebook governorate id
OCHA_GOV = {"SY01": "damascus", "SY02": "aleppo", "SY03": "rif_dimashq", "SY04": "homs", "SY05": "hama",
            "SY06": "latakia", "SY07": "idlib", "SY08": "hasakah", "SY09": "deir_ez_zor", "SY10": "tartus",
            "SY11": "raqqa", "SY12": "daraa", "SY13": "suwayda", "SY14": "quneitra"}
# GeoNames admin1 code for Syria -> OCHA admin1 p-code
GEONAMES_ADM1 = {"SY.01": "SY08", "SY.02": "SY06", "SY.03": "SY14", "SY.04": "SY11", "SY.05": "SY13",
                 "SY.06": "SY12", "SY.07": "SY09", "SY.08": "SY03", "SY.09": "SY02", "SY.10": "SY05",
                 "SY.11": "SY04", "SY.12": "SY07", "SY.13": "SY01", "SY.14": "SY10"}
ARABIC = re.compile(r"[\u0600-\u06ff]")
GENERIC = ("ناحية ", "منطقة ", "محافظة ", "مركز ", "مدينة ")


def bare(name: str) -> str:
    for g in GENERIC:
        if name.startswith(g):
            return name[len(g):]
    return name


def clean(cell: str) -> str:
    """One line, no tabs or quotes: a few source names carry stray newlines."""
    return re.sub(r"\s+", " ", cell.replace('"', "")).strip()


def names(row: dict) -> list[str]:
    out = []
    for n in [row["name_ar"], *row["aliases"].split("|"), row["name_en"]]:
        n = n.strip()
        if not n or n.startswith("nahyt") or "Subdistrict" in n or "District" in n or "Governorate" in n:
            continue
        if ARABIC.search(n):
            n = bare(n)
        elif not re.fullmatch(r"[A-Za-z' -]+", n):
            continue  # transliterations with diacritics add noise, not recall
        if n and n not in out:
            out.append(n)
    return out


def main(src: Path, dst: Path) -> None:
    neigh_gov = {}
    with open(src / "ocha-cod-2020/syr_neighborhoods_attrs.tsv", encoding="utf-8") as f:
        for r in csv.DictReader(f, delimiter="\t"):
            neigh_gov[r["neighbor_2"]] = (r["adm1_pcode"], r["adm4_ar"] or r["adm3_ar"])
    rows = []
    with open(src / "syria_gazetteer_merged.tsv", encoding="utf-8") as f:
        for r in csv.DictReader(f, delimiter="\t"):
            level = r["level"]
            pcode = r["ocha_pcode"]
            if level.startswith("admin_capital") or not r["name_ar"]:
                continue  # OCHA capitals carry no Arabic name; the admin3 rows cover them
            if level == "adm1":
                kind, parent = "governorate", "SY"
            elif level == "adm2":
                kind, parent = "district", pcode[:4]
            elif level == "adm3":
                kind, parent = "town", pcode[:6]
            elif level == "neighbourhood":
                adm1, city = neigh_gov.get(pcode, ("", ""))
                kind, parent = "neighbourhood", adm1
                pcode = f"{adm1}:{pcode}" if adm1 else pcode
            else:
                kind = "town"
                adm1 = GEONAMES_ADM1.get(r["parent"], "")
                parent, pcode = adm1, f"{adm1}:GN{r['geonames_id']}" if adm1 else ""
            gov = OCHA_GOV.get(pcode[:4], "unknown")
            row = [kind, r["name_ar"], r["name_en"], "|".join(names(r)), r["lat"], r["lon"], pcode, parent, gov]
            rows.append([clean(c) for c in row])
    dst.parent.mkdir(parents=True, exist_ok=True)
    with open(dst, "w", encoding="utf-8", newline="") as f:
        f.write("# Syrian places for rasd, derived by scripts/build_gazetteer.py; sources and licences in ATTRIBUTION.md\n")
        w = csv.writer(f, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_NONE, escapechar="\\")
        w.writerow(["level", "name_ar", "name_en", "names", "lat", "lon", "pcode", "parent", "governorate"])
        w.writerows(rows)
    print(f"{len(rows)} places -> {dst}")


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]))
