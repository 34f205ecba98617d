"""The day charts: a wall-chart sheet per day, a row per time slot, a column per room, printed
a few rooms of one building to a page so that every block's time and title stay readable; the
meetings still waiting for a room are counted in a column of their own and listed in full on a
sheet after the chart."""

from __future__ import annotations

import textwrap
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

from planner.day_layout import NO_ROOM, ColumnMode, GridBlock, day_layout
from planner.export.paper import break_at
from planner.export.table import MAX_LINES, TIME, Column
from planner.local_formats import long_day, short_day
from planner.text import clean_line
from planner.translation import tr, trn

if TYPE_CHECKING:
    from planner.export.workbook import Exporter


CLASH_FILL = "FF8A80"  # stronger than any delegation's pale colour, and the cell says so
NO_ROOM_FILL = "EEEEEE"  # grey: waiting for a room, not a clash
CHART_WIDTH = 24  # characters per room column of the day charts
ROOMS_PER_PAGE = 4  # on A4 portrait at about 100 %
SHOWN_AT_ONCE = 2  # meetings written in one cell; the rest are counted
LINE_WIDTH = int(CHART_WIDTH * 0.95)  # characters of a chart line: digits and dashes are wide
BOLD_WIDTH = LINE_WIDTH - 1  # bold text is a little wider
CLASH_LINES = 3  # a clash's cell grows its row to this many lines, no more


def pale(fill: str) -> str:
    """A delegation's colour mixed with three parts of white: black text stays readable on
    it, and it prints light on a grey printer."""
    red, green, blue = (int(fill.lstrip("#")[i : i + 2], 16) for i in (0, 2, 4))
    return "".join(f"{(c + 3 * 255) // 4:02X}" for c in (red, green, blue))


def block_lines(block: GridBlock, rows: int) -> list[str]:
    """A meeting's text on the wall chart, one line per time-slot row it covers, as on paper:
    the hours and the title (wrapped), then the delegations; cut with an ellipsis if it is
    short, so that even a block of one row shows its time and the start of its title."""
    width = LINE_WIDTH
    # Only what the rows can show is wrapped: textwrap takes minutes over a long word.
    title = clean_line(block.title[: 2 * (rows + 1) * width])
    head = f"{block.start:%H:%M}–{block.end:%H:%M} {title}"
    # a short one as textwrap would have it, many times faster
    lines = [head] if len(head) <= width else textwrap.wrap(head, width) or [head[:width]]
    if len(lines) + 1 <= rows:
        return [*lines, block.participants]
    if rows >= 3:  # the delegations stay; the title is cut
        lines = [*lines[: rows - 1], block.participants]
        lines[-2] = lines[-2][: width - 1] + "…"
        return lines
    lines = lines[:rows]
    lines[-1] = lines[-1][: width - 1] + "…"
    return lines


def clash_text(texts: list[str]) -> str:
    """A clash's cell: the meetings' lines of this slot (a few; the rest counted), cut to what
    CLASH_LINES lines of bold text hold, so that the chart's rows stay about a slot tall."""
    if len(texts) > SHOWN_AT_ONCE:
        more = len(texts) - SHOWN_AT_ONCE
        texts = [*texts[:SHOWN_AT_ONCE], trn("+ %n more", "+ %n more", more)]
    if not texts:  # the meetings' lines are all written above
        return tr("Clash")
    text = tr("Clash: %1").replace("%1", " / ".join(texts))
    wrapped = textwrap.wrap(text, BOLD_WIDTH)
    if len(wrapped) <= CLASH_LINES:
        return text
    return " ".join(wrapped[:CLASH_LINES])[:-1] + "…"


def page_groups(buildings: list[str]) -> list[int]:
    """Where the chart's pages begin (0-based room column numbers), ROOMS_PER_PAGE rooms to a
    page: a building's rooms share the page where the last one ended when they all fit on it,
    and otherwise start a page of their own (its columns' titles name the building)."""
    starts: list[int] = []
    number = 0
    while number < len(buildings):
        end = number
        while end < len(buildings) and buildings[end] == buildings[number]:
            end += 1
        used = number - starts[-1] if starts else ROOMS_PER_PAGE
        if used + (end - number) > ROOMS_PER_PAGE:
            starts.extend(range(number, end, ROOMS_PER_PAGE))
        number = end
    return starts


