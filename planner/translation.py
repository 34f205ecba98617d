"""Translation of the planner's sentences without Qt: a hook that the window or the command line
points at a catalogue; until one is installed, the English source text is returned."""

from __future__ import annotations

from collections.abc import Callable

# (text, count) -> translated text, or None when the catalogue has no translation.
Lookup = Callable[[str, int], str | None]

_lookup: Lookup | None = None


def install(lookup: Lookup | None) -> None:
    """Use `lookup` for every later tr()/trn() call (None goes back to English)."""
    global _lookup
    _lookup = lookup


def tr(text: str) -> str:
    """`text` in the chosen language. Write the English sentence literally at the call site
    (tr("No room yet")) so that the extractor finds it; never glue sentences from pieces."""
    if _lookup is not None:
        found = _lookup(text, -1)
        if found:
            return found
    return text


def trn(singular: str, plural: str, count: int) -> str:
    """A count in the chosen language: `plural` (with %n) is the source translators see and
    carries every plural form of the language; English picks `singular` for one."""
    if _lookup is not None:
        found = _lookup(plural, count)
        if found:
            return found.replace("%n", str(count))
    return (singular if count == 1 else plural).replace("%n", str(count))
