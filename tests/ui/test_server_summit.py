"""A server summit in the window: opened by its URI, other people's edits shown as they
happen, and read-only while the connection is lost."""

from __future__ import annotations

import psycopg
import pytest

from db.copying import copy_location
from db.location import ServerLocation
from planner.history import Change
from planner.live import channel_of, notice_of
from ui import dialogs

WAIT_MS = 10_000  # a bound for a test that would otherwise hang, not a speed being measured


@pytest.fixture
def server_window(window, pg_summit: ServerLocation, sample_template):
    copy_location(sample_template, pg_summit)
    assert window.open_path(pg_summit.shown)
    assert window.server_link is not None and window.server_link.listener.ready.wait(10)
    return window


def other_person_changes_room(location: ServerLocation, name: str) -> None:
    with psycopg.connect(
        location.conninfo, autocommit=True, options=f"-c search_path={location.summit}"
    ) as other:
        other.execute("UPDATE room SET name = %s WHERE id = 1", (name,))
        notice = notice_of(Change.of("room", [1]), "another window")
        other.execute("SELECT pg_notify(%s, %s)", (channel_of(location.summit), notice))


def test_open_server_summit_asks_for_the_uri_and_remembers_it(
    window, pg_summit: ServerLocation, sample_template, monkeypatch
) -> None:
    copy_location(sample_template, pg_summit)
    monkeypatch.setattr(dialogs, "ask_server_uri", lambda _parent: pg_summit.shown)
    window.server_action.trigger()
    assert window.document is not None and window.document.path.name == pg_summit.summit
    assert window.recent_menu.files()[0] == pg_summit.shown
    assert "Astana" in window.summit_label.text()


def test_a_wrong_uri_is_said_in_one_sentence_and_keeps_what_was_open(window, script) -> None:
    assert not window.open_path("postgresql://nobody@127.0.0.1:1/none?summit=x")
    assert len(script.errors) == 1 and "could not be reached" in script.errors[0]
    assert window.document is None


def test_another_persons_edit_reaches_the_window(server_window, pg_summit, qtbot) -> None:
    with qtbot.waitSignal(server_window.document.changed, timeout=WAIT_MS) as arrived:
        other_person_changes_room(pg_summit, "Hall of the other window")
    assert arrived.args == [Change.of("room", [1])]


def test_a_lost_connection_makes_the_window_read_only_until_it_is_back(
    server_window, pg_summit, qtbot
) -> None:
    link = server_window.server_link
    pid = link.listener.connection.info.backend_pid
    with (
        psycopg.connect(pg_summit.conninfo, autocommit=True) as admin,
        qtbot.waitSignal(link.connection, timeout=WAIT_MS) as lost,
    ):
        admin.execute("SELECT pg_terminate_backend(%s)", (pid,))
    assert lost.args == [False]
    assert server_window.document.readonly
    assert "connection to the server was lost" in server_window.read_only_label.text()
    assert not server_window.import_action.isEnabled()
    qtbot.waitUntil(lambda: not server_window.document.readonly, timeout=WAIT_MS)
    assert server_window.import_action.isEnabled()


def test_the_conflicts_panel_follows_another_persons_edit(server_window, pg_summit, qtbot) -> None:
    monitor = server_window.monitor
    qtbot.waitUntil(lambda: not monitor.loading and not monitor.checking, timeout=WAIT_MS)
    before = monitor.overview.errors
    assert before == 2 and "2 errors" in server_window.conflict_label.text()
    with psycopg.connect(
        pg_summit.conninfo, autocommit=True, options=f"-c search_path={pg_summit.summit}"
    ) as other:
        other.execute("UPDATE meeting SET status = 'cancelled' WHERE id = 4")  # in both clashes
        notice = notice_of(Change.of("meeting", [4]), "another window")
        other.execute("SELECT pg_notify(%s, %s)", (channel_of(pg_summit.summit), notice))
    qtbot.waitUntil(lambda: "0 errors" in server_window.conflict_label.text(), timeout=WAIT_MS)
    assert monitor.overview.errors == 0
    assert all(4 not in c.meetings for c in monitor.overview.report.listed)


def test_the_window_starts_on_the_server_summit_it_had_open(
    server_window, pg_summit, settings
) -> None:
    from planner.cli import gui_parser
    from ui.app import first_summit

    assert settings.value("lastFile") == pg_summit.shown
    assert first_summit(settings, None) == pg_summit.shown
    assert gui_parser().parse_args([pg_summit.shown]).file == pg_summit.shown  # not a Path
