"""The window and the planner's lock: links, odd lock files, read-only files, and the CLI."""

import os
import subprocess
import sys

import pytest

from db.models import AgendaIssue
from planner.file_lock import SummitLock, lock_path
from planner.issues import ISSUE_OPERATIONS
from tests.helpers import ROOT, child_environment, held, issues_csv
from ui.undo_commands import change_record


def cli(*args: str, wait: bool = True):
    command = [sys.executable, str(ROOT / "main.py"), *args]
    environment = child_environment()
    if not wait:
        return subprocess.Popen(command, env=environment, cwd=ROOT, stderr=subprocess.PIPE)
    return subprocess.run(command, env=environment, cwd=ROOT, capture_output=True, text=True)


def test_a_symbolic_link_to_a_file_open_elsewhere_is_offered_read_only(
    window, summit, tmp_path, holder, script
):
    other = holder(summit)
    link = tmp_path / "shortcut.summit"
    link.symlink_to(summit)
    assert window.open_path(link)
    (question,) = script.questions
    assert "already open in Summit Planner on this computer since" in question
    assert f"(process {other.pid})" in question and window.document.readonly


def test_a_hard_link_to_a_file_open_elsewhere_is_offered_read_only(
    window, summit, tmp_path, holder, script
):
    link = tmp_path / "other-name.summit"
    os.link(summit, link)
    other = holder(link)
    assert window.open_path(summit)
    assert f"(process {other.pid})" in script.questions[0] and window.document.readonly


def test_the_file_open_in_the_window_is_refused_under_any_other_name(
    window, summit, tmp_path, holder
):
    assert window.open_path(summit) and not window.document.readonly
    hard, soft = tmp_path / "hard.summit", tmp_path / "soft.summit"
    os.link(summit, hard)
    soft.symlink_to(summit)
    for name in (hard, soft):
        assert not held(holder.start(name))
    window.open_path(hard)  # this window opening it again by another name is no conflict
    assert not window.document.readonly


def test_a_command_line_import_is_refused_while_the_window_edits_the_file(window, summit, tmp_path):
    assert window.open_path(summit)
    source = issues_csv(tmp_path / "list.csv", 2000)
    before = AgendaIssue.select().count()
    imports = [cli("import", str(summit), str(source), wait=False) for _ in range(3)]
    edits = failed = 0
    while edits < 100 or any(process.poll() is None for process in imports):
        try:
            change_record(window.document, ISSUE_OPERATIONS, 1, {"title": f"Edit {edits}"}, "")
        except Exception:  # counting any failure is the point
            failed += 1
        edits += 1
    errors = []
    for process in imports:
        _out, error = process.communicate(timeout=60)
        assert process.returncode == 1
        errors.append(error.decode())
    assert failed == 0
    assert "astana.summit is open for writing in Summit Planner" in errors[0]
    assert AgendaIssue.select().count() == before
    assert AgendaIssue.get_by_id(1).title == f"Edit {edits - 1}"
    assert cli("info", str(summit)).returncode == 0  # reading needs no lock


@pytest.mark.parametrize("content", [b"", b"\x00\x01 not a lock"], ids=["empty", "garbage"])
def test_an_empty_or_garbage_lock_is_taken_over_without_asking(window, summit, script, content):
    lock_path(summit).write_bytes(content)
    assert window.open_path(summit)
    assert script.questions == [] and not window.document.readonly
    assert SummitLock(summit).acquire() is not None  # ours now
    window.close_document()
    assert not lock_path(summit).exists()


def test_a_folder_named_like_the_lock_is_explained_and_read_only_offered(window, summit, script):
    lock_path(summit).mkdir()
    assert window.open_path(summit)
    (question,) = script.questions
    assert question.startswith(
        "The folder of astana.summit holds something named .~lock.astana.summit that is not"
    )
    assert "Open it read-only?" in question and window.document.readonly


def test_a_symbolic_link_in_place_of_the_lock_is_replaced(window, summit, tmp_path, script):
    victim = tmp_path / "victim.txt"
    victim.write_text("precious")
    lock_path(summit).symlink_to(victim)
    assert window.open_path(summit) and not window.document.readonly
    assert victim.read_text() == "precious" and not lock_path(summit).is_symlink()


def test_a_read_only_file_is_offered_read_only(window, summit, script):
    summit.chmod(0o400)  # as root too: the mode bits say the owner wants no changes
    assert window.open_path(summit)
    (question,) = script.questions
    assert question.startswith("astana.summit is read-only: its permissions allow no changes.")
    assert window.document.readonly and not lock_path(summit).exists()
