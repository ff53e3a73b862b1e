"""date18: which day a claim takes on unseen text (hand-written sentences)."""

from rasd.core.models import Article
from rasd.extract import extract
from rasd.extract.dates import find_dates
from rasd.text.normalize import normalize

PUB = "2018-02-18"  # a Sunday


def _claims(text: str, published: str = PUB):
    return extract(Article(id="t-date18", source="test", published=published, lang="ar", title="", text=text))


def _days(text: str, published: str = PUB) -> list[str | None]:
    return [c.date.start if c.date else None for c in _claims(text, published)]


def _date_span(c) -> str | None:
    p = c.provenance.get("date") if c.provenance else None
    return p.span.text if p is not None and p.span is not None else None


def test_an_ordinal_after_week_or_month_numbers_it_and_is_no_day():
    # "the second week of February" is no 2 February
    nt = normalize("وفي الأسبوع الثاني من شباط الحالي قصفت الطائرات البلدات")
    assert all(m.span is None or m.span.start != "2018-02-02" for m in find_dates(nt, PUB))
    assert _days("وفي الأسبوع الثاني من شباط الحالي أدت الغارات على البلدات إلى مقتل 120 مدنيا.") == [None]
    # an ordinal day of a month still is one
    cs = _claims("وفي الثالث من شباط أدت غارة على البلدة إلى مقتل 12 مدنيا.")
    assert [c.date.start for c in cs] == ["2018-02-03"] and _date_span(cs[0]) == "الثالث من شباط"


def test_on_a_day_when_takes_the_day_just_named():
    # "شدد ... الأربعاء ...، في يوم قتل فيه ..." : the killing was that Wednesday
    cs = _claims("وأكد الوزير الأربعاء أن الحكومة لن تتراجع عن قرارها، في يوم قتل سبعة أشخاص في انفجار عبوة ناسفة.")
    assert [c.date.start if c.date else None for c in cs] == ["2018-02-14"]
    assert _date_span(cs[0]) == "في يوم"
    # with its own day after it, that day is read; "في يوم واحد" is a count, not a day
    assert _days("قتل خمسة مدنيين في يوم الجمعة في قصف على البلدة.") == ["2018-02-16"]
    assert _days("قتل الجيش الأربعاء خمسة مسلحين، وهو أعلى عدد في يوم واحد هذا الشهر.") == ["2018-02-14"]
    # with no day named before it in the sentence, no day
    assert _days("في يوم قتل سبعة أشخاص في انفجار عبوة ناسفة في السوق.") == [None]


def test_the_day_of_an_apology_or_regret_is_not_the_deaths():
    # apologising or expressing regret on a day says nothing of when the deaths were
    assert _days("واعتذرت الحكومة رسميا، الجمعة، عن مقتل خمسة مدنيين في غارة خاطئة على القرية.") == [None]
    assert _days("وأعربت الوزارة الأحد عن أسفها لمقتل سبعة مدنيين في القصف على البلدة.") == [None]
    # a day told of the deaths themselves still dates them
    assert _days("واعتذرت الحكومة عن مقتل خمسة مدنيين الجمعة في غارة خاطئة على القرية.") == ["2018-02-16"]


def test_a_day_outside_the_year_told_with_the_deaths_is_not_theirs():
    # the minister spoke on Friday about deaths in a raid of 2015: the raid's day is not told
    assert _days("وقدم الوزير الجمعة اعتذاره للحكومة عن مقتل سبعة صيادين في غارة على قاربهم قبالة الساحل عام 2015.") \
        == [None]
    # a day inside that year still dates them
    cs = _claims("وقتل سبعة صيادين الجمعة في غارة على قاربهم قبالة الساحل في شباط 2018.")
    assert [c.date.start if c.date else None for c in cs] == ["2018-02-16"] and _date_span(cs[0]) == "الجمعة"


