"""vict19: event type, perpetrator and victims on patterns seen in blind reads. Every
sentence here is written for these tests."""

from __future__ import annotations

from rasd.core.models import Article
from rasd.extract import extract


def claims(text: str, published: str = "2024-03-14"):
    return extract(Article(id="t", text=text, published=published))


def test_a_fight_referred_back_to_keeps_the_side_its_first_count_named():
    cs = claims('وقال المرصد إن 40 من جنود الجيش السوري قتلوا في مواجهات مع مسلحي "جبهة النصرة" استمرت '
                'يومين قرب البلدة.\nكما قتل في هذه المواجهات 15 من عناصر "جبهة النصرة".')
    second = next(c for c in cs if any(f.low == 15 for f in c.figures))
    assert second.victims == "hts"
    assert second.perpetrator == "syrian_gov"
    assert second.provenance["perpetrator"].source == "event"
