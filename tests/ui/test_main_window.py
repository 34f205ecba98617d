"""The main window: opening, refusing bad files, copies, recent files, undo and sections."""

import hashlib
import sqlite3
import zipfile

import pytest
from PySide6.QtGui import QKeySequence

from db.models import Delegation
from planner.paths import sample_summit_path
from ui.main_window import MainWindow


@pytest.fixture
def window(qtbot, settings):
    main = MainWindow(settings)
    qtbot.addWidget(main)
    return main


def test_opens_on_the_sample_with_title_and_sections(window, sample_summit):
    assert window.open_path(sample_summit)
    assert window.windowTitle() == "2nd Central Asia–China Summit — astana.summit"
    assert window.navigator.count() == 6
    assert window.stack.currentWidget() is window.meetings_section
    assert "Asia/Almaty" in window.summit_label.text()
    assert window.recent_files()[0] == str(sample_summit.resolve())


def test_a_summit_opened_after_closing_one_shows_its_sections(window, sample_summit):
    window.open_path(sample_summit)
    window.close_document()
    assert window.stack.currentWidget() is window.welcome
    window.open_path(sample_summit)
    assert window.stack.currentWidget() is window.meetings_section
    assert window.navigator.currentRow() == 1


def test_renamed_spreadsheet_is_refused_and_the_open_summit_stays(
    window, sample_summit, tmp_path, script
):
    window.open_path(sample_summit)
    bad = tmp_path / "issues.summit"
    with zipfile.ZipFile(bad, "w") as archive:
        archive.writestr("xl/workbook.xml", "<workbook/>")
    before = hashlib.sha256(bad.read_bytes()).hexdigest()
    assert not window.open_path(bad)
    assert len(script.errors) == 1 and "spreadsheet" in script.errors[0]
    assert hashlib.sha256(bad.read_bytes()).hexdigest() == before
    assert window.document.path == sample_summit.resolve()
    assert Delegation.select().count() == 6


def test_empty_file_is_refused(window, tmp_path, script):
    empty = tmp_path / "empty.summit"
    empty.touch()
    assert not window.open_path(empty)
    assert "empty" in script.errors[0]
    assert empty.read_bytes() == b""
    assert window.document is None


def test_open_menu_uses_the_chooser(window, sample_summit, script):
    script.open_path = sample_summit
    window.open_action.trigger()
    assert window.document.path == sample_summit.resolve()


def test_new_summit(window, tmp_path, script):
    script.save_path = tmp_path / "Bishkek 2027.summit"
    window.new_action.trigger()
    assert window.document.path == script.save_path.resolve()
    assert Delegation.select().count() == 0
    assert window.delegations_section.delegations.model.rowCount() == 0


def test_save_a_copy_is_complete(window, sample_summit, tmp_path, script):
    window.open_path(sample_summit)
    script.save_path = tmp_path / "for the ambassador.summit"
    window.copy_action.trigger()
    copy = sqlite3.connect(script.save_path)
    assert copy.execute("SELECT COUNT(*) FROM delegation").fetchone()[0] == 6
    assert copy.execute("PRAGMA quick_check").fetchone()[0] == "ok"
    copy.close()
    assert window.document.path == sample_summit.resolve()


def test_undo_menu_follows_the_open_summit(window, sample_summit, script):
    window.open_path(sample_summit)
    assert not window.undo_action.isEnabled()
    script.fill = {"code": "SCO", "name": "Shanghai Cooperation Organisation"}
    window.delegations_section.delegations.add_button.click()
    assert window.undo_action.isEnabled()
    assert window.undo_action.shortcut().toString() == "Ctrl+Z"
    window.undo_action.trigger()
    assert not Delegation.select().where(Delegation.code == "SCO").exists()


def test_close_shows_the_welcome_page(window, sample_summit):
    window.open_path(sample_summit)
    window.close_action.trigger()
    assert window.document is None
    assert window.stack.currentWidget() is window.welcome
    assert not window.copy_action.isEnabled()


def test_sample_is_created_on_demand(window):
    assert not sample_summit_path().exists()
    window.welcome.sample_requested.emit()
    assert sample_summit_path().exists()
    assert Delegation.select().count() == 6


def test_remembers_geometry_and_recent_files(qtbot, settings, sample_summit):
    first = MainWindow(settings)
    qtbot.addWidget(first)
    first.resize(760, 560)  # the default is 1280 x 800; the test screen is 800 x 800
    first.open_path(sample_summit)
    first.close()
    second = MainWindow(settings)
    qtbot.addWidget(second)
    assert second.size().toTuple() == (760, 560)
    assert second.recent_files() == [str(sample_summit.resolve())]
    assert second.recent_menu.actions()[0].text().endswith("astana.summit")


def test_failed_new_summit_keeps_the_open_one(window, sample_summit, tmp_path, script):
    window.open_path(sample_summit)
    script.save_path = tmp_path / "no such folder" / "new.summit"
    window.new_action.trigger()
    assert len(script.errors) == 1 and "does not exist" in script.errors[0]
    assert window.document is not None and window.document.path == sample_summit.resolve()
    assert Delegation.select().count() == 6


def test_file_without_summit_row_is_refused_and_the_open_one_kept(
    window, sample_summit, tmp_path, script
):
    from planner.summit_file import close_summit_file, new_summit_file

    window.open_path(sample_summit)
    hollow = tmp_path / "hollow.summit"
    close_summit_file()
    new_summit_file(hollow, populate=lambda: None)
    close_summit_file()
    window.open_path(sample_summit)
    assert not window.open_path(hollow)
    assert "no summit description" in script.errors[0]
    assert window.document.path == sample_summit.resolve()
    assert Delegation.select().count() == 6


