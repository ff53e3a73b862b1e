"""Each export format read back with a standard reader; GeoJSON checked against RFC 7946."""

from __future__ import annotations

import csv
import io
import json

from rasd.export import ArticleMeta, ExportContext, export
from rasd.export.tables import ACLED_COLUMNS, CSV_COLUMNS, UCDP_COLUMNS
from rasd.core.models import ClaimRef, DateSpan, Incident, Place, ReconciledFigure


def incidents() -> list[Incident]:
    dated = Incident(
        "inc-1", "airstrike", "coalition", "pro_gov", Place("خشام", "deir_ez_zor", 35.3, 40.33, "town"),
        DateSpan("2018-02-07", "2018-02-08"),
        {"killed": ReconciledFigure(45, 100, 100, {"sohr": "≥45", "us_official": ">100"}),
         "injured": ReconciledFigure(25, 25, 25, {"russia_mod": "25"})},
        [ClaimRef("a", 0), ClaimRef("b", 1)], sources=2, claimants=3,
        contradictions=["russia_mod: 5 killed vs us_official: >100 killed"])
    undated = Incident("inc-2", "shelling", "unknown", "civilians", Place("حلب", "aleppo", precision="governorate"),
                       None, {"casualties": ReconciledFigure(1, None, 1, {"outlet:x": "some"})},
                       [ClaimRef("c", 0)], sources=1, claimants=1)
    return [dated, undated]


CTX = ExportContext({"a": ArticleMeta("SANA", "2018-02-08", "عنوان"), "b": ArticleMeta("Reuters", "2018-02-09"),
                     "c": ArticleMeta("SOHR", "2015-07-22", None)})


def run(fmt: str) -> tuple[str, dict]:
    buf = io.StringIO()
    counts = export(fmt, incidents(), buf, CTX)
    return buf.getvalue(), counts


def rows(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text)))


def test_json_is_incident_dicts():
    text, counts = run("json")
    data = json.loads(text)
    assert counts == {"written": 2, "omitted": 0}
    assert data[0] == incidents()[0].to_dict()
    assert Incident.from_dict(data[1]).id == "inc-2"


def test_csv_one_row_per_incident():
    text, _ = run("csv")
    rs = rows(text)
    assert list(rs[0]) == CSV_COLUMNS and len(rs) == 2
    assert rs[0]["killed_low"] == "45" and rs[0]["killed_best"] == "100"
    assert rs[0]["killed_by_claimant"] == "sohr: ≥45; us_official: >100"
    assert rs[0]["claims"] == "a#0 b#1" and rs[0]["latitude"] == "35.3"
    assert rs[1]["date_start"] == "" and rs[1]["killed_low"] == ""


def test_acled_columns_and_rules():
    text, _ = run("acled")
    rs = rows(text)
    assert list(rs[0]) == ACLED_COLUMNS
    a, b = rs
    assert a["event_date"] == "2018-02-07" and a["time_precision"] == "2"
    assert a["event_type"] == "Explosions/Remote violence" and a["sub_event_type"] == "Air/drone strike"
    assert a["fatalities"] == "45"  # the most conservative: reconciled low
    assert a["geo_precision"] == "1" and a["admin1"] == "Deir-ez-Zor" and a["source"] == "SANA; Reuters"
    assert "contradictions" in a["notes"]
    # undated: the first report's day, week precision; no killed figure: 0 fatalities
    assert b["event_date"] == "2015-07-22" and b["time_precision"] == "2" and b["fatalities"] == "0"
    assert b["geo_precision"] == "3" and b["actor1"] == "Unidentified Armed Group"


def test_ucdp_columns_and_rules():
    text, _ = run("ucdp")
    rs = rows(text)
    assert list(rs[0]) == UCDP_COLUMNS
    a, b = rs
    assert (a["best"], a["low"], a["high"]) == ("100", "45", "100")
    assert a["date_prec"] == "2" and a["where_prec"] == "1" and a["number_of_sources"] == "2"
    assert a["source_article"].startswith("SANA 2018-02-08")
    assert (b["date_start"], b["date_end"], b["date_prec"]) == ("2015-07-16", "2015-07-22", "3")
    assert b["where_prec"] == "4" and b["best"] == ""


def _valid_geojson(doc: dict) -> None:
    """The RFC 7946 rules an exporter can break."""
    assert doc["type"] == "FeatureCollection" and isinstance(doc["features"], list)
    assert "crs" not in doc  # RFC 7946 §4: no crs member
    for f in doc["features"]:
        assert f["type"] == "Feature" and isinstance(f["properties"], dict)
        assert isinstance(f.get("id"), (str, int))
        g = f["geometry"]
        assert g["type"] == "Point" and len(g["coordinates"]) == 2
        lon, lat = g["coordinates"]
        assert all(isinstance(v, float) for v in (lon, lat))
        assert -180 <= lon <= 180 and -90 <= lat <= 90


def test_geojson_valid_and_omits_incidents_without_coordinates():
    text, counts = run("geojson")
    doc = json.loads(text)
    _valid_geojson(doc)
    assert counts == {"written": 1, "omitted": 1}
    (f,) = doc["features"]
    assert f["geometry"]["coordinates"] == [40.33, 35.3]  # lon, lat order
    assert f["properties"]["figures"]["killed"]["best"] == 100
