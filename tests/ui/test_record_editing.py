"""Records created and edited through a dialog: one undoable step each, named as asked."""

from PySide6.QtWidgets import QWidget

from db.models import Room
from planner.delegations import OPERATIONS, Kind
from ui.document import SummitDocument
from ui.record_dialog import FieldSpec, edit_in_dialog

FIELDS = [FieldSpec("name", "Name"), FieldSpec("capacity", "Capacity", kind="int", maximum=999)]


def test_a_record_is_created_then_edited_as_one_named_step_each(qtbot, sample_summit, script):
    parent = QWidget()
    qtbot.addWidget(parent)
    document = SummitDocument(sample_summit)
    rooms = OPERATIONS[Kind.ROOM]
    saved = []
    script.fill = {"name": "Overflow Room", "capacity": 20}
    assert edit_in_dialog(
        parent, document, rooms, "New", FIELDS, {}, "Add Room", saved=saved.append
    )
    [room_id] = saved
    assert Room.get_by_id(room_id).name == "Overflow Room"
    assert document.history.undo_text == "Add Room"

    script.fill = {"capacity": 25}
    values = {"name": "Overflow Room", "capacity": 20}
    named = edit_in_dialog(
        parent,
        document,
        rooms,
        "Edit",
        FIELDS,
        values,
        lambda typed: f"Seat {typed['capacity']}",
        row_id=room_id,
    )
    assert named and Room.get_by_id(room_id).capacity == 25
    assert document.history.undo_text == "Seat 25" and len(document.history) == 2

    script.fill = {}
    values = {"name": "Overflow Room", "capacity": 25}
    unchanged = edit_in_dialog(
        parent, document, rooms, "Edit", FIELDS, values, "Same", row_id=room_id
    )
    assert not unchanged and len(document.history) == 2  # nothing changed: no step kept
