"""English wire and state-agency phrasings (helper en18): every sentence is written for these
tests. Each case says the pattern it guards and checks what a user sees: the figure (or the
claim attribute) and the text it was read from."""

from __future__ import annotations

from rasd.core.models import Article, Claim
from rasd.extract import extract

PUB = "2016-02-27"  # a Saturday


def claims(text: str, published: str | None = PUB) -> list[Claim]:
    return extract(Article(id="t", text=text, title=None, published=published, lang="en"))


def figs(text: str) -> list[tuple]:
    return [(f.kind, f.group, f.low, f.as_stated(), f.text) for c in claims(text) for f in c.figures]


# --- "three terrorist explosions": a count of attacks, not of people -----------------------
def test_terrorist_before_an_attack_noun_counts_attacks() -> None:
    got = figs("Four people were killed and many others were wounded in two terrorist explosions "
               "in the town.")
    assert [g[:2] for g in got] == [("killed", "unspecified"), ("injured", "unspecified")]
    assert got[0][4] == "Four people were killed"


def test_terrorist_bombings_as_subject_are_no_victims() -> None:
    got = figs("Three terrorist bombings killed 9 people in the city on Friday.")
    assert [(k, g, lo) for k, g, lo, _s, _t in got] == [("killed", "unspecified", 9)]


def test_terrorist_leaders_still_counted() -> None:
    got = figs("The army said it killed two terrorist leaders near the town.")
    assert [(k, g, lo) for k, g, lo, _s, _t in got] == [("killed", "combatants", 2)]


# --- "4 others sustained serious injuries": the injuries' adjective keeps the kind ----------
def test_sustained_serious_injuries_is_injured() -> None:
    got = figs("Three civilians were killed and 7 others sustained serious injuries in the blast.")
    assert [(k, g, lo) for k, g, lo, _s, _t in got] == [("killed", "civilians", 3), ("injured", "unspecified", 7)]
    assert got[1][4] == "7 others sustained serious injuries"


def test_suffered_minor_injuries_is_injured() -> None:
    got = figs("Two soldiers suffered minor injuries when a shell hit their post.")
    assert [(k, g, lo) for k, g, lo, _s, _t in got] == [("injured", "combatants", 2)]


# --- "47 leaders of Ahrar al-Sham": people counted "of" a named armed group are fighters -----
def test_members_of_a_named_armed_group_are_combatants() -> None:
    (c,) = claims("Twelve members of Jaish al-Islam were killed when a bomb hit their base.")
    assert [(f.kind, f.group, f.low) for f in c.figures] == [("killed", "combatants", 12)]
    assert c.victims == "opposition"
    assert c.provenance["victims"].span.text == "Jaish al-Islam"


def test_leaders_of_the_free_syrian_army_are_combatants() -> None:
    got = figs("The jihadists killed 20 leaders of the Free Syrian Army in the mountains.")
    assert [(k, g, lo) for k, g, lo, _s, _t in got] == [("killed", "combatants", 20)]


# --- "... in north Syria town Monitor AFP": a wire headline's teller is no town ---------------
def test_headline_teller_after_town_is_no_place() -> None:
    cs = claims("Air strikes kill 14 civilians in north Syria town Monitor AFP Friday 5 Feb 2016 "
                "At least 14 civilians were killed in air strikes on the rebel-held town of Atareb "
                "in Aleppo province a monitor said.")
    assert cs and all(c.place.name != "Monitor" for c in cs)
    assert cs[-1].place.name == "Atareb"


def test_unlisted_village_name_still_read() -> None:
    (c,) = claims("Shelling killed 4 people in the village of Jaroud on Friday.")
    assert c.place.name == "Jaroud"


# --- "11 troops were killed": soldiers of no named side are the state's where they fell -------
def test_troops_of_no_side_in_syria_are_the_government_s() -> None:
    (c,) = claims("Eleven troops were killed when jihadists overran an army post near Hama on Friday.")
    assert c.victims == "syrian_gov"
    assert c.provenance["victims"].span.text == "troops"


def test_a_policeman_in_a_turkish_town_is_turkey_s() -> None:
    (c,) = claims("Rockets fired from Syria hit the Turkish border town of Kilis killing one policeman.")
    assert c.victims == "turkey"


def test_troops_counted_with_militia_name_no_one_side() -> None:
    (c,) = claims("More than 30 troops and militia were killed in a counterattack near Tabqa.")
    assert c.victims == "unknown"


def test_soldiers_with_a_side_before_them_are_not_read_so() -> None:
    (c,) = claims("A suicide bomber killed six Kurdish policemen at a checkpoint in Qamishli.")
    assert c.victims == "sdf"
    assert c.provenance["victims"].span.text == "Kurdish policemen"


