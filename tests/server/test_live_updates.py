"""Other people's changes reach a second client as typed changes; a lost connection is said,
and comes back by itself."""

from __future__ import annotations

import queue

import psycopg
import pytest

from db.errors import SummitFileError
from db.location import ServerLocation
from db.models import Room
from planner.delegations import OPERATIONS, Kind
from planner.edits import ChangeRecord
from planner.history import ALL, Change, History
from planner.live import EVERYTHING, ChangeListener, change_of, notice_of, publish_from

ROOMS = OPERATIONS[Kind.ROOM]
WAIT_S = 10  # a bound for a test that would otherwise hang, not a speed being measured


class Heard:
    """What a listener delivered, and its connection going and coming back."""

    def __init__(self) -> None:
        self.changes: queue.Queue[Change] = queue.Queue()
        self.states: queue.Queue[bool] = queue.Queue()

    def listener(self, location: ServerLocation, client: str = "second") -> ChangeListener:
        listener = ChangeListener(location, self.changes.put, self.states.put, client=client)
        listener.start()
        assert listener.ready.wait(WAIT_S)
        return listener


@pytest.fixture
def heard() -> Heard:
    return Heard()


def test_a_notice_is_the_change_as_data() -> None:
    change = Change({"meeting": frozenset({3, 4}), "position": frozenset({(1, 2)}), "room": ALL})
    assert change_of(notice_of(change, "me")) == ("me", change)
    many = Change.of("agenda_issue", range(5000))
    assert change_of(notice_of(many, "me")) == ("me", Change.of("agenda_issue"))
    assert change_of('{"client": 1}') is None and change_of("not json") is None


def test_an_edit_reaches_a_second_client(sample_summit: ServerLocation, heard: Heard) -> None:
    listener = heard.listener(sample_summit)
    try:
        history = History()
        publish_from(history)
        history.run(ChangeRecord(ROOMS, 2, {"capacity": 99}, "Resize"))
        assert heard.changes.get(timeout=WAIT_S) == Change.of("room", [2])
        history.undo()
        assert heard.changes.get(timeout=WAIT_S) == Change.of("room", [2])
    finally:
        listener.stop()


def test_a_client_does_not_hear_its_own_changes(
    sample_summit: ServerLocation, heard: Heard
) -> None:
    from planner import live

    mine = heard.listener(sample_summit, client=live.CLIENT)
    try:
        history = History()
        publish_from(history)
        history.run(ChangeRecord(ROOMS, 2, {"capacity": 98}, "Resize"))
        with psycopg.connect(sample_summit.conninfo, autocommit=True) as other:
            notice = notice_of(Change.of("track", [1]), "someone else")
            other.execute(
                "SELECT pg_notify(%s, %s)", (live.channel_of(sample_summit.summit), notice)
            )
        # notices arrive in order: the first one delivered is the other person's
        assert heard.changes.get(timeout=WAIT_S) == Change.of("track", [1])
    finally:
        mine.stop()


def backend_pids(location: ServerLocation, application: str | None = None) -> list[int]:
    with psycopg.connect(location.conninfo, autocommit=True) as admin:
        rows = admin.execute(
            "SELECT pid FROM pg_stat_activity WHERE datname = current_database() "
            "AND pid <> pg_backend_pid() AND (%s::text IS NULL OR application_name = %s)",
            (application, application),
        ).fetchall()
    return [pid for (pid,) in rows]


def terminate(location: ServerLocation, pid: int) -> None:
    with psycopg.connect(location.conninfo, autocommit=True) as admin:
        admin.execute("SELECT pg_terminate_backend(%s)", (pid,))


def test_a_listener_that_loses_its_connection_says_so_and_comes_back(
    sample_summit: ServerLocation, heard: Heard
) -> None:
    listener = heard.listener(sample_summit)
    try:
        assert listener.connection is not None
        terminate(sample_summit, listener.connection.info.backend_pid)
        assert heard.states.get(timeout=WAIT_S) is False
        assert heard.states.get(timeout=WAIT_S) is True
        assert heard.changes.get(timeout=WAIT_S) == EVERYTHING  # reload what it may have missed
    finally:
        listener.stop()


def test_a_connection_dropped_mid_edit_loses_nothing(sample_summit: ServerLocation) -> None:
    history = History()
    before = Room.get_by_id(1).capacity
    ours = backend_pids(sample_summit, "summit-planner")
    assert ours
    for pid in ours:
        terminate(sample_summit, pid)
    with pytest.raises(SummitFileError, match="connection to the summit server was lost"):
        history.run(ChangeRecord(ROOMS, 1, {"capacity": before + 1}, "Resize"))
    assert len(history) == 0
    # the next edit opens a new connection: the same change goes through once it is back
    history.run(ChangeRecord(ROOMS, 1, {"capacity": before + 1}, "Resize"))
    assert Room.get_by_id(1).capacity == before + 1