def write_days(export: Exporter) -> None:
    """A wall chart per day: a row per time slot, a column per room (the time repeated on
    every page); then, on a day with meetings waiting for a room, their list."""
    rooms = export.overview.directory.rooms
    for day in export.days:
        layout = day_layout(export.overview, day, ColumnMode.ROOMS)
        buildings = [
            tr("No room yet") if column.key == NO_ROOM else rooms[column.key][1]
            for column in layout.columns
        ]
        titles = [
            building if column.key == NO_ROOM else "\n".join(filter(None, (column.title, building)))
            for column, building in zip(layout.columns, buildings, strict=True)
        ]
        starts = page_groups(buildings)
        sheet = export.table(
            short_day(day),
            [Column(tr("Time"), 7), *[Column(t, CHART_WIDTH, wrap=True) for t in titles]],
            filter=False,
            landscape=False,
            subject=long_day(day),
            across=max(1, len(starts)),
        )
        break_at(sheet.sheet, [1 + start for start in starts[1:]])
        waiting = {n for n, column in enumerate(layout.columns) if column.key == NO_ROOM}
        step = timedelta(minutes=layout.slot_minutes)
        covering: dict[tuple[int, datetime], list[GridBlock]] = {}
        lines: dict[tuple[int, datetime], list[str]] = {}
        for block in layout.blocks:
            moment = layout.first + (block.start - layout.first) // step * step
            slots = []
            while moment < block.end:
                covering.setdefault((block.column, moment), []).append(block)
                slots.append(moment)
                moment += step
            for moment, line in zip(slots, block_lines(block, len(slots)), strict=False):
                lines.setdefault((block.column, moment), []).append(line)
        moment = layout.first
        while moment < layout.last:
            row = [sheet.cell(moment.time(), TIME, bold=moment.minute == 0)]
            for number in range(len(layout.columns)):
                here = covering.get((number, moment))
                if not here:
                    row.append(None)
                    continue
                texts = lines.get((number, moment), [])
                if number in waiting:
                    # one line: the meeting's own, or how many wait (listed after the chart)
                    text = (
                        texts[0]
                        if len(here) == 1 and texts
                        else trn("%n waiting", "%n waiting", len(here))
                    )
                    row.append(sheet.cell(text, wrap=True, fill=NO_ROOM_FILL))
                    continue
                if len(here) > 1:  # two meetings in one room at once: a clash
                    row.append(sheet.cell(clash_text(texts), wrap=True, fill=CLASH_FILL, bold=True))
                else:
                    text = " / ".join(texts)
                    row.append(sheet.cell(text, wrap=True, fill=pale(here[0].host_colour)))
            sheet.add(row)
            moment += step
        export.count(
            tr("Wall chart, %1").replace("%1", short_day(day)),
            trn("%n meeting", "%n meetings", len({b.meeting_id for b in layout.blocks})),
        )
        write_waiting(export, day, [b for b in layout.blocks if b.column in waiting])


def write_waiting(export: Exporter, day: date, blocks: list[GridBlock]) -> None:
    """The meetings of a day still without a room, in full: the chart only counts them."""
    if not blocks:
        return
    sheet = export.table(
        tr("%1, no room").replace("%1", short_day(day)),
        [
            Column(tr("Time"), 12),
            Column(tr("Meeting"), 50, wrap=True),
            Column(tr("Delegations"), 30, wrap=True),
        ],
        landscape=False,
        subject=tr("%1: meetings without a room").replace("%1", long_day(day)),
    )
    for block in sorted(blocks, key=lambda b: (b.start, b.meeting_id)):
        sheet.add(
            [
                f"{block.start:%H:%M}–{block.end:%H:%M}",
                block.title[: 40 * MAX_LINES],
                block.participants[: 30 * MAX_LINES],
            ]
        )
    export.count(
        tr("Without a room, %1").replace("%1", short_day(day)),
        trn("%n meeting", "%n meetings", len(blocks)),
    )
