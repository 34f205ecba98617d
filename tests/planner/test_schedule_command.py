"""`summit-planner schedule`: JSON as documented, --dry-run changes nothing."""

import json

import main
from planner.summit_file import close_summit_file, open_summit_file


def starts(path):
    from planner.meeting_facts import load_facts

    open_summit_file(path, readonly=True)
    try:
        return {m.id: (m.start, m.room_id) for m in load_facts()}
    finally:
        close_summit_file()


def test_schedule_dry_run_json_then_apply(summit, capsys):
    before = starts(summit)
    code = main.main(["schedule", str(summit), "--dry-run", "--json", "--time-limit", "2"])
    assert code == 1  # the sample's two clashing confirmed meetings stay: errors are left
    report = json.loads(capsys.readouterr().out)
    assert set(report) == {"placed", "moved", "unplaced", "violations", "seconds"}
    assert report["placed"] == 1 and report["violations"] == 2
    (move,) = report["moved"]
    assert set(move) >= {"meeting", "from", "to", "reason"}
    assert move["meeting"].startswith("KZ–KG ministers")
    assert starts(summit) == before  # a dry run writes nothing

    code = main.main(["schedule", str(summit), "--repair", "--allow-confirmed",
                      "--time-limit", "2"])
    out = capsys.readouterr().out
    assert code == 0, out
    assert "0 errors left (2 before)." in out
    after = starts(summit)
    assert sum(after[k] != before[k] for k in before) >= 1
