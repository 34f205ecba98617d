"""Work behind the window: the garbage collector waits while it runs (its full collections
would stop the window), and progress reaches the window at a pace it can draw."""

import gc

from ui import background
from ui.background import BackgroundTask


def run(qtbot, function):
    task = BackgroundTask(function)
    heard = []
    task.progressed.connect(heard.append)
    with qtbot.waitSignal(task.done, timeout=10_000) as done:
        task.start()
    return done.args[0], heard


def test_the_collector_waits_while_work_runs_and_what_it_made_is_frozen(qtbot):
    assert gc.isenabled()
    frozen = gc.get_freeze_count()

    def work(_progress):
        made = [[index] for index in range(10_000)]  # enough to set off collections
        return gc.isenabled(), len(made)

    (enabled_during, made), _heard = run(qtbot, work)
    assert not enabled_during and made == 10_000
    assert gc.isenabled()  # running again once the work ended
    assert gc.get_freeze_count() > frozen  # a collection now would not go through it all
    gc.unfreeze()


def test_a_collector_turned_off_before_stays_off(qtbot):
    gc.disable()
    try:
        run(qtbot, lambda _progress: None)
        assert not gc.isenabled()
    finally:
        gc.enable()
        gc.unfreeze()


def test_progress_is_passed_on_at_a_pace_with_every_phase_begun_and_ended(qtbot, monkeypatch):
    monkeypatch.setattr(background, "PROGRESS_INTERVAL_S", 3600)  # rows: not so soon again

    def work(progress):
        for done in range(0, 10_001, 10):
            progress(("create", done, 10_000))
        for done in range(0, 501, 10):
            progress(("update", done, 500))
        for rows in range(1_000):
            progress(rows)

    _result, heard = run(qtbot, work)
    assert heard == [
        *(("create", done, 10_000) for done in range(0, 10_001, 500)),  # each twentieth
        *(("update", done, 500) for done in range(0, 501, 30)),
        ("update", 500, 500),  # its end
    ]  # and no count of rows: the last report was less than an hour before
    gc.unfreeze()
