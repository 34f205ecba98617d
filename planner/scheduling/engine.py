"""Solving: a greedy first schedule, then large-neighbourhood search: again and again a few
tasks (around a clash, an unplaced task, a resource or a stretch of time) are freed, the
rest held, and CP-SAT finds the best places for them under the levels' order (unplaced
tasks, then moves, then soft-resource overlaps, then preferences)."""

from __future__ import annotations

import random
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field, replace

from ortools.sat.python import cp_model

from planner.scheduling.cpsat_model import (
    Built,
    ExtraTerms,
    LinearExpr,
    build,
    room_groups,
    value,
)
from planner.scheduling.greedy import StartCost, best_greedy
from planner.scheduling.neighbourhoods import Chooser
from planner.scheduling.problem import Key, Placement, Problem, RoomSpec, Solution
from planner.scheduling.rooms import RoomsDoNotFitError, assign_rooms, first_fit

ROOM_RETRIES = 3
LARGEST_WEIGHT = 2**40  # merged level weights keep the objective inside 64-bit integers


@dataclass(frozen=True)
class Snapshot:
    """The best schedule so far, as progress reports it."""

    placed: int
    moved: int
    objective: int
    seconds_left: float


Progress = Callable[[Snapshot], None]


@dataclass
class Control:
    """Lets another thread stop the search; the best schedule found so far is kept."""

    stopped: bool = False
    solver: cp_model.CpSolver | None = None
    lock: threading.Lock = field(default_factory=threading.Lock)

    def stop(self) -> None:
        with self.lock:
            self.stopped = True
            if self.solver is not None:
                self.solver.stop_search()


@dataclass(frozen=True)
class Settings:
    seconds: float = 10.0
    workers: int = 1  # per neighbourhood solve; 1 keeps runs repeatable for a seed
    seed: int = 0
    stable_gap: int = 0  # a resource's tasks this close should keep their room
    extra: ExtraTerms | None = None
    time_indexed: bool = False  # see cpsat_model.build
    first_size: int = 5  # tasks freed at first; grows while neighbourhoods solve to optimality
    step_seconds: float = 0.5  # at most per neighbourhood
    start_costs: StartCost | None = None  # for the greedy pass, see greedy.StartCost
    window: int | None = None  # a freed task moves at most this far in one step
    overlaps_first: float = 0.0  # share of the search spent on the levels up to overlaps


class Watch(cp_model.CpSolverSolutionCallback):
    """Honours Stop as soon as a solution comes."""

    def __init__(self, control: Control) -> None:
        super().__init__()
        self.control = control

    def on_solution_callback(self) -> None:
        if self.control.stopped:
            self.stop_search()


def solve(
    problem: Problem,
    settings: Settings,
    *,
    progress: Progress | None = None,
    control: Control | None = None,
) -> Solution:
    """The best schedule found within settings.seconds (wall clock, from now)."""
    began = time.monotonic()
    deadline = began + settings.seconds
    control = control or Control()
    current = best_greedy(problem, random.Random(settings.seed), settings.seconds * 0.1,
                          settings.start_costs)
    log = [f"greedy placed {len(current)} of {len(problem.tasks)}"]
    search = Search(problem, settings, control, progress, deadline, log)
    current = search.settle(current, settings.seconds * 0.4)
    if settings.overlaps_first and any(task.soft for task in problem.tasks):
        # the soft-resource overlaps alone, over the whole problem as intervals: CP-SAT's
        # own search does better there than neighbourhoods of the finer model
        seconds = (deadline - time.monotonic()) * settings.overlaps_first
        current = search.solve_part(current, set(search.movable), frozenset(), seconds,
                                    upto=2, indexed=False, workers=2)[0]
        log.append("soft-resource overlaps reduced over the whole problem")
    current = search.run(current)
    fixed_rooms = {t.key: t.current[1] for t in problem.tasks
                   if t.fixed and t.current is not None and t.current[1] is not None}
    split: frozenset[Key] = frozenset()
    for _attempt in range(ROOM_RETRIES):
        groups = search.groups(split)
        group_of = {room.key: g for g, rooms in enumerate(groups) for room in rooms}
        chosen = {k: (p.start, group_of.get(p.room) if p.room is not None else None)
                  for k, p in current.items()}
        try:
            placements = assign_rooms(problem, groups, chosen, fixed_rooms,
                                      stable_gap=settings.stable_gap, seconds=1.0)
        except RoomsDoNotFitError as failed:
            members = {room.key for room in groups[failed.group]}
            split = split | members
            log.append(f"rooms {sorted(map(str, members))} given one by one")
            inside = {k for k, p in current.items() if p.room in members}
            # each room its own now: the hint gives every task a real room where one is free
            # (first come, first served) and leaves the others for the solver to place
            group_tasks = [search.tasks[k] for k in inside]
            starts = {k: current[k].start for k in inside}
            room_keys = [room.key for room in groups[failed.group]]
            fitted = first_fit(group_tasks, starts, room_keys, fixed_rooms)
            current = {k: (Placement(p.start, fitted[k]) if k in fitted else p)
                       for k, p in current.items() if k not in inside or k in fitted}
            current = search.step(current, inside, split, max(2.0, settings.seconds / 4))
            continue
        return Solution(placements, search.levels, search.optimal, control.stopped,
                        time.monotonic() - began, log)
    # the last resort: rooms first come, first served; a task left without one is unplaced
    groups = search.groups(split)
    group_of = {room.key: g for g, rooms in enumerate(groups) for room in rooms}
    placements = {}
    for g, rooms in enumerate(groups):
        group_tasks = [search.tasks[k] for k, p in current.items() if group_of.get(p.room) == g]
        starts = {t.key: current[t.key].start for t in group_tasks}
        got = first_fit(group_tasks, starts, [r.key for r in rooms], fixed_rooms)
        placements.update({k: Placement(starts[k], room) for k, room in got.items()})
    placements.update({k: p for k, p in current.items() if p.room is None})
    log.append(f"rooms given first come, first served; {len(current) - len(placements)} left out")
    return Solution(placements, search.levels, False, control.stopped,
                    time.monotonic() - began, log)


