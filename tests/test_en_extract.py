"""English reports read to the codebook: every sentence here is written for these tests, in the
phrasings English wire copy uses (issue 11). Each case says the pattern it guards."""

from __future__ import annotations

import pytest

from rasd.core.models import Article, Claim
from rasd.extract import extract

PUB = "2017-04-06"  # a Thursday


def claims(text: str, title: str | None = None, published: str | None = PUB) -> list[Claim]:
    return extract(Article(id="t", text=text, title=title, published=published, lang="en"))


def figs(text: str, **kw: object) -> list[tuple]:
    """(kind, group, low, high, qualifier) of every figure of the text, in reading order."""
    return [(f.kind, f.group, f.low, f.high, f.qualifier) for c in claims(text, **kw) for f in c.figures]


def one(text: str, **kw: object) -> Claim:
    (c,) = claims(text, **kw)
    return c


# === English wire and state-agency phrasings, read on a Saturday: each case says the pattern it
# guards and checks what a user sees: the figure (or the claim attribute) and the text it was read from
WIRE_PUB = "2016-02-27"  # a Saturday


def wire_claims(text: str, published: str | None = WIRE_PUB) -> list[Claim]:
    return claims(text, published=published)


def wire_figs(text: str) -> list[tuple]:
    """(kind, group, low, as stated, text) of every figure of the text, in reading order."""
    return [(f.kind, f.group, f.low, f.as_stated(), f.text) for c in wire_claims(text) for f in c.figures]


def span(c: Claim, attr: str) -> str | None:
    """The text an attribute of a claim was read from."""
    p = c.provenance.get(attr)
    return p.span.text if p is not None and p.span is not None else None


# == terrorist attacks counted, injuries suffered, members of a named group, a headline's
# teller, troops of no side, a source that told an agency
# --- "three terrorist explosions": a count of attacks, not of people -----------------------
def test_terrorist_before_an_attack_noun_counts_attacks() -> None:
    got = wire_figs("Four people were killed and many others were wounded in two terrorist explosions "
                    "in the town.")
    assert [g[:2] for g in got] == [("killed", "unspecified"), ("injured", "unspecified")]
    assert got[0][4] == "Four people were killed"


def test_terrorist_bombings_as_subject_are_no_victims() -> None:
    got = wire_figs("Three terrorist bombings killed 9 people in the city on Friday.")
    assert [(k, g, lo) for k, g, lo, _s, _t in got] == [("killed", "unspecified", 9)]


def test_terrorist_leaders_still_counted() -> None:
    got = wire_figs("The army said it killed two terrorist leaders near the town.")
    assert [(k, g, lo) for k, g, lo, _s, _t in got] == [("killed", "combatants", 2)]


# --- "4 others sustained serious injuries": the injuries' adjective keeps the kind ----------
def test_sustained_serious_injuries_is_injured() -> None:
    got = wire_figs("Three civilians were killed and 7 others sustained serious injuries in the blast.")
    assert [(k, g, lo) for k, g, lo, _s, _t in got] == [("killed", "civilians", 3), ("injured", "unspecified", 7)]
    assert got[1][4] == "7 others sustained serious injuries"


def test_suffered_minor_injuries_is_injured() -> None:
    got = wire_figs("Two soldiers suffered minor injuries when a shell hit their post.")
    assert [(k, g, lo) for k, g, lo, _s, _t in got] == [("injured", "combatants", 2)]


# --- "47 leaders of Ahrar al-Sham": people counted "of" a named armed group are fighters -----
def test_members_of_a_named_armed_group_are_combatants() -> None:
    (c,) = wire_claims("Twelve members of Jaish al-Islam were killed when a bomb hit their base.")
    assert [(f.kind, f.group, f.low) for f in c.figures] == [("killed", "combatants", 12)]
    assert c.victims == "opposition"
    assert c.provenance["victims"].span.text == "Jaish al-Islam"


def test_leaders_of_the_free_syrian_army_are_combatants() -> None:
    got = wire_figs("The jihadists killed 20 leaders of the Free Syrian Army in the mountains.")
    assert [(k, g, lo) for k, g, lo, _s, _t in got] == [("killed", "combatants", 20)]


# --- "... in north Syria town Monitor AFP": a wire headline's teller is no town ---------------
def test_headline_teller_after_town_is_no_place() -> None:
    cs = wire_claims("Air strikes kill 14 civilians in north Syria town Monitor AFP Friday 5 Feb 2016 "
                     "At least 14 civilians were killed in air strikes on the rebel-held town of Atareb "
                     "in Aleppo province a monitor said.")
    assert cs and all(c.place.name != "Monitor" for c in cs)
    assert cs[-1].place.name == "Atareb"


def test_unlisted_village_name_still_read() -> None:
    (c,) = wire_claims("Shelling killed 4 people in the village of Jaroud on Friday.")
    assert c.place.name == "Jaroud"


# --- "11 troops were killed": soldiers of no named side are the state's where they fell -------
def test_troops_of_no_side_in_syria_are_the_government_s() -> None:
    (c,) = wire_claims("Eleven troops were killed when jihadists overran an army post near Hama on Friday.")
    assert c.victims == "syrian_gov"
    assert c.provenance["victims"].span.text == "troops"


def test_a_policeman_in_a_turkish_town_is_turkey_s() -> None:
    (c,) = wire_claims("Rockets fired from Syria hit the Turkish border town of Kilis killing one policeman.")
    assert c.victims == "turkey"


def test_troops_counted_with_militia_name_no_one_side() -> None:
    (c,) = wire_claims("More than 30 troops and militia were killed in a counterattack near Tabqa.")
    assert c.victims == "unknown"


def test_soldiers_with_a_side_before_them_are_not_read_so() -> None:
    (c,) = wire_claims("A suicide bomber killed six Kurdish policemen at a checkpoint in Qamishli.")
    assert c.victims == "sdf"
    assert c.provenance["victims"].span.text == "Kurdish policemen"


def test_the_soldiers_told_before_are_left_to_the_story() -> None:
    (c,) = wire_claims("Moscow mourned the deaths of the four soldiers killed near Palmyra.")
    assert c.victims == "unknown"


# --- a gas attack's wounded: "eight others experienced breathing difficulties" ---------------
def test_breathing_difficulties_are_injured_not_killed() -> None:
    got = wire_figs("Four people died and nine others experienced breathing difficulties after the gas "
                    "shells fell.")
    assert [(k, g, lo) for k, g, lo, _s, _t in got] == [("killed", "unspecified", 4), ("injured", "unspecified", 9)]
    assert got[1][4] == "nine others experienced breathing difficulties"


def test_suffered_from_suffocation_is_injured() -> None:
    got = wire_figs("Two civilians were killed and more than 15 others suffered from suffocation.")
    assert got[1][:3] == ("injured", "unspecified", 15)


# --- "Aleppos eastern districts": copy stripped of apostrophes glues the possessive on --------
def test_governorate_with_glued_possessive_is_read() -> None:
    (c,) = wire_claims("Regime air strikes killed 17 civilians in Aleppos eastern districts on Friday.")
    assert (c.place.name, c.place.governorate) == ("Aleppo", "aleppo")
    assert c.place.span.text == "Aleppos"


def test_hamas_is_no_possessive_of_hama() -> None:
    (c,) = wire_claims("Hamas officials said the air strike killed 6 people.")
    assert c.place.governorate != "hama"


# --- "X told AFP": the agency told is no claimant; X, before the verb, is ---------------------
def test_source_told_agency_is_the_claimant() -> None:
    (c,) = wire_claims("A source at Hama Police Command told SANA that two women were killed by rocket fire.")
    assert c.claimant == "unnamed"
    assert c.claimant_text == "A source"


def test_activist_named_by_title_told_agency() -> None:
    (c,) = wire_claims("Media activist Omar Halabi told Reuters that six people were killed in the shelling.")
    assert c.claimant == "local_sources"


def test_named_person_told_agency_is_other() -> None:
    (c,) = wire_claims('"Our house was hit and four of us died" Khaled Omran told AFP.')
    assert (c.claimant, c.claimant_text) == ("other", "Khaled Omran")


def test_agency_saying_itself_is_still_the_claimant() -> None:
    (c,) = wire_claims("Five people were killed in the raid, Reuters reported.")
    assert c.claimant != "outlet"


# --- "earlier this morning": a part of the day of writing ---------------------------------------
def test_this_morning_is_the_day_of_writing() -> None:
    (c,) = wire_claims("Rockets hit a market in Douma earlier this morning killing 8 people.", published="2016-03-14")
    assert (c.date.start, c.date.end) == ("2016-03-14", "2016-03-14")
    assert c.provenance["date"].span.text == "this morning"


# --- "9 IS fighters": the capitals make "IS" the group's name, not the verb -----------------
def test_is_in_capitals_before_fighters_is_a_name() -> None:
    (c,) = wire_claims("Kurdish forces killed 14 IS militants near Kobane on Friday.")
    assert [(f.kind, f.group, f.low) for f in c.figures] == [("killed", "combatants", 14)]
    assert c.figures[0].span.text == "killed 14 IS militants"
    assert c.victims == "isis"


