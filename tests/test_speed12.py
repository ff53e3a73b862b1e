"""Extraction speed, branch speed12: the tokeniser's fast split gives the plain split's tokens."""

from __future__ import annotations

import re

from rasd.text import lexicon as L
from rasd.text.lexicon import token_columns, tokens

_PLAIN = re.compile(r"([^\W\d_]+|\d+)")


def _plain_tokens(text: str) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group()) for m in re.finditer(r"[^\W\d_]+|\d+", text)]


SENTENCES = [
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
    for s in SENTENCES:
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
