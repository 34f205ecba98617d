"""What a person reads in every exported sheet: labels, not codes; print set-up on every page;
Summary counts that agree with the sheets; external exports that keep the team's secrets."""

from __future__ import annotations

import re
from datetime import date

import openpyxl
import pytest

from db.models import Attendee, Meeting, Position, Summit
from planner.cli import run_command
from planner.errors import PlannerError
from planner.export.paper import A4, LETTER, paper_size
from planner.export.workbook import export_programme, export_workbook
from planner.labels import every_code
from planner.languages import use_language
from planner.summit_file import close_summit_file
from planner.timezones import utc_to_local

CODES = every_code()
# a stored word such as under_negotiation inside a longer text, or a count that is not English
CODE_IN_TEXT = re.compile(r"\b[a-z]+_[a-z_]+\b")
BAD_PLURAL = re.compile(r"\b1 [a-z]+s\b")


def every_cell(path) -> dict[str, list[list[object]]]:
    book = openpyxl.load_workbook(path, read_only=True)
    try:
        return {s.title: [list(r) for r in s.iter_rows(values_only=True)] for s in book}
    finally:
        book.close()


def texts(sheets: dict[str, list[list[object]]]) -> list[str]:
    return [v for rows in sheets.values() for row in rows for v in row if isinstance(v, str)]


def assert_no_codes(path) -> None:
    for text in texts(every_cell(path)):
        assert text not in CODES, text
        assert CODE_IN_TEXT.search(text) is None, text
        assert BAD_PLURAL.search(text) is None, text


def summary_of(path) -> dict[str, object]:
    rows = every_cell(path)["Summary"]
    return {row[0]: row[1] for row in rows[1:]}


@pytest.mark.parametrize("options", [{}, {"delegation": "CN"}, {"audience": "external"}])
def test_no_internal_code_in_any_cell(sample_summit, tmp_path, options):
    out = tmp_path / "out.xlsx"
    export_workbook(out, **options)
    assert_no_codes(out)


def test_every_sheet_prints_on_a4_with_the_summit_and_page_numbers(
    sample_summit, tmp_path, monkeypatch
):
    monkeypatch.setenv("LC_ALL", "kk_KZ.UTF-8")
    out = tmp_path / "out.xlsx"
    export_workbook(out)
    export_programme(tmp_path / "programme.xlsx", delegation="KZ")
    for path in (out, tmp_path / "programme.xlsx"):
        book = openpyxl.load_workbook(path)
        for sheet in book.worksheets:
            assert sheet.page_setup.paperSize == A4, sheet.title
            assert "Central Asia–China Summit" in sheet.oddHeader.left.text, sheet.title
            assert sheet.oddFooter.center.text == "Page &P of &N", sheet.title
            fonts = {cell.font.name for row in sheet.iter_rows() for cell in row if cell.value}
            assert fonts == {"Arial"}, sheet.title  # named: no fallback serif


@pytest.mark.parametrize(
    ("language", "font", "charset"), [("zh_CN", "Microsoft YaHei", 134), ("ru", "Arial", None)]
)
def test_a_chinese_export_names_a_simplified_chinese_font(
    sample_summit, tmp_path, language, font, charset
):
    use_language(language)
    out = tmp_path / "out.xlsx"
    export_workbook(out)
    book = openpyxl.load_workbook(out)
    try:
        for sheet in book.worksheets:
            cells = [cell for row in sheet.iter_rows() for cell in row if cell.value]
            assert {(cell.font.name, cell.font.charset) for cell in cells} == {(font, charset)}
            assert sheet.oddHeader.left.font == f"{font},Regular", sheet.title
    finally:
        book.close()


def test_paper_follows_the_locale(monkeypatch):
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.setenv("LC_PAPER", "en_US.UTF-8")
    assert paper_size() == LETTER
    monkeypatch.setenv("LC_PAPER", "C.UTF-8")  # not the United States
    assert paper_size() == A4
    assert paper_size("en_US.UTF-8") == paper_size("English_United States") == LETTER
    assert paper_size("ru_RU.UTF-8") == paper_size("kk_KZ") == paper_size("C") == A4
    assert paper_size("zh_CN.UTF-8") == paper_size("en_GB") == A4


def test_summary_counts_equal_the_sheets_whatever_the_scope(sample_summit, tmp_path):
    for options in ({}, {"delegation": "TM"}, {"delegation": "CN", "audience": "internal"}):
        out = tmp_path / "out.xlsx"
        export_workbook(out, **options)
        sheets, summary = every_cell(out), summary_of(out)
        meetings = len(sheets["Schedule"]) - 1
        assert summary["Meetings"] == f"{meetings} meeting{'s' * (meetings != 1)}"
        if "Issues" in sheets:
            assert summary["Agenda issues"] == f"{len(sheets['Issues']) - 1} issues"
            assert summary["Financing requests"] == f"{len(sheets['Financing']) - 1} requests"
        conflicts = [r for r in sheets.get("Conflicts", [])[1:]]
        errors = sum(r[0] == "Error" for r in conflicts)
        warnings = sum(r[0] == "Warning" for r in conflicts)
        if "Conflicts listed" in summary:
            errors_word = f"{errors} error{'s' * (errors != 1)}"
            warnings_word = f"{warnings} warning{'s' * (warnings != 1)}"
            assert summary["Conflicts listed"] == f"{errors_word}, {warnings_word}"
        for day in (date(2025, 6, 16), date(2025, 6, 17)):
            shown = [
                r for r in sheets["Schedule"][1:] if r[0].date() == day and r[9] != "Cancelled"
            ]
            count = len(shown)
            word = f"{count} meeting{'s' * (count != 1)}"
            assert summary[f"Wall chart, {day:%a %d %b}"] == word


