"""Claims assembled from whole (hand-written) articles: claimant, scope, actors, place, date."""

import pytest

from rasd.extract import extract
from rasd.core.models import Article
from helpers import claims, figures_with_spans, kinds_and_lows


def article(text: str, published: str | None = "2024-03-14") -> Article:
    return Article(id="t", text=text, published=published)


# == claimants of accusations, pluperfect subjects and wire agencies
def test_the_accuser_speaks_not_the_accused():
    cs = claims("اتهمت المعارضة السورية قوات النظام بارتكاب مجزرة راح ضحيتها 40 شخصا في قرية قرب حماة.")
    assert [(c.claimant, c.claimant_text) for c in cs] == [("local_sources", "المعارضة السورية")]
    cs = claims("واتهمت عمان وبغداد إسرائيل بتنفيذ الضربة التي أسفرت عن مقتل 9 جنود قرب الحدود.")
    assert cs and cs[0].claimant_text == "عمان وبغداد"
    cs = claims("واتهمت وزارة الداخلية اللبنانية الجماعة بتفجير سيارة مفخخة أسفر عن مقتل 6 أشخاص في بلدة حدودية.")
    assert [(c.claimant, c.claimant_text) for c in cs] == [("other", "وزارة الداخلية اللبنانية")]


def test_a_passive_accusation_names_the_accused_not_a_speaker():
    cs = claims("واتهم النظام السوري بشن هجوم على بلدة في ريف دمشق أدى إلى مقتل 30 مدنيا.")
    assert [c.claimant for c in cs] == ["outlet"]


def test_the_particle_of_a_pluperfect_is_not_part_of_the_name():
    cs = claims("وكانت لجان التنسيق المحلية قد وثقت سقوط 75 قتيلا أمس في مختلف المحافظات.")
    assert [(c.claimant, c.claimant_text) for c in cs] == [("other", "لجان التنسيق المحلية")]


def test_documenting_a_toll_ends_the_speakers_name():
    cs = claims("وأكدت المعارضة السورية توثيق مقتل 64 شخصا في حمص وريفها اليوم.")
    assert [(c.claimant, c.claimant_text) for c in cs] == [("local_sources", "المعارضة السورية")]


def test_a_foreign_wire_agency_relays():
    cs = claims("قتل ستة مدنيين في قصف على بلدة في ريف إدلب، حسبما ذكرت وكالة الأنباء الألمانية.")
    assert [c.claimant for c in cs] == ["unnamed"]
    cs = claims("وذكرت وكالة أنباء الأناضول أن 11 شخصا قتلوا في انفجار سيارة مفخخة في بلدة حدودية.")
    assert [(c.claimant, c.claimant_text) for c in cs] == [("unnamed", "وكالة أنباء الأناضول")]


def test_a_line_opening_with_a_comma_goes_on_with_the_speaker_before_it():
    text = ("قصف على ريف حمص\nقتل جندي في بلدة قرب حمص.\nوأعلنت \nلجان التنسيق المحلية\n، وهي تجمع معارض "
            "قديم، أنها وثقت مقتل 48 شخصا في أنحاء سوريا اليوم.\n"
            "وتوزعت الحصيلة بواقع 20 قتيلا في حماة، و16 في إدلب، و12 في درعا.")
    cs = claims(text)
    assert [c.claimant for c in cs[1:]] == ["other"] * 4
    assert cs[1].claimant_text == "لجان التنسيق المحلية"


def test_a_body_named_in_quotation_marks_after_its_head_noun_speaks():
    cs = claims('وقالت مجموعة "حمص تحترق" إن 17 مدنيا قتلوا في قصف على حي الوعر.')
    assert [(c.claimant, c.claimant_text) for c in cs] == [("other", "مجموعة حمص تحترق")]
    cs = claims('قتل 17 مدنيا في قصف على حي الوعر، وفقا لحملة «حمص تحترق».')
    assert [c.claimant for c in cs] == ["other"]
    # a news site named so relays
    cs = claims('وأفاد موقع «أخبار الساحل» أن 4 أشخاص قتلوا في انفجار عبوة في جبلة.')
    assert [(c.claimant, c.claimant_text) for c in cs] == [("unnamed", "موقع أخبار الساحل")]


def test_a_sentence_opening_with_a_count_of_them_goes_on_with_the_speaker_before():
    text = ("وقالت وكالة الأناضول إن مسلحين هاجموا مخفرا في بلدة حدودية فرد عناصر الشرطة عليهم.\n"
            "وقتل ثلاثة منهم في تبادل إطلاق النار.")
    cs = claims(text)
    assert [c.claimant for c in cs] == ["unnamed"]
    # a count "of them" inside a sentence that told its people is of those
    text = ("وقال المرصد إن 40 شخصا قتلوا في ريف حلب.\n"
            "وتقول فصائل محلية إن الطائرات قصفت قريتين يسيطر عليهما مقاتلوها، ما أسفر عن إصابة خمسة منهم.")
    assert [c.claimant for c in claims(text)][1:] != ["sohr"]


def test_who_announces_its_responsibility_for_an_attack_claims_its_toll():
    cs = claims("وأعلنت جماعة مسلحة تطلق على نفسها اسم كتيبة الفجر مسؤوليتها عن كمين أسفر عن مقتل 8 جنود قرب درعا.")
    assert cs and cs[0].claimant == "other" and cs[0].claimant_text.startswith("جماعة مسلحة")
    cs = claims("وقتل 11 شخصا في انفجار سيارة مفخخة في مدينة حدودية، وأعلن ناشطون انفصاليون مسؤوليتهم عنه.")
    assert [c.claimant for c in cs] != ["local_sources"]


def test_reporters_counted_as_the_dead_are_not_the_source():
    cs = claims("وقتل أربعة مسعفين في غارة على مركز للإسعاف في بلدة كفرزيتا.")
    assert [c.claimant for c in cs] == ["outlet"]
    cs = claims("قتل 3 مسعفين في غارة على سراقب، حسب ناشطين.")
    assert [c.claimant for c in cs] == ["local_sources"]


# == activists and medics, a network by its short name, a body after "according to", the
# source named before, a statement's author
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


# == a risen toll is the same claimant's unless told with its own; one death told twice is one
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
    assert [figures_with_spans(c) for c in cs] == [[("killed", "combatants", 1, "زعيم")]]
    assert cs[0].date is not None and cs[0].date.start == "2024-03-08"


def test_two_deaths_far_apart_stay_two():
    far = " وتستمر المعارك في مناطق عدة من المحافظة منذ أسابيع دون توقف." * 8
    cs = claims("أعلنت الوزارة مقتل زعيم جماعة متطرفة في غارة على البلدة." + far +
                " وأعلنت الوزارة أيضا أن رجلا قتل في قصف على قرية أخرى.")
    assert sorted(f[1] for c in cs for f in figures_with_spans(c)) == ["combatants", "unspecified"]


# == a channel's name used as an adjective is no claimant; a speaker before a while clause, a
# topic before fa, people counted from among residents
def test_arabic_as_an_adjective_is_not_the_channel():
    c = claims("وقال رئيس الائتلاف في كلمته أمام القمة العربية إن الشعب السوري قدم 90 ألف قتيل.")[0]
    assert c.claimant != "unnamed"
    c = claims("وذكرت الصحف العربية أن 12 شخصا قتلوا في حلب.")[0]
    assert c.claimant != "unnamed" or c.claimant_text != "العربية"
    # the channel itself still speaks
    assert claims("وقالت العربية إن 12 شخصا قتلوا في حلب.")[0].claimant == "unnamed"
    assert claims("وذكرت قناة العربية أن 12 شخصا قتلوا في حلب.")[0].claimant == "unnamed"


def test_a_speaker_before_a_while_clause_keeps_its_toll():
    text = ("أكدت المعارضة السورية أن عدد قتلى الثلاثاء بلغ 150 شخصا، بينما ذكرت التقارير "
            "الحكومية أن وحدات الجيش تصدت لمحاولة تسلل.")
    c = claims(text)[0]
    assert c.claimant == "local_sources"


def test_people_counted_from_among_residents_are_no_source():
    c = claims("وأضاف أن غارة قتلت نحو 9 مدنيين من أهالي بلدة السفيرة.")[0]
    assert c.claimant != "local_sources"
    # a toll "from" a monitor is still the monitor's
    assert claims("أفادت حصيلة جديدة من المرصد السوري أن 20 شخصا قتلوا في دوما.")[0].claimant == "sohr"


def test_a_topic_before_fa_and_a_verb_of_saying_speaks():
    c = claims("أما وزارة الصحة المحلية، فقد أشارت إلى مقتل 7 مدنيين في القصف على بلدة سراقب.")[0]
    assert c.claimant == "other" and "وزارة الصحة" in (c.claimant_text or "")
    c = claims("أما الخوذ البيض، فقد أشارت إلى مقتل 5 مدنيين في غارات على بلدة سراقب.")[0]
    assert c.claimant == "white_helmets"
    # a place as the topic is no speaker
    assert claims("أما في حلب، فقتل ثلاثة أشخاص جراء انفجار.")[0].claimant == "outlet"


# == a place's people are no source by being named; a pluperfect "وكان X أشار" names its speaker
# without "قد"; "according to" written as one word; a body announcing a toll as its object
def test_a_places_people_named_in_a_sentence_are_not_its_source():
    for text in ("يعاني سكان البلدة من ظروف صعبة بعد القصف الذي أودى بحياة 12 مدنيا.",
                 "وأدى النزاع إلى مقتل أكثر من مئة ألف شخص وتهجير نصف السكان.",
                 "وزادت الاشتباكات التوتر بين الأهالي وأوقعت قتلى وجرحى."):
        c = claims(text)[0]
        assert c.claimant == "outlet", text
    # residents who speak are still a source
    assert claims("وقال سكان إن سبعة مدنيين قتلوا في القصف.")[0].claimant == "local_sources"
    assert claims("وقتل سبعة مدنيين في القصف بحسب الأهالي.")[0].claimant == "local_sources"


def test_pluperfect_without_qad_names_its_speaker():
    for text in ("وكان مصدر أمني أشار في وقت سابق إلى مقتل أربعة جنود.",
                 "وكان مصدر أمني في المدينة أشار إلى مقتل أربعة جنود."):
        c = claims(text)[0]
        assert c.claimant == "unnamed", text
    c = claims("وكان المرصد أفاد في وقت سابق بمقتل أربعة جنود.")[0]
    assert c.claimant == "sohr"


def test_according_to_written_as_one_word_names_its_source():
    c = claims("وأسفر القصف عن مقتل 35 شخصا حسبما أفادت جمعية إغاثة محلية.")[0]
    assert c.claimant == "other" and c.claimant_text == "جمعية إغاثة محلية"
    c = claims("وقتل 35 شخصا في القصف وفقما ذكرت وكالة «الأناضول» للأنباء.")[0]
    assert c.claimant == "unnamed"
    # with no name after its verb, the statement is still the outlet's to tell
    assert claims("وأسفر القصف عن مقتل 35 شخصا حسبما ذكرت في بيانها.")[0].claimant == "outlet"


