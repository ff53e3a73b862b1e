"""date10: days told inside a relative clause of a death (hand-written sentences)."""

from rasd.core.models import Article
from rasd.extract import extract


def _claims(text: str, published: str = "2016-05-07"):
    return extract(Article(id="t-date10", source="test", published=published, lang="ar", title="", text=text))


def _en(text: str):
    return extract(Article(id="t-date10-en", source="test", published="2016-03-02", lang="en", title="", text=text))


def test_english_unnamed_town_is_the_town_named_after_it():
    cs = _en("A suicide bomber killed 12 people at a market in a mostly Arab town in northern Syria on Tuesday. "
             "Witnesses said the blast hit the main square of the town of Manbij shortly after noon.")
    assert any(c.place.governorate == "aleppo" for c in cs)


def test_english_named_town_is_left_alone():
    cs = _en("Shelling killed 12 people in the city of Homs on Tuesday. "
             "Residents said the shells came from the direction of the town of Manbij.")
    assert {c.place.governorate for c in cs} == {"homs"}
