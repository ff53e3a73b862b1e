"""The extractor's speed caches give the answers the plain lookups give (issue 8).

The sentences are hand-written for these tests."""

from __future__ import annotations

import bisect
import importlib
import random
import re
from types import SimpleNamespace

import pytest

from rasd.core.models import Article
from rasd.core.vocab import HOME_COUNTRY
from rasd.extract import attribution as A
from rasd.extract import dating
from rasd.extract import events as E
from rasd.extract import extract
from rasd.extract import figures as F
from rasd.extract import placing as P
from rasd.extract import victims as V
from rasd.extract.dates import find_dates
from rasd.extract.doc import Doc
from rasd.extract.figures import _Reader, find_figures, lexicons
from rasd.extract.figures import lexicons as figure_lexicons
from rasd.extract.mentions import lexicons as mention_lexicons
from rasd.extract.pipeline import run
from rasd.extract.places import gazetteer
from rasd.lang.en import token_forms as english_forms
from rasd.text import lexicon as L
from rasd.text import normalize
from rasd.text.lexicon import Lexicon, WordTest, any_start, build, positions_of, token_columns, tokens
from rasd.text.normalize import _DROP, _TABLE, norm

_TEXT = ("وقال المرصد إن القيادي سامر الحلبي قتل في الغارة على البلدة، وإن الطائرات قصفت "
         "المدينة الواقعة في ريف المحافظة وبالمدينة سقط قتلى ولم يعلن أحد المسؤولية")


def _words(text: str) -> set[str]:
    return {t for _, _, t in tokens(normalize(text).text)}


def _lexicon() -> Lexicon:
    lex = Lexicon()
    for phrase in ("المدينة", "ريف المحافظة", "الغارة على", "سقط قتلى", "قصف"):
        lex.add(phrase, phrase)
    return lex


# == each shortcut gives the answers of the plain reading: the plain people's gate, the
# month-first dates
text_dates = importlib.import_module("rasd.text.dates")  # (``rasd.text.dates`` the module, not a function)


_SENTENCES = [
    "قتل جنود في الهجوم على القرية، وأصيب مدنيون بجروح",
    "أدى القصف إلى مقتل مدنيين وإصابة العشرات من الأطفال",
    "قتل المسلحون عناصرا من الشرطة في الكمين",
    "وقتل 12 عنصرا من قوات النظام بينهم ضابطان في المعارك",
    "إن طفلا قتل وجرح اثنان آخران في القصف على الحي",
    "سقط قتلى وجرحى في صفوف المدنيين بعد الغارة",
    "قتل ثلاثة من المقاتلين وأربعة مدنيين، وأصيب عشرات المدنيين",
]


def _figures(sentence: str) -> list[tuple]:
    nt = normalize(sentence)
    return [(h.figure.kind, h.figure.group, h.figure.low, h.figure.high, h.figure.qualifier,
             h.tok_start, h.tok_end, h.recorded) for h in F.find_figures(nt, tokens(nt.text))]


def test_values_from_are_every_phrase_a_word_may_start():
    lex = Lexicon()
    lex.add("مدنيين", "p")
    lex.add("مدنيين عزل", "q")
    lex.add("جندي", "s")
    assert lex.values_from("والمدنيين") == [] and sorted(lex.values_from("ومدنيين")) == ["p", "q"]
    assert lex.values_from("جندي") == ["s"] and lex.values_from("قريه") == []


@pytest.mark.parametrize("sentence", _SENTENCES)
def test_plural_people_passed_over_give_the_same_figures(sentence, monkeypatch):
    with_gate = _figures(sentence)
    monkeypatch.setattr(F.lexicons("ar"), "plain_people", WordTest(lambda w: False))
    assert _figures(sentence) == with_gate


def test_a_plural_noun_with_no_count_is_still_some_people():
    # "جنود" opens no figure of its own, but the verb before it counts some soldiers
    got = _figures("قتل جنود في الهجوم على القرية")
    assert [(k, lo, hi, q) for k, _g, lo, hi, q, *_ in got] == [("killed", 1, None, "some")]
    L = F.lexicons("ar")
    assert L.plain_people.of({"جنود", "عناصر", "الاطفال"}) == {"جنود", "عناصر", "الاطفال"}
    # a singular, a dual, a number may open one
    assert not L.plain_people.of({"جندي", "جنديين", "مدنيين", "ثلاثه", "12"})


@pytest.mark.parametrize("text,lang", [
    ("وفي 5 مارس 2019 قتل ثلاثة", "ar"),
    ("مارس 5, 2019: قتل ثلاثة، وفي اذار 7 2020 قتل اثنان", "ar"),
    ("the report of march 5, 2019 and may 1 2018", "en"),
    ("march 5 2019 was the day; xmay 1 2018 is not a date, (june 3, 2017) is", "en"),
    ("a list: jan. 4 2016,feb 5, 2017", "en"),
])
def test_month_first_dates_are_the_regexs(text, lang):
    mdy = text_dates._named_patterns(lang)[1]
    assert [m.span() for m in text_dates._month_first(text, lang)] == [m.span() for m in mdy.finditer(text)]
    if lang == "en":
        assert list(text_dates._month_first(text, lang))  # (the cases do hold such dates)


# == contrast openers, quiet words of the event readers, a region of the country
_CONTRAST_TEXTS = [
    "قال المرصد السوري إن خمسة مدنيين قتلوا في قصف على البلدة، بينما قالت وكالة سانا إن ثلاثة مسلحين قتلوا.",
    "أسفرت غارة جوية روسية عن مقتل سبعة أشخاص، في حين قتل جنديان برصاص قناص تابع للمعارضة.",
    "قتل أربعة عناصر من الشرطة في هجوم شنه مسلحون على الحاجز، ونسبت الحكومة الهجوم إلى التنظيم.",
    "وقال ناشطون إن قوات النظام قصفت الحي بالمدفعية، مما أدى إلى مقتل طفلين وامرأة.",
]