def test_a_body_announcing_a_toll_as_its_direct_object_is_its_source():
    c = claims("كشف مكتب التوثيق في المحافظة مقتل 120 شخصا منذ بداية الحملة.")[0]
    assert c.claimant == "other" and c.claimant_text == "مكتب التوثيق"
    c = claims("وأعلنت تركيا مقتل ثلاثة من جنودها في هجوم قرب الحدود.")[0]
    assert c.claimant == "other" and c.claimant_text == "تركيا"
    # a town recording a toll is no speaker, nor are the words of an admission
    assert claims("وسجلت مدينة حمورية أعلى حصيلة إذ قتل فيها 20 مدنيا.")[0].claimant != "other"
    assert claims("واعترفت بسقوط عشرات القتلى.")[0].claimant == "outlet"


# == "according to" a medium outside the lexicon or our correspondent, a capital speaking for its
# government; allied victims of one attack share a claim, one figure each
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


def test_according_to_after_joined_counts_tells_them_all():
    (c,) = claims("أفادت الأنباء بأن سيارة مفخخة انفجرت قرب سوق بلدة سلقين، ما أدى إلى مقتل 8 أشخاص "
                  "و23 جريحا، وفق وزارة الصحة.")
    assert c.claimant == "other" and c.claimant_text == "وزارة الصحة"
    assert kinds_and_lows(c) == {("killed", 8), ("injured", 23)}


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


def test_according_to_paramedics_in_the_oblique_case():
    (c,) = claims("وشهدت البلدة في الربيع الماضي هجوما بالغاز أسفر عن 30 قتيلا بحسب مسعفين.")
    assert c.claimant == "local_sources"


# == a reporting body hit as a gathering tells nothing
# -- a reporting body hit as a gathering -----------------------------------------------------------

def test_activists_a_gathering_of_whom_was_targeted_tell_nothing():
    cs = claims("دمشق\nووقع التفجير في البلدة، واستهدف مجموعة ناشطين من أنصار الحزب وأسفر عن مقتل 20 شخصا.\n")
    assert [c.claimant for c in cs] == ["outlet"]
    cs = claims("دمشق\nووقع تفجير استهدف تجمعا من الناشطين في البلدة، وأسفر عن مقتل 20 شخصا.\n")
    assert [c.claimant for c in cs] == ["outlet"]


def test_a_gathering_of_activists_that_says_still_tells():
    cs = claims("دمشق\nوقالت مجموعة ناشطين إن القصف أسفر عن مقتل 20 شخصا.\n")
    assert [c.claimant for c in cs] == ["local_sources"]


# == a name in quotation marks closes within a few words
@pytest.mark.parametrize("sentence,claimant,text", [
    # a short name in quotation marks as the subject of saying, past a side phrase
    ('وقالت "لجنة الحي"، في بيان على صفحتها، إن ثلاثة مدنيين قتلوا في القصف.', "other", "لجنة الحي"),
    # a body's head noun and its quoted name
    ('وقالت مجموعة "عين على الوطن" إن قصفا مدفعيا قتل أربعة مدنيين.', "other", "مجموعة عين على الوطن"),
    # a quoted name after "according to", and a medium's head noun and its quoted name
    ('قتل خمسة مدنيين في غارة على البلدة، بحسب "شبكة الوادي الإخبارية".', "other", "شبكة الوادي الإخبارية"),
    ('قتل خمسة مدنيين في غارة على البلدة، بحسب وكالة "النهار الجديد" المحلية.', "unnamed", "وكالة النهار الجديد"),
    # a comma inside, or a quotation too long for a name: what was said, no one's name
    ('قتل خمسة مدنيين في غارة على البلدة، بحسب "شبكة الوادي، وهي شبكة محلية".', "outlet", None),
    ('وقالت مجموعة "عين على الوطن، وهي مجموعة محلية" إن قصفا مدفعيا قتل أربعة مدنيين.', "outlet", None),
    ('وقالت "لجنة أهالي البلدة القديمة في الريف" إن ثلاثة مدنيين قتلوا في القصف.', "outlet", None),
    ('وقال "إن الغارات قتلت خمسة مدنيين في البلدة" وفق ما نقل عنه.', "outlet", None),
])
def test_a_name_in_quotation_marks_closes_within_a_few_words(sentence, claimant, text):
    """One scanner (attribution._quote_closes) finds where a quoted name closes, for a
    speaker's name after a verb, after a head noun and after "according to"."""
    c = claims(sentence)[0]
    assert (c.claimant, c.claimant_text) == (claimant, text)


# == a pluperfect frame names its speaker past a time adverb
def test_pluperfect_frame_names_its_speaker_past_a_time_adverb():
    cs = claims("وقال التلفزيون الرسمي إن القصف طال أحياء المدينة، وكان المرصد السوري لحقوق الإنسان قد "
                "ذكر في وقت سابق اليوم أن 14 مدنيا قتلوا في الغارات على مدينة حماة.", "2016-05-07")
    assert [c.claimant for c in cs] == ["sohr"]


def test_attributed_claim_and_outlet_claim():
    text = ("قال المرصد السوري لحقوق الإنسان إن 12 مدنيا قتلوا في غارة جوية على بلدة سرمين في ريف إدلب.\n"
            "وأسفرت الغارة عن إصابة 20 آخرين.")
    claims = extract(article(text))
    assert claims[0].claimant == "sohr"
    assert claims[0].event_type == "airstrike"
    assert claims[0].figures[0].low == 12
    assert claims[0].victims == "civilians"


def test_according_to_after_the_figure():
    claims = extract(article("قتل خمسة عناصر من قوات النظام في كمين، بحسب ناشطين."))
    assert claims[0].claimant == "local_sources"
    assert claims[0].victims == "syrian_gov"


def test_unattributed_sentence_is_outlet():
    claims = extract(article("قتل ثلاثة أشخاص في انفجار سيارة مفخخة."))
    assert claims[0].claimant == "outlet"
    assert claims[0].event_type == "bombing"
    assert claims[0].claimant_text is None


def test_continuation_keeps_the_claimant():
    text = ("وقالت وزارة الدفاع الروسية إن 25 عنصرا أصيبوا.\n"
            "وأضافت أن قتيلين سقطا في الهجوم.")
    claims = extract(article(text))
    assert [c.claimant for c in claims] == ["russia_mod", "russia_mod"]


def test_period_total_is_cumulative():
    claims = extract(article("وثق المرصد مقتل 412 مدنيا منذ بداية العام في مناطق مختلفة من سوريا."))
    assert claims[0].scope == "cumulative"


def test_repeated_figure_by_same_claimant_is_one_claim():
    text = ("قال المرصد السوري إن 7 أشخاص قتلوا في قصف على بلدة كفرنبل.\n"
            "وكان المرصد قد أكد مقتل 7 أشخاص في القصف.")
    claims = extract(article(text))
    assert sum(len(c.figures) for c in claims) == 1


def test_toll_retold_with_a_sub_count_is_one_claim():
    # the claimant's own words quoted after the outlet's summary: the child is of the same toll
    text = ("قتل 14 شخصا وأصيب العشرات بجروح في سقوط صاروخ على حي الميدان في مدينة حمص، بحسب المرصد "
            "السوري لحقوق الإنسان، وقال مدير المرصد: \"سقط الصاروخ على حي الميدان في حمص، ما تسبب بمقتل "
            "14 شخصا بينهم طفلان، ووقوع عشرات الجرحى\".")
    claims = extract(article(text))
    assert len(claims) == 1
    assert sorted((f.kind, f.group, f.low) for f in claims[0].figures) == [
        ("injured", "unspecified", 20), ("killed", "children", 2), ("killed", "unspecified", 14)]


def test_one_person_told_twice_is_not_one_toll():
    # a lone death recurs by chance: the wounded of another sentence stay their own claim
    text = ("قال المرصد إن مدنيا قتل في قصف على بلدة كفرنبل.\n"
            "وأضاف المرصد أن مدنيا قتل وأصيب ثلاثة في قصف على بلدة سراقب.")
    claims = extract(article(text))
    assert len(claims) == 2


def test_evidence_offsets_slice_the_original_text():
    text = "دمشق ـ قُتِلَ ١٤ مدنيًّا\u00a0في قصف على حي جوبر."
    claims = extract(article(text))
    ev = claims[0].evidence
    assert text[ev.start:ev.end] == ev.text
    f = claims[0].figures[0]
    assert text[f.span.start:f.span.end] == f.text


def test_no_casualties_no_claims():
    assert extract(article("عقد مجلس الأمن جلسة لبحث الوضع في سوريا.")) == []


def test_english_report():
    text = ("BEIRUT, March 12, 2024 (Reuters) - At least 23 civilians, including seven children, were "
            "killed on Tuesday in air strikes on the town of Atarib in Aleppo province, the Syrian "
            "Observatory for Human Rights said.")
    (claim,) = extract(Article(id="e", text=text, published="2024-03-12", lang="en"))
    assert claim.claimant == "sohr"
    assert claim.event_type == "airstrike"
    assert claim.place.governorate == "aleppo"  # the Beirut dateline is where the reporter files from
    assert claim.date.start == "2024-03-12"
    assert [(f.kind, f.group, f.low, f.qualifier) for f in claim.figures] == [
        ("killed", "civilians", 23, "at_least"), ("killed", "children", 7, "exact")]


def test_twin_areas_in_two_governorates_have_no_governorate():
    text = ("قالت مصادر محلية إن القوات الحكومية قصفت مدينة حماة أمس.\n"
            "وقتل 30 مسلحا في غارات على ريف حلب الغربي وريف إدلب الشمالي.")
    claim = [c for c in extract(article(text)) if c.figures[0].low == 30][0]
    assert claim.place.governorate == "unknown"


def test_new_paragraph_keeps_the_place_just_named():
    text = ("زار وفد أممي مدينة اللاذقية اليوم.\n"
            "وقال ناشطون إن اشتباكات عنيفة دارت في بلدة تل رفعت بريف حلب الشمالي.\n"
            "وتسببت الاشتباكات بمقتل 12 عنصرا من الطرفين.")
    claim = extract(article(text))[0]
    assert claim.place.governorate == "aleppo"


def test_claimant_going_on_keeps_the_day_it_gave_in_its_own_words():
    text = ("وقالت وزارة الخارجية السورية إن طائرات التحالف ارتكبت فجر أمس مجزرة في بلدة الشعفة.\n"
            "وأكدت أن الغارات تسببت بسقوط عشرات الشهداء والجرحى.")
    claim = extract(article(text))[0]
    assert claim.date is not None and claim.date.start == "2024-03-13"


def test_day_of_a_statement_does_not_date_what_the_claimant_says_next():
    text = ("نددت وزارة الخارجية يوم الثلاثاء بالغارات على مدينة الرقة.\n"
            "وقالت الوزارة إن الغارات أسفرت عن مقتل 14 مدنيا.")
    assert extract(article(text))[0].date is None


def test_total_counts_over_the_period_its_claimant_just_stated():
    text = ("وثق المرصد السوري لحقوق الإنسان تنفيذ 900 غارة منذ 1 كانون الثاني وحتى أمس.\n"
            "وتمكن المرصد من توثيق مقتل 380 مدنيا جراء الغارات.")
    claim = extract(article(text))[0]
    assert claim.scope == "cumulative"
    assert claim.date is not None and claim.date.start == "2024-01-01" and claim.date.end == "2024-03-13"


def test_day_right_after_the_claimant_is_the_statement_day():
    claims = extract(article("وأورد المرصد السوري لحقوق الإنسان، اليوم، عن مقتل 11 مقاتلا مساء أمس في ريف إدلب."))
    assert claims[0].date is not None and claims[0].date.start == "2024-03-13"
    claims = extract(article("وأعلن مصدر في قيادة الشرطة، أمس، عن مقتل سبعة مسلحين في الأنبار."))
    assert claims[0].date is None


