"""Start-up with an unusable data folder, and the log: the window always appears and says
what is wrong in one sentence; every log file, rotated or new, is readable by its owner only."""

from __future__ import annotations

import logging
import os
import sys

import pytest

from ui import app


@pytest.fixture
def fresh_logging(monkeypatch):
    """Whatever handlers a test adds to the root logger are closed and removed after it."""
    root = logging.getLogger()
    before, level = list(root.handlers), root.level
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # the window installs its own
    yield root
    for handler in root.handlers[len(before) :]:
        handler.close()
        root.removeHandler(handler)
    root.setLevel(level)


@pytest.fixture
def no_data_folder(tmp_path, monkeypatch):
    folder = tmp_path / "data-file"
    folder.write_text("a file where the data folder should be")
    monkeypatch.setenv("SUMMIT_PLANNER_DATA_DIR", str(folder))
    return folder


@pytest.fixture
def started(qtbot, settings, monkeypatch, fresh_logging):
    monkeypatch.setattr(app, "QSettings", lambda: settings)  # never the user's own settings

    def start(requested=None):
        window = app.start_window(requested)
        qtbot.addWidget(window)
        return window

    return start


def test_the_window_appears_and_names_an_unusable_data_folder(
    started, no_data_folder, script, capsys
):
    window = started()
    assert window.isVisible()
    (message,) = script.errors
    assert str(no_data_folder) in message and "SUMMIT_PLANNER_DATA_DIR" in message
    assert "is a file" in message
    logging.getLogger("summit_planner").warning("still logged")
    assert "still logged" in capsys.readouterr().err  # the log falls back to stderr
    assert "Details are below" in app.unexpected_error_text()  # not in a log that is not there
    assert no_data_folder.read_text().startswith("a file")


def test_a_file_opened_for_writing_says_why_it_cannot_be(
    started, no_data_folder, script, sample_template, tmp_path
):
    before = sample_template.read_bytes()
    window = started(sample_template)
    assert window.isVisible() and window.document is None
    (message,) = script.errors
    assert str(no_data_folder) in message and "SUMMIT_PLANNER_DATA_DIR" in message
    assert sample_template.read_bytes() == before


def test_a_usable_data_folder_opens_the_sample_and_logs_there(started, data_dir, script):
    window = started()
    assert script.errors == [] and window.document is not None
    assert app.log_path().parent == data_dir and app.log_path().exists()
    assert str(app.log_path()) in app.unexpected_error_text()


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX modes")
def test_log_files_stay_owner_only_through_rotation(data_dir, fresh_logging):
    data_dir.mkdir()
    path = app.log_path()
    path.write_text("an older log, left readable\n")
    path.chmod(0o644)
    old_mask = os.umask(0o022)
    try:
        handler = app.PrivateRotatingFileHandler(path, maxBytes=200, backupCount=2)
        fresh_logging.addHandler(handler)
        assert path.stat().st_mode & 0o777 == 0o600
        for n in range(20):
            logging.getLogger("summit_planner").warning("line %d with some summit text", n)
        handler.doRollover()
    finally:
        os.umask(old_mask)
    logs = sorted(data_dir.glob("summit-planner.log*"))
    assert [p.name for p in logs] == [
        "summit-planner.log",
        "summit-planner.log.1",
        "summit-planner.log.2",
    ]
    assert {p.stat().st_mode & 0o777 for p in logs} == {0o600}


def test_a_log_that_cannot_be_written_is_said_in_a_sentence(started, data_dir, script):
    app.log_path().mkdir(parents=True)  # a folder where the log file should be
    window = started(data_dir / "missing.summit")
    assert window.isVisible()
    assert len(script.errors) == 1 and "missing.summit" in script.errors[0]  # the file's own
    assert app.set_up_logging() == (
        f"The log {app.log_path()} cannot be written to (is a directory)."
    )
