"""Claims split on unseen text (fig17): hard-wrapped lines set in deep inside a sentence, and a
bare casualty plural saying what a counted subject fell as."""

from __future__ import annotations

from rasd.core.models import Article
from rasd.extract import extract
from rasd.text.segment import sentences


def claims(text: str):
    return extract(Article(id="t", text=text, published="2024-03-14"))


def figs(text: str) -> list[tuple]:
    return [(f.kind, f.group, f.low, f.high, f.qualifier) for c in claims(text) for f in c.figures]


# -- a reporting body hit as a gathering -----------------------------------------------------------

def test_activists_a_gathering_of_whom_was_targeted_tell_nothing():
    cs = claims("دمشق\nووقع التفجير في البلدة، واستهدف مجموعة ناشطين من أنصار الحزب وأسفر عن مقتل 20 شخصا.\n")
    assert [c.claimant for c in cs] == ["outlet"]
    cs = claims("دمشق\nووقع تفجير استهدف تجمعا من الناشطين في البلدة، وأسفر عن مقتل 20 شخصا.\n")
    assert [c.claimant for c in cs] == ["outlet"]


def test_a_gathering_of_activists_that_says_still_tells():
    cs = claims("دمشق\nوقالت مجموعة ناشطين إن القصف أسفر عن مقتل 20 شخصا.\n")
    assert [c.claimant for c in cs] == ["local_sources"]
