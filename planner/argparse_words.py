"""argparse's own words (usage, options, its errors for a wrong command) in the chosen language:
argparse looks them up through gettext's _(), which is pointed at our catalogue."""

from __future__ import annotations

import argparse

from planner.translation import tr


def argparse_words() -> dict[str, str]:
    """Each English text argparse shows a user, and its translation (keep its %-fields)."""
    return {
        "usage: ": tr("usage: "),
        "positional arguments": tr("positional arguments"),
        "options": tr("options"),
        "show this help message and exit": tr("show this help message and exit"),
        "show program's version number and exit": tr("show program's version number and exit"),
        "%(prog)s: error: %(message)s\n": tr("%(prog)s: error: %(message)s\n"),
        "the following arguments are required: %s": tr("the following arguments are required: %s"),
        "unrecognized arguments: %s": tr("unrecognized arguments: %s"),
        "invalid choice: %(value)r (choose from %(choices)s)": tr(
            "invalid choice: %(value)r (choose from %(choices)s)"
        ),
        "argument %(argument_name)s: %(message)s": tr("argument %(argument_name)s: %(message)s"),
        "expected one argument": tr("expected one argument"),
        "invalid %(type)s value: %(value)r": tr("invalid %(type)s value: %(value)r"),
        "ambiguous option: %(option)s could match %(matches)s": tr(
            "ambiguous option: %(option)s could match %(matches)s"
        ),
    }


def translate_argparse() -> None:
    """Make argparse say its words in the language now in use."""
    words = argparse_words()
    # argparse calls the module-level _ (gettext's) each time it writes one of its words.
    setattr(argparse, "_", lambda text: words.get(text, text))  # noqa: B010
