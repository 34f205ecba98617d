"""Importing issue lists: the shapes colleagues really send, and hostile files."""

import hashlib
import io
import json
import zipfile
from datetime import date, datetime
from pathlib import Path

import pytest
from openpyxl import Workbook

import main
from db.models import AgendaIssue, Delegation, Track
from planner.importing.issue_import import ISSUE_IMPORT, commit_issue_import, plan_issue_import
from planner.importing.reading import ImportRefused, read_file


def save(workbook: Workbook, path: Path) -> Path:
    workbook.save(path)
    return path


def russian_list(path: Path) -> Path:
    """A title row merged over the columns, a blank row, then Russian headers."""
    book = Workbook()
    sheet = book.active
    sheet.title = "Вопросы"
    sheet["A1"] = "Перечень вопросов к саммиту Центральная Азия – Китай"
    sheet.merge_cells("A1:F1")
    sheet.append([])
    sheet.append(["№", "Вопрос", "Направление", "Приоритет", "Ответственный", "Срок", "Описание"])
    sheet.append(
        [
            "ECO-06",
            "Газопровод «Линия D»",
            "Economic",
            "высокий",
            "Туркменистан",
            "16.06.2025",
            '=A4&" (formula)"',
        ]
    )
    sheet.append(
        [
            None,
            "Водные ресурсы Сырдарьи",
            "Ecology",
            "средний",
            "Узбекистан",
            datetime(2025, 6, 17),
            None,
        ]
    )
    sheet.append([])
    sheet.append([None, "Цифровой шёлковый путь", "Цифровизация", "низкий", "Китай", 45825, None])
    return save(book, path)


def test_russian_headers_under_a_merged_title_row(sample_summit, tmp_path):
    plan = plan_issue_import(russian_list(tmp_path / "issues.xlsx"))
    assert plan.header.row == 3
    assert set(plan.mapping.values()) >= {"code", "title", "track", "priority", "lead_delegation"}
    assert [r.action for r in plan.rows] == ["update", "create", "create"]
    assert plan.new_tracks == ["Цифровизация"]
    line_d, water, digital = (r.values for r in plan.rows)
    assert line_d["priority"] == "high" and line_d["due_date"] == date(2025, 6, 16)
    assert line_d["lead_delegation"] == Delegation.get(Delegation.code == "TM").id
    assert not str(line_d["description"]).startswith("=")  # a formula is never imported
    assert water["due_date"] == date(2025, 6, 17)
    assert digital["due_date"] == date(2025, 6, 17)  # an Excel day number
    undo, _redo = commit_issue_import(plan)
    assert AgendaIssue.get(AgendaIssue.title == "Водные ресурсы Сырдарьи").code == "ENV-03"
    assert AgendaIssue.get(AgendaIssue.code == "ECO-06").title == "Газопровод «Линия D»"
    ISSUE_IMPORT.put(undo)
    assert not Track.select().where(Track.name == "Цифровизация").exists()
    assert AgendaIssue.get(AgendaIssue.code == "ECO-06").title.startswith("Gas pipeline Line D")


def test_windows_1251_semicolons(sample_summit, tmp_path):
    text = "Код;Тема;Направление;Статус\r\nPOL-07;Безопасность границ;Political;на согласовании\r\n"
    path = tmp_path / "list.csv"
    path.write_bytes(text.encode("cp1251"))
    plan = plan_issue_import(path)
    assert plan.rows[0].values["title"] == "Безопасность границ"
    assert plan.rows[0].values["status"] == "under_negotiation"


def test_utf8_bom_with_embedded_newlines(sample_summit, tmp_path):
    text = (
        "Code,Title,Track,Description\r\n"
        'SOC-07,"Youth, exchanges","Social","Line one\nline two"\r\n'
    )
    path = tmp_path / "bom.csv"
    path.write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))
    plan = plan_issue_import(path)
    assert plan.rows[0].values["title"] == "Youth, exchanges"
    assert plan.rows[0].values["description"] == "Line one\nline two"


def test_chinese_headers(sample_summit, tmp_path):
    book = Workbook()
    book.active.append(["编号", "议题", "领域", "优先级", "牵头方"])
    book.active.append(["ECO-19", "数字经济合作", "Economic", "高", "中国"])
    plan = plan_issue_import(save(book, tmp_path / "zh.xlsx"))
    values = plan.rows[0].values
    assert values["priority"] == "high"
    assert values["lead_delegation"] == Delegation.get(Delegation.code == "CN").id


def test_duplicates_blank_rows_and_bad_values_are_reported(sample_summit, tmp_path):
    text = (
        "Code,Title,Priority,Due\n"
        "ECO-30,First version,urgent,someday\n"
        "\n"
        ",,,\n"
        "ECO-30,Second version,low,2025-06-16\n"
    )
    path = tmp_path / "dups.csv"
    path.write_text(text, encoding="utf-8")
    plan = plan_issue_import(path)
    assert [r.action for r in plan.rows] == ["skip", "create"]
    messages = [p.message for p in plan.problems]
    assert any("Row 5 repeats row 2; the later row is imported." in m for m in messages)
    assert any("“urgent” is not a known priority" in m for m in messages)
    assert any("“someday” is not a date" in m for m in messages)
    assert all(p.row in (2, 5) for p in plan.problems)
    assert {p.column for p in plan.problems} >= {"C (Priority)", "D (Due)"}


def test_mapping_overrides(sample_summit, tmp_path):
    path = tmp_path / "odd.csv"
    path.write_text("Ref,Wording,Track\nX-1,Caspian ferries,Economic\n", encoding="utf-8")
    with pytest.raises(ImportRefused, match="title"):
        plan_issue_import(path)
    plan = plan_issue_import(path, overrides={"Wording": "title"})
    assert plan.rows[0].values["title"] == "Caspian ferries"
    ignored = plan_issue_import(path, overrides={"Wording": "title", "Ref": ""})
    assert "code" not in ignored.rows[0].values


