"""Positions: each delegation's stance on each issue, as a matrix, and the views on it."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from db.models import (
    AgendaIssue,
    Delegation,
    MeetingDelegation,
    MeetingIssue,
    Position,
    Summit,
    Track,
    database_proxy,
)
from planner import records
from planner.errors import ValidationError
from planner.history import Change
from planner.translation import tr
from planner.vocabulary import Stance

Cell = tuple[int, int]  # (issue id, delegation id)
CellValues = dict[Cell, dict[str, Any] | None]  # None: no recorded position
TEXT_FIELDS = ("talking_points", "red_lines", "fallback")
KNOWN = (Stance.SUPPORT, Stance.CONDITIONAL, Stance.NEUTRAL, Stance.OPPOSE)
# How far apart two stances are, for ordering disagreements: support and oppose the farthest.
DISTANCE_SCALE = {Stance.SUPPORT: 0, Stance.CONDITIONAL: 1, Stance.NEUTRAL: 2, Stance.OPPOSE: 3}


@dataclass(frozen=True)
class MatrixIssue:
    id: int
    code: str
    title: str
    track: str
    track_colour: str


@dataclass
class PositionMatrix:
    """Issues (rows, grouped by track) by delegations (columns, in protocol order)."""

    issues: list[MatrixIssue]
    delegations: list[tuple[int, str, str]]  # (id, code, name)
    stances: dict[Cell, str] = field(default_factory=dict)  # missing cells are unknown
    noted: set[Cell] = field(default_factory=set)  # cells with talking points, red lines…
    home: int | None = None

    def stance(self, cell: Cell) -> str:
        return self.stances.get(cell, Stance.UNKNOWN.value)

    def counts(self, issue_id: int) -> Counter[str]:
        return Counter(self.stance((issue_id, d)) for d, _, _ in self.delegations)


def load_matrix() -> PositionMatrix:
    """The whole matrix in three queries."""
    query = (
        AgendaIssue.select(
            AgendaIssue.id, AgendaIssue.code, AgendaIssue.title, Track.name, Track.colour
        )
        .join(Track)
        .order_by(Track.sort_order, Track.name, AgendaIssue.code)
    )
    # The rows as the cursor gives them: plain values, no per-value conversion needed.
    issues = [MatrixIssue(*row) for row in database_proxy.execute(query)]
    delegations = list(
        Delegation.select(Delegation.id, Delegation.code, Delegation.name)
        .order_by(Delegation.precedence, Delegation.code)
        .tuples()
    )
    matrix = PositionMatrix(issues, delegations)
    # Plain SQL: converting tens of thousands of rows through the ORM costs ten times more,
    # and the texts themselves are fetched only for the cell being looked at.
    cursor = database_proxy.execute_sql(
        "SELECT issue_id, delegation_id, stance, "
        "(talking_points != '' OR red_lines != '' OR fallback != '') FROM position"
    )
    for issue, delegation, stance, noted in cursor:
        matrix.stances[(issue, delegation)] = stance
        if noted:
            matrix.noted.add((issue, delegation))
    summit = Summit.select(Summit.home_delegation).first()
    matrix.home = summit.home_delegation_id if summit else None
    return matrix


def meeting_brief(meeting_id: int) -> tuple[list[int], list[int]]:
    """The issues on a meeting's agenda (in order) and its delegations: its positions brief."""
    issues = [
        i
        for (i,) in MeetingIssue.select(MeetingIssue.issue)
        .where(MeetingIssue.meeting == meeting_id)
        .order_by(MeetingIssue.sort_order, MeetingIssue.id)
        .tuples()
    ]
    teams = [
        d
        for (d,) in MeetingDelegation.select(MeetingDelegation.delegation)
        .where(MeetingDelegation.meeting == meeting_id)
        .tuples()
    ]
    return issues, teams


def disagreements(matrix: PositionMatrix, home: int, counterpart: int) -> list[int]:
    """Issues on which both delegations have a known stance and they differ, the widest
    gaps (support against oppose) first."""
    found = []
    for issue in matrix.issues:
        ours, theirs = matrix.stance((issue.id, home)), matrix.stance((issue.id, counterpart))
        if ours in KNOWN and theirs in KNOWN and ours != theirs:
            gap = abs(DISTANCE_SCALE[Stance(ours)] - DISTANCE_SCALE[Stance(theirs)])
            found.append((-gap, issue.code, issue.id))
    return [issue_id for _, _, issue_id in sorted(found)]


