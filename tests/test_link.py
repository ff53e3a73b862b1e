"""Linking rules on hand-made claims (no dev data): same strike told by several claimants
links, the night case links, undated claims never glue two dated incidents, cumulative
totals stay out, distant towns stay apart; ids are stable."""

from __future__ import annotations

from rasd.link import link_claims
from rasd.core.models import Claim, DateSpan, Figure, Place, StoredClaim

KHASHAM = Place("خشام", "deir_ez_zor", 35.30, 40.33, "town")


def claim(aid: str, i: int, claimant: str = "sohr", *, date: str | None = "2018-02-07",
          place: Place = KHASHAM, perp: str = "coalition", victims: str = "pro_gov",
          event: str = "airstrike", killed: int | None = 45, q: str = "at_least",
          published: str = "2018-02-08", scope: str = "incident", title: str | None = None,
          evidence: str = "") -> StoredClaim:
    figs = [Figure("killed", "combatants", killed, killed if q == "exact" else None, q, str(killed))] \
        if killed is not None else []
    c = Claim(claimant=claimant, event_type=event, perpetrator=perp, victims=victims, place=place,
              date=DateSpan(date, date) if date else None, scope=scope, figures=figs, quote=evidence or None)
    return StoredClaim(aid, i, c, source=f"src-{aid}", published=published, title=title)


def groups(incidents) -> set[frozenset[tuple[str, int]]]:
    return {frozenset((r.article_id, r.claim_index) for r in inc.claims) for inc in incidents}


# == one claimant restating one toll in one article (hand-made claims, no article text): the
# lead and the body telling the same exact toll are one event, where two tolls of one claimant
# stay two events (the codebook's convention)
# a wire story placed only "in Syria", its sides unnamed: little else ties its two sentences
SYRIA_UNLOCATED = Place("سوريا", "unknown", None, None, "country")


def restated(i: int, killed: int, *, event: int, claimant: str = "unnamed", quote: str = "") -> StoredClaim:
    c = Claim(claimant=claimant, event_type="bombing", perpetrator="unknown", victims="unknown",
              place=SYRIA_UNLOCATED, date=DateSpan("2016-02-10", "2016-02-10"), scope="incident",
              figures=[Figure("killed", "unspecified", killed, killed, "exact", str(killed))],
              quote=quote or None, event=event)
    return StoredClaim("a", i, c, source="src-a", published="2016-02-10", title=None)


def index_groups(incidents) -> list[list[int]]:
    return sorted(sorted(r.claim_index for r in inc.claims) for inc in incidents)


def test_lead_and_body_restating_one_toll_are_one_event():
    lead = restated(0, 13, event=0, quote="قتل 13 شخصا بانفجار قرب معبر حدودي")
    body = restated(1, 13, event=1, quote="أسفر الانفجار عن مقتل 13 بينهم ثلاثة من المارة")
    assert index_groups(link_claims([lead, body])) == [[0, 1]]


def test_one_claimant_two_tolls_stay_two_events():
    first = restated(0, 13, event=0, quote="قتل 13 شخصا بانفجار قرب معبر حدودي")
    second = restated(1, 5, event=1, quote="وقتل خمسة في انفجار آخر")
    assert index_groups(link_claims([first, second])) == [[0], [1]]


def test_a_small_toll_told_twice_is_no_restatement():
    # "2 killed" twice by one claimant is told of two events as easily as of one
    assert index_groups(link_claims([restated(0, 2, event=0), restated(1, 2, event=1)])) == [[0], [1]]


def test_two_claimants_with_one_toll_were_already_one_event():
    # the convention is one claimant's: two claimants in one article were never kept apart
    a, b = restated(0, 13, event=0), restated(1, 13, event=1, claimant="sohr")
    assert index_groups(link_claims([a, b])) == [[0, 1]]


# -- two numbers of one toll told alike tie undated reports ---------------------------------

TOWN = Place("تلبيسة", "homs", 34.84, 36.73, "town")


def report(aid: str, place: Place, figures: list[tuple[str, str, int]], *, event_type: str = "bombing",
           quote: str = "") -> StoredClaim:
    c = Claim(claimant="outlet", event_type=event_type, perpetrator="unknown", victims="civilians",
              place=place, date=None, scope="incident",
              figures=[Figure(kind, group, n, n, "exact", str(n)) for kind, group, n in figures],
              quote=quote or None)
    return StoredClaim(aid, 0, c, source=f"src-{aid}", published="2016-03-16", title=None)


def test_undated_reports_telling_a_toll_and_its_parts_alike_link():
    parts = [("killed", "civilians", 11), ("killed", "women", 2), ("killed", "children", 5)]
    a = report("a", SYRIA_UNLOCATED, parts, quote="أسفر هجومان في الأسبوعين الماضيين عن مقتل 11 مدنيا بينهم امرأتان وخمسة أطفال")
    b = report("b", TOWN, parts[:1] + parts[2:], quote="قالت المنظمة إن الهجومين قتلا أحد عشر مدنيا منهم خمسة أطفال")
    assert len(link_claims([a, b])) == 1


def test_undated_reports_sharing_one_toll_only_stay_apart():
    # "7 killed" alone is told of many events: an undated report placed only in Syria is not
    # tied by it
    a = report("a", SYRIA_UNLOCATED, [("killed", "civilians", 7)], quote="مقتل 7 مدنيين في قصف")
    b = report("b", TOWN, [("killed", "civilians", 7)], quote="وقتل سبعة أشخاص في المدينة")
    assert len(link_claims([a, b])) == 2


# -- the same big toll of one kind of attack within a few days ------------------------------

SHADDADI = Place("الشدادي", "hasakah", 36.06, 40.73, "town")


# two outlets' own wordings (not one sentence retold)
WORDS = {"a": "قتل {n} شخصا في تفجير سيارة مفخخة وسط المدينة صباح اليوم",
         "b": "أعلنت السلطات أن حصيلة الانفجار الذي هز البلدة بلغت {n} قتيلا"}


def wire(aid: str, place: Place, killed: int, *, published: str = "2016-03-16",
         event_type: str = "bombing") -> StoredClaim:
    c = Claim(claimant="outlet", event_type=event_type, perpetrator="unknown", victims="civilians",
              place=place, date=None, scope="incident",
              figures=[Figure("killed", "civilians", killed, killed, "exact", str(killed))],
              quote=WORDS[aid].format(n=killed))
    return StoredClaim(aid, 0, c, source=f"src-{aid}", published=published, title=None)


def test_same_big_toll_of_one_kind_of_attack_links_undated_reports():
    assert len(link_claims([wire("a", SHADDADI, 32), wire("b", SYRIA_UNLOCATED, 32)])) == 1


def test_same_small_toll_does_not():
    # "5 killed in a bombing" is told of many events: not without a place
    assert len(link_claims([wire("a", SHADDADI, 5), wire("b", SYRIA_UNLOCATED, 5)])) == 2


def test_same_big_toll_days_apart_or_another_kind_of_attack_does_not():
    late = wire("b", SYRIA_UNLOCATED, 32, published="2016-03-22")
    assert len(link_claims([wire("a", SHADDADI, 32), late])) == 2
    shelling = wire("b", SYRIA_UNLOCATED, 32, event_type="shelling")
    assert len(link_claims([wire("a", SHADDADI, 32), shelling])) == 2


# -- two numbers told alike weigh more than one toll ----------------------------------------

NOWHERE = Place(None, "unknown", None, None, "unknown")


def dated(aid: str, place: Place, event_type: str, killed: int, injured: int) -> StoredClaim:
    c = Claim(claimant="outlet", event_type=event_type, perpetrator="unknown", victims="unknown",
              place=place, date=DateSpan("2016-03-16", "2016-03-16"), scope="incident",
              figures=[Figure("killed", "unspecified", killed, killed, "exact", str(killed)),
                       Figure("injured", "unspecified", injured, injured, "exact", str(injured))],
              quote=WORDS[aid].format(n=killed))
    return StoredClaim(aid, 0, c, source=f"src-{aid}", published="2016-03-16", title=None)


def test_killed_and_wounded_told_alike_link_despite_a_related_type():
    # one outlet calls it an air raid, the other shelling; both count 13 dead and 28 wounded
    a = dated("a", SHADDADI, "airstrike", 13, 28)
    b = dated("b", NOWHERE, "shelling", 13, 28)
    assert len(link_claims([a, b])) == 1


def test_one_number_alike_with_a_related_type_stays_apart():
    a = dated("a", SHADDADI, "airstrike", 13, 28)
    b = dated("b", NOWHERE, "shelling", 13, 40)
    assert len(link_claims([a, b])) == 2


def test_two_claimants_in_one_article_link():
    incs = link_claims([claim("a", 0, "sohr"), claim("a", 1, "syria_mofa", killed=20, q="dozens")])
    assert groups(incs) == {frozenset({("a", 0), ("a", 1)})}
    assert incs[0].claimants == 2 and incs[0].sources == 1


def test_same_strike_across_outlets_links():
    incs = link_claims([claim("a", 0, "sohr"), claim("b", 0, "us_official", killed=100, q="more_than"),
                        claim("c", 0, "russia_mod", killed=5, q="exact")])
    assert len(incs) == 1
    inc = incs[0]
    assert inc.sources == 3 and inc.claimants == 3
    assert inc.figures["killed"].low == 5
    assert any("Russian" in c and "more than 100" in c for c in inc.contradictions)


def test_dawn_thursday_and_wednesday_evening_link():
    incs = link_claims([claim("a", 0, "sana", date="2018-02-08"), claim("b", 0, "us_official", date="2018-02-07")])
    assert len(incs) == 1
    assert (incs[0].date.start, incs[0].date.end) == ("2018-02-07", "2018-02-08")


def test_three_days_apart_do_not_link():
    assert len(link_claims([claim("a", 0, date="2018-02-04"), claim("b", 0, date="2018-02-07")])) == 2


