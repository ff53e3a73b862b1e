"""Whose dead a claim counts, read from hand-written sentences."""

from rasd.core.models import Article
from rasd.extract import extract


def claims_of(text: str):
    return extract(Article(id="t", text=text, published="2024-03-14"))


def test_others_are_more_of_the_people_counted_just_before():
    claims = claims_of("قتل 12 مدنيا في غارات على بلدة سرمين.\n"
                       "وقال المرصد إن 5 آخرين قتلوا جراء قصف على قرية بنش.")
    assert [c.victims for c in claims] == ["civilians", "civilians"]
    assert claims[1].provenance["victims"].source == "previous"


def test_others_take_a_named_side_of_the_figure_before():
    claims = claims_of("قتل ستة جنود عراقيين في هجوم قرب الحدود.\n"
                       "وأكد مسؤول عراقي أن ثلاثة آخرين قتلوا في كمين قرب القائم.")
    assert claims[-1].victims == "iraq_gov"


def test_others_far_from_any_counted_side_stay_unknown():
    claims = claims_of("قتل 12 مدنيا في غارات على بلدة سرمين.\n"
                       "وشهدت المدينة اشتباكات عنيفة.\n"
                       "وتحدث ناشطون عن استمرار القصف.\n"
                       "وقال المرصد إن 5 آخرين قتلوا جراء قصف على قرية بنش.")
    assert claims[-1].victims == "unknown"