def test_chronology_line_dates_every_sentence_on_it():
    text = ("أبرز الهجمات خلال العام:\n"
            "12 يناير: غارات على بلدة كفرنبل. وقتل 9 مدنيين على الأقل في هذا القصف.\n"
            "4 شباط: أعلنت دمشق أن غارة أسفرت عن مقتل شخصين قرب مطار المزة.")
    claims = extract(article(text))
    assert [c.date.start if c.date else None for c in claims] == ["2024-01-12", "2024-02-04"]


def test_date_beside_another_claims_figures_is_not_borrowed():
    text = ("قتل ثلاثة أشخاص في انفجار في حي ركن الدين بدمشق، وفي ريف دمشق قتل شخصان "
            "بانفجار عبوة في جرمانا ليلة أمس.")
    claims = extract(article(text))
    assert claims[0].date is None
    assert claims[1].date is not None


def test_claimants_quoted_words_date_what_it_goes_on_to_say():
    text = ("وأضافت وزارة الدفاع الروسية في بيان: \"في 7 آذار تعرضت قوات موالية لقصف مفاجئ قرب الصالحية\".\n"
            "ولفتت الوزارة الى انه \"أصيب 25 عنصرا من القوات الموالية في الحادثة\".")
    claim = extract(article(text))[0]
    assert claim.date is not None and claim.date.start == "2024-03-07"


def test_each_claim_keeps_the_places_of_its_own_clause():
    text = ("أما في دمشق، قتل ثلاثة أشخاص جراء انفجار في حي القيمرية، وفي ريف دمشق، "
            "قتل شخصان بانفجار عبوة في بلدة جرمانا.")
    claims = extract(article(text))
    assert claims[0].place.governorate == "damascus"
    assert claims[1].place.name == "جرمانا"


def test_total_without_a_place_is_about_the_region_the_story_leads_with():
    text = ("تتواصل الغارات على الغوطة الشرقية لليوم الرابع.\n"
            "وقال المرصد السوري لحقوق الإنسان إن حصيلة القتلى ارتفعت إلى 210 مدنيين منذ بدء الحملة.")
    claim = extract(article(text))[0]
    assert claim.scope == "cumulative"
    assert claim.place.governorate == "rif_dimashq"


def test_total_without_a_place_is_not_the_town_the_story_leads_with():
    text = ("قصفت الطائرات بلدة سرمين صباح اليوم.\n"
            "وقال المرصد السوري لحقوق الإنسان إن حصيلة القتلى في سوريا بلغت 90 شخصا منذ بداية الشهر.")
    claim = extract(article(text))[0]
    assert claim.place.governorate == "unknown"


def test_day_a_statement_was_published_after_the_toll_is_not_the_event_day():
    claims = extract(article("قتل 30 جنديا في كمين بالصحراء، بحسب المرصد السوري لحقوق الإنسان اليوم الخميس."))
    assert claims[0].claimant == "sohr"
    assert claims[0].date is None


def test_syrian_dateline_is_not_the_event_place_when_the_sentence_names_one():
    text = ("حمص 3 آذار 2024 - قال ناشطون إن 6 مدنيين قتلوا في قصف على بلدة تلبيسة في ريف حمص الشمالي.")
    claim = extract(article(text))[0]
    assert claim.place.name == "تلبيسة"


def test_sentence_adding_to_a_claimants_list_is_that_claimants():
    text = ("وقال المرصد السوري لحقوق الإنسان إن 40 عنصرا من التنظيم قتلوا في الغارات.\n"
            "كما لقي 12 مسلحا من فصيل آخر حتفهم في غارات على ريف إدلب.")
    claims = extract(article(text))
    assert [c.claimant for c in claims] == ["sohr", "sohr"]


def test_also_inside_a_sentence_names_no_claimant():
    claims = extract(article("اندلعت اشتباكات في حلب، كما اشتبك الجيش الحر مع القوات الحكومية وسقط 4 قتلى."))
    assert claims[0].claimant == "outlet"


def test_adding_to_a_claimants_total_is_still_a_total():
    text = ("وقال المرصد السوري لحقوق الإنسان إن 300 عنصر من التنظيم قتلوا منذ بدء الغارات قبل عام.\n"
            "كما لقي ما لا يقل عن 40 مسلحا من فصيل آخر حتفهم في غارات على ريف إدلب.")
    claims = extract(article(text))
    assert [c.scope for c in claims] == ["cumulative", "cumulative"]


def test_a_strike_told_after_a_claimants_total_is_that_strikes_toll():
    text = ("وقال المرصد السوري لحقوق الإنسان إن 300 عنصر من التنظيم قتلوا منذ بدء الغارات قبل عام.\n"
            "كذلك أدت غارة جوية على قرية الحميدية إلى مقتل شخصين، بحسب المرصد.")
    claims = extract(article(text))
    assert [c.scope for c in claims] == ["cumulative", "incident"]


def test_reports_naming_no_source_are_unnamed_but_a_news_agency_is_named():
    text = "قال الجيش إنه قصف مواقع في المنطقة، وتشير الأنباء إلى أن عددا من المدنيين قتلوا في القصف."
    assert [c.claimant for c in extract(article(text))] == ["unnamed"]
    text = "أعلنت وكالة الأنباء الأردنية مقتل 3 أشخاص في انفجار قرب الحدود."
    assert [c.claimant for c in extract(article(text))] == ["other"]


def test_a_speaker_opening_a_statement_of_its_own_does_not_take_the_figure_before():
    text = ("قصفت الطائرات بلدة في ريف حلب ما أدى إلى مقتل 7 أشخاص، بينما قال مراسل الجزيرة إن "
            "القوات النظامية أطلقت صاروخا آخر على المنطقة.")
    assert [c.claimant for c in extract(article(text))] == ["outlet"]
    text = "قتل 7 أشخاص في قصف على بلدة في ريف حلب، بحسب المرصد الذي أشار إلى أن العدد مرشح للارتفاع."
    assert [c.claimant for c in extract(article(text))] == ["sohr"]


def test_a_quotation_left_open_ends_with_its_paragraph():
    text = ('وقالت وزارة الخارجية السورية في بيان إن "الطيران الحربي استهدف حيا سكنيا ما أدى إلى مقتل 9 مدنيين.\n'
            "وكانت طائرات حربية نفذت أمس غارة على بلدة أخرى أسفرت عن مقتل 4 أشخاص.")
    assert [c.claimant for c in extract(article(text))] == ["syria_mofa", "outlet"]
    # one running on opens its next paragraph with a quote mark again
    text = ('وقالت وزارة الخارجية السورية في بيان إن "الطيران الحربي استهدف حيا سكنيا ما أدى إلى مقتل 9 مدنيين.\n'
            '"كما نفذت الطائرات غارة على بلدة أخرى أسفرت عن مقتل 4 أشخاص".')
    assert [c.claimant for c in extract(article(text))] == ["syria_mofa", "syria_mofa"]


@pytest.mark.parametrize("speaker,expected", [
    ("مصدر في الدفاع المدني", "white_helmets"),
    ("ناشطون في المرصد السوري", "sohr"),
    ("مصدر في الجيش", "unnamed"),  # a side, not a reporting body
    ("ناشطون في حلب", "local_sources"),
])
def test_sources_in_a_listed_body_speak_for_it(speaker, expected):
    text = f"وقال {speaker} إن 6 أشخاص قتلوا في القصف على البلدة."
    assert [c.claimant for c in extract(article(text))] == [expected]


def test_a_heading_in_the_outlets_voice_retold_by_a_claimant_is_the_claimants_claim():
    text = ("قالت وزارة الدفاع الروسية في بيان إن مركزا أقيم لمساعدة اللاجئين على العودة.\n"
            "مقتل 12 مدنيا في قصف على ريف إدلب الجنوبي\n"
            "ميدانيا، أعلن المرصد السوري لحقوق الإنسان عن مقتل 12 مدنيا في غارات على بلدة كفرنبل.")
    claims = extract(article(text))
    assert [(c.claimant, [f.low for f in c.figures]) for c in claims] == [("sohr", [12])]


def test_headline_figure_told_again_in_the_body_is_one_claim_with_the_bodys_day():
    text = ("المرصد: 23 قتيلا في غارات على السفيرة\n\n"
            "حلب 12 آذار 2024 - قال المرصد السوري لحقوق الإنسان إن 23 قتيلا سقطوا فجر اليوم في غارات "
            "على مدينة السفيرة بريف حلب.")
    claims = extract(article(text, published="2024-03-12"))
    assert len(claims) == 1
    assert claims[0].place.name == "السفيرة"
    assert claims[0].date is not None and claims[0].date.start == "2024-03-12"


def test_a_toll_placed_only_in_the_country_is_the_countrys():
    claims = extract(article("قال المرصد إن 85 شخصا قتلوا في سوريا يوم الأحد."))
    assert claims[0].scope == "cumulative"


def test_one_attack_placed_only_by_its_country_stays_an_incident():
    claims = extract(article("أسفرت غارة جوية على موقع عسكري في شرق سوريا عن مقتل 17 عنصرا، بحسب المرصد."))
    assert claims[0].scope == "incident"
    claims = extract(article("قصفت مدفعية الجيش قرية في شمال سوريا، ما أوقع ستة جرحى."))
    assert claims[0].scope == "incident"


def test_a_war_scale_toll_is_a_total_whatever_its_clause_names():
    claims = extract(article("اندلع نزاع دام أدى إلى مقتل أكثر من 90 ألف شخص، وفق الأمم المتحدة."))
    assert claims[0].scope == "cumulative"


def test_a_toll_per_unit_of_time_is_a_rate_over_a_period():
    claims = extract(article("قال ناشطون إن عشرات المدنيين قتلوا يوميا في قصف المدينة."))
    assert claims[0].scope == "cumulative"
    claims = extract(article("وشهدت البلدة خلال السنوات الماضية غارات خلفت 40 قتيلا."))
    assert claims[0].scope == "cumulative"


def test_a_roundup_frame_naming_a_governorate_makes_its_toll_a_total():
    claims = extract(article("وفي محافظة حماة، قتل سبعة مدنيين بينهم امرأتان."))
    assert claims[0].scope == "cumulative"
    assert claims[0].place.governorate == "hama"


def test_raids_on_a_whole_governorate_are_a_total_one_raid_is_not():
    claims = extract(article("قتل 19 مدنيا في غارات على محافظة درعا جنوب سوريا."))
    assert claims[0].scope == "cumulative"
    assert claims[0].place.governorate == "daraa"
    claims = extract(article("قتل 19 مدنيا في غارة على محافظة درعا."))
    assert claims[0].scope == "incident"


def test_a_governorate_locating_a_named_or_unnamed_target_is_not_a_total():
    claims = extract(article("وفي محافظة حماة، قتل سبعة مدنيين في قصف على قرية كفرنبودة."))
    assert claims[0].scope == "incident"
    claims = extract(article("قتل 12 جنديا في هجوم على مطار عسكري في محافظة حمص."))
    assert claims[0].scope == "incident"


def test_a_brief_window_in_one_town_is_one_event_a_long_one_a_total():
    claims = extract(article("قال المرصد إن 14 مقاتلا قتلوا في اشتباكات مستمرة منذ ليل أمس في بلدة مورك."))
    assert claims[0].scope == "incident"
    claims = extract(article("قال المرصد إن 140 مقاتلا قتلوا في اشتباكات منذ مطلع الشهر في بلدة مورك."))
    assert claims[0].scope == "cumulative"
    claims = extract(article("قال المرصد إن 14 مدنيا قتلوا خلال 24 ساعة في الغوطة الشرقية."))
    assert claims[0].scope == "cumulative"


