"""The extractor over every article of the real corpus (shared/data/corpus): no crash, and
every output follows the codebook with offsets that slice the article text exactly.

Skipped when the corpus is not there (it is not part of the repository); RASD_CORPUS
points at another JSON Lines file of articles.
"""

from __future__ import annotations

import json
import os
import traceback
from pathlib import Path

import pytest

from rasd.core.schema import validate_extraction
from rasd.extract import extract
from rasd.core.models import Article, Extraction

CORPUS = Path(os.environ.get("RASD_CORPUS") or
              Path(__file__).resolve().parents[1].parent / "shared/data/corpus/ar-conflict-news.jsonl")

pytestmark = [
    pytest.mark.corpus,
    pytest.mark.skipif(not CORPUS.is_file(), reason=f"no corpus at {CORPUS}"),
]
_SHOWN = 20  # failures listed in the assertion message; the count covers all of them


def _articles() -> list[Article]:
    with CORPUS.open(encoding="utf-8") as fh:
        return [Article.from_dict(json.loads(line)) for line in fh if line.strip()]


def test_extract_whole_corpus() -> None:
    articles = _articles()
    assert articles, f"{CORPUS} holds no articles"
    crashes: list[str] = []
    invalid: list[str] = []
    for a in articles:
        try:
            claims = extract(a)
        except Exception:
            crashes.append(f"{a.id}: {traceback.format_exc(limit=-3)}")
            continue
        # validate_extraction with the text checks every evidence and figure offset slices
        # the article to exactly the reported text.
        invalid.extend(f"{a.id}: {e}"
                       for e in validate_extraction(Extraction(a, claims).to_dict(), text=a.text))
        for i, c in enumerate(claims):
            # Offsets must be present, not only right when given: every figure is cited.
            invalid.extend(f"{a.id}: claims[{i}].figures[{k}]: no offsets"
                           for k, f in enumerate(c.figures) if f.span is None)
    assert not crashes, f"{len(crashes)} crashes:\n" + "\n".join(crashes[:_SHOWN])
    assert not invalid, f"{len(invalid)} codebook errors:\n" + "\n".join(invalid[:_SHOWN])
