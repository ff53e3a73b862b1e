"""Full-text indexing helpers: Arabic-aware terms for SQLite FTS5, and snippets.

FTS5's own tokenizers know nothing of Arabic orthography or clitics, and Python's
sqlite3 cannot register a custom tokenizer. So the store indexes a *derived* text: every
token normalised (``rasd.text.normalize.norm``) and reduced to one canonical form with its
proclitics removed, and queries are reduced the same way. One form per token keeps token
positions intact, so phrase queries ("ريف حلب") still work across "وريف حلب".
"""

from __future__ import annotations

import re
from functools import lru_cache

from rasd.text.lexicon import clitic_forms, tokens
from rasd.text.normalize import norm, normalize

SNIPPET_CHARS = 160


@lru_cache(maxsize=1 << 16)
def canonical(tok: str) -> str:
    """The one form a token is indexed under.

    A stripped form that starts with the article wins (و+لل+رقه → الرقه, so "للرقة" and
    "الرقة" meet); otherwise the most-stripped form. Over-stripping a word that really
    begins with و/ب/ل is harmless because queries are stripped identically.
    """
    forms = clitic_forms(tok)
    for form, stripped in forms:
        if stripped and form.startswith("ال"):
            return form
    return forms[-1][0]


def index_text(text: str | None) -> str:
    """What goes into the FTS column for ``text``."""
    if not text:
        return ""
    return " ".join(canonical(t) for _, _, t in tokens(norm(text)))


#: An article's index texts: (title, text), as ``index_text`` makes them.
Indexed = tuple[str, str]


def index_texts(title: str | None, text: str | None) -> Indexed:
    """Both index texts of an article: what a worker can compute for the store's writer."""
    return index_text(title), index_text(text)


_TERM = re.compile(r'"([^"]*)"?|(\S+)')

Phrase = tuple[str, ...]  # canonical tokens
Term = tuple[Phrase, ...]  # a term matches where any of its phrases does


def _phrase(raw: str) -> Phrase:
    return tuple(canonical(t) for _, _, t in tokens(norm(raw)))


def query_terms(query: str) -> list[Term]:
    """The user's query as terms, all required: words, "quoted phrases", or English names and
    words with their Arabic equivalents as alternatives (``rasd.store.expand``). FTS5
    operators and punctuation are just words or nothing here."""
    from rasd.store.expand import alternatives

    raws: list[str] = []
    for m in _TERM.finditer(query or ""):
        raws.append(m.group(1) if m.group(1) is not None else m.group(2))
    terms: list[Term] = []
    for raw, arabic in alternatives(raws):
        phrases = tuple(p for p in dict.fromkeys([_phrase(raw), *(_phrase(a) for a in arabic)]) if p)
        if phrases and phrases not in terms:
            terms.append(phrases)
    return terms


# PostgreSQL keeps at most this position in a tsvector; later words share it.
_PG_MAX_POS = 16383
_PG_MAX_LEXEME = 2046  # bytes


def _pg_lexeme(tok: str) -> str | None:
    if len(tok.encode("utf-8")) > _PG_MAX_LEXEME:
        return None
    return "'" + tok.replace("\\", "\\\\").replace("'", "''") + "'"


def tsvector_literal(indexed: Indexed) -> str:
    """PostgreSQL's tsvector for an article's index texts (``index_texts``), in its input
    syntax: title words at weight A, text words at B, positions kept for phrases. Written
    out here rather than parsed by a text-search configuration, so it holds exactly the
    tokens of ``index_text``."""
    positions: dict[str, list[str]] = {}
    pos = 0
    for part, weight in zip(indexed, "AB"):
        for tok in part.split():
            pos = min(pos + 1, _PG_MAX_POS)
            positions.setdefault(tok, []).append(f"{pos}{weight}")
        pos = min(pos + 1, _PG_MAX_POS)  # a phrase does not run from the title into the text
    out = []
    for tok, ps in positions.items():
        lex = _pg_lexeme(tok)
        if lex is not None:
            out.append(lex + ":" + ",".join(ps[:256]))  # PostgreSQL keeps 256 positions a word
    return " ".join(out)


def tsquery_literal(terms: list[Term]) -> str:
    """The PostgreSQL tsquery of ``match_expression``: every term required, each as its
    phrases (``a <-> b``) OR-ed."""
    def phrase(p: Phrase) -> str:
        return "(" + " <-> ".join(_pg_lexeme(t) or "''" for t in p) + ")"

    return " & ".join("(" + " | ".join(phrase(p) for p in term) + ")" for term in terms)


def match_expression(terms: list[Term]) -> str:
    """An FTS5 MATCH string: every term required, each as its quoted phrases OR-ed.

    Tokens are letters or digits only (``rasd.text.lexicon.TOKEN``), so quoting cannot be
    broken and no user input is ever read as FTS5 syntax."""
    return " AND ".join("(" + " OR ".join('"' + " ".join(p) + '"' for p in t) + ")" for t in terms)


def snippet(text: str, terms: list[Term], width: int = SNIPPET_CHARS) -> str:
    """About ``width`` characters of the original ``text`` around the first match."""
    if not text:
        return ""
    n = normalize(text)
    toks = tokens(n.text)
    canon = [canonical(t) for _, _, t in toks]
    first: tuple[int, int] | None = None
    for term in (p for t in terms for p in t):
        k = len(term)
        for i in range(len(canon) - k + 1):
            if tuple(canon[i:i + k]) == term:
                if first is None or toks[i][0] < first[0]:
                    first = (toks[i][0], toks[i + k - 1][1])
                break
    if first is None:  # matched in the title only
        return _cut(text, 0, width)
    s, e = n.orig_span(*first)
    # Some context before the match, the rest after it.
    start = max(0, min(s - width // 3, len(text) - width))
    return _cut(text, start, max(width, e - start))


def _cut(text: str, start: int, width: int) -> str:
    end = min(len(text), start + width)
    # Widen to whole words so the snippet does not begin or end mid-word.
    while start > 0 and not text[start - 1].isspace() and start > end - width - 20:
        start -= 1
    while end < len(text) and not text[end].isspace() and end < start + width + 20:
        end += 1
    piece = " ".join(text[start:end].split())
    return ("…" if start > 0 else "") + piece + ("…" if end < len(text) else "")
