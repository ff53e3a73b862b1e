"""date14: an undated claim takes the day the next sentence tells its attack, named again,
happened (hand-written sentences)."""

from rasd.core.models import Article
from rasd.extract import extract


def _claims(text: str, published: str = "2016-05-07"):  # a Saturday
    return extract(Article(id="t-date14", source="test", published=published, lang="ar", title="", text=text))


def _days(text: str) -> list[str | None]:
    return [c.date.start if c.date else None for c in _claims(text)]


def test_the_next_sentence_dates_the_blast_it_names_again():
    cs = _claims("قتل 12 شخصا في انفجار سيارة مفخخة في مدينة حمص. "
                 "وقالت الوكالة إن الانفجار وقع صباح الأحد قرب دوار المدينة.")
    assert [c.date.start if c.date else None for c in cs] == ["2016-05-01"]
    prov = cs[0].provenance["date"]
    assert prov.source == "event" and prov.span.text == "صباح الأحد"


def test_the_same_claimant_tells_the_raid_day_next():
    assert _days("قال المرصد السوري لحقوق الإنسان إن 9 مدنيين قتلوا في غارة جوية على بلدة كفرنبل.\n"
                 "وأوضح المرصد أن الغارة نفذت فجر الخميس.") == ["2016-05-05"]


def test_a_new_blast_or_another_kind_does_not_date_it():
    # an indefinite word tells another blast
    assert _days("قتل 12 شخصا في انفجار سيارة مفخخة في مدينة حمص. "
                 "وقالت الوكالة إن انفجارا آخر وقع صباح الأحد قرب دوار المدينة.") == [None]
    # a blast is not the air raid told before
    assert _days("قتل 9 مدنيين في غارة جوية على بلدة كفرنبل. "
                 "وقال ناشطون إن الانفجار وقع صباح الأحد قرب السوق.") == [None]


def test_a_day_of_its_own_is_kept():
    assert _days("قتل 12 شخصا أمس في انفجار سيارة مفخخة في مدينة حمص. "
                 "وقالت الوكالة إن الانفجار وقع صباح الأحد قرب دوار المدينة.") == ["2016-05-06"]


def test_a_day_told_apart_from_the_attack_word_is_not_its_day():
    # the day is the minister's visit, set off from the blast by a comma
    assert _days("قتل 12 شخصا في انفجار سيارة مفخخة في مدينة حمص. "
                 "وقالت الوكالة إن الانفجار أثار الذعر بين السكان، وإن الوزير زار المكان الأحد.") == [None]


def test_a_word_for_any_attack_takes_up_only_the_one_attack_told():
    # "الهجوم" may be the retaliation told in the same sentence, not the bombing
    assert _days("أمر الرئيس بضربات على مواقع الجيش بعد تفجير انتحاري أسفر عن مقتل 20 شخصا. "
                 "وأعلنت الوزارة أن الهجوم الذي شن على المواقع جرى اليوم السبت.") == [None]
    assert _days("قتل 20 شخصا في تفجير انتحاري استهدف حاجزا في مدينة الباب. "
                 "وقالت المصادر إن الهجوم وقع مساء الخميس.") == ["2016-05-05"]
