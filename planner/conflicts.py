"""The conflict engine: every clash in a set of meetings, each explained in plain words.

Overlaps are found by sort-and-sweep per delegation, person and room (n log n plus the number
of clashes), never by comparing all pairs, so tens of thousands of meetings take well under a
second.
"""

from __future__ import annotations

import heapq
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

from planner.meeting_facts import Directory, MeetingFacts, load_directory, load_facts
from planner.meetings import SummitFrame, summit_frame
from planner.timezones import utc_to_local
from planner.vocabulary import MeetingStatus, Rank


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


@dataclass(frozen=True)
class Conflict:
    kind: ConflictKind
    severity: Severity
    meetings: tuple[int, ...]
    message: str

    def as_json(self) -> dict:
        return {
            "kind": self.kind.value,
            "severity": self.severity.value,
            "meetings": list(self.meetings),
            "message": self.message,
        }


class Explainer:
    """Words for meetings and times, in the summit's time zone."""

    def __init__(self, frame: SummitFrame, directory: Directory) -> None:
        self.frame = frame
        self.directory = directory

    def local(self, moment: datetime) -> datetime:
        return utc_to_local(moment, self.frame.timezone)

    def meeting(self, meeting: MeetingFacts) -> str:
        start, end = self.local(meeting.start), self.local(meeting.end)
        return f"“{meeting.title}” ({start:%d %b} {start:%H:%M}–{end:%H:%M})"

    def delegation(self, delegation_id: int) -> str:
        code, name = self.directory.delegations.get(delegation_id, ("?", "Unknown delegation"))
        return f"{name} ({code})"

    def person(self, person_id: int) -> str:
        name, _rank, delegation_id = self.directory.people.get(person_id, ("Someone", "", 0))
        code = self.directory.delegations.get(delegation_id, ("?", ""))[0]
        return f"{name} ({code})"

    def room(self, room_id: int) -> str:
        return self.directory.rooms.get(room_id, ("an unknown room", "", 0))[0]


def overlapping_pairs(
    slots: Iterable[tuple[datetime, datetime, int]],
) -> list[tuple[int, int]]:
    """Pairs of ids whose [start, end) intervals overlap; back-to-back ones do not."""
    pairs = []
    active: list[tuple[datetime, int]] = []  # (end, id), a heap
    for start, end, meeting_id in sorted(slots):
        while active and active[0][0] <= start:
            heapq.heappop(active)
        pairs.extend((other, meeting_id) for _, other in active)
        heapq.heappush(active, (end, meeting_id))
    return pairs


def find_conflicts(
    meetings: Sequence[MeetingFacts], frame: SummitFrame, directory: Directory
) -> list[Conflict]:
    """Every conflict among the meetings, errors first, then in time order.

    Cancelled meetings never conflict.
    """
    live = [m for m in meetings if m.status != MeetingStatus.CANCELLED]
    by_id = {m.id: m for m in live}
    words = Explainer(frame, directory)
    by_delegation: dict[int, list] = defaultdict(list)
    by_person: dict[int, list] = defaultdict(list)
    by_room: dict[int, list] = defaultdict(list)
    for m in live:
        slot = (m.start, m.end, m.id)
        for delegation_id in m.delegations:
            by_delegation[delegation_id].append(slot)
        for person_id, _required in m.attendees:
            by_person[person_id].append(slot)
        if m.room_id is not None:
            by_room[m.room_id].append(slot)

    conflicts: list[Conflict] = []
    overlap_checks = (
        (ConflictKind.DELEGATION_OVERLAP, by_delegation, words.delegation, "are", "is"),
        (ConflictKind.PERSON_OVERLAP, by_person, words.person, "are", "is"),
        (ConflictKind.ROOM_OVERLAP, by_room, words.room, "hold", "holds"),
    )
    for kind, groups, name, many, one in overlap_checks:
        clashes: dict[tuple[int, int], list[str]] = defaultdict(list)
        for key, slots in groups.items():
            for a, b in overlapping_pairs(slots):
                clashes[(min(a, b), max(a, b))].append(name(key))
        for (a, b), names in clashes.items():
            first, second = sorted((by_id[a], by_id[b]), key=lambda m: (m.start, m.id))
            who = " and ".join(names) if len(names) < 3 else ", ".join(names)
            verb = many if len(names) > 1 else one
            if kind is ConflictKind.ROOM_OVERLAP:
                text = f"{who} {verb} two meetings at once: "
            else:
                text = f"{who} {verb} expected in two meetings at once: "
            message = text + f"{words.meeting(first)} and {words.meeting(second)}."
            conflicts.append(Conflict(kind, SEVERITY[kind], (first.id, second.id), message))

    transfer = timedelta(minutes=frame.transfer_minutes)
    for groups, name in ((by_delegation, words.delegation), (by_person, words.person)):
        for key, slots in groups.items():
            conflicts.extend(short_transfers(key, slots, by_id, transfer, directory, words, name))

    for m in live:
        conflicts.extend(single_meeting_conflicts(m, frame, directory, words))

    first_start = {m.id: m.start for m in live}
    conflicts.sort(
        key=lambda c: (c.severity != Severity.ERROR, min(first_start[i] for i in c.meetings))
    )
    return conflicts


