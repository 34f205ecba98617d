"""Meetings: drafts, validation, create/edit/move/resize/status/duplicate/delete, for undo."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta
from enum import Enum
from typing import Any, Final

from db.models import (
    AgendaIssue,
    Attendee,
    Delegation,
    FinancingMeeting,
    FinancingRequest,
    Meeting,
    MeetingDelegation,
    MeetingIssue,
    Person,
    Room,
    Summit,
)
from planner import records
from planner.errors import PlannerError, ValidationError
from planner.records import DeletionPlan
from planner.timezones import local_to_utc, utc_to_local
from planner.vocabulary import Level, MeetingStatus, Role

SHORTEST_MINUTES = 5
LONGEST_MINUTES = 24 * 60

NEXT_STATUSES: dict[MeetingStatus, tuple[MeetingStatus, ...]] = {
    MeetingStatus.REQUESTED: (MeetingStatus.PROPOSED, MeetingStatus.CANCELLED),
    MeetingStatus.PROPOSED: (
        MeetingStatus.CONFIRMED,
        MeetingStatus.REQUESTED,
        MeetingStatus.CANCELLED,
    ),
    MeetingStatus.CONFIRMED: (MeetingStatus.HELD, MeetingStatus.PROPOSED, MeetingStatus.CANCELLED),
    MeetingStatus.HELD: (MeetingStatus.CONFIRMED,),
    MeetingStatus.CANCELLED: (MeetingStatus.REQUESTED,),
}
"""Where a meeting may go from each status: forward, one step back to mend a mistake, or
cancelled while it has not been held; a cancelled meeting is revived as a new request."""


def allowed_statuses(current: MeetingStatus) -> tuple[MeetingStatus, ...]:
    """The statuses a meeting in `current` may be given, itself first."""
    return (current, *NEXT_STATUSES[current])


def kind_of(delegation_count: int, total_delegations: int) -> str:
    """bilateral (two), multilateral (three or more), plenary (all, at least three)."""
    if delegation_count >= 3 and delegation_count == total_delegations:
        return "plenary"
    if delegation_count >= 3:
        return "multilateral"
    if delegation_count == 2:
        return "bilateral"
    return "internal"


@dataclass(frozen=True)
class MeetingDraft:
    """Everything the meeting editor edits, with the start as wall-clock time in the summit's
    time zone. Drafts are also the undo states of meeting edits."""

    title: str
    start: datetime
    minutes: int
    level: Level = Level.SENIOR_OFFICIALS
    room_id: int | None = None
    status: MeetingStatus = MeetingStatus.REQUESTED
    delegations: tuple[tuple[int, Role], ...] = ()
    attendees: tuple[tuple[int, bool], ...] = ()
    notes: str = ""
    outcome: str = ""
    pinned: bool = False
    agenda: tuple[tuple[int, int | None, str], ...] = ()  # (issue, minutes, outcome), in order
    requests: tuple[int, ...] = ()  # financing requests raised at the meeting

    @property
    def end(self) -> datetime:
        return self.start + timedelta(minutes=self.minutes)

    @property
    def day(self) -> date:
        return self.start.date()


@dataclass(frozen=True)
class SummitFrame:
    """What meeting checks need to know of the summit."""

    timezone: str
    first_day: date
    last_day: date
    day_start: time
    day_end: time
    transfer_minutes: int
    slot_minutes: int

    @property
    def days(self) -> list[date]:
        count = (self.last_day - self.first_day).days + 1
        return [self.first_day + timedelta(days=n) for n in range(count)]


def summit_frame() -> SummitFrame:
    summit = Summit.get()
    return SummitFrame(
        summit.timezone,
        summit.first_day,
        summit.last_day,
        summit.day_start,
        summit.day_end,
        summit.transfer_minutes,
        summit.slot_minutes,
    )


def validate_draft(
    draft: MeetingDraft, frame: SummitFrame, *, within_summit: bool = True
) -> MeetingDraft:
    """Check a draft and normalise it; raise ValidationError naming the field at fault.

    within_summit=False lets a stored state be put back (undo, redo) on a day the summit no
    longer covers; the conflict engine reports such a meeting as outside the summit.
    """
    fields = validate_fields(draft, frame, within_summit=within_summit)
    delegations = normalise_delegations(draft.delegations)
    teams = {delegation_id for delegation_id, _ in delegations}
    attendees = canonical_attendees(draft.attendees)
    if attendees:
        people = dict(
            Person.select(Person.id, Person.delegation)
            .where(Person.id.in_([person for person, _ in attendees]))
            .tuples()
        )
        strangers = [person for person, _ in attendees if people.get(person) not in teams]
        if strangers:
            names = (
                ", ".join(
                    p.name for p in Person.select(Person.name).where(Person.id.in_(strangers))
                )
                or "someone who no longer exists"
            )
            raise ValidationError(
                "attendees",
                f"{names} cannot attend: their delegation does not take part in the meeting.",
            )
    agenda = normalise_agenda(draft.agenda)
    requests = tuple(sorted(set(draft.requests)))
    if requests and FinancingRequest.select().where(
        FinancingRequest.id.in_(list(requests))
    ).count() != len(requests):
        raise ValidationError("requests", "A chosen financing request no longer exists.")
    if draft.room_id is not None and not Room.select().where(Room.id == draft.room_id).exists():
        raise ValidationError("room", "The chosen room no longer exists.")
    return replace(
        fields, delegations=delegations, attendees=attendees, agenda=agenda, requests=requests
    )


def validate_fields(
    draft: MeetingDraft, frame: SummitFrame, *, within_summit: bool = True
) -> MeetingDraft:
    """Check and normalise the meeting's own fields (title, day, length, level, status),
    reading nothing; see validate_draft."""
    title = draft.title.strip()
    if not title:
        raise ValidationError("title", "The meeting has no title; type one.")
    if within_summit and not frame.first_day <= draft.day <= frame.last_day:
        raise ValidationError(
            "day",
            f"{draft.day:%d %B %Y} is outside the summit, which runs from "
            f"{frame.first_day:%d %B} to {frame.last_day:%d %B %Y}.",
        )
    if not SHORTEST_MINUTES <= draft.minutes <= LONGEST_MINUTES:
        raise ValidationError(
            "minutes",
            f"A meeting lasts from {SHORTEST_MINUTES} minutes to 24 hours; "
            "the end must come after the start.",
        )
    try:
        level = Level(draft.level)
    except ValueError as error:
        raise ValidationError("level", f"“{draft.level}” is not a meeting level.") from error
    try:
        status = MeetingStatus(draft.status)
    except ValueError as error:
        raise ValidationError("status", f"“{draft.status}” is not a meeting status.") from error
    return replace(
        draft,
        title=title,
        level=level,
        status=status,
        start=draft.start.replace(second=0, microsecond=0),
    )


def normalise_agenda(
    items: Iterable[tuple[int, int | None, str | None]],
) -> tuple[tuple[int, int | None, str], ...]:
    """Each issue once (its first place kept), minutes whole and not negative, issues real."""
    seen: dict[int, tuple[int, int | None, str]] = {}
    for issue_id, minutes, outcome in items:
        if minutes is not None and (not isinstance(minutes, int) or minutes < 0):
            raise ValidationError("agenda", "Minutes allotted to an issue must be 0 or more.")
        seen.setdefault(int(issue_id), (int(issue_id), minutes, (outcome or "").strip()))
    if seen:
        known = {
            i
            for (i,) in AgendaIssue.select(AgendaIssue.id)
            .where(AgendaIssue.id.in_(list(seen)))
            .tuples()
        }
        if len(known) != len(seen):
            raise ValidationError("agenda", "An issue on the agenda no longer exists.")
    return tuple(seen.values())


def agenda_minutes(draft: MeetingDraft) -> int:
    """The minutes allotted to the agenda's issues, to compare with the meeting's length."""
    return sum(minutes or 0 for _, minutes, _ in draft.agenda)


def added_to_agenda(draft: MeetingDraft, issue_id: int, minutes: int | None = None) -> MeetingDraft:
    """The draft with the issue added to its agenda; refused if it is already there."""
    if any(item[0] == issue_id for item in draft.agenda):
        raise ValidationError(
            "meeting",
            "The issue is already on that meeting's agenda; change its minutes in the "
            "meeting editor.",
        )
    return with_agenda_item(draft, issue_id, minutes)


def with_agenda_item(
    draft: MeetingDraft, issue_id: int, minutes: int | None = None
) -> MeetingDraft:
    """The draft with an issue added at the end of its agenda (unchanged if already there)."""
    if any(item[0] == issue_id for item in draft.agenda):
        return draft
    return replace(draft, agenda=(*draft.agenda, (issue_id, minutes, "")))


def canonical_attendees(chosen: Iterable[tuple[int, bool]]) -> tuple[tuple[int, bool], ...]:
    """One entry per person (the last one wins), in a fixed order, so that equal
    attendances compare equal however they were entered."""
    return tuple(sorted(dict(chosen).items()))


def normalise_delegations(chosen: tuple[tuple[int, Role], ...]) -> tuple[tuple[int, Role], ...]:
    """Unique delegations, exactly one host (the first one if none was named), in a fixed
    order: the host, then the guests by id."""
    unique: dict[int, Role] = {}
    for delegation_id, role in chosen:
        unique.setdefault(delegation_id, Role(role))
    if not unique:
        raise ValidationError("delegations", "Choose at least one delegation for the meeting.")
    known = set(Delegation.select(Delegation.id).where(Delegation.id.in_(list(unique))).tuples())
    if len(known) != len(unique):
        raise ValidationError("delegations", "A chosen delegation no longer exists.")
    hosts = [d for d, role in unique.items() if role is Role.HOST]
    if len(hosts) > 1:
        raise ValidationError("delegations", "A meeting has one host; choose only one.")
    host = hosts[0] if hosts else next(iter(unique))
    guests = sorted(d for d in unique if d != host)
    return ((host, Role.HOST), *((d, Role.GUEST) for d in guests))


def fetch_draft(meeting_id: int, frame: SummitFrame | None = None) -> MeetingDraft:
    frame = frame or summit_frame()
    meeting = Meeting.get_or_none(Meeting.id == meeting_id)
    if meeting is None:
        raise PlannerError("The meeting no longer exists; it may have been deleted.")
    participants = (
        MeetingDelegation.select(MeetingDelegation.delegation, MeetingDelegation.role)
        .where(MeetingDelegation.meeting == meeting_id)
        .order_by(MeetingDelegation.id)
        .tuples()
    )
    attendees = (
        Attendee.select(Attendee.person, Attendee.required)
        .where(Attendee.meeting == meeting_id)
        .order_by(Attendee.id)
        .tuples()
    )
    agenda = (
        MeetingIssue.select(MeetingIssue.issue, MeetingIssue.minutes, MeetingIssue.outcome)
        .where(MeetingIssue.meeting == meeting_id)
        .order_by(MeetingIssue.sort_order, MeetingIssue.id)
        .tuples()
    )
    return MeetingDraft(
        title=meeting.title,
        start=utc_to_local(meeting.start, frame.timezone),
        minutes=int((meeting.end - meeting.start).total_seconds() // 60),
        level=Level(meeting.level),
        room_id=meeting.room_id,
        status=MeetingStatus(meeting.status),
        delegations=canonical_delegations((d, Role(role)) for d, role in participants),
        attendees=canonical_attendees((p, bool(required)) for p, required in attendees),
        notes=meeting.notes,
        outcome=meeting.outcome,
        pinned=bool(meeting.pinned),
        agenda=tuple((i, minutes, outcome) for i, minutes, outcome in agenda),
        requests=tuple(
            sorted(
                r
                for (r,) in FinancingMeeting.select(FinancingMeeting.request)
                .where(FinancingMeeting.meeting == meeting_id)
                .tuples()
            )
        ),
    )


def canonical_delegations(stored: Iterable[tuple[int, Role]]) -> tuple[tuple[int, Role], ...]:
    """Stored participations in normalise_delegations' order, without touching the database."""
    entries = list(stored)
    hosts = [entry for entry in entries if entry[1] is Role.HOST]
    guests = sorted(entry for entry in entries if entry[1] is not Role.HOST)
    return (*hosts, *guests)


