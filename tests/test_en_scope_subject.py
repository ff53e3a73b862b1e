"""English: a large toll of one attack stays that attack's (the attack as subject of its verb,
"the death toll from the bombing", a sub-count aside between a count and its verb); a home
dateline places nothing; sides named after "members of" with their modifiers; sites named
after gas are no gas attacks. Every sentence is written for these tests."""

from __future__ import annotations

import pytest

from rasd.core.models import Article, Claim
from rasd.extract import extract

PUB = "2019-03-11"


def claims(text: str) -> list[Claim]:
    return extract(Article(id="t", text=text, published=PUB, lang="en"))


def first_killed(text: str) -> Claim:
    return next(c for c in claims(text) if any(f.kind == "killed" for f in c.figures))


# -- one attack's large toll is an incident, typed by that attack --------------------------------
@pytest.mark.parametrize("text,event", [
    ("A truck bomb killed at least 150 people in the town of Azaz on Sunday.", "bombing"),
    ("The chemical attack on the town of Douma on Saturday killed more than 180 people.", "chemical"),
    ("An air strike on a crowded market in Atareb has killed 160 civilians, rescuers said.", "airstrike"),
    ("The death toll from the suicide bombing in Jableh rose to 170 on Tuesday.", "bombing"),
    ("The toll of the car bomb attack on the evacuation buses has risen to 155, a monitor said.", "bombing"),
    ("At least 150 people, including 30 children, were killed in an air strike on a market in Douma.",
     "airstrike"),
])
def test_large_toll_of_one_attack(text: str, event: str) -> None:
    c = first_killed(text)
    assert (c.scope, c.event_type) == ("incident", event)


def test_campaign_toll_placed_only_in_the_country_stays_a_total() -> None:
    c = first_killed("US-led air strikes against the Islamic State have killed over 900 people in Syria.")
    assert c.scope == "cumulative"
    assert c.event_type == "airstrike"  # still says what killed them


def test_verb_of_another_clause_is_not_the_attacks() -> None:
    # the subject of "killed" is the forces, not the clashes of the other clause
    c = first_killed("Clashes erupted near the town as government forces killed 200 rebels.")
    assert c.scope == "cumulative"


def test_the_attack_told_before_types_the_toll_it_is_subject_of() -> None:
    text = ("Government forces launched a chemical attack on Ghouta on August 21. "
            "Washington says the attack killed more than 1400 people.")
    c = next(c for c in claims(text) if any(f.low == 1400 for f in c.figures))
    assert c.event_type == "chemical"


# -- a dateline in the home country says where the reporter files from ------------------------
def test_home_dateline_places_nothing() -> None:
    c = first_killed("DAMASCUS, Syria (AP) — Government warplanes struck rebel-held areas on Monday, "
                     "killing 12 people, activists said.")
    assert c.place.name != "Damascus" and c.place.governorate != "damascus"


def test_home_dateline_yields_to_the_place_of_the_attack() -> None:
    c = first_killed("ALEPPO, Syria (AP) — An air strike on a market in the town of Saraqeb killed 9 people "
                     "on Monday, activists said.")
    assert c.place.name == "Saraqeb"


# -- "members of pro-government militias": the side after modifiers ---------------------------
@pytest.mark.parametrize("text,group", [
    ("Ten members of pro-government militias were killed in an ambush near Salamiyah.", "combatants"),
    ("Six members of the Syrian security forces were killed in a bombing in Homs.", "combatants"),
    ("Eight members of the Free Syrian Army were killed in the shelling.", "combatants"),
    ("Three members of the same family were killed in shelling on Douma.", "civilians"),
])
def test_side_after_members_of(text: str, group: str) -> None:
    assert first_killed(text).figures[0].group == group


# -- a site named after gas is no gas attack --------------------------------------------------
@pytest.mark.parametrize("text,event", [
    ("Seven people were killed by air strikes targeting a gas station in Mayadeen.", "airstrike"),
    ("Forty soldiers were killed in the attack on the Shaer gas field east of Homs.", "clashes"),
    ("A gas attack on the town of Latamneh killed 12 people.", "chemical"),
])
def test_gas_sites_are_not_gas_attacks(text: str, event: str) -> None:
    assert first_killed(text).event_type == event


def test_long_side_name_after_members_of() -> None:
    c = first_killed("Ten members of the Kurdish-led Syrian Democratic Forces were killed in a car bomb.")
    assert (c.figures[0].group, c.victims) == ("combatants", "sdf")


# -- a count of attacks is no count of the dead -----------------------------------------------
@pytest.mark.parametrize("text,want", [
    ("Ten people were killed in three air strikes on the town.", [("killed", 10, "exact")]),
    ("Seven fighters were killed in at least five coalition air strikes on their bases.",
     [("killed", 7, "exact")]),
    ("Three suicide bombers killed at least two people near the police headquarters.",
     [("killed", 2, "at_least")]),
    ("Mortar shells killed 5 people and wounded at least 50 in the capital.",
     [("killed", 5, "exact"), ("injured", 50, "at_least")]),
])
def test_count_of_attacks_is_not_a_toll(text: str, want: list[tuple]) -> None:
    got = [(f.kind, f.low, f.qualifier) for c in claims(text) for f in c.figures]
    assert got == want


def test_shells_that_fell_are_not_the_dead() -> None:
    text = ("Terrorists fired four mortar shells at the city; one shell hit the roof of a house "
            "while three others fell in the next street, injuring two people.")
    assert not any(f.kind == "killed" for c in claims(text) for f in c.figures)
    assert any(f.kind == "injured" and f.low == 2 for c in claims(text) for f in c.figures)


def test_the_dead_that_fell_as_martyrs_are_counted() -> None:
    c = first_killed("Four civilians fell martyrs when a rocket struck the market in Jaramana.")
    assert (c.figures[0].kind, c.figures[0].low) == ("killed", 4)
