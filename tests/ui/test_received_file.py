"""A received file that holds a trigger or forbidden values: the window refuses it in one
sentence and offers a cleaned copy, which it opens; the received file stays as it is."""


import pytest

from db.models import AgendaIssue, Meeting
from tests.helpers import digest, received
from ui.main_window import MainWindow

TRIGGER = "CREATE TRIGGER u AFTER UPDATE ON agenda_issue BEGIN DELETE FROM meeting; END"


@pytest.fixture
def window(qtbot, settings):
    main = MainWindow(settings)
    qtbot.addWidget(main)
    return main


def test_declining_the_cleaned_copy_opens_nothing(window, tmp_path, sample_template, script):
    path = received(tmp_path, sample_template, TRIGGER)
    before = digest(path)
    script.confirm_answer = False
    assert not window.open_path(path)
    assert len(script.questions) == 1 and "trigger “u”" in script.questions[0]
    assert "cleaned copy" in script.questions[0]
    assert window.document is None
    assert digest(path) == before
    assert not (tmp_path / "received (cleaned).summit").exists()


def test_the_cleaned_copy_is_opened_and_runs_nothing(window, tmp_path, sample_template, script):
    path = received(
        tmp_path, sample_template, TRIGGER, "UPDATE meeting SET room_id = 'abc' WHERE id = 2"
    )
    before = digest(path)
    assert window.open_path(path)
    copy = tmp_path / "received (cleaned).summit"
    assert window.document.path == copy.resolve()
    assert script.errors == []
    assert "cleaned copy of received.summit (2 changes)" in window.statusBar().currentMessage()
    count = Meeting.select().count()
    assert count > 20 and Meeting.get_by_id(2).room_id is None
    AgendaIssue.update(title="Renamed").where(AgendaIssue.id == 1).execute()
    assert Meeting.select().count() == count  # the trigger stayed behind
    assert digest(path) == before
