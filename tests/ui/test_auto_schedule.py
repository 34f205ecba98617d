"""Schedule ▸ Repair… and Schedule All…: search on a worker, preview, apply, undo."""

from PySide6.QtCore import Qt

from db.models import Meeting
from planner.conflicts import summit_conflicts
from planner.meeting_facts import load_facts
from ui.auto_schedule.dialog import APPLY, AutoScheduleDialog


def rows():
    return {m.id: (m.start, m.end, m.room_id) for m in load_facts()}


def run_search(qtbot, dialog, seconds=3):
    dialog.seconds.setValue(seconds)
    dialog.start_button.click()
    qtbot.waitUntil(lambda: dialog.task is None, timeout=60_000)
    assert dialog.outcome is not None


def test_the_menu_offers_both_once_a_summit_is_open(sample_window):
    texts = [a.text() for a in sample_window.auto_schedule_actions]
    assert texts == ["Schedule &All…", "&Repair…"]
    assert all(a.isEnabled() for a in sample_window.auto_schedule_actions)


def test_repair_preview_apply_and_undo(qtbot, sample_window):
    before = rows()
    assert summit_conflicts().errors == 2
    dialog = AutoScheduleDialog(sample_window.document, True, sample_window)
    qtbot.addWidget(dialog)
    dialog.allow_confirmed.setChecked(True)
    run_search(qtbot, dialog)
    assert dialog.table.rowCount() == len(dialog.outcome.moves) >= 1
    shown = " ".join(dialog.table.item(0, c).text() for c in range(5))
    assert "→" not in shown and "clashed" in shown  # old and new in their own columns, and why
    assert "errors: 2 before, 0 after" in dialog.status.text()
    dialog.apply_button.click()
    assert summit_conflicts().errors == 0
    assert sample_window.undo_action.text().endswith("Repair Schedule")
    sample_window.undo_action.trigger()  # one step takes every move back
    assert rows() == before


def test_moves_are_accepted_one_by_one(qtbot, sample_window):
    wished = Meeting.get(Meeting.title.startswith("KZ–KG ministers"))
    other = Meeting.get(Meeting.title.startswith("TM–UZ consultations"))
    other.status = "requested"
    other.save()
    before = rows()
    dialog = AutoScheduleDialog(sample_window.document, False, sample_window)
    qtbot.addWidget(dialog)
    run_search(qtbot, dialog)
    moved = {m.meeting_id for m in dialog.outcome.moves}
    assert wished.id in moved
    for row in range(dialog.table.rowCount()):
        item = dialog.table.item(row, APPLY)
        if item.data(Qt.ItemDataRole.UserRole) != wished.id:
            item.setCheckState(Qt.CheckState.Unchecked)
    dialog.apply_button.click()
    after = rows()
    changed = {k for k in before if before[k] != after[k]}
    assert changed == {wished.id}


def test_stop_keeps_the_best_found(qtbot, sample_window):
    dialog = AutoScheduleDialog(sample_window.document, True, sample_window)
    qtbot.addWidget(dialog)
    dialog.allow_confirmed.setChecked(True)
    dialog.seconds.setValue(120)
    dialog.start_button.click()
    dialog.stop_button.click()
    qtbot.waitUntil(lambda: dialog.task is None, timeout=30_000)
    assert dialog.outcome is not None and dialog.outcome.violations <= 2
