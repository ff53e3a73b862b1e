#!/usr/bin/env python3
"""Build the web UI's vendored assets. Run by a maintainer; the output is committed.

* ``npm install`` (scripts/web/package.json) in a scratch directory, then copy Leaflet's
  dist files, the Leaflet.markercluster plugin (clusters dense markers on the incidents
  map) and Swagger UI's bundle into ``src/rasd/web/static/vendor/``. rasd never
  fetches them at run time: the UI must work offline and under a strict CSP.
* Syrian governorate boundaries (OCHA COD admin1 shapefile, read with pyshp) simplified with
  Douglas–Peucker into ``src/rasd/web/static/geo/syria_admin1.geojson``, plus ATTRIBUTION.md.

Usage: python scripts/build_web_assets.py [--shapes DIR] [--tolerance DEG] [--skip-npm]
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
STATIC = ROOT / "src" / "rasd" / "web" / "static"
VENDOR = STATIC / "vendor"
GEO = STATIC / "geo"
DEFAULT_SHAPES = ROOT.parent / "shared" / "data" / "gazetteer" / "ocha-cod-2020" / "shapefiles"

# OCHA admin1 p-code -> codebook governorate id (shared/spec/codebook.json "governorates").
PCODE_TO_GOV = {
    "SY01": "damascus", "SY02": "aleppo", "SY03": "rif_dimashq", "SY04": "homs",
    "SY05": "hama", "SY06": "latakia", "SY07": "idlib", "SY08": "hasakah",
    "SY09": "deir_ez_zor", "SY10": "tartus", "SY11": "raqqa", "SY12": "daraa",
    "SY13": "suwayda", "SY14": "quneitra",
}

ATTRIBUTION = """\
# Governorate boundaries

`syria_admin1.geojson` is derived from the OCHA Common Operational Dataset (COD) for the
Syrian Arab Republic, administrative level 1 boundaries, version v02 (valid on 2020-12-17),
published by UN OCHA on the Humanitarian Data Exchange (HDX).

- Source: OCHA Syria COD-AB, https://data.humdata.org/dataset/cod-ab-syr
- Licence: Creative Commons Attribution for Intergovernmental Organisations (CC BY-IGO 3.0)
- Changes: converted from shapefile to GeoJSON with pyshp; simplified with Douglas–Peucker
  (tolerance {tol} degrees); coordinates rounded to 4 decimals; properties reduced to the
  p-code, English and Arabic names and the rasd governorate id.
  Built by `scripts/build_web_assets.py`.

