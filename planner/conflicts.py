"""The conflict engine: every clash in a set of meetings, each explained in plain words.

Overlaps are found by sort-and-sweep per delegation, person and room (n log n plus the number
of clashes), never by comparing all pairs, so tens of thousands of meetings take well under a
second.
"""

from __future__ import annotations

import gc
import heapq
from bisect import bisect_right
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from datetime import time as time_of_day
from enum import StrEnum
from functools import cached_property, partial
from typing import Any

from planner.meeting_facts import Directory, MeetingFacts, load_directory, load_facts
from planner.meetings import SummitFrame, summit_frame
from planner.timezones import local_to_utc, zone
from planner.vocabulary import MeetingStatus, Rank

CANCELLED, CONFIRMED = MeetingStatus.CANCELLED.value, MeetingStatus.CONFIRMED.value


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"


class ConflictKind(StrEnum):
    DELEGATION_OVERLAP = "delegation_overlap"
    PERSON_OVERLAP = "person_overlap"
    ROOM_OVERLAP = "room_overlap"
    OUTSIDE_SUMMIT = "outside_summit"
    ROOM_TOO_SMALL = "room_too_small"
    SHORT_TRANSFER = "short_transfer"
    LEVEL_MISMATCH = "level_mismatch"
    NO_ROOM = "no_room"


SEVERITY = {
    ConflictKind.DELEGATION_OVERLAP: Severity.ERROR,
    ConflictKind.PERSON_OVERLAP: Severity.ERROR,
    ConflictKind.ROOM_OVERLAP: Severity.ERROR,
    ConflictKind.OUTSIDE_SUMMIT: Severity.ERROR,
    ConflictKind.ROOM_TOO_SMALL: Severity.ERROR,
    ConflictKind.SHORT_TRANSFER: Severity.WARNING,
    ConflictKind.LEVEL_MISMATCH: Severity.WARNING,
    ConflictKind.NO_ROOM: Severity.WARNING,
}

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


@dataclass
class Conflict:
    """One clash. Its message is written only when asked for: a large summit may have
    thousands of conflicts of which a window shows a few. (Not frozen: a frozen dataclass
    is several times slower to create, and the engine creates thousands.)"""

    kind: ConflictKind
    severity: Severity
    meetings: tuple[int, ...]
    explain: Callable[[], str] = field(compare=False, repr=False)

    @cached_property
    def message(self) -> str:
        return self.explain()

    def as_json(self) -> dict:
        return {
            "kind": self.kind.value,
            "severity": self.severity.value,
            "meetings": list(self.meetings),
            "message": self.message,
        }


class Explainer:
    """Words for meetings, people, rooms and times, in the summit's time zone."""

    def __init__(self, frame: SummitFrame, directory: Directory) -> None:
        self.frame = frame
        self.directory = directory
        self.zone = zone(frame.timezone)
        self.meetings: dict[int, str] = {}  # a busy meeting is named in many conflicts

    def local(self, moment: datetime) -> datetime:
        return moment.astimezone(self.zone).replace(tzinfo=None)

    def meeting(self, meeting: MeetingFacts) -> str:
        words = self.meetings.get(meeting.id)
        if words is None:
            start, end = self.local(meeting.start), self.local(meeting.end)
            words = f"“{meeting.title}” ({start:%d %b} {start:%H:%M}–{end:%H:%M})"
            self.meetings[meeting.id] = words
        return words

    def delegation(self, delegation_id: int) -> str:
        code, name = self.directory.delegations.get(delegation_id, ("?", "Unknown delegation"))
        return f"{name} ({code})"

    def person(self, person_id: int) -> str:
        name, _rank, delegation_id = self.directory.people.get(person_id, ("Someone", "", 0))
        code = self.directory.delegations.get(delegation_id, ("?", ""))[0]
        return f"{name} ({code})"

    def person_with_rank(self, person_id: int) -> str:
        name, rank, delegation_id = self.directory.people[person_id]
        code = self.directory.delegations[delegation_id][0]
        return f"{name} ({rank.replace('_', ' ')}, {code})"

    def room(self, room_id: int) -> str:
        return self.directory.rooms.get(room_id, ("an unknown room", "", 0))[0]

    def names(self, describe: Callable[[int], str], keys: list[int]) -> tuple[str, str]:
        """The keys' names joined, and whether they take a plural verb."""
        named = [describe(key) for key in keys]
        return (" and ".join(named) if len(named) < 3 else ", ".join(named)), len(named) > 1


