"""Bytes → text without silent mangling: BOMs, UTF-16 with or without BOM, UTF-8, an HTML
page's declared charset, then Windows-1256 (common on Arabic sites) only when the result
reads as Arabic text. Anything else is an ``InputError``, never replacement characters."""

from __future__ import annotations

import codecs
import re

from rasd.ingest.errors import InputError

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_SNIFF = 8192  # bytes looked at to guess UTF-16 and to find a meta charset
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:\-]+)""", re.I)
# Control characters that never occur in text (tab, newlines, form feed excepted).
_CONTROL = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f]")
_ARABIC_LETTER = re.compile("[\u0621-\u064a\u0671-\u06d3\u06fa-\u06fc]")
_NON_ASCII_LETTER = re.compile(r"[^\W\d_a-zA-Z]")
_SHARED_PUNCT = set("\u00a0\u2018\u2019\u201a\u201c\u201d\u201e\u2013\u2014\u2026\u2022\u20ac«»°·")


def decode_bytes(data: bytes, html: bool = False) -> tuple[str, str]:
    """``(text, encoding)`` of ``data``; raises ``InputError`` for binary or undecodable data."""
    for bom, enc in _BOMS:
        if data.startswith(bom):
            return _strict(data, enc, "it starts with a byte-order mark"), enc
    utf16 = _utf16_order(data[:_SNIFF])
    if utf16:
        return _strict(data, utf16, "its zero bytes look like UTF-16"), utf16
    if b"\x00" in data:
        raise InputError("binary file (it holds NUL bytes and is not UTF-16 text)")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        utf8_error = e
    else:
        return _not_binary(text), "utf-8"
    if html:
        declared = _declared_charset(data[:_SNIFF])
        if declared:
            try:
                return _not_binary(data.decode(declared)), declared
            except UnicodeDecodeError:
                pass  # a wrong declaration is common; fall through to detection
    text = data.decode("cp1256")  # every byte maps, so plausibility decides
    if _reads_as_arabic(text):
        return _not_binary(text), "cp1256"
    raise InputError(
        f"not UTF-8, UTF-16 or Windows-1256 text (invalid UTF-8 byte 0x{data[utf8_error.start]:02x} "
        f"at offset {utf8_error.start}); re-save it as UTF-8")


def _strict(data: bytes, encoding: str, why: str) -> str:
    try:
        return _not_binary(data.decode(encoding))
    except UnicodeDecodeError as e:
        raise InputError(f"not valid {encoding.upper()} although {why} "
                         f"(bad bytes at offset {e.start})") from None


def _utf16_order(head: bytes) -> str | None:
    """``utf-16-le`` / ``utf-16-be`` when the high bytes of 2-byte units sit on one parity.

    In UTF-16 Arabic the high byte of nearly every unit is 0x06 (letters) or 0x00 (spaces,
    digits, ASCII); in UTF-8 or Windows-1256 those bytes are rare or absent."""
    n = len(head) // 2
    if n < 2:
        return None
    even, odd = head[0:2 * n:2], head[1:2 * n:2]

    def high_share(b: bytes) -> float:
        return (b.count(0) + b.count(6) + b.count(0x20)) / n

    e, o = high_share(even), high_share(odd)
    if o >= 0.6 and e <= 0.3 and odd.count(0) + odd.count(6) >= n * 0.3:
        return "utf-16-le"
    if e >= 0.6 and o <= 0.3 and even.count(0) + even.count(6) >= n * 0.3:
        return "utf-16-be"
    return None


def _declared_charset(head: bytes) -> str | None:
    m = _META_CHARSET.search(head)
    if not m:
        return None
    try:
        return codecs.lookup(m.group(1).decode("ascii")).name
    except (LookupError, UnicodeDecodeError):
        return None  # an unknown charset name is ignored, not an error


def _not_binary(text: str) -> str:
    sample = text[:_SNIFF * 4]
    if sample and len(_CONTROL.findall(sample)) > max(2, len(sample) // 100):
        raise InputError("binary file (too many control characters to be text)")
    return text


def _reads_as_arabic(text: str) -> bool:
    """True when non-ASCII letters are overwhelmingly Arabic: a Latin-1 or Cyrillic file
    decoded as Windows-1256 would show other letters or stray symbols instead."""
    sample = text  # the whole text: one stray byte may sit far down the file
    others = _NON_ASCII_LETTER.findall(sample)
    if not others:
        # Only symbols beyond ASCII: fine when they are the typographic punctuation that
        # Windows-1256 shares with Windows-1252 (curly quotes, dashes, ellipsis, NBSP).
        return all(c in _SHARED_PUNCT for c in sample if ord(c) > 0x7f)
    arabic = sum(1 for c in others if _ARABIC_LETTER.match(c))
    return arabic >= 0.9 * len(others)
