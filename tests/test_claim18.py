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


def test_one_gas_attack_is_an_incident_however_large_its_toll():
    cs = claims("وذكر المرصد السوري أن هجوما بالغازات السامة على بلدة كفرزيتا، السبت، أودى بحياة 150 شخصا.")
    assert [(c.scope, c.event_type) for c in cs] == [("incident", "chemical")]
    cs = claims("وتحيي البلدة ذكرى الهجوم الكيماوي عليها، الذي شنته الطائرات عام 1988، موقعا نحو 3 آلاف قتيل.")
    assert [c.scope for c in cs] == ["incident"]
    # gas attacks in the plural add up
    cs = claims("ثم جاءت سلسلة من الهجمات الكيمياوية على البلدات قيل إنها تسببت في مقتل 300 شخص.")
    assert [c.scope for c in cs] == ["cumulative"]


def test_a_toll_so_far_of_one_fight_is_that_fights():
    cs = claims("وقال المرصد إن الاشتباكات العنيفة في مدينة درعا أسفرت حتى الآن عن مقتل 6 مقاتلين.")
    assert [c.scope for c in cs] == ["incident"]
    # an offensive's toll so far adds up
    cs = claims("وقال المرصد إن الهجوم على المنطقة تسبب حتى الآن بمقتل أكثر من 120 مدنيا.")
    assert [c.scope for c in cs] == ["cumulative"]
    # and "so far" with no attack its clause ties it to stays a total
    cs = claims("وأعلن الجيش حتى الآن عن مقتل 46 من جنوده.")
    assert [c.scope for c in cs] == ["cumulative"]


def test_one_attack_picked_out_of_many_keeps_its_own_toll():
    cs = claims("وتزايدت الهجمات في البلاد منذ مطلع العام الحالي وكان أبرزها الهجوم على متحف في مارس الماضي الذي أدى الى مقتل 22 شخصا.")
    assert [c.scope for c in cs] == ["incident"]
    cs = claims("وتكرر منذ مطلع العام ظهور عوارض اختناق في ريف دمشق، كان آخرها في 25 شباط حين أصيب نحو 14 مدنيا بحالات اختناق.")
    assert [c.scope for c in cs] == ["incident"]
    # the many attacks' own toll still adds up
    cs = claims("وتزايدت الهجمات في البلاد منذ مطلع العام الحالي وأدت إلى مقتل 22 شخصا.")
    assert [c.scope for c in cs] == ["cumulative"]


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


def test_a_monitors_count_of_the_fight_told_before_is_that_fights():
    cs = claims("وقال المرصد إنه وثق مقتل 35 مقاتلا خلال تلك الاشتباكات قرب البلدة.")
    assert [c.scope for c in cs] == ["incident"]
    cs = claims("وقال المرصد إنه وثق مقتل 35 مقاتلا في الاشتباكات.")
    assert [c.scope for c in cs] == ["cumulative"]


def test_a_statements_author_speaks():
    cs = claims("وقال بيان للجيش التركي إن جنديين قتلا في انفجار عبوة ناسفة قرب مدينة ديار بكر.")
    assert [(c.claimant, c.claimant_text) for c in cs] == [("other", "الجيش التركي")]
    cs = claims("وذكر تقرير لمنظمة العفو الدولية أن 12 مدنيا قتلوا في قصف على بلدة كفرنبل.")
    assert [(c.claimant, c.claimant_text) for c in cs] == [("other", "منظمة العفو الدولية")]