# --- "the Observatory based in Britain": a claimant's seat, no event place --------------------
def test_based_in_britain_is_a_seat() -> None:
    cs = wire_claims("Clashes raged in Daraa province on Friday. The Syrian Observatory for Human Rights "
                     "based in Britain said 30 rebels were killed in the fighting.")
    assert cs and all(c.place.name != "Britain" for c in cs)
    assert cs[-1].place.governorate == "daraa"


# --- "Russias defence ministry said": a listed name with its possessive's apostrophe lost ------
def test_possessive_name_without_apostrophe_is_the_claimant() -> None:
    (c,) = wire_claims("Russias defence ministry said its jets killed 30 militants near Palmyra.")
    assert (c.claimant, c.claimant_text) == ("russia_mod", "Russias defence ministry")


def test_syrias_army_said_is_the_army() -> None:
    (c,) = wire_claims("Syrias army said in a statement that rebel shelling killed 12 people in Aleppo.")
    assert c.claimant == "syria_army"


# --- "after Washington accused Moscow": the capitals are sides here, not places ----------------
def test_washington_as_a_side_is_no_place() -> None:
    (c,) = wire_claims("An attack on an aid convoy near Aleppo killed 14 civilians on Monday after "
                       "Washington accused Moscow of the strike.")
    assert (c.place.name, c.place.governorate) == ("Aleppo", "aleppo")


def test_washington_as_agent_is_the_coalition() -> None:
    (c,) = wire_claims("Air strikes carried out by Washington and its allies killed 9 civilians in Idlib.")
    assert c.perpetrator == "coalition"


# == an actor's fire names the perpetrator; "the group" refers to the monitor named before
# --- "killed in rebel fire": "fire" right after an actor is that actor's attack --------------
def test_actor_fire_names_the_perpetrator() -> None:
    cs = wire_claims("Government barrel bombs killed ten people in Aleppo on Monday, the monitor said. "
                     "It also said six civilians died on Monday in rebel fire on the western part of the city.")
    six = [c for c in cs if c.figures and c.figures[0].low == 6]
    assert len(six) == 1
    assert six[0].perpetrator == "opposition"
    assert span(six[0], "perpetrator") == "rebel"


def test_fire_as_a_verb_names_no_attack() -> None:
    # "fire" after a plural noun is a verb: the agent named later for the attacks stays theirs
    cs = wire_claims("Gunmen fire rockets at a village in Hama injuring four civilians, police said. "
                     "The attacks were carried out by Jaish al-Islam.")
    assert [c.perpetrator for c in cs] == ["opposition"]


def test_set_fire_is_no_attack() -> None:
    cs = wire_claims("An air strike set fire to a building in Idlib on Friday, killing five people.")
    assert [c.event_type for c in cs] == ["airstrike"]


# --- "on regime areas": a side right before a ground noun holds the ground hit --------------
def test_side_before_ground_noun_is_no_victim() -> None:
    cs = wire_claims("Eleven people were killed in rebel rocket fire on regime areas of Homs, the "
                     "Observatory said.")
    assert len(cs) == 1
    assert cs[0].perpetrator == "opposition"
    assert cs[0].victims != "syrian_gov"


def test_side_before_military_post_stays_victim() -> None:
    cs = wire_claims("Rebel shelling on regime positions killed five soldiers, the Observatory said.")
    assert [c.victims for c in cs] == ["syrian_gov"]


# --- "The group also reported": the group named last before, not the outlet ----------------
def test_the_group_refers_to_the_monitor_named_before() -> None:
    cs = wire_claims("Air strikes killed ten people in Idlib on Monday, the Syrian Observatory for Human "
                     "Rights said. The group also reported six civilians were killed in Aleppo on Monday.")
    six = [c for c in cs if c.figures and c.figures[0].low == 6]
    assert [c.claimant for c in six] == ["sohr"]
    assert six[0].claimant_text == "The group"


def test_according_to_the_group() -> None:
    cs = wire_claims("Shelling hit Douma on Friday, the Observatory said. Four people were killed in the "
                     "town according to the group.")
    assert [c.claimant for c in cs] == ["sohr"]


# == an unnamed town is the town named after it
def test_english_unnamed_town_is_the_town_named_after_it():
    cs = claims("A suicide bomber killed 12 people at a market in a mostly Arab town in northern Syria on Tuesday. "
                "Witnesses said the blast hit the main square of the town of Manbij shortly after noon.",
                published="2016-03-02")
    assert any(c.place.governorate == "aleppo" for c in cs)


def test_english_named_town_is_left_alone():
    cs = claims("Shelling killed 12 people in the city of Homs on Tuesday. "
                "Residents said the shells came from the direction of the town of Manbij.",
                published="2016-03-02")
    assert {c.place.governorate for c in cs} == {"homs"}


# --- the phrasings of the issue ------------------------------------------------------------
@pytest.mark.parametrize("text,want", [
    # one person with "a", the others of the next clause wounded, not killed
    ("A woman was killed and 25 others were wounded when shells hit the market in Douma.",
     [("killed", "women", 1, 1, "exact"), ("injured", "unspecified", 25, 25, "exact")]),
    ("Five people were killed and 12 others wounded in an air strike on the town.",
     [("killed", "unspecified", 5, 5, "exact"), ("injured", "unspecified", 12, 12, "exact")]),
    ("The strike killed 5 and wounded 12, medics said.",
     [("killed", "unspecified", 5, 5, "exact"), ("injured", "unspecified", 12, 12, "exact")]),
    ("Two dozen people were killed in the village on Tuesday.", [("killed", "unspecified", 24, 24, "exact")]),
    ("Scores of people were killed when the bombs fell.", [("killed", "unspecified", 20, 99, "dozens")]),
    ("A dozen soldiers were killed in an ambush near the highway.", [("killed", "combatants", 12, 12, "exact")]),
    ("The death toll rose to 40 on Wednesday.", [("killed", "unspecified", 40, 40, "exact")]),
    ("Gunmen executed at least 24 civilians in the village.", [("killed", "civilians", 24, None, "at_least")]),
    ("65 bodies were found in a mass grave outside the town.", [("killed", "unspecified", 65, 65, "exact")]),
    ("Over 100 Syrian civilians were killed in the raids.", [("killed", "civilians", 100, None, "more_than")]),
])
def test_the_issues_phrasings(text: str, want: list[tuple]) -> None:
    assert figs(text) == want


@pytest.mark.parametrize("noun", ["terrorists", "militants", "jihadists", "extremists", "rebels",
                                  "insurgents", "fighters", "soldiers", "troops"])
def test_armed_people_of_any_side_are_combatants(noun: str) -> None:
    assert figs(f"Troops killed 30 {noun} in the mountains.") == [("killed", "combatants", 30, 30, "exact")]


def test_members_of_an_armed_group_are_combatants_of_that_side() -> None:
    (c,) = claims("Kurdish fighters killed 12 ISIL members near the border.")
    assert [(f.group, f.low) for f in c.figures] == [("combatants", 12)] and c.victims == "isis"
    (c,) = claims("The army said 45 members of the Islamic State group were killed.")
    assert [(f.group, f.low) for f in c.figures] == [("combatants", 45)]


@pytest.mark.parametrize("text,group", [
    ("Abu Khaled al-Masri was killed in an air strike near the town.", "unspecified"),  # a name
    ("He was shot dead outside his home on Monday.", "unspecified"),  # a pronoun
    ("Rebels shelled the base, killing a regime first lieutenant.", "combatants"),  # "a" + modifiers
    ("The monitor documented the death of a regime soldier in the countryside.", "combatants"),
    ("Gunmen shot dead a local journalist in the market.", "civilians"),
    ("The mayor was shot dead by unknown gunmen.", "civilians"),
])
def test_single_and_unnumbered_deaths_are_one(text: str, group: str) -> None:
    assert figs(text) == [("killed", group, 1, 1, "exact")]


@pytest.mark.parametrize("text,want", [
    ("Three soldiers were killed and 6 others were injured in the clashes.",
     [("killed", "combatants", 3, 3, "exact"), ("injured", "unspecified", 6, 6, "exact")]),
    ("Three soldiers were killed and 6 others were captured.",
     [("killed", "combatants", 3, 3, "exact"), ("detained", "unspecified", 6, 6, "exact")]),
])
def test_others_wounded_or_captured_are_not_killed(text: str, want: list[tuple]) -> None:
    assert figs(text) == want


@pytest.mark.parametrize("text,want", [
    ("In 2022 the fighting killed 15 people in the town.", [("killed", "unspecified", 15, 15, "exact")]),
    ("The 2015 offensive killed thousands.", [("killed", "unspecified", 2000, None, "thousands")]),
    ("The raid began with an eight-minute firefight that killed four soldiers.",
     [("killed", "combatants", 4, 4, "exact")]),
    ("Warplanes carried out 25 air strikes on the town, killing 7 people.",
     [("killed", "unspecified", 7, 7, "exact")]),
])
def test_years_minutes_and_strike_counts_are_never_tolls(text: str, want: list[tuple]) -> None:
    assert figs(text) == want


@pytest.mark.parametrize("text", [
    "Myanmar army soldiers killed 10 villagers, the army said.",
    "Philippine government troops killed 12 militants in the south.",
    "Yemeni government forces said 30 rebels were killed.",
])
def test_armies_of_other_states_are_not_the_syrian_government(text: str) -> None:
    assert all(c.perpetrator != "syrian_gov" and c.victims != "syrian_gov" for c in claims(text))


