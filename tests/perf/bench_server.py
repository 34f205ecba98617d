"""Benchmarks of a summit on a PostgreSQL server (run by the suite: `--only server`): the time
to open the large summit from the server against opening its file, and the latency from
another client's edit to this window's redrawn section against the bare round trip of a
notice between two connections.

The server is the one SUMMIT_PLANNER_TEST_PG names, or a private cluster started for the run.
"""

from __future__ import annotations

import os
import statistics
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import psycopg

from tests import pg_cluster


@contextmanager
def server() -> Iterator[str]:
    given = os.environ.get(pg_cluster.VARIABLE)
    if given:
        yield given
        return
    folder = Path(tempfile.mkdtemp())
    try:
        yield pg_cluster.start(folder)
    finally:
        pg_cluster.stop(folder)


def notice_round_trip(location, repeats: int) -> float:
    """The floor: a NOTIFY from one connection until another one has it."""
    channel = "summit_planner_floor"
    times = []
    with (
        psycopg.connect(location.conninfo, autocommit=True) as hearing,
        psycopg.connect(location.conninfo, autocommit=True) as saying,
    ):
        hearing.execute(f'LISTEN "{channel}"')
        for n in range(repeats):
            began = time.perf_counter()
            saying.execute("SELECT pg_notify(%s, %s)", (channel, str(n)))
            next(iter(hearing.notifies(timeout=10, stop_after=1)))
            times.append(time.perf_counter() - began)
    return statistics.median(times)


def redraw_latency(window, location, repeats: int) -> float:
    """Another client renames a meeting; until this window's Meetings section has it drawn."""
    from planner.history import Change
    from planner.live import channel_of, notice_of
    from tests.perf.suite import application, settle

    app = application()
    window.navigator.setCurrentRow(1)  # Meetings
    settle(window)
    section = window.meetings_section
    meeting_id = section.model.rows[len(section.model.rows) // 2].id
    arrived: list[object] = []
    window.document.changed.connect(arrived.append)
    times = []
    with psycopg.connect(
        location.conninfo, autocommit=True, options=f"-c search_path={location.summit}"
    ) as other:
        for n in range(repeats):
            arrived.clear()
            began = time.perf_counter()
            other.execute(
                "UPDATE meeting SET title = %s WHERE id = %s", (f"Renamed {n}", meeting_id)
            )
            notice = notice_of(Change.of("meeting", [meeting_id]), "another client")
            other.execute("SELECT pg_notify(%s, %s)", (channel_of(location.summit), notice))
            while not arrived:
                app.processEvents()
                time.sleep(0.0005)
            app.processEvents()
            section.grab()
            times.append(time.perf_counter() - began)
            settle(window)
    return statistics.median(times)


def measure(repeats: int) -> list[dict]:
    from db.copying import copy_location
    from db.location import parse_server
    from tests.perf.large_summit import working_copy
    from tests.perf.suite import application, new_window, open_in_window, row, settle

    application()
    folder = Path(tempfile.mkdtemp())
    large = working_copy(folder)
    with server() as base:
        location = parse_server(f"{base}{'&' if '?' in base else '?'}summit=large_bench")
        began = time.perf_counter()
        copy_location(large, location, replace=True)
        copied = time.perf_counter() - began
        ours = [open_in_window(folder, location.shown) for _ in range(repeats)]
        files = [open_in_window(folder, large) for _ in range(repeats)]
        window = new_window(folder)
        window.open_path(location.shown)
        settle(window)
        assert window.server_link.listener.ready.wait(10)
        latency = redraw_latency(window, location, max(repeats, 5))
        floor = notice_round_trip(location, max(repeats, 5))
        window.close_document()
    usable = statistics.median(u for u, _ in ours)
    usable_file = statistics.median(u for u, _ in files)
    complete = statistics.median(c for _, c in ours)
    return [
        row("copy the large summit's file to the server", copied, None, "s", "-", True),
        row(
            "open the large summit from the server to a usable window vs its file",
            usable,
            usable_file,
            "s",
            "< 2 s",
            usable < 2,
        ),
        row(
            "… until its meetings and conflicts are all shown (server)",
            complete,
            None,
            "s",
            "-",
            True,
        ),
        row(
            "another client's edit to this window's redraw vs a bare notice round trip",
            latency,
            floor,
            "s",
            "< 1 s",
            latency < 1,
        ),
    ]
