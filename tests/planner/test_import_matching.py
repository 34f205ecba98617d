"""Import matching the summit's records by every name they have, unknown rooms created like
unknown tracks, and our own export imported again as unchanged."""

import json

import pytest
from openpyxl import Workbook

import main
from db.models import AgendaIssue, Delegation, LocalName, Meeting, Room, Track
from planner.errors import ValidationError
from planner.export.workbook import export_workbook
from planner.importing.countries import country_code
from planner.importing.issue_import import plan_issue_import
from planner.importing.kinds import KINDS
from planner.importing.meeting_import import (
    MEETING_IMPORT,
    commit_meeting_import,
    plan_meeting_import,
)
from planner.local_names import name_in, set_names
from planner.tracks import TrackOperations


def save(book: Workbook, path):
    book.save(path)
    book.close()
    return path


def programme_with_new_rooms(path):
    book = Workbook()
    book.active.append(["Дата", "Начало", "Окончание", "Мероприятие", "Участники", "Зал"])
    book.active.append(["17.06.2025", "09:00", "10:00", "Встреча по транзиту", "КНР, РК", "Hall X"])
    book.active.append(["17.06.2025", "09:30", "10:30", "Встреча по воде", "УЗ; Таджикистан",
                        "hall x"])  # fmt: skip
    book.active.append(["17.06.2025", "11:00", "12:00", "Пресс-подход", "Казахстан",
                        "Пресс-центр"])  # fmt: skip
    return save(book, path)


def test_unknown_rooms_are_created_listed_and_undone(sample_summit, tmp_path):
    rooms_before = Room.select().count()
    plan = plan_meeting_import(programme_with_new_rooms(tmp_path / "programme.xlsx"))
    assert plan.new_rooms == ["Hall X"]  # one room, however its name is cased
    transit, water, press = (r.values for r in plan.rows)
    assert transit["room_id"] == water["room_id"] == "Hall X"
    assert press["room_id"] == Room.get(Room.name == "Press Centre").id  # by its Russian name
    codes = dict(Delegation.select(Delegation.id, Delegation.code).tuples())
    assert [codes[d] for d in transit["delegations"]] == ["CN", "KZ"]
    undo, redo = commit_meeting_import(plan)
    hall = Room.get(Room.name == "Hall X")
    assert Meeting.get(Meeting.title == "Встреча по транзиту").room_id == hall.id
    assert Meeting.get(Meeting.title == "Встреча по воде").room_id == hall.id
    assert Room.select().count() == rooms_before + 1
    MEETING_IMPORT.put(undo)
    assert Room.select().count() == rooms_before
    assert not Meeting.select().where(Meeting.title == "Встреча по транзиту").exists()
    MEETING_IMPORT.put(redo)
    assert Meeting.get(Meeting.title == "Встреча по воде").room_id == hall.id


def test_an_unknown_room_can_be_taken_as_an_existing_one(sample_summit, tmp_path):
    path = programme_with_new_rooms(tmp_path / "programme.xlsx")
    plan = KINDS["meetings"].plan_file(path, rooms_as={"Hall X": "Grand Hall"})
    assert plan.new_rooms == []
    grand = Room.get(Room.name == "Grand Hall").id
    assert [r.values["room_id"] for r in plan.rows[:2]] == [grand, grand]
    refused = KINDS["meetings"].plan_file(path, new_rooms=False)
    assert refused.new_rooms == [] and refused.rows[0].values["room_id"] is None
    assert any("no room called “Hall X”" in p.message for p in refused.problems)


