"""Positions: each delegation's stance on each issue, as a matrix, and the views on it."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Collection
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
from planner import records, row_versions
from planner.display_names import names_in_language
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
    track_id: int
    track_order: int

    def listed_order(self) -> tuple[int, str, str]:
        """Where the matrix lists the issue: by track, then code."""
        return (self.track_order, self.track, self.code)


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


def load_matrix(ids: Collection[int] | None = None) -> PositionMatrix:
    """The whole matrix in three queries (or only the rows of these issues, those that
    exist)."""
    query = (
        AgendaIssue.select(
            AgendaIssue.id,
            AgendaIssue.code,
            AgendaIssue.title,
            Track.name,
            Track.colour,
            Track.id,
            Track.sort_order,
        )
        .join(Track)
        .order_by(Track.sort_order, Track.name, AgendaIssue.code)
    )
    if ids is not None:
        query = query.where(AgendaIssue.id.in_(list(ids)))
    # The rows as the cursor gives them: plain values, no per-value conversion needed.
    titles = names_in_language("issue")
    issues = [
        MatrixIssue(row[0], row[1], titles.get(row[0], row[2]), *row[3:])
        for row in database_proxy.execute(query)
    ]
    delegations = list(
        Delegation.select(Delegation.id, Delegation.code, Delegation.name)
        .order_by(Delegation.precedence, Delegation.code)
        .tuples()
    )
    matrix = PositionMatrix(issues, delegations)
    # Plain SQL: converting tens of thousands of rows through the ORM costs ten times more,
    # and the texts themselves are fetched only for the cell being looked at.
    readable = [name for name in TEXT_FIELDS if name not in row_versions.hidden(Position)]
    noted = " OR ".join(f"{name} != ''" for name in readable) or "1 = 0"
    sql = f"SELECT issue_id, delegation_id, stance, ({noted}) FROM position"
    chosen = [] if ids is None else list(ids)
    if ids is not None:
        sql += f" WHERE issue_id IN ({', '.join('?' * len(chosen))})"
    cursor = database_proxy.execute_sql(sql, chosen)
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
        Position.select(
            Position.id,
            Position.version,
            Position.stance,
            *(getattr(Position, f) for f in TEXT_FIELDS),
        )
        .where((Position.issue == cell[0]) & (Position.delegation == cell[1]))
        .dicts()
        .first()
    )
    if row is None:
        return {"stance": Stance.UNKNOWN.value, **{f: "" for f in TEXT_FIELDS}}
    row_versions.note_read(Position, row.pop("id"), row.pop("version"))  # what an edit is on
    return row


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
    for name in STORED_FIELDS:  # a stored state put back (undo, redo): its row as it was
        if name in values:
            result[name] = values[name]
    return result


class PositionEdits:
    """Many positions set at once, as a bulk edit (see edits.BulkEdits).

    A request maps cells to the fields to set, or to None for "no recorded position"; the
    states before and after map the cells that changed to their stored rows (with their ids
    and times, so that undo and redo put back the very rows), or to None."""

    kind = "position"

    def commit(self, request: CellValues) -> tuple[CellValues, CellValues] | None:
        return write_positions(request)

    def put(self, state: CellValues) -> None:
        write_positions(state)

    def changed(self, state: CellValues) -> Change:
        return Change.of(self.kind, state)


POSITION_EDITS = PositionEdits()
CONTENT_FIELDS = ("stance", *TEXT_FIELDS)
STORED_FIELDS = ("id", "changed_at")
CONTENT = tuple(getattr(Position, name) for name in CONTENT_FIELDS)
EMPTY_POSITION = {"stance": Stance.UNKNOWN.value, **{f: "" for f in TEXT_FIELDS}}


def write_positions(
    values: CellValues, progress: Callable[[int], object] | None = None
) -> tuple[CellValues, CellValues] | None:
    """Set the cells' positions in one transaction; return (old, new) for the cells that
    changed, or None when none did. A value holding a row's id and time (a state returned
    before) puts that very row back. progress hears every 500 cells written (what it raises
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
            before = (
                Position.select(Position.id, Position.changed_at, *CONTENT)
                .where((Position.issue == cell[0]) & (Position.delegation == cell[1]))
                .dicts()
                .first()
            )
            after = settled_position(before, change, now)
            if after == before:
                continue
            old[cell], new[cell] = before, after
            store_position(cell, before, after)
        if progress is not None:
            progress(len(cleaned))
    return (old, new) if old else None



def settled_position(
    before: dict[str, Any] | None, change: dict[str, Any] | None, now: datetime
) -> dict[str, Any] | None:
    """The stored row a cell is to have (None: no recorded position); `before` itself when
    the change asks for what is there already."""
    if change is None:
        return None
    if "id" in change:  # a stored state: exactly that row
        return {
            "id": change["id"],
            "changed_at": change.get("changed_at"),
            **{name: change.get(name, EMPTY_POSITION[name]) for name in CONTENT_FIELDS},
        }
    content = {name: (before or EMPTY_POSITION)[name] for name in CONTENT_FIELDS}
    wanted = {**content, **change}
    if before is not None and wanted == content:
        return before
    return {"id": before["id"] if before else None, "changed_at": now, **wanted}


def store_position(cell: Cell, before: dict[str, Any] | None, after: dict[str, Any] | None) -> None:
    """Write a cell's row as settled_position decided (a new row's id goes into `after`)."""
    if before is not None and (after is None or after["id"] != before["id"]):
        row_versions.deleted(Position, [before["id"]], [before])  # refused if changed since
        before = None
    if after is None:
        return
    fields = {name: after[name] for name in CONTENT_FIELDS}
    if before is not None:
        if row_versions.shared():  # refused if someone changed the row since it was read
            version = Position.select(Position.version).where(Position.id == before["id"])
            row_versions.note_read(Position, before["id"], version.scalar())
        row_versions.written(Position, before["id"], {"changed_at": after["changed_at"], **fields})
        return
    row = {"issue": cell[0], "delegation": cell[1], "changed_at": after["changed_at"], **fields}
    if after["id"] is not None:
        row["id"] = after["id"]
    after["id"] = Position.insert(**row).execute()


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
