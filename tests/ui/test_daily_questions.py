"""The five questions asked every day, answered from a cold start on the sample the way a
person would: keys, clicks and drags, reading panes, never an edit dialog just to read."""

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QPoint, Qt, QUrl
from PySide6.QtGui import QAction
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from db.models import (
    AgendaIssue,
    Attendee,
    Delegation,
    FinancingRequest,
    Meeting,
    MeetingIssue,
    Person,
    Position,
)
from planner.meeting_records import fetch_draft
from ui import dialogs

ASTANA = ZoneInfo("Asia/Almaty")


@pytest.fixture
def window(sample_window, monkeypatch):
    """A cold start on the sample, no dialog may open (reading needs none)."""

    def no_dialog(dialog):
        raise AssertionError(f"a dialog was opened: {type(dialog).__name__}")

    monkeypatch.setattr(dialogs, "run_dialog", no_dialog)
    sample_window.activateWindow()
    return sample_window


def press(window, keys: str) -> None:
    QTest.keySequence(window, keys)
    QApplication.processEvents()


def click_row(view, row: int) -> None:
    rect = view.visualRect(view.model().index(row, 0))
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_1_when_is_our_bilateral_with_china_and_what_is_on_its_agenda(window, qtbot):
    qtbot.waitUntil(window.isActiveWindow)
    press(window, "Ctrl+2")
    section = window.meetings_section
    QTest.keyClicks(section.pane.filter_edit, "kz-cn heads of state")  # a hyphen, any case
    view = section.pane.view
    titles = [view.model().index(r, 3).data() for r in range(view.model().rowCount())]
    assert titles == ["KZ–CN talks of the Heads of State (state visit)"]
    click_row(view, 0)
    shown = section.details.text()
    bilateral = Meeting.get(Meeting.title == titles[0])
    start = fetch_draft(bilateral.id).start
    assert f"{start:%a %d %b}, {start:%H:%M}–" in shown
    agenda = (
        AgendaIssue.select()
        .join(MeetingIssue)
        .where(MeetingIssue.meeting == bilateral)
        .order_by(MeetingIssue.sort_order)
    )
    codes = [issue.code for issue in agenda]
    assert codes and all(code in shown for code in codes)
    assert shown.index(codes[0]) < shown.index(codes[-1])  # in the agenda's order


def test_2_where_does_turkmenistan_stand_on_line_d_and_its_red_lines(window, qtbot):
    qtbot.waitUntil(window.isActiveWindow)
    press(window, "Ctrl+4")
    section = window.positions_section
    QTest.keyClicks(section.search, "line d")
    view = section.view
    assert view.model().rowCount() == 1
    headers = [view.model().headerData(c, Qt.Orientation.Horizontal) for c in range(8)]
    cell = view.visualRect(view.model().index(0, headers.index("TM")))
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=cell.center())
    turkmenistan = Delegation.get(Delegation.code == "TM")
    line_d = AgendaIssue.get(AgendaIssue.code == "ECO-06")
    stored = Position.get(Position.delegation == turkmenistan, Position.issue == line_d)
    panel = section.panel
    assert "TM" in panel.heading.text() and "Line D" in panel.heading.text()
    assert panel.stance.currentText() == "Support" and stored.stance == "support"
    assert panel.texts["red_lines"].toPlainText() == stored.red_lines != ""


def test_3_how_much_of_the_4_bn_envelope_is_requested_and_approved_and_by_which(window, qtbot):
    qtbot.waitUntil(window.isActiveWindow)
    press(window, "Ctrl+5")
    section = window.financing_section
    tabs = section.tabs
    envelopes = next(i for i in range(tabs.count()) if tabs.tabText(i) == "Envelopes")
    tab_rect = tabs.tabBar().tabRect(envelopes)
    QTest.mouseClick(tabs.tabBar(), Qt.MouseButton.LeftButton, pos=tab_rect.center())
    assert tabs.currentIndex() == envelopes
    bars = section.envelopes
    text = bars.lines(bars.summaries[0])
    assert "announced 4 bn USD" in text
    drawing = [
        r.code
        for r in FinancingRequest.select().where(FinancingRequest.envelope.is_null(False))
        if r.status not in ("draft", "rejected", "withdrawn")
    ]
    assert sorted(bars.summaries[0].requests) == sorted(drawing)
    assert "requested " in text and "approved " in text
    assert bars.toolTip() == text  # what hovering the bars says


