"""Claimants as reconciliation keys them ("sohr", "outlet:skynews", "other:<name>"), named."""

from __future__ import annotations

from rasd.display.outlets import outlet_name
from rasd.display.vocab import name


def claimant_name(key: str, lang: str = "en") -> str:
    """"sohr" -> "SOHR (...)", "outlet:skynews" -> "Sky News Arabia", "other:X" -> "X"."""
    kind, sep, rest = key.partition(":")
    if not sep:
        return name("claimants", key, lang)
    if kind == "outlet":
        return outlet_name(rest, None, lang) or rest
    return rest
