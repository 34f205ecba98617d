"""Streaming the XML parts of a workbook (sheets, shared strings) with the C parser, safely.

openpyxl parses through defusedxml, whose parser is the pure-Python one: 20 µs a cell, so a
list of 200,000 rows took longer than anyone waits. Here the parts go through the C expat
parser with a target of ours, fed in chunks; the safety defusedxml gives comes from refusing
any document type declaration (without one there are no entity declarations, hence neither
entity bombs nor external entities; an undeclared entity is an XML error).
"""

from __future__ import annotations

from collections.abc import Container, Iterator
from typing import IO, TYPE_CHECKING, Any
from xml.etree.ElementTree import ParseError, XMLParser

from planner.importing.bounds import (
    MAX_CELL,
    MAX_COLUMNS,
    MAX_MERGED,
    ImportRefused,
    column_number,
)
from planner.translation import tr

if TYPE_CHECKING:
    from openpyxl import Workbook

MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
ROW, CELL, VALUE, TEXT, PHONETIC = (f"{MAIN}{t}" for t in ("row", "c", "v", "t", "rPh"))
ENTRY = f"{MAIN}si"
MERGE = f"{MAIN}mergeCell"
CHUNK = 64 * 1024
BEYOND = object()  # a value past the last column read, counted but never converted


def not_allowed(name: str) -> ImportRefused:
    return ImportRefused(
        f"{name} contains XML that is not allowed (an entity bomb or an external entity); "
        "it was not imported."
    )


class Target:
    """What the parser calls; subclasses collect what they read in `done`."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.done: list[Any] = []
        self.parts: list[str] = []
        self.length = 0

    def collect(self, text: str) -> None:
        """Keep a value's text up to one character past MAX_CELL (so that the cut is still
        noted): a cell of 300 MB of text is not held whole."""
        if self.length <= MAX_CELL:
            self.parts.append(text)
            self.length += len(text)

    def collected(self) -> str:
        text = "".join(self.parts)
        self.parts.clear()
        self.length = 0
        return text

    def doctype(self, name: str, pubid: str | None, system: str | None) -> None:
        raise not_allowed(self.name)

    def start(self, tag: str, attributes: dict[str, str]) -> None:
        pass

    def end(self, tag: str) -> None:
        pass

    def data(self, text: str) -> None:
        pass

    def close(self) -> None:
        pass


def parse(source: IO[bytes], target: Target) -> Iterator[Any]:
    """Feed the part to the parser a chunk at a time; yield what the target finished."""
    parser = XMLParser(target=target)
    try:
        while chunk := source.read(CHUNK):
            parser.feed(chunk)
            if target.done:
                yield from target.done
                target.done.clear()
        parser.close()
    except ParseError as error:
        raise ImportRefused(
            tr(
                "{name} holds XML that is not well formed ({error}); save it again from Excel."
            ).format(name=target.name, error=error)
        ) from error
    yield from target.done
    target.done.clear()


class SharedStrings(Target):
    """Each entry's text without its phonetic guide (as openpyxl reads it)."""

    def __init__(self, name: str) -> None:
        super().__init__(name)
        self.collecting = self.phonetic = False

    def start(self, tag: str, attributes: dict[str, str]) -> None:
        if tag == TEXT:
            self.collecting = not self.phonetic
        elif tag == PHONETIC:
            self.phonetic = True

    def end(self, tag: str) -> None:
        if tag == TEXT:
            self.collecting = False
        elif tag == PHONETIC:
            self.phonetic = False
        elif tag == ENTRY:
            value = self.collected()
            self.done.append(value.replace("x005F_", "") if "x005F_" in value else value)

    def data(self, text: str) -> None:
        if self.collecting:
            self.collect(text)


def row_number(reference: str) -> int:
    """The row of a reference such as "AB12" (12); 0 when it names none."""
    digits = reference.lstrip("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz$")
    return int(digits) if digits.isdigit() else 0


class SheetRows(Target):
    """Each row as (number, values up to its last column read, values beyond, last column),
    with each value converted as openpyxl converts it when reading cached values."""

    def __init__(self, name: str, strings: list[str], workbook: Workbook) -> None:
        super().__init__(name)
        self.strings = strings
        # the style indexes openpyxl's reader found to be dates and durations (not in its stubs)
        self.dates: Container[int] = workbook._date_formats  # type: ignore[attr-defined]
        self.durations: Container[int] = workbook._timedelta_formats  # type: ignore[attr-defined]
        self.epoch = workbook.epoch
        self.number = 0
        self.values: list[Any] = []
        self.beyond = self.last = self.column = 0
        self.kind, self.style = "n", 0
        self.in_cell = self.collecting = self.phonetic = False
        self.merged: list[tuple[int, int, int, int]] = []  # (top, left, bottom, right)

    def start(self, tag: str, attributes: dict[str, str]) -> None:
        if tag == CELL:
            reference = attributes.get("r")
            self.column = column_number(reference) if reference else self.column + 1
            self.kind = attributes.get("t", "n")
            style = attributes.get("s")
            self.style = int(style) if style and style.isdigit() else 0
            self.in_cell = True
        elif tag == ROW:
            given = attributes.get("r", "")
            self.number = int(given) if given.isdigit() else self.number + 1
            self.values, self.beyond, self.last, self.column = [], 0, 0, 0
        elif self.in_cell and tag in (VALUE, TEXT):
            self.collecting = not self.phonetic
        elif tag == PHONETIC:
            self.phonetic = True
        elif tag == MERGE and len(self.merged) < MAX_MERGED:
            first, _, last = attributes.get("ref", "").partition(":")
            if first and last:
                self.merged.append(
                    (row_number(first), column_number(first), row_number(last), column_number(last))
                )

    def data(self, text: str) -> None:
        if self.collecting:
            self.collect(text)

    def end(self, tag: str) -> None:
        if tag in (VALUE, TEXT):
            self.collecting = False
        elif tag == CELL:
            self.in_cell = False
            raw = self.collected()
            if not raw:
                return
            column = self.column
            if column > MAX_COLUMNS:
                self.beyond += 1
                self.last = max(self.last, column)
                return
            value = self.convert(raw)
            values = self.values
            if column > len(values):
                values.extend([None] * (column - len(values) - 1))
                values.append(value)
            elif column > 0:
                values[column - 1] = value
        elif tag == ROW:
            self.done.append((self.number, self.values, self.beyond, self.last))
        elif tag == PHONETIC:
            self.phonetic = False

    def convert(self, raw: str) -> Any:
        from openpyxl.utils.datetime import from_excel, from_ISO8601

        kind = self.kind
        if kind == "n":
            try:
                number = float(raw) if ("." in raw or "E" in raw or "e" in raw) else int(raw)
            except ValueError:
                return raw
            if self.style in self.dates:
                try:
                    return from_excel(number, self.epoch, timedelta=self.style in self.durations)
                except (OverflowError, ValueError):
                    return "#VALUE!"
            return number
        if kind == "s":
            try:
                return self.strings[int(raw)]
            except (ValueError, IndexError):
                return None  # a reference to no shared string: the cell is empty
        if kind == "b":
            return raw.strip() in ("1", "true")
        if kind == "d":
            try:
                return from_ISO8601(raw)
            except ValueError:
                return raw
        return raw  # inline strings, formula text results, errors such as #N/A
