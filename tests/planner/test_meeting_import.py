"""Importing the host's programme of meetings."""

import json
from datetime import datetime

import main
from db.models import Meeting, Room
from planner.importing.meeting_import import (
    MEETING_IMPORT,
    commit_meeting_import,
    plan_meeting_import,
)
from planner.meeting_records import fetch_draft

PROGRAMME = (
    "Программа;;;;;;;\n"
    "День;Начало;Окончание;Мероприятие;Участники;Зал;Уровень;Статус\n"
    "16.06.2025;08:00;09:30;Deputy foreign ministers: agenda and draft Astana Declaration;"
    "Казахстан, Китай, Кыргызстан, Таджикистан, Туркменистан, Узбекистан;Astana Hall;"
    "заместители министров;подтверждена\n"
    "17.06.2025;19:00;19:45;Встреча министров энергетики;KZ–UZ;Зал 5;министры;предварительно\n"
    ";;;;;;;\n"
    "17.06.2025;25:00;26:00;Ночная встреча;KZ;Altai Room;;\n"
)


def programme(tmp_path):
    path = tmp_path / "programme.csv"
    path.write_bytes(PROGRAMME.encode("cp1251"))
    return path


def test_the_hosts_programme_is_matched_checked_and_undone(sample_summit, tmp_path):
    before = Meeting.select().count()
    # refusing new rooms (--no-new-rooms): a meeting in a room the summit lacks gets none
    plan = plan_meeting_import(programme(tmp_path), new_rooms=False)
    assert [r.action for r in plan.rows] == ["update", "create", "skip"]
    messages = " ".join(p.message for p in plan.problems)
    assert "no room called “Зал 5”" in messages and "“25:00” is not a time" in messages
    new = plan.rows[1].values
    assert new["start"] == datetime(2025, 6, 17, 19, 0) and new["minutes"] == 45
    assert len(new["delegations"]) == 2 and new["level"] == "ministers"
    undo, redo = commit_meeting_import(plan)
    created = Meeting.get(Meeting.title == "Встреча министров энергетики")
    assert fetch_draft(created.id).status == "proposed" and created.room is None
    assert Meeting.select().count() == before + 1
    MEETING_IMPORT.put(undo)
    assert Meeting.select().count() == before
    MEETING_IMPORT.put(redo)
    assert Meeting.get_by_id(created.id).title == "Встреча министров энергетики"
    assert Room.select().where(Room.name == "Зал 5").count() == 0


def test_meetings_from_the_command_line(sample_summit, tmp_path, capsys):
    from planner.summit_file import close_summit_file

    close_summit_file()
    code = main.main(
        ["import", str(sample_summit), str(programme(tmp_path)), "--kind", "meetings", "--json"]
    )
    report = json.loads(capsys.readouterr().out)
    assert code == 0 and report["kind"] == "meetings"
    assert (report["created"], report["updated"], report["skipped"]) == (1, 1, 1)
