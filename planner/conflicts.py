"""The conflict engine: every clash in a set of meetings, counted, and the first ones
explained in plain words.

Overlaps are found by one sort-and-sweep per kind over delegations, people and rooms
(planner.overlaps), never by comparing all pairs, and counted without listing them: a
programme where everyone is double-booked thousands of times takes time and memory in
proportion to its meetings, not to its millions of clashes. Those beyond the first LISTED
are counted, and grouped by delegation, person or room and day.
"""

from __future__ import annotations

import gc
from bisect import bisect_right
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from datetime import date, datetime
from functools import partial

from planner.conflict_report import SEVERITY, Conflict, ConflictKind, ConflictReport, Severity
from planner.conflict_words import (
    Explainer,
    WorkingDays,
    explain_level_mismatch,
    explain_no_room,
    explain_outside,
    explain_overlap,
    explain_room_too_small,
    explain_transfer,
)
from planner.meeting_facts import Directory, MeetingFacts, load_directory, load_facts
from planner.meetings import SummitFrame, summit_frame
from planner.overlaps import Earliest, find_overlaps
from planner.vocabulary import MeetingStatus, Rank

# Conflicts listed in full; the rest are counted and grouped.
LISTED = 20_000

CANCELLED, CONFIRMED = MeetingStatus.CANCELLED.value, MeetingStatus.CONFIRMED.value


# How senior a rank is, for level mismatches: heads, ministers, deputies, officials.
TIER = {
    Rank.HEAD_OF_STATE: 0,
    Rank.HEAD_OF_GOVERNMENT: 0,
    Rank.MINISTER: 1,
    Rank.DEPUTY_MINISTER: 2,
    Rank.AMBASSADOR: 2,
    Rank.SENIOR_OFFICIAL: 3,
    Rank.EXPERT: 3,
}


def find_conflicts(
    meetings: Sequence[MeetingFacts],
    frame: SummitFrame,
    directory: Directory,
    *,
    listed: int | None = None,
) -> ConflictReport:
    """Every conflict among the meetings, counted; the first `listed` (LISTED unless told)
    in full.

    Cancelled meetings never conflict.
    """
    # The engine makes many small objects and no reference cycles; pausing the cyclic
    # collector meanwhile saves it from rescanning them all (about a tenth of the time).
    collecting = gc.isenabled()
    gc.disable()
    try:
        return sweep_conflicts(meetings, frame, directory, LISTED if listed is None else listed)
    finally:
        if collecting:
            gc.enable()


class Schedule:
    """The live meetings as the sweeps see them: whole minutes since the epoch (they sort and
    compare far faster than aware datetimes), and who and what each one needs."""

    def __init__(self, meetings: Sequence[MeetingFacts], words: Explainer) -> None:
        self.live = [m for m in meetings if m.status != CANCELLED]
        self.by_id = {m.id: m for m in self.live}
        self.words = words
        self.minute = {}
        self.items = []  # (start, end, id) of each live meeting, for the sweeps
        for m in self.live:
            start = epoch_minutes(m.start)
            span = self.minute[m.id] = (start, max(epoch_minutes(m.end), start + 1))
            self.items.append((*span, m.id))
        working = self.working = WorkingDays(words.frame)
        # The local day each meeting starts on: the summit's day whose local midnight came
        # last (by the time zone's own rules), or, outside the summit, as the zone says.
        midnights = [epoch_minutes(m) for m in (*working.midnights, working.summit_end)]
        days = words.frame.days
        self.days: dict[int, date] = {}
        for m in self.live:
            number = bisect_right(midnights, self.minute[m.id][0]) - 1
            self.days[m.id] = (
                days[number] if 0 <= number < len(days) else words.local(m.start).date()
            )
        self.cache: dict[Callable, dict[int, list[tuple[int, int, int]]]] = {}

    def resources(self, needs: Callable[[MeetingFacts], Iterable[int]]) -> dict[int, list]:
        """Each resource's meetings as (start, end, id), sorted."""
        if needs not in self.cache:
            by_resource: dict[int, list[tuple[int, int, int]]] = defaultdict(list)
            for m, item in zip(self.live, self.items, strict=True):
                for resource in needs(m):
                    by_resource[resource].append(item)
            for items in by_resource.values():
                items.sort()
            self.cache[needs] = by_resource
        return self.cache[needs]


def delegations_of(m: MeetingFacts) -> tuple[int, ...]:
    return m.delegations  # each once (the file's indexes and drafts see to it)


