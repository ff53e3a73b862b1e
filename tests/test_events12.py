"""Event type from an attack's own words, its quoted modifiers, a noun told again, and the
lead strike of a force that fights from afar. Every sentence here is written for these tests."""

from __future__ import annotations

import pytest

from rasd.core.models import Article
from rasd.extract import extract


def claims(text: str, published: str = "2024-03-14"):
    return extract(Article(id="t", text=text, published=published))


def frame_of(text: str, at: str):
    """(event_type, perpetrator) of the claim whose first figure is the number ``at``."""
    for c in claims(text):
        if c.figures and c.figures[0].as_stated().lstrip("≥>~") == at:
            return c.event_type, c.perpetrator
    raise AssertionError(f"no claim at {at!r}")


@pytest.mark.parametrize("text,event_type", [
    # missile strikes and cruise missiles are strikes from the air or the sea
    ("قتل 20 عنصرا من الحرس الثوري في ضربات صاروخية استهدفت قاعدة جوية قرب حمص.", "airstrike"),
    ("قتل 9 جنود في الضربة الصاروخية على مطار قرب حماة فجر اليوم.", "airstrike"),
    ("قتل 6 عناصر بصواريخ كروز أطلقت على قاعدة عسكرية في ريف حمص.", "airstrike"),
    # rockets fired across a front line stay shelling
    ("قتل 4 مدنيين في قصف صاروخي على حي سكني في مدينة حلب.", "shelling"),
    # the adjective of "تفجير"
    ("قتل 40 شخصا في هجمات تفجيرية استهدفت سوقا في المدينة.", "bombing"),
    ("أصيب 12 شخصا في الهجوم التفجيري قرب المسجد الكبير.", "bombing"),
    # the three spellings of "chemical"
    ("قتل 30 مدنيا في هجوم كيمياوي على البلدة مساء السبت.", "chemical"),
    ("أصيب 15 شخصا في الهجمات الكيمياوية على المدينة.", "chemical"),
    # a chemical weapon used in an attack that names no kind of its own
    ("قالت الحكومة إن المعارضة استخدمت سلاحا كيماويا في هجوم على القرية أسفر عن مقتل 12 شخصا.",
     "chemical"),
    ("قالت الحكومة إن المعارضة استخدمت مواد كيميائية في هجوم على القرية أسفر عن مقتل 12 شخصا.",
     "chemical"),
])
def test_the_words_of_the_attack_say_what_kind(text, event_type):
    (c,) = claims(text)
    assert c.event_type == event_type


@pytest.mark.parametrize("text", [
    'قال ناشطون إن 30 شخصا قتلوا في هجوم "بالغازات السامة" على البلدة أمس.',
    'قال ناشطون إن 30 شخصا قتلوا في هجوم "كيماوي" على البلدة أمس.',
])
def test_a_modifier_in_quotes_still_types_its_attack(text):
    (c,) = claims(text)
    assert c.event_type == "chemical"


def test_a_definite_noun_repeating_an_attack_of_its_sentence_is_that_attack():
    text = "قالت منظمة إغاثة إن هجوما كيماويا استهدف البلدة مساء السبت، وأضافت أن الهجوم قتل 25 شخصا."
    (c,) = claims(text)
    assert c.event_type == "chemical"


def test_missiles_in_a_report_led_by_a_foreign_strike_are_that_strike():
    text = ("شنت طائرات التحالف الدولي غارات جوية على مواقع للتنظيم في مدينة الرقة فجر اليوم. "
            "وقال المرصد إن صواريخ استهدفت مقرا للتنظيم في المدينة ما أدى إلى مقتل 12 عنصرا.")
    event_type, _ = frame_of(text, "12")
    assert event_type == "airstrike"


def test_mortars_in_a_report_led_by_a_foreign_strike_stay_shelling():
    text = ("شنت طائرات التحالف الدولي غارات جوية على مواقع للتنظيم في مدينة الرقة فجر اليوم. "
            "وقال المرصد إن قذائف هاون سقطت على حي في المدينة ما أدى إلى مقتل 3 مدنيين.")
    event_type, _ = frame_of(text, "3")
    assert event_type == "shelling"


def test_a_foreign_army_named_by_its_nationality_is_not_syria():
    text = ("أعلنت هيئة الأركان الفرنسية أن الجيش الفرنسي لم يشن ضربات على المطار العسكري قرب تدمر. "
            "وأفاد المرصد بمقتل 14 مقاتلا على الأقل في الضربة.")
    _, perpetrator = frame_of(text, "14")
    assert perpetrator != "syrian_gov"


@pytest.mark.parametrize("text", [
    "نقل سبعة جرحى إلى المستشفى لتلقي العلاج بعد سقوط قذيفة على السوق.",
    "أصاب مسلح ثلاثة حراس بجروح قبل أن يلقى حتفه قرب البوابة.",
])
def test_receiving_or_meeting_is_no_bomb_dropped(text):
    for c in claims(text):
        assert c.event_type != "airstrike"
