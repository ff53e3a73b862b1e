"""date16: days a user would expect on claims (hand-written sentences): a span of a day or
two a claimant told near, a day after "that", shares listed before the day's toll they add up
to, and a chronology line behind a bullet."""

from rasd.core.models import Article
from rasd.extract import extract


def _claims(text: str, published: str = "2016-05-07"):  # a Saturday
    return extract(Article(id="t-date16", source="test", published=published, lang="ar", title="", text=text))


def _days(text: str, published: str = "2016-05-07") -> list[tuple[str | None, str]]:
    return [(c.date.start if c.date else None, c.scope) for c in _claims(text, published)]


def test_a_span_of_a_day_told_near_by_the_same_claimant_dates_its_attack():
    cs = _claims("وبحسب المرصد السوري لحقوق الإنسان، فقد شن مسلحون منذ فجر الجمعة هجوما على قرى في ريف حماة.\n"
                 "وأوضح المرصد أن اشتباكات عنيفة دارت بين الطرفين في المنطقة.\n"
                 "وقال المرصد إن 17 مسلحا قتلوا خلال الهجوم.")
    assert [(c.date.start, c.date.end) if c.date else None for c in cs] == [("2016-05-06", "2016-05-07")]
    assert cs[0].provenance["date"].span.text == "منذ فجر الجمعة"


def test_a_long_span_told_near_is_still_no_day():
    cs = _claims("وبحسب المرصد السوري لحقوق الإنسان، فقد شن مسلحون منذ مطلع الشهر الماضي هجمات على قرى في ريف حماة.\n"
                 "وقال المرصد إن 17 مسلحا قتلوا خلال الهجوم.")
    assert [c.date for c in cs] == [None]


def test_a_day_after_that_is_the_reported_day_not_the_statement_day():
    cs = _claims("وقالت لجان التنسيق المحلية إنها تمكنت الخميس من توثيق 64 قتيلا في مختلف أنحاء البلاد.")
    assert [(c.date.start if c.date else None) for c in cs] == ["2016-05-05"]
    # before "that" the day is the statement's: no day for the deaths
    assert _days("وقالت لجان التنسيق المحلية الخميس إن 64 شخصا قتلوا في مختلف أنحاء البلاد.") == [(None, "cumulative")]


def test_shares_listed_before_the_days_toll_take_its_day():
    days = _days("وذكرت الشبكة السورية لحقوق الإنسان أن 12 شخصا قتلوا في حلب، و9 في حمص، و5 في درعا، "
                 "ليرتفع العدد الإجمالي لقتلى أمس إلى 26.")
    assert days == [("2016-05-06", "cumulative")] * 4


def test_shares_adding_up_to_more_than_the_toll_take_no_day():
    days = _days("وذكرت الشبكة السورية لحقوق الإنسان أن 12 شخصا قتلوا في حلب، و9 في حمص، و8 في درعا، "
                 "ليرتفع العدد الإجمالي لقتلى أمس إلى 26.")
    assert [d for d, _ in days[:3]] == [None, None, None]


def test_a_chronology_line_behind_a_dash_dates_its_toll():
    text = ("وفيما يلي أبرز الهجمات على المنطقة:\n"
            "- 14 مارس 2015: الجيش يعلن أن طائرات مجهولة قصفت موقعا عسكريا ما أدى إلى مقتل ثلاثة جنود.\n"
            "- 2 يونيو 2015: غارة على مستودع للذخيرة قرب المدينة.")
    cs = _claims(text)
    assert [(c.date.start if c.date else None) for c in cs] == ["2015-03-14"]


def test_a_total_restating_a_dated_toll_count_for_count_takes_its_day():
    text = ("قال معارضون سوريون إن 87 قتيلا سقطوا في سوريا الخميس، معظمهم في حلب وريفها.\n"
            "وقالت لجان التنسيق المحلية إنها وثقت مقتل 87 شخصا، بينهم أربعة أطفال، "
            "وتوزع القتلى بواقع 40 في حلب، و30 في دمشق وريفها، و17 في درعا.")
    days = _days(text)
    assert len(days) >= 4 and all(d == ("2016-05-05", "cumulative") for d in days)


def test_a_total_of_another_count_keeps_no_day():
    text = ("قال معارضون سوريون إن 87 قتيلا سقطوا في سوريا الخميس، معظمهم في حلب وريفها.\n"
            "وقالت لجان التنسيق المحلية إنها وثقت مقتل 64 شخصا في مختلف أنحاء البلاد.")
    assert _days(text)[1] == (None, "cumulative")
