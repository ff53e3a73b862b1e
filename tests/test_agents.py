"""Who attacked: the agent an attack's own words name. Every sentence here is written for
these tests."""

from __future__ import annotations

import pytest

from helpers import claims


@pytest.mark.parametrize("text,agent", [
    # the plural of a light verb agrees with armed men named before it
    ("مقاتلو المعارضة يواصلون قصف بلدة نبل، ما أدى إلى مقتل ثلاثة مدنيين.", "opposition"),
    ("وأفاد ناشطون بأن عناصر من جبهة النصرة يطلقون قذائف على بلدة نبل، ما أدى إلى مقتل ثلاثة مدنيين.", "hts"),
])
def test_a_plural_light_verb_takes_its_subject(text: str, agent: str) -> None:
    (c,) = claims(text)
    assert c.perpetrator == agent
    assert "perpetrator" in c.provenance


@pytest.mark.parametrize("text,agent", [
    ("قتل أربعة مدنيين بانفجار عبوة ناسفة زرعها عناصر من تنظيم داعش على طريق بلدة مارع.", "isis"),
    ("قتل تسعة جنود بانفجار سيارة مفخخة فجرها عناصر من جبهة النصرة قرب حاجز في بلدة مورك.", "hts"),
])
def test_a_weapons_relative_clause_names_who_used_it(text: str, agent: str) -> None:
    (c,) = claims(text)
    assert c.perpetrator == agent


def test_the_regime_named_by_its_president() -> None:
    (c,) = claims("وأعلنت الهيئة أن حصيلة القتلى أمس على يد قوات نظام الرئيس بشار الأسد بلغت 40 شخصا في حمص.")
    assert c.perpetrator == "syrian_gov"


@pytest.mark.parametrize("text", [
    "قتل ضابط إيراني في ريف حلب بنيران مقاتلين معارضين للنظام.",
    "قتل ضابط إيراني في ريف حلب بنيران مقاتلين معارضين لنظام الرئيس بشار الأسد.",
])
def test_whom_fighters_oppose_is_not_who_they_are(text: str) -> None:
    (c,) = claims(text)
    assert c.perpetrator == "opposition"


def test_a_scud_names_its_user() -> None:
    (c,) = claims("وأفاد ناشطون بمقتل 30 شخصا جراء سقوط صاروخ سكود على حي جبل بدرو في حلب.")
    assert c.perpetrator == "syrian_gov"
    assert c.provenance["perpetrator"].span.text == "صاروخ سكود"


def test_a_verbal_noun_with_its_subject_pronoun() -> None:
    cs = claims("خطفت جبهة النصرة خمسة مقاتلين على الأقل في ريف إدلب، بعد أيام من خطفها ثمانية "
                "مقاتلين آخرين قرب مدينة أعزاز.")
    assert [c.perpetrator for c in cs] == ["hts", "hts"]


def test_the_accused_of_a_killing_did_it() -> None:
    (c,) = claims("واتهم المتحدث باسم الهيئة قوات النظام باغتيال ثلاثة ناشطين في مدينة حمص أمس.")
    assert c.perpetrator == "syrian_gov"
    assert c.provenance["perpetrator"].span.text == "قوات النظام"


def test_who_managed_to_kill_did_it() -> None:
    (c,) = claims("وتمكنت قوات سوريا الديمقراطية من أسر مئتي عنصر من تنظيم داعش في ريف الرقة.")
    assert c.perpetrator == "sdf"
    assert c.victims == "isis"


def test_allies_named_together_are_the_side_their_leader_names() -> None:
    (c,) = claims("وقتل ثلاثة عناصر من الفصائل الإسلامية خلال اشتباكات مع قوات النظام والمسلحين الموالين "
                  "لها في محيط مدينة داريا.")
    assert c.perpetrator == "syrian_gov"
    assert c.provenance["perpetrator"].span.text == "قوات النظام"


def test_two_shellings_counted_apart_in_one_sentence_are_two() -> None:
    first, second = claims("وأفاد المرصد عن مقتل خمسة مواطنين في قصف على بلدة عين ترما في ريف دمشق، ومقتل سبعة "
                           "آخرين نتيجة قصف القوات النظامية على بلدة كفربطنا في ريف دمشق.")
    assert first.perpetrator == "unknown"
    assert second.perpetrator == "syrian_gov"


def test_a_relative_clause_after_a_comma_still_names_the_agent() -> None:
    (c,) = claims("وقتل أكثر من مئتي مدني خلال أسبوعين من حملة القصف العنيف، التي تشنها قوات النظام على "
                  "ريف إدلب الجنوبي.")
    assert c.perpetrator == "syrian_gov"
    assert c.provenance["perpetrator"].span.text == "قوات النظام"


@pytest.mark.parametrize("text", [
    "وقتل 30 شخصا في هجوم انتحاري نسب إلى تنظيم داعش في بلدة سروج.",
    "وقتل 30 شخصا في تفجير انتحاري نسب للتنظيم في بلدة سروج.",
])
def test_an_attack_attributed_in_the_passive(text: str) -> None:
    (c,) = claims(text)
    assert c.perpetrator == "isis"


def test_a_by_verb_with_only_its_pronoun_refers_back() -> None:
    (c,) = claims("وارتكب تنظيم داعش ثاني أكبر مذبحة للمدنيين في سوريا، خلال هجوم شنه على مدينة كوباني، "
                  "قتل خلاله 140 مدنيا.")
    assert c.perpetrator == "isis"


def test_sides_of_another_fight_told_past_the_source_are_not_the_killers() -> None:
    (c,) = claims("في ريف دمشق، قتل ثمانية عناصر من المخابرات السورية في هجوم على حاجز لهم جنوب مدينة النبك "
                  "فجر اليوم، بحسب ما ذكر المرصد الذي اشار ايضا الى معارك ضارية في مدينة داريا بين القوات "
                  "النظامية والمقاتلين المعارضين.")
    assert c.victims == "syrian_gov"
    assert c.perpetrator == "unknown"


def test_one_side_of_fighting_each_other_did_not_kill_bystanders() -> None:
    (c,) = claims("واشتبك الجيش الحر مع جيش النظام قرب حاجز ملعب الحمدانية في حلب، حيث سقط ثلاثة قتلى بينهم "
                  "أطفال ونساء.")
    assert c.perpetrator == "unknown"
    # the dead of one side were killed by the other
    (c,) = claims("واشتبك الجيش الحر مع جيش النظام قرب حاجز ملعب الحمدانية في حلب، ما أدى إلى مقتل خمسة من "
                  "عناصر الجيش الحر.")
    assert c.perpetrator == "syrian_gov"
