"""Start-up: which summit the window opens first."""

from pathlib import Path

from planner.paths import sample_summit_path
from ui.app import first_summit


def test_first_run_creates_and_chooses_the_sample(settings):
    chosen = first_summit(settings, None)
    assert chosen == sample_summit_path() and chosen.exists()
    assert chosen.stat().st_mode & 0o777 == 0o600


def test_last_opened_file_wins_unless_the_sample_is_asked_for(settings, sample_summit):
    settings.setValue("lastFile", str(sample_summit))
    assert first_summit(settings, None) == sample_summit
    assert first_summit(settings, None, sample=True) == sample_summit_path()


def test_missing_last_file_falls_back_to_the_sample(settings, tmp_path):
    settings.setValue("lastFile", str(tmp_path / "gone.summit"))
    assert first_summit(settings, None) == sample_summit_path()


def test_a_requested_file_is_used_as_given(settings):
    assert first_summit(settings, Path("x.summit")) == Path("x.summit")


def test_log_file_is_private(data_dir):
    import logging

    from ui.app import log_path, set_up_logging

    root = logging.getLogger()
    handlers = list(root.handlers)
    try:
        set_up_logging()
        assert log_path().stat().st_mode & 0o777 == 0o600
    finally:
        for handler in root.handlers[len(handlers) :]:
            handler.close()
            root.removeHandler(handler)


def test_unexpected_errors_reach_the_user_as_a_message(qtbot, monkeypatch):
    import sys

    from PySide6.QtWidgets import QWidget

    from ui import app

    shown = []
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # restored after the test
    monkeypatch.setattr(
        app, "show_unexpected_error", lambda _parent, details: shown.append(details)
    )
    parent = QWidget()
    qtbot.addWidget(parent)
    app.install_error_hook(parent)
    try:
        raise RuntimeError("disk on fire")
    except RuntimeError:
        sys.excepthook(*sys.exc_info())
    assert len(shown) == 1 and "disk on fire" in shown[0]
