"""Fixtures for summits on a PostgreSQL server: the test cluster, a fresh summit per test, and
the same storage tests on both engines.

The cluster is the one SUMMIT_PLANNER_TEST_PG names (.ci/run starts it); without it, a private
one is started for the session when PostgreSQL's binaries are installed, and the server tests
are skipped, saying why, when they are not. Under CI a missing server fails instead.
"""

from __future__ import annotations

import itertools
import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest

from db.location import ServerLocation, parse_server
from tests import pg_cluster

COUNTER = itertools.count()


@pytest.fixture(scope="session")
def pg_base() -> Iterator[str]:
    """The libpq URI of a test cluster's postgres database (superuser, no password)."""
    given = os.environ.get(pg_cluster.VARIABLE)
    if given:
        yield given
        return
    if pg_cluster.binaries() is None:
        reason = (
            f"no PostgreSQL: set {pg_cluster.VARIABLE} to a server's URI or install the "
            "postgresql package (initdb, pg_ctl)"
        )
        if os.environ.get("CI"):
            pytest.fail(reason)
        pytest.skip(reason)
    # straight under the system's temporary folder: as root the cluster runs as the postgres
    # user, who cannot pass through pytest's private folders
    folder = Path(tempfile.mkdtemp(prefix="summit-planner-pg-"))
    uri = pg_cluster.start(folder)
    try:
        yield uri
    finally:
        pg_cluster.stop(folder)
        shutil.rmtree(folder, ignore_errors=True)


def summit_uri(base: str, name: str) -> str:
    return f"{base}{'&' if '?' in base else '?'}summit={name}"


@pytest.fixture
def pg_summit(pg_base: str) -> Iterator[ServerLocation]:
    """A summit name on the test server no other test uses (dropped at the end)."""
    name = f"t{os.getpid()}_{next(COUNTER)}"
    location = parse_server(summit_uri(pg_base, name))
    yield location
    with psycopg.connect(location.conninfo, autocommit=True) as admin:
        admin.execute(f'DROP SCHEMA IF EXISTS "{name}" CASCADE')


@pytest.fixture(params=["file", "server"])
def engine(request: pytest.FixtureRequest) -> str:
    """Each storage test once on a summit file and once on a server summit."""
    engine_name: str = request.param
    return engine_name


@pytest.fixture
def sample_anywhere(
    engine: str, request: pytest.FixtureRequest, tmp_path: Path, sample_template: Path
) -> Path | ServerLocation:
    """A fresh copy of the Astana sample, open: in a file or on the test server."""
    from db.copying import copy_location
    from planner.summit_file import open_summit_file

    if engine == "file":
        location: Path | ServerLocation = tmp_path / "astana.summit"
        shutil.copyfile(sample_template, location)
    else:
        location = request.getfixturevalue("pg_summit")
        copy_location(sample_template, location)
    open_summit_file(location)
    return location
