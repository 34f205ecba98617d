"""Reading a LibreOffice spreadsheet (.ods) that came from outside, streamed and within bounds.

Its content.xml goes through the C expat parser with our target (sheet_xml.parse), which
refuses any document type declaration. A cell or row may say it repeats (LibreOffice ends
every sheet with a row repeated a million times and every row with a cell repeated a
thousand times): empty repeats only move the position, a repeated value is taken only up to
the bounds, never expanded in memory first (calamine expands them, which is why it does not
read .ods here). A cell spanning rows (number-rows-spanned) is a merged cell: its value
fills the rows it covers.
"""

from __future__ import annotations

import zipfile
from datetime import datetime, time
from pathlib import Path
from typing import Any

from planner.importing.bounds import (
    MAX_COLUMNS,
    MAX_MERGED,
    ImportRefused,
    Progress,
    Sheet,
    TableReader,
    fill_merged,
    trim,
)
from planner.importing.sheet_xml import Target, parse
from planner.translation import tr

TABLE_NS = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
OFFICE_NS = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"
TEXT_NS = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
TABLE, ROW, CELL, COVERED = (
    f"{TABLE_NS}{t}" for t in ("table", "table-row", "table-cell", "covered-table-cell")
)
PARAGRAPH, SPACE, TAB, BREAK = (f"{TEXT_NS}{t}" for t in ("p", "s", "tab", "line-break"))
REPEAT_CELLS, REPEAT_ROWS = f"{TABLE_NS}number-columns-repeated", f"{TABLE_NS}number-rows-repeated"
SPANNED = f"{TABLE_NS}number-rows-spanned"
VALUE_TYPE = f"{OFFICE_NS}value-type"


def count(attributes: dict[str, str], name: str) -> int:
    given = attributes.get(name, "1")
    return max(int(given), 1) if given.isdigit() else 1


class SpreadsheetRows(Target):
    """Yields ("sheet", name) at each table, ("row", values, repeat, beyond, last) for each
    row, values as Python values up to MAX_COLUMNS, and ("merge", (top, left, bottom,
    right)) for each cell spanning rows."""

    def __init__(self, name: str) -> None:
        super().__init__(name)
        self.depth = 0  # tables inside tables (a cell may hold one) are not read
        self.values: list[Any] = []
        self.beyond = self.last = self.repeat = 0
        self.cell: dict[str, str] | None = None
        self.paragraphs = 0
        self.merges = 0
        self.row = 0  # rows of the current table so far

    def start(self, tag: str, attributes: dict[str, str]) -> None:
        if tag == TABLE:
            self.depth += 1
            if self.depth == 1:
                self.done.append(("sheet", attributes.get(f"{TABLE_NS}name", "Sheet")))
                self.row = self.merges = 0
        elif self.depth != 1:
            return
        elif tag == ROW:
            self.values, self.beyond, self.last = [], 0, 0
            self.repeat = count(attributes, REPEAT_ROWS)
        elif tag in (CELL, COVERED):
            self.cell = attributes
            self.paragraphs = 0
        elif self.cell is not None:
            if tag == PARAGRAPH:
                if self.paragraphs:
                    self.collect("\n")
                self.paragraphs += 1
            elif tag == SPACE:
                self.collect(" " * min(count(attributes, f"{TEXT_NS}c"), 1000))
            elif tag == TAB:
                self.collect("\t")
            elif tag == BREAK:
                self.collect("\n")

    def data(self, text: str) -> None:
        if self.depth == 1 and self.cell is not None and self.paragraphs:
            self.collect(text)

    def end(self, tag: str) -> None:
        if tag == TABLE:
            self.depth -= 1
        elif self.depth != 1:
            return
        elif tag in (CELL, COVERED) and self.cell is not None:
            self.end_cell(self.cell, self.collected())
            self.cell = None
        elif tag == ROW:
            self.done.append(("row", self.values, self.repeat, self.beyond, self.last))
            self.row += self.repeat

    def end_cell(self, attributes: dict[str, str], text: str) -> None:
        repeat = count(attributes, REPEAT_CELLS)
        value = value_of(attributes, text)
        column = len(self.values) + 1  # where this cell starts
        if value is None:
            self.values.extend([None] * min(repeat, max(MAX_COLUMNS + 1 - column, 0)))
            return
        spanned = count(attributes, SPANNED)
        if spanned > 1 and self.merges < MAX_MERGED and column <= MAX_COLUMNS:
            # in the stream of rows, so that it reaches the table it belongs to
            self.done.append(("merge", (self.row + 1, column, self.row + spanned, column)))
            self.merges += 1
        inside = min(repeat, max(MAX_COLUMNS + 1 - column, 0))
        self.values.extend([value] * inside)
        if repeat > inside:
            self.beyond += repeat - inside
            self.last = column + repeat - 1


