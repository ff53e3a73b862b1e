"""English wire-style casualty sentences (issue 8: the held-out set is Arabic and English):
the wounded a hospital took in, a relative's count joined to one person after a verb of
killing, and armed men named by their post. Every sentence is written for these tests in the
style of agency copy (AP, Reuters, AFP, monitor releases)."""

from __future__ import annotations

import pytest

from rasd.core.models import Article, Claim
from rasd.extract import extract

PUB = "2018-02-20"


def claims(text: str) -> list[Claim]:
    return extract(Article(id="t", text=text, published=PUB, lang="en"))


def figs(text: str) -> list[tuple]:
    """(kind, group, low) of every figure of the text, in reading order."""
    return [(f.kind, f.group, f.low) for c in claims(text) for f in c.figures]


# -- those taken into hospital are wounded, not dead ------------------------------------------
@pytest.mark.parametrize("text,want", [
    ("Two soldiers were killed and five others were hospitalized after mortar shells hit their post in Jobar.",
     [("killed", "combatants", 2), ("injured", "unspecified", 5)]),
    ("Shelling killed six people and more than 10 residents have been hospitalised, a doctor said.",
     [("killed", "unspecified", 6), ("injured", "civilians", 10)]),
    ("At least 40 people were hospitalised with breathing problems after the gas attack on the town.",
     [("injured", "unspecified", 40)]),
    ("A boy was killed and his mother was hospitalized when the shell struck their street in Aleppo.",
     [("killed", "children", 1), ("injured", "women", 1)]),
])
def test_hospitalised_are_wounded(text: str, want: list[tuple]) -> None:
    assert figs(text) == want


# -- "killed a woman and her two children": the relatives are counted too --------------------
@pytest.mark.parametrize("text,want", [
    ("Regime shelling on Douma killed a woman and her two children, rescuers said.",
     [("killed", "women", 1), ("killed", "children", 2)]),
    ("A coalition raid on the village killed two women and their seven children, the monitor said.",
     [("killed", "women", 2), ("killed", "children", 7)]),
    ("Gunmen shot dead a local official and his three brothers in Daraa province on Sunday.",
     [("killed", "unspecified", 1), ("killed", "unspecified", 3)]),
    # the passive was read before; it stays as it was
    ("A man and his three children were killed in an air strike on Ariha.",
     [("killed", "civilians", 1), ("killed", "children", 3)]),
])
def test_relatives_joined_after_a_verb_of_killing(text: str, want: list[tuple]) -> None:
    assert figs(text) == want


def test_relatives_joined_are_the_same_attack() -> None:
    cs = claims("Regime shelling on Douma killed a woman and her two children, rescuers said.")
    assert {c.event_type for c in cs} == {"shelling"}
    assert {c.victims for c in cs} == {"civilians"}


# -- armed men named by their post -------------------------------------------------------------
@pytest.mark.parametrize("text,group", [
    ("Two Russian pilots were killed when their helicopter was shot down over Idlib.", "combatants"),
    ("The strike on the convoy killed 12 bodyguards of the rebel leader, the monitor said.", "combatants"),
    ("Eight government commandos died in the assault on the airbase, state media said.", "combatants"),
    ("A coalition strike killed 12 Nusra Front field commanders, the ministry said.", "combatants"),
    ("An emir was killed in a drone strike near Raqqa on Tuesday, activists said.", "combatants"),
])
def test_armed_posts_are_combatants(text: str, group: str) -> None:
    assert [(f.kind, f.group) for c in claims(text) for f in c.figures][:1] == [("killed", group)]


def test_field_commanders_counted_within_a_toll() -> None:
    cs = claims("A Russian air strike killed 49 militants including seven of its field commanders in Idlib.")
    assert [(f.kind, f.group, f.low) for c in cs for f in c.figures] == [
        ("killed", "combatants", 49)]  # codebook: a same-group sub-count (commanders) gets no figure


