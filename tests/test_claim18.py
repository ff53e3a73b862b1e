"""claim18: claimants, scope and figures of Arabic claims (hand-written sentences)."""

from rasd.core.models import Article
from rasd.extract import extract


def claims(text: str):
    return extract(Article(id="t", text=text, published="2024-03-14"))


def test_activists_with_the_article_are_local_sources():
    cs = claims("ووفقا للنشطاء، أطلقت قوات الأمن النار على المتظاهرين في مدينة الرقة ما أسفر عن إصابة خمسة أشخاص.")
    assert [(c.claimant, c.claimant_text) for c in cs] == [("local_sources", "النشطاء")]
    cs = claims("وقال الناشطون إن ثلاثة مدنيين قتلوا في قصف على بلدة في ريف حماة.")
    assert [(c.claimant, c.claimant_text) for c in cs] == [("local_sources", "الناشطون")]
    cs = claims("وأفاد المسعفون بأن أربعة أشخاص قتلوا في غارة على سوق في بلدة سراقب.")
    assert [(c.claimant, c.claimant_text) for c in cs] == [("local_sources", "المسعفون")]


def test_medics_merely_named_tell_nothing():
    cs = claims("ونشرت صور لعدد من المسعفين وهم يحاولون إنقاذ ثلاثة جرحى أصيبوا في قصف على بلدة في ريف إدلب.")
    assert [c.claimant for c in cs] == ["outlet"]


def test_the_syrian_network_by_its_short_name():
    cs = claims("وأفادت الشبكة السورية بارتفاع عدد القتلى بنيران قوات النظام إلى 40 شخصا أغلبهم في دمشق وريفها.")
    assert [(c.claimant, c.claimant_text) for c in cs] == [("snhr", "الشبكة السورية")]


def test_a_body_named_after_according_to_is_the_source():
    cs = claims("وقتل عسكري تركي وجرح اثنان آخران قرب كيليس في صدام مسلح مع تنظيم داعش، بحسب رئاسة أركان الجيش التركي.")
    assert [(c.claimant, c.claimant_text) for c in cs] == [("other", "رئاسة أركان الجيش التركي")]
    cs = claims("وأدت الغارة على مخيم الاحتجاج في الحويجة إلى مقتل 44 مدنيا، وفقا لتقرير لجنة برلمانية.")
    assert [(c.claimant, c.claimant_text) for c in cs] == [("other", "لجنة برلمانية")]
    # the head alone names no one
    cs = claims("وقتل 12 شخصا في قصف على بلدة كفرنبل بحسب لجنة.")
    assert [c.claimant for c in cs] == ["outlet"]


def test_the_source_is_the_source_named_before():
    cs = claims("وقال مصدر طبي إن خمسة مدنيين قتلوا في قصف على بلدة كفرنبل. وأضاف المصدر أن 12 آخرين أصيبوا بجروح في القصف.")
    assert [(c.claimant, c.claimant_text) for c in cs] == [("local_sources", "مصدر طبي")]
    assert sorted(f.low for f in cs[0].figures) == [5, 12]
    # with no source named before it is an unnamed one
    cs = claims("وبحسب المصدر، تسبب القصف على البلدة في مقتل شخصين وإصابة خمسة آخرين.")
    assert [(c.claimant, c.claimant_text) for c in cs] == [("unnamed", "المصدر")]


def test_a_statements_author_speaks():
    cs = claims("وقال بيان للجيش التركي إن جنديين قتلا في انفجار عبوة ناسفة قرب مدينة ديار بكر.")
    assert [(c.claimant, c.claimant_text) for c in cs] == [("other", "الجيش التركي")]
    cs = claims("وذكر تقرير لمنظمة العفو الدولية أن 12 مدنيا قتلوا في قصف على بلدة كفرنبل.")
    assert [(c.claimant, c.claimant_text) for c in cs] == [("other", "منظمة العفو الدولية")]
