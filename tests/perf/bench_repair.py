"""Benchmark: repairing the large summit after a room is lost for a day (run on demand).

    python -m tests.perf.bench_repair [--time-limit SECONDS] [--json FILE]

The busiest room's meetings of the busiest day must leave it (to another room, or another
time, each move costing); all other meetings of the summit stay where they are (the large
summit is crowded far past what fits: its delegations are double-booked tens of thousands of
times, and a repair of all that is not what a lost room asks for). Reported: the meetings in
the lost room, how many moved (and how many of them changed time rather than only room), how
many could not be placed, errors before and after, and the seconds taken (the whole repair,
loading the summit included); then the same meetings solved afresh, where moving costs
nothing, for how many of them change.
"""

from __future__ import annotations

import argparse
import json
import tempfile
import time
from collections import Counter
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

from planner.meeting_facts import load_directory, load_facts
from planner.meetings import summit_frame
from planner.scheduling.engine import Settings, solve
from planner.scheduling.plan import plan_for
from planner.scheduling.summit import pinned_ids, summit_problem
from planner.summit_file import close_summit_file, open_summit_file
from tests.perf.large_summit import ZONE_OFFSET, cached_large_summit, working_copy


def measure(seconds: float) -> dict[str, object]:
    with tempfile.TemporaryDirectory() as folder:
        path = working_copy(Path(folder))
        began = time.monotonic()
        open_summit_file(path, readonly=True)
        try:
            facts, frame, directory = load_facts(), summit_frame(), load_directory()
            live = [m for m in facts if m.status != "cancelled" and m.room_id is not None]
            busiest = Counter((m.room_id, (m.start + ZONE_OFFSET).date()) for m in live)
            (room, day), _count = busiest.most_common(1)[0]
            opens = datetime.combine(day, frame.day_start, tzinfo=UTC) - ZONE_OFFSET
            closes = datetime.combine(day, frame.day_end, tzinfo=UTC) - ZONE_OFFSET
            lost = {m.id for m in live if m.room_id == room and opens <= m.start < closes}
            held = {m.id for m in facts} - lost
            outcome = plan_for(facts, frame, directory, repair=True, seconds=seconds,
                               allow_confirmed=True, pinned=pinned_ids() | held,
                               closed={room: [(opens, closes)]}, began=began)
            took = time.monotonic() - began
            built = summit_problem(facts, frame, directory, repair=True, allow_confirmed=True,
                                   pinned=pinned_ids() | held,
                                   closed={room: [(opens, closes)]})
            afresh = replace(built.problem, tasks=[
                replace(t, current=None) if not t.fixed else t for t in built.problem.tasks])
            solution = solve(afresh, Settings(seconds=seconds))
        finally:
            close_summit_file()
    moved = {move.meeting_id for move in outcome.moves}
    retimed = {move.meeting_id for move in outcome.moves if move.before[0] != move.after[0]}
    changed_afresh = sum(
        1 for key, placed in solution.placements.items()
        if key in built.movable and (built.origin + timedelta(minutes=placed.start))
        != built.facts[key].start
    )
    return {
        "meetings": len(facts), "lost_room_meetings": len(lost),
        "moved": len(moved), "moved_to_another_time": len(retimed),
        "unplaced": len(outcome.unplaced),
        "errors_before": outcome.violations_before, "errors_after": outcome.violations,
        "seconds": round(took, 1), "afresh_changed_time": changed_afresh,
        "afresh_unplaced": len(built.movable) - len(
            [k for k in solution.placements if k in built.movable]),
        "log": outcome.log,
        "unplaced_reasons": [u.reason for u in outcome.unplaced[:3]],
    }


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m tests.perf.bench_repair")
    parser.add_argument("--time-limit", type=float, default=60.0)
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    cached_large_summit()  # built once, outside the measured time
    result = measure(args.time_limit)
    print(json.dumps(result, indent=1))
    if args.json:
        args.json.write_text(json.dumps(result), encoding="utf-8")


if __name__ == "__main__":
    main()
