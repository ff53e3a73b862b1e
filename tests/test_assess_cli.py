"""``rasd assess`` as a user runs it, after ``rasd ingest`` of several outlets' reports of
one strike (tests/assessfixtures.py), and the grade column of ``rasd export``."""

from __future__ import annotations

import csv
import io
import json

import pytest
from click.testing import CliRunner

from assessfixtures import ASSESS_ARTICLES
from rasd.cli import main


def run(*args: str):
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> str:
    d = tmp_path_factory.mktemp("assess")
    src = d / "reports.jsonl"
    src.write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in ASSESS_ARTICLES),
                   encoding="utf-8")
    path = str(d / "a.db")
    r = run("ingest", str(src), "--db", path)
    assert r.exit_code == 0, r.stderr
    assert "assessed: incidents 2" in r.stderr  # assessed as soon as linking finished
    return path


def lines(out: str) -> list[dict]:
    return [json.loads(x) for x in out.splitlines() if x.strip()]


def test_every_article_gets_a_score_or_says_it_has_no_comparable_source(db):
    r = run("assess", "--db", db, "--json")
    assert r.exit_code == 0, r.stderr
    by_id = {a["article_id"]: a for a in lines(r.stdout)}
    assert set(by_id) == {a["id"] for a in ASSESS_ARTICLES}
    assert by_id["atarib-sohr"]["score"] == 0.75
    assert by_id["atarib-sana"]["score"] == 0.25
    lone = by_id["daraa-lone"]
    assert lone["score"] is None and "no comparable source" in lone["explanation"]
    # the explanation names the sources compared with
    assert "White Helmets 24 (via Wire Two)" in by_id["atarib-sohr"]["explanation"]
    assert "5 articles: 4 with a score, 1 with figures but no comparable source" in r.stderr


def test_one_article_figure_by_figure(db):
    r = run("assess", "atarib-sana", "--db", db)
    assert r.exit_code == 0, r.stderr
    assert "contradicted" in r.stdout and "SANA says 3 killed; incompatible with" in r.stdout
    sana = lines(run("assess", "atarib-sana", "--db", db, "--json").stdout)[0]
    assert sana["standings"][0]["reason"] == ("SANA says 3 killed; incompatible with SOHR 23 "
                                              "(via Wire One) and White Helmets 24 (via Wire Two)")
    data = lines(run("assess", "atarib-sohr", "--db", db, "--json").stdout)[0]
    [f] = data["standings"]
    assert f["standing"] == "consistent" and f["incident_id"]
    assert {c["voice"] for c in f["compared"]} == {"white_helmets", "sana"}


def test_a_reprint_is_not_an_independent_source(db):
    data = lines(run("assess", "atarib-copy", "--db", db, "--json").stdout)[0]
    voices = {c["voice"] for f in data["standings"] for c in f["compared"]}
    assert "sohr" not in voices  # SOHR via Wire One is the same report and the same voice


def test_incident_grade(db):
    iid = lines(run("assess", "atarib-sohr", "--db", db, "--json").stdout)[0]["standings"][0]["incident_id"]
    r = run("assess", "--incident", iid, "--db", db)
    assert r.exit_code == 0, r.stderr
    assert r.stdout.startswith(f"{iid}: contested — contested: ")
    data = lines(run("assess", "--incident", iid, "--db", db, "--json").stdout)[0]
    assert data["grade"] == "contested" and data["reports"] == 3 and data["voices"] == 3
    assert len(data["figures"]) == 4


def test_outlets_record_with_counts(db):
    r = run("assess", "--outlets", "--db", db, "--json")
    rows = {(x["source"], x["period"]): x for x in lines(r.stdout)}
    agency = rows[("Agency Three", "2024")]
    assert (agency["figures"], agency["contradicted"], agency["below"]) == (1, 1, 1)
    assert rows[("Wire One", "2023")]["checked"] == 0  # its Daraa report: nothing to check
    assert rows[("Wire One", "2024")]["consistent"] == 1
    table = run("assess", "--outlets", "--db", db)
    assert "above" in table.stdout and "not a score input" in table.stdout


def test_errors_are_one_line(db, tmp_path):
    r = run("assess", "nope", "--db", db)
    assert r.exit_code == 1 and r.stderr.strip() == "Error: no article 'nope' (see `rasd claims`)"
    r = run("assess", "--incident", "inc-nope", "--db", db)
    assert r.exit_code == 1 and "no incident 'inc-nope'" in r.stderr
    missing = tmp_path / "missing.db"
    r = run("assess", "--db", str(missing))
    assert r.exit_code == 1 and "rasd ingest" in r.stderr and not missing.exists()


def test_help_has_examples():
    r = run("assess", "--help")
    assert r.exit_code == 0 and "Examples" in r.output and "--incident" in r.output


def test_export_has_a_grade_column(db):
    r = run("export", "--db", db, "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(r.stdout)))
    assert sorted(row["grade"] for row in rows) == ["contested", "single_source"]


def test_rebuild_gives_the_same_results(db):
    before = lines(run("assess", "--db", db, "--json").stdout)
    r = run("assess", "--rebuild", "--db", db, "--json")
    assert r.exit_code == 0 and lines(r.stdout) == before


def test_one_outlets_articles(db):
    r = run("assess", "--source", "Wire One", "--db", db, "--json")
    assert sorted(a["article_id"] for a in lines(r.stdout)) == ["atarib-sohr", "daraa-lone"]
    assert "2 articles: 1 with a score, 1 with figures but no comparable source" in r.stderr
