"""Who attacked, in sentences of the kinds a blind read of unseen reports found misread
(hand-written sentences): a name after a preposition or a site noun that follows the attack
word is where, or whose site, the attack hit, not who carried it out."""

from rasd.core.models import Article
from rasd.extract import extract


def claims_of(text: str):
    return extract(Article(id="t", text=text, published="2024-03-14"))


def test_nisba_of_a_town_is_where_not_who():
    c = claims_of("قتل 12 شخصا في تفجير انتحاري صباح الأحد في مدينة تركية قرب الحدود.")[0]
    assert c.event_type == "bombing"
    assert c.perpetrator == "unknown"


def test_nisba_of_a_town_leaves_the_blamed_group():
    c = claims_of("قتل 12 شخصا في تفجير انتحاري صباح الأحد في مدينة تركية نسب إلى تنظيم داعش.")[0]
    assert c.perpetrator == "isis"


def test_stores_of_an_army_are_what_was_hit():
    c = claims_of("وفي ريف حماة استهدفت صواريخ مخازن للجيش قرب البلدة، ما أدى إلى جرح أربعة مدنيين.")[0]
    assert c.perpetrator == "unknown"
    assert c.victims == "civilians"


def test_a_meeting_of_leaders_is_what_was_hit():
    c = claims_of("وقال المصدر إن الطائرات استهدفت اجتماعا لقادة داعش في القرية ما أسفر عن مقتل 9 أشخاص.")[0]
    assert c.perpetrator != "isis"


def test_one_said_to_belong_to_a_group_is_still_its_attacker():
    c = claims_of("وقالت الشرطة إن انتحاريا يشتبه في أنه ينتمي لتنظيم داعش قتل 14 شخصا في السوق.")[0]
    assert c.perpetrator == "isis"


def test_the_agent_right_after_the_attack_is_still_read():
    c = claims_of("قتل 6 مدنيين في غارات جوية روسية على بلدة في ريف إدلب.")[0]
    assert c.perpetrator == "russia"
    c = claims_of("قتل 5 أشخاص في قصف مدفعي لقوات النظام على حي في درعا.")[0]
    assert c.perpetrator == "syrian_gov"


def test_iraqi_air_force_named_as_the_agent():
    c = claims_of("وقتل 20 عنصرا من تنظيم داعش في غارات شنها سلاح الجو العراقي على مواقع قرب البوكمال.")[0]
    assert c.perpetrator == "iraq_gov"


# -- an attack told by one side in the lead did not kill that side's allies -----------------

LEAD = "كثفت طائرات النظام الحربية غاراتها على مدينة الرستن في ريف حمص منذ صباح اليوم.\n"


def test_lead_attack_of_the_regime_did_not_kill_its_allies():
    c = claims_of(LEAD + "وذكر ناشطون أن 12 عنصرا من حزب الله قتلوا في المدينة.")[0]
    assert c.victims == "hezbollah"
    assert c.perpetrator == "unknown"


def test_lead_attack_of_the_regime_still_kills_its_foes():
    c = claims_of(LEAD + "وذكر ناشطون أن 12 عنصرا من المعارضة قتلوا في المدينة.")[0]
    assert c.victims == "opposition"
    assert c.perpetrator == "syrian_gov"
