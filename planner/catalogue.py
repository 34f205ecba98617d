"""The translation catalogues read without Qt: resources/translations/summit_planner_<lang>.ts,
the same files lrelease compiles into the window's .qm, with each language's plural rules."""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from importlib import resources

# defusedxml has no type information; its fromstring is the standard library's, made safe.
from defusedxml import ElementTree  # type: ignore[import-untyped]

# Which of a numerus message's forms a count takes, as Qt's lrelease numbers them
# (qttools' numerus rules: Russian one/few/many, Kazakh one/other, Chinese a single form).
PLURAL_RULES: dict[str, Callable[[int], int]] = {
    "en": lambda n: 0 if n == 1 else 1,
    "kk": lambda n: 0 if n == 1 else 1,
    "ru": lambda n: (
        0
        if n % 10 == 1 and n % 100 != 11
        else 1
        if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14
        else 2
    ),
    "zh_CN": lambda n: 0,
}

Key = tuple[str, str | None]  # (source, comment): lupdate's identity of a message


def catalogue_file(language: str) -> str:
    return f"summit_planner_{language}.ts"


class Catalogue:
    """One language's finished translations, looked up by English source (and, for a plural,
    the English plural that lupdate keeps as the comment)."""

    def __init__(self, language: str, messages: dict[Key, list[str]]) -> None:
        self.language = language
        self.messages = messages
        self.plural_form = PLURAL_RULES[language]

    def lookup(self, source: str, comment: str | None, count: int) -> str | None:
        forms = self.messages.get((source, comment))
        if not forms:
            return None
        if count < 0 or len(forms) == 1:
            return forms[0]
        return forms[min(self.plural_form(abs(count)), len(forms) - 1)]


def parse_catalogue(language: str, xml: bytes) -> Catalogue:
    """The finished messages of a .ts file (unfinished and obsolete ones are left out, as
    lrelease leaves them out of the .qm)."""
    root = ElementTree.fromstring(xml)
    messages: dict[Key, list[str]] = {}
    # The planner's bare tr() calls are filed under the empty context: its translation wins
    # over the same English translated for one window class ("Cancelled" as a check box).
    contexts = sorted(root.iter("context"), key=lambda c: c.findtext("name") or "", reverse=True)
    for message in (m for context in contexts for m in context.iter("message")):
        translation = message.find("translation")
        if translation is None or translation.get("type") in ("unfinished", "obsolete", "vanished"):
            continue
        if message.get("numerus") == "yes":
            forms = [form.text or "" for form in translation.findall("numerusform")]
        else:
            forms = [translation.text or ""]
        if all(forms):
            comment = message.findtext("comment")
            messages[(message.findtext("source") or "", comment)] = forms
    return Catalogue(language, messages)


@cache
def load_catalogue(language: str) -> Catalogue | None:
    """The shipped catalogue of `language` (None for English, the source language)."""
    if language == "en":
        return None
    folder = resources.files("resources") / "translations"
    return parse_catalogue(language, (folder / catalogue_file(language)).read_bytes())