def test_a_named_states_forces_are_its_own() -> None:
    assert one("Turkish warplanes killed 20 Kurdish fighters near the border.").perpetrator == "turkey"
    assert one("Iraqi forces killed 15 militants, officials said.").perpetrator == "iraq_gov"


# --- the codebook's qualifiers, kinds and groups ---------------------------------------------
@pytest.mark.parametrize("text,want", [
    ("Fourteen people were killed.", ("killed", "unspecified", 14, 14, "exact")),
    ("At least 45 people were killed.", ("killed", "unspecified", 45, None, "at_least")),
    ("More than 100 people were killed.", ("killed", "unspecified", 100, None, "more_than")),
    ("Over 100 people were killed.", ("killed", "unspecified", 100, None, "more_than")),
    ("About 150 people were killed.", ("killed", "unspecified", 150, 150, "about")),
    ("Nearly 30 people were killed.", ("killed", "unspecified", 30, 30, "about")),
    ("Up to 30 people were killed.", ("killed", "unspecified", None, 30, "up_to")),
    ("Dozens of people were killed.", ("killed", "unspecified", 20, 99, "dozens")),
    ("Hundreds of people were killed.", ("killed", "unspecified", 200, 999, "hundreds")),
    ("Thousands of people have been killed.", ("killed", "unspecified", 2000, None, "thousands")),
    ("Several people were killed.", ("killed", "unspecified", 1, None, "some")),
    ("Four or five people were killed.", ("killed", "unspecified", 4, 5, "about")),
    ("Between 20 and 30 people were killed.", ("killed", "unspecified", 20, 30, "about")),
    ("Twenty-five people were killed.", ("killed", "unspecified", 25, 25, "exact")),
    ("One hundred and fifty people were wounded.", ("injured", "unspecified", 150, 150, "exact")),
    ("A hundred people were wounded.", ("injured", "unspecified", 100, 100, "exact")),
])
def test_qualifiers(text: str, want: tuple) -> None:
    assert figs(text)[0] == want


@pytest.mark.parametrize("text,kind", [
    ("Ten people were killed.", "killed"),
    ("Ten people died in the blast.", "killed"),
    ("Ten people were wounded.", "injured"),
    ("The blast injured ten people.", "injured"),
    ("Ten people were killed or wounded.", "casualties"),
    ("Ten people are missing after the blast.", "missing"),
    ("Security forces arrested ten people.", "detained"),
    ("Ten people were kidnapped.", "detained"),
])
def test_kinds(text: str, kind: str) -> None:
    assert [f[0] for f in figs(text)] == [kind]


def test_groups_and_sub_counts() -> None:
    assert figs("At least 23 civilians, including seven children, were killed.") == [
        ("killed", "civilians", 23, None, "at_least"), ("killed", "children", 7, 7, "exact")]
    # no commas, as some copy has them: the aside ends at the verb
    assert figs("At least 11 civilians including two children were killed in the strikes.") == [
        ("killed", "civilians", 11, None, "at_least"), ("killed", "children", 2, 2, "exact")]
    assert figs("Air strikes killed 25 civilians, six of them children.") == [
        ("killed", "civilians", 25, 25, "exact"), ("killed", "children", 6, 6, "exact")]
    assert figs("Those killed included six women five children and three policemen.") == [
        ("killed", "women", 6, 6, "exact"), ("killed", "children", 5, 5, "exact"),
        ("killed", "combatants", 3, 3, "exact")]
    assert figs("The shelling killed 30 regime soldiers and 39 rebel fighters had died by evening.")[0][:3] == (
        "killed", "combatants", 30)


def test_a_list_of_counts_shares_its_verb() -> None:
    assert figs("The Observatory said 30 regime soldiers and 39 rebel fighters had been killed.") == [
        ("killed", "combatants", 30, 30, "exact"), ("killed", "combatants", 39, 39, "exact")]


# --- claimants ----------------------------------------------------------------------------------
@pytest.mark.parametrize("text,claimant", [
    ("A U.S. official said 35 militants were killed in the strike.", "us_official"),
    ("Activists said 12 civilians were killed.", "local_sources"),
    ("The Observatory said 12 civilians were killed.", "sohr"),
    ("Twelve civilians were killed, the Britain-based monitor said.", "sohr"),
    ("Air strikes killed 11 people, the Syrian Observatory for Human Rights reported.", "sohr"),
    ("According to the Syrian Observatory for Human Rights, 15 people were killed.", "sohr"),
    ("At least 11 were killed when bombs hit the market, said Observatory head Rami Abdel Rahman.", "sohr"),
    ("State media said 9 people were killed by rebel shelling.", "state_media"),
    ("The Russian Defence Ministry said 40 militants were killed.", "russia_mod"),
    ("The White Helmets said 8 people were killed.", "white_helmets"),
    ("Twelve people were killed in the village.", "outlet"),
])
def test_claimants(text: str, claimant: str) -> None:
    assert one(text).claimant == claimant


# --- perpetrators and event types -----------------------------------------------------------------
@pytest.mark.parametrize("text,perpetrator,event_type", [
    ("Regime forces shelled the town, killing 7 people.", "syrian_gov", "shelling"),
    ("Russian warplanes pounded the district, killing 30 people.", "russia", "airstrike"),
    ("Ten people were killed in air strikes carried out by Russian jets.", "russia", "airstrike"),
    ("Ten people were killed by regime forces in the village.", "syrian_gov", "other"),
    ("The regime's air strikes killed 12 civilians.", "syrian_gov", "airstrike"),
    ("Regime air strikes killed 12 civilians.", "syrian_gov", "airstrike"),
    ("Russian air strikes killed 12 civilians.", "russia", "airstrike"),
    ("US-led coalition strikes killed 20 civilians.", "coalition", "airstrike"),
    ("IS militants executed 24 civilians.", "isis", "massacre"),
    ("Rebel rocket fire killed five children.", "opposition", "shelling"),
    ("A car bomb exploded at the checkpoint, killing 10 people.", "unknown", "bombing"),
    ("A chlorine gas attack killed 6 people.", "unknown", "chemical"),
    ("Clashes between rebels and regime forces killed 12 fighters.", "unknown", "clashes"),
    ("Rebels shot down a regime helicopter, killing its 2 pilots.", "opposition", "shootdown"),
])
def test_perpetrators_and_event_types(text: str, perpetrator: str, event_type: str) -> None:
    c = claims(text)[0]
    assert (c.perpetrator, c.event_type) == (perpetrator, event_type)


def test_an_actor_after_an_attack_word_is_what_it_hit_not_who_did_it() -> None:
    c = one("Twenty-one people were killed as rebels shelled an Assad election rally.")
    assert c.perpetrator == "opposition"
    c = one("Air strikes on a district controlled by rebels killed at least five civilians.")
    assert c.perpetrator == "unknown"  # the rebels hold the district; who struck is not said


# --- dates, titles, scope, evidence ------------------------------------------------------------------
def test_weekdays_resolve_against_publication_and_the_lead_dates_the_title() -> None:
    title = "Air raids kill 10 near Syria hospital"
    text = (title + " A barrage of air strikes on Tuesday near a hospital in Idlib killed at least 10 "
            "civilians, a monitor said.")
    head, lead = claims(text, title=title)
    assert lead.date is not None and (lead.date.start, lead.date.end) == ("2017-04-04", "2017-04-04")
    assert head.date == lead.date and head.event == lead.event  # the title tells the lead's attack


def test_a_total_since_a_year_is_cumulative_and_a_toll_in_syria_is_not() -> None:
    assert one("More than 280,000 people have been killed since the conflict began in 2011.").scope == "cumulative"
    assert one("An air strike in northwestern Syria killed 10 people on Tuesday.").scope == "incident"


def test_every_span_points_at_the_text_it_was_read_from() -> None:
    text = ("BEIRUT (Reuters) - Russian air strikes on the town of Khan Sheikhoun killed at least 12 "
            "civilians, including four children, on Tuesday, the Syrian Observatory for Human Rights said.")
    for c in claims(text):
        assert c.evidence is not None and text[c.evidence.start:c.evidence.end] == c.evidence.text
        for f in c.figures:
            assert f.span is not None and text[f.span.start:f.span.end] == f.text
        for attr, prov in c.provenance.items():
            if prov.span is not None:
                assert text[prov.span.start:prov.span.end] == prov.span.text, attr
    (c,) = claims(text)
    assert (c.claimant, c.perpetrator, c.event_type, c.place.governorate) == ("sohr", "russia", "airstrike", "idlib")


def test_a_short_title_named_in_the_body_is_no_headline() -> None:
    # a one-word title ("الأتارب") is a name the text may use anywhere: the sentence holding it
    # stays whole, and its figure keeps its place and day
    text = "قالت وكالة سانا إن 3 أشخاص قتلوا في غارة جوية على بلدة الأتارب يوم 12 آذار 2024."
    (c,) = extract(Article(id="s", text=text, title="الأتارب", published="2024-03-13", lang="ar"))
    assert c.place.name == "الأتارب" and c.date is not None and c.date.start == "2024-03-12"


