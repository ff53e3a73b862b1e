"""Every export format through the real code path (a real store, load_context, export), read
back with a standard reader: csv/acled/ucdp with the csv module (their column sets checked
against the published lists kept in the repo), parquet with pyarrow, geojson against RFC 7946."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from rasd.core.models import (Article, Claim, ClaimRef, DateSpan, Figure, Incident, Place,
                              ReconciledFigure)
from rasd.export import FORMATS, export_store, render
from rasd.export.table import COLUMNS
from rasd.store import IncidentFilter, LinkEvent, open_store

DATA = Path(__file__).resolve().parent.parent / "src" / "rasd" / "data" / "exports"


def published(name: str) -> list[str]:
    lines = (DATA / f"{name}_columns.txt").read_text("utf-8").splitlines()
    return [ln.strip() for ln in lines if ln.strip() and not ln.startswith("#")]


ATAREB = Place("الأتارب", "aleppo", 36.13907, 36.82504, "town", "SY020001")
ARIHA = Place("أريحا", "idlib", 35.81, 36.61, "town", None)


def _claim(claimant: str, perp: str, victims: str, place: Place, figures: list[Figure],
           date: DateSpan | None, event: str = "airstrike") -> Claim:
    return Claim(claimant=claimant, event_type=event, perpetrator=perp, victims=victims,
                 place=place, date=date, figures=figures)


def killed(n: int | None, q: str = "exact", group: str = "civilians", hi: int | None = None) -> Figure:
    return Figure("killed", group, n, n if hi is None and q == "exact" else hi, q, "")


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    """Three hand-made incidents over real stored articles and claims: a dated airstrike on
    civilians told by two outlets, an undated clash between the army and rebels, and an
    injured-only shelling (no death: left out of UCDP GED)."""
    s = open_store(str(tmp_path_factory.mktemp("export") / "e.db"))
    arts = [Article("a1", "نص أول عن الأتارب", source="skynews", published="2024-03-12",
                    title="غارات على الأتارب", url="https://www.skynewsarabia.com/x"),
            Article("a2", "نص ثان عن الأتارب", source=None, published="2024-03-13",
                    title=None, url="http://www.bbc.co.uk/arabic/y"),
            Article("a3", "نص ثالث عن أريحا", source="Test Wire", published="2020-03-06"),
            Article("a4", "نص رابع", source="sana", published="2019-11-20")]
    for a in arts:
        s.add_article(a)
    day = DateSpan("2024-03-12", "2024-03-12")
    s.set_claims("a1", [_claim("sohr", "russia", "civilians", ATAREB, [killed(23, "at_least", hi=None)], day)])
    s.set_claims("a2", [_claim("white_helmets", "russia", "civilians", ATAREB, [killed(30)], day)])
    s.set_claims("a3", [_claim("sohr", "opposition", "syrian_gov", ARIHA,
                               [killed(None, "dozens", "combatants", 99)], None, "clashes")])
    s.set_claims("a4", [_claim("sana", "opposition", "civilians", Place(None, "aleppo", precision="governorate"),
                               [Figure("injured", "civilians", 9, 9, "exact", "")], DateSpan("2019-11-19", "2019-11-19"),
                               "shelling")])
    s.save_incidents([
        Incident("inc-strike", "airstrike", "russia", "civilians", ATAREB, day,
                 {"killed": ReconciledFigure(23, 30, 30, {"sohr": "≥23", "white_helmets": "30"})},
                 [ClaimRef("a1", 0), ClaimRef("a2", 0)], sources=2, claimants=2,
                 contradictions=["SOHR: ≥23 killed vs White Helmets: 30 killed"],
                 reported=DateSpan("2024-03-12", "2024-03-13"), date_precision="day"),
        Incident("inc-clash", "clashes", "opposition", "syrian_gov", ARIHA, None,
                 {"killed": ReconciledFigure(20, None, 20, {"sohr": "dozens"})},
                 [ClaimRef("a3", 0)], sources=1, claimants=1,
                 reported=DateSpan("2020-03-06", "2020-03-06"), date_precision="reported"),
        Incident("inc-shell", "shelling", "opposition", "civilians", Place(None, "aleppo", precision="governorate"),
                 DateSpan("2019-11-19", "2019-11-19"),
                 {"injured": ReconciledFigure(9, 9, 9, {"sana": "9"})}, [ClaimRef("a4", 0)],
                 sources=1, claimants=1, reported=DateSpan("2019-11-20", "2019-11-20"), date_precision="day"),
    ], [LinkEvent("create", i) for i in ("inc-strike", "inc-clash", "inc-shell")])
    yield s
    s.close()


def run(store, fmt: str) -> tuple[bytes, dict]:
    found, ctx = export_store(store, fmt, IncidentFilter(limit=None))
    return render(fmt, found, ctx)


def table(store, fmt: str) -> list[dict[str, str]]:
    body, _ = run(store, fmt)
    return list(csv.DictReader(io.StringIO(body.decode("utf-8"))))


def by_id(rows: list[dict], key: str = "id") -> dict[str, dict]:
    return {r[key]: r for r in rows}


def test_csv_one_date_rule_and_names(store):
    rows = table(store, "csv")
    assert len(rows) == 3 and list(rows[0]) == COLUMNS
    r = by_id(rows)
    s, c = r["inc-strike"], r["inc-clash"]
    assert (s["date_start"], s["date_basis"], s["event_date_start"]) == ("2024-03-12", "event", "2024-03-12")
    # Undated: the first report's day, said to be one; the event date stays empty.
    assert (c["date_start"], c["date_end"], c["date_basis"]) == ("2020-03-06", "2020-03-06", "report")
    assert c["event_date_start"] == "" and c["reported_start"] == "2020-03-06"
    assert s["place_name"] == "الأتارب" and s["place_name_en"] == "Atareb"
    assert (s["admin1"], s["admin2"], s["admin3"]) == ("Aleppo", "Jebel Saman", "Atareb")
    assert s["perpetrator_en"] == "Russian forces" and s["killed_best"] == "30"
    # Outlets by name: a handle, and a missing source named from the URL's host.
    assert s["outlets"] == "Sky News Arabia; BBC Arabic"


def test_acled_columns_and_conventions(store):
    rows = table(store, "acled")
    assert list(rows[0]) == published("acled") and len(published("acled")) == 31
    r = by_id(rows, "event_id_cnty")
    s, c = r["inc-strike"], r["inc-clash"]
    assert (s["event_date"], s["year"], s["time_precision"]) == ("2024-03-12", "2024", "1")
    assert (s["disorder_type"], s["event_type"], s["sub_event_type"]) == (
        "Political violence", "Explosions/Remote violence", "Air/drone strike")
    assert (s["actor1"], s["inter1"]) == ("Military Forces of Russia (2000-)", "External/Other forces")
    assert (s["actor2"], s["inter2"]) == ("Civilians (Syria)", "Civilians")
    assert s["interaction"] == "External/Other forces-Civilians"  # ACLED's order: civilians last
    assert s["civilian_targeting"] == "Civilians targeted"
    assert (s["iso"], s["region"], s["country"]) == ("760", "Middle East", "Syria")
    assert (s["admin1"], s["admin2"], s["admin3"], s["location"]) == ("Aleppo", "Jebel Saman", "Atareb", "Atareb")
    assert (s["latitude"], s["geo_precision"]) == ("36.1391", "1")
    assert s["source"] == "Sky News Arabia; BBC Arabic"  # names, never article ids
    assert s["fatalities"] == "23"  # the lowest number reported
    assert "الأتارب" in s["notes"] and "SOHR" in s["notes"] and "sohr" not in s["notes"]
    assert s["timestamp"].isdigit()
    # Undated clash: the report day at week precision; "dozens" is ACLED's 12; a Battle.
    assert (c["event_date"], c["time_precision"], c["fatalities"]) == ("2020-03-06", "2", "12")
    assert (c["event_type"], c["civilian_targeting"]) == ("Battles", "")
    assert c["actor2"] == "Military Forces of Syria (2000-2024)" and c["inter2"] == "State forces"
    assert c["interaction"] == "State forces-Rebel group"
    assert "do not date" in c["notes"]
    assert r["inc-shell"]["fatalities"] == "0"  # injured only: ACLED records 0


def test_ucdp_columns_and_conventions(store):
    body, counts = run(store, "ucdp")
    rows = list(csv.DictReader(io.StringIO(body.decode())))
    assert list(rows[0]) == published("ucdp_ged") and len(published("ucdp_ged")) == 49
    assert counts == {"written": 2, "omitted": 1}  # the injured-only shelling is not a GED event
    r = by_id(rows)
    s, c = r["inc-strike"], r["inc-clash"]
    assert (s["best"], s["low"], s["high"]) == ("30", "23", "30")
    assert (s["deaths_civilians"], s["deaths_unknown"]) == ("30", "0")  # every figure counted civilians
    assert (s["type_of_violence"], s["side_a"], s["side_b"]) == ("3", "Government of Russia (Soviet Union)", "Civilians")
    assert (s["date_start"], s["date_prec"], s["year"]) == ("2024-03-12 00:00:00.000", "1", "2024")
    assert (s["where_prec"], s["where_coordinates"], s["adm_1"], s["adm_2"]) == (
        "1", "Atareb town", "Aleppo governorate", "Jebel Saman district")
    assert (s["country"], s["country_id"], s["region"]) == ("Syria", "652", "Middle East")
    assert s["geom_wkt"] == "POINT (36.82504 36.13907)" and s["priogrid_gid"] == str(252 * 720 + 433 + 1)
    assert s["source_office"] == "Sky News Arabia;BBC Arabic" and s["number_of_sources"] == "2"
    assert "الأتارب" in s["where_description"]
    assert s["source_original"].startswith("SOHR")
    # The government is side A; rebels' attack on the army; combatant deaths on the army's side.
    assert (c["type_of_violence"], c["side_a"], c["side_b"], c["gwnoa"]) == ("1", "Government of Syria", "Syrian insurgents", "652")
    assert (c["deaths_a"], c["best"], c["low"]) == ("20", "20", "20")
    assert (c["date_start"], c["date_prec"], c["event_clarity"]) == ("2020-03-06 00:00:00.000", "3", "2")
    for row in rows:  # GED's identity: best is the sum of the four death columns
        assert int(row["best"]) == sum(int(row[k]) for k in ("deaths_a", "deaths_b", "deaths_civilians", "deaths_unknown"))


def test_parquet_reads_back_typed(store):
    pq = pytest.importorskip("pyarrow.parquet")
    body, counts = run(store, "parquet")
    t = pq.read_table(io.BytesIO(body))
    assert counts["written"] == t.num_rows == 3
    csv_rows = by_id(table(store, "csv"))
    assert t.column_names == list(next(iter(csv_rows.values())))
    rows = {r["id"]: r for r in t.to_pylist()}
    assert str(rows["inc-strike"]["date_start"]) == "2024-03-12" and rows["inc-strike"]["killed_best"] == 30
    assert rows["inc-strike"]["latitude"] == pytest.approx(36.13907)
    assert rows["inc-clash"]["event_date_start"] is None and rows["inc-clash"]["date_basis"] == "report"
    assert str(t.schema.field("killed_low").type) == "int64"


def test_json_and_geojson(store):
    body, _ = run(store, "json")
    data = {d["id"]: d for d in json.loads(body)}
    assert data["inc-clash"]["date"] is None
    assert data["inc-clash"]["date_used"] == {"start": "2020-03-06", "end": "2020-03-06", "basis": "report"}
    assert data["inc-strike"]["place"]["name_en"] == "Atareb"
    assert data["inc-strike"]["outlets"] == ["Sky News Arabia", "BBC Arabic"]
    body, counts = run(store, "geojson")
    doc = json.loads(body)
    assert doc["type"] == "FeatureCollection" and "crs" not in doc
    assert counts == {"written": 2, "omitted": 1}  # the governorate-only shelling has no point
    for f in doc["features"]:
        lon, lat = f["geometry"]["coordinates"]
        assert f["geometry"]["type"] == "Point" and -180 <= lon <= 180 and -90 <= lat <= 90
    assert {f["id"] for f in doc["features"]} == {"inc-strike", "inc-clash"}


def test_every_format_is_registered():
    assert set(FORMATS) == {"csv", "json", "geojson", "parquet", "acled", "ucdp"}
