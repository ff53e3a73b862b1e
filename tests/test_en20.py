"""English wire phrasings (helper en20): every sentence is written for these tests. Each case
says the pattern it guards and checks what a user sees: the claim's attribute and the text it
was read from."""

from __future__ import annotations

from rasd.core.models import Article, Claim
from rasd.extract import extract

PUB = "2016-02-27"  # a Saturday


def claims(text: str, published: str | None = PUB) -> list[Claim]:
    return extract(Article(id="t", text=text, title=None, published=published, lang="en"))


def span(c: Claim, attr: str) -> str | None:
    p = c.provenance.get(attr)
    return p.span.text if p is not None and p.span is not None else None


# --- "killed in rebel fire": "fire" right after an actor is that actor's attack --------------
def test_actor_fire_names_the_perpetrator() -> None:
    cs = claims("Government barrel bombs killed ten people in Aleppo on Monday, the monitor said. "
                "It also said six civilians died on Monday in rebel fire on the western part of the city.")
    six = [c for c in cs if c.figures and c.figures[0].low == 6]
    assert len(six) == 1
    assert six[0].perpetrator == "opposition"
    assert span(six[0], "perpetrator") == "rebel"


def test_fire_as_a_verb_names_no_attack() -> None:
    # "fire" after a plural noun is a verb: the agent named later for the attacks stays theirs
    cs = claims("Gunmen fire rockets at a village in Hama injuring four civilians, police said. "
                "The attacks were carried out by Jaish al-Islam.")
    assert [c.perpetrator for c in cs] == ["opposition"]


def test_set_fire_is_no_attack() -> None:
    cs = claims("An air strike set fire to a building in Idlib on Friday, killing five people.")
    assert [c.event_type for c in cs] == ["airstrike"]


# --- "on regime areas": a side right before a ground noun holds the ground hit --------------
def test_side_before_ground_noun_is_no_victim() -> None:
    cs = claims("Eleven people were killed in rebel rocket fire on regime areas of Homs, the "
                "Observatory said.")
    assert len(cs) == 1
    assert cs[0].perpetrator == "opposition"
    assert cs[0].victims != "syrian_gov"


def test_side_before_military_post_stays_victim() -> None:
    cs = claims("Rebel shelling on regime positions killed five soldiers, the Observatory said.")
    assert [c.victims for c in cs] == ["syrian_gov"]


# --- "The group also reported": the group named last before, not the outlet ----------------
def test_the_group_refers_to_the_monitor_named_before() -> None:
    cs = claims("Air strikes killed ten people in Idlib on Monday, the Syrian Observatory for Human "
                "Rights said. The group also reported six civilians were killed in Aleppo on Monday.")
    six = [c for c in cs if c.figures and c.figures[0].low == 6]
    assert [c.claimant for c in six] == ["sohr"]
    assert six[0].claimant_text == "The group"


def test_according_to_the_group() -> None:
    cs = claims("Shelling hit Douma on Friday, the Observatory said. Four people were killed in the "
                "town according to the group.")
    assert [c.claimant for c in cs] == ["sohr"]