def test_a_toll_of_fighting_that_went_on_for_days_is_a_total():
    # "since" after a word for something ongoing counts a span back from now
    claims = extract(article("قال المرصد إن 40 مسلحا قتلوا في المعارك الجارية منذ أكثر من أسبوع في بلدة مورك."))
    assert claims[0].scope == "cumulative"
    claims = extract(article("قتل 25 مقاتلا في الاشتباكات المستمرة منذ عشرة أيام في بلدة مورك."))
    assert claims[0].scope == "cumulative"
    # a fight that lasted days
    claims = extract(article("قتل 25 مقاتلا في معارك دامت خمسة أيام في بلدة مورك."))
    assert claims[0].scope == "cumulative"
    # "منذ" alone may be "ago"; a fight of hours is one fight
    claims = extract(article("قتل خمسة مقاتلين منذ ثلاثة أيام في كمين قرب بلدة مورك."))
    assert claims[0].scope == "incident"
    claims = extract(article("قتل خمسة مقاتلين في اشتباكات استمرت ساعتين في بلدة مورك."))
    assert claims[0].scope == "incident"


def test_a_claimants_total_goes_on_unless_a_scene_in_one_town_is_set_between():
    total = "قالت وزارة الداخلية إن قواتها اعتقلت 16 شخصا في سلسلة عمليات في عدة مدن. "
    later = "وأضافت وزارة الداخلية أن القوات اعتقلت 13 عنصرا في حين فر أحدهم."
    assert [c.scope for c in extract(article(total + later))] == ["cumulative", "cumulative"]
    scene = "وكانت القوات شنت عملية فجر الخميس في مدينة سجنان. "
    assert [c.scope for c in extract(article(total + scene + later))] == ["cumulative", "incident"]


def test_a_toll_since_then_or_for_a_day_is_a_total():
    claims = extract(article("بدأ الهجوم على البلدة مطلع الشهر. وأسفرت المعارك منذ ذلك الحين عن مقتل 86 مقاتلا."))
    assert claims[-1].scope == "cumulative"
    claims = extract(article("وأفاد المرصد بسقوط 38 قتيلا في حصيلة أولية ليوم الجمعة."))
    assert claims[0].scope == "cumulative"


def test_a_toll_of_bombing_or_fighting_that_goes_on_is_the_campaigns_so_far():
    claims = extract(article("وقتل 300 شخص على الأقل في القصف المتواصل على بلدات ريف حمص الشمالي."))
    assert claims[0].scope == "cumulative"
    claims = extract(article("وتسبب القتال الدائر في المنطقة بمقتل 60 مدنيا، بحسب ناشطين."))
    assert claims[0].scope == "cumulative"
    claims = extract(article("وقتل عدد من قادة التنظيم في الأشهر الأخيرة في غارات للتحالف."))
    assert claims[0].scope == "cumulative"
    # the battle of one town named is that town's
    claims = extract(article("قتل خمسة مقاتلين في المعارك الدائرة في بلدة مورك."))
    assert claims[0].scope == "incident"
    # "since" right after it says since when: a night's fighting in one town is one fight
    claims = extract(article("قال المرصد إن 14 مقاتلا قتلوا في الاشتباكات المستمرة منذ ليل أمس في بلدة مورك."))
    assert claims[0].scope == "incident"


def test_a_toll_tied_to_one_blast_ignores_the_wider_story_around_it():
    claims = extract(article("قتل 23 شخصا في تفجير سيارة مفخخة في سوق المدينة، في أعنف هجوم تشهده منذ بداية العام."))
    assert claims[0].scope == "incident"
    claims = extract(article("قتل 23 شخصا في غارة على سوق المدينة، وهي الأعنف خلال الشهر."))
    assert claims[0].scope == "incident"
    # an offensive is no one attack: its toll since it began is a total
    claims = extract(article("وقتل أكثر من 600 مقاتل منذ بدء الهجوم على المدينة."))
    assert claims[0].scope == "cumulative"


def test_plural_raids_on_a_listed_region_are_its_total():
    claims = extract(article("وقتل 41 مدنيا في الغارات على الغوطة الشرقية يوم الأحد."))
    assert claims[0].scope == "cumulative"
    # the countryside of a governorate locates a village the text may name next
    claims = extract(article("مقتل 6 مدنيين في قصف على ريف حماة الشمالي."))
    assert claims[0].scope == "incident"


def test_a_toll_shared_out_attack_by_attack_keeps_each_share_an_incident():
    text = ("وقال المرصد إن 9 عناصر قتلوا جراء قصف جوي على مقر في مدينة البوكمال في دير الزور، بينما قتل 7 "
            "في قصف جوي على حاجز قرب مدينة الطبقة في الرقة، وقتل 4 في قصف على مدينة منبج في حلب.")
    claims = extract(article(text))
    assert claims[0].scope == "incident"


def test_a_toll_over_governorates_in_the_plural_is_a_total():
    claims = extract(article("قتل 27 جنديا في قصف واشتباكات في محافظات حلب وإدلب وحماة."))
    assert claims[0].scope == "cumulative"


def test_a_toll_during_a_campaign_is_the_campaigns_total():
    claims = extract(article("وقتل 31 مدنيا جراء قصف القوات الحكومية خلال حملة التصعيد على المدينة."))
    assert claims[0].scope == "cumulative"


def test_a_kidnapping_placed_only_in_the_country_is_one_act():
    claims = extract(article("قال المرصد إن مسلحين خطفوا 7 عمال في سوريا أمس."))
    assert claims[0].scope == "incident"

def test_according_to_closing_the_clause_overrides_the_verb_before():
    text = ("أعلنت وزارة الدفاع الروسية أن طائرات معادية قصفت مواقع قرب دمشق، حيث قتل 15 عنصرا، "
            "وفق المرصد السوري لحقوق الإنسان.")
    claims = extract(article(text))
    assert [c.claimant for c in claims] == ["sohr"]


def test_according_to_opening_what_follows_does_not_reach_back():
    text = ("وبحسب المرصد فإن المعارك أسفرت عن مقتل 40 شخصا، علما أن الحرب أدت إلى مقتل "
            "أكثر من مئة ألف شخص وفق الأمم المتحدة.")
    claims = extract(article(text))
    assert {c.figures[0].low: c.claimant for c in claims} == {40: "sohr", 100000: "un"}


def test_relaying_speaker_keeps_the_figure():
    text = "وقال مدير المرصد إن بين القتلى ثلاثة أطفال قضوا في القصف، نقلا عن مصادر طبية."
    claims = extract(article(text))
    assert claims[0].claimant == "sohr"


def test_quoted_name_after_a_verb_of_saying_is_who_said_it():
    text = ('وقالت "هيئة الإغاثة"، في بيان على موقعها، إنها وثقت مقتل 12 شخصا في قصف على بلدة سرمين.')
    claims = extract(article(text))
    assert claims[0].claimant == "other"
    assert claims[0].claimant_text == "هيئة الإغاثة"


def test_short_quotation_after_a_verb_of_saying_is_not_a_name():
    text = 'وقال "لن نتراجع أبدا"، مؤكدا أن خمسة مقاتلين قتلوا في الهجوم.'
    claims = extract(article(text))
    assert claims[0].claimant != "other" or claims[0].claimant_text != "لن نتراجع أبدا"


def test_unlisted_name_after_a_sentence_opening_verb_is_who_said_it():
    text = ("قتل ثلاثة أشخاص في قصف على بلدة كفرنبل.\n"
            "وقال جهاز الإسعاف المحلي إن سبعة مدنيين قتلوا في غارة على بلدة معرة النعمان.")
    claims = extract(article(text))
    assert claims[-1].claimant == "other"
    assert claims[-1].claimant_text == "جهاز الإسعاف المحلي"


def test_subject_between_kana_and_its_verb_is_who_said_it():
    text = "وكانت الحكومة الأردنية قد أعلنت في وقت سابق أن جنديين قتلا في اشتباك على الحدود."
    claims = extract(article(text))
    assert claims[0].claimant == "other"
    assert claims[0].claimant_text == "الحكومة الأردنية"


def test_plural_verb_has_no_subject_after_it():
    text = "وأعلنوا ردا على الهجوم مسؤوليتهم عن مقتل أربعة جنود في كمين."
    claims = extract(article(text))
    assert claims[0].claimant_text != "ردا"


def test_newspaper_relaying_is_unnamed_and_a_listed_name_after_its_head_wins():
    claims = extract(article("وقالت صحيفة الأيام إن عشرة مسلحين قتلوا في اشتباكات قرب حماة."))
    assert claims[0].claimant == "unnamed"
    claims = extract(article("وقالت قناة الإخبارية السورية إن خمسة جنود قتلوا في هجوم قرب حماة."))
    assert claims[0].claimant == "state_media"


def test_lone_definite_noun_refers_back_to_the_claimant_named_with_it():
    text = ("وقالت مجموعة الرصد الميداني إن أربعة مدنيين قتلوا في قصف على بلدة سرمين.\n"
            "قتل رجلان في انفجار عبوة في حلب.\n"
            "وأضافت المجموعة أن طفلين قتلا في غارة على بلدة بنش.")
    claims = extract(article(text))
    assert [c.claimant for c in claims] == ["other", "outlet", "other"]
    assert claims[-1].claimant_text == "مجموعة الرصد الميداني"


def test_between_is_not_a_verb_of_saying():
    text = ("قصفت طائرات حربية مواقع قرب الحدود، بعد اشتباكات بين الجيش التركي والمسلحين، "
            "وأسفر القصف عن مقتل تسعة مسلحين.")
    claims = extract(article(text))
    assert claims[0].claimant == "outlet"


def test_name_before_a_verb_followed_by_its_count_is_who_said_it():
    text = "وكانت لجان التنسيق المحلية وثقت سقوط 75 قتيلا أمس في عدة محافظات."
    claims = extract(article(text))
    assert claims[0].claimant == "other"
    assert claims[0].claimant_text == "لجان التنسيق المحلية"


def test_addressee_before_a_verb_is_not_its_subject():
    text = 'وقال أحد الشهود لوكالة «رويترز»: «شاهدت أكثر من 20 جثة في الشارع».'
    claims = extract(article(text))
    assert claims[0].claimant == "local_sources"


def test_background_clause_after_a_statement_is_the_outlets():
    text = ('أكد وزير الداخلية الأردني أن "الحدود آمنة"، وذلك بعد يومين من مقتل ثلاثة جنود '
            "في هجوم قرب المعبر.")
    claims = extract(article(text))
    assert claims[0].claimant == "outlet"


def test_author_of_the_statement_something_came_in():
    text = ('وجاء في بيان "جبهة التحرير" في المنطقة الشمالية، أنها قتلت 12 عنصرا من اللواء.\n'
            "وأشار البيان إلى مقتل ثلاثة آخرين في كمين قرب البلدة.")
    claims = extract(article(text))
    assert [c.claimant for c in claims] == ["other", "other"]
    assert claims[0].claimant_text == "جبهة التحرير"