def test_the_soldiers_told_before_are_left_to_the_story() -> None:
    (c,) = claims("Moscow mourned the deaths of the four soldiers killed near Palmyra.")
    assert c.victims == "unknown"


# --- a gas attack's wounded: "eight others experienced breathing difficulties" ---------------
def test_breathing_difficulties_are_injured_not_killed() -> None:
    got = figs("Four people died and nine others experienced breathing difficulties after the gas "
               "shells fell.")
    assert [(k, g, lo) for k, g, lo, _s, _t in got] == [("killed", "unspecified", 4), ("injured", "unspecified", 9)]
    assert got[1][4] == "nine others experienced breathing difficulties"


def test_suffered_from_suffocation_is_injured() -> None:
    got = figs("Two civilians were killed and more than 15 others suffered from suffocation.")
    assert got[1][:3] == ("injured", "unspecified", 15)


# --- "Aleppos eastern districts": copy stripped of apostrophes glues the possessive on --------
def test_governorate_with_glued_possessive_is_read() -> None:
    (c,) = claims("Regime air strikes killed 17 civilians in Aleppos eastern districts on Friday.")
    assert (c.place.name, c.place.governorate) == ("Aleppo", "aleppo")
    assert c.place.span.text == "Aleppos"


def test_hamas_is_no_possessive_of_hama() -> None:
    (c,) = claims("Hamas officials said the air strike killed 6 people.")
    assert c.place.governorate != "hama"


# --- "X told AFP": the agency told is no claimant; X, before the verb, is ---------------------
def test_source_told_agency_is_the_claimant() -> None:
    (c,) = claims("A source at Hama Police Command told SANA that two women were killed by rocket fire.")
    assert c.claimant == "unnamed"
    assert c.claimant_text == "A source"


def test_activist_named_by_title_told_agency() -> None:
    (c,) = claims("Media activist Omar Halabi told Reuters that six people were killed in the shelling.")
    assert c.claimant == "local_sources"


def test_named_person_told_agency_is_other() -> None:
    (c,) = claims('"Our house was hit and four of us died" Khaled Omran told AFP.')
    assert (c.claimant, c.claimant_text) == ("other", "Khaled Omran")


def test_agency_saying_itself_is_still_the_claimant() -> None:
    (c,) = claims("Five people were killed in the raid, Reuters reported.")
    assert c.claimant != "outlet"


# --- "earlier this morning": a part of the day of writing ---------------------------------------
def test_this_morning_is_the_day_of_writing() -> None:
    (c,) = claims("Rockets hit a market in Douma earlier this morning killing 8 people.", published="2016-03-14")
    assert (c.date.start, c.date.end) == ("2016-03-14", "2016-03-14")
    assert c.provenance["date"].span.text == "this morning"


# --- "9 IS fighters": the capitals make "IS" the group's name, not the verb -----------------
def test_is_in_capitals_before_fighters_is_a_name() -> None:
    (c,) = claims("Kurdish forces killed 14 IS militants near Kobane on Friday.")
    assert [(f.kind, f.group, f.low) for f in c.figures] == [("killed", "combatants", 14)]
    assert c.figures[0].span.text == "killed 14 IS militants"
    assert c.victims == "isis"


# --- "the Observatory based in Britain": a claimant's seat, no event place --------------------
def test_based_in_britain_is_a_seat() -> None:
    cs = claims("Clashes raged in Daraa province on Friday. The Syrian Observatory for Human Rights "
                "based in Britain said 30 rebels were killed in the fighting.")
    assert cs and all(c.place.name != "Britain" for c in cs)
    assert cs[-1].place.governorate == "daraa"


# --- "Russias defence ministry said": a listed name with its possessive's apostrophe lost ------
def test_possessive_name_without_apostrophe_is_the_claimant() -> None:
    (c,) = claims("Russias defence ministry said its jets killed 30 militants near Palmyra.")
    assert (c.claimant, c.claimant_text) == ("russia_mod", "Russias defence ministry")


def test_syrias_army_said_is_the_army() -> None:
    (c,) = claims("Syrias army said in a statement that rebel shelling killed 12 people in Aleppo.")
    assert c.claimant == "syria_army"


# --- "after Washington accused Moscow": the capitals are sides here, not places ----------------
def test_washington_as_a_side_is_no_place() -> None:
    (c,) = claims("An attack on an aid convoy near Aleppo killed 14 civilians on Monday after "
                  "Washington accused Moscow of the strike.")
    assert (c.place.name, c.place.governorate) == ("Aleppo", "aleppo")


def test_washington_as_agent_is_the_coalition() -> None:
    (c,) = claims("Air strikes carried out by Washington and its allies killed 9 civilians in Idlib.")
    assert c.perpetrator == "coalition"
