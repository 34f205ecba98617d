"""A summit's meetings as a scheduling problem, and the solution back as meeting moves.

Which meetings may move:
- Schedule all places the meetings with no agreed time: status "requested" (a meeting always
  has a start in the file, so a request's time is only a wish). Every other meeting stays.
- Repair also moves "proposed" meetings (their time is not agreed yet), each move costing.
- Confirmed meetings move only in a repair, when allowed; held and pinned meetings never move;
  cancelled meetings are left out.

Time is counted in minutes from the summit's first local midnight; a meeting may start on
the slot grid of the working hours of a summit day and must end by closing time. Tiers come
from the meeting's level: heads of state 0 (must be placed), ministers 1, deputy ministers 2,
senior officials 3 (the first to stay unplaced when not everything fits).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from db.models import Meeting
from planner.meeting_facts import Directory, MeetingFacts
from planner.meetings import SummitFrame
from planner.scheduling.problem import Problem, RoomSpec, TaskSpec, Weights
from planner.timezones import local_to_utc
from planner.vocabulary import Level, MeetingStatus, Rank

TIER_OF_LEVEL = {
    Level.HEADS_OF_STATE.value: 0,
    Level.MINISTERS.value: 1,
    Level.DEPUTY_MINISTERS.value: 2,
    Level.SENIOR_OFFICIALS.value: 3,
}
PRINCIPALS = {Rank.HEAD_OF_STATE.value, Rank.HEAD_OF_GOVERNMENT.value}
BREAK_MINUTES = 15  # principals' wished break between two meetings
STABLE_MINUTES = 60  # a delegation's meetings this close should keep their room
# The preferences' weights (soft level): a minute later of a tier-0 meeting costs 4, ...
WEIGHTS = Weights(moved=1_000_000, distance=1, early=1, room=1, gap=2_000,
                  gap_units=BREAK_MINUTES, stable_room=500)


@dataclass(frozen=True)
class SummitProblem:
    """The problem with what is needed to read its solution back."""

    problem: Problem
    origin: datetime  # UTC moment of minute 0
    facts: dict[int, MeetingFacts]
    movable: frozenset[int]
    to_place: frozenset[int] = field(default_factory=frozenset)  # requests (schedule all)


def pinned_ids() -> set[int]:
    return {m for (m,) in Meeting.select(Meeting.id).where(Meeting.pinned).tuples()}


def movable_statuses(repair: bool, allow_confirmed: bool) -> set[str]:
    statuses = {MeetingStatus.REQUESTED.value}
    if repair:
        statuses.add(MeetingStatus.PROPOSED.value)
    if repair and allow_confirmed:
        statuses.add(MeetingStatus.CONFIRMED.value)
    return statuses


def summit_problem(
    facts: Sequence[MeetingFacts],
    frame: SummitFrame,
    directory: Directory,
    *,
    repair: bool,
    allow_confirmed: bool = False,
    pinned: set[int] | None = None,
    closed: dict[int, list[tuple[datetime, datetime]]] | None = None,
) -> SummitProblem:
    """The problem of placing (or repairing) the summit's live meetings. `closed` gives
    rooms' unavailable spans (UTC)."""
    origin = local_to_utc(datetime.combine(frame.first_day, datetime.min.time()),
                          frame.timezone).astimezone(UTC)

    def minute(moment: datetime) -> int:
        return int((moment - origin).total_seconds() // 60)

    pinned = pinned or set()
    statuses = movable_statuses(repair, allow_confirmed)
    live = [m for m in facts if m.status != MeetingStatus.CANCELLED.value]
    movable = frozenset(m.id for m in live if m.status in statuses and m.id not in pinned)
    rooms = [
        RoomSpec(room_id, capacity, building, cost=capacity,
                 closed=tuple((minute(a), minute(b)) for a, b in (closed or {}).get(room_id, ())))
        for room_id, (_name, building, capacity) in directory.rooms.items()
    ]
    principals = frozenset(("p", p) for p, (_n, rank, _d) in directory.people.items()
                           if rank in PRINCIPALS)
    tasks = []
    grids: dict[int, tuple[tuple[int, ...], tuple[int, ...]]] = {}
    for m in live:
        length = max(1, minute(m.end) - minute(m.start))
        seats = sum(1 for _, required in m.attendees if required)
        here = (minute(m.start), m.room_id)
        tier = TIER_OF_LEVEL.get(m.level, 3)
        if length not in grids:
            grids[length] = slot_grid(frame, origin, length)
        starts, days = grids[length]
        moves = m.id in movable
        tasks.append(TaskSpec(
            key=m.id, duration=length,
            starts=starts if moves else (here[0],), day_of=days if moves else (),
            rooms=tuple(r.key for r in rooms if r.capacity >= seats) if moves else (
                (m.room_id,) if m.room_id is not None else ()),
            hard=(*(("d", d) for d in m.delegations), *(("p", p) for p, _ in m.attendees)),
            seats=seats, current=here, fixed=not moves, tier=tier,
            early_weight=(4 - tier) if moves else 0,
        ))
    problem = Problem(tasks, rooms, WEIGHTS, repair=repair, gap_resources=principals,
                      stable_resources=frozenset(("d", d) for d in directory.delegations))
    to_place = frozenset(m.id for m in live
                         if m.id in movable and m.status == MeetingStatus.REQUESTED.value)
    return SummitProblem(problem, origin, {m.id: m for m in live}, movable, to_place)


def slot_grid(
    frame: SummitFrame, origin: datetime, length: int
) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """The minutes at which a meeting of `length` may start (it ends by closing time), and
    the day number of each."""
    starts, days = [], []
    step = timedelta(minutes=frame.slot_minutes)
    for number, day in enumerate(frame.days):
        moment = datetime.combine(day, frame.day_start)
        closing = datetime.combine(day, frame.day_end)
        while moment + timedelta(minutes=length) <= closing:
            utc = local_to_utc(moment, frame.timezone).astimezone(UTC)
            starts.append(int((utc - origin).total_seconds() // 60))
            days.append(number)
            moment += step
    return tuple(starts), tuple(days)