# -- rules that must not fire -------------------------------------------------------------------
@pytest.mark.parametrize("text,want", [
    # "his" before a count that is no person's relative of the one before: not joined
    ("The army said it killed 30 militants and seized their weapons near Hama.",
     [("killed", "combatants", 30)]),
    # civilians stay civilians; "field" alone names no one
    ("Air strikes killed 14 civilians working in the fields near Maarat al-Numan.",
     [("killed", "civilians", 14)]),
])
def test_wire_sentences_unchanged(text: str, want: list[tuple]) -> None:
    assert figs(text) == want


# -- one person told with an age before the noun ----------------------------------------------
@pytest.mark.parametrize("text,want", [
    ("A sniper killed a 10-year-old boy in the besieged town, activists said.", [("killed", "children", 1)]),
    ("An eight-year-old girl was killed when a shell hit her school in Daraa.", [("killed", "children", 1)]),
    ("A 70-year-old man was shot dead at a checkpoint near Deir Ezzor.", [("killed", "civilians", 1)]),
    ("Rebel mortar fire wounded a 35-year-old woman in the Old City, state media said.",
     [("injured", "women", 1)]),
    # an age of something else: no person is counted by it
    ("A 20-minute barrage killed five people in the market, the monitor said.",
     [("killed", "unspecified", 5)]),
])
def test_one_person_with_an_age(text: str, want: list[tuple]) -> None:
    assert figs(text) == want


# -- gas victims counted as cases; police counted as a plural ---------------------------------
@pytest.mark.parametrize("text,want", [
    ("Doctors treated 60 suffocation cases after the chlorine attack on the town, a medical charity said.",
     [("injured", "unspecified", 60)]),
    ("The shelling caused 25 cases of asphyxiation among residents, state media said.",
     [("injured", "unspecified", 25)]),
    ("Five police were killed and 12 wounded when a car bomb exploded in Azaz.",
     [("killed", "combatants", 5), ("injured", "unspecified", 12)]),
    # what belongs to the police counts nobody
    ("Gunmen stormed three police stations, killing two policemen, the interior ministry said.",
     [("killed", "combatants", 2)]),
])
def test_cases_and_police(text: str, want: list[tuple]) -> None:
    assert figs(text) == want


def test_suffocation_cases_are_a_chemical_attack() -> None:
    cs = claims("Doctors treated 60 suffocation cases after the chlorine attack on the town, a medical charity said.")
    assert [c.event_type for c in cs] == ["chemical"]


# -- "the number of ... rose to N": a toll ----------------------------------------------------
@pytest.mark.parametrize("text,want", [
    ("The number of people killed by the Turkish shelling on the village rose to 11, among them 4 children.",
     [("killed", "unspecified", 11), ("killed", "children", 4)]),
    ("The number of dead in the market bombing has risen to 27, a local official said.",
     [("killed", "unspecified", 27)]),
    ("The number of wounded in the market bombing has risen to 60, a doctor said.",
     [("injured", "unspecified", 60)]),
    # a superlative ranks the toll: "one" counts no one
    ("The monitor said the number of deaths was one of the highest daily tolls for the group.", []),
    # ... but "one of" a person's rank is one person
    ("The strike killed one of the highest-ranking commanders of the group, the monitor said.",
     [("killed", "unspecified", 1)]),
])
def test_number_of_the_dead_rose_to(text: str, want: list[tuple]) -> None:
    assert figs(text) == want


@pytest.mark.parametrize("text", [
    "A landmine left by the Islamic State group killed four shepherds near Palmyra on Friday.",
    "A mine blast killed 12 truffle hunters in the desert east of Hama, the monitor said.",
    "Gunmen shot dead two employees of the local council in Daraa.",
])
def test_people_at_work_are_civilians(text: str) -> None:
    cs = claims(text)
    assert [f.group for c in cs for f in c.figures] == ["civilians"]
    assert [c.victims for c in cs] == ["civilians"]


# -- the next sentence's first word names no side of the figure before ----------------------
@pytest.mark.parametrize("text", [
    "Shelling of central Damascus left six people dead and more than 10 wounded. MOSCOW (Sputnik) "
    "Six people were killed in the shelling on Sunday, a hospital source said.",
    "Air strikes on the market in Atareb killed 21 people. Russia denied that its jets had flown over the town.",
])
def test_side_not_read_across_a_sentence(text: str) -> None:
    assert "russia" not in [c.victims for c in claims(text)]