class WorkingDays:
    """The summit's days and working hours as UTC windows, so that checking a meeting needs
    no time-zone arithmetic (and stays right across a daylight-saving change)."""

    def __init__(self, frame: SummitFrame) -> None:
        days = frame.days
        self.midnights = [
            local_to_utc(datetime.combine(d, time_of_day.min), frame.timezone) for d in days
        ]
        self.windows = [
            (
                local_to_utc(datetime.combine(d, frame.day_start), frame.timezone),
                local_to_utc(datetime.combine(d, frame.day_end), frame.timezone),
            )
            for d in days
        ]
        after = days[-1] + timedelta(days=1)
        self.summit_end = local_to_utc(datetime.combine(after, time_of_day.min), frame.timezone)

    def place(self, start: datetime, end: datetime) -> str:
        """'days' when outside the summit's days, 'hours' when outside working hours, else ''."""
        if start < self.midnights[0] or end > self.summit_end:
            return "days"
        day = bisect_right(self.midnights, start) - 1
        opens, closes = self.windows[day]
        return "" if opens <= start and end <= closes else "hours"


def overlapping_pairs(slots: Iterable[tuple[Any, Any, int]]) -> list[tuple[int, int]]:
    """Pairs of ids whose [start, end) intervals overlap; back-to-back ones do not."""
    return sweep(sorted(slots))


def sweep(ordered: list[tuple[Any, Any, int]]) -> list[tuple[int, int]]:
    """overlapping_pairs of slots already sorted by start."""
    pairs = []
    active: list[tuple[Any, int]] = []  # (end, id), a heap
    for start, end, meeting_id in ordered:
        while active and active[0][0] <= start:
            heapq.heappop(active)
        if active:
            pairs.extend((other, meeting_id) for _, other in active)
        heapq.heappush(active, (end, meeting_id))
    return pairs


def find_conflicts(
    meetings: Sequence[MeetingFacts], frame: SummitFrame, directory: Directory
) -> list[Conflict]:
    """Every conflict among the meetings, errors first, then in time order.

    Cancelled meetings never conflict.
    """
    # The engine makes many small objects and no reference cycles; pausing the cyclic
    # collector meanwhile saves it from rescanning them all (about a tenth of the time).
    collecting = gc.isenabled()
    gc.disable()
    try:
        return sweep_conflicts(meetings, frame, directory)
    finally:
        if collecting:
            gc.enable()


