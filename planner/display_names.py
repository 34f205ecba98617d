"""Records' names as the chosen language writes them: the summit's own names for its tracks,
delegations, rooms and issues in Russian, Chinese or Kazakh where it has them
(planner.local_names), else the record's own name, so that a summit in Russian reads as Russian."""

from __future__ import annotations

from planner import languages
from planner.local_names import local_names

# The planner's languages against the summit's name languages (ISO 639-1 without a region).
SUMMIT_LANGUAGE = {"ru": "ru", "zh_CN": "zh", "kk": "kk"}


def names_in_language(kind: str) -> dict[int, str]:
    """Record id -> its name in the chosen language, for the records of the kind that have
    one ("track", "delegation", "room", "issue"); empty in English, the records' own."""
    wanted = SUMMIT_LANGUAGE.get(languages.current_language())
    if wanted is None:
        return {}
    return {i: names[wanted] for i, names in local_names(kind).items() if names.get(wanted)}
