"""What a language pack provides, and the pack object stages ask for.

A pack is a language's data (``rasd/data/lang/<code>/*.tsv``) and its small morphology module
(``rasd/lang/<code>.py``): how a text token may differ from a lexicon phrase (Arabic clitics),
which forms of a phrase a text uses (Arabic persons and definite forms, English inflection),
and whether a word is definite. Adding a language means adding both.
"""

from __future__ import annotations

import re
from functools import cached_property
from importlib import import_module
from types import ModuleType
from typing import Any, Iterator, NamedTuple

from rasd.lang import rows
from rasd.text.lexicon import Lexicon
from rasd.text.normalize import norm


class Cased(NamedTuple):
    """A lexicon value that holds only where the text writes the phrase exactly so."""

    id: str
    written: str

    def holds(self, original: str) -> bool:
        """Whether the original text of a match is the phrase as written (case and all); a
        phrase written more ways than one ("ISIS", "Isis") holds the ways joined by "|"."""
        words = _WORD.findall(original)
        return any(words == _WORD.findall(w) for w in self.written.split("|"))


_WORD = re.compile(r"[^\W_]+")


class Pack:
    """One language: its data files by name and its morphology."""

    def __init__(self, code: str) -> None:
        self.code = code
        self._m: ModuleType = import_module(f"rasd.lang.{code}")
        self._roles: dict[tuple[str, str], Lexicon[Any]] = {}
        self._role_rows: dict[str, dict[str, list[list[str]]]] = {}  # file -> role -> its rows

    def __repr__(self) -> str:
        return f"Pack({self.code!r})"

    def rows(self, name: str) -> Iterator[list[str]]:
        """Rows of this language's ``<name>.tsv`` (none when it has no such file)."""
        return rows(self.code, name)

    def lexicon(self) -> Lexicon[Any]:
        """An empty lexicon whose phrases match text tokens by this language's morphology."""
        return Lexicon(forms=self._m.token_forms)

    def role_lexicon(self, name: str, role: str) -> Lexicon[Any]:
        """The phrases of one role of a ``role<TAB>[value<TAB>]phrase`` file (victims,
        state_forces), each valued by its middle column where it has one, else by the role.
        Built once per pack, file and role."""
        key = (name, role)
        if key not in self._roles:
            lex = self.lexicon()
            for row in self._rows_by_role(name).get(role, ()):
                lex.add(row[-1], row[1] if len(row) >= 3 else role)
            self._roles[key] = lex
        return self._roles[key]

    def _rows_by_role(self, name: str) -> dict[str, list[list[str]]]:
        """The rows of a ``role<TAB>...`` file by role, in the file's order: the file is read
        once, not once per role (its readers ask for a dozen roles, each on its first use)."""
        got = self._role_rows.get(name)
        if got is None:
            got = self._role_rows[name] = {}
            for row in self.rows(name):
                if len(row) >= 2:
                    got.setdefault(row[0], []).append(row)
        return got

    def load(self, name: str, role: str = "name") -> Lexicon[Any]:
        """An ``id<TAB>phrase[<TAB>case]`` file of names (actors, claimants) as a lexicon of
        ids, each phrase in the forms the language writes a name in ("the regime's"); a row
        marked ``case`` is a ``Cased`` id, for a phrase that counts only written as in the row
        ("IS", "US": otherwise ordinary words)."""
        lex: Lexicon[Any] = self.lexicon()
        cased: dict[tuple[str, str], list[str]] = {}  # one entry per phrase, every way it is written
        for row in self.rows(name):
            if len(row) >= 3 and row[1] and "case" in row[2].split():
                cased.setdefault((row[0], row[1].lower()), []).append(row[1])
        for row in self.rows(name):
            if len(row) >= 2 and row[1]:
                if len(row) >= 3 and "case" in row[2].split():
                    written = cased.pop((row[0], row[1].lower()), None)
                    if written:  # at its first row, so that the file's order stays the lexicon's
                        lex.add(written[0], Cased(row[0], "|".join(written)))
                    continue
                for form in self.phrase_forms(row[1], role):
                    lex.add(form, row[0])
        return lex

    def marked(self, name: str, mark: str) -> list[str]:
        """The phrases of an ``id<TAB>phrase<TAB>marks`` file (actors) whose marks (third
        column, space-separated) include ``mark``: a name written once, in its vocabulary's
        file, and read by the stages that need that property of it ("armed")."""
        return [row[1] for row in self.rows(name) if len(row) >= 3 and row[1] and mark in row[2].split()]

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

    def possessed_people(self, phrase: str) -> list[tuple[str, str]]:
        """A plural noun of people with a possessive pronoun glued on: (form, the person it
        refers to: he, she, they, we)."""
        return self._m.possessed_people(phrase)

    def is_definite(self, before: list[str], tok: str, clitic_chars: int) -> bool:
        """Whether the word ``tok`` is definite: "الهجوم" (its article a clitic), "the attack",
        "the alleged chemical attacks" (``before``: the words before it, nearest last)."""
        return self._m.is_definite(before, tok, clitic_chars, self.word_set("definite"),
                                   self.word_set("not_modifier"))

    def name_key(self, tok: str) -> str:
        """A place name's word as names are compared: without an article outlets may drop."""
        return self._m.name_key(tok)

    def spelling_key(self, tok: str) -> str:
        """A place name's word with the letters transliterations disagree on taken out."""
        return self._m.spelling_key(tok)

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

    def setting(self, name: str, default: str) -> str:
        """A setting of the language's grammar (``grammar.tsv`` row ``setting<TAB>name=value``)."""
        return self._settings.get(name, default)

    @cached_property
    def _settings(self) -> dict[str, str]:
        """The settings by name, read once (readers ask ~20 times per article); of a name set
        twice, the value the scan of the rows met first."""
        out: dict[str, str] = {}
        for value in self.word_set("setting"):
            key, _, v = value.partition("=")
            out.setdefault(key.strip(), v.strip())
        return out
