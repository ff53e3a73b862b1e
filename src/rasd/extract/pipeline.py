"""The extractor: one ``Doc`` per article, passed through a list of stages.

Each stage reads the layers the earlier ones left on the document and adds its own:

    figures → mentions → dates → places → events → attribution → frame → consolidate

An article with no casualty figure stops after the first stage.
"""

from __future__ import annotations

from typing import Callable

from rasd.core.models import Article, Claim, Extraction
from rasd.extract import attribution, consolidate, dates, events, figures, frame, mentions, placing
from rasd.extract.doc import Doc

Stage = Callable[[Doc], None]

STAGES: list[tuple[str, Stage]] = [
    ("figures", figures.annotate),
    ("mentions", mentions.annotate),
    ("dates", dates.annotate),
    ("places", placing.annotate),
    ("events", events.annotate),
    ("attribution", attribution.annotate),
    ("frame", frame.annotate),
    ("consolidate", consolidate.annotate),
]


def run(article: Article) -> Doc:
    """The article's document with every layer the stages could add."""
    doc = Doc(article)
    for name, stage in STAGES:
        stage(doc)
        if name == "figures" and not doc.hits:
            break
    return doc


def extract(article: Article) -> list[Claim]:
    """Casualty claims of one article, per the codebook (empty when it reports none)."""
    if not article.text or article.text.isspace():  # (not ``strip()``: no copy of the text)
        return []
    return run(article).claims


def extract_article(article: Article) -> Extraction:
    return Extraction(article, extract(article))
