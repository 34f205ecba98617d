"""Live updates on a shared server: every change one person makes reaches everyone else's
open window within a moment, as the same typed Change their own edits produce.

The change an edit made is published with PostgreSQL's NOTIFY on the summit's channel once
it has committed; each window listens on a connection of its own, on a thread of its own
(ChangeListener), and hands what arrives to the same path its local edits take. A listener
that loses its connection says so, tries again every second, and when it is back reports a
change of everything, since what happened meanwhile is not known.
"""

from __future__ import annotations

import json
import threading
import uuid
from collections.abc import Callable
from typing import Any

import psycopg

from db.location import ServerLocation
from db.models import ALL_MODELS, database_proxy
from planner.history import Change, History
from planner.row_versions import shared

CLIENT = uuid.uuid4().hex  # this program, so that it ignores its own notices
PAYLOAD_LIMIT = 7_000  # PostgreSQL takes up to 8,000 bytes per notice
RETRY_S = 1.0
EVERYTHING = Change.everything(*(model._meta.table_name for model in ALL_MODELS))


def channel_of(summit: str) -> str:
    return f"summit_planner_{summit}"


def notice_of(change: Change, client: str = CLIENT) -> str:
    """The JSON a change travels as; a change naming too many records to fit names their
    kinds (every record of each may have changed)."""
    text = json.dumps({"client": client, "change": change.to_data()}, separators=(",", ":"))
    if len(text.encode()) > PAYLOAD_LIMIT:
        whole = dict.fromkeys(change.kinds)
        text = json.dumps({"client": client, "change": whole}, separators=(",", ":"))
    return text


def change_of(notice: str) -> tuple[str, Change] | None:
    """(sender, change) from a notice; None for one that is not ours to read."""
    try:
        data = json.loads(notice)
        records = data["change"]
        if not isinstance(records, dict):
            return None
        return str(data["client"]), Change.from_data(records)
    except (ValueError, KeyError, TypeError):
        return None


def publish(change: Change) -> None:
    """Tell everyone else on the server what this program's committed edit changed."""
    database = database_proxy.obj
    if not change or not shared() or database is None:
        return
    summit = getattr(database, "summit", None)
    if summit is not None:
        database_proxy.execute_sql(
            "SELECT pg_notify(?, ?)", (channel_of(summit), notice_of(change))
        )


def publish_from(history: History) -> None:
    """Publish every change the history announces (its edits, undos and redos)."""
    history.add_listener(publish)


class ChangeListener:
    """Hears other people's changes of one server summit on its own connection and thread.

    deliver(change) is called on the listener's thread for each change someone else made;
    connected(flag) when the connection is lost (False) and when it is back (True).
    """

    def __init__(
        self,
        location: ServerLocation,
        deliver: Callable[[Change], None],
        connected: Callable[[bool], None] = lambda _up: None,
        *,
        client: str = CLIENT,
    ) -> None:
        self.location = location
        self.deliver = deliver
        self.connected = connected
        self.client = client
        self.stopping = threading.Event()
        self.ready = threading.Event()  # listening (the first time)
        self.thread = threading.Thread(target=self.run, name="summit-changes", daemon=True)
        self.connection: psycopg.Connection[Any] | None = None

    def start(self) -> ChangeListener:
        self.thread.start()
        return self

    def stop(self) -> None:
        self.stopping.set()
        self.thread.join(timeout=5)

    def run(self) -> None:
        up = True
        while not self.stopping.is_set():
            try:
                with psycopg.connect(self.location.conninfo, autocommit=True) as connection:
                    self.connection = connection
                    connection.execute(f'LISTEN "{channel_of(self.location.summit)}"')
                    if not up:
                        up = True
                        self.connected(True)
                        self.deliver(EVERYTHING)  # what changed while away is not known
                    self.ready.set()
                    self.listen(connection)
            except psycopg.Error:
                if self.stopping.is_set():
                    break
                if up:
                    up = False
                    self.connected(False)
                self.stopping.wait(RETRY_S)
            finally:
                self.connection = None

    def listen(self, connection: psycopg.Connection[Any]) -> None:
        while not self.stopping.is_set():
            for notice in connection.notifies(timeout=0.25):
                found = change_of(notice.payload)
                if found is not None and found[0] != self.client:
                    self.deliver(found[1])
            if connection.closed or connection.broken:
                raise psycopg.OperationalError("the connection was closed")
