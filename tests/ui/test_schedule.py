"""The Schedule section's day grid: drag to move and resize, shading, creating, keys, and
"Find a time"."""

from datetime import date, datetime, timedelta

import pytest
from PySide6.QtCore import QPoint, Qt

from db.models import Meeting, Room
from planner.meeting_records import fetch_draft
from ui.main_window import MainWindow
from ui.schedule.find_time_dialog import FindTimeDialog

MINING = "UZ–CN ministers: mining loans and the Kuramin Range processing centre"
DAY_ONE = date(2025, 6, 16)


@pytest.fixture
def window(qtbot, settings, sample_summit):
    main = MainWindow(settings)
    qtbot.addWidget(main)
    main.resize(1500, 1000)
    main.show()
    qtbot.waitExposed(main)
    main.open_path(sample_summit)
    main.navigator.setCurrentRow(0)
    return main


@pytest.fixture
def section(window):
    return window.schedule_section


@pytest.fixture
def grid(section):
    section.grid.set_slot_height(12)  # the whole day fits in the window
    section.grid.verticalScrollBar().setValue(0)
    return section.grid


def column_of(grid, title: str) -> int:
    return next(i for i, c in enumerate(grid.layout_.columns) if c.title == title)


def meeting(title: str) -> Meeting:
    return Meeting.get(Meeting.title == title)


def local_start(title: str) -> datetime:
    return fetch_draft(meeting(title).id).start


def drag_vector(grid, block_start: datetime, to: datetime, columns: int) -> QPoint:
    geo = grid.geometry_()
    dy = geo.y_of(to) - geo.y_of(block_start)
    return QPoint(int(columns * geo.column_width), int(dy))


def drag(qtbot, grid, start: QPoint, end: QPoint, release: bool = True) -> None:
    viewport = grid.viewport()
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=start)
    for step in range(1, 5):
        qtbot.mouseMove(viewport, start + (end - start) * (step / 4))
    if release:
        qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=end)


def test_shows_the_first_day_in_room_columns(section, grid):
    assert section.day.currentData() == DAY_ONE
    assert section.day.currentText() == "Mon 16 Jun (10)"
    assert [c.title for c in grid.layout_.columns][:3] == [
        "Altai Room",
        "Astana Hall",
        "Grand Hall",
    ]


def test_drag_to_another_slot_and_room_then_undo(window, qtbot, grid):
    target = meeting(MINING)
    before = fetch_draft(target.id)
    start = grid.block_point(target.id)
    shift = column_of(grid, "Grand Hall") - column_of(grid, "Altai Room")
    vector = drag_vector(grid, before.start, before.start + timedelta(minutes=15), shift)
    drag(qtbot, grid, start, start + vector)
    after = fetch_draft(target.id)
    assert after.start == datetime(2025, 6, 16, 14, 0)
    assert Room.get_by_id(after.room_id).name == "Grand Hall"
    window.document.undo()
    assert fetch_draft(target.id) == before
    window.document.redo()
    assert fetch_draft(target.id).start == datetime(2025, 6, 16, 14, 0)


def test_resize_by_dragging_the_lower_edge(window, qtbot, grid):
    target = meeting(MINING)
    before = fetch_draft(target.id)
    rect = next(
        grid.geometry_().block_rect(b) for b in grid.layout_.blocks if b.meeting_id == target.id
    )
    edge = QPoint(int(rect.center().x()), int(rect.bottom() - 2))
    drag(qtbot, grid, edge, edge + QPoint(0, 2 * grid.slot_height))
    assert fetch_draft(target.id).minutes == before.minutes + 30
    window.document.undo()
    assert fetch_draft(target.id).minutes == before.minutes


def test_conflicting_slots_are_shaded_during_a_drag_and_escape_cancels(qtbot, grid):
    target = meeting(MINING)
    before = fetch_draft(target.id)
    start = grid.block_point(target.id)
    line_d = datetime(2025, 6, 16, 15, 0)  # Uzbekistan and China are in the Line D meeting
    drag(qtbot, grid, start, start + drag_vector(grid, before.start, line_d, 0), release=False)
    assert line_d in grid.state.blocked
    assert before.start not in grid.state.blocked  # its own place is free
    assert grid.state.ghost is not None and not grid.state.ghost_free
    qtbot.keyClick(grid, Qt.Key.Key_Escape)
    assert grid.state.ghost is None
    qtbot.mouseRelease(grid.viewport(), Qt.MouseButton.LeftButton, pos=start)
    assert fetch_draft(target.id) == before


