"""Agenda issues and their tracks: listing, checking, numbering, changing, deleting."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from peewee import fn

from db.models import (
    AgendaIssue,
    Delegation,
    Meeting,
    MeetingDelegation,
    MeetingIssue,
    Position,
    Track,
)
from planner import records
from planner.errors import InUseError, PlannerError, ValidationError
from planner.meetings import summit_frame
from planner.records import DeletionPlan, Row
from planner.timezones import utc_to_local
from planner.vocabulary import IssueStatus, Priority

CODE = re.compile(r"^[A-Z][A-Z0-9]{0,9}-\d{1,4}[A-Z]?$")
CODE_PARTS = re.compile(r"^([A-Z][A-Z0-9]*)-(\d+)$")
COLOUR = re.compile(r"^#[0-9A-Fa-f]{6}$")


@dataclass(frozen=True)
class IssueRow:
    id: int
    code: str
    title: str
    track_id: int
    track: str
    track_colour: str
    track_order: int
    priority: str
    lead_id: int | None
    lead: str  # the lead delegation's code, or ""
    status: str
    due_date: date | None
    tags: str
    description: str
    meetings: int


@dataclass(frozen=True)
class TrackRow:
    id: int
    name: str
    colour: str
    sort_order: int
    issues: int


def list_issues() -> list[IssueRow]:
    """Every issue with its track, lead and number of meetings, by track then code."""
    meetings = dict(
        MeetingIssue.select(MeetingIssue.issue, fn.COUNT(MeetingIssue.id))
        .group_by(MeetingIssue.issue)
        .tuples()
    )
    leads = dict(Delegation.select(Delegation.id, Delegation.code).tuples())
    query = (
        AgendaIssue.select(
            AgendaIssue.id,
            AgendaIssue.code,
            AgendaIssue.title,
            AgendaIssue.track,
            Track.name,
            Track.colour,
            Track.sort_order,
            AgendaIssue.priority,
            AgendaIssue.lead_delegation,
            AgendaIssue.status,
            AgendaIssue.due_date,
            AgendaIssue.tags,
            AgendaIssue.description,
        )
        .join(Track)
        .order_by(Track.sort_order, Track.name, AgendaIssue.code)
        .tuples()
    )
    return [
        IssueRow(
            i,
            code,
            title,
            track_id,
            track,
            colour,
            order,
            priority,
            lead,
            leads.get(lead, "") if lead else "",
            status,
            due,
            tags,
            description,
            meetings.get(i, 0),
        )
        for (
            i,
            code,
            title,
            track_id,
            track,
            colour,
            order,
            priority,
            lead,
            status,
            due,
            tags,
            description,
        ) in query
    ]


def list_tracks() -> list[TrackRow]:
    counts = dict(
        AgendaIssue.select(AgendaIssue.track, fn.COUNT(AgendaIssue.id))
        .group_by(AgendaIssue.track)
        .tuples()
    )
    query = Track.select().order_by(Track.sort_order, Track.name)
    return [TrackRow(t.id, t.name, t.colour, t.sort_order, counts.get(t.id, 0)) for t in query]


def new_track_defaults() -> Row:
    """What a new track's form starts with: a colour, and the place after the last track."""
    last = Track.select(fn.MAX(Track.sort_order)).scalar()
    return {"colour": "#6A5ACD", "sort_order": (last or 0) + 1}


def prefix_of(track_id: int) -> str:
    """The code prefix of a track: the one its issues use most, else its name's first letters."""
    codes = AgendaIssue.select(AgendaIssue.code).where(AgendaIssue.track == track_id).tuples()
    prefixes = Counter(m.group(1) for (code,) in codes if (m := CODE_PARTS.match(code)))
    if prefixes:
        return prefixes.most_common(1)[0][0]
    track = Track.get_or_none(Track.id == track_id)
    letters = re.sub(r"[^A-Za-z]", "", track.name if track else "") or "ISS"
    return letters[:3].upper()


def propose_code(track_id: int) -> str:
    """The next free code of the track: ECO-12 follows ECO-11."""
    prefix = prefix_of(track_id)
    numbers = [
        int(m.group(2))
        for (code,) in AgendaIssue.select(AgendaIssue.code)
        .where(AgendaIssue.code.startswith(f"{prefix}-"))
        .tuples()
        if (m := CODE_PARTS.match(code))
    ]
    width = 2
    return f"{prefix}-{max(numbers, default=0) + 1:0{width}d}"