def _contrast_cuts_plain(doc, sent):
    """The reading before the shortcut: every word of the sentence asked in turn."""
    openers = doc.words("contrast_opener")
    toks = doc.toks
    out = []
    for k in range(doc.tok_index(sent.start) + 1, doc.tok_index(sent.end - 1)):
        w = toks[k][2]
        if (w in openers or w + " " + toks[k + 1][2] in openers) and any(ch in doc.gap(k) for ch in ",،"):
            out.append(k)
    return out


@pytest.mark.parametrize("text", _CONTRAST_TEXTS)
def test_contrast_openers_are_found_as_word_by_word(text):
    doc = run(Article(id="t", text=text))
    for sent in doc.sents:
        assert A._contrast_cuts(doc, sent) == _contrast_cuts_plain(doc, sent)


def test_a_contrast_after_a_comma_opens_a_clause():
    doc = run(Article(id="t", text=_CONTRAST_TEXTS[0]))
    cuts = A._contrast_cuts(doc, doc.sents[0])
    assert [doc.toks[k][2] for k in cuts] == ["بينما"]


@pytest.mark.parametrize("text", _CONTRAST_TEXTS)
def test_words_known_to_start_no_cue_start_none(text):
    # the shortcut of the event readers: a word in a lexicon's ``quiet`` set starts no phrase
    doc = run(Article(id="t", text=text))
    lx = E.lexicons("ar")
    for lex in (lx.cues, lx.mods, lx.ties, V._phrases("ar", "civilian"), V._phrases("ar", "among")):
        for t, w in enumerate(doc.tok_words):
            if w in lex.quiet:
                assert lex.match_at(doc.toks, t) is None
    assert any(w in lx.cues.quiet for w in doc.tok_words)


def test_a_speaker_carries_on_into_the_next_sentence():
    claims = extract(Article(id="t", text="قال المرصد السوري لحقوق الإنسان إن خمسة مدنيين قتلوا في القصف. "
                                          "وأضاف أن ثلاثة أطفال قتلوا في غارة أخرى."))
    assert len(claims) >= 2 and {c.claimant for c in claims} == {"sohr"}


def test_an_unnamed_statement_is_the_outlet_s():
    claims = extract(Article(id="t", text="قتل خمسة مدنيين في قصف على البلدة."))
    assert claims and all(c.claimant == "outlet" for c in claims)


def _contrast_between_plain(doc, a, b):
    ta, tb = sorted((doc.tok_index(a), doc.tok_index(b)))
    openers, goes_on = doc.words("contrast_opener"), doc.words("contrast_goes_on")
    toks = doc.toks
    return any((toks[k][2] in openers or k > 0 and toks[k - 1][2] + " " + toks[k][2] in openers)
               and not (k + 1 < len(toks) and toks[k + 1][2] in goes_on)
               for k in range(ta + 1, tb + 1))


@pytest.mark.parametrize("text", _CONTRAST_TEXTS)
def test_contrast_between_two_words_as_word_by_word(text):
    from rasd.extract import placing as P
    doc = run(Article(id="t", text=text))
    starts = [t[0] for t in doc.toks]
    for a in starts[::3]:
        for b in starts[::4]:
            assert P._contrast_between(doc, a, b) == _contrast_between_plain(doc, a, b)
    assert P._contrast_between(doc, starts[0], starts[-1]) == (text != _CONTRAST_TEXTS[2] and text != _CONTRAST_TEXTS[3])


def test_a_region_of_the_country_is_read_where_the_sentence_names_it():
    from rasd.extract import placing as P
    doc = run(Article(id="t", text="قتل خمسة مدنيين في غارة على قرية في شرق البلاد. وقتل ثلاثة في القصف."))
    assert P._compass_region(doc, doc.sents[0]) != []
    assert P._compass_region(doc, doc.sents[1]) == []


# == offsets mapped back, figures read with the document's marks, clause breaks, the nearest
# attack remembered
_MARKED_TEXTS = [
    "قال المرصد السوري إن خمسة مدنيين قتلوا في قصف على البلدة، بينما قالت وكالة سانا إن ثلاثة مسلحين قتلوا.",
    "أسفرت غارة جوية روسية عن مقتل سبعة أشخاص؛ في حين قتل جنديان (من الشرطة) برصاص قناص: تابع للمعارضة!",
    "قُتِلَ أربعةُ عناصرَ من الشرطـــة في هجوم شنه مسلحون على الحاجز.\nوأضافت المصادر أن طفلين قتلا في \nدرعا.",
    "وقال ناشطون إن قوات النظام قصفت الحي بالمدفعية، مما أدى إلى مقتل طفلين وامرأة؟ ولم يعلق أحد.",
]


def _plain_index(text: str) -> list[int]:
    """The map of the plain reading: the original offset of every kept character."""
    mapped = normalize(text)
    drops = {m.start() for m in _DROP.finditer(text)}
    keep = [i for i in range(len(text)) if i not in drops]
    assert len(keep) == len(mapped.text)
    return keep


@pytest.mark.parametrize("text", _MARKED_TEXTS + ["", "ـــ", "أَ", "بِسْمِ"])
def test_offsets_map_back_as_a_list_of_every_kept_character_would(text):
    nt = normalize(text)
    keep = _plain_index(text)
    identity = len(keep) == len(text)  # (nothing dropped: offsets are the original's, as they are)
    for i in range(len(nt.text) + 2):
        want = i if identity else keep[i] if i < len(keep) else len(text)
        assert nt.orig(i) == want
    for o in range(-1, len(text) + 2):
        assert nt.norm_pos(o) == (o if identity else bisect.bisect_left(keep, o))


