"""The CP-SAT model of a scheduling problem: interval variables, no overlap per delegation and
person, rooms of equal fitness as one cumulative resource (rooms are assigned afterwards), and
one objective expression per level (unplaced, moves, soft-resource overlaps, preferences)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from itertools import combinations

from ortools.sat.python import cp_model

from planner.scheduling.problem import TIERS, Key, Placement, Problem, RoomSpec, TaskSpec

LinearExpr = cp_model.LinearExpr | cp_model.IntVar | int
Var = cp_model.IntVar | int  # a variable, or its value when it is known
# Further terms of the last level, for objectives of other models (see tests/perf).
ExtraTerms = Callable[["Built"], list[LinearExpr]]
PAIR_LIMIT = 40_000  # pairs examined for soft overlaps and breaks; beyond, they are left out


@dataclass
class Built:
    """The model and its variables, by task key."""

    problem: Problem
    model: cp_model.CpModel
    groups: list[list[RoomSpec]]
    start: dict[Key, Var] = field(default_factory=dict)
    present: dict[Key, Var] = field(default_factory=dict)
    group_choice: dict[Key, dict[int, Var]] = field(default_factory=dict)
    levels: list[list[LinearExpr]] = field(default_factory=lambda: [[], [], [], []])
    movable: list[TaskSpec] = field(default_factory=list)
    # time_indexed: one Boolean per task and start it may take
    chosen: dict[Key, dict[int, cp_model.IntVar]] = field(default_factory=dict)

    def placement_groups(self, solver: cp_model.CpSolver) -> dict[Key, tuple[int, int | None]]:
        """(start, room group) of every placed task in the solver's solution."""
        out = {}
        for task in self.problem.tasks:
            if not value(solver, self.present[task.key]):
                continue
            group = None
            for g, choice in self.group_choice.get(task.key, {}).items():
                if value(solver, choice):
                    group = g
            out[task.key] = (value(solver, self.start[task.key]), group)
        return out


def value(solver: cp_model.CpSolver, expr: LinearExpr) -> int:
    return expr if isinstance(expr, int) else int(solver.value(expr))


def room_groups(rooms: Sequence[RoomSpec], split: frozenset[Key]) -> list[list[RoomSpec]]:
    """Rooms of equal fitness (building, seats, cost, closures) together; `split` rooms alone."""
    by_kind: dict[tuple[object, ...], list[RoomSpec]] = defaultdict(list)
    for room in rooms:
        kind = ("alone", room.key) if room.key in split else (
            room.building, room.capacity, room.cost, room.closed)
        by_kind[kind].append(room)
    return list(by_kind.values())


