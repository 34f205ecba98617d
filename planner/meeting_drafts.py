"""A meeting's draft changed into another: moved, resized, a new status, duplicated, an issue
added to its agenda."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from enum import Enum
from typing import Final

from planner.errors import ValidationError
from planner.meetings import NEXT_STATUSES, MeetingDraft, allowed_statuses, takes_agenda
from planner.translation import tr
from planner.vocabulary import MeetingStatus


def agenda_minutes(draft: MeetingDraft) -> int:
    """The minutes allotted to the agenda's issues, to compare with the meeting's length."""
    return sum(minutes or 0 for _, minutes, _ in draft.agenda)


def added_to_agenda(draft: MeetingDraft, issue_id: int, minutes: int | None = None) -> MeetingDraft:
    """The draft with the issue added to its agenda; refused if it is already there or the
    meeting is cancelled."""
    if not takes_agenda(draft.status):
        raise ValidationError(
            "meeting", tr("The meeting is cancelled; put the issue on another meeting's agenda.")
        )
    if any(item[0] == issue_id for item in draft.agenda):
        raise ValidationError(
            "meeting",
            tr(
                "The issue is already on that meeting's agenda; change its "
                "minutes in the meeting editor."
            ),
        )
    return with_agenda_item(draft, issue_id, minutes)


def with_agenda_item(
    draft: MeetingDraft, issue_id: int, minutes: int | None = None
) -> MeetingDraft:
    """The draft with an issue added at the end of its agenda (unchanged if already there)."""
    if any(item[0] == issue_id for item in draft.agenda):
        return draft
    return replace(draft, agenda=(*draft.agenda, (issue_id, minutes, "")))


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
            tr("A {value} meeting cannot become {value2}; it can become {join}.").format(
                value=current.value,
                value2=status.value,
                join=", ".join(s.value for s in NEXT_STATUSES[current]),
            ),
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