def test_side_after_the_count_within_its_sentence() -> None:
    cs = claims("The ambush killed 12 fighters of the Islamic State group near Mayadin, the monitor said.")
    assert [c.victims for c in cs] == ["isis"]


# -- killed by the hand; the held who died -----------------------------------------------------
@pytest.mark.parametrize("text,want", [
    ("Gunmen stabbed to death three men at a checkpoint near Raqqa, activists said.", [("killed", "unspecified", 3)]),
    ("Eight people were beaten to death by militiamen in the village, the monitor said.",
     [("killed", "unspecified", 8)]),
    ("Four people were burned alive when the attackers set fire to their house.", [("killed", "unspecified", 4)]),
    # people held, then what befell them: the verb after says they died
    ("Six detainees were tortured to death in a government prison, the monitor said.",
     [("killed", "unspecified", 6)]),
    ("Nine prisoners were killed when the jail was shelled, state media said.", [("killed", "unspecified", 9)]),
    # ... and a verb of holding keeps them held
    ("The group abducted 15 villagers and held them in a school, residents said.",
     [("detained", "civilians", 15)]),
    ("The strikes killed three first responders and two doctors, the rescue service said.",
     [("killed", "civilians", 3), ("killed", "civilians", 2)]),
])
def test_killed_by_hand_and_the_held(text: str, want: list[tuple]) -> None:
    assert figs(text) == want


# -- aircraft the report cannot put a side to ------------------------------------------------
@pytest.mark.parametrize("text", [
    "Unidentified warplanes killed 12 civilians in a village in Idlib province, the monitor said.",
    "Air strikes by unidentified aircraft killed nine people at a market in Ariha, rescuers said.",
])
def test_unidentified_aircraft_are_nobodys(text: str) -> None:
    cs = claims(text)
    assert [(c.event_type, c.perpetrator) for c in cs] == [("airstrike", "unknown")]


def test_warplanes_named_alone_stay_the_governments() -> None:
    cs = claims("Warplanes killed 12 civilians in a village in Idlib province, the monitor said.")
    assert [(c.event_type, c.perpetrator) for c in cs] == [("airstrike", "syrian_gov")]


# -- a massacre is typed by who committed it and with what --------------------------------------
@pytest.mark.parametrize("text,event", [
    ("Russian warplanes committed a massacre in the town, killing 23 civilians, the opposition said.", "airstrike"),
    ("The coalition condemned the massacre carried out by regime warplanes, which killed 23 civilians.",
     "airstrike"),
    # by men on the ground it stays a massacre
    ("Pro-government militiamen committed a massacre in the village, killing 23 civilians.", "massacre"),
    ("Islamic State militants committed a massacre in the village, killing 23 civilians.", "massacre"),
    ("The massacre in the village left 23 civilians dead, activists said.", "massacre"),
])
def test_massacre_typed_by_its_agent(text: str, event: str) -> None:
    assert [c.event_type for c in claims(text)] == [event]


# -- ranges and vague counts of translated copy ------------------------------------------------
@pytest.mark.parametrize("text,want", [
    ("The army said 40 to 50 militants were killed in the assault on the hill.",
     [("killed", "combatants", 40, 50, "about")]),
    ("Twenty to thirty people were killed in the raids on the market, residents said.",
     [("killed", "unspecified", 20, 30, "about")]),
    # "from 8 to 31": an update, only the new toll stands
    ("The death toll from the car bomb rose from 8 to 31, the monitor said.",
     [("killed", "unspecified", 31, 31, "exact")]),
    ("Half a dozen children were killed when the shell hit their school.",
     [("killed", "children", 6, 6, "exact")]),
    ("Tens of civilians were killed in the raids on the eastern neighbourhoods, state media said.",
     [("killed", "civilians", 20, 99, "dozens")]),
])
def test_ranges_and_vague_counts(text: str, want: list[tuple]) -> None:
    assert [(f.kind, f.group, f.low, f.high, f.qualifier) for c in claims(text) for f in c.figures] == want