@pytest.mark.parametrize("title,lead,want", [
    # a title's "attacks" names no kind: the lead's first attack says which
    ("Hostile attacks kill 6 in Homs", "Mortar shells fired at a market in Homs on Monday killed six civilians.",
     "shelling"),
    ("Militant attack kills 8 in Raqqa", "A car bomb went off near a checkpoint in Raqqa on Monday, killing eight people.",
     "bombing"),
    # after a full stop the title may stand as a sentence of its own
    ("Attacks leave 4 dead in Daraa.", "Rocket fire on homes in Daraa on Monday killed four residents.",
     "shelling"),
])
def test_a_title_attack_of_no_kind_is_the_leads_attack(title: str, lead: str, want: str) -> None:
    cs = claims(title + " " + lead, title=title)
    assert cs and {c.event_type for c in cs} == {want}


def test_a_title_attack_keeps_its_own_kind_and_a_lead_of_no_kind_says_nothing() -> None:
    # "raids" says its kind; the lead's first attack word ("strikes") says none of its own
    title = "Raids on Aleppo kill 16 civilians"
    cs = claims(title + " Dozens of strikes on Aleppo killed at least 16 civilians, hitting a barrel bomb depot.",
                title=title)
    assert cs[0].event_type == "airstrike"


def test_sides_joined_before_the_counted_noun_are_one_count_of_both() -> None:
    # "government and opposition fighters": one count, whose dead are no one side's
    (c,) = claims("At least 45 government and opposition fighters died in two days of battles near Hama.")
    assert [(f.kind, f.group, f.low) for f in c.figures] == [("killed", "combatants", 45)]
    assert c.victims == "unknown"


def test_a_count_and_its_side_share_the_noun_of_the_next_count() -> None:
    # "12 regime and 20 rebel fighters": the first count's noun is the second's
    cs = claims("The monitor said 12 regime and 20 rebel fighters were killed near Hama on Monday.")
    got = sorted((f.low, f.group, c.victims) for c in cs for f in c.figures)
    assert got == [(12, "combatants", "syrian_gov"), (20, "combatants", "opposition")]


@pytest.mark.parametrize("text,want", [
    # the subject of a verb of firing or dropping weapons is who attacked
    ("Islamic State militants fired mortar shells at a school in Deir Ezzor on Monday, killing four pupils.", "isis"),
    ("Regime helicopters dropped barrel bombs on Daraya on Monday, killing 12 people.", "syrian_gov"),
    # a claim of responsibility, however long the claimant's name
    ("The Islamic State group claimed responsibility for the car bombing, which killed 14 people in Qamishli.", "isis"),
    ("Nine people were killed in a suicide bombing claimed by the Islamic State group in Jableh.", "isis"),
    # an accusation: the one accused, though "of launching" stands between it and the attack
    ("The opposition accused regime forces of launching a chlorine gas attack that killed 11 people in Idlib.",
     "syrian_gov"),
    ("Rights groups said government forces were responsible for a gas attack that killed 30 people near Hama.",
     "syrian_gov"),
    # a newspaper's spelling of the acronym as a name
    ("A car bomb planted by Isis killed seven people in Azaz on Monday.", "isis"),
])
def test_who_attacked_from_the_verbs_english_names_an_agent_with(text: str, want: str) -> None:
    assert one(text).perpetrator == want


def test_a_campaign_from_the_air_is_an_air_strike() -> None:
    assert one("The regime's aerial campaign on Idlib killed 20 civilians on Monday.").event_type == "airstrike"


def test_what_people_died_from_is_not_whose_dead_they_were() -> None:
    # "died from barrel bombs": the weapon (a regime weapon) says who killed them, not their side
    c = one("At least 30 people died from barrel bombs dropped on Aleppo on Monday.")
    assert c.victims != "syrian_gov" and c.perpetrator == "syrian_gov"
    # "fighters from the group" does name their side
    assert one("Seven fighters from the Islamic State group were killed near Palmyra.").victims == "isis"


def test_a_perfect_makes_the_one_before_it_the_killer() -> None:
    # "has killed": active, the group killed; "has been killed" stays passive
    c = one("Monitors say the Islamic State group has killed 21 shepherds near Palmyra.")
    assert [(f.kind, f.group, f.low) for f in c.figures] == [("killed", "civilians", 21)]
    assert c.perpetrator == "isis"
    assert figs("A soldier has been killed in the ambush near Palmyra.") == [("killed", "combatants", 1, 1, "exact")]


def test_a_participle_right_after_the_counted_noun_is_those_peoples() -> None:
    # a headline without commas: the verb before the count is another clause's
    assert figs("Boy killed 7 civilians injured in shelling on Homs") == [("injured", "civilians", 7, 7, "exact")]
    # a participle with its own count after it is the next clause's verb
    assert figs("A rocket killed 6 people wounded 15 in Homs") == [
        ("killed", "unspecified", 6, 6, "exact"), ("injured", "unspecified", 15, 15, "exact")]


@pytest.mark.parametrize("text,want", [
    ("Coalition air strikes killed 9 gunmen near Raqqa on Monday.", "airstrike"),
    ("The militants executed 12 gunmen of a rival faction in Idlib.", "massacre"),
    ("Fighting killed 12 gunmen in Daraa.", "clashes"),
])
def test_fighters_counted_as_the_dead_name_no_attack(text: str, want: str) -> None:
    assert one(text).event_type == want


def test_a_dateline_in_capitals_is_where_the_reporter_files_from() -> None:
    # a scraped page without its punctuation keeps the capitals of its dateline
    c = one("AMMAN At least 40 fighters were killed in two days of battles in the north, a monitor said.")
    assert c.place.governorate == "unknown"
    # a headline in capitals goes on in capitals: its foreign place is a place
    assert one("ISRAELI STRIKES KILL 5 IN LEBANON").place.governorate == "other"


def test_a_sentence_listing_who_the_dead_were_counts_the_dead() -> None:
    # told after the toll, with or without commas between the groups
    cs = claims("A strike killed 25 people in Saraqeb on Monday. The victims included nine children and four women.")
    assert ("killed", "children", 9) in [(f.kind, f.group, f.low) for c in cs for f in c.figures]
    assert ("killed", "women", 4) in [(f.kind, f.group, f.low) for c in cs for f in c.figures]
    cs = claims("A strike killed 25 people in Saraqeb on Monday. The dead included 9 children 4 women and a nurse.")
    assert {("children", 9), ("women", 4)} <= {(f.group, f.low) for c in cs for f in c.figures if f.kind == "killed"}


def test_a_state_of_a_person_stands_between_the_article_and_the_noun() -> None:
    got = figs("Nine civilians including two children and a pregnant woman were killed in shelling on Douma.")
    assert ("killed", "women", 1, 1, "exact") in got


def test_two_joined_words_before_an_attack_name_its_agent_by_the_first() -> None:
    assert one("Heavy Russian and Syrian strikes on Saraqeb killed 14 civilians on Monday.").perpetrator == "russia"


def test_western_is_a_direction_not_the_coalition() -> None:
    c = one("Rocket fire on western Aleppo killed four civilians on Monday.")
    assert c.perpetrator == "unknown" and c.victims != "coalition"


@pytest.mark.parametrize("text", [
    "Air strikes on rebel-held districts of Aleppo killed 14 people including three children on Monday.",
    "Shelling on government held neighbourhoods of Aleppo killed 14 people on Monday.",
])
def test_a_place_held_by_a_side_is_not_that_side(text: str) -> None:
    c = one(text)
    assert c.victims in ("civilians", "unknown") and c.perpetrator == "unknown"


@pytest.mark.parametrize("text,want", [
    # the sentence after the toll says who did the attack it reports
    ("Air strikes killed 12 civilians in Atareb on Monday. The monitor said the raids were carried out by "
     "Russian warplanes.", "russia"),
    ("A car bomb killed 20 people in Raqqa on Monday. The Islamic State group claimed responsibility for the "
     "bombing.", "isis"),
    # a choice of agents names none
    ("Air strikes killed 12 civilians in Atareb on Monday. The monitor said the raids were carried out by "
     "either Russian or Syrian warplanes.", "unknown"),
    # an attack that is not the one told before tells nothing of it
    ("A car bomb killed 20 people in Raqqa on Monday. Russian jets carried out air strikes near Palmyra.", "unknown"),
])
def test_who_did_it_told_in_the_next_sentence(text: str, want: str) -> None:
    assert one(text).perpetrator == want


def test_a_bomb_dropped_from_the_air_is_an_air_strike() -> None:
    assert one("A woman and her son died after an aerial bomb hit their home in Douma.").event_type == "airstrike"


# --- killing by gas and by the knife (en9) ----------------------------------------------------
@pytest.mark.parametrize("text,event,agent,low", [
    # the verb of gassing names the chemical attack by itself, and its subject is the agent
    ("Regime forces gassed the town of Douma on Saturday, killing 40 people.", "chemical", "syrian_gov", 40),
    # cutting the throat is an execution, and the one who did it is its subject
    ("Activists said IS militants slit the throats of 33 young men near the town.", "massacre", "isis", 33),
    # the government's air force under its full name
    ("The Syrian Arab Air Force killed more than 100 militants in strikes near Salamiyah.",
     "airstrike", "syrian_gov", 100),
])
def test_gas_knife_and_air_force(text: str, event: str, agent: str, low: int) -> None:
    c = one(text)
    assert (c.event_type, c.perpetrator, c.figures[0].kind, c.figures[0].low) == (event, agent, "killed", low)


