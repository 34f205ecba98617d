"""Conflicts in plain words: meetings, people, rooms and times in the summit's time zone."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable
from datetime import date, datetime, timedelta
from datetime import time as time_of_day
from typing import TYPE_CHECKING

from planner.local_formats import day_month, day_month_year, list_of, number
from planner.meeting_facts import Directory, MeetingFacts
from planner.meetings import SummitFrame
from planner.timezones import local_to_utc, zone
from planner.translation import tr, trn

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
            words = tr("“{title}” ({day} {start}–{end})").format(
                title=meeting.title,
                day=day_month(start),
                start=f"{start:%H:%M}",
                end=f"{end:%H:%M}",
            )
            self.meetings[meeting.id] = words
        return words

    def delegation(self, delegation_id: int) -> str:
        code, name = self.directory.delegations.get(delegation_id, ("?", tr("Unknown delegation")))
        return tr("{name} ({code})").format(name=name, code=code)

    def person(self, person_id: int) -> str:
        name, _rank, delegation_id = self.directory.people.get(person_id, (tr("Someone"), "", 0))
        code = self.directory.delegations.get(delegation_id, ("?", ""))[0]
        return tr("{name} ({code})").format(name=name, code=code)

    def person_with_rank(self, person_id: int) -> str:
        name, rank, delegation_id = self.directory.people[person_id]
        code = self.directory.delegations[delegation_id][0]
        return tr("{name} ({rank}, {code})").format(name=name, rank=rank_words(rank), code=code)

    def room(self, room_id: int) -> str:
        return self.directory.rooms.get(room_id, (tr("an unknown room"), "", 0))[0]

    def names(self, describe: Callable[[int], str], keys: list[int]) -> tuple[str, bool]:
        """The keys' names joined, and whether they take a plural verb."""
        return list_of([describe(key) for key in keys]), len(keys) > 1


def rank_words(rank: str) -> str:
    """A person's rank (head_of_state, minister…) in words of the chosen language."""
    words = {
        "head_of_state": tr("head of state"),
        "head_of_government": tr("head of government"),
        "minister": tr("minister"),
        "deputy_minister": tr("deputy minister"),
        "ambassador": tr("ambassador"),
        "senior_official": tr("senior official"),
        "expert": tr("expert"),
    }
    return words.get(rank, rank.replace("_", " "))


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
    if room and plural:
        text = tr("{who} hold two meetings at once: {first} and {second}.")
    elif room:
        text = tr("{who} holds two meetings at once: {first} and {second}.")
    elif plural:
        text = tr("{who} are expected in two meetings at once: {first} and {second}.")
    else:
        text = tr("{who} is expected in two meetings at once: {first} and {second}.")
    return text.format(who=who, first=words.meeting(first), second=words.meeting(second))


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
    if len(names) > 1:
        text = tr(
            "{who} have {gap} to get from {here} to {there} between {first} and "
            "{second}; the transfer time is {transfer}."
        )
    else:
        text = tr(
            "{who} has {gap} to get from {here} to {there} between {first} and "
            "{second}; the transfer time is {transfer}."
        )
    return text.format(
        who=list_of(names),
        gap=trn("%n minute", "%n minutes", gap),
        here=here,
        there=there,
        first=words.meeting(first),
        second=words.meeting(second),
        transfer=trn("%n minute", "%n minutes", words.frame.transfer_minutes),
    )


def explain_outside(words: Explainer, m: MeetingFacts, place: str) -> str:
    frame = words.frame
    if place == "days":
        return tr("{meeting} is outside the summit's days ({first} to {last}).").format(
            meeting=words.meeting(m),
            first=day_month(frame.first_day),
            last=day_month_year(frame.last_day),
        )
    return tr("{meeting} is outside the working hours ({start}–{end}).").format(
        meeting=words.meeting(m), start=f"{frame.day_start:%H:%M}", end=f"{frame.day_end:%H:%M}"
    )


def explain_room_too_small(words: Explainer, m: MeetingFacts, required: int) -> str:
    assert m.room_id is not None  # only a meeting with a room has one too small
    room, _building, capacity = words.directory.rooms[m.room_id]
    return tr("{meeting} has {required} required attendees but {room} seats {capacity}.").format(
        meeting=words.meeting(m), required=required, room=room, capacity=capacity
    )


def explain_no_room(words: Explainer, m: MeetingFacts) -> str:
    return tr("{meeting} is confirmed but has no room.").format(meeting=words.meeting(m))


def explain_level_mismatch(words: Explainer, m: MeetingFacts, senior: int, junior: int) -> str:
    return tr(
        "In {meeting}, {senior} faces {junior} as the most senior of their delegation."
    ).format(
        meeting=words.meeting(m),
        senior=words.person_with_rank(senior),
        junior=words.person_with_rank(junior),
    )


def explain_group(
    words: Explainer, room: bool, describe: Callable[[int], str], group: OverlapGroup[date]
) -> str:
    who = describe(group.resource)
    count = len(group.meetings)
    clashes = trn("%n overlapping pair", "%n overlapping pairs", group.pairs)
    among = trn("among %n meeting", "among %n meetings", count)
    if room:
        text = tr("{who} is double-booked on {day}: {pairs} {among}.")
    else:
        text = tr("{who} is expected in two meetings at once on {day}: {pairs} {among}.")
    return text.format(
        who=who,
        day=day_month(group.day),
        pairs=clashes.replace(str(group.pairs), number(group.pairs)),
        among=among.replace(str(count), number(count)),
    )
