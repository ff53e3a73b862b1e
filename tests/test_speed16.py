"""Speed work of issue 8 (branch speed16): the figure reader's shortcuts give the answers of
the plain reading.

- a reader that looks for a lexicon's phrase over a window of words (the casualty verb
  before or after a count, the qualifier after it, the toll a count rose to, the negated
  verb of result) asks first whether any phrase may start in the window at all
  (``Lexicon.none_start``, one test in C), and does not walk a window where none may;
- a word that is itself a one-token phrase opening a figure needs no ``match_at`` call
  (``Lexicon.starts_alone``);
- the reader's scans of the whole article for sets of words are read off one pass
  (``_Reader.positions``);
- a word that starts only phrases of several words none of whose next words the text
  holds is passed over (``Lexicon.goes_on_in``), and the people of no number are looked for
  only at words that may be such a plural (``_bare_plural``, asked once per word).

The sentences are hand-written for these tests."""

from rasd.extract.figures import _Reader, find_figures, lexicons
from rasd.text.lexicon import Lexicon, WordTest, build, positions_of, token_columns
from rasd.text.normalize import normalize

_TEXTS = [
    "قتل 12 مدنيا، بينهم 3 أطفال، في قصف على بلدة في ريف إدلب؛ وأصيب العشرات.",
    "وقال المرصد إن خمسة عناصر على الأقل بينهم ضابط قتلوا وجرح آخرون في الهجوم.",
    "وارتفعت حصيلة القتلى في القصف الذي استهدف السوق صباح اليوم إلى 31 شخصا.",
    "لم يسفر الانفجار الذي وقع قرب الجسر عن وقوع إصابات، بحسب مصدر محلي.",
    "أعلنت الوزارة عن ميزانية قدرها 300 مليون ليرة، وتظاهر نحو 500 شخص في الساحة.",
    "أسفر القصف عن سقوط سبعة قتلى و20 جريحا، بالإضافة لإصابة 4 مسعفين بجروح.",
    "وأفاد ناشطون بأن القيادي أبو خالد، الذي قتل في غارة، كان يقود 40 مقاتلا من الفصيل.",
    "إن طفلا قتل وأصيب اثنان آخران، فيما فقد 15 شخصا في المنطقة نفسها.",
    "أدى القصف إلى مقتل مدنيين وجرح عناصر من الشرطة، واعتقل مسلحون شبانا من القرية.",
]


class _Plain:
    """A lexicon that tells no word quiet and no window free of its phrases, and no word a
    phrase alone: every question goes to its phrases (the plain reading)."""

    quiet: frozenset = frozenset()

    def __init__(self, lex: Lexicon) -> None:
        self._lex = lex

    def none_start(self, words, lo, hi) -> bool:
        return False

    def starts_alone(self, tok: str) -> bool:
        return False

    def __len__(self) -> int:
        return len(self._lex)

    def __getattr__(self, name: str):
        return getattr(self._lex, name)


class _PlainLexicons:
    def __init__(self, L) -> None:
        self._L = L
        self.opening_alone = WordTest(lambda w: False)
        self.bare_plural = WordTest(lambda w: True)

    def __getattr__(self, name: str):
        got = getattr(self._L, name)
        return _Plain(got) if isinstance(got, Lexicon) else got


def _reader(text: str) -> _Reader:
    nt = normalize(text)
    toks, starts, words, _gaps = token_columns(nt.text)
    return _Reader(nt, toks, "ar", words, starts)


def _pair(text: str) -> tuple[_Reader, _Reader]:
    quick, plain = _reader(text), _reader(text)
    plain.L = _PlainLexicons(plain.L)
    return quick, plain


def test_window_readers_answer_as_the_plain_walk():
    for text in _TEXTS:
        quick, plain = _pair(text)
        for t in range(quick.n + 1):
            for reach in (0, 2, 9):
                # (the token a walk stopped at is told only with a kind)
                got, want = quick.kind_before(t, reach), plain.kind_before(t, reach)
                assert got[0] == want[0] and (got[0] is None or got == want), (text, t, reach)
            for counted, joined in ((False, False), (True, False), (False, True)):
                assert quick.kind_after(t, 10 if counted else 2, counted, joined) == \
                    plain.kind_after(t, 10 if counted else 2, counted, joined), (text, t)
            assert quick.qualifier_after(t) == plain.qualifier_after(t), (text, t)
            assert quick.number_at(t) == plain.number_at(t), (text, t)
            if t < quick.n:
                assert quick.risen_toll(t) == plain.risen_toll(t), (text, t)
                assert quick._negated_over_subject(t) == plain._negated_over_subject(t), (text, t)