def test_the_command_line_lists_new_rooms_or_refuses_them(summit, tmp_path, capsys):
    source = programme_with_new_rooms(tmp_path / "programme.xlsx")
    args = ["import", str(summit), str(source), "--kind", "meetings", "--dry-run", "--json"]
    assert main.main(args) == 0
    assert json.loads(capsys.readouterr().out)["new_rooms"] == ["Hall X"]
    assert main.main([*args, "--no-new-rooms"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["new_rooms"] == [] and report["created"] == 3
    assert any("Hall X" in p["message"] for p in report["problems"])


def test_our_own_export_imported_again_is_unchanged(sample_summit, tmp_path):
    out = tmp_path / "briefing.xlsx"
    export_workbook(out)
    issues = KINDS["issues"].plan_file(out)
    assert issues.sheet == "Issues"
    assert issues.count("unchanged") == AgendaIssue.select().count()
    assert issues.count("create") + issues.count("update") == 0 and issues.new_tracks == []
    meetings = KINDS["meetings"].plan_file(out)  # no --sheet: the schedule is found
    assert meetings.sheet == "Schedule" and meetings.new_rooms == []
    assert meetings.count("unchanged") == Meeting.select().count()
    positions = KINDS["positions"].plan_file(out)
    assert positions.sheet == "Positions"
    assert positions.count("update") == 0 and positions.count("unchanged") > 0


def test_a_second_track_of_the_same_name_is_refused_in_every_alphabet(sample_summit):
    tracks = TrackOperations()
    for name in ("Экономика", "ЭКОНОМИКА", "economic", "经济", "Саясат"):
        with pytest.raises(ValidationError, match="already a track"):
            tracks.add({"name": name, "colour": "#123456"})
    new = tracks.add({"name": "Цифровизация", "colour": "#123456"})
    with pytest.raises(ValidationError, match="already a track"):
        tracks.add({"name": "ЦИФРОВИЗАЦИЯ", "colour": "#123456"})
    assert Track.get_by_id(new).name == "Цифровизация"


def test_names_in_a_language_fall_back_to_english(sample_summit):
    kz = Delegation.get(Delegation.code == "KZ").id
    assert name_in("delegation", kz, "ru") == "Казахстан"
    assert name_in("delegation", kz, "kk") == "Қазақстан"
    assert name_in("delegation", kz, "zh") == "哈萨克斯坦"
    assert name_in("delegation", kz, "en") == "Kazakhstan"
    economic = Track.get(Track.name == "Economic").id
    assert [name_in("track", economic, lang) for lang in ("ru", "zh", "kk")] == [
        "Экономика",
        "经济",
        "Экономика",
    ]
    press = Room.get(Room.name == "Press Centre").id
    assert name_in("room", press, "zh") == "新闻中心"
    hall = Room.create(name="Hall X")
    assert name_in("room", hall.id, "ru") == "Hall X"  # no Russian name: the English one
    set_names("room", hall.id, {"ru": "Зал Икс"})
    assert name_in("room", hall.id, "ru") == "Зал Икс"
    set_names("room", hall.id, {"ru": ""})  # an empty name removes it
    assert name_in("room", hall.id, "ru") == "Hall X"
    rooms = LocalName.select().where(LocalName.record_kind == "room")
    assert not rooms.where(LocalName.record_id == hall.id).exists()
    with pytest.raises(ValidationError, match="already a room"):
        set_names("room", hall.id, {"zh": "新闻中心"})


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Республика Казахстан", "KZ"),
        ("Қазақстан Республикасы", "KZ"),
        ("哈萨克斯坦共和国", "KZ"),
        ("Кыргызская Республика", "KG"),
        ("Кыргызстан", "KG"),
        ("Китайская Народная Республика", "CN"),
        ("КНР", "CN"),
        ("中华人民共和国", "CN"),
        ("People's Republic of China", "CN"),
        ("Республика Узбекистан", "UZ"),
        ("Республика Таджикистан", "TJ"),
        ("Туркменистан", "TM"),
        ("BRA", "BR"),
        ("Federal Republic of Germany", "DE"),
        ("Российская Федерация", "RU"),
    ],
)
def test_every_state_by_its_short_and_official_names(text, code):
    assert country_code(text) == code


def test_a_lead_by_an_official_name_or_iso_code_finds_the_delegation(sample_summit, tmp_path):
    book = Workbook()
    book.active.append(["Title", "Lead"])
    for lead in ("Қазақстан Республикасы", "KAZ", "Китайская Народная Республика", "Brazil"):
        book.active.append([f"Issue led by {lead}", lead])
    plan = plan_issue_import(save(book, tmp_path / "leads.xlsx"))
    codes = dict(Delegation.select(Delegation.id, Delegation.code).tuples())
    leads = [r.values["lead_delegation"] for r in plan.rows]
    assert [codes.get(lead) for lead in leads] == ["KZ", "KZ", "CN", None]
    assert any("“Brazil” is not a delegation" in p.message for p in plan.problems)


def test_a_deleted_room_takes_its_names_along_and_undo_brings_them_back(sample_summit):
    from planner import records

    hall = Room.create(name="Hall Y")
    set_names("room", hall.id, {"ru": "Зал Игрек", "zh": "Y厅"})
    plan = records.plan_deletion(Room, [hall.id])
    records.delete(plan)
    assert not LocalName.select().where(LocalName.name == "Зал Игрек").exists()
    again = Room.create(name="Hall Z")  # may take the same id: it must not inherit the names
    assert name_in("room", again.id, "ru") == "Hall Z"
    again.delete_instance()
    records.restore(plan)
    assert name_in("room", hall.id, "ru") == "Зал Игрек"


def test_a_programmes_levels_and_statuses_in_four_languages():
    from planner.importing.meeting_words import LEVEL_WORDS, STATUS_WORDS
    from planner.importing.values import word_to

    for text, level in (
        ("Главы государств", "heads_of_state"), ("元首", "heads_of_state"),
        ("Мемлекет басшылары", "heads_of_state"), ("Министрлер", "ministers"),
        ("部长级", "ministers"), ("Заместители министров", "deputy_ministers"),
        ("Сарапшылар", "senior_officials"),
    ):  # fmt: skip
        assert word_to(LEVEL_WORDS, text) == level, text
    for text, status in (
        ("Подтверждена", "confirmed"), ("Расталды", "confirmed"), ("已举行", "held"),
        ("Өтті", "held"), ("Болдырылмады", "cancelled"), ("Ұсынылды", "proposed"),
    ):  # fmt: skip
        assert word_to(STATUS_WORDS, text) == status, text


def test_the_command_line_names_the_rows_it_passed_over(summit, tmp_path, capsys):
    from tests.planner.test_import_shapes import official_list

    source = official_list(tmp_path / "list.xlsx", [[1, "Вопрос", "Экономика", "КНР", None, None]])
    assert main.main(["import", str(summit), str(source), "--dry-run", "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["passed_over"] == [
        {"row": 1, "reason": "a title row above the table"},
        {"row": 2, "reason": "a title row above the table"},
        {"row": 5, "reason": "a footer below the table"},
        {"row": 6, "reason": "a footer below the table"},
    ]
    assert (report["created"], report["new_tracks"]) == (1, [])
    assert main.main(["import", str(summit), str(source), "--dry-run"]) == 0
    assert "  row 5: passed over, a footer below the table." in capsys.readouterr().out
