"""Extraction speed, branch speed17: the windows' words sorted out once per article give the
per-window reading's answers."""

from __future__ import annotations

from rasd.core.models import Article
from rasd.extract.dates import find_dates
from rasd.extract.doc import Doc
from rasd.extract.pipeline import run
from rasd.extract.places import gazetteer

TEXTS = [
    "دمشق (رويترز) - قتل 12 مدنيا، بينهم 3 أطفال، يوم الخميس في قصف على بلدة في ريف إدلب؛ وأصيب العشرات.\n"
    "وقال المرصد السوري لحقوق الإنسان إن خمسة عناصر قتلوا أمس في حلب.\n\n"
    "وفي 3 آذار 2019 قتل شخصان في حمص _ حسب مصادر محلية _ فيما نفت الوزارة ذلك؟",
    "أعلنت المديرية مقتل شخصين... وإصابة 7 آخرين - حسب مصادر محلية -\nوفي حلب قتل طفل (10 سنوات) مساء الأحد.",
    "قتل ثلاثة أشخاص في غارة على مدينة دوما بريف دمشق، بينما قتل اثنان في درعا يوم 5 أيار.",
]


def _doc(text: str) -> Doc:
    return run(Article(id="t", text=text, lang="ar", published="2019-03-10"))


def test_window_words_are_the_words_of_the_windows():
    for text in TEXTS:
        doc = _doc(text)
        assert doc.windows
        plain = {w for a, b in doc.windows for w in doc.tok_words[a:b]}
        assert doc.window_words() == plain


def test_dates_read_with_the_articles_starters_are_those_read_per_window():
    for text in TEXTS:
        doc = _doc(text)
        plain = [m for a, b in doc.windows
                 for m in find_dates(doc.nt, doc.article.published, doc.toks[a][0], doc.toks[b - 1][1],
                                     doc.toks[a:b], doc.lang)]
        assert [(m.start, m.end, m.span) for m in doc.dates] == [(m.start, m.end, m.span) for m in plain]
    assert any(doc.dates for doc in map(_doc, TEXTS))


def test_places_found_with_the_articles_start_words_are_those_found_per_window():
    gz = gazetteer()
    for text in TEXTS:
        doc = _doc(text)
        may = gz.start_words(doc.window_words())
        for a, b in doc.windows:
            plain = gz.find(doc.nt, doc.toks[a:b])
            got = gz.find(doc.nt, doc.toks[a:b], may=may)
            assert [(p.start, p.end, p.place.name) for p in got] == [(p.start, p.end, p.place.name) for p in plain]
    assert {"دوما", "حلب"} <= {p.place.name for doc in map(_doc, TEXTS) for p in doc.places}