class Search:
    """The large-neighbourhood search over a problem, keeping the best schedule."""

    def __init__(self, problem: Problem, settings: Settings, control: Control,
                 progress: Progress | None, deadline: float, log: list[str]) -> None:
        self.problem, self.settings, self.control = problem, settings, control
        self.progress, self.deadline, self.log = progress, deadline, log
        self.tasks = {task.key: task for task in problem.tasks}
        self.movable = [t.key for t in problem.tasks if not t.fixed or t.current is None]
        self.levels: tuple[int, ...] = ()
        self.optimal = False
        self.chooser = Chooser(problem, random.Random(settings.seed))

    def rooms_of(self, key: Key) -> bool:
        return bool(self.tasks[key].rooms)

    def groups(self, split: frozenset[Key]) -> list[list[RoomSpec]]:
        return room_groups(self.problem.rooms, split)

    def run(self, current: dict[Key, Placement], *, upto: int = 3,
            until: float | None = None) -> dict[Key, Placement]:
        """Neighbourhood after neighbourhood until the deadline (or `until`), looking at the
        levels up to `upto`."""
        deadline = self.deadline if until is None else min(until, self.deadline)
        size = min(self.settings.first_size, len(self.movable))
        steps = improved = 0
        while not self.control.stopped and self.movable:
            left = deadline - time.monotonic() - 0.3  # building the model takes a moment
            if left < 0.3:
                break
            whole = size >= len(self.movable)
            free = set(self.movable) if whole else self.chooser.pick(current, size)
            limit = left if whole else min(left, self.settings.step_seconds)
            before = current
            current, status = self.solve_part(current, free, frozenset(), limit, upto=upto)
            steps += 1
            improved += current is not before
            if whole and status == cp_model.OPTIMAL:
                self.optimal = True
                break
            if status == cp_model.OPTIMAL:
                size = min(len(self.movable), size + 1)
            elif size > 3:
                size -= 1
        self.log.append(f"{steps} neighbourhoods, {improved} improvements, last size {size}")
        return current

    def step(self, current: dict[Key, Placement], free: set[Key], split: frozenset[Key],
             seconds: float) -> dict[Key, Placement]:
        return self.solve_part(current, free, split, seconds)[0]

    def settle(self, current: dict[Key, Placement], seconds: float) -> dict[Key, Placement]:
        """Place what the greedy pass left out (and, in a repair, move as few as possible)
        over the whole problem, looking at those two levels only."""
        if not self.chooser.troubled(current):
            return current
        found, status = self.solve_part(current, set(self.movable), frozenset(), seconds,
                                        upto=1)
        self.log.append(f"placing and moves settled (status {status})")
        return found

    def solve_part(
        self, current: dict[Key, Placement], free: set[Key], split: frozenset[Key],
        seconds: float, *, upto: int = 3, indexed: bool | None = None,
        workers: int | None = None,
    ) -> tuple[dict[Key, Placement], cp_model.CpSolverStatus]:
        """Re-solve the tasks in `free`, the others held; the better schedule and the status.
        Only the levels up to `upto` count."""
        held = {k: p for k, p in current.items() if k not in free}
        absent = frozenset(k for k in self.tasks if k not in free and k not in current)
        problem = self.narrowed(current, free)
        built = build(problem, split=split, extra=self.settings.extra if upto >= 3 else None,
                      fixed_too=held, absent=absent,
                      time_indexed=(self.settings.time_indexed if indexed is None else indexed)
                      and upto >= 2)
        for level in range(upto + 1, len(built.levels)):
            built.levels[level] = []
        add_hint(built, current)
        objective = merged(built)
        built.model.minimize(objective)
        start = self.evaluate(built, objective)  # where it starts, as a complete hint
        if start is None:
            return current, cp_model.UNKNOWN
        built.model.add(objective <= start)
        solver = self.solver(seconds)
        if workers is not None:
            solver.parameters.num_workers = workers
        status = solver.solve(built.model, Watch(self.control))
        with self.control.lock:
            self.control.solver = None
        if status not in (cp_model.OPTIMAL, cp_model.FEASIBLE):
            return current, status
        if solver.value(objective) >= start:  # exact: the float objective rounds
            return current, status  # no better than where it started
        result = dict(held)
        for key, (start, group) in built.placement_groups(solver).items():
            if key in held:
                continue
            rooms = [room.key for room in built.groups[group]] if group is not None else []
            was = current.get(key)
            room = (was.room if was is not None and was.room in rooms
                    else rooms[0] if rooms else None)
            result[key] = Placement(start, room)
        self.levels = tuple(value(solver, sum(t) if t else 0) for t in built.levels)
        self.report(result)
        return result, status

    def narrowed(self, current: dict[Key, Placement], free: set[Key]) -> Problem:
        """The problem with each freed task's starts within the window of where it is."""
        window = self.settings.window
        if window is None or len(free) == len(self.movable):
            return self.problem
        tasks = []
        for task in self.problem.tasks:
            placed = current.get(task.key)
            if task.key in free and placed is not None:
                near = tuple(s for s in task.starts if abs(s - placed.start) <= window)
                task = replace(task, starts=near, day_of=())
            tasks.append(task)
        return replace(self.problem, tasks=tasks)

    def solver(self, seconds: float) -> cp_model.CpSolver:
        solver = cp_model.CpSolver()
        solver.parameters.max_time_in_seconds = max(0.1, seconds)
        solver.parameters.num_workers = self.settings.workers
        solver.parameters.random_seed = self.settings.seed
        with self.control.lock:
            self.control.solver = solver
        return solver

    def evaluate(self, built: Built, objective: LinearExpr) -> int | None:
        """The objective of the hinted schedule, the hint then made complete."""
        solver = self.solver(30.0)
        solver.parameters.fix_variables_to_their_hinted_value = True
        solver.parameters.num_workers = 1
        status = solver.solve(built.model)
        with self.control.lock:
            self.control.solver = None
        if status not in (cp_model.OPTIMAL, cp_model.FEASIBLE):
            self.log.append(f"the schedule so far does not fit the model ({status})")
            return None
        model = built.model
        model.clear_hints()  # type: ignore[no-untyped-call]  # the stubs leave it untyped
        for index in range(len(model.proto.variables)):
            var = model.get_int_var_from_proto_index(index)
            model.add_hint(var, solver.value(var))
        return int(solver.value(objective))

    def report(self, current: dict[Key, Placement]) -> None:
        if self.progress is None:
            return
        group_of = {room.key: g for g, rooms in enumerate(self.groups(frozenset()))
                    for room in rooms}
        placed = moved = 0
        for key in self.movable:
            task, where = self.tasks[key], current.get(key)
            if where is None:
                continue
            placed += 1
            if task.current is not None and (where.start, group_of.get(where.room)) != (
                    task.current[0], group_of.get(task.current[1])):
                moved += 1
        objective = sum(level * 10 ** (3 * (3 - n)) for n, level in enumerate(self.levels))
        left = max(0.0, self.deadline - time.monotonic())
        self.progress(Snapshot(placed, moved, objective, left))


