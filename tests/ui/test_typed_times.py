"""Times typed into the meeting editor and Summit Settings are taken as typed, or refused with
the reason; the keys are those a person presses (select all, then type)."""

from datetime import time

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from db.models import Meeting, Summit
from planner.meeting_records import fetch_draft

PLENARY = "Plenary session of the Heads of State"  # 10:30 on the second day


def retype(field, text: str) -> None:
    field.setFocus()
    QTest.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClicks(field, text)


@pytest.fixture
def plenary(sample_window):
    target = Meeting.get(Meeting.title == PLENARY)
    sample_window.meetings_section.pane.select_id(target.id)
    assert fetch_draft(target.id).start.time() == time(10, 30)
    return target.id


@pytest.mark.parametrize(("typed", "saved"), [("14:30", time(14, 30)), ("11:00", time(11, 0))])
def test_a_start_typed_in_the_editor_is_the_start_saved(
    sample_window, plenary, script, typed, saved
):
    def type_it(editor):
        retype(editor.start, typed)
        assert editor.start.time().toPython() == saved
        assert editor.start.problem() is None

    script.prepare = type_it
    sample_window.meetings_section.pane.edit_button.click()
    assert fetch_draft(plenary).start.time() == saved


@pytest.mark.parametrize(
    ("typed", "why"),
    [("25:00", "hours go from 00 to 23"), ("zz99:99x", "type hours and minutes")],
)
def test_a_start_that_is_no_time_is_refused_with_the_reason(
    sample_window, plenary, script, typed, why
):
    shown = []

    def type_it(editor):
        retype(editor.start, typed)
        editor.update_preview()
        shown.append(editor.errors["start"].text())

    script.prepare = type_it
    sample_window.meetings_section.pane.edit_button.click()
    assert why in shown[0] and why in script.dialog_messages[0]
    assert fetch_draft(plenary).start.time() == time(10, 30)  # nothing saved
    assert len(sample_window.document.history) == 0


def test_the_working_day_typed_in_summit_settings_is_saved(sample_window, script):
    def type_it(dialog):
        retype(dialog.editors["day_end"], "21:30")
        retype(dialog.editors["day_start"], "0730")

    script.prepare = type_it
    sample_window.settings_action.trigger()
    summit = Summit.get()
    assert (summit.day_start, summit.day_end) == (time(7, 30), time(21, 30))


def test_a_working_day_end_that_is_no_time_is_refused(sample_window, script):
    before = Summit.get().day_end
    script.prepare = lambda dialog: retype(dialog.editors["day_end"], "25:00")
    sample_window.settings_action.trigger()
    assert any("hours go from 00 to 23" in m for m in script.dialog_messages)
    assert Summit.get().day_end == before and len(sample_window.document.history) == 0
