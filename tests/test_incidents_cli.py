"""``rasd incidents``, ``rasd incident``, ``rasd link``, ``rasd export`` on a store built
from hand-made claims (extraction is not exercised here)."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from rasd.cli import main
from rasd.link import link_articles
from rasd.core.models import Article, Claim, DateSpan, Figure, Place, Span
from rasd.store import open_store

KHASHAM = Place("خشام", "deir_ez_zor", 35.30, 40.33, "town")


def _claim(claimant: str, low: int, q: str, date: str | None, quote: str, **kw) -> Claim:
    return Claim(claimant=claimant, event_type=kw.get("event", "airstrike"),
                 perpetrator=kw.get("perp", "coalition"), victims=kw.get("victims", "pro_gov"),
                 place=kw.get("place", KHASHAM), date=DateSpan(date, date) if date else None,
                 figures=[Figure("killed", "combatants", low, low if q == "exact" else None, q, str(low))],
                 evidence=Span(0, len(quote), quote))


@pytest.fixture
def db(tmp_path: Path) -> str:
    path = str(tmp_path / "t.db")
    with open_store(path) as store:
        store.add_article(Article("a", "نص أ", source="SANA", published="2018-02-08", title="غارة"))
        store.set_claims("a", [_claim("sohr", 45, "at_least", "2018-02-08", "ما لا يقل عن 45 عنصرا"),
                               _claim("sana", 20, "dozens", None, "عشرات القتلى")])
        link_articles(store, ["a"])
        store.add_article(Article("b", "نص ب", source="Reuters", published="2018-02-09"))
        store.set_claims("b", [_claim("us_official", 100, "more_than", "2018-02-07", "أكثر من 100 مقاتل"),
                               _claim("sohr", 7, "exact", "2018-02-09", "سبعة مدنيين",
                                      place=Place("حلب", "aleppo", 36.2, 37.16, "town"),
                                      perp="russia", victims="civilians")])
        link_articles(store, ["b"])
    return path


def run(*args: str):
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def test_incidents_table_and_json_filters(db: str):
    r = run("incidents", "--db", db)
    assert r.exit_code == 0 and "خشام" in r.output and "45/100/100" in r.output
    lines = [json.loads(x) for x in run("incidents", "--db", db, "--json").output.splitlines()]
    assert len(lines) == 2
    only = run("incidents", "--db", db, "--json", "--perpetrator", "russia").output.splitlines()
    assert len(only) == 1 and json.loads(only[0])["victims"] == "civilians"
    assert run("incidents", "--db", db, "--json", "--min-killed", "50").output.count("\n") == 1
    assert run("incidents", "--db", db, "--json", "--claimant", "sana").output.count("\n") == 1
    assert run("incidents", "--db", db, "--json", "--since", "2018-02-09", "--governorate", "aleppo").output.count("\n") == 1


def test_incident_side_by_side(db: str):
    iid = next(json.loads(x)["id"] for x in run("incidents", "--db", db, "--json").output.splitlines()
               if "deir_ez_zor" in x)
    r = run("incident", iid, "--db", db)
    assert r.exit_code == 0
    for text in ("us_official", ">100", "≥45", "dozens", "Reuters", "أكثر من 100 مقاتل", "history:", "attach"):
        assert text in r.output
    d = json.loads(run("incident", iid, "--db", db, "--json").output)
    assert len(d["claims_detail"]) == 3 and [e["kind"] for e in d["history"]][:2] == ["create", "attach"]
    missing = CliRunner().invoke(main, ["incident", "nope", "--db", db])
    assert missing.exit_code != 0 and "no incident" in missing.output


def test_link_command_keeps_ids(db: str):
    before = sorted(json.loads(x)["id"] for x in run("incidents", "--db", db, "--json").output.splitlines())
    r = run("link", "--db", db)
    assert "created 0" in r.output
    after = sorted(json.loads(x)["id"] for x in run("incidents", "--db", db, "--json").output.splitlines())
    assert before == after
    run("link", "--db", db, "--rebuild")
    assert len(run("incidents", "--db", db, "--json").output.splitlines()) == 2


@pytest.mark.parametrize("fmt", ["csv", "acled", "ucdp"])
def test_export_tables(db: str, fmt: str, tmp_path: Path):
    out = tmp_path / f"x.{fmt}"
    r = run("export", "--db", db, "--format", fmt, "--out", str(out))
    assert "2 incidents written" in r.output
    rows = list(csv.DictReader(io.StringIO(out.read_text("utf-8"))))
    assert len(rows) == 2


def test_export_json_geojson_stdout_and_filters(db: str):
    data = json.loads(run("export", "--db", db, "--format", "json", "--governorate", "aleppo").stdout)
    assert len(data) == 1 and data[0]["place"]["governorate"] == "aleppo"
    geo = json.loads(run("export", "--db", db, "--format", "geojson").stdout)
    assert geo["type"] == "FeatureCollection" and len(geo["features"]) == 2
    assert all(f["geometry"]["type"] == "Point" for f in geo["features"])


def test_export_parquet_to_file(db: str, tmp_path: Path):
    pq = pytest.importorskip("pyarrow.parquet")
    out = tmp_path / "x.parquet"
    r = run("export", "--db", db, "--format", "parquet", "--out", str(out))
    assert "2 incidents written" in r.output
    t = pq.read_table(out)
    assert t.num_rows == 2 and "date_basis" in t.column_names


@pytest.mark.parametrize("cmd", [["claims"], ["incidents"]])
def test_tables_fit_the_terminal_and_explain_their_columns(db: str, cmd: list[str]):
    from rasd.cli.output import display_width

    r = CliRunner().invoke(main, [*cmd, "--db", db], env={"COLUMNS": "80"})
    assert r.exit_code == 0, r.output
    lines = r.stdout.splitlines()
    assert all(display_width(ln) <= 80 for ln in lines), max(lines, key=display_width)
    if cmd == ["claims"]:
        # evidence is wrapped, not cut: every word of the quote is there
        words = " ".join(lines)
        assert all(w in words for w in "ما لا يقل عن 45 عنصرا".split())
    else:
        legend = " ".join(lines)
        assert "src: independent sources" in legend and "!: contradictions" in legend
