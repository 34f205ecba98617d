"""A programme's long rows continue over further rows instead of being cut off at Excel's
tallest row."""

from __future__ import annotations

from datetime import date

import openpyxl

from db.models import Attendee, Meeting, Summit
from planner.export.table import MAX_LINES, split_to_fit, text_lines
from planner.export.workbook import export_programme
from planner.timezones import utc_to_local

SIZE, WIDTHS = 11, {"A": 13, "B": 25, "C": 14, "D": 30, "E": 24}


def test_text_is_split_into_parts_a_row_can_show():
    listing = "\n".join(
        f"· Person number {n}, Deputy Minister of Foreign Affairs" for n in range(90)
    )
    parts = split_to_fit(listing, 27)
    assert len(parts) > 1 and "\n".join(parts) == listing
    assert all(text_lines(part, 27) <= MAX_LINES for part in parts)
    words = "word " * 500 + "x" * 2000  # a paragraph longer than a row, and a word as well
    parts = split_to_fit(words, 27)
    assert all(text_lines(part, 27) <= MAX_LINES for part in parts)
    assert "".join(parts).replace(" ", "") == words.replace(" ", "")


def test_a_meeting_taller_than_a_row_continues_and_nothing_is_clipped(sample_summit, tmp_path):
    head = Summit.get().home_delegation.people.order_by("id").first()
    day = date(2025, 6, 17)
    zone = Summit.get().timezone
    meeting = next(
        m
        for m in Meeting.select().join(Attendee).where(Attendee.person == head)
        if utc_to_local(m.start, zone).date() == day and m.status != "cancelled"
    )
    points = [f"Point {n}: raise the corridor's tariffs and the water-sharing" for n in range(70)]
    meeting.notes = "\n".join(points)
    meeting.save()
    out = tmp_path / "programme.xlsx"
    export_programme(out, person=str(head.id), day=day)
    book = openpyxl.load_workbook(out)
    sheet = book["Tue 17 Jun"]
    rows = list(sheet.iter_rows())
    first = next(n for n, row in enumerate(rows) if row[1].value and meeting.title in row[1].value)
    continued = [rows[first]]
    for row in rows[first + 1 :]:
        if row[0].value != "(continued)":
            break
        continued.append(row)
    assert len(continued) > 1  # the note alone is far taller than a row can be
    text = "\n".join(row[1].value for row in continued if row[1].value)
    assert all(point in text for point in points)  # every point, none cut off
    line_height = round(SIZE * 1.3 * 4) / 4
    for row in rows[first : first + len(continued)]:
        height = sheet.row_dimensions[row[0].row].height or line_height
        for cell in row:
            if isinstance(cell.value, str):
                lines = text_lines(cell.value, WIDTHS[cell.column_letter] * 10 / SIZE)
                assert lines <= MAX_LINES and lines * line_height <= height + 0.01
    book.close()


def test_a_plenary_names_one_person_a_delegation_and_a_bilateral_its_senior_two(
    sample_summit, tmp_path
):
    head = Summit.get().home_delegation.people.order_by("id").first()
    out = tmp_path / "programme.xlsx"
    export_programme(out, person=str(head.id), day=date(2025, 6, 17))
    sheet = openpyxl.load_workbook(out)["Tue 17 Jun"]
    rows = [row for row in sheet.iter_rows(values_only=True, max_col=5) if row[1]]
    plenary = next(row for row in rows if "Plenary session" in str(row[1]))
    lines = str(plenary[3]).splitlines()
    assert lines[0].startswith("China: Xi Jinping")  # the delegation and its head on one line
    assert len(lines) == 5 and all(":" in line for line in lines)  # five other delegations
    assert any("more)" in line for line in lines)