def normalise_tags(value: Any) -> str:
    parts = value if isinstance(value, (list, tuple)) else str(value or "").split(",")
    seen: list[str] = []
    for part in (str(p).strip() for p in parts):
        if part and part.lower() not in (s.lower() for s in seen):
            seen.append(part)
    return ", ".join(seen)


def new_issue_defaults(track_id: int | None) -> Row:
    """What a new issue's form starts with: open, of medium priority, in the track shown."""
    return {"track": track_id, "priority": Priority.MEDIUM.value, "status": IssueStatus.OPEN.value}


def validate_issue(values: Row, row_id: int | None = None) -> Row:
    """Check and normalise an issue's fields; raise ValidationError naming the field."""
    title = str(values.get("title") or "").strip()
    if not title:
        raise ValidationError("title", "The issue has no title; type one.")
    track = values.get("track")
    if track is None or not Track.select().where(Track.id == track).exists():
        raise ValidationError("track", "Choose the track the issue belongs to.")
    code = str(values.get("code") or "").strip().upper() or propose_code(int(track))
    if not CODE.match(code):
        raise ValidationError(
            "code",
            f"“{code}” is not an issue code; use letters, a hyphen and a number, e.g. ECO-07.",
        )
    taken = AgendaIssue.select().where(fn.UPPER(AgendaIssue.code) == code)
    if row_id is not None:
        taken = taken.where(AgendaIssue.id != row_id)
    if taken.exists():
        raise ValidationError("code", f"Another issue already has the code {code}.")
    try:
        priority = Priority(values.get("priority") or Priority.MEDIUM).value
    except ValueError as error:
        raise ValidationError(
            "priority", f"“{values.get('priority')}” is not a priority."
        ) from error
    try:
        status = IssueStatus(values.get("status") or IssueStatus.OPEN).value
    except ValueError as error:
        raise ValidationError(
            "status", f"“{values.get('status')}” is not an issue status."
        ) from error
    lead = values.get("lead_delegation")
    if lead is not None and not Delegation.select().where(Delegation.id == lead).exists():
        raise ValidationError("lead_delegation", "The lead delegation no longer exists.")
    due = values.get("due_date")
    if isinstance(due, datetime):
        due = due.date()
    if due is not None and not isinstance(due, date):
        raise ValidationError("due_date", "The due date is not a date.")
    return {
        "code": code,
        "title": title,
        "track": int(track),
        "description": str(values.get("description") or "").strip(),
        "priority": priority,
        "lead_delegation": lead,
        "status": status,
        "due_date": due,
        "tags": normalise_tags(values.get("tags")),
    }


def fetch_issue(issue_id: int) -> Row:
    return records.fetch(AgendaIssue, issue_id)


def fetch_track(track_id: int) -> Row:
    return records.fetch(Track, track_id)


class IssueOperations:
    """Undoable editing of agenda issues (see records.RecordOperations)."""

    kind = "issue"

    def add(self, values: Row) -> int:
        return records.create(AgendaIssue, validate_issue(values))

    def change(self, row_id: int, values: Row) -> tuple[Row, Row] | None:
        current = records.fetch(AgendaIssue, row_id)
        cleaned = validate_issue({**current, **values}, row_id)
        changed = {k: v for k, v in cleaned.items() if current.get(k) != v}
        if not changed:
            return None
        old = records.update(AgendaIssue, row_id, changed)
        return old, changed

    def plan_removal(self, row_ids: list[int]) -> DeletionPlan:
        return records.plan_deletion(AgendaIssue, row_ids)

    def remove(self, plan: DeletionPlan) -> None:
        records.delete(plan)

    def restore(self, plan: DeletionPlan) -> None:
        records.restore(plan)


ISSUE_OPERATIONS = IssueOperations()


def removal_consequences(plan: DeletionPlan) -> list[str]:
    """What else deleting issues takes with it, for the confirmation question."""
    sentences = []
    agenda = plan.count(MeetingIssue)
    if agenda:
        sentences.append(f"They are removed from {agenda} meeting agenda item(s).")
    positions = plan.count(Position)
    if positions:
        sentences.append(f"{positions} recorded position(s) will be deleted.")
    return sentences


# Tracks


