"""claim19: figures, claimants, scope and dates of Arabic claims (hand-written sentences)."""

from rasd.core.models import Article
from rasd.extract import extract


def claims(text: str):
    return extract(Article(id="t", text=text, published="2024-03-14"))


def figures(c):
    return [(f.kind, f.group, f.low, f.span.text if f.span else None) for f in c.figures]


def test_a_toll_risen_since_is_the_same_claimants():
    cs = claims("وقال مسؤول في وزارة الصحة إن 20 شخصا قتلوا في التفجير الذي استهدف سوقا في المدينة. "
                "ثم ارتفعت الحصيلة الرسمية إلى 31 قتيلا.")
    assert [(c.claimant, c.claimant_text) for c in cs] == [("unnamed", "مسؤول")] * 2
    cs = claims("وقتل 20 شخصا في قصف على حي في المدينة بحسب المرصد. "
                "وارتفعت حصيلة القتلى مساء إلى 31 بعد العثور على جثث تحت الأنقاض.")
    assert [c.claimant for c in cs] == ["sohr", "sohr"]


def test_a_risen_toll_with_its_own_source_keeps_it():
    cs = claims("وقال المرصد إن 20 شخصا قتلوا في القصف على البلدة. "
                "وارتفعت حصيلة القتلى إلى 40 قتيلا بحسب ناشطين.")
    assert [c.claimant for c in cs] == ["sohr", "local_sources"]


def test_a_leader_killed_is_one_fighter_and_one_death_told_twice_is_one():
    cs = claims("أعلنت وزارة الدفاع أن غارة جوية أدت مطلع الشهر إلى مقتل زعيم جماعة متطرفة في البلدة. "
                "وقال متحدث باسم الوزارة إن سامر الفلاني قتل في 8 مارس خلال تنقله بسيارة قرب البلدة.")
    assert [figures(c) for c in cs] == [[("killed", "combatants", 1, "زعيم")]]
    assert cs[0].date is not None and cs[0].date.start == "2024-03-08"


def test_two_deaths_far_apart_stay_two():
    far = " وتستمر المعارك في مناطق عدة من المحافظة منذ أسابيع دون توقف." * 8
    cs = claims("أعلنت الوزارة مقتل زعيم جماعة متطرفة في غارة على البلدة." + far +
                " وأعلنت الوزارة أيضا أن رجلا قتل في قصف على قرية أخرى.")
    assert sorted(f[1] for c in cs for f in figures(c)) == ["combatants", "unspecified"]
