"""Text from a summit file made safe where it leaves the program: one-line labels, multi-line
texts, spreadsheet cells and the terminal.

A received file can hold any code point in any text: line breaks in a name, terminal escape
sequences, NUL, bidirectional overrides that make a title read as something else, halves of
surrogate pairs. Each output takes what it can show and drops the rest here, so that no writer
has to refuse (or assert) and nothing that reaches a calendar, a workbook or a terminal can
add lines, properties or commands to it."""

from __future__ import annotations

import codecs
import contextlib
import re
import sys
from collections.abc import Iterator
from typing import Any, TextIO

CUT_MARK = " […cut]"
EXCEL_LIMIT = 32_767  # characters in one Excel cell

_SURROGATE = re.compile("[\ud800-\udfff]")
# What str.splitlines() breaks at, CR LF counted as one break.
_LINE_BREAK = re.compile("\r\n|[\n\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029]")
# Dropped from every text: the other C0 and C1 controls and DEL (escape sequences, NUL, BEL),
# bidirectional embeddings, overrides and isolates (they reorder what is shown around them;
# the plain marks LRM and RLM only nudge and are kept), and U+FFFE/U+FFFF, which XML forbids.
_DROPPED = "\x00-\x08\x0e-\x1b\x1f\x7f-\x84\x86-\x9f\u202a-\u202e\u2066-\u2069\ufffe\uffff"
_DROP = re.compile(f"[{_DROPPED}]")
# What a multi-line text must not hold: all of the above, the line breaks but LF, surrogates.
# On a terminal these are shown as escapes; LF and tab are the program's own layout there.
_NOT_IN_TEXT = re.compile(f"[{_DROPPED}\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029\ud800-\udfff]")
# What a one-line text must not hold besides: text without any of it is left as it is.
_NOT_IN_LINE = re.compile(f"[{_DROPPED}\t\n\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029\ud800-\udfff]")


def cut(text: str, limit: int | None) -> str:
    """text, or its start ending in CUT_MARK when it is longer than limit characters."""
    if limit is None or len(text) <= limit:
        return text
    return text[: max(limit - len(CUT_MARK), 0)] + CUT_MARK


def clean_text(value: str, limit: int | None = None) -> str:
    """Multi-line text: every kind of line break made a line feed, tabs kept, the characters
    no output should carry dropped, lone surrogates made U+FFFD; cut at limit."""
    if _NOT_IN_TEXT.search(value) is not None:
        value = _SURROGATE.sub("\ufffd", value)
        value = _DROP.sub("", _LINE_BREAK.sub("\n", value))
    return cut(value, limit)


def clean_line(value: str, limit: int | None = None) -> str:
    """One-line text (a title, a name, a calendar property): line breaks and tabs become
    spaces, otherwise as clean_text()."""
    if _NOT_IN_LINE.search(value) is not None:
        value = _SURROGATE.sub("\ufffd", value)
        value = _DROP.sub("", _LINE_BREAK.sub(" ", value)).replace("\t", " ")
    return cut(value, limit)


def clean_cell(value: str) -> str:
    """Text for a spreadsheet cell: multi-line text within Excel's limit of a cell."""
    if len(value) <= EXCEL_LIMIT and _NOT_IN_TEXT.search(value) is None:
        return value  # the common case, a cell's worth of plain text: one search
    return clean_text(value, EXCEL_LIMIT)


def _escape(match: re.Match[str]) -> str:
    return f"\\u{ord(match.group()):04x}"


def for_terminal(text: str) -> str:
    """text with every character a terminal would obey instead of show (ESC, BEL, CR, C1
    controls, bidirectional overrides) and every lone surrogate written as a \\uXXXX escape.
    Inside a JSON string that escape means the same character, so JSON output stays exact."""
    if _NOT_IN_TEXT.search(text) is None:
        return text
    return _NOT_IN_TEXT.sub(_escape, text)


class TerminalStream:
    """A text stream in front of stdout or stderr that writes for_terminal() of its text, and
    backslash escapes for what the stream's encoding cannot hold instead of failing."""

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream
        encoding = getattr(stream, "encoding", None) or "utf-8"
        try:
            self.encoding = codecs.lookup(encoding).name
        except LookupError:
            self.encoding = "utf-8"

    def write(self, text: str) -> int:
        shown = for_terminal(text)
        if self.encoding != "utf-8":
            shown = shown.encode(self.encoding, "backslashreplace").decode(self.encoding)
        self.stream.write(shown)
        return len(text)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.stream, name)


@contextlib.contextmanager
def terminal_output() -> Iterator[None]:
    """While inside, whatever is printed to stdout and stderr goes through TerminalStream."""
    saved = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = TerminalStream(sys.stdout), TerminalStream(sys.stderr)
    try:
        yield
    finally:
        sys.stdout, sys.stderr = saved
