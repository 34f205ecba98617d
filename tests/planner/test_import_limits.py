"""Hostile imports are bounded or refused in a sentence, and every limit is reported with its
row. The files have the shapes of the full-size ones measured by tests/perf/hostile_imports.py,
made smaller (or the limit lowered) so that each test takes a moment."""

import json
import os
import subprocess
import sys
import zipfile

import pytest

import main
from db.models import AgendaIssue, Meeting
from planner.importing import bounds, text_reading, workbook_reading
from planner.importing.issue_import import commit_issue_import, plan_issue_import
from planner.importing.meeting_import import commit_meeting_import, plan_meeting_import
from planner.importing.reading import ImportRefused, read_file
from planner.summit_file import close_summit_file
from tests.planner import hostile_files as hostile


def one_sentence(error: pytest.ExceptionInfo, name: str) -> str:
    text = str(error.value)
    assert name in text and "\n" not in text and text.endswith(".")
    return text


def lower(monkeypatch, **limits) -> None:
    """Lower limits wherever they are read."""
    for module in (bounds, workbook_reading, text_reading):
        for limit, value in limits.items():
            if hasattr(module, limit):
                monkeypatch.setattr(module, limit, value)


# Workbooks


def test_a_sheet_claiming_every_cell_is_read_by_its_cells(tmp_path, monkeypatch):
    path = hostile.lying_dimension(tmp_path / "dimension.xlsx", rows=40_000)
    widths: list[int] = []
    offered = bounds.TableReader.add

    def add(self, number, row, *args, **kwargs):
        widths.append(len(row))
        return offered(self, number, row, *args, **kwargs)

    monkeypatch.setattr(bounds.TableReader, "add", add)
    sheet = read_file(path)[0]
    assert len(sheet.rows) == 40_001 and sheet.rows[-1] == ["IMP-40001", "Issue 40001"]
    # Sized by its claim, every row was 16,384 cells (8 s for these 40,000 rows; the time
    # of the full-size file is measured by tests/perf/hostile_imports.py): rows are as wide
    # as the cells they hold.
    assert max(widths) == 2


def test_a_styles_bomb_is_refused_before_openpyxl_parses_it(tmp_path, monkeypatch):
    lower(monkeypatch, MAX_STYLES=500)
    path = hostile.styles_bomb(tmp_path / "styles.xlsx", records=4 * 600)
    with pytest.raises(ImportRefused) as refused:
        read_file(path)
    assert "more than 500 styles (fonts)" in one_sentence(refused, "styles.xlsx")
    assert read_file(hostile.styles_bomb(tmp_path / "fine.xlsx", records=4 * 400))[0].rows


def test_too_many_shared_strings_are_refused(tmp_path, monkeypatch):
    lower(monkeypatch, MAX_SHARED_STRINGS=1_000)
    path = hostile.many_shared_strings(tmp_path / "strings.xlsx", count=1_001)
    with pytest.raises(ImportRefused) as refused:
        read_file(path)
    assert "more than 1,000 texts" in one_sentence(refused, "strings.xlsx")
    sheet = read_file(hostile.many_shared_strings(tmp_path / "fine.xlsx", count=1_000))[0]
    assert sheet.rows[0] == ["s0", "s1"] and sheet.rows[9] == ["s9", "s10"]


def test_shared_rich_text_is_read_without_its_phonetic_guide(tmp_path):
    rows = [
        f'<row r="{n}"><c r="A{n}" t="s"><v>{2 * n - 2}</v></c>'
        f'<c r="B{n}" t="s"><v>{2 * n - 1}</v></c></row>'
        for n in (1, 2)
    ]
    plain = hostile.write_workbook(tmp_path / "plain.xlsx", rows, shared=["x"] * 4)
    rich = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        f'<sst xmlns="{hostile.MAIN}"><si><t>Code</t></si><si><t>Title</t></si>'
        "<si><t>ECO-60</t></si><si><r><t>Газо</t></r><r><rPr><b/></rPr><t>провод</t></r>"
        "<rPh sb='0' eb='1'><t>ガス</t></rPh></si></sst>"
    )
    path = tmp_path / "rich.xlsx"
    with (
        zipfile.ZipFile(plain) as source,
        zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out,
    ):
        for item in source.infolist():
            data = source.read(item)
            out.writestr(item, rich if item.filename == "xl/sharedStrings.xml" else data)
    assert read_file(path)[0].rows == [["Code", "Title"], ["ECO-60", "Газопровод"]]


def test_a_sheet_thousands_of_columns_wide_is_refused(tmp_path):
    path = hostile.wide_sheet(tmp_path / "columns.xlsx", columns=16_384, rows=3)
    with pytest.raises(ImportRefused) as refused:
        read_file(path)
    text = one_sentence(refused, "columns.xlsx")
    assert "more than 200 columns (as far as column XFD in row 3)" in text


