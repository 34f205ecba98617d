"""A role without the confidential grant reads and edits a server summit with the confidential
fields read as empty: every section's rows and the exports load, and nothing it writes touches
the talking points, red lines, fallbacks or notes it cannot see."""

from __future__ import annotations

from pathlib import Path

import psycopg
import pytest
from openpyxl import load_workbook

from db.copying import copy_location
from db.location import ServerLocation, parse_server
from db.models import FinancingRequest, Meeting, Position
from planner import row_versions
from planner.cli import run_command
from planner.edits import BulkOperation
from planner.history import History
from planner.positions import POSITION_EDITS, fetch_position, load_matrix
from planner.summit_file import open_summit_file
from tests.server.test_roles import member

SECRET = "Press for the corridor; never concede the tariff"


def as_admin(location: ServerLocation, query: str, params: tuple[object, ...] = ()) -> list:
    with psycopg.connect(
        location.conninfo, autocommit=True, options=f"-c search_path={location.summit}"
    ) as admin:
        cursor = admin.execute(query, params)
        return cursor.fetchall() if cursor.description else []


@pytest.fixture
def on_server(sample_template: Path, pg_summit: ServerLocation) -> ServerLocation:
    copy_location(sample_template, pg_summit)
    as_admin(
        pg_summit,
        "UPDATE position SET talking_points = %s, red_lines = 'Five', fallback = 'Three' "
        "WHERE id = (SELECT min(id) FROM position)",
        (SECRET,),
    )
    as_admin(pg_summit, "UPDATE meeting SET notes = 'Minister unwell' WHERE id = 1")
    return pg_summit


def as_member(location: ServerLocation, name: str, *kinds: str) -> ServerLocation:
    person = member(location, f"{name}_{location.summit}", *kinds)
    return parse_server(f"{person.conninfo}&summit={location.summit}")


def first_position(location: ServerLocation) -> tuple[int, int, int, str]:
    rows = as_admin(
        location,
        "SELECT id, issue_id, delegation_id, stance FROM position ORDER BY id LIMIT 1",
    )
    return rows[0]


def test_a_reader_without_the_grant_reads_every_row_with_confidential_fields_empty(
    on_server: ServerLocation,
) -> None:
    open_summit_file(as_member(on_server, "reader", "readers"), readonly=True)
    assert row_versions.hidden(Position) == {"talking_points", "red_lines", "fallback"}
    assert row_versions.hidden(Meeting) == {"notes"} == row_versions.hidden(FinancingRequest)
    _, issue, team, stance = first_position(on_server)
    matrix = load_matrix()
    assert matrix.stances[(issue, team)] == stance
    assert (issue, team) not in matrix.noted
    shown = fetch_position((issue, team))
    assert shown["stance"] == stance and shown["talking_points"] == ""
    assert Meeting.get_by_id(1).notes == ""
    assert Meeting.select().where(Meeting.notes != "").count() == 0  # a condition reads it too
    assert list(FinancingRequest.select().dicts())  # every request, notes empty
    assert all(row["notes"] == "" for row in FinancingRequest.select().dicts())


def test_a_role_granted_them_reads_them(on_server: ServerLocation) -> None:
    open_summit_file(as_member(on_server, "trusted", "readers", "confidential"), readonly=True)
    assert row_versions.hidden(Position) == frozenset()
    _, issue, team, _ = first_position(on_server)
    assert fetch_position((issue, team))["talking_points"] == SECRET
    assert Meeting.get_by_id(1).notes == "Minister unwell"


def test_an_editor_without_the_grant_changes_a_stance_and_the_hidden_texts_stay(
    on_server: ServerLocation,
) -> None:
    open_summit_file(as_member(on_server, "editor", "editors"))
    row_id, issue, team, stance = first_position(on_server)
    fetch_position((issue, team))
    new = "oppose" if stance != "oppose" else "support"
    history = History()
    history.run(BulkOperation(POSITION_EDITS, {(issue, team): {"stance": new}}, "Stance"))
    stored = as_admin(
        on_server,
        "SELECT stance, talking_points, red_lines, fallback, edited_by FROM position "
        "WHERE id = %s",
        (row_id,),
    )
    assert stored == [(new, SECRET, "Five", "Three", f"editor_{on_server.summit}")]
    history.undo()
    assert as_admin(on_server, "SELECT stance, talking_points FROM position WHERE id = %s",
                    (row_id,)) == [(stance, SECRET)]


def test_exports_of_a_reader_without_the_grant_work_without_the_confidential_texts(
    on_server: ServerLocation, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    reader = as_member(on_server, "reader", "readers")
    for audience in ("external", "internal"):
        out = tmp_path / f"{audience}.xlsx"
        assert run_command(["export", reader.shown, str(out), "--audience", audience]) == 0
        workbook = load_workbook(out, read_only=True)
        try:
            texts = [
                str(value)
                for sheet in workbook.worksheets
                for row in sheet.iter_rows(values_only=True)
                for value in row
                if value is not None
            ]
        finally:
            workbook.close()
        assert texts and not any(SECRET in t or "Minister unwell" in t for t in texts)
    assert "Wrote" in capsys.readouterr().out