def merged(built: Built) -> LinearExpr:
    """All levels as one objective, each level weighing more than the most the later
    ones can add up to."""
    total: LinearExpr = 0
    weight = 1
    for terms in reversed(built.levels):
        if not terms:
            continue
        expression = sum(terms)
        total = total + weight * expression
        weight = min(LARGEST_WEIGHT, weight * (upper_bound(built.model, expression) + 1))
    return total


def upper_bound(model: cp_model.CpModel, expression: LinearExpr) -> int:
    """The most `expression` can be, from its variables' domains."""
    model.minimize(expression)
    objective = model.proto.objective
    variables = model.proto.variables
    bound = abs(int(objective.offset))
    for var, coefficient in zip(objective.vars, objective.coeffs, strict=True):
        domain = list(variables[var].domain)  # the proto's lists take no negative index
        bound += abs(coefficient) * max(abs(domain[0]), abs(domain[-1]))
    return int(bound)


def add_hint(built: Built, hint: dict[Key, Placement]) -> None:
    model = built.model
    group_of_room = {room.key: g for g, rooms in enumerate(built.groups) for room in rooms}
    for task in built.movable:
        placed = hint.get(task.key)
        start, present = built.start[task.key], built.present[task.key]
        if not isinstance(present, int):
            model.add_hint(present, placed is not None)
        if placed is None:
            continue
        if not isinstance(start, int):
            model.add_hint(start, placed.start)
        for g, choice in built.group_choice.get(task.key, {}).items():
            if not isinstance(choice, int):
                model.add_hint(choice, group_of_room.get(placed.room) == g)
        for s, x in built.chosen.get(task.key, {}).items():
            model.add_hint(x, s == placed.start)