def build(
    problem: Problem,
    *,
    split: frozenset[Key] = frozenset(),
    extra: ExtraTerms | None = None,
    fixed_too: dict[Key, Placement] | None = None,
    absent: frozenset[Key] = frozenset(),
    time_indexed: bool = False,
) -> Built:
    """The model; tasks in `fixed_too` are held where it says and those in `absent` left
    unplaced (a neighbourhood's outside).

    `time_indexed` adds a Boolean per task and start, and counts soft-resource overlaps
    unit by unit over them: much stronger on short horizons (grains of a few days)."""
    model = cp_model.CpModel()
    groups = room_groups(problem.rooms, split)
    built = Built(problem, model, groups)
    group_of_room = {room.key: g for g, members in enumerate(groups) for room in members}
    group_items: dict[int, list[cp_model.IntervalVar]] = defaultdict(list)
    resource_items: dict[Key, list[cp_model.IntervalVar]] = defaultdict(list)
    # what is held (fixed meetings may clash among themselves: their union is what counts)
    # fixed meetings hold their own room (clashes there count once); tasks held by a
    # neighbourhood hold a room of their group (which one is decided afterwards)
    room_spans: dict[Key, list[tuple[int, int]]] = defaultdict(list)
    group_spans: dict[int, list[tuple[int, int]]] = defaultdict(list)
    resource_spans: dict[Key, list[tuple[int, int]]] = defaultdict(list)
    weights = problem.weights
    held = fixed_too or {}
    # what held tasks take matters only where a free task may go
    free = [t for t in problem.tasks if t.key not in held and t.key not in absent
            and not (t.fixed and t.current is not None)]
    touched = {r for task in free for r in task.hard}
    reachable = {group_of_room[r] for task in free for r in task.rooms if r in group_of_room}
    for room in problem.rooms:
        room_spans[room.key].extend(room.closed)
    for n, task in enumerate(problem.tasks):
        key = task.key
        where = held.get(key)
        if key in absent:
            built.start[key], built.present[key] = 0, 0
            continue
        if where is None and task.fixed and task.current is not None:
            where = Placement(*task.current)
        if where is not None:
            built.start[key], built.present[key] = where.start, 1
            span = (where.start, where.start + task.duration)
            if where.room is not None:
                g = group_of_room[where.room]
                built.group_choice[key] = {g: 1}
                if g in reachable and task.fixed:
                    room_spans[where.room].append(span)
                elif g in reachable:
                    group_spans[g].append(span)
            for resource in task.hard:
                if resource in touched:
                    resource_spans[resource].append(span)
            continue
        interval = movable_task(built, n, task, group_of_room, group_items)
        for resource in task.hard:
            resource_items[resource].append(interval)
    for g, members in enumerate(groups):
        capacity = len(members)
        items = list(group_items[g])
        demands = [1] * len(items)
        for room in members:
            for start, end, _load in profile(room_spans.get(room.key, []), 1):
                items.append(model.new_fixed_size_interval_var(start, end - start, f"held{g}"))
                demands.append(1)
        for start, end, load in profile(group_spans.get(g, []), capacity):
            items.append(model.new_fixed_size_interval_var(start, end - start, f"held{g}"))
            demands.append(load)
        if not items:
            continue
        if capacity == 1:
            model.add_no_overlap(items)
        else:
            model.add_cumulative(items, demands, capacity)
    for resource, items in resource_items.items():
        for start, end, _load in profile(resource_spans.get(resource, []), 1):
            items.append(model.new_fixed_size_interval_var(start, end - start, "held"))
        if len(items) > 1:
            model.add_no_overlap(items)
    if time_indexed:
        start_booleans(built)
        running_overlaps(built)
    else:
        soft_overlaps(built)
    if weights.gap and weights.gap_units:
        breaks(built)
    for task in built.movable:
        if task.early_weight and task.starts:
            built.levels[3].append(weights.early * task.early_weight * built.start[task.key])
        for g, choice in built.group_choice.get(task.key, {}).items():
            cost = groups[g][0].cost * weights.room
            if cost:
                built.levels[3].append(cost * choice)
    if extra is not None:
        built.levels[3].extend(extra(built))
    return built


def profile(spans: list[tuple[int, int]], capacity: int) -> list[tuple[int, int, int]]:
    """Held spans as (start, end, load) pieces, the load at most `capacity`."""
    if not spans:
        return []
    changes: dict[int, int] = defaultdict(int)
    for start, end in spans:
        changes[start] += 1
        changes[end] -= 1
    pieces, load, since = [], 0, 0
    for moment in sorted(changes):
        if load > 0 and moment > since:
            pieces.append((since, moment, min(load, capacity)))
        load += changes[moment]
        since = moment
    merged: list[tuple[int, int, int]] = []
    for piece in pieces:
        if merged and merged[-1][1] == piece[0] and merged[-1][2] == piece[2]:
            merged[-1] = (merged[-1][0], piece[1], piece[2])
        else:
            merged.append(piece)
    return merged


