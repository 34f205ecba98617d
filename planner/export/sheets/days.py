"""The day charts: a wall-chart sheet per day, a row per time slot, a column per room, printed
a few rooms to a page so that every block's time and title stay readable."""

from __future__ import annotations

import textwrap
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from planner.day_layout import NO_ROOM, ColumnMode, GridBlock, day_layout
from planner.export.paper import break_columns, pages_across
from planner.export.table import TIME, Column
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


def pale(fill: str) -> str:
    """A delegation's colour mixed with three parts of white: black text stays readable on
    it, and it prints light on a grey printer."""
    red, green, blue = (int(fill.lstrip("#")[i : i + 2], 16) for i in (0, 2, 4))
    return "".join(f"{(c + 3 * 255) // 4:02X}" for c in (red, green, blue))


def block_lines(block: GridBlock, rows: int) -> list[str]:
    """A meeting's text on the wall chart, one line per time-slot row it covers, as on paper:
    the hours and the title (wrapped), then the delegations; cut with an ellipsis if it is
    short, so that even a block of one row shows its time and the start of its title."""
    width = int(CHART_WIDTH * 1.1)
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


def write_days(export: Exporter) -> None:
    """A wall chart per day: a row per time slot, a column per room."""
    for day in export.days:
        layout = day_layout(export.overview, day, ColumnMode.ROOMS)
        titles = [
            tr("No room yet") if column.key == NO_ROOM else column.title
            for column in layout.columns
        ]
        sheet = export.table(
            short_day(day),
            [Column(tr("Time"), 7), *[Column(t, CHART_WIDTH) for t in titles]],
            filter=False,
            landscape=False,
            subject=long_day(day),
            across=(pages := pages_across(len(titles), ROOMS_PER_PAGE)),
        )
        break_columns(sheet.sheet, len(titles), pages)
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
                if len(texts) > SHOWN_AT_ONCE:
                    more = len(texts) - SHOWN_AT_ONCE
                    texts = [*texts[:SHOWN_AT_ONCE], trn("+ %n more", "+ %n more", more)]
                if number in waiting:
                    fill = NO_ROOM_FILL
                elif len(here) > 1:  # two meetings in one room at once: a clash
                    fill = CLASH_FILL
                else:
                    fill = pale(here[0].host_colour)
                text = " / ".join(texts)
                if fill == CLASH_FILL:
                    text = tr("Clash: %1").replace("%1", text)
                row.append(sheet.cell(text, fill=fill, bold=fill == CLASH_FILL))
            sheet.add(row)
            moment += step
        export.count(
            tr("Wall chart, %1").replace("%1", short_day(day)),
            trn("%n meeting", "%n meetings", len({b.meeting_id for b in layout.blocks})),
        )
