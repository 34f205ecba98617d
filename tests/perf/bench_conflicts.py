"""Benchmark: conflict detection at 2,000 and 20,000 meetings, and a double-booked programme
(run on demand).

    python -m tests.perf.bench_conflicts [--json FILE]

Each figure is the median of several runs. The baseline, measured in the same run on the same
data, is Python sorting the meetings' delegation, person and room intervals: the least any
sort-and-sweep must do. Growth from 2,000 to 20,000 meetings should stay near n log n
(a ratio of about 10-13), never near n² (100). The double-booked programme
(tests/perf/double_booked.py: 20,000 meetings, six delegations, two days, some 73 million
clashes) must take seconds and little memory, not grow with its clashes.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import time
import tracemalloc
from datetime import UTC, date, datetime, timedelta
from datetime import time as clock

from planner.conflicts import find_conflicts
from planner.meeting_facts import Directory, MeetingFacts
from planner.meetings import SummitFrame
from tests.perf.double_booked import FRAME as DOUBLE_FRAME
from tests.perf.double_booked import double_booked

RANKS = ["head_of_state", "minister", "deputy_minister", "senior_official", "expert"]
DAYS = 10
FRAME = SummitFrame(
    "Asia/Almaty",
    date(2025, 6, 16),
    date(2025, 6, 16) + timedelta(days=DAYS - 1),
    clock(8),
    clock(21),
    10,
    15,
)


def synthetic_summit(meetings: int, seed: int = 20250616) -> tuple[list[MeetingFacts], Directory]:
    """A summit with the density of a busy real one, scaled to `meetings` meetings."""
    rng = random.Random(seed)
    # A busy delegation: some 25 meetings over ten days; a room in use half the day.
    delegation_count, people_count = max(6, meetings // 25), max(30, meetings // 5)
    room_count = max(4, meetings // 100)
    directory = Directory(
        delegations={d: (f"D{d:03}", f"Delegation {d}") for d in range(delegation_count)},
        people={
            p: (f"Person {p}", rng.choice(RANKS), p % delegation_count) for p in range(people_count)
        },
        rooms={
            r: (f"Room {r}", f"Building {r % 3}", rng.choice([12, 30, 80, 300]))
            for r in range(room_count)
        },
    )
    members: dict[int, list[int]] = {}
    for person, (_n, _r, delegation) in directory.people.items():
        members.setdefault(delegation, []).append(person)
    facts = []
    first = datetime(2025, 6, 16, 3, 0, tzinfo=UTC)  # 08:00 in Astana
    busy: set[tuple] = set()  # (what, id, day, quarter hour) already taken
    for number in range(meetings):
        teams = tuple(rng.sample(range(delegation_count), rng.choice([2, 2, 2, 3, 5])))
        people = tuple((rng.choice(members[d]), rng.random() < 0.8) for d in teams)
        room = rng.randrange(room_count) if rng.random() < 0.9 else None
        quarters = rng.choice([2, 3, 4, 6])
        # Staff schedule around clashes: try a few slots, as a protocol officer would.
        for _attempt in range(30):
            day, quarter = rng.randrange(DAYS), rng.randrange(52 - quarters)
            wanted = [("d", d) for d in teams] + [("p", p) for p, _ in people]
            if room is not None:
                wanted.append(("r", room))
            cells = [(*w, day, q) for w in wanted for q in range(quarter, quarter + quarters)]
            if busy.isdisjoint(cells):
                break
        busy.update(cells)
        start = first + timedelta(days=day, minutes=15 * quarter)
        facts.append(
            MeetingFacts(
                number,
                f"Meeting {number}",
                "ministers",
                rng.choice(["confirmed", "confirmed", "proposed", "requested", "cancelled"]),
                start,
                start + timedelta(minutes=15 * quarters),
                room,
                teams,
                people,
            )
        )
    return facts, directory


def median_seconds(action, repeats: int) -> float:
    times = []
    for _ in range(repeats):
        began = time.perf_counter()
        action()
        times.append(time.perf_counter() - began)
    return statistics.median(times)


def baseline(facts: list[MeetingFacts]) -> None:
    slots = [(m.start, m.end, m.id) for m in facts for _ in (*m.delegations, *m.attendees, 0)]
    sorted(slots)


def measure(sizes=(2_000, 20_000), repeats: int = 5) -> list[dict]:
    results = []
    for size in sizes:
        facts, directory = synthetic_summit(size)
        found = find_conflicts(facts, FRAME, directory)
        ours = median_seconds(lambda f=facts, d=directory: find_conflicts(f, FRAME, d), repeats)
        base = median_seconds(lambda f=facts: baseline(f), repeats)
        results.append(
            {
                "figure": f"conflicts, {size:,} meetings",
                "meetings": size,
                "conflicts": found.total,
                "ours_s": round(ours, 4),
                "baseline_s": round(base, 4),
                "ratio": round(ours / base, 1),
            }
        )
    growth = results[-1]["ours_s"] / results[0]["ours_s"]
    results.append(
        {
            "figure": "growth 2,000 -> 20,000",
            "ratio": round(growth, 1),
            "target": "<= 15 (n log n); 20,000 meetings < 0.5 s",
        }
    )
    results.append(measure_double_booked(repeats))
    return results


def measure_double_booked(repeats: int, meetings: int = 20_000) -> dict:
    """The double-booked programme: time, the engine's peak of traced memory, the count."""
    facts, directory = double_booked(meetings)
    ours = median_seconds(
        lambda: find_conflicts(facts, DOUBLE_FRAME, directory), max(1, repeats // 2)
    )
    base = median_seconds(lambda: baseline(facts), repeats)
    tracemalloc.start()
    try:
        found = find_conflicts(facts, DOUBLE_FRAME, directory)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    return {
        "figure": f"double-booked, {meetings:,} meetings",
        "meetings": meetings,
        "conflicts": found.total,
        "ours_s": round(ours, 4),
        "baseline_s": round(base, 4),
        "ratio": round(ours / base, 1),
        "peak_mb": round(peak / 2**20, 1),
        "target": "< 15 s and < 500 MB",
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", help="also write the results to this file")
    parser.add_argument("--repeats", type=int, default=5)
    args = parser.parse_args()
    results = measure(repeats=args.repeats)
    print(f"{'figure':32} {'conflicts':>10} {'ours s':>8} {'base s':>8} {'ratio':>6} {'MB':>6}")
    for row in results:
        print(
            f"{row['figure']:32} {row.get('conflicts', ''):>10} {row.get('ours_s', ''):>8} "
            f"{row.get('baseline_s', ''):>8} {row['ratio']:>6} {row.get('peak_mb', ''):>6}"
        )
    if args.json:
        with open(args.json, "w", encoding="utf-8") as stream:
            json.dump(results, stream, indent=2)


if __name__ == "__main__":
    main()
