"""The Delegations section: add, edit and delete through the dialogs, every step undoable."""

import pytest
from PySide6.QtCore import Qt

from db.models import Attendee, Delegation, Person, Room
from ui.delegations.section import DelegationsSection
from ui.document import SummitDocument


@pytest.fixture
def section(qtbot, sample_summit):
    widget = DelegationsSection()
    qtbot.addWidget(widget)
    document = SummitDocument(sample_summit)
    widget.set_document(document)
    widget.resize(1100, 700)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def codes(section):
    return [row.code for row in section.delegations.model.rows]


def test_shows_the_sample(section):
    assert codes(section)[0] == "KZ"  # the host comes first by precedence
    assert len(codes(section)) == 6
    assert section.people.model.rowCount() == 6  # the people of the selected delegation
    assert section.rooms.model.rowCount() == Room.select().count()


def test_add_delegation_then_undo_and_redo(section, script):
    stack = section.document
    script.fill = {"code": "eu", "name": "European Union", "head": "A. Costa"}
    section.delegations.add_button.click()
    assert "EU" in codes(section)
    assert section.delegations.selected_ids() == [Delegation.get(Delegation.code == "EU").id]
    stack.undo()
    assert "EU" not in codes(section)
    assert not Delegation.select().where(Delegation.code == "EU").exists()
    stack.redo()
    assert Delegation.get(Delegation.code == "EU").head == "A. Costa"
    assert "EU" in codes(section)


def test_invalid_values_keep_the_dialog_open_with_the_reason(section, script):
    script.fill = {"code": "CN", "name": "Duplicate"}
    section.delegations.add_button.click()
    assert script.dialog_messages == ["Another delegation already has the code CN."]
    assert len(section.document.history) == 0
    assert Delegation.select().count() == 6


def test_edit_room_then_undo(section, script):
    room = Room.get(Room.name == "Grand Hall")
    section.rooms.select_id(room.id)
    script.fill = {"capacity": 320, "name": "Grand Hall"}
    section.rooms.edit_button.click()
    assert Room.get_by_id(room.id).capacity == 320
    row = section.rooms.model.row_of_id(room.id)
    assert section.rooms.model.rows[row].capacity == 320
    section.document.undo()
    assert Room.get_by_id(room.id).capacity == 300
    assert section.document.history.undo_text == ""


def test_unchanged_edit_is_not_an_undo_step(section, script):
    section.rooms.select_id(Room.select().first().id)
    section.rooms.edit_button.click()
    assert len(section.document.history) == 0


def test_delete_person_asks_then_undo_restores_attendances(section, script, qtbot):
    person = Person.get(Person.name == "Murat Nurtleu")
    attendances = Attendee.select().where(Attendee.person == person.id).count()
    assert attendances > 0
    section.people.select_id(person.id)
    section.people.view.setFocus()
    qtbot.keyClick(section.people.view, Qt.Key.Key_Delete)
    assert "Murat Nurtleu" in script.questions[0]
    assert f"{attendances} meeting attendances" in script.questions[0]
    assert not Person.select().where(Person.id == person.id).exists()
    section.document.undo()
    assert Attendee.select().where(Attendee.person == person.id).count() == attendances
    assert section.people.model.row_of_id(person.id) is not None


def test_declined_delete_changes_nothing(section, script):
    script.confirm_answer = False
    room = Room.select().first()
    section.rooms.select_id(room.id)
    section.rooms.delete_button.click()
    assert Room.select().where(Room.id == room.id).exists()
    assert len(section.document.history) == 0


def test_delegation_with_meetings_is_refused_with_a_reason(section, script):
    section.delegations.select_id(Delegation.get(Delegation.code == "CN").id)
    section.delegations.delete_button.click()
    assert len(script.errors) == 1
    assert "China cannot be deleted" in script.errors[0]
    assert script.questions == []
    assert Delegation.select().count() == 6


def test_filter_narrows_the_rows(section, qtbot):
    qtbot.keyClicks(section.rooms.filter_edit, "reconciliation")
    assert section.rooms.proxy.rowCount() == 3


def test_read_only_document_disables_editing(qtbot, sample_summit):
    widget = DelegationsSection()
    qtbot.addWidget(widget)
    widget.set_document(SummitDocument(sample_summit, readonly=True))
    assert not widget.delegations.add_button.isEnabled()
    assert not widget.delegations.edit_button.isEnabled()


def test_failed_undo_is_reported_and_dropped_from_the_stack(section, script, monkeypatch):
    from planner import delegations
    from planner.errors import PlannerError

    failures = []
    section.document.failed.connect(failures.append)
    script.fill = {"name": "Overflow Room", "capacity": 20}
    section.rooms.add_button.click()
    stack = section.document
    assert len(stack.history) == 1

    def refuse(_plan):
        raise PlannerError("The disk is full.")

    monkeypatch.setattr(delegations, "remove", refuse)
    stack.undo()
    assert failures == ["The disk is full."]
    assert Room.select().where(Room.name == "Overflow Room").exists()
    assert len(stack.history) == 0 and not stack.history.can_redo()


def test_a_document_is_freed_as_soon_as_it_is_let_go(sample_summit):
    """Without a cycle through its history it never waits for the garbage collector, which
    may run on a worker thread and would destroy its timer from there."""
    import gc
    import weakref

    gc.disable()
    try:
        document = weakref.ref(SummitDocument(sample_summit))
        assert document() is None
    finally:
        gc.enable()


def test_an_undo_that_fails_by_a_fault_is_said_in_a_sentence_and_logged(
    section, script, monkeypatch, caplog
):
    from planner import delegations

    failures = []
    section.document.failed.connect(failures.append)
    script.fill = {"name": "Overflow Room", "capacity": 20}
    section.rooms.add_button.click()
    step = section.document.history.undo_text

    def break_down(_plan):
        raise RuntimeError("cursor 0x7f3a closed")

    monkeypatch.setattr(delegations, "remove", break_down)
    with caplog.at_level("ERROR", logger="ui.document"):
        section.document.undo()
    [message] = failures
    assert message.startswith(f"“{step}” could not be undone") and "log" in message
    assert "0x7f3a" not in message
    assert "cursor 0x7f3a closed" in caplog.text
    assert len(section.document.history) == 0