def test_undated_claim_does_not_glue_two_dated_incidents():
    # Two coalition strikes in the same town three days apart, reported by one article
    # each; a third, undated claim about the town could fit either.
    a = claim("a", 0, "sohr", date="2018-02-04", published="2018-02-05")
    b = claim("b", 0, "sohr", date="2018-02-07", published="2018-02-08")
    u = claim("c", 0, "local_sources", date=None, published="2018-02-08")
    incs = link_claims([a, b, u])
    gs = groups(incs)
    assert frozenset({("a", 0), ("b", 0)}) not in gs
    assert not any({("a", 0), ("b", 0)} <= g for g in gs)
    assert len(incs) == 2  # the undated claim joined exactly one of them


def test_undated_claim_links_within_its_article():
    dated = claim("a", 0, "outlet", date="2018-02-07")
    vague = claim("a", 1, "sana", date=None, killed=1, q="some",
                  place=Place("ريف دير الزور", "deir_ez_zor", precision="governorate"))
    assert len(link_claims([dated, vague])) == 1


def test_undated_far_from_publication_does_not_link():
    dated = claim("a", 0, date="2018-01-01", published="2018-01-02")
    late = claim("b", 0, date=None, published="2018-03-01")
    assert len(link_claims([dated, late])) == 2


def test_cumulative_never_linked():
    incs = link_claims([claim("a", 0), claim("a", 1, scope="cumulative", killed=600)])
    assert groups(incs) == {frozenset({("a", 0)})}


def test_far_apart_towns_do_not_link():
    aleppo = Place("حلب", "aleppo", 36.2, 37.16, "town")
    manbij = Place("منبج", "aleppo", 36.53, 37.95, "town")
    incs = link_claims([claim("a", 0, place=aleppo, perp="syrian_gov", victims="civilians"),
                        claim("b", 0, place=manbij, perp="syrian_gov", victims="civilians")])
    assert len(incs) == 2


def test_two_towns_in_one_article_are_two_events():
    t1 = Place("عين ترما", "rif_dimashq", precision="town")
    t2 = Place("كفربطنا", "rif_dimashq", precision="town")
    incs = link_claims([claim("a", 0, place=t1, perp="syrian_gov", victims="civilians", date=None),
                        claim("a", 1, place=t2, perp="syrian_gov", victims="civilians", date=None)])
    assert len(incs) == 2


def test_different_known_actors_do_not_link():
    incs = link_claims([claim("a", 0), claim("a", 1, perp="pro_gov", victims="sdf", event="clashes")])
    assert len(incs) == 2


def test_unknown_actor_is_compatible():
    incs = link_claims([claim("a", 0), claim("b", 0, "sana", perp="unknown", killed=45, q="exact")])
    assert len(incs) == 1


def test_ids_stable_and_deterministic():
    claims = [claim("a", 0), claim("b", 0, "sana"), claim("c", 0, date="2018-05-01", published="2018-05-02")]
    first = link_claims(claims)
    again = link_claims(list(reversed(claims)))
    assert [i.id for i in first] == [i.id for i in again]
    assert all(i.id.startswith("inc-") for i in first)
    assert len({i.id for i in first}) == len(first)


def test_busy_day_without_anchor_does_not_link():
    # two unattributed events on one day in one governorate, nothing tying them together
    p1 = Place("المحلة", "other", precision="town")
    p2 = Place("بني سويف", "other", precision="governorate")
    incs = link_claims([claim("a", 0, "other", place=p1, perp="unknown", victims="unknown", event="other",
                              killed=2, q="exact"),
                        claim("a", 1, "other", place=p2, perp="unknown", victims="unknown", event="other",
                              killed=6, q="exact")])
    assert len(incs) == 2


def test_a_big_city_named_twice_does_not_make_one_event_by_itself():
    # "حلب" is the city or the province around it: two shellings there one day, told by two
    # outlets with different tolls, are not one event on that alone; a small town would be
    aleppo = Place("حلب", "aleppo", 36.20, 37.16, "town", "SY020000")
    town = Place("الأتارب", "aleppo", 36.14, 36.83, "town", "SY020300")
    for place, n in ((aleppo, 2), (town, 1)):
        incs = link_claims([claim("a", 0, "sohr", place=place, perp="unknown", victims="unknown",
                                  event="shelling", killed=7, q="exact"),
                            claim("b", 0, "outlet", place=place, perp="unknown", victims="unknown",
                                  event="shelling", killed=30, q="exact")])
        assert len(incs) == n, place.name


# -- places: spellings, borrowed p-codes, distances --------------------------------------

def test_transliterations_of_one_foreign_town_link():
    # Turkish ç reaches Arabic as ج or تش, and outlets write the long vowels or not
    suruc = Place("سروج", "other", precision="town")
    suruc2 = Place("سوروتش", "other", precision="town")
    incs = link_claims([
        claim("a", 0, "local_sources", place=suruc, perp="unknown", victims="civilians", event="bombing",
              killed=28, q="more_than", date="2015-07-20", published="2015-07-21"),
        claim("b", 0, "outlet", place=suruc2, perp="unknown", victims="civilians", event="bombing",
              killed=30, q="at_least", date="2015-07-20", published="2015-07-21")])
    assert len(incs) == 1


def test_names_differing_in_consonants_are_two_sites():
    # same day, actors and toll, but two villages of one governorate across reports
    a = Place("كفرنبل", "idlib", precision="town")
    b = Place("كفرنبودة", "hama", precision="town")
    c = Place("كفرتخاريم", "idlib", precision="town")
    incs = link_claims([claim("a", 0, place=a, perp="syrian_gov", victims="civilians", killed=4, q="exact"),
                        claim("b", 0, place=c, perp="syrian_gov", victims="civilians", killed=9, q="exact")])
    assert len(incs) == 2
    assert len(link_claims([claim("a", 0, place=a), claim("b", 0, place=b)])) == 2  # governorates differ


def test_borrowed_pcode_and_centroid_do_not_make_two_villages_one():
    # Villages the gazetteer does not know carry their governorate's p-code and centroid;
    # two of them on one day are not thereby the same place.
    v1 = Place("تل شعير", "aleppo", 36.25, 37.62, "town", "SY02")
    v2 = Place("خربة المقلع", "aleppo", 36.25, 37.62, "town", "SY02")
    incs = link_claims([claim("a", 0, place=v1, perp="syrian_gov", victims="civilians", killed=6, q="exact"),
                        claim("b", 0, place=v2, perp="syrian_gov", victims="civilians", killed=11, q="exact")])
    assert len(incs) == 2


def test_city_does_not_hold_its_countryside():
    # one article, neither claim dated: a strike on the city and one in the northern
    # countryside are two events (the countryside is not part of the city)
    city = Place("حلب", "aleppo", precision="town")
    north = Place("ريف حلب الشمالي", "aleppo", precision="district")
    whole = Place("ريف حلب", "aleppo", precision="governorate")
    incs = link_claims([claim("a", 0, "sohr", place=city, perp="russia", victims="civilians", date=None),
                        claim("a", 1, "white_helmets", place=north, perp="russia", victims="civilians", date=None,
                              killed=7, q="exact")])
    assert len(incs) == 2
    # while the wider countryside does hold its northern part
    incs = link_claims([claim("a", 0, "sohr", place=whole, perp="russia", victims="civilians", date=None),
                        claim("a", 1, "white_helmets", place=north, perp="russia", victims="civilians", date=None)])
    assert len(incs) == 1


def test_homonym_villages_far_apart_do_not_link():
    # one name, two villages 40 km apart in the gazetteer: the coordinates decide
    west = Place("الصالحية", "deir_ez_zor", 35.00, 40.20, "town")
    east = Place("الصالحية", "deir_ez_zor", 35.00, 40.64, "town")
    assert len(link_claims([claim("a", 0, place=west), claim("b", 0, "sana", place=east)])) == 2


def test_governorate_centroid_does_not_veto_its_towns():
    # "ريف دير الزور" located at the governorate's centroid, 100 km from the town
    gov = Place("ريف دير الزور", "deir_ez_zor", 35.3, 39.3, "governorate", "SY09")
    incs = link_claims([claim("a", 0, "sohr", killed=45, q="at_least"),
                        claim("b", 0, "us_official", place=gov, killed=45, q="at_least")])
    assert len(incs) == 1


# -- dates -------------------------------------------------------------------------------

def test_undated_reports_days_apart_join_through_a_dated_report():
    # a dated report, an undated one in the same article, and an undated follow-up four
    # days later: their windows overlap, so the follow-up may join (no veto), but only
    # through the dated report it names the same town and toll with
    town = Place("معرة النعمان", "idlib", precision="town")
    dated = claim("a", 0, "sohr", place=town, perp="russia", victims="civilians", killed=12, q="exact",
                  date="2019-05-10", published="2019-05-10")
    same_article = claim("a", 1, "white_helmets", place=town, perp="russia", victims="civilians", killed=12,
                         q="exact", date=None, published="2019-05-10")
    later = claim("b", 0, "snhr", place=town, perp="russia", victims="civilians", killed=12, q="exact",
                  date=None, published="2019-05-14")
    assert len(link_claims([dated, same_article, later])) == 1
    # without the dated report, two undated claims four days apart are too little to link
    assert len(link_claims([claim("a", 1, "white_helmets", place=town, perp="russia", victims="civilians",
                                  killed=12, q="exact", date=None, published="2019-05-10"), later])) == 2


def test_undated_reports_far_apart_never_link():
    town = Place("معرة النعمان", "idlib", precision="town")
    a = claim("a", 0, "sohr", place=town, perp="russia", victims="civilians", date=None, published="2019-05-01")
    b = claim("b", 0, "snhr", place=town, perp="russia", victims="civilians", date=None, published="2019-05-12")
    assert len(link_claims([a, b])) == 2


# -- scoring properties -------------------------------------------------------------------

def test_pair_score_is_symmetric():
    from rasd.link.features import features
    from rasd.link.score import score_pair
    from rasd.link.settings import DEFAULT

    a = claim("a", 0, killed=45, q="exact")
    b = claim("b", 0, "sana", killed=45, q="exact")
    # same killed toll, but the injured differ more than fivefold
    a.claim.figures.append(Figure("injured", "unspecified", 2, 2, "exact", "2"))
    b.claim.figures.append(Figure("injured", "unspecified", 40, 40, "exact", "40"))
    fa, fb = features(0, a), features(1, b)
    assert score_pair(fa, fb, DEFAULT) == score_pair(fb, fa, DEFAULT)


