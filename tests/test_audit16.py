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


def test_a_total_told_in_a_relative_clause_on_its_attack_takes_its_kind():
    (c,) = claims("تعيش البلدة أوضاعا صعبة جراء القصف المدفعي خلال الأسابيع الثلاثة الماضية، والذي أودى "
                  "بحياة أكثر من 200 مدني.")
    assert c.scope == "cumulative"
    assert c.event_type == "shelling"


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