def people_of(m: MeetingFacts) -> list[int]:
    return [p for p, _required in m.attendees]  # each once (see draft_facts)


def room_of(m: MeetingFacts) -> tuple[int, ...]:
    return () if m.room_id is None else (m.room_id,)


def sweep_conflicts(
    meetings: Sequence[MeetingFacts],
    frame: SummitFrame,
    directory: Directory,
    listed: int,
    focus: int | None = None,
) -> ConflictReport:
    words = Explainer(frame, directory)
    schedule = Schedule(meetings, words)
    counts: Counter = Counter()
    errors: Counter = Counter()  # meeting -> errors it is part of
    warnings: Counter = Counter()
    conflicts: list[Conflict] = []
    groups: list[tuple] = []
    overlap_checks = (
        (ConflictKind.DELEGATION_OVERLAP, delegations_of, words.delegation),
        (ConflictKind.PERSON_OVERLAP, people_of, words.person),
        (ConflictKind.ROOM_OVERLAP, room_of, words.room),
    )
    # The earliest pairs of all three kinds compete for the places in the list.
    earliest = Earliest(listed)
    found_of = {}
    for kind, needs, describe in overlap_checks:
        found = find_overlaps(
            schedule.resources(needs),
            schedule.days,
            limit=listed,
            focus=focus,
            earliest=None if focus is not None else earliest,
            tag=kind,
        )
        found_of[kind] = found
        counts[kind] = found.total
        errors.update(found.partners)
        groups.append((kind, found.groups, words, describe))
    for kind, _needs, describe in overlap_checks:
        found = found_of[kind]
        pairs = found.listed if focus is not None else earliest.pairs(kind)
        room = kind is ConflictKind.ROOM_OVERLAP
        for a, b in (pair[:2] for pair in pairs):
            first, second = schedule.by_id[a], schedule.by_id[b]
            shared = found.shared(a, b)  # in the later meeting's order, host first
            explain = partial(explain_overlap, words, room, describe, shared, first, second)
            conflicts.append(Conflict(kind, SEVERITY[kind], (a, b), explain))

    for conflict in (*transfer_conflicts(schedule, frame, directory), *single_conflicts(schedule)):
        if focus is not None and focus not in conflict.meetings:
            continue
        counts[conflict.kind] += 1
        marked = errors if conflict.severity is Severity.ERROR else warnings
        for meeting_id in conflict.meetings:
            marked[meeting_id] += 1
        conflicts.append(conflict)

    # Each conflict's first meeting begins first.
    minute = schedule.minute
    conflicts.sort(key=lambda c: (c.severity is not Severity.ERROR, minute[c.meetings[0]]))
    if focus is None:
        del conflicts[listed:]
    return ConflictReport(
        conflicts,
        {kind: n for kind, n in counts.items() if n},
        groups,
        errors,
        warnings,
        conflicts_by_meeting(conflicts),
    )


def transfer_conflicts(
    schedule: Schedule, frame: SummitFrame, directory: Directory
) -> list[Conflict]:
    """Less than the transfer time between meetings in different buildings: one warning
    per pair of meetings, naming everyone who must hurry (at most one per meeting and
    delegation or person, so their number grows with the meetings, not their clashes)."""
    words, by_id, minute = schedule.words, schedule.by_id, schedule.minute
    rushed: dict[tuple[int, int], list[str]] = defaultdict(list)  # pair -> who must hurry
    for needs, describe in ((delegations_of, words.delegation), (people_of, words.person)):
        for key, slots in schedule.resources(needs).items():
            for a, b in short_gaps(slots, frame.transfer_minutes):
                here, there = by_id[a].room_id, by_id[b].room_id
                if (
                    here is not None
                    and there is not None
                    and directory.rooms[here][1] != directory.rooms[there][1]
                ):
                    rushed[(a, b)].append(describe(key))
    found = []
    for (a, b), names in rushed.items():
        gap = minute[b][0] - minute[a][1]
        explain = partial(explain_transfer, words, names, by_id[a], by_id[b], gap)
        found.append(Conflict(ConflictKind.SHORT_TRANSFER, Severity.WARNING, (a, b), explain))
    return found


def single_conflicts(schedule: Schedule) -> list[Conflict]:
    words = schedule.words
    days = schedule.working
    directory = words.directory
    tiers = {p: TIER[Rank(rank)] for p, (_name, rank, _d) in directory.people.items()}
    found = []
    for m in schedule.live:
        found.extend(single_meeting_conflicts(m, days, tiers, directory, words))
    return found


