"""The Positions and Talking points sheets: stances per issue and delegation."""

from __future__ import annotations

from typing import TYPE_CHECKING

from openpyxl.cell import Cell

from db.models import Position
from planner.export.table import Column
from planner.labels import stance_labels
from planner.positions import load_matrix
from planner.translation import tr, trn

if TYPE_CHECKING:
    from planner.export.workbook import Exporter


STANCE_FILL = {
    "support": "C8E6C9",
    "conditional": "F0F4C3",
    "neutral": "EEEEEE",
    "oppose": "FFCDD2",
}


def write_positions(export: Exporter) -> None:
    if not export.positions:  # never in an external export
        return
    words = stance_labels()
    matrix = load_matrix()
    codes = [code for _, code, _ in matrix.delegations]
    sheet = export.table(
        tr("Positions"),
        [
            Column(tr("Code"), 10),
            Column(tr("Issue"), 44, wrap=True),
            *[Column(code, 12) for code in codes],
        ],
    )
    # The matrix is sparse (a cell is blank until a stance is recorded): each issue's
    # row is made from its own stances, not by asking every delegation.
    place = {team: number for number, (team, _code, _name) in enumerate(matrix.delegations)}
    recorded: dict[int, list[tuple[int, str]]] = {}
    for (issue_id, team), stance in matrix.stances.items():
        if team in place:
            recorded.setdefault(issue_id, []).append((place[team], stance))
    blank: list[Cell | None] = [None] * len(place)
    cell = sheet.cell
    for issue in matrix.issues:
        line = blank.copy()
        for number, stance in recorded.get(issue.id, ()):
            line[number] = cell(words.get(stance, stance), fill=STANCE_FILL.get(stance))
        sheet.add([issue.code, issue.title], line)
    export.count(tr("Positions"), trn("%n issue", "%n issues", sheet.count))
    notes = export.table(
        tr("Talking points"),
        [
            Column(tr("Code"), 10),
            Column(tr("Delegation"), 11),
            Column(tr("Stance"), 12),
            Column(tr("Talking points"), 50, wrap=True),
            Column(tr("Red lines"), 40, wrap=True),
            Column(tr("Fallback"), 40, wrap=True),
        ],
    )
    codes_by_id = {i.id: i.code for i in matrix.issues}
    code_of = {d: code for d, code, _ in matrix.delegations}
    for issue_id, team, stance, points, red, fallback in Position.select(
        Position.issue,
        Position.delegation,
        Position.stance,
        Position.talking_points,
        Position.red_lines,
        Position.fallback,
    ).tuples():
        if points or red or fallback:
            notes.add(
                [
                    codes_by_id.get(issue_id, ""),
                    code_of.get(team, ""),
                    words.get(stance, stance),
                    points,
                    red,
                    fallback,
                ]
            )
    export.count(tr("Talking points"), trn("%n position", "%n positions", notes.count))
