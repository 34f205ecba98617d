"""The server's roles decide who may do what, and the confidential fields are readable only
by a role granted them: enforced by the server, whatever program asks."""

from __future__ import annotations

from pathlib import Path

import psycopg
import pytest
from psycopg import errors, sql

from db.copying import copy_location
from db.location import ServerLocation
from db.server_roles import CONFIDENTIAL, role_names
from tests.server.people import connection_of


def member(location: ServerLocation, name: str, *kinds: str) -> ServerLocation:
    """A login role that is a member of the summit's given group roles only."""
    roles = role_names(location.summit)
    with psycopg.connect(location.conninfo, autocommit=True) as admin:
        login = sql.Identifier(name)
        if not admin.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (name,)).fetchone():
            admin.execute(sql.SQL("CREATE ROLE {} LOGIN").format(login))
        for kind in kinds:
            group = sql.Identifier(roles[kind])
            admin.execute(sql.SQL("GRANT {} TO {}").format(group, login))
    uri = location.conninfo.replace("postgresql://postgres@", f"postgresql://{name}@", 1)
    return ServerLocation(uri, location.summit, location.shown)


@pytest.fixture
def on_server(sample_template: Path, pg_summit: ServerLocation) -> ServerLocation:
    copy_location(sample_template, pg_summit)
    return pg_summit


def test_read_only_staff_read_but_cannot_change_or_see_confidential_fields(
    on_server: ServerLocation,
) -> None:
    staff = member(on_server, f"staff_{on_server.summit}", "readers")
    with connection_of(staff) as reader:
        assert reader.execute("SELECT count(*) FROM position").fetchone() is not None
        assert reader.execute("SELECT stance FROM position LIMIT 1").fetchone()
        for table, columns in CONFIDENTIAL.items():
            for column in columns:
                with pytest.raises(errors.InsufficientPrivilege):
                    reader.execute(f'SELECT "{column}" FROM "{table}"')
        with pytest.raises(errors.InsufficientPrivilege):
            reader.execute("UPDATE room SET capacity = 1 WHERE id = 1")
        with pytest.raises(errors.InsufficientPrivilege):
            reader.execute("DELETE FROM room WHERE id = 1")


def test_editors_change_records_but_confidential_fields_need_their_role(
    on_server: ServerLocation,
) -> None:
    editor = member(on_server, f"editor_{on_server.summit}", "editors")
    trusted = member(on_server, f"trusted_{on_server.summit}", "editors", "confidential")
    with connection_of(editor) as plain:
        plain.execute("UPDATE room SET capacity = 42 WHERE id = 1")
        plain.execute("INSERT INTO room (name, building, capacity) VALUES ('Annex', '', 5)")
        with pytest.raises(errors.InsufficientPrivilege):
            plain.execute("SELECT talking_points FROM position")
        with pytest.raises(errors.InsufficientPrivilege):
            plain.execute("UPDATE position SET red_lines = 'leaked' WHERE id = 1")
    with connection_of(trusted) as granted:
        granted.execute("UPDATE position SET red_lines = 'No deal below five' WHERE id = 1")
        row = granted.execute("SELECT red_lines, edited_by FROM position WHERE id = 1").fetchone()
        assert row == ("No deal below five", f"trusted_{on_server.summit}")


def test_owners_may_grant_the_roles_to_people(on_server: ServerLocation) -> None:
    owner = member(on_server, f"owner_{on_server.summit}", "owners")
    newcomer = member(on_server, f"new_{on_server.summit}")
    with connection_of(owner) as granting:
        groups = role_names(on_server.summit)
        granting.execute(
            sql.SQL("GRANT {} TO {}").format(
                sql.Identifier(groups["editors"]), sql.Identifier(f"new_{on_server.summit}")
            )
        )
    with connection_of(newcomer) as now_editor:
        now_editor.execute("UPDATE room SET building = 'West' WHERE id = 2")


def test_what_a_role_may_not_read_is_said_in_one_sentence(
    on_server: ServerLocation, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from planner.cli import run_command

    staff = member(on_server, f"staff_{on_server.summit}", "readers")
    uri = f"{staff.conninfo}&summit={on_server.summit}"
    assert run_command(["info", uri]) == 0  # the counts need no confidential field
    # the export reads the positions' texts as empty (tests/server/test_confidential_reading)
    assert run_command(["export", uri, str(tmp_path / "out.xlsx")]) == 0
    capsys.readouterr()
    sheet = tmp_path / "issues.csv"
    sheet.write_text("Code,Title,Track\nZ-1,A new issue,Economic\n", encoding="utf-8")
    assert run_command(["import", uri, str(sheet)]) == 1  # read-only staff change nothing
    err = capsys.readouterr().err.strip()
    assert "permission denied for table" in err and "your role may not" in err
    assert "\n" not in err and "unexpected" not in err
