"""The frame of a count that goes on from a total told the sentence before (issue 8, frame14):
it counts over that total's attacks, side and place, unless its own sentence names them.
Sentences written for these tests."""

from __future__ import annotations

from rasd.core.models import Article
from rasd.extract import extract


def claims(text: str):
    return extract(Article(id="t", text=text, published="2024-03-14"))


_TOTAL = ("ومنذ بدء قوات النظام تصعيدها على مدينة معرة النعمان في 5 آذار الذي تسبب بمقتل 430 مدنيا، "
          "لم تسلم المدارس ولا المخابز من القصف.\n")


def test_a_count_going_on_from_a_total_takes_its_side_and_place():
    cs = claims(_TOTAL + "ووفق منظمة الصحة العالمية، تضرر 12 مركزا صحيا للقصف، وقتل سبعة من عمال الإغاثة.")
    total, count = cs[0], cs[-1]
    assert total.scope == count.scope == "cumulative"
    assert total.perpetrator == "syrian_gov" and total.place.governorate == "idlib"
    assert count.perpetrator == "syrian_gov"
    assert count.place.name == total.place.name and count.place.governorate == "idlib"
    # inherited, and said to be: the evidence is the total's words, read from the sentence before
    assert count.provenance["perpetrator"].source == "previous"
    assert count.provenance["perpetrator"].span.text == total.provenance["perpetrator"].span.text
    assert count.provenance["place"].source == "previous"


def test_a_count_that_names_its_own_place_keeps_it():
    cs = claims(_TOTAL + "ووفق منظمة الصحة العالمية، قتل سبعة من عمال الإغاثة في مدينة حلب.")
    count = cs[-1]
    assert count.place.governorate == "aleppo"
    assert count.provenance["place"].source != "previous"


def test_a_count_of_its_own_attack_is_not_the_totals():
    cs = claims(_TOTAL + "وأفادت مصادر محلية بمقتل ثلاثة أشخاص في انفجار سيارة مفخخة في مدينة حلب.")
    count = cs[-1]
    assert count.event_type == "bombing"
    assert count.provenance.get("perpetrator") is None or count.provenance["perpetrator"].source != "previous"
