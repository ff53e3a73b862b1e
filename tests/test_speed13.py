"""Extraction speed, branch speed13: each shortcut gives the plain reading's answers."""

from __future__ import annotations

import bisect
import re

from rasd.core.models import Article
from rasd.extract.doc import Doc
from rasd.extract.figures import _Reader, lexicons as figure_lexicons
from rasd.extract.mentions import lexicons as mention_lexicons
from rasd.text.lexicon import build, tokens
from rasd.text.normalize import _DROP, _TABLE, norm, normalize

TEXTS = [
    "قتل 12 مدنيا، بينهم 3 أطفال، في قصف على بلدة في ريف إدلب؛ وأصيب العشرات.",
    "وقال المرصد: إن خمسة عناصر قتلوا (بينهم ضابط) وجرح آخرون! فيما نفت الوزارة ذلك؟",
    "أعلنت المديرية مقتل شخصين... وإصابة 7 آخرين - حسب مصادر محلية -\nوفي حلب قتل طفل.",
    "",
    "كلمة",
]


def _doc(text: str) -> Doc:
    return Doc(Article(id="t", text=text, lang="ar"))


def test_a_gap_is_the_text_between_two_tokens():
    for text in TEXTS:
        doc = _doc(text)
        for t in range(-1, len(doc.toks) + 2):
            plain = doc.text[doc.toks[t - 1][1]:doc.toks[t][0]] if 0 < t < len(doc.toks) else ""
            assert doc.gap(t) == plain


def test_clause_breaks_are_the_tokens_after_each_stop():
    for text in TEXTS:
        for stops in (".", "،,", ".!?؟;؛\n", "()-", ":"):
            doc = _doc(text)
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
    doc = _doc(text)
    lx = mention_lexicons("ar")
    starts = list(doc.tok_starts)
    for m in lx.claimants.find(doc.text, list(doc.toks)) + lx.actors.find(doc.text, list(doc.toks)):
        assert (m.tok, m.tok_end) == (bisect.bisect_right(starts, m.start) - 1, bisect.bisect_left(starts, m.end))


def test_a_phrase_ending_before_a_token_is_found_as_by_the_plain_reading():
    L = figure_lexicons("ar")
    for text in TEXTS + ["قتل 5 مدنيين وأصيب 3 آخرون", "لقي 4 أشخاص مصرعهم في انفجار"]:
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