def test_the_figures_read_are_those_of_the_plain_reading():
    for text in _TEXTS:
        quick, plain = _pair(text)
        got = [(h.figure, h.tok_start, h.tok_end, h.qty_tok, h.subcount, h.recorded) for h in quick.read()]
        want = [(h.figure, h.tok_start, h.tok_end, h.qty_tok, h.subcount, h.recorded) for h in plain.read()]
        assert got == want, text
    # and the shortcuts do not silence what the sentences tell
    hits = _reader(_TEXTS[0]).read()
    assert {(h.figure.kind, h.figure.low) for h in hits} >= {("killed", 12)}
    hits = _reader(_TEXTS[-1]).read()  # people of no number after a casualty word
    assert {(h.figure.kind, h.figure.group, h.figure.qualifier) for h in hits} >= {("killed", "civilians", "some")}


def test_the_readers_still_find_what_a_window_holds():
    r = _reader("وارتفعت حصيلة القتلى في القصف الذي استهدف السوق صباح اليوم إلى 31 شخصا.")
    count = r.words.index("31")
    assert r.risen_toll(count)[0] == "killed"
    r = _reader("لم يسفر الانفجار الذي وقع قرب الجسر عن وقوع إصابات، بحسب مصدر محلي.")
    assert r._negated_over_subject(r.words.index("وقوع"))
    nt = normalize("قتل 12 مدنيا على الأقل في قصف.")
    toks, starts, words, _gaps = token_columns(nt.text)
    (hit,) = find_figures(nt, toks, "ar", words, starts)
    assert (hit.figure.kind, hit.figure.low, hit.figure.qualifier) == ("killed", 12, "at_least")


def test_a_window_with_no_start_is_told_so():
    lex = build([("على الأقل", 1), ("نحو", 2)])
    words = normalize("قتل 12 مدنيا في قصف على بلدة نحو الحدود على الأقل").text.split()
    # "على" starts a phrase, but not before "بلدة": no phrase starts in the first seven words
    assert lex.none_start(words, 0, 7)
    assert lex.none_start(words, 0, 3)  # words the lexicon never saw are looked up once
    assert lex.none_start(words, -4, 3) and lex.none_start(words, 5, 5)
    assert not lex.none_start(words, 0, 8)  # "نحو" is a phrase alone
    assert not lex.none_start(words, 9, 10)  # "على الأقل"
    assert lex.none_start(words, 10, 20)
    # it says so only where match_at finds nothing at any of the tokens
    toks = list(token_columns(" ".join(words))[0])
    for lo in range(len(words)):
        for hi in range(lo, len(words) + 1):
            found = any(lex.match_at(toks, t) is not None for t in range(lo, hi))
            assert not (found and lex.none_start(words, lo, hi)), (lo, hi)


def test_a_one_token_phrase_is_told_apart():
    lex = build([("على الأقل", 1), ("نحو", 2), ("ولد", 3), ("ولد صغير", 4)])
    assert lex.starts_alone("نحو") and lex.starts_alone("ونحو")  # (a clitic stripped)
    assert lex.starts_alone("ولد")
    assert not lex.starts_alone("على")  # only a phrase of two words starts there
    assert not lex.starts_alone("قتل")
    # where it says so, match_at finds a phrase whatever follows
    for text in ("نحو عشرة", "ونحو", "ولد صغير", "ولد كبير"):
        toks = token_columns(normalize(text).text)[0]
        assert lex.match_at(list(toks), 0) is not None


def test_a_phrase_of_several_words_is_looked_for_only_where_its_words_are():
    lex = build([("في المئة", 1), ("نحو", 2)])
    words = set(normalize("قتل 12 مدنيا في قصف على بلدة").text.split())
    assert not lex.goes_on_in("في", words)  # no "المئة" in the text: no phrase opens at "في"
    assert lex.goes_on_in("في", words | {normalize("المئة").text})
    assert lex.goes_on_in("نحو", set())  # a phrase of one word needs no other
    assert not lex.goes_on_in("قتل", words)
    # the figure reader passes over such words, and reads the same figures
    quick, plain = _pair("ارتفعت الأسعار 40 في المئة، وقتل 12 مدنيا في قصف على بلدة.")
    assert [h.figure for h in quick.read()] == [h.figure for h in plain.read()]


def test_positions_read_off_one_scan_are_those_of_a_pass_of_their_own():
    L = lexicons("ar")
    for text in _TEXTS:
        r = _reader(text)
        r.read()  # (scans the article for the words of its later scans)
        for wanted in (L.acc_subject, L.relative_one, L.one_died_first, {"في", "قتل"}, set()):
            assert r.positions(wanted) == positions_of(r.words, wanted), (text, wanted)