def test_text_similarity_is_the_same_in_every_process():
    # sketches keep the smallest hashes: Python's str hash changes per process, and would
    # change which shingles a long text keeps
    import subprocess
    import sys

    code = ("from rasd.reconcile.sources import sketch, sketch_jaccard\n"
            "a = 'قالت مصادر محلية إن غارات جوية استهدفت أحياء سكنية في المدينة وأسفرت عن مقتل عشرات المدنيين ' * 3\n"
            "b = a.replace('عشرات', 'خمسة') + ' وإصابة آخرين بجروح متفاوتة ونقلوا إلى المشافي الميدانية'\n"
            "print(list(sketch(a))[:5], sketch_jaccard(sketch(a), sketch(b)))")
    outs = {subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                           env={"PYTHONHASHSEED": seed}).stdout for seed in ("1", "2")}
    assert len(outs) == 1


def test_blocking_only_skips_dated_pairs_that_cannot_link():
    # Random claims crowded into a few days and towns: clustering over the blocked pairs
    # equals clustering over the blocked pairs plus every pair of dated claims. (Undated
    # claims are meant to meet only claims at their place or in their article.)
    import random

    import rasd.link.core as core

    rnd = random.Random(5)
    towns = [("t%d" % k, 36.0 + rnd.uniform(-0.5, 0.5), 37.0 + rnd.uniform(-0.5, 0.5)) for k in range(8)]
    claims = []
    for n in range(260):
        name, lat, lon = rnd.choice(towns)
        r = rnd.random()
        place = (Place(name, "aleppo", lat, lon, "town") if r < 0.6 else
                 Place("حلب", "aleppo", None, None, "governorate") if r < 0.8 else
                 Place(None, "unknown") if r < 0.9 else Place("x" + name, "aleppo", lat + 0.01, lon, "exact"))
        day = "2020-03-0%d" % rnd.randint(1, 5)
        claims.append(claim("a%d" % (n // 2), n % 2, rnd.choice(["sohr", "sana", "outlet", "snhr"]),
                            date=None if rnd.random() < 0.2 else day, published="2020-03-06", place=place,
                            perp=rnd.choice(["russia", "syrian_gov", "unknown", "hts"]),
                            victims=rnd.choice(["civilians", "unknown", "hts", "pro_gov"]),
                            event=rnd.choice(["airstrike", "shelling", "clashes", "other"]),
                            killed=rnd.randint(1, 12), q=rnd.choice(["exact", "at_least"])))
    blocked = link_claims(claims)

    real = core.candidates

    def every_dated_pair(feats, s):
        rows = {i: set(js) for i, js in real(feats, s)}
        seen = {(min(i, j), max(i, j)) for i, js in rows.items() for j in js}
        for i in range(len(feats)):
            extra = {j for j in range(i + 1, len(feats)) if feats[i].dated and feats[j].dated
                     and (i, j) not in seen}
            if rows.get(i) or extra:
                yield i, sorted(rows.get(i, set()) | extra)

    core.candidates = every_dated_pair
    try:
        exhaustive = link_claims(claims)
    finally:
        core.candidates = real
    assert groups(blocked) == groups(exhaustive)
    assert 1 < len(blocked) < len(claims)


def test_linking_restores_the_garbage_collector():
    import gc

    assert gc.isenabled()
    link_claims([claim("a", 0), claim("b", 0, "sana")])
    assert gc.isenabled()


# -- incremental linking against the SQLite store ---------------------------------------

from rasd.link import link_articles, relink_store  # noqa: E402
from rasd.core.models import Article, Incident  # noqa: E402
from rasd.store import LinkEvent, open_store  # noqa: E402


def _ingest(store, sc: StoredClaim, text: str) -> None:
    store.add_article(Article(id=sc.article_id, text=text, source=sc.source, published=sc.published))
    store.set_claims(sc.article_id, [sc.claim])


def test_incremental_attach_keeps_ids_and_relink_is_stable():
    with open_store(":memory:") as store:
        _ingest(store, claim("a", 0, "sohr"), "نص المقال الأول عن الغارة")
        assert link_articles(store, ["a"])["created"] == 1
        (first,) = store.incidents()
        _ingest(store, claim("b", 0, "us_official", killed=100, q="more_than"), "نص مختلف عن الضربة")
        counts = link_articles(store, ["b"])
        assert counts == {"created": 0, "attached": 1, "merged": 0, "split": 0}
        (inc,) = store.incidents()
        assert inc.id == first.id and len(inc.claims) == 2
        assert [e.kind for e in store.link_events(inc.id)] == ["create", "attach"]
        # linking the same article again changes nothing
        assert link_articles(store, ["b"]) == {"created": 0, "attached": 0, "merged": 0, "split": 0}
        again = relink_store(store)
        assert again["created"] == 0 and again["merged"] == 0 and again["split"] == 0
        assert [i.id for i in store.incidents()] == [first.id]


def test_incremental_merge_keeps_the_older_id_and_is_recorded():
    with open_store(":memory:") as store:
        a, b = claim("a", 0, "sohr"), claim("b", 0, "sana", killed=45, q="exact")
        _ingest(store, a, "نص أ")
        _ingest(store, b, "نص ب")
        # two stored incidents for one strike (linked apart by older rules); the one with
        # the later-sorting id was created first and must survive
        store.save_incidents([Incident("inc-zzz", claims=[a.ref])],
                             [LinkEvent("create", "inc-zzz", at="2020-01-01T00:00:00+00:00")])
        store.save_incidents([Incident("inc-aaa", claims=[b.ref])],
                             [LinkEvent("create", "inc-aaa", at="2021-01-01T00:00:00+00:00")])
        _ingest(store, claim("c", 0, "us_official", killed=100, q="more_than"), "نص ج")
        counts = link_articles(store, ["c"])
        assert counts["merged"] == 1 and counts["attached"] == 1 and counts["created"] == 0
        (inc,) = store.incidents()
        assert inc.id == "inc-zzz" and len(inc.claims) == 3
        assert store.get_incident("inc-aaa") is None
        merges = [e for e in store.link_events("inc-zzz") if e.kind == "merge"]
        assert merges and merges[0].other_ids == ["inc-aaa"]


def test_relink_records_split():
    with open_store(":memory:") as store:
        a = claim("a", 0, "sohr")
        far = claim("b", 0, "sohr", date="2018-06-01", published="2018-06-02")
        _ingest(store, a, "نص أ")
        _ingest(store, far, "نص ب")
        store.save_incidents([Incident("inc-both", claims=[a.ref, far.ref])],
                             [LinkEvent("create", "inc-both")])
        counts = relink_store(store)
        assert counts["split"] == 1 and counts["created"] == 1
        ids = {i.id for i in store.incidents()}
        assert "inc-both" in ids and len(ids) == 2
        assert [e.kind for e in store.link_events("inc-both")][-1] == "split"
        rebuilt = relink_store(store, rebuild=True)
        assert rebuilt["incidents"] == 2 and store.count_incidents() == 2


def test_a_toll_placed_only_by_its_article_still_meets_its_retelling_by_day():
    # two outlets retell "25 fighters of the Front killed on Friday" in a paragraph whose
    # governorate the claims only inherit, no perpetrator named: one event, same day, same toll
    from rasd.core.models import Provenance

    idlib = Place("إدلب", "idlib", 35.93, 36.63, "governorate", "SY07")
    cs = []
    for aid in ("a", "b"):
        sc = claim(aid, 0, "sohr", place=idlib, perp="unknown", victims="hts", event="clashes",
                   killed=25, q="exact", date="2015-07-31", published="2015-08-04")
        sc.claim.provenance["place"] = Provenance("paragraph", None)
        cs.append(sc)
    assert len(link_claims(cs)) == 1


def test_two_undated_reports_of_one_exact_toll_meet_whatever_their_places():
    # "at least 25 opposition fighters killed" in Aleppo, told by one outlet of the city and
    # by another of a quarter it names in another sentence, neither dated: one event
    from rasd.core.models import Provenance

    aleppo = Place("حلب", "aleppo", 36.20, 37.16, "governorate", "SY02")
    quarter = Place("الراشدين", "aleppo", 36.19, 37.08, "exact", None)
    a = claim("a", 0, "sohr", place=aleppo, perp="unknown", victims="opposition", event="clashes",
              killed=25, q="at_least", date=None, published="2015-08-01")
    b = claim("b", 0, "sohr", place=quarter, perp="unknown", victims="opposition", event="clashes",
              killed=25, q="at_least", date=None, published="2015-08-02")
    b.claim.provenance["place"] = Provenance("previous", None)
    assert len(link_claims([a, b])) == 1
    # a toll told by more claims in a week than the bucket allows singles nothing out
    from rasd.link.settings import LinkSettings
    assert len(link_claims([a, b], settings=LinkSettings(max_figure_bucket=0))) == 2


def test_two_spellings_of_one_town_abroad_meet_undated():
    # a Turkish border town written two ways, listed without a p-code: the same coordinates
    # make them one place, and two undated reports of one suicide bombing there one incident
    a_town = Place("سروج", "other", 36.9769, 38.4247, "town", None)
    b_town = Place("سوروتش", "other", 36.9769, 38.4247, "town", None)
    a = claim("a", 0, "outlet", place=a_town, perp="isis", victims="unknown", event="bombing",
              killed=27, q="exact", date=None, published="2015-07-21")
    b = claim("b", 0, "outlet", place=b_town, perp="isis", victims="unknown", event="bombing",
              killed=32, q="at_least", date=None, published="2015-07-23")
    assert len(link_claims([a, b])) == 1


SYRIA = Place("سوريا", "unknown", 35.0, 38.5, "country", None)


def test_an_undated_report_placed_only_in_the_country_meets_reports_of_its_attack():
    # "Israeli strikes overnight on Syria killed more than 20 regime fighters", undated, and
    # two days later "Israeli strikes on Syria on Thursday killed 11 Iranians": no town, two
    # tolls, but who struck whom ties them (Iran's forces fight beside the regime's)
    a = claim("a", 0, "sohr", place=SYRIA, perp="israel", victims="syrian_gov", event="airstrike",
              killed=20, q="more_than", date=None, published="2018-05-10")
    b = claim("b", 0, "outlet", place=SYRIA, perp="israel", victims="iran", event="airstrike",
              killed=11, q="exact", date="2018-05-10", published="2018-05-12")
    assert len(link_claims([a, b])) == 1


def test_one_perpetrator_in_the_country_undated_is_not_one_event_across_articles():
    # "Turkish shelling on Syria killed 4", undated, and in another article "Turkish shelling
    # on Syria killed 1" two days before it appeared: a perpetrator shelling a country names
    # no one of the week's attacks. The same day in both, or one article, bounds them to one.
    a = claim("a", 0, "sohr", place=SYRIA, perp="turkey", victims="unknown", event="shelling",
              killed=4, q="exact", date=None, published="2015-07-27")
    b = claim("b", 0, "outlet", place=SYRIA, perp="turkey", victims="unknown", event="shelling",
              killed=1, q="exact", date="2015-07-24", published="2015-07-25")
    assert len(link_claims([a, b])) == 2
    dated = claim("a", 0, "sohr", place=SYRIA, perp="turkey", victims="unknown", event="shelling",
                  killed=4, q="exact", date="2015-07-24", published="2015-07-27")
    assert len(link_claims([dated, b])) == 1
    b = claim("a", 1, "outlet", place=SYRIA, perp="turkey", victims="unknown", event="shelling",
              killed=1, q="exact", date=None, published="2015-07-27")
    assert len(link_claims([a, b])) == 1


def test_a_strike_one_side_calls_a_massacre_is_one_event():
    # the ministry's "مجزرة" and the monitor's "ضربة جوية" on one neighbourhood, one day
    a = claim("a", 0, "syria_mofa", event="massacre", perp="unknown", victims="civilians", killed=14, q="exact")
    b = claim("b", 0, "sohr", event="airstrike", victims="civilians", killed=15, q="exact")
    assert groups(link_claims([a, b])) == {frozenset({("a", 0), ("b", 0)})}


def test_a_town_both_reports_only_inherited_anchors_no_link():
    # two outlets date a strike in one town on one day, but each claim only inherits the
    # town from its article's lead: the lead's town may be another event's, so the shared
    # town points at no one event unless one of them names it in its own clause
    from rasd.core.models import Provenance
    from rasd.link.features import features
    from rasd.link.score import Scorer
    from rasd.link.settings import DEFAULT

    def pair(own_a: bool):
        a = claim("a", 0, "sohr", perp="unknown", victims="civilians", killed=4, q="exact",
                  evidence="قتل أربعة مدنيين في قصف")
        b = claim("b", 0, "local_sources", perp="unknown", victims="civilians", killed=12, q="exact",
                  evidence="سقط اثنا عشر شخصا بنيران")
        a.claim.provenance["place"] = Provenance("clause" if own_a else "lead", None)
        b.claim.provenance["place"] = Provenance("lead", None)
        return a, b

    a, b = pair(own_a=False)
    assert len(link_claims([a, b])) == 2
    sc, anchored = Scorer(DEFAULT).link_score(features(0, a), features(1, b))
    assert sc is not None and sc >= DEFAULT.threshold and not anchored
    a, b = pair(own_a=True)
    assert len(link_claims([a, b])) == 1
    # within one article, its lead's town is the one its claims tell: still an anchor
    a, b = pair(own_a=False)
    b.article_id = "a"
    b.claim_index = 1
    sc, anchored = Scorer(DEFAULT).link_score(features(0, a), features(1, b))
    assert anchored


def test_one_sentence_retold_by_two_articles_links_whatever_days_they_read():
    # two outlets carry one agency sentence ("on Wednesday, 8 fighters were abducted near
    # the town"); each resolves "Wednesday" against its own publication day, a week apart
    text = "وكانت الجماعة خطفت ثمانية مقاتلين مساء الاربعاء قرب البلدة في الريف الشمالي بحسب المرصد"
    a = claim("a", 0, "sohr", date="2015-07-29", published="2015-08-04", killed=8, q="exact",
              perp="hts", victims="opposition", event="other", evidence=text)
    b = claim("b", 0, "sohr", date="2015-08-05", published="2015-08-06", killed=8, q="exact",
              perp="hts", victims="opposition", event="other", evidence=text + "،")
    assert len(link_claims([a, b])) == 1
    # told in other words, the days a week apart are two events
    b2 = claim("b", 0, "sohr", date="2015-08-05", published="2015-08-06", killed=8, q="exact",
               perp="hts", victims="opposition", event="other",
               evidence="أفاد ناشطون باختطاف ثمانية عناصر من فصيل معارض على طريق القرية")
    assert len(link_claims([a, b2])) == 2
    # nor does one sentence with another toll tie them
    b3 = claim("b", 0, "sohr", date="2015-08-05", published="2015-08-06", killed=30, q="exact",
               perp="hts", victims="opposition", event="other", evidence=text)
    assert len(link_claims([a, b3])) == 2


def test_a_town_one_claim_only_inherited_does_not_veto_within_its_article():
    # one article: a monitor tells 45 soldiers killed in one town; a ministry's 45 soldiers
    # is placed only by the town the sentence before named: evidence against, not a veto
    from rasd.core.models import Provenance

    other = Place("الصالحية", "deir_ez_zor", 35.10, 40.60, "town")
    a = claim("a", 0, "sohr")
    b = claim("a", 1, "syria_mofa", place=other, killed=45, q="exact")
    a.claim.provenance["place"] = Provenance("clause", None)
    b.claim.provenance["place"] = Provenance("previous", None)
    assert len(link_claims([a, b])) == 1
    b.claim.provenance["place"] = Provenance("clause", None)
    assert len(link_claims([a, b])) == 2  # two towns, each told in its claim's own words


def test_two_neighbouring_towns_of_one_article_stay_apart():
    # one monitor's roundup: "5 killed by shelling on town A", "7 killed by shelling on town
    # B", two suburbs 2 km apart: close enough to pass for one site by coordinates, but the
    # article names both, each in its claim's own words: two events. Across articles the
    # same pair stays a candidate (one outlet may name the suburb, another the next one).
    from rasd.core.models import Provenance

    town_a = Place("بلدة الف", "rif_dimashq", 33.510, 36.350, "town")
    town_b = Place("بلدة باء", "rif_dimashq", 33.520, 36.360, "town")

    def told(aid, i, place, killed):
        sc = claim(aid, i, "sohr", place=place, perp="syrian_gov", victims="civilians",
                   event="shelling", killed=killed, q="exact")
        sc.claim.provenance["place"] = Provenance("clause", None)
        return sc

    assert len(link_claims([told("a", 0, town_a, 5), told("a", 1, town_b, 7)])) == 2
    # one of them only inherited its town from another sentence: no veto
    b = told("a", 1, town_b, 5)
    b.claim.provenance["place"] = Provenance("previous", None)
    assert len(link_claims([told("a", 0, town_a, 5), b])) == 1


def test_a_witness_inheriting_the_lead_event_joins_it_unless_placed_elsewhere():
    # "انفجار في بلدة ... أسفر عن مقتل 27" then "قال أحد الشهود: رأيت أكثر من 20 جثة": the
    # witness's toll takes the bombing from the lead and its town from a sentence that named
    # another town; it is the bombing's claim all the same, and links with another outlet's
    # report of the bombing although its own place and day say nothing.
    from rasd.core.models import Provenance
    from rasd.link.groups import event_groups

    far = Place("بلدة بعيدة", "aleppo", 36.89, 38.35, "town")

    def told(aid, i, source, place=KHASHAM, place_source="sentence", **kw):
        sc = claim(aid, i, event="bombing", perp="isis", victims="unknown", date=None, place=place, **kw)
        sc.claim.event = 0
        sc.claim.provenance["event_type"] = Provenance(source, None)
        sc.claim.provenance["place"] = Provenance(place_source, None)
        return sc

    lead = told("a", 0, "clause", killed=27, q="exact")
    witness = told("a", 1, "lead", place=far, place_source="previous", killed=20, q="more_than")
    other = claim("b", 0, "local_sources", event="bombing", perp="isis", victims="unknown",
                  killed=27, q="exact", date="2018-02-07")
    assert event_groups([lead, witness, other]) == [[0, 1], [2]]
    assert groups(link_claims([lead, witness, other])) == {frozenset({("a", 0), ("a", 1), ("b", 0)})}

    # a toll whose own sentence names another town is another event told in passing
    elsewhere = told("a", 1, "lead", place=far, place_source="sentence", killed=20, q="more_than")
    assert event_groups([lead, elsewhere]) == [[0], [1]]
    # claims that all only inherit the lead are not grouped by it: nothing ties them to it
    assert event_groups([told("a", 0, "lead"), told("a", 1, "lead")]) == [[0], [1]]


def test_a_placeless_claim_of_the_same_attack_joins_its_articles_dated_claim():
    # "غارة للتحالف على خشام أمس قتلت 45" then "وقالت مصادر محلية إن الغارة قتلت 20": the
    # second names no place and no day; its article bounds both, and the same attack told
    # by the same side makes it that strike's claim. A toll of no attack kind does not join.
    nowhere = Place(None, "unknown", None, None, "unknown")
    dated = claim("a", 0, "sohr")
    same_attack = claim("a", 1, "local_sources", place=nowhere, date=None, killed=20, q="exact")
    assert len(link_claims([dated, same_attack])) == 1
    no_kind = claim("a", 1, "local_sources", place=nowhere, date=None, killed=20, q="exact",
                    event="other", perp="unknown", victims="unknown")
    assert len(link_claims([dated, no_kind])) == 2


def test_a_toll_recounted_eleven_days_later_meets_the_strike():
    # "الغارة ... في الثامن من الشهر" recounted by a defence minister on the 18th: "مقتل قرابة
    # 100 عنصر". No place or day of its own; the same toll and the same perpetrator, read in
    # its own words, tie it to the strike although its article came out 11 days later.
    from rasd.core.models import Provenance

    nowhere = Place(None, "unknown", None, None, "unknown")
    strike = claim("a", 0, "us_official", date="2018-02-07", published="2018-02-08", killed=100, q="more_than")
    late = claim("b", 0, "other", date=None, published="2018-02-18", place=nowhere, victims="unknown",
                 killed=100, q="about")
    late.claim.provenance["perpetrator"] = Provenance("clause", None)
    assert len(link_claims([strike, late])) == 1
    # three weeks later the same toll may be another strike's
    later = claim("b", 0, "other", date=None, published="2018-02-28", place=nowhere, victims="unknown",
                  killed=100, q="about")
    assert len(link_claims([strike, later])) == 2


def test_a_side_read_off_the_figures_clause_weighs_against_but_does_not_veto():
    # "مقتل 100 عنصر كانوا قد عبروا النهر لمهاجمة مقر لقسد": a side read around the figure
    # (whom the dead set out to attack) is not the figure's own word for the dead ("45 عنصرا
    # من القوات الموالية"); it counts against a link, it does not forbid it.
    from rasd.core.models import Provenance
    from rasd.link.features import features
    from rasd.link.score import score_pair
    from rasd.link.settings import DEFAULT

    own = claim("a", 0, "sohr", killed=100, q="exact")
    own.claim.provenance["victims"] = Provenance("figure", None)
    around = claim("b", 0, "us_official", victims="sdf", killed=100, q="exact")
    around.claim.provenance["victims"] = Provenance("clause", None)
    fa, fb = features(0, own), features(1, around)
    assert score_pair(fa, fb, DEFAULT) is not None
    assert len(link_claims([own, around])) == 1
    # both read at the figures: the losses of two sides, two incidents
    around.claim.provenance["victims"] = Provenance("figure", None)
    assert score_pair(fa, features(1, around), DEFAULT) is None
    assert len(link_claims([own, around])) == 2


def test_claims_referring_back_to_one_attack_group_unless_placed_elsewhere():
    # "الغارة على خشام ..." then, paragraphs later, "وأكد الوزير أن الحادثة أودت بحياة 100":
    # a claim whose type was read at the attack it refers back to tells that attack, with
    # its article's other claims of it; one the article places in another town does not.
    from rasd.core.models import Provenance
    from rasd.link.groups import event_groups

    elsewhere = Place("حمص", "homs", 34.73, 36.71, "town")

    def told(i, source, place=KHASHAM, place_source="previous"):
        sc = claim("a", i, date=None, victims="unknown")
        sc.claim.place = place
        sc.claim.event = 0
        sc.claim.provenance["event_type"] = Provenance(source, None)
        sc.claim.provenance["place"] = Provenance(place_source, None)
        return sc

    assert event_groups([told(0, "event"), told(1, "event")]) == [[0, 1]]
    assert event_groups([told(0, "clause"), told(1, "event")]) == [[0, 1]]
    # even a town only inherited from the sentence before is where the article puts that toll
    assert event_groups([told(0, "event"), told(1, "event", place=elsewhere)]) == [[0], [1]]


def test_one_chemical_attack_reported_undated_by_two_outlets_is_one_incident():
    # Two agencies on consecutive days: "صاروخ يحمل رأسا كيميائيا على خان العسل، 15 قتيلا" and
    # "اتهم النظام المسلحين باستخدام السلاح الكيماوي في حلب، أكثر من 10 قتلى": neither dates
    # it, one places it in a village, the other only in the province. A chemical attack is
    # rare enough in one governorate in a week to be one event; two shellings are not.
    village = Place("خان العسل", "aleppo", 36.15, 37.04, "town", "SY020000:C1006")
    province = Place("حلب", "aleppo", 36.20, 37.16, "governorate", "SY02")

    def report(aid, place, event, killed, q, published):
        return claim(aid, 0, "sana", date=None, place=place, event=event, perp="unknown", victims="unknown",
                     killed=killed, q=q, published=published)

    chem = [report("a", village, "chemical", 15, "exact", "2013-03-19"),
            report("b", province, "chemical", 10, "more_than", "2013-03-21")]
    assert len(link_claims(chem)) == 1
    shells = [report("a", village, "shelling", 15, "exact", "2013-03-19"),
              report("b", province, "shelling", 10, "more_than", "2013-03-21")]
    assert len(link_claims(shells)) == 2
    # another governorate's chemical attack stays apart
    homs = Place("حمص", "homs", 34.73, 36.71, "governorate", "SY04")
    assert len(link_claims([chem[0], report("b", homs, "chemical", 10, "more_than", "2013-03-21")])) == 2


def test_two_airports_of_one_article_are_two_sites():
    # a monitor tells fighting at a city's civil airport and at the military airport beside
    # it, a runway apart: one article naming both tells of two sites. The same airport named
    # twice (or two reports of one) still links.
    from rasd.core.models import Provenance

    civil = Place("مطار المدينة الدولي", "aleppo", 36.180, 37.220, "exact")
    military = Place("مطار القرية", "aleppo", 36.167, 37.225, "exact")

    def told(aid, i, place, killed):
        sc = claim(aid, i, "sohr", place=place, perp="opposition", victims="syrian_gov",
                   event="clashes", killed=killed, q="exact", date=None)
        sc.claim.provenance["place"] = Provenance("sentence", None)
        return sc

    assert len(link_claims([told("a", 0, civil, 7), told("a", 1, military, 3)])) == 2
    assert len(link_claims([told("a", 0, military, 7), told("a", 1, military, 3)])) == 1


def test_two_outlets_retelling_one_undated_story_in_a_governorate_link():
    # Two outlets tell one wire story the same day without a date, one naming the town hit,
    # the other only its province: a place too weak to tie undated reports by itself, but
    # their sentences share the story's words and its toll. The same toll told in other
    # words, or another toll in the same words, stays apart.
    town = Place("بلدة الف", "idlib", 35.90, 36.60, "town")
    province = Place("ريف إدلب", "idlib", 35.80, 36.70, "governorate")
    story = "قتل سبعة مدنيين بينهم طفلان جراء قصف مدفعي استهدف سوقا شعبية في البلدة ظهر اليوم"
    retold = "وقتل سبعة مدنيين بينهم طفلان جراء قصف مدفعي استهدف السوق الشعبية في البلدة ظهرا"
    other = "أفاد ناشطون بسقوط قذائف على أحياء سكنية ما أدى إلى مقتل سبعة أشخاص"

    def report(aid, place, killed, evidence):
        return claim(aid, 0, "outlet", date=None, place=place, event="shelling", perp="unknown",
                     victims="civilians", killed=killed, q="exact", published="2018-09-10",
                     evidence=evidence)

    assert len(link_claims([report("a", town, 7, story), report("b", province, 7, retold)])) == 1
    assert len(link_claims([report("a", town, 7, story), report("b", province, 7, other)])) == 2
    assert len(link_claims([report("a", town, 7, story), report("b", province, 12, retold)])) == 2


def test_one_sentence_retold_a_week_later_links_undated():
    # An article a week later repeats an earlier report's sentence word for word, toll and
    # all, without a date: one event, although undated reports of articles days apart never
    # link on place and toll alone.
    town = Place("بلدة الف", "hama", 35.20, 36.70, "town")
    told = "وقال المرصد إن تسعة عناصر من قوات النظام قتلوا في الهجوم على الحاجز قرب البلدة"
    other = "أفادت مصادر محلية بمقتل تسعة من عناصر الحاجز إثر هجوم لمسلحين"

    def report(aid, evidence, published):
        return claim(aid, 0, "sohr", date=None, place=town, event="clashes", perp="unknown",
                     victims="unknown", killed=9, q="exact", published=published, evidence=evidence)

    assert len(link_claims([report("a", told, "2018-09-02"), report("b", told, "2018-09-09")])) == 1
    assert len(link_claims([report("a", told, "2018-09-02"), report("b", other, "2018-09-09")])) == 2


def test_one_claimants_two_tolls_of_one_event_mention_are_not_grouped_as_one_event():
    # "اشتباكات في حيين من المدينة ... أصيب خمسة ... وأصيب تسعة": the extractor ties both tolls
    # to one mention of the clashes, but one claimant tells one event once (a later update
    # keeps only its final toll), so the two are not one event by construction; two claimants'
    # tolls of one attack, or a vague toll beside an exact one, still are.
    from rasd.core.models import Provenance
    from rasd.link.groups import event_groups

    def told(i, claimant, killed, q="exact"):
        sc = claim("a", i, claimant, event="clashes", perp="unknown", victims="unknown",
                   killed=killed, q=q)
        sc.claim.event = 0
        sc.claim.provenance["event_type"] = Provenance("sentence", None)
        return sc

    assert event_groups([told(0, "outlet", 5), told(1, "outlet", 9)]) == [[0], [1]]
    assert event_groups([told(0, "outlet", 5), told(1, "sohr", 9)]) == [[0, 1]]
    assert event_groups([told(0, "outlet", 5), told(1, "outlet", 9, "more_than")]) == [[0, 1]]


def test_two_copies_of_one_sentence_with_two_tolls_pair_each_toll_with_its_own():
    # Two outlets carry one wire sentence telling two tolls of one attack ("25 of the
    # attackers and 7 of the defenders were killed"), each read as its own claim with the
    # sentence as evidence. The shared words tie each toll to its own copy, not to the
    # other toll: 25 is not 7, however alike the sentences.
    idlib = Place("إدلب", "idlib", 35.93, 36.63, "governorate", "SY07")
    sentence = "وهاجم مسلحون مقرا لفصيل في المنطقة ووقعت اشتباكات قتل فيها 25 من المهاجمين و7 من عناصر الفصيل"

    def told(aid, i, killed, published):
        return claim(aid, i, "sohr", date="2018-07-31", place=idlib, event="clashes", perp="unknown",
                     victims="unknown", killed=killed, q="exact", published=published, evidence=sentence)

    incs = link_claims([told("a", 0, 25, "2018-08-02"), told("a", 1, 7, "2018-08-02"),
                        told("b", 0, 25, "2018-08-04"), told("b", 1, 7, "2018-08-04")])
    assert groups(incs) == {frozenset({("a", 0), ("b", 0)}), frozenset({("a", 1), ("b", 1)})}


def test_one_toll_told_in_two_provinces_the_same_day_is_two_events():
    # a monitor's busy day: "25 fighters killed in clashes" in Aleppo and in Idlib, each
    # placed by the report's own sentences; the toll, the side and the day are told of many
    # fronts, two provinces are two events. A province only inherited from the article's
    # lead may be another event's: then the toll still ties the two.
    from rasd.core.models import Provenance

    aleppo = Place("حلب", "aleppo", 36.20, 37.16, "governorate")
    idlib = Place("ادلب", "idlib", 35.93, 36.63, "governorate")

    def pair(source_b: str, same_words: bool = False):
        text_a = "قتل خمسة وعشرون مقاتلا في اشتباكات عنيفة بريف المدينة الغربي"
        a = claim("a", 0, "sohr", place=aleppo, perp="unknown", victims="opposition", event="clashes",
                  killed=25, q="exact", date="2015-07-31", published="2015-08-01", evidence=text_a)
        b = claim("b", 0, "sohr", place=idlib, perp="unknown", victims="opposition", event="clashes",
                  killed=25, q="exact", date="2015-07-31", published="2015-08-01",
                  evidence=text_a if same_words else "ولقي 25 عنصرا حتفهم خلال المعارك مع القوات على اطراف البلدة")
        a.claim.provenance["place"] = Provenance("previous", None)
        b.claim.provenance["place"] = Provenance(source_b, None)
        return [a, b]

    assert len(link_claims(pair("previous"))) == 2
    assert len(link_claims(pair("lead"))) == 1
    # one wire sentence whose "in the same area" each outlet's context placed differently
    assert len(link_claims(pair("previous", same_words=True))) == 1


def test_two_undated_claims_of_one_article_telling_who_struck_whom_link_across_place_levels():
    # one bulletin, no day: "Israeli strikes on Syria killed more than 20 regime fighters",
    # then "Israeli shelling on the Golan heights killed 23 pro-government fighters": the
    # country may hold the heights, and one striker and one side hit, each in its claim's own
    # words, tie the two, as they would across two articles
    golan = Place("مرتفعات الجولان", "quneitra", 33.0, 35.8, "district")
    a = claim("a", 0, "sohr", place=SYRIA, perp="israel", victims="syrian_gov", event="airstrike",
              killed=20, q="more_than", date=None, published="2018-05-10")
    b = claim("a", 1, "sohr", place=golan, perp="israel", victims="pro_gov", event="shelling",
              killed=23, q="at_least", date=None, published="2018-05-10")
    assert len(link_claims([a, b])) == 1
    # the same victims without a known striker say too little: many attacks kill soldiers
    a = claim("a", 0, "sohr", place=SYRIA, perp="unknown", victims="syrian_gov", event="airstrike",
              killed=20, q="more_than", date=None, published="2018-05-10")
    assert len(link_claims([a, b])) == 2


def test_one_claimant_telling_fighters_and_civilians_in_two_mentions_tells_two_events():
    # one observatory, one article: "17 militiamen killed as the rebels took the village" and,
    # sentences later, "5 civilians killed by the rebels' shelling": by the codebook one
    # claimant tells one event once, so two claims of it are two events
    village = Place("قرية الوادي", "hama", 35.30, 36.60, "town")
    fighters = claim("a", 0, "sohr", place=village, perp="opposition", victims="pro_gov",
                     event="clashes", killed=17, q="exact", date="2015-08-05", published="2015-08-06")
    civilians = claim("a", 1, "sohr", place=village, perp="opposition", victims="civilians",
                      event="shelling", killed=5, q="exact", date="2015-08-05", published="2015-08-06")
    assert groups(link_claims([fighters, civilians])) == {frozenset({("a", 0)}), frozenset({("a", 1)})}
    # two claimants of one article: one tells the fighters, the other the civilians
    other = claim("a", 1, "syria_mofa", place=village, perp="opposition", victims="civilians",
                  event="clashes", killed=5, q="exact", date="2015-08-05", published="2015-08-06")
    assert groups(link_claims([fighters, other])) == {frozenset({("a", 0), ("a", 1)})}


def test_a_copy_placed_only_in_the_country_links_to_the_story_it_copies():
    # Two outlets print one wire sentence, toll and all, without a date; one places it only
    # "in Syria", the other names no place at all. Neither place ties undated reports, but a
    # copy of one sentence with one toll is one report of one event. Another sentence with
    # the same toll, or the same words around another toll, stays apart.
    country = Place("سوريا", "unknown", None, None, "country")
    nowhere = Place()
    story = "وكانت غارتان جويتان خلال الأيام الماضية قد أسفرتا عن مقتل تسعة مدنيين بينهم ثلاث نساء وطفلان"
    copy = "وكانت غارتان جويتان خلال الأيام الماضية قد أسفرتا عن مقتل 9 مدنيين بينهم ثلاث نساء وطفلان"
    other = "وأفاد ناشطون بمقتل تسعة أشخاص في قصف على أحياء سكنية"

    def report(aid, place, killed, evidence, published="2018-09-10"):
        return claim(aid, 0, "outlet", date=None, place=place, event="airstrike", perp="unknown",
                     victims="civilians", killed=killed, q="exact", published=published,
                     evidence=evidence)

    assert len(link_claims([report("a", country, 9, story), report("b", nowhere, 9, copy, "2018-09-11")])) == 1
    assert len(link_claims([report("a", country, 9, story), report("b", nowhere, 9, other)])) == 2
    assert len(link_claims([report("a", country, 9, story), report("b", nowhere, 14, copy)])) == 2


def test_two_quarters_sharing_their_citys_pcode_are_two_places():
    # The gazetteer knows two quarters only by their city: both carry its p-code and centroid.
    # Two shellings the same day in two quarters, each with its own toll, are two events; the
    # same quarter named twice is still one place.
    q1 = Place("حي الف", "aleppo", 36.20, 37.16, "exact", "SY020000")
    q2 = Place("حي باء", "aleppo", 36.20, 37.16, "exact", "SY020000")

    def report(aid, place, killed):
        return claim(aid, 0, "sohr", date="2018-03-05", place=place, event="shelling", perp="syrian_gov",
                     victims="civilians", killed=killed, q="exact", published="2018-03-06")

    assert len(link_claims([report("a", q1, 6), report("b", q2, 11)])) == 2
    assert len(link_claims([report("a", q1, 6), report("b", q1, 7)])) == 1


def test_a_city_named_like_its_governorate_is_not_one_place_with_its_quarter():
    # "في دمشق" is told of anything in the province: undated reports of a blast in a quarter
    # and of another toll "in Damascus" the same week are not one event by their places.
    city = Place("دمشق", "damascus", 33.51, 36.29, "town", "SY010000")
    quarter = Place("حي الف", "damascus", 33.51, 36.29, "exact", "SY010000")

    def report(aid, place, killed, event):
        return claim(aid, 0, "outlet", date=None, place=place, event=event, perp="unknown",
                     victims="unknown", killed=killed, q="exact", published="2018-03-06")

    assert len(link_claims([report("a", quarter, 3, "bombing"), report("b", city, 13, "bombing")])) == 2


def test_one_misread_report_does_not_split_a_widely_reported_strike():
    # Twenty outlets report a strike with its toll and who struck; five others report the
    # same toll, town and day without the perpetrator but naming the dead as soldiers. One of
    # the twenty misreads the dead as rebels: its pairs with the five are vetoed (two sides'
    # losses). A stray veto among a hundred agreeing pairs does not keep the two halves
    # apart; three such misreadings (a side the reports really dispute) still do.
    town = Place("بلدة الف", "idlib", 35.90, 36.60, "town")

    def report(aid, perp, victims):
        return claim(aid, 0, "outlet", date="2018-09-10", place=town, event="airstrike", perp=perp,
                     victims=victims, killed=12, q="exact", published="2018-09-11")

    many = [report(f"a{n:02}", "russia", "unknown") for n in range(20)]
    few = [report(f"b{n}", "unknown", "syrian_gov") for n in range(5)]
    stray = [report(f"c{n}", "russia", "opposition") for n in range(3)]
    assert len(link_claims(many + stray[:1] + few)) == 1
    assert len(link_claims(many + stray + few)) == 2


def test_a_retelling_that_misreads_the_day_does_not_split_a_strongly_agreeing_event():
    # Twelve outlets report an ambush the day it happened; six more retell it a week later
    # ("قتل الاثنين الماضي ٤٨ جنديا في كمين"), one of them reading "last Monday" as the day
    # before it was published. That one's pairs with the twelve are vetoed by their days
    # (a sixth of the pairs across), yet the rest agree strongly (same day, place, toll):
    # one incident. The same share vetoed by the sides (who died) keeps them apart.
    from rasd.link.cluster import Pairs, agglomerate
    from rasd.link.settings import DEFAULT

    early, late = list(range(12)), list(range(12, 18))
    misread = late[0]

    def clusters(side_veto: bool) -> list[list[int]]:
        pairs = Pairs()
        for i in range(18):
            js = list(range(i + 1, 18))
            scored, sides = [], []
            for j in js:
                same_half = (i in early) == (j in early)
                if not same_half and misread in (i, j):
                    scored.append((None, False))
                    sides.append(side_veto)
                else:
                    scored.append((4.0 if same_half else 3.2, True))
                    sides.append(False)
            pairs.add_row(i, js, scored, sides)
        return agglomerate(list(range(18)), [True] * 18, DEFAULT, pairs)

    assert clusters(side_veto=False) == [list(range(18))]
    assert sorted(clusters(side_veto=True)) == [early, late]


def test_a_gas_attack_and_the_day_before_s_air_raids_on_one_town_are_two_incidents():
    # A monitor's report of the eve: "قتل ٢٧ مدنيا في غارات على البلدة" (no day told, its article
    # out that evening); the next day another outlet: "هجوم بغاز سام على البلدة مساء السبت
    # أوقع أكثر من ٤٠ قتيلا". The town, the civilians and the window agree, but a gas attack
    # is not the air raids before it. Evidence against only: a report that calls the gas
    # attack a raid ("غارات بالغاز"), the same day with the same toll, still links.
    town = Place("بلدة الغيم", "rif_dimashq", 33.57, 36.40, "town")
    raids = claim("a", 0, "sohr", date=None, place=town, event="airstrike", perp="unknown",
                  victims="civilians", killed=27, q="exact", published="2018-04-06")
    gas = claim("b", 0, "local_sources", date="2018-04-07", place=town, event="chemical",
                perp="syrian_gov", victims="civilians", killed=40, q="more_than", published="2018-04-08")
    assert len(link_claims([raids, gas])) == 2
    # the same pair told as two raids (or two gas attacks) is one incident
    assert len(link_claims([raids, claim("b", 0, "local_sources", date="2018-04-07", place=town,
                                         event="airstrike", perp="syrian_gov", victims="civilians",
                                         killed=40, q="more_than", published="2018-04-08")])) == 1
    gas_raid = claim("c", 0, "outlet", date="2018-04-07", place=town, event="airstrike",
                     perp="syrian_gov", victims="civilians", killed=40, q="more_than", published="2018-04-08")
    assert len(link_claims([gas, gas_raid])) == 1


# link22: places abroad all sit in governorate "other"; their country tells them apart as a
# governorate does at home

SURUC = Place("سروج", "other", 36.97, 38.42, "town")
KUWAIT = Place("الكويت", "other", 29.3, 47.5, "country")
TURKEY = Place("تركيا", "other", 39.0, 35.2, "country")


def test_two_bombings_abroad_the_same_day_in_two_countries_are_two_incidents():
    kw = dict(perp="isis", victims="civilians", event="bombing", date="2015-07-20", published="2015-07-21")
    incs = link_claims([claim("a", 0, "outlet", place=SURUC, killed=32, **kw),
                        claim("b", 0, "outlet", place=KUWAIT, killed=27, **kw)])
    assert len(incs) == 2


def test_a_town_abroad_and_its_country_still_link():
    kw = dict(perp="isis", victims="civilians", event="bombing", date="2015-07-20", published="2015-07-21")
    incs = link_claims([claim("a", 0, "outlet", place=SURUC, killed=32, **kw),
                        claim("b", 0, "turkey_gov", place=TURKEY, killed=32, **kw)])
    assert len(incs) == 1


# link23: the dead of two rival factions of one side (rivals.tsv: Nusra and the rebels) are
# two sides' losses, not one attack's allied victims

ALEPPO_GOV = Place("حلب", "aleppo", 36.20, 37.16, "governorate")


def test_rival_factions_dead_told_the_same_day_are_two_incidents():
    # "قتل 25 مقاتلا من المعارضة في هجوم فاشل على قاعدة" and, in another outlet the same
    # day, "اشتباكات ... تسببت بمقتل 25 عنصرا من جبهة النصرة": one monitor, one province,
    # one toll, but the rebels' dead and Nusra's are two fights
    kw = dict(date="2015-07-31", published="2015-08-01", place=ALEPPO_GOV, event="clashes",
              perp="unknown", killed=25, q="exact")
    rebels = claim("a", 0, "sohr", victims="opposition", **kw)
    nusra = claim("b", 0, "sohr", victims="hts", **kw)
    assert len(link_claims([rebels, nusra])) == 2
    # allies that are no rivals (the rebels and the Turkish-backed factions) are still one
    # attack's victims
    assert len(link_claims([rebels, claim("b", 0, "sohr", victims="tr_backed", **kw)])) == 1


# link23: a fate told at its own figure beside an attack ("ثلاثة صحافيين فقدوا في سوريا منذ
# عشرة أيام" after a rocket's toll) borrows the attack's event mention but is not that attack

def _rocket_and_missing(missing_type_from: str):
    from dataclasses import replace
    from rasd.core.models import Provenance

    quarter = Place("المغاير", "aleppo", 36.20, 37.16, "exact", "SY020000")
    city = Place("حلب", "aleppo", 36.20, 37.16, "district", "SY0200")
    # "قتل 18 شخصا في سقوط صاروخ على حي المغاير، بحسب المرصد"
    rocket = claim("a", 0, "sohr", place=quarter, perp="syrian_gov", victims="civilians",
                   event="shelling", killed=18, q="exact", date="2015-07-21", published="2015-07-22")
    rocket.claim.event = 0
    rocket.claim.provenance["event_type"] = Provenance("clause", None)
    # "وأعلنت رئيسة اتحاد الصحافيين أن ثلاثة صحافيين فقدوا في منطقة حلب"
    missing = claim("a", 1, "other", place=city, perp="unknown", victims="civilians", event="other",
                    killed=None, date=None, published="2015-07-22")
    missing = replace(missing, claim=replace(missing.claim, figures=[Figure("missing", "civilians", 3, 3, "exact", "ثلاثة")]))
    missing.claim.event = 0
    missing.claim.provenance["event_type"] = Provenance(missing_type_from, None)
    return rocket, missing


def test_a_count_of_the_missing_beside_an_attack_is_not_that_attack_by_its_borrowed_mention():
    assert len(link_claims(list(_rocket_and_missing("figure")))) == 2
    # a claim whose own sentence tells the attack it counts stays the attack's
    assert len(link_claims(list(_rocket_and_missing("sentence")))) == 1


# link24: a dated report placed only by its article's lead and naming no side is still compared,
# by day, with the other reports of its kind of attack placed no better: a pair never compared
# counts as a veto in the clustering, and kept two halves of one widely retold blast apart

def _blast_report(aid: str, place_from: str, *, event: str = "bombing", killed: int = 30,
                  type_from: str = "clause") -> StoredClaim:
    from rasd.core.models import Provenance

    town = Place("سروج", "other", 36.9769, 38.4247, "town", None)
    sc = claim(aid, 0, "outlet", place=town, perp="unknown", victims="unknown", event=event,
               killed=killed, q="at_least", date="2015-07-20", published="2015-07-21")
    sc.claim.provenance["place"] = Provenance(place_from, None)
    sc.claim.provenance["event_type"] = Provenance(type_from, None)
    return sc


def test_two_reports_placed_only_by_their_leads_meet_by_day_and_join_one_blast():
    # "انفجار في بلدة سروج ... أوقع أكثر من 30 قتيلا", told in its own sentence by one outlet,
    # and by two others whose toll's sentence names no place ("أسفر الهجوم عن 30 قتيلا على الأقل")
    told = _blast_report("a", "sentence")
    lead1, lead2 = _blast_report("b", "paragraph"), _blast_report("c", "previous", killed=32)
    assert len(link_claims([told, lead1, lead2])) == 1


def test_reports_placed_only_by_their_leads_are_not_compared_across_kinds_of_attack():
    from rasd.link.blocking import candidates
    from rasd.link.features import features
    from rasd.link.settings import DEFAULT

    def pairs(*claims):
        feats = [features(n, sc, DEFAULT) for n, sc in enumerate(claims)]
        return {(i, j) for i, js in candidates(feats, DEFAULT) for j in js}

    # two tolls told differently ("30", "32"): no toll index pairs them, the day does
    assert pairs(_blast_report("b", "paragraph"), _blast_report("c", "previous", killed=32)) == {(0, 1)}
    # a shelling and a bombing the same day, neither placed nor sided in its own words: nothing
    # but the day ties them, and they are left apart
    assert pairs(_blast_report("b", "paragraph"), _blast_report("c", "previous", event="shelling", killed=32)) == set()
    # nor two whose kind of attack both only inherit from the sentence before
    assert pairs(_blast_report("b", "paragraph", type_from="previous"),
                 _blast_report("c", "previous", killed=32, type_from="previous")) == set()
    assert pairs(_blast_report("b", "paragraph", type_from="previous"),
                 _blast_report("c", "previous", killed=32)) == {(0, 1)}


# link24: the capital named for its countryside: "دمشق" (the seat of the governorate whose name
# "ريف دمشق" carries it) beside a suburb in Rif Dimashq is no second governorate

def _israeli_strike(aid: str, place: Place, place_from: str = "sentence") -> StoredClaim:
    from rasd.core.models import Provenance

    sc = claim(aid, 0, "outlet", place=place, perp="israel", victims="unknown", event="airstrike",
               killed=2, q="exact", date=None, published="2013-02-01")
    sc.claim.figures.append(Figure("injured", "unspecified", 5, 5, "exact", "خمسة"))
    sc.claim.provenance["place"] = Provenance(place_from, None)
    return sc


DAMASCUS = Place("دمشق", "damascus", 33.51, 36.29, "town")
JAMRAYA = Place("جمرايا", "rif_dimashq", 33.53, 36.22, "town")


def test_a_strike_told_in_damascus_and_in_a_suburb_of_it_links():
    # "غارة إسرائيلية على دمشق أسفرت عن مقتل شخصين وجرح خمسة" and, in another outlet, the same
    # raid on a research centre "في منطقة جمرايا في ريف دمشق": one strike
    from rasd.link.features import features
    from rasd.link.score import POSSIBLE, place_relation
    from rasd.link.settings import DEFAULT

    a, b = _israeli_strike("a", DAMASCUS), _israeli_strike("b", JAMRAYA, "previous")
    assert place_relation(features(0, a), features(1, b), DEFAULT) == POSSIBLE
    assert len(link_claims([a, b])) == 1


def test_the_capital_does_not_stand_for_a_far_town_of_its_countryside_nor_another_province():
    from rasd.link.features import features
    from rasd.link.score import DIFF_SITE, place_relation
    from rasd.link.settings import DEFAULT

    dmeir = Place("الضمير", "rif_dimashq", 33.64, 36.69, "town")  # some 40 km out
    dam = features(0, _israeli_strike("a", DAMASCUS, "previous"))
    assert place_relation(dam, features(1, _israeli_strike("b", dmeir, "previous")), DEFAULT) == DIFF_SITE
    homs = Place("حمص", "homs", 34.73, 36.71, "town")
    assert place_relation(dam, features(1, _israeli_strike("b", homs, "previous")), DEFAULT) == DIFF_SITE
    # two strongly read places in the two governorates are still vetoed when far apart
    assert place_relation(features(0, _israeli_strike("a", DAMASCUS)),
                          features(1, _israeli_strike("b", dmeir)), DEFAULT) is None


# link24: "هجوم" alone names an attack, not how it was carried out: its default type (clashes)
# against a type another report names counts weakly when both tell the same exact toll

def _attack_report(aid: str, event: str, word: str, killed: int) -> StoredClaim:
    from rasd.core.models import Provenance, Span

    town = Place("التيفور", "homs", 34.52, 37.63, "town")
    sc = claim(aid, 0, "outlet", place=town, perp="unknown", victims="unknown", event=event,
               killed=killed, q="exact", date="2018-04-09", published="2018-05-03")
    sc.claim.provenance["event_type"] = Provenance("clause", Span(0, len(word), word))
    return sc


def test_a_bare_attack_and_a_named_strike_telling_one_toll_link():
    # "هجوم وقع في التاسع من أبريل وأدى إلى مقتل سبعة إيرانيين" and "ضربة جوية في التاسع من
    # أبريل أدت إلى مقتل سبعة عسكريين إيرانيين": one strike
    from rasd.link.features import features

    bare = _attack_report("a", "clashes", "هجوم", 7)
    assert features(0, bare).type_default
    assert len(link_claims([bare, _attack_report("b", "airstrike", "ضربة جوية", 7)])) == 1
    # two tolls: the default still disagrees with the named strike as strongly as before
    assert len(link_claims([bare, _attack_report("b", "airstrike", "ضربة جوية", 12)])) == 2
    # a type the text names ("اشتباكات") against another named type is the old conflict
    named = _attack_report("a", "clashes", "اشتباكات", 7)
    assert not features(0, named).type_default
    assert len(link_claims([named, _attack_report("b", "airstrike", "ضربة جوية", 7)])) == 2


# link24: a toll told in a relative clause on an indefinite attack noun ("هجوم انتحاري [في X]
# استهدف ... وأسفر عن مقتل 32"; Arabic takes no relative pronoun there) is that attack's, not
# the sentence's main event's: the report then links with those naming the attack

def test_a_toll_in_a_relative_clause_on_an_indefinite_attack_is_that_attacks():
    from helpers import claims as extracted

    for text in ("وتأتي المواجهات بعد يومين على تفجير انتحاري استهدف تجمعا للمتطوعين وأسفر عن مقتل 27 شخصا.",
                 "وتأتي المواجهات بعد يومين على تفجير انتحاري في مدينة سروج استهدف تجمعا للمتطوعين وأسفر عن مقتل 27 شخصا."):
        (c,) = extracted(text, "2015-07-23")
        assert c.event_type == "bombing"
        assert c.provenance["event_type"].span.text in ("تفجير انتحاري", "هجوم انتحاري")
    # the definite noun still needs its relative pronoun; with one, as before
    (c,) = extracted("وتأتي المواجهات بعد يومين على التفجير الانتحاري الذي استهدف تجمعا للمتطوعين "
                     "وأسفر عن مقتل 27 شخصا.", "2015-07-23")
    assert c.event_type == "bombing"


def test_the_relative_clause_stays_its_nouns_after_an_attack_of_that_kind_told_before():
    # the lead tells the bombing first; the later sentence's verb could be taken to refer back
    # to it, and the toll joined to its clause must still be the noun's, not the fight's
    from helpers import claims as extracted

    text = ("ردت المدفعية أمس بقصف مواقع التنظيم. وتأتي المواجهات بعد يومين من هجوم (سروج) الانتحاري. "
            "وتأتي المواجهات بعد يومين على هجوم انتحاري في مدينة سروج استهدف تجمعا لشبان متطوعين "
            "من أنصار الجمعيات الأهلية وأسفر عن مقتل 27 شخصا.")
    (c,) = [c for c in extracted(text, "2015-07-23") if c.figures and c.figures[0].low == 27]
    assert c.event_type == "bombing"
    assert c.provenance["event_type"].span.text in ("تفجير انتحاري", "هجوم انتحاري")


# link25: a widely retold event whose reports are dated two days apart (never compared) still
# merges once the clusters that need no leniency have formed; a day apart with two kinds of
# attack (a town's raids, the next day's gas attack) counts against, the night case does not

def test_retellings_dated_two_days_after_the_first_reports_join_them_in_a_second_pass():
    # Ten outlets date an attack to Saturday; eight more, published Monday, date it to the day
    # they read it ("on Sunday the toll rose"): Saturday and Monday are never blocked together,
    # four of the eighty such pairs; the pairs compared agree strongly (same town, toll, side).
    from rasd.link.cluster import Pairs, agglomerate
    from rasd.link.settings import DEFAULT

    first, later = list(range(10)), list(range(10, 18))
    far = {(i, j) for i in first[:2] for j in later[:2]}  # Saturday x Monday: not candidates

    def clusters(score_across: float) -> list[list[int]]:
        pairs = Pairs()
        for i in range(18):
            js = [j for j in range(i + 1, 18) if (i, j) not in far]
            same = [(i in first) == (j in first) for j in js]
            pairs.add_row(i, js, [(4.0 if s else score_across, True) for s in same])
        return agglomerate(list(range(18)), [True] * 18, DEFAULT, pairs)

    assert clusters(3.5) == [list(range(18))]
    # agreeing only at the threshold across, the two stay apart as before
    assert sorted(clusters(2.2)) == [first, later]


def test_raids_one_day_and_a_gas_attack_the_next_in_one_town_stay_two_incidents():
    town = Place("بلدة الغيم", "rif_dimashq", 33.57, 36.40, "town")
    kw = dict(place=town, perp="syrian_gov", victims="civilians", q="more_than")
    raids = claim("a", 0, "sohr", date="2018-04-06", event="airstrike", killed=27, published="2018-04-07", **kw)
    gas = claim("b", 0, "white_helmets", date="2018-04-07", event="chemical", killed=40,
                published="2018-04-08", **kw)
    assert len(link_claims([raids, gas])) == 2
    # the same two days told of one kind of attack: the night case, one incident
    night = claim("b", 0, "white_helmets", date="2018-04-07", event="airstrike", killed=40,
                  published="2018-04-08", **kw)
    assert len(link_claims([raids, night])) == 1



def test_an_undated_report_joins_an_event_retold_undated_weeks_later():
    # A border-gate car bomb: two dated reports (0; 1, in a retelling a month later), the
    # retelling's own undated sentence on it (2, linked through its article's dated claim)
    # and an undated report ten days on (3). 2 and 3 are vetoed by their articles' dates
    # alone (four weeks apart: their presumed windows apart), yet 2 sits with dated claims:
    # its days are theirs, and 3 joins. The same pair vetoed by the sides keeps 3 out.
    from rasd.link.cluster import Pairs, agglomerate
    from rasd.link.settings import DEFAULT

    def clusters(kind: int) -> list[list[int]]:
        pairs = Pairs()
        pairs.add_row(0, [1, 3], [(4.8, True), (3.8, True)])
        pairs.add_row(1, [2, 3], [(4.0, True), (3.8, True)])
        pairs.add_row(2, [3], [(None, False)], [kind])
        return agglomerate([0, 1, 2, 3], [True, True, False, False], DEFAULT, pairs)

    assert clusters(2) == [[0, 1, 2, 3]]
    assert sorted(clusters(1)) == [[0, 1, 2], [3]]


# link26: the second clustering pass asks the reports across to agree strongly on average,
# not to tell one identical toll: first reports that blame another side or tell no toll yet

def _two_groups(first: list[int], second: list[int], far: set[tuple[int, int]], score_across: float) -> list[list[int]]:
    """Clusters of claims ``first`` + ``second``: 4.0 within each group, ``score_across``
    between them, except the pairs in ``far`` (never compared: days apart)."""
    from rasd.link.cluster import Pairs, agglomerate
    from rasd.link.settings import DEFAULT

    n = len(first) + len(second)
    pairs = Pairs()
    for i in range(n):
        js = [j for j in range(i + 1, n) if (i, j) not in far]
        pairs.add_row(i, js, [(4.0 if (i in first) == (j in first) else score_across, True) for j in js])
    return agglomerate(list(range(n)), [True] * n, DEFAULT, pairs)


def test_retellings_two_days_on_join_first_reports_that_agree_without_one_toll():
    # Twelve outlets tell a strike on an air base the day it happened; six early reports of
    # the same morning blame no side, or another, and tell "dead and wounded" without a
    # number, and a few are dated by a retelling two days on (never compared). Across, the
    # pairs compared agree on the day, the base and the kind of attack (about 2.7 on average,
    # no shared toll): one incident. Agreeing only at the threshold, they stay apart.
    told, early = list(range(12)), list(range(12, 18))
    far = {(i, j) for i in told[:2] for j in early[:2]}
    assert _two_groups(told, early, far, 2.7) == [list(range(18))]
    assert sorted(_two_groups(told, early, far, 2.2)) == [told, early]


def test_an_early_report_joins_a_dozen_retellings_of_its_event_despite_days_never_compared():
    # One monitor's first toll of a crash (two claims: the dead, the wounded) and a dozen
    # later reports of it; two of those, dated by a retelling two days on, were never compared
    # with the early pair (4 of the 24 pairs across). The pairs compared agree strongly: one
    # incident, though the pairs across number fewer than Douma's hundreds.
    retold, early = list(range(12)), [12, 13]
    far = {(i, j) for i in retold[:2] for j in early}
    assert _two_groups(retold, early, far, 3.0) == [list(range(14))]
    assert sorted(_two_groups(retold, early, far, 2.2)) == [retold, early]
