"""Helpers shared by the stage test files."""

from __future__ import annotations

from rasd.core.models import Article, Claim
from rasd.extract import extract


def claims(text: str, published: str | None = "2024-03-14", lang: str = "ar") -> list[Claim]:
    """The claims read from a hand-written text (Arabic unless ``lang`` says otherwise)."""
    return extract(Article(id="t", text=text, published=published, lang=lang))
