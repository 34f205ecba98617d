"""The Issues section: create, edit and delete with undo; codes; filters; the thread;
adding an issue to a meeting; tracks."""

import pytest

from db.models import AgendaIssue, MeetingIssue, Track
from planner.issues import list_issues
from planner.meeting_records import fetch_draft
from ui import dialogs
from ui.issues.table_model import IssueTableModel
from ui.issues.tracks_dialog import TracksDialog
from ui.main_window import MainWindow


@pytest.fixture
def window(qtbot, settings, sample_summit):
    main = MainWindow(settings)
    qtbot.addWidget(main)
    main.resize(1400, 900)
    main.open_path(sample_summit)
    main.navigator.setCurrentRow(2)
    return main


@pytest.fixture
def section(window):
    return window.issues_section


def issue_id(code: str) -> int:
    return AgendaIssue.get(AgendaIssue.code == code).id


def test_model_passes_qt_checks(qtmodeltester, sample_summit):
    model = IssueTableModel()
    model.reload()
    qtmodeltester.check(model)
    assert model.rowCount() == AgendaIssue.select().count()


def test_new_issue_gets_the_next_code_and_undo_removes_it(window, section, script):
    ecology = Track.get(Track.name == "Ecology").id
    script.fill = {"title": "Glacier melt in the Pamirs", "track": ecology}
    section.pane.add_button.click()
    created = AgendaIssue.get(AgendaIssue.title == "Glacier melt in the Pamirs")
    assert created.code == "ENV-03"
    assert section.pane.selected_ids() == [created.id]
    window.document.undo()
    assert not AgendaIssue.select().where(AgendaIssue.id == created.id).exists()
    window.document.redo()
    assert AgendaIssue.get_by_id(created.id).code == "ENV-03"


def test_duplicate_code_is_refused_in_the_dialog(window, section, script):
    script.fill = {"code": "eco-01", "title": "Again"}
    section.pane.add_button.click()
    assert script.dialog_messages == ["Another issue already has the code ECO-01."]


def test_edit_then_undo(window, section, script):
    target = issue_id("ECO-06")
    section.pane.select_id(target)
    script.fill = {"status": "agreed"}
    section.pane.edit_button.click()
    assert AgendaIssue.get_by_id(target).status == "agreed"
    window.document.undo()
    assert AgendaIssue.get_by_id(target).status == "under_negotiation"


def test_delete_asks_with_consequences_and_undo_restores(window, section, script):
    target = issue_id("ECO-06")
    items = MeetingIssue.select().where(MeetingIssue.issue == target).count()
    section.pane.select_id(target)
    section.pane.delete_button.click()
    assert "meeting agenda item" in script.questions[0]
    assert not AgendaIssue.select().where(AgendaIssue.id == target).exists()
    window.document.undo()
    assert MeetingIssue.select().where(MeetingIssue.issue == target).count() == items


def test_filters_and_search(qtbot, section):
    section.track_filter.setCurrentIndex(section.track_filter.findText("Ecology"))
    assert section.proxy.rowCount() == 2
    section.track_filter.setCurrentIndex(0)
    qtbot.keyClicks(section.pane.filter_edit, "railway kyrgyzstan")
    shown = [
        section.proxy.index(r, IssueTableModel.CODE).data() for r in range(section.proxy.rowCount())
    ]
    assert shown == ["ECO-16"]
    section.pane.filter_edit.clear()
    section.status_filter.setCurrentIndex(section.status_filter.findText("Agreed"))
    visible = [
        section.model.rows[section.proxy.mapToSource(section.proxy.index(r, 0)).row()]
        for r in range(section.proxy.rowCount())
    ]
    assert visible and all(row.status == "agreed" for row in visible)
    assert len(visible) < len(section.model.all_rows) == 32


def test_the_thread_lists_every_meeting_in_time_order(section):
    busiest = max(list_issues(), key=lambda row: row.meetings)
    section.pane.select_id(busiest.id)
    entries = section.thread.entries()
    assert len(entries) == busiest.meetings
    assert busiest.code in section.thread.heading.text()
    assert all("Outcome:" in item.text() for item in entries)