def movable_task(
    built: Built,
    n: int,
    task: TaskSpec,
    group_of_room: dict[Key, int],
    group_items: dict[int, list[cp_model.IntervalVar]],
) -> cp_model.IntervalVar:
    model, problem = built.model, built.problem
    key = task.key
    built.movable.append(task)
    eligible = sorted({group_of_room[r] for r in task.rooms if r in group_of_room})
    starts = sorted(set(task.starts))
    if not starts or (task.rooms and not eligible):
        built.start[key], built.present[key] = 0, 0
        built.levels[0].append(problem.weights.unplaced * (TIERS - task.tier))
        return model.new_optional_fixed_size_interval_var(0, task.duration, False, f"none{n}")
    start = model.new_int_var_from_domain(cp_model.Domain.from_values(starts), f"s{n}")
    present = model.new_bool_var(f"p{n}")
    built.start[key], built.present[key] = start, present
    built.levels[0].append(problem.weights.unplaced * (TIERS - task.tier) * (1 - present))
    interval = model.new_optional_fixed_size_interval_var(start, task.duration, present, f"i{n}")
    choices: dict[int, Var] = {}
    if len(eligible) == 1:
        choices[eligible[0]] = present
        group_items[eligible[0]].append(interval)
    elif eligible:
        for g in eligible:
            chosen = model.new_bool_var(f"g{n}_{g}")
            choices[g] = chosen
            option = model.new_optional_fixed_size_interval_var(
                start, task.duration, chosen, f"i{n}_{g}")
            group_items[g].append(option)
        model.add(sum(choices.values()) == present)
    built.group_choice[key] = choices
    if problem.repair and task.current is not None:
        moves(built, task, start, present, choices, group_of_room)
    return interval


def moves(
    built: Built,
    task: TaskSpec,
    start: cp_model.IntVar,
    present: cp_model.IntVar,
    choices: dict[int, Var],
    group_of_room: dict[Key, int],
) -> None:
    """A moved task costs one move (and its distance); staying means the same start and the
    same kind of room (the room itself is kept when rooms are assigned)."""
    assert task.current is not None
    model, weights = built.model, built.problem.weights
    here, room = task.current
    stay = model.new_bool_var(f"stay{task.key}")
    model.add_implication(stay, present)
    model.add(start == here).only_enforce_if(stay)
    group = group_of_room.get(room) if room is not None else None
    if task.rooms:
        if group in choices:
            model.add(choices[group] == 1).only_enforce_if(stay)
        else:
            model.add(stay == 0)
    span = max(task.starts) - min(task.starts) + abs(here - min(task.starts)) + 1
    distance = model.new_int_var(0, span, f"dist{task.key}")
    model.add_abs_equality(distance, start - here)
    limit = built.problem.weights.moved  # a move outweighs any distance (see Weights)
    built.levels[1].append(limit * (1 - stay))
    built.levels[1].append(weights.distance * distance)


def pairs_by_resource(
    tasks: Sequence[TaskSpec], hard_too: bool, moving: set[int]
) -> dict[tuple[int, int], int]:
    """Pairs of tasks (by index, one of them in `moving`) sharing a soft resource (or,
    `hard_too`, any), counted once per shared resource; hard-hard sharing is left out unless
    asked for."""
    holders: dict[Key, list[tuple[int, bool]]] = defaultdict(list)
    for n, task in enumerate(tasks):
        for r in task.hard:
            holders[r].append((n, True))
        for r in task.soft:
            holders[r].append((n, False))
    pairs: dict[tuple[int, int], int] = defaultdict(int)
    for members in holders.values():
        for (a, hard_a), (b, hard_b) in combinations(members, 2):
            if a != b and (a in moving or b in moving) and (hard_too or not (hard_a and hard_b)):
                pairs[min(a, b), max(a, b)] += 1
            if len(pairs) > PAIR_LIMIT:
                return pairs
    return pairs


def soft_overlaps(built: Built) -> None:
    """Level 2: minutes (units) of overlap of tasks sharing a soft resource."""
    model, tasks = built.model, built.problem.tasks
    if not any(task.soft for task in tasks):
        return
    moving = {n for n, task in enumerate(tasks) if not isinstance(built.start[task.key], int)}
    for (a, b), count in pairs_by_resource(tasks, hard_too=False, moving=moving).items():
        ta, tb = tasks[a], tasks[b]
        sa, sb = built.start[ta.key], built.start[tb.key]
        if isinstance(sa, int) and isinstance(sb, int):
            continue
        shortest = min(ta.duration, tb.duration)
        overlap = model.new_int_var(0, shortest, f"ov{a}_{b}")
        low = model.new_int_var(-(10**9), 10**9, f"lo{a}_{b}")
        high = model.new_int_var(-(10**9), 10**9, f"hi{a}_{b}")
        model.add_min_equality(low, [sa + ta.duration, sb + tb.duration])
        model.add_max_equality(high, [sa, sb])
        both = model.new_bool_var(f"both{a}_{b}")
        model.add(both >= built.present[ta.key] + built.present[tb.key] - 1)
        model.add(overlap >= low - high).only_enforce_if(both)
        built.levels[2].append(count * overlap)


