"""rasd eval: the scoring functions on hand-made predictions, and the command on a tiny
gold directory of our own (tests/fixtures/gold: three short articles written for the tests)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

import rasd.extract
import rasd.link
from rasd.cli import main
from rasd.eval import evaluate, load_gold, score_extraction
from rasd.eval.linking import score_pairs
from rasd.eval.match import match_article
from rasd.eval.score import place_key
from rasd.core.models import Article, Claim, ClaimRef, DateSpan, Figure, Incident, Place, Span

GOLD_DIR = Path(__file__).parent / "fixtures" / "gold"


def fig(kind: str, low: int | None, high: int | None = -1, group: str = "unspecified",
        qualifier: str = "exact", text: str = "") -> Figure:
    return Figure(kind, group, low, low if high == -1 else high, qualifier, text)


def claim(*figures: Figure, claimant: str = "sohr", scope: str = "incident", quote: str = "",
          place: str | None = None, date: str | None = None, **kw) -> Claim:
    return Claim(claimant=claimant, scope=scope, figures=list(figures), quote=quote,
                 place=Place(name=place), date=DateSpan(date, date) if date else None, **kw)


def as_pred(c: Claim) -> Claim:
    """A gold claim turned into a prediction: evidence instead of the quote."""
    d = c.to_dict()
    d.pop("quote", None)
    p = Claim.from_dict(d)
    p.evidence = Span(0, len(c.quote or "x"), c.quote or "x")
    return p


GOLD = {
    "a": [claim(fig("killed", 7, group="civilians", text="سبعة مدنيين"),
                fig("killed", 2, group="children", text="طفلان"),
                quote="سبعة مدنيين بينهم طفلان قتلوا", place="كفرنبل", date="2019-03-10",
                event_type="airstrike"),
          claim(fig("injured", 20, None, qualifier="more_than", text="أكثر من عشرين"),
                claimant="local_sources", quote="أكثر من عشرين شخصا أصيبوا")],
    "b": [claim(fig("killed", 3, text="ثلاثة أشخاص"), claimant="sana",
                quote="ثلاثة أشخاص قتلوا")],
}


def perfect() -> dict[str, list[Claim]]:
    return {aid: [as_pred(c) for c in cs] for aid, cs in GOLD.items()}


# -- scoring -----------------------------------------------------------------------------


def test_perfect_predictions_score_one() -> None:
    s = score_extraction(GOLD, perfect())
    for block in (s.figures, s.strict, s.claims):
        assert (block["precision"], block["recall"], block["f1"]) == (1.0, 1.0, 1.0)
    assert all(a["accuracy"] == 1.0 for a in s.attributes.values())
    assert all(a["accuracy"] == 1.0 for a in s.figure_attributes.values())
    assert s.missed == [] and s.false_positives == []


def test_missing_figure_lowers_recall_only() -> None:
    pred = perfect()
    del pred["a"][0].figures[1]  # the children sub-count
    s = score_extraction(GOLD, pred)
    assert s.figures["precision"] == 1.0
    assert s.figures["recall"] == pytest.approx(3 / 4)
    assert [(m["article_id"], m["kind"], m["low"], m["group"]) for m in s.missed] == [
        ("a", "killed", 2, "children")]
    assert s.missed[0]["quote"] == "سبعة مدنيين بينهم طفلان قتلوا"


def test_wrong_value_is_a_miss_and_a_false_positive() -> None:
    pred = perfect()
    pred["b"][0].figures[0].low = pred["b"][0].figures[0].high = 4
    s = score_extraction(GOLD, pred)
    assert s.figures["tp"] == 3 and s.figures["precision"] == pytest.approx(3 / 4)
    assert [fp["low"] for fp in s.false_positives] == [4]
    assert s.false_positives[0]["evidence"] == "ثلاثة أشخاص قتلوا"
    # The claim is still aligned by its evidence, so its attributes are scored.
    assert s.claims["tp"] == 3


def test_wrong_claimant_lowers_strict_f1_and_claimant_accuracy() -> None:
    pred = perfect()
    pred["a"][0].claimant = "outlet"
    s = score_extraction(GOLD, pred)
    assert s.figures["f1"] == 1.0
    assert s.strict["tp"] == 2 and s.strict["f1"] == pytest.approx(2 / 4)
    acc = s.attributes["claimant"]
    assert (acc["correct"], acc["n"]) == (2, 3)
    assert acc["confusions"] == [{"gold": "sohr", "pred": "outlet", "count": 1}]


def test_figure_matching_prefers_same_group_then_text() -> None:
    gold = [claim(fig("killed", 5, group="civilians", text="خمسة مدنيين"), quote="q1"),
            claim(fig("killed", 5, group="combatants", text="خمسة عناصر"), quote="q2")]
    pred = [claim(fig("killed", 5, group="combatants", text="خمسة عناصر"))]
    m = match_article(gold, pred)
    assert m.figure_pairs == [((0, 0), (1, 0))]
    # Same group on both: the text decides.
    gold[0].figures[0].group = "combatants"
    pred2 = [claim(fig("killed", 5, group="combatants", text="خمسة عناصر من الفصائل"))]
    assert match_article(gold, pred2).figure_pairs == [((0, 0), (1, 0))]


def test_claims_align_one_to_one_by_shared_figures() -> None:
    gold = [claim(fig("killed", 1), fig("injured", 2), quote="x"),
            claim(fig("killed", 1), quote="y")]
    pred = [claim(fig("killed", 1)), claim(fig("killed", 1), fig("injured", 2))]
    m = match_article(gold, pred)
    assert m.alignment == {1: 0, 0: 1}


def test_attribute_comparisons() -> None:
    assert place_key("بلدة كفرنبل") == place_key("كفرنبل")
    assert place_key("حي  الحمدانية") == place_key("الحمدانيّة")  # spacing, harakat
    assert place_key("مدينة حلب") == place_key("حلب")
    assert place_key("جبل بدرو") != place_key("بدرو")  # only generic nouns are dropped
    assert place_key(None) is None and place_key("") is None
    pred = perfect()
    pred["a"][0].place.name = "بلدة كفرنبل"
    pred["b"][0].date = DateSpan("2019-03-09", "2019-03-10")
    s = score_extraction(GOLD, pred)
    assert s.attributes["place"]["accuracy"] == 1.0  # prefix ignored, null == null
    assert s.attributes["date"]["correct"] == 2  # one span differs; null == null counts


def test_nothing_predicted() -> None:
    s = score_extraction(GOLD, {})
    assert s.figures["precision"] is None and s.figures["recall"] == 0.0
    assert s.figures["f1"] == 0.0
    assert s.attributes["claimant"]["accuracy"] is None  # no aligned claim: undefined


def test_linking_pairs() -> None:
    gold = [[("a", 0), ("a", 1), ("b", 0)], [("c", 0)]]
    assert score_pairs(gold, gold)["f1"] == 1.0
    split = score_pairs(gold, [[("a", 0), ("a", 1)], [("b", 0)], [("c", 0)]])
    assert (split["tp"], split["n_pred"], split["n_gold"]) == (1, 1, 3)
    assert split["precision"] == 1.0 and split["recall"] == pytest.approx(1 / 3)
    # A claim absent from the gold incidents (a cumulative total) never counts.
    extra = score_pairs(gold, [[("a", 0), ("a", 1), ("b", 0), ("z", 0)], [("c", 0)]])
    assert extra["precision"] == 1.0
    wrong = score_pairs(gold, [[("a", 0), ("c", 0)], [("a", 1)], [("b", 0)]])
    assert wrong["tp"] == 0 and wrong["precision"] == 0.0


def _oracle_linker(gs):
    """A linker that returns the gold incidents, mapped through the predicted indices."""
    def link(stored):
        by_quote = {(s.article_id, s.claim.evidence.text if s.claim.evidence else s.claim.quote):
                    s.claim_index for s in stored}
        incidents = []
        for k, inc in enumerate(gs.incidents):
            refs = [ClaimRef(a, by_quote[(a, gs.claims[a][i].quote)]) for a, i in inc]
            incidents.append(Incident(id=str(k), claims=refs))
        return incidents
    return link


def _oracle_extractor(gs):
    return lambda article: [as_pred(c) for c in reversed(gs.claims[article.id])]


def test_evaluate_with_oracles_scores_one() -> None:
    gs = load_gold(GOLD_DIR)
    res = evaluate(gs, extractor=_oracle_extractor(gs), linker=_oracle_linker(gs))
    assert res["figures"]["f1"] == res["strict"]["f1"] == 1.0
    assert res["linking"]["gold_claims"]["f1"] == 1.0
    assert res["linking"]["end_to_end"]["f1"] == 1.0  # predicted order differs: mapped back
    assert res["linking"]["gold_claims"]["n_gold"] == 3


def test_evaluate_reports_a_crashing_extractor() -> None:
    gs = load_gold(GOLD_DIR)

    def broken(article: Article):
        raise RuntimeError("boom")

    res = evaluate(gs, extractor=broken, linker=lambda claims: [])
    assert len(res["extract_errors"]) == 3 and res["figures"]["recall"] == 0.0
    json.dumps(res)  # JSON-ready as returned


# -- the command -------------------------------------------------------------------------


def run(*args: str):
    return CliRunner().invoke(main, ["eval", *args], catch_exceptions=False)


def test_cli_report() -> None:
    r = run("--gold", str(GOLD_DIR))
    assert r.exit_code == 0, r.output
    for heading in ("figures", "strict figures", "Claim attributes", "claimant", "Linking",
                    "gold claims → linker", "end to end", "Missed gold figures"):
        assert heading in r.output


def test_cli_json(monkeypatch: pytest.MonkeyPatch) -> None:
    gs = load_gold(GOLD_DIR)
    monkeypatch.setattr(rasd.extract, "extract", _oracle_extractor(gs))
    monkeypatch.setattr(rasd.link, "link_claims", _oracle_linker(gs))
    r = run("--gold", str(GOLD_DIR), "--json")
    assert r.exit_code == 0
    res = json.loads(r.output)
    assert res["articles"] == 3 and res["gold_claims"] == 5
    assert res["figures"]["f1"] == 1.0 and res["linking"]["end_to_end"]["f1"] == 1.0
    assert set(res["attributes"]) >= {"claimant", "perpetrator", "victims", "event_type",
                                      "scope", "governorate", "date", "place"}


def test_cli_one_article_and_misses_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(rasd.extract, "extract", lambda article: [])
    r = run("--gold", str(GOLD_DIR), "--json", "--article", "fx-1", "--misses", "1")
    res = json.loads(r.output)
    assert res["articles"] == 1 and res["missed_total"] == 3 and len(res["missed"]) == 1


@pytest.mark.parametrize("setup, message", [
    (lambda d: shutil.rmtree(d), "no such directory"),
    (lambda d: (d / "gold.jsonl").unlink(), "gold.jsonl: file not found"),
    (lambda d: (d / "gold.jsonl").write_text('{"article_id": "fx-1", "claims": []}\n{oops\n'),
     "gold.jsonl:2: not valid JSON"),
    (lambda d: (d / "gold.jsonl").write_text('{"article_id": "nope", "claims": []}\n'),
     "'nope' is not in articles.jsonl"),
    (lambda d: (d / "incidents.json").write_text('[[["fx-1", 9]]]'), "has no claim 9"),
    (lambda d: (d / "gold.jsonl").write_text('{"article_id": "fx-1", "claims": [{"figures": 3}]}'),
     "gold.jsonl:1: claim 0 is malformed: figures must be a list"),
])
def test_cli_unusable_input(tmp_path: Path, setup, message: str) -> None:
    d = tmp_path / "gold"
    shutil.copytree(GOLD_DIR, d)
    setup(d)
    r = CliRunner().invoke(main, ["eval", "--gold", str(d)])
    assert r.exit_code == 2
    assert message in r.output
    assert "Traceback" not in r.output and len(r.output.strip().splitlines()) == 1


def test_cli_unknown_article() -> None:
    r = CliRunner().invoke(main, ["eval", "--gold", str(GOLD_DIR), "--article", "zz"])
    assert r.exit_code == 2 and "'zz' is not annotated" in r.output


def test_codebook_slips_in_gold_are_warnings(tmp_path: Path,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    d = tmp_path / "gold"
    shutil.copytree(GOLD_DIR, d)
    gold = (d / "gold.jsonl").read_text(encoding="utf-8").replace('"sohr"', '"sohrr"')
    (d / "gold.jsonl").write_text(gold, encoding="utf-8")
    (d / "incidents.json").unlink()
    monkeypatch.setattr(rasd.extract, "extract", lambda article: [])
    r = CliRunner().invoke(main, ["eval", "--gold", str(d)])
    assert r.exit_code == 0
    assert "warning: gold.jsonl:1: fx-1 claims[0].claimant: 'sohrr'" in r.output
    assert "Linking: not scored" in r.output


def test_id_patterns_keep_and_drop_articles() -> None:
    from rasd.eval import id_filter

    keep = id_filter(["corpus-*"])
    assert keep("corpus-0040") and not keep("seed-001")
    drop = id_filter(["!corpus-*"])
    assert drop("seed-001") and not drop("corpus-0040")
    assert id_filter([])("anything")
