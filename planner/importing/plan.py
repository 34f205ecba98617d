"""What an import would do, row by row, shared by every kind of import: the plan, its rows and
problems, the choice of sheet, and the rows around a table that are passed over."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from planner.importing.bounds import ImportRefused, Sheet
from planner.importing.bounds import column_letter as letter
from planner.importing.headers import Header, around_table, best_sheet
from planner.importing.mapping import ISSUE_FIELDS
from planner.translation import tr

CREATE, UPDATE, SKIP, UNCHANGED = "create", "update", "skip", "unchanged"
AROUND_REASONS = {
    "title": "a title row above the table",
    "numbers": "the column numbers under the header",
    "footer": "a footer below the table",
}


@dataclass(frozen=True)
class Problem:
    sheet: str
    row: int
    column: str
    message: str

    def as_json(self) -> dict[str, Any]:
        return {
            "sheet": self.sheet,
            "row": self.row,
            "column": self.column,
            "message": self.message,
        }


@dataclass
class PlannedRow:
    row: int
    action: str
    values: dict[Any, Any]  # by field name; for positions, by cell (issue id, delegation id)
    issue_id: int | None = None
    reason: str = ""  # why a row is passed over without a problem (a title or footer row)


@dataclass
class ImportPlan:
    kind: str
    source: str
    sheet: str
    header: Header
    mapping: dict[int, str]
    unmapped: list[str]
    rows: list[PlannedRow] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    new_tracks: list[str] = field(default_factory=list)
    new_rooms: list[str] = field(default_factory=list)
    # rows that are not the table's (a title above, a footer below): passed over, and shown
    around: list[PlannedRow] = field(default_factory=list)

    def count(self, action: str) -> int:
        return sum(1 for row in self.rows if row.action == action)

    def fields(self) -> list[str]:
        """The fields the columns were mapped to, in the order of the columns."""
        return [self.mapping[column] for column in sorted(self.mapping)]


def choose_sheet(
    sheets: list[Sheet],
    wanted: str | None,
    source: str,
    fields: Mapping[str, tuple[str, ...]] | None = None,
    score: Callable[[Sheet], float] | None = None,
) -> Sheet:
    """The sheet asked for, or the one that looks most like the list: by the score of its
    header for the fields (or the kind's own score), weighed by its rows."""
    if not sheets:  # a damaged workbook can list no worksheet at all
        raise ImportRefused(
            tr("{source} holds no sheet to import from; save it again from Excel.").format(
                source=source
            )
        )
    if wanted is not None:
        for sheet in sheets:
            if sheet.name == wanted:
                return sheet
        names = ", ".join(s.name for s in sheets)
        raise ImportRefused(
            tr("{source} has no sheet called “{wanted}”; its sheets are {names}.").format(
                source=source, wanted=wanted, names=names
            )
        )
    if score is not None:
        scored = [(score(sheet), -n) for n, sheet in enumerate(sheets)]
        best = max(range(len(sheets)), key=lambda n: scored[n])
        return sheets[best] if scored[best][0] > 0 else max(sheets, key=lambda s: len(s.rows))
    return best_sheet(sheets, fields or ISSUE_FIELDS)


def reading_problems(sheet: Sheet) -> list[Problem]:
    """What reading the sheet cut or where it stopped (a limit is never silent)."""
    return [Problem(sheet.name, row, letter(column), note) for row, column, note in sheet.notes]


def rows_around(sheet: Sheet, header: Header) -> dict[int, PlannedRow]:
    """The title rows, the row of column numbers and the footer rows, each a skipped row
    that says what it is (with its first text, so that the preview shows it)."""
    found: dict[int, PlannedRow] = {}
    for number, what in around_table(sheet, header).items():
        text = next((str(c) for c in sheet.rows[number - 1] if c is not None), "")
        found[number] = PlannedRow(number, SKIP, {"title": text}, reason=AROUND_REASONS[what])
    return found
