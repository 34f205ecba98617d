"""Word search of the lists: a row is found when its text holds every typed word, in any case,
in any alphabet, whichever dash or hyphen was typed."""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence

# Hyphens, dashes and minus signs all become the hyphen-minus a keyboard types: titles are
# written with en dashes ("KZ–CN") and people search with a hyphen ("KZ-CN").
DASHES = dict.fromkeys(
    map(ord, "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d"), "-"
)


def fold(text: str) -> str:
    """Text as searches compare it: compatibility forms unified (full-width letters, ligatures),
    case folded in every alphabet (Latin, Cyrillic, Greek…), every dash a hyphen."""
    return unicodedata.normalize("NFKC", text).casefold().translate(DASHES)


def search_words(typed: str) -> list[str]:
    """The words of what was typed into a filter field, folded for comparing."""
    return fold(typed).split()


def searchable(text: str) -> str:
    """A row's text, folded once so that every search of it compares quickly."""
    return fold(text)


def matches(words: Sequence[str], texts: Sequence[str]) -> list[bool]:
    """For each prepared text (see searchable), whether it holds all the words, in any
    order and anywhere, parts of words included; no words find everything."""
    if not words:
        return [True] * len(texts)
    if len(words) == 1:  # the usual case while typing: one pass with `in`
        (word,) = words
        return [word in text for text in texts]
    return [all(word in text for word in words) for text in texts]
