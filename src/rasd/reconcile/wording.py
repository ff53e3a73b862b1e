"""Contradictions in plain words, in English and Arabic, with the names people use.

"Russian MoD: 25 wounded — US official: more than 100 killed": claimants by their display
names (``rasd.display``), figures as they were said ("more than 100", "dozens"), never an
internal id. A name or figure of the other script is wrapped in Unicode isolates (FSI …
PDI), so an Arabic name inside an English sentence, or a Latin outlet inside an Arabic one,
keeps its own direction in any viewer that honours them.
"""

from __future__ import annotations

from rasd.display import claimant_name, name
from rasd.reconcile.figures import Conflict, Total

FSI, PDI = "\u2068", "\u2069"
_KIND_WORDS = {
    "en": {"killed": "killed", "injured": "wounded", "casualties": "killed or wounded",
           "missing": "missing", "detained": "detained"},
}
_SEP = {"en": " — ", "ar": " — "}


def _isolate(text: str, lang: str) -> str:
    """``text`` wrapped in isolates when its script is not the sentence's."""
    arabic = any("\u0600" <= ch <= "\u06ff" for ch in text)
    return f"{FSI}{text}{PDI}" if arabic != (lang == "ar") else text


def figure_words(t: Total, lang: str = "en") -> str:
    """"more than 100", "at least 45", "about 150", "20–30", "dozens" (in ``lang``)."""
    q = t.qualifier
    if t.vague or q in ("dozens", "hundreds", "thousands", "some"):
        return name("qualifiers", q, lang)
    if q == "about" and t.lo is not None and t.hi is not None and t.lo != t.hi:
        return f"{t.lo}–{t.hi}"
    if q in ("at_least", "more_than", "about"):
        return f"{name('qualifiers', q, lang)} {t.lo}"
    if q == "up_to":
        return f"{name('qualifiers', q, lang)} {t.hi}"
    if q == "sum":
        return t.stated
    return str(t.lo)


def _said(claimant: str, said: tuple[tuple[str, Total], ...], lang: str) -> str:
    who = _isolate(claimant_name(claimant, lang), lang)
    if lang == "ar":
        parts = [f"{figure_words(t, 'ar')} ({name('figure_kinds', kind, 'ar')})" for kind, t in said]
    else:
        parts = [f"{figure_words(t, 'en')} {_KIND_WORDS['en'][kind]}" for kind, t in said]
    return f"{who}: {'، '.join(parts) if lang == 'ar' else ', '.join(parts)}"


def conflict_text(c: Conflict, lang: str = "en") -> str:
    """One contradiction as a sentence in ``lang`` ("en" or "ar")."""
    return _said(c.a, c.a_said, lang) + _SEP[lang] + _said(c.b, c.b_said, lang)


def conflict_record(c: Conflict) -> dict:
    """A contradiction for the API and the web UI: each side's claimant key, its name and
    figures in both languages, and the sentence in both."""
    def side(key: str, said: tuple[tuple[str, Total], ...]) -> dict:
        return {"claimant": key,
                "name": {lang: claimant_name(key, lang) for lang in ("en", "ar")},
                "figures": [{"kind": kind, "stated": t.stated,
                             "words": {lang: figure_words(t, lang) for lang in ("en", "ar")}}
                            for kind, t in said]}

    return {"sides": [side(c.a, c.a_said), side(c.b, c.b_said)],
            "text": {lang: conflict_text(c, lang) for lang in ("en", "ar")}}
