"""The Meetings section, the meeting editor and the conflicts panel, with undo and redo."""

import pytest
from PySide6.QtCore import Qt, QTime

from db.models import Attendee, Meeting
from planner.schedule import load_overview
from ui.meetings.editor import MeetingEditor
from ui.meetings.table_model import MeetingFilterProxy, MeetingTableModel

CLASHING = "KZ–CN ministers: steel and rare-earth joint ventures, relocation of enterprises"


def meeting_id(title: str) -> int:
    return Meeting.get(Meeting.title == title).id


@pytest.fixture
def window(sample_window):
    return sample_window


@pytest.fixture
def section(window):
    return window.meetings_section


def counter(window) -> str:
    return window.conflict_label.text()


def test_model_passes_qt_checks_and_marks_conflicts(qtmodeltester, sample_summit):
    model = MeetingTableModel()
    model.show_overview(load_overview())
    qtmodeltester.check(model)
    row = model.row_of_id(meeting_id(CLASHING))
    assert model.index(row, MeetingTableModel.CONFLICTS).data() == "2 errors"
    tooltip = model.index(row, MeetingTableModel.CONFLICTS).data(Qt.ItemDataRole.ToolTipRole)
    assert "Almasadam Satkaliyev" in tooltip
    assert model.index(row, MeetingTableModel.TIME).data() == "12:30–13:30"  # Astana time


def test_filters_by_day_delegation_and_status(qtbot, sample_summit):
    model = MeetingTableModel()
    model.show_overview(load_overview())
    proxy = MeetingFilterProxy()
    proxy.setSourceModel(model)
    from datetime import date

    tm = next(i for i, (code, _) in load_overview().directory.delegations.items() if code == "TM")
    proxy.set_filters(date(2025, 6, 17), tm, None)
    titles = {proxy.index(r, MeetingTableModel.TITLE).data() for r in range(proxy.rowCount())}
    assert titles and all(
        row.day == date(2025, 6, 17) and "TM" in row.delegations
        for row in model.rows
        if row.title in titles
    )
    proxy.set_filters(None, None, "cancelled")
    assert proxy.rowCount() == 1


def test_opens_on_meetings_with_the_counter(window):
    assert window.stack.currentWidget() is window.meetings_section
    assert "2 errors, 1 warning" in counter(window)


def test_moving_a_meeting_in_the_editor_clears_the_clash_and_undo_brings_it_back(
    window, section, script
):
    target = meeting_id(CLASHING)
    section.pane.select_id(target)

    def move(editor: MeetingEditor) -> None:
        assert any("Satkaliyev" in m for m in editor.conflict_messages())
        editor.start.setTime(QTime(12, 55))  # the transfer time after the 12:45 meeting
        editor.minutes.setValue(50)  # ends as the next meeting in the room begins
        assert editor.conflict_messages() == ["None: this meeting clashes with nothing."]

    script.prepare = move
    section.pane.edit_button.click()
    assert "0 errors, 1 warning" in counter(window)
    stack = window.document
    stack.undo()
    assert "2 errors, 1 warning" in counter(window)
    stack.redo()
    assert "0 errors" in counter(window)


def test_wrong_input_is_explained_next_to_the_field(window, section, script):
    section.pane.select_id(meeting_id(CLASHING))

    def break_it(editor: MeetingEditor) -> None:
        for item in editor.delegation_items():
            item.setCheckState(Qt.CheckState.Unchecked)

    script.prepare = break_it
    section.pane.edit_button.click()
    assert script.dialog_messages == ["Choose at least one delegation for the meeting."]
    assert len(window.document.history) == 0


def test_new_meeting_from_the_editor(window, section, script):
    before = Meeting.select().count()

    def fill(editor: MeetingEditor) -> None:
        editor.title_edit.setText("KZ–UZ water talks")
        for item in editor.delegation_items():
            if item.text().startswith(("KZ", "UZ")):
                item.setCheckState(Qt.CheckState.Checked)
        editor.start.setTime(QTime(9, 0))
        editor.minutes.setValue(45)

    script.prepare = fill
    section.pane.add_button.click()
    assert Meeting.select().count() == before + 1
    created = Meeting.get(Meeting.title == "KZ–UZ water talks")
    assert section.pane.selected_ids() == [created.id]
    window.document.undo()
    assert Meeting.select().count() == before


def test_delete_needs_no_question_and_undo_restores_attendees(window, section, script, qtbot):
    target = meeting_id(CLASHING)
    attendees = Attendee.select().where(Attendee.meeting == target).count()
    section.pane.select_id(target)
    section.pane.view.setFocus()
    qtbot.keyClick(section.pane.view, Qt.Key.Key_Delete)
    assert script.questions == []
    assert not Meeting.select().where(Meeting.id == target).exists()
    assert "0 errors" in counter(window)
    window.document.undo()
    assert Attendee.select().where(Attendee.meeting == target).count() == attendees
    assert "2 errors" in counter(window)


