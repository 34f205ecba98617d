"""All meetings as plain values, loaded in a few queries, for conflicts and lists."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass, field
from datetime import date, datetime

from db.fields import parse_utc
from db.models import (
    Attendee,
    Delegation,
    Meeting,
    MeetingDelegation,
    Person,
    Room,
    Summit,
    database_proxy,
)
from planner.display_names import names_in_language
from planner.meetings import SummitFrame, kind_of
from planner.timezones import zone


@dataclass(frozen=True, slots=True)
class MeetingFacts:
    """One meeting as the conflict engine sees it; times are aware UTC datetimes."""

    id: int
    title: str
    level: str
    status: str
    start: datetime
    end: datetime
    room_id: int | None
    delegations: tuple[int, ...]  # the host first
    attendees: tuple[tuple[int, bool], ...]  # (person id, required)


@dataclass(frozen=True)
class Directory:
    """Names for ids, so that explanations can say who and where."""

    delegations: dict[int, tuple[str, str]]  # id -> (code, name), in protocol order
    people: dict[int, tuple[str, str, int]]  # id -> (name, rank, delegation id)
    rooms: dict[int, tuple[str, str, int]]  # id -> (name, building, capacity), by building
    colours: dict[int, str] = field(default_factory=dict)  # delegation id -> #RRGGBB
    home_timezone: str | None = None  # the home delegation's capital, for a second clock


def load_directory() -> Directory:
    teams = Delegation.select(
        Delegation.id, Delegation.code, Delegation.name, Delegation.colour, Delegation.timezone
    ).order_by(Delegation.precedence, Delegation.code)
    summit = Summit.select(Summit.home_delegation).first()
    home = summit.home_delegation_id if summit is not None else None
    delegations, colours, home_timezone = {}, {}, None
    team_names, room_names = names_in_language("delegation"), names_in_language("room")
    for delegation_id, code, name, colour, timezone in teams.tuples():
        delegations[delegation_id] = (code, team_names.get(delegation_id, name))
        colours[delegation_id] = colour
        if delegation_id == home:
            home_timezone = timezone
    return Directory(
        delegations=delegations,
        people={
            i: (n, r, d)
            for i, n, r, d in Person.select(
                Person.id, Person.name, Person.rank, Person.delegation
            ).tuples()
        },
        rooms={
            i: (room_names.get(i, n), b, c)
            for i, n, b, c in Room.select(Room.id, Room.name, Room.building, Room.capacity)
            .order_by(Room.building, Room.name)
            .tuples()
        },
        colours=colours,
        home_timezone=home_timezone,
    )


def load_facts(ids: Collection[int] | None = None) -> list[MeetingFacts]:
    """Every meeting (or only these) with its delegations and attendees, in three queries,
    by start. The rows are read from the cursor as they are (a summit may have tens of
    thousands of meetings, and converting each value through the model's fields would cost
    more than the queries)."""
    only = None if ids is None else list(ids)
    teams: dict[int, list[tuple[bool, int]]] = {}
    links = MeetingDelegation.select(
        MeetingDelegation.meeting, MeetingDelegation.delegation, MeetingDelegation.role
    ).order_by(MeetingDelegation.id)
    if only is not None:
        links = links.where(MeetingDelegation.meeting.in_(only))
    for meeting_id, delegation_id, role in database_proxy.execute(links):
        teams.setdefault(meeting_id, []).append((role != "host", delegation_id))
    people: dict[int, list[tuple[int, bool]]] = {}
    attendance = Attendee.select(Attendee.meeting, Attendee.person, Attendee.required).order_by(
        Attendee.id
    )
    if only is not None:
        attendance = attendance.where(Attendee.meeting.in_(only))
    for meeting_id, person_id, required in database_proxy.execute(attendance):
        people.setdefault(meeting_id, []).append((person_id, bool(required)))
    query = Meeting.select(
        Meeting.id,
        Meeting.title,
        Meeting.level,
        Meeting.status,
        Meeting.start,
        Meeting.end,
        Meeting.room,
    ).order_by(Meeting.start, Meeting.id)
    if only is not None:
        query = query.where(Meeting.id.in_(only))
    return [
        MeetingFacts(
            meeting_id,
            title,
            level,
            status,
            parse_utc(start),
            parse_utc(end),
            room_id,
            tuple(d for _, d in sorted(teams.get(meeting_id, []), key=lambda t: t[0])),
            tuple(people.get(meeting_id, [])),
        )
        for meeting_id, title, level, status, start, end, room_id in database_proxy.execute(query)
    ]


@dataclass(frozen=True)
class MeetingRow:
    """One line of the Meetings list, in the summit's time zone."""

    id: int
    day: date
    start: datetime
    end: datetime
    title: str
    kind: str
    level: str
    delegations: tuple[str, ...]  # codes, the host first
    room: str
    status: str
    delegation_ids: tuple[int, ...] = ()


def meeting_rows(
    facts: list[MeetingFacts], directory: Directory, frame: SummitFrame
) -> list[MeetingRow]:
    total = len(directory.delegations)
    local = zone(frame.timezone)  # looked up once, not twice per meeting
    codes = {d: code for d, (code, _name) in directory.delegations.items()}
    rooms = {r: name for r, (name, _building, _seats) in directory.rooms.items()}
    rows = []
    for meeting in facts:
        start = meeting.start.astimezone(local).replace(tzinfo=None)
        rows.append(
            MeetingRow(
                meeting.id,
                start.date(),
                start,
                meeting.end.astimezone(local).replace(tzinfo=None),
                meeting.title,
                kind_of(len(meeting.delegations), total),
                meeting.level,
                tuple(codes[d] for d in meeting.delegations),
                rooms.get(meeting.room_id, "") if meeting.room_id else "",
                meeting.status,
                meeting.delegations,
            )
        )
    return rows
