"""The window on a server summit as people of different roles and with a failing connection:
a role without the confidential grant sees every section, its confidential fields empty,
read-only and saying why; what is typed into an editor survives a connection lost mid-save."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import psycopg
import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialog

from db.copying import copy_location
from db.location import ServerLocation
from db.models import database_proxy
from planner import row_versions
from tests.server.test_confidential_reading import SECRET, as_admin, as_member, first_position
from ui import dialogs
from ui.main_window import MainWindow

WAIT_MS = 10_000  # a bound for a test that would otherwise hang, not a speed being measured
NOTE = "Not shown: your role has no access to confidential fields"


@pytest.fixture
def on_server(sample_template: Path, pg_summit: ServerLocation) -> ServerLocation:
    copy_location(sample_template, pg_summit)
    as_admin(
        pg_summit,
        "UPDATE position SET talking_points = %s WHERE id = (SELECT min(id) FROM position)",
        (SECRET,),
    )
    as_admin(pg_summit, "UPDATE meeting SET notes = 'Minister unwell' WHERE id = 1")
    as_admin(pg_summit, "UPDATE financing_request SET notes = 'Quietly' WHERE id = 1")
    return pg_summit


@pytest.fixture
def open_window(qtbot: Any, tmp_path: Path) -> Iterator[Any]:
    def opened(location: ServerLocation) -> MainWindow:
        main = MainWindow(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
        qtbot.addWidget(main)
        main.resize(1366, 768)
        main.show()
        assert main.open_path(location.shown)
        windows.append(main)
        return main

    windows: list[MainWindow] = []
    yield opened
    for main in windows:
        main.close_document()


@pytest.fixture
def dialog_seen(monkeypatch: pytest.MonkeyPatch) -> list[Any]:
    """The dialogs the window would show, looked at and then cancelled."""
    seen: list[Any] = []

    def look(dialog: QDialog) -> bool:
        seen.append(dialog)
        return False

    monkeypatch.setattr(dialogs, "run_dialog", look)
    return seen


def show(window: MainWindow, title: str) -> Any:
    row = [name for name, _ in window.sections].index(title)
    window.navigator.setCurrentRow(row)
    return window.sections[row][1]


def test_a_reader_without_the_grant_sees_every_section_without_confidential_texts(
    on_server: ServerLocation, open_window: Any, qtbot: Any
) -> None:
    window = open_window(as_member(on_server, "reader", "readers"))
    meetings = show(window, "Meetings")
    qtbot.waitUntil(lambda: meetings.model.rowCount() > 0, timeout=WAIT_MS)
    financing = show(window, "Financing")
    qtbot.waitUntil(lambda: len(financing.model.all_rows) > 0, timeout=WAIT_MS)
    positions = show(window, "Positions")
    qtbot.waitUntil(lambda: positions.model.matrix is not None, timeout=WAIT_MS)
    _, issue, team, stance = first_position(on_server)
    positions.select_cells([(issue, team)])
    panel = positions.panel
    assert panel.cell == (issue, team) and panel.stance.currentData() == stance
    for text in panel.texts.values():
        assert text.toPlainText() == "" and text.isReadOnly()
        assert text.placeholderText() == NOTE


def test_an_editor_without_the_grant_edits_a_stance_and_the_hidden_texts_stay(
    on_server: ServerLocation, open_window: Any, qtbot: Any, dialog_seen: list[Any]
) -> None:
    window = open_window(as_member(on_server, "editor", "editors"))
    positions = show(window, "Positions")
    qtbot.waitUntil(lambda: positions.model.matrix is not None, timeout=WAIT_MS)
    row_id, issue, team, stance = first_position(on_server)
    positions.select_cells([(issue, team)])
    panel = positions.panel
    assert panel.texts["talking_points"].isReadOnly()
    new = "oppose" if stance != "oppose" else "support"
    panel.select_stance(new)
    panel.apply()
    assert as_admin(
        on_server, "SELECT stance, talking_points FROM position WHERE id = %s", (row_id,)
    ) == [(new, SECRET)]
    # the meeting editor's and the financing dialog's notes: empty, read-only, saying why
    window.meetings_section.edit_meeting(1)
    show(window, "Financing").edit_request(1)
    meeting_editor, request_dialog = dialog_seen
    for notes in (meeting_editor.notes, request_dialog.editors["notes"]):
        assert notes.toPlainText() == "" and notes.isReadOnly()
        assert notes.placeholderText() == NOTE


def test_a_role_granted_them_edits_the_confidential_texts_in_the_window(
    on_server: ServerLocation, open_window: Any, qtbot: Any, dialog_seen: list[Any]
) -> None:
    window = open_window(as_member(on_server, "trusted", "editors", "confidential"))
    positions = show(window, "Positions")
    qtbot.waitUntil(lambda: positions.model.matrix is not None, timeout=WAIT_MS)
    _, issue, team, _ = first_position(on_server)
    positions.select_cells([(issue, team)])
    text = positions.panel.texts["talking_points"]
    assert text.toPlainText() == SECRET and not text.isReadOnly() and text.placeholderText() == ""
    window.meetings_section.edit_meeting(1)
    assert dialog_seen[0].notes.toPlainText() == "Minister unwell"
    assert not dialog_seen[0].notes.isReadOnly()


def test_what_is_typed_in_an_editor_survives_a_connection_lost_while_saving(
    on_server: ServerLocation,
    open_window: Any,
    qtbot: Any,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = open_window(on_server)
    show(window, "Meetings")
    written = row_versions.written
    drops = [True]

    def dropped_first(*args: Any, **kwargs: Any) -> None:
        if drops and drops.pop():  # the server ends our connection in the middle of the save
            pid = database_proxy.execute_sql("SELECT pg_backend_pid()").fetchone()[0]
            with psycopg.connect(on_server.conninfo, autocommit=True) as admin:
                admin.execute("SELECT pg_terminate_backend(%s)", (pid,))
        written(*args, **kwargs)

    monkeypatch.setattr(row_versions, "written", dropped_first)
    outcomes: list[tuple[str, str, str, int]] = []

    def type_and_save(editor: QDialog) -> bool:
        editor.title_edit.setText("Railway bilateral, moved to the annex")
        editor.notes.setPlainText("Bring the maps")
        editor.accept()  # the connection is lost while saving: refused, the editor stays
        outcomes.append(
            (
                editor.general_error.text(),
                editor.title_edit.text(),
                editor.notes.toPlainText(),
                editor.result(),
            )
        )
        editor.accept()  # saved again: the next try connects again
        return editor.result() == QDialog.DialogCode.Accepted

    monkeypatch.setattr(dialogs, "run_dialog", type_and_save)
    window.meetings_section.edit_meeting(1)
    (refusal, title, notes, result), = outcomes
    assert "connection to the summit server was lost" in refusal and "\n" not in refusal
    assert (title, notes, result) == (
        "Railway bilateral, moved to the annex",
        "Bring the maps",
        QDialog.DialogCode.Rejected,
    )
    assert as_admin(on_server, "SELECT title, notes FROM meeting WHERE id = 1") == [
        ("Railway bilateral, moved to the annex", "Bring the maps")
    ]