def row_values(draft: MeetingDraft, frame: SummitFrame) -> dict[str, Any]:
    start = local_to_utc(draft.start, frame.timezone)
    return {
        "title": draft.title,
        "level": draft.level.value,
        "start": start,
        "end": start + timedelta(minutes=draft.minutes),
        "room": draft.room_id,
        "status": draft.status.value,
        "notes": draft.notes,
        "outcome": draft.outcome,
        "pinned": draft.pinned,
    }


def write_links(meeting_id: int, draft: MeetingDraft) -> None:
    MeetingDelegation.delete().where(MeetingDelegation.meeting == meeting_id).execute()
    Attendee.delete().where(Attendee.meeting == meeting_id).execute()
    MeetingDelegation.insert_many(
        [
            {"meeting": meeting_id, "delegation": d, "role": role.value}
            for d, role in draft.delegations
        ]
    ).execute()
    FinancingMeeting.delete().where(FinancingMeeting.meeting == meeting_id).execute()
    if draft.requests:
        FinancingMeeting.insert_many(
            [{"meeting": meeting_id, "request": r} for r in draft.requests]
        ).execute()
    MeetingIssue.delete().where(MeetingIssue.meeting == meeting_id).execute()
    if draft.agenda:
        MeetingIssue.insert_many(
            [
                {"meeting": meeting_id, "issue": i, "sort_order": n, "minutes": m, "outcome": o}
                for n, (i, m, o) in enumerate(draft.agenda)
            ]
        ).execute()
    if draft.attendees:
        Attendee.insert_many(
            [
                {"meeting": meeting_id, "person": p, "required": required}
                for p, required in draft.attendees
            ]
        ).execute()


