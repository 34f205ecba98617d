"""Importing positions: a matrix with issues down (by code) and delegations across (by code
or name), each cell a stance word in English, Russian or Chinese, or our matrix's symbols."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from db.models import AgendaIssue, Position
from planner.history import Change
from planner.importing.bounds import CommitProgress, Progress, report, step
from planner.importing.bounds import column_letter as letter
from planner.importing.issue_import import (
    SKIP,
    UNCHANGED,
    UPDATE,
    ImportPlan,
    PlannedRow,
    Problem,
    choose_sheet,
    reading_problems,
)
from planner.importing.mapping import Header, normal, word_to
from planner.importing.matching import Delegations
from planner.importing.reading import ImportRefused, Sheet, read_file
from planner.positions import POSITION_EDITS, CellValues, write_positions
from planner.translation import tr

STANCE_WORDS = {
    "support": (
        "support",
        "supports",
        "yes",
        "for",
        "✓",
        "✓ support",
        "за",
        "поддерживает",
        "поддержка",
        "支持",
    ),
    "conditional": (
        "conditional",
        "cond",
        "cond.",
        "~",
        "~ cond.",
        "with conditions",
        "условно",
        "с оговорками",
        "有条件支持",
        "有条件",
    ),
    "neutral": ("neutral", "○", "○ neutral", "нейтрально", "нейтральна", "中立"),
    "oppose": ("oppose", "opposes", "against", "no", "✗", "✗ oppose", "против", "反对"),
    "unknown": ("unknown", "?", "? unknown", "неизвестно", "未知"),
}
CODE_HEADERS = {"code", "issue", "id", "код", "вопрос", "编号", "议题"}


def plan_position_import(
    path: Path, sheet_name: str | None = None, overrides: dict[str, str] | None = None
) -> ImportPlan:
    """Read a positions matrix; each row's cells become stances of the delegations."""
    return plan_positions(read_file(Path(path)), Path(path).name, sheet_name, overrides)


def position_columns(
    sheet: Sheet, source: str, overrides: dict[str, str] | None = None
) -> tuple[Header, dict[int, str]]:
    """The matrix's header row: its issue code column ("code") and its delegation columns
    ("delegation:ID"), found by their names (not chosen: overrides do not apply)."""
    found = find_matrix_header(sheet, Delegations())
    if found is None:
        raise ImportRefused(
            tr(
                "Sheet “{name}” of {source} has no header row with an issue code "
                "column and at least one delegation column in its first 30 rows."
            ).format(name=sheet.name, source=source)
        )
    number, texts, code_columns, team_columns = found
    mapping = {code_columns[0]: "code", **{c: f"delegation:{d}" for c, d in team_columns.items()}}
    return Header(number, texts), mapping


def plan_positions(
    sheets: list[Sheet],
    source: str,
    sheet_name: str | None = None,
    overrides: dict[str, str] | None = None,
    *,
    progress: Progress = None,
) -> ImportPlan:
    """What importing the matrix of the sheets already read from source would do (progress
    hears the rows checked, and may cancel)."""
    teams = Delegations()
    sheet = choose_sheet(sheets, sheet_name, source, score=lambda s: matrix_score(s, teams))
    header, mapping = position_columns(sheet, source)
    number, texts = header.row, header.columns
    code_column = next(c for c, role in mapping.items() if role == "code")
    team_columns = {
        c: int(role.split(":")[1]) for c, role in mapping.items() if role.startswith("delegation:")
    }
    plan = ImportPlan(
        "positions",
        source,
        sheet.name,
        header,
        mapping,
        [t for c, t in texts.items() if c not in mapping],
    )
    plan.problems.extend(reading_problems(sheet))
    issues = {
        code.upper(): i for i, code in AgendaIssue.select(AgendaIssue.id, AgendaIssue.code).tuples()
    }
    held = {
        (issue, team): stance
        for issue, team, stance in Position.select(
            Position.issue, Position.delegation, Position.stance
        ).tuples()
    }
    for row_number, cells in enumerate(sheet.rows[number:], start=number + 1):
        report(progress, row_number)
        if not any(cell is not None for cell in cells):
            continue
        code = str(cells[code_column - 1] if code_column <= len(cells) else "").strip()
        issue = issues.get(code.upper())
        if issue is None:
            plan.problems.append(
                Problem(
                    sheet.name,
                    row_number,
                    letter(code_column),
                    f"“{code}” is not an issue of this summit; the row was skipped.",
                )
            )
            plan.rows.append(PlannedRow(row_number, SKIP, {}))
            continue
        stances: dict[tuple[int, int], dict[str, Any]] = {}
        for column, team in team_columns.items():
            value = cells[column - 1] if column <= len(cells) else None
            if value is None:
                continue
            stance = word_to(STANCE_WORDS, value)
            if stance is None:
                plan.problems.append(
                    Problem(
                        sheet.name,
                        row_number,
                        f"{letter(column)} ({texts[column]})",
                        f"“{value}” is not a stance; the cell was left as it was.",
                    )
                )
                continue
            stances[(issue, team)] = {"stance": stance}
        action = UPDATE if stances else SKIP
        if stances and all(held.get(cell, "unknown") == v["stance"] for cell, v in stances.items()):
            action = UNCHANGED  # every cell already holds its stance (no position: unknown)
        plan.rows.append(PlannedRow(row_number, action, stances, issue))
    return plan


def matrix_sheet(sheets: list[Sheet], source: str) -> Sheet:
    """The sheet that looks most like a positions matrix (the most delegation columns)."""
    teams = Delegations()
    return choose_sheet(sheets, None, source, score=lambda s: matrix_score(s, teams))


def matrix_score(sheet: Sheet, teams: Delegations) -> float:
    """How much a sheet looks like a positions matrix: its delegation columns."""
    found = find_matrix_header(sheet, teams)
    return float(len(found[3])) if found else 0.0


def find_matrix_header(
    sheet: Sheet, teams: Delegations
) -> tuple[int, dict[int, str], list[int], dict[int, int]] | None:
    """(row, texts, code columns, delegation columns) of the first row naming an issue code
    column and at least one delegation; None when there is none in the first 30 rows."""
    for number, row in enumerate(sheet.rows[:30], start=1):
        texts = {c: str(v) for c, v in enumerate(row, 1) if isinstance(v, str)}
        code_columns = [c for c, t in texts.items() if normal(t) in CODE_HEADERS]
        team_columns = {c: found for c, t in texts.items() if (found := teams.find(t)) is not None}
        if code_columns and team_columns:
            return number, texts, code_columns, team_columns
    return None


def position_changes(plan: ImportPlan) -> CellValues:
    """The plan as one change of many positions (undone like any other)."""
    changes: CellValues = {}
    for planned in plan.rows:
        if planned.action == UPDATE:
            changes.update(planned.values)
    return changes


def commit_position_import(
    plan: ImportPlan, progress: CommitProgress = None
) -> tuple[CellValues, CellValues] | None:
    """Set the plan's cells in one transaction (rolled back when cancelled through progress)."""
    changes = position_changes(plan)
    return write_positions(changes, lambda done: step(progress, "position", done, len(changes)))


class PositionImportEdits:
    """The positions import as one bulk edit: committed from its plan, undone and redone
    like any other change of many cells."""

    def commit(self, request: ImportPlan) -> tuple[CellValues, CellValues] | None:
        return commit_position_import(request)

    def put(self, state: CellValues) -> None:
        POSITION_EDITS.put(state)

    def changed(self, state: CellValues) -> Change:
        return POSITION_EDITS.changed(state)


POSITION_IMPORT = PositionImportEdits()