def test_evidence_keeps_the_harakat_of_the_original():
    claims = extract(Article(id="t", text="قُتِلَ خمسةُ مدنيين في قصفٍ على البلدة."))
    assert claims and claims[0].figures[0].span.text.startswith("قُتِلَ خمسةُ")


@pytest.mark.parametrize("text", _MARKED_TEXTS)
def test_figures_read_with_the_document_s_marks_as_with_its_own_scan(text):
    doc = run(Article(id="t", text=text))
    plain = F.find_figures(doc.nt, doc.toks, doc.lang)
    fast = F.find_figures(doc.nt, doc.toks, doc.lang, doc.tok_words, doc.tok_starts, doc.marks())
    assert [(h.tok_start, h.tok_end, h.figure) for h in fast] == [(h.tok_start, h.tok_end, h.figure) for h in plain]
    r1 = F._Reader(doc.nt, doc.toks, doc.lang)
    r2 = F._Reader(doc.nt, doc.toks, doc.lang, marks=doc.marks())
    assert r1._clause == r2._clause and r1._sentence == r2._sentence


def _break_between_plain(doc, t0, t1, commas=True):
    stops = ",،.:()\"" if commas else ".:()\""
    for t in range(t0, min(t1, len(doc.toks))):
        if any(ch in doc.gap(t) for ch in stops) or doc.toks[t][2] in doc.words("that"):
            return t
    return None


@pytest.mark.parametrize("text", _MARKED_TEXTS)
def test_clause_breaks_between_words_as_gap_by_gap(text):
    doc = run(Article(id="t", text=text))
    n = len(doc.toks)
    for t0 in range(-1, n):
        for t1 in (t0 + 1, t0 + 4, n + 1):
            for commas in (True, False):
                assert A.break_between(doc, t0, t1, commas) == _break_between_plain(doc, t0, t1, commas)


def test_a_quotation_runs_on_past_a_sentence_naming_no_one():
    # the middle sentence names no speaker and no word of saying: the quotation's owner still speaks
    claims = extract(Article(id="t", text='وقال المرصد السوري لحقوق الإنسان: "سقط القتلى في الحي. '
                                          'كان الحي هادئا. وقتل خمسة مدنيين في القصف."'))
    assert claims and all(c.claimant == "sohr" for c in claims)


def test_the_nearest_attack_is_the_same_asked_twice():
    doc = run(Article(id="t", text=_MARKED_TEXTS[3]))
    from rasd.extract import events as E
    for h in doc.hits:
        si = doc.sentence_of(doc.hit_pos(h))
        evs = doc.events_in(si)
        if evs:
            assert E._nearest_event(doc, h, evs) is E._read_nearest_event(doc, h, evs)
            assert E._nearest_event(doc, h, evs) is E._read_nearest_event(doc, h, evs)


# == the tokeniser's fast split gives the plain split's tokens
_PLAIN = re.compile(r"([^\W\d_]+|\d+)")


def _plain_tokens(text: str) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group()) for m in re.finditer(r"[^\W\d_]+|\d+", text)]


_TOKEN_SENTENCES = [
    "قتل 12 مدنياً، بينهم 3 أطفال، في قصف على بلدة كفرنبل بريف إدلب.",
    "وأصيب و6 آخرون بـ850 شظية؛ «حسب» المرصد: ١٢ قتيلاً و٣ جرحى!",
    "At least 7 people were killed — “reports” said – in Aleppo's east_side 2x3.",
    "x²y ½ a1b2c3 ١٢٣abc٤ _a_ ﻻ٣ab e\u0301x",
    "",
    "   ",
    "12",
    "سقط Ⅻ12 صاروخاً على المدينة",  # a numeral outside the usual blocks: the plain split
    "قُتلَ خمسةٌ 𝟘1 في الهجوم",  # a character beyond the BMP
]


def test_fast_split_gives_the_plain_tokens():
    for s in _TOKEN_SENTENCES:
        assert tokens(s) == _plain_tokens(s), s
        toks, starts, words, gaps = token_columns(s)
        assert list(words) == [t[2] for t in _plain_tokens(s)]
        assert list(gaps) == _PLAIN.split(s)[0::2]


def test_every_character_of_the_common_blocks_splits_as_the_plain_split():
    # each character alone, doubled, and next to a letter and a digit of each script
    for lo, hi in L._COMMON_BLOCKS:
        text = "".join(f"{chr(c)} {chr(c)}{chr(c)}1{chr(c)}a{chr(c)}٣ب{chr(c)}" for c in range(lo, hi + 1))
        assert L._UNCOMMON.search(text) is None
        assert L._COMMON_SPLIT.split(text) == _PLAIN.split(text)


def test_a_text_with_a_rare_character_is_split_by_the_plain_split():
    assert L._UNCOMMON.search("عدد القتلى Ⅻ") is not None
    assert L._UNCOMMON.search("عدد القتلى 12، حسب «المرصد» — “نقلاً”") is None


def test_numeric_and_named_dates_read_as_before():
    from datetime import date

    from rasd.text.dates import NUMERIC_DMY, all_dates

    text = "قتل 5 مدنيين في 24/10/2017، ونشر التقرير في ٢٠١٨/٠٣/٠٤ ثم في 8 شباط 2018 وفي 3 مارس 2019."
    got = [d for _s, _e, d in all_dates(text)]
    assert got == [date(2017, 10, 24), date(2018, 3, 4), date(2018, 2, 8), date(2019, 3, 3)]
    # a digit of another script still opens a date (the covering class takes every digit)
    assert [m.group(1) for m in NUMERIC_DMY.finditer("التاريخ २४/10/2017")] == ["२४"]
    # a version number or a run of digits is none
    assert list(NUMERIC_DMY.finditer("الإصدار 1.2.3.4 والرقم 123/45/6789")) == []


