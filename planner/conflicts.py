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
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import partial
from typing import TYPE_CHECKING

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
from planner.overlaps import Earliest, Item, find_overlaps, overlapping
from planner.vocabulary import MeetingStatus, Rank

if TYPE_CHECKING:
    from planner.conflict_report import KindGroups
    from planner.overlaps import Overlaps

# What a meeting needs of one kind of resource: its delegations, people or room.
Needs = Callable[[MeetingFacts], Iterable[int]]

# Conflicts listed in full; the rest are counted and grouped.
LISTED = 20_000

CANCELLED, CONFIRMED = MeetingStatus.CANCELLED.value, MeetingStatus.CONFIRMED.value
ERROR = Severity.ERROR
NOWHERE = object()  # the building of a meeting without a room


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
        self.minute: dict[int, tuple[int, int]] = {}
        self.items: list[Item] = []  # (start, end, id) of each live meeting, for the sweeps
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
        self.transfer = words.frame.transfer_minutes
        self.cache: dict[Needs, ResourceLists] = {}

    def resources(self, needs: Needs) -> ResourceLists:
        """The resources whose meetings overlap, with their meetings as (start, end, id),
        sorted; and, for delegations and people, the short gaps between meetings."""
        if needs not in self.cache:
            by_resource: dict[int, list[Item]] = defaultdict(list)
            for m, item in zip(self.live, self.items, strict=True):
                for resource in needs(m):
                    by_resource[resource].append(item)
            lists = ResourceLists()
            transfers = needs in TRANSFER_NEEDS
            for resource, items in by_resource.items():
                items.sort()
                # Each later look at the lists of a large summit reads them from memory
                # afresh (they outgrow the processor's cache); here, just sorted, they are
                # at hand, so what the later checks need of them is taken now.
                if len(items) > 1 and overlapping(items):
                    lists.clashing[resource] = items
                if transfers:
                    gaps = short_gaps(items, self.transfer)
                    if gaps:
                        lists.gaps[resource] = gaps
            self.cache[needs] = lists
        return self.cache[needs]


@dataclass
class ResourceLists:
    """One kind of resource's meetings (see Schedule.resources)."""

    clashing: dict[int, list[Item]] = field(default_factory=dict)  # those with an overlap
    gaps: dict[int, list[tuple[int, int]]] = field(default_factory=dict)  # see short_gaps


def delegations_of(m: MeetingFacts) -> tuple[int, ...]:
    return m.delegations  # each once (the file's indexes and drafts see to it)


def people_of(m: MeetingFacts) -> list[int]:
    return [p for p, _required in m.attendees]  # each once (see draft_facts)


def room_of(m: MeetingFacts) -> tuple[int, ...]:
    return () if m.room_id is None else (m.room_id,)


TRANSFER_NEEDS = (delegations_of, people_of)  # who must get from one building to the next


