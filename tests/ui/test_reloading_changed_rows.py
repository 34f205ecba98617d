"""After an edit, the Meetings table and the Schedule grid read and redraw only the meetings
the change names (counted), and show what a full reload would."""

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt

from db.models import Meeting
from planner import schedule_changes
from planner.history import Change
from planner.schedule import load_overview
from ui import schedule_monitor

SCHEDULE, MEETINGS = 0, 1


@pytest.fixture
def window(sample_window):
    return sample_window


@pytest.fixture
def counts(monkeypatch):
    """Meetings read again one by one, and whole reloads of the schedule."""
    seen = {"read": [], "full": 0, "texts": 0}
    read = schedule_changes.load_facts

    def reading(ids):
        seen["read"].append(set(ids))
        return read(ids)

    def full(**kwargs):
        seen["full"] += 1
        return load_overview(**kwargs)

    monkeypatch.setattr(schedule_changes, "load_facts", reading)
    monkeypatch.setattr(schedule_monitor, "load_overview", full)
    return seen


def shown_rows(section) -> list:
    proxy, model = section.proxy, section.model
    return [model.rows[proxy.mapToSource(proxy.index(r, 0)).row()] for r in range(proxy.rowCount())]


def local_start(window, meeting_id: int):
    return next(r.start for r in window.monitor.overview.rows if r.id == meeting_id)


def test_moving_a_meeting_reloads_only_its_row_in_the_meetings_table(window, counts, qtbot):
    section = window.meetings_section
    section.pane.view.sortByColumn(section.model.TITLE, Qt.SortOrder.AscendingOrder)
    texts = []
    prepare = section.proxy.search_text
    section.proxy.search_text = lambda row: texts.append(row.id) or prepare(row)
    resets = []
    section.model.modelReset.connect(lambda: resets.append(1))
    meeting = section.model.rows[3].id
    assert section.actions.move(meeting, local_start(window, meeting) + timedelta(hours=2))
    assert counts == {"read": [{meeting}], "full": 0, "texts": 0}
    assert texts == [meeting] and resets == []  # one row decided and placed again
    full = load_overview()
    assert section.model.all_rows == full.rows  # as a reload would show them
    assert shown_rows(section) == sorted(full.rows, key=lambda r: r.title.casefold())
    window.document.undo()
    assert counts["read"] == [{meeting}, {meeting}] and counts["full"] == 0
    assert section.model.all_rows == load_overview().rows


def test_filtered_table_gains_and_loses_rows_as_meetings_change(window, counts):
    section = window.meetings_section
    section.day_filter.setCurrentIndex(1)  # the first day only
    first_day = section.day_filter.currentData()
    on_first = [r for r in shown_rows(section)]
    meeting = on_first[0].id
    assert section.actions.move(meeting, local_start(window, meeting) + timedelta(days=1))
    assert meeting not in {r.id for r in shown_rows(section)}
    assert len(shown_rows(section)) == len(on_first) - 1
    section.actions.delete([on_first[1].id])
    window.document.undo()  # back, with the same id, in its place
    window.document.undo()
    assert [r.id for r in shown_rows(section)] == [r.id for r in on_first]
    assert all(r.day == first_day for r in shown_rows(section))
    assert counts["full"] == 0 and all(len(ids) == 1 for ids in counts["read"])


def test_the_schedule_grid_reads_only_the_moved_meeting(window, counts):
    window.navigator.setCurrentRow(SCHEDULE)
    section = window.schedule_section
    block = section.grid.layout_.blocks[0]
    start = local_start(window, block.meeting_id)
    assert section.actions.move(block.meeting_id, start + timedelta(minutes=30))
    assert counts["read"] == [{block.meeting_id}] and counts["full"] == 0
    moved = next(b for b in section.grid.layout_.blocks if b.meeting_id == block.meeting_id)
    assert moved.start == start + timedelta(minutes=30)
    full = load_overview()
    assert window.monitor.overview.facts == full.facts
    assert window.monitor.overview.conflicts == full.conflicts  # found again, all of them


def test_changes_the_schedule_does_not_show_reload_nothing(window, counts):
    updates = []
    window.monitor.updated.connect(updates.append)
    window.document.notify(Change.of("position", [(1, 1)]))
    window.document.notify(Change.of("issue", [1]))
    assert updates == [] and counts["full"] == 0
    window.document.notify("room")  # a kind alone: every room, a whole reload
    assert counts["full"] == 1 and len(updates) == 1
    Meeting.update(title="Renamed elsewhere").where(Meeting.id == 1).execute()
    window.document.notify(Change.of("meeting", [1]))  # as a change from outside would come
    assert counts["read"] == [{1}]
    assert (
        window.meetings_section.model.rows[window.meetings_section.model.row_of_id(1)].title
        == "Renamed elsewhere"
    )


def test_moving_a_meeting_in_the_window_reads_little(window):
    from db.models import database_proxy

    section = window.meetings_section
    meeting = section.model.rows[5].id
    start = local_start(window, meeting)
    seen: list[str] = []
    database_proxy.connection().set_trace_callback(seen.append)
    try:
        assert section.actions.move(meeting, start + timedelta(minutes=15))
    finally:
        database_proxy.connection().set_trace_callback(None)
    writing = [s for s in seen if not s.startswith("SELECT")]
    assert writing == ["BEGIN", writing[1], "COMMIT"] and writing[1].startswith("UPDATE")
    # the edit: the summit's days and the meeting's row; the views: the meeting's facts
    assert len(seen) <= 6 + 3, seen


def test_a_person_changed_reloads_only_the_meetings_they_attend(window, counts):
    from db.models import Attendee, Person
    from planner.delegations import OPERATIONS, Kind
    from planner.edits import ChangeRecord, RemoveRecords

    person = Attendee.select().first().person_id
    attended = {a.meeting_id for a in Attendee.select().where(Attendee.person == person)}
    ops = OPERATIONS[Kind.PERSON]
    window.document.run(ChangeRecord(ops, person, {"name": "Renamed Person"}, "Rename"))
    assert counts["full"] == 0 and counts["read"] == [attended]
    assert window.monitor.overview.directory == load_overview().directory
    window.document.run(RemoveRecords(ops, ops.plan_removal([person]), "Delete"))
    window.document.undo()
    assert counts["full"] == 0 and counts["read"][1:] == [attended, attended]
    full = load_overview()
    assert window.monitor.overview.facts == full.facts
    assert window.monitor.overview.conflicts == full.conflicts
    assert Person.get_by_id(person).name == "Renamed Person"
