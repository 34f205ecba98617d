"""The Positions section: the matrix model, stances on several cells with undo, the side
panel, the meeting brief and the disagreements view."""

import pytest
from PySide6.QtCore import QItemSelection, QItemSelectionModel, Qt

from db.models import AgendaIssue, Delegation, Meeting
from planner.positions import fetch_position, load_matrix
from ui.main_window import MainWindow
from ui.positions.matrix_model import CELL_ROLE, PositionMatrixModel


@pytest.fixture
def window(qtbot, settings, sample_summit):
    main = MainWindow(settings)
    qtbot.addWidget(main)
    main.resize(1400, 900)
    main.show()
    qtbot.waitExposed(main)
    main.open_path(sample_summit)
    main.navigator.setCurrentRow(3)
    return main


@pytest.fixture
def section(window):
    return window.positions_section


def cell_index(section, code, delegation):
    issue = AgendaIssue.get(AgendaIssue.code == code).id
    team = Delegation.get(Delegation.code == delegation).id
    for row in range(section.proxy.rowCount()):
        for column in range(1, section.proxy.columnCount() - 1):
            index = section.proxy.index(row, column)
            if tuple(index.data(CELL_ROLE)) == (issue, team):
                return index
    raise AssertionError(f"{code}/{delegation} not shown")


def select(section, indexes):
    selection = QItemSelection()
    for index in indexes:
        selection.select(index, index)
    section.view.selectionModel().select(
        selection, QItemSelectionModel.SelectionFlag.ClearAndSelect
    )


def test_model_passes_qt_checks_and_shows_words_and_colours(qtmodeltester, sample_summit):
    model = PositionMatrixModel()
    model.show_matrix(load_matrix())
    qtmodeltester.check(model)
    index = model.index(0, 1)
    assert index.data().split()[-1] in {"Support", "Cond.", "Neutral", "Oppose", "Unknown"}
    assert index.data(Qt.ItemDataRole.BackgroundRole) is not None
    assert model.headerData(1, Qt.Orientation.Horizontal) == "KZ"


def test_keyboard_sets_several_cells_at_once_and_undo(qtbot, window, section):
    cells = [cell_index(section, "SOC-06", code) for code in ("KZ", "CN", "TM")]
    keys = [tuple(i.data(CELL_ROLE)) for i in cells]
    before = [fetch_position(key)["stance"] for key in keys]
    select(section, cells)
    section.view.setFocus()
    qtbot.keyClick(section.view, Qt.Key.Key_O)
    assert [fetch_position(key)["stance"] for key in keys] == ["oppose"] * 3
    assert cell_index(section, "SOC-06", "CN").data().endswith("Oppose")
    assert len(window.document.history) == 1
    window.document.undo()
    assert [fetch_position(key)["stance"] for key in keys] == before


def test_side_panel_edits_one_position(window, section):
    index = cell_index(section, "ECO-06", "TM")
    key = tuple(index.data(CELL_ROLE))  # indexes do not survive the reload after a change
    select(section, [index])
    panel = section.panel
    assert "TM on ECO-06" in panel.heading.text()
    assert panel.texts["talking_points"].toPlainText() != ""
    panel.texts["red_lines"].setPlainText("No transit fee above the Xi'an terms.")
    panel.apply_button.click()
    assert fetch_position(key)["red_lines"] == "No transit fee above the Xi'an terms."
    window.document.undo()
    assert fetch_position(key)["red_lines"] != "No transit fee above the Xi'an terms."


def test_the_panel_is_idle_for_several_cells(section):
    select(section, [cell_index(section, "ECO-06", "TM"), cell_index(section, "ECO-06", "KZ")])
    assert not section.panel.apply_button.isEnabled()


def test_meeting_brief_shows_its_agenda_and_delegations(section):
    meeting = Meeting.get(Meeting.title.startswith("Line D gas pipeline"))
    section.view_choice.setCurrentIndex(1)
    section.meeting_choice.setCurrentIndex(section.meeting_choice.findData(meeting.id))
    headers = [
        section.proxy.headerData(c, Qt.Orientation.Horizontal)
        for c in range(1, section.proxy.columnCount() - 1)
    ]
    assert sorted(headers) == ["CN", "KG", "TJ", "TM", "UZ"]
    from planner.positions import meeting_brief

    issues, _ = meeting_brief(meeting.id)
    assert section.proxy.rowCount() == len(issues)


def test_disagreements_view(section):
    section.view_choice.setCurrentIndex(2)
    section.counterpart_choice.setCurrentIndex(section.counterpart_choice.findText("CN — China"))
    shown = section.proxy.rowCount()
    assert 0 < shown < len(section.model.matrix.issues)
    for row in range(shown):
        kz = section.proxy.index(row, 1).data().split()[-1]
        cn = section.proxy.index(row, 2).data().split()[-1]
        assert kz != cn and "Unknown" not in (kz, cn)
    assert "of 32 issues" in section.summary.text()


def test_search_narrows_the_issues(qtbot, section):
    qtbot.keyClicks(section.search, "line d")
    assert section.proxy.rowCount() == 1


def test_typed_texts_are_never_lost(qtbot, window, section):
    index = cell_index(section, "ECO-06", "TM")
    key = tuple(index.data(CELL_ROLE))
    select(section, [index])
    section.panel.texts["red_lines"].setPlainText("No new transit fees.")
    section.view.setFocus()
    qtbot.keyClick(section.view, Qt.Key.Key_N)  # the stance and the typed text together
    assert fetch_position(key)["stance"] == "neutral"
    assert fetch_position(key)["red_lines"] == "No new transit fees."
    section.panel.texts["fallback"].setPlainText("Revisit at the next summit.")
    select(section, [cell_index(section, "ECO-06", "KZ")])  # leaving the cell saves it
    assert fetch_position(key)["fallback"] == "Revisit at the next summit."


def test_a_new_home_delegation_reaches_the_matrix(window, section):
    from planner.summit_settings import SETTINGS_OPERATIONS
    from ui.undo_commands import change_record

    cn = Delegation.get(Delegation.code == "CN").id
    change_record(window.document, SETTINGS_OPERATIONS, 0, {"home_delegation": cn}, "Home")
    assert section.model.matrix.home == cn
    assert section.counterpart_choice.findText("CN — China") < 0


def test_meetings_are_listed_for_a_brief_only_when_one_is_asked_for(section):
    assert section.meeting_choice.count() == 0  # the whole matrix: no list of meetings made
    section.view_choice.setCurrentIndex(1)  # a meeting's brief
    assert section.meeting_choice.count() == 24
    section.document.notify("meeting")
    assert section.meeting_choice.count() == 24  # listed again for the brief shown
