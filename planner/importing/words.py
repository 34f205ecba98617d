"""Comparing the words people write: case folded for every alphabet, crude stems of Russian,
Kazakh and English words (so that "вопроса" is "вопрос"), Chinese compared by characters."""

from __future__ import annotations

import re
from functools import lru_cache

TOKEN = re.compile(r"п/п|р/с|р/н|№|#|[^\W_]+")
CJK = re.compile(r"[\u3400-\u9fff]")
# Endings taken off a word of five letters or more, longest first; what is left is compared.
ENDING_WORDS = (
    # Russian
    "ами ями ого его ому ему ыми ими ая яя ое ее ые ие ий ый ой ых их ым им ом ем ам "
    "ям ах ях ов ев ей ия ии ию ью ья а я о е ы и у ю ь "
    # Kazakh
    "ның нің дың дің тың тің сы сі ы і лар лер дар дер тар тер ға ге қа ке "
    # English
    "ies es s"
)
ENDINGS = tuple(sorted(ENDING_WORDS.split(), key=len, reverse=True))


def fold(text: object) -> str:
    """Case folded for every alphabet, ё as е, single spaces."""
    value = str(text if text is not None else "").casefold().replace("ё", "е")
    return " ".join(value.replace("_", " ").split())


@lru_cache(maxsize=65_536)
def stem(word: str) -> str:
    if CJK.search(word) or len(word) < 5 or word.isdigit():
        return word
    for ending in ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 4:
            return word[: -len(ending)]
    return word


def stems(text: object) -> tuple[str, ...]:
    """The folded words of a text, each as its stem."""
    return tuple(stem(token) for token in TOKEN.findall(fold(text)))


def phrase_key(text: object) -> str:
    """How a value word is looked up: its stems joined by single spaces."""
    return " ".join(stems(text))
