"""The extractor's single entry point (stub until the stages land)."""

from __future__ import annotations

from rasd.models import Article, Claim, Extraction


def extract(article: Article) -> list[Claim]:
    return []


def extract_article(article: Article) -> Extraction:
    return Extraction(article, extract(article))
