"""Speed work of issue 8 (branch speed15): each shortcut gives the answers of the plain reading.

The sentences are hand-written for these tests."""

import random
from types import SimpleNamespace

from rasd.core.vocab import HOME_COUNTRY
from rasd.extract import placing as P
from rasd.extract.figures import _Reader
from rasd.text.lexicon import Lexicon, token_columns
from rasd.text.normalize import normalize

_TEXTS = [
    "قتل 12 مدنيا، بينهم 3 أطفال، في قصف على بلدة في ريف إدلب؛ وأصيب العشرات.",
    "وقال المرصد إن خمسة عناصر على الأقل بينهم ضابط قتلوا وجرح آخرون في الهجوم.",
    "اعتصم مئة شخص احتجاجا على قتل شاب، فيما اعتقلت قوات الأمن عشرين منهم وقتلتهم لاحقا.",
    "أسفر القصف عن سقوط سبعة قتلى و20 جريحا، بالإضافة لإصابة 4 مسعفين بجروح.",
    "فقد ثلاثة ملايين سوري منازلهم، وقتل رجل وأطفاله الثلاثة في الغارة.",
]


class _Loud:
    """A lexicon that tells no word quiet: every question goes to its phrases (the plain reading)."""

    quiet: frozenset = frozenset()

    def __init__(self, lex: Lexicon) -> None:
        self._lex = lex

    def __getattr__(self, name: str):
        return getattr(self._lex, name)


class _LoudLexicons:
    def __init__(self, L) -> None:
        self._L = L

    def __getattr__(self, name: str):
        got = getattr(self._L, name)
        return _Loud(got) if isinstance(got, Lexicon) else got


def _reader(text: str) -> _Reader:
    nt = normalize(text)
    toks, starts, words, _gaps = token_columns(nt.text)
    return _Reader(nt, toks, "ar", words, starts)


def test_the_verb_after_a_count_is_read_as_without_the_quiet_words():
    for text in _TEXTS:
        quick, plain = _reader(text), _reader(text)
        plain.L = _LoudLexicons(plain.L)
        for j in range(quick.n):
            for counted, joined in ((False, False), (True, False), (False, True)):
                assert quick.kind_after(j, counted=counted, joined=joined) == \
                    plain.kind_after(j, counted=counted, joined=joined), (text, j)


def test_a_verb_after_a_count_and_its_aside_is_still_found():
    r = _reader("قتل 12 مدنيا، بينهم 3 أطفال، قتلوا في قصف.")
    kinds = {r.kind_after(j, counted=True)[0] for j in range(r.n)}
    assert kinds - {None}


def _plain_inside_name(p, taken, starts):
    import bisect
    i = bisect.bisect_right(starts, p.start) - 1
    while i >= 0:
        s, e = taken[i]
        if s <= p.start and p.end <= e and ((s, e) != (p.start, p.end) or p.level == "country"
                                            or p.country != HOME_COUNTRY):
            return True
        if e < p.start and p.start - s > 200:
            break
        i -= 1
    return False


def _spans(rng: random.Random, n: int, width: int = 400) -> list[tuple[int, int]]:
    out = []
    for _ in range(n):
        s = rng.randrange(width)
        out.append((s, s + rng.randrange(1, 30)))
    return out


def test_a_place_inside_a_name_as_the_plain_walk_back_says():
    from itertools import accumulate
    rng = random.Random(15)
    for _ in range(300):
        taken = sorted(_spans(rng, rng.randrange(0, 8)))
        starts = [s for s, _ in taken]
        reach = list(accumulate((e for _, e in taken), max))
        for s, e in _spans(rng, 10) + taken:
            for level, country in (("city", HOME_COUNTRY), ("country", HOME_COUNTRY), ("city", "TR")):
                p = SimpleNamespace(start=s, end=e, level=level, country=country)
                assert P._inside_name(p, taken, starts, reach) == _plain_inside_name(p, taken, starts)
