"""Two people editing one server summit: nothing is lost or silently overwritten."""

from __future__ import annotations

import subprocess
import sys
import threading
from pathlib import Path

import pytest

from db.location import ServerLocation
from db.models import AgendaIssue, Room, database_proxy
from planner import records, row_versions
from planner.delegations import OPERATIONS, Kind
from planner.edits import ChangeRecord, RemoveRecords
from planner.history import History
from planner.records import fetch
from planner.row_versions import ChangedMeanwhileError
from tests.helpers import child_environment
from tests.server.people import connection_of, person

ROOMS = OPERATIONS[Kind.ROOM]


@pytest.fixture
def anna(sample_summit: ServerLocation) -> ServerLocation:
    return person(sample_summit, "anna")


def test_a_row_changed_by_someone_since_it_was_read_is_refused_naming_them(
    sample_summit: ServerLocation, anna: ServerLocation
) -> None:
    history = History()
    room = fetch(Room, 1)  # the editor opens the room
    with connection_of(anna) as other:
        other.execute("UPDATE room SET name = 'Anna''s hall' WHERE id = 1")
    with pytest.raises(ChangedMeanwhileError) as refused:
        history.run(ChangeRecord(ROOMS, room["id"], {"name": "My hall"}, "Rename"))
    message = str(refused.value)
    assert message.startswith("anna changed this room since you read it")
    assert "name is now “Anna's hall”" in message
    assert Room.get_by_id(1).name == "Anna's hall" and len(history) == 0
    # told, the user applies the same change again: now it goes over Anna's knowingly
    history.run(ChangeRecord(ROOMS, room["id"], {"name": "My hall"}, "Rename"))
    assert Room.get_by_id(1).name == "My hall"


def test_edits_of_different_rows_both_commit(
    sample_summit: ServerLocation, anna: ServerLocation
) -> None:
    history = History()
    fetch(Room, 1)
    fetch(Room, 2)
    with connection_of(anna) as other:
        other.execute("UPDATE room SET building = 'East wing' WHERE id = 2")
    history.run(ChangeRecord(ROOMS, 1, {"capacity": 77}, "Resize"))
    assert (Room.get_by_id(1).capacity, Room.get_by_id(2).building) == (77, "East wing")


def test_undo_refuses_when_someone_changed_the_row_since_our_edit(
    sample_summit: ServerLocation, anna: ServerLocation
) -> None:
    history = History()
    history.run(ChangeRecord(ROOMS, 1, {"capacity": 55}, "Resize"))
    with connection_of(anna) as other:
        other.execute("UPDATE room SET capacity = 60 WHERE id = 1")
    with pytest.raises(ChangedMeanwhileError, match="anna changed this room.*capacity is now “60”"):
        history.undo()
    assert Room.get_by_id(1).capacity == 60


def test_undo_of_an_edit_nobody_touched_since_goes_through(
    sample_summit: ServerLocation, anna: ServerLocation
) -> None:
    history = History()
    before = Room.get_by_id(1).capacity
    history.run(ChangeRecord(ROOMS, 1, {"capacity": 55}, "Resize"))
    with connection_of(anna) as other:
        other.execute("UPDATE room SET building = 'Annex' WHERE id = 2")  # another row
    history.undo()
    assert Room.get_by_id(1).capacity == before


def test_the_server_records_who_changed_a_row(
    sample_summit: ServerLocation, anna: ServerLocation
) -> None:
    with connection_of(anna) as other:
        other.execute("UPDATE room SET capacity = 61 WHERE id = 3")
    row = Room.get_by_id(3)
    assert (row.edited_by, row.version) == ("anna", 1)