def test_gas_as_a_noun_is_no_attack_and_no_count() -> None:
    # "gas" alone is fuel, not a weapon; and the noun before "victims" counts no one
    c = one("Gas prices rose in the town on Saturday after 20 people were killed.")
    assert c.event_type != "chemical"
    assert claims("Doctors say these are typical symptoms of nerve gas victims.") == []


def test_blaming_someone_for_an_attack_names_its_agent() -> None:
    c = one("The foreign minister blamed regime forces for the air strike that killed 14 civilians "
            "in the town of Saraqeb on Monday.")
    assert c.perpetrator == "syrian_gov"


def test_the_subject_of_a_clause_of_time_did_the_attack() -> None:
    # the main clause's subject counts the dead; the one after "when" set off the bomb
    c = one("About 30 government soldiers were killed when rebels set off a bomb under a checkpoint "
            "near Maarat al-Numan.")
    assert (c.perpetrator, c.victims) == ("opposition", "syrian_gov")


@pytest.mark.parametrize("text", [
    "Turkish jets struck militant positions on Friday after the killing of four Turkish soldiers.",
    "Government artillery shelled the town on Sunday in retaliation for the killing of 12 soldiers.",
])
def test_a_death_the_main_clause_answers_does_not_take_its_attack_or_day(text: str) -> None:
    c = one(text)
    assert c.event_type == "other"
    assert c.date is None


def test_a_death_in_an_adjunct_takes_its_own_attack() -> None:
    c = one("Turkish artillery shelled Kurdish positions on Friday in response to the deaths of three "
            "Turkish soldiers in a roadside bombing.")
    assert c.event_type == "bombing"
    assert c.date is None


# en22: a large toll its sentence dates to one day is that day's, not a total
@pytest.mark.parametrize("text", [
    "Government troops killed 180 Islamic State militants near the Shaer gas field on Sunday, a military source said.",
    "At least 160 villagers were killed in a series of air strikes on the hamlet around dawn on Tuesday, activists said.",
])
def test_a_large_toll_of_one_named_day_is_an_incident(text: str) -> None:
    c = one(text)
    assert c.scope == "incident"
    assert c.figures[0].low in (160, 180)


@pytest.mark.parametrize("text", [
    # two days named: a period
    "The rights group said 240 people were killed from Friday March 3 to Friday March 17 in the province.",
    # a running total that rose on a day
    "The death toll from the offensive on the eastern districts reached 310 on Monday, the monitor said.",
    # a vague count of a campaign
    "Hundreds of people have been killed as jets pounded the eastern districts on Monday, the monitor said.",
])
def test_a_large_toll_over_days_stays_a_total(text: str) -> None:
    assert all(c.scope == "cumulative" for c in claims(text))


# en22: "another" before a singular person counts one more person
@pytest.mark.parametrize("text,want", [
    ("Another woman was killed by sniper fire in the old quarter, residents said.", [("killed", "women", 1)]),
    ("Nine civilians died in the market and another man was killed at a checkpoint outside the town.",
     [("killed", "civilians", 9), ("killed", "civilians", 1)]),
    ("Another farmer and a girl were killed when a mine went off near the village.",
     [("killed", "civilians", 1), ("killed", "children", 1)]),
    # "another" before a number is no one person: the number counts
    ("Another 14 people were wounded in the blast near the mosque.", [("injured", "unspecified", 14)]),
])
def test_another_before_one_person_counts_one(text: str, want: list[tuple]) -> None:
    assert [(k, g, lo) for k, g, lo, _hi, _q in figs(text)] == want


# en22: a list of single people before one verb counts each of them
@pytest.mark.parametrize("text,want", [
    # one by one, commas between
    ("A farmer, a teacher and a nurse were killed when the shell hit the square.",
     [("killed", "civilians", 1)] * 3),
    # "and" before a noun with no "a" of its own: the first one's determiner is its too
    ("A girl and infant were killed when the barrel bomb hit their street.",
     [("killed", "children", 1), ("killed", "children", 1)]),
    ("Her husband and eldest son were killed in the raid on the village.",
     [("killed", "unspecified", 1), ("killed", "unspecified", 1)]),
])
def test_a_list_of_single_people_counts_each(text: str, want: list[tuple]) -> None:
    (c,) = claims(text)
    assert [(f.kind, f.group, f.low) for f in c.figures] == want


def test_a_listed_person_figure_spans_its_own_words() -> None:
    (c,) = claims("A woman and young boy were killed in the shelling of the market.")
    assert [(f.group, f.span.text if f.span else None) for f in c.figures][1][0] == "children"
    assert c.figures[1].span is not None and "boy" in c.figures[1].span.text


# en22: "it said", "he said" after the figure stand for the claimant named just before
def test_it_said_after_the_toll_is_the_claimant_named_before() -> None:
    cs = claims("The Observatory said four people were killed in Saraqeb on Monday. "
                "Two more were killed in the nearby village of Sarmin, it said.")
    assert [(c.claimant, c.claimant_text) for c in cs] == [("sohr", "The Observatory"), ("sohr", "it")]


def test_he_said_after_a_quote_is_the_person_named_before() -> None:
    cs = claims('Rami Abdel Rahman said the raids hit a bakery in Idlib. '
                '"At least nine people were killed including three children" he said.')
    assert [c.claimant for c in cs] == ["sohr"]


def test_a_pronoun_far_from_any_claimant_stays_the_outlets() -> None:
    cs = claims("The Observatory said four people were killed in Saraqeb on Monday. "
                "Rebels shelled the city on Tuesday. Schools were closed across the province. "
                '"Six people were killed in the market" he said.')
    assert [c.claimant for c in cs] == ["sohr", "outlet"]


def test_a_pronoun_with_a_name_the_lexicon_lacks_refers_to_that_name() -> None:
    # the sentence names its own speaker: "he" is that speaker, not the monitor named before
    cs = claims("The Observatory said four people were killed in Saraqeb on Monday. "
                "Warplanes struck the town with gas this morning said Khaled Haddad head of the health "
                "authority adding that the attack had killed 11 people and the clinics are full he told reporters.")
    assert [c.claimant for c in cs] == ["sohr", "other"]


def test_he_said_after_a_speaker_outside_the_lexicon_is_that_speaker() -> None:
    cs = claims("Eleven people died in the gas attack, Khaled Haddad told AFP. "
                '"Three of them were children" he said.')
    assert {(c.claimant, c.claimant_text) for c in cs} == {("other", "Khaled Haddad")}


def test_its_is_no_pronoun_of_saying() -> None:
    cs = claims("The Observatory said four people were killed in Saraqeb on Monday. "
                "A spokesman for the hospital said a strike hit its courtyard killing 14 people.")
    assert cs[1].claimant != "sohr"


# en22: claimants known by post or relaying agency, and SANA's reporters
@pytest.mark.parametrize("text,want", [
    ("Three civilians were killed when a shell hit the market in Jableh, an official source said.",
     ("unnamed", "an official source")),
    ("A car bomb killed 12 people at a checkpoint near Azaz on Friday, an official said.", ("unnamed", "an official")),
    ("Nine soldiers were killed in an ambush near Palmyra, Press TV reported.", ("unnamed", "Press TV")),
    ("SANAs reporter said a rocket shell killed two children in the Midan neighbourhood.", ("sana", "SANAs")),
    ("Four people were killed in the shelling of the village, a local official said.",
     ("local_sources", "a local official")),
    ("Six fighters were killed in the clashes, according to the Britain-based watchdog.",
     ("sohr", "the Britain-based watchdog")),
])
def test_claimants_by_post_or_agency(text: str, want: tuple) -> None:
    c = one(text)
    assert (c.claimant, c.claimant_text) == want


# en22: one person who speaks right after being named is a speaker, not one of the dead
@pytest.mark.parametrize("text", [
    "Eight people were killed when the shell hit the bakery, one medic told AFP.",
    "Eight people were killed when the shell hit the bakery, one resident of the village said.",
])
def test_one_person_speaking_is_no_casualty(text: str) -> None:
    assert [(k, g, lo) for k, g, lo, _hi, _q in figs(text)] == [("killed", "unspecified", 8)]


def test_one_person_killed_then_a_speaker_still_counts() -> None:
    assert [(k, g, lo) for k, g, lo, _hi, _q in figs("A soldier was killed near Daraa, the army said.")] == \
        [("killed", "combatants", 1)]


# en22: a bomber named by his vehicle is a bombing; "previous bombings" are other attacks
def test_a_motorcycle_bomber_is_a_bombing() -> None:
    c = one("A motorcycle bomber killed at least 11 civilians outside a market in Qamishli on Sunday.")
    assert c.event_type == "bombing"
    assert c.provenance["event_type"].span.text == "motorcycle bomber"


def test_an_agent_of_previous_attacks_is_not_the_leads() -> None:
    cs = claims("A car bomber killed nine people at a checkpoint in Azaz on Sunday. It was not clear who "
                "carried out the attack but the Islamic State group has claimed previous bombings in the town.")
    assert cs[0].event_type == "bombing"
    assert cs[0].perpetrator == "unknown"


# en22: a person's name right before a verb of saying is an unlisted claimant
@pytest.mark.parametrize("text,name", [
    ("Director of the Idlib Health Directorate Samir Haddad said that four people were killed in Saraqeb.",
     "Samir Haddad"),
    ("Nine people were killed in the gas attack on the town, Kurdish official Ahmad Sino said on Monday.",
     "Ahmad Sino"),
])
def test_a_name_before_said_is_an_unlisted_claimant(text: str, name: str) -> None:
    c = one(text)
    assert c.claimant == "other" and c.claimant_text.endswith(name)
    assert "Idlib" not in c.claimant_text  # (a place before the name is not the speaker's name)