def test_a_total_shared_over_governorates_is_the_storys_countrys():
    text = ("تتواصل المعارك في سوريا منذ أشهر.\n"
            "وقالت لجان ناشطين إن 95 شخصا قتلوا أمس برصاص القوات الحكومية معظمهم في حمص ودرعا وإدلب.")
    claim = extract(article(text))[-1]
    assert claim.scope == "cumulative"
    assert claim.place.name == "سوريا" and claim.place.precision == "country"
    assert claim.place.span is not None  # read where the article names the country


def test_a_war_toll_placed_nowhere_is_the_storys_countrys_but_not_a_towns():
    war = ("اجتمع وزراء الخارجية لبحث الأزمة في سورية.\n"
           "وأدى النزاع المستمر منذ عامين إلى مقتل أكثر من 70 ألف شخص بحسب الأمم المتحدة.")
    assert extract(article(war))[-1].place.name == "سوريا"  # a country goes by its usual name
    # just after a town's battle, a total placed nowhere is that battle's, not the country's
    town = ("تشهد سوريا معارك منذ سنوات.\n"
            "وتدور اشتباكات عنيفة في مدينة تلبيسة منذ أسبوع.\n"
            "وأسفرت المعارك المتواصلة عن مقتل أكثر من 60 مقاتلا خلال الأيام الماضية.")
    assert extract(article(town))[-1].place.name != "سوريا"
    # a war's toll of thousands is the country's even just after a town's battle
    war_after_town = ("تشهد سوريا معارك منذ سنوات.\n"
                      "وتدور اشتباكات عنيفة في مدينة تلبيسة منذ أسبوع.\n"
                      "وأدى النزاع المستمر منذ عامين إلى مقتل أكثر من 70 ألف شخص.")
    assert extract(article(war_after_town))[-1].place.name == "سوريا"


def test_a_datelines_country_is_not_the_storys():
    text = ("دبي، الإمارات العربية المتحدة (CNN) -- أفادت مصادر بسقوط 80 قتيلا في أنحاء البلاد منذ الصباح.")
    assert extract(article(text))[0].place.name != "الإمارات العربية المتحدة"


def test_a_total_only_most_of_which_a_city_holds_is_the_storys_countrys():
    text = ("تتواصل أعمال العنف في سوريا.\n"
            "وقالت لجان ناشطين إن 64 شخصا قتلوا أمس برصاص القوات الحكومية معظمهم في حلب وريفها.")
    claim = extract(article(text))[-1]
    assert claim.scope == "cumulative"
    assert claim.place.name == "سوريا"


def test_a_toll_told_again_by_another_claimant_keeps_its_perpetrator():
    text = ("قتل 37 شخصا برصاص قوات النظام في مدن عدة يوم الأحد، بحسب ناشطين.\n\n"
            "وقالت لجان التنسيق المحلية إنها وثقت مقتل 37 شخصا في ذلك اليوم.")
    first, second = extract(article(text))
    assert first.perpetrator == second.perpetrator == "syrian_gov"
    assert second.provenance["perpetrator"].span.text == "قوات النظام"


def test_a_vague_or_small_toll_told_again_is_not_the_same_toll():
    text = ("قتل عشرات الأشخاص برصاص قوات النظام في مدن عدة يوم الأحد، بحسب ناشطين.\n\n"
            "وقالت لجان التنسيق المحلية إن عشرات الأشخاص قتلوا في انفجار في بلدة أخرى.")
    assert extract(article(text))[-1].perpetrator == "unknown"

def test_a_place_named_before_what_locates_it_is_the_place():
    # "X جنوبي بغداد", "X، قرب Y": the place after a word of direction or nearness only says
    # where the one before it lies
    text = "قال مصدر أمني إن خمسة أشخاص لقوا مصرعهم بانفجار سيارة ملغومة في منطقة المحمودية جنوبي بغداد."
    claim = extract(article(text))[0]
    assert claim.place.name == "المحمودية"
    assert claim.place.governorate == "iraq"
    claim = extract(article("قتل ثلاثة مدنيين في قصف على بلدة عابدين، قرب خان شيخون."))[0]
    assert claim.place.name == "عابدين"
    assert claim.place.governorate == "idlib"


def test_an_adjective_or_a_list_is_not_located_by_the_town_after_it():
    claim = extract(article("قتل 6 أشخاص في سقوط قذيفة على سوق شعبي في مدينة إدلب."))[0]
    assert claim.place.name == "إدلب"  # "سوق شعبي": a kind of market, not a named one
    claim = extract(article("قتل 9 مدنيين في قصف على بلدات الحراك والمسيفرة وبصرى الشام في درعا."))[0]
    assert claim.place.name != "بصرى الشام"  # the last of a list is not the one place


def test_a_toll_told_after_its_attack_takes_the_attacks_site_or_located_town():
    # the sentence before names a site, then its quarter and city; or a town, then the city
    # it lies near: the toll is the site's or the town's, not the last place named
    text = ("وقع انفجار في جامع الرحمن بالقصاع في شرق دمشق ظهر اليوم.\n"
            "وقالت مصادر طبية إن الانفجار أدى إلى مقتل 12 شخصا.")
    assert extract(article(text))[0].place.name == "جامع الرحمن"
    text = ("تعرضت مدينة دوما قرب دمشق لقصف عنيف، نفت دمشق أي مسؤولية عنه.\n"
            "وأكد الدفاع المدني أن القصف أسفر عن مقتل 20 شخصا.")
    claim = extract(article(text))[0]
    assert claim.place.name == "دوما"
    assert claim.place.governorate == "rif_dimashq"


def test_the_town_with_no_name_points_back_to_the_town_last_named():
    text = ("اندلعت اشتباكات عنيفة في مدينة حلب، ولا سيما في حي الشيخ مقصود.\n"
            "وقتل 14 مقاتلا في هجوم على ثكنة عسكرية في المدينة، وفق ناشطين.")
    claim = extract(article(text))[-1]
    assert claim.place.name == "حلب"


def test_a_place_after_located_in_only_says_where_the_town_last_named_lies():
    text = ("تحاصر الفصائل بلدة كفرنبل منذ أشهر.\n"
            "وقتل خمسة مدنيين في قصف على البلدة الواقعة في محافظة إدلب.")
    claim = extract(article(text))[-1]
    assert claim.place.name == "كفرنبل"
    assert claim.place.governorate == "idlib"


def test_syrian_as_an_adjective_is_no_place():
    # "سورية" after an indefinite adjective is "Syrian" (the raids'), not the country: the
    # countryside named in the same sentence places the toll
    claims = extract(article("وأكدت المصادر ارتفاع حصيلة القتلى في ريف حلب خلال 24 ساعة إلى أكثر من 20 "
                             "مدنيا قتلوا بغارات جوية سورية على الأسواق."))
    assert claims[0].place.governorate == "aleppo"
    assert claims[0].place.name == "ريف حلب"
    # after a preposition, or a plural noun of land, it is still the country
    claims = extract(article("وثقت الشبكة مقتل 40 شخصا في عدة محافظات سورية."))
    assert claims[0].place.name == "سوريا" and claims[0].place.span.text == "سورية"


def test_a_dateline_after_the_outlets_name_is_not_the_event_place():
    # "OUTLET – CITY (COUNTRY)": where the reporter files from, even after the outlet's name
    text = ("موقع الخبر – ديار بكر (تركيا)\n"
            "قال مسؤولون أتراك إن انفجارا في بلدة كلس قرب الحدود أسفر عن مقتل 9 أشخاص.\n"
            "وقال شاهد إنه رأى أكثر من 5 جثث.")
    claims = extract(article(text))
    assert [c.place.name for c in claims] == ["كلس", "كلس"]
    assert {c.place.governorate for c in claims} == {"other"}


def test_a_total_over_syrian_places_is_not_the_foreign_country_the_story_names():
    # the story names Britain most (as a government), but a toll summed over Syrian towns in
    # two governorates is no British total: no country below which to place it
    text = ("رفضت روسيا اتهامات بريطانيا لها بقصف المدنيين، وقالت إن بريطانيا تكذب.\n"
            "وقتل 20 شخصا في دوما اليوم، ليرتفع عدد القتلى إلى 200 شخص خلال أسبوع من القصف على "
            "دوما وحرستا وجوبر.")
    total = [c for c in extract(article(text)) if c.figures[0].low == 200][0]
    assert total.place.governorate == "unknown"
    assert total.place.name is None


def test_a_neighbour_named_beside_a_town_adds_no_governorate_to_a_total():
    # "the border town with Lebanon": Lebanon only says where the town lies; the total is
    # the town's, not one over two governorates placed in Lebanon
    claims = extract(article("وتسببت المعارك في الزبداني، المدينة الحدودية مع لبنان، بمقتل 70 مقاتلا منذ بدء الهجوم."))
    assert claims[0].scope == "cumulative"
    assert (claims[0].place.name, claims[0].place.governorate) == ("الزبداني", "rif_dimashq")


def test_syria_after_a_word_of_direction_only_locates_the_place_of_a_total():
    # "جنوبي سوريا" says where the governorate lies: the total is the governorate's
    claims = extract(article("ارتفعت حصيلة القتلى جراء الهجمات في محافظة درعا جنوب سوريا إلى نحو 250 قتيلا."))
    assert claims[0].scope == "cumulative"
    assert (claims[0].place.name, claims[0].place.governorate) == ("درعا", "daraa")
    # named as the place itself, Syria still places a national total
    claims = extract(article("ارتفعت حصيلة القتلى جراء الهجمات في سوريا إلى نحو 250 قتيلا."))
    assert claims[0].place.name == "سوريا"


def test_an_earlier_toll_the_claimant_has_raised_is_dropped():
    text = ("قال المرصد السوري لحقوق الإنسان إن 27 مدنيا قتلوا في قصف على بلدة كفرنبل، "
            "بعد حصيلة سابقة أفادت عن مقتل 19 مدنيا.")
    lows = [f.low for c in extract(article(text)) for f in c.figures if f.kind == "killed"]
    assert 27 in lows and 19 not in lows


def test_a_pluperfect_report_of_a_toll_is_an_earlier_count():
    text = ("قال المرصد السوري لحقوق الإنسان إن عدد قتلى التفجير في بلدة الصنمين ارتفع إلى 33 شخصا.\n"
            "وكان المرصد قد أفاد صباحا بأن عدد القتلى بلغ 21 شخصا.")
    lows = [f.low for c in extract(article(text)) for f in c.figures if f.kind == "killed"]
    assert 33 in lows and 21 not in lows


def test_a_pluperfect_report_of_another_attack_is_kept():
    text = ("قال المرصد السوري لحقوق الإنسان إن 30 شخصا قتلوا في غارات على مدينة دوما.\n"
            "وكان المرصد أفاد عن مقتل ستة مدنيين في قصف على بلدة الحارة.")
    lows = [f.low for c in extract(article(text)) for f in c.figures if f.kind == "killed"]
    assert 30 in lows and 6 in lows


def test_a_negated_verb_of_harm_is_no_figure():
    assert extract(article("سقطت قذيفة قرب السوق ولم يصب أحد بأذى.")) == []


def test_two_claimants_joined_by_and_each_make_a_claim():
    text = "قتل 40 مدنيا في قصف على بلدة حزانو، وفقا لناشطين معارضين والمرصد السوري لحقوق الإنسان."
    claims = extract(article(text))
    assert {c.claimant for c in claims if any(f.low == 40 for f in c.figures)} == {"local_sources", "sohr"}