# -- "were among the ...": the wounded or the dead, as the words after say ----------------------
@pytest.mark.parametrize("text,want", [
    ("The Red Crescent said three of its volunteers were among the wounded.", [("injured", "civilians", 3)]),
    ("Three women were among the 30 people wounded in the shelling of the market.",
     [("injured", "women", 3), ("injured", "unspecified", 30)]),
    ("Nine children were among the 40 people killed in the coalition raid, activists said.",
     [("killed", "children", 9), ("killed", "unspecified", 40)]),
    ("A child was among the 12 people killed when the car bomb went off.",
     [("killed", "children", 1), ("killed", "unspecified", 12)]),
])
def test_among_the_toll_after(text: str, want: list[tuple]) -> None:
    assert figs(text) == want


@pytest.mark.parametrize("text,want", [
    ("Air strikes killed 20 people in the town. Among the dead were six children, the monitor said.",
     [("killed", "unspecified", 20), ("killed", "children", 6)]),
    ("Among the dead were three children and a woman, the civil defence said.",
     [("killed", "children", 3), ("killed", "women", 1)]),
    ("Among the wounded were five children, a doctor at the hospital said.", [("injured", "children", 5)]),
])
def test_among_the_dead_were(text: str, want: list[tuple]) -> None:
    assert figs(text) == want


# -- where people came from is not where they were killed ---------------------------------------
def test_evacuees_from_a_town_are_placed_where_they_were_hit() -> None:
    cs = claims("A car bomb killed 126 evacuees from the besieged towns of Fuaa and Kafraya at a transit point "
                "west of Aleppo on Saturday, the monitor said.")
    assert [c.place.governorate for c in cs] == ["aleppo"]


def test_displaced_from_a_province_do_not_place_the_attack_there() -> None:
    cs = claims("A suicide bomber killed 40 displaced people from Idlib at a camp, the monitor said.")
    assert [c.place.governorate for c in cs] == ["unknown"]


def test_a_town_after_in_still_places_the_attack() -> None:
    cs = claims("Shelling killed 12 displaced people in Idlib city, the monitor said.")
    assert [c.place.governorate for c in cs] == ["idlib"]


# -- copy that lost its commas: a participle with its own count is that count's verb ------------
@pytest.mark.parametrize("text,want", [
    ("Shelling killed 5 injured 12 in Aleppo on Sunday", [("killed", "unspecified", 5), ("injured", "unspecified", 12)]),
    ("Kurds kill 83 injured 100 ISIS fighters near Afrin", [("killed", "unspecified", 83), ("injured", "combatants", 100)]),
    # the participle with no count after it is still the noun of the count before
    ("6 citizens killed 22 injured in attacks with shells on Damascus",
     [("killed", "civilians", 6), ("injured", "unspecified", 22)]),
    ("Shelling on the town left 12 wounded, the hospital said.", [("injured", "unspecified", 12)]),
])
def test_participle_of_the_count_after(text: str, want: list[tuple]) -> None:
    assert figs(text) == want


@pytest.mark.parametrize("text,want", [
    # a count joined by "and" to a range after it is a figure of its own
    ("Fourteen soldiers and 20 to 25 jihadists were killed in clashes in the Hama countryside.",
     [("killed", "combatants", 14), ("killed", "combatants", 20)]),
    ("The strike killed two aid workers and a nurse at the clinic, the charity said.",
     [("killed", "civilians", 2), ("killed", "civilians", 1)]),
    ("Three civil defence volunteers were killed when a second strike hit the site.",
     [("killed", "civilians", 3)]),
])
def test_ranges_joined_and_workers(text: str, want: list[tuple]) -> None:
    assert figs(text) == want


# -- "X said it killed ...": the side that speaks of itself -------------------------------------
@pytest.mark.parametrize("text,perp", [
    ("The Syrian army said it killed dozens of terrorists in the countryside of Hama.", "syrian_gov"),
    ("The Islamic State group said it killed 40 Kurdish fighters near Hasakeh.", "isis"),
    # "it" after an attack with no side named stands for no one
    ("A car bomb exploded in the market and it killed 12 people, police said.", "unknown"),
])
def test_it_killed(text: str, perp: str) -> None:
    assert [c.perpetrator for c in claims(text)] == [perp]
