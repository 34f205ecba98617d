"""Word search of the lists: a row is found when its text holds every typed word, in any case."""

from __future__ import annotations

from collections.abc import Sequence


def search_words(typed: str) -> list[str]:
    """The words of what was typed into a filter field, folded for comparing."""
    return typed.casefold().split()


def searchable(text: str) -> str:
    """A row's text, folded once so that every search of it compares quickly."""
    return text.casefold()


def matches(words: Sequence[str], texts: Sequence[str]) -> list[bool]:
    """For each prepared text (see searchable), whether it holds all the words, in any
    order and anywhere, parts of words included; no words find everything."""
    if not words:
        return [True] * len(texts)
    if len(words) == 1:  # the usual case while typing: one pass with `in`
        (word,) = words
        return [word in text for text in texts]
    return [all(word in text for word in words) for text in texts]
