"""People counted by a noun with a possessive pronoun ("اثنين من عناصره", "أحد جنودها"),
and one claimant's figure told twice, read from hand-written sentences."""

import pytest

from rasd.core.models import Article
from rasd.extract import extract
from rasd.lang import pack
from helpers import claims as claims_of


def test_possessed_forms_are_generated_from_the_plural():
    forms = dict(pack("ar").possessed_people("مقاتلين"))
    assert forms["مقاتليه"] == "he" and forms["مقاتليها"] == "she" and forms["مقاتلينا"] == "we"
    assert dict(pack("ar").possessed_people("جنود"))["جنودنا"] == "we"
    assert pack("ar").possessed_people("آخر") == []  # "آخره" is "its end"
    assert pack("en").possessed_people("soldiers") == []


@pytest.mark.parametrize("sentence, count", [
    ("أكدت الجماعة سقوط ثلاثة من مسلحيها خلال المواجهات مع الجيش قرب البلدة.", 3),
    ("قال القائد الميداني إن أربعة من جنودنا قتلوا في الكمين.", 4),
    ("أقرت الحركة بمقتل اثنين من عناصرهم في الهجوم على الحاجز.", 2),
])
def test_a_possessed_people_noun_counts_its_group(sentence, count):
    figs = [f for c in claims_of(sentence) for f in c.figures]
    assert [(f.group, f.low) for f in figs] == [("combatants", count)]


def test_one_of_its_soldiers_is_one_combatant_of_the_country_named_before():
    claims = claims_of("أعلنت تركيا مساء الاثنين مقتل أحد جنودها بنيران مصدرها الأراضي السورية.")
    assert [(f.group, f.low) for f in claims[0].figures] == [("combatants", 1)]
    assert claims[0].victims == "turkey"


def test_some_of_his_fighters_are_the_party_s_dead():
    claims = claims_of("نعى حزب الله خمسة من مقاتليه سقطوا في المعارك قرب الحدود السورية اللبنانية.")
    assert claims[0].figures[0].group == "combatants"
    assert claims[0].victims == "hezbollah"


def test_a_number_told_exact_then_as_a_floor_by_one_claimant_is_one_figure():
    claims = claims_of("أفاد المرصد السوري لحقوق الإنسان بمقتل 37 مدنيا في غارات على بلدة حمورية.\n"
                       "وتسببت الغارات التي شنتها الطائرات الحربية بمقتل أكثر من 37 مدنيا في البلدة، "
                       "بحسب المرصد السوري لحقوق الإنسان.")
    figs = [f for c in claims for f in c.figures if f.kind == "killed"]
    assert len(figs) == 1 and figs[0].low == 37


@pytest.mark.parametrize("text, kind", [
    ("أعدم مسلحون 11 معتقلا في ساحة القرية صباح اليوم.", "killed"),
    ("The militants executed 9 prisoners near the old bridge on Monday.", "killed"),
    ("Security forces detained 30 protesters in the capital.", "detained"),
])
def test_people_held_counted_after_a_verb_of_killing_were_killed(text, kind):
    lang = "ar" if text[0] > "\u0600" else "en"
    claims = extract(Article(id="t", text=text, published="2024-03-14", lang=lang))
    assert [f.kind for c in claims for f in c.figures] == [kind]


def test_fallen_victims_counts_the_dead_in_english():
    claims = extract(Article(id="t", text="Nearly 700 people have fallen victims of the siege of the town since May.",
                             published="2024-03-14", lang="en"))
    assert [(f.kind, f.low) for c in claims for f in c.figures] == [("killed", 700)]