def fetch_position(cell: Cell) -> dict[str, Any]:
    """One position's stance and texts (an unrecorded one is unknown and empty)."""
    row = (
        Position.select(Position.stance, *(getattr(Position, f) for f in TEXT_FIELDS))
        .where((Position.issue == cell[0]) & (Position.delegation == cell[1]))
        .dicts()
        .first()
    )
    return row or {"stance": Stance.UNKNOWN.value, **{f: "" for f in TEXT_FIELDS}}


def clean_change(cell: Cell, values: dict[str, Any] | None) -> dict[str, Any] | None:
    if values is None:
        return None
    result = {}
    if "stance" in values:
        try:
            result["stance"] = Stance(values["stance"]).value
        except ValueError as error:
            raise ValidationError(
                "stance", tr("“{value}” is not a stance.").format(value=values["stance"])
            ) from error
    for name in TEXT_FIELDS:
        if name in values:
            result[name] = str(values[name] or "").strip()
    return result


class PositionEdits:
    """Many positions set at once, as a bulk edit (see edits.BulkEdits).

    A request maps cells to the fields to set, or to None for "no recorded position"; the
    states before and after have the same form, and name exactly the cells that changed."""

    kind = "position"

    def commit(self, request: CellValues) -> tuple[CellValues, CellValues] | None:
        return write_positions(request)

    def put(self, state: CellValues) -> None:
        write_positions(state)

    def changed(self, state: CellValues) -> Change:
        return Change.of(self.kind, state)


POSITION_EDITS = PositionEdits()


def write_positions(
    values: CellValues, progress: Callable[[int], object] | None = None
) -> tuple[CellValues, CellValues] | None:
    """Set the cells' positions in one transaction; return (old, new) for the cells that
    changed, or None when none did. progress hears every 500 cells written (what it raises
    rolls the transaction back)."""
    if not values:
        return None
    cells = list(values)
    issues = {i for i, _ in cells}
    teams = {d for _, d in cells}
    known_issues = set(
        AgendaIssue.select(AgendaIssue.id).where(AgendaIssue.id.in_(list(issues))).tuples()
    )
    known_teams = set(
        Delegation.select(Delegation.id).where(Delegation.id.in_(list(teams))).tuples()
    )
    if {(i,) for i in issues} - known_issues or {(d,) for d in teams} - known_teams:
        raise ValidationError(
            "cells", tr("An issue or delegation of the selection no longer exists.")
        )
    cleaned = {cell: clean_change(cell, change) for cell, change in values.items()}
    old: CellValues = {}
    new: CellValues = {}
    now = datetime.now(UTC)
    with records.writing("The positions"):
        for done, (cell, change) in enumerate(cleaned.items()):
            if progress is not None and done % 500 == 0:
                progress(done)
            existing = (
                Position.select()
                .where((Position.issue == cell[0]) & (Position.delegation == cell[1]))
                .dicts()
                .first()
            )
            before = {k: existing[k] for k in ("stance", *TEXT_FIELDS)} if existing else None
            if change is None:
                after = None
            else:
                base = before or {
                    "stance": Stance.UNKNOWN.value,
                    **{f: "" for f in TEXT_FIELDS},
                }
                after = {**base, **change}
            if after == before:
                continue
            old[cell], new[cell] = before, after
            if after is None:
                assert existing is not None  # else before (None) would equal after
                Position.delete().where(Position.id == existing["id"]).execute()
            elif existing is None:
                Position.insert(
                    issue=cell[0], delegation=cell[1], changed_at=now, **after
                ).execute()
            else:
                Position.update(changed_at=now, **after).where(
                    Position.id == existing["id"]
                ).execute()
        if progress is not None:
            progress(len(cleaned))
    return (old, new) if old else None


def refresh_cells(matrix: PositionMatrix, cells: list[Cell]) -> None:
    """Bring some cells of a loaded matrix up to date (after an edit, instead of a reload)."""
    for cell in cells:
        matrix.stances.pop(cell, None)
        matrix.noted.discard(cell)
    for cell in cells:
        row = (
            Position.select(
                Position.stance, Position.talking_points, Position.red_lines, Position.fallback
            )
            .where((Position.issue == cell[0]) & (Position.delegation == cell[1]))
            .tuples()
            .first()
        )
        if row is not None:
            matrix.stances[cell] = row[0]
            if any(row[1:]):
                matrix.noted.add(cell)


def set_stance(cells: list[Cell], stance: str) -> dict[Cell, dict[str, Any]]:
    """The change that gives every cell a stance, keeping their texts."""
    return {cell: {"stance": stance} for cell in cells}