def test_covering_class_holds_every_character_of_its_class():
    import sys

    from rasd.text.lexicon import class_covering

    digits = re.compile(class_covering(r"\d"))
    sample = [c for c in range(0, sys.maxunicode + 1, 7)] + [0x0660, 0x06F5, 0x0966, 0x1D7D0, 0xFF11]
    for c in sample:
        ch = chr(c)
        if re.match(r"\d", ch):
            assert digits.match(ch), hex(c)
    # within the common blocks, no letter is in it
    assert digits.match("ب") is None and digits.match("a") is None


def test_normalising_drops_marks_and_maps_offsets_back():
    from rasd.text.normalize import normalize

    original = "قُتِلَ خمسةٌ في قصفٍ على البلـدة"
    nt = normalize(original)
    assert nt.text == normalize("قتل خمسة في قصف على البلدة").text
    # every kept character maps back to itself in the original
    for i, ch in enumerate(nt.text):
        assert normalize(original[nt.orig(i)]).text == ch
    assert nt.orig(len(nt.text)) == len(original)
    plain = normalize("قتل خمسه")  # nothing dropped: offsets are the original's
    assert plain.text == "قتل خمسه" and plain.orig(3) == 3 and plain._drops is None


# == gaps, clause breaks, a match's tokens, phrases ending before a token, norm
_GAP_TEXTS = [
    "قتل 12 مدنيا، بينهم 3 أطفال، في قصف على بلدة في ريف إدلب؛ وأصيب العشرات.",
    "وقال المرصد: إن خمسة عناصر قتلوا (بينهم ضابط) وجرح آخرون! فيما نفت الوزارة ذلك؟",
    "أعلنت المديرية مقتل شخصين... وإصابة 7 آخرين - حسب مصادر محلية -\nوفي حلب قتل طفل.",
    "",
    "كلمة",
]


def _bare_doc(text: str) -> Doc:
    return Doc(Article(id="t", text=text, lang="ar"))


def test_a_gap_is_the_text_between_two_tokens():
    for text in _GAP_TEXTS:
        doc = _bare_doc(text)
        for t in range(-1, len(doc.toks) + 2):
            plain = doc.text[doc.toks[t - 1][1]:doc.toks[t][0]] if 0 < t < len(doc.toks) else ""
            assert doc.gap(t) == plain


def test_clause_breaks_are_the_tokens_after_each_stop():
    for text in _GAP_TEXTS:
        for stops in (".", "،,", ".!?؟;؛\n", "()-", ":"):
            doc = _bare_doc(text)
            got = doc.clause_breaks(stops)
            plain = bytearray(len(doc.toks) + 1)
            starts = [t[0] for t in doc.toks]
            for m in re.finditer("[" + re.escape(stops) + "]", doc.text):
                plain[bisect.bisect_left(starts, m.start())] = 1
            plain[0] = 0
            assert got == plain, (text, stops)


def test_a_match_knows_its_tokens():
    lex = build([("المرصد السوري", "sohr"), ("الدفاع المدني", "cd"), ("حلب", "aleppo")])
    text = norm("وقال المرصد السوري إن الدفاع المدني انتشل جثتين في وحلب")
    toks = tokens(text)
    starts = [t[0] for t in toks]
    found = lex.find(text, toks)
    assert [m.value for m in found] == ["sohr", "cd", "aleppo"]
    for m in found:
        assert m.tok == bisect.bisect_right(starts, m.start) - 1
        assert m.tok_end == bisect.bisect_left(starts, m.end)


def test_mentions_are_indexed_at_their_tokens():
    text = "وقال المرصد السوري لحقوق الإنسان إن طائرات النظام قتلت 5 مدنيين في مدينة حلب."
    doc = _bare_doc(text)
    lx = mention_lexicons("ar")
    starts = list(doc.tok_starts)
    for m in lx.claimants.find(doc.text, list(doc.toks)) + lx.actors.find(doc.text, list(doc.toks)):
        assert (m.tok, m.tok_end) == (bisect.bisect_right(starts, m.start) - 1, bisect.bisect_left(starts, m.end))


def test_a_phrase_ending_before_a_token_is_found_as_by_the_plain_reading():
    L = figure_lexicons("ar")
    for text in _GAP_TEXTS + ["قتل 5 مدنيين وأصيب 3 آخرون", "لقي 4 أشخاص مصرعهم في انفجار"]:
        nt = normalize(text)
        toks = tokens(nt.text)
        r = _Reader(nt, toks)
        for lex in (L.before, L.people, L.qual_after, L.among_toll):
            for end in range(-1, len(toks) + 2):
                for max_len in (2, 3, 4):
                    plain = None
                    for value, s in lex.ending_at(toks, end, max_len):
                        if not any(r.breaks_clause(j) for j in range(s + 1, end)):
                            plain = (value, s)
                            break
                    assert r.match_ending_at(lex, end, max_len) == plain


def test_norm_of_short_and_long_strings():
    for s in ("أحمد الـحسن", "قُتِلَ", "Aleppo’s", "x" * 200, "إدلب " * 30, ""):
        assert norm(s) == _DROP.sub("", s.translate(_TABLE).lower())
        assert norm(s) == norm(s)


