"""The import window: reading in the background, mapping, preview, import, undo, Cancel."""

import pytest
from PySide6.QtWidgets import QComboBox

from db.models import AgendaIssue
from tests.planner.test_import import russian_list
from ui import dialogs
from ui.importing.import_dialog import MAPPING, PREVIEW, RESULT, SOURCE, ImportDialog
from ui.main_window import MainWindow


@pytest.fixture
def window(qtbot, settings, sample_summit):
    main = MainWindow(settings)
    qtbot.addWidget(main)
    main.open_path(sample_summit)
    return main


@pytest.fixture
def dialog(qtbot, window):
    widget = ImportDialog(window.document, window)
    qtbot.addWidget(widget)
    return widget


def choose(qtbot, dialog, monkeypatch, path):
    monkeypatch.setattr(dialogs, "choose_import_path", lambda _parent: path)
    dialog.choose_file()
    qtbot.waitUntil(lambda: dialog.task is None, timeout=10_000)


def forward(qtbot, dialog):
    """Next (or Import), then wait for the work it started in the background."""
    dialog.next_button.click()
    qtbot.waitUntil(lambda: dialog.task is None, timeout=20_000)


def test_a_whole_import_then_undo(qtbot, window, dialog, monkeypatch, tmp_path):
    before = AgendaIssue.select().count()
    choose(qtbot, dialog, monkeypatch, russian_list(tmp_path / "list.xlsx"))
    assert dialog.sheet_choice.currentData() == "Вопросы"
    forward(qtbot, dialog)
    assert dialog.pages.currentIndex() == MAPPING
    fields = {
        dialog.mapping_table.item(r, 0).text(): dialog.mapping_table.cellWidget(r, 1)
        for r in range(dialog.mapping_table.rowCount())
    }
    assert fields["Вопрос"].currentData() == "title"
    description: QComboBox = fields["Описание"]
    description.setCurrentIndex(0)  # not imported
    forward(qtbot, dialog)
    assert dialog.pages.currentIndex() == PREVIEW
    assert "2 new, 1 updated" in dialog.summary.text()
    assert dialog.preview_table.rowCount() == 3
    forward(qtbot, dialog)
    assert dialog.pages.currentIndex() == RESULT
    assert AgendaIssue.select().count() == before + 2
    window.document.undo()
    assert AgendaIssue.select().count() == before
    window.document.redo()
    assert AgendaIssue.select().count() == before + 2


def test_problems_are_listed_with_their_place(qtbot, dialog, monkeypatch, tmp_path):
    path = tmp_path / "dups.csv"
    path.write_text(
        "Code,Title,Priority\nECO-30,First,urgent\nECO-30,Second,low\n", encoding="utf-8"
    )
    choose(qtbot, dialog, monkeypatch, path)
    forward(qtbot, dialog)
    forward(qtbot, dialog)
    problems = [dialog.problem_list.item(i).text() for i in range(dialog.problem_list.count())]
    assert any(p.startswith("Sheet dups, row 2, column C (Priority):") for p in problems)
    assert any("repeats row 2" in p for p in problems)


def test_a_hostile_file_is_explained_and_nothing_changes(qtbot, dialog, monkeypatch, tmp_path):
    before = AgendaIssue.select().count()
    path = tmp_path / "old.xls"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600)
    choose(qtbot, dialog, monkeypatch, path)
    assert "password-protected" in dialog.message.text()
    assert dialog.pages.currentIndex() == SOURCE and not dialog.next_button.isEnabled()
    assert AgendaIssue.select().count() == before


def test_cancel_while_reading_changes_nothing(qtbot, dialog, monkeypatch, tmp_path):
    before = AgendaIssue.select().count()
    path = tmp_path / "big.csv"
    rows = "".join(f"ECO-{n},Issue number {n},Economic\n" for n in range(150_000))
    path.write_text("Code,Title,Track\n" + rows, encoding="utf-8")
    monkeypatch.setattr(dialogs, "choose_import_path", lambda _parent: path)
    dialog.choose_file()
    dialog.stop_reading()
    qtbot.waitUntil(lambda: dialog.task is None, timeout=20_000)
    assert "stopped" in dialog.file_label.text()
    assert dialog.sheets == [] and AgendaIssue.select().count() == before


def test_a_programme_of_meetings_through_the_window(qtbot, window, dialog, monkeypatch, tmp_path):
    from db.models import Meeting
    from tests.planner.test_meeting_import import programme

    before = Meeting.select().count()
    choose(qtbot, dialog, monkeypatch, programme(tmp_path))
    dialog.kind_choice.setCurrentIndex(1)
    forward(qtbot, dialog)
    forward(qtbot, dialog)
    assert "1 new, 1 updated, 1 skipped" in dialog.summary.text()
    forward(qtbot, dialog)
    assert Meeting.select().count() == before + 1
    window.document.undo()
    assert Meeting.select().count() == before


def test_a_positions_matrix_through_the_window(qtbot, window, dialog, monkeypatch, tmp_path):
    from planner.positions import fetch_position
    from tests.planner.test_position_import import cell, matrix

    before = fetch_position(cell("SOC-06", "KZ"))["stance"]
    choose(qtbot, dialog, monkeypatch, matrix(tmp_path))
    dialog.kind_choice.setCurrentIndex(2)
    forward(qtbot, dialog)
    roles = [dialog.mapping_table.item(r, 1).text() for r in range(dialog.mapping_table.rowCount())]
    assert "issue code" in roles and "stances of Казахстан" in roles
    forward(qtbot, dialog)
    forward(qtbot, dialog)
    assert fetch_position(cell("SOC-06", "KZ"))["stance"] == "oppose"
    window.document.undo()
    assert fetch_position(cell("SOC-06", "KZ"))["stance"] == before


