"""Random sequences of edits, undos and redos through the headless history (property-based):
never an unhandled error, the file always consistent, every step's change naming its kind,
and undoing everything gives back the summit exactly as it was."""

import contextlib
import sqlite3
from datetime import timedelta

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from db.models import AgendaIssue, Delegation, Meeting, Person, Room, database_proxy
from planner.delegations import OPERATIONS, Kind
from planner.edits import AddRecord, BulkOperation, ChangeRecord, RemoveRecords
from planner.errors import USER_ERRORS
from planner.history import Change, History
from planner.issues import ISSUE_OPERATIONS
from planner.meeting_drafts import moved
from planner.meeting_edits import AdjustMeeting
from planner.positions import POSITION_EDITS

TABLES = [
    "delegation", "person", "room", "meeting", "meeting_delegation", "attendee", "track",
    "agenda_issue", "meeting_issue", "position", "financing_request", "financing_meeting",
]  # fmt: skip

KINDS = {"issue", "room", "person", "meeting", "position"}
texts = st.text(min_size=0, max_size=12)
picks = st.integers(min_value=0, max_value=10_000)
actions = st.one_of(
    st.tuples(st.just("add issue"), texts),
    st.tuples(st.just("rename issue"), picks, texts),
    st.tuples(st.just("delete issues"), st.lists(picks, min_size=1, max_size=3)),
    st.tuples(st.just("add room"), texts, st.integers(-5, 500)),
    st.tuples(st.just("delete room"), picks),
    st.tuples(st.just("rename person"), picks, texts),
    st.tuples(st.just("delete person"), picks),
    st.tuples(st.just("move meeting"), picks, st.integers(-3000, 3000)),
    st.tuples(
        st.just("set positions"),
        st.lists(st.tuples(picks, picks), min_size=1, max_size=3),
        st.sampled_from([None, "support", "oppose", "unknown"]),
        texts,
    ),
    st.tuples(st.just("undo")),
    st.tuples(st.just("redo")),
)


def snapshot() -> dict:
    return {
        table: sorted(map(repr, database_proxy.execute_sql(f"SELECT * FROM {table}").fetchall()))
        for table in TABLES
    }


def pick(model, index: int) -> int | None:
    ids = [i for (i,) in model.select(model.id).order_by(model.id).tuples()]
    return ids[index % len(ids)] if ids else None


def add_issue(history, title):
    track = AgendaIssue.select().first().track_id
    history.run(AddRecord(ISSUE_OPERATIONS, {"title": title, "track": track}, "Add"))


def rename_issue(history, index, title):
    if (issue := pick(AgendaIssue, index)) is not None:
        history.run(ChangeRecord(ISSUE_OPERATIONS, issue, {"title": title}, "Rename"))


def delete_issues(history, indexes):
    ids = sorted({i for i in (pick(AgendaIssue, n) for n in indexes) if i is not None})
    if ids:
        history.run(RemoveRecords(ISSUE_OPERATIONS, ISSUE_OPERATIONS.plan_removal(ids), "Delete"))


def add_room(history, name, capacity):
    history.run(AddRecord(OPERATIONS[Kind.ROOM], {"name": name, "capacity": capacity}, "Add"))


def delete_room(history, index):
    if (room := pick(Room, index)) is not None:
        ops = OPERATIONS[Kind.ROOM]
        history.run(RemoveRecords(ops, ops.plan_removal([room]), "Delete room"))


def rename_person(history, index, name):
    if (person := pick(Person, index)) is not None:
        history.run(ChangeRecord(OPERATIONS[Kind.PERSON], person, {"name": name}, "Rename"))


def delete_person(history, index):
    if (person := pick(Person, index)) is not None:
        ops = OPERATIONS[Kind.PERSON]
        history.run(RemoveRecords(ops, ops.plan_removal([person]), "Delete person"))


def move_meeting(history, index, minutes):
    if (meeting := pick(Meeting, index)) is not None:

        def later(draft):
            return moved(draft, draft.start + timedelta(minutes=minutes))

        history.run(AdjustMeeting(meeting, later, "Move Meeting"))


def set_positions(history, picked, stance, points):
    """Set, change or clear (None) cells' positions: undo must bring back the very rows."""
    request = {}
    for issue_index, delegation_index in picked:
        cell = (pick(AgendaIssue, issue_index), pick(Delegation, delegation_index))
        if None not in cell:
            request[cell] = None if stance is None else {"stance": stance, "red_lines": points}
    if request:
        history.run(BulkOperation(POSITION_EDITS, request, "Set Positions"))


PERFORM = {
    "set positions": set_positions,
    "move meeting": move_meeting,
    "undo": History.undo,
    "redo": History.redo,
    "add issue": add_issue,
    "rename issue": rename_issue,
    "delete issues": delete_issues,
    "add room": add_room,
    "delete room": delete_room,
    "rename person": rename_person,
    "delete person": delete_person,
}


@settings(
    max_examples=40,
    deadline=None,
    derandomize=True,  # the same sequences on every run: CI must not fail by chance
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(st.lists(actions, min_size=1, max_size=25))
def test_any_edits_undone_give_back_the_original(sample_summit, steps):
    history = History()
    heard: list[Change] = []
    history.add_listener(heard.append)
    original = snapshot()
    for step in steps:
        kind, *args = step
        heard.clear()
        # refused with a sentence (an empty title, a duplicate name): nothing changes
        with contextlib.suppress(*USER_ERRORS):
            PERFORM[kind](history, *args)
        assert all(change.kinds <= KINDS for change in heard)
        raw = database_proxy.connection()
        assert raw.execute("PRAGMA foreign_key_check").fetchall() == []
    assert database_proxy.execute_sql("PRAGMA integrity_check").fetchone()[0] == "ok"
    while history.can_undo():
        history.undo()  # a failure would raise: none is expected
    assert snapshot() == original
    assert history.is_clean()


def test_the_snapshot_sees_a_change(sample_summit):
    before = snapshot()
    Room.update(capacity=Room.capacity + 1).where(Room.id == pick(Room, 0)).execute()
    assert snapshot() != before
    assert isinstance(database_proxy.connection(), sqlite3.Connection)
