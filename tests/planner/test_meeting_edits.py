"""Changing meetings as operations: few SQL statements for a move, the summit's days kept
when editing, and undo putting back exactly what was stored."""

from dataclasses import replace
from datetime import timedelta

import pytest

from db.models import Meeting, Room, Summit, database_proxy
from planner.edits import ChangeRecord
from planner.errors import ValidationError
from planner.history import Change, History
from planner.meeting_drafts import moved, resized
from planner.meeting_edits import AdjustMeeting
from planner.meeting_records import MEETING_OPERATIONS, fetch_draft


def stored(meeting_id: int) -> tuple:
    return database_proxy.execute_sql(
        "SELECT * FROM meeting WHERE id = ?", (meeting_id,)
    ).fetchone()


@pytest.fixture
def statements():
    seen: list[str] = []
    connection = database_proxy.connection()
    connection.set_trace_callback(seen.append)
    yield seen
    connection.set_trace_callback(None)


def test_moving_a_meeting_runs_at_most_six_statements(sample_summit, statements):
    meeting = Meeting.select().first()
    start = fetch_draft(meeting.id).start
    history = History()
    statements.clear()
    move = AdjustMeeting(meeting.id, lambda d: moved(d, start + timedelta(minutes=30)), "Move")
    assert history.run(move) == Change.of("meeting", [meeting.id])
    assert len(statements) <= 6, statements
    assert fetch_draft(meeting.id).start == start + timedelta(minutes=30)
    statements.clear()
    history.undo()
    assert len(statements) <= 3  # BEGIN, UPDATE, COMMIT


def test_adjusting_and_undoing_gives_back_the_stored_row(sample_summit):
    meeting = Meeting.select().first()
    room = Room.select().where(Room.id != meeting.room_id).first()
    before = stored(meeting.id)
    history = History()
    start = fetch_draft(meeting.id).start
    history.run(AdjustMeeting(meeting.id, lambda d: moved(d, start, room.id), "Move"))
    history.run(AdjustMeeting(meeting.id, lambda d: resized(d, 95), "Longer"))
    assert fetch_draft(meeting.id).room_id == room.id and fetch_draft(meeting.id).minutes == 95
    history.undo()
    history.undo()
    assert stored(meeting.id) == before
    history.redo()
    assert fetch_draft(meeting.id).room_id == room.id


def test_an_unchanged_adjustment_is_no_step_and_a_missing_room_is_refused(sample_summit):
    meeting = Meeting.select().first()
    history = History()
    assert not history.run(AdjustMeeting(meeting.id, lambda d: d, "Nothing"))
    with pytest.raises(ValidationError, match="room no longer exists"):
        history.run(AdjustMeeting(meeting.id, lambda d: replace(d, room_id=9999), "Move"))
    assert len(history) == 0


def test_edits_keep_meetings_within_the_summit_but_undo_may_leave_them_outside(sample_summit):
    meeting = Meeting.select().first()
    draft = fetch_draft(meeting.id)
    history = History()
    late = moved(draft, draft.start + timedelta(days=30))
    with pytest.raises(ValidationError, match="outside the summit"):
        history.run(ChangeRecord(MEETING_OPERATIONS, meeting.id, late, "Edit"))
    with pytest.raises(ValidationError, match="outside the summit"):
        history.run(AdjustMeeting(meeting.id, lambda d: moved(d, late.start), "Move"))
    history.run(
        ChangeRecord(MEETING_OPERATIONS, meeting.id, replace(draft, title="Renamed"), "Edit")
    )
    next_day = draft.start + timedelta(days=1)
    history.run(AdjustMeeting(meeting.id, lambda d: moved(d, next_day), "Move"))
    Summit.update(last_day=Summit.get().first_day).execute()  # the summit shrinks to one day
    history.undo()
    history.redo()  # a stored state is put back on a day the summit no longer covers
    assert fetch_draft(meeting.id).start == next_day
    history.undo()
    history.undo()
    assert fetch_draft(meeting.id) == draft


def test_putting_an_issue_on_an_agenda_is_an_ordinary_undoable_change(sample_summit):
    from db.models import AgendaIssue
    from planner.meeting_edits import agenda_addition

    meeting = Meeting.select().first()
    before = fetch_draft(meeting.id)
    on_agenda = {item[0] for item in before.agenda}
    issue = next(i.id for i in AgendaIssue.select() if i.id not in on_agenda)
    history = History()
    change = history.run(agenda_addition(issue, meeting.id, 25, "Add to a Meeting"))
    assert change == Change.of("meeting", [meeting.id])
    assert fetch_draft(meeting.id).agenda[-1] == (issue, 25, "")
    with pytest.raises(ValidationError, match="already on that meeting's agenda"):
        agenda_addition(issue, meeting.id, 10, "Again")  # refused before anything is run
    history.undo()
    assert fetch_draft(meeting.id) == before
    history.redo()
    assert fetch_draft(meeting.id).agenda[-1] == (issue, 25, "")
