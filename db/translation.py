"""Translation of the file layer's sentences (a file that cannot be opened, is damaged or
newer) without Qt and without the planner: the planner installs its catalogue here too."""

from __future__ import annotations

from collections.abc import Callable

# (source, plural source or None, count) -> translated text, or None (see planner.translation).
Lookup = Callable[[str, str | None, int], str | None]

_lookup: Lookup | None = None


def install(lookup: Lookup | None) -> None:
    global _lookup
    _lookup = lookup


def tr(text: str) -> str:
    """`text` in the chosen language; a literal English sentence with {named} placeholders."""
    if _lookup is not None:
        found = _lookup(text, None, -1)
        if found:
            return found
    return text
