"""Where a meeting may go: free-slot checks for dragging, and the "Find a time" search.

A slot is free when placing the meeting there creates no error conflict (no delegation,
person or room double-booked, inside the working hours, enough seats) and, for the search,
leaves every delegation and person the transfer time between buildings.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from planner.conflicts import CANCELLED, epoch_minutes
from planner.meeting_facts import Directory, MeetingFacts
from planner.meetings import SummitFrame
from planner.timezones import local_to_utc


class Timeline:
    """One resource's meetings, sorted, answering 'is [s, e) free?' in O(log n)."""

    def __init__(self, slots: Iterable[tuple[int, int, int | None]]) -> None:
        ordered = sorted(slots, key=lambda slot: (slot[0], slot[1]))  # rooms may be None
        self.starts = [start for start, _, _ in ordered]
        self.latest: list[tuple[int, int | None]] = []  # running (max end, its room)
        best: tuple[int, int | None] = (-(10**12), None)
        for _, end, room in ordered:
            if end > best[0]:
                best = (end, room)
            self.latest.append(best)
        self.rooms_by_start = [room for _, _, room in ordered]

    def overlaps(self, start: int, end: int) -> bool:
        before_end = bisect_left(self.starts, end)  # meetings that start before `end`
        return before_end > 0 and self.latest[before_end - 1][0] > start

    def rushed(
        self,
        start: int,
        end: int,
        building_of: Callable[[int], str],
        building: str,
        transfer: int,
    ) -> bool:
        """True when the meeting before or after is in another building too close in time."""
        earlier = bisect_left(self.starts, start)
        if earlier > 0:
            last_end, room = self.latest[earlier - 1]
            if start - last_end < transfer and room is not None and building_of(room) != building:
                return True
        later = bisect_left(self.starts, end)
        if later < len(self.starts):
            room = self.rooms_by_start[later]
            if (
                self.starts[later] - end < transfer
                and room is not None
                and (building_of(room) != building)
            ):
                return True
        return False


@dataclass(frozen=True)
class Candidate:
    """What is being placed: its people and how many of them must have a seat."""

    delegations: tuple[int, ...]
    people: tuple[int, ...]
    required: int
    minutes: int


class Availability:
    """The summit's meetings (but one, being moved) as timelines per delegation, person, room."""

    def __init__(
        self,
        facts: Sequence[MeetingFacts],
        frame: SummitFrame,
        directory: Directory,
        *,
        leave_out: int | None = None,
    ) -> None:
        self.frame, self.directory = frame, directory
        by_delegation, by_person, by_room = defaultdict(list), defaultdict(list), defaultdict(list)
        for m in facts:
            if m.status == CANCELLED or m.id == leave_out:
                continue
            slot = (epoch_minutes(m.start), epoch_minutes(m.end), m.room_id)
            for d in m.delegations:
                by_delegation[d].append(slot)
            for p, _required in m.attendees:
                by_person[p].append(slot)
            if m.room_id is not None:
                by_room[m.room_id].append(slot)
        self.delegations = {key: Timeline(v) for key, v in by_delegation.items()}
        self.people = {key: Timeline(v) for key, v in by_person.items()}
        self.rooms = {key: Timeline(v) for key, v in by_room.items()}
        self.empty = Timeline([])

    def building(self, room_id: int) -> str:
        return self.directory.rooms[room_id][1]

    def within_hours(self, local_start: datetime, minutes: int) -> bool:
        end = local_start + timedelta(minutes=minutes)
        return (
            self.frame.first_day <= local_start.date() <= self.frame.last_day
            and end.date() == local_start.date()
            and self.frame.day_start <= local_start.time()
            and end.time() <= self.frame.day_end
        )

    def free(
        self,
        candidate: Candidate,
        local_start: datetime,
        room_id: int | None,
        *,
        with_transfers: bool = False,
    ) -> bool:
        """Would the candidate at local_start in room_id create no error conflict?"""
        if not self.within_hours(local_start, candidate.minutes):
            return False
        start = epoch_minutes(local_to_utc(local_start, self.frame.timezone))
        end = start + candidate.minutes
        if room_id is not None:
            if self.directory.rooms[room_id][2] < candidate.required:
                return False
            if self.rooms.get(room_id, self.empty).overlaps(start, end):
                return False
        timelines = [self.delegations.get(d, self.empty) for d in candidate.delegations]
        timelines += [self.people.get(p, self.empty) for p in candidate.people]
        if any(timeline.overlaps(start, end) for timeline in timelines):
            return False
        if with_transfers and room_id is not None:
            building = self.building(room_id)
            transfer = self.frame.transfer_minutes
            return not any(
                t.rushed(start, end, self.building, building, transfer) for t in timelines
            )
        return True

    def slot_starts(self, day: date, minutes: int) -> list[datetime]:
        """Every slot start of a day at which a meeting of `minutes` ends by closing time."""
        step = timedelta(minutes=self.frame.slot_minutes)
        moment = datetime.combine(day, self.frame.day_start)
        closing = datetime.combine(day, self.frame.day_end)
        starts = []
        while moment + timedelta(minutes=minutes) <= closing:
            starts.append(moment)
            moment += step
        return starts


def candidate_of(meeting: MeetingFacts) -> Candidate:
    minutes = int((meeting.end - meeting.start).total_seconds() // 60)
    return Candidate(
        meeting.delegations,
        tuple(p for p, _ in meeting.attendees),
        sum(1 for _, required in meeting.attendees if required),
        minutes,
    )


def blocked_starts(
    meeting: MeetingFacts,
    day: date,
    room_id: int | None,
    availability: Availability,
) -> list[datetime]:
    """The slot starts of a day where moving the meeting (into room_id) would clash."""
    candidate = candidate_of(meeting)
    grid = availability.slot_starts(day, min(candidate.minutes, availability.frame.slot_minutes))
    return [start for start in grid if not availability.free(candidate, start, room_id)]


ANY_ROOM = "any"


@dataclass(frozen=True)
class FreeSlot:
    start: datetime  # local wall-clock time
    end: datetime
    room_id: int | None


def find_free_slots(
    candidate: Candidate,
    availability: Availability,
    *,
    room: int | str | None = ANY_ROOM,
    limit: int = 10,
) -> list[FreeSlot]:
    """The earliest slots across the summit's days where the candidate clashes with nothing
    and everyone keeps the transfer time. `room` is a room id, ANY_ROOM (the smallest free
    room large enough) or None (no room needed)."""
    rooms: Sequence[int | None]
    if room == ANY_ROOM:
        seats = availability.directory.rooms
        smallest_first = sorted(
            (r for r, (_n, _b, capacity) in seats.items() if capacity >= candidate.required),
            key=lambda r: (seats[r][2], seats[r][0]),
        )
        rooms = smallest_first
    else:
        rooms = [room]  # type: ignore[list-item]
    found: list[FreeSlot] = []
    for day in availability.frame.days:
        for start in availability.slot_starts(day, candidate.minutes):
            for room_id in rooms:
                if availability.free(candidate, start, room_id, with_transfers=True):
                    end = start + timedelta(minutes=candidate.minutes)
                    found.append(FreeSlot(start, end, room_id))
                    break
            if len(found) >= limit:
                return found
    return found


__all__ = [
    "ANY_ROOM",
    "Availability",
    "Candidate",
    "FreeSlot",
    "blocked_starts",
    "candidate_of",
    "find_free_slots",
]
