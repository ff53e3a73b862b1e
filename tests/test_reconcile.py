"""Reconciliation rules: totals within a claim, low/best/high across claimants,
by-claimant strings, contradictions, syndicated copies counted once."""

from __future__ import annotations

from rasd.core.models import Claim, DateSpan, Figure, Place, StoredClaim
from rasd.reconcile import claim_totals, reconcile, syndication_groups
from rasd.reconcile.attrs import reconcile_date, reconcile_place


def fig(kind: str, low: int | None, high: int | None = None, q: str = "exact", group: str = "unspecified") -> Figure:
    if q == "exact" and high is None:
        high = low
    return Figure(kind, group, low, high, q, "")


def sc(aid: str, i: int, claimant: str, *figs: Figure, published: str = "2018-02-08",
       date: str | None = None, place: Place | None = None, content_hash: str | None = None,
       claimant_text: str | None = None, source: str | None = None) -> StoredClaim:
    c = Claim(claimant=claimant, claimant_text=claimant_text, event_type="airstrike",
              perpetrator="coalition", victims="pro_gov", place=place or Place("خشام", "deir_ez_zor", precision="town"),
              date=DateSpan(date, date) if date else None, figures=list(figs))
    return StoredClaim(aid, i, c, source=source or aid, published=published, content_hash=content_hash)


def test_low_best_high_and_by_claimant_strings():
    inc = reconcile("x", [
        sc("a", 0, "sohr", fig("killed", 45, None, "at_least")),
        sc("b", 0, "us_official", fig("killed", 100, None, "more_than")),
        sc("c", 0, "state_media", fig("casualties", 20, 99, "dozens")),
        sc("d", 0, "unnamed", fig("casualties", 150, 150, "about")),
    ])
    k = inc.figures["killed"]
    assert (k.low, k.best, k.high) == (45, 100, 100)
    assert k.by_claimant == {"sohr": "≥45", "us_official": ">100"}
    c = inc.figures["casualties"]
    # "dozens" gives no point and does not pull low under the numeric 150
    assert (c.low, c.best, c.high) == (150, 150, 150)
    assert c.by_claimant == {"state_media": "dozens", "unnamed": "~150"}
    assert inc.claimants == 4 and inc.sources == 4


def test_median_of_points_and_vague_only():
    inc = reconcile("x", [sc("a", 0, "sohr", fig("killed", 10)), sc("b", 0, "sana", fig("killed", 14)),
                          sc("c", 0, "snhr", fig("killed", 12))])
    k = inc.figures["killed"]
    assert (k.low, k.best, k.high) == (10, 12, 14)
    vague = reconcile("y", [sc("a", 0, "sohr", fig("injured", 20, 99, "dozens"))]).figures["injured"]
    assert (vague.low, vague.best, vague.high) == (20, None, 99)  # the codebook range of "dozens"


def test_subcounts_not_added_groups_added():
    t = claim_totals(Claim(figures=[fig("killed", 9, group="civilians"), fig("killed", 6, group="children"),
                                    fig("killed", 2, group="women")]))["killed"]
    assert (t.lo, t.hi) == (9, 9)
    t = claim_totals(Claim(figures=[fig("killed", 14, group="civilians"), fig("killed", 3, group="combatants")]))["killed"]
    assert (t.lo, t.hi, t.stated) == (17, 17, "14+3")
    # unspecified total with its civilian breakdown ("22 killed, 21 of them civilians")
    t = claim_totals(Claim(figures=[fig("killed", 22), fig("killed", 21, group="civilians")]))["killed"]
    assert t.lo == 22
    # a total and its parts within one group ("at least 23: 5 and 18")
    t = claim_totals(Claim(figures=[fig("killed", 23, None, "at_least", "combatants"),
                                    fig("killed", 5, group="combatants"), fig("killed", 18, group="combatants")]))["killed"]
    assert (t.lo, t.hi) == (23, None)
    # children alone are the total
    assert claim_totals(Claim(figures=[fig("killed", 5, group="children")]))["killed"].lo == 5


def test_contradictions_plain_words():
    inc = reconcile("x", [sc("a", 0, "russia_mod", fig("killed", 5)),
                          sc("b", 0, "us_official", fig("killed", 100, None, "more_than"))])
    # display names and the figures as said, never internal ids
    assert inc.contradictions == ["Russian Defence Ministry: 5 killed — US official: more than 100 killed"]
    (record,) = inc.conflicts
    assert record["text"]["ar"] == "وزارة الدفاع الروسية: 5 (قتلى) — مسؤول أمريكي: أكثر من 100 (قتلى)"
    assert [s["claimant"] for s in record["sides"]] == ["russia_mod", "us_official"]
    # casualties (killed + injured) holding at least the killed: consistent
    ok = reconcile("y", [sc("a", 0, "sohr", fig("killed", 45, None, "at_least")),
                         sc("b", 0, "state_media", fig("casualties", 20, 99, "dozens"))])
    assert ok.contradictions == []
    # compatible ranges: no contradiction
    assert reconcile("z", [sc("a", 0, "sohr", fig("killed", 20, 30, "about")),
                           sc("b", 0, "sana", fig("killed", 25))]).contradictions == []
    bad = reconcile("w", [sc("a", 0, "sana", fig("casualties", 10)),
                          sc("b", 0, "sohr", fig("killed", 45, None, "at_least"))])
    assert bad.contradictions == ["SANA: 10 killed or wounded — SOHR (Syrian Observatory for Human Rights): at least 45 killed"]