# == readers over break columns; the other figures of a claim's sentence read once
_RESPONSIBILITY_TEXTS = [
    "أعلنت جماعة مجهولة مسؤوليتها عن التفجير الذي أدى إلى مقتل تسعة أشخاص في السوق.",
    "أعلنت جماعة مجهولة، في بيان، مسؤوليتها عن الهجوم. وقتل فيه أربعة جنود.",
    "وكانت الوزارة قد أعلنت أن ستة مدنيين قتلوا بقصف لقوات النظام على البلدة: بينهم طفلان.",
    "قتل ثلاثة مدنيين في حي الشعار بحلب، وفي ريف دمشق قتل خمسة مقاتلين من المعارضة أمس.",
    "قصفت الطائرات الروسية قرية في ريف إدلب، ما أسفر عن مقتل عشرة أشخاص غالبيتهم من الأطفال.",
    "قتل سبعة عناصر موالين للنظام في هجوم تبناه تنظيم الدولة الإسلامية قرب تدمر.",
]


def _plain_responsibility(doc, v):
    n = len(doc.toks)
    nouns = doc.words("responsibility_noun")
    for t in range(v.tok_end, min(n, v.tok_end + A._RESPONSIBILITY_REACH + 1)):
        if doc.toks[t][2] in nouns:
            return t
        if any(ch in doc.gap(t + 1) for ch in ".,،:") if t + 1 < n else True:
            return None
    return None


def _plain_says_something(doc, t):
    fl = figure_lexicons(doc.lang)
    for k in range(t, min(len(doc.toks), t + A._SAID_REACH)):
        if k > t and "." in doc.gap(k):
            return False
        if ":" in doc.gap(k) or doc.toks[k][2] in doc.words("that") or fl.before.match_at(doc.toks, k):
            return True
    return False


@pytest.mark.parametrize("text", _RESPONSIBILITY_TEXTS)
def test_readers_over_break_columns_answer_as_word_by_word(text):
    doc = run(Article(id="t", text=text))
    for v in doc.attrib:
        assert A._responsibility_at(doc, v) == _plain_responsibility(doc, v)
    for t in range(len(doc.toks) + 1):
        assert A._says_something(doc, t) == _plain_says_something(doc, t)


def test_responsibility_is_claimed_in_the_verb_s_clause_only():
    doc = run(Article(id="t", text=_RESPONSIBILITY_TEXTS[0]))
    v = next(m for m in doc.attrib if doc.toks[m.tok][2] == "اعلنت")
    assert doc.toks[A._responsibility_at(doc, v)][2] == "مسووليتها"
    doc = run(Article(id="t", text=_RESPONSIBILITY_TEXTS[1]))
    v = next(m for m in doc.attrib if doc.toks[m.tok][2] == "اعلنت")
    assert A._responsibility_at(doc, v) is None  # (a comma after the subject ends the reach)


def test_each_claim_of_a_long_sentence_keeps_its_own_clause_s_place():
    claims = extract(Article(id="t", text=_RESPONSIBILITY_TEXTS[3]))
    places = {c.figures[0].low: c.place.governorate for c in claims}
    assert places == {3: "aleppo", 5: "rif_dimashq"}


def test_the_other_figures_of_a_claim_s_sentence_are_read_once_and_as_before():
    doc = run(Article(id="t", text=_RESPONSIBILITY_TEXTS[3]))
    assert len(doc.drafts) == 2
    for d in doc.drafts:
        sent = doc.sents[d.sentence]
        first = dating._other_figures(doc, sent, d)
        assert dating._other_figures(doc, sent, d) is first  # remembered
        assert [id(h) for h in first] == [id(h) for h in doc.hits_in(d.sentence) if h not in d.hits]


