"""Who killed and how, in English: the agent of a verb of killing or of a light verb, the
subject a joined verb or a pronoun shares, and the means a figure's own verb or "with" names.
Every sentence is written for these tests."""

from __future__ import annotations

import pytest

from rasd.core.models import Article, Claim
from rasd.extract import extract


def one(text: str) -> Claim:
    cs = extract(Article(id="t", text=text, published="2016-05-04", lang="en"))
    assert cs, text
    return cs[0]


@pytest.mark.parametrize("text,event,agent", [
    # beheading and murder are killing by their subject, whose name may end in a head noun
    ("Islamic State fighters beheaded nine soldiers near the dam on Sunday.", "massacre", "isis"),
    ("ISIS militants murdered 14 shepherds outside the village.", None, "isis"),
    # a verb of executing names the kind of a toll however large, placed or not
    ("Daesh executed 250 tribesmen in the desert town, the monitor said.", "massacre", "isis"),
    # the means after "with"
    ("Activists accused regime forces of killing some 600 people with poison gas on Wednesday.",
     "chemical", "syrian_gov"),
    ("Government troops killed 11 villagers with chlorine on Friday.", "chemical", "syrian_gov"),
    # light verbs of committing and using: their subject is the agent
    ("Regime forces committed a massacre in the farming village, where 31 people were killed.",
     "massacre", "syrian_gov"),
    ("ISIL used chemical weapons against Kurdish fighters east of the city, killing 8 of them.",
     "chemical", "isis"),
    # a verb of killing joined to the verb before it shares its subject
    ("Regime troops stormed the hamlet at dawn and executed 16 men.", "massacre", "syrian_gov"),
    # "they" stands for the one side named before it as subject
    ("After government forces withdrew from the area, they executed 9 men by shooting.",
     "massacre", "syrian_gov"),
    # the romanisations of a faction's name vary
    ("Six people were killed when Jaysh al-Islam fired rockets on the old city.", "shelling",
     "opposition"),
])
def test_agent_and_means(text: str, event: str | None, agent: str) -> None:
    c = one(text)
    assert c.perpetrator == agent
    if event is not None:
        assert c.event_type == event


@pytest.mark.parametrize("text", [
    # two sides named before the pronoun: it stands for neither
    "After rebels took the town from regime forces, they executed 12 soldiers.",
    # a choice of agents names none
    "The raid was carried out by either Russian or Syrian jets; it killed 10 people.",
])
def test_no_agent_where_the_text_names_none(text: str) -> None:
    assert one(text).perpetrator == "unknown"


@pytest.mark.parametrize("text", [
    # a chemical agent named before the weapon that carried it
    "Chlorine barrel bombs killed seven civilians in the town on Sunday.",
    "Regime aircraft dropped chemical bombs on the village, killing 15 people.",
    # dying of the lack of air
    "Four children died of asphyxiation in the eastern suburbs, medics said.",
])
def test_chemical_means(text: str) -> None:
    assert one(text).event_type == "chemical"


@pytest.mark.parametrize("text,agent", [
    # a participle or a passive relative set off by commas names the agent after "by"
    ("The strike, carried out by Turkish warplanes, killed 8 villagers.", "turkey"),
    ("The raids, which were carried out by Russian jets, killed 14 people in the town.", "russia"),
    # the name of a side before a word for aircraft that names none is whose aircraft they are
    ("At least 13 people were killed in raids carried out by US-led coalition jets.", "coalition"),
    ("US-led coalition warplanes killed 17 people in the village.", "coalition"),
])
def test_agent_apart_and_modified(text: str, agent: str) -> None:
    assert one(text).perpetrator == agent


def test_the_oppositions_political_body_is_no_armed_actor() -> None:
    c = one("The Syrian National Coalition condemned the bombing that hit the market in the town. "
            "At least six civilians were killed in the attack.")
    assert c.perpetrator == "unknown"
    assert c.event_type == "bombing"


