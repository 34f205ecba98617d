"""Text from a received summit file leaves the program clean: on the terminal, in workbook cells,
in calendars, however long it is and whatever it holds."""

from __future__ import annotations

import io
import json
import shutil
import textwrap
import unicodedata
from pathlib import Path

import openpyxl
import pytest
from hypothesis import given
from hypothesis import strategies as st

from db.models import database_proxy
from planner.cli import run_command
from planner.export.calendar import LINE_LIMIT, export_calendar
from planner.export.workbook import export_workbook
from planner.summit_file import close_summit_file, open_summit_file
from planner.text import (
    CUT_MARK,
    EXCEL_LIMIT,
    TerminalStream,
    clean_cell,
    clean_line,
    clean_text,
    cut,
    for_terminal,
)
from tests.helpers import plant
from tests.planner.strict_calendar import read_strictly

BIDI = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
ESCAPES = "\x1b[2J\x1b]0;owned\x07\x9b31m\u202e\r"
# Any code point at all, lone surrogates included.
ANY_TEXT = st.text(st.characters(codec=None, exclude_categories=()), max_size=60)


def obeyed_by_a_terminal(text: str) -> list[str]:
    """The characters of text a terminal would act on instead of show."""
    return [
        c
        for c in text
        if (unicodedata.category(c) == "Cc" and c not in "\n\t")
        or c in BIDI
        or "\ud800" <= c <= "\udfff"
    ]


def is_clean(text: str) -> bool:
    return not obeyed_by_a_terminal(text) and "\ufffe" not in text and "\uffff" not in text


@pytest.mark.parametrize(
    ("raw", "line", "multiline"),
    [
        ("a\r\nb\rc\nd", "a b c d", "a\nb\nc\nd"),
        (
            "one\u2028two\u2029three\x85four\x0bfive\x0c",
            "one two three four five ",
            "one\ntwo\nthree\nfour\nfive\n",
        ),
        ("nul\x00 esc\x1b[31m bel\x07 del\x7f c1\x9b", "nul esc[31m bel del c1", None),
        ("bidi \u202egpj.exe\u202c \u2066x\u2069, marks \u200e\u200f kept", None, None),
        ("half \udc80 and \ud83d pair", "half \ufffd and \ufffd pair", None),
        ("nonchar \ufffe\uffff", "nonchar ", None),
        ("tab\there", "tab here", "tab\there"),
        ("中国 Қазақстан 🇰🇿 👩🏽‍💼", "中国 Қазақстан 🇰🇿 👩🏽‍💼", None),
    ],
)
def test_texts_are_cleaned_for_one_line_and_for_many(raw, line, multiline):
    if raw.startswith("bidi"):
        line = multiline = "bidi gpj.exe x, marks \u200e\u200f kept"
    multiline = multiline if multiline is not None else line
    assert clean_line(raw) == line
    assert clean_text(raw) == multiline
    assert clean_cell(raw) == multiline


def test_ordinary_text_is_the_same_object():
    text = "Plenary session of the Heads of State — Астана, 16 June"
    assert clean_line(text) is text and clean_text(text) is text and for_terminal(text) is text


def test_cut_keeps_within_the_limit_and_says_so():
    assert cut("x" * 10, 10) == "x" * 10
    assert cut("x" * 11, 10) == "xxx" + CUT_MARK and len(cut("x" * 11, 10)) == 10
    assert len(clean_cell("y" * (EXCEL_LIMIT + 1))) == EXCEL_LIMIT


@given(ANY_TEXT)
def test_any_text_cleans_to_one_clean_line(text):
    line = clean_line(text)
    assert is_clean(line) and len(line.splitlines()) <= 1
    assert clean_line(line) == line
    line.encode("utf-8")  # a lone surrogate would raise here


@given(ANY_TEXT)
def test_any_text_cleans_to_clean_lines(text):
    lines = clean_text(text)
    assert is_clean(lines) and "\r" not in lines
    assert all(len(part.splitlines()) <= 1 for part in lines.split("\n"))
    assert clean_text(lines) == lines


