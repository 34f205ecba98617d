"""The thread of one agenda issue: every meeting that has it on the agenda, with its outcome."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from db.models import Delegation, Meeting, MeetingDelegation, MeetingIssue
from planner.meetings import summit_frame
from planner.timezones import utc_to_local


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
