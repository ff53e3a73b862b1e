"""One claimant restating one toll in one article (hand-made claims, no article text): the
lead and the body telling the same exact toll are one event, where two tolls of one claimant
stay two events (the codebook's convention)."""

from __future__ import annotations

from rasd.core.models import Claim, DateSpan, Figure, Place, StoredClaim
from rasd.link import link_claims

# a wire story placed only "in Syria", its sides unnamed: little else ties its two sentences
SYRIA = Place("سوريا", "unknown", None, None, "country")


def claim(i: int, killed: int, *, event: int, claimant: str = "unnamed", quote: str = "") -> StoredClaim:
    c = Claim(claimant=claimant, event_type="bombing", perpetrator="unknown", victims="unknown",
              place=SYRIA, date=DateSpan("2016-02-10", "2016-02-10"), scope="incident",
              figures=[Figure("killed", "unspecified", killed, killed, "exact", str(killed))],
              quote=quote or None, event=event)
    return StoredClaim("a", i, c, source="src-a", published="2016-02-10", title=None)


def groups(incidents) -> list[list[int]]:
    return sorted(sorted(r.claim_index for r in inc.claims) for inc in incidents)


def test_lead_and_body_restating_one_toll_are_one_event():
    lead = claim(0, 13, event=0, quote="قتل 13 شخصا بانفجار قرب معبر حدودي")
    body = claim(1, 13, event=1, quote="أسفر الانفجار عن مقتل 13 بينهم ثلاثة من المارة")
    assert groups(link_claims([lead, body])) == [[0, 1]]


def test_one_claimant_two_tolls_stay_two_events():
    first = claim(0, 13, event=0, quote="قتل 13 شخصا بانفجار قرب معبر حدودي")
    second = claim(1, 5, event=1, quote="وقتل خمسة في انفجار آخر")
    assert groups(link_claims([first, second])) == [[0], [1]]


def test_a_small_toll_told_twice_is_no_restatement():
    # "2 killed" twice by one claimant is told of two events as easily as of one
    assert groups(link_claims([claim(0, 2, event=0), claim(1, 2, event=1)])) == [[0], [1]]


def test_two_claimants_with_one_toll_were_already_one_event():
    # the convention is one claimant's: two claimants in one article were never kept apart
    a, b = claim(0, 13, event=0), claim(1, 13, event=1, claimant="sohr")
    assert groups(link_claims([a, b])) == [[0, 1]]


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
    a = report("a", SYRIA, parts, quote="أسفر هجومان في الأسبوعين الماضيين عن مقتل 11 مدنيا بينهم امرأتان وخمسة أطفال")
    b = report("b", TOWN, parts[:1] + parts[2:], quote="قالت المنظمة إن الهجومين قتلا أحد عشر مدنيا منهم خمسة أطفال")
    assert len(link_claims([a, b])) == 1


def test_undated_reports_sharing_one_toll_only_stay_apart():
    # "7 killed" alone is told of many events: an undated report placed only in Syria is not
    # tied by it
    a = report("a", SYRIA, [("killed", "civilians", 7)], quote="مقتل 7 مدنيين في قصف")
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
    assert len(link_claims([wire("a", SHADDADI, 32), wire("b", SYRIA, 32)])) == 1


def test_same_small_toll_does_not():
    # "5 killed in a bombing" is told of many events: not without a place
    assert len(link_claims([wire("a", SHADDADI, 5), wire("b", SYRIA, 5)])) == 2


def test_same_big_toll_days_apart_or_another_kind_of_attack_does_not():
    late = wire("b", SYRIA, 32, published="2016-03-22")
    assert len(link_claims([wire("a", SHADDADI, 32), late])) == 2
    shelling = wire("b", SYRIA, 32, event_type="shelling")
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