def validate_track(values: Row, row_id: int | None = None) -> Row:
    name = str(values.get("name") or "").strip()
    if not name:
        raise ValidationError("name", "The track has no name; type one.")
    taken = Track.select().where(fn.LOWER(Track.name) == name.lower())
    if row_id is not None:
        taken = taken.where(Track.id != row_id)
    if taken.exists():
        raise ValidationError("name", f"There is already a track called “{name}”.")
    colour = str(values.get("colour") or "#808080").strip()
    if not COLOUR.match(colour):
        raise ValidationError("colour", f"“{colour}” is not a colour; use the form #1F77B4.")
    order = values.get("sort_order")
    if order is None:
        order = (Track.select(fn.MAX(Track.sort_order)).scalar() or 0) + 1
    return {"name": name, "colour": colour.upper(), "sort_order": int(order)}


@dataclass
class TrackRemoval:
    """A track to delete, with its issues moved to another track first (undo moves them back)."""

    track: Row
    move_to: int | None
    issue_ids: list[int]


class TrackOperations:
    """Undoable editing of tracks; a track with issues is deleted only by moving them."""

    kind = "track"

    def add(self, values: Row) -> int:
        return records.create(Track, validate_track(values))

    def change(self, row_id: int, values: Row) -> tuple[Row, Row] | None:
        current = records.fetch(Track, row_id)
        cleaned = validate_track({**current, **values}, row_id)
        changed = {k: v for k, v in cleaned.items() if current.get(k) != v}
        if not changed:
            return None
        return records.update(Track, row_id, changed), changed

    def plan_removal(self, row_ids: list[int], move_to: int | None = None) -> TrackRemoval:
        if len(row_ids) != 1:
            raise PlannerError("Delete one track at a time.")
        track = records.fetch(Track, row_ids[0])
        issue_ids = [
            i
            for (i,) in AgendaIssue.select(AgendaIssue.id)
            .where(AgendaIssue.track == track["id"])
            .tuples()
        ]
        if issue_ids and move_to is None:
            raise InUseError(
                f"The track {track['name']} has {len(issue_ids)} issue(s); choose the track "
                "they move to."
            )
        if move_to == track["id"] or (
            move_to is not None and not Track.select().where(Track.id == move_to).exists()
        ):
            raise ValidationError("track", "Choose another existing track for its issues.")
        return TrackRemoval(track, move_to, issue_ids)

    def remove(self, plan: TrackRemoval) -> None:
        with records.writing(f"Deleting the track {plan.track['name']}"):
            if plan.issue_ids:
                AgendaIssue.update(track=plan.move_to).where(
                    AgendaIssue.id.in_(plan.issue_ids)
                ).execute()
            Track.delete().where(Track.id == plan.track["id"]).execute()

    def restore(self, plan: TrackRemoval) -> None:
        with records.writing(f"Restoring the track {plan.track['name']}"):
            Track.insert(plan.track).execute()
            if plan.issue_ids:
                AgendaIssue.update(track=plan.track["id"]).where(
                    AgendaIssue.id.in_(plan.issue_ids)
                ).execute()


TRACK_OPERATIONS = TrackOperations()


# The thread of one issue


@dataclass(frozen=True)
class ThreadEntry:
    meeting_id: int
    start: datetime  # local
    end: datetime
    title: str
    participants: str
    status: str
    minutes: int | None
    outcome: str


def issue_thread(issue_id: int) -> list[ThreadEntry]:
    """Every meeting where the issue is on the agenda, in time order, with its outcome there."""
    zone = summit_frame().timezone
    codes = dict(Delegation.select(Delegation.id, Delegation.code).tuples())
    teams: dict[int, list[tuple[bool, int]]] = {}
    query = (
        MeetingIssue.select(MeetingIssue, Meeting)
        .join(Meeting)
        .where(MeetingIssue.issue == issue_id)
        .order_by(Meeting.start, Meeting.id)
    )
    items = list(query)
    meeting_ids = [item.meeting.id for item in items]
    for meeting_id, delegation_id, role in (
        MeetingDelegation.select(
            MeetingDelegation.meeting, MeetingDelegation.delegation, MeetingDelegation.role
        )
        .where(MeetingDelegation.meeting.in_(meeting_ids))
        .tuples()
    ):
        teams.setdefault(meeting_id, []).append((role != "host", delegation_id))
    return [
        ThreadEntry(
            item.meeting.id,
            utc_to_local(item.meeting.start, zone),
            utc_to_local(item.meeting.end, zone),
            item.meeting.title,
            "–".join(codes[d] for _, d in sorted(teams.get(item.meeting.id, []))),
            item.meeting.status,
            item.minutes,
            item.outcome,
        )
        for item in items
    ]