def test_a_weapon_named_again_is_no_telling_of_the_attack():
    # the council met on Monday about chemical weapons: that is not the day of the attack
    text = ('ودعا رئيس الهيئة - الدبلوماسي سامر نعيم - الدول الأعضاء يوم الاثنين إلى لقاء "لمناقشة الاستخدام '
            'المفترض للأسلحة الكيمياوية" في سوريا.\n'
            "وتوجه إلى سوريا محققون للتحقق من الهجوم في دوما الذي قتل فيه حوالي 40 مدنيا.")
    assert _days(text) == [None]


def test_the_day_after_a_generic_claimant_is_its_statements():
    # "وأعلن الجيش الخميس مقتل ...": the army spoke on Thursday; the deaths' day is not told
    assert _days("وأعلن الجيش الخميس عن مقتل خمسة من جنوده في هجوم على حاجز.") == [None]
    # a day told of the deaths themselves still dates them
    cs = _claims("وأعلن الجيش عن مقتل خمسة من جنوده الخميس في هجوم على حاجز.")
    assert [c.date.start if c.date else None for c in cs] == ["2018-02-15"] and _date_span(cs[0]) == "الخميس"


def test_a_day_after_according_to_its_source_is_the_statements():
    # "بحسب ما ذكر مصدر في الحزب اليوم الأحد": the source spoke on Sunday; the deaths' day is not told
    assert _days("وسقط أربعة قتلى و9 جرحى في مواجهات عند أطراف القرية، بحسب ما ذكر مسؤول في البلدية اليوم الأحد.") \
        == [None]
    assert _days("قتل خمسة أطفال في قصف على حي سكني، حسبما أفاد الأحد المرصد.") == [None]
    # the deaths' own day, before "according to", still dates them
    cs = _claims("قتل خمسة أطفال في قصف على حي سكني السبت، بحسب ما ذكر مصدر في الحزب اليوم الأحد.")
    assert [c.date.start if c.date else None for c in cs] == ["2018-02-17"] and _date_span(cs[0]) == "السبت"


def test_a_weekday_after_the_day_it_was_told_is_the_week_before():
    # read on Monday 19 February: claimed on Sunday, so "الاثنين" is Monday the 12th
    cs = _claims("ونفذت الحركة هجوما بسيارة مفخخة الاثنين على حاجز للجيش، ما أسفر عن مقتل 17 جنديا، بحسب ما قالت الأحد في بيانها.",
                 "2018-02-19")
    assert [c.date.start if c.date else None for c in cs] == ["2018-02-12"] and _date_span(cs[0]) == "الاثنين"
    # told on Monday itself, it is that Monday
    cs = _claims("ونفذت الحركة هجوما بسيارة مفخخة الاثنين على حاجز للجيش، ما أسفر عن مقتل 17 جنديا، بحسب ما قالت اليوم في بيانها.",
                 "2018-02-19")
    assert [c.date.start if c.date else None for c in cs] == ["2018-02-19"]


def test_the_night_before_last_is_two_nights_back():
    # read on Sunday 18 February: last night is 17-18, the night before last 16-17
    cs = _claims("قتل خمسة مدنيين الليلة قبل الماضية في قصف على البلدة.")
    assert [(c.date.start, c.date.end) for c in cs] == [("2018-02-16", "2018-02-17")]
    assert _date_span(cs[0]) == "الليلة قبل الماضية"
    cs = _claims("قتل خمسة مدنيين الليلة الماضية في قصف على البلدة.")
    assert [(c.date.start, c.date.end) for c in cs] == [("2018-02-17", "2018-02-18")]


def test_a_day_right_after_a_verb_of_announcing_is_the_statements():
    # the subject told before the verb ("وكانت الحكومة قد أعلنت يوم أمس عن مقتل")
    assert _days("وكانت الوزارة قد أعلنت يوم أمس السبت عن مقتل شرطي في اشتباك قرب الجسر.") == [None]
    # verbs of counting keep the day of the deaths they document
    cs = _claims("ووثقت اللجان الثلاثاء مقتل 103 أشخاص في مناطق مختلفة من البلاد.", "2018-02-14")
    assert [c.date.start if c.date else None for c in cs] == ["2018-02-13"]
