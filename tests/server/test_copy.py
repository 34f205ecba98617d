"""Copying whole summits between files and a server, every table compared row by row."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from db.connection import connect
from db.copying import copy_location, table_rows
from db.errors import SummitFileError
from db.location import ServerLocation, parse_server
from db.models import ALL_MODELS
from db.server import connect_server
from planner.cli import run_command
from planner.summit_file import close_summit_file, new_summit_file, open_summit_file
from tests.server_fixtures import summit_uri

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


@pytest.fixture
def empty_file(tmp_path: Path) -> Path:
    """A new, empty summit file, open (this folder's empty_summit is on the server)."""
    path = tmp_path / "empty.summit"
    new_summit_file(path)
    return path


def every_row(location: Path | ServerLocation) -> dict[str, list[tuple[object, ...]]]:
    database = (
        connect_server(location)
        if isinstance(location, ServerLocation)
        else connect(location, readonly=True)
    )
    try:
        return {
            model._meta.table_name: [row for batch in table_rows(database, model) for row in batch]
            for model in ALL_MODELS
        }
    finally:
        database.close()


def test_a_file_copied_to_a_server_and_back_keeps_every_row(
    sample_template: Path, pg_summit: ServerLocation, tmp_path: Path
) -> None:
    copy_location(sample_template, pg_summit)
    back = tmp_path / "back.summit"
    copy_location(pg_summit, back)
    original = every_row(sample_template)
    assert sum(len(rows) for rows in original.values()) > 500
    assert every_row(pg_summit) == original
    assert every_row(back) == original
    open_summit_file(back)  # a healthy summit file: checked, schema and values
    close_summit_file()


def test_a_server_summit_copied_to_another_keeps_every_row(
    sample_template: Path, pg_summit: ServerLocation, pg_base: str
) -> None:
    copy_location(sample_template, pg_summit)
    other = parse_server(summit_uri(pg_base, f"{pg_summit.summit}_b"))
    try:
        copy_location(pg_summit, other)
        assert every_row(other) == every_row(sample_template)
    finally:
        admin = connect_server(other)
        admin.execute_sql(f'DROP SCHEMA IF EXISTS "{other.summit}" CASCADE')
        admin.close()


def test_new_rows_on_the_server_are_numbered_after_the_copied_ones(
    sample_template: Path, pg_summit: ServerLocation
) -> None:
    from db.models import Room

    copy_location(sample_template, pg_summit)
    open_summit_file(pg_summit)
    highest = max(room.id for room in Room.select())
    assert Room.create(name="New annex").id == highest + 1


def test_a_target_holding_a_summit_is_refused_without_replace(
    sample_template: Path, pg_summit: ServerLocation, tmp_path: Path
) -> None:
    copy_location(sample_template, pg_summit)
    with pytest.raises(SummitFileError, match="--replace"):
        copy_location(sample_template, pg_summit)
    taken = tmp_path / "taken.summit"
    taken.write_bytes(b"mine")
    with pytest.raises(SummitFileError, match="--replace"):
        copy_location(pg_summit, taken)
    assert taken.read_bytes() == b"mine"


def test_replace_overwrites_a_server_summit_in_one_transaction(
    empty_file: Path, sample_template: Path, pg_summit: ServerLocation
) -> None:
    close_summit_file()
    copy_location(empty_file, pg_summit)
    copy_location(sample_template, pg_summit, replace=True)
    assert every_row(pg_summit) == every_row(sample_template)


def test_a_failed_copy_leaves_no_summit_on_the_server(
    tmp_path: Path, sample_template: Path, pg_summit: ServerLocation
) -> None:
    broken = tmp_path / "broken.summit"
    broken.write_bytes(sample_template.read_bytes())
    raw = sqlite3.connect(broken)
    raw.execute("PRAGMA ignore_check_constraints = ON")
    raw.execute("UPDATE room SET capacity = -5 WHERE id = 1")  # the server's CHECK refuses it
    raw.commit()
    raw.close()
    with pytest.raises(SummitFileError):
        copy_location(broken, pg_summit)
    with pytest.raises(SummitFileError, match="no summit"):
        open_summit_file(pg_summit)


def test_text_longer_than_a_fields_length_copies_as_the_file_keeps_it(
    empty_file: Path, pg_summit: ServerLocation, tmp_path: Path
) -> None:
    from db.models import Delegation

    long_name = "Delegation of " + "a very long name " * 20
    Delegation.create(code="LN", name=long_name)
    close_summit_file()
    copy_location(empty_file, pg_summit)
    back = tmp_path / "back.summit"
    copy_location(pg_summit, back)
    open_summit_file(back)
    assert Delegation.get(Delegation.code == "LN").name == long_name


@pytest.mark.parametrize("fixture", ["summit-format-2.summit", "summit-format-3.summit"])
def test_an_older_file_is_copied_as_it_reads_once_upgraded(
    fixture: str, pg_summit: ServerLocation
) -> None:
    source = FIXTURES / fixture
    before = source.read_bytes()
    copy_location(source, pg_summit)
    assert source.read_bytes() == before
    open_summit_file(pg_summit)
    from db.models import Summit

    assert Summit.select().count() == 1


def test_the_copy_command_both_ways(
    sample_template: Path,
    pg_summit: ServerLocation,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    uri = pg_summit.shown
    assert run_command(["copy", str(sample_template), uri]) == 0
    assert "rows" in capsys.readouterr().out
    assert run_command(["copy", str(sample_template), uri]) == 1
    assert "--replace" in capsys.readouterr().err
    assert run_command(["copy", str(sample_template), uri, "--replace"]) == 0
    back = tmp_path / "back.summit"
    assert run_command(["copy", uri, str(back)]) == 0
    assert every_row(back) == every_row(sample_template)


def test_new_info_check_export_and_ics_take_a_uri(
    pg_summit: ServerLocation, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    uri = pg_summit.shown
    assert run_command(["new", uri, "--sample"]) == 0
    assert run_command(["info", uri, "--json"]) == 0
    assert '"meetings": 24' in capsys.readouterr().out
    assert run_command(["check", uri]) == 1  # the sample has two planted errors
    assert "Integrity: ok" in capsys.readouterr().out
    assert run_command(["export", uri, str(tmp_path / "out.xlsx")]) == 0
    assert run_command(["ics", uri, str(tmp_path / "out.ics")]) == 0
    assert (tmp_path / "out.xlsx").stat().st_size > 0
    assert "BEGIN:VEVENT" in (tmp_path / "out.ics").read_text(encoding="utf-8")


def test_a_backup_taken_while_others_edit_is_one_moment_of_the_summit(
    sample_template: Path, pg_summit: ServerLocation, tmp_path: Path
) -> None:
    # someone moves a number between two tables (read one after the other by the copy), in
    # one transaction each time, while the backup is copied: the copy must hold the total of
    # one moment, never half a move
    import threading

    import psycopg

    copy_location(sample_template, pg_summit)
    total = moved_total(pg_summit)
    stop = threading.Event()
    moves = [0]

    def keep_moving() -> None:
        with psycopg.connect(
            pg_summit.conninfo, options=f"-c search_path={pg_summit.summit}"
        ) as other:
            while not stop.is_set():
                step = 1 if moves[0] % 2 == 0 else -1  # to and fro: never below zero
                with other.transaction():
                    other.execute(
                        "UPDATE delegation SET precedence = precedence + %s WHERE id = 1", (step,)
                    )
                    for _ in range(20):  # the copy reads the tables between these two
                        other.execute("SELECT count(*) FROM meeting")
                    other.execute(
                        "UPDATE track SET sort_order = sort_order - %s WHERE id = 1", (step,)
                    )
                moves[0] += 1

    mover = threading.Thread(target=keep_moving)
    mover.start()
    try:
        backups = []
        for n in range(5):
            backup = tmp_path / f"backup-{n}.summit"
            copy_location(pg_summit, backup)
            backups.append(backup)
    finally:
        stop.set()
        mover.join()
    assert moves[0] > 0
    for backup in backups:
        assert moved_total(backup) == total


def moved_total(location: Path | ServerLocation) -> int:
    """Delegation 1's precedence and track 1's sort order, added up."""
    from db.copying import columns_of
    from db.models import Delegation, Track

    rows = every_row(location)
    total = 0
    for model, column in ((Delegation, "precedence"), (Track, "sort_order")):
        columns = columns_of(model)
        at_id, at_value = columns.index("id"), columns.index(column)
        total += next(int(r[at_value]) for r in rows[model._meta.table_name] if r[at_id] == 1)
    return total


def test_a_summit_copied_onto_itself_spelled_another_way_is_refused(
    sample_template: Path, pg_summit: ServerLocation
) -> None:
    copy_location(sample_template, pg_summit)
    before = every_row(pg_summit)
    sockets, port = pg_summit.where.split(" on ", 1)[1].rsplit(":", 1)
    for spelling in (  # the socket folder spelled otherwise, then the server over TCP by two names
        f"postgresql:///postgres?user=postgres&port={port}&host={sockets}/./",
        f"postgresql://postgres@127.0.0.1:{port}/postgres",
        f"postgres://postgres@localhost:{port}/postgres?sslmode=prefer",
    ):
        other = parse_server(summit_uri(spelling, pg_summit.summit))
        assert other.shown != pg_summit.shown
        with pytest.raises(SummitFileError, match="cannot be copied onto itself") as refused:
            copy_location(pg_summit, other, replace=True)
        assert "\n" not in str(refused.value)
    assert every_row(pg_summit) == before
    # another summit of the same database is another target
    elsewhere = parse_server(summit_uri(pg_summit.conninfo, f"{pg_summit.summit}_copy"))
    try:
        copy_location(pg_summit, elsewhere)
        assert every_row(elsewhere) == before
    finally:
        with connect_server(elsewhere) as admin:
            admin.execute_sql(f'DROP SCHEMA "{elsewhere.summit}" CASCADE')


def test_a_file_copied_onto_itself_through_another_name_is_refused(
    sample_template: Path, tmp_path: Path
) -> None:
    original = tmp_path / "astana.summit"
    original.write_bytes(sample_template.read_bytes())
    linked = tmp_path / "linked.summit"
    linked.hardlink_to(original)
    (tmp_path / "sub").mkdir()
    for target in (linked, tmp_path / "sub" / ".." / "astana.summit"):
        with pytest.raises(SummitFileError, match="cannot be copied onto itself"):
            copy_location(original, target, replace=True)
    assert original.read_bytes() == sample_template.read_bytes()
