"""Calendars from summit files with hostile texts: every one reads strictly, and each event's
title, place and description come back as the cleaned text."""

from __future__ import annotations

import re
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from db.connection import read_text
from planner.export.calendar import DESCRIPTION_LIMIT, LINE_LIMIT, export_calendar
from planner.summit_file import open_summit_file
from planner.text import CUT_MARK, clean_line
from tests.helpers import plant
from tests.planner.strict_calendar import content_lines, read_strictly

ROOT = Path(__file__).resolve().parents[2]
# What someone else's file may hold in a title, a name, a room: str, or bytes stored as TEXT.
HOSTILE: dict[str, str | bytes] = {
    "cr": "Talks\rUID:evil",
    "lf": "Talks\nSUMMARY:evil",
    "crlf": "Talks\r\nEND:VEVENT\r\nBEGIN:VEVENT",
    "nul": "Talks\x00 on NUL",
    "esc": "Talks \x1b[31mred\x1b[0m \x1b]0;window title\x07",
    "bel": "Bell\x07\x07",
    "separators": "One\u2028Two\u2029Three\x85Four\x0bFive\x0cSix",
    "bidi": "Invoice \u202egpj.exe\u202c and \u2066isolate\u2069 \u202a\u202b\u202d",
    "c1": "C1 \x9b31m \x90 and DEL\x7f",
    "noncharacters": "A\ufffeB\uffff",
    "long": "Long " * 2_000,
    "long word": "x" * 12_000,
    "emoji": "Talks 🇰🇿🇨🇳 👩🏽‍💼 ✍️ 🙂",
    "chinese": "中国—中亚峰会 双边会谈：能源与交通",
    "kazakh": "Қазақстан мен Қытай келіссөздері: Ұлы Жібек жолы",
    "escapes": "a\\b;c,d:e\\n\\,",
    "tab": "Tab\there",
    "bad byte": b"Bad \xff byte",
    "surrogate bytes": b"Half \xed\xb2\x80 a pair",
}


def as_read(value: str | bytes) -> str:
    """The value as the program reads it from the file."""
    return read_text(value) if isinstance(value, bytes) else value


@pytest.fixture
def hostile_summit(tmp_path: Path, sample_template: Path) -> dict:
    """A copy of the sample whose texts are all hostile, open read-only; what was planted."""
    path = tmp_path / "hostile.summit"
    shutil.copyfile(sample_template, path)
    connection = sqlite3.connect(path)
    meetings = [row[0] for row in connection.execute("SELECT id FROM meeting ORDER BY id")]
    rooms = [row[0] for row in connection.execute("SELECT id FROM room ORDER BY id")]
    connection.close()
    values = list(HOSTILE.values())
    titles = dict(zip(meetings, values, strict=False))
    room_names = {room: values[i % len(values)] for i, room in enumerate(rooms)}
    # room names are unique: the index keeps hostile ones apart
    room_names = {
        room: name + f" {room}" if isinstance(name, str) else name + b" %d" % room
        for room, name in room_names.items()
    }
    statements = [
        ("UPDATE meeting SET title = CAST(? AS TEXT) WHERE id = ?", (t, m))
        for m, t in titles.items()
    ]
    statements += [
        ("UPDATE room SET name = CAST(? AS TEXT) WHERE id = ?", (n, r))
        for r, n in room_names.items()
    ]
    statements += [
        (
            "UPDATE summit SET name = ?, venue = ?, uid = ?",
            (
                "Summit\r\nX-INJECTED:1\x1b[2J",
                "Palace\n\u202eof\x00 Independence",
                "uid with\r\nCRLF",
            ),
        ),
        (
            "UPDATE agenda_issue SET title = ? WHERE id = (SELECT min(id) FROM agenda_issue)",
            ("Agenda\r\nDESCRIPTION:evil\x07 " + "y" * 20_000,),
        ),
        (
            "UPDATE agenda_issue SET title = CAST(? AS TEXT) "
            "WHERE id = (SELECT max(id) FROM agenda_issue)",
            (b"Agenda \xff\xfe bytes",),
        ),
        (
            "UPDATE agenda_issue SET title = title || ' ' || ? "
            "WHERE id > (SELECT min(id) FROM agenda_issue)",
            ("z" * 600,),
        ),
        # every issue on the first meeting's agenda: a description far over its limit
        (
            "INSERT OR IGNORE INTO meeting_issue (meeting_id, issue_id, outcome, sort_order) "
            "SELECT ?, id, '', id FROM agenda_issue",
            (meetings[0],),
        ),
    ]
    plant(path, *statements)
    open_summit_file(path, readonly=True)
    return {"path": path, "titles": titles, "rooms": room_names}


