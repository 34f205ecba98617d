"""The meeting editor's Scheduling group: priority, fixed day, earliest and latest start."""

from datetime import date, time, timedelta

from db.models import Meeting
from ui.combo import select_data
from ui.meetings.editor import MeetingEditor

TITLE = "KZ–TM: Trans-Caspian route and the Caspian Sea level"


def test_the_limits_are_saved_and_undone_in_one_step(sample_window, script):
    section = sample_window.meetings_section
    target = Meeting.get(Meeting.title == TITLE).id
    section.pane.select_id(target)

    def limit(editor: MeetingEditor) -> None:
        box = editor.scheduling
        assert box.tier.currentData() is None and box.fixed_day.currentData() is None
        assert box.earliest.text() == "" and box.latest.text() == ""
        box.tier.setCurrentIndex(box.tier.findData(0))
        assert select_data(box.fixed_day, date(2025, 6, 17))
        box.earliest.setText("10:00")
        box.latest.setText("1200")

    script.prepare = limit
    section.pane.edit_button.click()
    stored = Meeting.get_by_id(target)
    assert (stored.tier, stored.fixed_day, stored.earliest, stored.latest) == (
        0, date(2025, 6, 17), time(10, 0), time(12, 0))
    sample_window.document.undo()
    stored = Meeting.get_by_id(target)
    assert (stored.tier, stored.fixed_day, stored.earliest, stored.latest) == (
        None, None, None, None)

    def shown(editor: MeetingEditor) -> None:  # the editor shows what is stored
        assert editor.scheduling.earliest.text() == "10:00"
        assert editor.scheduling.tier.currentData() == 0

    sample_window.document.redo()
    script.prepare = shown
    section.pane.edit_button.click()


def test_a_latest_start_before_the_earliest_is_refused(sample_window, script):
    section = sample_window.meetings_section
    section.pane.select_id(Meeting.get(Meeting.title == TITLE).id)

    def reversed_window(editor: MeetingEditor) -> None:
        editor.scheduling.earliest.setText("15:00")
        editor.scheduling.latest.setText("09:00")

    script.prepare = reversed_window
    section.pane.edit_button.click()
    assert script.dialog_messages == [
        "The latest start comes before the earliest; swap or clear them."]
    assert len(sample_window.document.history) == 0


def test_the_preference_weights_are_set_in_summit_settings(sample_window, script):
    from db.models import Summit

    seen = {}

    def weigh(dialog) -> None:
        seen.update({name: dialog.editors[name].value() for name in
                     ("weight_idle", "weight_break", "weight_early")})
        dialog.editors["weight_idle"].setValue(4000)
        dialog.editors["weight_break"].setValue(0)

    script.prepare = weigh
    sample_window.settings_action.trigger()
    assert seen == {"weight_idle": 1000, "weight_break": 2000, "weight_early": 1}  # defaults
    assert (Summit.get().weight_idle, Summit.get().weight_break) == (4000, 0)
    sample_window.document.undo()
    assert (Summit.get().weight_idle, Summit.get().weight_break) == (1000, 2000)


def test_schedule_all_in_the_window_keeps_a_fixed_day(qtbot, sample_window):
    from ui.auto_schedule.dialog import AutoScheduleDialog

    meeting = Meeting.get(Meeting.title.startswith("TM–UZ consultations"))  # on 17 June
    meeting.status, meeting.fixed_day = "requested", date(2025, 6, 17)
    meeting.save()
    dialog = AutoScheduleDialog(sample_window.document, False, sample_window)
    qtbot.addWidget(dialog)
    dialog.seconds.setValue(3)
    dialog.start_button.click()
    qtbot.waitUntil(lambda: dialog.task is None, timeout=60_000)
    dialog.apply_button.click()
    start = Meeting.get_by_id(meeting.id).start  # UTC; Astana is 5 hours ahead
    assert (start + timedelta(hours=5)).date() == date(2025, 6, 17)
    assert meeting.id not in {u.meeting_id for u in dialog.outcome.unplaced}
