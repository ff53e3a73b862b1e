"""Blind audit 16: event type, figures and claimant on unseen text. Every sentence here is
written for these tests."""

from __future__ import annotations

from rasd.core.models import Article
from rasd.extract import extract


def claims(text: str, published: str = "2024-03-14"):
    return extract(Article(id="t", text=text, published=published))


def figs(c) -> set[tuple[str, int | None]]:
    return {(f.kind, f.low) for f in c.figures}


# -- a relative clause on an attack noun tells that attack -------------------------------------
def test_relative_verb_keeps_the_nouns_kind_not_an_earlier_attack():
    # the missiles told first are another attack: the gas attack's relative clause is its own
    text = ("تعهدت روسيا بإسقاط أي صواريخ تطلق على قواعدها. وسيكون استهداف القواعد ردا على "
            "الهجوم بغاز الكلور الذي استهدف بلدة كفرنبل، وخلف مقتل 12 شخصا وإصابة 40 آخرين.")
    (c,) = claims(text)
    assert c.event_type == "chemical"
    assert figs(c) == {("killed", 12), ("injured", 40)}


def test_result_joined_to_a_long_relative_clause_is_the_nouns():
    # "وأدى" goes on in the relative clause on the bombing, not in the main clause's operation
    text = ("وقال الجيش إن عمليته جاءت ردا على التفجير الانتحاري الذي استهدف سوقا شعبيا في "
            "بلدة الدانا يوم الجمعة الماضي وأدى إلى مقتل 17 شخصا وجرح 50.")
    (c,) = claims(text)
    assert c.event_type == "bombing"
    assert figs(c) == {("killed", 17), ("injured", 50)}


# -- "according to" a medium outside the lexicon -------------------------------------------------
def test_according_to_an_unlisted_agency_is_unnamed():
    (c,) = claims("قتل تسعة عناصر في اشتباكات قرب بلدة اللطامنة، بحسب وكالة زيتون برس.")
    assert c.claimant == "unnamed"
    assert "زيتون برس" in (c.claimant_text or "")


def test_according_to_our_correspondent_is_not_a_named_medium():
    (c,) = claims("قتل تسعة عناصر في اشتباكات قرب بلدة اللطامنة، بحسب مراسلنا هناك.")
    assert c.claimant != "unnamed" or c.claimant_text != "مراسلنا"


# -- a capital speaking for its government -------------------------------------------------------
def test_tehran_announcing_its_dead_is_a_named_claimant():
    (c,) = claims("وأعلنت طهران مقتل أربعة من مستشاريها العسكريين في غارة قرب مدينة تدمر.")
    assert c.claimant == "other" and c.claimant_text == "طهران"


# -- counts joined by "و" are told together --------------------------------------------------------
def test_joined_counts_after_a_result_share_their_attack():
    # the car bomb (subject) and its verb are one attack: the wounded are not a claim of their own
    (c,) = claims("قال ناشطون إن سيارة مفخخة انفجرت قرب سوق بلدة سلقين، ما أدى إلى مقتل 8 أشخاص "
                  "وإصابة 23 آخرين.")
    assert c.event_type == "bombing"
    assert figs(c) == {("killed", 8), ("injured", 23)}


def test_two_attacks_told_in_two_clauses_stay_two_claims():
    cs = claims("قتل أربعة أشخاص في غارة على بلدة سلقين، وأصيب ستة في قصف مدفعي على بلدة حارم.")
    assert sorted(c.event_type for c in cs) == ["airstrike", "shelling"]


def test_according_to_after_joined_counts_tells_them_all():
    (c,) = claims("أفادت الأنباء بأن سيارة مفخخة انفجرت قرب سوق بلدة سلقين، ما أدى إلى مقتل 8 أشخاص "
                  "و23 جريحا، وفق وزارة الصحة.")
    assert c.claimant == "other" and c.claimant_text == "وزارة الصحة"
    assert figs(c) == {("killed", 8), ("injured", 23)}


def test_a_total_told_in_a_relative_clause_on_its_attack_takes_its_kind():
    (c,) = claims("تعيش البلدة أوضاعا صعبة جراء القصف المدفعي خلال الأسابيع الثلاثة الماضية، والذي أودى "
                  "بحياة أكثر من 200 مدني.")
    assert c.scope == "cumulative"
    assert c.event_type == "shelling"


# -- allied victims of one attack share a claim, one figure each ---------------------------------
def test_allies_counted_one_after_the_other_are_one_claim():
    (c,) = claims("وقال المرصد إن غارة إسرائيلية على ريف القنيطرة أسفرت عن مقتل أربعة عناصر من حزب الله "
                  "وضابطين من الحرس الثوري الإيراني.")
    assert sorted(f.low for f in c.figures) == [2, 4]


def test_people_of_two_nations_killed_in_one_blast_are_one_claim():
    (c,) = claims("وقتل خمسة أتراك وثلاثة سوريين في انفجار سيارة مفخخة قرب المعبر الحدودي.")
    assert sorted(f.low for f in c.figures) == [3, 5]


def test_fighters_of_no_side_told_stay_apart():
    # soldiers and a gunman are as often foes: not merged on "و" alone
    cs = claims("أفاد مصدر أمني بمقتل خمسة عسكريين ومسلح في اشتباك قرب بلدة عرسال.")
    assert sum(len(c.figures) for c in cs) == 2
    assert all(len(c.figures) == 1 for c in cs)


def test_shares_told_place_by_place_stay_apart():
    cs = claims("وقالت اللجان إنها وثقت مقتل 60 شخصا، وتوزع القتلى بواقع 30 في حلب و20 في إدلب وعشرة في حماة.")
    assert not any({f.low for f in c.figures} >= {20, 10} for c in cs)


def test_a_total_whose_subject_is_the_attack_takes_its_kind():
    # the raids head the subject of "أوقعت" across their adjuncts and a comma
    (c,) = claims("وقال المرصد إن الغارات الجوية المتواصلة منذ بداية الشهر على أرياف حماة، أوقعت "
                  "أكثر من 120 قتيلا.")
    assert c.scope == "cumulative"
    assert c.event_type == "airstrike"


def test_a_campaign_heading_the_subject_names_no_kind():
    (c,) = claims("وقال ناشطون إن حملة النظام على المدينة بالقصف الجوي والبري منذ بداية الشهر، أسفرت عن "
                  "مقتل 300 شخص.")
    assert c.event_type == "other"


def test_according_to_paramedics_in_the_oblique_case():
    (c,) = claims("وشهدت البلدة في الربيع الماضي هجوما بالغاز أسفر عن 30 قتيلا بحسب مسعفين.")
    assert c.claimant == "local_sources"
