"""The flow of opening a summit, headless: the questions it asks, in order, answered by a script,
and what is open, locked and left alone after each answer."""

import hashlib
import os
import shutil
from pathlib import Path

import pytest

from db.models import Delegation, Meeting, database_proxy
from planner import summit_file
from planner import workspace as workspace_module
from planner.errors import PlannerError
from planner.file_lock import Refusal, SummitLock, lock_path
from planner.paths import sample_summit_path
from planner.summit_file import close_summit_file, new_summit_file
from planner.workspace import (
    MAX_RECENT,
    AlreadyOpen,
    AskCleanedCopy,
    AskReadOnly,
    AskRestoreBackup,
    Declined,
    Opened,
    Refused,
    Step,
    Unwritable,
    Workspace,
    drive,
    remember,
)
from tests.helpers import received

TRIGGER = "CREATE TRIGGER u AFTER UPDATE ON agenda_issue BEGIN DELETE FROM meeting; END"


class Script:
    """Answers questions in turn and keeps them, to say which were asked."""

    def __init__(self, *answers: object) -> None:
        self.answers = list(answers)
        self.questions: list[object] = []

    def __call__(self, question: object) -> object:
        self.questions.append(question)
        return self.answers.pop(0)


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def copy_of(template: Path, path: Path) -> Path:
    shutil.copyfile(template, path)
    path.chmod(0o600)
    return path


@pytest.fixture
def workspace():
    space = Workspace()
    yield space
    space.close()


@pytest.fixture
def astana(tmp_path, sample_template) -> Path:
    return copy_of(sample_template, tmp_path / "astana.summit")


@pytest.fixture
def held():
    """Locks taken as another window would, let go when the test ends."""
    locks: list[SummitLock] = []

    def hold(path: Path) -> SummitLock:
        lock = SummitLock(path)
        assert lock.acquire() is None
        locks.append(lock)
        return lock

    yield hold
    for lock in locks:
        lock.release()


def is_ours(path: Path) -> bool:
    """Whether the lock of path is held (another lock on it is refused)."""
    refused = SummitLock(path).acquire()
    return refused is not None and refused.refusal is Refusal.HELD


def test_a_healthy_file_opens_without_a_question_locked(workspace, astana):
    script = Script()
    outcome = drive(workspace.open(astana), script)
    assert isinstance(outcome, Opened) and script.questions == []
    assert workspace.current == outcome.summit
    assert outcome.summit.path == astana.resolve() and not outcome.summit.readonly
    assert Delegation.select().count() == 6 and is_ours(astana)


def test_close_lets_the_readers_go_first_then_the_file_then_the_lock(astana):
    seen = []
    workspace = Workspace(
        before_close=lambda: seen.append(
            (database_proxy.obj is not None, lock_path(astana).exists())
        )
    )
    drive(workspace.open(astana), Script())
    workspace.close()
    assert seen == [(True, True)]
    assert workspace.current is None and database_proxy.obj is None
    assert not lock_path(astana).exists()


def test_a_file_held_elsewhere_asks_and_declining_keeps_what_was_open(
    workspace, astana, tmp_path, sample_template, held
):
    drive(workspace.open(astana), Script())
    busy = copy_of(sample_template, tmp_path / "busy.summit")
    other = held(busy)
    script = Script(False)
    assert drive(workspace.open(busy), script) == Declined()
    (question,) = script.questions
    assert isinstance(question, AskReadOnly) and question.path == busy
    assert question.holder.refusal is Refusal.HELD and question.holder.pid == os.getpid()
    assert workspace.current.path == astana.resolve() and not workspace.current.readonly
    assert is_ours(astana) and Delegation.select().count() == 6
    outcome = drive(workspace.open(busy), Script(True))
    assert isinstance(outcome, Opened) and outcome.summit.readonly
    assert outcome.summit.lock is None and not lock_path(astana).exists()
    other.release()
    assert not is_ours(busy)  # read-only took no lock of its own


def test_a_read_only_file_is_asked_about_and_opened_without_a_lock(workspace, astana):
    astana.chmod(0o400)
    script = Script(True)
    outcome = drive(workspace.open(astana), script)
    assert script.questions[0].holder.refusal is Refusal.FILE_READ_ONLY
    assert isinstance(outcome, Opened) and outcome.summit.readonly
    assert not lock_path(astana).exists()


