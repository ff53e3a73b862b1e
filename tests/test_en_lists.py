"""English lists of counts sharing one verb, one person joined to others, and the subject of
an active verb of killing (issue 8 and the English issue). Every sentence is written for these
tests in the style of wire copy."""

from __future__ import annotations

import pytest

from rasd.core.models import Article, Claim
from rasd.extract import extract

PUB = "2017-04-06"


def claims(text: str) -> list[Claim]:
    return extract(Article(id="t", text=text, published=PUB, lang="en"))


def figs(text: str) -> list[tuple]:
    """(kind, group, low) of every figure of the text, in reading order."""
    return [(f.kind, f.group, f.low) for c in claims(text) for f in c.figures]


@pytest.mark.parametrize("text,want", [
    # two sides counted before one verb: each count is a figure of its own
    ("Shelling and street fighting left 14 civilians and 9 fighters dead in the town, the monitor said.",
     [("killed", "civilians", 14), ("killed", "combatants", 9)]),
    ("The monitor said 31 rebel fighters and 26 regime forces had been killed since the assault began.",
     [("killed", "combatants", 31), ("killed", "combatants", 26)]),
    # a sub-count aside, then the other side's count: not a part of the civilians' toll
    ("Four days of clashes have left 17 civilians - including six children - and 22 combatants dead.",
     [("killed", "civilians", 17), ("killed", "children", 6), ("killed", "combatants", 22)]),
    # the old spelling of the word in agency copy
    ("The fighting left 11 combattants dead, the Observatory said.", [("killed", "combatants", 11)]),
])
def test_counts_sharing_one_verb(text: str, want: list[tuple]) -> None:
    assert figs(text) == want


def test_two_sides_in_one_verb_are_two_claims_of_their_sides() -> None:
    cs = claims("The monitor said 31 rebel fighters and 26 regime forces had been killed in the battle for the hill.")
    assert sorted(c.victims for c in cs) == ["opposition", "syrian_gov"]


@pytest.mark.parametrize("text,want", [
    ("A mother and her four children were killed when a rocket hit their house in Hama.",
     [("killed", "women", 1), ("killed", "children", 4)]),
    ("Three women and a little girl were among the dead, rescuers said.",
     [("killed", "women", 3), ("killed", "children", 1)]),
    ("An old man and his two sons died in the bombardment of the village.",
     [("killed", "civilians", 1), ("killed", "unspecified", 2)]),
    # one person named by whose relative they are
    ("A farmer and his wife were killed when a mortar round hit their field near Hama.",
     [("killed", "civilians", 1), ("killed", "women", 1)]),
    ("A woman and her infant son were killed in the shelling, a medic said.",
     [("killed", "women", 1), ("killed", "children", 1)]),
    # the relative after a pronoun or after "one": the reader must not pass over "her"/"his"
    ("She and her son are dead, a neighbour said after the barrel bomb hit the street.",
     [("killed", "unspecified", 1)]),
    ("One mother and her baby have died after an air strike hit their home in Idlib.",
     [("killed", "women", 1), ("killed", "children", 1)]),
    ("Rebel rockets hit the district, claiming the lives of a man and his wife.",
     [("killed", "civilians", 1), ("killed", "women", 1)]),
])
def test_one_person_joined_to_a_list(text: str, want: list[tuple]) -> None:
    assert figs(text) == want


@pytest.mark.parametrize("text,want", [
    # the count before an active verb with an object killed; only the object died
    ("Four gunmen killed nine villagers at a checkpoint outside the town.", [("killed", "civilians", 9)]),
    ("Two soldiers shot dead three protesters in the square, activists said.", [("killed", "unspecified", 3)]),
    # ... but a headline's two tolls are both tolls
    ("8 civilians killed 31 injured in rocket attack on Aleppo", [("killed", "civilians", 8), ("injured", "unspecified", 31)]),
    ("12 Civilians Killed Dozens Injured in Idlib Raids", [("killed", "civilians", 12), ("injured", "unspecified", 20)]),
])
def test_subject_of_an_active_verb_is_not_a_toll(text: str, want: list[tuple]) -> None:
    assert figs(text) == want


@pytest.mark.parametrize("text", [
    "Fri Mar 11 2016 Army units killed 40 militants near the town of Palmyra.",
    "Sun Oct 2 2016 Syrian warplanes killed 40 militants near the town of Palmyra.",
])
def test_the_year_of_a_month_first_date_is_no_count(text: str) -> None:
    assert [f.low for c in claims(text) for f in c.figures] == [40]


def test_members_and_leaders_of_a_group_are_its_people() -> None:
    (c,) = claims("Eleven leaders of Ahrar al-Sham were killed in a blast at their headquarters in Idlib.")
    assert c.victims == "opposition"
    assert [(f.kind, f.low) for f in c.figures] == [("killed", 11)]


def test_women_and_children_say_whom_the_strike_killed() -> None:
    (c,) = claims("Women and children were among 19 people killed in air strikes on the town of Saraqeb.")
    assert c.victims == "civilians"


@pytest.mark.parametrize("text,want", [
    ("At least 19 people, most of them members of rebel groups, were killed when a truck bomb went off near Azaz.",
     "opposition"),
    ("A suicide bomber killed 14 people, all of them Islamic State fighters, at a checkpoint near Raqa.", "isis"),
    ("Rocket fire killed 11 people, mostly civilians, in the old city.", "civilians"),
])
def test_most_of_them_names_whose_dead(text: str, want: str) -> None:
    assert [c.victims for c in claims(text)] == [want]


def test_whose_relative_is_no_figure_without_a_death() -> None:
    assert figs("He lives with his wife in the old city, far from the front, where shelling killed 4 people.") \
        == [("killed", "unspecified", 4)]


@pytest.mark.parametrize("text,want", [
    ("The Kurdish-led SDF said four of its fighters were killed in the clashes near Manbij.",
     [("combatants", 4, "sdf")]),
    ("The army said 15 of its soldiers died when their convoy was ambushed in the desert.",
     [("combatants", 15, "syrian_gov")]),
    # the object of a killing: "its" is not read (here the target says whose dead they were)
    ("Government troops stormed the rebel position, killing seven of its fighters.",
     [("combatants", 7, "opposition")]),
    ("Six of the journalists were killed when the building collapsed.", [("civilians", 6, "civilians")]),
])
def test_some_of_its_people(text: str, want: list[tuple]) -> None:
    assert [(f.group, f.low, c.victims) for c in claims(text) for f in c.figures] == want


@pytest.mark.parametrize("text,want", [
    # an article inside a relative clause is no count that ends the search for the verb
    ("Eight people who were sheltering in a basement were killed in the raid.", [("killed", "unspecified", 8)]),
    ("A girl was killed and 14 others on a minibus were wounded when the mine went off.",
     [("killed", "children", 1), ("injured", "unspecified", 14)]),
])
def test_an_article_is_no_count(text: str, want: list[tuple]) -> None:
    assert figs(text) == want


@pytest.mark.parametrize("text,want", [
    ("Gunmen executed 21 men aged between 20 and 40 outside the village, activists said.", [("killed", "unspecified", 21)]),
    ("Children aged from three to 11 and their mothers were killed on Friday in the strikes.", []),
    ("Nine people aged 18 to 30 were killed at the checkpoint.", [("killed", "unspecified", 9)]),
    ("The raid killed 16 people, six of them under the age of 12.", [("killed", "unspecified", 16)]),
])
def test_an_age_is_no_count(text: str, want: list[tuple]) -> None:
    assert [x for x in figs(text) if x[0] == "killed" and x[1] != "children"] == want