def test_a_claim_takes_the_day_its_claimant_gives_the_event_in_a_sentence_near():
    text = ("قتل 30 مسلحا على الأقل خلال هجوم على حاجز عسكري في ريف حماة، وفق ما أفاد المرصد السوري لحقوق الإنسان الخميس.\n"
            "كما أفاد المرصد عن مقتل ستة جنود في المعارك التي بدأت مساء الثلاثاء.")
    claim = extract(article(text))[0]
    assert claim.date is not None and claim.date.start == "2024-03-12"
    assert claim.provenance["date"].source == "claimant" and "الثلاثاء" in claim.provenance["date"].span.text
    text = ("تقدمت فصائل المعارضة الأربعاء نحو بلدة كفرنبودة في ريف حماة، وفق ما أعلن المرصد السوري لحقوق الإنسان.\n"
            "وأفاد المرصد عن مقتل 12 عنصرا من قوات النظام في الاشتباكات.")
    claim = extract(article(text))[0]
    assert claim.date is not None and claim.date.start == "2024-03-13"


def test_a_claim_takes_no_day_its_claimant_tells_with_a_statement_or_a_count_over_days():
    # the day someone spoke in that sentence
    text = ("قتل 30 مسلحا على الأقل في هجوم على حاجز عسكري في ريف حماة، وفق ما أفاد المرصد السوري لحقوق الإنسان الخميس.\n"
            "ويوم الثلاثاء قال المرصد إن 6 جنود قتلوا في الاشتباكات.")
    assert extract(article(text))[0].date is None
    # the day a count starts from
    text = ("قتل 30 مسلحا على الأقل في هجوم على حاجز عسكري في ريف حماة، وفق ما أفاد المرصد السوري لحقوق الإنسان الخميس.\n"
            "وأفاد المرصد بمقتل 600 مقاتل منذ بدء المعارك في ريف حماة في 2 آذار.")
    assert extract(article(text))[0].date is None


def test_a_claimant_going_on_keeps_no_day_it_gave_another_place_or_for_a_count_over_days():
    # the day it gave in another governorate
    text = ("وقال المرصد السوري لحقوق الإنسان إن اشتباكات اندلعت في مدينة درعا مساء الثلاثاء.\n"
            "وأفاد المرصد بمقتل تسعة مدنيين في قصف على بلدة كفرنبل في ريف إدلب.")
    assert extract(article(text))[0].date is None
    text = text.replace("مدينة درعا", "مدينة معرة النعمان")
    assert extract(article(text))[0].date.start == "2024-03-12"
    # a toll over a counted span of days
    text = ("وقال المرصد السوري لحقوق الإنسان إن الفصائل سيطرت على بلدة كفرنبودة الأربعاء.\n"
            "وأضاف المرصد أن 40 مقاتلا قتلوا في معارك استمرت أربعة أيام في ريف حماة.")
    assert extract(article(text))[0].date is None
    text = text.replace("استمرت أربعة أيام", "عنيفة")
    assert extract(article(text))[0].date.start == "2024-03-13"


def test_shares_of_a_days_toll_told_just_before_are_of_that_day():
    text = ("وقالت لجان التنسيق المحلية إنها وثقت مقتل 90 شخصا في مختلف أنحاء سوريا الثلاثاء.\n"
            "وتوزع القتلى بواقع 40 في حلب، و25 في إدلب، و12 في حماة.")
    claims = extract(article(text))
    shares = [c for c in claims if c.place.governorate in ("aleppo", "idlib", "hama")]
    assert len(shares) == 3
    for c in shares:
        assert c.date is not None and c.date.start == "2024-03-12"
        assert c.provenance["date"].source in ("claimant", "previous")
    # more than the toll: not its shares
    text = text.replace("بواقع 40 في حلب", "بواقع 80 في حلب")
    shares = [c for c in extract(article(text)) if c.place.governorate in ("aleppo", "idlib", "hama")]
    assert shares and all(c.date is None for c in shares)


def test_day_a_statement_came_out_somewhere_is_not_the_event_day():
    text = "قتل 20 عنصرا من قوات النظام في اشتباكات في ريف حلب، حسب بيان نشر على موقع الجبهة الشامية الأربعاء."
    assert extract(article(text))[0].date is None
    text = "قتل 20 عنصرا من قوات النظام في اشتباكات في ريف حلب الأربعاء، حسب بيان نشر على موقع الجبهة الشامية."
    assert extract(article(text))[0].date.start == "2024-03-13"


def test_a_window_counted_back_from_now_ends_on_the_day_its_claimant_spoke():
    text = ("أفاد المرصد السوري لحقوق الإنسان بمقتل 40 عنصرا من التنظيم خلال الـ48 ساعة الماضية في غارات على ريف الرقة.\n"
            "وقال المرصد أمس إن غالبية القتلى من الجنسية السورية، مشيرا إلى مقتل 12 منهم في قصف على مقر في الرقة.")
    claim = extract(article(text))[0]
    assert (claim.date.start, claim.date.end) == ("2024-03-11", "2024-03-13")
    claim = extract(article(text.replace("وقال المرصد أمس إن", "وقال المرصد إن")))[0]
    assert (claim.date.start, claim.date.end) == ("2024-03-12", "2024-03-14")


def test_a_fight_told_from_its_start_to_its_end_dates_the_tolls_of_its_sentence():
    text = ("وقتل عشرة مسلحين من التنظيم في محيط مدينة تدمر، في اشتباكات مع هجوم شنه التنظيم، "
            "واستمر منذ ليل الاثنين وحتى صباح الثلاثاء.")
    claim = extract(article(text))[0]
    assert (claim.date.start, claim.date.end) == ("2024-03-11", "2024-03-12")
def test_according_to_a_listed_source_with_lam_is_that_source():
    claims = extract(article("قتل سبعة مسلحين في كمين قرب بلدة تلبيسة، وفقا لمراقبين."))
    assert (claims[0].claimant, claims[0].claimant_text) == ("unnamed", "مراقبين")


def test_according_to_an_unlisted_armed_group_is_other():
    claims = extract(article("قتل تسعة عناصر من قوات النظام في هجوم على حاجز قرب بلدة الحارة، طبقا لجيش المجاهدين."))
    assert claims[0].claimant == "other"
    assert claims[0].claimant_text == "جيش المجاهدين"


def test_according_to_what_a_source_said_names_the_source():
    text = "قتل أربعة مدنيين في قصف على قرية الهبيط، وفقا لما ذكرته وزارة الصحة اللبنانية."
    claims = extract(article(text))
    assert claims[0].claimant == "other" and "وزارة الصحة" in claims[0].claimant_text


def test_according_to_a_statement_credits_its_author():
    for text in ("قتل 12 مقاتلا في غارة على مواقع للتنظيم قرب مدينة الميادين، حسب بيان للقيادة المركزية.",
                 "قتل 12 مقاتلا في غارة على مواقع للتنظيم قرب مدينة الميادين، بحسب بيان صادر عن القيادة المركزية."):
        claims = extract(article(text))
        assert (claims[0].claimant, claims[0].claimant_text) == ("other", "القيادة المركزية"), text


def test_a_statements_adjectives_stand_between_it_and_its_author():
    claims = extract(article("قتل 12 شخصا في قصف على بلدة كفرزيتا، بحسب حصيلة أولية جديدة للمرصد."))
    assert claims[0].claimant == "sohr"


def test_according_to_a_plain_noun_names_no_source():
    for text in ("قتل خمسة مدنيين في غارة على بلدة معرة النعمان، بحسب الحصيلة الأخيرة.",
                 "قتل خمسة مدنيين في غارة على بلدة معرة النعمان، وفقا للحالة الميدانية.",
                 "قتل خمسة مدنيين في غارة على بلدة بنش، بحسب ما أعلنت الأحد في حسابها."):
        assert extract(article(text))[0].claimant == "outlet", text


def test_a_source_named_inside_what_a_claimant_said_is_relayed():
    text = "وقال محافظ ريف دمشق إن ستة أشخاص قتلوا في القصف على بلدة جسرين، وفقا للتقارير الأولية."
    assert extract(article(text))[0].claimant == "other"


def test_sanas_full_names_are_sana():
    for text in ("وأفادت الوكالة العربية السورية للأنباء بمقتل ثلاثة مواطنين في سقوط قذائف على حي القصاع.",
                 "وذكرت وكالة الأنباء السورية الرسمية أن ثلاثة مواطنين قتلوا في سقوط قذائف على حي القصاع."):
        assert extract(article(text))[0].claimant == "sana", text


def test_a_medium_described_then_named_in_brackets_is_the_named_one():
    for text in ('وقالت الوكالة الرسمية "سانا" إن ثلاثة مواطنين قتلوا في سقوط قذائف على حي القصاع.',
                 "قتل ثلاثة مواطنين في سقوط قذائف على حي القصاع، بحسب ما أفادت وكالة الأنباء الرسمية (سانا)."):
        assert extract(article(text))[0].claimant == "sana", text


def test_a_quoted_statement_after_a_claimant_is_not_its_name():
    text = 'وذكر المرصد السوري أن "التحالف قصف بلدة الشعفة، ما أسفر عن مقتل 11 مدنيا".'
    assert extract(article(text))[0].claimant == "sohr"


def test_a_breakdown_of_a_toll_keeps_its_claimant():
    text = ("قال المرصد السوري لحقوق الإنسان إن 75 شخصا قتلوا في أنحاء سوريا يوم الخميس.\n"
            "وتوزع القتلى بواقع 20 في حلب، و15 في إدلب.")
    claims = extract(article(text))
    assert {c.claimant for c in claims} == {"sohr"}
    assert any(f.low == 20 for c in claims for f in c.figures)


def test_a_breakdown_after_the_outlets_own_toll_stays_the_outlets():
    text = ("قتل 75 شخصا في أنحاء سوريا يوم الخميس.\n"
            "وتوزع القتلى بواقع 20 في حلب، و15 في إدلب.")
    assert {c.claimant for c in extract(article(text))} == {"outlet"}


def test_a_total_shared_out_town_by_town_is_cumulative_and_its_shares_are_not():
    text = "قتل 30 شخصا يوم السبت: 11 قتيلا في كفرنبل، و9 قتلى في معرة النعمان، و10 قتلى في خان شيخون."
    scopes = {c.figures[0].low: c.scope for c in extract(article(text))}
    assert scopes[30] == "cumulative"
    assert scopes[11] == "incident"


def test_two_towns_tolls_in_one_sentence_are_no_shared_total():
    text = "قتل 20 شخصا في قصف على بلدة كفرنبل، كما قتل 6 في بلدة حاس، و5 في بلدة البارة."
    assert {c.figures[0].low: c.scope for c in extract(article(text))}[20] == "incident"


def test_raids_on_several_towns_are_a_total_unless_a_town_is_named():
    assert extract(article("قتل 16 مدنيا في غارات على عدة قرى في ريف حماة الشمالي."))[0].scope == "cumulative"
    text = "شن الطيران غارات على عدة قرى في ريف حماة، ما أسفر عن مقتل أربعة مدنيين في قرية اللطامنة."
    assert extract(article(text))[0].scope == "incident"


def test_a_spokesman_for_a_listed_claimant_speaks_for_it():
    text = "وقال المتحدث باسم البنتاغون إن ثلاثة قياديين في التنظيم قتلوا في غارة قرب مدينة الباب."
    assert extract(article(text))[0].claimant == "us_official"