def test_a_failed_commit_changes_nothing(sample_summit, tmp_path, monkeypatch):
    plan = plan_issue_import(russian_list(tmp_path / "issues.xlsx"))
    before = sorted(AgendaIssue.select().dicts(), key=lambda r: r["id"])

    def broken(*_args, **_kwargs):
        raise RuntimeError("disk full")

    import planner.importing.issue_import as importer

    monkeypatch.setattr(importer, "issue_tuple", broken)  # fails after tracks and updates
    with pytest.raises(RuntimeError):
        commit_issue_import(plan)
    assert sorted(AgendaIssue.select().dicts(), key=lambda r: r["id"]) == before
    assert not Track.select().where(Track.name == "Цифровизация").exists()


# Hostile and broken files


def xlsx_bytes(**cells) -> bytes:
    book = Workbook()
    book.active.append(["Code", "Title"])
    for ref, value in cells.items():
        book.active[ref] = value
    stream = io.BytesIO()
    book.save(stream)
    return stream.getvalue()


def replace_part(data: bytes, part: str, content: bytes) -> bytes:
    source, target = zipfile.ZipFile(io.BytesIO(data)), io.BytesIO()
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as out:
        for item in source.infolist():
            out.writestr(item, content if item.filename == part else source.read(item))
    return target.getvalue()


BOMB = b"""<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">
<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>
<row r="1"><c r="A1" t="inlineStr"><is><t>&lol3;</t></is></c></row></sheetData></worksheet>"""
EXTERNAL = b"""<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>
<row r="1"><c r="A1" t="inlineStr"><is><t>&e;</t></is></c></row></sheetData></worksheet>"""


def zip_bomb() -> bytes:
    data = xlsx_bytes()
    return replace_part(data, "xl/worksheets/sheet1.xml", b" " * 300_000_000)


@pytest.mark.parametrize(
    ("content", "words"),
    [
        (b"\x00\x01\x02 binary junk \x00" * 50, "not a spreadsheet"),
        (b"", "empty"),
        (xlsx_bytes()[:900], "damaged or incomplete"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600, "password-protected"),
        (replace_part(xlsx_bytes(), "xl/worksheets/sheet1.xml", BOMB), "not allowed"),
        (replace_part(xlsx_bytes(), "xl/worksheets/sheet1.xml", EXTERNAL), "not allowed"),
        (b"PK\x03\x04" + b"\x00" * 100, "damaged or incomplete"),
    ],
)
def test_hostile_files_end_in_one_sentence(tmp_path, sample_summit, content, words):
    path = tmp_path / "incoming.xlsx"
    path.write_bytes(content)
    before = hashlib.sha256(sample_summit.read_bytes()).hexdigest()
    with pytest.raises(ImportRefused) as refused:
        plan_issue_import(path)
    assert words in str(refused.value) and "\n" not in str(refused.value)
    assert hashlib.sha256(sample_summit.read_bytes()).hexdigest() == before


def test_a_zip_bomb_is_refused_before_unpacking(tmp_path):
    path = tmp_path / "bomb.xlsx"
    path.write_bytes(zip_bomb())
    assert path.stat().st_size < 2_000_000
    with pytest.raises(ImportRefused, match="zip bomb"):
        read_file(path)


def test_a_far_away_cell_and_huge_or_control_text_are_bounded(tmp_path):
    book = Workbook()
    sheet = book.active
    sheet.append(["Code", "Title"])
    sheet.append(["ECO-40", "Long" + "x" * 40_000])
    sheet["XFD1048576"] = "far away"
    path = save(book, tmp_path / "far.xlsx")
    sheets = read_file(path)
    rows = sheets[0].rows
    assert len(rows[0]) <= 200  # columns are bounded
    assert len(rows[1][1]) <= 32_767
    csv_path = tmp_path / "bell.csv"
    long_text = "y" * 40_000
    csv_path.write_text(
        f"Code,Title\nECO-41,Bell\x07 and\x1b escape\nECO-42,{long_text}\n", encoding="utf-8"
    )
    table = read_file(csv_path)[0]
    assert table.rows[1][1] == "Bell and escape"
    assert len(table.rows[2][1]) == 32_767
    assert any("cut to 32767" in note for _, _, note in table.notes)


def test_command_line_dry_run_and_import(sample_summit, tmp_path, capsys):
    source = russian_list(tmp_path / "issues.xlsx")
    before = AgendaIssue.select().count()
    from planner.summit_file import close_summit_file

    close_summit_file()
    assert main.main(["import", str(sample_summit), str(source), "--dry-run", "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert (report["kind"], report["created"], report["updated"]) == ("issues", 2, 1)
    assert (
        set(report["problems"][0]) == {"sheet", "row", "column", "message"}
        if report["problems"]
        else True
    )
    from planner.summit_file import open_summit_file

    open_summit_file(sample_summit)
    assert AgendaIssue.select().count() == before
    close_summit_file()
    assert main.main(["import", str(sample_summit), str(source)]) == 0
    assert "2 created, 1 updated" in capsys.readouterr().out
    open_summit_file(sample_summit)
    assert AgendaIssue.select().count() == before + 2


def test_command_line_refusal_and_usage(sample_summit, tmp_path, capsys):
    from planner.summit_file import close_summit_file

    close_summit_file()
    empty = tmp_path / "empty.csv"
    empty.touch()
    assert main.main(["import", str(sample_summit), str(empty)]) == 1
    assert "empty" in capsys.readouterr().err
    with pytest.raises(SystemExit) as usage:
        main.main(["import", str(sample_summit)])
    assert usage.value.code == 2