def test_summit_settings_change_title_and_undo(window, sample_summit, script):
    window.open_path(sample_summit)
    script.fill = {"name": "Astana Summit 2025", "city": "Astana"}
    window.settings_action.trigger()
    assert window.windowTitle().startswith("Astana Summit 2025 — ")
    window.undo_action.trigger()
    assert window.windowTitle().startswith("2nd Central Asia–China Summit — ")


def test_new_summit_asks_for_its_settings(window, tmp_path, script):
    script.save_path = tmp_path / "Dushanbe 2027.summit"
    script.fill = {"name": "3rd Central Asia–China Summit", "city": "Dushanbe"}
    window.new_action.trigger()
    assert "3rd Central Asia–China Summit" in window.windowTitle()
    assert "Dushanbe" in window.summit_label.text()
    assert not window.undo_action.isEnabled()  # a new summit starts with a clean history


def test_hidden_sections_load_when_shown_and_catch_up_with_changes(window, sample_summit):
    from db.models import AgendaIssue, Track

    window.open_path(sample_summit)
    issues = window.issues_section
    assert issues.model.rowCount() == 0  # not shown yet: nothing loaded
    window.navigator.setCurrentRow(2)
    assert issues.model.rowCount() == 32
    window.navigator.setCurrentRow(1)
    AgendaIssue.create(code="ECO-99", title="Late addition", track=Track.get().id)
    window.document.notify("issue")
    assert issues.model.rowCount() == 32 and issues.stale  # hidden: only marked
    window.navigator.setCurrentRow(2)
    assert issues.model.rowCount() == 33 and not issues.stale


def test_a_large_summit_loads_and_is_checked_off_the_ui_thread(
    window, sample_summit, qtbot, monkeypatch
):
    from db.models import Meeting
    from ui import schedule_monitor

    monkeypatch.setattr(schedule_monitor, "AT_ONCE", 0)  # treat the sample as a large summit
    window.open_path(sample_summit)
    monitor = window.monitor
    assert monitor.loading and "Loading the schedule" in window.conflict_label.text()
    assert window.meetings_section.model.rowCount() == 0  # the window is there already
    qtbot.waitUntil(lambda: not monitor.loading, timeout=10_000)
    assert window.meetings_section.model.rowCount() == 24
    assert "2 errors" in window.conflict_label.text()
    # After an edit the meetings are current at once; their conflicts follow.
    clashing = Meeting.get(Meeting.title.contains("steel"))
    Meeting.update(status="cancelled").where(Meeting.id == clashing.id).execute()
    window.document.notify("meeting")
    assert monitor.checking and "Checking for conflicts" in window.conflict_label.text()
    row = next(r for r in monitor.overview.rows if r.id == clashing.id)
    assert row.status == "cancelled"
    window.document.notify("meeting")  # a second edit while the first is being checked
    qtbot.waitUntil(lambda: not monitor.checking, timeout=10_000)
    assert "0 errors" in window.conflict_label.text()
    window.close_document()  # waits for any work under way
    assert monitor.tasks == []


def test_undo_and_redo_say_what_they_undo_and_redo(window, sample_summit, script):
    window.open_path(sample_summit)
    assert window.undo_action.text() == "&Undo" and not window.redo_action.isEnabled()
    script.fill = {"code": "SCO", "name": "Shanghai Cooperation Organisation"}
    window.delegations_section.delegations.add_button.click()
    assert window.undo_action.text() == "&Undo Add Delegation"
    window.undo_action.trigger()
    assert window.redo_action.isEnabled() and window.redo_action.text() == "&Redo Add Delegation"
    assert window.redo_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Redo)
    window.redo_action.trigger()
    assert Delegation.select().where(Delegation.code == "SCO").exists()
    window.close_document()
    assert not window.undo_action.isEnabled() and window.undo_action.text() == "&Undo"


def test_the_welcome_page_lists_recent_summits_and_opens_them(window, sample_summit, tmp_path):
    window.open_path(sample_summit)
    window.close_document()
    page = window.welcome
    assert window.stack.currentWidget() is page
    assert page.recent_paths() == [sample_summit.resolve()]
    assert page.no_recent.isHidden()
    page.choose(page.recent.item(0))
    assert window.document.path == sample_summit.resolve()
    window.close_document()
    sample_summit.rename(tmp_path / "gone.summit")  # a summit moved away is not offered
    window.show_document(None)
    assert page.recent_paths() == [] and not page.no_recent.isHidden()


def test_the_welcome_page_starts_a_new_summit_opens_one_or_the_sample(window, script, tmp_path):
    window.welcome.sample_button.click()
    assert "sample" in window.document.path.name
    window.close_document()
    script.save_path = tmp_path / "Bishkek 2027.summit"
    window.welcome.new_button.click()
    assert window.document.path.name == "Bishkek 2027.summit"
    window.close_document()
    script.open_path = window.recent_files()[0]
    window.welcome.open_button.click()
    assert window.document is not None


def test_the_conflicts_panel_says_when_no_summit_is_open(window, sample_summit):
    panel = window.conflicts_panel
    assert panel.empty.text() == "No summit is open: its conflicts will be listed here."
    window.open_path(sample_summit)
    assert panel.empty.isHidden()  # the sample's conflicts are listed
    window.close_document()
    assert "No summit is open" in panel.empty.text()
