"""The extractor's single entry point: an Article in, its claims out."""

from __future__ import annotations

from rasd.extract.claims import extract_claims
from rasd.core.models import Article, Claim, Extraction


def extract(article: Article) -> list[Claim]:
    """Casualty claims of one article, per the codebook (empty when it reports none)."""
    if not article.text or not article.text.strip():
        return []
    return extract_claims(article)


def extract_article(article: Article) -> Extraction:
    return Extraction(article, extract(article))