def test_three_imports_at_once_all_commit(
    sample_summit: ServerLocation, tmp_path: Path, data_dir: Path
) -> None:
    before = AgendaIssue.select().count()
    sheets = []
    for n in range(3):  # each person's own issues, on the same track
        sheet = tmp_path / f"person{n}.csv"
        rows = [f"P{n}-{i},Issue {i} of person {n},Economic" for i in range(1500)]
        sheet.write_text("Code,Title,Track\n" + "\n".join(rows) + "\n", encoding="utf-8")
        sheets.append(sheet)
    children = [
        subprocess.Popen(
            [sys.executable, "main.py", "import", sample_summit.shown, str(sheet)],
            cwd=Path(__file__).resolve().parents[2],
            env=child_environment(SUMMIT_PLANNER_DATA_DIR=str(data_dir)),
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for sheet in sheets
    ]
    results = [child.communicate(timeout=120) for child in children]
    assert [child.returncode for child in children] == [0, 0, 0], results
    assert AgendaIssue.select().count() == before + 3 * 1500
    codes = [issue.code for issue in AgendaIssue.select()]
    assert len(codes) == len(set(codes))


def test_a_transaction_refused_for_a_concurrent_one_is_run_again(
    sample_summit: ServerLocation,
) -> None:
    # two people's imports read the same issues, then both write: SERIALIZABLE lets only one
    # of them commit as it is, and the other is run again from the start
    barrier = threading.Barrier(2, timeout=20)
    attempts: list[int] = []
    failures: list[BaseException] = []
    before = AgendaIssue.select().count()

    def person_importing(n: int) -> None:
        def work() -> None:
            attempts.append(n)
            with records.writing("The import"):
                taken = AgendaIssue.select().count()
                if attempts.count(n) == 1:
                    barrier.wait()  # both have read before either writes
                AgendaIssue.insert(
                    code=f"T{n}-{taken}", title=f"Issue of {n}", track=1, tags=""
                ).execute()

        try:
            row_versions.serialised("The import", work)
        except BaseException as error:  # reported below, on the test's thread
            failures.append(error)
        finally:
            database_proxy.close()  # this thread's own connection

    threads = [threading.Thread(target=person_importing, args=(n,)) for n in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert failures == []
    assert AgendaIssue.select().count() == before + 2
    assert len(attempts) == 3  # one of the two ran twice


def test_a_meeting_moved_by_someone_since_it_was_read_is_refused(
    sample_summit: ServerLocation, anna: ServerLocation
) -> None:
    from datetime import timedelta

    from db.models import Meeting
    from planner.meeting_edits import AdjustMeeting
    from planner.meeting_records import fetch_draft

    history = History()
    start = fetch_draft(2).start  # the schedule shows the meeting
    with connection_of(anna) as other:
        other.execute("UPDATE meeting SET title = 'Moved by Anna' WHERE id = 2")

    def later(draft):
        from dataclasses import replace

        return replace(draft, start=start + timedelta(minutes=15))

    with pytest.raises(ChangedMeanwhileError, match="anna changed this meeting"):
        history.run(AdjustMeeting(2, later, "Move"))
    assert Meeting.get_by_id(2).title == "Moved by Anna" and len(history) == 0
    history.run(AdjustMeeting(2, later, "Move"))  # told, the user moves it again
    assert Meeting.get_by_id(2).title == "Moved by Anna"  # only the time was the user's


def test_a_position_changed_by_someone_since_it_was_read_is_refused(
    sample_summit: ServerLocation, anna: ServerLocation
) -> None:
    from db.models import Position
    from planner.edits import BulkOperation
    from planner.positions import POSITION_EDITS, fetch_position

    cell = next(iter(Position.select(Position.issue, Position.delegation).tuples()))
    fetch_position(cell)  # the positions panel shows the cell
    with connection_of(anna) as other:
        other.execute(
            "UPDATE position SET red_lines = 'Anna''s line' WHERE issue_id = %s "
            "AND delegation_id = %s",
            cell,
        )
    history = History()
    with pytest.raises(ChangedMeanwhileError, match="anna changed this position"):
        history.run(BulkOperation(POSITION_EDITS, {cell: {"red_lines": "Mine"}}, "Red lines"))
    assert fetch_position(cell)["red_lines"] == "Anna's line"
    history.run(BulkOperation(POSITION_EDITS, {cell: {"red_lines": "Mine"}}, "Red lines"))
    assert fetch_position(cell)["red_lines"] == "Mine"


def test_a_deletion_of_a_row_someone_changed_since_it_was_read_is_refused_naming_them(
    sample_summit: ServerLocation, anna: ServerLocation
) -> None:
    history = History()
    room = fetch(Room, 3)  # the editor looks at the room, then decides to delete it
    with connection_of(anna) as other:
        other.execute("UPDATE room SET name = 'Anna''s annex' WHERE id = 3")
    plan = ROOMS.plan_removal([room["id"]])
    with pytest.raises(ChangedMeanwhileError) as refused:
        history.run(RemoveRecords(ROOMS, plan, "Delete"))
    message = str(refused.value)
    assert message.startswith("anna changed this room since you read it")
    assert "name is now “Anna's annex”" in message and "not saved" in message
    assert Room.get_by_id(3).name == "Anna's annex" and len(history) == 0
    # told, the user deletes it again: now knowingly
    history.run(RemoveRecords(ROOMS, ROOMS.plan_removal([3]), "Delete"))
    assert not Room.select().where(Room.id == 3).exists()


def test_a_deletion_planned_before_someone_changed_the_row_is_refused(
    sample_summit: ServerLocation, anna: ServerLocation
) -> None:
    plan = ROOMS.plan_removal([2])  # shown to the user, who takes a while to confirm
    with connection_of(anna) as other:
        other.execute("UPDATE room SET capacity = 3 WHERE id = 2")
    with pytest.raises(ChangedMeanwhileError, match="anna changed this room.*capacity is now “3”"):
        History().run(RemoveRecords(ROOMS, plan, "Delete"))
    assert Room.get_by_id(2).capacity == 3


def test_a_deletion_of_rows_nobody_touched_goes_through(
    sample_summit: ServerLocation, anna: ServerLocation
) -> None:
    fetch(Room, 2)
    with connection_of(anna) as other:
        other.execute("UPDATE room SET capacity = 3 WHERE id = 1")  # another row
    History().run(RemoveRecords(ROOMS, ROOMS.plan_removal([2]), "Delete"))
    assert not Room.select().where(Room.id == 2).exists()
