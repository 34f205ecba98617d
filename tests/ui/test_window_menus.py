"""Every menu action and shortcut of the main window does what its name says."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest

from db.models import Meeting
from ui import dialogs
from ui.export_dialog import CALENDAR, WORKBOOK
from ui.window_menus import guide_text, shortcut_rows


@pytest.fixture
def shown(sample_window, monkeypatch):
    """The sample window with every dialog it would run recorded instead of shown."""
    ran: list = []
    texts: list = []

    def run_and_discard(dialog):
        ran.append(dialog)
        dialog.deleteLater()
        return False

    monkeypatch.setattr(dialogs, "run_and_discard", run_and_discard)
    monkeypatch.setattr(dialogs, "show_about", lambda _p, title, text: texts.append((title, text)))
    sample_window.ran, sample_window.texts = ran, texts
    sample_window.activateWindow()
    return sample_window


def menu_actions(window):
    found = []
    for menu_action in window.menuBar().actions():
        for action in menu_action.menu().actions():
            if not action.isSeparator():
                found.append(action)
    return found


SECTION_TITLES = ["Schedule", "Meetings", "Issues", "Positions", "Financing", "Delegations"]


def test_each_view_item_shows_its_own_section(shown):
    for number, action in enumerate(shown.section_actions):
        assert action.text() == SECTION_TITLES[number]
        action.trigger()
        assert shown.navigator.currentRow() == number
        assert shown.stack.currentWidget() is shown.sections[number][1]


def test_each_ctrl_number_shows_its_own_section(shown, qtbot):
    qtbot.waitUntil(shown.isActiveWindow)
    for number in [2, 5, 0, 3, 1, 4]:
        QTest.keyClick(shown, Qt.Key(Qt.Key.Key_1 + number), Qt.KeyboardModifier.ControlModifier)
        assert shown.navigator.currentRow() == number, SECTION_TITLES[number]
        assert shown.stack.currentWidget() is shown.sections[number][1]


def test_file_menu_actions_open_what_they_name(shown, script, tmp_path):
    shown.import_action.trigger()
    shown.export_action.trigger()
    shown.calendar_action.trigger()
    shown.restore_action.trigger()
    kinds = [
        (type(d).__name__, d.kind if type(d).__name__ == "ExportDialog" else None)
        for d in shown.ran
    ]
    assert kinds == [
        ("ImportDialog", None),
        ("ExportDialog", WORKBOOK),
        ("ExportDialog", CALENDAR),
        ("RestoreDialog", None),
    ]
    script.save_path = tmp_path / "copy.summit"
    shown.copy_action.trigger()
    assert script.save_path.exists()
    shown.close_action.trigger()
    assert shown.document is None and shown.stack.currentWidget() is shown.welcome
    shown.sample_action.trigger()
    assert shown.document is not None and "sample" in shown.document.path.name
    script.open_path = tmp_path / "copy.summit"
    shown.open_action.trigger()
    assert shown.document.path == script.open_path.resolve()
    recent = shown.recent_menu.actions()[0]
    assert "copy.summit" in recent.text()
    script.save_path = tmp_path / "new.summit"
    shown.new_action.trigger()
    assert shown.document.path.name == "new.summit"


def test_edit_menu_undoes_redoes_and_opens_the_settings(shown, script):
    shown.settings_action.trigger()  # the stand-in accepts the dialog unchanged
    script.fill = {"name": "Astana summit"}
    shown.settings_action.trigger()
    assert shown.windowTitle().startswith("Astana summit")
    shown.undo_action.trigger()
    assert shown.windowTitle().startswith("2nd Central Asia–China Summit")
    shown.redo_action.trigger()
    assert shown.windowTitle().startswith("Astana summit")


def test_conflicts_panel_item_and_shortcut_toggle_the_panel(shown, qtbot):
    qtbot.waitUntil(shown.isActiveWindow)
    panel = shown.conflicts_dock
    panel.show()
    QTest.keySequence(shown, QKeySequence("Ctrl+Shift+K"))
    assert panel.isHidden()
    shown.show_conflicts_panel()  # what choosing the status bar's count does
    assert not panel.isHidden()


def test_help_gives_the_guide_the_shortcuts_and_about(shown, qtbot):
    qtbot.waitUntil(shown.isActiveWindow)
    QTest.keySequence(shown, QKeySequence(QKeySequence.StandardKey.HelpContents))
    shown.shortcuts_action.trigger()
    shown.about_action.trigger()
    titles = [title for title, _text in shown.texts]
    assert titles == ["Getting Started", "Keyboard Shortcuts", "About Summit Planner"]
    assert shown.texts[0][1] == guide_text()
    listed = shown.texts[1][1]
    for action in menu_actions(shown):
        keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        if keys:
            assert keys in listed, action.text()
    assert "Ctrl+3" in listed and "Undo" in listed


def test_no_two_actions_share_a_shortcut(shown):
    keys = [a.shortcut().toString() for a in menu_actions(shown) if not a.shortcut().isEmpty()]
    assert len(keys) == len(set(keys)) and len(keys) >= 14
    assert len(shortcut_rows(shown)) > len(keys)


def test_quit_closes_the_window_and_the_summit(shown):
    assert Meeting.select().count() > 0
    shown.quit_action.trigger()
    assert not shown.isVisible() and shown.document is None
