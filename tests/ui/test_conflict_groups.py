"""The Conflicts panel and the day grid with a double-booked programme: exact counts, the
first conflicts listed, the rest as groups, and every clashing block marked."""

from planner.conflicts import Severity, find_conflicts
from planner.day_layout import ColumnMode, day_layout
from planner.meeting_facts import meeting_rows
from planner.schedule import Overview
from tests.perf.double_booked import FRAME, double_booked
from ui.meetings.conflicts_panel import ConflictsPanel
from ui.meetings.table_model import ERROR_COLOUR
from ui.schedule.day_grid import DayGrid
from ui.schedule.grid_gestures import tooltip_of


def double_booked_overview(meetings: int = 200, listed: int = 30) -> Overview:
    facts, directory = double_booked(meetings)
    report = find_conflicts(facts, FRAME, directory, listed=listed)
    return Overview(FRAME, directory, facts, meeting_rows(facts, directory, FRAME), report)


def test_the_panel_counts_everything_and_shows_the_rest_as_groups(qtbot):
    overview = double_booked_overview()
    report = overview.report
    panel = ConflictsPanel()
    qtbot.addWidget(panel)
    panel.show_overview(overview)
    model = panel.model
    while model.canFetchMore():
        model.fetchMore()
    texts = panel.texts()
    assert texts[0] == f"{report.errors} errors" and report.errors > 5_000
    cut = next(i for i, t in enumerate(texts) if "more conflicts, not listed" in t)
    assert texts[cut].startswith(f"{report.total - 30} more conflicts")
    assert cut == len(report.listed) + 1 + bool(report.warnings)  # the headings
    assert len(texts) == cut + 1 + len(report.groups)
    assert "is expected in two meetings at once on 16 Jun:" in texts[cut + 1]
    chosen: list[list[int]] = []
    panel.meetings_chosen.connect(chosen.append)
    panel.choose(cut)  # a heading: nothing chosen
    assert chosen == []
    panel.choose(cut + 1)
    assert chosen == [list(report.groups[0].meetings)] and len(chosen[0]) > 10


def test_every_clashing_block_is_marked_and_says_how_many_are_not_listed(qtbot):
    overview = double_booked_overview()
    layout = day_layout(overview, FRAME.first_day, ColumnMode.DELEGATIONS)
    assert layout.blocks and all(b.severity is Severity.ERROR for b in layout.blocks)
    unlisted = [b for b in layout.blocks if not b.conflicts]
    assert unlisted and all(b.unlisted > 0 for b in unlisted)
    errors, warnings = overview.report.marks(unlisted[0].meeting_id)
    assert f"Part of {errors + warnings:,} conflicts" in tooltip_of(unlisted[0])
    grid = DayGrid()
    qtbot.addWidget(grid)
    grid.resize(900, 700)
    grid.set_slot_height(12)
    grid.set_layout(layout)
    grid.show()
    qtbot.waitExposed(grid)
    image = grid.viewport().grab().toImage()
    red = {
        (x, y)
        for x in range(0, image.width(), 3)
        for y in range(0, image.height(), 3)
        if image.pixelColor(x, y).name().upper() == ERROR_COLOUR
    }
    assert red  # the clash badges and borders are painted


def test_the_status_bar_counts_every_conflict_of_a_cut_report(
    qtbot, settings, tmp_path, monkeypatch
):
    import planner.conflicts
    from tests.perf.double_booked import write_summit
    from ui.main_window import MainWindow

    monkeypatch.setattr(planner.conflicts, "LISTED", 40)
    path = tmp_path / "double.summit"
    write_summit(path, 120)
    window = MainWindow(settings)
    qtbot.addWidget(window)
    window.open_path(path)
    report = window.monitor.overview.report
    assert report.cut and len(report.listed) == 40
    assert f"{report.errors} errors" in window.conflict_label.text()
    assert "lists the first 40" in window.conflict_label.toolTip()
    assert window.conflicts_panel.texts()[0] == f"{report.errors} errors"
