"""Event frames on unseen text (frame10): the site an attack struck, aircraft named with a
foreign nationality, an army's air-defence units, a lead attack whose kind is told later.
Hand-written sentences."""

from rasd.core.models import Article
from rasd.extract import extract


def claims_of(text: str):
    return extract(Article(id="t", text=text, published="2024-03-14"))


def test_a_bombing_inside_a_church_hit_civilians():
    c = claims_of("قتل 20 شخصا في تفجير انتحاري داخل كنيسة في المدينة.")[0]
    assert c.victims == "civilians"
    assert c.provenance["victims"].span.text == "كنيسة"


def test_a_bombing_at_a_mosque_told_with_its_clitic_hit_civilians():
    c = claims_of("ارتفع عدد القتلى إلى 31 شخصا في التفجير الانتحاري بجامع النور في المدينة.")[0]
    assert c.victims == "civilians"


def test_a_fight_inside_a_camp_says_nothing_of_whom_it_killed():
    c = claims_of("قتل 12 شخصا في اشتباكات داخل مخيم اليرموك.")[0]
    assert c.victims == "unknown"


def test_warplanes_with_an_iraqi_nationality_are_iraqs():
    c = claims_of("قصفت الطائرات الحربية العراقية مدينة حلبجة مما أدى إلى مقتل خمسة آلاف شخص.")[0]
    assert c.perpetrator == "iraq_gov"


def test_warplanes_of_a_state_with_no_codebook_actor_are_unknown_not_syrias():
    c = claims_of("وقتل 12 شخصا في قصف الطيران الحربي الأردني على مواقع التنظيم.")[0]
    assert c.perpetrator == "unknown"
    assert "perpetrator" not in c.provenance


def test_warplanes_named_by_no_nationality_stay_the_governments():
    c = claims_of("وقتل 12 شخصا في قصف الطيران الحربي على بلدة سراقب.")[0]
    assert c.perpetrator == "syrian_gov"


def test_air_defence_units_are_the_army_not_rebel_brigades():
    c = claims_of("أصيب سبعة عناصر من كتائب الدفاع الجوي في قصف إسرائيلي على ريف دمشق.")[0]
    assert c.victims == "syrian_gov"
    assert c.perpetrator == "israel"


def test_the_attack_a_lead_names_with_chemical_weapons_is_chemical_later():
    claims = claims_of("ندد المجلس بالهجوم المروع على سكان البلدة بأسلحة كيميائية محرمة.\n"
                       "وأضاف البيان أن المجلس يتابع الوضع عن كثب.\n"
                       "وقال مسؤول إن الهجوم أسفر عن مقتل 35 شخصا على الأقل.")
    assert claims[0].event_type == "chemical"
    assert claims[0].provenance["event_type"].span.text == "أسلحة كيميائية"


def test_a_lead_attack_of_no_kind_stays_a_fight_when_none_is_told():
    claims = claims_of("ندد المجلس بالهجوم المروع على سكان البلدة.\n"
                       "وقال مسؤول إن الهجوم أسفر عن مقتل 35 شخصا على الأقل.")
    assert claims[0].event_type == "clashes"


def test_a_bombing_that_took_place_in_a_cultural_centre_hit_civilians():
    c = claims_of("قتل 20 شخصا في انفجار وقع في مركز ثقافي بالمدينة.")[0]
    assert c.victims == "civilians"
