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


_BODY = ("قال المرصد السوري لحقوق الإنسان إن 12 مدنيا قتلوا في قصف جوي على بلدة في ريف إدلب.\n"
         "وأضاف المرصد أن القصف استهدف سوقا شعبيا وسط البلدة صباح اليوم.\n"
         "ولم تعلق الحكومة على هذه الأنباء حتى الآن.\n")


def test_other_stories_headlines_listed_on_the_page_are_no_claims():
    text = _BODY + ("مقتل 30 جنديا في هجوم على حاجز قرب حماة\n"
                    "اعتقال 5 أشخاص بتهمة تهريب السلاح عبر الحدود\n"
                    "وكان المرصد قد أحصى في وقت سابق مقتل أكثر من 40 شخصا في المحافظة.\n")
    figs = {f.low for c in claims(text) for f in c.figures}
    assert 12 in figs and 40 in figs
    assert not figs & {30, 5}


def test_a_single_line_without_a_stop_is_still_read():
    text = _BODY + "مقتل 30 جنديا في هجوم على حاجز قرب حماة\nوقال مصدر عسكري إن الهجوم وقع فجرا.\n"
    assert 30 in {f.low for c in claims(text) for f in c.figures}
