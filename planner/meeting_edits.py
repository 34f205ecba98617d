"""The operations that change an existing meeting beyond the editor's whole draft (a
records.ChangeRecord of meeting_records.MEETING_OPERATIONS), with the rule that a meeting is
kept within the summit's days when it is edited (undo and redo may put back a state on a day
the summit no longer covers: the conflict engine reports it as outside the summit).

Moving, resizing or re-statusing a meeting changes its own row only, so it reads and writes
that row alone (a handful of SQL statements); putting an issue on its agenda changes the
whole draft, as the editor does."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, time
from typing import Any

from db.fields import parse_utc
from db.models import Meeting, Room, database_proxy
from planner import records, row_versions
from planner.edits import ChangeRecord
from planner.errors import PlannerError, ValidationError
from planner.history import Change
from planner.meeting_drafts import added_to_agenda
from planner.meeting_records import MEETING_OPERATIONS, fetch_draft, row_values
from planner.meetings import MeetingDraft, SummitFrame, summit_frame, validate_fields
from planner.timezones import utc_to_local
from planner.translation import tr
from planner.vocabulary import Level, MeetingStatus

KIND = "meeting"
Row = dict[str, Any]
FIELDS = ("title", "level", "start", "end", "room", "status", "notes", "outcome", "pinned",
          "tier", "fixed_day", "earliest", "latest")


def agenda_addition(
    issue_id: int, meeting_id: int, minutes: int | None, description: str
) -> ChangeRecord:
    """The edit that puts an issue on a meeting's agenda (refused at once if it is there
    already or the meeting is cancelled): a change of the meeting like any other."""
    draft = added_to_agenda(fetch_draft(meeting_id), issue_id, minutes)
    return ChangeRecord(MEETING_OPERATIONS, meeting_id, draft, description)


def fetch_row(meeting_id: int) -> Row:
    """The meeting's own fields as stored (one query, no conversion per value)."""
    names = ", ".join(f'"{name}_id"' if name == "room" else f'"{name}"' for name in FIELDS)
    found = database_proxy.execute_sql(
        f"SELECT {names} FROM meeting WHERE id = ?", (meeting_id,)
    ).fetchone()
    if found is None:
        raise PlannerError(tr("The meeting no longer exists; it may have been deleted."))
    if row_versions.shared():  # several people edit it: note what this edit is based on
        version = Meeting.select(Meeting.version).where(Meeting.id == meeting_id).scalar()
        row_versions.note_read(Meeting, meeting_id, version)
    return dict(zip(FIELDS, found, strict=True))


def draft_of_row(row: Row, frame: SummitFrame) -> MeetingDraft:
    """The meeting's own fields as a draft (who takes part is not read: it does not change)."""
    start, end = parse_utc(row["start"]), parse_utc(row["end"])
    return MeetingDraft(
        title=row["title"],
        start=utc_to_local(start, frame.timezone),
        minutes=int((end - start).total_seconds() // 60),
        level=Level(row["level"]),
        room_id=row["room"],
        status=MeetingStatus(row["status"]),
        notes=row["notes"],
        outcome=row["outcome"],
        pinned=bool(row["pinned"]),
        tier=row["tier"],
        fixed_day=stored_value(row["fixed_day"], date.fromisoformat),
        earliest=stored_value(row["earliest"], time.fromisoformat),
        latest=stored_value(row["latest"], time.fromisoformat),
    )


def stored_value(text: Any, parse: Callable[[str], Any]) -> Any:
    """A stored date or time as Python's (None stays None; peewee's values pass through)."""
    return parse(text) if isinstance(text, str) else text


def check_room(room_id: int | None, stored: int | None) -> None:
    """A new room must exist (the stored one does: the file's references see to that)."""
    if room_id not in (None, stored) and not Room.select().where(Room.id == room_id).exists():
        raise ValidationError("room", tr("The chosen room no longer exists."))


def write_row(meeting_id: int, values: Row) -> None:
    with records.writing("The meeting"):
        row_versions.written(Meeting, meeting_id, values)  # refused if changed since


@dataclass
class AdjustMeeting:
    """A change of a meeting's own fields only (time, length, room, status): `adjust` makes
    the new draft from the present one; the stored rows before and after are kept."""

    meeting_id: int
    adjust: Callable[[MeetingDraft], MeetingDraft]
    description: str
    states: tuple[Row, Row] | None = field(default=None, init=False)

    def apply(self) -> Change:
        if self.states is None:
            frame = summit_frame()
            stored = fetch_row(self.meeting_id)
            current = draft_of_row(stored, frame)
            wanted = validate_fields(self.adjust(current), frame, within_summit=True)
            check_room(wanted.room_id, current.room_id)
            if wanted == current:
                return Change()
            after = row_values(wanted, frame)
            stored.update(start=parse_utc(stored["start"]), end=parse_utc(stored["end"]))
            before = {name: stored[name] for name in after}
            write_row(self.meeting_id, after)
            self.states = (before, after)
        else:
            write_row(self.meeting_id, self.states[1])
        return Change.of(KIND, [self.meeting_id])

    def revert(self) -> Change:
        assert self.states is not None, "a change is undone only after it was made"
        write_row(self.meeting_id, self.states[0])
        return Change.of(KIND, [self.meeting_id])
