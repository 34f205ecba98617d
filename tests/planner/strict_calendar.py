"""Reading a calendar we wrote the way the strictest client would: its content lines first,
then with ical, a parser independent of icalendar that wrote it."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

from ical.calendar import Calendar as StrictCalendar
from ical.calendar_stream import IcsCalendarStream
from icalendar import Calendar

BIDI_CONTROLS = re.compile("[\u202a-\u202e\u2066-\u2069]")
NAME = re.compile(r"[A-Z0-9-]+(?=[;:])")


def content_lines(path: Path) -> list[str]:
    """The file's unfolded content lines, after checking every physical line: UTF-8, ended by
    CR LF, at most 75 octets, no control character but a tab, no bidirectional control."""
    text = Path(path).read_bytes().decode("utf-8")  # strict: no lone surrogate, no bad byte
    assert text.endswith("\r\n")
    physical = text[:-2].split("\r\n")
    for line in physical:
        assert "\r" not in line and "\n" not in line, repr(line)
        assert len(line.encode("utf-8")) <= 75, repr(line)
        assert not any(unicodedata.category(c) == "Cc" and c != "\t" for c in line), repr(line)
        assert BIDI_CONTROLS.search(line) is None, repr(line)
        assert "\ufffe" not in line and "\uffff" not in line
    unfolded: list[str] = []
    for line in physical:
        if line.startswith((" ", "\t")):
            unfolded[-1] += line[1:]
        else:
            unfolded.append(line)
    return unfolded


def read_strictly(path: Path) -> tuple[StrictCalendar, Calendar]:
    """The calendar as ical and as icalendar read it, after content_lines() found it sound and
    the calendar's own properties (outside its events and zones) are exactly ours."""
    lines = content_lines(path)
    names, depth = [], 0
    for line in lines:
        if line.startswith("BEGIN:"):
            depth += 1
        elif line.startswith("END:"):
            depth -= 1
        elif depth == 1:
            names.append(NAME.match(line).group())
    assert names == ["VERSION", "PRODID", "CALSCALE", "METHOD", "X-WR-CALNAME", "X-WR-TIMEZONE"]
    strict = IcsCalendarStream.calendar_from_ics(Path(path).read_text(encoding="utf-8"))
    loose = Calendar.from_ical(Path(path).read_bytes())
    assert [e.uid for e in strict.events] == [str(e["UID"]) for e in loose.walk("VEVENT")]
    for event, other in zip(strict.events, loose.walk("VEVENT"), strict=True):
        assert event.summary == str(other["SUMMARY"])
        assert (event.location or "") == str(other.get("LOCATION", ""))
        assert (event.description or "") == str(other.get("DESCRIPTION", ""))
    return strict, loose
