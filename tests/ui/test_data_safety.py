"""One writer per file, backups while working, restoring, and damaged files offered a backup."""

import signal
import subprocess
import sys
import time

from db.backups import backup_counts, list_backups
from db.models import AgendaIssue, Delegation
from planner import paths
from planner.file_lock import lock_path
from tests.helpers import HOLD, ROOT, child_environment, digest


def test_a_file_open_in_another_copy_of_the_app_is_offered_read_only(
    window, sample_template, tmp_path, holder, script
):
    path = tmp_path / "astana.summit"
    path.write_bytes(sample_template.read_bytes())
    other = holder(path)
    backups = len(list_backups(paths.backups_dir()))
    assert window.open_path(path)
    (question,) = script.questions
    assert "astana.summit is already open in Summit Planner on this computer since" in question
    assert f"(process {other.pid})" in question and "read-only" in question
    assert window.document.readonly
    assert window.windowTitle().endswith("[Read-Only]")
    assert "Read-only" in window.read_only_label.text()
    assert not window.settings_action.isEnabled() and not window.import_action.isEnabled()
    assert window.export_action.isEnabled() and window.copy_action.isEnabled()
    assert not window.meetings_section.pane.add_button.isEnabled()
    assert Delegation.select().count() == 6  # readable
    assert len(list_backups(paths.backups_dir())) == backups  # nothing written, not even a backup


def test_a_second_running_app_on_the_same_file_gets_it_read_only(
    window, sample_template, tmp_path, script
):
    path = tmp_path / "astana.summit"
    path.write_bytes(sample_template.read_bytes())
    env = child_environment(
        QT_QPA_PLATFORM="offscreen",
        SUMMIT_PLANNER_DATA_DIR=str(tmp_path / "first-app-data"),
        XDG_CONFIG_HOME=str(tmp_path / "first-app-config"),
    )
    first = subprocess.Popen(
        [sys.executable, str(ROOT / "main.py"), str(path)],
        env=env,
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 60
        while not lock_path(path).exists():
            assert first.poll() is None and time.monotonic() < deadline, "the app did not start"
            time.sleep(0.05)
        assert window.open_path(path)
        assert window.document.readonly
        assert f"(process {first.pid})" in script.questions[0]
    finally:
        first.kill()
        first.wait()


def test_declining_read_only_keeps_what_was_open(
    window, sample_summit, sample_template, tmp_path, holder, script
):
    window.open_path(sample_summit)
    busy = tmp_path / "busy.summit"
    busy.write_bytes(sample_template.read_bytes())
    holder(busy)
    script.confirm_answer = False
    assert not window.open_path(busy)
    assert window.document.path == sample_summit.resolve() and not window.document.readonly


def test_a_lock_left_by_a_killed_app_is_taken_over_without_asking(
    window, sample_template, tmp_path, holder, script
):
    path = tmp_path / "astana.summit"
    path.write_bytes(sample_template.read_bytes())
    other = holder(path)
    other.send_signal(signal.SIGKILL)
    other.wait()
    assert lock_path(path).exists()  # the crashed app could not clean up
    assert window.open_path(path)
    assert script.questions == [] and not window.document.readonly
    window.close_document()
    assert not lock_path(path).exists()  # released on close


def test_the_open_summit_is_locked_against_other_copies(window, sample_summit, tmp_path):
    window.open_path(sample_summit)
    result = subprocess.run(
        [sys.executable, "-c", HOLD, str(sample_summit)],
        input="\n",
        capture_output=True,
        text=True,
        env=child_environment(),
        cwd=ROOT,
        timeout=60,
    )
    assert result.stdout.strip() == "refused"


def test_changes_are_backed_up_at_most_once_per_interval(window, sample_summit, qtbot):
    folder = paths.backups_dir()
    opened_before = len(list_backups(folder))
    window.open_path(sample_summit)
    taken = len(list_backups(folder))
    assert taken == opened_before + 1  # on open
    document = window.document
    document.backup_interval = 0.2
    qtbot.wait(300)
    assert len(list_backups(folder)) == taken  # no change, no backup
    AgendaIssue.update(title="Changed").where(AgendaIssue.id == 1).execute()
    document.notify("issue")
    document.notify("issue")
    qtbot.waitUntil(lambda: len(list_backups(folder)) == taken + 1, timeout=5000)
    qtbot.wait(400)
    assert len(list_backups(folder)) == taken + 1  # two changes, one backup
    newest = list_backups(folder)[0]
    assert newest.path.stat().st_mode & 0o777 == 0o600


def test_restore_from_backup_opens_a_new_file_and_leaves_the_open_one(
    window, sample_summit, tmp_path, script
):
    window.open_path(sample_summit)  # backed up with 24 meetings
    AgendaIssue.delete().where(AgendaIssue.id > 10).execute()
    before = digest(sample_summit)
    script.save_path = tmp_path / "restored.summit"
    script.prepare = lambda dialog: dialog.restore_button.click()
    window.restore_action.trigger()
    assert window.document.path == script.save_path.resolve()
    assert AgendaIssue.select().count() == 32
    assert digest(sample_summit) == before


def test_a_backup_is_never_restored_over_the_open_summit(window, sample_summit, script):
    window.open_path(sample_summit)
    before = digest(sample_summit)
    script.save_path = sample_summit
    script.prepare = lambda dialog: dialog.restore_button.click()
    window.restore_action.trigger()
    assert script.errors and "cannot be restored over the summit that is open" in script.errors[0]
    assert digest(sample_summit) == before
    assert window.document.path == sample_summit.resolve()


def test_a_damaged_file_is_left_alone_and_its_newest_good_backup_offered(
    window, sample_template, tmp_path, script
):
    path = tmp_path / "astana.summit"
    path.write_bytes(sample_template.read_bytes())
    window.open_path(path)
    window.close_document()
    data = bytearray(path.read_bytes())
    middle = len(data) // 2
    data[middle : middle + 4096] = bytes(b ^ 0xFF for b in data[middle : middle + 4096])
    path.write_bytes(bytes(data))
    damaged = digest(path)
    script.save_path = tmp_path / "recovered.summit"
    assert not window.open_path(path)
    (question,) = script.questions
    assert "is damaged" in question and "newest good backup" in question
    assert "24 meetings" in question
    assert digest(path) == damaged
    assert window.document.path == script.save_path.resolve()
    assert backup_counts(script.save_path)["meeting"] == 24