def create_meeting(draft: MeetingDraft) -> int:
    """Validate and store a new meeting; return its id."""
    frame = summit_frame()
    clean = validate_draft(draft, frame)
    with records.writing("The meeting"):
        meeting_id: int = Meeting.insert(row_values(clean, frame)).execute()
        write_links(meeting_id, clean)
    return meeting_id


def update_meeting(
    meeting_id: int, draft: MeetingDraft, *, within_summit: bool = True
) -> MeetingDraft | None:
    """Validate and apply a draft to a meeting; return the previous draft, None if unchanged."""
    frame = summit_frame()
    before = fetch_draft(meeting_id, frame)
    clean = validate_draft(draft, frame, within_summit=within_summit)
    if clean == before:
        return None
    with records.writing("The meeting"):
        Meeting.update(row_values(clean, frame)).where(Meeting.id == meeting_id).execute()
        links = (clean.delegations, clean.attendees, clean.agenda, clean.requests)
        if links != (before.delegations, before.attendees, before.agenda, before.requests):
            write_links(meeting_id, clean)
    return before


class Keep(Enum):
    """Leaves a part of a draft as it is."""

    ROOM = "room"


KEEP_ROOM: Final = Keep.ROOM


def moved(
    draft: MeetingDraft, start: datetime, room_id: int | None | Keep = KEEP_ROOM
) -> MeetingDraft:
    """The draft at a new local start time and, if given, in another room (None: no room)."""
    if room_id is KEEP_ROOM:
        return replace(draft, start=start)
    return replace(draft, start=start, room_id=room_id)


