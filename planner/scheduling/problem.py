"""The scheduling problem in whole time units (minutes or grains), free of any summit file."""

from __future__ import annotations

from collections.abc import Hashable, Sequence
from dataclasses import dataclass, field

Key = Hashable


@dataclass(frozen=True)
class RoomSpec:
    """A room: how many it seats, where it is, what using it costs (a soft preference), and
    when it cannot be used ((start, end) spans)."""

    key: Key
    capacity: int
    building: str = ""
    cost: int = 0
    closed: tuple[tuple[int, int], ...] = ()


@dataclass(frozen=True)
class TaskSpec:
    """A meeting to place.

    `hard` names the resources it holds exclusively (delegations, people): no two tasks
    sharing one overlap. `soft` names resources that should not overlap (preferred
    attendees); their overlaps are counted at the second level. `starts` are the times it
    may start at (the summit's days, working hours and its own limits already applied),
    `rooms` the rooms it may use (empty: it needs none). `current` is where it is now,
    `fixed` keeps it there. A task of tier 0 must be placed; a higher tier may stay
    unplaced, costing less the higher the tier."""

    key: Key
    duration: int
    starts: tuple[int, ...]
    rooms: tuple[Key, ...]
    hard: tuple[Key, ...] = ()
    soft: tuple[Key, ...] = ()
    seats: int = 0
    current: tuple[int, Key | None] | None = None
    fixed: bool = False
    tier: int = 0
    early_weight: int = 0  # soft cost per time unit of the start (earliest first)
    day_of: tuple[int, ...] = ()  # the day number of each start, when days matter


@dataclass(frozen=True)
class Weights:
    """The weights inside each level; levels themselves are compared lexicographically:
    unplaced tasks, then moves, then soft-resource overlaps, then the soft preferences."""

    unplaced: int = 1  # per tier step: tier t unplaced costs unplaced * (TIERS - t)
    moved: int = 1000  # per task moved (with `distance` per hour moved added)
    distance: int = 1
    early: int = 1  # multiplies each task's early_weight
    room: int = 1  # multiplies each room's cost
    gap: int = 0  # per pair of a person's tasks closer than `gap_units` (breaks)
    gap_units: int = 0
    stable_room: int = 1  # per change of room between a resource's consecutive tasks


TIERS = 4  # tiers 0 (must) .. 3 (lowest)


@dataclass(frozen=True)
class Problem:
    tasks: Sequence[TaskSpec]
    rooms: Sequence[RoomSpec]
    weights: Weights = field(default_factory=Weights)
    repair: bool = False  # moves cost (level 2) when repairing
    gap_resources: frozenset[Key] = frozenset()  # resources whose tasks want breaks
    stable_resources: frozenset[Key] = frozenset()  # resources that should keep their room


@dataclass(frozen=True)
class Placement:
    start: int
    room: Key | None


@dataclass
class Solution:
    """Where each placed task goes (unplaced tasks are absent), and how good it is."""

    placements: dict[Key, Placement]
    levels: tuple[int, ...] = ()
    optimal: bool = False
    stopped: bool = False
    seconds: float = 0.0
    log: list[str] = field(default_factory=list)

    def moved(self, problem: Problem) -> list[Key]:
        """The tasks whose start or room differ from where they were."""
        out = []
        for task in problem.tasks:
            placed = self.placements.get(task.key)
            if task.current is not None and placed is not None and (
                placed.start,
                placed.room,
            ) != task.current:
                out.append(task.key)
        return out
