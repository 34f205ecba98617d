"""Conflicts in plain words: meetings, people, rooms and times in the summit's time zone."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable
from datetime import date, datetime, timedelta
from datetime import time as time_of_day
from typing import TYPE_CHECKING

from planner.meeting_facts import Directory, MeetingFacts
from planner.meetings import SummitFrame
from planner.timezones import local_to_utc, zone

if TYPE_CHECKING:
    from planner.overlaps import OverlapGroup


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

    def names(self, describe: Callable[[int], str], keys: list[int]) -> tuple[str, bool]:
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


def explain_overlap(
    words: Explainer,
    room: bool,
    describe: Callable[[int], str],
    keys: list[int],
    first: MeetingFacts,
    second: MeetingFacts,
) -> str:
    who, plural = words.names(describe, keys)
    if room:
        text = f"{who} {'hold' if plural else 'holds'} two meetings at once: "
    else:
        text = f"{who} {'are' if plural else 'is'} expected in two meetings at once: "
    return text + f"{words.meeting(first)} and {words.meeting(second)}."


def explain_transfer(
    words: Explainer,
    who: list[tuple[Callable[[int], str], int]],
    first: MeetingFacts,
    second: MeetingFacts,
    gap: int,
) -> str:
    """who: (describe, key) of each delegation or person who must hurry."""
    names = [describe(key) for describe, key in who]
    rooms = words.directory.rooms
    # Only meetings in two different buildings are told apart: both have a room.
    assert first.room_id is not None and second.room_id is not None
    here = rooms[first.room_id][1] or rooms[first.room_id][0]
    there = rooms[second.room_id][1] or rooms[second.room_id][0]
    hurrying = " and ".join(names) if len(names) < 3 else ", ".join(names)
    verb = "have" if len(names) > 1 else "has"
    return (
        f"{hurrying} {verb} {gap} minutes to get from {here} to {there} between "
        f"{words.meeting(first)} and {words.meeting(second)}; "
        f"the transfer time is {words.frame.transfer_minutes} minutes."
    )


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
    assert m.room_id is not None  # only a meeting with a room has one too small
    room, _building, capacity = words.directory.rooms[m.room_id]
    return f"{words.meeting(m)} has {required} required attendees but {room} seats {capacity}."


def explain_no_room(words: Explainer, m: MeetingFacts) -> str:
    return f"{words.meeting(m)} is confirmed but has no room."


def explain_level_mismatch(words: Explainer, m: MeetingFacts, senior: int, junior: int) -> str:
    return (
        f"In {words.meeting(m)}, {words.person_with_rank(senior)} faces "
        f"{words.person_with_rank(junior)} as the most senior of their delegation."
    )


def explain_group(
    words: Explainer, room: bool, describe: Callable[[int], str], group: OverlapGroup[date]
) -> str:
    who = describe(group.resource)
    count = len(group.meetings)
    clashes = f"{group.pairs:,} overlapping pair{'s' * (group.pairs != 1)}"
    if room:
        where = f"{who} is double-booked on {group.day:%d %b}"
    else:
        where = f"{who} is expected in two meetings at once on {group.day:%d %b}"
    return f"{where}: {clashes} among {count:,} meeting{'s' * (count != 1)}."