def test_a_file_that_fails_to_open_reopens_the_previous_summit(
    workspace, astana, tmp_path, sample_template, monkeypatch
):
    drive(workspace.open(astana), Script())
    broken = copy_of(sample_template, tmp_path / "broken.summit")

    def open_summit_file(path: Path, *, readonly: bool = False) -> None:
        if Path(path).name == broken.name:  # passes the checks, fails on opening
            raise PlannerError("broken.summit cannot be read: disk I/O error.")
        summit_file.open_summit_file(path, readonly=readonly)

    monkeypatch.setattr(workspace_module, "open_summit_file", open_summit_file)
    outcome = drive(workspace.open(broken), Script())
    assert outcome == Refused("broken.summit cannot be read: disk I/O error.", Step.OPEN)
    assert workspace.current.path == astana.resolve() and not workspace.current.readonly
    assert is_ours(astana) and not lock_path(broken).exists()
    assert Delegation.select().count() == 6


def test_a_file_without_its_summit_row_is_refused_when_no_copy_can_mend_it(
    workspace, astana, tmp_path
):
    hollow = tmp_path / "hollow.summit"
    new_summit_file(hollow, populate=lambda: None)
    close_summit_file()
    drive(workspace.open(astana), Script())
    script = Script(True)
    outcome = drive(workspace.open(hollow), script)
    assert isinstance(script.questions[0], AskCleanedCopy)
    assert isinstance(outcome, Refused) and "no summit description" in outcome.message
    assert workspace.current.path == astana.resolve() and Delegation.select().count() == 6


def test_opening_the_open_file_by_another_name_lets_go_of_our_own_lock(workspace, astana, tmp_path):
    drive(workspace.open(astana), Script())
    link = tmp_path / "other-name.summit"
    os.link(astana, link)
    script = Script()
    outcome = drive(workspace.open(link), script)
    assert isinstance(outcome, Opened) and not outcome.summit.readonly
    assert script.questions == [] and is_ours(astana)


def damage(path: Path) -> None:
    data = bytearray(path.read_bytes())
    middle = len(data) // 2
    data[middle : middle + 4096] = bytes(b ^ 0xFF for b in data[middle : middle + 4096])
    path.write_bytes(bytes(data))


def test_a_damaged_file_is_left_alone_and_its_newest_good_backup_restored(
    workspace, astana, tmp_path
):
    drive(workspace.open(astana), Script())  # takes a backup
    workspace.close()
    damage(astana)
    damaged = digest(astana)
    assert drive(workspace.open(astana), Script(None)) == Declined()
    assert workspace.current is None
    recovered = tmp_path / "recovered.summit"
    script = Script(recovered)
    outcome = drive(workspace.open(astana), script)
    (question,) = script.questions
    assert isinstance(question, AskRestoreBackup) and "is damaged" in question.problem
    assert question.entry.meetings == 24
    assert isinstance(outcome, Opened) and outcome.restored == question.entry
    assert outcome.summit.path == recovered.resolve() and Meeting.select().count() == 24
    assert digest(astana) == damaged


def test_a_backup_is_never_restored_over_the_open_summit(
    workspace, astana, tmp_path, sample_template
):
    other = copy_of(sample_template, tmp_path / "other.summit")
    drive(workspace.open(other), Script())  # takes a backup
    workspace.close()
    damage(other)
    drive(workspace.open(astana), Script())
    before = digest(astana)
    outcome = drive(workspace.open(other), Script(astana))
    assert isinstance(outcome, Refused) and outcome.step is Step.RESTORE
    assert "cannot be restored over the summit that is open" in outcome.message
    assert digest(astana) == before and workspace.current.path == astana.resolve()


def test_a_damaged_file_without_a_backup_is_refused_without_a_question(workspace, astana):
    damage(astana)
    script = Script()
    outcome = drive(workspace.open(astana), script)
    assert isinstance(outcome, Refused) and "is damaged" in outcome.message
    assert script.questions == [] and workspace.current is None