def test_values_beyond_the_last_column_read_are_reported(tmp_path):
    path = hostile.wide_sheet(tmp_path / "wide.xlsx", columns=210, rows=3)
    sheet = read_file(path)[0]
    assert len(sheet.rows[1]) == 200
    assert sheet.notes == [
        (2, 201, "Values after column GR were not read: at most 200 columns are imported.")
    ]


def test_a_long_sheet_reports_the_row_where_reading_stopped(sample_summit, tmp_path, monkeypatch):
    lower(monkeypatch, MAX_ROWS=1_000)
    path = hostile.long_sheet(tmp_path / "rows.xlsx", rows=1_500)
    plan = plan_issue_import(path)
    assert plan.count("create") == 999
    (problem,) = plan.problems
    assert problem.row == 1_001 and problem.sheet == "Issues"
    assert problem.message.startswith("Reading stopped after row 1,000:")


def test_a_sheet_of_too_many_values_stops_with_a_problem(sample_summit, tmp_path, monkeypatch):
    lower(monkeypatch, MAX_VALUES=1_000)
    plan = plan_issue_import(hostile.long_sheet(tmp_path / "values.xlsx", rows=800))
    assert plan.count("create") == 499  # 2 values a row: row 501 would make 1,002
    assert [(p.row, p.message.split(":")[0]) for p in plan.problems] == [
        (501, "Reading stopped at row 501")
    ]