def test_a_place_before_said_is_no_claimant() -> None:
    c = one("Five people were killed in Eastern Ghouta said the source.")
    assert c.claimant != "other"


def test_a_listed_speaker_placed_at_a_named_body_speaks() -> None:
    c = one("A source at the Homs Police Command said that two civilians were killed in the blast.")
    assert (c.claimant, c.claimant_text) == ("unnamed", "A source")


def test_a_sentence_opening_it_said_goes_on_with_the_last_speaker_however_far() -> None:
    cs = claims("The Observatory said five people were killed in Douma on Monday. Rebels shelled the "
                "town of Harasta on Tuesday. It also reported three more people killed in Harasta.")
    assert [c.claimant for c in cs] == ["sohr", "sohr"]


def test_the_reporter_refers_back_to_the_agency_named_before() -> None:
    cs = claims("SANA reporter said two civilians were killed in Deir Ezzor. "
                "The reporter added that three more people were killed in al-Joura.")
    assert [(c.claimant, c.claimant_text) for c in cs] == [("sana", "SANA reporter"), ("sana", "The reporter")]


@pytest.mark.parametrize("text,want", [
    ("At least 12 civilians were killed in the shelling of the market, Orient News reported.",
     ("unnamed", "Orient News")),
    # the last words of the article: the verb ends the text
    ("Ten people were killed in a car bomb attack in Homs, Samir Haddad said.", ("other", "Samir Haddad")),
])
def test_a_medium_or_person_named_before_its_verb(text: str, want: tuple) -> None:
    c = one(text)
    assert (c.claimant, c.claimant_text) == want


# en22: the Russian state as the subject of saying
def test_russia_said_is_a_russian_official_claim() -> None:
    c = one("Russia said on Friday its air strikes had killed 30 militants near Palmyra.")
    assert (c.claimant, c.claimant_text) == ("russia_official", "Russia")


def test_a_moscow_dateline_is_no_claimant() -> None:
    c = one("MOSCOW (Sputnik) At least 14 civilians were killed in the shelling of Aleppo, Syrian state TV reported.")
    assert c.claimant != "russia_official"


# an execution told in the present ("execute", "executes", as headlines write it) is one, not a
# fight: three or more fighters killed with no attack named would otherwise read as clashes
def test_an_execution_told_in_the_present_is_a_massacre():
    (c,) = claims("Militants execute 20 captured soldiers in Raqqa.")
    assert c.event_type == "massacre"
    assert c.provenance["event_type"].span.text.lower() == "execute"


# en25: dying later of the attack's wounds is a death, with no injured count
@pytest.mark.parametrize("text,want,span", [
    ("Two boys succumbed to their wounds in Idlib on Sunday.", ("killed", "children", 2),
     "Two boys succumbed to their wounds"),
    ("An old woman succumbed to her injuries in hospital in Daraa.", ("killed", "women", 1),
     "An old woman succumbed to her injuries"),
])
def test_succumbed_to_wounds_is_killed(text: str, want: tuple, span: str) -> None:
    c = one(text)
    assert [(f.kind, f.group, f.low) for f in c.figures] == [want]
    assert c.provenance["victims"].span.text == span


# en25: one clause per fate: people right after a passive verb of death with a verb of their own
# ("... was killed, a child was wounded", also with the comma stripped) are that verb's
@pytest.mark.parametrize("text", [
    "A policeman was killed, a boy was wounded in the blast.",
    "A policeman was killed a boy was wounded in the blast.",
])
def test_a_clause_per_fate(text: str) -> None:
    assert [(f[0], f[1], f[2]) for f in figs(text)] == [("killed", "combatants", 1), ("injured", "children", 1)]


def test_a_share_of_the_dead_after_a_passive_stays_dead() -> None:
    got = [(f[0], f[1], f[2]) for f in figs("Three persons were killed a woman among them and four others got injured.")]
    assert ("killed", "women", 1) in got and ("injured", "women", 1) not in got


# en25: a toll naming no attack is of the definite attack the next sentence opens on: its kind,
# or the side it names
def test_the_attack_told_next_types_the_toll() -> None:
    c = one("Nine people died in the town on Friday. The air strike hit a crowded bakery.")
    assert c.event_type == "airstrike"
    assert c.provenance["event_type"].span.text == "air strike"


def test_the_side_the_attack_told_next_names() -> None:
    c = one("Nine people died in the town on Friday. The raids were carried out by Russian warplanes.")
    assert c.perpetrator == "russia"
    assert "Russian" in c.provenance["perpetrator"].span.text


def test_an_attack_told_in_another_paragraph_is_not_the_tolls() -> None:
    c = one("Nine people died in the town on Friday.\n\nThe air strike on the bakery was condemned.")
    assert c.event_type == "other"


# en25: the Kurdish forces by their other names (Asayesh, YPJ, the PYD, "Kurdish units")
@pytest.mark.parametrize("who,span", [
    ("Asayesh gunmen", "Asayesh"),
    ("Kurdish units", "Kurdish units"),
    ("YPJ fighters", "YPJ"),
])
def test_kurdish_forces_other_names(who: str, span: str) -> None:
    c = one(f"{who} shot dead four civilians at a checkpoint near Qamishli.")
    assert c.perpetrator == "sdf"
    assert c.provenance["perpetrator"].span.text == span


# en25: the attack heading the subject of an active verb of killing is what killed them, not an
# attack told after the count
def test_the_subject_attack_of_the_killing_verb() -> None:
    c = one("Rocket fire on the old market killed 14 people as the militants launched an offensive.")
    assert c.event_type == "shelling"
    assert c.provenance["event_type"].span.text.startswith("Rocket")


def test_a_passive_toll_keeps_the_attack_after_it() -> None:
    c = one("Fourteen people were killed in an air strike on the old market.")
    assert c.event_type == "airstrike"


# en25: the agent of a passive told after counted people whose words run on before their verb
def test_passive_agent_after_a_long_subject() -> None:
    c = one("Eleven villagers of the valley were killed by regime forces on Monday.")
    assert c.perpetrator == "syrian_gov"
    assert c.provenance["perpetrator"].span.text == "regime forces"


def test_by_inside_the_subject_is_no_agent_of_the_killing() -> None:
    c = one("Eleven residents of a town held by rebels were killed on Monday.")
    assert c.perpetrator == "unknown"


# en25: a place's people ("residents") are a source only by a verb of saying, never by being named
def test_residents_counted_are_no_claimant() -> None:
    c = one("Shelling on the market killed nine residents of the old quarter.")
    assert c.claimant == "outlet"


def test_residents_who_say_are_the_claimant() -> None:
    c = one("Residents said shelling on the market killed nine people.")
    assert (c.claimant, c.claimant_text) == ("local_sources", "Residents")


# en26: a side's air force after its name (possessive, no apostrophe in stripped copy) types the
# attack it makes as an air strike, though the longest name of the side ends before it
@pytest.mark.parametrize("who", ["The Assad regimes air force", "President Bashar al-Assads air force",
                                 "The armys air force"])
def test_a_sides_air_force_attacks_from_the_air(who: str) -> None:
    c = one(f"{who} attacked a busy bakery in Saraqib on Tuesday, killing 14 people.")
    assert c.event_type == "airstrike"
    assert c.perpetrator == "syrian_gov"
    assert "air force" not in c.provenance["perpetrator"].span.text


def test_a_sides_troops_still_only_attack() -> None:
    c = one("Government troops attacked the village of Kansafra on Tuesday, killing 14 fighters.")
    assert c.event_type != "airstrike"


# en26: an attack told as how long before the deaths came ("hours after", "a day after") is an
# earlier attack, not what killed the people counted before it
def test_hours_after_an_attack_is_not_its_toll() -> None:
    first, second = claims("Nine people were killed in Harasta on Monday, only hours after a reported gas "
                           "attack left 30 dead in Zamalka.")
    assert first.event_type == "other"
    assert "event_type" not in first.provenance
    assert second.event_type == "chemical"
    assert second.provenance["event_type"].span.text == "gas attack"


def test_killed_after_an_attack_is_its_toll() -> None:
    c = one("Nine people died in Harasta on Monday after an air strike hit their building.")
    assert c.event_type == "airstrike"
    assert c.provenance["event_type"].span.text == "air strike"


def test_in_the_days_after_is_the_time_they_fell_in() -> None:
    c = one("Nine soldiers died near Harasta in the days after the assault on the base.")
    assert c.event_type != "other"


# en26: a rebel group named "Army of ..." written with "the" is that group, not "the army"
@pytest.mark.parametrize("group", ["the Army of Conquest", "the Army of Islam"])
def test_the_army_of_a_rebel_group_is_no_state_army(group: str) -> None:
    c = one(f"Fighters of {group} shelled the village of Nubl on Monday, killing four people.")
    assert c.perpetrator == "opposition"
    assert c.provenance["perpetrator"].span.text == group