def start_booleans(built: Built) -> None:
    model = built.model
    for n, task in enumerate(built.movable):
        start, present = built.start[task.key], built.present[task.key]
        if isinstance(start, int):
            continue
        chosen = {s: model.new_bool_var(f"x{n}_{s}") for s in sorted(set(task.starts))}
        model.add(sum(chosen.values()) == present)
        model.add(sum(s * x for s, x in chosen.items()) == start).only_enforce_if(present)
        built.chosen[task.key] = chosen


def running(built: Built, task: TaskSpec) -> dict[int, LinearExpr]:
    """For each unit, 1 when the task runs then (a sum of its start Booleans)."""
    start = built.start[task.key]
    if isinstance(start, int):
        return dict.fromkeys(range(start, start + task.duration), 1) if built.present[
            task.key] else {}
    terms: dict[int, list[cp_model.IntVar]] = defaultdict(list)
    for s, x in built.chosen[task.key].items():
        for t in range(s, s + task.duration):
            terms[t].append(x)
    return {t: sum(xs) for t, xs in terms.items()}


def running_overlaps(built: Built) -> None:
    """Level 2, unit by unit: k tasks of a soft resource running at once cost k(k-1)/2."""
    model, tasks = built.model, built.problem.tasks
    soft = {r for task in tasks for r in task.soft}
    if not soft:
        return
    # per resource and unit: the hard holders' running sum (at most 1) and the soft ones'
    touched = {r for task in built.movable if not isinstance(built.start[task.key], int)
               for r in (*task.hard, *task.soft)} & soft
    # per resource and unit: the hard holders' running sum (at most 1) and the soft ones'
    by_unit: dict[Key, dict[int, list[list[LinearExpr]]]] = defaultdict(
        lambda: defaultdict(lambda: [[], []]))
    for task in tasks:
        for r in set(task.hard) & touched:
            for t, expr in running(built, task).items():
                by_unit[r][t][0].append(expr)
        for r in set(task.soft) & touched:
            for t, expr in running(built, task).items():
                by_unit[r][t][1].append(expr)
    for r, units in by_unit.items():
        for t, (hard, loose) in units.items():
            most = min(1, len(hard)) + len(loose)
            if most < 2 or all(isinstance(item, int) for item in (*hard, *loose)):
                continue
            count = sum(hard) + sum(loose)
            for j in range(1, most):
                excess = model.new_int_var(0, most - j, f"ex{n_of(r)}_{t}_{j}")
                model.add(excess >= count - j)
                built.levels[2].append(excess)


def n_of(resource: Key) -> int:
    return abs(hash(resource)) % 10**9


def breaks(built: Built) -> None:
    """Soft: two tasks of a resource wanting breaks closer than the break length cost."""
    model, problem = built.model, built.problem
    gap, weight = problem.weights.gap_units, problem.weights.gap
    holders: dict[Key, list[int]] = defaultdict(list)
    for n, task in enumerate(problem.tasks):
        for r in task.hard:
            if r in problem.gap_resources:
                holders[r].append(n)
    seen = 0
    for members in holders.values():
        for a, b in combinations(members, 2):
            ta, tb = problem.tasks[a], problem.tasks[b]
            sa, sb = built.start[ta.key], built.start[tb.key]
            if isinstance(sa, int) and isinstance(sb, int):
                continue
            seen += 1
            if seen > PAIR_LIMIT:
                return
            tight = model.new_bool_var(f"tight{a}_{b}")
            before = model.new_bool_var(f"bef{a}_{b}")
            model.add(sb >= sa + ta.duration + gap).only_enforce_if([before, tight.Not()])
            model.add(sa >= sb + tb.duration + gap).only_enforce_if([before.Not(), tight.Not()])
            built.levels[3].append(weight * tight)
