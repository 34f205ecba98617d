"""File ▸ Export: options, writing in the background, Cancel, the result and the folder link."""

import openpyxl
import pytest
from icalendar import Calendar

from db.models import Meeting
from ui import dialogs, export_dialog
from ui.export_dialog import CALENDAR, WORKBOOK, ExportDialog
from ui.main_window import MainWindow


@pytest.fixture
def window(qtbot, settings, sample_summit):
    main = MainWindow(settings)
    qtbot.addWidget(main)
    main.open_path(sample_summit)
    return main


def make(qtbot, window, kind):
    dialog = ExportDialog(window.document, kind, window)
    qtbot.addWidget(dialog)
    return dialog


def run(qtbot, dialog):
    dialog.export_button.click()
    qtbot.waitUntil(lambda: dialog.task is None, timeout=20_000)


def test_menu_offers_both_exports_once_a_summit_is_open(window):
    assert window.export_action.isEnabled() and window.calendar_action.isEnabled()
    assert window.export_action.shortcut().toString() == "Ctrl+E"


def test_workbook_for_one_delegation_without_positions(qtbot, window, tmp_path, monkeypatch):
    dialog = make(qtbot, window, WORKBOOK)
    assert not dialog.positions.isChecked()  # sensitive: left out unless asked for
    dialog.scope.setCurrentIndex(dialog.scope.findData("TJ"))
    assert dialog.path_edit.text().endswith("astana - TJ.xlsx")
    target = tmp_path / "out" / "tj"
    target.parent.mkdir()
    dialog.path_edit.setText(str(target))
    run(qtbot, dialog)
    written = target.with_name("tj.xlsx")
    assert dialog.written == written
    assert "Open the folder" in dialog.message.text()
    book = openpyxl.load_workbook(written)
    assert "Positions" not in book.sheetnames
    rows = list(book["Schedule"].iter_rows(2, values_only=True))
    assert rows and all("TJ" in row[7].split(", ") for row in rows)
    opened = []
    monkeypatch.setattr(dialogs, "open_folder", opened.append)
    dialog.message.linkActivated.emit("folder")
    assert opened == [written.parent]


def test_calendar_export_and_replacing_needs_a_yes(qtbot, window, tmp_path, monkeypatch):
    dialog = make(qtbot, window, CALENDAR)
    target = tmp_path / "summit.ics"
    target.write_text("old")
    dialog.path_edit.setText(str(target))
    monkeypatch.setattr(dialogs, "confirm", lambda *args, **kwargs: False)
    dialog.export_button.click()
    assert dialog.task is None and target.read_text() == "old"
    monkeypatch.setattr(dialogs, "confirm", lambda *args, **kwargs: True)
    run(qtbot, dialog)
    events = Calendar.from_ical(target.read_bytes()).walk("VEVENT")
    assert len(events) == Meeting.select().count()


def test_a_failure_is_one_sentence_and_the_dialog_stays(qtbot, window, tmp_path):
    dialog = make(qtbot, window, WORKBOOK)
    dialog.path_edit.setText(str(tmp_path / "no such folder" / "x.xlsx"))
    run(qtbot, dialog)
    assert "could not be written" in dialog.message.text()
    assert dialog.export_button.isEnabled() and dialog.written is None


def test_cancel_while_writing_keeps_the_earlier_file(qtbot, window, tmp_path, monkeypatch):
    target = tmp_path / "briefing.xlsx"
    target.write_bytes(b"earlier")
    monkeypatch.setattr(dialogs, "confirm", lambda *args, **kwargs: True)
    dialog = make(qtbot, window, WORKBOOK)
    dialog.path_edit.setText(str(target))
    real = export_dialog.export_workbook

    def waits_for_cancel(path, *, progress, **options):
        def gated(step):  # the first step waits until Cancel was pressed
            dialog.task.worker.cancelled.wait(10)
            return progress(step)

        return real(path, progress=gated, **options)

    monkeypatch.setattr(export_dialog, "export_workbook", waits_for_cancel)
    dialog.export_button.click()
    assert dialog.close_button.text() == "Cancel" and not dialog.progress.isHidden()
    dialog.close_button.click()
    qtbot.waitUntil(lambda: dialog.task is None, timeout=20_000)
    assert target.read_bytes() == b"earlier"
    assert "cancelled" in dialog.message.text()
    assert not list(tmp_path.glob(".*.writing"))


def test_programme_defaults_to_the_home_head_and_asks_who_it_is_for(
    qtbot, window, tmp_path, monkeypatch
):
    from datetime import date

    from ui.export_dialog import EXTERNAL, INTERNAL, PROGRAMME

    monkeypatch.setattr(
        export_dialog, "date", type("Today", (), {"today": lambda: date(2025, 6, 16)})
    )
    dialog = make(qtbot, window, PROGRAMME)
    assert dialog.scope.currentText() == "Programme of Kassym-Jomart Tokayev (KZ)"
    assert dialog.day.currentData() == date(2025, 6, 17)  # tomorrow's programme
    assert dialog.audience.currentData() == INTERNAL and dialog.audience_note.isHidden()
    dialog.scope.setCurrentIndex(dialog.scope.findData("CN"))
    assert dialog.audience.currentData() == EXTERNAL  # another delegation's
    assert "talking points" in dialog.audience_note.text() and not dialog.audience_note.isHidden()
    target = tmp_path / "chosen" / "cn.xlsx"
    target.parent.mkdir()
    dialog.path_edit.setText(str(target))
    run(qtbot, dialog)
    book = openpyxl.load_workbook(target)
    assert book.sheetnames == ["Summary", "Tue 17 Jun"]
    assert book["Summary"]["B9"].value.startswith("External")
    # the folder is remembered for this summit
    again = make(qtbot, window, PROGRAMME)
    assert again.path_edit.text().startswith(str(target.parent))


def test_the_data_folder_is_never_the_default_export_folder(tmp_path, monkeypatch):
    monkeypatch.setattr(export_dialog, "data_dir", lambda: tmp_path)
    assert export_dialog.default_folder(tmp_path / "a.summit") != tmp_path
    elsewhere = tmp_path / "work"
    assert export_dialog.default_folder(elsewhere / "a.summit") == elsewhere


def test_every_planner_label_is_written_out_for_the_windows_catalogue():
    import inspect
    import re

    from planner import labels as words
    from ui import labels

    listed = set(
        re.findall(r'tr\("((?:[^"\\]|\\.)*)"\)', inspect.getsource(labels.catalogue_words))
    )
    tables = [getattr(words, n) for n in dir(words) if n.endswith("_labels")]
    assert {word for table in tables for word in table().values()} <= listed