def test_duplicate_and_status_changes_are_undoable(window, section, qtbot):
    target = meeting_id(CLASHING)
    section.pane.select_id(target)
    section.pane.view.setFocus()
    qtbot.keyClick(section.pane.view, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    copy = Meeting.get(Meeting.title == CLASHING + " (copy)")
    assert copy.status == "requested"
    section.set_status(target, "held")
    assert Meeting.get_by_id(target).status == "held"
    stack = window.document
    stack.undo()
    assert Meeting.get_by_id(target).status == "confirmed"
    stack.undo()
    assert not Meeting.select().where(Meeting.id == copy.id).exists()


def test_impossible_status_change_is_refused(window, section, script):
    target = meeting_id(CLASHING)
    section.set_status(target, "held")
    section.set_status(target, "cancelled")
    assert "cannot become cancelled" in script.errors[0]
    assert Meeting.get_by_id(target).status == "held"


def test_choosing_a_conflict_selects_its_meetings_even_when_filtered_out(window, section):
    section.status_filter.setCurrentIndex(section.status_filter.findText("Cancelled"))
    window.navigator.setCurrentRow(5)
    panel = window.conflicts_panel
    panel.choose(next(n for n, text in enumerate(panel.texts()) if "Satkaliyev" in text))
    assert window.stack.currentWidget() is section
    assert sorted(section.pane.selected_ids()) == sorted(
        [meeting_id(CLASHING), meeting_id("KZ–TM: Trans-Caspian route and the Caspian Sea level")]
    )
    assert section.status_filter.currentIndex() == 0


def test_an_edit_does_not_choose_the_selected_conflict_again(window, section):
    panel = window.conflicts_panel
    panel.choose(next(n for n, text in enumerate(panel.texts()) if "Satkaliyev" in text))
    section.delegation_filter.setCurrentIndex(section.delegation_filter.findText("CN — China"))
    window.navigator.setCurrentRow(5)
    window.monitor.refresh()  # as after any edit
    assert section.delegation_filter.currentText() == "CN — China"
    assert window.stack.currentWidget() is window.delegations_section


def test_filters_survive_reopening_and_follow_renamed_delegations(window, section, script):
    from planner import delegations
    from planner.delegations import Kind
    from ui.undo_commands import change_record

    path = window.document.path
    section.day_filter.setCurrentIndex(2)  # the second day
    window.open_path(path)
    day = section.day_filter.currentData()
    shown_days = {
        section.model.rows[section.proxy.mapToSource(section.proxy.index(r, 0)).row()].day
        for r in range(section.proxy.rowCount())
    }
    assert shown_days == ({day} if day else {row.day for row in section.model.rows})
    section.day_filter.setCurrentIndex(0)
    assert section.proxy.rowCount() == section.model.rowCount()
    section.delegation_filter.setCurrentIndex(section.delegation_filter.findText("CN — China"))
    shown = section.proxy.rowCount()
    cn = next(r.id for r in delegations.list_delegations() if r.code == "CN")
    change_record(
        window.document, delegations.OPERATIONS[Kind.DELEGATION], cn, {"code": "ZZ"}, "Rename"
    )
    assert section.delegation_filter.currentText() == "ZZ — China"
    assert section.proxy.rowCount() == shown
    window.document.undo()
    assert section.delegation_filter.currentText() == "CN — China"
    assert section.proxy.rowCount() == shown


def test_unchecking_the_host_makes_the_fallback_stick(window, section, script):
    section.pane.select_id(meeting_id(CLASHING))  # host KZ, guest CN

    def change_host(editor: MeetingEditor) -> None:
        kz = next(i for i in editor.delegation_items() if i.text().startswith("KZ"))
        tj = next(i for i in editor.delegation_items() if i.text().startswith("TJ"))
        kz.setCheckState(Qt.CheckState.Unchecked)
        assert editor.host.currentText() == "CN — China"
        kz.setCheckState(Qt.CheckState.Checked)
        tj.setCheckState(Qt.CheckState.Checked)
        assert editor.host.currentText() == "CN — China"
        for person in range(editor.attendee_tree.topLevelItemCount()):
            editor.attendee_tree.topLevelItem(person).setCheckState(0, Qt.CheckState.Unchecked)

    script.prepare = change_host
    section.pane.edit_button.click()
    from planner.meeting_records import fetch_draft
    from planner.vocabulary import Role

    host = next(d for d, role in fetch_draft(meeting_id(CLASHING)).delegations if role is Role.HOST)
    assert section.monitor.overview.directory.delegations[host][0] == "CN"


def test_the_editor_keeps_and_reorders_the_agenda(window, section, script):
    from planner.meeting_records import fetch_draft

    target = meeting_id("Deputy foreign ministers: agenda and draft Astana Declaration")
    before = fetch_draft(target).agenda
    assert len(before) > 2
    totals = []

    def reorder(editor: MeetingEditor) -> None:
        editor.agenda.tree.setCurrentItem(editor.agenda.items()[0])
        editor.agenda.move_selected(1)
        editor.update_preview()
        totals.append(editor.agenda.total.text())

    section.pane.select_id(target)
    script.prepare = reorder
    section.pane.edit_button.click()
    after = fetch_draft(target).agenda
    assert after[0] == before[1] and after[1] == before[0] and after[2:] == before[2:]
    assert totals == ["90 of 90 minutes allotted"]
    window.document.undo()
    assert fetch_draft(target).agenda == before


def test_adding_an_issue_in_the_editor_and_the_minutes_warning(window, section, script):
    from planner.meeting_records import fetch_draft

    target = meeting_id(CLASHING)
    warnings = []

    def add(editor: MeetingEditor) -> None:
        editor.agenda.chooser.setEditText(editor.agenda.chooser.itemText(0))
        editor.agenda.add_chosen()
        editor.agenda.items()[-1].setText(1, "500")
        editor.update_preview()
        warnings.append(editor.agenda.total.toolTip())

    section.pane.select_id(target)
    script.prepare = add
    section.pane.edit_button.click()
    agenda = fetch_draft(target).agenda
    assert agenda[-1][1] == 500
    assert warnings == ["More minutes are allotted than the meeting lasts."]


def test_an_edit_keeps_the_column_widths_the_user_set(window, section):
    header = section.pane.view.horizontalHeader()
    header.resizeSection(MeetingTableModel.ROOM, 333)
    window.document.notify("meeting")  # as after any edit
    assert header.sectionSize(MeetingTableModel.ROOM) == 333
    assert section.proxy.search_text(section.model.rows[0]).startswith(section.model.rows[0].title)
