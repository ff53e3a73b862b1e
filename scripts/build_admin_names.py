#!/usr/bin/env python3
"""Build ``src/rasd/data/gazetteer/ocha_admin.tsv``: the OCHA COD names of Syria's
governorates, districts and subdistricts by p-code, in English and Arabic. Run by a
maintainer; the output is committed (sources and licence in the gazetteer's ATTRIBUTION.md).

Exports name a place's admin1/admin2/admin3 with these names because ACLED and UCDP GED
use the OCHA boundaries' names for Syria ("Idleb", "Rural Damascus", "Jebel Saman").

Usage: python scripts/build_admin_names.py [--attrs shared/.../syr_admin3_attrs.tsv]
"""

from __future__ import annotations

import argparse
import csv
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT = ROOT.parent / "shared" / "data" / "gazetteer" / "ocha-cod-2020" / "syr_admin3_attrs.tsv"
OUT = ROOT / "src" / "rasd" / "data" / "gazetteer" / "ocha_admin.tsv"

HEADER = """\
# Syria's administrative units (OCHA COD-AB v02, valid on 2020-12-17): p-code, level, English and
# Arabic names as OCHA publishes them. Derived by scripts/build_admin_names.py from the admin3
# attribute table; licence and attribution in ATTRIBUTION.md (CC BY-IGO 3.0).
# Columns: pcode<TAB>level (1 governorate, 2 district, 3 subdistrict)<TAB>English<TAB>Arabic
"""


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--attrs", type=Path, default=DEFAULT)
    args = ap.parse_args()
    if not args.attrs.exists():
        print(f"error: no {args.attrs}", file=sys.stderr)
        return 1
    rows: dict[str, tuple[int, str, str]] = {}
    with args.attrs.open(encoding="utf-8", newline="") as fh:
        for r in csv.DictReader(fh, delimiter="\t"):
            for level in (1, 2, 3):
                p = f"adm{level}_"
                rows[r[p + "pcode"]] = (level, r[p + "name"].strip(), r[p + "name1"].strip())
    lines = [f"{pcode}\t{lvl}\t{en}\t{ar}" for pcode, (lvl, en, ar) in sorted(rows.items())]
    OUT.write_text(HEADER + "\n".join(lines) + "\n", "utf-8")
    print(f"wrote {OUT.relative_to(ROOT)} ({len(lines)} units)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