# en26: a verb of killing joined by "and" to a deed of war that is no attack (destroying,
# capturing) shares that verb's subject
@pytest.mark.parametrize("text, side, span", [
    ("The Syrian Arab Air Force destroyed an arms depot near Sukhnah and killed 40 militants.",
     "syrian_gov", "Syrian Arab Air Force"),
    ("Rebels captured two hills near Morek and killed 12 soldiers.", "opposition", "Rebels"),
])
def test_killing_shares_the_subject_of_a_deed_before_it(text: str, side: str, span: str) -> None:
    c = one(text)
    assert c.perpetrator == side
    assert c.provenance["perpetrator"].span.text == span


def test_an_attack_word_subject_still_leaves_the_agent_unknown() -> None:
    c = one("The strikes destroyed a school in Ariha and killed 12 people.")
    assert c.perpetrator == "unknown"


# en26: a word naming no kind of attack with its own agent ("in rebel fire") is another attack
# than one told before by another side, and does not take its kind
def test_rebel_fire_after_regime_barrel_bombs_is_not_an_air_strike() -> None:
    first, second = claims("Government helicopters dropped barrel bombs on Bab al-Nayrab, killing 15 civilians. "
                           "Eight civilians were killed on Thursday in rebel fire on the west of Aleppo.")
    assert first.event_type == "airstrike"
    assert second.event_type == "other"
    assert second.perpetrator == "opposition"
    assert second.provenance["perpetrator"].span.text == "rebel"


# en26: "similar attacks" is another attack of the kind told just before
def test_similar_attacks_take_the_kind_told_before() -> None:
    first, second = claims("Twelve civilians were killed when Russian jets raided the village of Kafr Nabl on "
                           "Monday. Five civilians were also killed in similar attacks on the town of Maarat al-Numan.")
    assert first.event_type == second.event_type == "airstrike"
    assert second.place.name == "Maarat al-Numan"


def test_attacks_alone_after_an_air_raid_keep_their_own_reading() -> None:
    c = claims("Twelve civilians were killed when Russian jets raided the village of Kafr Nabl on "
               "Monday. Five soldiers were killed in attacks by rebels on the town of Morek.")[1]
    assert c.event_type == "clashes"


# en26: a headline ending on a place noun runs on into the first sentence, capitalised ("town
# After ..."): the function word is no town's name
@pytest.mark.parametrize("word", ["After", "As", "Amid", "Tags"])
def test_a_capitalised_function_word_after_a_place_noun_is_no_place(word: str) -> None:
    c = one(f"Nine dead as jihadists attack Syria Kurd town {word} Kurdish militia expelled them.")
    assert c.place.name != word
    assert c.provenance["place"].span.text != word


# en26: the long names of IS written with "the" are read whole, not cut at "the Islamic State"
def test_the_islamic_state_of_iraq_and_the_levant_is_read_whole() -> None:
    c = one("Seventy rebels were killed in clashes with the Islamic State of Iraq and the Levant near Mayadin.")
    assert c.perpetrator == "isis"
    assert c.provenance["perpetrator"].span.text == "the Islamic State of Iraq and the Levant"


# en26: a country after "the border with" only says which border: the toll stays in Syria
def test_the_border_with_iraq_is_no_place_of_the_killing() -> None:
    c = one("Daesh killed 33 young men in eastern Syria close to the border with Iraq, activists said.")
    assert c.place.name == "Syria"
    assert c.provenance["place"].span.text == "Syria"


# en26: where a speaker talks or a body meets is no place of the deaths told there
@pytest.mark.parametrize("venue", ["an emergency meeting of the U.N. Security Council in New York",
                                   "a news conference in Ankara"])
def test_a_venue_is_no_place_of_the_toll(venue: str) -> None:
    c = one(f"The death toll of 300 from the attack was raised at {venue}.")
    assert c.place.name is None
    assert "place" not in c.provenance


# en26: "one of rebel-held Idlib's markets" counts no rebel
def test_one_of_a_held_place_counts_no_fighter() -> None:
    c = one("At least nine people were killed when bombs hit one of rebel-held Idlib's busiest markets.")
    assert [(f.kind, f.group, f.low) for f in c.figures] == [("killed", "unspecified", 9)]
    assert c.victims != "opposition"


# fig27: one person killed "and N others wounded": the others are N (he is no wounded), of no group said
def test_one_killed_and_others_wounded_counts_the_others_alone() -> None:
    c = one("A rebel was killed and two others wounded in clashes with government forces in Idlib.")
    assert [(f.kind, f.group, f.low, f.text) for f in c.figures] == [
        ("killed", "combatants", 1, "A rebel was killed"), ("injured", "unspecified", 2, "two others wounded")]
    c = one("One civilian was killed and 13 others were injured in shelling on Douma.")
    assert [(f.kind, f.group, f.low) for f in c.figures] == [("killed", "civilians", 1), ("injured", "unspecified", 13)]


# fig27: a count, "of" and a plural person noun with no determiner counts those people
def test_a_count_of_bare_plural_people_counts_them() -> None:
    c = one("Army units killed about a hundred of militants near Palmyra on Sunday.")
    assert [(f.kind, f.group, f.low, f.qualifier, f.text) for f in c.figures] == [
        ("killed", "combatants", 100, "about", "killed about a hundred of militants")]


# fig27: the verb after a vague count ("tens of others injured") is that count's, not the one before
def test_a_toll_in_addition_to_a_vague_count_of_wounded_stays_the_dead() -> None:
    c = one("The death toll from the shelling on the city rose to 20 people in addition to tens of others injured.")
    assert [(f.kind, f.low, f.text) for f in c.figures] == [
        ("killed", 20, "20 people"), ("injured", 20, "tens of others injured")]


# fig27: a relative clause of the counted people ("who were ...") may stand before their verb
def test_the_verb_past_the_counted_people_s_relative_clause() -> None:
    c = one("Nine members of the medical staff who were working in the clinic were also killed in the raid.")
    assert [(f.kind, f.low) for f in c.figures] == [("killed", 9)]
    assert c.figures[0].text.startswith("Nine members")


# fig27: a sub-count of ranks "of its" own fighters inside a toll of fighters is no figure of its own
def test_commanders_of_its_own_inside_a_toll_of_fighters_are_not_counted_apart() -> None:
    c = one("An air strike killed 49 militants including seven of its field commanders in the province on Thursday.")
    assert [(f.kind, f.group, f.low) for f in c.figures] == [("killed", "combatants", 49)]
    assert c.scope == "incident"


# en27: a reporter's noun the figure reads as its people ("five medics were killed") is the dead, not who told
def test_reporters_counted_inside_the_figure_are_the_dead_not_the_claimant() -> None:
    c = one("Four medics were killed and a nurse was wounded when a rocket hit a clinic near Idlib on Monday.")
    assert c.claimant == "outlet"
    assert [(f.kind, f.group, f.low, f.text) for f in c.figures][0] == ("killed", "civilians", 4, "Four medics were killed")
    c = one("Three journalists were killed in an air strike on the town on Monday.")
    assert c.claimant == "outlet"
    # a source run on after the figure with no comma still speaks
    c = one("Shelling on the town killed at least 15 people a monitoring group said.")
    assert c.claimant == "sohr"


# en27: a description set after a body's name ("X another monitoring group says") is that body's: it speaks
def test_a_description_after_a_named_body_leaves_the_body_the_claimant() -> None:
    c = one("The Local Coordination Committees another opposition monitoring group says shelling killed 14 people in Douma.")
    assert (c.claimant, c.claimant_text) == ("other", "The Local Coordination Committees")
    c = one("The Syrian Observatory for Human Rights, a Britain-based monitoring group, said 11 people were killed in Idlib.")
    assert (c.claimant, c.claimant_text) == ("sohr", "Syrian Observatory for Human Rights")


# en27: a named side with a lower-case particle ("al-Nusra Front") between a count and its noun: fighters
def test_a_side_named_with_a_particle_before_the_counted_members_makes_them_combatants() -> None:
    c = one("Government troops killed 25 al-Nusra Front members in an ambush near Daraa on Monday.")
    assert [(f.kind, f.group, f.low, f.text) for f in c.figures] == [
        ("killed", "combatants", 25, "killed 25 al-Nusra Front members")]


# en27: a lead that names only a part of Syria ("in eastern Syria") is placed at the town named as "the town of X" after it
def test_a_part_of_syria_is_placed_at_the_town_the_next_sentence_names() -> None:
    c = claims("Gunmen killed 20 young men in eastern Syria close to the Iraqi border. The Observatory said the men "
               "were shot near the town of Mayadeen on Wednesday.")[0]
    assert (c.place.name, c.place.governorate) == ("Mayadeen", "deir_ez_zor")
    assert c.provenance["place"].span.text == "Mayadeen"
    # a part of the country told in two governorates later is left at the country
    c = claims("Air strikes killed 35 militants in northern and northeastern Syria overnight. The Observatory said 30 "
               "were killed around the town of Shadadi in Hasakeh province and five near the town of Kobane in Aleppo province.")[0]
    assert c.place.governorate == "unknown"


# en27: "the source" refers back to the source told before by no name ("a source at the police command told SANA")
def test_the_source_refers_back_to_the_unnamed_source_told_before() -> None:
    cs = claims("A source at the police command told SANA that a rocket hit a park in Aleppo. The source added that "
                "rocket shells fired on the Midan neighbourhood killed three civilians.")
    c = next(c for c in cs if any(f.low == 3 for f in c.figures))
    assert (c.claimant, c.claimant_text) == ("unnamed", "The source")