def test_4_moving_the_plenary_30_minutes_later_shows_what_conflicts_and_undo(window, qtbot):
    qtbot.waitUntil(window.isActiveWindow)
    press(window, "Ctrl+1")
    schedule = window.schedule_section
    schedule.grid.setFocus()
    press(window, "Ctrl+PgDown")  # the second day
    assert schedule.day.currentData() == date(2025, 6, 17), schedule.next_day.isEnabled()
    assert "2 errors, 1 warning" in window.conflict_label.text()
    grid = schedule.grid
    grid.set_slot_height(12)
    plenary = Meeting.get(Meeting.title == "Plenary session of the Heads of State")
    grid.scroll_to_time(fetch_draft(plenary.id).start)
    QApplication.processEvents()
    start = grid.block_point(plenary.id)
    end = start + QPoint(0, 2 * grid.slot_height)  # two 15-minute slots down
    viewport = grid.viewport()
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, pos=start)
    for step in range(1, 5):
        QTest.mouseMove(viewport, start + (end - start) * (step / 4))
    QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=end)
    assert fetch_draft(plenary.id).start.time().isoformat("minutes") == "11:00"
    def checked() -> bool:
        text = window.conflict_label.text()
        return "2 errors, 1 warning" not in text and "errors" in text

    qtbot.waitUntil(checked, timeout=5000)
    window.show_conflicts_panel()  # a click on the count in the status bar
    listed = " ".join(window.conflicts_panel.texts())
    assert "5 errors, 1 warning" in window.conflict_label.text()  # three new ones
    assert "Plenary session of the Heads of State" in listed
    assert "Signing of the Astana" in listed  # which now overlaps the plenary
    grid.select([plenary.id])
    assert "conflict" in schedule.details.text()
    press(window, "Ctrl+Z")
    assert fetch_draft(plenary.id).start.time().isoformat("minutes") == "10:30"
    qtbot.waitUntil(lambda: "2 errors, 1 warning" in window.conflict_label.text(), timeout=5000)


def test_5_tomorrows_programme_of_the_head_of_delegation(window, qtbot):
    qtbot.waitUntil(window.isActiveWindow)
    press(window, "Ctrl+2")
    section = window.meetings_section
    head = Person.get(Person.name == "Kassym-Jomart Tokayev")
    section.details.now = lambda: datetime(2025, 6, 16, 21, 30, tzinfo=ASTANA)  # the evening
    QTest.keyClicks(section.pane.filter_edit, "tokayev")
    click_row(section.pane.view, 0)
    section.details.browser.anchorClicked.emit(QUrl(f"person:{head.id}"))  # his name
    shown = section.details.text()
    assert "Next meetings of Kassym-Jomart Tokayev" in shown
    tomorrow = [
        m.title
        for m in Meeting.select().join(Attendee).where(Attendee.person == head)
        if fetch_draft(m.id).start.date() == date(2025, 6, 17) and m.status != "cancelled"
    ]
    assert tomorrow and all(title in shown for title in tomorrow)
    assert "Tuesday 17 June" in shown and "Monday 16 June" not in shown
    first = section.details.programme.meetings[0]
    section.details.browser.anchorClicked.emit(QUrl(f"meeting:{first.id}"))
    assert section.pane.selected_ids() == [first.id]  # the meeting, selected in the list


def test_5_tomorrows_programme_for_the_head_is_one_shortcut_away(
    window, qtbot, monkeypatch, tmp_path
):
    import openpyxl

    from ui import export_dialog

    monkeypatch.setattr(
        export_dialog, "date", type("Today", (), {"today": lambda: date(2025, 6, 16)})
    )
    opened = []
    monkeypatch.setattr(dialogs, "run_and_discard", opened.append)
    action = window.findChild(QAction, "exportProgrammeAction")
    assert action.isEnabled() and action.shortcut().toString() == "Ctrl+P"
    QTest.keyClick(window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert len(opened) == 1
    dialog = opened[0]
    qtbot.addWidget(dialog)
    assert dialog.scope.currentText() == "Programme of Kassym-Jomart Tokayev (KZ)"
    assert dialog.day.currentData() == date(2025, 6, 17)
    target = tmp_path / "tokayev.xlsx"
    dialog.path_edit.setText(str(target))
    dialog.export_button.click()
    qtbot.waitUntil(lambda: dialog.task is None, timeout=20_000)
    head = Person.get(Person.name == "Kassym-Jomart Tokayev")
    tomorrow = {
        m.title
        for m in Meeting.select().join(Attendee).where(Attendee.person == head)
        if fetch_draft(m.id).start.date() == date(2025, 6, 17) and m.status != "cancelled"
    }
    book = openpyxl.load_workbook(target, read_only=True)
    try:
        assert book.sheetnames == ["Summary", "Tue 17 Jun"]
        cells = [str(c) for row in book["Tue 17 Jun"].values for c in row if c is not None]
    finally:
        book.close()
    assert tomorrow and all(any(title in cell for cell in cells) for title in tomorrow)
