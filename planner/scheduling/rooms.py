"""Rooms for tasks already given a time and a kind of room (a group of rooms of equal
fitness): no room double-booked, each task kept in its own room where it was, and a
resource's consecutive tasks kept in one room."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from itertools import combinations

from ortools.sat.python import cp_model

from planner.scheduling.cpsat_model import profile
from planner.scheduling.problem import Key, Placement, Problem, RoomSpec, TaskSpec

STAY_WEIGHT = 10  # keeping a task's own room outweighs a few changes between tasks


class RoomsDoNotFitError(Exception):
    """The times chosen leave no way to give every task of the group a room of its own."""

    def __init__(self, group: int) -> None:
        super().__init__(group)
        self.group = group


def assign_rooms(
    problem: Problem,
    groups: Sequence[Sequence[RoomSpec]],
    chosen: dict[Key, tuple[int, int | None]],
    fixed_rooms: dict[Key, Key],
    *,
    stable_gap: int,
    seconds: float = 2.0,
) -> dict[Key, Placement]:
    """Every chosen (start, group) as a placement with a room of the group. Fixed tasks, and
    tasks left at their time in a group holding their room, keep their room."""
    tasks = {task.key: task for task in problem.tasks}
    by_group: dict[int, list[Key]] = defaultdict(list)
    out: dict[Key, Placement] = {}
    kept = dict(fixed_rooms)
    for key, (start, group) in chosen.items():
        if group is None:
            out[key] = Placement(start, None)
            continue
        task = tasks[key]
        members = {room.key for room in groups[group]}
        if key not in kept and task.current is not None and task.current[0] == start and (
                task.current[1] in members):
            kept[key] = task.current[1]
        by_group[group].append(key)
    for group, keys in by_group.items():
        rooms = [room.key for room in groups[group]]
        starts = {k: chosen[k][0] for k in keys}
        if len(rooms) == 1:
            ordered = sorted((starts[k], starts[k] + tasks[k].duration, k) for k in keys
                             if k not in fixed_rooms)
            pairs = zip(ordered, ordered[1:], strict=False)
            if any(later[0] < earlier[1] for earlier, later in pairs):
                raise RoomsDoNotFitError(group)
            out.update({k: Placement(starts[k], rooms[0]) for k in keys})
            continue
        free = [tasks[k] for k in keys if k not in kept]
        out.update({k: Placement(starts[k], kept[k]) for k in keys if k in kept})
        if not free:
            continue
        held = [(tasks[k], kept[k]) for k in keys if k in kept]
        got = group_rooms(problem, free, held, starts, rooms, stable_gap, seconds)
        if got is None:
            raise RoomsDoNotFitError(group)
        out.update({k: Placement(starts[k], got[k]) for k in got})
    return out


def group_rooms(
    problem: Problem,
    tasks: list[TaskSpec],
    held: list[tuple[TaskSpec, Key]],
    starts: dict[Key, int],
    rooms: list[Key],
    stable_gap: int,
    seconds: float,
) -> dict[Key, Key] | None:
    """Rooms of the group for `tasks`, around the `held` tasks' rooms."""
    model = cp_model.CpModel()
    pick: dict[tuple[Key, Key], cp_model.IntVar] = {}
    per_room: dict[Key, list[cp_model.IntervalVar]] = defaultdict(list)
    spans: dict[Key, list[tuple[int, int]]] = defaultdict(list)
    for task, room in held:
        spans[room].append((starts[task.key], starts[task.key] + task.duration))
    for room, taken in spans.items():
        for start, end, _load in profile(taken, 1):
            per_room[room].append(model.new_fixed_size_interval_var(start, end - start, "h"))
    objective = []
    for n, task in enumerate(tasks):
        for m, room in enumerate(rooms):
            x = pick[task.key, room] = model.new_bool_var(f"x{n}_{m}")
            per_room[room].append(model.new_optional_fixed_size_interval_var(
                starts[task.key], task.duration, x, f"i{n}_{m}"))
        model.add_exactly_one(pick[task.key, room] for room in rooms)
        if task.current is not None and task.current[1] in rooms:
            objective.append(STAY_WEIGHT * (1 - pick[task.key, task.current[1]]))
    for items in per_room.values():
        model.add_no_overlap(items)
    weight = problem.weights.stable_room
    held_rooms = {task.key: room for task, room in held}
    together = [*tasks, *(task for task, _room in held)]
    if weight:
        for (a, b), count in stable_pairs(problem, together, starts, stable_gap).items():
            first, second = together[a].key, together[b].key
            if first in held_rooms and second in held_rooms:
                continue
            if first in held_rooms or second in held_rooms:
                free_key, room = ((second, held_rooms[first]) if first in held_rooms
                                  else (first, held_rooms[second]))
                objective.append(weight * count * (1 - pick[free_key, room]))
                continue
            differ = model.new_bool_var(f"d{a}_{b}")
            for room in rooms:
                model.add(pick[first, room] - pick[second, room] <= differ)
            objective.append(weight * count * differ)
    hint = first_fit(tasks, starts, rooms, {})
    for (key, room), x in pick.items():
        model.add_hint(x, hint.get(key) == room)
    model.minimize(sum(objective))
    solver = cp_model.CpSolver()
    solver.parameters.max_time_in_seconds = seconds
    solver.parameters.num_workers = 1
    solver.parameters.random_seed = 1
    status = solver.solve(model)
    if status not in (cp_model.OPTIMAL, cp_model.FEASIBLE):
        return None
    return {key: room for (key, room), x in pick.items() if solver.boolean_value(x)}


def stable_pairs(
    problem: Problem, tasks: list[TaskSpec], starts: dict[Key, int], gap: int
) -> dict[tuple[int, int], int]:
    """Pairs (earlier, later) of tasks sharing a resource that should keep its room, the
    later starting at most `gap` after the earlier ends; counted once per shared resource."""
    holders: dict[Key, list[int]] = defaultdict(list)
    for n, task in enumerate(tasks):
        for r in task.hard:
            if r in problem.stable_resources:
                holders[r].append(n)
    pairs: dict[tuple[int, int], int] = defaultdict(int)
    for members in holders.values():
        for a, b in combinations(members, 2):
            sa, sb = starts[tasks[a].key], starts[tasks[b].key]
            if sa > sb:
                a, b, sa, sb = b, a, sb, sa
            if sa < sb and sb - sa - tasks[a].duration <= gap:
                pairs[a, b] += 1
    return pairs


def first_fit(
    tasks: list[TaskSpec], starts: dict[Key, int], rooms: list[Key], fixed_rooms: dict[Key, Key]
) -> dict[Key, Key]:
    """Rooms by start order, each task in the first room free (its own if it can)."""
    free_at: dict[Key, int] = dict.fromkeys(rooms, -(10**12))
    out: dict[Key, Key] = {}
    for task in sorted(tasks, key=lambda t: (t.key not in fixed_rooms, starts[t.key])):
        start = starts[task.key]
        wanted = [fixed_rooms[task.key]] if task.key in fixed_rooms else []
        if task.current is not None and task.current[1] in free_at:
            wanted.append(task.current[1])
        for room in [*wanted, *rooms]:
            if free_at[room] <= start:
                out[task.key] = room
                free_at[room] = start + task.duration
                break
    return out
