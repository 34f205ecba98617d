"""The headless history of edits and the typed changes it reports."""

import json

import pytest

from db.models import Delegation, Room
from planner.delegations import OPERATIONS, Kind
from planner.edits import AddRecord, BulkOperation, ChangeRecord, RemoveRecords
from planner.errors import PlannerError
from planner.history import ALL, Change, History
from planner.positions import POSITION_EDITS, fetch_position, set_stance

ROOMS = OPERATIONS[Kind.ROOM]


def room_id(name: str) -> int:
    return Room.get(Room.name == name).id


def add_room(history: History, name: str) -> int:
    operation = AddRecord(ROOMS, {"name": name, "capacity": 10}, f"Add {name}")
    history.run(operation)
    return operation.row_id


def test_run_undo_redo_with_texts_and_changes(sample_summit):
    history = History()
    heard: list[Change] = []
    history.add_listener(heard.append)
    assert not history.can_undo() and history.undo_text == ""
    new = add_room(history, "Annex")
    assert heard == [Change.of("room", [new])]
    assert history.undo_text == "Add Annex" and history.is_clean() is False
    assert history.undo() == Change.of("room", [new])
    assert not Room.select().where(Room.id == new).exists()
    assert history.redo_text == "Add Annex" and history.is_clean()
    history.redo()
    assert Room.get_by_id(new).name == "Annex"  # back with the same id
    assert len(heard) == 3


def test_an_edit_that_changes_nothing_is_not_a_step(sample_summit):
    history = History()
    room = Room.select().first()
    change = history.run(ChangeRecord(ROOMS, room.id, {"name": room.name}, "Rename"))
    assert not change and len(history) == 0


def test_a_refused_edit_keeps_no_step(sample_summit):
    history = History()
    with pytest.raises(PlannerError):
        history.run(AddRecord(OPERATIONS[Kind.DELEGATION], {"code": "CN", "name": "Twice"}, ""))
    assert len(history) == 0 and Delegation.select().count() == 6


def test_a_new_edit_after_undo_forgets_the_redo_and_the_clean_state(sample_summit):
    history = History()
    add_room(history, "A")
    history.mark_clean()
    history.undo()
    add_room(history, "B")
    assert not history.can_redo() and history.undo_text == "Add B"
    assert not history.is_clean()
    history.undo()
    assert not history.is_clean()  # the state marked clean (with A) cannot come back


def test_the_limit_drops_the_oldest_steps(sample_summit):
    history = History(limit=2)
    first = add_room(history, "One")
    add_room(history, "Two")
    add_room(history, "Three")
    assert len(history) == 2
    history.undo()
    history.undo()
    assert not history.can_undo()
    assert Room.select().where(Room.id == first).exists()  # beyond the limit: kept done


def test_a_failed_undo_drops_the_step_reports_it_and_raises(sample_summit, monkeypatch):
    from planner import delegations

    history = History()
    heard: list[Change] = []
    new = add_room(history, "Overflow")
    history.add_listener(heard.append)

    def refuse(_plan):
        raise PlannerError("The disk is full.")

    monkeypatch.setattr(delegations, "remove", refuse)
    with pytest.raises(PlannerError):
        history.undo()
    assert len(history) == 0 and not history.can_redo()
    assert heard == [Change.of("room", [new])]


def test_bulk_edit_of_cells_names_the_cells_changed(sample_summit):
    history = History()
    kz, cn = (Delegation.get(Delegation.code == c).id for c in ("KZ", "CN"))
    issue = fetch_issue_id()
    cells = [(issue, kz), (issue, cn)]
    before = [fetch_position(c)["stance"] for c in cells]
    request = set_stance(cells, "oppose" if before[0] != "oppose" else "support")
    change = history.run(BulkOperation(POSITION_EDITS, request, "Set 2 Positions"))
    assert change.ids("position") <= frozenset(cells) and change.ids("position")
    history.undo()
    assert [fetch_position(c)["stance"] for c in cells] == before


def fetch_issue_id() -> int:
    from db.models import AgendaIssue

    return AgendaIssue.select().first().id


def test_changes_merge_and_travel_as_plain_data():
    one = Change.of("meeting", [1, 2]).merged(Change.of("position", [(3, 4)]))
    both = one.merged(Change.of("meeting", [5])).merged(Change.everything("track"))
    assert both.ids("meeting") == {1, 2, 5}
    assert both.ids("track") is ALL and both.ids("issue") == frozenset()
    assert both.merged(Change.of("meeting")).ids("meeting") is ALL
    assert both.touches(["track"]) and not both.touches(["rate"])
    wire = json.dumps(both.to_data())  # as another person's edit would arrive
    assert Change.from_data(json.loads(wire)) == both
    assert not Change() and Change.of("room", [])


def test_remove_and_restore_name_the_removed_rows(sample_summit):
    history = History()
    grand = room_id("Grand Hall")
    plan = ROOMS.plan_removal([grand])
    assert history.run(RemoveRecords(ROOMS, plan, "Delete")) == Change.of("room", [grand])
    assert history.undo() == Change.of("room", [grand])
    assert Room.get_by_id(grand).name == "Grand Hall"
