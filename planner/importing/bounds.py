"""What is read from an imported file, and the bounds on reading it: rows, columns, values
and cell lengths are limited, and every limit that stops or cuts the reading is noted on the
sheet with the row where it happened, so that the plan reports it."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time
from typing import Any

from planner.errors import PlannerError
from planner.translation import tr

MAX_FILE_BYTES = 100 * 1024 * 1024
MAX_ROWS = 200_000
MAX_COLUMNS = 200
MAX_VALUES = 2_000_000  # values kept in one sheet: about 10 columns of 200,000 rows
MAX_IGNORED_VALUES = 20_000  # values beyond the last column read, before the sheet is refused
MAX_BLANK_RUN = 1_000  # this many empty rows in a row end the table
MAX_CELL = 32_767
CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")

Cell = str | int | float | date | datetime | time | None
PLAIN = frozenset({int, float, date, datetime, time, type(None)})  # kept as they are read
Progress = Callable[[int], object] | None
# While committing: (phase, rows done, rows in that phase); returning False cancels.
CommitProgress = Callable[[str, int, int], object] | None


class ImportCancelled(PlannerError):  # noqa: N818
    """The person cancelled the reading; nothing was changed."""


class ImportRefused(PlannerError):  # noqa: N818 (a refusal the user reads, not a bug)
    """The file cannot be read at all; the message says why in one sentence."""


@dataclass
class Sheet:
    name: str
    rows: list[list[Cell]]
    notes: list[tuple[int, int, str]] = field(default_factory=list)  # (row, column, sentence)


def column_letter(column: int) -> str:
    """Excel's name of a 1-based column (1 → A, 27 → AA); "" for 0."""
    text = ""
    while column > 0:
        column, rest = divmod(column - 1, 26)
        text = chr(65 + rest) + text
    return text


def column_number(reference: str) -> int:
    """The column of a reference such as "AB12" (28)."""
    number = 0
    for character in reference:
        if character.isdigit():
            break
        number = number * 26 + ord(character.upper()) - 64
    return number


MAX_MERGED = 100_000  # merged ranges filled in one sheet; a list has one per group of rows


def fill_merged(sheet: Sheet, ranges: Sequence[tuple[int, int, int, int]]) -> None:
    """Give a merged cell's value (kept by its first cell) to every row the range covers,
    in the range's first column (rows 1-based, inclusive; only the rows read are filled)."""
    rows = sheet.rows
    for top, left, bottom, _right in ranges[:MAX_MERGED]:
        if top > len(rows) or left > MAX_COLUMNS or left > len(rows[top - 1]):
            continue
        value = rows[top - 1][left - 1]
        if value is None:
            continue
        for number in range(top + 1, min(bottom, len(rows)) + 1):
            row = rows[number - 1]
            if len(row) < left:
                row.extend([None] * (left - len(row)))
            if row[left - 1] is None:
                row[left - 1] = value


def report(progress: Progress, rows: int) -> None:
    if progress is not None and rows % 500 == 0 and progress(rows) is False:
        raise ImportCancelled(tr("The import was cancelled; nothing was changed."))


def step(progress: CommitProgress, phase: str, done: int, total: int) -> None:
    """Tell how far a commit is; raised inside its transaction, ImportCancelled rolls it back."""
    if progress is not None and progress(phase, done, total) is False:
        raise ImportCancelled(tr("The import was cancelled; nothing was changed."))


class TableReader:
    """Takes a sheet's rows one by one (workbook or CSV alike) and keeps them within the
    bounds; add() returns False when the reading must stop, after noting why and where."""

    def __init__(self, sheet: Sheet, source: str, progress: Progress, empty: object) -> None:
        self.sheet, self.source, self.progress = sheet, source, progress
        self.empty = empty  # how the reader spells an empty cell: None, or "" in a CSV
        self.blank_run = 0
        self.values = 0
        self.ignored = 0

    def note(self, row: int, column: int, sentence: str) -> None:
        self.sheet.notes.append((row, column, sentence))

    def add(self, number: int, row: Sequence[Any], beyond: int = 0, last: int = 0) -> bool:
        """Take row `number`; a reader that drops the values past MAX_COLUMNS itself says
        how many it dropped (`beyond`) and the last column that had one."""
        report(self.progress, number)
        if len(row) > MAX_COLUMNS:
            tail = row[MAX_COLUMNS:]
            beyond, last, row = len(tail) - tail.count(self.empty), len(row), row[:MAX_COLUMNS]
        filled = len(row) - row.count(self.empty) + beyond
        if filled == 0:
            self.blank_run += 1
            if self.blank_run > MAX_BLANK_RUN:
                self.note(
                    number,
                    0,
                    f"Reading stopped at row {number:,} after {MAX_BLANK_RUN:,} empty rows; "
                    "anything further down was not read.",
                )
                return False
            if number <= MAX_ROWS:
                self.sheet.rows.append([])
            return True
        self.blank_run = 0
        if number > MAX_ROWS:
            self.note(
                number,
                0,
                f"Reading stopped after row {MAX_ROWS:,}: at most {MAX_ROWS:,} rows are read, "
                f"so row {number:,} and the rows below it were not imported; split the file.",
            )
            return False
        if beyond:
            self.beyond_last_column(number, beyond, last)
        cells = [
            value if type(value) in PLAIN else clean_cell(self, number, column, value)
            for column, value in enumerate(row, 1)
        ]
        while cells and cells[-1] is None:
            cells.pop()
        self.values += len(cells) - cells.count(None)
        if self.values > MAX_VALUES:
            self.note(
                number,
                0,
                f"Reading stopped at row {number:,}: at most {MAX_VALUES:,} values are read "
                "from a sheet, so this row and those below it were not imported; split the file.",
            )
            return False
        self.sheet.rows.append(cells)
        return True

    def beyond_last_column(self, number: int, found: int, last: int) -> None:
        if not self.ignored:
            self.note(
                number,
                MAX_COLUMNS + 1,
                f"Values after column {column_letter(MAX_COLUMNS)} were not read: at most "
                f"{MAX_COLUMNS} columns are imported.",
            )
        self.ignored += found
        if self.ignored > MAX_IGNORED_VALUES:
            raise ImportRefused(
                tr(
                    "Sheet “{name}” of {source} has values in more than "
                    "{max_columns} columns (as far as column {column_letter} in row "
                    "{number}); at most {max_columns} columns can be imported: "
                    "copy the table to a file of its own without the other columns "
                    "and import that."
                ).format(
                    name=self.sheet.name,
                    source=self.source,
                    max_columns=MAX_COLUMNS,
                    column_letter=column_letter(last),
                    number=f"{number:,}",
                )
            )


def clean_cell(table: TableReader, row: int, column: int, value: Any) -> Cell:
    if isinstance(value, str):
        if not value.isprintable() and CONTROL.search(value):  # isprintable: C speed
            value = CONTROL.sub("", value)
        if len(value) > MAX_CELL:
            table.note(row, column, f"The text was cut to {MAX_CELL} characters.")
            value = value[:MAX_CELL]
        value = value.strip()
        return value or None
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, int | float | date | datetime | time) or value is None:
        return value
    return str(value)


def trim(sheet: Sheet) -> None:
    """Drop trailing empty rows and columns (a far-away formatted cell adds nothing)."""
    while sheet.rows and not any(cell is not None for cell in sheet.rows[-1]):
        sheet.rows.pop()
    width = max(
        (max((i for i, c in enumerate(r, 1) if c is not None), default=0) for r in sheet.rows),
        default=0,
    )
    sheet.rows = [row[:width] for row in sheet.rows]