def events_by_meeting(strict) -> dict[int, object]:
    return {int(re.match(r"meeting-(\d+)-", event.uid).group(1)): event for event in strict.events}


def test_hostile_texts_read_strictly_and_come_back_cleaned(hostile_summit, tmp_path):
    out = tmp_path / "hostile.ics"
    assert export_calendar(out) == 24
    strict, loose = read_strictly(out)
    assert str(loose["X-WR-CALNAME"]) == "Summit X-INJECTED:1[2J"
    events = events_by_meeting(strict)
    venue = "Palace of Independence"
    for meeting, title in hostile_summit["titles"].items():
        event = events[meeting]
        assert event.summary == clean_line(as_read(title), LINE_LIMIT)
        assert len(event.summary) <= LINE_LIMIT
        assert event.location.endswith(", " + venue)
        assert len(event.description) <= DESCRIPTION_LIMIT
        assert "\r" not in event.description
    assert events[1].summary == "Talks UID:evil"
    assert events[3].summary == "Talks END:VEVENT BEGIN:VEVENT"
    locations = {clean_line(as_read(name)) for name in hostile_summit["rooms"].values()}
    assert {event.location.removesuffix(", " + venue) for event in strict.events} <= locations
    longest = max(strict.events, key=lambda event: len(event.description))
    assert longest.description.endswith(CUT_MARK)
    assert "- " in longest.description and "DESCRIPTION:evil" in longest.description
    assert "\nDESCRIPTION" not in longest.description  # the agenda title stayed on its line


def test_the_cut_texts_are_marked(hostile_summit, tmp_path):
    out = tmp_path / "long.ics"
    export_calendar(out)
    events = events_by_meeting(read_strictly(out)[0])
    long_word = next(m for m, t in hostile_summit["titles"].items() if t == "x" * 12_000)
    assert events[long_word].summary == "x" * (LINE_LIMIT - len(CUT_MARK)) + CUT_MARK


def test_planted_uid_makes_safe_uids_that_stay_the_same(hostile_summit, tmp_path):
    first, second = tmp_path / "1.ics", tmp_path / "2.ics"
    export_calendar(first)
    export_calendar(second)
    uids = [event.uid for event in read_strictly(first)[0].events]
    assert uids == [event.uid for event in read_strictly(second)[0].events]
    assert all(re.fullmatch(r"meeting-\d+-[0-9a-f]{32}@summit-planner", uid) for uid in uids)
    path = hostile_summit["path"]
    plant(path, ("UPDATE summit SET uid = ?", ("uid with\r\nLF",)))
    open_summit_file(path, readonly=True)
    export_calendar(first)
    assert set(uids).isdisjoint(event.uid for event in read_strictly(first)[0].events)


def test_the_sample_keeps_its_plain_uid(sample_summit, tmp_path):
    out = tmp_path / "sample.ics"
    export_calendar(out)
    (uid,) = sqlite3.connect(sample_summit).execute("SELECT uid FROM summit").fetchone()
    assert all(
        event.uid.endswith(f"-{uid}@summit-planner") for event in read_strictly(out)[0].events
    )


def test_line_breaks_in_the_name_inject_nothing_even_without_assertions(sample_template, tmp_path):
    path = tmp_path / "evil.summit"
    shutil.copyfile(sample_template, path)
    plant(path, ("UPDATE summit SET name = ?", ("Evil\r\nUID:x\nSUMMARY:injected\rEND:VCALENDAR",)))
    out = tmp_path / "evil.ics"
    done = subprocess.run(
        [sys.executable, "-O", str(ROOT / "main.py"), "ics", str(path), str(out)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={"SUMMIT_PLANNER_DATA_DIR": str(tmp_path / "data"), "PATH": ""},
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    lines = content_lines(out)
    assert "X-WR-CALNAME:Evil UID:x SUMMARY:injected END:VCALENDAR" in lines
    assert lines.count("END:VCALENDAR") == 1 and lines[-1] == "END:VCALENDAR"
    assert not any(line.startswith(("UID:x", "SUMMARY:injected")) for line in lines)
    read_strictly(out)
