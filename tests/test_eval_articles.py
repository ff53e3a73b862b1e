"""rasd eval --articles: scoring against an article-level coding sheet (FA-KES-style rows).

The rule that picks rasd's figure is tested on hand-built claims; the command end to end on
CSV rows whose sentences were written for these tests."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from rasd.cli import main
from rasd.core.models import Claim, Figure, Place, Span
from rasd.eval.article_pick import category_reading, count_reading, main_claims, stated_anywhere
from rasd.eval.coded import CodedError, Crosswalk, load_sheet

FAKES_HEADER = ["unit_id", "article_title", "article_content", "source", "date", "location", "actor",
                "cause_of_death", "nb_children", "nb_civilians", "nb_noncivilians", "nb_women", "label"]

# (id, text, date, location, actor, cause, children, civilians, noncivilians, women)
ROWS = [
    ("101", "Government air strikes killed 12 civilians, including four children, in the town of "
            "Saraqeb in Idlib province on Tuesday, the Syrian Observatory for Human Rights said. "
            "Rescue workers said dozens of people were wounded.",
     "4/5/17", "idlib", "unknown", "shelling", "4", "12", "0", "0"),
    ("102", "Clashes between rebels and government troops south of Aleppo killed 9 soldiers on "
            "Monday, a military source told the state news agency.",
     "4/6/17", "aleppo", "armed opposition groups", "shooting", "0", "0", "9", "0"),
    ("103", "A car bomb exploded at a checkpoint in Azaz, killing 7 people, activists said.",
     "4/7/17", "damascus", "unknown", "explosion", "0", "5", "0", "0"),
]


def write_sheet(path: Path, rows=ROWS, header=FAKES_HEADER) -> Path:
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(header)
        for aid, text, date, loc, actor, cause, ch, civ, nonciv, women in rows:
            w.writerow([aid, "headline", text, "example", date, loc, actor, cause, ch, civ, nonciv, women, "1"])
    return path


def run(*args: str):
    return CliRunner().invoke(main, ["eval", *args], catch_exceptions=False)


# -- the command, end to end -------------------------------------------------------------


def test_fakes_columns_are_understood_and_scored(tmp_path: Path) -> None:
    sheet = write_sheet(tmp_path / "fakes.csv")
    r = run("--articles", str(sheet), "--json")
    assert r.exit_code == 0, r.output
    res = json.loads(r.output)
    f = res["fields"]
    assert res["articles"] == 3 and res["date_order"] == "mdy"
    # 12 civilians with 4 children: both read from the Observatory's sentence
    assert f["children"] == {"n": 1, "agree": 1, "rate": 1.0, "stated_anywhere": 1, "no_figure": 0,
                             "sheet_zero_rasd_number": 0}
    # the car bomb row: the sheet says 5 civilians, the text 7 people
    assert f["civilians"]["n"] == 2 and f["civilians"]["agree"] == 1
    bomb = [d for d in res["disagreements"] if d["article_id"] == "103" and d["field"] == "civilians"]
    assert bomb == [{"article_id": "103", "field": "civilians", "sheet": 5, "rasd": 7, "stated": "7",
                     "text": "killing 7 people", "claim_index": 0,
                     "evidence": "A car bomb exploded at a checkpoint in Azaz, killing 7 people, activists said."}]
    # 0 means "not stated": women is coded nowhere, the soldiers' row has no civilians field
    assert f["women"]["n"] == 0 and f["noncivilians"]["n"] == 1
    # the categories go through the crosswalk: "shooting" is clashes, "explosion" a bombing
    assert f["cause"] == {"n": 3, "agree": 3, "rate": 1.0, "no_value": 0, "confusions": []}
    # "unknown" actors are not coded; Azaz is in Aleppo, not in the sheet's Damascus
    assert f["actor"]["n"] == 1
    assert f["governorate"]["confusions"] == [{"sheet": "damascus", "rasd": "aleppo", "count": 1}]


def test_text_report_lists_disagreements_with_evidence(tmp_path: Path) -> None:
    r = run("--articles", str(write_sheet(tmp_path / "fakes.csv")))
    assert r.exit_code == 0
    assert "civilians killed" in r.output and "1 / 2" in r.output
    assert "103 civilians: sheet 5, rasd 7 «killing 7 people»" in r.output
    assert "103 governorate: sheet damascus, rasd aleppo «Azaz»" in r.output
    assert "evidence: A car bomb exploded at a checkpoint in Azaz" in r.output


def test_zero_counts_option_scores_zeros(tmp_path: Path) -> None:
    sheet = write_sheet(tmp_path / "fakes.csv")
    res = json.loads(run("--articles", str(sheet), "--json", "--zero-counts").output)
    assert res["fields"]["women"]["n"] == 3
    assert res["fields"]["women"]["agree"] == 3  # no woman killed in any text, none read
    # the soldiers' article: the sheet's 0 civilians agrees with no civilian figure
    assert res["fields"]["civilians"]["n"] == 3 and res["fields"]["civilians"]["agree"] == 2


def test_column_mapping_for_an_ngo_sheet(tmp_path: Path) -> None:
    sheet = tmp_path / "ngo.csv"
    sheet.write_text("ref;body;day;killed_civ;gov\n"
                     "n-1;Shelling on the village of Kafr Nabl killed 6 civilians on Friday, "
                     "local activists said.;14/03/2019;6;idlib\n", "utf-8")
    r = run("--articles", str(sheet), "--json", "--csv-id", "ref", "--csv-text", "body", "--csv-date", "day",
            "--csv-civilians", "killed_civ", "--csv-governorate", "gov")
    assert r.exit_code == 0, r.output
    res = json.loads(r.output)
    assert res["date_order"] == "dmy"
    assert set(res["fields"]) == {"civilians", "governorate"}  # only what the sheet codes
    assert res["fields"]["civilians"]["agree"] == 1 and res["fields"]["governorate"]["agree"] == 1


def test_month_first_dates_for_fakes_and_day_first_otherwise(tmp_path: Path) -> None:
    sheet = write_sheet(tmp_path / "fakes.csv")
    assert load_sheet(str(sheet)).rows[0].article.published == "2017-04-05"
    assert load_sheet(str(sheet), date_order="dmy").rows[0].article.published == "2017-05-04"


def test_crosswalk_categories_and_unknown_values(tmp_path: Path) -> None:
    rows = [ROWS[0][:3] + ("Idleb governorate",) + ROWS[0][4:],  # a value nobody mapped
            ROWS[2][:3] + ("aleppo",) + ROWS[2][4:]]
    sheet = write_sheet(tmp_path / "fakes.csv", rows)
    r = CliRunner().invoke(main, ["eval", "--articles", str(sheet), "--json"])
    assert r.exit_code == 0
    res = json.loads(r.stdout)
    assert res["fields"]["governorate"]["n"] == 1
    assert "governorate 'idleb governorate' (1 row) is neither in the crosswalk nor a codebook id" in r.stderr
    own = tmp_path / "mine.tsv"
    own.write_text("# my sheet's names\ngovernorate\tIdleb governorate\tidlib\n", "utf-8")
    res = json.loads(run("--articles", str(sheet), "--json", "--crosswalk", str(own)).output)
    assert res["fields"]["governorate"] == {"n": 2, "agree": 2, "rate": 1.0, "no_value": 0, "confusions": []}


def test_damascus_in_the_sheet_covers_its_countryside() -> None:
    known, ids = Crosswalk().lookup("governorate", " Damascus ")
    assert known and ids == {"damascus", "rif_dimashq"}
    assert Crosswalk().lookup("actor", "unknown") == (True, None)
    assert Crosswalk().lookup("cause", "airstrike") == (True, {"airstrike"})  # codebook ids pass


def test_duplicate_rows_are_scored_once(tmp_path: Path) -> None:
    sheet = write_sheet(tmp_path / "fakes.csv", [ROWS[0], ROWS[1], ROWS[0]])
    res = json.loads(run("--articles", str(sheet), "--json").output)
    assert res["articles"] == 2
    assert res["skipped"] == [f"{sheet}:4: article id '101' again (first at {sheet}:2); not scored twice"]


@pytest.mark.parametrize("args, message", [
    (["--articles", "nope.csv"], "nope.csv: no such file"),
    (["--articles", "{sheet}", "--csv-civilians", "killed"], "no column 'killed' (given with --csv-civilians)"),
    (["--articles", "{plain}"], "no coded column (killed counts, governorate, actor or cause)"),
    (["--articles", "{notext}"], "no text column"),
    (["--articles", "{sheet}", "--article", "999"], "no article '999'"),
])
def test_unusable_sheets_fail_in_one_line(tmp_path: Path, args: list[str], message: str) -> None:
    sheet = write_sheet(tmp_path / "fakes.csv")
    plain = tmp_path / "plain.csv"
    plain.write_text("id,text\n1,Nothing coded here.\n", "utf-8")
    notext = tmp_path / "notext.csv"
    notext.write_text("id,nb_civilians\n1,4\n", "utf-8")
    args = [a.format(sheet=sheet, plain=plain, notext=notext) for a in args]
    r = CliRunner().invoke(main, ["eval", *args])
    assert r.exit_code == 2
    assert message in r.output and "Traceback" not in r.output
    assert len(r.output.strip().splitlines()) == 1


def test_gold_and_articles_are_exclusive(tmp_path: Path) -> None:
    r = CliRunner().invoke(main, ["eval"])
    assert r.exit_code == 2 and "give either --gold DIR or --articles CSV" in r.output
    r = CliRunner().invoke(main, ["eval", "--gold", "x", "--csv-civilians", "nb"])
    assert r.exit_code == 2 and "--csv-civilians only apply with --articles" in r.output


def test_one_article_and_id_patterns(tmp_path: Path) -> None:
    sheet = write_sheet(tmp_path / "fakes.csv")
    assert json.loads(run("--articles", str(sheet), "--json", "--article", "102").output)["articles"] == 1
    assert json.loads(run("--articles", str(sheet), "--json", "--ids", "!103").output)["articles"] == 2


# -- the rule that picks rasd's figure -----------------------------------------------------


def fig(low: int | None, group: str = "unspecified", kind: str = "killed", qualifier: str = "exact",
        at: int = 0, high: int | None = -1) -> Figure:
    return Figure(kind, group, low, low if high == -1 else high, qualifier, f"{low} {group}",
                  Span(at, at + 5, f"{low} {group}"))


def claim(at: int, *figures: Figure, scope: str = "incident", victims: str = "unknown",
          governorate: str = "unknown", perpetrator: str = "unknown", event: int | None = None) -> Claim:
    return Claim(figures=list(figures), scope=scope, victims=victims, perpetrator=perpetrator,
                 place=Place(governorate=governorate), evidence=Span(at, at + 50, f"claim at {at}"), event=event)


def test_lead_incident_claim_wins_over_earlier_cumulative_total() -> None:
    claims = [claim(200, fig(9, "civilians", at=210)),
              claim(0, fig(400, "civilians", at=10), scope="cumulative"),
              claim(100, fig(30, "civilians", at=110))]
    r = count_reading(main_claims(claims), "civilians")
    assert (r.value, r.claim_index) == (30, 2)
    # with no incident claim the cumulative one stands in
    assert count_reading(main_claims(claims[1:2]), "civilians").value == 400


def test_unspecified_counts_as_civilians_only_when_victims_allow() -> None:
    people = claim(0, fig(20, at=5), fig(6, "children", at=20))
    assert count_reading(main_claims([people]), "civilians").value == 20
    assert count_reading(main_claims([people]), "noncivilians").value is None
    assert count_reading(main_claims([people]), "children").value == 6
    troops = claim(0, fig(20, at=5), victims="syrian_gov")
    assert count_reading(main_claims([troops]), "civilians").value is None
    assert count_reading(main_claims([troops]), "noncivilians").value == 20


def test_a_group_comes_from_the_first_claim_that_gives_it() -> None:
    claims = [claim(0, fig(15, "civilians", at=5)),
              claim(100, fig(30, "combatants", at=105), victims="isis")]
    main = main_claims(claims)
    assert count_reading(main, "civilians").value == 15
    assert count_reading(main, "noncivilians").value == 30


def test_a_vague_headline_figure_gives_way_to_the_bodys_number() -> None:
    # "Dozens of children dead ..." then "At least 68 children were among the dead": a coder
    # writes 68; with no number anywhere the reading stays "dozens", which agrees with nothing
    claims = [claim(0, fig(20, "children", qualifier="dozens", high=99, at=5)),
              claim(100, fig(68, "children", qualifier="at_least", high=None, at=105))]
    r = count_reading(main_claims(claims), "children")
    assert (r.value, r.claim_index) == (68, 1)
    r = count_reading(main_claims(claims[:1]), "children")
    assert (r.value, r.stated) == (None, "dozens")


def test_event_marks_restrict_the_main_incident() -> None:
    claims = [claim(0, fig(15, "civilians", at=5), event=1),
              claim(100, fig(30, "combatants", at=105), victims="isis", event=2)]
    assert count_reading(main_claims(claims), "noncivilians").value is None


def test_vague_and_ceiling_figures() -> None:
    dozens = claim(0, fig(20, qualifier="dozens", high=99))
    r = count_reading(main_claims([dozens]), "civilians")
    assert r.value is None and r.stated == "dozens"
    ceiling = claim(0, fig(None, qualifier="up_to", high=30))
    assert count_reading(main_claims([ceiling]), "civilians").value == 30
    assert stated_anywhere([dozens, ceiling], "civilians", 30)
    assert not stated_anywhere([dozens], "civilians", 20)


def test_categories_fall_back_to_any_claim_that_states_one() -> None:
    claims = [claim(0, fig(5, at=2)), claim(50, fig(3, kind="injured", at=55), governorate="hama",
                                            perpetrator="russia")]
    main = main_claims(claims)
    assert [i for i, _ in main] == [0]
    assert category_reading(main, claims, "governorate").value == "hama"
    assert category_reading(main, claims, "actor").value == "russia"
    assert category_reading(main, claims, "cause").value is None  # "other" is not stated


def test_crosswalk_file_errors_are_one_line(tmp_path: Path) -> None:
    bad = tmp_path / "x.tsv"
    bad.write_text("actor\tregime\tassad_forces\n", "utf-8")
    with pytest.raises(CodedError, match="row 1: assad_forces not codebook actors ids"):
        Crosswalk(str(bad))
    bad.write_text("place\tx\tidlib\n", "utf-8")
    with pytest.raises(CodedError, match="row 1 is not"):
        Crosswalk(str(bad))