def resized(draft: MeetingDraft, minutes: int) -> MeetingDraft:
    return replace(draft, minutes=minutes)


def with_status(draft: MeetingDraft, status: MeetingStatus) -> MeetingDraft:
    """The draft with a new status, refusing transitions that make no sense."""
    current = MeetingStatus(draft.status)
    status = MeetingStatus(status)
    if status not in allowed_statuses(current):
        raise ValidationError(
            "status",
            f"A {current.value} meeting cannot become {status.value}; "
            f"it can become {', '.join(s.value for s in NEXT_STATUSES[current])}.",
        )
    return replace(draft, status=status)


def duplicated(draft: MeetingDraft) -> MeetingDraft:
    """A copy to schedule anew: the same delegations and people, as a new request."""
    return replace(
        draft,
        title=f"{draft.title} (copy)",
        status=MeetingStatus.REQUESTED,
        outcome="",
        pinned=False,
        agenda=tuple((issue, minutes, "") for issue, minutes, _ in draft.agenda),
        requests=(),  # financing stays with the meeting where it is raised
    )


class MeetingOperations:
    """Undoable editing of meetings (see records.RecordOperations); values are drafts."""

    kind = "meeting"

    def add(self, values: MeetingDraft) -> int:
        return create_meeting(values)

    def change(self, row_id: int, values: MeetingDraft) -> tuple[MeetingDraft, MeetingDraft] | None:
        """Apply a draft without the day-range rule, so that undo and redo can put back a
        state on a day the summit no longer covers (edits keep it: see meeting_edits)."""
        before = update_meeting(row_id, values, within_summit=False)
        if before is None:
            return None
        return before, fetch_draft(row_id)

    def plan_removal(self, row_ids: list[int]) -> DeletionPlan:
        return records.plan_deletion(Meeting, row_ids)

    def remove(self, plan: DeletionPlan) -> None:
        records.delete(plan)

    def restore(self, plan: DeletionPlan) -> None:
        records.restore(plan)


MEETING_OPERATIONS = MeetingOperations()