def test_a_received_file_is_offered_as_a_cleaned_copy(workspace, tmp_path, sample_template):
    path = received(
        tmp_path, sample_template, TRIGGER, "UPDATE meeting SET room_id = 'abc' WHERE id = 2"
    )
    before = digest(path)
    script = Script(False)
    assert drive(workspace.open(path), script) == Declined()
    (question,) = script.questions
    assert isinstance(question, AskCleanedCopy) and "trigger “u”" in question.problem
    assert not (tmp_path / "received (cleaned).summit").exists()
    outcome = drive(workspace.open(path), Script(True))
    assert isinstance(outcome, Opened) and outcome.cleaned_from == path
    assert outcome.changes == 2
    assert outcome.summit.path == (tmp_path / "received (cleaned).summit").resolve()
    assert Meeting.get_by_id(2).room_id is None and digest(path) == before


def test_a_refused_file_leaves_the_open_summit_open(workspace, astana, tmp_path):
    drive(workspace.open(astana), Script())
    empty = tmp_path / "empty.summit"
    empty.touch()
    outcome = drive(workspace.open(empty), Script())
    assert isinstance(outcome, Refused) and "empty" in outcome.message
    assert workspace.current.path == astana.resolve() and is_ours(astana)


def test_a_new_summit_is_created_locked_and_never_over_the_open_one(workspace, astana, tmp_path):
    drive(workspace.open(astana), Script())
    assert workspace.new_summit(astana) == AlreadyOpen(astana)
    assert Delegation.select().count() == 6
    outcome = workspace.new_summit(tmp_path / "Bishkek 2027")
    assert isinstance(outcome, Opened)
    assert outcome.summit.path == (tmp_path / "Bishkek 2027.summit").resolve()
    assert Delegation.select().count() == 0 and is_ours(outcome.summit.path)
    assert not lock_path(astana).exists()


def test_a_failed_new_summit_reopens_the_previous_one(workspace, astana, tmp_path):
    drive(workspace.open(astana), Script())
    outcome = workspace.new_summit(tmp_path / "no such folder" / "new.summit")
    assert isinstance(outcome, Refused) and outcome.step is Step.CREATE
    assert "does not exist" in outcome.message
    assert workspace.current.path == astana.resolve() and Delegation.select().count() == 6


def test_a_new_summit_on_a_name_another_window_holds_is_unwritable(
    workspace, astana, tmp_path, held
):
    drive(workspace.open(astana), Script())
    taken = tmp_path / "taken.summit"
    taken.touch()
    held(taken)
    outcome = workspace.new_summit(taken)
    assert isinstance(outcome, Unwritable) and outcome.holder.refusal is Refusal.HELD
    assert taken.read_bytes() == b"" and workspace.current.path == astana.resolve()


def test_the_sample_is_created_when_missing_and_opened_when_there(workspace):
    assert not sample_summit_path().exists()
    created = drive(workspace.open_sample(), Script())
    assert isinstance(created, Opened) and sample_summit_path().exists()
    assert Delegation.select().count() == 6
    workspace.close()
    opened = drive(workspace.open_sample(), Script())
    assert isinstance(opened, Opened) and opened.summit.path == sample_summit_path().resolve()


def test_recent_files_put_the_newest_first_once_and_keep_a_few():
    recent = [f"/summits/{n}.summit" for n in range(MAX_RECENT)]
    again = remember(recent, Path("/summits/3.summit"))
    assert again[0] == "/summits/3.summit" and len(again) == MAX_RECENT
    assert again.count("/summits/3.summit") == 1
    new = remember(recent, Path("/summits/new.summit"))
    assert new[0] == "/summits/new.summit" and new[1:] == recent[: MAX_RECENT - 1]


def test_a_new_summit_named_as_a_loop_of_links_is_refused_in_a_sentence(tmp_path):
    (tmp_path / "a.summit").symlink_to(tmp_path / "b.summit")
    (tmp_path / "b.summit").symlink_to(tmp_path / "a.summit")
    workspace = Workspace()
    outcome = workspace.new_summit(tmp_path / "a.summit")
    assert isinstance(outcome, Refused)
    assert outcome.message == (
        "a.summit is a symbolic link that leads round in a loop; open the file itself."
    )
    assert workspace.current is None
