"""Reaching a server summit: URIs, passwords never shown, unreachable servers in one sentence,
TLS when asked for, and the SQL translated for PostgreSQL in one place."""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator
from urllib.parse import parse_qsl, urlsplit

import pytest

from db.dialect import ddl, placeholders
from db.errors import SummitFileError
from db.location import ServerLocation, is_server_location, location_of, parse_server
from db.migrations import MIGRATIONS, SqlScript
from db.server import connect_server
from planner.cli import run_command
from planner.summit_file import open_summit_file


def test_a_uri_names_a_server_summit_and_its_password_is_never_shown() -> None:
    location = parse_server("postgresql://anna:s3cret@db.example:6543/delegation?summit=astana")
    assert location.summit == "astana"
    assert "s3cret" not in location.shown and "s3cret" not in location.where
    assert location.where == "database delegation on db.example:6543"
    assert "summit=" not in location.conninfo and "connect_timeout=10" in location.conninfo
    socket_uri = parse_server(
        "postgresql:///d?host=%2Frun%2Fpg&port=5433&password=x&sslmode=require"
    )
    assert socket_uri.summit == "summit"
    assert socket_uri.where == "database d on /run/pg:5433"
    assert "password" not in socket_uri.shown and "sslmode=require" in socket_uri.conninfo


def test_paths_stay_paths_and_bad_summit_names_are_refused() -> None:
    assert not is_server_location("postgresql.summit")
    assert isinstance(location_of("postgres://h/d"), ServerLocation)
    for name in ("public", "pg_toast", "Bad-Name", "1abc"):
        with pytest.raises(SummitFileError, match="cannot name a summit"):
            parse_server(f"postgresql://h/d?summit={name}")


def test_placeholders_are_translated_outside_quoted_text() -> None:
    assert placeholders("SELECT a FROM t WHERE b = ? AND c = '?'") == (
        "SELECT a FROM t WHERE b = %s AND c = '?'"
    )
    assert placeholders("SELECT '50%' || \"odd?name\" FROM t WHERE x LIKE ?") == (
        "SELECT '50%%' || \"odd?name\" FROM t WHERE x LIKE %s"
    )


def test_every_migration_has_a_server_translation() -> None:
    for step in MIGRATIONS:
        if step.server is None:
            assert isinstance(step.apply, SqlScript)
            for statement in step.apply.statements():
                translated = ddl(statement)
                assert "GLOB" not in translated and "VARCHAR" not in translated


def test_sqlite_only_words_without_a_translation_are_refused() -> None:
    with pytest.raises(SummitFileError, match="GROUP_CONCAT"):
        ddl("CREATE VIEW v AS SELECT GROUP_CONCAT(name) FROM track")


def closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
    return port  # closed again: nothing listens there


def test_a_closed_port_is_said_in_one_sentence(capsys: pytest.CaptureFixture[str]) -> None:
    uri = f"postgresql://planner@127.0.0.1:{closed_port()}/delegation?summit=astana"
    assert run_command(["info", uri]) == 1
    err = capsys.readouterr().err.strip()
    assert err.count("\n") == 0
    assert "could not be reached" in err and "Connection refused" in err
    assert "database delegation on 127.0.0.1" in err and "unexpected" not in err


@pytest.fixture
def silent_server() -> Iterator[int]:
    """A port on this machine that accepts connections and never answers (a black hole)."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(8)
    held: list[socket.socket] = []
    stop = threading.Event()

    def accept() -> None:
        listener.settimeout(0.2)
        while not stop.is_set():
            try:
                held.append(listener.accept()[0])
            except OSError:
                continue

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    yield listener.getsockname()[1]
    stop.set()
    thread.join()
    for connection in held:
        connection.close()
    listener.close()


def test_a_server_that_never_answers_times_out_in_one_sentence(silent_server: int) -> None:
    location = parse_server(f"postgresql://p@127.0.0.1:{silent_server}/d?connect_timeout=2")
    # without the timeout libpq would wait for the server's answer for ever; the default one
    # every URI gets (10 s) is checked above
    with pytest.raises(SummitFileError, match="could not be reached: .*timeout expired"):
        open_summit_file(location)


def test_tls_is_required_when_the_uri_asks_for_it(pg_base: str) -> None:
    # the test cluster offers no TLS: a URI that requires it must not fall back to plain text
    # (libpq uses no TLS on a Unix socket, so this goes over TCP)
    port = dict(parse_qsl(urlsplit(pg_base).query))["port"]
    plain = parse_server(f"postgresql://postgres@127.0.0.1:{port}/postgres?sslmode=disable")
    connect_server(plain).close()
    location = parse_server(f"postgresql://postgres@127.0.0.1:{port}/postgres?sslmode=require")
    with pytest.raises(SummitFileError, match="TLS"):
        connect_server(location)


def test_a_missing_summit_is_said_with_what_to_do(pg_summit: ServerLocation) -> None:
    with pytest.raises(SummitFileError, match="summit-planner new URI"):
        open_summit_file(pg_summit)
