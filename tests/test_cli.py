"""The core commands as a user runs them: extract, ingest, claims, search."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

import rasd.ingest
from rasd.cli import main
from rasd.core.models import Article, Claim, DateSpan, Figure, Place, Span
from rasd.store.sqlite import SQLiteStore

needs_ingest = pytest.mark.skipif(not hasattr(rasd.ingest, "read_paths"),
                                  reason="rasd.ingest has not landed yet")

# Our own sentences (not from any corpus).
DEIR = ("دمشق 8 شباط 2018: قال المرصد السوري لحقوق الإنسان إن سبعة مدنيين قتلوا في غارة جوية "
        "استهدفت سوقا بدير الزور فجر اليوم.")
ALEPPO = "أفاد ناشطون بإصابة عشرة أشخاص بقصف مدفعي على قرى وريف حلب الغربي أمس."


def run(*args: str, env: dict[str, str] | None = None):
    return CliRunner().invoke(main, list(args), env=env, catch_exceptions=False)


def json_lines(out: str) -> list[dict]:
    return [json.loads(line) for line in out.splitlines() if line.strip()]


@pytest.fixture
def inputs(tmp_path: Path) -> Path:
    d = tmp_path / "in"
    d.mkdir()
    (d / "deir.txt").write_text(DEIR, encoding="utf-8")
    (d / "more.jsonl").write_text(
        json.dumps({"id": "aleppo-1", "text": ALEPPO, "title": "قصف", "published": "2018-02-08",
                    "source": "test"}, ensure_ascii=False) + "\n", encoding="utf-8")
    return d


@pytest.fixture
def db(tmp_path: Path) -> str:
    """A database filled through the store, so query commands are tested without ingest."""
    path = str(tmp_path / "q.db")
    with SQLiteStore(path) as s:
        s.add_article(Article("deir", DEIR, source="outlet1", published="2018-02-08", title="غارة"))
        s.add_article(Article("aleppo", ALEPPO, source="outlet2", published="2018-02-09"))
        s.set_claims("deir", [Claim(
            claimant="sohr", event_type="airstrike", perpetrator="unknown", victims="civilians",
            place=Place("دير الزور", "deir_ez_zor"), date=DateSpan("2018-02-08", "2018-02-08"),
            figures=[Figure("killed", "civilians", 7, 7, "exact", "سبعة مدنيين")],
            evidence=Span(0, 20, DEIR[:20]))])
        s.set_claims("aleppo", [Claim(claimant="local_sources", place=Place(None, "aleppo"),
                                      figures=[Figure("injured", "unspecified", 10, 10, "exact", "عشرة")])])
    return path


# -- help and usage errors ---------------------------------------------------------------


@pytest.mark.parametrize("cmd", ["extract", "ingest", "claims", "search"])
def test_every_command_has_help_with_an_example(cmd):
    r = run(cmd, "--help")
    assert r.exit_code == 0 and "Example" in r.output


@pytest.mark.parametrize("args", [["claims"], ["search", "حلب"]])
def test_read_commands_on_a_missing_db_say_run_ingest_and_create_nothing(tmp_path, args):
    path = tmp_path / "nope.db"
    r = run(*args, "--db", str(path))
    assert r.exit_code == 1
    assert "rasd ingest" in r.stderr and len(r.stderr.strip().splitlines()) == 1
    assert not path.exists()


def test_ingest_without_paths_is_a_usage_error(tmp_path):
    r = run("ingest", "--db", str(tmp_path / "x.db"))
    assert r.exit_code == 2 and "--samples" in r.stderr


def test_bad_filter_values_are_one_line_errors(db):
    assert run("claims", "--db", db, "--since", "last week").exit_code == 2
    r = run("claims", "--db", db, "--claimant", "SOHRR")
    assert r.exit_code == 2 and "sohr" in r.stderr


def test_db_from_a_newer_rasd_is_refused_without_traceback(db):
    con = sqlite3.connect(db)
    con.execute("INSERT INTO schema_version VALUES (999, 'future.sql', '2030-01-01')")
    con.commit()
    con.close()
    r = run("claims", "--db", db)
    assert r.exit_code == 1 and "newer rasd" in r.stderr and "Traceback" not in r.stderr


# -- claims / search over a stored db ----------------------------------------------------


def test_claims_table_and_filters(db):
    r = run("claims", "--db", db)
    assert r.exit_code == 0
    assert "sohr" in r.stdout and "killed 7 civilians" in r.stdout and "local_sources" in r.stdout
    r = run("claims", "--db", db, "--claimant", "sohr")
    assert "local_sources" not in r.stdout
    r = run("claims", "--db", db, "--since", "2018-03")
    assert r.stdout == "" and "no claims match" in r.stderr


def test_claims_json_lines(db):
    rows = json_lines(run("claims", "--db", db, "--json").stdout)
    assert [(r["article_id"], r["claim_index"]) for r in rows] == [("deir", 0), ("aleppo", 0)]
    assert rows[0]["source"] == "outlet1" and rows[0]["published"] == "2018-02-08"
    assert rows[0]["claimant"] == "sohr" and rows[0]["figures"][0]["low"] == 7
    assert "دير الزور" in run("claims", "--db", db, "--json").stdout  # not \u escapes


def test_claims_limit_says_how_many_more(db):
    r = run("claims", "--db", db, "--limit", "1", "--json")
    assert len(json_lines(r.stdout)) == 1 and "of 2 claims" in r.stderr


def test_rasd_db_env_var_is_honoured(db):
    r = run("claims", "--json", env={"RASD_DB": db})
    assert r.exit_code == 0 and len(json_lines(r.stdout)) == 2


def test_search_finds_clitic_prefixed_words(db):
    r = run("search", "دير الزور", "--db", db, "--json")  # the text says بدير الزور
    hits = json_lines(r.stdout)
    assert [h["article_id"] for h in hits] == ["deir"]
    assert "بدير الزور" in hits[0]["snippet"]
    r = run("search", "ريف حلب", "--db", db)  # the text says وريف حلب
    assert r.exit_code == 0 and "aleppo" in r.stdout


@pytest.mark.parametrize("query", ['"', "AND", "(", "*"])
def test_search_with_fts_syntax_does_not_crash(db, query):
    r = run("search", query, "--db", db)
    assert r.exit_code == 0 and "Traceback" not in r.stderr


# -- extract / ingest (need rasd.ingest) -------------------------------------------------


@needs_ingest
def test_extract_json_prints_one_line_per_article(inputs):
    r = run("extract", str(inputs / "deir.txt"), str(inputs / "more.jsonl"), "--json")
    assert r.exit_code == 0, r.stderr
    rows = json_lines(r.stdout)
    assert len(rows) == 2
    for row in rows:
        assert set(row) == {"article", "claims"} and row["article"]["id"]
        assert isinstance(row["claims"], list)
    assert "read 2" in r.stderr and "failed 0" in r.stderr


@needs_ingest
def test_extract_reads_a_us_sheets_dates_month_first_and_resolves_weekdays_by_them(tmp_path):
    sheet = tmp_path / "us.csv"
    sheet.write_text("id,text,date\nus-1,\"Five people were killed in an air strike on Douma on "
                     "Tuesday, activists said.\",4/6/17\n", encoding="utf-8")
    r = run("extract", str(sheet), "--json", "--date-order", "mdy")
    assert r.exit_code == 0, r.stderr
    (row,) = json_lines(r.stdout)
    assert row["article"]["published"] == "2017-04-06"  # Thursday 6 April 2017
    (claim,) = row["claims"]
    assert claim["date"] == {"start": "2017-04-04", "end": "2017-04-04"}  # that week's Tuesday
    bad = run("extract", str(sheet), "--date-order", "ymd")
    assert bad.exit_code == 2 and "ymd" in bad.stderr


@needs_ingest
def test_extract_text_mode_shows_each_article(inputs):
    r = run("extract", str(inputs / "more.jsonl"))
    assert r.exit_code == 0 and "aleppo-1" in r.stdout


@needs_ingest
def test_extract_reports_a_bad_input_and_goes_on(inputs):
    r = run("extract", str(inputs / "missing.txt"), str(inputs / "deir.txt"), "--json")
    assert r.exit_code == 1
    assert len(json_lines(r.stdout)) == 1
    problems = [l for l in r.stderr.splitlines() if "missing.txt" in l]
    assert len(problems) == 1


@needs_ingest
def test_ingest_is_idempotent_and_searchable(inputs, tmp_path):
    db = str(tmp_path / "r.db")
    r = run("ingest", str(inputs), "--db", db)
    assert r.exit_code == 0, r.stderr
    assert "read 2, new 2, duplicates 0" in r.stderr
    r = run("ingest", str(inputs), "--db", db)
    assert r.exit_code == 0 and "new 0, duplicates 2" in r.stderr
    with SQLiteStore(db) as s:
        assert s.count_articles() == 2
    hits = json_lines(run("search", "دير الزور", "--db", db, "--json").stdout)
    assert len(hits) == 1
    assert run("claims", "--db", db, "--json").exit_code == 0


@needs_ingest
def test_ingest_with_a_bad_input_exits_1_but_keeps_the_good(inputs, tmp_path):
    db = str(tmp_path / "r.db")
    r = run("ingest", str(inputs / "deir.txt"), str(inputs / "missing.txt"), "--db", db, "--no-link")
    assert r.exit_code == 1 and "missing.txt" in r.stderr and "new 1" in r.stderr


@needs_ingest
def test_console_script_end_to_end(inputs, tmp_path):
    exe = Path(sys.executable).with_name("rasd")
    if not exe.exists():
        pytest.skip("rasd console script not installed")
    db = str(tmp_path / "cli.db")
    env = {**os.environ, "RASD_DB": db}
    p = subprocess.run([str(exe), "ingest", str(inputs)], capture_output=True, text=True, env=env,
                       timeout=120)
    assert p.returncode == 0, p.stderr
    assert "new 2" in p.stderr and "\r" not in p.stderr  # no progress counter when piped
    p = subprocess.run([str(exe), "search", "ريف حلب", "--json"], capture_output=True, text=True,
                       env=env, timeout=60)
    assert p.returncode == 0 and len(json_lines(p.stdout)) == 1


def test_serve_on_a_missing_database_says_so(tmp_path):
    import socket
    import subprocess
    import sys

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    db = tmp_path / "nothing-here.db"
    proc = subprocess.Popen([sys.executable, "-c", "from rasd.cli import main; main()", "serve",
                             "--db", str(db), "--port", str(port)],
                            stderr=subprocess.PIPE, text=True)
    try:
        first = proc.stderr.readline()
    finally:
        proc.terminate()
        proc.wait(timeout=10)
    assert f"no database at {db}" in first and "rasd ingest" in first
