"""Claim extraction: one article in, its casualty claims out (per the codebook)."""

from rasd.extract.pipeline import extract, extract_article

__all__ = ["extract", "extract_article"]
