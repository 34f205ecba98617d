"""On a laptop's screen (1366×768, or 1920×1080 at 150%: 1280×720) the window fits, nothing
overlaps in the bars, and the key columns of every section are in view without scrolling."""

import pytest
from PySide6.QtCore import QRect
from PySide6.QtWidgets import QApplication

from ui.financing.table_model import RequestTableModel as Requests
from ui.issues.table_model import IssueTableModel as Issues
from ui.main_window import MainWindow
from ui.meetings.table_model import MeetingTableModel as Meetings

TASK_BAR = 40
SCREENS = [(1366, 768), (1280, 720)]


@pytest.fixture(params=SCREENS, ids=["1366x768", "1280x720"])
def laptop(request, qtbot, settings, sample_summit):
    width, height = request.param
    area = QRect(0, 0, width, height - TASK_BAR)
    main = MainWindow(settings)
    qtbot.addWidget(main)
    main.restore_geometry(area)  # as on a screen whose free part is `area`
    main.show()
    qtbot.waitExposed(main)
    main.open_path(sample_summit)
    main.area = area
    return main


def show(window, row: int):
    window.navigator.setCurrentRow(row)
    QApplication.processEvents()
    return window.sections[row][1]


def in_view(view, columns) -> list[int]:
    """The columns cut off by the table's right edge (or squeezed to nothing)."""
    header, right = view.horizontalHeader(), view.viewport().width()
    return [
        c
        for c in columns
        if not header.isSectionHidden(c)  # hidden on purpose (the delegation of its people)
        and (
            header.sectionViewportPosition(c) + header.sectionSize(c) > right
            or header.sectionSize(c) < 40
        )
    ]


def test_the_window_and_its_smallest_size_fit_the_screen(laptop):
    area = laptop.area
    assert area.contains(laptop.frameGeometry())
    assert laptop.width() >= area.width() - 20  # it uses the screen it has
    for row in range(len(laptop.sections)):
        show(laptop, row)
        hint = laptop.minimumSizeHint()
        assert hint.width() <= area.width() and hint.height() <= area.height(), row
    laptop.show_conflicts_panel()  # and with the Conflicts panel open beside a section
    for row in range(len(laptop.sections)):
        show(laptop, row)
        assert laptop.minimumSizeHint().width() <= area.width(), row


def test_the_conflicts_panel_starts_closed_on_a_laptop(laptop, qtbot, settings):
    assert laptop.conflicts_dock.isHidden()
    roomy = MainWindow(settings)
    qtbot.addWidget(roomy)
    roomy.settings.remove("windowState")
    roomy.restore_geometry(QRect(0, 0, 1920, 1040))
    assert not roomy.conflicts_dock.isHidden()
    assert 1280 <= roomy.width() < 1920  # most of a large screen, not all of it


def test_key_columns_of_the_lists_are_in_view(laptop):
    meetings = show(laptop, 1).pane.view
    assert in_view(meetings, [Meetings.DAY, Meetings.TIME, Meetings.CONFLICTS, Meetings.TITLE,
                              Meetings.DELEGATIONS, Meetings.ROOM, Meetings.STATUS]) == []
    assert meetings.columnWidth(Meetings.TITLE) >= 160
    issues = show(laptop, 2).pane.view
    assert in_view(issues, [Issues.CODE, Issues.TITLE, Issues.PRIORITY, Issues.LEAD,
                            Issues.STATUS]) == []
    financing = show(laptop, 4).pane.view
    assert in_view(financing, [Requests.CODE, Requests.TITLE, Requests.BORROWER,
                               Requests.AMOUNT, Requests.STATUS]) == []
    amounts = financing.model()
    text = amounts.index(0, Requests.AMOUNT).data()
    needed = financing.fontMetrics().horizontalAdvance(text)
    assert financing.columnWidth(Requests.AMOUNT) >= needed  # amounts are never cut
    delegations = show(laptop, 5)
    for pane in (delegations.delegations, delegations.people, delegations.rooms):
        every = list(range(pane.model.columnCount()))  # nothing behind a sideways scroll
        assert in_view(pane.view, every) == [], pane.heading.text()


def test_every_delegation_of_the_positions_matrix_is_in_view(laptop):
    matrix = show(laptop, 3).view
    columns = list(range(matrix.model().columnCount()))
    assert len(columns) == 8  # the issue, six delegations and the counts
    assert in_view(matrix, columns) == []


def test_the_schedule_bar_has_nothing_on_top_of_another_and_all_rooms_fit(laptop):
    schedule = show(laptop, 0)
    bar = [schedule.previous_day, schedule.day, schedule.next_day, schedule.mode,
           schedule.delegation, schedule.display_button, schedule.find_button]
    for left, right in zip(bar, bar[1:], strict=False):
        assert left.geometry().right() < right.geometry().left(), (left, right)
    assert schedule.find_button.geometry().right() <= schedule.width()
    for mode in (0, 1):  # rooms, then delegations
        schedule.mode.setCurrentIndex(mode)
        QApplication.processEvents()
        grid = schedule.grid
        geo = grid.geometry_()
        assert geo.gutter + geo.body_width <= grid.viewport().width(), mode


def test_a_cut_cell_shows_its_whole_text_in_a_tooltip(laptop):
    pane = show(laptop, 1).pane
    view = pane.view
    column = Meetings.DELEGATIONS
    view.setColumnWidth(column, 60)  # as squeezed on a narrow screen
    index = view.model().index(0, column)  # a plenary: six delegations
    assert view.fontMetrics().horizontalAdvance(index.data()) > 60
    assert pane.cut_text_at(view.visualRect(index).center()) == index.data()
    short = view.model().index(0, Meetings.KIND)  # "Plenary": not cut, no tooltip
    assert pane.cut_text_at(view.visualRect(short).center()) is None


def test_the_meeting_editor_fits_its_screen(laptop, script):
    sizes, agenda = [], []

    def look(editor):
        editor.show()
        QApplication.processEvents()
        sizes.append(editor.frameGeometry())
        tree = editor.agenda.tree
        agenda.append((tree.columnWidth(0), tree.columnWidth(2), tree.viewport().width()))
        editor.hide()

    script.prepare = look
    section = show(laptop, 1)
    section.pane.select_id(section.model.rows[0].id)
    section.pane.edit_button.click()
    screen = laptop.screen().availableGeometry()
    assert sizes and sizes[0].width() <= screen.width() and sizes[0].height() <= screen.height()
    issue, outcome, width = agenda[0]
    assert issue > outcome and issue >= width // 2  # the issues' titles take the width
