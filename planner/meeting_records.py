"""Meetings in the summit file: a meeting read as a draft, a draft stored, and the undoable
operations on meetings."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from db.models import (
    Attendee,
    FinancingMeeting,
    Meeting,
    MeetingDelegation,
    MeetingIssue,
)
from planner import records, row_versions
from planner.errors import PlannerError
from planner.meetings import (
    MeetingDraft,
    SummitFrame,
    canonical_attendees,
    canonical_delegations,
    summit_frame,
    validate_draft,
)
from planner.records import DeletionPlan, RecordOperations
from planner.timezones import local_to_utc, utc_to_local
from planner.translation import tr
from planner.vocabulary import Level, MeetingStatus, Role


def fetch_draft(meeting_id: int, frame: SummitFrame | None = None) -> MeetingDraft:
    frame = frame or summit_frame()
    meeting = Meeting.get_or_none(Meeting.id == meeting_id)
    if meeting is None:
        raise PlannerError(tr("The meeting no longer exists; it may have been deleted."))
    row_versions.note_read(Meeting, meeting_id, meeting.version)
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
        tier=meeting.tier,
        fixed_day=meeting.fixed_day,
        earliest=meeting.earliest,
        latest=meeting.latest,
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
        "tier": draft.tier,
        "fixed_day": draft.fixed_day,
        "earliest": draft.earliest,
        "latest": draft.latest,
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
        row_versions.written(Meeting, meeting_id, row_values(clean, frame))
        links = (clean.delegations, clean.attendees, clean.agenda, clean.requests)
        if links != (before.delegations, before.attendees, before.agenda, before.requests):
            write_links(meeting_id, clean)
    return before


class MeetingOperations(RecordOperations):
    """Undoable editing of meetings (see records.RecordOperations); values are drafts."""

    kind = "meeting"

    def add(self, values: MeetingDraft) -> int:
        return create_meeting(values)

    def change(self, row_id: int, values: MeetingDraft) -> tuple[MeetingDraft, MeetingDraft] | None:
        """A new edit: the meeting is kept within the summit's days."""
        before = update_meeting(row_id, values, within_summit=True)
        if before is None:
            return None
        return before, fetch_draft(row_id)

    def put(self, row_id: int, state: MeetingDraft) -> None:
        """Undo and redo put back a stored state even on a day the summit no longer covers
        (the conflict engine reports it as outside the summit)."""
        update_meeting(row_id, state, within_summit=False)

    def plan_removal(self, row_ids: list[int]) -> DeletionPlan:
        return records.plan_deletion(Meeting, row_ids)

    def remove(self, plan: DeletionPlan) -> None:
        records.delete(plan)

    def restore(self, plan: DeletionPlan) -> None:
        records.restore(plan)


MEETING_OPERATIONS = MeetingOperations()
