"""The day charts: a wall-chart sheet per day, a row per time slot, a column per room."""

from __future__ import annotations

import textwrap
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from planner.day_layout import ColumnMode, GridBlock, day_layout
from planner.export.table import TIME, Column
from planner.text import clean_line

if TYPE_CHECKING:
    from planner.export.workbook import Exporter


CLASH_FILL = "FFCDD2"
CHART_WIDTH = 26  # characters per room column of the day charts


def text_colour_on(fill: str | None) -> str | None:
    """White on a dark fill, the default (black) elsewhere."""
    if not fill:
        return None
    red, green, blue = (int(fill.lstrip("#")[i : i + 2], 16) for i in (0, 2, 4))
    return "FFFFFF" if 0.299 * red + 0.587 * green + 0.114 * blue < 140 else None


def block_lines(block: GridBlock, rows: int) -> list[str]:
    """A meeting's text on the wall chart, one line per time-slot row it covers, as on paper:
    the title (wrapped), the hours, the delegations; cut with an ellipsis if it is short."""
    width = int(CHART_WIDTH * 1.1)
    # Only what the rows can show is wrapped: textwrap takes minutes over a long word.
    title = clean_line(block.title[: 2 * (rows + 1) * width])
    if len(title) <= width and title and not (title[0].isspace() or title[-1].isspace()):
        lines = [title]  # as textwrap would have it, many times faster
    else:
        lines = textwrap.wrap(title, width) or [""]
    lines += [f"{block.start:%H:%M}–{block.end:%H:%M}", block.participants]
    if len(lines) > rows:
        lines = lines[:rows]
        lines[-1] = lines[-1][: width - 1] + "…"
    return lines


def write_days(export: Exporter) -> None:
    """A wall chart per day: a row per time slot, a column per room."""
    for day in export.frame.days:
        layout = day_layout(export.overview, day, ColumnMode.ROOMS, delegation=export.delegation)
        sheet = export.table(
            f"{day:%a %d %b}",
            [Column("Time", 7), *[Column(c.title, CHART_WIDTH) for c in layout.columns]],
            filter=False,
        )
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
                # two meetings in one room at once show as a clash
                fill = CLASH_FILL if len(here) > 1 else here[0].host_colour
                text = " / ".join(lines.get((number, moment), []))
                row.append(sheet.cell(text, fill=fill, colour=text_colour_on(fill)))
            sheet.add(row)
            moment += step