# == the verb after a count read without the quiet words; a place inside a name
_READER_TEXTS = [
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
    for text in _READER_TEXTS:
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


# == the figure reader's shortcuts give the answers of the plain reading:
# - a reader that looks for a lexicon's phrase over a window of words (the casualty verb
#   before or after a count, the qualifier after it, the toll a count rose to, the negated
#   verb of result) asks first whether any phrase may start in the window at all
#   (``Lexicon.none_start``, one test in C), and does not walk a window where none may;
# - a word that is itself a one-token phrase opening a figure needs no ``match_at`` call
#   (``Lexicon.starts_alone``);
# - the reader's scans of the whole article for sets of words are read off one pass
#   (``_Reader.positions``);
# - a word that starts only phrases of several words none of whose next words the text
#   holds is passed over (``Lexicon.goes_on_in``), and the people of no number are looked for
#   only at words that may be such a plural (``_bare_plural``, asked once per word).
_WINDOW_TEXTS = [
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


def _pair(text: str) -> tuple[_Reader, _Reader]:
    quick, plain = _reader(text), _reader(text)
    plain.L = _PlainLexicons(plain.L)
    return quick, plain


def test_window_readers_answer_as_the_plain_walk():
    for text in _WINDOW_TEXTS:
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
    for text in _WINDOW_TEXTS:
        quick, plain = _pair(text)
        got = [(h.figure, h.tok_start, h.tok_end, h.qty_tok, h.subcount, h.recorded) for h in quick.read()]
        want = [(h.figure, h.tok_start, h.tok_end, h.qty_tok, h.subcount, h.recorded) for h in plain.read()]
        assert got == want, text
    # and the shortcuts do not silence what the sentences tell
    hits = _reader(_WINDOW_TEXTS[0]).read()
    assert {(h.figure.kind, h.figure.low) for h in hits} >= {("killed", 12)}
    hits = _reader(_WINDOW_TEXTS[-1]).read()  # people of no number after a casualty word
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
    for text in _WINDOW_TEXTS:
        r = _reader(text)
        r.read()  # (scans the article for the words of its later scans)
        for wanted in (L.acc_subject, L.relative_one, L.one_died_first, {"في", "قتل"}, set()):
            assert r.positions(wanted) == positions_of(r.words, wanted), (text, wanted)


# == the windows' words sorted out once per article give the per-window reading's answers
_WINDOWED_TEXTS = [
    "دمشق (رويترز) - قتل 12 مدنيا، بينهم 3 أطفال، يوم الخميس في قصف على بلدة في ريف إدلب؛ وأصيب العشرات.\n"
    "وقال المرصد السوري لحقوق الإنسان إن خمسة عناصر قتلوا أمس في حلب.\n\n"
    "وفي 3 آذار 2019 قتل شخصان في حمص _ حسب مصادر محلية _ فيما نفت الوزارة ذلك؟",
    "أعلنت المديرية مقتل شخصين... وإصابة 7 آخرين - حسب مصادر محلية -\nوفي حلب قتل طفل (10 سنوات) مساء الأحد.",
    "قتل ثلاثة أشخاص في غارة على مدينة دوما بريف دمشق، بينما قتل اثنان في درعا يوم 5 أيار.",
]


def _run_doc(text: str) -> Doc:
    return run(Article(id="t", text=text, lang="ar", published="2019-03-10"))


def test_window_words_are_the_words_of_the_windows():
    for text in _WINDOWED_TEXTS:
        doc = _run_doc(text)
        assert doc.windows
        plain = {w for a, b in doc.windows for w in doc.tok_words[a:b]}
        assert doc.window_words() == plain


def test_dates_read_with_the_articles_starters_are_those_read_per_window():
    for text in _WINDOWED_TEXTS:
        doc = _run_doc(text)
        plain = [m for a, b in doc.windows
                 for m in find_dates(doc.nt, doc.article.published, doc.toks[a][0], doc.toks[b - 1][1],
                                     doc.toks[a:b], doc.lang)]
        assert [(m.start, m.end, m.span) for m in doc.dates] == [(m.start, m.end, m.span) for m in plain]
    assert any(doc.dates for doc in map(_run_doc, _WINDOWED_TEXTS))


def test_places_found_with_the_articles_start_words_are_those_found_per_window():
    gz = gazetteer()
    for text in _WINDOWED_TEXTS:
        doc = _run_doc(text)
        may = gz.start_words(doc.window_words())
        for a, b in doc.windows:
            plain = gz.find(doc.nt, doc.toks[a:b])
            got = gz.find(doc.nt, doc.toks[a:b], may=may)
            assert [(p.start, p.end, p.place.name) for p in got] == [(p.start, p.end, p.place.name) for p in plain]
    assert {"دوما", "حلب"} <= {p.place.name for doc in map(_run_doc, _WINDOWED_TEXTS) for p in doc.places}


# == words seen for the first time are told to start no phrase by set tests (a lexicon's first
# tokens, the union of several lexicons'), and those answers are the ones the word-by-word
# lookup gives
_STARTER_PHRASES = {"غارة جوية": "airstrike", "قصف": "shelling", "الطيران الحربي": "air", "مقتل": "death"}


_STARTER_TEXT = norm("وقتل خمسة مدنيين في غارة جوية للطيران الحربي على بلدة في ريف إدلب، وبقصف مدفعي "
                 "على حي في المدينة، بحسب مصادر محلية أكدت مقتل طفل والغارات مستمرة")


def _starter_lexicon(forms=L.clitic_forms) -> Lexicon[str]:
    lex: Lexicon[str] = Lexicon(forms)
    for phrase, value in _STARTER_PHRASES.items():
        lex.add(phrase, value)
    return lex


def _starter_words() -> set[str]:
    return {w for _, _, w in tokens(_STARTER_TEXT)}


def test_starters_of_new_words_are_the_words_a_phrase_starts_at():
    words = _starter_words()
    by_word = {w for w in words if _starter_lexicon().may_start(w)}
    assert by_word >= {norm("غارة"), "وبقصف", "للطيران", "مقتل"}
    lex = _starter_lexicon()
    assert lex.starters(words) == by_word
    assert lex.starters(words) == by_word  # asked again, from what it remembered
    # and each word then answers alone as it did before
    assert {w for w in words if lex.may_start(w)} == by_word
    toks = tokens(_STARTER_TEXT)
    assert [lex.match_at(toks, i) for i in range(len(toks))] == \
        [_starter_lexicon().match_at(toks, i) for i in range(len(toks))]


def test_a_phrase_added_later_is_found_by_starters():
    lex = _starter_lexicon()
    words = _starter_words()
    before = lex.starters(words)
    lex.add("مصادر محلية", "local")
    assert lex.starters(words) == before | {"مصادر"}


def test_starters_after_the_remembered_words_overflow(monkeypatch):
    monkeypatch.setattr(L, "_CANDIDATE_CACHE", 3)
    lex = _starter_lexicon()
    words = _starter_words()
    assert lex.starters(words) == {w for w in words if _starter_lexicon().may_start(w)}


def test_any_start_is_any_lexicons_start_whatever_their_morphology():
    arabic, other = _starter_lexicon(), Lexicon(english_forms)
    other.add("barrel bomb", "barrel")
    for lexes in ((arabic,), (arabic, _starter_lexicon()), (arabic, other)):
        test = any_start(*lexes)
        for w in _starter_words() | {"barrel", "bombs", "Barrel"}:
            assert test(w) == any(lex.may_start(w) for lex in lexes), (lexes, w)


# == a sentence's tokens, remembered
def test_sent_toks_are_the_tokens_of_each_sentence():
    from rasd.core.models import Article
    from rasd.extract.doc import Doc

    doc = Doc(Article(id="t", text="قصفت الطائرات البلدة.\nوقال الدفاع المدني إن ثلاثة قتلوا. وأصيب آخرون",
                      published="2024-03-14"))
    assert len(doc.sents) == 3
    seen = []
    for sent in doc.sents:
        a, b = doc.sent_toks(sent)
        assert sent.start <= doc.toks[a][0] and doc.toks[b - 1][1] <= sent.end
        assert b == len(doc.toks) or doc.toks[b][0] >= sent.end
        assert doc.sent_toks(sent) == (a, b)  # (asked again: the same)
        seen.extend(range(a, b))
    assert seen == list(range(len(doc.toks)))  # every token in one sentence, in order


def test_starters_are_the_words_a_phrase_may_start_at():
    lex = _lexicon()
    words = _words(_TEXT)
    expected = {w for w in words if lex.may_start(w)}
    assert {"المدينه", "وبالمدينه", "ريف", "الغاره", "سقط"} <= expected
    assert lex.starters(words) == expected
    assert lex.starters(words) == expected  # asked again, from the caches
    # a word known to start nothing is in ``quiet``, and ``match_at`` finds nothing there
    toks = tokens(normalize(_TEXT).text)
    for i, (_, _, w) in enumerate(toks):
        if w in lex.quiet:
            assert lex.match_at(toks, i) is None
        else:
            assert w in expected


def test_starters_survive_a_cleared_cache(monkeypatch):
    monkeypatch.setattr(L, "_CANDIDATE_CACHE", 3)
    lex = _lexicon()
    words = _words(_TEXT)
    expected = {w for w in words if Lexicon.may_start(_lexicon(), w)}
    assert lex.starters(words) == expected
    assert lex.starters(_words("قصف الطيران المدينة")) == {"قصف", "المدينه"}


def test_word_test_is_a_filter(monkeypatch):
    is_long = WordTest(lambda w: len(w) > 4)
    words = _words(_TEXT)
    assert is_long.of(words) == set(filter(lambda w: len(w) > 4, words))
    assert is_long.of(words) == set(filter(lambda w: len(w) > 4, words))
    monkeypatch.setattr(L, "_CANDIDATE_CACHE", 2)
    fresh = _words("قصفت الطائرات الحربية قرية صغيرة")
    assert is_long.of(fresh) == set(filter(lambda w: len(w) > 4, fresh))


def test_any_start_asks_every_lexicon():
    a, b = Lexicon(), Lexicon()
    a.add("غارة جوية", 1)
    b.add("قذيفة", 2)
    test = any_start(a, b)
    assert test("غاره") and test("وبقذيفه") and test("بقذيفه")
    assert not test("البلده") and not test("جويه")


def test_function_words_and_their_clitic_forms():
    doc = Doc(Article(id="t", text=_TEXT, lang="ar"))
    assert doc.words("no such role") == frozenset()
    assert doc.words("that")  # "أن/إن"
    town = doc.form_in("town_anaphor")
    assert town("المدينه") and town("وبالمدينه")
    assert not town("الطايرات")


@pytest.mark.parametrize("sentence,expected", [
    # one named person after "إن", the subject of a passive verb of death
    ("وقال المرصد إن القيادي سامر الحلبي قتل في الغارة", [("killed", 1)]),
    # a side, not a person: no one is counted
    ("وقال المرصد إن قوات النظام قتلت في الغارة", []),
])
def test_a_name_after_that_is_still_read(sentence, expected):
    nt = normalize(sentence)
    got = [(h.figure.kind, h.figure.low) for h in find_figures(nt, tokens(nt.text)) if h.recorded]
    assert got == expected


# speed22: the token split opening on one class, dates' numeric windows, unlisted roles kept


def test_split_gives_the_pieces_of_the_two_class_pattern():
    import re

    plain = re.compile("(" + L._class_ranges(r"[^\W\d_]") + "+|" + L._class_ranges(r"\d") + "+)")
    common = "".join(chr(c) for lo, hi in L._COMMON_BLOCKS for c in range(lo, hi + 1))
    for text in ("", " ", "و6", "بـ850 قتيلا", " x1y2 ", "²½ a_1", "1,000 (2012)", _TEXT,
                 common, common[::-1], " ".join(common)):
        assert L._COMMON_SPLIT.split(text) == plain.split(text)


def test_a_window_without_digits_reads_no_numeric_date():
    from rasd.extract.dates import find_dates

    for text in ("قتل 5 اشخاص في 12/03/2016 في حلب", "قتل خمسة اشخاص امس في حلب", "في 2016-03-12، قتل 3"):
        nt = normalize(text)
        toks = tokens(nt.text)
        with_toks = find_dates(nt, "2016-03-14", toks[0][0], toks[-1][1], toks)
        assert with_toks == find_dates(nt, "2016-03-14", toks[0][0], toks[-1][1])
    nt = normalize("قتل 5 اشخاص في 12/03/2016 في حلب")
    toks = tokens(nt.text)
    assert any(d.start == nt.text.index("12") for d in find_dates(nt, "2016-03-14", 0, len(nt.text), toks))


def test_an_unlisted_role_stays_empty_for_every_language():
    ar = Doc(Article(id="a", text=_TEXT, lang="ar"))
    en = Doc(Article(id="e", text="Five people were killed in Aleppo.", lang="en"))
    for _ in range(2):  # (the second ask is the dict's own lookup)
        assert ar.words("no such role") == en.words("no such role") == frozenset()
    assert ar.words("that") and ar.words("that") != en.words("that")


# speed24: the motive before a place read off the window's words and the article's marks;
# whether a claim's sentence names a town asked once


def _motive_walk(doc, t):
    """``placing._motive_before`` as it was: a walk back over the tokens and their gaps."""
    motive = doc.words("response")
    for k in range(t - 1, max(-1, t - P._MOTIVE_REACH - 1), -1):
        if not P._CLAUSE_MARKS.isdisjoint(doc.nt.text[doc.toks[k][1]:doc.toks[k + 1][0]]):
            return None
        if not L.clitic_form_set(doc.toks[k][2]).isdisjoint(motive):
            return doc.toks[k][0]
    return None


@pytest.mark.parametrize("text", [
    "قصفت المدفعية مواقع في حلب ردا على إطلاق صواريخ على قواعد في مرتفعات الجولان، وقتل 5 في دمشق.",
    "وردا على هجوم في الأحواز. قتل 3 في حمص؛ انتقاما لهجوم في إدلب قتل 4",
    "وقتل 12 شخصا في حلب وإدلب وحمص أمس",
])
def test_motive_before_is_the_walk_back(text):
    doc = Doc(Article(id="m", text=text, lang="ar"))
    assert doc.words("response")
    for t in range(len(doc.toks)):
        assert P._motive_before(doc, t) == _motive_walk(doc, t)


def test_a_town_named_is_read_alike_for_every_rule():
    from rasd.extract import scope as S

    doc = run(Article(id="s", text="وقتل 30 شخصا خلال أسبوع من القصف على الغوطة الشرقية قرب دمشق وفي بلدة دوما.",
                      lang="ar"))
    for s in doc.sents:
        towns = [p for p in doc.places_in(s.start, s.end) if p.level not in ("country", "governorate")]
        near = doc.words("landmark_before")
        want = any(p.level in S._TOWN_LEVELS and not any(
            0 <= k < len(doc.toks) and doc.toks[k][2] in near for k in (doc.tok_index(p.start) - 1, doc.tok_index(p.start) - 2))
            for p in towns)
        assert S._town_named(doc, towns) == want


# speed23: one shared cache of a word's forms for all lexicons, clitic forms without a
# generator, a role file read once for all its roles


def _plain_token_forms(tok: str) -> tuple[tuple[str, int], ...]:
    out, rest, p = [(tok, 0)], tok, 0
    if len(rest) > 3 and rest[0] in "وف":
        rest, p = rest[1:], 1
        out.append((rest, p))
    if len(rest) > 3 and rest.startswith("لل"):
        out.append(("ا" + rest[1:], p + 1))
    if len(rest) > 3 and rest[0] in "بلك":
        out.append((rest[1:], p + 1))
    return tuple(out)


@pytest.mark.parametrize("tok", ["في", "وفي", "قتل", "وقتل", "فقتل", "بالغارة", "وبالغارة", "للمدينة",
                                 "وللمدينة", "لله", "ولل", "كالقصف", "والقصف", "وبلا", "الهجوم", "ب"])
def test_clitic_forms_are_those_of_the_plain_reading(tok):
    assert L.clitic_forms(tok) == _plain_token_forms(tok)
    assert L.clitic_form_words(tok) == tuple(f for f, _ in _plain_token_forms(tok))
    assert L.clitic_form_set(tok) == frozenset(f for f, _ in _plain_token_forms(tok))


def test_a_lexicon_filled_after_its_words_were_asked_of_finds_its_phrases():
    # the shared forms are the word's alone: a lexicon loaded on first use, after other
    # lexicons asked of the same words, still finds its phrases at them
    words = _words(_TEXT)
    early = _lexicon()
    assert early.starters(words) == {w for w in words if early.may_start(w)}
    late: Lexicon = Lexicon()
    assert late.starters(words) == set()
    late.add("الطائرات", "aircraft")
    late.add("الغارة", "strike")
    toks = tokens(normalize(_TEXT).text)
    assert late.starters(words) == {norm("الطائرات"), norm("الغارة")}
    assert [m.value for m in late.find(normalize(_TEXT).text, toks)] == ["strike", "aircraft"]


def test_role_lexicons_read_off_one_reading_of_their_file():
    from rasd.lang import pack
    from rasd.lang.base import Pack

    for lang in ("ar", "en"):
        fresh = Pack(lang)
        for name in ("victims", "state_forces"):
            roles = {row[0] for row in fresh.rows(name) if len(row) >= 2}
            for role in sorted(roles):
                got = fresh.role_lexicon(name, role)
                plain = pack(lang).lexicon()
                for row in fresh.rows(name):
                    if len(row) >= 2 and row[0] == role:
                        plain.add(row[-1], row[1] if len(row) >= 3 else role)
                assert list(got.phrases()) == list(plain.phrases())
                assert [v for b in got._index.values() for _, v in b] == \
                    [v for b in plain._index.values() for _, v in b]


# speed25: a side named after a count asked of the lexicons' quiet words first; whether a place
# is the dateline and where a motive opens before it kept per article, never across articles


@pytest.mark.parametrize("text", [
    "قتل 12 شخصا من قوات النظام و5 مدنيين في قصف على حلب",
    "مقتل 7 عناصر في صفوف المعارضة بين السكان المدنيين أمس",
    "أصيب 20 بين قتيل وجريح لقوات النظام في حمص",
])
def test_group_from_of_early_no_is_the_full_read(text):
    doc = Doc(Article(id="g", text=text, lang="ar"))
    r = _Reader(doc.nt, doc.toks, "ar")
    for j in range(len(doc.toks) + 1):
        full = r._group_from_of(j)
        if full[0] is None and j < r.n and not r.breaks_clause(j) and r.match(r.L.among_side, j) is not None:
            continue  # (read on after "among": the early answer is never given there)
        assert r.group_from_of(j) == full


def test_dateline_and_motive_are_read_per_article():
    a = run(Article(id="d1", text="دمشق (ا ف ب) - قتل 5 أشخاص في قصف على حلب ردا على هجوم في إدلب.", lang="ar"))
    b = run(Article(id="d2", text="قالت مصادر في دمشق إن 5 أشخاص قتلوا في قصف على حلب.", lang="ar"))
    for doc in (a, b):
        for p in doc.places:
            assert P.is_dateline(doc, p) == P._is_dateline(doc, p)
            t = doc.tok_index(p.start)
            assert P._motive_at(doc, p) == (P._motive_before(doc, t) if doc.toks[t][0] == p.start else None)
    assert a.scratch.get("motive_at") is not b.scratch.get("motive_at")
