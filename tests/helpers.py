"""Helpers shared by the stage test files."""

from __future__ import annotations

from rasd.core.models import Article, Claim
from rasd.extract import extract


def claims(text: str, published: str | None = "2024-03-14", lang: str = "ar") -> list[Claim]:
    """The claims read from a hand-written text (Arabic unless ``lang`` says otherwise)."""
    return extract(Article(id="t", text=text, published=published, lang=lang))


def figures_with_spans(c: Claim) -> list[tuple]:
    """(kind, group, low, the text of its span) of each figure of a claim."""
    return [(f.kind, f.group, f.low, f.span.text if f.span else None) for f in c.figures]


def kinds_and_lows(c: Claim) -> set[tuple[str, int | None]]:
    """(kind, low) of each figure of a claim."""
    return {(f.kind, f.low) for f in c.figures}


def kinds_groups_lows(c: Claim) -> list[tuple]:
    """(kind, group, low) of each figure of a claim."""
    return [(f.kind, f.group, f.low) for f in c.figures]
