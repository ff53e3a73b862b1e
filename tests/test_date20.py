"""date20: which day a claim takes on unseen text (hand-written sentences)."""

from rasd.core.models import Article
from rasd.extract import extract

PUB = "2018-02-18"  # a Sunday


def _claims(text: str, published: str = PUB):
    return extract(Article(id="t-date20", source="test", published=published, lang="ar", title="", text=text))


def _date_span(c) -> str | None:
    p = c.provenance.get("date") if c.provenance else None
    return p.span.text if p is not None and p.span is not None else None


def test_a_day_inside_a_motive_is_the_answered_deeds():
    # the day told in "ردا على هجوم ... وقع الخميس" is the attack answered, not the killing
    cs = _claims("وقال مسؤول إن مسلحين قتلوا ثلاثة جنود قرب الحدود، وذلك ردا على هجوم بسيارة مفخخة وقع الخميس في البلدة.")
    assert len(cs) == 1
    assert cs[0].date is None and _date_span(cs[0]) is None
    cs = _claims("وقتل مسلحون أربعة عناصر من الشرطة انتقاما لهجوم نفذه الجيش الأربعاء على قريتهم.")
    assert len(cs) == 1 and cs[0].date is None


def test_a_day_before_the_motive_still_dates_the_killing():
    # the killing's own day, told before the motive opens, is kept
    cs = _claims("قتل مسلحون ثلاثة جنود الجمعة قرب الحدود ردا على هجوم وقع الخميس في البلدة.")
    assert len(cs) == 1
    assert cs[0].date is not None and cs[0].date.start == "2018-02-16"
    assert _date_span(cs[0]) == "الجمعة"
    # with no motive word, the later day is the attack's own
    cs = _claims("قتل ثلاثة جنود في هجوم بسيارة مفخخة وقع الخميس في البلدة.")
    assert len(cs) == 1 and cs[0].date is not None and cs[0].date.start == "2018-02-15"
