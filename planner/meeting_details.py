"""One meeting as its details pane shows it (who, where, what is on the agenda, what financing is
raised), and a person's programme: the meetings they attend, in time order."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from db.models import (
    AgendaIssue,
    FinancingMeeting,
    FinancingRequest,
    Meeting,
    Person,
)
from planner.display_names import names_in_language
from planner.errors import PlannerError
from planner.meeting_facts import MeetingRow
from planner.meeting_records import fetch_draft
from planner.meetings import SummitFrame, kind_of
from planner.money import format_money
from planner.schedule import Overview
from planner.timezones import zone
from planner.translation import tr


@dataclass(frozen=True)
class PersonLine:
    id: int
    name: str
    rank: str  # stored word; the window shows its label
    title: str
    delegation: str  # code
    required: bool


@dataclass(frozen=True)
class AgendaLine:
    issue_id: int
    code: str
    title: str
    status: str  # stored word
    minutes: int | None
    outcome: str


@dataclass(frozen=True)
class RequestLine:
    id: int
    code: str
    title: str
    amount: str  # formatted with its currency
    status: str  # stored word


@dataclass(frozen=True)
class MeetingDetails:
    id: int
    title: str
    start: datetime  # in the summit's time zone
    end: datetime
    room: str
    building: str
    status: str
    level: str
    kind: str
    delegations: tuple[tuple[str, str, str], ...]  # (code, name, role), the host first
    people: tuple[PersonLine, ...]
    agenda: tuple[AgendaLine, ...]
    requests: tuple[RequestLine, ...]
    notes: str
    outcome: str


def meeting_details(meeting_id: int, overview: Overview) -> MeetingDetails:
    """Everything the pane shows of one meeting; PlannerError when it no longer exists."""
    draft = fetch_draft(meeting_id, overview.frame)
    directory = overview.directory
    meeting = Meeting.get_by_id(meeting_id)
    room, building = "", ""
    if draft.room_id is not None and draft.room_id in directory.rooms:
        room, building, _seats = directory.rooms[draft.room_id]
    codes = {d: code for d, (code, _name) in directory.delegations.items()}
    people = {
        p.id: p for p in Person.select().where(Person.id.in_([a for a, _ in draft.attendees]))
    }
    issues = {
        i.id: i
        for i in AgendaIssue.select().where(AgendaIssue.id.in_([a for a, _m, _o in draft.agenda]))
    }
    titles = names_in_language("issue")
    requests = (
        FinancingRequest.select()
        .join(FinancingMeeting)
        .where(FinancingMeeting.meeting == meeting_id)
        .order_by(FinancingRequest.code)
    )
    return MeetingDetails(
        id=meeting_id,
        title=draft.title,
        start=draft.start,
        end=draft.end,
        room=room,
        building=building,
        status=str(draft.status),
        level=str(draft.level),
        kind=kind_of(len(draft.delegations), len(directory.delegations)),
        delegations=tuple(
            (codes.get(d, "?"), directory.delegations.get(d, ("", ""))[1], str(role))
            for d, role in draft.delegations
        ),
        people=tuple(
            PersonLine(
                pid,
                people[pid].name,
                people[pid].rank,
                people[pid].title,
                codes.get(people[pid].delegation_id, "?"),
                required,
            )
            for pid, required in draft.attendees
            if pid in people
        ),
        agenda=tuple(
            AgendaLine(
                iid,
                issues[iid].code,
                titles.get(iid, issues[iid].title),
                issues[iid].status,
                minutes,
                outcome,
            )
            for iid, minutes, outcome in draft.agenda
            if iid in issues
        ),
        requests=tuple(
            RequestLine(r.id, r.code, r.title, format_money(r.amount, r.currency), r.status)
            for r in requests
        ),
        notes=meeting.notes,
        outcome=meeting.outcome,
    )


@dataclass(frozen=True)
class Programme:
    """A person's meetings from a moment on, in time order (cancelled ones left out)."""

    person_id: int
    name: str
    delegation: str
    rank: str
    meetings: tuple[MeetingRow, ...]


def person_programme(person_id: int, overview: Overview, since: datetime | None) -> Programme:
    """The meetings `person_id` attends, starting at or after `since` (summit time; None: all),
    from the overview the window shows."""
    person = overview.directory.people.get(person_id)
    if person is None:
        raise PlannerError(tr("This person is no longer in the summit."))
    name, rank, delegation_id = person
    attending = {f.id for f in overview.facts if any(p == person_id for p, _ in f.attendees)}
    rows = tuple(
        row
        for row in overview.rows
        if row.id in attending
        and row.status != "cancelled"
        and (since is None or row.start >= since)
    )
    code = overview.directory.delegations.get(delegation_id, ("?", ""))[0]
    return Programme(person_id, name, code, rank, tuple(sorted(rows, key=lambda r: r.start)))


def frame_now(frame: SummitFrame, now: datetime) -> datetime:
    """`now` (aware) as the summit's wall-clock time, to compare with list rows."""
    return now.astimezone(zone(frame.timezone)).replace(tzinfo=None)
