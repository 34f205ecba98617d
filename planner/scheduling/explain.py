"""Why a meeting could not be placed, in one sentence: who or what has no common free time
with the others, and on which days."""

from __future__ import annotations

from collections import Counter, defaultdict
from datetime import date

from planner.conflict_words import Explainer
from planner.meeting_facts import MeetingFacts
from planner.scheduling.greedy import Busy, room_key
from planner.scheduling.problem import Key, Placement, Problem, TaskSpec
from planner.translation import tr, trn


def explain_unplaced(
    task: TaskSpec,
    meeting: MeetingFacts,
    problem: Problem,
    placements: dict[Key, Placement],
    words: Explainer,
    days: list[date],
) -> str:
    """The sentence for one meeting left unplaced, given where all others went."""
    title = words.meeting(meeting)
    if not task.starts:
        return tr("{meeting} is longer than the working day; shorten it or extend the "
                  "working hours.").format(meeting=title)
    if not task.rooms:
        return tr("{meeting}: no room seats its {seats} required attendees; add a larger "
                  "room.").format(meeting=title, seats=task.seats)
    busy = Busy()
    tasks = {t.key: t for t in problem.tasks}
    for room in problem.rooms:
        for start, end in room.closed:
            busy.take([room_key(room.key)], start, end)
    for key, placed in placements.items():
        other = tasks[key]
        if key == task.key:
            continue
        taken = [*other.hard] + ([room_key(placed.room)] if placed.room is not None else [])
        busy.take(taken, placed.start, placed.start + other.duration)
    blockers: Counter[Key] = Counter()
    blocked_days: dict[Key, set[int]] = defaultdict(set)
    no_room_days: set[int] = set()
    for n, start in enumerate(task.starts):
        end = start + task.duration
        day = task.day_of[n] if n < len(task.day_of) else 0
        busy_now = [r for r in task.hard if not busy.free(r, start, end)]
        for r in busy_now:
            blockers[r] += 1
            blocked_days[r].add(day)
        if not busy_now and not any(busy.free(room_key(r), start, end) for r in task.rooms):
            no_room_days.add(day)
    who = [r for r, _count in blockers.most_common(3)]
    named = [describe(r, words) for r in who]
    day_numbers = sorted(set().union(*(blocked_days[r] for r in who), no_room_days))
    on_days = ", ".join(f"{days[d]:%d %b}" for d in day_numbers if d < len(days))
    minutes = task.duration
    if named:
        sentence = trn(
            "{meeting}: {who} has no free {minutes} minutes in common with the others on "
            "{days}.",
            "{meeting}: {who} have no free {minutes} minutes in common on {days}.",
            len(named),
        ).format(meeting=title, who=" and ".join(named), minutes=minutes, days=on_days)
        if no_room_days:
            sentence = sentence[:-1] + tr("; when they are free, no room seating {seats} is "
                                          "free.").format(seats=task.seats)
        return sentence
    return tr("{meeting}: when everyone is free, no room seating {seats} is free on {days}."
              ).format(meeting=title, seats=task.seats, days=on_days)


def describe(resource: Key, words: Explainer) -> str:
    """("d", id) names a delegation, ("p", id) a person (see summit.py)."""
    assert isinstance(resource, tuple)
    kind, number = resource
    return words.delegation(int(number)) if kind == "d" else words.person(int(number))