def short_gaps(ordered: list[tuple[int, int, int]], transfer: int) -> list[tuple[int, int]]:
    """(a, b) where b starts less than `transfer` minutes after the last of the earlier
    meetings ends (a), in slots sorted by start; a meeting inside a longer one is passed."""
    found = []
    latest_end, latest = None, None
    for start, end, meeting_id in ordered:
        if latest is not None and 0 <= start - latest_end < transfer:
            found.append((latest, meeting_id))
        if latest_end is None or end > latest_end:
            latest_end, latest = end, meeting_id
    return found


def epoch_minutes(moment: datetime) -> int:
    return int(moment.timestamp()) // 60


def single_meeting_conflicts(
    m: MeetingFacts,
    days: WorkingDays,
    tiers: dict[int, int],
    directory: Directory,
    words: Explainer,
) -> list[Conflict]:
    """The conflicts a meeting has on its own: when, where, and who faces whom."""
    found = []
    place = days.place(m.start, m.end)
    if place:
        kind = ConflictKind.OUTSIDE_SUMMIT
        found.append(
            Conflict(kind, SEVERITY[kind], (m.id,), partial(explain_outside, words, m, place))
        )
    if m.room_id is not None:
        capacity = directory.rooms[m.room_id][2]
        required = 0
        if len(m.attendees) > capacity:  # else the required ones fit whoever they are
            required = sum(1 for _, is_required in m.attendees if is_required)
        if required > capacity:
            kind = ConflictKind.ROOM_TOO_SMALL
            explain = partial(explain_room_too_small, words, m, required)
            found.append(Conflict(kind, SEVERITY[kind], (m.id,), explain))
    elif m.status == CONFIRMED:
        kind = ConflictKind.NO_ROOM
        explain = partial(explain_no_room, words, m)
        found.append(Conflict(kind, SEVERITY[kind], (m.id,), explain))
    if len(m.delegations) > 1 and len(m.attendees) > 1:
        mismatch = level_mismatch(m, tiers, directory)
        if mismatch:
            kind = ConflictKind.LEVEL_MISMATCH
            explain = partial(explain_level_mismatch, words, m, *mismatch)
            found.append(Conflict(kind, SEVERITY[kind], (m.id,), explain))
    return found


def level_mismatch(
    m: MeetingFacts, tiers: dict[int, int], directory: Directory
) -> tuple[int, int] | None:
    """(senior, junior) people when a delegation's top person is two tiers above another's."""
    top: dict[int, tuple[int, int]] = {}  # delegation -> (tier, person)
    for person_id, _required in m.attendees:
        delegation_id = directory.people[person_id][2]
        candidate = (tiers[person_id], person_id)
        if delegation_id not in top or candidate < top[delegation_id]:
            top[delegation_id] = candidate
    if len(top) < 2:
        return None
    highest, lowest = min(top.values()), max(top.values())
    if lowest[0] - highest[0] >= 2:
        return highest[1], lowest[1]
    return None


def conflicts_by_meeting(conflicts: Iterable[Conflict]) -> dict[int, list[Conflict]]:
    result: dict[int, list[Conflict]] = defaultdict(list)
    for conflict in conflicts:
        for meeting_id in conflict.meetings:
            result[meeting_id].append(conflict)
    return dict(result)


def conflicts_involving(
    candidate: MeetingFacts,
    others: Sequence[MeetingFacts],
    frame: SummitFrame,
    directory: Directory,
) -> list[Conflict]:
    """The conflicts `candidate` would be part of among `others` (its old self left out).

    Only the meetings that share a delegation, person or room with it are examined.
    """
    teams = set(candidate.delegations)
    people = {p for p, _ in candidate.attendees}
    near = [
        m
        for m in others
        if m.id != candidate.id
        and (
            teams.intersection(m.delegations)
            or people.intersection(p for p, _ in m.attendees)
            or (candidate.room_id is not None and m.room_id == candidate.room_id)
        )
    ]
    found = sweep_conflicts([candidate, *near], frame, directory, 0, focus=candidate.id)
    return found.listed


def summit_conflicts() -> ConflictReport:
    """Every conflict in the open summit, counted; the first ones in full."""
    return find_conflicts(load_facts(), summit_frame(), load_directory())