def short_transfers(key, slots, by_id, transfer, directory, words, name) -> list[Conflict]:
    """Consecutive meetings in different buildings with too little time between them."""
    found = []
    ordered = sorted(slots)
    for (_, end, a), (start, _, b) in zip(ordered, ordered[1:], strict=False):
        gap = start - end
        if gap < timedelta(0) or gap >= transfer:
            continue
        here, there = by_id[a].room_id, by_id[b].room_id
        if here is None or there is None:
            continue
        building_a, building_b = directory.rooms[here][1], directory.rooms[there][1]
        if building_a == building_b:
            continue
        minutes = int(gap.total_seconds() // 60)
        message = (
            f"{name(key)} has {minutes} minutes to get from {building_a or words.room(here)} to "
            f"{building_b or words.room(there)} between {words.meeting(by_id[a])} and "
            f"{words.meeting(by_id[b])}; the transfer time is {transfer.seconds // 60} minutes."
        )
        kind = ConflictKind.SHORT_TRANSFER
        found.append(Conflict(kind, SEVERITY[kind], (a, b), message))
    return found


def single_meeting_conflicts(
    m: MeetingFacts, frame: SummitFrame, directory: Directory, words: Explainer
) -> list[Conflict]:
    found = []

    def add(kind: ConflictKind, message: str) -> None:
        found.append(Conflict(kind, SEVERITY[kind], (m.id,), message))

    start, end = words.local(m.start), words.local(m.end)
    if (
        start.date() < frame.first_day
        or end.date() > frame.last_day
        or (end.date() == frame.last_day + timedelta(days=1) and end.time() == datetime.min.time())
    ):
        add(
            ConflictKind.OUTSIDE_SUMMIT,
            f"{words.meeting(m)} is outside the summit's days "
            f"({frame.first_day:%d %b} to {frame.last_day:%d %b %Y}).",
        )
    elif end.date() > start.date() or start.time() < frame.day_start or end.time() > frame.day_end:
        add(
            ConflictKind.OUTSIDE_SUMMIT,
            f"{words.meeting(m)} is outside the working hours "
            f"({frame.day_start:%H:%M}–{frame.day_end:%H:%M}).",
        )
    required = sum(1 for _, is_required in m.attendees if is_required)
    if m.room_id is not None:
        room, _building, capacity = directory.rooms[m.room_id]
        if required > capacity:
            add(
                ConflictKind.ROOM_TOO_SMALL,
                f"{words.meeting(m)} has {required} required attendees but {room} "
                f"seats {capacity}.",
            )
    elif m.status == MeetingStatus.CONFIRMED:
        add(ConflictKind.NO_ROOM, f"{words.meeting(m)} is confirmed but has no room.")
    mismatch = level_mismatch(m, directory)
    if mismatch:
        senior, junior = mismatch
        add(
            ConflictKind.LEVEL_MISMATCH,
            f"In {words.meeting(m)}, {describe_rank(senior, directory)} faces "
            f"{describe_rank(junior, directory)} as the most senior of their delegation.",
        )
    return found


def level_mismatch(m: MeetingFacts, directory: Directory) -> tuple[int, int] | None:
    """(senior, junior) people when a delegation's top person is two tiers above another's."""
    if len(m.delegations) < 2:
        return None
    top: dict[int, tuple[int, int]] = {}  # delegation -> (tier, person)
    for person_id, _required in m.attendees:
        _name, rank, delegation_id = directory.people[person_id]
        candidate = (TIER[Rank(rank)], person_id)
        if delegation_id not in top or candidate < top[delegation_id]:
            top[delegation_id] = candidate
    if len(top) < 2:
        return None
    highest, lowest = min(top.values()), max(top.values())
    if lowest[0] - highest[0] >= 2:
        return highest[1], lowest[1]
    return None


def describe_rank(person_id: int, directory: Directory) -> str:
    name, rank, delegation_id = directory.people[person_id]
    code = directory.delegations[delegation_id][0]
    return f"{name} ({rank.replace('_', ' ')}, {code})"


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