The boundaries and names on this map do not imply official endorsement or acceptance by the
United Nations or by the rasd authors.
"""


# -- npm vendoring --------------------------------------------------------------------------
def vendor_npm() -> None:
    with tempfile.TemporaryDirectory(prefix="rasd-web-") as tmp:
        shutil.copy(ROOT / "scripts" / "web" / "package.json", tmp)
        subprocess.run(["npm", "install", "--no-audit", "--no-fund", "--ignore-scripts"],
                       cwd=tmp, check=True)
        mods = Path(tmp) / "node_modules"

        leaflet = VENDOR / "leaflet"
        shutil.rmtree(leaflet, ignore_errors=True)
        (leaflet / "images").mkdir(parents=True)
        for name in ("leaflet.js", "leaflet.css"):
            shutil.copy(mods / "leaflet" / "dist" / name, leaflet / name)
        for img in (mods / "leaflet" / "dist" / "images").iterdir():
            shutil.copy(img, leaflet / "images" / img.name)
        shutil.copy(mods / "leaflet" / "LICENSE", leaflet / "LICENSE")
        _write_version(leaflet, mods / "leaflet")

        cluster = VENDOR / "leaflet.markercluster"
        shutil.rmtree(cluster, ignore_errors=True)
        cluster.mkdir(parents=True)
        src = mods / "leaflet.markercluster"
        for name in ("leaflet.markercluster.js", "MarkerCluster.css", "MarkerCluster.Default.css"):
            shutil.copy(src / "dist" / name, cluster / name)
        shutil.copy(src / "MIT-LICENCE.txt", cluster / "MIT-LICENCE.txt")
        _write_version(cluster, src)

        swagger = VENDOR / "swagger-ui"
        shutil.rmtree(swagger, ignore_errors=True)
        swagger.mkdir(parents=True)
        for name in ("swagger-ui-bundle.js", "swagger-ui.css", "LICENSE"):
            shutil.copy(mods / "swagger-ui-dist" / name, swagger / name)
        _write_version(swagger, mods / "swagger-ui-dist")


def _write_version(dest: Path, pkg_dir: Path) -> None:
    meta = json.loads((pkg_dir / "package.json").read_text("utf-8"))
    (dest / "VERSION").write_text(f"{meta['name']} {meta['version']} (npm)\n", "utf-8")


# -- boundaries -----------------------------------------------------------------------------
def _perp_dist(p: tuple[float, float], a: tuple[float, float], b: tuple[float, float]) -> float:
    (x, y), (x1, y1), (x2, y2) = p, a, b
    dx, dy = x2 - x1, y2 - y1
    if dx == 0 and dy == 0:
        return ((x - x1) ** 2 + (y - y1) ** 2) ** 0.5
    t = max(0.0, min(1.0, ((x - x1) * dx + (y - y1) * dy) / (dx * dx + dy * dy)))
    return ((x - x1 - t * dx) ** 2 + (y - y1 - t * dy) ** 2) ** 0.5


def douglas_peucker(points: list[tuple[float, float]], tol: float) -> list[tuple[float, float]]:
    """Iterative (rings have thousands of points; recursion depth is not worth the risk)."""
    if len(points) < 3:
        return list(points)
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        i, j = stack.pop()
        best, idx = -1.0, -1
        for k in range(i + 1, j):
            d = _perp_dist(points[k], points[i], points[j])
            if d > best:
                best, idx = d, k
        if idx >= 0 and best > tol:
            keep[idx] = True
            stack += [(i, idx), (idx, j)]
    return [p for p, k in zip(points, keep) if k]


def _ring(points: list[tuple[float, float]], tol: float) -> list[list[float]] | None:
    simple = douglas_peucker(points, tol)
    if len(simple) < 4:  # a closed ring needs 3 distinct points plus the closing one
        return None
    return [[round(x, 4), round(y, 4)] for x, y in simple]


def _signed_area(ring: list[tuple[float, float]]) -> float:
    return sum(x1 * y2 - x2 * y1 for (x1, y1), (x2, y2) in zip(ring, ring[1:])) / 2


def build_boundaries(shapes: Path, tol: float) -> Path:
    import shapefile  # pyshp: a build-time dependency only

    features = []
    with shapefile.Reader(str(shapes / "syr_admin1"), encoding="utf-8") as r:
        for sr in r.iterShapeRecords():
            rec = sr.record.as_dict()
            pts = sr.shape.points
            bounds = list(sr.shape.parts) + [len(pts)]
            # Shapefile rings: clockwise = outer, counter-clockwise = hole of the last outer.
            polygons: list[list[list[list[float]]]] = []
            for a, b in zip(bounds, bounds[1:]):
                raw = [(float(x), float(y)) for x, y in pts[a:b]]
                ring = _ring(raw, tol)
                if ring is None:
                    continue
                if _signed_area(raw) < 0 or not polygons:
                    polygons.append([ring[::-1]])  # GeoJSON outer rings run counter-clockwise
                else:
                    polygons[-1].append(ring[::-1])
            pcode = rec["adm1_pcode"]
            features.append({
                "type": "Feature",
                "properties": {
                    "pcode": pcode, "governorate": PCODE_TO_GOV.get(pcode, "unknown"),
                    "name_en": rec["adm1_name"], "name_ar": rec["adm1_name1"],
                    "center": [round(rec["center_lat"], 4), round(rec["center_lon"], 4)],
                },
                "geometry": {"type": "MultiPolygon", "coordinates": polygons},
            })
    features.sort(key=lambda f: f["properties"]["pcode"])
    GEO.mkdir(parents=True, exist_ok=True)
    out = GEO / "syria_admin1.geojson"
    out.write_text(json.dumps({
        "type": "FeatureCollection",
        "attribution": "Boundaries: OCHA COD-AB Syria (HDX), CC BY-IGO",
        "features": features,
    }, ensure_ascii=False, separators=(",", ":")), "utf-8")
    (GEO / "ATTRIBUTION.md").write_text(ATTRIBUTION.format(tol=tol), "utf-8")
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shapes", type=Path, default=DEFAULT_SHAPES, help="folder of syr_admin1.*")
    ap.add_argument("--tolerance", type=float, default=0.002, help="Douglas–Peucker, degrees")
    ap.add_argument("--skip-npm", action="store_true", help="only rebuild the boundaries")
    args = ap.parse_args()
    if not args.skip_npm:
        vendor_npm()
    if not (args.shapes / "syr_admin1.shp").exists():
        print(f"error: no syr_admin1.shp in {args.shapes}", file=sys.stderr)
        return 1
    out = build_boundaries(args.shapes, args.tolerance)
    print(f"wrote {out.relative_to(ROOT)} ({out.stat().st_size // 1024} KB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
