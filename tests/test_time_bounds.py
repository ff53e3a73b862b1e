"""Inputs that once took seconds to minutes because some step was quadratic in them.

Each case names the step it guards and what it cost before (on the project machine). Times
are CPU times of this process, which other jobs on a shared machine barely move; the
limits are several times what the fixed code needs and far below what the quadratic code
took.
"""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest

from rasd.core.models import Article
from rasd.extract import extract
from rasd.ingest import IngestReport, read_paths

# Our own sentences (fictional).
LEAD = "قال المرصد السوري لحقوق الإنسان إن خمسة مدنيين قتلوا اليوم في قصف على بلدة في ريف حلب. "


def timed(fn, *args):
    extract(Article(id="warm", text=LEAD))  # lexicons and gazetteer load outside the timing
    t0 = time.process_time()
    out = fn(*args)
    return out, time.process_time() - t0


def extract_text(text: str, published: str | None = "2024-03-12"):
    return extract(Article(id="t", text=text, published=published))


@pytest.mark.parametrize("name, text", [
    # dates: the month-heading pattern scanned every blank run from each of its lines
    # (8,000 newlines: 6.7 s; 32,000: 50 s)
    ("blank lines", LEAD + "\n" * 32_000 + LEAD),
    ("blank lines with marks", LEAD + "- \n" * 10_000 + "* \n" * 5_000),
    # dates: "اليوم" then a weekday, retried at every split of a long blank run (32 k: 60 s)
    ("today then blanks", LEAD + "اليوم" + "\n" * 32_000 + "x"),
    # text.dates: a day-month then spaces, retried at every split before the year (23 s)
    ("date then spaces", LEAD + "يوم 5 آذار" + " " * 32_000 + "x"),
    # text.dates: a range "12 -" then spaces before its second end (3.5 s)
    ("range then spaces", LEAD + "يوم 12 -" + " " * 32_000 + "x 13 آذار"),
    # dates: every number checked against every numeric date (32 kB of dates: 0.9 s)
    ("numeric dates", LEAD + "12/3/2020 " * 6_000),
    # places: every weak name measured against every place of its sentence (140 kB: 7 s)
    ("weak place names", "قتل خمسة مدنيين في " + "القصور " * 20_000),
])
def test_pathological_text_extracts_in_linear_time(name: str, text: str) -> None:
    claims, took = timed(extract_text, text)
    assert claims, name  # the lead's claim is still read
    assert took < 1.0, f"{name}: {took:.2f} s for {len(text):,} characters"


def test_jsonl_article_with_blank_line_runs_is_read_and_extracted_fast(tmp_path: Path) -> None:
    """The issue's case: a 32 kB JSON Lines article (JSON keeps its blank lines, a .txt has
    them collapsed) took 85 s."""
    text = "".join(LEAD + "\n" * 2_000 for _ in range(16))
    f = tmp_path / "feed.jsonl"
    f.write_text(json.dumps({"id": "blank", "text": text, "published": "2024-03-12"}) + "\n", "utf-8")

    def read_and_extract() -> int:
        return sum(len(extract(a)) for a in read_paths([f], report=IngestReport()))

    claims, took = timed(read_and_extract)
    assert claims >= 1 and took < 1.0, took


def test_metadata_date_string_with_a_long_blank_run_parses_fast() -> None:
    from rasd.ingest.dates import parse_metadata_date

    value, took = timed(parse_metadata_date, "12 آذار" + " " * 50_000 + "x")
    assert value is None and took < 0.5, took  # was 64 s


def test_huge_digit_runs_are_no_figures_and_no_crash() -> None:
    text = "قتل " + "9" * 5000 + " مدنيا في حلب. قتل 1,000,000,000,000,000 شخص. قتل ² شخصا. " + LEAD
    claims = extract_text(text)
    lows = [f.low for c in claims for f in c.figures]
    assert lows == [5]


@pytest.mark.parametrize("published", ["0001-01-01", "9999-12-31"])
def test_relative_dates_at_the_ends_of_the_calendar_are_unknown_not_a_crash(published: str) -> None:
    [claim] = extract_text("قال المرصد إن خمسة مدنيين قتلوا أمس في قصف على بلدة في ريف حلب، "
                           "وإن ثلاثة قتلوا غدا.", published)
    assert claim.date is None


def test_reconciling_many_incidents_of_one_long_article_shingles_it_once() -> None:
    """A long article whose claims joined hundreds of incidents was shingled once per
    incident (a 1.8 MB article: 264 times, most of 116 s of linking)."""
    from rasd.reconcile import syndication_groups

    long_text = " ".join(f"{LEAD} ({i})" for i in range(1_000))  # ~100,000 characters
    texts = {"long": long_text, "other": LEAD * 3}
    hashes = {"long": "h1", "other": "h2"}
    _, took = timed(lambda: [syndication_groups(["long", "other"], hashes, texts) for _ in range(300)])
    assert took < 1.0, took
    alone, took = timed(lambda: [syndication_groups(["long"], hashes, texts) for _ in range(300)])
    assert alone[0] == {"long": "long"} and took < 0.1, took  # nothing to compare: no shingles