def test_a_surname_given_beside_a_listed_claimant_is_that_claimant_later():
    text = ("وقال جون كيربي المتحدث باسم البنتاغون إن قياديا في التنظيم قتل في غارة قرب مدينة الباب.\n"
            "وقال كيربي إن اثنين من مرافقيه قتلا أيضا في الغارة.")
    assert {c.claimant for c in extract(article(text))} == {"us_official"}


def test_any_minister_is_a_named_claimant():
    text = "قتل 14 شخصا في انفجار سيارة مفخخة في مدينة جبلة، بحسب وزير الداخلية اللبناني."
    claims = extract(article(text))
    assert (claims[0].claimant, claims[0].claimant_text) == ("other", "وزير الداخلية اللبناني")


def test_an_armed_group_claiming_an_attack_is_the_claimant():
    text = "تبنت هيئة تحرير الشام تفجيرا انتحاريا في بلدة معان أدى إلى مقتل 18 عنصرا من قوات النظام."
    claims = extract(article(text))
    assert (claims[0].claimant, claims[0].claimant_text) == ("other", "هيئة تحرير الشام")


def test_a_claim_of_responsibility_inside_a_clause_does_not_take_the_toll_before_it():
    text = "وتعرضت المدينة لقصف أودى بحياة العشرات، ولتفجيرات تبنى معظمها تنظيم داعش."
    assert extract(article(text))[0].claimant == "outlet"


def test_a_body_condemning_an_attack_tells_its_toll():
    text = "وأدانت جامعة الدول العربية الجمعة الهجوم على السوق الذي أسفر عن مقتل 12 مدنيا في مدينة إعزاز."
    claims = extract(article(text))
    assert (claims[0].claimant, claims[0].claimant_text) == ("other", "جامعة الدول العربية")


def test_a_medium_relaying_is_unnamed():
    text = "قتل خمسة جنود في هجوم على حاجز قرب مدينة العريش، وفق ما نقلته صحف محلية."
    assert extract(article(text))[0].claimant == "unnamed"


def test_a_toll_in_the_conflict_is_the_wars():
    claims = extract(article("وقالت الوزارة إن 40 جنديا قتلوا في سوريا منذ تدخل الجيش في النزاع."))
    assert claims[0].scope == "cumulative"


def test_a_series_of_bombings_adds_up_its_places_unless_a_town_is_named():
    claims = extract(article("وقتل 30 شخصا على الأقل في سلسلة تفجيرات استهدفت مناطق مختلفة في العراق أمس."))
    assert claims[0].scope == "cumulative"
    claims = extract(article("وقتل 12 شخصا في سلسلة غارات جوية على بلدة سرمين في ريف إدلب أمس."))
    assert claims[0].scope == "incident"


def test_a_source_of_the_opposition_or_of_residents_is_local():
    for text in ("وقال مصدر في المعارضة إن خمسة أشخاص قتلوا في القصف على البلدة.",
                 "وقالت بعض المصادر من سكان المدينة إن خمسة أشخاص قتلوا في القصف."):
        assert extract(article(text))[0].claimant == "local_sources"


def test_a_toll_over_a_counted_span_of_many_days_is_cumulative():
    claims = extract(article("وقتل أكثر من 500 مدني خلال سبعة أيام من القصف المكثف على بلدة دوما."))
    assert claims[0].scope == "cumulative"
    # a day or two of fighting in one town is that fight's toll
    claims = extract(article("وقتل 12 شخصا خلال 24 ساعة من القصف على بلدة دوما."))
    assert claims[0].scope == "incident"


def test_a_person_named_after_according_to_what_he_said_is_the_claimant():
    claims = extract(article("وقتل خمسة أشخاص في القصف على البلدة، بحسب ما ذكر أحمد الخطيب مدير شبكة المدينة."))
    assert claims[0].claimant == "other"
    assert "الخطيب" in claims[0].claimant_text


def test_a_toll_told_again_of_a_quarter_of_the_city_is_one_claim_placed_in_the_quarter():
    text = ("قال المرصد السوري لحقوق الإنسان إن 9 أشخاص قتلوا في قصف على مدينة حمص.\n"
            "وذكر المرصد أن 9 أشخاص قتلوا في حي الخالدية بينهم طفلان.")
    claims = extract(article(text))
    tolls = [(c.place.name, f.low) for c in claims for f in c.figures if f.group == "unspecified"]
    assert tolls == [("الخالدية", 9)]
    assert [f.low for c in claims for f in c.figures if f.group == "children"] == [2]


def test_one_toll_in_two_quarters_of_a_city_is_two_claims():
    text = ("قال المرصد السوري لحقوق الإنسان إن 9 أشخاص قتلوا في قصف على حي الخالدية في حمص.\n"
            "وذكر المرصد أن 9 أشخاص قتلوا في حي الوعر.")
    places = [c.place.name for c in extract(article(text)) for f in c.figures if f.low == 9]
    assert places == ["الخالدية", "الوعر"]


def test_share_told_for_each_of_two_governorates_is_a_claim_in_each():
    text = ("وثقت لجان التنسيق المحلية 90 قتيلا الأربعاء. وتوزعت الحصيلة بواقع 40 قتيلا في حلب، و20 في إدلب، "
            "وأربعة في كل من حماه ودرعا، وقتيل في كل من القنيطرة والرقة.")
    claims = extract(article(text))
    shares = {(c.place.governorate, c.figures[0].low) for c in claims if c.place.governorate != "unknown"}
    assert {("hama", 4), ("daraa", 4), ("quneitra", 1), ("raqqa", 1)} <= shares
    assert all(c.scope == "cumulative" for c in claims)


def test_wounded_told_as_why_the_toll_may_rise_belong_to_that_toll():
    text = ("قال المرصد السوري لحقوق الإنسان إن 12 شخصا قتلوا في قصف على بلدة كفرنبل.\n"
            "وأضاف المرصد أن عدد القتلى مرشح للارتفاع بسبب وجود جرحى بحالات خطرة.")
    claims = extract(article(text))
    assert len(claims) == 1
    assert sorted((f.kind, f.qualifier) for f in claims[0].figures) == [("injured", "some"), ("killed", "exact")]


def test_two_local_sources_telling_the_same_vague_toll_are_two_claims():
    text = ("وأسفر القصف على مدينة دوما، وفق ناشطين، عن مقتل العشرات.\n"
            "وتحدث مسعفون عن سقوط عشرات القتلى ومئات الجرحى في مدينة دوما.")
    claims = extract(article(text))
    assert sorted((f.kind, f.qualifier) for c in claims for f in c.figures) == [
        ("injured", "hundreds"), ("killed", "dozens"), ("killed", "dozens")]


def test_a_claimant_who_spoke_before_the_day_it_gave_earlier_does_not_keep_that_day():
    # pub Thursday: "أمس" is Wednesday; a statement made on Monday cannot report Wednesday's dead
    first = "وقال ناشطون إن قصفا صاروخيا على حي الشعار في حلب قتل 15 شخصا أمس.\n"
    text = first + "وقال ناشطون يوم الاثنين إن 20 شخصا قتلوا عندما سقط صاروخ على حي بستان القصر في حلب."
    claims = extract(article(text))
    assert claims[0].date is not None and claims[0].date.start == "2024-03-13"
    assert claims[1].date is None
    # said on the same day or with no day of its own, it goes on about that day
    text = first + "وقال ناشطون إن 20 شخصا قتلوا عندما سقط صاروخ على حي بستان القصر في حلب."
    assert extract(article(text))[1].date.start == "2024-03-13"


def test_an_attack_told_as_some_days_ago_takes_no_day():
    text = ("أفاد المرصد السوري لحقوق الإنسان الأحد أن 35 مقاتلا قتلوا في هجوم شنه التنظيم قبل أيام على موقع في ريف دير الزور.")
    assert extract(article(text))[0].date is None
    # nor the day its claimant gave another event just before
    text = ("وقال المرصد السوري لحقوق الإنسان إن غارات استهدفت بلدة الميادين فجر أمس.\n"
            "وأضاف المرصد أن 35 مقاتلا قتلوا في هجوم على موقع قرب الميادين قبل أيام.")
    claims = extract(article(text))
    assert claims[-1].date is None
    text = text.replace(" قبل أيام", "")
    assert extract(article(text))[-1].date.start == "2024-03-13"


def test_a_wars_toll_does_not_take_the_one_period_another_speaker_states():
    text = ("وقال المرصد السوري لحقوق الإنسان إن 120 مدنيا قتلوا في الغوطة الشرقية منذ الأحد الماضي.\n"
            "وتقول الأمم المتحدة إن حوالي 70 ألف شخص قتلوا في سوريا.")
    claims = extract(article(text))
    assert claims[0].date is not None
    assert claims[-1].date is None


def test_an_office_with_its_nationality_speaks_for_that_state():
    claims = extract(article("وأعلن الجيش الأمريكي مقتل قيادي في التنظيم بغارة قرب بلدة سرمدا."))
    assert claims[0].claimant == "us_official"
    claims = extract(article("وقال وزير الخارجية الروسي إن 12 جنديا قتلوا في هجوم قرب تدمر."))
    assert claims[0].claimant == "russia_official"
    claims = extract(article("وقال وزير الخارجية إن 12 جنديا قتلوا في هجوم قرب تدمر."))
    assert claims[0].claimant == "other"


def test_a_spokeswoman_of_an_office_of_a_listed_body_speaks_for_it():
    text = "وقالت متحدثة باسم مكتب الأمم المتحدة إن 30 مدنيا قتلوا في قصف على مدينة عفرين."
    claims = extract(article(text))
    assert claims[0].claimant == "un"


def test_one_of_the_spokesmen_of_the_ministry_named_before_speaks_for_it():
    text = ("وأعلنت وزارة الدفاع الأمريكية أن العملية انتهت.\n"
            "وقال جيف ديفيس، أحد الناطقين باسم الوزارة، إن قياديا في التنظيم قتل في غارة قرب سرمدا.")
    claims = extract(article(text))
    assert claims[0].claimant == "us_official"


def test_a_un_official_by_name_is_the_un():
    text = "وكانت بيلاي قالت الشهر الماضي إن أكثر من 60 ألف شخص قتلوا في سوريا."
    claims = extract(article(text))
    assert claims[0].claimant == "un"


def test_a_named_man_said_to_be_an_activist_is_a_local_source():
    text = "وقال أحمد سليم وهو نشط في بلدة دوما إن ثلاثة مدنيين قتلوا في قصف على البلدة."
    assert extract(article(text))[0].claimant == "local_sources"
    # the same word as an adjective ("active") names no source
    text = "والتنظيم نشط في المنطقة منذ سنوات، وقتل ثلاثة مدنيين في قصف على البلدة."
    assert extract(article(text))[0].claimant == "outlet"


def test_a_listed_state_speaks_by_its_name_or_its_capital():
    text = "وقالت الولايات المتحدة إن نحو 100 من القوات الموالية للحكومة قتلوا في ضربات قرب دير الزور."
    assert extract(article(text))[0].claimant == "us_official"
    text = "وأعلنت موسكو مقتل خمسة مواطنين روس في الغارة قرب دير الزور."
    assert extract(article(text))[0].claimant == "russia_official"
    # a paper named after a capital is a medium relaying, not the state
    text = "وقالت صحيفة واشنطن بوست إن 18 شخصا قتلوا في غارة على مستشفى في درعا."
    assert extract(article(text))[0].claimant == "unnamed"


