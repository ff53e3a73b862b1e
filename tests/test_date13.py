"""date13: which day a claim takes on unseen text (hand-written sentences)."""

from rasd.core.models import Article
from rasd.extract import extract


def _claims(text: str, published: str = "2016-05-07"):  # a Saturday
    return extract(Article(id="t-date13", source="test", published=published, lang="ar", title="", text=text))


def test_counts_joined_by_and_share_the_day_told_with_them():
    # two counts of one raid (one claim, a figure each since audit16): the Thursday told after
    # the second is both's
    cs = _claims("وقال المرصد إن تنظيم داعش خطف 120 سنيا وأكثر من 40 مسيحيا الخميس خلال مداهمة في بلدة مهين.")
    assert len(cs) == 1 and len(cs[0].figures) == 2
    assert [c.date.start if c.date else None for c in cs] == ["2016-05-05"]
    # and the day told before the first count
    cs = _claims("وخلف القتال الذي اندلع الأربعاء 16 قتيلا من مسلحي المعارضة و 12 قتيلا من المسلحين الجهاديين.")
    assert cs and {c.date.start if c.date else None for c in cs} == {"2016-05-04"}


def test_counts_told_apart_keep_their_own_days():
    cs = _claims("قتل 4 مدنيين الخميس في قصف على بلدة كفرنبل، وقتل 3 آخرون اليوم في غارة على مدينة سراقب.")
    days = sorted(c.date.start for c in cs if c.date is not None)
    assert days == ["2016-05-05", "2016-05-07"]


def test_the_day_after_an_attack_dates_it_the_day_before():
    # "غداة" and "بعد يومين على": the attack told after them was so many days before the day named
    cs = _claims("وزار رئيس الحكومة اليوم السبت مدينة الباب غداة تفجير انتحاري أسفر عن مقتل 20 شخصا.")
    assert [c.date.start if c.date else None for c in cs] == ["2016-05-06"]
    cs = _claims("وقال المحافظ أمس إن التحقيق جار. وذلك بعد يومين على هجوم أوقع 12 قتيلا في سوق المدينة.")
    assert [c.date.start if c.date else None for c in cs] == ["2016-05-04"]


def test_the_day_after_with_no_day_named_gives_none():
    cs = _claims("ووعدت الحكومة بتعزيز الإجراءات الأمنية غداة تفجير انتحاري أسفر عن مقتل 20 شخصا.")
    assert cs and all(c.date is None for c in cs)


def test_the_day_after_dates_only_its_own_clause():
    # the raid of "أمس" killed the nine; the exchange of fire the day before killed no one told
    cs = _claims("قصفت طائرات حربية أمس مواقع للتنظيم، وذلك غداة تبادل لإطلاق النار على الحدود، "
                 "وأسفر القصف عن مقتل تسعة من عناصر التنظيم.")
    assert [c.date.start if c.date else None for c in cs] == ["2016-05-06"]


def test_a_total_since_a_beginning_told_with_its_day_runs_to_the_report():
    cs = _claims("وأدى القصف، الذي بدأ في 18 نيسان الماضي، إلى مقتل 900 مدني في ريف إدلب، بحسب المرصد.")
    assert [(c.scope, c.date.start, c.date.end) for c in cs if c.date] == [("cumulative", "2016-04-18", "2016-05-07")]
    cs = _claims("وكانت الاشتباكات التي اندلعت قبل 3 أيام في المدينة أدت حتى الآن الى مقتل 7 أشخاص.")
    assert [(c.date.start, c.date.end) for c in cs if c.date] == [("2016-05-04", "2016-05-07")]


def test_a_day_of_one_attack_stays_a_day():
    # "شن" launches an attack on one day: its toll is that day's, no period
    cs = _claims("وشن التنظيم في 25 نيسان هجوما على قرى في ريف السويداء أسفر عن مقتل 40 شخصا.")
    assert cs and all(c.date is None or c.date.start == c.date.end for c in cs)


def test_another_matter_takes_no_day_told_before_it():
    story = ("وقال المرصد إن خمسة مدنيين قتلوا فجر الخميس في قصف على بلدة كفرنبل في ريف إدلب. "
             "{opener}أضاف المرصد أن ثلاثة عناصر من الشرطة قتلوا في هجوم على حاجز في البلدة.")
    same = _claims(story.format(opener="و"))
    other = _claims(story.format(opener="من جهة أخرى، "))
    assert [c.date.start if c.date else None for c in same] == ["2016-05-05", "2016-05-05"]
    assert [c.date.start if c.date else None for c in other] == ["2016-05-05", None]


def test_a_month_told_nearest_leaves_the_attack_no_day():
    # the toll is the March attack's: no day, not the period of the sentence's opening
    cs = _claims("وتزايدت الهجمات في البلاد منذ مطلع العام الحالي وكان أبرزها الهجوم على السوق في آذار "
                 "الماضي الذي أدى إلى مقتل 31 شخصا.")
    assert cs and all(c.date is None for c in cs)


def test_a_day_and_month_with_this_year_or_the_last():
    from rasd.extract.dates import find_dates
    from rasd.text.normalize import normalize
    for text, want in (("قتل 5 في 26 نيسان من العام الماضي", ("2015-04-26", "2015-04-26")),
                       ("قتل 5 يوم 26 نيسان العام الحالي", ("2016-04-26", "2016-04-26"))):
        nt = normalize(text)
        assert [(m.span.start, m.span.end) for m in find_dates(nt, "2016-05-07")] == [want]