def test_double_click_on_an_empty_slot_creates_a_meeting_there(window, qtbot, grid, script):
    point = grid.slot_point(column_of(grid, "Grand Hall"), datetime(2025, 6, 16, 9, 0))

    def fill(editor):
        assert editor.room.currentText().startswith("Grand Hall")
        assert editor.start.time().toString("HH:mm") == "09:00"
        editor.title_edit.setText("KZ–UZ water talks")
        for item in editor.delegation_items():
            if item.text().startswith(("KZ", "UZ")):
                item.setCheckState(Qt.CheckState.Checked)

    script.prepare = fill
    qtbot.mouseDClick(grid.viewport(), Qt.MouseButton.LeftButton, pos=point)
    created = meeting("KZ–UZ water talks")
    assert Room.get_by_id(created.room_id).name == "Grand Hall"
    assert fetch_draft(created.id).start == datetime(2025, 6, 16, 9, 0)
    assert grid.selected_ids() == [created.id]


def test_delegation_columns_prefill_the_delegation(window, qtbot, section, grid, script):
    section.mode.setCurrentIndex(1)
    uz = column_of(grid, "UZ")
    point = grid.slot_point(uz, datetime(2025, 6, 16, 12, 0))
    seen = {}

    def look(editor):
        seen["checked"] = [
            i.text() for i in editor.delegation_items() if i.checkState() == Qt.CheckState.Checked
        ]
        editor.reject()

    script.prepare = look
    qtbot.mouseDClick(grid.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert seen["checked"] == ["UZ — Uzbekistan"]


def test_keyboard_moves_the_selection_opens_and_deletes(window, qtbot, grid, script):
    grid.setFocus()
    qtbot.keyClick(grid, Qt.Key.Key_Down)
    first = grid.selected_ids()
    assert len(first) == 1
    qtbot.keyClick(grid, Qt.Key.Key_Down)
    second = grid.selected_ids()
    assert second != first
    opened = []
    script.prepare = lambda editor: (opened.append(editor.meeting_id), editor.reject())
    qtbot.keyClick(grid, Qt.Key.Key_Return)
    assert opened == second
    qtbot.keyClick(grid, Qt.Key.Key_Delete)
    assert not Meeting.select().where(Meeting.id == second[0]).exists()
    window.document.undo()
    assert Meeting.select().where(Meeting.id == second[0]).exists()


def test_day_switcher_and_counts(section, grid):
    section.next_day.click()
    assert section.day.currentData() == date(2025, 6, 17)
    assert len({b.meeting_id for b in grid.layout_.blocks}) == 13
    assert not section.next_day.isEnabled() and section.previous_day.isEnabled()


def test_find_a_time_with_and_without_a_solution(qtbot, section):
    dialog = FindTimeDialog(section.monitor.overview)
    qtbot.addWidget(dialog)
    for index in range(dialog.delegations.count()):
        item = dialog.delegations.item(index)
        if item.text().startswith(("KZ", "UZ")):
            item.setCheckState(Qt.CheckState.Checked)
    dialog.minutes.setValue(45)
    slots = dialog.search()
    assert slots and dialog.results.count() == len(slots)
    # Both are busy all of the first day; on the second both are free from 17:30.
    assert slots[0].start == datetime(2025, 6, 17, 17, 30)
    assert [s.start for s in slots] == sorted(s.start for s in slots)
    dialog.accept()
    assert dialog.chosen == slots[0]
    for index in range(dialog.delegations.count()):
        dialog.delegations.item(index).setCheckState(Qt.CheckState.Checked)
    dialog.minutes.setValue(10 * 60)  # all six delegations for ten hours: impossible
    assert dialog.search() == []
    assert "No free time" in dialog.message.text()


def test_find_a_time_fills_the_editor(window, section, script):
    def choose(dialog):
        if isinstance(dialog, FindTimeDialog):
            for index in range(dialog.delegations.count()):
                item = dialog.delegations.item(index)
                if item.text().startswith(("KZ", "UZ")):
                    item.setCheckState(Qt.CheckState.Checked)
            dialog.search()
        else:
            assert {
                i.text()[:2]
                for i in dialog.delegation_items()
                if i.checkState() == Qt.CheckState.Checked
            } == {"KZ", "UZ"}
            dialog.title_edit.setText("KZ–UZ border talks")

    script.prepare = choose
    section.find_button.click()
    created = meeting("KZ–UZ border talks")
    assert created.room is not None
    assert section.monitor.overview.by_meeting.get(created.id) is None


def test_double_click_on_a_block_opens_the_editor(qtbot, grid, script):
    target = meeting(MINING)
    opened = []
    script.prepare = lambda editor: (opened.append(editor.meeting_id), editor.reject())
    qtbot.mouseDClick(grid.viewport(), Qt.MouseButton.LeftButton, pos=grid.block_point(target.id))
    assert opened == [target.id]


def test_conflicting_blocks_explain_themselves_in_the_tooltip(grid):
    from ui.schedule.grid_gestures import tooltip_of

    clash = next(
        b for b in grid.layout_.blocks if b.severity is not None and "Satkaliyev" in b.explanation
    )
    text = tooltip_of(clash)
    assert clash.title.split(":")[0] in text and "Almasadam Satkaliyev" in text


def test_zoom_and_the_home_time_column(section, grid):
    before = grid.geometry_().body_height
    section.zoom.setValue(section.zoom.value() + 10)
    assert grid.geometry_().body_height > before
    assert grid.second_clock is None
    section.home_clock.setChecked(True)
    assert grid.second_clock == ("Asia/Almaty", 0)  # Kazakhstan's capital keeps summit time
    assert grid.geometry_().gutter > 58


def test_the_current_time_is_marked_while_the_summit_is_under_way(grid):
    grid.now = lambda: datetime(2025, 6, 16, 10, 0)
    image = grid.viewport().grab().toImage()
    geo = grid.geometry_()
    y = int(geo.y_of(datetime(2025, 6, 16, 10, 0))) - grid.verticalScrollBar().value()
    x = int(geo.gutter + geo.column_width * 2.5)  # inside an empty stretch of the Grand Hall
    colour = image.pixelColor(x, y)
    assert colour.red() > 180 and colour.green() < 90, colour.name()
    grid.now = lambda: datetime(2025, 6, 18, 10, 0)  # another day: no line
    colour = grid.viewport().grab().toImage().pixelColor(x, y)
    assert not (colour.red() > 180 and colour.green() < 90), colour.name()


def test_a_drag_stays_within_the_day(window, qtbot, grid):
    target = meeting(MINING)
    before = fetch_draft(target.id)
    start = grid.block_point(target.id)
    drag(qtbot, grid, start, start + QPoint(0, 2000))  # far below closing time
    after = fetch_draft(target.id)
    assert after.start + timedelta(minutes=after.minutes) <= datetime(2025, 6, 16, 21, 0)
    assert after.start.date() == before.start.date()


def test_resizing_is_judged_at_the_new_length(qtbot, grid):
    target = meeting(MINING)  # 13:45-14:45; Line D starts at 15:00 for both delegations
    rect = next(
        grid.geometry_().block_rect(b) for b in grid.layout_.blocks if b.meeting_id == target.id
    )
    edge = QPoint(int(rect.center().x()), int(rect.bottom() - 2))
    drag(qtbot, grid, edge, edge + QPoint(0, grid.slot_height), release=False)
    assert grid.state.ghost_free  # until 15:00, back to back with Line D
    qtbot.mouseMove(grid.viewport(), edge + QPoint(0, 2 * grid.slot_height))
    assert not grid.state.ghost_free  # until 15:15 would overlap it
    qtbot.keyClick(grid, Qt.Key.Key_Escape)
    qtbot.mouseRelease(grid.viewport(), Qt.MouseButton.LeftButton, pos=edge)
    assert fetch_draft(target.id).minutes == 60


def test_double_clicks_on_the_fixed_header_create_nothing(qtbot, grid, script):
    grid.verticalScrollBar().setValue(grid.verticalScrollBar().maximum())
    opened = []
    script.prepare = lambda editor: (opened.append(editor), editor.reject())
    qtbot.mouseDClick(grid.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(400, 20))
    qtbot.mouseDClick(grid.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(20, 400))
    assert opened == []


def test_right_arrow_walks_across_delegation_columns(qtbot, section, grid):
    section.mode.setCurrentIndex(1)
    grid.setFocus()
    qtbot.keyClick(grid, Qt.Key.Key_Down)
    visited = [grid.current_column]
    for _ in range(5):
        qtbot.keyClick(grid, Qt.Key.Key_Right)
        visited.append(grid.current_column)
    assert visited == sorted(visited) and len(set(visited)) > 2


def test_switching_days_mid_drag_drops_the_ghost(qtbot, section, grid):
    start = grid.block_point(meeting(MINING).id)
    drag(qtbot, grid, start, start + QPoint(0, 40), release=False)
    assert grid.state.ghost is not None
    section.step_day(1)
    assert grid.state.ghost is None and grid.state.hidden is None
    qtbot.mouseRelease(grid.viewport(), Qt.MouseButton.LeftButton, pos=start)


def test_find_a_time_prefills_what_was_searched(window, section, script):
    lengths = []

    def choose(dialog):
        if isinstance(dialog, FindTimeDialog):
            dialog.delegations.item(0).setCheckState(Qt.CheckState.Checked)
            dialog.minutes.setValue(30)
            dialog.search()
            dialog.minutes.setValue(240)  # changed after searching: not what was found
        else:
            lengths.append(dialog.minutes.value())
            dialog.reject()

    script.prepare = choose
    section.find_button.click()
    assert lengths == [30]


def test_a_failure_during_a_drag_is_reported_and_cancels_it(qtbot, grid, monkeypatch):
    import sys

    reported = []
    monkeypatch.setattr(sys, "excepthook", lambda *info: reported.append(info[1]))

    def broken(*_args):
        raise RuntimeError("timeline unavailable")

    grid.blocked_slots = broken
    start = grid.block_point(meeting(MINING).id)
    drag(qtbot, grid, start, start + QPoint(0, 40), release=False)
    assert reported and str(reported[0]) == "timeline unavailable"
    assert grid.drag is None and grid.state.ghost is None
    qtbot.mouseRelease(grid.viewport(), Qt.MouseButton.LeftButton, pos=start)


def test_a_meeting_of_several_delegations_stays_in_all_their_columns_while_dragged(
    qtbot, section, grid
):
    section.mode.setCurrentIndex(1)  # a column per delegation
    target = meeting(MINING)  # Uzbekistan and China: two columns
    columns = sorted(b.column for b in grid.layout_.blocks if b.meeting_id == target.id)
    assert len(columns) == 2
    start = grid.block_point(target.id)
    drag(qtbot, grid, start, start + QPoint(0, 3 * grid.slot_height), release=False)
    geo = grid.geometry_()
    assert sorted(geo.column_at(g.center().x()) for g in grid.state.ghosts) == columns
    assert len({g.top() for g in grid.state.ghosts}) == 1  # at the same new time
    qtbot.keyClick(grid, Qt.Key.Key_Escape)
    qtbot.mouseRelease(grid.viewport(), Qt.MouseButton.LeftButton, pos=start)
    assert grid.state.ghosts == []


def test_the_legend_names_what_the_fills_borders_and_marks_mean(section):
    legend = section.legend
    words = legend.words()
    for status in ("Confirmed", "Held", "Cancelled"):
        assert status in words
    assert "Proposed (dashed border)" in words and "Requested (hatched)" in words
    assert "Conflict" in words and "Now" in words
    assert not legend.isHidden()
    section.show_legend.setChecked(False)  # Show ▸ Legend
    assert legend.isHidden()
    image = legend.grab().toImage()
    assert image.width() > 0


def test_the_show_menu_holds_zoom_cancelled_and_home_time(section):
    menu = section.display_button.menu()
    held = menu.actions()[0].defaultWidget()
    for widget in (section.zoom, section.show_cancelled, section.home_clock, section.show_legend):
        assert held.isAncestorOf(widget)