def test_an_external_export_holds_none_of_the_teams_secrets(sample_summit, tmp_path):
    secrets = set()
    for points, red, fallback in Position.select(
        Position.talking_points, Position.red_lines, Position.fallback
    ).tuples():
        secrets |= {t for t in (points, red, fallback) if t}
    notes = {n for (n,) in Meeting.select(Meeting.notes).tuples() if n}
    assert len(secrets) > 100 and notes
    for out, options in (
        (tmp_path / "cn.xlsx", {"delegation": "CN"}),  # another delegation's: external
        (tmp_path / "all.xlsx", {"audience": "external", "positions": True}),
    ):
        export_workbook(out, **options)
        sheets = every_cell(out)
        assert {"Issues", "Positions", "Talking points", "Financing", "Conflicts"}.isdisjoint(
            sheets
        )
        everything = "\n".join(texts(sheets))
        found = [s for s in secrets | notes if s in everything]
        assert found == []
        assert str(summary_of(out)["For"]).startswith("External")
        assert "Financing requests" not in sheets["Schedule"][0]
    programme = tmp_path / "programme.xlsx"
    export_programme(programme, delegation="CN")
    everything = "\n".join(texts(every_cell(programme)))
    assert not [s for s in secrets | notes if s in everything]


def test_our_own_delegations_export_is_internal_unless_asked(sample_summit, tmp_path):
    out = tmp_path / "kz.xlsx"
    export_workbook(out, delegation="KZ")
    assert str(summary_of(out)["For"]).startswith("Internal")
    assert "Talking points" in every_cell(out)
    export_workbook(out, delegation="KZ", audience="external")
    assert str(summary_of(out)["For"]).startswith("External")


def test_a_persons_day_programme_holds_exactly_their_meetings_of_that_day(
    sample_summit, tmp_path, monkeypatch
):
    monkeypatch.setenv("LC_ALL", "ru_RU.UTF-8")
    home = Summit.get().home_delegation
    head = home.people.order_by("id").first()
    day = date(2025, 6, 17)
    zone = Summit.get().timezone
    theirs = [
        m
        for m in Meeting.select().join(Attendee).where(Attendee.person == head)
        if utc_to_local(m.start, zone).date() == day and m.status != "cancelled"
    ]
    assert theirs
    out = tmp_path / "programme.xlsx"
    assert export_programme(out, person=head.name.split()[-1], day=day, home_time=True) == len(
        theirs
    )
    sheets = every_cell(out)
    assert list(sheets) == ["Summary", "Tue 17 Jun"]
    rows = sheets["Tue 17 Jun"]
    assert rows[0][0] == f"Programme: {head.name}, {head.title}"
    assert rows[1][0].startswith("Tuesday 17 June 2025")
    header = rows.index(["Time", "Meeting", "Where", "With", "Agenda"])
    listed = [r for r in rows[header + 1 :] if r[0] != "(continued)"]  # a meeting's first row
    expected = sorted(theirs, key=lambda m: (m.start, m.id))
    assert [r[1].split("\n")[0] for r in listed] == [m.title for m in expected]
    for row, meeting in zip(listed, expected, strict=True):
        start = utc_to_local(meeting.start, zone)
        assert row[0].startswith(f"{start:%H:%M}–")
    assert any("Xi Jinping" in r[3] for r in listed)  # counterparts by name and title
    assert any(re.search(r"POL-06 \w", r[4]) for r in listed)  # agenda codes and titles
    book = openpyxl.load_workbook(out)
    sheet = book["Tue 17 Jun"]
    assert sheet.page_setup.orientation == "portrait" and sheet.page_setup.paperSize == A4
    assert head.name in sheet.oddHeader.right.text and "17 June" in sheet.oddHeader.right.text
    assert_no_codes(out)


def test_programme_of_nobody_or_of_no_summit_day_is_one_sentence(sample_summit, tmp_path):
    with pytest.raises(PlannerError, match="Nobody in this summit is called “Nemo”"):
        export_programme(tmp_path / "x.xlsx", person="Nemo")
    with pytest.raises(PlannerError, match="2025-07-01 is not a day of this summit"):
        export_programme(tmp_path / "x.xlsx", day=date(2025, 7, 1))
    assert not (tmp_path / "x.xlsx").exists()


def test_command_line_programme_and_audience(sample_summit, tmp_path, capsys):
    close_summit_file()
    out = tmp_path / "p.xlsx"
    args = ["export", str(sample_summit), str(out), "--person", "Tokayev", "--day", "2025-06-16"]
    assert run_command(args) == 0
    assert "a programme of" in capsys.readouterr().out
    assert list(every_cell(out)) == ["Summary", "Mon 16 Jun"]
    args = ["export", str(sample_summit), str(out), "--delegation", "KZ", "--audience", "external"]
    assert run_command(args) == 0
    assert "Talking points" not in every_cell(out)
    with pytest.raises(SystemExit) as exit_status:
        run_command(["export", str(sample_summit), str(out), "--day", "16.06"])
    assert exit_status.value.code == 2
    assert "write it as 2025-06-16" in capsys.readouterr().err