def test_a_limit_that_stopped_the_reading_is_a_problem_of_the_preview(
    qtbot, dialog, monkeypatch, tmp_path
):
    from planner.importing import bounds
    from tests.planner import hostile_files

    monkeypatch.setattr(bounds, "MAX_ROWS", 300)
    choose(qtbot, dialog, monkeypatch, hostile_files.long_sheet(tmp_path / "rows.xlsx", rows=400))
    forward(qtbot, dialog)
    forward(qtbot, dialog)
    assert "299 new" in dialog.summary.text()
    problems = [dialog.problem_list.item(i).text() for i in range(dialog.problem_list.count())]
    assert problems == [
        "Sheet Issues, row 301: Reading stopped after row 300: at most 300 rows are read, so "
        "row 301 and the rows below it were not imported; split the file."
    ]


class Gaps:
    """The longest wait between two ticks of a 20 ms timer on the UI thread."""

    def __init__(self):
        import time

        from PySide6.QtCore import QTimer

        self.clock, self.longest = time.perf_counter, 0.0
        self.last = self.clock()
        self.timer = QTimer()
        self.timer.timeout.connect(self.tick)
        self.timer.start(20)

    def tick(self):
        now = self.clock()
        self.longest, self.last = max(self.longest, now - self.last), now


def large_list(qtbot, dialog, monkeypatch, tmp_path, rows=20_000):
    from tests.helpers import issues_csv

    choose(qtbot, dialog, monkeypatch, issues_csv(tmp_path / "large.csv", rows))
    forward(qtbot, dialog)
    forward(qtbot, dialog)
    assert f"{rows} new" in dialog.summary.text()
    assert dialog.preview_table.rowCount() == 2_000  # filled a hundred rows at a time
    qtbot.waitUntil(lambda: dialog.preview_table.item(1_999, 3) is not None)
    assert dialog.preview_table.item(1_999, 3).text() == "Imported issue 1999"


def test_a_large_import_keeps_the_window_answering_and_shows_progress(
    qtbot, window, dialog, monkeypatch, tmp_path
):
    before = AgendaIssue.select().count()
    large_list(qtbot, dialog, monkeypatch, tmp_path)
    steps = []
    gaps = Gaps()
    dialog.next_button.click()
    dialog.task.progressed.connect(steps.append)
    assert not dialog.progress.isHidden() and not dialog.cancel_reading.isHidden()
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == RESULT, timeout=30_000)
    gaps.timer.stop()
    assert gaps.longest < 0.5
    # Reports are passed on at most every 40 ms, so how many arrive depends on the machine's
    # speed; the first and last of the phase always do, and some in between.
    assert ("create", 0, 20_000) in steps and ("create", 20_000, 20_000) in steps
    assert any(0 < done < total for _phase, done, total in steps)
    assert AgendaIssue.select().count() == before + 20_000
    assert window.document.history.undo_text == "Import large.csv"
    window.document.undo()
    assert AgendaIssue.select().count() == before


def test_stop_during_the_commit_leaves_the_file_as_it_was(
    qtbot, window, dialog, monkeypatch, tmp_path
):
    from db.models import Track

    before = [tuple(r) for r in AgendaIssue.select().tuples()]
    tracks = Track.select().count()
    large_list(qtbot, dialog, monkeypatch, tmp_path)
    dialog.next_button.click()
    dialog.task.progressed.connect(lambda step: step[1] >= 2_000 and dialog.stop_reading())
    qtbot.waitUntil(lambda: dialog.task is None, timeout=30_000)
    assert "stopped; nothing was changed" in dialog.message.text()
    assert dialog.pages.currentIndex() == PREVIEW
    assert [tuple(r) for r in AgendaIssue.select().tuples()] == before
    assert Track.select().count() == tracks
    assert not window.document.history.can_undo()


def test_an_import_of_nothing_new_leaves_no_step_to_undo_and_says_why(
    qtbot, window, monkeypatch, tmp_path
):
    source = russian_list(tmp_path / "list.xlsx")
    for attempt in range(2):  # the second time, the same list changes nothing
        dialog = ImportDialog(window.document, window)
        qtbot.addWidget(dialog)
        choose(qtbot, dialog, monkeypatch, source)
        dialog.fill_mapping()
        dialog.show_page(MAPPING)
        dialog.mapping_table.cellWidget(1, 1)  # the mapping as it was found
        forward(qtbot, dialog)
        assert dialog.pages.currentIndex() == PREVIEW
        summary = dialog.summary.text()
        forward(qtbot, dialog)
        assert dialog.pages.currentIndex() == RESULT, summary
        assert len(window.document.history) == 1, attempt
    assert "Nothing to import" in dialog.result.text(), summary
    assert "nothing was changed" in dialog.result.text()


def test_the_last_page_says_what_was_imported_and_offers_another_file(
    qtbot, window, dialog, monkeypatch, tmp_path
):
    choose(qtbot, dialog, monkeypatch, russian_list(tmp_path / "list.xlsx"))
    assert "1 sheet" in dialog.file_label.text() and "sheet(s)" not in dialog.file_label.text()
    for _page in range(3):
        forward(qtbot, dialog)
    text = dialog.result.text()
    assert "2 new rows added" in text and "1 row updated" in text
    assert "Undo (Ctrl+Z)" in text
    monkeypatch.setattr(dialogs, "choose_import_path", lambda _parent: None)
    dialog.another_button.click()
    assert dialog.pages.currentIndex() == SOURCE
