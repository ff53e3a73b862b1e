"""What a language pack provides, and the pack object stages ask for.

A pack is a language's data (``rasd/data/lang/<code>/*.tsv``) and its small morphology module
(``rasd/lang/<code>.py``): how a text token may differ from a lexicon phrase (Arabic clitics),
which forms of a phrase a text uses (Arabic persons and definite forms, English inflection),
and whether a word is definite. Adding a language means adding both.
"""

from __future__ import annotations

from functools import cached_property
from importlib import import_module
from types import ModuleType
from typing import Any, Iterator

from rasd.lang import rows
from rasd.text.lexicon import Lexicon
from rasd.text.normalize import norm


class Pack:
    """One language: its data files by name and its morphology."""

    def __init__(self, code: str) -> None:
        self.code = code
        self._m: ModuleType = import_module(f"rasd.lang.{code}")

    def __repr__(self) -> str:
        return f"Pack({self.code!r})"

    def rows(self, name: str) -> Iterator[list[str]]:
        """Rows of this language's ``<name>.tsv`` (none when it has no such file)."""
        return rows(self.code, name)

    def lexicon(self) -> Lexicon[Any]:
        """An empty lexicon whose phrases match text tokens by this language's morphology."""
        return Lexicon(forms=self._m.token_forms)

    def load(self, name: str) -> Lexicon[str]:
        """A two-column ``id<TAB>phrase`` file of this language as a lexicon of ids."""
        lex: Lexicon[str] = self.lexicon()
        for row in self.rows(name):
            if len(row) >= 2 and row[1]:
                lex.add(row[1], row[0])
        return lex

    def token_forms(self, tok: str) -> tuple[tuple[str, int], ...]:
        return self._m.token_forms(tok)

    def verb_forms(self, stem: str, *irregular: str) -> list[str]:
        """A verb written once (its stem) in the forms news uses."""
        return self._m.verb_forms(stem, *irregular)

    def phrase_forms(self, phrase: str, role: str) -> list[str]:
        """A lexicon phrase in the forms text uses ("غارة" is read in "الغارة" too)."""
        return self._m.phrase_forms(phrase, role)

    def possessive_forms(self, phrase: str, role: str) -> list[str]:
        return self._m.possessive_forms(phrase, role)

    def is_definite(self, prev: str, tok: str, clitic_chars: int) -> bool:
        """Whether the word ``tok`` (after ``prev``) is definite: "الهجوم", "the attack"."""
        return self._m.is_definite(prev, tok, clitic_chars)

    @cached_property
    def words(self) -> dict[str, frozenset[str]]:
        """Function words by role (``grammar.tsv``: "that" after a verb of saying, ...), normalised
        as text tokens are."""
        out: dict[str, set[str]] = {}
        for row in self.rows("grammar"):
            if len(row) >= 2:
                out.setdefault(row[0], set()).add(norm(row[1]))
        return {k: frozenset(v) for k, v in out.items()}

    def word_set(self, role: str) -> frozenset[str]:
        return self.words.get(role, frozenset())