@given(ANY_TEXT)
def test_terminal_text_shows_everything_and_json_keeps_it_exactly(text):
    shown = for_terminal(text)
    assert not obeyed_by_a_terminal(shown)
    shown.encode("utf-8")
    assert json.loads(for_terminal(json.dumps({"name": text}, ensure_ascii=False))) == {
        "name": text
    }


def test_a_stream_that_cannot_hold_a_character_gets_an_escape():
    raw = io.BytesIO()
    stream = io.TextIOWrapper(raw, encoding="ascii")
    TerminalStream(stream).write("Астана \x1b[2J\n")
    stream.flush()
    assert raw.getvalue() == b"\\u0410\\u0441\\u0442\\u0430\\u043d\\u0430 \\u001b[2J\n"


@pytest.fixture
def copy(tmp_path: Path, sample_template: Path) -> Path:
    path = tmp_path / "received.summit"
    shutil.copyfile(sample_template, path)
    return path


def test_info_shows_escape_sequences_instead_of_obeying_them(copy, capsys):
    name = "Summit " + ESCAPES + "\nHome delegation: XX"
    plant(copy, ("UPDATE summit SET name = ?, city = ?, venue = ?", (name, ESCAPES, "\u202eV")))
    assert run_command(["info", str(copy)]) == 0
    out = capsys.readouterr().out
    assert not obeyed_by_a_terminal(out)
    lines = out.splitlines()  # the escapes are gone, the line feed is a space
    assert lines[:2] == ["Summit [2J]0;owned31m Home delegation: XX", "[2J]0;owned31m , V"]
    assert run_command(["info", str(copy), "--json"]) == 0
    out = capsys.readouterr().out
    assert not obeyed_by_a_terminal(out)
    summit = json.loads(out)["summit"]
    assert (summit["name"], summit["city"], summit["venue"]) == (name, ESCAPES, "\u202eV")


def test_check_prints_each_conflict_on_one_clean_line(copy, capsys):
    plant(copy, ("UPDATE meeting SET title = ? WHERE id = 4", ("KZ–TM\nINFO fake\x1b[8m",)))
    assert run_command(["check", str(copy)]) == 1  # the sample's own conflicts are errors
    out = capsys.readouterr().out
    assert not obeyed_by_a_terminal(out) and "KZ–TM INFO fake" in out
    assert all(
        line.startswith(("Integrity", "Conflicts", "ERROR", "WARNING")) for line in out.splitlines()
    )


def test_import_report_of_a_file_named_with_escapes(copy, tmp_path, capsys):
    source = tmp_path / "list\x1b[2J\x07.csv"
    source.write_text("Code,Title,Track\nX-1,One,economic\n", encoding="utf-8")
    close_summit_file()
    assert run_command(["import", str(copy), str(source)]) == 0
    out = capsys.readouterr().out
    assert "1 created" in out and not obeyed_by_a_terminal(out)
    assert "list\\u001b[2J\\u0007" in out  # the sheet is named after the file


def test_a_path_that_is_not_utf8_is_printed_not_an_error(sample_summit, tmp_path, capsys):
    close_summit_file()
    out = tmp_path / "plan\udcff.ics"  # how Python reads the byte 0xFF in a file name
    assert run_command(["ics", str(sample_summit), str(out)]) == 0
    assert "plan\\udcff.ics" in capsys.readouterr().out
    read_strictly(out)


def test_bytes_that_are_not_utf8_read_as_replacement_characters(copy, tmp_path, capsys):
    bad = b"Half \xed\xb2\x80 of a pair, a stray \xff"
    plant(
        copy,
        ("UPDATE summit SET name = CAST(? AS TEXT)", (bad,)),
        ("UPDATE meeting SET title = CAST(? AS TEXT) WHERE id = 4", (bad,)),
        ("UPDATE agenda_issue SET title = CAST(? AS TEXT) WHERE id = 1", (bad,)),
    )
    xlsx, ics = tmp_path / "out.xlsx", tmp_path / "out.ics"
    assert run_command(["info", str(copy)]) == 0
    assert run_command(["check", str(copy)]) == 1
    assert run_command(["export", str(copy), str(xlsx)]) == 0
    assert run_command(["ics", str(copy), str(ics)]) == 0
    captured = capsys.readouterr()
    assert "unexpected" not in captured.err and captured.out.count("\ufffd") >= 2
    shown = bad.decode("utf-8", "replace")
    book = openpyxl.load_workbook(xlsx, read_only=True)
    titles = [row[6] for row in book["Schedule"].iter_rows(min_row=2, values_only=True)]
    book.close()  # a read-only workbook keeps its file open until closed
    assert shown in titles
    assert shown in [event.summary for event in read_strictly(ics)[0].events]