def test_the_side_fought_beats_an_agent_from_another_clause() -> None:
    c = one("Eighteen rebel fighters were killed in clashes with Islamic State jihadists near the "
            "border town, where Turkish-backed groups launched an offensive last week.")
    assert c.perpetrator == "isis"


@pytest.mark.parametrize("text,event,agent", [
    # a state's bombs fall from its aircraft
    ("Regime bombing killed 16 people in the besieged district.", "airstrike", "syrian_gov"),
    ("Four children were killed by regime bombs in the eastern suburbs.", "airstrike", "syrian_gov"),
    ("Bombs dropped by Russian jets killed 23 people in the market.", "airstrike", "russia"),
    # a bomb set off on the ground stays a bombing
    ("Rebels detonated a car bomb at the checkpoint, killing 12 soldiers.", "bombing", "opposition"),
    # the owner written before a weapon is its user
    ("Three people were killed by rebel rockets in the old city.", "shelling", "opposition"),
])
def test_whose_bombs_and_shells(text: str, event: str, agent: str) -> None:
    c = one(text)
    assert (c.event_type, c.perpetrator) == (event, agent)


def test_a_lead_attack_of_no_kind_is_the_kind_told_later_there() -> None:
    text = ("The attack in Idlib province claimed the lives of at least 31 children, the agency said "
            "on Thursday. Opposition groups said on Tuesday that some 70 people were killed in a "
            "chemical attack in Idlib province.")
    c = one(text)
    assert c.event_type == "chemical"
    assert "chemical" in c.provenance["event_type"].span.text


@pytest.mark.parametrize("text,agent", [
    ("Islamic State retaliated by executing 20 men in the village.", "isis"),
    ("The rebels answered the siege by killing 11 soldiers at the checkpoint.", "opposition"),
])
def test_killing_as_the_means_of_the_subjects_act(text: str, agent: str) -> None:
    assert one(text).perpetrator == agent


def test_a_passive_agent_told_far_after_a_long_subject() -> None:
    c = one("An air strike killed 13 civilians in the province on Sunday, the monitor said. It said the "
            "strike on the hamlet of Tell Qarah near the river was believed to have been carried out "
            "by Russian planes.")
    assert c.perpetrator == "russia"


@pytest.mark.parametrize("text", [
    "An air strike killed 13 civilians in the province on Sunday. It was unclear whether the strike "
    "on the market of the town had been carried out by Syrian warplanes or by Russian ones.",
    "An air strike killed 13 civilians in the province on Sunday. The strike on the market of the "
    "old town was carried out by Syrian warplanes or Russian ones, the monitor said.",
])
def test_a_passive_agent_in_doubt_is_none(text: str) -> None:
    assert one(text).perpetrator == "unknown"


@pytest.mark.parametrize("text,agent", [
    ("The Syrian army said its troops killed 41 militants east of the city.", "syrian_gov"),
    ("Islamic State said its fighters killed 30 soldiers near the airport.", "isis"),
    # two sides before "their": whose forces is not said
    ("The rebels and the army both said their forces killed 20 men.", "unknown"),
])
def test_a_sides_own_forces(text: str, agent: str) -> None:
    assert one(text).perpetrator == agent


@pytest.mark.parametrize("text,agent,span", [
    ("Assad's air force struck the town on Monday, killing 12 civilians.", "syrian_gov", "Assad's air force"),
    ("Assads warplanes struck the town on Monday, killing 12 civilians.", "syrian_gov", "Assads warplanes"),
    ("The regime's jets struck the town on Monday, killing 12 civilians.", "syrian_gov", "The regime's jets"),
])
def test_the_ruler_or_the_regime_with_a_word_for_aircraft_is_an_air_strike(text: str, agent: str,
                                                                           span: str) -> None:
    c = one(text)
    assert (c.event_type, c.perpetrator) == ("airstrike", agent)
    got = c.provenance["perpetrator"].span
    assert (got.text, text[got.start:got.end]) == (span, span)