def value_of(attributes: dict[str, str], text: str) -> Any:
    kind = attributes.get(VALUE_TYPE, "")
    try:
        if kind in ("float", "percentage", "currency"):
            number = float(attributes.get(f"{OFFICE_NS}value", text))
            return int(number) if number.is_integer() and abs(number) < 2**53 else number
        if kind == "date":
            given = attributes.get(f"{OFFICE_NS}date-value", "")
            moment = datetime.fromisoformat(given)
            return moment.date() if "T" not in given else moment
        if kind == "time":
            return duration(attributes.get(f"{OFFICE_NS}time-value", ""))
        if kind == "boolean":
            return attributes.get(f"{OFFICE_NS}boolean-value", "") == "true"
    except ValueError:
        pass
    return text or None


def duration(given: str) -> time | str:
    """PT10H30M00S → 10:30."""
    hours, _, rest = given.removeprefix("PT").partition("H")
    minutes, _, seconds = rest.partition("M")
    try:
        return time(int(hours) % 24, int(minutes), int(float(seconds.rstrip("S") or 0)))
    except ValueError:
        return given


def read_spreadsheet(path: Path, progress: Progress = None) -> list[Sheet]:
    """Every table of an .ods package (checked by check_package), bounded like a workbook."""
    name = path.name
    sheets: list[Sheet] = []
    try:
        with zipfile.ZipFile(path) as package, package.open("content.xml") as part:
            target = SpreadsheetRows(name)
            reader: _Table | None = None
            for item in parse(part, target):
                if item[0] == "sheet":
                    if reader is not None:
                        sheets.append(reader.finish())
                    reader = _Table(Sheet(item[1], []), name, progress)
                elif reader is None:
                    continue
                elif item[0] == "merge":
                    reader.merged.append(item[1])
                else:
                    reader.take(*item[1:])
            if reader is not None:
                sheets.append(reader.finish())
    except (KeyError, zipfile.BadZipFile, OSError, EOFError) as error:
        raise ImportRefused(
            tr(
                "{name} is damaged or incomplete (it may not have finished "
                "downloading); ask for it again."
            ).format(name=name)
        ) from error
    return sheets


class _Table:
    """One table's rows into a TableReader; empty rows wait until a row with values follows
    (the million empty rows at the end of every sheet are never counted)."""

    def __init__(self, sheet: Sheet, source: str, progress: Progress) -> None:
        self.sheet = sheet
        self.table = TableReader(sheet, source, progress, None)
        self.number = 0
        self.waiting = 0
        self.stopped = False
        self.merged: list[tuple[int, int, int, int]] = []

    def take(self, values: list[Any], repeat: int, beyond: int, last: int) -> None:
        if self.stopped:
            return
        while values and values[-1] is None:
            values.pop()
        if not values and not beyond:
            self.waiting += repeat
            return
        for _ in range(self.waiting):
            self.number += 1
            if not self.table.add(self.number, []):
                self.stopped = True
                return
        self.waiting = 0
        for _ in range(repeat):
            self.number += 1
            if not self.table.add(self.number, list(values), beyond, last):
                self.stopped = True
                return

    def finish(self) -> Sheet:
        fill_merged(self.sheet, self.merged)
        trim(self.sheet)
        return self.sheet
