"""Whose dead a claim counts when the counted noun itself says it: one person of a
civilian calling ("قتل طبيب"), fighters with the adjective of the armed opposition
("مسلحان معارضان"). Hand-written sentences."""

from rasd.core.models import Article
from rasd.extract import extract


def claims_of(text: str):
    return extract(Article(id="t", text=text, published="2024-03-14"))


def figures(c):
    return [(f.kind, f.group, f.low) for f in c.figures]


def test_a_doctor_and_a_nurse_killed_are_two_civilians():
    cs = claims_of("قتل طبيب وممرضة في قصف استهدف بلدة كفرنبل بريف إدلب.")
    assert len(cs) == 1
    assert figures(cs[0]) == [("killed", "civilians", 2)]
    assert cs[0].victims == "civilians"


def test_one_paramedic_wounded_is_one_civilian():
    cs = claims_of("أصيب مسعف بجروح في غارة جوية على مدينة سراقب.")
    assert figures(cs[0]) == [("injured", "civilians", 1)]
    assert cs[0].victims == "civilians"


def test_a_cameraman_and_a_reporter_wounded_are_two():
    cs = claims_of("وأعلنت القناة إصابة مصور ومراسل في القصف على حي المزة.")
    assert figures(cs[0]) == [("injured", "civilians", 2)]


def test_a_doctor_who_speaks_is_no_figure():
    cs = claims_of("قال طبيب في مستشفى البلدة إن 12 شخصا قتلوا في القصف.")
    assert [figures(c) for c in cs] == [[("killed", "unspecified", 12)]]


def test_two_opposition_gunmen_in_the_dual():
    cs = claims_of("قتل مسلحان معارضان في قصف مدفعي على بلدة حمورية.")
    assert figures(cs[0]) == [("killed", "combatants", 2)]
    assert cs[0].victims == "opposition"
    assert cs[0].provenance["victims"].span.text == "معارضان"


def test_one_opposition_fighter_in_the_singular():
    cs = claims_of("وأعلن المرصد مقتل 300 مسلح معارض في المعارك على أطراف المدينة.")
    assert cs[0].victims == "opposition"


def test_opposition_activists_are_not_fighters_of_a_side():
    cs = claims_of("قتل ثلاثة ناشطين معارضين برصاص مجهولين في مدينة الباب.")
    assert cs[0].victims == "unknown"


def test_kurdish_fighters_stay_unnamed():
    # Kurdish fighters counted so are as often Turkey's Kurds as Syria's Kurdish forces
    cs = claims_of("قال الجيش إنه قتل 11 مسلحا كرديا في ولاية هكاري.")
    assert cs[0].victims == "unknown"


def test_dozens_of_its_own_fighters_are_combatants():
    cs = claims_of("أعلنت الميليشيا أن غارة استهدفت مقرا لها قرب الحدود ما أدى إلى مقتل العشرات من عناصرها.")
    assert [f for c in cs for f in figures(c)] == [("killed", "combatants", 20)]


def test_losses_in_their_ranks_are_of_fighters():
    cs = claims_of("تجددت الاشتباكات بين الطرفين قرب المطار وأسفرت عن سقوط خسائر بشرية في صفوفهما.")
    assert [f[:2] for c in cs for f in figures(c)] == [("casualties", "combatants")]


def test_members_of_his_family_stay_unspecified():
    cs = claims_of("قتل عدد من أفراد عائلته في القصف على البلدة.")
    assert [f[:2] for c in cs for f in figures(c)] == [("killed", "unspecified")]


def test_fighters_a_side_lost_were_killed_and_are_its_own():
    cs = claims_of("وتكبدت قوات النظام التي فقدت حتى الآن 80 ألف جندي خسائر كبيرة في الحرب.")
    assert [figures(c) for c in cs] == [[("killed", "combatants", 80000)]]
    assert cs[0].victims == "syrian_gov"
    assert cs[0].provenance["victims"].span.text == "قوات النظام"


def test_a_plural_subject_that_lost_fighters():
    cs = claims_of("وقال الوزير إن تركيا وحلفاءها فقدوا مئات المقاتلين منذ بداية العملية.")
    assert [f[:2] for c in cs for f in figures(c)] == [("killed", "combatants")]
    assert cs[0].victims == "turkey"


def test_soldiers_gone_missing_stay_missing():
    # a bare "فقد" before its count may be the passive "went missing"
    cs = claims_of("فقد أربعة جنود خلال المعارك قرب الحدود الشمالية.")
    assert [f[:2] for c in cs for f in figures(c)] == [("missing", "combatants")]


def test_of_them_after_fighters_named_in_the_sentence():
    cs = claims_of("ويعود الهجوم الأعنف ضد عناصر الأمن إلى الشهر الماضي في ريف درعا وأدى إلى مقتل 40 منهم.")
    assert [f for c in cs for f in figures(c)] == [("killed", "combatants", 40)]


def test_of_them_after_a_towns_people_says_nothing():
    cs = claims_of("اقتحم المسلحون القرية واحتجزوا سكانها وأعدموا عشرة منهم.")
    assert [f[:2] for c in cs for f in figures(c)] == [("killed", "unspecified")]
