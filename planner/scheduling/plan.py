"""Schedule all or repair the open summit: the moves proposed (nothing is written), and the
edit that applies the accepted ones as one undoable step."""

from __future__ import annotations

import time
from collections.abc import Collection
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from db.fields import parse_utc
from db.models import Meeting, database_proxy
from planner import records
from planner.conflict_words import Explainer
from planner.conflicts import ERROR, conflicts_by_meeting, find_conflicts
from planner.edits import BulkOperation
from planner.history import Change
from planner.meeting_facts import Directory, MeetingFacts, load_directory, load_facts
from planner.meetings import SummitFrame, summit_frame
from planner.scheduling.engine import Control, Progress, Settings, solve
from planner.scheduling.explain import explain_unplaced
from planner.scheduling.summit import STABLE_MINUTES, pinned_ids, summit_problem
from planner.translation import tr

KIND = "meeting"
Slot = tuple[datetime, datetime, int | None]  # UTC start, end, room


@dataclass(frozen=True)
class Move:
    meeting_id: int
    title: str
    before: Slot
    after: Slot
    reason: str


@dataclass(frozen=True)
class Unplaced:
    meeting_id: int
    title: str
    reason: str


@dataclass
class Outcome:
    """What a run proposes, and how the schedule would be with all of it."""

    placed: int
    moves: list[Move]
    unplaced: list[Unplaced]
    violations_before: int
    violations: int
    seconds: float
    stopped: bool = False
    log: list[str] = field(default_factory=list)


def errors_of(facts: list[MeetingFacts], frame: SummitFrame, directory: Directory) -> int:
    """Error conflicts in the schedule, counted."""
    return find_conflicts(facts, frame, directory, listed=0).errors


def plan_schedule(
    *,
    repair: bool,
    seconds: float = 10.0,
    allow_confirmed: bool = False,
    progress: Progress | None = None,
    control: Control | None = None,
    closed: dict[int, list[tuple[datetime, datetime]]] | None = None,
    seed: int = 0,
    workers: int = 1,
) -> Outcome:
    """The moves that place the requests (or repair every error), read from the open summit."""
    began = time.monotonic()
    facts, frame, directory = load_facts(), summit_frame(), load_directory()
    return plan_for(facts, frame, directory, repair=repair, seconds=seconds,
                    allow_confirmed=allow_confirmed, progress=progress, control=control,
                    closed=closed, seed=seed, workers=workers, pinned=pinned_ids(),
                    began=began)


def plan_for(
    facts: list[MeetingFacts],
    frame: SummitFrame,
    directory: Directory,
    *,
    repair: bool,
    seconds: float,
    allow_confirmed: bool = False,
    progress: Progress | None = None,
    control: Control | None = None,
    closed: dict[int, list[tuple[datetime, datetime]]] | None = None,
    seed: int = 0,
    workers: int = 1,
    pinned: set[int] | None = None,
    began: float | None = None,
) -> Outcome:
    began = time.monotonic() if began is None else began
    built = summit_problem(facts, frame, directory, repair=repair,
                           allow_confirmed=allow_confirmed, pinned=pinned, closed=closed)
    left = max(1.0, seconds - (time.monotonic() - began))
    settings = Settings(seconds=left, workers=workers, seed=seed, stable_gap=STABLE_MINUTES)
    solution = solve(built.problem, settings, progress=progress, control=control)
    before_report = find_conflicts(facts, frame, directory)
    troubles = conflicts_by_meeting(c for c in before_report.listed if c.severity is ERROR)
    words = Explainer(frame, directory)
    moves, unplaced, after = [], [], []
    tasks = {task.key: task for task in built.problem.tasks}
    for m in facts:
        placed = solution.placements.get(m.id)
        if m.id not in built.movable or placed is None:
            after.append(m)
            if m.id in built.movable and placed is None:
                task = tasks[m.id]
                reason = explain_unplaced(task, m, built.problem, solution.placements, words,
                                          frame.days)
                unplaced.append(Unplaced(m.id, m.title, reason))
            continue
        room = placed.room if isinstance(placed.room, int) else None
        start = built.origin + timedelta(minutes=placed.start)
        end = start + (m.end - m.start)
        new = MeetingFacts(m.id, m.title, m.level, m.status, start, end, room,
                           m.delegations, m.attendees)
        after.append(new)
        if (start, room) == (m.start, m.room_id):
            continue
        if m.id in troubles:
            reason = tr("It clashed: {conflict}").format(conflict=troubles[m.id][0].message)
        elif m.id in built.to_place:
            reason = tr("Requested; placed where everyone and a room are free.")
        else:
            reason = tr("Moved to make room for a meeting that clashed.")
        moves.append(Move(m.id, m.title, (m.start, m.end, m.room_id),
                          (start, end, room), reason))
    violations_before = before_report.errors
    return Outcome(
        placed=len([k for k in solution.placements if k in built.movable]),
        moves=moves, unplaced=unplaced, violations_before=violations_before,
        violations=errors_of(after, frame, directory), seconds=time.monotonic() - began,
        stopped=solution.stopped, log=solution.log,
    )


class ScheduleEdits:
    """Meetings' times and rooms written together (BulkEdits): the request is the moves to
    make, a state is {meeting id: (start, end, room)}."""

    def commit(self, request: Collection[Move]) -> tuple[Any, Any] | None:
        if not request:
            return None
        ids = [move.meeting_id for move in request]
        before = self.read(ids)
        if len(before) != len(ids):
            raise records_error()
        after = {move.meeting_id: move.after for move in request}
        self.put(after)
        return before, after

    def read(self, ids: list[int]) -> dict[int, Slot]:
        marks = ",".join("?" * len(ids))
        rows = database_proxy.execute_sql(
            f'SELECT id, start, "end", room_id FROM meeting WHERE id IN ({marks})', ids
        ).fetchall()
        return {row[0]: (parse_utc(row[1]), parse_utc(row[2]), row[3]) for row in rows}

    def put(self, state: dict[int, Slot]) -> None:
        with records.writing(tr("The schedule")):
            for meeting_id, (start, end, room) in state.items():
                Meeting.update(start=start, end=end, room=room).where(
                    Meeting.id == meeting_id).execute()

    def changed(self, state: dict[int, Slot]) -> Change:
        return Change.of(KIND, state.keys())


def records_error() -> Exception:
    from planner.errors import PlannerError

    return PlannerError(tr("A meeting to move no longer exists; run the scheduler again."))


def schedule_operation(moves: Collection[Move], repair: bool) -> BulkOperation:
    """The accepted moves as one step of the history."""
    text = tr("Repair Schedule") if repair else tr("Schedule All")
    return BulkOperation(ScheduleEdits(), list(moves), text)