def test_states_speaking_together_are_one_joint_claimant():
    text = "وقالت دمشق وموسكو إن إسرائيل شنت الهجوم الذي أدى إلى مقتل 14 شخصا قرب حمص."
    claims = extract(article(text))
    assert [(c.claimant, c.claimant_text) for c in claims] == [("other", "دمشق وموسكو")]
    # a reporting body joined to a state still tells its own claim
    text = "واتهمت الأمم المتحدة وأمريكا القوات الحكومية بقتل مئات المدنيين في الغوطة الشرقية."
    assert {c.claimant for c in extract(article(text))} == {"un", "us_official"}


def test_kurdish_fighters_and_the_observatory_telling_together_make_two_claims():
    text = "وأعلن المقاتلون الأكراد والمرصد السوري أن قصفا تركيا أوقع أربعة جرحى في قرية قرب كوباني."
    assert {c.claimant for c in extract(article(text))} == {"sdf", "sohr"}


@pytest.mark.parametrize("text", [
    "قتل خمسة مدنيين في قصف على البلدة، وذلك بعد يومين على تفجير استهدف ناشطين في المدينة.",
    "قتل ثلاثة عناصر في كمين قرب الحدود، بالتزامن مع حملة اعتقال ناشطين في المدينة.",
])
def test_activists_an_attack_hit_are_no_source(text):
    (c,) = extract(article(text))
    assert c.claimant == "outlet"


def test_a_toll_of_days_of_shelling_on_a_region_is_a_total():
    # "after a week of shelling", "in five days of raids": a span of fighting, whatever word leads it
    text = "وقتل أكثر من 90 مدنيا بعد أسبوع من القصف العنيف على ريف إدلب الجنوبي."
    assert extract(article(text))[0].scope == "cumulative"
    text = "وقال المرصد إن 75 شخصا قتلوا في أربعة أيام من الغارات على الغوطة الشرقية قرب دمشق."
    assert extract(article(text))[0].scope == "cumulative"


def test_days_after_one_attack_or_a_battle_for_one_town_stay_incidents():
    # how long after one bombing something else happened says nothing of the bombing's toll
    text = "ووقع الهجوم بعد ثلاثة أيام من تفجير انتحاري في بلدة سلقين أسفر عن مقتل 12 شخصا."
    assert extract(article(text))[0].scope == "incident"
    # a battle for one town over days is that town's
    text = "وسيطر المقاتلون على بلدة مورك بعد أيام من القتال قتل فيها 40 جنديا."
    assert extract(article(text))[0].scope == "incident"
    # two days of shelling is no long window
    text = "وقتل ستة مدنيين بعد يومين من القصف على ريف حماة."
    assert extract(article(text))[0].scope == "incident"


def test_a_town_on_the_edge_of_a_city_is_where_things_happened():
    text = "وقتل أربعة مقاتلين في قرية كفرعايا على أطراف مدينة حمص، بحسب المرصد."
    claims = extract(article(text))
    assert (claims[0].place.name, claims[0].place.governorate) == ("كفرعايا", "homs")


@pytest.mark.parametrize("text", [
    # since the campaign began or grew, told with a verb or a noun of rising
    "وقالت مصادر طبية إن أكثر من 70 شخصا قتلوا في ريف إدلب منذ بدأت القوات قصفها للمنطقة.",
    "ولقي 95 شخصا مصرعهم بسبب الغارات منذ تصاعد وتيرة العنف في ريف حماة.",
    # two weeks told with the article ("the first two weeks")
    "وقتل 60 مدنيا خلال الأسبوعين الأولين من هجوم القوات على ريف إدلب.",
    # the past weeks told as an adverb, with no preposition
    "وتسببت الغارات الأسابيع الماضية في مقتل 90 مدنيا في ريف إدلب الجنوبي.",
])
def test_a_toll_since_a_campaign_began_or_over_past_weeks_is_a_total(text):
    claims = extract(article(text))
    assert claims[0].scope == "cumulative"
    assert claims[0].date is None or claims[0].date.start != claims[0].date.end


def test_a_channel_name_inside_a_country_name_is_no_claimant():
    # "العربية" in "الإمارات العربية المتحدة" (a dateline) is no word of the channel
    text = "دبي، الإمارات العربية المتحدة (CNN) -- أكدت المعارضة السورية أنها وثقت مقتل 40 شخصا في قصف على بلدة سرمين."
    claims = extract(article(text))
    # (the opposition documenting a toll is local sources, as the codebook codes "مصادر المعارضة")
    assert [(c.claimant, c.claimant_text) for c in claims] == [("local_sources", "المعارضة السورية")]
    # the channel itself still speaks
    text = "وذكرت قناة العربية أن 12 شخصا قتلوا في قصف على بلدة سرمين."
    assert extract(article(text))[0].claimant == "unnamed"


def test_that_with_a_plural_pronoun_after_plural_speakers():
    from rasd.core.models import Article
    from rasd.extract import extract

    [claim] = extract(Article(id="pl", published="2020-01-02",
                              text="قال ناشطون إنهم وثقوا مقتل 12 شخصا في قصف على مدينة دوما."))
    assert claim.claimant == "local_sources"


def test_a_toll_told_again_with_its_group_is_one_figure():
    from rasd.core.models import Article
    from rasd.extract import extract

    claims = extract(Article(id="g", published="2020-01-02", text=(
        "ارتفع عدد قتلى تفجير السيارة المفخخة في بلدة سرمين إلى 45 شخصا، بحسب المرصد السوري. "
        "وقال المرصد في بيان: \"ارتفع إلى 45 عدد الشهداء المدنيين، بينهم 9 أطفال\".")))
    figures = [(f.kind, f.group, f.low) for c in claims for f in c.figures]
    assert figures.count(("killed", "civilians", 45)) == 1
    assert ("killed", "unspecified", 45) not in figures


def test_a_headline_toll_takes_the_group_its_body_tells():
    from rasd.core.models import Article
    from rasd.extract import extract

    claims = extract(Article(id="h", published="2020-01-02", lang="en",
                             title="Rebels kill 45 in attack near Hama",
                             text=("Rebels kill 45 in attack near Hama\n\nForty-five soldiers were killed "
                                   "when rebels stormed a checkpoint near Hama on Monday.")))
    figures = [(f.kind, f.group, f.low) for c in claims for f in c.figures]
    assert figures.count(("killed", "combatants", 45)) == 1
    assert ("killed", "unspecified", 45) not in figures


# fig22: a channel told aside between a speaker's verb and its "that" relays the speaker
@pytest.mark.parametrize("text,claimant,claimant_text", [
    ("وقالت الشبكة السورية لحقوق الإنسان - حسبما أفادت قناة \"العربية\" - إن 30 شخصا قتلوا في حماة.",
     "snhr", "الشبكة السورية لحقوق الإنسان"),
    ("وأوضح التلفزيون السوري، بحسب ما نقل موقع إخباري، أن التفجير أسفر عن مقتل 14 شخصا في حمص.",
     "state_media", "التلفزيون السوري"),
    ("وأعلن المرصد السوري، وفق وكالة الأنباء الفرنسية، عن مقتل 9 مدنيين في قصف على إدلب.",
     "sohr", "المرصد السوري"),
    # a channel that relays no one named before it is still the claimant
    ("وأفادت قناة \"العربية\" بأن 30 شخصا قتلوا في حماة.", "unnamed", None),
])
def test_a_channel_aside_relays_the_speaker_named_before_it(text, claimant, claimant_text):
    [claim] = extract(article(text))
    assert claim.claimant == claimant
    if claimant_text is not None:
        assert claim.claimant_text == claimant_text


# fig22: an estimate or count whose author is a listed claimant is told by that author
@pytest.mark.parametrize("text,claimant,claimant_text", [
    ("وتشير تقديرات للأمم المتحدة إلى مقتل 5000 شخص في الحرب.", "un", "الأمم المتحدة"),
    ("وتشير تقديرات الأمم المتحدة إلى أن 5000 شخص قتلوا في الحرب.", "un", "الأمم المتحدة"),
    # no author named: the estimate stays unnamed
    ("وتشير تقديرات إلى مقتل 5000 شخص في الحرب.", "unnamed", "تقديرات"),
])
def test_an_estimate_is_told_by_its_listed_author(text, claimant, claimant_text):
    [claim] = extract(article(text))
    assert (claim.claimant, claim.claimant_text) == (claimant, claimant_text)


# fig22: an earlier toll told as the subject of its sentence names no claimant and goes
@pytest.mark.parametrize("earlier", [
    "وكانت الحصيلة السابقة أشارت إلى مقتل ستة أشخاص.",
    "وكانت حصيلة أولى تحدثت عن مقتل ستة أشخاص.",
])
def test_an_earlier_toll_as_subject_is_superseded_by_a_larger_one(earlier):
    claims = extract(article("وقال الدفاع المدني إن الغارة على بلدة كفرنبل أوقعت 15 قتيلا. " + earlier))
    assert [(c.claimant, [f.low for f in c.figures]) for c in claims] == [("white_helmets", [15])]


def test_an_earlier_toll_larger_than_any_other_is_kept():
    claims = extract(article("وقال الدفاع المدني إن الغارة على بلدة كفرنبل أوقعت 4 قتلى. "
                             "وكانت حصيلة أولى تحدثت عن مقتل ستة أشخاص."))
    assert sorted(f.low for c in claims for f in c.figures) == [4, 6]


# fig22: one count told for two sides' dead is two claims, not one figure told twice
def test_the_same_count_of_two_sides_is_two_claims():
    claims = extract(article("وقال ناشطون إن 15 من مقاتلي المعارضة و15 من جنود الجيش النظامي قتلوا في المعارك."))
    assert sorted((c.victims, [f.low for f in c.figures]) for c in claims) == [
        ("opposition", [15]), ("syrian_gov", [15])]


# fig22: a sentence opened by a casualty verb with "also" goes on with the claimant before
def test_also_after_a_casualty_verb_continues_the_claimant():
    claims = extract(article("وقتل في المعارك 12 من عناصر قوات النظام، بحسب المرصد السوري. "
                             "وقتل أيضا 9 من مسلحي التنظيم."))
    assert [(c.claimant, c.figures[0].low) for c in claims] == [("sohr", 12), ("sohr", 9)]


def test_also_after_an_adverb_of_topic_does_not():
    claims = extract(article("وقتل في المعارك 12 من عناصر قوات النظام، بحسب المرصد السوري. "
                             "ميدانيا أيضا، قتل 9 أشخاص في قصف على بلدة أخرى."))
    assert [(c.claimant, c.figures[0].low) for c in claims] == [("sohr", 12), ("outlet", 9)]


# fig22: a casualty told after "بعد" as the occasion of what a speaker said (a noun, no
# "that") is in the writer's voice
@pytest.mark.parametrize("text,claimant", [
    ("أكد وزير الداخلية عزمه على ملاحقة الجناة بعد مقتل 12 شخصا في انفجار في حمص.", "outlet"),
    ("أعلنت الجبهة استعدادها لتبادل الأسرى بعد أن قتل التنظيم 5 من المختطفين.", "outlet"),
    # what the speaker said, opened by "that", is still its own
    ("قال المرصد السوري إن القوات انسحبت بعد مقتل 12 من عناصرها.", "sohr"),
    ("أفاد المرصد السوري بمقتل 12 شخصا بعد سقوط قذائف على حمص.", "sohr"),
])
def test_a_casualty_told_as_the_occasion_of_a_statement(text, claimant):
    [claim] = extract(article(text))
    assert claim.claimant == claimant