def sweep_conflicts(
    meetings: Sequence[MeetingFacts],
    frame: SummitFrame,
    directory: Directory,
    listed: int,
    focus: int | None = None,
) -> ConflictReport:
    words = Explainer(frame, directory)
    schedule = Schedule(meetings, words)
    counts: Counter[ConflictKind] = Counter()
    errors: Counter[int] = Counter()  # meeting -> errors it is part of
    warnings: Counter[int] = Counter()
    conflicts: list[Conflict] = []
    groups: list[KindGroups] = []
    overlap_checks = (
        (ConflictKind.DELEGATION_OVERLAP, delegations_of, words.delegation),
        (ConflictKind.PERSON_OVERLAP, people_of, words.person),
        (ConflictKind.ROOM_OVERLAP, room_of, words.room),
    )
    # The earliest pairs of all three kinds compete for the places in the list.
    earliest = Earliest(listed)
    found_of: dict[ConflictKind, Overlaps[date]] = {}
    for kind, needs, describe in overlap_checks:
        found = find_overlaps(
            schedule.resources(needs).clashing,  # the others have no overlaps to find
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

    for conflict in (*transfer_conflicts(schedule, directory), *single_conflicts(schedule)):
        if focus is not None and focus not in conflict.meetings:
            continue
        counts[conflict.kind] += 1
        marked = errors if conflict.severity is Severity.ERROR else warnings
        for meeting_id in conflict.meetings:
            marked[meeting_id] += 1
        conflicts.append(conflict)

    # Each conflict's first meeting begins first.
    minute = schedule.minute
    conflicts.sort(key=partial(order_key, minute))
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


def order_key(minute: dict[int, tuple[int, int]], conflict: Conflict) -> int:
    """Errors first, then by the first meeting's start and end: (warning, start, end) as one
    integer, which sorts faster than the tuple (a span of minutes stays below
    2**34, and a start in the years 1 to 9999 within 2**33 minutes of 1970)."""
    start, end = minute[conflict.meetings[0]]
    return ((conflict.severity is not ERROR) << 80) + (start << 34) + (end - start)


def transfer_conflicts(schedule: Schedule, directory: Directory) -> list[Conflict]:
    """Less than the transfer time between meetings in different buildings: one warning
    per pair of meetings, naming everyone who must hurry (at most one per meeting and
    delegation or person, so their number grows with the meetings, not their clashes)."""
    words, by_id, minute = schedule.words, schedule.by_id, schedule.minute
    rooms = directory.rooms
    building = {m.id: rooms[m.room_id][1] for m in schedule.live if m.room_id is not None}
    # pair -> who must hurry, as (describe, key): named only when the warning is read
    rushed: dict[tuple[int, int], list[tuple[Callable[[int], str], int]]] = defaultdict(list)
    for needs, describe in zip(TRANSFER_NEEDS, (words.delegation, words.person), strict=True):
        for key, gaps in schedule.resources(needs).gaps.items():
            for a, b in gaps:
                here, there = building.get(a, NOWHERE), building.get(b, NOWHERE)
                if here is not NOWHERE and there is not NOWHERE and here != there:
                    rushed[(a, b)].append((describe, key))
    found: list[Conflict] = []
    for (a, b), who in rushed.items():
        gap = minute[b][0] - minute[a][1]
        explain = partial(explain_transfer, words, who, by_id[a], by_id[b], gap)
        found.append(Conflict(ConflictKind.SHORT_TRANSFER, Severity.WARNING, (a, b), explain))
    return found


def single_conflicts(schedule: Schedule) -> list[Conflict]:
    words = schedule.words
    days = schedule.working
    directory = words.directory
    # person -> (tier, delegation): one look-up per attendee
    standing = {p: (TIER[Rank(rank)], d) for p, (_name, rank, d) in directory.people.items()}
    found: list[Conflict] = []
    for m in schedule.live:
        found.extend(single_meeting_conflicts(m, days, standing, directory, words))
    return found


def short_gaps(ordered: list[tuple[int, int, int]], transfer: int) -> list[tuple[int, int]]:
    """(a, b) where b starts less than `transfer` minutes after the last of the earlier
    meetings ends (a), in slots sorted by start; a meeting inside a longer one is passed."""
    found: list[tuple[int, int]] = []
    latest: int | None = None  # the meeting that ends last so far
    latest_end = 0  # its end, once there is one
    for start, end, meeting_id in ordered:
        if latest is not None and 0 <= start - latest_end < transfer:
            found.append((latest, meeting_id))
        if latest is None or end > latest_end:
            latest_end, latest = end, meeting_id
    return found


def epoch_minutes(moment: datetime) -> int:
    return int(moment.timestamp()) // 60


def single_meeting_conflicts(
    m: MeetingFacts,
    days: WorkingDays,
    standing: dict[int, tuple[int, int]],
    directory: Directory,
    words: Explainer,
) -> list[Conflict]:
    """The conflicts a meeting has on its own: when, where, and who faces whom."""
    found: list[Conflict] = []
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
        mismatch = level_mismatch(m, standing)
        if mismatch:
            kind = ConflictKind.LEVEL_MISMATCH
            explain = partial(explain_level_mismatch, words, m, *mismatch)
            found.append(Conflict(kind, SEVERITY[kind], (m.id,), explain))
    return found


def level_mismatch(m: MeetingFacts, standing: dict[int, tuple[int, int]]) -> tuple[int, int] | None:
    """(senior, junior) people when a delegation's top person is two tiers above another's."""
    top: dict[int, tuple[int, int]] = {}  # delegation -> (tier, person)
    for person_id, _required in m.attendees:
        tier, delegation_id = standing[person_id]
        candidate = (tier, person_id)
        best = top.get(delegation_id)
        if best is None or candidate < best:
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