def test_same_claimant_quoted_by_several_outlets_is_one_claimant():
    inc = reconcile("x", [sc("a", 0, "sohr", fig("killed", 8), published="2018-02-08"),
                          sc("b", 0, "sohr", fig("killed", 31), published="2018-02-09"),
                          sc("c", 0, "sana", fig("killed", 30))])
    assert inc.claimants == 2
    assert inc.figures["killed"].by_claimant["sohr"] == "31"  # the later report: the updated toll
    assert inc.contradictions == ["SOHR (Syrian Observatory for Human Rights): 31 killed — SANA: 30 killed"]


def test_syndicated_copies_count_once():
    text = ("قالت وكالة الأنباء إن غارات جوية استهدفت بلدة خشام في ريف دير الزور الشرقي فجر اليوم "
            "ما أدى إلى مقتل 45 عنصرا على الأقل من القوات الموالية وإصابة العشرات بجروح. ") * 3
    texts = {"a": "دمشق - " + text, "b": text + " (المصدر: وكالات)", "c": "تقرير آخر مختلف تماما عن قصف في حلب " * 8}
    groups = syndication_groups(texts, {}, texts)
    assert groups["a"] == groups["b"] != groups["c"]
    claims = [sc("a", 0, "sohr", fig("killed", 45, None, "at_least")),
              sc("b", 0, "sohr", fig("killed", 45, None, "at_least")),
              sc("c", 0, "sana", fig("killed", 30))]
    assert reconcile("x", claims, texts).sources == 2
    assert reconcile("x", claims).sources == 3  # without texts nothing says they are copies
    # the same content hash is one source even without texts
    hashed = [sc("a", 0, "sohr", fig("killed", 1), content_hash="h"), sc("b", 0, "outlet", fig("killed", 1), content_hash="h")]
    assert reconcile("y", hashed).sources == 1


def test_outlet_voice_of_syndicated_copies_is_one_claimant():
    claims = [sc("a", 0, "outlet", fig("killed", 4), content_hash="h", source="x"),
              sc("b", 0, "outlet", fig("killed", 4), content_hash="h", source="y"),
              sc("c", 0, "outlet", fig("killed", 4), source="z")]
    assert reconcile("i", claims).claimants == 2


def test_date_spans_the_night_and_place_is_most_precise():
    claims = [sc("a", 0, "sohr", date="2018-02-08"), sc("b", 0, "russia_mod", date="2018-02-07"),
              sc("c", 0, "sana", place=Place("دير الزور", "deir_ez_zor", precision="governorate"))]
    d = reconcile_date(claims)
    assert (d.start, d.end) == ("2018-02-07", "2018-02-08")
    wide = [sc("a", 0, "x"), sc("b", 0, "y")]
    wide[0].claim.date = DateSpan("2013-05-03", "2013-05-05")
    wide[1].claim.date = DateSpan("2013-05-04", "2013-05-04")
    assert reconcile_date(wide).start == reconcile_date(wide).end == "2013-05-04"
    p = reconcile_place(claims)
    assert (p.name, p.precision) == ("خشام", "town")


def test_sketch_similarity_exact_for_short_texts_and_stable_for_long_ones():
    from rasd.reconcile.sources import shingles, sketch, sketch_jaccard

    a, b = "قصف على بلدة خشام", "غارة على بلدة خشام"
    exact = len(shingles(a, 4) & shingles(b, 4)) / len(shingles(a, 4) | shingles(b, 4))
    assert abs(sketch_jaccard(sketch(a), sketch(b)) - exact) < 1e-9
    long_text = "أفادت مصادر طبية بمقتل مدنيين وإصابة آخرين في قصف مدفعي استهدف الأحياء الشرقية " * 4
    assert sketch_jaccard(sketch(long_text), sketch(long_text)) == 1.0
    assert len(sketch(long_text)) == 64  # a bounded sketch, whatever the length
    assert sketch_jaccard(sketch(long_text), sketch("unrelated english words only")) == 0.0


def test_an_undated_incident_is_reported_on_its_articles_days() -> None:
    a = StoredClaim("a", 0, Claim(), published="2018-02-09")
    b = StoredClaim("b", 0, Claim(), published="2018-02-08")
    inc = reconcile("inc-x", [a, b])
    assert inc.date is None
    assert (inc.reported.start, inc.reported.end) == ("2018-02-08", "2018-02-09")
    assert inc.date_precision == "reported"
    b.claim.date = DateSpan("2018-02-07", "2018-02-08")
    assert reconcile("inc-x", [a, b]).date_precision == "day"


def test_an_exclusive_bound_stays_visible_and_dozens_stay_dozens():
    inc = reconcile("x", [sc("a", 0, "us_official", fig("killed", 100, None, "more_than")),
                          sc("b", 0, "sohr", fig("killed", 100))])
    k = inc.figures["killed"]
    assert (k.low, k.best, k.high) == (100, 100, 100)
    assert k.high_stated == ">100" and k.open  # not simply "100": more than that was said
    vague = reconcile("y", [sc("a", 0, "state_media", fig("killed", 20, 99, "dozens")),
                            sc("b", 0, "sana", fig("killed", 1, None, "some"))]).figures["killed"]
    assert vague.vague == "dozens" and vague.best is None and (vague.low, vague.high) == (20, 99)


def test_a_name_of_the_other_script_is_isolated():
    inc = reconcile("x", [sc("a", 0, "other", fig("killed", 5), claimant_text="الجمعية الطبية"),
                          sc("b", 0, "sohr", fig("killed", 40))])
    assert inc.contradictions == ["\u2068الجمعية الطبية\u2069: 5 killed — SOHR (Syrian Observatory for Human Rights): 40 killed"]
