"""Benchmark: our scheduler on Timefold's meeting-scheduling instances (run on demand).

    python -m tests.perf.bench_scheduler INSTANCE.json --time-limit SECONDS --solution-out SOL.json

Reads an instance in the format of ../shared/bench/meeting-scheduling (README.md there),
maps its rules onto planner.scheduling and writes the solution in that format, for its
score.py. The time limit is the whole process's, from its start to the file written.

The mapping: required attendees are hard resources (no overlap), preferred ones soft
(their overlaps are the second level, "medium"); a room seats required plus preferred
attendees; a meeting starts and ends on one day within the grains; the soft rules are the
quickstart's: the last grain of every meeting (as soon as possible), 10 per grain of any two
meetings overlapping, 100 per meeting starting just as another ends, the cost of not taking
the largest rooms, and 1 per required attendee changing room between meetings at most two
grains apart.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

from planner.scheduling.cpsat_model import Built, LinearExpr
from planner.scheduling.engine import Settings, solve
from planner.scheduling.problem import Problem, RoomSpec, TaskSpec, Weights

OVERLAP_WEIGHT, BREAK_WEIGHT = 10, 100
RESERVE = 2.0  # seconds kept for assigning rooms and writing the file


def process_age() -> float:
    """Seconds since this process started (Linux; elsewhere since this module loaded)."""
    try:
        fields = Path("/proc/self/stat").read_text().rsplit(")", 1)[1].split()
        ticks = os.sysconf("SC_CLK_TCK")
        started = int(fields[19]) / ticks
        uptime = float(Path("/proc/uptime").read_text().split()[0])
        return max(0.0, uptime - started)
    except (OSError, ValueError, IndexError):
        return time.monotonic() - LOADED


LOADED = time.monotonic()


def problem_of(instance: dict[str, Any]) -> Problem:
    grains = instance["time_grains"]
    day_of = {g["index"]: g["day"] for g in grains}
    capacities = [room["capacity"] for room in instance["rooms"]]
    rooms = [
        RoomSpec(room["id"], room["capacity"],
                 cost=sum(c - room["capacity"] for c in capacities if c > room["capacity"]))
        for room in instance["rooms"]
    ]
    tasks = []
    for meeting in instance["meetings"]:
        length = meeting["duration_grains"]
        seats = len(meeting["required_attendees"]) + len(meeting["preferred_attendees"])
        starts = tuple(
            g for g in sorted(day_of)
            if g + length - 1 in day_of and day_of[g + length - 1] == day_of[g]
        )
        tasks.append(TaskSpec(
            key=meeting["id"], duration=length, starts=starts,
            rooms=tuple(r.key for r in rooms if r.capacity >= seats),
            hard=tuple(("person", p) for p in meeting["required_attendees"]),
            soft=tuple(("person", p) for p in meeting["preferred_attendees"]),
            seats=seats, early_weight=1,
        ))
    people = frozenset(("person", p["id"]) for p in instance["people"])
    weights = Weights(early=1, room=1, stable_room=1)
    return Problem(tasks, rooms, weights, stable_resources=people)


def quickstart_terms(built: Built) -> list[LinearExpr]:
    """The rules that look at all meetings at once, over start Booleans per grain: any two
    meetings overlapping, and a meeting starting just as another ends."""
    model, tasks = built.model, built.problem.tasks
    running: dict[int, list[Any]] = defaultdict(list)
    starting: dict[int, list[Any]] = defaultdict(list)
    ending: dict[int, list[Any]] = defaultdict(list)  # by the grain just after the end
    for task in tasks:
        start = built.start[task.key]
        if isinstance(start, int):  # held where it is
            if built.present[task.key]:
                starting[start].append(1)
                ending[start + task.duration].append(1)
                for t in range(start, start + task.duration):
                    running[t].append(1)
            continue
        for s, x in built.chosen.get(task.key, {}).items():
            starting[s].append(x)
            ending[s + task.duration].append(x)
            for t in range(s, s + task.duration):
                running[t].append(x)
    terms: list[LinearExpr] = []
    rooms = len(built.problem.rooms)
    for t, items in running.items():
        if all(isinstance(item, int) for item in items):
            continue  # held meetings only: the same in every schedule of this neighbourhood
        count = sum(items)
        for j in range(1, min(rooms, len(items))):
            excess = model.new_int_var(0, rooms, f"ex{t}_{j}")
            model.add(excess >= count - j)
            terms.append(OVERLAP_WEIGHT * excess)
    for t, items in starting.items():
        if t not in ending or all(isinstance(i, int) for i in (*items, *ending[t])):
            continue
        begins = model.new_int_var(0, rooms, f"b{t}")
        ends = model.new_int_var(0, rooms, f"e{t}")
        model.add(begins == sum(items))
        model.add(ends == sum(ending[t]))
        both = model.new_int_var(0, rooms * rooms, f"be{t}")
        model.add_multiplication_equality(both, [begins, ends])
        terms.append(BREAK_WEIGHT * both)
    return terms


class QuickstartCosts:
    """The quickstart's objective as the greedy pass sees it: what starting a meeting at a
    grain adds (preferred-attendee overlaps first, then its last grain, overlaps with any
    meeting and back-to-back starts), from running counts kept per grain."""

    def __init__(self, grains: int) -> None:
        self.grains = grains + 2
        self.reset()

    def reset(self) -> None:
        self.running = [0] * self.grains
        self.prefix = [0] * (self.grains + 1)
        self.starting = [0] * (self.grains + 1)
        self.ending = [0] * (self.grains + 1)  # by the grain just after the end
        self.person: dict[Any, list[int]] = {}

    def cost(self, task: TaskSpec, start: int) -> int:
        end = start + task.duration
        shared = 0
        for r in (*task.hard, *task.soft):
            busy = self.person.get(r)
            if busy is not None:
                shared += sum(busy[start:end])
        together = self.prefix[end] - self.prefix[start]
        touching = self.ending[start] + self.starting[min(end, self.grains)]
        return (shared * 10**6 + (end - 1) + OVERLAP_WEIGHT * together
                + BREAK_WEIGHT * touching)

    def take(self, task: TaskSpec, start: int) -> None:
        end = start + task.duration
        for t in range(start, end):
            self.running[t] += 1
        for t in range(self.grains):
            self.prefix[t + 1] = self.prefix[t] + self.running[t]
        self.starting[start] += 1
        self.ending[min(end, self.grains)] += 1
        for r in (*task.hard, *task.soft):
            busy = self.person.setdefault(r, [0] * self.grains)
            for t in range(start, end):
                busy[t] += 1


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.perf.bench_scheduler")
    parser.add_argument("instance", type=Path)
    parser.add_argument("--time-limit", type=float, default=30.0)
    parser.add_argument("--solution-out", type=Path, required=True)
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--size", type=int, default=5, help="meetings freed at first")
    parser.add_argument("--step", type=float, default=0.5, help="seconds per neighbourhood")
    parser.add_argument("--window", type=int, default=80, help="grains a meeting moves per step")
    parser.add_argument("--overlaps-first", type=float, default=0.5,
                        help="share of the search spent on preferred-attendee overlaps alone")
    args = parser.parse_args(argv)
    instance = json.loads(args.instance.read_text(encoding="utf-8"))
    problem = problem_of(instance)
    seconds = max(1.0, args.time_limit - process_age() - RESERVE)
    settings = Settings(seconds=seconds, workers=args.workers, seed=args.seed, stable_gap=2,
                        extra=quickstart_terms, time_indexed=True,
                        first_size=args.size, step_seconds=args.step,
                        start_costs=QuickstartCosts(len(instance["time_grains"])),
                        window=args.window or None, overlaps_first=args.overlaps_first)
    solution = solve(problem, settings)
    out = {
        "assignments": {
            str(key): {"start_grain": p.start, "room_id": p.room}
            for key, p in solution.placements.items()
        }
    }
    args.solution_out.write_text(json.dumps(out), encoding="utf-8")
    summary = {"levels": list(solution.levels), "optimal": solution.optimal,
               "placed": len(solution.placements), "meetings": len(problem.tasks),
               "seconds": round(process_age(), 2), "log": solution.log}
    json.dump(summary, sys.stdout)
    sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