def sweep_conflicts(
    meetings: Sequence[MeetingFacts], frame: SummitFrame, directory: Directory
) -> list[Conflict]:
    live = [m for m in meetings if m.status != CANCELLED]
    by_id = {m.id: m for m in live}
    words = Explainer(frame, directory)
    # Whole minutes since the epoch sort and compare far faster than aware datetimes.
    minute = {m.id: (epoch_minutes(m.start), epoch_minutes(m.end)) for m in live}
    by_delegation: dict[int, list] = defaultdict(list)
    by_person: dict[int, list] = defaultdict(list)
    by_room: dict[int, list] = defaultdict(list)
    for m in live:
        slot = (*minute[m.id], m.id)
        for delegation_id in m.delegations:
            by_delegation[delegation_id].append(slot)
        for person_id, _required in m.attendees:
            by_person[person_id].append(slot)
        if m.room_id is not None:
            by_room[m.room_id].append(slot)

    for groups in (by_delegation, by_person, by_room):
        for slots in groups.values():
            slots.sort()
    conflicts: list[Conflict] = []
    overlap_checks = (
        (ConflictKind.DELEGATION_OVERLAP, by_delegation, words.delegation),
        (ConflictKind.PERSON_OVERLAP, by_person, words.person),
        (ConflictKind.ROOM_OVERLAP, by_room, words.room),
    )
    for kind, groups, describe in overlap_checks:
        clashes: dict[tuple[int, int], list[int]] = defaultdict(list)
        for key, slots in groups.items():
            for a, b in sweep(slots):
                clashes[(a, b) if minute[a] <= minute[b] else (b, a)].append(key)
        for pair, keys in clashes.items():
            explain = partial(explain_overlap, words, kind, describe, keys, by_id, pair)
            conflicts.append(Conflict(kind, SEVERITY[kind], pair, explain))

    transfer = frame.transfer_minutes
    rushed: dict[tuple[int, int], list[str]] = defaultdict(list)  # pair -> who must hurry
    for groups, describe in ((by_delegation, words.delegation), (by_person, words.person)):
        for key, slots in groups.items():
            for a, b in short_gaps(slots, transfer):
                here, there = by_id[a].room_id, by_id[b].room_id
                if (
                    here is not None
                    and there is not None
                    and directory.rooms[here][1] != directory.rooms[there][1]
                ):
                    rushed[(a, b)].append(describe(key))
    for (a, b), names in rushed.items():
        gap = minute[b][0] - minute[a][1]
        explain = partial(explain_transfer, words, names, by_id[a], by_id[b], gap)
        conflicts.append(Conflict(ConflictKind.SHORT_TRANSFER, Severity.WARNING, (a, b), explain))

    days = WorkingDays(frame)
    tiers = {p: TIER[Rank(rank)] for p, (_name, rank, _d) in directory.people.items()}
    for m in live:
        conflicts.extend(single_meeting_conflicts(m, days, tiers, directory, words))

    begins = {i: start for i, (start, _end) in minute.items()}.__getitem__
    conflicts.sort(key=lambda c: (c.severity is not Severity.ERROR, min(map(begins, c.meetings))))
    return conflicts


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


def explain_overlap(words, kind, describe, keys, by_id, pair) -> str:
    first, second = (by_id[i] for i in pair)
    who, plural = words.names(describe, keys)
    if kind is ConflictKind.ROOM_OVERLAP:
        text = f"{who} {'hold' if plural else 'holds'} two meetings at once: "
    else:
        text = f"{who} {'are' if plural else 'is'} expected in two meetings at once: "
    return text + f"{words.meeting(first)} and {words.meeting(second)}."


def explain_transfer(words, names, first, second, gap) -> str:
    rooms = words.directory.rooms
    here = rooms[first.room_id][1] or rooms[first.room_id][0]
    there = rooms[second.room_id][1] or rooms[second.room_id][0]
    who = " and ".join(names) if len(names) < 3 else ", ".join(names)
    verb = "have" if len(names) > 1 else "has"
    return (
        f"{who} {verb} {gap} minutes to get from {here} to {there} between "
        f"{words.meeting(first)} and {words.meeting(second)}; "
        f"the transfer time is {words.frame.transfer_minutes} minutes."
    )


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


def explain_outside(words: Explainer, m: MeetingFacts, place: str) -> str:
    frame = words.frame
    if place == "days":
        return (
            f"{words.meeting(m)} is outside the summit's days "
            f"({frame.first_day:%d %b} to {frame.last_day:%d %b %Y})."
        )
    return (
        f"{words.meeting(m)} is outside the working hours "
        f"({frame.day_start:%H:%M}–{frame.day_end:%H:%M})."
    )


def explain_room_too_small(words: Explainer, m: MeetingFacts, required: int) -> str:
    room, _building, capacity = words.directory.rooms[m.room_id]
    return f"{words.meeting(m)} has {required} required attendees but {room} seats {capacity}."


def explain_no_room(words: Explainer, m: MeetingFacts) -> str:
    return f"{words.meeting(m)} is confirmed but has no room."


def explain_level_mismatch(words: Explainer, m: MeetingFacts, senior: int, junior: int) -> str:
    return (
        f"In {words.meeting(m)}, {words.person_with_rank(senior)} faces "
        f"{words.person_with_rank(junior)} as the most senior of their delegation."
    )


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
    return [
        c
        for c in find_conflicts([candidate, *near], frame, directory)
        if candidate.id in c.meetings
    ]


def summit_conflicts() -> list[Conflict]:
    """Every conflict in the open summit."""
    return find_conflicts(load_facts(), summit_frame(), load_directory())
