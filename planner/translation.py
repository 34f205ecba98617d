"""Translation of the planner's sentences without Qt: a hook that the window or the command line
points at a catalogue; until one is installed, the English source text is returned."""

from __future__ import annotations

from collections.abc import Callable

from db import translation as file_layer

# (source, plural source or None, count) -> translated text, or None when the catalogue has
# none. A plural message is keyed by its English singular and plural, as lupdate files it
# (trn is extracted as tr(singular, plural, count): the plural becomes the comment).
Lookup = Callable[[str, str | None, int], str | None]

_lookup: Lookup | None = None


def install(lookup: Lookup | None) -> None:
    """Use `lookup` for every later tr()/trn() call (None goes back to English)."""
    global _lookup
    _lookup = lookup
    file_layer.install(lookup)  # the file layer's sentences in the same language


def tr(text: str, disambiguation: str | None = None) -> str:
    """`text` in the chosen language. Write the English sentence literally at the call site
    (tr("No room yet")) so that the extractor finds it; never glue sentences from pieces:
    name the parts ("{name} and {other} overlap") and .format() the translation. The same
    English in another role gets a `disambiguation` (tr("Support", "matrix cell")), which
    lupdate keeps as the message's comment so that it may be translated differently."""
    if _lookup is not None:
        found = _lookup(text, disambiguation, -1)
        if found:
            return found
    return text


def trn(singular: str, plural: str, count: int) -> str:
    """A count in the chosen language, with %n for the number: the catalogue holds every
    plural form of the language; English picks `singular` for one and `plural` otherwise."""
    if _lookup is not None:
        found = _lookup(singular, plural, count)
        if found:
            return found.replace("%n", str(count))
    return (singular if count == 1 else plural).replace("%n", str(count))
