"""Language packs: every row in a file of its own language, and each pack's morphology."""

from __future__ import annotations

import re
from importlib import resources

import pytest

from rasd.core.models import Article
from rasd.extract import extract
from rasd.lang import LANGS, pack
from rasd.text.lexicon import read_tsv

_ARABIC = re.compile("[\u0600-\u06ff]")
_LATIN = re.compile("[A-Za-z]")
_MARKS = {"case", "armed", "regime"}  # words of a name file's marks column (Pack.marked), in every pack


def _pack_files(lang: str) -> list:
    folder = resources.files("rasd").joinpath("data", "lang", lang)
    return sorted((f for f in folder.iterdir() if f.name.endswith(".tsv")), key=lambda f: f.name)


@pytest.mark.parametrize("lang", LANGS)
def test_every_row_is_in_its_packs_script(lang: str) -> None:
    # a row of another language in a pack would be matched against the wrong articles
    foreign = _LATIN if lang == "ar" else _ARABIC
    bad = []
    for f in _pack_files(lang):
        for n, line in enumerate(f.read_text("utf-8").splitlines(), 1):
            if line.startswith("#") or not line.strip():
                continue
            cells = line.split("\t")
            if len(cells) >= 3 and set(cells[-1].split()) <= _MARKS:
                cells.pop()  # (the marks after a name: actors.tsv "armed", "case", "regime")
            if foreign.search(cells[-1]):
                bad.append(f"{f.name}:{n}: {line}")
    assert not bad, "\n".join(bad[:20])


def test_no_lexicon_mixes_languages_outside_the_packs() -> None:
    folder = resources.files("rasd").joinpath("data", "lexicons")
    for f in folder.iterdir():
        if f.name.endswith(".tsv") and f.name != "places_world.tsv":
            rows = [r[-1] for r in read_tsv(f"lexicons/{f.name}")]
            assert not (any(_ARABIC.search(p) for p in rows) and any(_LATIN.search(p) for p in rows)), f.name


@pytest.mark.parametrize("stem,forms", [
    ("kill", ["kill", "kills", "killed", "killing"]),
    ("die", ["die", "dies", "died", "dying"]),
    ("stab", ["stab", "stabs", "stabbed", "stabbing"]),
    ("execute", ["execute", "executes", "executed", "executing"]),
    ("bury", ["bury", "buries", "buried", "burying"]),
])
def test_english_verbs_are_written_once_and_read_inflected(stem: str, forms: list[str]) -> None:
    assert pack("en").verb_forms(stem) == forms


def test_english_irregular_verbs_take_their_written_forms() -> None:
    assert pack("en").verb_forms("shoot", "shot") == ["shoot", "shoots", "shot", "shooting"]


def test_arabic_verbs_in_their_persons_and_tokens_with_clitics() -> None:
    ar = pack("ar")
    assert ar.verb_forms("قتل") == ["قتل", "قتلت", "قتلوا", "قتلا", "قتلتا"]
    assert ("الرقه", 1) in ar.token_forms("للرقه")
    assert pack("en").token_forms("wounded") == (("wounded", 0),)


def test_an_article_is_read_with_its_own_languages_words() -> None:
    # English words in an Arabic report and Arabic words in an English one are not read
    ar = Article(id="a", text="قتل 5 مدنيين في غارة على حلب. Five people were killed.", lang="ar")
    en = Article(id="e", text="Five people were killed. قتل 5 مدنيين في غارة", lang="en")
    assert [f.low for c in extract(ar) for f in c.figures] == [5]
    assert [f.low for c in extract(en) for f in c.figures] == [5]
    assert [c.figures[0].group for c in extract(en)] == ["unspecified"]


def test_an_unknown_language_is_read_with_the_default_pack() -> None:
    assert pack("fr").code == pack(None).code == "ar"
