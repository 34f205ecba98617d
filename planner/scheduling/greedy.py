"""A quick first schedule: tasks placed one by one at the first start where all is free.

CP-SAT starts from it (as a hint), which matters far more than any setting of the solver.
"""

from __future__ import annotations

import random
import time
from bisect import bisect_left, bisect_right
from collections import defaultdict
from collections.abc import Callable, Iterable
from typing import Protocol

from planner.scheduling.problem import TIERS, Key, Placement, Problem, RoomSpec, TaskSpec


class Busy:
    """What each resource is busy with, as the union of its spans (disjoint and sorted),
    answering 'is [s, e) free?' and taking a span in O(log n)."""

    def __init__(self) -> None:
        self.starts: dict[Key, list[int]] = defaultdict(list)
        self.ends: dict[Key, list[int]] = defaultdict(list)

    def free(self, resource: Key, start: int, end: int) -> bool:
        starts = self.starts.get(resource)
        if not starts:
            return True
        before = bisect_left(starts, end) - 1  # the last busy stretch starting before `end`
        return before < 0 or self.ends[resource][before] <= start

    def take(self, resources: Iterable[Key], start: int, end: int) -> None:
        for resource in resources:
            starts, ends = self.starts[resource], self.ends[resource]
            first = bisect_left(ends, start)  # stretches ending at or after `start`
            last = bisect_right(starts, end)  # ... and starting at or before `end`
            low, high = start, end
            if first < last:
                low, high = min(start, starts[first]), max(end, ends[last - 1])
            starts[first:last] = [low]
            ends[first:last] = [high]


def room_key(room: Key) -> tuple[str, Key]:
    return ("room", room)


class StartCost(Protocol):
    """Extra costs of starting a task at a time, given what is placed (objectives of other
    models, see tests/perf); `take` tells it a task was placed."""

    def reset(self) -> None: ...

    def cost(self, task: TaskSpec, start: int) -> int: ...

    def take(self, task: TaskSpec, start: int) -> None: ...


def greedy(
    problem: Problem, order: list[TaskSpec] | None = None, costs: StartCost | None = None
) -> dict[Key, Placement]:
    """Fixed tasks where they are; in a repair every other task that still fits where it is;
    then the rest, hardest first, at the nearest (repair) or earliest free start."""
    busy = Busy()
    rooms = {room.key: room for room in problem.rooms}
    for closing in problem.rooms:
        for start, end in closing.closed:
            busy.take([room_key(closing.key)], start, end)
    placed: dict[Key, Placement] = {}
    if costs is not None:
        costs.reset()

    def put(task: TaskSpec, start: int, room: Key | None) -> None:
        if costs is not None:
            costs.take(task, start)
        taken = [*task.hard, *task.soft] + ([room_key(room)] if room is not None else [])
        busy.take(taken, start, start + task.duration)
        placed[task.key] = Placement(start, room)

    def fits(task: TaskSpec, start: int, room: Key | None) -> bool:
        end = start + task.duration
        if room is not None and not busy.free(room_key(room), start, end):
            return False
        return all(busy.free(r, start, end) for r in task.hard)

    for task in problem.tasks:
        if task.fixed and task.current is not None:
            put(task, *task.current)
    movable = [t for t in problem.tasks if not (t.fixed and t.current is not None)]
    rest = []
    for task in movable:
        if problem.repair and task.current is not None:
            start, room = task.current
            allowed = start in set(task.starts) and (room in task.rooms or not task.rooms)
            if allowed and fits(task, start, room if task.rooms else None):
                put(task, start, room if task.rooms else None)
                continue
        rest.append(task)
    if order is None:
        rest = hardest_first(rest)
    else:
        keys = {t.key for t in rest}
        rest = [t for t in order if t.key in keys]
    for task in rest:
        choice = best_start(task, busy, rooms, fits, problem.repair, costs)
        if choice is not None:
            put(task, *choice)
    return placed


def hardest_first(tasks: list[TaskSpec]) -> list[TaskSpec]:
    """Higher tiers first; then those with fewest rooms, busiest people, longest."""
    load: dict[Key, int] = defaultdict(int)
    for task in tasks:
        for r in task.hard:
            load[r] += task.duration
    return sorted(tasks, key=lambda t: (
        t.tier, len(t.rooms) if t.rooms else 10**6, -sum(load[r] for r in t.hard), -t.duration))


def best_greedy(
    problem: Problem, rng: random.Random, seconds: float, costs: StartCost | None = None
) -> dict[Key, Placement]:
    """The greedy schedule placing most (by tier), over the hardest-first order and
    shuffles of it, for at most `seconds`."""
    ends = time.monotonic() + seconds
    movable = [t for t in problem.tasks if not (t.fixed and t.current is not None)]
    order = hardest_first(movable)
    best = greedy(problem, order, costs)
    best_cost = unplaced_cost(problem, best)
    while best_cost and time.monotonic() < ends:
        # swap a few neighbours in the order, most often near the unplaced ones
        trial = list(order)
        missing = [n for n, t in enumerate(trial) if t.key not in best]
        for _ in range(1 + len(missing)):
            n = rng.choice(missing) if missing and rng.random() < 0.7 else rng.randrange(
                len(trial))
            m = rng.randrange(0, n + 1)
            trial.insert(m, trial.pop(n))
        found = greedy(problem, trial, costs)
        cost = unplaced_cost(problem, found)
        if cost <= best_cost:
            best, best_cost, order = found, cost, trial
    return best


def unplaced_cost(problem: Problem, placed: dict[Key, Placement]) -> int:
    return sum(TIERS - t.tier for t in problem.tasks if t.key not in placed)


def best_start(
    task: TaskSpec,
    busy: Busy,
    rooms: dict[Key, RoomSpec],
    fits: Callable[[TaskSpec, int, Key | None], bool],
    repair: bool,
    costs: StartCost | None = None,
) -> tuple[int, Key | None] | None:
    """The first start (nearest to where it was, in a repair) and cheapest room where the
    task fits, avoiding overlaps of its soft resources if it can."""
    starts = list(task.starts)
    if repair and task.current is not None:
        here = task.current[0]
        starts.sort(key=lambda s: (abs(s - here), s))
    else:
        starts.sort()
    by_cost = sorted(task.rooms, key=lambda r: (rooms[r].cost, rooms[r].capacity, str(r)))
    fallback: tuple[int, Key | None] | None = None
    cheapest: tuple[int, int, Key | None] | None = None
    for start in starts:
        room = None
        if by_cost:
            room = next((r for r in by_cost if fits(task, start, r)), None)
            if room is None:
                continue
        elif not fits(task, start, None):
            continue
        if costs is not None:
            price = costs.cost(task, start)
            if cheapest is None or price < cheapest[0]:
                cheapest = (price, start, room)
            continue
        end = start + task.duration
        if all(busy.free(r, start, end) for r in task.soft):
            return start, room
        if fallback is None:
            fallback = (start, room)
    if cheapest is not None:
        return cheapest[1], cheapest[2]
    return fallback