def test_lone_surrogates_and_what_xml_forbids_make_workbooks_that_open(copy, tmp_path):
    plant(
        copy,
        ("UPDATE meeting SET title = CAST(? AS TEXT) WHERE id = 4", (b"Half \xed\xb2\x80 pair",)),
        ("UPDATE meeting SET title = ? WHERE id = 5", ("Not XML \ufffe\uffff\x00\x1b\x9b",)),
        ("UPDATE room SET name = CAST(? AS TEXT) WHERE id = 3", (b"Room \xff",)),
    )
    open_summit_file(copy, readonly=True)
    # text as a reader that keeps bad bytes as lone surrogates would hand it over
    database_proxy.connection().text_factory = lambda data: data.decode("utf-8", "surrogateescape")
    xlsx, ics = tmp_path / "out.xlsx", tmp_path / "out.ics"
    export_workbook(xlsx)
    export_calendar(ics)
    book = openpyxl.load_workbook(xlsx)  # a surrogate or U+FFFE would make this fail
    titles = {row[12]: row[6] for row in book["Schedule"].iter_rows(min_row=2, values_only=True)}
    assert titles[4] == "Half \ufffd\ufffd\ufffd pair"
    assert titles[5] == "Not XML "
    chart = [c for sheet in book.worksheets[2:4] for row in sheet.values for c in row if c]
    assert any("Room \ufffd" in str(c) for c in chart)
    summaries = {event.summary for event in read_strictly(ics)[0].events}
    assert {"Half \ufffd\ufffd\ufffd pair", "Not XML "} <= summaries


def test_a_summit_name_that_xml_forbids_still_makes_a_workbook_that_opens(copy, tmp_path):
    plant(copy, ("UPDATE summit SET name = ?", ("Name\x1b\x00\ufffe\u202e\r\nend",)))
    open_summit_file(copy, readonly=True)
    export_workbook(tmp_path / "out.xlsx")
    book = openpyxl.load_workbook(tmp_path / "out.xlsx")
    assert book.properties.title == "Name end — schedule and briefing"
    assert book["Summary"]["B2"].value == "Name\nend"


def test_a_ten_megabyte_title_is_cut_in_the_workbook_and_calendar(copy, tmp_path, monkeypatch):
    plant(copy, ("UPDATE meeting SET title = ? WHERE id = 1", ("x" * 10_000_000,)))
    open_summit_file(copy, readonly=True)
    xlsx, ics = tmp_path / "big.xlsx", tmp_path / "big.ics"
    wrapped: list[int] = []
    wrap = textwrap.wrap

    def measured_wrap(text, *args, **kwargs):
        wrapped.append(len(text))
        return wrap(text, *args, **kwargs)

    monkeypatch.setattr(textwrap, "wrap", measured_wrap)
    export_workbook(xlsx)
    export_calendar(ics)
    # Wrapping the whole title for the day chart took 135 s (textwrap is quadratic on one
    # long word): only what a block's rows can show is wrapped.
    assert wrapped and max(wrapped) < 10_000
    book = openpyxl.load_workbook(xlsx, read_only=True)
    schedule = book["Schedule"]
    title = next(row[6] for row in schedule.iter_rows(min_row=2, values_only=True) if row[12] == 1)
    book.close()
    assert len(title) == EXCEL_LIMIT and title.endswith(CUT_MARK)
    (event,) = [e for e in read_strictly(ics)[0].events if e.uid.startswith("meeting-1-")]
    assert len(event.summary) == LINE_LIMIT and event.summary.endswith(CUT_MARK)
