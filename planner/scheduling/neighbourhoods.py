"""Which tasks to free in each step of the search: those around a task in trouble (unplaced
or moved), those sharing a resource, those in one stretch of time, or a random few."""

from __future__ import annotations

import random
from collections import defaultdict

from planner.scheduling.problem import Key, Placement, Problem


class Chooser:
    def __init__(self, problem: Problem, rng: random.Random) -> None:
        self.problem, self.rng = problem, rng
        self.tasks = {task.key: task for task in problem.tasks}
        self.movable = [t.key for t in problem.tasks if not t.fixed or t.current is None]
        self.holders: dict[Key, list[Key]] = defaultdict(list)
        for task in problem.tasks:
            if task.key in set(self.movable):
                for r in (*task.hard, *task.soft):
                    self.holders[r].append(task.key)
        self.turn = 0

    def troubled(self, current: dict[Key, Placement]) -> list[Key]:
        """Unplaced tasks, and in a repair the tasks not where they were."""
        out = [k for k in self.movable if k not in current]
        if self.problem.repair:
            for key in self.movable:
                task, placed = self.tasks[key], current.get(key)
                if placed is not None and task.current is not None and (
                    placed.start, placed.room) != task.current:
                    out.append(key)
        return out

    def pick(self, current: dict[Key, Placement], size: int) -> set[Key]:
        self.turn += 1
        troubled = self.troubled(current)
        way = self.turn % 3
        if troubled and self.turn % 2:
            seed = self.rng.choice(troubled)
            return self.around(seed, current, size)
        if way == 0:
            return self.around(self.rng.choice(self.movable), current, size)
        if way == 1:
            return self.stretch(current, size)
        return set(self.rng.sample(self.movable, size))

    def where(self, key: Key, current: dict[Key, Placement]) -> int:
        placed = current.get(key)
        if placed is not None:
            return placed.start
        task = self.tasks[key]
        return task.current[0] if task.current is not None else task.starts[0] if task.starts else 0

    def around(self, seed: Key, current: dict[Key, Placement], size: int) -> set[Key]:
        """The seed, the tasks sharing its resources, then those nearest to it in time."""
        here = self.where(seed, current)
        task = self.tasks[seed]
        sharing = {k for r in (*task.hard, *task.soft) for k in self.holders[r]}
        sharing.discard(seed)
        ordered = sorted(sharing, key=lambda k: abs(self.where(k, current) - here))
        chosen = {seed, *ordered[: max(0, size - 1) * 2 // 3]}
        if len(chosen) < size:
            rest = sorted((k for k in self.movable if k not in chosen),
                          key=lambda k: (abs(self.where(k, current) - here), self.rng.random()))
            chosen.update(rest[: size - len(chosen)])
        return chosen

    def stretch(self, current: dict[Key, Placement], size: int) -> set[Key]:
        """The tasks nearest in time to a random moment."""
        moment = self.where(self.rng.choice(self.movable), current)
        ordered = sorted(self.movable,
                         key=lambda k: (abs(self.where(k, current) - moment), self.rng.random()))
        return set(ordered[:size])
