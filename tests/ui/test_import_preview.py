"""The import window's preview: every mapped field, what will be created marked new, the rows
passed over around the table, and new rooms of a programme taken as existing ones."""

import pytest

from db.models import Meeting, Room
from tests.planner.test_import_matching import programme_with_new_rooms
from tests.planner.test_import_shapes import official_list
from tests.ui.test_import_dialog import choose, forward
from ui.importing.import_dialog import PREVIEW, RESULT, ImportDialog
from ui.main_window import MainWindow


@pytest.fixture
def dialog(qtbot, settings, sample_summit):
    main = MainWindow(settings)
    qtbot.addWidget(main)
    main.open_path(sample_summit)
    widget = ImportDialog(main.document, main)
    qtbot.addWidget(widget)
    return widget


def table(dialog):
    view = dialog.preview_table
    header = [view.horizontalHeaderItem(c).text() for c in range(view.columnCount())]
    rows = [
        [view.item(r, c).text() if view.item(r, c) else "" for c in range(view.columnCount())]
        for r in range(view.rowCount())
    ]
    return header, rows


def test_the_preview_shows_every_mapped_field_and_what_is_new(qtbot, dialog, monkeypatch, tmp_path):
    rows = [
        [1, "Транскаспийский маршрут", "Экономика", "Республика Казахстан", "16.06.2025 г.",
         "Очень высокий"],
        [2, "Цифровой шёлковый путь", "Цифровизация", "КНР", "17.06.2025", "низкий"],
    ]  # fmt: skip
    choose(qtbot, dialog, monkeypatch, official_list(tmp_path / "list.xlsx", rows))
    forward(qtbot, dialog)
    forward(qtbot, dialog)
    assert dialog.pages.currentIndex() == PREVIEW
    header, shown = table(dialog)
    assert header == ["Row", "What happens", "Title", "Track", "Lead", "Due", "Priority"]
    assert shown == [
        ["4", "new", "Транскаспийский маршрут", "Economic", "Kazakhstan", "2025-06-16", "high"],
        ["5", "new", "Цифровой шёлковый путь", "Цифровизация (new)", "China", "2025-06-17",
         "low"],
    ]  # fmt: skip
    assert "New tracks: Цифровизация." in dialog.summary.text()
    listed = [dialog.problem_list.item(i).text() for i in range(dialog.problem_list.count())]
    assert "Sheet Перечень, row 1: passed over, a title row above the table: “Перечень" in (
        " ".join(listed)
    )
    assert any("row 6: passed over, a footer below the table: “Итого: 2" in t for t in listed)


def test_a_new_room_of_a_programme_can_be_taken_as_an_existing_one(
    qtbot, dialog, monkeypatch, tmp_path
):
    choose(qtbot, dialog, monkeypatch, programme_with_new_rooms(tmp_path / "programme.xlsx"))
    dialog.kind_choice.setCurrentIndex(dialog.kind_choice.findData("meetings"))
    forward(qtbot, dialog)
    forward(qtbot, dialog)
    header, shown = table(dialog)
    assert header[-1] == "Room" and shown[0][-1] == "Hall X (new)"
    assert "New rooms: Hall X." in dialog.summary.text()
    choices = dialog.room_choices
    assert choices.isVisibleTo(dialog) and choices.item(0, 0).text() == "Hall X"
    combo = choices.cellWidget(0, 1)
    combo.setCurrentIndex(combo.findData("Grand Hall"))  # asks for the plan again
    qtbot.waitUntil(lambda: dialog.task is None, timeout=20_000)
    header, shown = table(dialog)
    assert shown[0][-1] == "Grand Hall" and "New rooms" not in dialog.summary.text()
    rooms = Room.select().count()
    forward(qtbot, dialog)
    assert dialog.pages.currentIndex() == RESULT
    assert Room.select().count() == rooms
    grand = Room.get(Room.name == "Grand Hall").id
    assert Meeting.get(Meeting.title == "Встреча по транзиту").room_id == grand


def test_every_reason_for_passing_a_row_over_is_offered_to_translators():
    from planner.importing.plan import AROUND_REASONS
    from ui.importing.preview import REASONS

    assert set(REASONS) == set(AROUND_REASONS.values())
