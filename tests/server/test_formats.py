"""A summit saved by a newer version of the program, in a file or on a server, is refused in one
sentence saying so, and left as it was."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import psycopg
import pytest

from db.copying import copy_location
from db.errors import NewerSummitFileError
from db.location import ServerLocation
from db.migrations import SCHEMA_VERSION
from planner.cli import run_command
from planner.summit_file import close_summit_file, open_summit_file

NEWER = SCHEMA_VERSION + 1


def stored_format(location: ServerLocation) -> int:
    with psycopg.connect(location.conninfo, options=f"-c search_path={location.summit}") as c:
        found = c.execute("SELECT version FROM summit_format").fetchone()
    assert found is not None
    return int(found[0])


@pytest.fixture
def newer_server(sample_template: Path, pg_summit: ServerLocation) -> ServerLocation:
    copy_location(sample_template, pg_summit)
    with psycopg.connect(pg_summit.conninfo, autocommit=True) as admin:
        admin.execute(f'UPDATE "{pg_summit.summit}".summit_format SET version = %s', (NEWER,))
    return pg_summit


@pytest.fixture
def newer_file(sample_template: Path, tmp_path: Path) -> Path:
    path = tmp_path / "newer.summit"
    path.write_bytes(sample_template.read_bytes())
    raw = sqlite3.connect(path)
    raw.execute(f"PRAGMA user_version = {NEWER}")
    raw.close()
    return path


def test_a_server_summit_of_a_newer_format_is_refused_untouched(
    newer_server: ServerLocation, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(NewerSummitFileError, match="newer version") as refused:
        open_summit_file(newer_server)
    assert f"format {NEWER}" in str(refused.value) and f"up to {SCHEMA_VERSION}" in str(
        refused.value
    )
    with pytest.raises(NewerSummitFileError, match="newer version of Summit Planner"):
        copy_location(newer_server, tmp_path / "backup.summit")
    assert not (tmp_path / "backup.summit").exists()
    assert run_command(["info", newer_server.shown]) == 1
    err = capsys.readouterr().err.strip()
    assert "newer version" in err and "\n" not in err and "unexpected" not in err
    assert stored_format(newer_server) == NEWER


def test_a_file_of_a_newer_format_is_refused_untouched(
    newer_file: Path, pg_summit: ServerLocation, capsys: pytest.CaptureFixture[str]
) -> None:
    close_summit_file()
    before = newer_file.read_bytes()
    with pytest.raises(NewerSummitFileError, match=f"file format {NEWER}"):
        open_summit_file(newer_file)
    with pytest.raises(NewerSummitFileError, match="newer version"):
        copy_location(newer_file, pg_summit)
    assert run_command(["info", str(newer_file)]) == 1
    err = capsys.readouterr().err.strip()
    assert "newer version" in err and "\n" not in err
    assert newer_file.read_bytes() == before
    with psycopg.connect(pg_summit.conninfo) as admin:
        schema = admin.execute(
            "SELECT 1 FROM pg_namespace WHERE nspname = %s", (pg_summit.summit,)
        ).fetchone()
    assert schema is None  # nothing was created on the server