# en27: a same-group sub-count of ranks past a side's name ("one of al-Nusra leaders") is no figure of its own
def test_a_rank_sub_count_past_a_side_s_name_is_not_counted_apart() -> None:
    c = one("Twenty militants were killed including one of al-Nusra leaders near Hama on Friday.")
    assert [(f.kind, f.group, f.low) for f in c.figures] == [("killed", "combatants", 20)]


# en27: a town the gazetteer lacks, told "the village of <Name> in <X> province" after a lead in a part of Syria: X
def test_an_unlisted_village_told_with_its_province_places_the_lead_there() -> None:
    c = claims("A suicide bomber struck a wedding party in northeast Syria on Monday killing 30 people. The bomber "
               "blew himself up in the village of Qarat Zubair in Hasakeh province.")[0]
    assert (c.place.name, c.place.governorate) == ("Hasakeh", "hasakah")


# The Local Coordination Committees are "other" by the codebook (named institutions outside its
# list), as in the Arabic pack; "put the toll ... at" with words between still makes them speak
def test_the_local_coordination_committees_are_other_and_speak_when_they_put_the_toll() -> None:
    c = one("Air strikes hit the market in Idlib on Sunday. The Local Coordination Committees put the toll in the city at 45 dead.")
    assert (c.claimant, c.claimant_text) == ("other", "The Local Coordination Committees")
    assert [(f.kind, f.low) for f in c.figures] == [("killed", 45)]


# en28: a toll placed only in Syria takes the town where a claim of its own event tells the same toll again
def test_a_toll_placed_in_syria_takes_the_place_of_its_retelling() -> None:
    lead = ("Air raids on villages in northern Syria killed at least 40 civilians on Tuesday, activists said. "
            "Residents blamed the coalition for the raids. The villages lie near the rebel stronghold of Manbij. "
            "The Observatory said 25 civilians were killed. ")
    c = claims(lead + "The Anadolu Agency put the toll at 40.")[0]
    assert (c.place.name, c.place.governorate) == ("Manbij", "aleppo")
    assert (c.provenance["place"].source, c.provenance["place"].span.text) == ("event", "Manbij")
    # no other claim tells the same toll: the lead stays in the country
    c = claims(lead + "The Anadolu Agency put the toll at 31.")[0]
    assert (c.place.name, c.place.governorate) == ("Syria", "unknown")


# en28: a title's toll told again by a claimant only after another toll of the story stays the outlet's own claim
def test_a_title_toll_retold_after_another_toll_stays_the_titles_own_claim() -> None:
    title = "Army kills 40 terrorists in Hama"
    cs = claims(title + "\nArmy units retook the village of Tal Salma in Homs countryside on Sunday. Air strikes on the "
                "village left many terrorists dead. In Hama, army units repelled an attack on military posts. A military "
                "source said the clashes ended with the death of 40 terrorists.", title=title)
    assert [(c.claimant, c.evidence.text[:16], [(f.kind, f.low) for f in c.figures]) for c in cs] == [
        ("outlet", "Army kills 40 te", [("killed", 40)]), ("outlet", "Air strikes on t", [("killed", 1)]),
        ("syria_army", "A military sourc", [("killed", 40)])]
    # told again right after the title: one claim, the claimant's
    cs = claims(title + "\nA military source said army units killed 40 terrorists in clashes near Hama on Sunday. Air "
                "strikes elsewhere left many terrorists dead.", title=title)
    assert [(c.claimant, [(f.kind, f.low) for f in c.figures]) for c in cs][0] == ("syria_army", [("killed", 40)])


# en28: "lives" counts the dead only after a verb that took them ("claimed 20 lives"), not "saved thousands of lives"
def test_lives_a_verb_took_are_the_dead() -> None:
    c = one("Air strikes on the market in Idlib claimed 20 lives on Monday.")
    assert [(f.kind, f.group, f.low, f.text) for f in c.figures] == [("killed", "unspecified", 20, "20 lives")]
    c = one("The war has cost more than 300000 lives since 2011.")
    assert [(f.kind, f.low, f.qualifier) for f in c.figures] == [("killed", 300000, "more_than")]
    assert claims("Rescue workers have saved thousands of lives in Aleppo since 2013.") == []
    assert claims("Too many lives have been lost in this war.") == []


# After "said" a preposition or "that" opens the circumstances, never an unlisted speaker's name
def test_a_preposition_after_said_is_no_speakers_name() -> None:
    c = one("A committee monitoring the truce said in a statement on Thursday that shelling killed 15 people in Aleppo.")
    assert c.claimant_text != "in" and not (c.claimant_text or "").startswith("in ")
    assert [(f.kind, f.low) for f in c.figures] == [("killed", 15)]


# The Russian ceasefire centre at Hmeimim speaks for the Defence Ministry, under either of its names
def test_the_russian_coordination_centre_is_the_defence_ministry() -> None:
    c = one("The Russian Coordination Center said five people were killed when shells hit Aleppo.")
    assert (c.claimant, c.claimant_text) == ("russia_mod", "Russian Coordination Center")


# en29: "the city" / "the town" with no name points back to the town last named; "the town of X", a
# place told as a town for "the city", do not
def test_the_city_points_back_to_the_town_last_named() -> None:
    cs = claims("Government jets bombed the northern city of Manbij on Friday. Since Tuesday fighting between "
                "the two sides has shaken the city leaving 14 civilians dead a monitor said.")
    c = next(c for c in cs if any(f.low == 14 for f in c.figures))
    assert (c.scope, c.place.name, c.place.governorate) == ("cumulative", "Manbij", "aleppo")
    assert c.provenance["place"].span.text == "Manbij"
    cs = claims("Rebel shells hit the Bab Touma area of Damascus on Friday killing two people. Four people were "
                "wounded on Saturday when a mortar round hit a square in the centre of the city.")
    assert [(c.place.name, c.place.governorate) for c in cs] == [("Bab Touma", "damascus"), ("Damascus", "damascus")]
    # a town named after its noun is its own place, not the town before
    cs = claims("Rebel shells hit the Bab Touma area of Damascus on Friday killing two people. Four people were "
                "wounded on Saturday when a mortar round hit the town of Kafr Batna.")
    assert cs[1].place.name == "Kafr Batna"
    # a place told as a town is not "the city"
    c = one("Air raids hit Saraqeb town on Monday. Since Sunday shelling on the city has killed 30 people a monitor said.")
    assert c.place is None or c.place.name != "Saraqeb"


# en29: an adverb or auxiliary between an unlisted speaker and its verb is no part of its name
def test_an_adverb_before_said_is_not_in_the_speakers_name() -> None:
    for text in ("The Health Ministry also said that a car bomb killed 5 people in Homs.",
                 "The Health Ministry later reported that a car bomb killed 5 people in Homs.",
                 "The Health Ministry had earlier said that a car bomb killed 5 people in Homs."):
        c = one(text)
        assert (c.claimant, c.claimant_text) == ("other", "The Health Ministry")
        assert [(f.kind, f.low) for f in c.figures] == [("killed", 5)]


# en30: "after X killed Y" — a clause of its own, whose death is another event than the main clause's
def test_a_killing_after_which_the_main_event_fell_is_its_own_event() -> None:
    cs = claims("Army shelling of the town killed 31 people on Saturday after suspected rebels killed a "
                "captured army pilot.")
    shelled = next(c for c in cs if any(f.low == 31 for f in c.figures))
    pilot = next(c for c in cs if any(f.low == 1 for f in c.figures))
    assert shelled is not pilot and [f.low for f in pilot.figures] == [1]
    assert (shelled.event_type, pilot.event_type) == ("shelling", "other")
    assert pilot.victims == "syrian_gov" and pilot.figures[0].text == "a captured army pilot"
    # an attack named as that clause's subject is the figure's own event
    c = one("Aid resumed on Wednesday days after a car bomb killed more than 20 people in Aleppo.")
    assert c.event_type != "other"


# en30: the place where attackers are "positioned"/"stationed" is their ground, not where the dead fell
def test_a_place_the_attackers_are_positioned_in_is_not_the_claims() -> None:
    c = one("Gunmen positioned in the Eastern Ghouta fired shells on a market killing a woman in Damascus.")
    assert (c.place.name, c.place.governorate) == ("Damascus", "damascus") and span(c, "place") == "Damascus"
    c = one("Terrorists stationed in Douma fired rockets on a school killing three children.")
    assert c.place is None or c.place.name != "Douma"
    # a place the shelling fell on is still read
    c = one("Rebels shelled the Eastern Ghouta killing five people.")
    assert c.place is not None and c.place.governorate == "rif_dimashq"


# en30: an unlisted body's name told before its verb may link capitalised words with "of"/"for"
def test_a_bodys_name_with_of_or_for_before_said() -> None:
    c = one("The Syrian Institute of Justice said it had documented 270 civilians killed in Aleppo.")
    assert (c.claimant, c.claimant_text) == ("other", "The Syrian Institute of Justice")
    c = one("The Syrian Center for Policy Research said 270 civilians were killed in Aleppo.")
    assert (c.claimant, c.claimant_text) == ("other", "The Syrian Center for Policy Research")
    # a listed body keeps its code; a lower-case word before "of" opens no name
    c = one("The Syrian Observatory for Human Rights said 270 civilians were killed in Aleppo.")
    assert c.claimant == "sohr"