def test_the_command_line_prints_the_limit_with_its_row(
    sample_summit, tmp_path, monkeypatch, capsys
):
    lower(monkeypatch, MAX_ROWS=300)
    path = hostile.long_sheet(tmp_path / "rows.xlsx", rows=400)
    close_summit_file()
    assert main.main(["import", str(sample_summit), str(path), "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "299 created" in out and "row 301: Reading stopped after row 300" in out


# Text files


def test_a_csv_line_of_99_megabytes_of_commas_is_refused(tmp_path, monkeypatch):
    lower(monkeypatch, MAX_LINE=100_000)
    path = hostile.commas_csv(tmp_path / "commas.csv", megabytes=1)
    with pytest.raises(ImportRefused) as refused:
        read_file(path)
    assert "Line 2 of commas.csv is longer than 100,000 characters" in one_sentence(
        refused, "commas.csv"
    )


def test_lines_of_commas_end_as_an_empty_table(tmp_path):
    path = hostile.commas_csv(tmp_path / "commas.csv", megabytes=2, line=1_000)
    sheet = text_reading.read_text(path)
    assert sheet.rows == [["Code", "Title"]]
    assert sheet.notes[0][:2] == (1_002, 0) and "after 1,000 empty rows" in sheet.notes[0][2]


def test_a_long_csv_reports_the_row_where_reading_stopped(tmp_path, monkeypatch):
    lower(monkeypatch, MAX_ROWS=50)
    path = tmp_path / "long.csv"
    path.write_text("Code,Title\n" + "".join(f"E-{n},Issue {n}\n" for n in range(80)))
    sheet = read_file(path)[0]
    assert len(sheet.rows) == 50 and sheet.notes[0][0] == 51


def test_a_stray_byte_in_utf8_is_reported_at_its_row_and_column(sample_summit, tmp_path):
    plan = plan_issue_import(hostile.stray_byte_csv(tmp_path / "list.csv"))
    titles = [row.values["title"] for row in plan.rows]
    assert titles == ["Транспортный коридор", "Газопровод \ufffd", "Водные ресурсы"]
    (problem,) = plan.problems
    assert (problem.row, problem.column) == (3, "B") and "not UTF-8" in problem.message


def test_a_lone_high_byte_in_ascii_is_not_taken_for_windows_1251(tmp_path):
    path = tmp_path / "list.csv"
    path.write_bytes(b"Code,Title\nECO-55,Rail\xfffreight\n")
    sheet = read_file(path)[0]
    assert sheet.rows[1] == ["ECO-55", "Rail\ufffdfreight"] and sheet.notes[0][:2] == (2, 2)


def test_windows_1251_with_marks_that_look_like_utf8_stays_windows_1251(tmp_path):
    # "М»" and "Ё" after a capital are valid UTF-8 pairs in Windows-1251 bytes
    text = "Код;Тема\r\nECO-56;ПАО «ГАЗПРОМ» и ООО «ТРАНСНЕФТЬ»\r\nECO-57;ЁЛКА — №1\r\n"
    path = tmp_path / "list.csv"
    path.write_bytes(text.encode("cp1251"))
    sheet = read_file(path)[0]
    assert sheet.rows[1][1] == "ПАО «ГАЗПРОМ» и ООО «ТРАНСНЕФТЬ»" and not sheet.notes


def test_utf16_with_an_odd_byte_count_reads_what_is_valid(sample_summit, tmp_path):
    plan = plan_issue_import(hostile.odd_utf16_csv(tmp_path / "list.csv"))
    assert [row.values["title"] for row in plan.rows] == ["Rail freight", "Транзи\ufffd"]
    (problem,) = plan.problems
    assert (problem.row, problem.column) == (3, "B") and "not UTF-16" in problem.message


# Not a file


def run_cli(*args: str) -> subprocess.CompletedProcess:
    """The command line in a process of its own, killed if it hangs."""
    script = "import sys, main; sys.exit(main.main(sys.argv[1:]))"
    return subprocess.run(
        [sys.executable, "-c", script, *args],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=os.getcwd(),
    )


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="FIFOs are a POSIX thing")
def test_a_fifo_is_refused_as_the_source_and_as_the_summit_file(sample_summit, tmp_path):
    fifo = tmp_path / "list.csv"
    os.mkfifo(fifo)
    close_summit_file()
    imported = run_cli("import", str(sample_summit), str(fifo))
    assert imported.returncode == 1
    assert "list.csv is not a regular file" in imported.stderr
    summit = tmp_path / "received.summit"
    os.mkfifo(summit)
    for command in (["info", str(summit)], ["check", str(summit)]):
        result = run_cli(*command)
        assert result.returncode != 0 and "Traceback" not in result.stderr
        assert "received.summit is not a regular file" in result.stderr


# A dry run finds everything the import would refuse

PROGRAMME = (
    "Day;Start;End;Meeting;Delegations\n"
    "0001-01-01;00:30;01:30;Before the calendar;KZ, CN\n"
    "16.06.2025;10:00;10:02;Two minutes;KZ, UZ\n"
    "01.01.2030;10:00;11:00;After the summit;KZ, UZ\n"
    "16.06.2025;15:00;16:00;Energy ministers;KZ, UZ\n"
)


def test_a_dry_run_rejects_the_rows_the_commit_would_refuse(sample_summit, tmp_path):
    path = tmp_path / "programme.csv"
    path.write_text(PROGRAMME, encoding="utf-8")
    before = Meeting.select().count()
    plan = plan_meeting_import(path)
    assert [row.action for row in plan.rows] == ["skip", "skip", "skip", "create"]
    where = [(p.row, p.column.split(" ")[0]) for p in plan.problems]
    assert where == [(2, "A"), (3, "C"), (4, "A")]
    assert "outside the summit" in plan.problems[0].message
    assert "A meeting lasts from 5 minutes" in plan.problems[1].message
    commit_meeting_import(plan)
    assert Meeting.select().count() == before + 1


def test_the_command_line_dry_run_and_import_agree(sample_summit, tmp_path, capsys):
    path = tmp_path / "programme.csv"
    path.write_text(PROGRAMME, encoding="utf-8")
    close_summit_file()
    common = ["import", str(sample_summit), str(path), "--kind", "meetings", "--json"]
    assert main.main([*common, "--dry-run"]) == 0
    dry = json.loads(capsys.readouterr().out)
    assert main.main(common) == 0
    real = json.loads(capsys.readouterr().out)
    assert dry == real and (real["created"], real["skipped"]) == (1, 3)


def test_an_issue_renumbered_by_the_import_keeps_its_code_from_new_issues(sample_summit, tmp_path):
    taken = {code for (code,) in AgendaIssue.select(AgendaIssue.code).tuples()}
    number = max(int(c[4:]) for c in taken if c.startswith("ECO-")) + 1
    existing = AgendaIssue.get(AgendaIssue.code == "ECO-01")
    path = tmp_path / "list.csv"
    path.write_text(
        f"Code,Title,Track\nECO-{number:02d},{existing.title},Economic\n,A new issue,Economic\n",
        encoding="utf-8",
    )
    plan = plan_issue_import(path)
    assert [row.action for row in plan.rows] == ["update", "create"]
    commit_issue_import(plan)
    assert AgendaIssue.get_by_id(existing.id).code == f"ECO-{number:02d}"
    assert AgendaIssue.get(AgendaIssue.title == "A new issue").code == f"ECO-{number + 1:02d}"


@pytest.mark.parametrize(
    "part", ["xl/sharedStrings.xml", "xl/styles.xml", "xl/worksheets/sheet1.xml"]
)
def test_a_document_type_in_any_part_we_stream_is_refused(tmp_path, part):
    plain = hostile.many_shared_strings(tmp_path / "plain.xlsx", count=20)
    bomb = (
        '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaaaaaaaa">'
        '<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>'
        f'<sst xmlns="{hostile.MAIN}"><si><t>&b;</t></si></sst>'
    )
    path = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(plain) as source, zipfile.ZipFile(path, "w") as out:
        for item in source.infolist():
            out.writestr(item, bomb if item.filename == part else source.read(item))
    with pytest.raises(ImportRefused) as refused:
        read_file(path)
    assert "XML that is not allowed" in one_sentence(refused, "bomb.xlsx")
