"""Figures on unseen text (issue 8): the dead and the wounded one claimant counts side by
side in one sentence are one claim, though a relative verb of the attack was read as an
event of its own."""

from __future__ import annotations

from rasd.core.models import Article
from rasd.extract import extract


def claims(text: str, published: str = "2024-03-14"):
    return extract(Article(id="t", text=text, published=published))


def _kinds(c):
    return sorted(f.kind for f in c.figures)


def test_killed_and_wounded_of_one_blast_are_one_claim():
    text = ("وقالت وزارة الداخلية إن الانفجار الذي استهدف سوقا شعبيا في مدينة حمص أسفر عن مقتل "
            "17 شخصا، بالإضافة إلى 40 جريحا.")
    cs = claims(text)
    assert len(cs) == 1
    assert _kinds(cs[0]) == ["injured", "killed"]
    assert cs[0].event_type == "bombing"


def test_two_attacks_told_in_one_sentence_stay_two_claims():
    text = "قتل خمسة مدنيين في غارة جوية على سرمين، فيما أصيب ثلاثة آخرون في قصف مدفعي على بنش."
    assert len(claims(text)) == 2