def test_add_to_meeting_is_undoable(window, section, script):
    target = issue_id("ECO-07")  # on no agenda yet
    section.pane.select_id(target)
    meeting = window.monitor.overview.rows[0].id
    script.fill = {"meeting": meeting, "minutes": 20}
    section.add_to_meeting_button.click()
    assert (target, 20, "") in fetch_draft(meeting).agenda
    assert section.model.rows[section.model.row_of_id(target)].meetings == 1
    window.document.undo()
    assert all(item[0] != target for item in fetch_draft(meeting).agenda)


def test_deleting_a_track_moves_its_issues(qtbot, window, monkeypatch):
    dialog = TracksDialog(window.document, window)
    qtbot.addWidget(dialog)
    social = Track.get(Track.name == "Social").id
    political = Track.get(Track.name == "Political").id
    moved = [i.id for i in AgendaIssue.select().where(AgendaIssue.track == social)]
    asked = []

    def choose(_parent, _title, label, _items):
        asked.append(label)
        return political

    monkeypatch.setattr(dialogs, "choose_item", choose)
    dialog.pane.select_id(social)
    dialog.pane.delete_button.click()
    assert "Social has 6 issues" in asked[0]
    assert not Track.select().where(Track.id == social).exists()
    assert all(AgendaIssue.get_by_id(i).track_id == political for i in moved)
    window.document.undo()
    assert all(AgendaIssue.get_by_id(i).track_id == social for i in moved)


def test_track_model_passes_qt_checks(qtmodeltester, sample_summit):
    from ui.issues.tracks_dialog import TrackTableModel

    model = TrackTableModel()
    model.reload()
    qtmodeltester.check(model)
    assert [row.name for row in model.rows][:2] == ["Political", "Economic"]


def test_due_dates_sort_as_dates_with_empty_ones_last(section):
    from PySide6.QtCore import Qt

    section.pane.view.sortByColumn(IssueTableModel.DUE, Qt.SortOrder.AscendingOrder)
    proxy = section.proxy
    shown = [
        section.model.rows[proxy.mapToSource(proxy.index(r, 0)).row()].due_date
        for r in range(proxy.rowCount())
    ]
    dated = [d for d in shown if d is not None]
    assert dated == sorted(dated) and shown[: len(dated)] == dated


def test_adding_an_issue_twice_to_a_meeting_is_explained(window, section, script):
    from planner.meeting_records import fetch_draft

    meeting = next(r.id for r in window.monitor.overview.rows if fetch_draft(r.id).agenda)
    first = fetch_draft(meeting).agenda[0]
    section.pane.select_id(first[0])
    script.fill = {"meeting": meeting, "minutes": 45}
    section.add_to_meeting_button.click()
    assert (
        script.dialog_messages and "already on that meeting's agenda" in script.dialog_messages[0]
    )
    assert fetch_draft(meeting).agenda[0] == first


def test_the_agenda_chooser_takes_a_typed_code(qtbot):
    from datetime import date

    from planner.issues import IssueRow
    from ui.meetings.agenda_editor import AgendaEditor

    rows = [
        IssueRow(
            7,
            "POL-01",
            "Sovereignty",
            1,
            "Political",
            "#123456",
            0,
            "high",
            None,
            "",
            "open",
            date(2025, 6, 17),
            "",
            "",
            0,
        )
    ]
    editor = AgendaEditor(rows, ())
    qtbot.addWidget(editor)
    editor.chooser.setEditText("pol-01")
    editor.add_chosen()
    assert editor.issue_ids() == [7]
    editor.items()[0].setText(1, "²")  # not a plain number: no minutes, and no error
    assert editor.agenda() == ((7, None, ""),)


def test_the_list_sorts_and_filters_itself_and_keeps_the_selection(section):
    from PySide6.QtCore import Qt

    view = section.pane.view
    view.sortByColumn(IssueTableModel.CODE, Qt.SortOrder.DescendingOrder)
    codes = [row.code for row in section.model.rows]
    assert codes == sorted(codes, reverse=True) and len(codes) == 32
    assert section.proxy.sortColumn() == -1  # the model sorted, not Qt's proxy row by row
    section.pane.select_id(issue_id("ECO-16"))
    section.pane.filter_edit.setText("railway kyrgyzstan")
    assert [row.code for row in section.model.rows] == ["ECO-16"]
    assert section.pane.selected_ids() == [issue_id("ECO-16")]
    section.pane.filter_edit.clear()
    assert len(section.model.rows) == 32 and section.pane.selected_ids() == [issue_id("ECO-16")]
    assert [row.code for row in section.model.rows] == codes  # still sorted
